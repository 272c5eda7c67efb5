"""Reading order of a PDF page from its geometry: columns, sidebars and label columns.

A *gutter* is a vertical band of white space, at least ``GUTTER_EM`` wide, that no cell of any row
crosses over a run of consecutive rows, with text on both sides. Signals, in order of precedence:

1. Gutters. Every gap between two cells of a row (or two words at least ``CHUNK_EM`` apart, or
   at least ``GUTTER_EM`` apart before a word starting at a column edge: where words start after
   such a gap, or start a cell after a jump in type size, on ``EDGE_ROWS`` rows or more; never a
   list marker and its text; never the word gaps of a line of justified text, all stretched to
   one width, within ``JUSTIFIED_SLACK``, over at least ``JUSTIFIED_GAPS`` gaps: words placed one
   by one in a narrow column), and every gap between two rows side by side whose boxes overlap, one
   wholly left of the other (a label centred in a Word table's cell beside a cell of several lines,
   on none of its baselines), is grown up and down the page for as long as no such run of words
   of the next row crosses it (the band may narrow, never below ``GUTTER_EM``, or
   ``EDGE_GUTTER_EM`` where it ends at a column edge: a sidebar's long e-mail address reaching
   almost to the main column). A band needs at least
   ``MIN_SIDE_ROWS`` rows on each side; the band with the most rows on its poorer side is tried
   first (then the tallest, then the widest). The page is then read as: the rows above the
   band, the region beside it, the rows below it, each part looked at again (a one-column page
   whose bottom third is in two columns, a two-column block inside a one-column page).
2. What the two sides of a region are, and over which rows and at which band
   (:func:`resumekit.extract.pdf.sides.reading` decides it, signals listed there): a *label
   column* (each block put in front of the row of content it belongs to), *cells of one table*
   (the rows stay whole) or *columns* (each read as a page of its own, see below).
   The left column is read before the right one, unless the right one opens with the page's
   largest text, far larger than anything at the top of the left one (the name at the top of the
   main column beside a sidebar): then that opening block (name, headline) comes first, then the
   left column, then the rest of the right one; when the left one opens with it, a block opening
   the right column wholly beside that opening block (an address set top right beside the name, a
   gap above the right column's first section) comes right after it. Each column is read as a
   page of its own (it may hold columns again); its rows carry its number. Column edges are found
   on every page of the document (a short last page shows too few rows).
3. A row split before a list marker that opens a cell after text, where frames side by side end
   on one row (see :func:`_bullets_apart`).
4. Cards of one shape side by side: a run of ``CARD_ROWS`` rows or more of two cells, each cell
   starting where the cells above it start, the two cells of a row of one look and the looks
   changing down the run, a row of it with a year in both cells, the right cells not flush right: the left card's lines, then the right
   card's (see :func:`_cards_apart`). Text boxes whose lines are all set flush right, or all
   centred, side by side (a Word design printed): a run of rows of two cells, each cell ending
   (centred) where the cells above it do, the first row's two cells of one look, the looks
   changing down the run, a year in each box (a line wrapped in one box puts the rows below out
   of step).
5. A table of ruled rows: two sides judged columns whose rows drawn rules part (rules running
   under both sides, from the left side's first letter to the right side's last, between rows;
   ``RULED_ROWS`` of them or more, as many stretches between them with text on both sides) read
   stretch by stretch: the left cell's lines, then the right cell's, then what stands below all
   of the other side (see :func:`_ruled_rows`: pandoc's table per Word row, printed by Chromium).

Errs towards keeping rows whole: a band that is not clearly a gutter leaves the rows as they are
(two columns read across, TAB between them), which is what :mod:`resumekit.extract.pdf.layout` gives.
"""
from __future__ import annotations

from typing import Sequence

from .labels import _YEAR, attach_labels, label_blocks
from ...text import BULLET_CHARS
from .drawn import Rule
from .layout import Glyph, Row, cut_at, list_marker, rows_of
from .sides import CONTACT_CHARS, GUTTER_EM, LEAD_ROWS, MIN_ACROSS, MIN_SIDE_ROWS, Band, _leads, _opening, \
    _size_heads, _x1, body_size, reading, region_kind

__all__ = ["reading_order", "document_edges", "column_edges", "GUTTER_EM", "MIN_SIDE_ROWS"]

