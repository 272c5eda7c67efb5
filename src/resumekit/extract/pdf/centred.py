"""A table row's left cell centred beside its right cell, read top-aligned (see
:mod:`resumekit.extract.pdf.labels`, which asks it before its own anchors).

A web page printed to PDF centres a table row's cells vertically (pandoc's HTML of a Word table
whose rows are header cells, Chromium printing it): an entry's dates and town stand half way down
its title, employer and bullets, each beside some bullet. A word processor sets the left cell's
lines at the top of the row, beside the title and the employer; so does this. Signals, in order:

1. up to ``GROUP_BLOCKS`` consecutive label blocks whose span's vertical centre lies within
   ``CENTRE_EM`` of the type's size (at least ``CENTRE_PT`` points) of the centre of a run of
   content rows, the run starting above the group (by more than that) and ending no higher than it;
2. the run is one cell: the gaps before and after it (or the edge of the region, on one side
   only: not all the content) are both wider than ``CELL_GAP`` times every gap inside it, and no
   gap between the group's blocks is wider than the widest inside it (one cell's lines, not two);
3. the run has at least as many rows as the group has blocks, and two or more (the group may
   stand on a row's baseline: paragraphs spaced on a grid of lines put a centred cell on one).

The group's blocks label the run's first rows, one each, in order; the largest group that fits
is taken. Errs towards the caller's anchors: a group that fits no run is left to them.
"""
from __future__ import annotations

from .layout import Row

__all__ = ["centred_rows"]

GROUP_BLOCKS = 4
CENTRE_EM, CENTRE_PT = 0.1, 1.0
CELL_GAP = 1.5


def centred_rows(blocks: list[list[Row]], content: list[Row], by_top: list[int]) -> dict[int, int]:
    """Label block index -> the index in ``content`` of the row it labels, for the blocks of a
    left cell centred beside its right cell (the module's signals); ``by_top``: ``content``'s
    indices from the top."""
    out: dict[int, int] = {}
    if len(by_top) < 2:
        return out
    tops = [content[k].top for k in by_top]
    bottoms = [content[k].bottom for k in by_top]
    gaps = [tops[p + 1] - bottoms[p] for p in range(len(tops) - 1)]
    n = 0
    while n < len(blocks):
        for size in range(min(GROUP_BLOCKS, len(blocks) - n), 0, -1):
            first = _run(blocks[n:n + size], tops, bottoms, gaps)
            if first is not None:
                out.update((n + m, by_top[first + m]) for m in range(size))
                n += size
                break
        else:
            n += 1
    return out


def _run(group: list[list[Row]], tops: list[float], bottoms: list[float], gaps: list[float]) -> int | None:
    """The first row (in top order) of the run of content the group is centred on, or None."""
    top, bottom = group[0][0].top, group[-1][-1].bottom
    size = max(r.size for b in group for r in b)
    centre, tol = (top + bottom) / 2, max(CENTRE_PT, CENTRE_EM * size)
    apart = max((b[0].top - a[-1].bottom for a, b in zip(group, group[1:])), default=0.0)
    for i in range(len(tops)):
        if tops[i] >= top - tol:
            break
        inner = 0.0
        for j in range(i + 1, len(tops)):
            inner = max(inner, gaps[j - 1])
            mid = (tops[i] + bottoms[j]) / 2
            if mid - centre > tol:
                break
            if bottoms[j] < bottom or abs(mid - centre) > tol or j - i + 1 < len(group):
                continue
            before = gaps[i - 1] if i else float("inf")
            after = gaps[j] if j + 1 < len(tops) else float("inf")
            if (min(before, after) > CELL_GAP * max(inner, 0.0) and min(before, after) > 0
                    and (i or j + 1 < len(tops)) and apart <= inner + tol):
                return i
    return None
