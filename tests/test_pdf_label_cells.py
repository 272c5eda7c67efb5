"""A Word table of shaded label cells printed to PDF, drawn with reportlab (invented strings): each
label centred vertically against a content cell of several lines, so no label shares a baseline
with a row of content. The label column is found from rows side by side whose boxes overlap
(resumekit.extract.pdf.columns) and each label is put in front of its cell's first row
(resumekit.extract.pdf.labels.centred, resumekit.extract.pdf.sides)."""

import pytest

import resumekit
from resumekit.extract.pdf.labels import centred, label_blocks
from resumekit.extract.pdf.layout import rows_of
from .test_layout_columns import page
from .test_pdf_word_label_dates import _pdf as word_table_pdf


_CELLS = [
    (["NAVIGATION"], ["Plotted courses for the estuary ferries in all", "weathers and kept the chart table",
                      "corrected to the latest notices,", "tides and soundings."]),
    (["HARBOUR", "OPERATIONS"], ["Ran the berthing roster for the quay,", "its cranes and its mooring gangs",
                                "across three shifts."]),
    (["Pilot boat and", "tug handling", "under the", "harbour master"],
     ["Took the pilot cutter out to incoming ships.", "Towed barges between the two basins.",
      "Trained two new deckhands."]),
]


def _pdf(para: float) -> bytes:
    """A name, a heading, then the table: the label cells shaded at the left, each label's lines
    centred against its content cell, whose lines are ``para`` points further apart than the
    label's (each a paragraph with space after it)."""
    return word_table_pdf("AREAS OF EXPERTISE", _CELLS, para, shade=0.95,
                          after=("EXPERIENCE", "Harbour Pilot, Falmouth Docks, 2016 - 2023"))


@pytest.mark.parametrize("para", [0.0, 6.0])
def test_labels_centred_in_shaded_cells_go_in_front_of_their_cells(para):
    lines = [l.text for l in resumekit.extract(_pdf(para), format="pdf").lines]
    start = lines.index("AREAS OF EXPERTISE") + 1
    expected = []
    for labels, content in _CELLS:
        expected += [" ".join(labels) + "\t" + content[0], *content[1:]]
    assert lines[start:start + len(expected)] == expected
    assert lines[start + len(expected)] == "EXPERIENCE"


# a content cell of four lines, then one of three, 14 pt apart (tops 100 and 170)
_CONTENT = [(f"Logged the tides of berth {n}", 150, 100 + 14 * n) for n in range(4)] + \
           [(f"Kept the quay roster {n}", 150, 170 + 14 * n) for n in range(3)]


@pytest.mark.parametrize("left, expected", [
    # one label centred against four lines (7 pt off two of them), two against three: centred
    ([("CHARTS", 40, 121), ("CREW", 40, 177), ("ROSTERS", 40, 191)], True),
    # the same labels set from their cells' tops, half a line down: not centred
    ([("CHARTS", 40, 107), ("CREW", 40, 177), ("ROSTERS", 40, 191)], False),
    # a label beside the first cell alone (one block): too few to tell
    ([("CHARTS", 40, 121)], False),
    # two labels centred together against both cells: no second block
    ([("CHARTS", 40, 142), ("CREW", 40, 156)], False),
])
def test_label_blocks_centred_beside_their_stretches_of_content(left, expected):
    lrows, crows = rows_of(page(*left)), rows_of(page(*_CONTENT))
    blocks = label_blocks(lrows, crows)
    assert blocks is not None and centred(blocks, crows) == expected