CHUNK_EM = 1.2
JUSTIFIED_GAPS, JUSTIFIED_SLACK = 2, 0.1
EDGE_ROWS = 3
EDGE_GUTTER_EM = 0.25
TRIM_GAP = 0.6
_TRIM_ROWS = 4
CARD_ROWS, CARD_GAP = 2, 3.0
RULED_ROWS = 2
_MAX_DEPTH = 6


def reading_order(glyphs: list[Glyph], edges: frozenset[int] = frozenset(),
                  rows: list[Row] | None = None, rules: Sequence[Rule] = ()) -> list[Row]:
    """The rows of one page in reading order, with ``Row.column`` set on rows read as columns
    (0 for the leftmost column of a region, then to the right). ``edges``: column edges found on
    the document's pages (see :func:`document_edges`), added to the page's own; ``rows``: the
    page's ``rows_of(glyphs)`` when they are made already (they are read in place), and then
    ``edges`` are taken to be :func:`document_edges` of pages that include these rows: the page's
    own edges are among them already, not found again. ``rules``: the page's drawn rules
    (:func:`resumekit.extract.pdf.drawn.drawn_rules`, signal 5)."""
    title = max((g.size for g in glyphs if not g.text.isspace()), default=0.0)
    return _cards_apart(_bullets_apart(_order(glyphs, 0, title, edges, rows, own_edges=rows is None,
                                              rules=tuple(rules))))


def _frames_above(above: Row | None, row: Row, x: float) -> bool:
    """The row above holds the line before ``row``'s text in the same frame (a cell starting at
    the x where ``row`` starts) and, at ``x``, a line that is no list item (the entry's title over
    its bullets): frames that opened side by side one line higher. Not a heading alone beside a
    list ("Education ⇥ • BA …")."""
    if above is None or row.top - above.bottom > row.height:
        return False
    starts = [cell[0][0].x0 for cell in above.cells]
    right = [cell for cell in above.cells if cell[0][0].x0 >= x - 1.0]
    return (any(abs(s - row.x0) <= 1.0 for s in starts if s < x - 1.0) and bool(right)
            and not _bullet(right[0][0]))


def _bullet(word: list[Glyph]) -> bool:
    """A bullet glyph alone (not an icon, not a number: "1." may be a date's or a grade's part)."""
    return len(word) == 1 and not word[0].icon and word[0].text in BULLET_CHARS


def _bullets_apart(rows: list[Row]) -> list[Row]:
    """Rows split before a list marker that opens a cell after text (signal 3): an entry laid out
    as frames side by side, its town (the last line of the middle frame) on the baseline of the
    first bullet of the frame beside it ("Bristol ⇥ • Cut the paging…"), reads as the town, then
    the bullet. Only where the row below has nothing left of the marker (the frame of the text
    before it has ended; its bullets go on), where the row above holds the frames' lines before
    (see :func:`_frames_above`), and not in a grid of list items ("• SQL ⇥ • Excel")."""
    out: list[Row] = []
    for n, row in enumerate(rows):
        at = next((c for c in range(1, len(row.cells)) if _bullet(row.cells[c][0])
                   and any(ch.isalnum() for cell in row.cells[:c] for w in cell for g in w for ch in g.text)), None)
        if at is None or list_marker(row.cells[0][0]):  # (a grid of list items: "• SQL ⇥ • Excel")
            out.append(row)
            continue
        x = row.cells[at][0][0].x0
        below = rows[n + 1] if n + 1 < len(rows) else None
        if (below is not None and below.x0 < x - 1.0 and below.top - row.bottom < row.height) \
                or not _frames_above(rows[n - 1] if n else None, row, x):
            out.append(row)
            continue
        parts = [rows_of([g for g in row.members if g.x0 < x]), rows_of([g for g in row.members if g.x0 >= x])]
        if any(len(p) != 1 for p in parts):
            out.append(row)
            continue
        for part in parts:
            part[0].column = row.column
            out.append(part[0])
    return out


def _shape(cell: list[list[Glyph]]) -> tuple[float, bool, bool]:
    """A cell's look: its type size (to half a point), all bold, all italic."""
    glyphs = [g for w in cell for g in w]
    return round(2 * max(g.size for g in glyphs)) / 2, all(g.bold for g in glyphs), all(g.italic for g in glyphs)


def _cell_text(cell: list[list[Glyph]]) -> str:
    return " ".join("".join(g.text for g in w) for w in cell)


