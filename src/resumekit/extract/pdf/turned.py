"""Text drawn a quarter turn (rotated 90°): a band heading read as a line, margin furniture left out.

Both backends set glyphs drawn rotated a quarter turn aside (``Painted.turned``, each with its box
on the page and its size) instead of laying them out with the upright ones. A template may set a
section's heading rotated on a filled band beside the section ("EXPERIENCE" up a dark 24 pt
strip at the left margin, the entries to its right); dropped, the section would join the one
before it. Signals, in precedence order:

1. Runs: turned glyphs one above the other in one vertical strip (their boxes overlapping across,
   apart along the strip by less than ``RUN_GAP`` of their size), in drawing order (a glyph joins
   one of the few runs drawn last: a page of turned text stays linear).
2. A run is a *band heading* when it lies inside a filled shape narrower than ``BAND_WIDTH`` of
   the page (the band) whose lightness differs from its glyphs' by ``CONTRAST`` (else the text would
   not show: no hidden words come in this way), holds letters in at most
   ``HEADING_WORDS`` words, and upright text starts within ``BESIDE_EM`` of its size to the right
   of the band at heights the band covers (the section beside it). A band carrying several such
   runs (the name of each section up one strip) gives each run the heights from halfway to the
   run above to halfway to the run below.
3. A band heading becomes one upright line, its letters laid left to right in its size, just
   above the first upright row beside the band, at that row's left edge, in black (its colour on
   the band is not the page's): a heading over the section, as a horizontal template sets it.

Anything else drawn turned (a "CURRICULUM VITAE" printed up the bare margin, a page number up
the side) stays out of the text, as before. Errs towards leaving turned text out.
"""
from __future__ import annotations

from dataclasses import replace

from .layout import Glyph

__all__ = ["band_headings", "RUN_GAP", "BAND_WIDTH", "HEADING_WORDS", "BESIDE_EM", "CONTRAST"]

RUN_GAP = 0.6
BAND_WIDTH = 0.25
HEADING_WORDS = 4
BESIDE_EM = 4.0
_CHAR = 0.6  # advance of a laid-out letter, in ems
_SPACE = 0.3  # a gap along the run wider than this (in ems) is a word space
_OPEN_RUNS = 4
CONTRAST = 0.3  # the glyphs' and the band's lightness differ by this much (else the text does not show)


def band_headings(turned: list[Glyph], fills: list, glyphs: list[Glyph], page_width: float) -> list[Glyph]:
    """Upright glyphs for the band headings among the page's ``turned`` glyphs (see the module
    docstring); ``fills``: the page's filled shapes; ``glyphs``: its upright, visible glyphs."""
    out: list[Glyph] = []
    heads = []
    for run in _runs([g for g in turned if g.text]):
        band = _band(run, fills, page_width)
        text = _text(run)
        words = text.split()
        if band is not None and words and len(words) <= HEADING_WORDS and any(c.isalpha() for c in text):
            heads.append((band, run, text))
    for band, run, text in heads:
        top, bottom = _zone(band, run, [r for b, r, _ in heads if b is band])
        size = max(g.size for g in run)
        reach = band.x1 + BESIDE_EM * size
        beside = [g for g in glyphs if band.x1 <= g.x0 <= reach and g.top < bottom and g.bottom > top
                  and g.text.strip()]
        if not beside:
            continue
        first = min(beside, key=lambda g: g.top)
        row = [g for g in beside if g.top < first.bottom and g.bottom > first.top]
        out += _laid_out(text, run[0], size, min(g.x0 for g in row), first.top)
    return out


def _zone(band, run: list[Glyph], runs: list[list[Glyph]]) -> tuple[float, float]:
    """The heights of the band that belong to ``run`` among the band headings ``runs`` up the same
    band (signal 2): from halfway between the run above and this one to halfway between this one
    and the run below, the band's own edges at the ends (one band may carry the name of each
    section beside it)."""
    def span(r: list[Glyph]) -> tuple[float, float]:
        return min(g.top for g in r), max(g.bottom for g in r)

    top, bottom = span(run)
    above = [span(r)[1] for r in runs if r is not run and span(r)[1] <= top]
    below = [span(r)[0] for r in runs if r is not run and span(r)[0] >= bottom]
    return ((top + max(above)) / 2 if above else band.top, (bottom + min(below)) / 2 if below else band.bottom)


def _runs(turned: list[Glyph]) -> list[list[Glyph]]:
    runs: list[list[Glyph]] = []
    for g in turned:
        for run in runs[-_OPEN_RUNS:]:  # a run is drawn in one go: only the latest are open
            last = run[-1]
            across = min(g.x1, last.x1) - max(g.x0, last.x0)
            along = max(g.top - last.bottom, last.top - g.bottom)
            if across > 0.5 * min(g.x1 - g.x0, last.x1 - last.x0) and along <= RUN_GAP * max(g.size, last.size):
                run.append(g)
                break
        else:
            runs.append([g])
    return runs


def _band(run: list[Glyph], fills: list, page_width: float):
    """The filled shape the run lies inside, narrower than ``BAND_WIDTH`` of the page, standing out
    from the run's glyphs by ``CONTRAST`` (else the glyphs would not show on it)."""
    x0, x1 = min(g.x0 for g in run), max(g.x1 for g in run)
    top, bottom = min(g.top for g in run), max(g.bottom for g in run)
    colour = run[0].color
    tol = 1.0
    for f in reversed(fills):
        if (f.x0 - tol <= x0 and x1 <= f.x1 + tol and f.top - tol <= top and bottom <= f.bottom + tol
                and f.x1 - f.x0 <= BAND_WIDTH * page_width and f.bottom - f.top > f.x1 - f.x0
                and (colour is None or f.color is None or abs(_luma(f.color) - _luma(colour)) >= CONTRAST)):
            return f
    return None


def _luma(rgb: tuple[float, float, float]) -> float:
    return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]


def _text(run: list[Glyph]) -> str:
    """The run's letters in drawing order, a space where the gap along the run is a word space
    (a backend may give the space as a glyph, or only as a gap)."""
    out, last = [], None
    for g in run:
        if last is not None and not g.text.isspace() and (out and not out[-1].isspace()):
            gap = max(g.top - last.bottom, last.top - g.bottom)
            if gap > _SPACE * g.size:
                out.append(" ")
        out.append(" " if g.text.isspace() else g.text)
        last = g
    return " ".join("".join(out).split())


def _laid_out(text: str, like: Glyph, size: float, x: float, below: float) -> list[Glyph]:
    """``text`` as upright glyphs from ``x``, its em box ending just above ``below``."""
    bottom = below - 0.1 * size
    top = bottom - size
    out, adv = [], _CHAR * size
    for ch in text:
        if not ch.isspace():
            out.append(replace(like, text=ch, x0=x, x1=x + adv, top=top, bottom=bottom, size=size,
                               color=(0.0, 0.0, 0.0), clipped=False, alpha=1.0, cut=False, joined=0, inner=0.0))
        x += adv
    return out
