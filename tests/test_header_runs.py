"""A viewer's copy of a PDF whose entries' header cells ("Title, Employer") come out as one run of
lines after the dated bodies they head: each line of the run goes back above its entry's dates,
the k-th line to the k-th entry, only where the run's count is the count of entries without a
header before it. Invented strings."""
import pytest

import resumekit
from resumekit.fields.entries import split_entries
from resumekit.fields.header_runs import headers_lent, headers_returned

from .conftest import PINNED
from .helpers import lines, section


def _headers(rows, jobs=True):
    return [[l.plain for l in e.header] for e in split_entries(lines(*rows), jobs=jobs)]


BODY_A = "Ran the night dispatch desk for twelve drivers."
BODY_B = "Cut idle van hours by a fifth across the depot."
BODY_C = "Trained four new planners on the routing tool."

CASES = {
    # the run at the end of the section: every entry takes its header
    "a run after the last entry": (
        ["Mar, 2021 - Present", BODY_A, BODY_B,
         "Jan, 2018 - Feb, 2021 3 years 1 month", BODY_C,
         "Dispatch Lead, Quayside Freight Ltd", "Route Planner, Harbour Cartage Co."],
        [["Dispatch Lead, Quayside Freight Ltd", "Mar, 2021 - Present"],
         ["Route Planner, Harbour Cartage Co.", "Jan, 2018 - Feb, 2021 3 years 1 month"]]),
    # a run mid-section for the entries above it (a page's cells); the entry after it keeps none
    "a run mid-section, a later entry without one": (
        ["04/2022 - 03/2024 Lyon, France", BODY_A,
         "09/2019 - 03/2022", BODY_B,
         "Depot Manager, Brindle Logistics", "Shift Supervisor, Marrow Transport",
         BODY_C, "01/2015 - 08/2019", BODY_A],
        [["Depot Manager, Brindle Logistics", "04/2022 - 03/2024 Lyon, France"],
         ["Shift Supervisor, Marrow Transport", "09/2019 - 03/2022"],
         ["01/2015 - 08/2019"]]),
}

KEPT = {
    # dates first, each role right under its dates: headed in place
    "dates then their role": [
        "2021 - 2024", "Dispatch Lead, Quayside Freight Ltd", BODY_A,
        "2018 - 2021", "Route Planner, Harbour Cartage", BODY_B,
        "Fleet Award, Quayside Freight", "Safety Prize, Harbour Cartage"],
    # a run of another count than the entries without a header: nothing paired
    "counts differ": [
        "2021 - 2024", BODY_A, "2018 - 2021", BODY_B, "2015 - 2018", BODY_C,
        "Dispatch Lead, Quayside Freight Ltd", "Route Planner, Harbour Cartage"],
    # one line after the dates is no run
    "a single line": [
        "2021 - 2024", BODY_A, "2018 - 2021", BODY_B, "Dispatch Lead, Quayside Freight"],
    # the header above its dates, as most documents print it
    "headers in place": [
        "Dispatch Lead, Quayside Freight Ltd", "2021 - 2024", BODY_A,
        "Route Planner, Harbour Cartage", "2018 - 2021", BODY_B,
        "Fleet Award, Quayside Freight", "Safety Prize, Harbour Cartage"],
    # dates beside a role on their line: the line is its own header
    "dates beside a role": [
        "2021 - 2024 Dispatch Lead at Quayside", BODY_A, "2018 - 2021 Route Planner at Cartage", BODY_B,
        "Fleet Award, Quayside Freight", "Safety Prize, Harbour Cartage"],
}


@pytest.mark.parametrize("rows, expected", CASES.values(), ids=CASES.keys())
def test_header_run_returns_above_its_entries(rows, expected):
    assert _headers(rows) == expected


@pytest.mark.parametrize("rows", KEPT.values(), ids=KEPT.keys())
def test_other_shapes_kept(rows):
    given = lines(*rows)
    assert headers_returned(given) == given