def _two_cells_at(row: Row, lx: float, rx: float) -> bool:
    return len(row.cells) == 2 and abs(row.cells[0][0][0].x0 - lx) <= 1.0 and abs(row.cells[1][0][0].x0 - rx) <= 1.0


def _edge(cell: list[list[Glyph]], how: str) -> float:
    """Where a cell is set by ``how``: its start ("start"), end ("end") or middle ("centre")."""
    a, b = cell[0][0].x0, _x1(cell[-1])
    return a if how == "start" else b if how == "end" else (a + b) / 2


def _set_alike(row: Row, ref: Row, how: str) -> bool:
    """``row`` has two cells, each set where ``ref``'s is by ``how``."""
    return len(row.cells) == 2 and all(abs(_edge(c, how) - _edge(d, how)) <= 1.0 for c, d in zip(row.cells, ref.cells))


def _card_run(rows: list[Row], n: int) -> int | None:
    """The end (exclusive) of a run of cards side by side starting at row ``n`` (see
    :func:`_cards_apart`), or None."""
    row = rows[n]
    if len(row.cells) != 2 or row.column is not None:
        return None
    lx, rx = row.cells[0][0][0].x0, row.cells[1][0][0].x0
    if n and _two_cells_at(rows[n - 1], lx, rx):
        return None
    how = "start"
    if n + 1 < len(rows) and not _two_cells_at(rows[n + 1], lx, rx):  # text boxes set flush right or centred
        how = next((h for h in ("end", "centre") if _set_alike(rows[n + 1], row, h)), "start")
        if how != "start" and n and _set_alike(rows[n - 1], row, how):
            return None
    k = n + 1
    while k < len(rows) and _set_alike(rows[k], row, how) and rows[k].column is None \
            and rows[k].top - rows[k - 1].bottom <= max(rows[k].height, 1.0):
        k += 1
    run = rows[n:k]
    # (cards set flush right or centred: one card's line wrapped puts the rows below out of step)
    alike = run if how == "start" else run[:1]
    if len(run) < CARD_ROWS or any(_shape(r.cells[0]) != _shape(r.cells[1]) for r in alike):
        return None
    if len({_shape(r.cells[0]) for r in run}) < 2:
        return None  # one look all down: a table's rows, not cards of a title and its lines
    if how == "start" and not any(all(_YEAR.search(_cell_text(c)) for c in r.cells) for r in run):
        return None  # no row dating both cards: not entries (skill or language cards stay rows)
    if how != "start" and not all(any(_YEAR.search(_cell_text(r.cells[s])) for r in run) for s in (0, 1)):
        return None  # (lines set flush right or centred fall on rows of their own: each card dated somewhere)
    ends = [_x1(r.cells[1][-1]) for r in run]
    if how == "start" and max(ends) - min(ends) <= 2.0:
        return None  # the right cells set flush right (dates, places beside an entry's lines)
    height = max(r.height for r in run)
    sides = [_edge(c, how) for c in row.cells]
    while k < len(rows) and rows[k].column is None and rows[k].top - rows[k - 1].bottom <= height \
            and len(rows[k].cells) == 1 and min(abs(_edge(rows[k].cells[0], how) - x) for x in sides) <= 1.0:
        k += 1  # one card runs on below the other (its keywords wrapped over more lines)
    below = rows[k] if k < len(rows) else None
    if below is not None and (any(abs(c[0][0].x0 - rx) <= 1.0 for c in below.cells[1:]) or (
            below.cells[0][0][0].x0 < rx - 1.0 and any(c[0][0].x0 >= rx - 1.0 for c in below.cells[1:])
            and below.top - rows[k - 1].bottom <= CARD_GAP * height)):
        return None  # the table goes on below in another look, or the cards go on in a row of other cells
    return k


