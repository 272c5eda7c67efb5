"""A line's first cell wrapped before a cell at its right, put back together; and each line's
paragraph edge (:func:`paragraph_edges`: where the lines of its page and column starting where it
starts end, when two lines or more end there).

An entry's header often carries its dates flush right; a long title and employer wrap before
them, and the rest goes to the next line ("… for Somerset Fire and Rescue ⇥ Feb 2016 – Dec 2016"
/ "Service"). Left alone, the rest reads as a line of its own: a heading ("Service"), or a
place. The rest moves up into the first cell when, in order:
1. the two lines share a block, page and column, the lower one is one cell, no bullet, set in
   one style as the upper one's first cell (font, size, weight, slant), from the same left edge;
2. the upper line has exactly two cells, a first one of three words or more that ends in no
   sentence punctuation and a right one with a digit (dates, a year: not a gap of justified text);
3. the lower line's first word would not have fitted in the gap between the first cell and the
   second one, leaving the two ems of space a writer keeps before a right-hand cell: the
   typesetter had to break there.
Errs towards the lines as printed: a short title over an employer in the same type leaves a
gap its first word fits in.

A label wrapped in a column of right-aligned labels (the European CV's "Intitulé du certificat ou
diplôme" / "délivré" beside a one-line value) moves up into the label's cell too, when, in order:
1. as 1 above, except that the lower line ends where the first cell ends (aligned at the right),
   lies wholly left of the second cell, and starts no further left than the column's labels;
2. the column holds ``_LABEL_ROWS`` labels or more ending at that edge (rows of two cells);
3. the lower line's first word would not have fitted on the upper line inside the column: its
   left edge is that of the column's widest label;
4. the lower line sits a paragraph's leading below the upper one (its top at least ``_LEADING``
   times the size lower): rows set closer are rows of a table ("Mother tongue(s) ⇥ English" over
   "Other language(s)", a label of its own).

A cell centred on a row of two lines (:func:`join_centred_cells`): a web page printed to PDF
(Chromium printing Word's HTML) centres a table row's cells vertically, so an entry's dates stand
half a line below its title and half a line above its employer, a line of their own between the
two. A word processor puts them on the title's row; so does this, when, in order:
1. three lines follow one another in one page, block and column, each of one cell, none a bullet;
   the middle one holds a digit (dates, a year);
2. the outer two start at one left edge (the left cell's lines) and the middle one starts
   ``_GAP_EMS`` ems right of where both end (a cell of its own, not a wrap or a paragraph);
3. the middle one's vertical centre lies midway between theirs (within a quarter of their distance),
   and they are no more than ``_ROW_EMS`` of its size apart (rows of one cell, not paragraphs).
The middle line joins the upper one as its right-hand cell ("Title ⇥ Oct 2022 – Oct 2023").
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from ...document import Line, join_line

__all__ = ["join_cell_wraps", "join_centred_cells", "paragraph_edges"]

_DIGIT = regex.compile(r"\d")
_GAP_EMS = 2.0  # the space a writer keeps between a cell's text and a cell at its right, in ems
_SPACE_EMS = 0.25
_LABEL_ROWS = 3
_LEADING = 1.1
_EDGE = 1.0  # points: edges this close are one edge
_REACH_EMS = 2.0  # a paragraph's right edge: two lines or more end this close to it
_ROW_EMS = 3.0  # a cell's two lines stand no further apart than this many times the type's size
_MIDWAY = 0.25  # a centred cell's centre: this share of the outer lines' distance off their midpoint


def join_cell_wraps(lines: list[Line]) -> list[Line]:
    columns = _label_columns(lines)
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and (_wrapped(prev, line) or _label_wrapped(prev, line, columns)):
            out[-1] = join_line(prev, line, sep=" ", first_cell=True)
            continue
        out.append(line)
    return out


def join_centred_cells(lines: list[Line]) -> list[Line]:
    """Each cell centred between two lines of its row joined to the upper one (the module's
    docstring, last rules)."""
    out: list[Line] = []
    for i, line in enumerate(lines):
        if out and i + 1 < len(lines) and _centred(out[-1], line, lines[i + 1]):
            a = out[-1]
            raw = f"{a.raw}\t{line.raw}" if a.raw is not None and line.raw is not None else a.raw
            out[-1] = join_line(a, line, sep="\t", own_look=True, raw=raw)  # its right-hand cell
        else:
            out.append(line)
    return out


def _centred(a: Line, b: Line, c: Line) -> bool:
    trio = (a, b, c)
    if any(x.box is None or x.bullet or "\t" in x.text or not x.style.size for x in trio) or \
            len({(x.page, x.block, x.column) for x in trio}) != 1 or not _DIGIT.search(b.text):
        return False
    size = b.style.size
    if abs(a.box.x0 - c.box.x0) > _EDGE or b.box.x0 < max(a.box.x1, c.box.x1) + _GAP_EMS * size:
        return False
    top, mid, low = ((x.box.top + x.box.bottom) / 2 for x in trio)
    return 0 < low - top <= _ROW_EMS * size and abs(mid - (top + low) / 2) <= _MIDWAY * (low - top)


def _same_look(a: Line, b: Line) -> bool:
    """Rule 1 but the edges: one block, page and column, no bullet, the lower line one cell in the
    type of the upper line's first cell, which is one of two and ends no sentence."""
    if (a.block != b.block or a.page != b.page or a.column != b.column or b.bullet or a.bullet or b.runs
            or (a.style.font, a.style.size) != (b.style.font, b.style.size) or a.box is None or b.box is None
            or not b.words or not a.style.size):
        return False
    cells = a.text.split("\t")
    # the first cell set as the lower line: the whole upper line, or its first run ending at the cell
    look = (a.runs[0].bold, a.runs[0].italic) if a.runs else (a.style.bold, a.style.italic)
    if look != (b.style.bold, b.style.italic) or a.runs and a.runs[0].text.strip() != cells[0].strip():
        return False
    return len(cells) == 2 and "\t" not in b.text and cells[0].rstrip()[-1:] not in ".;:!?" and \
        len(a.words) > len(cells[0].split()) > 0


