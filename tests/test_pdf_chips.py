"""Tag chips (extract/pdf/chips.py): words each on a filled shape of their own start cells, on
invented lines of glyphs and shapes."""
import pytest

from resumekit.extract.pdf.chips import chips_apart
from resumekit.extract.pdf.layout import Glyph, rows_of
from resumekit.extract.pdf.paint import Fill

SIZE = 10.0


def _words(*parts: tuple[str, float]) -> list[Glyph]:
    """Glyphs of each (text, x) on the baseline 100, half an em each; a space glyph between words."""
    out = []
    for text, x in parts:
        for k, c in enumerate(text):
            out.append(Glyph(c, x + k * SIZE / 2, x + (k + 1) * SIZE / 2, 92, 102, SIZE, "Helvetica", False, False))
    return out


def _chip(x0: float, x1: float, top: float = 89, bottom: float = 105, alpha: float = 1.0) -> Fill:
    return Fill(x0, top, x1, bottom, z=5, color=(0.9, 0.9, 0.9), alpha=alpha)


def _text(fills, glyphs) -> str:
    chips_apart(fills, glyphs)
    rows = rows_of(glyphs)
    assert len(rows) == 1
    return rows[0].text()


@pytest.mark.parametrize("parts, fills, expected", [
    # three chips a few points apart, a word gap between them: a cell each
    ((("Figma", 60), ("Usability", 95), ("HTML", 150)), [_chip(56, 89), _chip(91, 144), _chip(146, 174)],
     "Figma\tUsability\tHTML"),
    # one chip of two words beside another
    ((("Lab", 60), ("safety", 80), ("CRISPR", 120)), [_chip(56, 113), _chip(116, 154)], "Lab safety\tCRISPR"),
    # a lone highlighted word inside a sentence: no row of chips, one cell
    ((("Built", 60), ("with", 90), ("Go", 115), ("daily", 130)), [_chip(113, 127)], "Built with Go daily"),
    # shapes much taller than the text (a coloured band behind two words): no chips
    ((("Figma", 60), ("HTML", 95)), [_chip(56, 89, top=60, bottom=140), _chip(91, 124, top=60, bottom=140)],
     "Figma HTML"),
    # transparent shapes draw nothing
    ((("Figma", 60), ("HTML", 95)), [_chip(56, 89, alpha=0.0), _chip(91, 124, alpha=0.0)], "Figma HTML"),
])
def test_chips(parts, fills, expected):
    assert _text(fills, _words(*parts)) == expected
