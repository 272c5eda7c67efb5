"""Where a section's header runs are cut into entries: the section's template (the offset of the
dated unit inside an entry's header that most of its entries share) and the cut of a run by its
dates or, without any, by its blocks and styles. Used by :mod:`.entries`, whose docstring lists
the signals (3 and 4). Signals of a cut between two dated units of one run, in order:
1. the template: an entry starts that many lines above its dates, never above the line after the
   previous entry's dates;
2. a place alone right under the previous entry's dates, a name line still above: the previous one's;
3. where no entry of the section has a header line after its dates, up to the most lines any entry
   puts above its dates, a line that is no place, term of employment nor sentence opens the entry;
4. where entries date their first line beside a name ("Acme Ltd 2019 – 2021" / "Analyst"; the
   run's first line is one), a line
   of dates alone further down than the lines most entries set after their dated line: the name
   wrapped and its dates pushed under it (a viewer's copy of a name cell over two lines, its dates
   cell beside them: "Office of the Deputy Minister and" / "Regional Development" / "05/2018 –
   10/2020" / "Adviser"); the lines past the previous entry's (up to ``WRAPPED_LINES``) open this
   one, unless the first of them starts in lower case or ends an entry (a place alone, terms of
   employment), one of them is a sentence, the line holds more than one date or closes a bracket
   opened above (a note wrapped), or the entries' count of lines after their dates is a tie.
"""
from __future__ import annotations

from collections import Counter

from ..document import Line
from ..text import key
from ..vocab import merged
from .location import location_of
from .phrases import comma_pieces, segments
from .prose import line_dates
from .trailing_dates import dates_line


def template_of(runs, dated, lines: list[Line]) -> int | None:
    """The section's template: the offset of the first dated unit (see :func:`unit`) inside its
    header run that most dated header runs share, ties towards the earliest run's. One odd entry
    (a wrapped employer, a missing title, a note above its dates) sets nothing for the others."""
    offsets: Counter[int] = Counter(_offsets(runs, dated, lines))
    return max(offsets, key=offsets.__getitem__) if offsets else None  # (max keeps the first of equals)


def reach(runs, dated, lines: list[Line], template: int | None) -> int | None:
    """How many lines above its dated unit an entry takes where a run holds several: the template
    where some entry of the section has a header line after its dates (a place, a title under
    "Acme ⇥ 2019 – 2021"); where none has, the most lines any entry puts above its dates, so an
    undated line between two entries' dates opens the entry below (an employer over its role, a
    title over "Employer - City" and the dates, in the entries that have one)."""
    if template is None:
        return None
    for head, _ in runs:
        last = max((k for k, i in enumerate(head) if dated[i]), default=len(head))
        if any(not dated[i] for i in head[last + 1:]):
            return template
    return max(_offsets(runs, dated, lines))


def _offsets(runs, dated, lines: list[Line]) -> list[int]:
    """Per header run with dates, how many of its lines stand above its first dated unit."""
    out = []
    for head, _ in runs:
        a = next((i for i in head if dated[i]), None)
        if a is not None:
            out.append(head.index(unit(a, head, dated, lines, head[0] - 1)))
    return out


def _ends_entry(line: Line, sentence=None) -> bool:
    """A line that ends the entry above rather than naming the next: a place alone, terms of
    employment ("Part-time", "Contract, remote"), a sentence of its text."""
    if location_of(line.plain) or sentence is not None and sentence(line):
        return True
    pieces = [p for seg in segments(line.text) for p in comma_pieces(seg)]
    terms = merged().employment_terms
    return bool(pieces) and all(key(p) in terms or location_of(p) for p in pieces)


def unit(a: int, head: list[int], dated: list[bool], lines: list[Line], previous: int) -> int:
    """Where the dated unit of anchor ``a`` starts: the line above when ``a`` holds only dates,
    set under the right half of that line, and that line has a right-hand cell but no dates
    ("Acme, Analyst ⇥ Leeds" / "06/2013 – 06/2017": the place took the dates' place on the
    row), else ``a``."""
    above, line = lines[a - 1] if a - 1 in head else None, lines[a]
    if above is None or a - 1 <= previous or dated[a - 1] or segments(line.text) or len(above.cells) < 2:
        return a
    if line.box is not None and above.box is not None and line.box.x0 < above.box.x0 + above.box.width / 2:
        return a  # the dates sit under the row's right-hand cell, not at the start of a new row
    return a - 1


