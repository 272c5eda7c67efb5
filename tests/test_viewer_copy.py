"""A PDF's text as a viewer's "select all, copy" gives it (PDFium's text page): no blank lines, a
sidebar's lines before or after the main column's, a left column of labels glued to its rows by one
space, decorated or caseless headings on lines of their own. Invented people and places only."""
import pytest

from resumekit.extract.plain import extract_text
from resumekit.options import ParseOptions
from resumekit.segment import segment
from resumekit.sources import Source


def _doc(text: str):
    return extract_text(Source(text.encode("utf-8"), "cv.txt", "text"), ParseOptions())


def _kinds(text: str) -> list[str]:
    return [s.kind for s in segment(_doc(text))]


_TOP = ["Orla Fenwick", "orla.f@example.com", "(503) 555-0142", "Portbridge, Oregon"]
_JOB = ["Dispatcher, Corbel Freight", "2019 – 2022", "• Planned routes for forty drivers a day.",
        "• Kept the radio log and the yard's gate book.", "Clerk, Ashgrove Depot", "2016 – 2019",
        "• Checked the outgoing pallets against the manifests."]
_SCHOOL = ["BSc Logistics, Summit Ridge College", "2012 – 2016", "• Dissertation on rail freight hubs."]
_SKILLS = ["Route planning, radio procedure, WMS", "Forklift licence, first aid"]


@pytest.mark.parametrize("headings, kinds", [
    # a heading phrase behind a decoration, on a line of its own, in a text without blank lines
    (("/// Experience", "/// Education", "/// Skills"), ["header", "experience", "education", "skills"]),
    (("\U000f0001 Work History", "\U000f0001 Education", "\U000f0001 Skills"),  # an icon font's glyph
     ["header", "experience", "education", "skills"]),
    # a script without capitals: the phrase's first letter is neither upper nor lower case
    (("工作经历", "教育经历", "技能"), ["header", "experience", "education", "skills"]),
    # lower case after the decoration: a sentence's words, no heading
    (("/// experience", "/// education", "/// skills"), ["header"]),
])
def test_a_decorated_or_caseless_heading_on_a_line_of_its_own(headings, kinds):
    job, school, skills = headings
    text = "\n".join(_TOP + [job] + _JOB * 2 + [school] + _SCHOOL * 2 + [skills] + _SKILLS)
    assert _kinds(text) == kinds
