"""List bullets drawn as shapes (extract/pdf/drawn.py): which small filled shapes before a line
become a "•" glyph, on invented lines of glyphs."""
import pytest

from resumekit.extract.pdf.drawn import drawn_bullets
from resumekit.extract.pdf.layout import Glyph
from resumekit.extract.pdf.paint import Fill

SIZE = 10.0


def _line(text: str, x: float, baseline: float, size: float = SIZE) -> list[Glyph]:
    """Glyphs of ``text`` from ``x`` on ``baseline``, half an em each."""
    top, bottom = baseline - 0.8 * size, baseline + 0.2 * size
    return [Glyph(c, x + k * size / 2, x + (k + 1) * size / 2, top, bottom, size, "Helvetica", False, False, z=k)
            for k, c in enumerate(text)]


def _dot(x: float, baseline: float, d: float = 3.6, lift: float = 3.0, tall: float | None = None,
         alpha: float = 1.0) -> Fill:
    """A filled shape ``d`` wide (``tall`` high), centred ``lift`` above the baseline, from ``x``."""
    h = tall or d
    cy = baseline - lift
    return Fill(x, cy - h / 2, x + d, cy + h / 2, z=900, color=(0, 0, 0), alpha=alpha)


def _lines(*texts: str, x: float = 60) -> list[Glyph]:
    return [g for k, t in enumerate(texts) for g in _line(t, x, 100 + 14 * k)]


def _rows(fills, glyphs) -> list[tuple[float, float]]:
    return sorted((round(g.x0, 1), round(g.top, 1)) for g in drawn_bullets(fills, glyphs))


@pytest.mark.parametrize("fills, glyphs, expected", [
    # a dot before each of two lines, a word space from the text: two bullets
    ([_dot(50, 100), _dot(50, 114)], _lines("Pruned orchards", "Grafted pears"), [(50, 92), (50, 106)]),
    # squares as well as circles
    ([_dot(50, 100, d=3), _dot(50, 114, d=3)], _lines("Kept hives", "Sold honey"), [(50, 92), (50, 106)]),
    # a lone dot: no list
    ([_dot(50, 100)], _lines("Pruned orchards"), []),
    # too far left of the text (a timeline's marker in the margin)
    ([_dot(20, 100), _dot(20, 114)], _lines("Pruned orchards", "Grafted pears"), []),
    # too big for the text beside it (a timeline's marker), or too thin to be a dot (a rule's end)
    ([_dot(50, 100, d=8), _dot(50, 114, d=8)], _lines("Pruned orchards", "Grafted pears"), []),
    ([_dot(50, 100, d=3, tall=9), _dot(50, 114, d=3, tall=9)], _lines("Pruned orchards", "Grafted pears"), []),
    # above the line's type (between two lines), or below its baseline
    ([_dot(50, 100, lift=9), _dot(50, 114, lift=9)], _lines("Pruned orchards", "Grafted pears"), []),
    ([_dot(50, 100, lift=-3), _dot(50, 114, lift=-3)], _lines("Pruned orchards", "Grafted pears"), []),
    # under a word (a box behind text), or a shape that does not show
    ([_dot(62, 100), _dot(62, 114)], _lines("Pruned orchards", "Grafted pears"), []),
    ([_dot(50, 100, alpha=0.0), _dot(50, 114, alpha=0.0)], _lines("Pruned orchards", "Grafted pears"), []),
    # rating dots in a row after a skill, then the next skill: no bullet before it
    ([_dot(x, 100) for x in (120, 126, 132, 138)] + [_dot(x, 114) for x in (120, 126, 132, 138)],
     _line("Welding", 60, 100) + _line("Glazing", 146, 100) + _line("Joinery", 60, 114) + _line("Roofing", 146, 114),
     []),
])
def test_drawn_bullets(fills, glyphs, expected):
    assert _rows(fills, glyphs) == expected


def _header(text: str, baseline: float, x: float = 40) -> list[Glyph]:
    return _line(text, x, baseline)


