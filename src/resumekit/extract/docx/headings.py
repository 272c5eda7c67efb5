"""Which declared DOCX headings to believe.

A Word heading style says "heading", but templates and authors apply heading styles to body
text: a "Heading 1" on certificate bullets, a "Heading 4" on project descriptions. A line keeps
the heading level its style declares unless the line contradicts it; signals, in order:
1. The line is a list item (a bullet glyph or list numbering; an outline-numbered heading is not
   a list item).
2. The line is longer than a heading: more than 12 words or 100 characters, or a sentence
   (ending in . ! ? with more than 6 words).
3. The style is misused: more than half of the lines in that style (two or more lines) are
   contradicted by 1-2; then none of its lines keeps the level.
Errs towards keeping a declared heading: a short line in a heading style stays a heading.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import replace

import regex

from ...document import Line

__all__ = ["trust_headings", "contradicts"]

_SENTENCE = regex.compile(r"[.!?…]\s*$")


def contradicts(line: Line) -> bool:
    """Does the line's own shape say it is not a heading?"""
    text = line.plain
    words = len(text.split())
    if line.bullet:
        return True
    if words > 12 or len(text) > 100:
        return True
    return bool(_SENTENCE.search(text)) and words > 6


def trust_headings(lines: list[Line], style_of: dict[int, str | None]) -> list[Line]:
    """``lines`` with the heading levels the document contradicts removed. ``style_of`` maps a
    line's ``index`` to its paragraph style id."""
    total: Counter = Counter()
    wrong: Counter = Counter()
    for line in lines:
        if line.style.heading_level is not None:
            sid = style_of.get(line.index)
            total[sid] += 1
            wrong[sid] += contradicts(line)
    misused = {sid for sid, n in total.items() if sid is not None and n >= 2 and 2 * wrong[sid] > n}
    out = []
    for line in lines:
        if line.style.heading_level is not None and (style_of.get(line.index) in misused or contradicts(line)):
            line = line.with_(style=replace(line.style, heading_level=None))
        out.append(line)
    return out