def _cards_apart(rows: list[Row]) -> list[Row]:
    """Cards of one shape side by side (signal 4): a run of ``CARD_ROWS`` or more rows of two
    cells, each cell starting at the x of the cells above it, the two cells of each row of one look
    (type size, bold, italic) and the looks changing down the run (a school's name in bold over its
    dates and its degree, beside the next school's), a row with a year in both cells (entries:
    skill or language cards stay rows), the right cells not flush right: the left
    card's lines, then the right card's; rows of one cell right under the run, starting where one
    card's cells start, are that card's (its keywords wrapped over more lines than the other's).
    Boxes of lines set flush right or centred (each cell ending, or centred, where the cells
    above it do) read so too, when the first row's two cells are of one look, the looks change
    down the run and each box holds a year somewhere (one box's line wrapped puts the rows below
    out of step, so no row need date both). A table whose rows go on below in another look or in a
    row of cells on both sides within ``CARD_GAP`` lines under the run (a skill card's keywords
    set across both cards), or
    whose rows all look alike, stays as it is."""
    out: list[Row] = []
    n = 0
    while n < len(rows):
        k = _card_run(rows, n)
        if k is None:
            out.append(rows[n])
            n += 1
            continue
        x = min(r.cells[1][0][0].x0 for r in rows[n:k] if len(r.cells) == 2) - 0.5
        parts = [(rows_of([g for g in r.members if g.x0 < x]), rows_of([g for g in r.members if g.x0 >= x]))
                 for r in rows[n:k]]
        if any(len(a) > 1 or len(b) > 1 for a, b in parts):
            out.extend(rows[n:k])
        else:
            out.extend([a[0] for a, _ in parts if a] + [b[0] for _, b in parts if b])
        n = k
    return out


def document_edges(pages: list[list[Row]]) -> frozenset[int]:
    """The column edges of every page, given as its rows (see :func:`column_edges`): a template
    sets its columns alike on every page, and a short last page has too few rows to show them."""
    out: set[int] = set()
    for rows in pages:
        out |= column_edges(rows, body_size(rows))
    return frozenset(out)


# --------------------------------------------------------------------------------------------
# Gutters
# --------------------------------------------------------------------------------------------

def _spans(row: Row, em: float, edges: frozenset[int] = frozenset()) -> list[tuple[float, float]]:
    """The x-extents of a row's runs of words: its cells, cut again at word gaps of ``CHUNK_EM``
    or more (a date column set only a little apart from the entries it dates), or of
    ``GUTTER_EM`` or more before a word that starts at one of the column ``edges``."""
    out: list[tuple[float, float]] = []
    for c, cell in enumerate(row.cells):
        justified = _justified(cell)
        for k, word in enumerate(cell):
            x0, x1 = word[0].x0, _x1(word)
            if c == 1 and not k and len(row.cells[0]) == 1 and list_marker(row.cells[0][0]):
                out[-1] = (out[-1][0], x1)  # a hanging list marker in a cell of its own stays with its text
                continue
            gap = x0 - out[-1][1] if k else 0.0
            size = max(em, word[0].size)  # a space in large type is wide
            if k and (justified or gap < CHUNK_EM * size and not (gap >= GUTTER_EM * size and round(x0) in edges)
                      or (k == 1 and list_marker(cell[0]))):
                out[-1] = (out[-1][0], max(out[-1][1], x1))
            else:
                out.append((x0, x1))
    return out


def _justified(cell: list[list[Glyph]]) -> bool:
    """Are the word gaps of a cell those of a justified line: at least ``JUSTIFIED_GAPS``, all
    stretched to one width (within ``JUSTIFIED_SLACK`` of the widest)?"""
    if len(cell) <= JUSTIFIED_GAPS:
        return False
    gaps = [b[0].x0 - _x1(a) for a, b in zip(cell, cell[1:])]
    return min(gaps) > 0 and max(gaps) - min(gaps) <= JUSTIFIED_SLACK * max(gaps)


def column_edges(rows: list[Row], em: float) -> frozenset[int]:
    """The x (in whole points) where words start after a gap of ``GUTTER_EM`` or more, or start a
    cell of their row (a jump in type size), on at least ``EDGE_ROWS`` rows: the left edge of a
    column that sits close to the one before it (moderncv's entries beside their right-aligned
    dates, a sidebar's e-mail address in smaller type reaching almost to the main column). Each
    edge is given with its neighbours (±1 pt)."""
    starts: dict[int, set[int]] = {}
    for n, row in enumerate(rows):
        prev_x1 = None
        for c, cell in enumerate(row.cells):
            for k, word in enumerate(cell):
                x0 = word[0].x0
                if prev_x1 is not None and (x0 - prev_x1 >= GUTTER_EM * max(em, word[0].size) or (c and not k)):
                    starts.setdefault(round(x0), set()).add(n)
                prev_x1 = _x1(word)
    out: set[int] = set()
    for x in starts:
        near = set().union(*(starts.get(x + d, set()) for d in (-1, 0, 1)))
        if len(near) >= EDGE_ROWS:
            out |= {x - 1, x, x + 1}
    return frozenset(out)