@pytest.mark.parametrize("fills, glyphs, expected", [
    # a list indented inside its column, its text three ems from its discs (Chromium printing a Word
    # list item whose paragraph keeps its own margin), an entry's header between the lists: bullets
    ([_dot(50, 100), _dot(50, 128)],
     _line("Pruned orchards", 83.6, 100) + _header("Hillside Farm", 114) + _line("Grafted pears", 83.6, 128),
     [(50, 92), (50, 120)]),
    # the same two lines with nothing over the discs between them (a timeline's markers in a margin)
    ([_dot(50, 100), _dot(50, 114)], _lines("Pruned orchards", "Grafted pears", x=83.6), []),
    # the header is a column left of the discs, not over them (a side column beside a gutter)
    ([_dot(50, 100), _dot(50, 128)],
     _line("Pruned orchards", 83.6, 100) + _line("Farm", 10, 114) + _line("Grafted pears", 83.6, 128), []),
    # their lines start at different places: no list
    ([_dot(50, 100), _dot(50, 128)],
     _line("Pruned orchards", 83.6, 100) + _header("Hillside Farm", 114) + _line("Grafted pears", 90, 128), []),
    # more than WIDE_GAP_EM from the text
    ([_dot(50, 100), _dot(50, 128)],
     _line("Pruned orchards", 95, 100) + _header("Hillside Farm", 114) + _line("Grafted pears", 95, 128), []),
    # with such a list on the page, an item of it indented less, its disc of the list's size
    ([_dot(50, 100), _dot(50, 128), _dot(60, 156)],
     _line("Pruned orchards", 83.6, 100) + _header("Hillside Farm", 114) + _line("Grafted pears", 83.6, 128)
     + _header("Valley Farm", 142) + _line("Sold honey", 80, 156),
     [(50, 92), (50, 120), (60, 148)]),
    # but not one of another size
    ([_dot(50, 100), _dot(50, 128), _dot(60, 156, d=2.5)],
     _line("Pruned orchards", 83.6, 100) + _header("Hillside Farm", 114) + _line("Grafted pears", 83.6, 128)
     + _header("Valley Farm", 142) + _line("Sold honey", 80, 156),
     [(50, 92), (50, 120)]),
    # a lone far dot
    ([_dot(50, 100)], _line("Pruned orchards", 83.6, 100) + _header("Hillside Farm", 114), []),
])
def test_drawn_bullets_of_an_indented_list(fills, glyphs, expected):
    assert _rows(fills, glyphs) == expected


def test_a_drawn_bullet_takes_its_lines_place_and_style():
    glyphs = _lines("Pruned orchards", "Grafted pears")
    bullets = drawn_bullets([_dot(50, 100), _dot(50, 114)], glyphs)
    first = glyphs[0]
    assert [(b.text, b.top, b.bottom, b.size, b.font) for b in bullets][0] == ("•", first.top, first.bottom,
                                                                                first.size, first.font)


def _centred(text: str, baseline: float, centre: float = 150.0) -> list[Glyph]:
    return _line(text, centre - len(text) * SIZE / 4, baseline)


@pytest.mark.parametrize("fills, glyphs, expected", [
    # a list in a centred table cell (Chromium printing pandoc's header cells): the discs at the item's
    # edge, each line centred on one x, six ems and more from its disc
    ([_dot(50, 100), _dot(50, 114), _dot(50, 128)],
     _centred("Pruned orchards", 100) + _centred("Grafted pears", 114) + _centred("Sold honey", 128),
     [(50, 92), (50, 106), (50, 120)]),
    # two of them suffice
    ([_dot(50, 100), _dot(50, 114)], _centred("Pruned orchards", 100) + _centred("Sold honey", 114),
     [(50, 92), (50, 106)]),
    # one line long enough to start near its disc (it fills the cell), the other centred far off
    ([_dot(30, 100), _dot(30, 114)], _centred("Pruned the orchards and grafted the pears", 100)
     + _centred("Sold honey", 114), [(30, 92), (30, 106)]),
    # the lines' centres a point apart: no list
    ([_dot(50, 100), _dot(50, 114)], _centred("Pruned orchards", 100) + _centred("Sold honey", 114, 151), []),
    # one line: no list
    ([_dot(50, 100)], _centred("Pruned orchards", 100), []),
    # the discs at different x
    ([_dot(50, 100), _dot(56, 114)], _centred("Pruned orchards", 100) + _centred("Sold honey", 114), []),
    # further than CENTRED_GAP_EM from the text
    ([_dot(50, 100), _dot(50, 114)],
     _centred("Pruned orchards", 100, 300) + _centred("Sold honey", 114, 300), []),
])
def test_drawn_bullets_of_a_centred_list(fills, glyphs, expected):
    assert _rows(fills, glyphs) == expected
