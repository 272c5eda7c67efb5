"""What the two sides of a gutter are (see :mod:`resumekit.extract.pdf.columns`, which finds the
gutter and reads the region as this module decides). Signals, in this order:

- *a list in newspaper columns*: each side is one list (items opening with a marker at one x,
  lines wrapped under their text within ``WRAP_EM``: a hanging indent), the right one's first item
  on a baseline of the left one, rows of the left side above it (a line leading into the list, a
  heading) or below both lists, and some item wrapped onto a line of its own: columns (read across,
  a wrapped line would join the item beside it; a grid of one-line items goes on to the signals
  below).
- a *label column*: the left side is narrower, has fewer rows (or as many, for centred cells
  below), holds no contact details (an e-mail or web address, ``labels.contact_details``: a
  sidebar's, spread a line apart by a converter's frames, is no label column however few its
  rows), is made of short blocks (at
  most three rows of one size, four of at most ``LABEL_SHORT`` characters, each of at most
  five words: "Work / Experience", "2019 – 2021"), and either has at most ``LABEL_SPARSE``
  times as many rows as the right (twice that if every row is at most ``LABEL_SHORT``
  characters, a column of dates, or every row a date range or a section's name in capitals,
  ``labels.names_or_dates``: a theme's section names with the dates of their entries) or has
  ``LABELS_ALIGNED`` of its blocks on the first baseline of a stretch of content and some
  label wrapped beside fewer rows of content (moderncv's
  dates wrapped over three lines beside a one-line entry), or its blocks are a table's left
  cells, each centred beside its right cell (:func:`resumekit.extract.pdf.centred.centred_cells`:
  pandoc's header cells printed by Chromium). Each block is joined into one cell
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
  block of contact lines: the cells of a table share a type size), or anything else (sidebars,
  newspaper columns), over the rows and at the band that the limits below give.

Over which rows, and at which band, two sides judged columns read as columns (:func:`reading`:
one reading of the region, a :class:`Region` of the page rows beside a :class:`Band`). The first
of these limits that speaks gives the band; where its rows or its x moved, the region is judged
again over it (it may be labels or cells there, or be limited again); else only its count of
rows across stands. In precedence order (``_LIMITS``):

0. *Lists side by side* (the first signal above): the region is the rows of the two lists, and
   they are columns however few rows read across them.
1. *Labels over more*: the left side's lowest section name in capitals under which it runs on
   into a section of another kind, above it labels only (dates, a range's last words wrapped,
   section names; no left part standing alone that is none of these, a contact column's address)
   that are no columns beside the rows they label: the region ends above that name (a design
   tool's timeline over a list with a block beside it).
2. *The stretch beside the right side*: the left side holds section headings and the right side
   none, and the rows from the first to the last with anything on the right, read alone, are no
   columns: the region is that stretch, its rows across counted again
   (a timeline's dates under the page's headings, the gutter running on beside skill bars).
3. *Cells flush right beyond the band*: the right side opens with ``MIN_SIDE_ROWS`` or more cells
   ending on one x, each on a baseline of the left side, and the rest of the right side starts a
   gutter's width (``GUTTER_EM``) past that x with nothing crossing between: the band moves there
   (a main column's places flush right to its edge, a sidebar beside it).
4. *Two blocks side by side* (body sizes ``TABLE_SIZES`` apart, or a title frame beside a frame
   of contact lines): the region ends with the shorter block, and they are columns however few
   rows read across.
5. *Interleaved rows*: rows of the side with fewer rows set between the other's off its
   baselines count as rows across (two columns on baselines of their own).

Two sides judged columns read as columns when at least ``MIN_ACROSS`` rows read across them
(fewer: a small grid, left as rows).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from statistics import median

from .centred import centred_cells
from .labels import HEADING_SIZE, LABEL_SHORT, _aligned, _beside_row, _heads_aligned, _row_baseline, _wrapped, \
    contact_details, label_blocks, names_or_dates
from .layout import Glyph, Row, baseline, list_marker, rows_of

__all__ = ["region_kind", "reading", "Band", "Region", "body_size", "GUTTER_EM", "MIN_SIDE_ROWS", "MIN_ACROSS"]

GUTTER_EM = 0.6
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
LABEL_SPARSE = 0.35
LABELS_ALIGNED = 0.8
SIDE_HEADINGS, HEADING_WORDS, HEADING_CAPS_SIZE = 2, 4, 1.05
SECTION_SIZE = 1.5
WRAP_EM = 0.3


def _x1(word: list[Glyph]) -> float:
    """Where a word ends (one item: most words of the pdfium backend's word items)."""
    return word[0].x1 if len(word) == 1 else max([g.x1 for g in word])


def body_size(rows: list[Row]) -> float:
    sizes = [r.size for r in rows if r.size > 0]
    return median(sizes) if sizes else 10.0


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
    if _lists_side_by_side(lrows, rrows) is not None:
        return "columns"  # a list in newspaper columns, its items wrapped under their text
    blocks = label_blocks(lrows, rrows) if lw < rw and len(lrows) <= len(rrows) \
        and not any(map(contact_details, lrows)) else None
    if blocks is not None and (len(lrows) < len(rrows) and (sparse or (_heads_aligned(blocks, rrows) >= LABELS_ALIGNED
                                                                       and any(_wrapped(b, rrows) for b in blocks)))
                               or centred_cells(blocks, rrows)):
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


def _list_run(rows: list[Row]) -> tuple[int, int] | None:
    """How many rows from the first of ``rows`` are one list, and how many of those are list items
    wrapped onto a line of their own: the first row opens with a list marker, then each row opens
    with a marker at its x (within ``WRAP_EM``) or starts where the first item's text starts after
    its marker (a hanging indent), up to the first that does neither. None when the first row opens
    no item."""
    words = [w for cell in rows[0].cells for w in cell]
    if len(words) < 2 or not list_marker(words[0]):
        return None
    em, mark, start = body_size(rows), words[0][0].x0, words[1][0].x0
    if start - mark < WRAP_EM * em:
        return None
    n = wraps = 0
    for r in rows:
        if list_marker(r.cells[0][0]) and abs(r.x0 - mark) <= WRAP_EM * em:
            n += 1
        elif abs(r.x0 - start) <= WRAP_EM * em:
            n, wraps = n + 1, wraps + 1
        else:
            break
    return n, wraps


def _lists_side_by_side(lrows: list[Row], rrows: list[Row]) -> tuple[int, int] | None:
    """A list set in newspaper columns (Word's columns of a bulleted list): the right side is one
    list (:func:`_list_run`) whose first item shares a baseline with a row of the left side, from
    which on the left side is one list too (rows after it below the right one: a heading further
    down), and some item of either is wrapped onto a line of its own (read across, a
    wrapped line would join the other column's item beside it). The indices of the first and the
    last left row of the lists (the rows above: a line leading into them, a heading), else None. A
    grid of one-line items reads the same either way: it stays to the other signals."""
    k = next((n for n, r in enumerate(lrows) if _aligned(r, rrows[0])), None)
    if k is None:
        return None
    left, right = _list_run(lrows[k:]), _list_run(rrows)
    if left is None or right is None or right[0] < len(rrows) or left[1] + right[1] == 0:
        return None
    last = k + left[0] - 1
    return (k, last) if last + 1 == len(lrows) or lrows[last + 1].top >= rrows[-1].bottom else None


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


# --------------------------------------------------------------------------------------------
# Over which rows, and at which band, the two sides read as columns
# --------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Band:
    """A gutter: the white band [a, b] beside page rows i..j (both included), ``across`` of them
    with text on both sides."""
    a: float
    b: float
    i: int
    j: int
    across: int

    @property
    def mid(self) -> float:
        return (self.a + self.b) / 2


class Region:
    """The page rows beside a band read as two sides: each row's parts either side of the band's
    middle (a glyph goes by its centre), and each side's rows over a stretch of them (made once)."""

    def __init__(self, rows: list[Row], band: Band):
        self.rows, self.band, self.mid = rows, band, band.mid
        self._sides: dict[tuple[int, int], tuple[list[Row], list[Row]]] = {}
        self._lefts: dict[int, list[Row]] = {}

    def _on_right(self, g: Glyph) -> bool:
        return (g.x0 + g.x1) / 2 >= self.mid

    def sides(self, lo: int, hi: int) -> tuple[list[Row], list[Row]]:
        """The rows of the left and of the right side of page rows lo..hi."""
        if (lo, hi) not in self._sides:
            members = [g for r in self.rows[lo:hi + 1] for g in r.members]
            self._sides[lo, hi] = (rows_of([g for g in members if not self._on_right(g)]),
                                   rows_of([g for g in members if self._on_right(g)]))
        return self._sides[lo, hi]

    def left(self, k: int) -> Row | None:
        """The left part of page row ``k`` (its first row), None when it has none."""
        if k not in self._lefts:
            self._lefts[k] = rows_of([g for g in self.rows[k].members if not self._on_right(g)])
        return self._lefts[k][0] if self._lefts[k] else None

    def has_left(self, k: int) -> bool:
        return any(not self._on_right(g) for g in self.rows[k].members)

    def has_right(self, k: int) -> bool:
        return any(self._on_right(g) for g in self.rows[k].members)


def _labels_then_more(region: Region, title: float) -> Band | None:
    """The region ends above the lowest section name in capitals on the left side under which that
    side runs on into a section of another kind (a list at the left margin) while above it the side
    holds labels only (a timeline's dates left of its entries: dates, a range's last words wrapped,
    section names) that label the rows beside them or share their baselines (not a column)."""
    band = region.band
    for k in range(band.j, band.i + MIN_SIDE_ROWS, -1):
        head = region.left(k)
        if head is None or any(c.isdigit() for c in head.text()) or not names_or_dates(head):
            continue
        if _left_alone(region, band.i, k):
            continue
        lrows, rrows = region.sides(band.i, k - 1)
        dated = [any(c.isdigit() for c in r.text()) for r in lrows]
        if sum(dated) >= MIN_SIDE_ROWS and len(rrows) >= MIN_SIDE_ROWS and all(
                names_or_dates(r) or (n and dated[n - 1] and len(r.text().split()) <= 2) for n, r in enumerate(lrows)) \
                and region_kind(lrows, rrows, title) != "columns":
            return replace(band, j=k - 1)
    return None


def _left_alone(region: Region, lo: int, hi: int) -> bool:
    """Whether the left part of a page row lo..hi - 1 stands with nothing beside it while it is
    neither a section's name nor the last words of a range wrapped under a row with both sides: a
    sidebar's address, phone or e-mail among a table's dates (a Word table of dates beside a
    contact column), never a timeline's."""
    both = False
    for k in range(lo, hi):
        left, beside = region.left(k), region.has_right(k)
        if left is not None and not beside:
            text = left.text()
            name = names_or_dates(left) and not any(c.isdigit() for c in text)
            if not name and not (both and len(text.split()) <= 2):
                return True
        both = left is not None and beside
    return False


def _headed_stretch(region: Region, title: float) -> Band | None:
    """The stretch of the region beside its right side's rows, when the left side holds section
    headings and the right side none, and that stretch read alone is no pair of columns: the
    page's headings and a timeline's dates at the left margin, the entries they date on the right,
    the gutter running on below them beside rows whose right side is drawn, not text (skills over
    level bars). Its rows across are counted again."""
    band = region.band
    lrows, rrows = region.sides(band.i, band.j)
    if _headings(rrows) or not _headings(lrows):
        return None
    beside = [k for k in range(band.i, band.j + 1) if region.has_right(k)]
    if not beside or (beside[0], beside[-1]) == (band.i, band.j) or beside[-1] - beside[0] + 1 < 2 * MIN_SIDE_ROWS:
        return None
    left, right = region.sides(beside[0], beside[-1])
    if len(left) < MIN_SIDE_ROWS or region_kind(left, right, title) == "columns":
        return None
    return Band(band.a, band.b, beside[0], beside[-1], sum(1 for k in beside if region.has_left(k)))


def _flush_cells_beyond(region: Region, title: float) -> Band | None:
    """The band moves further right, to (a, b), when the right side opens with cells set flush right
    to one x (two or more, each on the baseline of a row of the left side: the places or dates of
    the left column's entries, right-aligned to its edge) and the rest of the right side starts a
    gutter's width past that x with no row of the region crossing between (a sidebar beside the
    main column): those cells belong to the left column."""
    band = region.band
    lrows, rrows = region.sides(band.i, band.j)

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
    if any(g.x0 < start and g.x1 > edge for r in region.rows[band.i:band.j + 1] for g in r.glyphs):
        return None
    return replace(band, a=edge, b=start)


def _two_blocks(region: Region, title: float) -> Band | None:
    """Two blocks side by side (:func:`_unlike_sizes`, :func:`_title_beside`): the region ends with
    the shorter one (the rows below it are beside nothing), and the blocks are columns however few
    rows read across them."""
    band = region.band
    lrows, rrows = region.sides(band.i, band.j)
    if not (_unlike_sizes(lrows, rrows) or _title_beside(lrows, rrows, title)):
        return None
    end = min(max(r.bottom for r in lrows), max(r.bottom for r in rrows))
    last = max(k for k in range(band.i, band.j + 1) if region.rows[k].top < end)
    return replace(band, j=last) if last < band.j else replace(band, across=MIN_ACROSS)


def _lists_apart(region: Region, title: float) -> Band | None:
    """A list in newspaper columns (:func:`_lists_side_by_side`): the region is the rows of the
    lists (a line leading into them, a heading above or below stay out), and the lists are columns
    however few rows read across them."""
    band = region.band
    lrows, rrows = region.sides(band.i, band.j)
    lists = _lists_side_by_side(lrows, rrows)
    if lists is None:
        return None
    top, bottom = lrows[lists[0]].top, max(lrows[lists[1]].bottom, rrows[-1].bottom)
    rows = [n for n in range(band.i, band.j + 1) if region.rows[n].bottom > top and region.rows[n].top < bottom]
    if rows and (rows[0], rows[-1]) != (band.i, band.j):
        return replace(band, i=rows[0], j=rows[-1])
    return replace(band, across=max(band.across, MIN_ACROSS))


def _interleaved_across(region: Region, title: float) -> Band | None:
    """Fewer than ``MIN_ACROSS`` rows across: the rows of one side set between the other's, off its
    baselines, count as rows across (see :func:`_interleaved`)."""
    band = region.band
    if band.across >= MIN_ACROSS:
        return None
    return replace(band, across=max(band.across, _interleaved(*region.sides(band.i, band.j))))


# the limits of a region read as columns, in precedence order (see the module docstring)
_LIMITS = (_lists_apart, _labels_then_more, _headed_stretch, _flush_cells_beyond, _two_blocks, _interleaved_across)


def reading(rows: list[Row], band: Band, title: float = 0.0) -> tuple[str, Region]:
    """What the region beside ``band`` is, over which rows and at which band: ("labels", "cells",
    "columns" or "rows": two sides that are no columns, too few rows reading across them) and the
    region judged, its band moved or cut short. The sides are judged by :func:`region_kind`; when
    they are columns, the first of ``_LIMITS`` (in precedence order, see the module docstring)
    that speaks gives the band they read as columns over, and the region is judged again over it
    when its rows or its band moved (else only the count of rows across stands)."""
    region = Region(rows, band)
    lrows, rrows = region.sides(band.i, band.j)
    if not lrows or not rrows:
        return "rows", region
    kind = region_kind(lrows, rrows, title)
    if kind != "columns":
        return kind, region
    for limit in _LIMITS:
        moved = limit(region, title)
        if moved is None:
            continue
        if (moved.a, moved.b, moved.i, moved.j) != (band.a, band.b, band.i, band.j):
            return reading(rows, moved, title)
        region.band = moved
        break
    return ("columns" if region.band.across >= MIN_ACROSS else "rows"), region