def _free(spans: list[tuple[float, float]], a: float, b: float, at_edge=lambda x: False) -> tuple[float, float]:
    """The widest part of [a, b] that no span covers (width 0 when all of it is covered); a part
    ending at a column edge (``at_edge``) is worth ``1 / EDGE_GUTTER_EM`` times its width."""
    parts, start = [], a
    for s0, s1 in spans:
        if s1 <= start or s0 >= b:
            continue
        parts.append((start, s0))
        start = max(start, s1)
        if start >= b:
            break
    parts.append((start, b))
    best = max(parts, key=lambda p: (p[1] - p[0]) * (1 / EDGE_GUTTER_EM if at_edge(p[1]) else 1.0))
    return best if best[1] > best[0] else (a, a)


def gutters(rows: list[Row], em: float, known: frozenset[int] = frozenset(), own_edges: bool = True
            ) -> list[tuple[float, float, int, int, int]]:
    """Candidate gutters (a, b, first row, last row, rows with text on both sides), the most
    promising first. ``known``: column edges found elsewhere in the document, to which the rows'
    own are added (``own_edges``: False when ``known`` holds them already)."""
    return [g[:5] for g in _gutters(rows, em, known, own_edges)]


def _gutters(rows: list[Row], em: float, known: frozenset[int], own_edges: bool
             ) -> list[tuple[float, float, int, int, int, bool]]:
    """:func:`gutters`, each with whether it started from a gap within a row (False: from rows
    side by side alone; it then reads as a label column or not at all)."""
    edges = column_edges(rows, em) | known if own_edges else known
    spans = [_spans(r, em, edges) for r in rows]
    wmin = max(GUTTER_EM * em, 3.0)
    wedge = max(EDGE_GUTTER_EM * em, 2.0)

    def at_edge(x: float) -> bool:
        return round(x) in edges

    def wide(a: float, b: float) -> bool:  # at a column edge the band may narrow further
        return b - a >= wmin or (b - a >= wedge and at_edge(b))

    seen: set[tuple[int, int, int, int]] = set()
    found = []
    for k, a, b, within in _starts(rows, spans, wmin):
        i = k
        while i > 0:
            a2, b2 = _free(spans[i - 1], a, b, at_edge)
            if not wide(a2, b2):
                break
            a, b, i = a2, b2, i - 1
        j = k
        while j < len(spans) - 1:
            a2, b2 = _free(spans[j + 1], a, b, at_edge)
            if not wide(a2, b2):
                break
            a, b, j = a2, b2, j + 1
        i, j = _trim(rows, i, j)
        key = (i, j, round(a), round(b))
        if key in seen:
            continue
        seen.add(key)
        n_left = sum(1 for s in spans[i:j + 1] if s[0][1] <= a)
        n_right = sum(1 for s in spans[i:j + 1] if s[-1][0] >= b)
        both = sum(1 for s in spans[i:j + 1] if s[0][1] <= a and s[-1][0] >= b)
        if min(n_left, n_right) >= MIN_SIDE_ROWS:
            found.append((min(n_left, n_right), j - i, a, b, i, j, both, within))
    found.sort(key=lambda f: (-f[0], -f[1], f[2] - f[3], f[2]))  # most rows, tallest, widest
    return [(a, b, i, j, both, within) for _, _, a, b, i, j, both, within in found]


def _starts(rows: list[Row], spans: list[list[tuple[float, float]]], wmin: float
            ) -> list[tuple[int, float, float, bool]]:
    """Where a band may start (row, a, b, whether in a row): every gap of ``wmin`` or more between
    two runs of words of a row, then every such gap between two rows side by side whose boxes
    overlap, one wholly left of the other (a label centred in its cell beside a cell of several
    lines, on no baseline of theirs: a Word table's label cells)."""
    out = [(k, p1, q0, True) for k, sp in enumerate(spans) for (_, p1), (q0, _) in zip(sp, sp[1:])
           if q0 - p1 >= wmin]
    for k in range(len(rows) - 1):
        up, down = rows[k], rows[k + 1]
        if down.top >= up.bottom or not spans[k] or not spans[k + 1]:
            continue
        left, right = (spans[k], spans[k + 1]) if up.x0 <= down.x0 else (spans[k + 1], spans[k])
        a, b = max(s1 for _, s1 in left), right[0][0]
        if b - a >= wmin:
            out.append((k, a, b, False))
    return out