def test_only_for_jobs():
    rows = CASES["a run after the last entry"][0]
    assert _headers(rows, jobs=False) != CASES["a run after the last entry"][1]


# Signal 5: a page's header cells printed under a later section (a viewer's copy: the cells of the
# page's last entries come out after the next heading). Sections as (kind, rows).
LENT = {
    # the run right under the next heading, before that section's own list
    "run under the next heading": (
        [("experience", ["Mar, 2021 - Present", BODY_A, "Jan, 2018 - Feb, 2021 3 years 1 month", BODY_B]),
         ("skills", ["Dispatch Lead, Quayside Freight Ltd", "Route Planner, Harbour Cartage Co.", "Languages",
                     "Route planning", "Forklift licence"])],
        [("experience", ["Dispatch Lead, Quayside Freight Ltd", "Mar, 2021 - Present", BODY_A,
                         "Route Planner, Harbour Cartage Co.", "Jan, 2018 - Feb, 2021 3 years 1 month", BODY_B]),
         ("skills", ["Languages", "Route planning", "Forklift licence"])]),
    # the section's own run pairs its first entries; the run two sections on heads the rest
    "own run, then a later one": (
        [("experience", ["04/2022 - 03/2024", BODY_A, "09/2019 - 03/2022", BODY_B,
                         "Depot Manager, Brindle Logistics", "Shift Supervisor, Marrow Transport",
                         BODY_C, "01/2015 - 08/2019", BODY_A, "02/2012 - 12/2014", BODY_B]),
         ("education", ["Sep, 2008 - Jun, 2011", "Distinction", "Logistics", "Yard Hand | Tern Haulage",
                        "Porter | Ostler Depot", "Route planning"])],
        [("experience", ["Depot Manager, Brindle Logistics", "04/2022 - 03/2024", BODY_A,
                         "Shift Supervisor, Marrow Transport", "09/2019 - 03/2022", BODY_B, BODY_C,
                         "Yard Hand | Tern Haulage", "01/2015 - 08/2019", BODY_A,
                         "Porter | Ostler Depot", "02/2012 - 12/2014", BODY_B]),
         ("education", ["Sep, 2008 - Jun, 2011", "Distinction", "Logistics", "Route planning"])]),
    # the last entry's dates end the section (no body under them)
    "dates at the section's end": (
        [("experience", ["2021 - 2024", BODY_A, "2018 - 2021"]),
         ("interests", ["Cycling", "Dispatch Lead at Quayside Freight", "Route Planner at Harbour Cartage"])],
        [("experience", ["Dispatch Lead at Quayside Freight", "2021 - 2024", BODY_A,
                         "Route Planner at Harbour Cartage", "2018 - 2021"]),
         ("interests", ["Cycling"])]),
    # one headless entry, in the last experience or education section, takes the document's last line
    "one entry, the document's last line": (
        [("experience", ["Dispatch Lead, Quayside Freight", "2021 - 2024", BODY_A]),
         ("education", ["Sep, 2012 - Jun, 2015", "Distinction"]),
         ("skills", ["Route planning", "Logistics, BSc, Tarn Valley University"])],
        [("experience", ["Dispatch Lead, Quayside Freight", "2021 - 2024", BODY_A]),
         ("education", ["Logistics, BSc, Tarn Valley University", "Sep, 2012 - Jun, 2015", "Distinction"]),
         ("skills", ["Route planning"])]),
}

