"""Reading order of a PDF page from its geometry: columns, sidebars and label columns.

A *gutter* is a vertical band of white space, at least ``GUTTER_EM`` wide, that no cell of any row
crosses over a run of consecutive rows, with text on both sides. Signals, in order of precedence:

1. Gutters. Every gap between two cells of a row (or two words at least ``CHUNK_EM`` apart, or
   at least ``GUTTER_EM`` apart before a word starting at a column edge: where words start after
   such a gap, or start a cell after a jump in type size, on ``EDGE_ROWS`` rows or more; never a
   list marker and its text; never the word gaps of a line of justified text, all stretched to
   one width, within ``JUSTIFIED_SLACK``, over at least ``JUSTIFIED_GAPS`` gaps: words placed one
   by one in a narrow column) is grown up and down the page for as long as no such run of words
   of the next row crosses it (the band may narrow, never below ``GUTTER_EM``, or
   ``EDGE_GUTTER_EM`` where it ends at a column edge: a sidebar's long e-mail address reaching
   almost to the main column). A band needs at least
   ``MIN_SIDE_ROWS`` rows on each side; the band with the most rows on its poorer side is tried
   first (then the tallest, then the widest). The page is then read as: the rows above the
   band, the region beside it, the rows below it, each part looked at again (a one-column page
   whose bottom third is in two columns, a two-column block inside a one-column page).
2. What the two sides of a region are, decided in this order:
   - a *label column*: the left side is narrower, has fewer rows, is made of short blocks (at
     most three rows of one size, four of at most ``LABEL_SHORT`` characters, each of at most
     five words: "Work / Experience", "2019 – 2021"), and either has at most ``LABEL_SPARSE``
     times as many rows as the right (twice that if every row is at most ``LABEL_SHORT``
     characters, a column of dates, or every row a date range or a section's name in capitals,
     ``labels.names_or_dates``: a theme's section names with the dates of their entries) or has
     ``LABELS_ALIGNED`` of its blocks on the first baseline of a stretch of content and some
     label wrapped beside fewer rows of content (moderncv's
     dates wrapped over three lines beside a one-line entry). Each block is joined into one cell
     and put in front of the row of content it belongs to. When most labels sit on the baseline
     of a row that starts a stretch of content (after a gap wider than ``STRETCH_GAP`` times the
     leading of the content's paragraphs, its smallest gap), that row; otherwise (labels centred
     beside their content, where a label may fall on the baseline of a middle row) the first row
     after the widest gap in the content between the previous label and this one. A block set
     larger than the others with no content beside it is a heading over the content: it stays in
     place.
   - *cells of one table*: at least ``TABLE_PAIRED`` of the rows of the side with fewer rows,
     or of a side at most ``TABLE_NARROW`` as wide as the other, share a baseline with a row of
     the other side (a right-aligned date column, key/value pairs, a grid of skills; a side's
     section headings do not count when every one of them stands in a gap of the other side:
     headings over a column of dates and the entries they date), unless
     both sides are running text (long lines filling their width: newspaper columns set on one
     baseline grid), or each side has ``SIDE_HEADINGS`` section headings of its own (capitals
     set bold or larger, or bold and larger), some of them on no heading baseline of the other
     side, and one side is running text (a LaTeX academic CV in two columns 18 pt apart, each
     with its own sections; a grid of skills pairs its category headings or holds short items);
     or the right side is short rows set flush right (dates, several ranges
     under one entry). The rows stay whole, parts TAB-separated (when ``MIN_ACROSS`` rows or
     more have text on both sides, a cell starts at the gutter in each of them): a narrow cell at
     the right margin is not a column.
   - *columns*: two sides whose body sizes differ by ``TABLE_SIZES`` or more (a name beside a
     block of contact lines: the cells of a table share a type size), however few their rows,
     down to the end of the shorter side; anything else (sidebars, newspaper columns) when at
     least ``MIN_ACROSS`` rows have text on both sides, or rows of the shorter side lie between
     rows of the other off its baselines (fewer: a small grid, left as rows). The left column is
     read before the right one, unless the right one opens with the page's largest text, far
     larger than anything at the top of the left one (the name at the top of the main column
     beside a sidebar): then that opening block (name, headline) comes first, then the left
     column, then the rest of the right one; when the left one opens with it, a block opening
     the right column wholly beside that opening block (an address set top right beside the
     name, a gap above the right column's first section) comes right after it. Each column is
     read as a page of its own (it may
     hold columns again); its rows carry its number. Column edges are found on every page of the
     document (a short last page shows too few rows).

Errs towards keeping rows whole: a band that is not clearly a gutter leaves the rows as they are
(two columns read across, TAB between them), which is what :mod:`resumekit.extract.pdf.layout` gives.
"""
from __future__ import annotations

