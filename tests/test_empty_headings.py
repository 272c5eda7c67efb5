"""A viewer's copy of a page whose sidebar list sits beside the top of the main column: the main
column's heading alone, the sidebar's heading and list, then the main column's entries. The
entries go back to the empty heading; the list stays its own. Invented strings, read as plain text."""
import pytest

import resumekit
from resumekit.document import Line, Section
from resumekit.empty_headings import entries_lent_back

from .conftest import PINNED

HEAD = "Jordan Ashby-Vale\njordan.vale@example.com\n+1 555 0142\n\n"

CASES = {
    # a starred sidebar list, then two jobs with their dates under their header line
    "starred list then jobs": (
        HEAD + "EXPERIENCE\n\nTechnical Skills\n★ Route planning\n★ Forklift licence\n★ Stock control\n"
        "Quayside Freight Ltd; Leeds, UK — Dispatch Lead\nMARCH 2021 – MAY 2024\n"
        "● Ran the night dispatch desk for twelve drivers.\n● Cut idle van hours by a fifth.\n"
        "Harbour Cartage Co.; York, UK — Route Planner\nJUNE 2017 – FEBRUARY 2021\n"
        "● Trained four new planners on the routing tool.\n",
        [("Quayside Freight Ltd", "Dispatch Lead"), ("Harbour Cartage Co.", "Route Planner")],
        ["Route planning", "Forklift licence", "Stock control"]),
}


@pytest.mark.parametrize("text, jobs, skills", CASES.values(), ids=CASES.keys())
def test_entries_under_an_empty_heading(text, jobs, skills):
    c = resumekit.parse(text.encode(), format="text", options=PINNED)
    assert [(e.company, e.title) for e in c.experience] == jobs
    names = [k.name for k in c.skills]
    assert all(any(n.endswith(s) for n in names) for s in skills)  # (the list stays the skills')
    assert not any("Dispatch" in n or "Cartage" in n for n in names)


def _sec(kind, heading, *rows):
    return Section(kind=kind, heading=Line(text=heading) if heading else None,
                   lines=tuple(Line(text=r, index=i) for i, r in enumerate(rows)))


KEPT = {
    # the heading has lines of its own: nothing to give back
    "heading with lines": [_sec("experience", "Experience", "Acme Ltd", "2019 - 2021"),
                           _sec("skills", "Skills", "Welding", "Acme Ltd", "2019 - 2021")],
    # a list with no dates after it
    "no dates": [_sec("experience", "Experience"), _sec("skills", "Skills", "Welding", "Rigging", "Painting")],
    # dates in the list's first line: no list before the entries
    "dates first": [_sec("experience", "Experience"), _sec("skills", "Skills", "2019 - 2021", "Acme Ltd")],
    # the next section is of an entry kind itself
    "entry kind next": [_sec("experience", "Experience"), _sec("education", "Education", "Welding",
                                                                "Acme College", "2019 - 2021")],
    # a year in a sentence, not a dates line
    "year in a sentence": [_sec("experience", "Experience"),
                           _sec("skills", "Skills", "Welding", "Certified in 2019 by the regional board of trades", "x")],
}


@pytest.mark.parametrize("sections", KEPT.values(), ids=KEPT.keys())
def test_other_shapes_kept(sections):
    assert entries_lent_back(sections) == sections