def _trim(rows: list[Row], i: int, j: int) -> tuple[int, int]:
    """Give back to the rows below (above) the last (first) rows of a region that sit closer to
    them than to the rest of the region: a heading or an entry header over a full-width block."""
    def gap(a: int, b: int) -> float:
        return rows[b].top - rows[a].bottom

    def tight(a: int, b: int) -> bool:
        return gap(a, b) <= TRIM_GAP * max(min(rows[a].height, rows[b].height), 1.0)

    if j + 1 < len(rows) and tight(j, j + 1):
        k = j
        while k > i and j - k < _TRIM_ROWS and tight(k - 1, k):
            k -= 1
        if k > i and j - k < _TRIM_ROWS:
            j = k - 1
    if i > 0 and tight(i - 1, i):
        k = i
        while k < j and k - i < _TRIM_ROWS and tight(k, k + 1):
            k += 1
        if k < j and k - i < _TRIM_ROWS:
            i = k + 1
    return i, j


# --------------------------------------------------------------------------------------------
# Reading a region
# --------------------------------------------------------------------------------------------

def _order(glyphs: list[Glyph], depth: int, title: float, edges: frozenset[int],
           rows: list[Row] | None = None, own_edges: bool = True, rules: tuple[Rule, ...] = ()) -> list[Row]:
    """The rows of ``glyphs`` (``rows`` when the caller has made them: grouping glyphs into rows
    is most of the work here) in reading order; ``own_edges``: see :func:`gutters`."""
    rows = rows_of(glyphs) if rows is None else rows
    if depth >= _MAX_DEPTH or len(rows) < 2 * MIN_SIDE_ROWS:
        return rows
    em = body_size(rows)
    for *gutter, within in _gutters(rows, em, edges, own_edges):
        out = _split(rows, tuple(gutter), depth, title, edges, within, rules)
        if out is not None:
            return out
    return rows


def _members(rows: list[Row]) -> list[Glyph]:
    return [g for r in rows for g in r.members]


def _split(rows: list[Row], gutter: tuple[float, float, int, int, int], depth: int, title: float,
           edges: frozenset[int], within: bool = True,
           rules: tuple[Rule, ...] = ()) -> list[Row] | None:
    """The rows in reading order when the region beside ``gutter`` reads as columns or a label
    column (its extent and kind: :func:`resumekit.extract.pdf.sides.reading`; a gutter no row has
    a gap in, ``within`` False, only as a label column); None otherwise (the rows stay whole, a
    cell on each side of the gutter when they are cells of a table)."""
    kind, region = reading(rows, Band(*gutter), title)
    band = region.band
    if not within and kind != "labels":
        return None  # (two text boxes side by side off each other's baselines: not this signal's)
    if kind in ("cells", "rows"):
        if kind == "cells" and band.across >= MIN_ACROSS:
            cut_at(rows[band.i:band.j + 1], band.mid)
        return None
    i, j = band.i, band.j
    lrows, rrows = region.sides(i, j)
    above = _order(_members(rows[:i]), depth, title, edges, rules=rules) if i else []
    below = _order(_members(rows[j + 1:]), depth, title, edges, rules=rules) if j + 1 < len(rows) else []
    if kind == "columns" and (ruled := _ruled_rows(rows[i:j + 1], band, rules)) is not None:
        return above + ruled + below
    if kind == "labels":
        middle = attach_labels(label_blocks(lrows, rrows) or [], _order([], depth + 1, title, edges, rrows))
    else:
        lcol, rcol = _order([], depth + 1, title, edges, lrows), _order([], depth + 1, title, edges, rrows)
        if (inner := _inner_labels(lcol, rrows, title)) is not None:
            lcol, rcol = inner[0], attach_labels(inner[1], rcol)
        for r in lcol:
            r.column = 0 if r.column is None else r.column
        shift = 1 + max(r.column for r in lcol)
        for r in rcol:
            r.column = shift + (0 if r.column is None else r.column)
        if _leads(rcol, lcol, title):
            k = _opening(rcol)
            middle = rcol[:k] + lcol + rcol[k:]
        elif _leads(lcol, rcol, title) and (km := _beside_opening(lcol, rcol)):
            k, m = km
            middle = lcol[:k] + rcol[:m] + lcol[k:] + rcol[m:]
        else:
            middle = lcol + rcol
    return above + middle + below


