"""Where a section's header runs are cut into entries: the section's template (the offset of the
dated unit inside an entry's header) and the cut of a run by its dates or, without any, by its
blocks and styles. Used by :mod:`.entries`, whose docstring lists the signals (3 and 4).
"""
from __future__ import annotations

from ..document import Line
from .location import location_of
from .phrases import segments


def template_of(runs, dated, lines: list[Line]) -> int | None:
    """Offset of the dated unit inside the first header run that has one (see :func:`unit`)."""
    for head, _ in runs:
        for k, i in enumerate(head):
            if dated[i]:
                return k - (i - unit(i, head, dated, lines, head[0] - 1))
    return None


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


def cut(head: list[int], dated: list[bool], template: int | None, lines: list[Line], blocky: bool = True
         ) -> list[list[int]]:
    if not head:
        return []
    anchors = [i for i in head if dated[i]]
    if template is None or len(anchors) <= 1:
        if not anchors:
            return cut_by_block(head, lines, blocky)
        return [head]
    # merge anchors that sit on adjacent lines of one entry ("Company  2019-2021" / "Title  2020-2021")
    pieces: list[list[int]] = []
    starts = []
    for n, a in enumerate(anchors):
        start = unit(a, head, dated, lines, anchors[n - 1] if n else head[0] - 1) - template
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
        starts.append(start)
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else head[-1] + 1
        pieces.append([i for i in head if start <= i < end])
    return [p for p in pieces if p]


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