from statistics import median

from .labels import HEADING_SIZE, LABEL_SHORT, _aligned, _beside_row, _heads_aligned, _row_baseline, _wrapped, \
    attach_labels, label_blocks, names_or_dates
from ...text import BULLET_CHARS
from .layout import Glyph, Row, baseline, cut_at, list_marker, rows_of

__all__ = ["reading_order", "document_edges", "column_edges", "GUTTER_EM", "MIN_SIDE_ROWS"]

GUTTER_EM = 0.6
CHUNK_EM = 1.2
JUSTIFIED_GAPS, JUSTIFIED_SLACK = 2, 0.1
EDGE_ROWS = 3
EDGE_GUTTER_EM = 0.25
MIN_SIDE_ROWS = 2
MIN_ACROSS = 3
TABLE_PAIRED = 0.7
RUNNING_CHARS = 25
TABLE_NARROW = 0.5
TABLE_SIZES = 2.0
RIGHT_SHORT = 25
LEAD_ROWS, LEAD_SIZE = 3, 1.25
CONTACT_CHARS = 40
OPENING_GAP = 0.9
TRIM_GAP = 0.6
_TRIM_ROWS = 4
LABEL_SPARSE = 0.35
LABELS_ALIGNED = 0.8
SIDE_HEADINGS, HEADING_WORDS, HEADING_CAPS_SIZE = 2, 4, 1.05
SECTION_SIZE = 1.5
_MAX_DEPTH = 6


def reading_order(glyphs: list[Glyph], edges: frozenset[int] = frozenset(),
                  rows: list[Row] | None = None) -> list[Row]:
    """The rows of one page in reading order, with ``Row.column`` set on rows read as columns
    (0 for the leftmost column of a region, then to the right). ``edges``: column edges found on
    the document's pages (see :func:`document_edges`), added to the page's own; ``rows``: the
    page's ``rows_of(glyphs)`` when they are made already (they are read in place), and then
    ``edges`` are taken to be :func:`document_edges` of pages that include these rows: the page's
    own edges are among them already, not found again."""
    title = max((g.size for g in glyphs if not g.text.isspace()), default=0.0)
    return _bullets_apart(_order(glyphs, 0, title, edges, rows, own_edges=rows is None))


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


def _x1(word: list[Glyph]) -> float:
    """Where a word ends (one item: most words of the pdfium backend's word items)."""
    return word[0].x1 if len(word) == 1 else max([g.x1 for g in word])


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
    for k, sp in enumerate(spans):
        for (_, p1), (q0, _) in zip(sp, sp[1:]):
            a, b = p1, q0
            if b - a < wmin:
                continue
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
                found.append((min(n_left, n_right), j - i, a, b, i, j, both))
    found.sort(key=lambda f: (-f[0], -f[1], f[2] - f[3], f[2]))  # most rows, tallest, widest
    return [(a, b, i, j, both) for _, _, a, b, i, j, both in found]


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
           rows: list[Row] | None = None, own_edges: bool = True) -> list[Row]:
    """The rows of ``glyphs`` (``rows`` when the caller has made them: grouping glyphs into rows
    is most of the work here) in reading order; ``own_edges``: see :func:`gutters`."""
    rows = rows_of(glyphs) if rows is None else rows
    if depth >= _MAX_DEPTH or len(rows) < 2 * MIN_SIDE_ROWS:
        return rows
    em = body_size(rows)
    for gutter in gutters(rows, em, edges, own_edges):
        out = _split(rows, gutter, depth, title, edges)
        if out is not None:
            return out
    return rows


def body_size(rows: list[Row]) -> float:
    sizes = [r.size for r in rows if r.size > 0]
    return median(sizes) if sizes else 10.0


