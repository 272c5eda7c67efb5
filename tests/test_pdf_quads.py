"""A quad inside a typeset line (extract/pdf/quads.py): a TeX producer writes no space glyphs, so a
title and its employer set an em apart in one line are one cell to the layout; the quad, far wider
than the line's other word gaps, makes them two."""
import pytest

from resumekit.extract.pdf.layout import Glyph, rows_of
from resumekit.extract.pdf.quads import quads_apart


def typeset(spec: str, size: float = 10.0, x: float = 50.0, space: float = 3.3, quad: float = 10.0,
            with_spaces: bool = False):
    """Glyphs of one line, each letter 5 pt wide: " " is a word space ``space`` wide, "|" a quad
    ``quad`` wide; no space glyph is painted (a TeX engine) unless ``with_spaces``."""
    out = []
    for ch in spec:
        if ch in " |":
            gap = space if ch == " " else quad
            if with_spaces:
                out.append(Glyph(" ", x, x + gap, 92.0, 102.0, size, "LMRoman10-Bold", True, False))
            x += gap
            continue
        out.append(Glyph(ch, x, x + 5.0, 92.0, 102.0, size, "LMRoman10-Bold", True, False))
        x += 5.0
    return out


def read(gs) -> list[str]:
    rows = quads_apart(rows_of(gs))
    assert len(rows) == 1
    return rows[0].text().split("\t")


@pytest.mark.parametrize("spec,space,expected", [
    ("Route Planner|Harbour Cargo", 3.3, ["Route Planner", "Harbour Cargo"]),
    ("Kiln Operator|Tallow Glassworks Ltd", 3.3, ["Kiln Operator", "Tallow Glassworks Ltd"]),
    ("Quillfield University|BA Fine Arts", 3.3, ["Quillfield University", "BA Fine Arts"]),
    # a justified line: every space stretched alike, none far wider than the rest
    ("set the moulds and kept the kilns at heat", 5.5, ["set the moulds and kept the kilns at heat"]),
    # a gap less than QUAD_RATIO times the line's other word gaps is a stretched space
    ("Route Planner|Harbour Cargo", 5.0, ["Route Planner Harbour Cargo"]),
    # two words alone: nothing to compare the gap with
    ("Planner|Harbour", 3.3, ["Planner Harbour"]),
    # after a sentence's end TeX widens the space itself
    ("Led the glaze trials.|Cut waste by half", 3.3, ["Led the glaze trials. Cut waste by half"]),
    ("Tools:|Kiln Glaze Press", 3.3, ["Tools: Kiln Glaze Press"]),
    # a dash set apart between two dates stays in its cell
    ("Mar 2021|–|May 2023", 3.3, ["Mar 2021 – May 2023"]),
])
def test_quads(spec, space, expected):
    assert read(typeset(spec, space=space)) == expected


def test_a_list_marker_hangs_apart_from_its_item():
    assert read(typeset("•|Fired the big kiln weekly")) == ["• Fired the big kiln weekly"]


def test_a_producer_that_writes_space_glyphs_is_left_to_the_layout():
    # (the layout's own rule for gaps no space glyph covers decides there; a space glyph as wide as
    # the quad covers it: one cell)
    assert read(typeset("Route Planner|Harbour Cargo", with_spaces=True)) == ["Route Planner Harbour Cargo"]
