"""What fields/assemble.py decides between the readers: the summary under the name that has no
heading, spoken languages found outside a languages section."""
import pytest

import resumekit

_JOB = "\n\nEXPERIENCE\nTechnician, Wharf Pottery Ltd\t2019 – 2024\n"


@pytest.mark.parametrize("under_name, summary", [
    # one sentence of six words or more ending in a full stop
    ("Results-driven glaze chemist with 9 years in ceramics.", "Results-driven glaze chemist with 9 years in ceramics."),
    ("Kiln builder turned studio manager since 2021.", None),  # dated: the header stops at a date
    ("Potter with a decade of studio work.", "Potter with a decade of studio work."),
    # five words are too few
    ("Potter and glaze chemist, mostly.", None),
    # a short line without a full stop is a headline, not a summary; so is a list of names
    ("Glaze chemist and kiln builder", None),
    ("Stoneware, Porcelain, Raku, Glaze Chemistry, Kiln Design.", None),
])
def test_a_line_under_the_name_as_the_summary(under_name, summary):
    text = f"Nia Fairweather\nnia@example.org\n\n{under_name}{_JOB}"
    assert resumekit.parse(text.encode(), format="text").summary == summary


@pytest.mark.parametrize("rows, languages", [
    # a level before the language, a cell each, under a skills heading
    (["Madrelingua\tItaliano", "Excel, SAP"], [("Italiano", "Madrelingua")]),
    (["Native\tPortuguese", "Fluent\tSpanish", "Excel, SAP"], [("Portuguese", "Native"), ("Spanish", "Fluent")]),
    # a level word before something that is no language stays out of the languages
    (["Fluent\tExcel", "SAP"], []),
])
def test_a_level_and_a_language_among_the_skills(rows, languages):
    text = "Nia Fairweather\nnia@example.org\n\nSKILLS\n" + "\n".join(rows) + _JOB
    got = resumekit.parse(text.encode(), format="text").languages
    assert [(lang.name, lang.proficiency) for lang in got] == languages


@pytest.mark.parametrize("header, left", [
    # a page header that repeats the name beside the document's title is read, not left over
    ("Orla Quennick – Curriculum Vitae", []),
    ("CV | Orla Quennick", []),
])
def test_a_running_title_with_the_name_is_not_left_over(header, left):
    from .conftest import PINNED
    text = f"{header}\nOrla Quennick\norla@example.com\n\nSKILLS\nRaku, stoneware\n"
    c = resumekit.parse(text.encode(), options=PINNED)
    assert c.name == "Orla Quennick" and [o.text for o in c.other_sections] == left