def _members(rows: list[Row]) -> list[Glyph]:
    return [g for r in rows for g in r.members]


def _split(rows: list[Row], gutter: tuple[float, float, int, int, int], depth: int, title: float,
           edges: frozenset[int]) -> list[Row] | None:
    a, b, i, j, both = gutter
    mid = (a + b) / 2
    region = _members(rows[i:j + 1])
    left = [g for g in region if (g.x0 + g.x1) / 2 < mid]
    right = [g for g in region if (g.x0 + g.x1) / 2 >= mid]
    lrows, rrows = rows_of(left), rows_of(right)
    if not lrows or not rrows:
        return None
    kind = region_kind(lrows, rrows, title)
    if kind == "columns" and (stretch := _headed_stretch(rows, i, j, mid, lrows, rrows)) is not None:
        return _split(rows, (a, b, *stretch), depth, title, edges)
    if kind == "columns" and (beyond := _flush_cells_beyond(rows[i:j + 1], lrows, rrows)) is not None:
        return _split(rows, (*beyond, i, j, both), depth, title, edges)
    if kind == "columns" and (_unlike_sizes(lrows, rrows) or _title_beside(lrows, rrows, title)):
        # two blocks side by side: the rows below the shorter one are not beside anything
        end = min(max(r.bottom for r in lrows), max(r.bottom for r in rrows))
        last = max(k for k in range(i, j + 1) if rows[k].top < end)
        if last < j:
            return _split(rows, (a, b, i, last, both), depth, title, edges)
        both = MIN_ACROSS
    elif kind == "columns" and both < MIN_ACROSS:
        both = max(both, _interleaved(lrows, rrows))
    if kind == "cells" or (kind == "columns" and both < MIN_ACROSS):
        if both >= MIN_ACROSS:  # the rows stay whole, a cell on each side of the gutter
            cut_at(rows[i:j + 1], mid)
        return None
    above = _order(_members(rows[:i]), depth, title, edges) if i else []
    below = _order(_members(rows[j + 1:]), depth, title, edges) if j + 1 < len(rows) else []
    if kind == "labels":
        middle = attach_labels(label_blocks(lrows, rrows) or [], _order(right, depth + 1, title, edges, rrows))
    else:
        lcol, rcol = _order(left, depth + 1, title, edges, lrows), _order(right, depth + 1, title, edges, rrows)
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


def _headed_stretch(rows: list[Row], i: int, j: int, mid: float, lrows: list[Row], rrows: list[Row]
                    ) -> tuple[int, int, int] | None:
    """(first row, last row, rows with text on both sides) of the stretch of a region beside its
    right side's rows, when the left side holds section headings and the right side none, and
    that stretch read alone is no pair of columns: the page's headings and a timeline's dates at
    the left margin, the entries they date on the right, the gutter running on below them beside
    rows whose right side is drawn, not text (skills over level bars). None otherwise."""
    if _headings(rrows) or not _headings(lrows):
        return None
    beside = [k for k in range(i, j + 1) if any((g.x0 + g.x1) / 2 >= mid for g in rows[k].members)]
    if not beside or (beside[0], beside[-1]) == (i, j) or beside[-1] - beside[0] + 1 < 2 * MIN_SIDE_ROWS:
        return None
    region = _members(rows[beside[0]:beside[-1] + 1])
    left = rows_of([g for g in region if (g.x0 + g.x1) / 2 < mid])
    right = rows_of([g for g in region if (g.x0 + g.x1) / 2 >= mid])
    if len(left) < MIN_SIDE_ROWS or region_kind(left, right) == "columns":
        return None
    both = sum(1 for k in beside if any((g.x0 + g.x1) / 2 < mid for g in rows[k].members))
    return beside[0], beside[-1], both