def _ruled_rows(rows: list[Row], band: Band, rules: tuple[Rule, ...]) -> list[Row] | None:
    """A region of two sides read as columns whose rows drawn rules part (signal 5): a table of
    ruled rows, each a cell on either side of the gutter (pandoc's table per Word row printed by
    Chromium: the title and employer centred in the left cell, the dates wrapped in the right
    one). A rule parts them when it runs under both sides, from the left side's first letter to
    the right side's last or beyond, between two rows. With ``RULED_ROWS`` or more such rules
    (one rule across is a divider, not a table) and as many stretches between them holding text
    on both sides, each stretch is read in turn: its left cell's
    lines, then its right cell's, then the lines of either side below everything on the other (a
    heading under the table's last row, beside no cell). None otherwise."""
    mid = (band.a + band.b) / 2
    x0 = min(r.x0 for r in rows)
    x1 = max(r.x1 for r in rows)
    cuts = [r.y for r in rules if r.x0 <= x0 + 1.0 and r.x1 >= x1 - 1.0 and rows[0].top < r.y < rows[-1].bottom
            and not any(row.top < r.y < row.bottom for row in rows)]
    if len(cuts) < RULED_ROWS:
        return None
    stretches: list[list[Row]] = [[] for _ in range(len(cuts) + 1)]
    for row in rows:
        stretches[sum(1 for y in cuts if y < row.top)].append(row)
    read: list[tuple[list[Row], list[Row]]] = []
    for stretch in stretches:
        members = _members(stretch)
        read.append((rows_of([g for g in members if (g.x0 + g.x1) / 2 < mid]),
                     rows_of([g for g in members if (g.x0 + g.x1) / 2 >= mid])))
    if sum(1 for left, right in read if left and right) < RULED_ROWS:
        return None
    out: list[Row] = []
    for left, right in read:
        if not (left and right):
            out += left + right
            continue
        end = min(left[-1].bottom, right[-1].bottom)
        out += [r for r in left if r.top <= end] + [r for r in right if r.top <= end]
        out += sorted((r for r in left + right if r.top > end), key=lambda r: r.top)
    return out


def _inner_labels(lcol: list[Row], rrows: list[Row], title: float) -> tuple[list[Row], list[list[Row]]] | None:
    """A left side read as columns whose last one is a label column of the right side (a table's
    dates column beside its entries, a sidebar at its left: the gutter tried first parted the dates
    from the entries, the sidebar with them): the left side's other columns, and that column's label
    blocks. None otherwise."""
    cols = sorted({r.column for r in lcol if r.column is not None})
    last = [r for r in lcol if cols and r.column == cols[-1]]
    if len(cols) < 2 or len(last) < MIN_SIDE_ROWS or region_kind(last, rrows, title) != "labels":
        return None
    blocks = label_blocks(last, rrows)
    return ([r for r in lcol if r.column != cols[-1]], blocks) if blocks else None


def _beside_opening(lcol: list[Row], rcol: list[Row]) -> tuple[int, int] | None:
    """(left rows, right rows) when the right column opens with a block of its own (up to its
    first wide gap, or its first heading when the rows above it are short lines of one size: two
    rows or more, none larger than the column's body text, or all of one size: contact lines set
    a little larger than the column's lists) lying wholly
    beside the left column's opening rows (the address block beside
    the name, set above a narrow right column): the left's rows above the right column's next
    block when they are at most ``LEAD_ROWS`` (a name, its headline), else its opening block.
    None when the right block runs on below them."""
    m = _opening(rcol)
    heads = {id(h) for hs in _size_heads(rcol).values() for h in hs}
    first = next((n for n, r in enumerate(rcol) if id(r) in heads), 0)
    if first > m and len({round(r.size, 1) for r in rcol[:first]}) == 1 and all(
            len(r.text()) <= CONTACT_CHARS for r in rcol[:first]):
        m = first  # contact lines set apart unevenly, up to the column's first heading
    if not 2 <= m < len(rcol) or (max(r.size for r in rcol[:m]) > body_size(rcol[m:])
                                  and len({round(r.size, 1) for r in rcol[:m]}) > 1):
        return None  # a heading over the column's first section, not a block of contact lines (one size)
    k = sum(1 for r in lcol if r.top < rcol[m].top)
    if not 0 < k <= LEAD_ROWS:
        k = _opening(lcol)
    if k >= len(lcol) or not all(r.top < lcol[k - 1].bottom for r in rcol[:m]):
        return None
    return k, m

