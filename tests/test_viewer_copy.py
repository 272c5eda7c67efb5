"""A PDF's text as a viewer's "select all, copy" gives it (PDFium's text page): no blank lines, a
sidebar's lines before or after the main column's, a left column of labels glued to its rows by one
space, decorated or caseless headings on lines of their own. Invented people and places only."""
import pytest

from resumekit.extract.plain import extract_text
from resumekit.fields.entries import split_entries
from resumekit.fields.trailing_dates import raised
from resumekit.label_cells import split_labels
from resumekit.options import ParseOptions
from resumekit.segment import heading_kind, segment
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


_LABELLED = ["Orla Fenwick", "Contact \uf0e0: orla.f@example.com",
             "Experience Dispatcher, Corbel Freight 2019 – 2022", "• Planned routes for forty drivers a day.",
             "Clerk, Ashgrove Depot 2016 – 2019", "• Checked the outgoing pallets.",
             "Education Summit Ridge College", "BSc Logistics 2016",
             "Skills Technical: WMS, SAP EWM, route planning"]


@pytest.mark.parametrize("rows, labels", [
    # a left column of labels, each glued to its row by one space: three kinds or more
    (_LABELLED, {"Contact": "contact", "Experience": "experience", "Education": "education", "Skills": "skills"}),
    (["Ilse Marquardt", "Sprachen ■ Deutsch (Muttersprache)", "■ Englisch (gut)", "Führerschein Klasse B",
      "Hobbies Segeln, Schach"], {"Sprachen": "languages", "Führerschein": "certifications", "Hobbies": "interests"}),
    # two kinds only: job titles that open with a phrase, not a column of labels
    (["Orla Fenwick", "Software Engineer Corbel Freight 2019 – 2022", "Teaching Assistant Summit Ridge College 2016"], {}),
    # a phrase opening two lines is no label (a heading is written once)
    (["Orla Fenwick", "Experience Dispatcher 2019", "Experience Clerk 2016", "Education Summit Ridge College",
      "Skills Technical: WMS"], {}),
    # a heading of its own, or phrases joined: no label glued to a row
    (["Orla Fenwick", "Work History", "Positions and Education", "Skills Technical: WMS", "Hobbies Chess"], {}),
    # the rest in small letters: a sentence ("Experience with ...")
    (["Orla Fenwick", "Experience with forklifts", "Education matters to me", "Skills include radio work"], {}),
])
def test_a_label_column_glued_by_one_space(rows, labels):
    lines, found = split_labels(_doc("\n".join(rows)).lines)
    assert {lines[i].plain: kind for i, kind in found.items()} == labels


def _lines(rows: list[str]):
    return list(_doc("\n".join(rows)).lines)


_APPLE = ["Harbour Cartage, Dispatcher", "• Planned routes for forty drivers a day.", "• Kept the radio log.",
          "Portbridge, Oregon", "June 2019 – Aug 2022",
          "Ashgrove Depot, Clerk", "• Checked the outgoing pallets against the manifests.", "Leeds",
          "March 2016 – May 2019"]


_CARTAGE = ["Dispatcher", "Planned routes for forty drivers a day.", "• Kept the radio log.", "Harbour Cartage 2019 – 2022",
            "Clerk", "Checked the outgoing pallets against the manifests.", "Ashgrove Depot Ltd. 2016 – 2019"]


@pytest.mark.parametrize("rows, order", [
    # a right-hand cell (town, dates) emitted after the entry's text: raised above the text
    (_APPLE, [0, 3, 4, 1, 2, 5, 7, 8, 6]),
    (["BSc Logistics, Summit Ridge College", "• Dissertation on rail freight hubs.", "Sept 2012 – May 2016"],
     [0, 2, 1]),
    # dates right under the first header, the text after them theirs: as it is
    (["DISPATCHER, HARBOUR CARTAGE", "2019-2022", "Planned routes for forty drivers a day across the county.",
      "CLERK, ASHGROVE DEPOT", "2016-2019"], [0, 1, 2, 3, 4]),
    # dates first (a dates-first layout), or dates on the header lines: as it is
    (["June 2019 – Aug 2022", "Dispatcher, Harbour Cartage", "• Planned routes.", "March 2016 – May 2019"], [0, 1, 2, 3]),
    (["Dispatcher, Harbour Cartage 2019 – 2022", "• Planned routes.", "Clerk, Ashgrove Depot", "• Checked pallets.",
      "March 2016 – May 2019"], [0, 1, 2, 3, 4]),
    # entries without text before their dates: as they are
    (["Certificate: Forklift Operation", "Summit Ridge College", "07/2023 - 10/2023"], [0, 1, 2]),
    # the employer and its dates on one line after the entry's text (a theme's right-hand cell): raised
    (_CARTAGE, [0, 3, 1, 2, 4, 6, 5]),
    # a town and dates on one line ("Town · dates") after the bullets: raised
    (["Harbour Cartage, Dispatcher", "• Planned routes.", "• Kept the radio log.", "Portbridge, OR · June 2019 – Aug 2022",
      "Ashgrove Depot, Clerk", "• Checked pallets.", "Leeds · March 2016 – May 2019"], [0, 3, 1, 2, 4, 6, 5]),
    # a year inside a sentence of the first entry's text dates no header: still raised
    (["Dispatcher", "Cut the fuel bill by a fifth in 2021 across the fleet.", "Harbour Cartage 2019 – 2022",
      "Clerk", "• Checked pallets.", "Ashgrove Depot 2016 – 2019"], [0, 2, 1, 3, 5, 4]),
    # a year on a header line above the first dates: as it is
    (["Dispatcher 2018", "• Planned routes.", "Harbour Cartage 2019 – 2022"], [0, 1, 2]),
    # the employer and dates over the bullets, a last entry without text: as it is
    (["Dispatcher", "Harbour Cartage 2019 – 2022", "• Planned routes.", "Clerk", "Ashgrove Depot 2016 – 2019"],
     [0, 1, 2, 3, 4]),
    # words after the dates, or many words before them: no name and dates line, as it is
    (["Dispatcher", "• Planned routes.", "Harbour Cartage 2019 – 2022 full time"], [0, 1, 2]),
    (["Dispatcher", "• Planned routes.", "Harbour Cartage and the Ashgrove Depot yard crews 2019 – 2022"], [0, 1, 2]),
])
def test_trailing_dates_are_raised_above_their_entrys_text(rows, order):
    lines = _lines(rows)
    assert [lines.index(l) for l in raised(lines)] == order


def test_an_entry_read_from_a_trailing_employer_line_keeps_its_employer_and_dates():
    entries = split_entries(_lines(_CARTAGE), jobs=True)
    assert [(e.dates.start.iso(), e.dates.end.iso()) for e in entries] == [("2019", "2022"), ("2016", "2019")]


def test_an_entry_read_from_trailing_dates_keeps_its_own_dates():
    entries = split_entries(_lines(_APPLE), jobs=True)
    assert [(e.dates.start.iso(), e.dates.end.iso()) for e in entries] == [
        ("2019-06", "2022-08"), ("2016-03", "2019-05")]


@pytest.mark.parametrize("text, kind", [
    ("Vocational experience", "experience"),   # whole phrases: a heading on a line of its own in plain text
    ("Grants and awards", "awards"),
    ("Awards & Grants", "awards"),
])
def test_heading_phrases_of_an_academic_cv(text, kind):
    match = heading_kind(text)
    assert match is not None and (match.kind, match.exact) == (kind, True)
