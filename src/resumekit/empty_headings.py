"""Entries printed under another section's list: a viewer's copy of a page whose sidebar list
sits beside the top of the main column comes out as the main column's heading alone ("EXPERIENCE"),
the sidebar's heading and list ("Technical Skills" / "★ Python" / "★ SQL"), then the main column's
entries. Segmentation reads an empty section, then a list that runs on into the jobs.

Signals, in order:

1. **An empty entry section**: a heading of an entry kind (experience, education, projects,
   volunteer) with no line of its own, right before a section of another kind.
2. **A list, then entries**: that next section opens with lines that hold no year, then a dates
   line (a short line of a year and a dash, beside them at most three words: "MAY 2024 – MARCH
   2025", "2019 - Present"). Its entries start at the line above that dates line (their header:
   no year, not a list item) or at the dates line itself; the list keeps at least ``LIST_LINES``
   lines (a line or two above the dates is another column's stray on a page read across).
3. **Lent back**: the lines from there on are the empty section's.

Finds nothing: the sections as given.
"""
from __future__ import annotations

import regex

from .document import Line, Section
from .headings import YEAR
from .shapes import ENTRY_KINDS

LIST_LINES = 3  # the fewest lines a list keeps before the entries (one line is a column's stray: a mixed page)
_DASH = regex.compile(r"[-–—]")
_WORD = regex.compile(r"\p{L}{2,}")
_ITEM = regex.compile(r"^\s*[★☆•●▪■◆◦○·*-]")


def entries_lent_back(sections: list[Section]) -> list[Section]:
    """The sections with the entries a list ran on into given back to the empty entry section
    above the list (see the module's signals)."""
    out = list(sections)
    for n in range(len(out) - 1):
        empty, nxt = out[n], out[n + 1]
        if empty.kind not in ENTRY_KINDS or empty.lines or empty.heading is None or nxt.kind in ENTRY_KINDS:
            continue
        cut = _entries_start(nxt.lines)
        if cut is None:
            continue
        out[n] = Section(kind=empty.kind, heading=empty.heading, lines=nxt.lines[cut:])
        out[n + 1] = Section(kind=nxt.kind, heading=nxt.heading, lines=nxt.lines[:cut])
    return out


def _entries_start(lines: tuple[Line, ...]) -> int | None:
    """Signal 2: where the entries start after the list, else None."""
    first = next((i for i, l in enumerate(lines) if YEAR.search(l.plain)), None)
    if first is None or not _dates_line(lines[first]):
        return None
    above = first - 1
    cut = above if above >= 1 and not lines[above].bullet and not _ITEM.match(lines[above].plain) else first
    return cut if cut >= LIST_LINES and len(lines) - cut >= 2 else None


def _dates_line(line: Line) -> bool:
    """A short line of a year and a dash, at most three words beside them."""
    text = line.plain
    if line.bullet or len(text) > 60 or not _DASH.search(text):
        return False
    return len(_WORD.findall(YEAR.sub(" ", text))) <= 3
