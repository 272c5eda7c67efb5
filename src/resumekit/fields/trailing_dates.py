"""Dates set after their entry's text: a layout whose right-hand cell (the town, the dates) a
reader emits after the entry's lines — a PDF viewer's copy of a LaTeX or Word CV ("Apple, Software
Engineer" / "• Reduced …" / "• Integrated …" / "Cupertino, CA" / "June 2005 – Aug 2007"). Read in
that order, each entry's dates open the next one: the first entry has none, the next the first's.
Part of the entry splitter (:mod:`.entries`), which reads the lines this returns.

Signals, in order:

1. **A dates line**: no bullet, its dates (:func:`.prose.line_dates`) with at most one word of
   two letters or more beside them ("June 2005 – Aug 2007", "09/2017 - 04/2022", "Since 2019");
   or a name and its dates: no bullet nor sentence, the dates ending the line after one to six
   words that hold no year (a theme's right-hand cell of employer or town and dates: "Harbour
   Cartage 2019 – 2022", "Leeds · March 2016 – May 2019").
2. **A section that trails its dates**: its first line a header (no dates line, bullet nor
   sentence) and no line above its first dates line holding a year outside a sentence (not even
   one that reads as no date: "0207 2009 Acme, Paris"; "… in 2021 across the fleet." is the
   entry's text); its last line a dates line; and its first entry (the lines above the
   first dates line) holding its body (a bullet or a sentence after its first line:
   :func:`.prose.is_prose`). A section that opens with its dates (a dates-first layout), dates its
   header lines (dates inline) or sets its first dates right under the first entry's header (the
   text after the dates is theirs: "ANALYST, ACME" / "2014-2017" / "Identified …") is left as it is.
3. **Raised**: each entry's dates line, and a place alone right above it ("Cupertino, CA":
   :func:`.location.location_of`), move up to right before the entry's first body line; an entry
   without body is left as it is.

Finds nothing: the lines as given.
"""
from __future__ import annotations

import regex

from ..document import Line
from .location import location_of
from .prose import is_prose, line_dates

__all__ = ["raised", "dates_line"]

_WORD = regex.compile(r"\p{L}{2,}")
_YEAR = regex.compile(r"(?<!\d)(?:19[5-9]\d|20\d\d)(?!\d)")


def dates_line(line: Line) -> bool:
    """A line of dates only: no bullet, a date, at most one word beside its dates."""
    if line.bullet:
        return False
    found = line_dates(line)
    if not found:
        return False
    text = line.plain
    for d in sorted(found, key=lambda d: d.span[0], reverse=True):
        text = text[:d.span[0]] + " " + text[d.span[1]:]
    return len(_WORD.findall(text)) <= 1


def raised(lines: list[Line]) -> list[Line]:
    """The section's lines with each entry's trailing dates (and the place above them) moved up to
    right before the entry's body, where the section trails its dates (see the module's signals)."""
    if len(lines) < 3:
        return lines
    # (the section's ends decide first: most sections open with a header and end in no dates line,
    # and every line's mark is read only for one that may trail its dates)
    if lines[0].bullet or is_prose(lines[0]) or not _mark(lines[-1]) or _mark(lines[0]):
        return lines
    marks = [_mark(l) for l in lines]
    first = marks.index(True)
    if any(_YEAR.search(l.plain) and not is_prose(l) for l in lines[:first]) or _body_at(lines[:first]) is None:
        return lines
    out: list[Line] = []
    start = 0
    moved = False
    for i, mark in enumerate(marks):
        if not mark:
            continue
        entry = lines[start:i]
        unit = [lines[i]]
        if entry and not entry[-1].bullet and location_of(entry[-1].plain):
            unit.insert(0, entry.pop())  # the town above the dates
        body = _body_at(entry)
        if body is None:
            out.extend(entry + unit)
        else:
            out.extend(entry[:body] + unit + entry[body:])
            moved = True
        start = i + 1
    return out + lines[start:] if moved else lines


def _mark(line: Line) -> bool:
    return dates_line(line) or _named_dates(line)


def _named_dates(line: Line) -> bool:
    """A line of a name and its dates: no bullet nor sentence, its dates ending the line after a
    few words that hold no year ("Corbel Freight 2019 – 2022", "Ashgrove Depot Ltd. 03/2016 - 2019")."""
    if line.bullet or is_prose(line):
        return False
    found = line_dates(line)
    if not found:
        return False
    first = min(d.span[0] for d in found)
    last = max(d.span[1] for d in found)
    before, after = line.plain[:first], line.plain[last:]
    return (not regex.search(r"\p{L}", after) and not _YEAR.search(before)
            and 1 <= len(_WORD.findall(before)) <= _NAME_WORDS)


_NAME_WORDS = 6


def _body_at(entry: list[Line]) -> int | None:
    """Where an entry's body starts: its first bullet or sentence after its first line."""
    return next((k for k, l in enumerate(entry) if k and (l.bullet or is_prose(l))), None)