def _flush_cells_beyond(region: list[Row], lrows: list[Row], rrows: list[Row]) -> tuple[float, float] | None:
    """A gutter further right, (a, b), when the right side opens with cells set flush right to one
    x (two or more, each on the baseline of a row of the left side: the places or dates of the
    left column's entries, right-aligned to its edge) and the rest of the right side starts a
    gutter's width past that x with no row of the region crossing between (a sidebar beside the
    main column): those cells belong to the left column. None otherwise."""
    def on_a_left_baseline(cell: list[list[Glyph]]) -> bool:
        line = median(baseline(g) for w in cell for g in w)
        size = max(g.size for w in cell for g in w)
        return any(abs(line - _row_baseline(o)) <= 0.3 * max(min(size, o.size), 1.0) for o in lrows)

    firsts = [(max(_x1(w) for w in r.cells[0]), r.cells[0]) for r in rrows if on_a_left_baseline(r.cells[0])]
    firsts.sort(key=lambda f: f[0])
    paired = []
    for end, cell in firsts:  # the leftmost group of cells ending on one x
        if paired and end - paired[0][0] > 2.0:
            if len(paired) >= MIN_SIDE_ROWS:
                break
            paired = []
        paired.append((end, cell))
    if len(paired) < MIN_SIDE_ROWS:
        return None
    edge = max(end for end, _ in paired)
    held = {id(g) for _, c in paired for w in c for g in w}
    rest = [g.x0 for r in rrows for g in r.glyphs if id(g) not in held]
    if not rest or min(rest) - edge < max(GUTTER_EM * body_size(rrows), 3.0):
        return None
    start = min(rest)
    if any(g.x0 < start and g.x1 > edge for r in region for g in r.glyphs):
        return None
    return edge, start


def _unlike_sizes(lrows: list[Row], rrows: list[Row]) -> bool:
    """The body sizes of the two sides differ by ``TABLE_SIZES`` or more: two blocks, not a grid."""
    a, b = body_size(lrows), body_size(rrows)
    return max(a, b) >= TABLE_SIZES * min(a, b)


def _title_beside(lrows: list[Row], rrows: list[Row], title: float) -> bool:
    """One side's first row is the page's title and nothing else (see :func:`_leads`), in a block of at most
    ``LEAD_ROWS`` rows (the name, its headline), and the other side is a block of short lines (at
    most ``CONTACT_CHARS`` characters) starting beside the title's row and ending beside that
    block: a slide's title frame beside its contact frame, the body below them (their rows on a
    type size of one body, so :func:`_unlike_sizes` does not tell them)."""
    for side, other in ((lrows, rrows), (rrows, lrows)):
        if title and min(g.size for g in side[0].glyphs) >= 0.95 * title and _leads(side, other, title):
            k = _opening(side)
            return (k <= LEAD_ROWS and other[0].top < side[0].bottom
                    and all(r.top < side[k - 1].bottom and len(r.text()) <= CONTACT_CHARS for r in other))
    return False


def _interleaved(lrows: list[Row], rrows: list[Row]) -> int:
    """How many rows of the side with fewer rows lie between the first and the last row of the
    other side without sharing a baseline with any of them: two columns set on baselines of
    their own (a Word section in two columns), whose rows the page rarely puts on one row."""
    few, many = (lrows, rrows) if len(lrows) <= len(rrows) else (rrows, lrows)
    top, bottom = min(r.top for r in many), max(r.bottom for r in many)
    return sum(1 for r in few if top <= r.top and r.bottom <= bottom and not _beside_row(r, many))


def _leads(a: list[Row], b: list[Row], title: float) -> bool:
    """Column ``a`` opens with the page's title (its largest text: the name), far larger than
    anything at the top of ``b``."""
    def top_size(rows: list[Row]) -> float:
        return max((g.size for r in rows[:LEAD_ROWS] for g in r.glyphs), default=0.0)
    size = top_size(a)
    return size >= 0.95 * title and size >= LEAD_SIZE * top_size(b)


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


def _opening(rows: list[Row]) -> int:
    """How many rows open a column as one block (a name and its headline): up to the first gap
    wider than ``OPENING_GAP`` of a line."""
    for k in range(1, len(rows)):
        if rows[k].top - rows[k - 1].bottom > OPENING_GAP * max(min(rows[k].height, rows[k - 1].height), 1.0):
            return k
    return len(rows)