LENT_KEPT = {
    # the first run after the section holds another count
    "counts differ": [
        ("experience", ["2021 - 2024", BODY_A, "2018 - 2021", BODY_B, "2015 - 2018", BODY_C]),
        ("skills", ["Dispatch Lead, Quayside Freight", "Route Planner, Harbour Cartage", "Python"])],
    # one headless entry: one line is anyone's, but for the document's last
    "one entry": [
        ("experience", ["2021 - 2024", BODY_A]),
        ("skills", ["Dispatch Lead, Quayside Freight", "Python"])],
    # the document's last line is the last entry section's cell, not an earlier one's (the degree
    # under its dates here is headed in place)
    "one entry, a later entry section": [
        ("experience", ["2021 - 2024", BODY_A]),
        ("education", ["Sep, 2012 - Jun, 2015", "Research Methods Numerical Methods"]),
        ("skills", ["Route planning", "Logistics, BSc, Tarn Valley University"])],
    # a list of single words ends the document: no header cell
    "one entry, a list at the end": [
        ("experience", ["2021 - 2024", BODY_A]),
        ("interests", ["Climbing, Gardening, Choir"])],
    # two headless degrees and one line at the end: neither the degrees' nor the job's
    "one entry, a later one headless": [
        ("experience", ["2021 - 2024", BODY_A]),
        ("education", ["Sep, 2012 - Jun, 2015", "Distinction", "Sep, 2009 - Jun, 2012", "Graduated with honours."]),
        ("skills", ["Route planning", "Dispatch Lead, Quayside Freight"])],
    # entries headed in place
    "headed in place": [
        ("experience", ["Dispatch Lead, Quayside Freight", "2021 - 2024", BODY_A,
                        "Route Planner, Harbour Cartage", "2018 - 2021", BODY_B]),
        ("skills", ["Excel, Word", "Python, SQL"])],
    # the run is a later entry's header and place, its dates right under it
    "a later entry's own lines": [
        ("experience", ["2021 - 2024", BODY_A, "2018 - 2021", BODY_B]),
        ("volunteer", ["Driver, Harbour Food Bank", "Leeds, United Kingdom", "2016 - 2018", BODY_C])],
    # lines of one word and lines without a separator are no header cells
    "a list": [
        ("experience", ["2021 - 2024", BODY_A, "2018 - 2021", BODY_B]),
        ("skills", ["Route planning", "Forklift licence", "Stock control"])],
    # each dates line under its header line, too long to read as one ("Title | Employer | Town")
    "dates under a long header": [
        ("experience", ["Senior Dispatch Lead | Quayside Freight Holdings Ltd | Leeds", "2021 - Present", "• " + BODY_A,
                        "Junior Route Planner | Harbour Cartage Company Ltd | York", "2018 - 2021"]),
        ("skills", ["Route Planning – Advanced", "Stock Control – Basic"])],
    # a spoken language and its level is no header cell
    "languages": [
        ("experience", ["2021 - 2024", BODY_A, "2018 - 2021", BODY_B]),
        ("languages", ["Welsh – Native", "English – Fluent"])],
    # lines that split at different separators are no run
    "mixed separators": [
        ("experience", ["2021 - 2024", BODY_A, "2018 - 2021", BODY_B]),
        ("skills", ["Dispatch Lead, Quayside Freight", "Route Planner | Harbour Cartage"])],
}


def _sections(spec):
    return [section(kind, *rows) for kind, rows in spec]


def _rows(sections):
    return [(s.kind, [l.plain for l in s.lines]) for s in sections]


@pytest.mark.parametrize("given, expected", LENT.values(), ids=LENT.keys())
def test_run_lent_back_from_a_later_section(given, expected):
    assert _rows(headers_lent(_sections(given))) == expected


@pytest.mark.parametrize("given", LENT_KEPT.values(), ids=LENT_KEPT.keys())
def test_lent_shapes_kept(given):
    sections = _sections(given)
    assert headers_lent(sections) == sections


def test_lent_run_read_as_jobs():
    text = ("Ada Quill\nada.quill@example.com\n\nEXPERIENCE\n\nMar, 2021 - Present\n" + BODY_A + "\n"
            "Jan, 2018 - Feb, 2021 3 years 1 month\n" + BODY_B + "\n\nSKILLS\n\n"
            "Dispatch Lead, Quayside Freight Ltd\nRoute Planner, Harbour Cartage Co.\nRoute planning\n")
    c = resumekit.parse(text.encode(), format="text", options=PINNED)
    assert [(e.title, e.company) for e in c.experience] == [
        ("Dispatch Lead", "Quayside Freight Ltd"), ("Route Planner", "Harbour Cartage Co.")]
