"""Plain text of a word processor's table written one cell a line: a section's heading right under
the last cell of the section above, no blank line between (section_joins.under_list)."""
import pytest

from resumekit.document import Document, Line
from resumekit.segment import segment


def _plain(blocks):
    """A plain text: each block its lines, blank lines between the blocks."""
    lines = [Line(text=t.removeprefix("• "), index=0, block=b, bullet=t.startswith("• "), origin="text")
             for b, rows in enumerate(blocks) for t in rows]
    return Document(lines=tuple(l.with_(index=i) for i, l in enumerate(lines)), format="text")


_TOP = [["Wilhelmina Otterbeck", "Planner", "w.otterbeck@example.com"],
        ["Experience", "2019 - 2023", "Route Planner", "Corbel Freight"]]


@pytest.mark.parametrize("tail, kinds", [
    # a list under a list: the next heading stands under the last skills row
    ([["Technical Skills", "Core skills: Routing, Rostering", "Tools: Quillbase, Ledgerly", "Languages",
       "Welsh – native speaker", "Basque – B2", "Licences & Certifications", "• Certified Yard Marshal"]],
     ["header", "experience", "skills", "languages", "certifications"]),
    # "Languages" over programming languages is a group of the skills: no heading
    ([["Technical Skills", "Tools: Quillbase, Ledgerly", "Languages", "Kotlin, Rust, Go"]],
     ["header", "experience", "skills"]),
    # a section of dated entries: its first entry's year under its heading
    ([["Skills", "Methods: Triage, Rostering", "Tools: Quillbase", "Work History", "2016 - 2019", "Dispatcher",
       "Ashgrove Depot"]],
     ["header", "experience", "skills", "experience"]),
    # "Experience" over no dates is a group of the skills
    ([["Skills", "Tools: Quillbase", "Experience", "Five years of yard scheduling"]],
     ["header", "experience", "skills"]),
    # projects a line each: a list too
    ([["Projects", "Tidemark – a ferry timetable (2021)", "Skills", "Tools: Quillbase, Ledgerly"]],
     ["header", "experience", "projects", "skills"]),
    # a project described at length holds its own "Skills" label
    ([["Projects", "Tidemark", "A ferry timetable for three islands with offline maps, tide tables and a booking desk",
       "Skills", "Kotlin, SQLite"]],
     ["header", "experience", "projects"]),
    # the same kind again is a row of the section
    ([["Skills", "Tools: Quillbase", "Technical Skills", "Kotlin, Rust"]],
     ["header", "experience", "skills"]),
])
def test_a_heading_under_the_last_cell_of_a_list(tail, kinds):
    assert [s.kind for s in segment(_plain(_TOP + tail))] == kinds


def test_a_styled_document_keeps_its_own_signals():
    # the rule reads plain text only: a PDF's line in the body's type inside a block is no heading by it
    rows = [t for block in _TOP + [["Skills", "Tools: Quillbase", "Languages", "Welsh – native"]] for t in block]
    doc = Document(lines=tuple(Line(text=t, index=i, block=0, origin="pdf") for i, t in enumerate(rows)), format="pdf")
    assert "languages" not in [s.kind for s in segment(doc)]


_JOBS = ["Experience", "Route Planner", "Corbel Freight", "Mar 2021 – Present", "• Planned the night routes",
         "Yard Clerk", "Ashgrove Depot", "Jan 2019 – Feb 2021", "• Kept the yard ledger"]
_DEGREE = ["Education", "Harrowgate College", "BSc in Logistics", "Sep 2014 – Jun 2018"]


@pytest.mark.parametrize("rows, kinds", [
    # "Courses" right under a degree's dates: the degree's label (its smaller type lost in the export)
    (_DEGREE + ["Courses", "• Freight Planning", "• Statistics I", "Projects", "Tidemark", "Jan 2020 – Present"],
     ["header", "experience", "education", "projects"]),
    # "Courses" under a list, no entry: a section
    (["Skills", "Tools: Quillbase", "Courses", "• Freight Planning"] + _DEGREE,
     ["header", "experience", "skills", "certifications", "education"]),
])
def test_a_label_of_a_degree_right_under_it_is_no_section(rows, kinds):
    # one block: a text exported without its blank lines, whose headings stand anywhere on lines of their own
    doc = _plain([["Wilhelmina Otterbeck", "w.otterbeck@example.com"] + _JOBS + rows])
    assert [s.kind for s in segment(doc)] == kinds


def test_a_short_text_of_one_block_reads_its_headings_on_lines_of_their_own():
    # sixteen lines, no blank line: the blank lines tell nothing, a whole phrase on a line of its own heads
    rows = ["About Me", "Planner who likes quiet yards and early starts", "Professional Experience",
            "Corbel Freight, Route Planner, Leeds\t2021 to Present", "Yard Clerk, Ashgrove Depot, York\t2019 to 2021",
            "Education", "BSc Logistics – Harrowgate College\t2015 to 2018", "Core Competencies",
            "Tools: Quillbase · Ledgerly", "Languages", "Welsh – native speaker", "Basque – fluent",
            "Licences & Certifications", "• Certified Yard Marshal", "Honors & Awards", "• Depot Prize (2019)"]
    assert [s.kind for s in segment(_plain([rows]))] == ["summary", "experience", "education", "skills", "languages",
                                                          "certifications", "awards"]
