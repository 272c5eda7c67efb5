"""Label columns (extract/pdf/labels.py) on synthetic glyphs: which row of content each block of a
narrow left column labels. Table-driven, invented strings."""
import pytest

from resumekit.extract.pdf.cell_tops import centred_rows
from resumekit.extract.pdf.labels import attach_labels, label_blocks
from resumekit.extract.pdf.layout import rows_of
from .test_layout_columns import page

_JOBS = [("Kiln Warden, Malbury Crocks, Truro,", 120, 98), ("Cornwall", 120, 111),
         ("Fired the three kilns and logged", 120, 124), ("each firing's curve.", 120, 137),
         ("Potter's Mate, Tolvan Clay, Penryn", 120, 160), ("Washed and wedged the clay.", 120, 173),
         ("BA Ceramics, Kenwyn College", 120, 224)]
_JOBS_READ = ["Kiln Warden, Malbury Crocks, Truro,", "Cornwall", "Fired the three kilns and logged",
              "each firing's curve.", "2013 - 2017\tPotter's Mate, Tolvan Clay, Penryn", "Washed and wedged the clay."]
_HEADER = [("Wenna Tremayne", 120, 70, 20), ("wenna@example.com   01632 960123", 120, 100),
           ("linkedin.com/in/wenna-t", 120, 114)]
_STAMP = [("Updated 11.2026", 300, 34, 8)]


@pytest.mark.parametrize("left, content, expected", [
    # the first entry's dates wider than the label column, on a row of their own above the region: the
    # next dates sit on their entry's first baseline, and the section names between the entries (beside
    # no row of content) do not outvote them (simplecv's topic labels)
    ([("2013 - 2017", 40, 160), ("Education", 40, 200, 10, True), ("2009 - 2013", 40, 224),
      ("Skills", 40, 254, 10, True)], _JOBS,
     _JOBS_READ + ["Education", "2009 - 2013\tBA Ceramics, Kenwyn College", "Skills"]),
    # the same without the section names: the dates alone
    ([("2013 - 2017", 40, 160), ("2009 - 2013", 40, 224)], _JOBS,
     _JOBS_READ + ["2009 - 2013\tBA Ceramics, Kenwyn College"]),
    # a town on the contact line's baseline under a large name, the first heading below the header
    # beside no row: the town labels the contact line, the heading no row above it
    ([("Truro", 40, 100), ("About Me", 40, 140, 12, True)], _HEADER,
     ["Wenna Tremayne", "Truro\twenna@example.com 01632 960123", "linkedin.com/in/wenna-t", "About Me"]),
    # the same under a stamp at the top of the page (the widest gap above the town is above the name)
    ([("Truro", 40, 100), ("About Me", 40, 140, 12, True)], _STAMP + _HEADER,
     ["Updated 11.2026", "Wenna Tremayne", "Truro\twenna@example.com 01632 960123", "linkedin.com/in/wenna-t",
      "About Me"]),
])
def test_a_label_in_a_gap_of_the_content_labels_no_row(left, content, expected):
    lrows, crows = rows_of(page(*left)), rows_of(page(*content))
    blocks = label_blocks(lrows, crows)
    assert blocks is not None
    assert [r.text() for r in attach_labels(blocks, crows)] == expected


# a table row's cells centred vertically (a web page's <th> cells printed by Chromium): the left cell's
# dates and town stand half way down the right cell's title, employer and duties
_CELLS = [("Kiln Warden", 120, 60), ("Malbury Crocks", 120, 78), ("Fired the three kilns", 120, 96),
          ("Logged each firing", 120, 114), ("Trained two apprentices", 120, 132),
          ("Potter's Mate", 120, 172), ("Tolvan Clay", 120, 190)]


@pytest.mark.parametrize("left, expected, content", [
    # each left cell centred on its row's right cell: its lines beside the right cell's first lines
    # (the second row's cells of one height: its left cell on the first baseline, the caller's case)
    ([("2019 - 2023", 40, 87), ("Penzance", 40, 105), ("2015 - 2019", 40, 172), ("Hayle", 40, 190)],
     ["2019 - 2023\tKiln Warden", "Penzance\tMalbury Crocks", "Fired the three kilns", "Logged each firing",
      "Trained two apprentices", "2015 - 2019\tPotter's Mate", "Hayle\tTolvan Clay"], None),
    # a left cell of two lines centred on a right cell of five, then one of one line on a cell of two
    ([("2019 - 2023", 40, 87), ("Penzance", 40, 105), ("2015 - 2019", 40, 181)],
     ["2019 - 2023\tKiln Warden", "Penzance\tMalbury Crocks", "Fired the three kilns", "Logged each firing",
      "Trained two apprentices", "2015 - 2019\tPotter's Mate", "Tolvan Clay"], None),
    # a name over two lines centred beside four contact lines, each line on a contact line's baseline:
    # still its rows in order, whatever baselines they fall on
    ([("Wenna", 40, 78), ("Tremayne", 40, 96)],
     ["Wenna\tKiln Warden", "Tremayne\tMalbury Crocks", "Fired the three kilns", "Logged each firing",
      "Potter's Mate"], [("Kiln Warden", 120, 60), ("Malbury Crocks", 120, 78), ("Fired the three kilns", 120, 96),
                         ("Logged each firing", 120, 114), ("Potter's Mate", 120, 154)]),
])
def test_a_left_cell_centred_beside_its_row_labels_the_rows_first_lines(left, expected, content):
    lrows, crows = rows_of(page(*left)), rows_of(page(*(content or _CELLS)))
    blocks = label_blocks(lrows, crows)
    assert blocks is not None
    assert [r.text() for r in attach_labels(blocks, crows)] == expected


@pytest.mark.parametrize("left, expected", [
    ([("2019 - 2023", 40, 87), ("Penzance", 40, 105)], {0: 0, 1: 1}),   # centred on the first cell
    ([("2019 - 2023", 40, 91), ("Penzance", 40, 109)], {}),             # four points off its centre
    ([("2019 - 2023", 40, 60), ("Penzance", 40, 78)], {}),              # top-aligned: the caller's case
    ([("Hayle", 40, 181)], {0: 5}),                                     # one line centred on two
    ([("Hayle", 40, 96)], {}),                              # one line centred on five: on the middle line
    ([("2019 - 2023", 40, 96), ("Penzance", 40, 114)], {}),             # two lines, not centred
    ([("2019 - 2023", 40, 78), ("Penzance", 40, 96), ("Kenwyn", 40, 114)], {0: 0, 1: 1, 2: 2}),  # three on lines
    ([("Hayle", 40, 114)], {}),                                         # off the centre of five
    ([("Hayle", 40, 125)], {}),                                         # centred on all the content
])
def test_centred_rows(left, expected):
    lrows, crows = rows_of(page(*left)), rows_of(page(*_CELLS))
    by_top = sorted(range(len(crows)), key=lambda k: crows[k].top)
    assert centred_rows(label_blocks(lrows, crows), crows, by_top) == expected
