"""List bullets drawn as shapes: a small filled circle or square before a line, no glyph.

Designer tools and some HTML-to-PDF printers draw a list's bullets as paths (a CSS ``::before``
disc, a Canva dot) instead of a bullet character, so the lines of a list read as prose and the
duties of a job as one paragraph. Each such shape becomes a "•" glyph on its line, which then
reads as a list item as a glyph bullet does. Signals, in precedence order:

1. The shape: a filled shape (fill opacity at least ``TRANSPARENT``) about as wide as tall
   (within ``SQUARE`` of each other), from ``MIN_EM`` to ``MAX_EM`` of the size of the text
   beside it.
2. The line: upright visible text starts to the right of the shape within ``GAP_EM`` of its size,
   the shape's centre between ``CENTRE_EM`` above that text's baseline and a little below it,
   and no glyph overlaps the shape (a highlight or a box behind words is no bullet).
3. Alone: no other shape of its size lies just left of it on its line (rating dots "●●●○○"
   drawn in a row are no bullets).
4. A list: at least ``MIN_BULLETS`` shapes of one size pass on the page.
5. An indented list: text up to ``WIDE_GAP_EM`` from the shape passes 2 when at least
   ``MIN_BULLETS`` such shapes of one size stand at one x, their lines start at one x, and some
   other line between the first and the last of them passes over the shapes' x (the list is
   indented inside a column of text: an entry's header at the column's edge between its lists);
   then any other such shape of their size on the page passes too (one item indented less).
   Chromium printing Word's HTML draws the disc at the list item's edge and the paragraph's own
   margin puts its text two to three ems further; a timeline's markers in the margin have no
   text passing over them.
6. A centred list: text up to ``CENTRED_GAP_EM`` from the shape passes 2 when at least
   ``MIN_BULLETS`` shapes of one size (this one, further than ``GAP_EM``, and others further or
   passing 2 already: a long line of the list fills the cell) stand at one x and their
   lines, starting at different x, are centred on one x (within ``_CENTRE_SLACK``): a list in a
   table's header cell, which Chromium centres (pandoc's HTML of a Word table), its discs at the
   list item's edge.

Rules drawn as shapes (:func:`drawn_rules`, for :mod:`resumekit.extract.pdf.columns`): a filled shape
at most ``RULE_HEIGHT`` tall and at least ``RULE_WIDTH`` wide, visible (fill opacity at least
``TRANSPARENT``), is a horizontal rule; rules on one y (within ``_ROW_SLACK``) that touch or
overlap are one (Chromium draws a table row's top border cell by cell).

Errs towards reading shapes as pictures: a lone drawn dot, a rating row, a dot larger than
``MAX_EM`` (a timeline's marker), a column of dots far from its text with nothing over them stays
out of the text.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from .hidden import TRANSPARENT
from .layout import Glyph

__all__ = ["drawn_bullets", "drawn_rules", "Rule", "RULE_HEIGHT", "RULE_WIDTH", "SQUARE", "MIN_EM", "MAX_EM", "GAP_EM", "WIDE_GAP_EM", "CENTRE_EM", "MIN_BULLETS"]

SQUARE = 1.3
MIN_EM, MAX_EM = 0.15, 0.42
GAP_EM = 1.5
WIDE_GAP_EM = 4.0
CENTRED_GAP_EM = 15.0
CENTRE_EM = 0.6
MIN_BULLETS = 2
_BELOW_EM = 0.15  # the centre may sit this far below the baseline
_ROW_SLACK = 0.5  # points: two dots of one size differ by less than this
_BAND = 24.0  # points: the height of the bands that index glyphs
_LARGEST = 20.0  # points: no bullet is wider (a bullet of MAX_EM beside 48 pt type)
_CENTRE_SLACK = 0.5  # points: centred lines' centres differ by less than this
_WORD_GAP_EM = 1.0  # a line's glyphs stand no further apart than this (the centred list's lines)
RULE_HEIGHT = 1.5  # points: a filled shape no taller than this is a drawn rule when it is wide
RULE_WIDTH = 20.0  # points
_RULE_TOUCH = 1.0  # points: parts of one rule drawn apart by no more than this


@dataclass(frozen=True, slots=True)
class Rule:
    """A horizontal rule drawn as a filled shape: from x0 to x1 at y (its middle)."""

    x0: float
    x1: float
    y: float


def drawn_rules(fills: list) -> list[Rule]:
    """The horizontal rules among a page's filled shapes (see the module's docstring), top to
    bottom, each from left to right; [] when there is none."""
    thin = sorted(((f.top + f.bottom) / 2, f.x0, f.x1) for f in fills
                  if f.bottom - f.top <= RULE_HEIGHT and f.alpha >= TRANSPARENT and f.x1 > f.x0)
    lines: list[list[tuple[float, float, float]]] = []  # parts on one y
    for part in thin:
        if lines and part[0] - lines[-1][0][0] <= _ROW_SLACK:
            lines[-1].append(part)
        else:
            lines.append([part])
    out: list[Rule] = []
    for parts in lines:
        y = parts[0][0]
        run: Rule | None = None
        for _, x0, x1 in sorted(parts, key=lambda p: p[1]):
            if run is not None and x0 <= run.x1 + _RULE_TOUCH:
                run = Rule(run.x0, max(run.x1, x1), y)
                continue
            if run is not None:
                out.append(run)
            run = Rule(x0, x1, y)
        out.append(run)
    return [r for r in out if r.x1 - r.x0 >= RULE_WIDTH]


def drawn_bullets(fills: list, glyphs: list[Glyph]) -> list[Glyph]:
    """A "•" glyph for each shape among ``fills`` (the page's filled shapes) that is a list bullet
    before a line of ``glyphs`` (the page's upright, visible glyphs); see the module docstring."""
    dots = [f for f in fills if f.alpha >= TRANSPARENT and _roundish(f)]
    if len(dots) < MIN_BULLETS:
        return []
    bands: dict[int, list[Glyph]] = defaultdict(list)  # glyphs by the bands their em box touches
    for g in glyphs:
        if g.text.strip():
            for band in range(int(g.top // _BAND), int(g.bottom // _BAND) + 1):
                bands[band].append(g)
    found: list[tuple[object, Glyph]] = []
    far: list[tuple[object, Glyph]] = []
    farther: list[tuple[object, Glyph, float]] = []
    near: list[tuple[object, Glyph, float]] = []
    for f in dots:
        if _in_a_row(f, dots):
            continue
        line = bands.get(int((f.top + f.bottom) / 2 // _BAND), ())
        first = _text_after(f, line, GAP_EM)
        if first is not None:
            found.append((f, first))
            near.append((f, first, _line_centre(first, line)))
            continue
        if (first := _text_after(f, line, WIDE_GAP_EM)) is not None:
            far.append((f, first))
        if (first := first or _text_after(f, line, CENTRED_GAP_EM)) is not None:
            farther.append((f, first, _line_centre(first, line)))
    found += _indented(far, glyphs)
    found += [(f, first) for f, first in _centred(farther, near) if (f, first) not in found]
    sizes = Counter(round(f.x1 - f.x0) for f, _ in found)
    out = []
    for f, first in found:
        if sizes[round(f.x1 - f.x0)] >= MIN_BULLETS:
            out.append(replace(first, text="•", x0=f.x0, x1=f.x1, z=f.z, icon=False, joined=0, inner=0.0,
                               cut=False))
    return out


def _roundish(f) -> bool:
    w, h = f.x1 - f.x0, f.bottom - f.top
    return 0 < w <= _LARGEST and h > 0 and max(w, h) <= SQUARE * min(w, h)


def _text_after(f, text, gap_em: float) -> Glyph | None:
    """The first glyph of the line the shape stands before, when it is a bullet's size for it."""
    cy = (f.top + f.bottom) / 2
    best = None
    for g in text:
        if g.x1 > f.x0 and g.x0 < f.x1 and g.bottom > f.top and g.top < f.bottom:
            return None  # a glyph over the shape
        if g.x0 < f.x1:
            continue
        baseline = g.top + 0.8 * (g.bottom - g.top)
        if not baseline - CENTRE_EM * g.size <= cy <= baseline + _BELOW_EM * g.size:
            continue
        if g.x0 - f.x1 > gap_em * g.size:
            continue
        if best is None or g.x0 < best.x0:
            best = g
    if best is None or not MIN_EM * best.size <= f.x1 - f.x0 <= MAX_EM * best.size:
        return None
    return best


def _indented(far: list[tuple[object, Glyph]], glyphs: list[Glyph]) -> list[tuple[object, Glyph]]:
    """The shapes of ``far`` (each with the first glyph of its line, further than ``GAP_EM``) that
    stand in an indented list: signal 5 of the module docstring."""
    out = []
    for f, first in far:
        w = f.x1 - f.x0
        fellows = [(d, g) for d, g in far if abs(d.x0 - f.x0) < _ROW_SLACK and abs((d.x1 - d.x0) - w) < _ROW_SLACK
                   and abs(g.x0 - first.x0) < _ROW_SLACK]
        if len(fellows) < MIN_BULLETS:
            continue
        top, bottom = min(d.top for d, _ in fellows), max(d.bottom for d, _ in fellows)
        if any(top < g.top and g.bottom < bottom and g.x0 <= f.x1 and g.x1 >= f.x0 and g.text.strip()
               for g in glyphs):
            out.append((f, first))
    widths = [f.x1 - f.x0 for f, _ in out]
    return out + [(f, first) for f, first in far if (f, first) not in out
                  and any(abs((f.x1 - f.x0) - w) < _ROW_SLACK for w in widths)]


def _line_centre(first: Glyph, line) -> float:
    """The middle of the run of glyphs on ``first``'s baseline from ``first`` rightwards, no two
    further apart than ``_WORD_GAP_EM``."""
    same = sorted((g for g in line if abs(g.bottom - first.bottom) < _ROW_SLACK and g.x0 >= first.x0),
                  key=lambda g: g.x0)
    x1 = first.x1
    for g in same:
        if g.x0 - x1 > _WORD_GAP_EM * g.size:
            break
        x1 = max(x1, g.x1)
    return (first.x0 + x1) / 2


def _centred(farther: list[tuple[object, Glyph, float]], near: list[tuple[object, Glyph, float]]
             ) -> list[tuple[object, Glyph]]:
    """The shapes of ``farther`` in a centred list (with those of ``near``, which pass 2 already):
    signal 6 of the module docstring."""
    out = []
    for f, first, centre in farther:
        w = f.x1 - f.x0
        fellows = [(g, c) for d, g, c in farther + near if abs(d.x0 - f.x0) < _ROW_SLACK and abs((d.x1 - d.x0) - w) < _ROW_SLACK
                   and abs(c - centre) < _CENTRE_SLACK]
        if len(fellows) >= MIN_BULLETS and any(abs(g.x0 - first.x0) >= _ROW_SLACK for g, _ in fellows):
            out.append((f, first))
    return out


def _in_a_row(f, dots: list) -> bool:
    """Another shape of its size just left of it on its line (a rating's dots)."""
    w = f.x1 - f.x0
    cy = (f.top + f.bottom) / 2
    return any(d is not f and abs((d.x1 - d.x0) - w) < _ROW_SLACK and abs((d.top + d.bottom) / 2 - cy) < w / 2
               and 0 <= f.x0 - d.x1 <= 2 * w for d in dots)
