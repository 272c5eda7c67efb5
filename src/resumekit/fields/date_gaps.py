"""Dates read knowing where a line's cell gaps (TABs) were, for :mod:`resumekit.fields.dates`.

Signals, in order:

1. A name's last word is no date's start: a match that opens with a word or a number (maybe after
   a lead word) ending its cell after other words of that cell ("Rio de Janeiro ⇥ 2010 – 2014",
   "Université Lyon 1 ⇥ Sep 2013", "NORDVIK INDUSTRI AB ⇥ 01/2019") is dropped, and the reading
   goes on from the next position (the year, the month).
2. A timeline rail's two ends, alone in a row's first cell without a dash ("May 2020 Present ⇥
   Title", "Mar 2017 Apr 2020 ⇥ Title"), both with a month, the second not before the first: one
   range.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

import regex

from ..text import key
from ..vocab import merged

if TYPE_CHECKING:
    from .dates import DateRange

__all__ = ["ends_cell", "name_tail", "rail_ends"]


# (maybe after a lead word: "de"; the piece must end where the cell ends)
_CELL_PIECE = regex.compile(r"(?:\p{L}+ )?(?:\p{L}+\.?|\p{N}{1,2}\.?)(?=[ \t])")
_WORD_ENDING = regex.compile(r"\p{L}[\p{L}'’.-]*[ \u00a0]+$")


def name_tail(text: str, span: tuple[int, int], gaps: frozenset[int]) -> bool:
    """Whether a match opens with a word or a number (maybe after a lead word) that ends its cell
    after other words of that cell ("Rio de Janeiro ⇥ 2010 – 2014", "Université Lyon 1 ⇥ Sep
    2013"): the last word of a name (a city named like a month, a campus number), not a month or a
    day cut from its year by a cell gap. ``gaps``: the offsets of the gaps (TABs, or the spaces
    standing for them)."""
    s, e = span
    piece = _CELL_PIECE.match(text, s, e)
    if piece is None or not ends_cell(text, piece.end(), gaps):  # ("Rio de Janeiro 2010": not "Janeiro 20")
        return False
    cell = text[max([g + 1 for g in gaps if g < s], default=0):s]
    return _WORD_ENDING.search(cell) is not None


def ends_cell(text: str, i: int, gaps: frozenset[int]) -> bool:
    """Whether only spaces stand between ``i`` and a cell gap."""
    while i not in gaps and i < len(text) and text[i] == " ":
        i += 1
    return i in gaps


_PRESENT_WORD = regex.compile(r" {1,4}(\p{L}+)")
_SPACES_ONLY = regex.compile(r" {1,4}")


def rail_ends(text: str, found: tuple[DateRange, ...], gaps: frozenset[int]) -> tuple[DateRange, ...]:
    """A timeline rail's two ends set side by side without a dash in the first cell of a row
    ("May 2020 Present ⇥ Title", "Mar 2017 Apr 2020 ⇥ Title"): a range, when the cell holds
    nothing else, both ends name a month and the second is not before the first."""
    first = found[0]
    if text[:first.span[0]].strip() or first.start.month is None:
        return found
    s, e = first.span
    present = _PRESENT_WORD.match(text, e)
    if present is not None and ends_cell(text, present.end(), gaps) and key(present.group(1)) in merged().present:
        joined = replace(first, end=None, current=True, single=False, span=(s, present.end(1)),
                         text=text[s:present.end(1)])
        return (joined, *found[1:])
    if len(found) < 2:
        return found
    second = found[1]
    if not (second.single and second.start.month is not None and _SPACES_ONLY.fullmatch(text, e, second.span[0])
            and ends_cell(text, second.span[1], gaps)
            and (first.start.year, first.start.month) <= (second.start.year, second.start.month)):
        return found
    joined = replace(first, end=second.start, single=False, span=(s, second.span[1]), text=text[s:second.span[1]])
    return (joined, *found[2:])