def region_kind(lrows: list[Row], rrows: list[Row], title: float = 0.0) -> str:
    """"labels", "cells" or "columns" for the two sides of a gutter (see the module docstring);
    ``title``: the size of the page's largest text, when known."""
    lw = max(r.x1 for r in lrows) - min(r.x0 for r in lrows)
    rw = max(r.x1 for r in rrows) - min(r.x0 for r in rrows)
    sparse = len(lrows) <= LABEL_SPARSE * len(rrows) or (
        len(lrows) <= 2 * LABEL_SPARSE * len(rrows) and (all(len(r.text()) <= LABEL_SHORT for r in lrows)
                                                         or all(map(names_or_dates, lrows))))
    blocks = label_blocks(lrows, rrows) if lw < rw and len(lrows) < len(rrows) else None
    if blocks is not None and (sparse or (_heads_aligned(blocks, rrows) >= LABELS_ALIGNED
                                          and any(_wrapped(b, rrows) for b in blocks))):
        return "labels"
    if _unlike_sizes(lrows, rrows) or _title_beside(lrows, rrows, title):
        return "columns"  # a table's cells share a type size: a name beside a block of contact lines
    if _own_headings(lrows, rrows) and (_running(lrows, lw) or _running(rrows, rw)):
        return "columns"  # each side under section headings of its own, text running in one: columns on one grid
    if _boxes_with_headings(lrows, rrows):
        return "columns"  # text boxes side by side, each under a heading of its own
    if _sized_sections(lrows, rrows):
        return "columns"  # sections of their own on each side, marked by size alone, some beside no heading
    lcells, rcells = _without_lone_headings(lrows, rrows), _without_lone_headings(rrows, lrows)
    few, many = (lcells, rrows) if len(lcells) <= len(rcells) else (rcells, lrows)
    if _paired(few, many) >= TABLE_PAIRED and not (_running(lrows, lw) and _running(rrows, rw)):
        return "cells"  # a date column beside the entries it dates; a table of short rows
    (narrow, nw), (wide, ww) = sorted(((lcells, lw), (rcells, rw)), key=lambda side: side[1])
    if nw <= TABLE_NARROW * ww and _paired(narrow, wide) >= TABLE_PAIRED:
        return "cells"  # a narrow column of dates, some entries dated twice
    if _flush_right(rrows) and median(len(r.text()) for r in rrows) <= RIGHT_SHORT:
        return "cells"  # dates set flush right, several under one entry
    return "columns"


def _own_headings(lrows: list[Row], rrows: list[Row]) -> bool:
    """Each side has at least ``SIDE_HEADINGS`` section headings, and some heading of the side with
    fewer sits on no baseline of a heading of the other side: text columns, each with sections
    of its own (a grid of skills or languages pairs every heading across, row by row)."""
    left, right = _headings(lrows), _headings(rrows)
    few, many = sorted((left, right), key=len)
    if len(few) < SIDE_HEADINGS:
        return False
    return not all(_beside_row(h, many) for h in few)


def _boxes_with_headings(lrows: list[Row], rrows: list[Row]) -> bool:
    """Each side opens with a section heading set larger than its body (on one baseline with the
    other's; one side may have rows above it when they open with a row ``LEAD_SIZE`` times as large
    as the titles, a name over the left box, and hold no heading set no larger than the titles,
    "Skills" over "Teaching" and "Technology"), the box's title: its only heading, or larger by ``HEADING_CAPS_SIZE`` than each other
    heading of its side (the bold job titles of an "Experience" box), and holds more than
    ``MIN_ACROSS`` rows: two text boxes side by side (a slide's "Education" beside its "Skills"),
    not a table whose rows pair across (a grid of skills under category headings goes on to more
    headings of the same size: "Languages" under "Systems")."""
    late, other = (rrows, lrows) if rrows[0].top >= lrows[0].top else (lrows, rrows)
    # the boxes open on one baseline; rows of one side above it (a name over the left box) are
    # above both boxes
    k = next((n for n, r in enumerate(other) if _aligned(r, late[0])), None)
    if k is None or min(len(late), len(other) - k) <= MIN_ACROSS:
        return False
    if k and (other[0].size < LEAD_SIZE * late[0].size or any(
            HEADING_CAPS_SIZE * late[0].size > h.size for h in _headings(other) if any(h is r for r in other[:k]))):
        return False  # not under a name, or under a heading no larger than them: categories of one section's grid
    return all(_box_title(side[0], side) for side in (late, other[k:]))