def cut(head: list[int], dated: list[bool], template: int | None, lines: list[Line], blocky: bool = True,
        reach: int | None = None, sentence=None, wrapped: list[tuple[int, int]] | None = None) -> list[list[int]]:
    """The entries of a header run: one a dated unit each, starting ``template`` lines above it,
    never above the line after the previous entry's dates; up to ``reach`` lines above it (the
    section's :func:`reach`) a line that ends no entry (:func:`_ends_entry`) opens it too. Without
    dates, :func:`cut_by_block`. A name wrapped over its dates (signal 4) is added to ``wrapped``
    as the positions of its first line and of its dates line."""
    if not head:
        return []
    anchors = [i for i in head if dated[i]]
    if template is None or len(anchors) <= 1:
        if not anchors:
            return cut_by_block(head, lines, blocky)
        return [head]
    # merge anchors that sit on adjacent lines of one entry ("Company  2019-2021" / "Title  2020-2021")
    tail = _tail(head, anchors, lines) if template == 0 else None
    pieces: list[list[int]] = []
    starts = []
    for n, a in enumerate(anchors):
        top = unit(a, head, dated, lines, anchors[n - 1] if n else head[0] - 1)
        start = top - template
        if n == 0:
            start = head[0]
        elif start <= anchors[n - 1] or start < head[0]:
            # fewer name lines than the template above its date: the lines after the previous
            # entry's dated line are this entry's names ("School" / "Degree" / dates)
            start = max(anchors[n - 1] + 1, head[0])
        if n and start == anchors[n - 1] + 1 and start < a - 1 and location_of(lines[start].plain) \
                and not location_of(lines[head[0]].plain):
            # a place alone right under the previous entry's dates, a name line still above this
            # anchor, where entries do not open with their place: the previous entry's place
            # ("March 2022 - Present" / "Leeds, England" / "Analyst" / dates)
            start += 1
        while (n and reach is not None and top - start < reach and start - 1 > anchors[n - 1]
               and not dated[start - 1] and not _ends_entry(lines[start - 1], sentence)):
            start -= 1  # a line in the reach of this entry's dates that ends none: this entry's name
        if n and template == 0 and top == a and start == a and tail is not None and _dates_alone(lines[a]):
            opens = anchors[n - 1] + 1 + tail
            if anchors[n - 1] < opens < a <= opens + WRAPPED_LINES and opens in head and _name_start(lines[opens]) \
                    and not (sentence and any(sentence(lines[i]) for i in range(opens, a))):
                start = opens  # a wrapped name over its dates: the lines past the previous entry's
                if wrapped is not None and a - start >= 2:
                    wrapped.append((start, a))
        starts.append(start)
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else head[-1] + 1
        pieces.append([i for i in head if start <= i < end])
    return [p for p in pieces if p]


def _tail(head: list[int], anchors: list[int], lines: list[Line]) -> int | None:
    """How many header lines most entries set after their dated line, counted where the next entry
    opens with a name beside its dates (or the run ends); None where the run does not open with a
    name beside its dates (a layout of dates first, or of names over their dates) or two counts tie."""
    named = [not dates_line(lines[a]) for a in anchors]
    if not named[0] or head[0] != anchors[0]:
        return None  # the run opens with dates alone or above its dates: another layout
    counts: Counter[int] = Counter()
    for n, a in enumerate(anchors):
        if n + 1 == len(anchors) or named[n + 1]:
            nxt = anchors[n + 1] if n + 1 < len(anchors) else None
            counts[sum(1 for i in head if a < i and (nxt is None or i < nxt))] += 1
    (most, m), *rest = counts.most_common(2)
    return None if rest and rest[0][1] == m else most


WRAPPED_LINES = 3  # the most lines a name wrapped over its dates takes (signal 4)


def _dates_alone(line: Line) -> bool:
    """One date or range alone on its line (:func:`.trailing_dates.dates_line`), not a list of
    years ("2008, 2011") nor the end of a note wrapped from the line above, closing a bracket it
    did not open ("(part-time beside my studies," / "09.2019 – 03.2020)")."""
    text = line.plain
    return (dates_line(line) and len(line_dates(line)) == 1
            and not (text.count(")") > text.count("(") or text.count("]") > text.count("[")))


def _name_start(line: Line) -> bool:
    """A line that can open a wrapped name: it starts with a capital or a digit (not a sentence's
    middle: "of all levels,") and ends no entry (a place alone, terms of employment)."""
    first = line.plain.lstrip()[:1]
    return (first.isupper() or first.isdigit()) and not _ends_entry(line)


def cut_by_block(head: list[int], lines: list[Line], blocky: bool = True) -> list[list[int]]:
    """Undated header lines: a new entry where the style of an entry's first line comes back
    ("Acme" bold / "Engineer" / "Globex" bold), or, where blocks are paragraphs of several lines
    (text, PDF), where a new block starts."""
    def sig(i: int) -> tuple:
        st = lines[i].style
        return (st.bold, st.italic, round(st.size or 0))

    pieces = [[head[0]]]
    for i in head[1:]:
        first = pieces[-1][0]
        prev = pieces[-1][-1]
        styled = sig(i) == sig(first) and sig(i) != sig(prev)
        blocked = blocky and lines[i].block != lines[prev].block and not lines[i].origin.startswith("docx")
        if styled or (blocked and sig(i) == sig(first)):
            pieces.append([i])
        else:
            pieces[-1].append(i)
    return pieces
