"""A cell read from its top: a table row whose left cell is not on its right cell's first
baseline (a producer set the two cells bottom-aligned, or centred them vertically), read with the
left cell's lines beside the right cell's first lines, as a word processor sets them.

One reading (:func:`placed`), from the rows' boxes alone: a left block (its first line's top, its
last line's top and bottom) stands below the top of a right block of several rows by more than
a tolerance (it is not set at the top), and is set against that block as its producer aligns
cells (``TOP``, ``CENTRE``: the two blocks' middles, ``BOTTOM``: their last lines' tops) within
that tolerance. Each producer is a :class:`Setting` of it (alignment; tolerance as a share of a
measure of the lines, at least some points): ``BOTTOM_SET`` (pandoc's LaTeX minipages, the share
of the right cell's first line's height) and ``CENTRED`` (Chromium's centred cells, the share of
the type's size). Where the blocks come from is the caller's part:

*Rows of one column split at an edge* (:func:`cells_from_top`; ``lines`` calls it on each page's
reading order, setting ``BOTTOM_SET``): a narrow left cell (an entry's dates, its town) beside a
taller cell is read line by line beside that cell's first lines, and a date range wrapped inside
that narrow cell is one line again.

*A label column's blocks, each beside a stretch of content* (:func:`resumekit.extract.pdf.labels.centred`,
setting ``LABEL_CELLS``: Word prints a table's shaded label cells centred against content cells of
several lines; the stretches parted at the content's widest gaps, each block :func:`set_as` centred
on its own, most of them off its stretch's first baseline).

pandoc's LaTeX sets each cell of a table as a bottom-aligned minipage: "2019 – 2022" stands beside
the last bullet of the job, not beside its title; where the dates are the taller cell, the title
and employer stand at the foot of the row under lines of dates alone. The column a converter gives
the dates is often narrower than the author's, so a range wraps ("10.2024 –" over "10.2026",
"Jan 2018 - Mar" over "2021", "septembre 2015" over "— juillet 2016"). Read as printed, the title
loses its dates and the town lands beside a bullet; read from the top, each row is as the author
laid it out (dates beside the title, the town beside the employer).

Signals, in order (all must hold):
1. A run of rows read one under another (one column, none above the one before it, no gap wider
   than ``RUN_GAP`` of the smaller row's height between them, one size within ``_SIZE``: one table
   row's lines, not a larger heading under them). Rows at one height that the reading order read
   apart (a bullet's item beside a date) are in one run.
2. The run splits at an edge ``R`` into a left cell and a right one: ``R`` is where the run's
   right-hand text starts (the leftmost start, at least ``CELL_EM`` ems right of the run's left
   edge ``L``, of a row or of a row's second cell); every row either starts at ``R`` or right of
   it (the right cell alone; its bullets are indented), or opens at ``L`` (within ``_LEFT`` ems: a
   dash or a quote hangs out of TeX's margin) with text that ends left of ``R`` and goes on, if
   at all, at ``R`` or within ``RIGHT_EM`` ems right of it (the right cell's indented bullets; not
   a date far right). The left cell holds a line, and ``RIGHT_LINES`` lines or more of the right
   cell start at ``R`` (a column of text: not a right-aligned date under a line that ends left of it).
3. Something is out of place: the left cell is :func:`placed` against the run (``BOTTOM_SET``:
   its first line below the right cell's first line, its last line on the run's last row: a
   left-hand heading over a table or dates set above their entry are neither), or a line of the
   left cell ends a date range it wrapped (the line above it ends with a dash; or it opens with
   one; or the line above holds a dash and no digit after it, and this line opens with a digit)
   and is at most ``RANGE_WORDS`` words besides its dash.
4. The same two edges (``R`` within a point, ``L`` within ``_LEFT`` ems of 10 pt) hold at least
   ``MIN_RUNS`` runs of signal 2 in the document: a table repeats its layout in its rows; one run
   alone may be a heading over a row of cells.

The run's rows are made again: the wrapped ranges joined, then the n-th line of the left cell
beside the n-th line of the right one; each row keeps the height of its right-hand line (of its
left-hand line where the right cell has none left), its glyphs their own boxes.

The mirror (a run signals 2–4 leave as printed): the entry in the left cell, its dates in a narrow
right cell (each job its own table, its date column as wide as its text, so ``R`` need not repeat
nor start ``RIGHT_LINES`` lines): where the left cell holds two lines or more, every line of the
right cell is at most ``MIRROR_WORDS`` words and one ends a date range it wrapped (signal 3's test),
the range is whole on its first line's row, every other part of the run as printed ("Oct 2022 –
Oct" over "2023" beside the title and the employer). A right cell set at the row's foot is not
moved: a line of dates beside an entry's second line is as often that line's own.

*Label blocks beside content* (:func:`centred_rows`, :func:`centred_cells`, setting ``CENTRED``;
asked by :mod:`resumekit.extract.pdf.labels` before its own anchors, and by
:mod:`resumekit.extract.pdf.sides`, for which a left side of such cells is a label column).

A web page printed to PDF centres a table row's cells vertically (pandoc's HTML of a Word table
whose rows are header cells, Chromium printing it): an entry's dates and town stand half way down
its title, employer and bullets, each beside some bullet. Signals, in order:

1. up to ``GROUP_BLOCKS`` consecutive label blocks :func:`placed` against a run of content rows
   that ends no higher than the group (``CENTRED``: the span's vertical centre within ``CENTRE_EM``
   of the type's size, at least ``CENTRE_PT`` points, of the run's; the run starting above the
   group by more than that);
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

from dataclasses import dataclass
from typing import NamedTuple

from .layout import Glyph, Row

__all__ = ["cells_from_top", "centred_cells", "centred_rows", "placed", "set_as", "offset", "box", "Box", "Setting", "TOP", "CENTRE", "BOTTOM",
           "BOTTOM_SET", "CENTRED", "LABEL_CELLS", "RUN_GAP", "CELL_EM", "RIGHT_EM", "RIGHT_LINES", "MIN_RUNS", "RANGE_WORDS"]

TOP, CENTRE, BOTTOM = "top", "centre", "bottom"


class Box(NamedTuple):
    """A block of rows, vertically: its first line's top, its last line's top, its bottom."""
    top: float
    foot: float
    bottom: float


def box(rows: list[Row]) -> Box:
    return Box(rows[0].top, rows[-1].top, rows[-1].bottom)


@dataclass(frozen=True)
class Setting:
    """How a producer sets a row's left cell against its right cell: ``align`` (``TOP``,
    ``CENTRE``, ``BOTTOM``), and how far off that still counts: ``share`` of a measure of the
    lines (a size, a height: the caller's), at least ``pt`` points."""
    align: str
    share: float
    pt: float = 0.0

    def tolerance(self, measure: float) -> float:
        return max(self.pt, self.share * measure)


def offset(align: str, left: Box, right: Box) -> float:
    """How far below where ``align`` sets it the left block stands (above: negative)."""
    if align == TOP:
        return left.top - right.top
    if align == CENTRE:
        return (left.top + left.bottom) / 2 - (right.top + right.bottom) / 2
    return left.foot - right.foot


def set_as(setting: Setting, left: Box, right: Box, tol: float) -> bool:
    """The left block is set against the right one as ``setting`` aligns cells, within ``tol``."""
    return abs(offset(setting.align, left, right)) <= tol


def placed(setting: Setting, left: Box, right: Box, tol: float) -> bool:
    """The left block is not set at the right block's top (it starts more than ``tol`` below
    it) and is set against it as ``setting`` aligns cells, within ``tol``: its lines belong
    beside the right block's first lines."""
    return offset(TOP, left, right) > tol and set_as(setting, left, right, tol)


RUN_GAP = 0.9  # as a block breaks in pdf.lines
CELL_EM = 2.0
RIGHT_EM = 3.0
RIGHT_LINES = 2
MIN_RUNS = 2
RANGE_WORDS = 2
MIRROR_WORDS = 5
_EDGE = 1.0
_LEFT = 0.35  # ems: a left edge a glyph hangs out of (a dash, a quote: TeX's margin kerning)
_SIZE = 0.1  # rows of sizes this share apart are not one table row's (a heading under it)
_DASHES = {"-", "–", "—"}
BOTTOM_SET = Setting(BOTTOM, 0.5)  # pandoc's LaTeX: cells as bottom-aligned minipages


class _Part:
    """One line of one cell: its cells, glyphs and members (spaces included), and the row it came from."""

    __slots__ = ("cells", "glyphs", "members", "row")

    def __init__(self, row: Row, cells: list, glyphs: list[Glyph], members: list[Glyph]):
        self.row, self.cells, self.glyphs, self.members = row, cells, glyphs, members

    def words(self) -> list[str]:
        return ["".join(g.text for g in word) for cell in self.cells for word in cell]


def cells_from_top(pages: list[list[Row]]) -> None:
    """Each page's rows (in reading order) with every table row of signals 1–4 read from the top,
    in place (and, failing those, its mirror: a date range wrapped in a narrow right cell)."""
    found = []  # (page rows, first, end, L, R, left parts, right parts, whether the right cell starts a column at R)
    for rows in pages:
        for first, end in _runs(rows):
            split = _split(rows[first:end])
            if split is not None:
                found.append((rows, first, end, *split))
    edges = [(f[3], f[4]) for f in found if f[7]]
    for rows, first, end, left, right, lefts, rights, column in reversed(found):  # (from the end: rows are replaced)
        if column and _repeated(edges, left, right):
            joined = _join_ranges(lefts)
            foot = placed(BOTTOM_SET, box([p.row for p in lefts]), box([rights[0].row, rows[end - 1]]),
                          BOTTOM_SET.tolerance(rights[0].row.height))
            if len(joined) != len(lefts) or foot:
                rows[first:end] = _rebuilt(joined, rights)
                continue  # (else no cell at the foot of its row, no range wrapped: as printed, or the mirror)
        if len(lefts) < 2 or any(len(p.words()) > MIRROR_WORDS for p in rights):
            continue
        joined = _join_ranges(rights)
        if len(joined) != len(rights):
            rows[first:end] = _rejoined(rows[first:end], lefts, joined)


def _repeated(edges: list[tuple[float, float]], left: float, right: float) -> bool:
    """Signal 4: ``MIN_RUNS`` runs or more split at these two edges."""
    return sum(1 for l2, r2 in edges if abs(l2 - left) <= _LEFT * 10.0 and abs(r2 - right) <= _EDGE) >= MIN_RUNS


def _runs(rows: list[Row]) -> list[tuple[int, int]]:
    """(first, end) of each run of two rows or more read one under another (signal 1)."""
    out, start = [], 0
    for i in range(1, len(rows) + 1):
        if i < len(rows):
            a, b = rows[i - 1], rows[i]
            if (a.column == b.column and b.top >= a.top - 0.5
                    and abs(a.size - b.size) <= _SIZE * max(a.size, b.size)
                    and b.top - a.bottom <= RUN_GAP * max(min(a.height, b.height), 1.0)):
                continue
        if i - start >= 2:
            out.append((start, i))
        start = i
    return out


def _split(run: list[Row]) -> tuple[float, float, list[_Part], list[_Part], bool] | None:
    """(L, R, the left cell's lines, the right cell's lines, whether ``RIGHT_LINES`` of the right
    cell's start at ``R``) when the run splits in two (signal 2; the mirror asks no such column)."""
    left = min(row.x0 for row in run)
    em = max(row.size for row in run) or 10.0
    starts = []
    for row in run:
        if row.x0 >= left + CELL_EM * em:
            starts.append(row.x0)
        elif len(row.cells) > 1:
            starts.append(row.cells[1][0][0].x0)
    if not starts:
        return None
    right = min(starts)
    if right < left + CELL_EM * em:
        return None
    lefts, rights = [], []
    for row in run:
        if row.x0 >= right - _EDGE:
            rights.append(_Part(row, row.cells, row.glyphs, row.members))
            continue
        if row.x0 > left + _LEFT * em:
            return None
        k = 1
        while k < len(row.cells) and row.cells[k][0][0].x0 < right - _EDGE:
            k += 1
        if max(g.x1 for cell in row.cells[:k] for word in cell for g in word) >= right - _EDGE:
            return None
        cut = row.cells[k][0][0].x0 if k < len(row.cells) else None
        if cut is not None and cut > right + RIGHT_EM * em:
            return None  # (a date far right of a line: not the right cell's text)
        lefts.append(_Part(row, row.cells[:k], [g for g in row.glyphs if cut is None or g.x1 <= cut],
                           [g for g in row.members if cut is None or g.x1 <= cut]))
        if cut is not None:
            rights.append(_Part(row, row.cells[k:], [g for g in row.glyphs if g.x1 > cut],
                                [g for g in row.members if g.x1 > cut]))
    if not lefts or any(not p.glyphs for p in rights):
        return None  # a cell whose words and glyphs disagree (a damaged file): no row to rebuild
    return left, right, lefts, rights, sum(1 for p in rights if abs(p.glyphs[0].x0 - right) <= _EDGE) >= RIGHT_LINES


def _join_ranges(lefts: list[_Part]) -> list[_Part]:
    """The left cell's lines with each wrapped date range one line again (signal 3)."""
    out = [lefts[0]]
    for part in lefts[1:]:
        above = out[-1]
        if _wrapped(above.words(), part.words()):
            out[-1] = _Part(above.row, above.cells[:-1] + [above.cells[-1] + [w for cell in part.cells for w in cell]],
                            above.glyphs + part.glyphs, above.members + part.members)
        else:
            out.append(part)
    return out


def _wrapped(above: list[str], below: list[str]) -> bool:
    if not above or not below or len(below) - (below[0] in _DASHES) > RANGE_WORDS:
        return False
    if above[-1] in _DASHES or below[0] in _DASHES:
        return True
    dash = max((k for k, w in enumerate(above) if w in _DASHES), default=None)
    return (dash is not None and not any(ch.isdigit() for w in above[dash + 1:] for ch in w)
            and below[0][:1].isdigit())


def _rebuilt(lefts: list[_Part], rights: list[_Part]) -> list[Row]:
    rows = []
    for k in range(max(len(lefts), len(rights))):
        a = lefts[k] if k < len(lefts) else None
        b = rights[k] if k < len(rights) else None
        rows.append(_row([p for p in (a, b) if p is not None], (b or a).row))
    return rows


def _rejoined(run: list[Row], lefts: list[_Part], rights: list[_Part]) -> list[Row]:
    """The run's rows as printed, but each date range wrapped in the right cell whole on its first
    row (the mirror: ``rights`` joined, each part keeping its first line's row)."""
    out = []
    for row in run:
        parts = [p for p in lefts if p.row is row] + [p for p in rights if p.row is row]
        if parts:
            out.append(_row(parts, row))
    return out


def _row(parts: list[_Part], place: Row) -> Row:
    glyphs = [g for p in parts for g in p.glyphs]
    return Row(glyphs=glyphs, top=place.top, bottom=place.bottom, x0=glyphs[0].x0, x1=max(g.x1 for g in glyphs),
               cells=[c for p in parts for c in p.cells], members=[g for p in parts for g in p.members],
               column=place.column)


GROUP_BLOCKS = 4
CENTRE_EM, CENTRE_PT = 0.1, 1.0
CENTRED = Setting(CENTRE, CENTRE_EM, CENTRE_PT)  # Chromium: a table's cells centred vertically
LABEL_CELLS = Setting(CENTRE, 1.0, 1.0)  # Word: a label cell centred against a cell of several lines (its
# label's first line's height: lines of content paragraphs spaced apart are no grid the label keeps to)
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
            first = _centred_run(blocks[n:n + size], tops, bottoms, gaps)
            if first is not None:
                out.append((n, size, first))
                n += size
                break
        else:
            n += 1
    return out


def _on_a_line(block: list[Row], content: list[Row]) -> bool:
    return any(abs(r.bottom - block[0].bottom) <= LINE_EM * block[0].size for r in content)


def _centred_run(group: list[list[Row]], tops: list[float], bottoms: list[float], gaps: list[float]) -> int | None:
    """The first row (in top order) of the run of content the group is :func:`placed` against
    (``CENTRED``), or None."""
    left = Box(group[0][0].top, group[-1][-1].top, group[-1][-1].bottom)
    tol = CENTRED.tolerance(max(r.size for b in group for r in b))
    apart = max((b[0].top - a[-1].bottom for a, b in zip(group, group[1:])), default=0.0)
    for i in range(len(tops)):
        if offset(TOP, left, Box(tops[i], tops[i], bottoms[i])) <= tol:
            break
        inner = 0.0
        for j in range(i + 1, len(tops)):
            inner = max(inner, gaps[j - 1])
            right = Box(tops[i], tops[j], bottoms[j])
            if offset(CENTRED.align, left, right) < -tol:
                break  # (the run's middle passed below the group's: longer runs only lower)
            if bottoms[j] < left.bottom or j - i + 1 < len(group) or not placed(CENTRED, left, right, tol):
                continue
            before = gaps[i - 1] if i else float("inf")
            after = gaps[j] if j + 1 < len(tops) else float("inf")
            if (min(before, after) > CELL_GAP * max(inner, 0.0) and min(before, after) > 0
                    and (i or j + 1 < len(tops)) and apart <= inner + tol):
                return i
    return None