def _size_heads(rows: list[Row]) -> dict[float, list[Row]]:
    """The rows of a side that look like headings by their size alone (one cell of at most
    ``HEADING_WORDS`` words, set ``SECTION_SIZE`` times the side's body or larger), by size."""
    body, out = body_size(rows), {}
    for r in rows:
        if len(r.cells) == 1 and len(r.cells[0]) <= HEADING_WORDS and r.size >= SECTION_SIZE * body \
                and any(c.isalpha() for c in r.text()):
            out.setdefault(round(r.size), []).append(r)
    return out


def _sized_sections(lrows: list[Row], rrows: list[Row]) -> bool:
    """Both sides hold at least ``SIDE_HEADINGS`` headings of one size (plain, neither bold nor in
    capitals: a theme marks its sections by size alone), the side with more of them has
    ``SIDE_HEADINGS`` or more on no baseline of a heading of the other side, and one of those has
    a row of body text of the other side beside it: two columns, each with sections of its own
    ("Education" starting beside the second job of "Experience"). A grid of skill categories pairs
    its headings across, row by row (a category beside a section's name and the first category of
    the row, set large); a category left alone in its row has nothing beside it."""
    left, right = _size_heads(lrows), _size_heads(rrows)
    for size in set(left) & set(right):
        (few, few_rows), (many, _) = sorted(((left[size], lrows), (right[size], rrows)), key=lambda s: len(s[0]))
        lone = [h for h in many if not _beside_row(h, few)]
        body = HEADING_SIZE * body_size(few_rows)
        if len(few) >= SIDE_HEADINGS and len(lone) >= SIDE_HEADINGS and any(
                o.top < h.bottom and o.bottom > h.top and o.size < body for h in lone for o in few_rows):
            return True
    return False


def _box_title(row: Row, side: list[Row]) -> bool:
    """``row``, opening ``side``, is a heading set larger than the side's body and than each other
    heading of it by ``HEADING_CAPS_SIZE``."""
    heads = _headings(side)
    return (any(h is row for h in heads) and row.size >= HEADING_SIZE * body_size(side)
            and all(HEADING_CAPS_SIZE * h.size <= row.size for h in heads if h is not row))


def _without_lone_headings(rows: list[Row], others: list[Row]) -> list[Row]:
    """The rows of a side but its section headings, when each of them stands in a gap of the
    other side (no row of it at the heading's height): headings over both sides that the gutter
    happens to pass (a short "Experience" over a column of dates and the entries they date) are
    no cells of the table. A sidebar's headings have the main column running beside some of
    them: then all the rows."""
    heads = _headings(rows)
    if not heads or any(o.top < h.bottom and o.bottom > h.top for h in heads for o in others):
        return rows
    lone = {id(h) for h in heads}
    return [r for r in rows if id(r) not in lone] or rows


def _headings(rows: list[Row]) -> list[Row]:
    """The rows of a side that look like section headings: one cell of at most ``HEADING_WORDS``
    words, in capitals set bold or larger than the side's body, or bold and larger."""
    body = body_size(rows)
    out = []
    for r in rows:
        text = r.text()
        if len(r.cells) != 1 or len(r.cells[0]) > HEADING_WORDS or not any(c.isalpha() for c in text):
            continue
        bold, larger = all(g.bold for g in r.glyphs), r.size >= HEADING_CAPS_SIZE * body
        if (text.upper() == text and (bold or larger)) or (bold and r.size >= HEADING_SIZE * body):
            out.append(r)
    return out


def _flush_right(rows: list[Row]) -> bool:
    """Most rows end at the same x: text set flush right (a date column), not a ragged column."""
    edge = max(r.x1 for r in rows)
    return sum(1 for r in rows if edge - r.x1 <= 2.0) >= 0.8 * len(rows) and len(rows) >= MIN_SIDE_ROWS


def _running(rows: list[Row], width: float) -> bool:
    """Lines of running text: several long rows, most of them filling the side's width."""
    return (len(rows) >= 4 and median(r.x1 - r.x0 for r in rows) >= 0.75 * width
            and median(len(r.text()) for r in rows) >= RUNNING_CHARS)


def _paired(rows: list[Row], others: list[Row]) -> float:
    """The share of ``rows`` that have a row of ``others`` on their baseline."""
    hits = 0
    for r in rows:
        if any(_aligned(r, o) for o in others if o.top < r.bottom and o.bottom > r.top):
            hits += 1
    return hits / len(rows)
