"""A viewer's copy of a PDF whose entries' header cells ("Title, Employer") come out as one run of
lines after the dated bodies they head: each line of the run goes back above its entry's dates,
the k-th line to the k-th entry, only where the run's count is the count of entries without a
header before it. Invented strings."""
import pytest

from resumekit.fields.entries import split_entries
from resumekit.fields.header_runs import headers_returned

from .helpers import lines


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
