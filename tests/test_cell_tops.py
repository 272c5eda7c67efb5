"""The one reading of a cell read from its top (extract/pdf/cell_tops.py): a left block set
against a taller right block, not at its top, as a producer aligns cells (invented boxes, points)."""
import pytest

from resumekit.extract.pdf.cell_tops import BOTTOM, BOTTOM_SET, CENTRE, CENTRED, TOP, Box, Setting, offset, placed

# a right cell of five 12 pt lines, 14 pt apart: tops 100 .. 156, bottom 168
RIGHT = Box(100.0, 156.0, 168.0)


@pytest.mark.parametrize("setting, left, tol, expected", [
    # two lines of dates at the foot of the row (pandoc's LaTeX minipages): bottom-set
    (BOTTOM_SET, Box(142.0, 156.0, 168.0), 6.0, True),
    # the same two lines at the row's top: as a word processor sets them, nothing to move
    (BOTTOM_SET, Box(100.0, 114.0, 126.0), 6.0, False),
    # half way down, neither at the foot nor at the top
    (BOTTOM_SET, Box(121.0, 135.0, 147.0), 6.0, False),
    # one line centred on the cell (Chromium): its middle on the cell's, 134
    (CENTRED, Box(128.0, 128.0, 140.0), 1.2, True),
    # centred a line too low
    (CENTRED, Box(142.0, 142.0, 154.0), 1.2, False),
    # a label as tall as the cell: at its top, nothing to move whatever the alignment
    (CENTRED, Box(100.0, 156.0, 168.0), 1.2, False),
    # top alignment never moves a block (it is where the reading puts it)
    (Setting(TOP, 0.5), Box(100.0, 100.0, 112.0), 6.0, False),
])
def test_placed(setting, left, tol, expected):
    assert placed(setting, left, RIGHT, tol) is expected


@pytest.mark.parametrize("align, left, expected", [
    (TOP, Box(110.0, 110.0, 122.0), 10.0),
    (CENTRE, Box(128.0, 128.0, 140.0), 0.0),
    (BOTTOM, Box(150.0, 150.0, 162.0), -6.0),
])
def test_offset(align, left, expected):
    assert offset(align, left, RIGHT) == pytest.approx(expected)
