import pytest

from resumekit.fields.grades import _bare_letters, find_grade


@pytest.mark.parametrize("text, raw", [
    ("Média final: 16 valores", "Média final: 16 valores"),       # accents taken off to match the label
    ("Not ortalaması: 3,41/4", "Not ortalaması: 3,41/4"),
    ("GPA ３.８", "GPA ３.８"),                                    # full-width digits are digits too
    ("Média final: excelente", None),                             # a label without a number is no grade
    ("Durchschnittsnote sehr gut", None),
    ("", None),
])
def test_find_grade_with_and_without_digits(text, raw):
    # a text without a digit is answered before the accents are taken off and the pattern is searched
    found = find_grade(text)
    assert (found[0].raw if found else None) == raw


@pytest.mark.parametrize("text", ["Média 16", "Kasım ortalaması", "plain ASCII 3.8", "ｆｕｌｌ"])
def test_bare_letters_keeps_positions(text):
    assert len(_bare_letters(text)) == len(text)
