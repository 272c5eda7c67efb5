"""A quad inside a typeset line: two parts of one line set apart by a fixed wide space (TeX's
``\\quad``, an em space, a Word tab that pandoc typesets as a wide space: "Product Designer⎵⎵Harbour
Media", a title and its employer in one bold line) are two cells, as a wider gap makes them.

A typesetter stretches or shrinks every space of a line alike (justification widens them together),
so one gap far wider than the line's other word gaps was typed, not stretched. Where the producer
writes space glyphs, :mod:`resumekit.extract.pdf.layout` cuts such a gap already (a gap no space
glyph covers); a TeX producer writes none, and a quad (one em) is narrower than its cell gap.

Signals, in order (all must hold):
1. The page holds no space glyph (the producer writes none: a TeX engine).
2. Inside one cell, a gap between two words of at least ``QUAD_EM`` of the smaller font size.
3. At least ``QUAD_RATIO`` times the cell's widest other word gap, the cell having at least one
   other word gap (two words alone say nothing of the line's spacing).
4. Not after a word ending in punctuation (TeX widens the space after a sentence's or clause's end:
   ".", ":", ";", "!", "?", ","; stretched, it may reach twice a word space), nor after a list marker
   (an item's bullet or number hangs apart from its text), and both words hold a letter or digit
   (a dash set apart between two dates stays in its cell).

The first glyph after such a gap is marked ``cut`` (as a table's gutter is): the cells are made
again with it, and stay so when the reading order makes rows again from the glyphs.
"""
from __future__ import annotations

from .layout import Row, cut_at, list_marker

__all__ = ["quads_apart", "QUAD_EM", "QUAD_RATIO"]

QUAD_EM = 0.8
QUAD_RATIO = 2.2
_AFTER_PUNCT = ".,:;!?"


def quads_apart(rows: list[Row]) -> list[Row]:
    """``rows`` (one page's, made by ``layout.rows_of``) with each quad found starting a cell, in
    place; returned for chaining."""
    if any(g.text.isspace() for row in rows for g in row.members):
        return rows
    for row in rows:
        cuts = [x for cell in row.cells for x in _quads(cell)]
        for x in cuts:
            cut_at([row], x)
    return rows


def _quads(cell: list[list]) -> list[float]:
    """The x in the middle of each quad of one cell (a list of words, each a list of glyphs)."""
    if len(cell) < 3:
        return []
    words = [[g for g in word if g.text.strip()] for word in cell]
    if any(not word for word in words):
        return []
    gaps = [b[0].x0 - a[-1].x1 for a, b in zip(words, words[1:])]
    out = []
    for k, gap in enumerate(gaps):
        a, b = words[k], words[k + 1]
        em = min(a[-1].size, b[0].size)
        others = gaps[:k] + gaps[k + 1:]
        if gap < QUAD_EM * em or gap < QUAD_RATIO * max(others):
            continue
        if a[-1].text[-1:] in _AFTER_PUNCT or (k == 0 and list_marker(a)):
            continue
        if not _has_word(a) or not _has_word(b):
            continue
        out.append((a[-1].x1 + b[0].x0) / 2)
    return out


def _has_word(word: list) -> bool:
    return any(ch.isalnum() for g in word for ch in g.text)