def _label_columns(lines: list[Line]) -> dict[tuple[int, int], list[float]]:
    """Rows of two cells by (page, right edge of the first cell, in points): the left edges of
    those first cells (a column of right-aligned labels has several, ending at one edge)."""
    out: dict[tuple[int, int], list[float]] = {}
    for line in lines:
        if line.text.count("\t") != 1 or not line.words:
            continue
        k = len(line.text.split("\t", 1)[0].split())
        if 0 < k < len(line.words):
            out.setdefault((line.page, round(line.words[k - 1][1].x1)), []).append(line.words[0][1].x0)
    return out


def _label_wrapped(a: Line, b: Line, columns: dict[tuple[int, int], list[float]]) -> bool:
    if not _same_look(a, b):
        return False
    k = len(a.text.split("\t", 1)[0].split())
    right = a.words[k - 1][1].x1
    lefts = [x for d in (-1, 0, 1) for x in columns.get((a.page, round(right) + d), ())]
    if len(lefts) < _LABEL_ROWS or abs(b.box.x1 - right) > _EDGE or b.box.x1 >= a.words[k][1].x0:
        return False
    left = min(lefts)
    if b.box.x0 < left - _EDGE:
        return False
    need = (right - a.words[0][1].x0) + _SPACE_EMS * a.style.size + b.words[0][1].width
    return need > right - left + _EDGE and b.box.top - a.box.top >= _LEADING * a.style.size


def _wrapped(a: Line, b: Line) -> bool:
    if not _same_look(a, b):
        return False
    cells = a.text.split("\t")
    if abs(a.box.x0 - b.box.x0) > 1 or len(cells[0].split()) < 3 or not _DIGIT.search(cells[1]):
        return False
    k = len(cells[0].split())
    if k == 0 or len(a.words) <= k:
        return False
    gap = a.words[k][1].x0 - a.words[k - 1][1].x1
    need = b.words[0][1].width + _SPACE_EMS * a.style.size
    return need > gap - _GAP_EMS * a.style.size


def paragraph_edges(lines: list[Line]) -> list[Line]:
    """Each line of one cell with the right edge of its paragraph (``Line.edge``): the furthest right
    any line of one cell on its page and in its column starting where it starts (within ``_EDGE``)
    ends, when two lines or more end within ``_REACH_EMS`` ems of it (the longest of a few lines is
    no edge: the column may go on). The page's lines tell it, not a section's: where a typesetter
    broke a line (:mod:`resumekit.fields.prose`)."""
    starts: dict[tuple[int, int | None], list[tuple[float, float]]] = {}
    for line in lines:
        if line.box is not None and len(line.cells) == 1:
            starts.setdefault((line.page, line.column), []).append((line.box.x0, line.box.x1))
    for spans in starts.values():
        spans.sort()
    lefts = {group: [x0 for x0, _ in spans] for group, spans in starts.items()}
    out = []
    for line in lines:
        edge = None
        if line.box is not None and len(line.cells) == 1 and line.style.size:
            group = (line.page, line.column)
            lo = bisect_left(lefts[group], line.box.x0 - _EDGE)
            hi = bisect_right(lefts[group], line.box.x0 + _EDGE)
            ends = [x1 for _, x1 in starts[group][lo:hi]]  # the lines starting where it starts
            far = max(ends)
            if sum(1 for x1 in ends if x1 >= far - _REACH_EMS * line.style.size) >= 2:
                edge = far
        out.append(line if edge == line.edge else line.with_(edge=edge))
    return out
