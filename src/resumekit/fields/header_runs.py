"""Entry headers printed apart from their entries: a viewer's copy of a PDF whose header cells
(each job's "Title, Employer" line) come out as one run of lines away from the dated bodies they
head ("Feb 2024 – Present" / "Led …" / "Dec 2022 – Jan 2024" / "Ran …" / "Manager, Acme Ltd" /
"Analyst, Brindle Co"). Read in that order the jobs have no role and the run reads as loose text
or as one more job. Part of the entry splitter (:mod:`.entries`), which reads the lines this
returns.

Signals, in order:

1. **A bare dates line**: no bullet, one date or range at its start, beside it nothing but a
   duration ("1 year 2 months") or a place alone ("Lyon, France": :func:`.location.location_of`).
2. **A headless entry**: a bare dates line whose neighbours are no header line (signal 3): the
   line above it is body text or the section's start or the end of a run already paired, the line
   under it is body text. A dates line with a header line beside it ends the class (the section
   heads its entries where they are): nothing is moved.
3. **A header line**: no bullet, no dates, capitalised, two to eight words, no sentence
   (:func:`.prose.is_prose`) nor colon, not ending in sentence punctuation unless its last word is
   a company's abbreviation (:data:`.prose.ABBREVIATION_END`: "Co.", "S.L.").
4. **A run of header lines**: two or more header lines in a row after headless entries, as many
   as the headless entries since the start or the last run: its k-th line is the k-th entry's
   header and moves to right above that entry's dates line. A run of another count leaves the
   entries before it as they are.

Finds nothing: the lines as given.
"""
from __future__ import annotations

import regex

from ..document import Line
from .location import location_of
from .prose import ABBREVIATION_END, is_prose, line_dates

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’.-]*")
_DURATION = regex.compile(r"^\W*(\d+\s*\p{L}+\.?\W*){1,3}$")
_CLOSED = regex.compile(r"[.;:,!?]$")


def headers_returned(lines: list[Line]) -> list[Line]:
    """The section's lines with each run of header lines set apart (see the module's signals)
    moved back above the entries it heads; else the lines as given."""
    if len(lines) < 4:
        return lines
    heads = [_header(l) for l in lines]
    bare = [_bare_dates(l) for l in lines]
    moves: dict[int, int] = {}  # a dates line's index: the header line's index that goes above it
    taken: set[int] = set()
    pending: list[int] = []
    i = 0
    while i < len(lines):
        if bare[i]:
            above_free = i == 0 or not heads[i - 1] or (i - 1) in taken
            below_body = i + 1 < len(lines) and not heads[i + 1] and not bare[i + 1]
            if not (above_free and below_body):
                return lines  # an entry headed in place: not this layout
            pending.append(i)
            i += 1
            continue
        if heads[i] and pending:
            j = i
            while j < len(lines) and heads[j]:
                j += 1
            run = list(range(i, j))
            if len(run) >= 2:
                if len(run) == len(pending):
                    moves.update(zip(pending, run))
                    taken.update(run)
                pending = []
            i = j
            continue
        i += 1
    if not moves:
        return lines
    out: list[Line] = []
    for n, line in enumerate(lines):
        if n in taken:
            continue
        if n in moves:
            out.append(lines[moves[n]])
        out.append(line)
    return out


def _bare_dates(line: Line) -> bool:
    """Signal 1: a dates line opening its entry with nothing of a header beside its dates."""
    if line.bullet:
        return False
    found = line_dates(line)
    if len(found) != 1:
        return False
    text = line.plain
    start, end = found[0].span
    if text[:start].strip(" \t-–—|·•,"):
        return False
    rest = text[end:].strip(" \t-–—|·•,")
    return not rest or bool(_DURATION.match(rest)) or location_of(rest) is not None


def _header(line: Line) -> bool:
    """Signal 3: a line that can be an entry's header cell."""
    text = " ".join(line.plain.split())
    if line.bullet or not text[:1].isupper() or ":" in text or line_dates(line):
        return False
    words = text.split()
    if not 2 <= len(words) <= 8 or not _WORD.search(text) or is_prose(line):
        return False
    return not _CLOSED.search(text) or bool(ABBREVIATION_END.search(text))
