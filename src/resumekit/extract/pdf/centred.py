"""A table row's left cell centred beside its right cell, read top-aligned (see
:mod:`resumekit.extract.pdf.labels`, which asks it before its own anchors, and
:mod:`resumekit.extract.pdf.sides`, for which a left side of such cells is a label column).

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
3. the run has at least as many rows as the group has blocks, and two or more; a group of two
   blocks or more may stand on the content's lines (paragraphs spaced on a grid of lines put a
   centred cell on them), a group of one may not (one line centred on an odd run of evenly
   spaced lines stands on its middle line: set there as likely as centred).

The group's blocks label the run's first rows, one each, in order; the largest group that fits
is taken. Errs towards the caller's anchors: a group that fits no run is left to them.
"""
from __future__ import annotations

from .layout import Row

__all__ = ["centred_cells", "centred_rows"]

GROUP_BLOCKS = 4
CENTRE_EM, CENTRE_PT = 0.1, 1.0
CELL_GAP = 1.5
CENTRED_CELLS, LINE_EM = 2, 0.3


def centred_cells(blocks: list[list[Row]], content: list[Row]) -> bool:
    """A left side that is a table's left cells, centred beside their right cells: at least
    ``CENTRED_CELLS`` groups of blocks that :func:`centred_rows` places (one makes no column of
    them: a key of a grid of keys and values centred in its row), every other block's first
    line on a line of the content (within ``LINE_EM`` of its size: a row whose two cells are of one
    height, or top-aligned, its lines side by side)."""
    by_top = sorted(range(len(content)), key=lambda k: content[k].top)
    groups = _groups(blocks, content, by_top)
    placed = {n + m for n, size, _ in groups for m in range(size)}
    return len(groups) >= CENTRED_CELLS and all(_on_a_line(b, content) for n, b in enumerate(blocks) if n not in placed)


def centred_rows(blocks: list[list[Row]], content: list[Row], by_top: list[int]) -> dict[int, int]:
    """Label block index -> the index in ``content`` of the row it labels, for the blocks of a
    left cell centred beside its right cell (the module's signals); ``by_top``: ``content``'s
    indices from the top."""
    return {n + m: by_top[first + m] for n, size, first in _groups(blocks, content, by_top) for m in range(size)}


def _groups(blocks: list[list[Row]], content: list[Row], by_top: list[int]) -> list[tuple[int, int, int]]:
    """(first block, blocks, first row of the run in top order) of each group of blocks centred on a run."""
    out: list[tuple[int, int, int]] = []
    if len(by_top) < 2:
        return out
    tops = [content[k].top for k in by_top]
    bottoms = [content[k].bottom for k in by_top]
    gaps = [tops[p + 1] - bottoms[p] for p in range(len(tops) - 1)]
    n = 0
    while n < len(blocks):
        for size in range(min(GROUP_BLOCKS, len(blocks) - n), 0, -1):
            if size == 1 and _on_a_line(blocks[n], content):
                continue  # one line on the middle line of an odd run of lines: centred or set on that line
            first = _run(blocks[n:n + size], tops, bottoms, gaps)
            if first is not None:
                out.append((n, size, first))
                n += size
                break
        else:
            n += 1
    return out


def _on_a_line(block: list[Row], content: list[Row]) -> bool:
    return any(abs(r.bottom - block[0].bottom) <= LINE_EM * block[0].size for r in content)


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
