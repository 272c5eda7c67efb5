"""A word processor's plain-text export (extract/plain.py, segment.py): the layout's headings written
apart from their content, put back over it. Every string is invented."""
import pytest

import resumekit
from resumekit.extract.plain import _restack

# A layout whose headings stand in a column or frame of their own: the export writes the headings
# first, each followed by the blank rows of its cell, then the content, section by section, each
# section's block two blank rows apart from the next
STACKED = """Marisol Quenby-Adair

Education




Work History





Skills



Personal

Bachelor of Arts in Hospitality Management
Northfield State University, 2018

Certificate IV in Event Management
Harbourside Institute, 2016


Event Operations Coordinator
2021 – 2024
Larkspur Venues Group

Guest Services Associate
2018 – 2021
Brightwell Hotel & Suites


Vendor management, Budget tracking, Microsoft Excel


Community choir, trail running
"""


def _rows(text):
    return text.split("\n")


def test_a_stack_of_headings_goes_back_over_its_blocks():
    rows = [r for r in _restack(_rows(STACKED)) if r.strip()]
    assert rows[:4] == ["Marisol Quenby-Adair", "Education", "Bachelor of Arts in Hospitality Management",
                        "Northfield State University, 2018"]
    assert rows[rows.index("Work History") + 1] == "Event Operations Coordinator"
    assert rows[rows.index("Skills") + 1] == "Vendor management, Budget tracking, Microsoft Excel"
    assert rows[-2:] == ["Personal", "Community choir, trail running"]


def test_a_stacked_export_reads_its_sections():
    c = resumekit.parse(STACKED.encode(), format="text")
    assert [(e.company, e.title) for e in c.experience] == [("Larkspur Venues Group", "Event Operations Coordinator"),
                                                            ("Brightwell Hotel & Suites", "Guest Services Associate")]
    assert [e.institution for e in c.education] == ["Northfield State University", "Harbourside Institute"]
    assert "Budget tracking" in [s.name for s in c.skills]


@pytest.mark.parametrize("text", [
    # as many blocks as headings is needed: one block fewer, the rows stay as written
    STACKED.replace("\n\n\nCommunity choir, trail running\n", "\n"),
    # two heading phrases only
    STACKED.replace("Skills\n\n\n\nPersonal\n", "Personal\n"),
    # headings one blank row apart are sections of their own, each its content under it (no stack)
    STACKED.replace("\n\n\n\n\n", "\n\n").replace("\n\n\n\n\n\n", "\n\n").replace("\n\n\n\n", "\n\n"),
    # two unknown words among the stack: a list of items, not headings
    STACKED.replace("Skills", "Kiln firing").replace("Work History", "Glazes"),
])
def test_no_stack_leaves_the_rows_as_written(text):
    assert _restack(_rows(text)) == _rows(text)
