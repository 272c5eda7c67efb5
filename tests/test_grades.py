import pytest

from resumekit.fields.grades import _bare_letters, find_grade, honoured_grade, honours_in


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


@pytest.mark.parametrize("text, raw", [
    # a percentage closing the line after a dash or a comma (an Indian CV's "School, 2017 – 91.4%")
    ("Class XII (State Board), Harbour Vidyalaya, Kochi, 2017 – 91.4%", "91.4%"),
    ("HSC, Harbour Vidyalaya, 2015, 88 %", "88 %"),
    ("Class X (ICSE), Harbour Vidyalaya, 2015 – 10 CGPA", "10 CGPA"),   # so is a whole number before its label
    ("Won 2 grades", None),                                  # not closing a part after a dash or a comma
    ("Cut kiln energy use by 15%", None),                   # a percentage in a sentence is no grade
    ("Glaze yield – 15% better than before", None),          # not at the end
    # a separator after a grade starts another part: a label there is no honour ("| Honors: Dean's List")
    ("GPA: 3.74/4.00 | Honors: Dean's List (Fall 2023)", "GPA: 3.74/4.00"),
    ("GPA: 3.9/4.0 | Honors", "GPA: 3.9/4.0"),
    ("GPA 3.9/4.0 with honors", "GPA 3.9/4.0 with honors"),  # an honour right after it still counts
    # Turkish labels ("GNO": the grade point average; "Diploma Notu": a lise's diploma grade)
    ("Seramik Mühendisliği (Lisans) – GNO: 3,12/4,00", "GNO: 3,12/4,00"),
    ("Sayısal – Diploma Notu: 87,4", "Diploma Notu: 87,4"),
])
def test_find_grade_round11(text, raw):
    found = find_grade(text)
    assert (found[0].raw if found else None) == raw


@pytest.mark.parametrize("text, raw, value, scale", [
    ("110/110 e lode", "110/110 e lode", 110.0, 110.0),   # a fraction followed by honours
    ("Distinction", "Distinction", None, None),            # honours alone
    ("110/110", None, None, None),                          # a bare fraction may be anything
    ("3/4 stars", None, None, None),
])
def test_an_honoured_grade_without_a_label(text, raw, value, scale):
    g = honoured_grade(text)
    assert ((g.raw, g.value, g.scale) if g else (None, None, None)) == (raw, value, scale)


@pytest.mark.parametrize("text, raw", [
    # "Cum." abbreviates "cumulative": the label's first word, not a word before the grade
    ("Cum. GPA: 3.62 / 4.0", "Cum. GPA: 3.62 / 4.0"),
    ("Cum GPA 3.1", "Cum GPA 3.1"),
    ("BSc Geology, Cum. GPA 3.4/4.0, Dean's List", "Cum. GPA 3.4/4.0"),
    ("Major GPA: 3.9; Cumulative GPA: 3.7", "Major GPA: 3.9"),
    ("Summa cum laude", None),                               # "cum" of honours is no label
])
def test_an_abbreviated_cumulative_gpa_keeps_its_label(text, raw):
    found = find_grade(text)
    assert (found[0].raw if found else None) == raw


@pytest.mark.parametrize("sentence, raw", [
    ("Graduated with First Class Honours.", "First Class Honours"),   # the longest phrase, as written
    ("Awarded the degree magna cum laude in 2019.", "magna cum laude"),
    ("Passed all modules with distinction.", "with distinction"),
    ("Honors: Orrin Society, Dean's List", None),                     # one word alone, a label: no grade
    ("Won a merit scholarship for the final year.", None),
    ("Wrote a thesis on kiln glazes.", None),
])
def test_honours_inside_a_sentence(sentence, raw):
    g = honours_in(sentence)
    assert (g.raw if g else None) == raw


@pytest.mark.parametrize("text, raw", [
    # marks out of 100 or 110 closing the line after a separator, with no label: the grade
    ("Diploma di Liceo Artistico — Liceo Fornace, Faenza — 92/100", "92/100"),
    ("Laurea in Ceramica | Accademia di Vietri | 104/110.", "104/110"),
    ("Class XII, Harbour Vidyalaya, 2016 - 88/100", "88/100"),
    # more than the scale, a date's month and year, or words after it: none
    ("Laurea — Accademia di Vietri — 112/110", None),
    ("BA Ceramics, 2019 – 10/2021", None),
    ("Kiln Workshop — 95/100 firings logged", None),
    ("Ceramics 95/100", None),  # no separator before it
])
def test_marks_out_of_a_hundred_closing_the_line(text, raw):
    found = find_grade(text)
    assert (found[0].raw if found else None) == raw


@pytest.mark.parametrize("cell, raw", [
    ("A*A*A", "A*A*A"), ("A*AB", "A*AB"), (" A*A ", "A*A"), ("91.6%", "91.6%"),
    ("AAB", None), ("A*", None), ("A*Z", None), ("ABCDEF*", None), ("Merit", None),  # no star, one grade, no grades
])
def test_cell_grade_reads_a_levels_run_together(cell, raw):
    from resumekit.fields.grades import cell_grade
    grade = cell_grade(cell)
    assert (grade.raw if grade else None) == raw
