"""Tag chips: words each set on a filled shape of its own, side by side on one line.

HTML themes and designer tools print a list of skills as chips (a padded inline box with a
background, often rounded), a few pixels apart: the words of two chips are as close as two words
of a sentence, so they would read as one phrase ("Figma Prototyping"). The first glyph of each
chip after the first on its line starts a cell (``Glyph.cut``), as a table's gutter does.
Signals, in precedence order:

1. The shape: a filled shape (fill opacity at least ``TRANSPARENT``) from ``MIN_EM`` to
   ``MAX_EM`` of the size of the text on it as tall, at most ``WIDE_EM`` wide, holding the whole
   of the glyphs on it (no glyph of its line crosses its edges).
2. A row of chips: another such shape lies beside it on its line (tops within ``SAME_TOP`` points,
   heights within ``SAME_TOP``), at most ``GAP_EM`` away, and holds glyphs too.

Errs towards joining: a lone highlighted word (a ``<code>`` span inside a sentence, a single chip)
stays in its line's cell.
"""
from __future__ import annotations

from collections import defaultdict

from .hidden import TRANSPARENT
from .layout import Glyph

__all__ = ["chips_apart", "MIN_EM", "MAX_EM", "WIDE_EM", "GAP_EM", "SAME_TOP"]

MIN_EM, MAX_EM = 1.0, 2.6
WIDE_EM = 20.0
GAP_EM = 2.0
SAME_TOP = 2.0
_BAND = 24.0  # points: the height of the bands that index glyphs
_TALLEST = 60.0  # points: no chip is taller (a chip of MAX_EM around 23 pt type)


def chips_apart(fills: list, glyphs: list[Glyph]) -> int:
    """Mark the first glyph of each chip among ``fills`` (the page's filled shapes) that follows
    another chip on its line of ``glyphs`` (see the module docstring); the number marked."""
    bands: dict[int, list[Glyph]] = defaultdict(list)  # glyphs by the bands their em box touches
    for g in glyphs:
        if g.text.strip():
            for band in range(int(g.top // _BAND), int(g.bottom // _BAND) + 1):
                bands[band].append(g)
    chips = []  # (fill, its glyphs left to right, their largest size)
    for f in fills:
        if f.alpha < TRANSPARENT or not 0 < f.bottom - f.top <= _TALLEST:
            continue
        near = {id(g): g for b in range(int(f.top // _BAND), int(f.bottom // _BAND) + 1) for g in bands.get(b, ())
                if g.bottom > f.top and g.top < f.bottom}.values()
        on = sorted((g for g in near if f.x0 <= (g.x0 + g.x1) / 2 <= f.x1
                     and f.top <= (g.top + g.bottom) / 2 <= f.bottom), key=lambda g: g.x0)
        if not on:
            continue
        size = max(g.size for g in on)
        if not (MIN_EM * size <= f.bottom - f.top <= MAX_EM * size and f.x1 - f.x0 <= WIDE_EM * size):
            continue
        if any(g.x0 < f.x0 < g.x1 or g.x0 < f.x1 < g.x1 for g in near):
            continue  # a glyph crosses the shape's edge: a highlight behind part of a word, no chip
        chips.append((f, on, size))
    marked = 0
    for f, on, size in chips:
        if not on[0].cut and any(c is not f and abs(c.top - f.top) <= SAME_TOP and c.x1 <= f.x0
                                 and abs((c.bottom - c.top) - (f.bottom - f.top)) <= SAME_TOP
                                 and f.x0 - c.x1 <= GAP_EM * size for c, _, _ in chips):
            on[0].cut = True
            marked += 1
    return marked
