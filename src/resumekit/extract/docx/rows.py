"""How a DOCX table row reads: its cells' lines as one reader sees them, with the row's identity.

Every line of one row shares one ``block`` (a new row, a new block) and has the origin
"docx:table" (or "docx:header:table"...). The lines of a table nested in a cell keep the block of
their own row. ``column`` is left as the page column (None outside multi-column sections):
segmentation reads it as a column of the page, and a cell index there would carry a section
over to the next page. A row is often one entry
(a job: dates and place in one cell, title, company and bullets in the other), but not always: an
entry may take two rows, a layout table may hold a whole section in one row. A block boundary in
a table is where an entry may start, not where one must.

Signals, in order of precedence:
1. A row whose filled cells hold one line each reads as one line of TAB-separated cells, in cell
   order ("Python⇥Advanced", "EXPERIENCE⇥Designer⇥2019 – 2021"); of two cells, an aside (2)
   goes last ("2019 – 2021" beside "Designer": "Designer⇥2019 – 2021"); more cells keep their
   order (label⇥value pairs).
2. A short cell beside the content is an aside: its lines sit on the content's first lines,
   after a TAB, as a right-aligned date would ("Designer⇥2019 – 2021", "Acme Ltd⇥Leeds"), wherever
   the cell is; not on a list item: what is left of it comes before the content's list. An aside holds at most ``ASIDE_LINES`` lines, each short, of one cell and none a
   list item, one of them with a date (a year, or a month and year in digits); a range broken
   after its dash ("2019 –" / "today") or before it ("2019" / "~ 2021", read as a bullet) is one
   line again. The content cell
   is the one with the most text among the others (when all cells are asides, none is).
3. Cells that hold as many lines as the content cell, each line one row high in its cell and
   none a list item (a grid of schools beside degrees), are read across: line n of each, in cell
   order, then the asides' line n. The content's lines are one row high too, or, in a row with an
   aside (dated entries), at most ``GRID_ROWS`` rows (course names that wrap once), or any number
   when the asides date every line, as many lines as the content (a column of dates: line n of
   each cell is one entry, however narrow the cells; a 12-point type in a converter's table); label: value
   pairs in two columns whose lines wrap are not read across. Each of these cells is in one
   style (a column of a grid); a cell in several (a bold title, a plain school, italic dates) is
   an entry of its own, and entries side by side are read one after the other.
4. Other cells (a section label beside its content, a sidebar, a second column) give their
   lines in cell order, except that a later cell opening with text ``LEAD_SIZE`` times larger
   than anything in the cells before it (the name atop the main column of a page table, beside
   a sidebar) gives that opening first: its first line and up to ``LEAD_LINES`` plain lines
   under it, as the PDF reading order puts a name opening the right-hand column first.
Errs towards cell order: a short cell without a date (a label, a place alone, "Notice: 1 month")
is not attached.

A table of two columns that is a page grid (each column holds section headings in two rows or
more, and the headings do not pair across: a sidebar's "Languages" beside the main column's
second job) is read column by column, each cell a block (:func:`column_items`), not row by row:
the rows of such a grid pair blocks that only happen to sit at one height.

A leading row the producer marked as the table's header row (``w:tblHeader``, Word's "repeat as
header row", which pandoc writes over every table) and that reads as one line of short column
names without a digit ("Zeitraum ⇥ Station", "Area ⇥ Skills") gets the origin "docx:table:thead"
(:func:`header_row`): the names of the columns under it, which the readers leave out of the
entries. A marked row holding content (dates, an entry, one cell) stays a row like the others.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ...document import TABLE_HEAD, Line, Run
from ...text import key
from ...vocab import heading_phrases
from .layout import Item, text_rows
from .styles import DEFAULT_SIZE

__all__ = ["Cell", "column_items", "row_lines", "header_row", "ASIDE_LINES", "GRID_ROWS"]

ASIDE_LINES = 3
SIDE_HEADINGS = 2  # section headings each column of a page grid holds at least
_HEADING_WORDS, _HEADING_SIZE = 4, 1.1
_HEAD_WORDS = 4
_DIGIT = regex.compile(r"\d")
GRID_ROWS = 2
LEAD_SIZE, LEAD_LINES = 1.5, 2
_ASIDE_CHARS = 40
_ASIDE_WORDS = 7
# a year, or a month and year in digits ("03/21", "03.2021")
_OPEN_RANGE = regex.compile(r"\d\s*[-–—]$")  # "03/2019 –", the range's end on the next line
_RANGE_END = regex.compile(r"^\s*[-–—~]\s*\d")  # "~ 2022. 01. 18": a range's end under its start
_DATE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<!\d)\d{1,2}[./]\d{2}(?!\d)")


@dataclass(frozen=True, eq=False)
class Cell:
    """A cell of a row: its lines in reading order, its text width in points."""

    lines: list[Line]
    width: float = 0.0


def row_lines(cells: list[Cell], block: int, nested: set[int] = frozenset()) -> list[Line]:
    """The lines of one row (see the module docstring); ``nested`` holds the indices of lines
    that come from tables nested in its cells (they keep their own row's block and column)."""
    def mark(line: Line) -> Line:
        return line if line.index in nested else line.with_(block=block)

    filled = [c for c in cells if c.lines]
    if not filled:
        return []
    filled = [Cell(_ranges(c.lines), c.width) if len(c.lines) <= ASIDE_LINES + 1 else c for c in filled]
    asides = [c for c in filled if _aside(c.lines)]
    if len(filled) > 1 and all(len(c.lines) == 1 for c in filled):
        if len(filled) == 2 and len(asides) == 1:  # the dates after what they date
            filled = [c for c in filled if c not in asides] + asides
        return [_joined([c.lines[0] for c in filled]).with_(block=block)]
    content = max([c for c in filled if c not in asides] or filled, key=lambda c: sum(len(l.text) for l in c.lines))
    if content in asides:
        asides = []
    dated = 2 if _dated_lines(asides, content) else int(bool(asides))
    group = [c for c in filled if c is content or (c not in asides and _beside(c, content, dated))]
    out: list[Line] = []
    for cell in filled:
        if cell in asides or (cell in group and cell is not group[0]):
            continue
        if cell is not group[0]:
            out.extend(mark(l) for l in cell.lines)
            continue
        rows: list[list[Line]] = [[] for _ in content.lines]
        for member in group:
            for n, line in enumerate(member.lines):
                rows[n].append(line)
        head = next((n for n, l in enumerate(content.lines) if l.bullet), len(rows))  # lines before the list
        rest: list[list[Line]] = []
        for aside in asides:
            for n, line in enumerate(aside.lines):
                if n < head:
                    rows[n].append(line)
                elif n - head < len(rest):
                    rest[n - head].append(line)
                else:
                    rest.append([line])
        rows[head:head] = rest
        out.extend(mark(_joined(parts)) for parts in rows if parts)
    return _lead_first(out, filled)


def header_row(lines: list[Line]) -> list[Line]:
    """The lines of a row the producer marked as the table's header row (``w:tblHeader``: Word's
    "repeat as header row", which pandoc writes over every table and builders over their data
    tables), given the origin suffix :data:`resumekit.document.TABLE_HEAD` when they read as one line of column names
    ("Zeitraum ⇥ Station", "Area ⇥ Skills"): two cells or more, each of at most ``_HEAD_WORDS``
    words and no digit. A marked row holding content (dates, an entry, a single cell) stays as it is."""
    if len(lines) != 1 or len(lines[0].cells) < 2:
        return lines
    line = lines[0]
    if any(len(c.split()) > _HEAD_WORDS or _DIGIT.search(c) for c in line.cells):
        return lines
    return [line.with_(origin=line.origin + TABLE_HEAD)]


def column_items(items: list[Item], rows: list[list[Cell]], block: int) -> tuple[list[Item], int]:
    """The items of a table (one per row, ``rows`` their cells) read column by column when the
    table, without its columns that are empty in every row (a narrow spacer between a sidebar and
    the main column), is a page grid (:func:`_page_grid`): every cell of the first column, top to bottom, then
    every cell of the second, each cell a block of its own (after ``block``), the opening of the
    second column first when it is set ``LEAD_SIZE`` times larger than the first (a name atop the
    main column). Else the items as they are. Returns the items and the last block used."""
    if rows and len({len(cells) for cells in rows}) == 1:  # without the columns empty in every row (spacers)
        rows = [[cells[k] for k in range(len(rows[0])) if any(r[k].lines for r in rows)] for cells in rows]
    if not _page_grid(rows):
        return items, block
    # the lines of tables nested in the cells keep their own row's block, older than the row's own
    nested = {l.index for it in items if it.lines for l in it.lines if l.block < max(m.block for m in it.lines)}
    out: list[Item] = []
    placed: set[int] = set()  # the rows whose floats (boxes anchored in them) an item carries
    for k in (0, 1):
        for n, (row, cells) in enumerate(zip(items, rows)):
            if cells[k].lines:
                block += 1
                lines = [l if l.index in nested else l.with_(block=block) for l in cells[k].lines]
                out.append(Item(lines=lines, height=0.0, text_height=0.0, section=row.section, column=row.column,
                                page=row.page, floats=[] if n in placed else row.floats))
                placed.add(n)
    out[0].height = out[0].text_height = sum(it.height for it in items)  # (the table's height, once)
    lines = _lead_first([l for it in out for l in it.lines], [Cell([l for c in rows for l in c[k].lines]) for k in (0, 1)])
    if lines[0] is not out[0].lines[0]:  # the second column's opening first: an item of its own
        lead = {l.index for l in lines[:next(n for n, l in enumerate(lines) if l is out[0].lines[0])]}
        out[0].height = out[0].text_height = 0.0  # (the height goes to the lead's item)
        out = [Item(lines=[l for l in lines if l.index in lead], section=out[0].section, column=out[0].column,
                    page=out[0].page)] + out
        for it in out[1:]:
            it.lines = [l for l in it.lines if l.index not in lead]
        out = [it for it in out if it.lines or it.floats]
        out[0].height = out[0].text_height = sum(it.height for it in items)
    return out, block


def _page_grid(rows: list[list[Cell]]) -> bool:
    """A table of two columns whose rows do not pair across: each column holds section headings
    in ``SIDE_HEADINGS`` rows or more, and some row has a heading in one column but none in the
    other (a sidebar's "Languages" beside the second job of the main column), as the PDF reader
    tells text columns from a grid (a grid of skills pairs every category heading across, row by
    row; a label column has no headings in its content cells)."""
    if len(rows) < SIDE_HEADINGS or any(len(cells) != 2 for cells in rows):
        return False
    heads = [{n for n, cells in enumerate(rows) if _headings(cells[k], [c[k] for c in rows])} for k in (0, 1)]
    return min(map(len, heads)) >= SIDE_HEADINGS and heads[0] != heads[1]


def _headings(cell: Cell, column: list[Cell]) -> list[Line]:
    """The lines of a cell that look like section headings: at most ``_HEADING_WORDS`` words of
    letters, no list item, bold or set ``_HEADING_SIZE`` times larger than the column's body, and
    in capitals or larger; set ``LEAD_SIZE`` times larger than the body only when the line names a
    section in the vocabulary ("EXPERIENCE" in a large type), not a name atop the main column."""
    sizes = sorted(l.style.size or DEFAULT_SIZE for c in column for l in c.lines)
    body = sizes[len(sizes) // 2] if sizes else DEFAULT_SIZE
    out = []
    for line in cell.lines:
        text = line.plain
        if line.bullet or len(line.cells) != 1 or len(text.split()) > _HEADING_WORDS or _DIGIT.search(text) \
                or not any(ch.isalpha() for ch in text):
            continue
        size = line.style.size or DEFAULT_SIZE
        larger = size >= _HEADING_SIZE * body
        if (line.style.bold or larger) and (text.upper() == text or line.style.caps or larger) \
                and (size < LEAD_SIZE * body or key(text) in heading_phrases()):
            out.append(line)
    return out


def _lead_first(out: list[Line], cells: list[Cell]) -> list[Line]:
    """The row's lines with the opening of a later cell first when it is set ``LEAD_SIZE`` times
    larger than anything in the cells before it (a name atop the main column of a page table,
    beside a sidebar): its first line and the plain lines under it, up to ``LEAD_LINES`` of them
    (a headline), before the first bold line or list item."""
    at = {l.index: n for n, l in enumerate(out)}
    for k, cell in enumerate(cells[1:], 1):
        first = cell.lines[0]
        before = max((l.style.size or DEFAULT_SIZE for c in cells[:k] for l in c.lines), default=0.0)
        if (first.style.size or DEFAULT_SIZE) < LEAD_SIZE * before or first.index not in at:
            continue
        lead = [first.index]
        for line in cell.lines[1:LEAD_LINES + 1]:
            if line.style.bold or line.bullet or line.index not in at:
                break
            lead.append(line.index)
        return [out[at[i]] for i in lead] + [l for l in out if l.index not in lead]
    return out


def _beside(cell: Cell, content: Cell, dated: int) -> bool:
    """Does ``cell`` hold as many lines as the content, each one row high, beside content lines one
    row high, or, in a ``dated`` row (1: one with an aside), of at most ``GRID_ROWS`` rows each?
    In a row whose asides date every line (2: :func:`_dated_lines`) the lines may wrap."""
    if len(cell.lines) != len(content.lines) or len(cell.lines) < 2:
        return False
    if any(l.bullet for c in (cell, content) for l in c.lines) or not (_uniform(cell) and _uniform(content)):
        return False
    if dated == 2:
        return True
    return all(_rows(l, cell.width) == 1 for l in cell.lines) and all(
        _rows(l, content.width) <= (GRID_ROWS if dated else 1) for l in content.lines)


def _dated_lines(asides: list[Cell], content: Cell) -> bool:
    """Do the row's asides each hold as many lines as the content, every one with a date (a column
    of dates beside schools beside courses: line n of each cell is one entry, however the cells'
    lines wrap in a narrow column)?"""
    return bool(asides) and len(content.lines) >= 2 and all(
        len(a.lines) == len(content.lines) and all(_DATE.search(l.plain) for l in a.lines) for a in asides)


def _uniform(cell: Cell) -> bool:
    """Are the cell's lines all bold, all italic, or all neither, as a column of a grid is (a whole
    entry is not: a bold title, a plain employer, italic dates)? Sizes may vary."""
    return len({(l.style.bold, l.style.italic) for l in cell.lines}) == 1


def _rows(line: Line, width: float) -> int:
    return text_rows(line.text, line.style.size or DEFAULT_SIZE, width) if width else 1


def _aside(lines: list[Line]) -> bool:
    """A few short lines, one with a date (see the module docstring)."""
    if len(lines) > ASIDE_LINES:
        return False
    if any(l.bullet or len(l.cells) > 1 or len(l.plain) > _ASIDE_CHARS or len(l.plain.split()) > _ASIDE_WORDS
           for l in lines):
        return False
    return any(_DATE.search(l.plain) for l in lines)


def _ranges(lines: list[Line]) -> list[Line]:
    """A short cell's lines with a date range broken after its dash ("2019 –" / "today") or
    before it ("2019" / "– 2021", the dash read as a bullet) joined."""
    out: list[Line] = []
    for line in lines:
        before = (out and _RANGE_END.match(line.raw or "") and _DATE.search(line.plain) and _DATE.search(out[-1].plain)
                  and len(out[-1].plain) <= _ASIDE_CHARS and len(line.plain) <= _ASIDE_CHARS)
        if out and (_OPEN_RANGE.search(out[-1].text) or before):
            dash = " – " if before else " "
            out[-1] = out[-1].with_(text=f"{out[-1].text}{dash}{line.text}",
                                    raw=f"{out[-1].raw or ''} {line.raw or ''}", runs=())
        else:
            out.append(line)
    return out


def _joined(parts: list[Line]) -> Line:
    """Lines side by side as one line of TAB-separated cells (the first one's style and place)."""
    first = parts[0]
    if len(parts) == 1:
        return first
    runs = tuple(r for p in parts for r in (p.runs or (Run(p.text, p.style.bold, p.style.italic),)))
    return first.with_(text="\t".join(p.text for p in parts), raw="\t".join(p.raw or "" for p in parts),
                       links=tuple(l for p in parts for l in p.links),
                       runs=runs if len({(r.bold, r.italic) for r in runs}) > 1 else ())
