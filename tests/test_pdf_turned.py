"""Text drawn a quarter turn (extract/pdf/turned.py): a heading up a filled band beside its section
is read as a line over the section; turned text on the bare page stays out."""
import pytest

from resumekit.extract.pdf.layout import Glyph
from resumekit.extract.pdf.paint import Fill, quarter_turn
from resumekit.extract.pdf.turned import band_headings

WHITE, DARK = (1.0, 1.0, 1.0), (0.1, 0.2, 0.3)


def turned(text: str, x: float, bottom: float, size: float = 10.0, colour=WHITE) -> list[Glyph]:
    """``text`` drawn up the page (rotated 90°) from ``bottom``, its em box ``size`` wide from ``x``."""
    out, y = [], bottom
    for ch in text:
        if ch != " ":
            out.append(Glyph(ch, x, x + size, y - 0.6 * size, y, size, "Helvetica-Bold", True, False, color=colour))
        y -= 0.6 * size
    return out


def upright(text: str, x: float, baseline: float, size: float = 10.0) -> list[Glyph]:
    return [Glyph(ch, x + 5 * k, x + 5 * (k + 1), baseline - 0.8 * size, baseline + 0.2 * size, size, "Helvetica",
                  False, False) for k, ch in enumerate(text) if ch != " "]


def band(x0: float, top: float, x1: float, bottom: float, colour=DARK) -> Fill:
    return Fill(x0, top, x1, bottom, 1, colour)


BODY = upright("Hydrographer, Carrick Survey", 60, 210) + upright("Ran the multibeam surveys.", 60, 224)


@pytest.mark.parametrize("glyphs, fills, expected", [
    # a heading up a dark band, the section to its right: a line just above the section's first row
    (turned("EXPERIENCE", 24, 290), [band(20, 200, 44, 300)], ["EXPERIENCE"]),
    (turned("Work history", 24, 290, 9), [band(20, 200, 44, 300)], ["Work history"]),
    # the same words up the bare margin: furniture
    (turned("CURRICULUM VITAE", 24, 290), [], []),
    # on a band of its own colour the text does not show
    (turned("EXPERIENCE", 24, 290, colour=DARK), [band(20, 200, 44, 300)], []),
    # white on a band of nearly white: it does not show, so it is no heading (nor hidden words let in)
    (turned("EXPERIENCE", 24, 290), [band(20, 200, 44, 300, colour=(0.97, 0.97, 0.97))], []),
    # a band as wide as the page is a backdrop, not a heading's band
    (turned("EXPERIENCE", 24, 290), [band(0, 0, 595, 842)], []),
    # a sentence up a band is no heading
    (turned("Ask me about my wreck surveys", 24, 400), [band(20, 200, 44, 420)], []),
    # nothing beside the band: no section to head
    (turned("EXPERIENCE", 24, 590), [band(20, 500, 44, 600)], []),
])
def test_band_headings(glyphs, fills, expected):
    got = band_headings(glyphs, fills, BODY, 595.0)
    words = "".join(g.text if k == 0 or g.x0 - got[k - 1].x1 < 1 else " " + g.text for k, g in enumerate(got))
    assert ([words] if got else []) == expected
    if got:  # over the section's first row, at its left edge
        assert max(g.bottom for g in got) <= min(g.top for g in BODY) and got[0].x0 == 60


@pytest.mark.parametrize("matrix, expected", [
    ((0, 10, -10, 0, 5, 5), True), ((0, -9, 9, 0, 5, 5), True),
    ((10, 0, 0, 10, 5, 5), False), ((7, 7, -7, 7, 0, 0), False), ((0, 10, -5, 0, 0, 0), False),
])
def test_quarter_turn(matrix, expected):
    assert quarter_turn(matrix) is expected


# two sections beside one long band, the name of each turned up the band beside it (centred on it)
TWO = (upright("Tide gauge engineer, Selkie Marine", 60, 210) + upright("Kept the gauges running.", 60, 224)
       + upright("BSc Ocean Science, Dunmore", 60, 420) + upright("Graduated with merit.", 60, 434))


@pytest.mark.parametrize("glyphs, fills, expected", [
    # each heading over the first row of its own section, not both over the band's first row
    (turned("WORK", 24, 240) + turned("STUDIES", 24, 450), [band(20, 190, 44, 500)],
     [("WORK", 202.0), ("STUDIES", 412.0)]),
    # one heading on the band: the whole band is its own, as before
    (turned("STUDIES", 24, 450), [band(20, 190, 44, 500)], [("STUDIES", 202.0)]),
    # three headings, the middle one with no text beside its part of the band: it heads nothing
    (turned("WORK", 24, 240) + turned("HOBBIES", 24, 350) + turned("STUDIES", 24, 470),
     [band(20, 190, 44, 500)], [("WORK", 202.0), ("STUDIES", 412.0)]),
])
def test_one_band_heads_several_sections(glyphs, fills, expected):
    got = band_headings(glyphs, fills, TWO, 595.0)
    lines: dict[float, str] = {}
    for g in got:
        lines[round(g.bottom + 0.1 * g.size)] = lines.get(round(g.bottom + 0.1 * g.size), "") + g.text
    assert [(text, float(top)) for top, text in sorted(lines.items())] == expected
