"""A table of ruled rows read row by row (extract/pdf/columns.py signal 5, drawn.drawn_rules):
table-driven on synthetic glyphs and fills, then end to end on fixtures/pdf/pandoc-ruled-rows.pdf
(make_pandoc_rows.py: a Word table per job as pandoc writes it, its HTML5 page printed by
Chromium; its dates wrapped after the end's month are joined by extract/pdf/hyphens.py). Invented
person and text; the expected lines are the truth by construction."""
import pytest

from resumekit.extract.pdf.columns import reading_order
from resumekit.extract.pdf.drawn import Rule, drawn_rules
from resumekit.extract.pdf.paint import Fill

from .conftest import FIXTURES
from .test_layout_columns import page

PDF = FIXTURES / "pdf" / "pandoc-ruled-rows.pdf"


def _fill(x0, top, x1, bottom, alpha=1.0):
    return Fill(x0, top, x1, bottom, z=1, color=(0.1, 0.1, 0.1), alpha=alpha)


@pytest.mark.parametrize("fills, expected", [
    # a table row's top border drawn cell by cell: one rule
    ([_fill(90, 257, 404, 258), _fill(404, 257, 511, 258)], [Rule(90, 511, 257.5)]),
    # two rows' borders: two rules, top to bottom
    ([_fill(90, 348, 409, 349), _fill(90, 257, 404, 258), _fill(404, 257.2, 511, 258.2)],
     [Rule(90, 511, 257.5), Rule(90, 409, 348.5)]),
    # parts on one y apart: two rules
    ([_fill(90, 257, 200, 258), _fill(300, 257, 511, 258)], [Rule(90, 200, 257.5), Rule(300, 511, 257.5)]),
    # a skill bar (taller), a short dash, a see-through line, a page background: no rules
    ([_fill(90, 257, 300, 261), _fill(90, 300, 100, 301), _fill(90, 320, 400, 321, alpha=0.0),
      _fill(28, 28, 583, 763)], []),
])
def test_drawn_rules(fills, expected):
    assert drawn_rules(fills) == expected


def _table(rules: bool, reach: tuple[float, float] = (40, 560)):
    """Three jobs as ruled table rows: title over employer centred in the left cell, the dates
    wrapped in the right one, half a line off their baselines; a heading under the last row."""
    items = [("EMPLOYMENT", 40, 80, 10, True)]
    cuts = []
    for n, (title, employer, dates) in enumerate([
            ("Senior Hydrologist", "Brennock Water Board", ("Oct 2021 -", "Current")),
            ("Hydrologist", "Carrow Flood Survey", ("March 2018 -", "Sept 2021")),
            ("Field Technician", "Lowmoor River Trust", ("May 2016 - Feb", "2018"))]):
        top = 100 + 60 * n
        cuts.append(top)
        items += [(title, 150, top + 20), (employer, 140, top + 40),
                  (dates[0], 450, top + 26), (dates[1], 460, top + 44)]
    items.append(("EDUCATION", 40, 300, 10, True))
    return page(*items), [Rule(reach[0], reach[1], y) for y in cuts] if rules else []


_ROWS = ["EMPLOYMENT", "Senior Hydrologist", "Brennock Water Board", "Oct 2021 -", "Current",
         "Hydrologist", "Carrow Flood Survey", "March 2018 -", "Sept 2021",
         "Field Technician", "Lowmoor River Trust", "May 2016 - Feb", "2018", "EDUCATION"]
_COLUMNS = ["EMPLOYMENT", "Senior Hydrologist", "Brennock Water Board", "Hydrologist", "Carrow Flood Survey",
            "Field Technician", "Lowmoor River Trust", "EDUCATION", "Oct 2021 -", "Current", "March 2018 -",
            "Sept 2021", "May 2016 - Feb", "2018"]


@pytest.mark.parametrize("rules, reach, expected", [
    # rules under both cells part the rows: each row's left cell, then its right cell; the heading
    # under the last row, beside no cell, after it
    (True, (40, 560), _ROWS),
    # no rules: two columns, as before
    (False, (40, 560), _COLUMNS),
    # rules under the left side only (a heading's underline in a column): columns
    (True, (40, 400), _COLUMNS),
    # rules that stop short of the right side's last letter: columns
    (True, (40, 470), _COLUMNS),
])
def test_rules_across_the_gutter_part_a_table_s_rows(rules, reach, expected):
    glyphs, drawn = _table(rules, reach)
    assert [r.text() for r in reading_order(glyphs, rules=drawn)] == expected


def test_one_rule_across_is_not_a_table():
    glyphs, drawn = _table(True)
    assert [r.text() for r in reading_order(glyphs, rules=drawn[1:2])] == _COLUMNS


@pytest.fixture(scope="module")
def lines() -> list[str]:
    from resumekit.api import extract
    return [line.text for line in extract(PDF).lines]


def test_each_row_reads_title_employer_dates_in_turn(lines):
    at = lines.index("EMPLOYMENT")
    assert lines[at:at + 14] == [
        "EMPLOYMENT", "Senior Hydrologist", "Brennock Water Board", "Oct 2021 – Current",
        "Hydrologist", "Carrow Flood Survey", "March 2018 – Sept 2021",
        "Field Technician", "Lowmoor River Trust", "May 2016 – Feb 2018",
        "Research Assistant", "Tamsworth Institute", "Jan 2014 – April 2016", "EDUCATION"]


def test_the_entries_read_from_the_rows():
    from resumekit import parse
    jobs = [(e.title, e.company, str(e.start), "present" if e.current else str(e.end)) for e in parse(PDF).experience]
    assert jobs == [("Senior Hydrologist", "Brennock Water Board", "2021-10", "present"),
                    ("Hydrologist", "Carrow Flood Survey", "2018-03", "2021-09"),
                    ("Field Technician", "Lowmoor River Trust", "2016-05", "2018-02"),
                    ("Research Assistant", "Tamsworth Institute", "2014-01", "2016-04")]
