"""Markdown from Word by pandoc: the document's headings written as ``**bold**`` paragraphs, like its
entries' employers (resumekit.extract.markdown._caps_headings), some holding a heading's word ("Press",
"Media"). Every string is invented."""
import pytest

import resumekit

BOLD_HEADINGS = """\
**Ines Varrow**

Tarnfield, 555-0147, ines.v@example.com

**EXPERIENCE**

**Harbour Lines, Leeds**

*Deck Officer* \\| 04/2020 – 03/2024

-   Planned cargo stowage for coastal runs

**Quaymark Press**

*Cadet* \\| 09/2018 – 03/2020

**Okeford Media**

*Deckhand* \\| 06/2016 – 08/2018

**EDUCATION**

**Tarnfield Maritime College**

*Diploma in Nautical Science* (2016 – 2018)
"""


def test_bold_headings_in_capitals_leave_bold_employers_in_their_entries():
    cv = resumekit.parse(BOLD_HEADINGS.encode(), name="cv.md")
    assert [(e.company, e.title) for e in cv.experience] == [
        ("Harbour Lines", "Deck Officer"), ("Quaymark Press", "Cadet"), ("Okeford Media", "Deckhand")]
    assert [e.institution for e in cv.education] == ["Tarnfield Maritime College"]


def _levels(md: str) -> dict[str, int | None]:
    doc = resumekit.extract(md.encode(), format="markdown", name="cv.md")
    return {l.text: l.style.heading_level for l in doc.lines if l.style.bold}


@pytest.mark.parametrize("md, levels", [
    # two headings of the vocabulary in capitals, bold paragraphs: a level; the employer none
    ("**EXPERIENCE**\n\n**Quaymark Press**\n\nCadet\n\n**EDUCATION**\n\nTarnfield College\n",
     {"EXPERIENCE": 2, "Quaymark Press": None, "EDUCATION": 2}),
    # one heading only: not enough to tell the text's headings
    ("**EXPERIENCE**\n\n**Quaymark Press**\n\nCadet\n", {"EXPERIENCE": None, "Quaymark Press": None}),
    # a heading in capitals that is no bold paragraph of its own: the text's headings are written
    # in more than one way, none is read
    ("**EXPERIENCE**\n\n**Quaymark Press**\n\n**EDUCATION**\nTarnfield College\n\n**SKILLS**\n\nRigging\n",
     {"EXPERIENCE": None, "Quaymark Press": None, "EDUCATION": None, "SKILLS": None}),
    # headings in small letters: capitals tell nothing, none is read
    ("**Experience**\n\n**Quaymark Press**\n\n**Education**\n\nTarnfield College\n",
     {"Experience": None, "Quaymark Press": None, "Education": None}),
    # a text that declares its levels keeps them
    ("## EXPERIENCE\n\n**Quaymark Press**\n\n**EDUCATION**\n\n**SKILLS**\n",
     {"EXPERIENCE": 2, "Quaymark Press": None, "EDUCATION": None, "SKILLS": None}),
])
def test_heading_levels_of_bold_paragraphs(md, levels):
    assert _levels(md) == levels
