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

5. **A run lent to a later section** (:func:`headers_lent`, on the sections before they are
   read): a viewer prints each page's header cells at the page's end, so the cells of an entry
   section's last entries land under a later heading ("SKILLS" / "Head of Data, Acme Retail" /
   "Analyst, Brindle Co" / "Languages"). An experience or education section whose last two or
   more entries are headless (signal 2; the section's last line may be a dates line), none headed
   in place and each under the section's start or a line that ends a body (a bullet, a sentence's
   end, running text), takes the first run after it, in a later section (not a spoken languages
   section), of header lines (signal 3) that all split at one separator (", ", " | ", " – ",
   " — ", " at ") into capitalised parts, with no dated line right above or under the run, when the run's count is the count of those entries:
   the k-th line goes above the k-th entry's dates (the section's own runs paired as in signal 4).
   One headless entry, in the document's last experience or education section, takes the
   document's last line when it is such a line and not one word between each separator ("Climbing,
   Gardening, Choir": a list; the last page's cells end the document); no other single line moves.

Finds nothing: the lines as given.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from ..document import Line, Section
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
    paired = _pairing(lines)
    if paired is None or not paired[0]:
        return lines
    return _moved(lines, paired[0], paired[1])


LENT_KINDS = ("experience", "education")
MIN_LENT = 2  # the fewest headless entries that take a run from a later section (one line is anyone's)
_SEPARATORS = (", ", " | ", " – ", " — ", " at ")


def headers_lent(sections: list[Section]) -> list[Section]:
    """The sections with each run of header lines printed under a later section (signal 5) moved
    back above the headless entries it heads; else the sections as given."""
    rows = [list(sec.lines) for sec in sections]
    paired = [_pairing(rows[n], open_end=True) if sec.kind in LENT_KINDS else None for n, sec in enumerate(sections)]
    headless = [n for n, p in enumerate(paired) if p is not None and p[2]]
    last = max((n for n, sec in enumerate(sections) if sec.kind in LENT_KINDS), default=None)
    changed: set[int] = set()
    for n in headless:
        if n in changed:  # (a run taken out of it: read again)
            paired[n] = _pairing(rows[n], open_end=True)
            if paired[n] is None or not paired[n][2]:
                continue
        moves, taken, waiting = paired[n]
        if len(waiting) < MIN_LENT and n != last:
            continue  # (one entry takes only the document's last line: the last page's cells)
        if not all(i == 0 or _ended(rows[n][i - 1]) for i in waiting):
            continue  # a dates line under a line that may be its header ("Analyst | Brindle Co | Lyon", too long for one)
        found = _lent_run(rows, n + 1, [sec.kind for sec in sections])
        if found is None or found[2] - found[1] != len(waiting):
            continue
        if len(waiting) < MIN_LENT and (found[0] != len(rows) - 1 or found[2] != len(rows[-1])
                                        or _word_list(rows[found[0]][found[1]])):
            continue
        m, a, b = found
        own = len(rows[n])
        lent = range(own, own + b - a)  # (the run's lines, put after the section's own)
        rows[n] = _moved(rows[n] + rows[m][a:b], {**moves, **dict(zip(waiting, lent))}, taken | set(lent))
        del rows[m][a:b]
        changed.update((n, m))
    if not changed:
        return sections
    return [replace(sec, lines=tuple(rows[n])) if n in changed else sec for n, sec in enumerate(sections)]


def _pairing(lines: list[Line], open_end: bool = False) -> tuple[dict[int, int], set[int], list[int]] | None:
    """Signals 2 and 4: the moves (a dates line's index: the index of the header line that goes
    above it), the header lines taken, and the headless entries left after the last run; None when
    an entry is headed in place. ``open_end``: the last line may be a dates line (signal 5)."""
    heads = [_header(l) for l in lines]
    bare = [_bare_dates(l) for l in lines]
    moves: dict[int, int] = {}
    taken: set[int] = set()
    pending: list[int] = []
    i = 0
    while i < len(lines):
        if bare[i]:
            above_free = i == 0 or not heads[i - 1] or (i - 1) in taken
            below_body = i + 1 < len(lines) and not heads[i + 1] and not bare[i + 1] or open_end and i + 1 == len(lines)
            if not (above_free and below_body):
                return None  # an entry headed in place: not this layout
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
    return moves, taken, pending


def _moved(lines: list[Line], moves: dict[int, int], taken: set[int]) -> list[Line]:
    out: list[Line] = []
    for n, line in enumerate(lines):
        if n in taken:
            continue
        if n in moves:
            out.append(lines[moves[n]])
        out.append(line)
    return out


def _ended(line: Line) -> bool:
    """Signal 5: a line that ends an entry's body: a bullet, a sentence's end, running text."""
    return line.bullet or line.plain.rstrip().endswith((".", "!", "?")) or is_prose(line)


def _lent_run(rows: list[list[Line]], start: int, kinds: list[str]) -> tuple[int, int, int] | None:
    """Signal 5: the first run of separated header lines in the sections from ``start`` on, as
    (section, first line, end), no dated line beside it; None when there is none. A spoken
    languages section holds none ("Catalan – Native" is a language and its level)."""
    for m in range(start, len(rows)):
        if kinds[m] == "languages":
            continue
        lines = rows[m]
        i = 0
        while i < len(lines):
            sep = _separated(lines[i])
            if sep is None:
                i += 1
                continue
            j = i + 1
            while j < len(lines) and _separated(lines[j]) == sep:
                j += 1
            if j - i >= 2 or m == len(rows) - 1 and j == len(lines):  # (or the document's last line)
                dated = (i > 0 and line_dates(lines[i - 1])) or (j < len(lines) and line_dates(lines[j]))
                return None if dated else (m, i, j)
            i = j
    return None


def _word_list(line: Line) -> bool:
    """A line of single words between its separators ("Climbing, Gardening, Choir"): a list's items."""
    sep = _separated(line)
    return sep is not None and all(len(p.split()) == 1 for p in " ".join(line.plain.split()).split(sep))


def _separated(line: Line) -> str | None:
    """A header line (signal 3) that splits at one separator into capitalised parts: the separator."""
    if not _header(line):
        return None
    text = " ".join(line.plain.split())
    for sep in _SEPARATORS:
        parts = text.split(sep)
        if len(parts) >= 2 and all(p[:1].isupper() or p[:1].isdigit() for p in parts):
            return sep
    return None


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
