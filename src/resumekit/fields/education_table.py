"""An education table's header row read for its columns (a table of degrees with a header row,
"Degree ⇥ Institution ⇥ Board/University ⇥ Year ⇥ CGPA"): the column of the board or university
that awards the degree, which names no school of the candidate's, and the column of grades, whose
bare numbers are grades, and the school's column, whose cell merged down over a second degree (Word's
vertical merge: the row below holds one cell fewer) names that degree's school too. Signals: the
header's cells against the vocabulary's school, board and grade labels; a row one cell short under a
full row, none of its cells naming a school, its dates not in the column of the row above's (a row
whose cells still line up from the left is short of its last cell, left empty: a grade not given).
Errs towards leaving a row whole: rows of another shape than the header stay.
(Split out of :mod:`.education`, which reads the rows.)"""
from __future__ import annotations

import regex

from ..document import Line
from ..text import key
from ..vocab import merged
from .dates import has_date
from .phrases import institution_like

__all__ = ["graded_column", "merged_down", "without_board"]


def without_board(header: Line, rows: list[Line]) -> list[Line]:
    """The rows of a table whose header names the school's column and, apart, the column of the
    board or university awarding the degree ("Course ⇥ Institute ⇥ Board/University ⇥ Year"; the
    vocabulary's school_labels and board_labels): without the board's cells, which name no school
    of the candidate's. Rows of another shape, and tables without both columns, stay whole."""
    v = merged()
    names = [key(c) for c in header.cells]
    board = [i for i, name in enumerate(names) if name in v.board_labels]
    if len(board) != 1 or not any(name in v.school_labels for name in names):
        return rows
    out = []
    for row in rows:
        cells = row.cells
        if len(cells) == len(names):
            row = row.with_(text="\t".join(c for i, c in enumerate(cells) if i != board[0]), runs=())
        out.append(row)
    return out


_BARE_NUMBER = regex.compile(r"^\s*\d{1,3}(?:[.,]\d{1,3})?\s*(?:/\s*\d{1,3}(?:[.,]\d{1,3})?)?\s*$")


def graded_column(header: Line, rows: list[Line]) -> list[Line]:
    """The rows of a table whose header names a grade column ("Degree ⇥ Institution ⇥ Year ⇥
    CGPA"; a word of the vocabulary's grade labels): a bare number in that column ("8.2", "3.6/4")
    gets the column's label before it ("CGPA 8.2"), so that it reads as the row's grade. A cell
    with words or a percentage, and rows of another shape, stay."""
    labels = merged().grade_labels
    names = header.cells
    column = next(((n, w) for n, name in enumerate(names) for w in name.replace("/", " ").split()
                   if key(w) in labels), None)
    if column is None:
        return rows
    n, label = column
    out = []
    for row in rows:
        cells = list(row.cells)
        if len(cells) == len(names) and _BARE_NUMBER.match(cells[n]):
            cells[n] = f"{label} {cells[n].strip()}"
            row = row.with_(text="\t".join(cells), runs=())
        out.append(row)
    return out


def merged_down(header: Line, rows: list[Line]) -> list[Line]:
    """The rows of a table whose header names the school's column ("Institution ⇥ Qualification ⇥
    Dates ⇥ Result"), a row one cell short right under a full row, none of its cells naming a school,
    given the school of the row above: the school's cell merged down over the row's degree (a merged
    cell's continuation holds no text of its own). A short row whose dates stand in the column of
    the dates of the row above lines up from the left: its last cell was left empty (a grade not
    given), no school was merged down ("A-levels ⇥ Northgate Sixth Form ⇥ 2011 – 2013" under
    "LLB Law ⇥ University of Eastholme ⇥ 2013 – 2016 ⇥ 2:1"). Other rows stay."""
    v = merged()
    names = [key(c) for c in header.cells]
    school = [i for i, name in enumerate(names) if name in v.school_labels]
    if len(school) != 1 or len(names) < 3:
        return rows
    s = school[0]
    out: list[Line] = []
    for row in rows:
        cells = row.cells
        above = out[-1].cells if out else ()
        if len(cells) == len(names) - 1 and len(above) == len(names) and institution_like(above[s]) \
                and not any(institution_like(c) for c in cells) and not _aligned(above, cells, s):
            row = row.with_(text="\t".join([*cells[:s], above[s], *cells[s:]]), runs=())
        out.append(row)
    return out


def _aligned(above: tuple[str, ...], cells: tuple[str, ...], school: int) -> bool:
    """Whether a row one cell short lines up with the full row above from the left: a cell after
    the school's column holds dates in both, at one index (a school merged down would shift the
    short row's dates one column left)."""
    return any(has_date(above[i]) and has_date(cells[i]) for i in range(school + 1, len(cells)))
