"""Sections joined across columns and pages, after segmentation has cut a document's lines into
sections: a column that opens a page without a heading goes on with the section the same column
ended the page before with, or with the heading over it; a heading printed again on a later page
("Experience (continued)") continues its section.

Signals, in order: the line's page and column against the last line of each column (a column
opening a page under no heading of its own), the headings of no column above a line and how much
of its width they span (:func:`_over`, :func:`_heading_over`), the column reaching down nearest
above a full-width line under the columns (:func:`_nearest_above`), and a heading that repeats an
earlier one of its kind on a later page, or, in plain text, with a note (:func:`headings.repeats`).

Plain text also joins a heading to the list above it with no blank line between (:func:`under_list`:
a word processor's table written one cell a line); its signals, in order: the section above is a
list (or projects a line each), the line names a section of another kind, and the line under it
reads as that kind. A label of an entry's details right under a dated entry ("Courses" under a degree's
dates) is none (:func:`entry_label`).
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .document import Line, Section
from .headings import NOTE, heading_text, repeats
from .text import key
from .vocab import merged

LISTS = ("skills", "languages", "certifications", "awards", "interests")
DATED = ("experience", "education", "volunteer")
DATED_WITHIN = 3  # lines under an entry section's heading that hold its first entry's year
PROJECT_WORDS = 12
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_FIRST_WORD = regex.compile(r"[\s,:;()/–—-]+")


def under_list(lines: tuple[Line, ...], i: int, kind: str, current: str | None, start: int | None) -> bool:
    """Plain text from a word processor whose table of lists was written one cell a line: a section's
    heading stands right under the last item of the list above it, no blank line between ("Tools: Word,
    Excel" / "Languages" / "Polish – native"). The caller has the line as a whole heading phrase on a
    line of its own; it is a heading when the section above is a list (:data:`LISTS`), the line names a
    section of another kind, and the line under it reads as that kind: under "Languages", the name of a
    spoken language opens it (not "Languages" / "Python, Go": a group of the skills); under a section
    of dated entries (:data:`DATED`), a year stands on one of the :data:`DATED_WITHIN` lines under it
    (its first entry's dates; not "Experience" / "Five years of Go", a group of the skills). A section of
    projects is a list when each line under its heading (``start``) is a project of its own: no
    bullet, at most :data:`PROJECT_WORDS` words (not a job's "Skills" label over its tools)."""
    if kind not in LISTS + DATED or kind == current or i + 1 >= len(lines):
        return False
    if current == "projects":  # a list of projects a line each ("Rivet – a hand prosthesis (2022)"), no job's label
        if not start or any(l.bullet or len(l.plain.split()) > PROJECT_WORDS for l in lines[start + 1:i]):
            return False
    elif current not in LISTS:
        return False
    if kind in DATED:  # "Work Experience" / "2019 – 2022" / "Clerk": its first entry's year soon under it
        return any(_YEAR.search(l.plain) for l in lines[i + 1:i + 1 + DATED_WITHIN])
    if kind != "languages":
        return True
    first = _FIRST_WORD.split(lines[i + 1].plain.strip(), maxsplit=1)[0]
    return key(first) in _language_names()


def entry_label(text: str, current: str | None) -> bool:
    """Plain text: a heading phrase that is also a label of an entry's details ("Courses", [entries]
    attribute_labels), right under the last line of an entry of a section of dated entries, no blank
    line between (the caller has its kind one that nests in the section: "Courses" under a degree's
    dates) is that entry's label, not a section: the text export lost the smaller type that told it."""
    return current in DATED and key(heading_text(text)) in merged().attribute_labels


@lru_cache(maxsize=1)
def _language_names() -> frozenset[str]:
    return frozenset(merged().language_names)


def continue_columns(sections: list[Section]) -> list[Section]:
    """A column that opens a page without a heading continues the section that the same column
    ended the previous page with: on a page with a sidebar, the main column's jobs carry on
    under "Experience" even though the sidebar, read first, opened "Skills". A column that opens
    with no section of its own yet, under a heading that does not head it (another column's, or one
    of no column over the other part of the page's width: "Experience" over the main column beside
    a sidebar), belongs to the nearest heading over it, or to the header (:func:`_heading_over`)."""
    out: list[Section] = []
    ended: dict[int, Section] = {}  # column → the section its last line belonged to
    last: dict[int, Line] = {}  # column → its last line
    for sec in sections:
        part: list[Line] = []
        current = sec
        if sec.heading is not None and sec.heading.column is not None:
            ended[sec.heading.column], last[sec.heading.column] = sec, sec.heading
        for n, line in enumerate(sec.lines):
            prev = sec.lines[n - 1] if n else sec.heading
            opens = line.column is not None and (prev is None or (prev.page, prev.column) != (line.page, line.column))
            target = current
            if opens:
                before = ended.get(line.column)
                last_page = max((l.page for l in before.lines if l.column == line.column), default=None) if before else None
                target = before if (before is not None and before.heading is not None and last_page is not None
                                    and last_page < line.page and before.kind != sec.kind) else sec
                if before is None and target is current and not _over(current.heading, line):
                    target = _heading_over(line, [current, *reversed(out)]) or current
            elif line.column is None and prev is not None and prev.column is not None and prev.page == line.page:
                target = _nearest_above(line, last, ended) or current
            if target is not current:
                if part or current is sec and sec.heading is not None:  # (a heading whose first lines go elsewhere stays)
                    out.append(Section(kind=current.kind, heading=current.heading, lines=tuple(part)))
                part, current = [], target
            part.append(line)
            if line.column is not None:
                ended[line.column] = current
                last[line.column] = line
        if part or not sec.lines:
            out.append(Section(kind=current.kind, heading=current.heading, lines=tuple(part)))
    return out


def continued(sections: list[Section]) -> list[Section]:
    """The parts of one section joined: a heading printed again on a later page ("Experience
    (continued)", "Work history (cont.)", "Berufserfahrung (Fortsetzung)": :func:`headings.repeats`)
    continues the last section of its kind that it repeats, and a column carried over to the next
    page (:func:`continue_columns`: a part under the same heading) continues its section. The
    lines join that section and a repeated heading goes, so the bullets that open the page are the
    rest of the job that closed the page before."""
    out: list[Section] = []
    for sec in sections:
        if sec.kind == "header" and sec.heading is None and out and out[0].kind == "header" and out[0].heading is None:
            out[0] = Section(kind="header", heading=None, lines=out[0].lines + sec.lines)  # a sidebar's part of it
            continue
        at = next((n for n in range(len(out) - 1, -1, -1) if out[n].kind == sec.kind and out[n].heading is not None), None)
        earlier = out[at] if at is not None else None
        if earlier is not None and sec.heading is not None and (sec.heading is earlier.heading or (
                (sec.heading.page > earlier.heading.page or _noted_in_text(earlier, sec))
                and repeats(earlier.title, sec.title))):
            out[at] = Section(kind=earlier.kind, heading=earlier.heading, lines=earlier.lines + sec.lines)
        else:
            out.append(sec)
    return out


def _noted_in_text(earlier: Section, sec: Section) -> bool:
    """In plain text, which has no pages, a heading repeated with a note ("PROFESSIONAL EXPERIENCE
    (Cont.)" under a page label): the same words alone head a second résumé of the file."""
    title = (sec.title or "").strip()
    return sec.heading.origin == "text" and ("(" in title or "[" in title) and NOTE.match(title) is not None


def _over(heading: Line | None, line: Line) -> bool:
    """Does the heading head the line's column: a heading of no column or of the line's, unless it
    is a heading of no column above the line on its page that starts right of the line's end (a
    heading over the main column, the line in a sidebar at its left; a label heading at the left
    margin heads the content right of it)? True when the boxes are unknown."""
    if heading is None or heading.column == line.column:
        return True
    if heading.column is not None:
        return False
    if heading.box is None or line.box is None or heading.page != line.page or heading.box.bottom > line.box.top + 1:
        return True
    return heading.box.x0 < line.box.x1


def _heading_over(line: Line, sections: list[Section]) -> Section | None:
    """The nearest of ``sections`` (latest first) that heads the column a line opens, one with no
    column of its own yet: a heading of no column above it on its page with part of its width over
    the line's, or, after such a heading over another part of the page only, the header above every
    heading. None when a section of another page or a heading of the line's column comes first."""
    for n, sec in enumerate(sections):
        head = sec.heading
        if head is None:  # the header (a part of it taken by a column before: passed over)
            if n < len(sections) - 1:
                continue
            first = sections[0].heading  # (only under a heading of no column: one of another column
            # may have been read before lines above it, a grid over a full-width heading)
            return sec if first is not None and first.column is None and sec.lines and sec.lines[0].page == line.page else None
        if head.page != line.page or head.column == line.column:
            return None
        if head.column is None and head.box is not None and line.box is not None and _over(head, line) \
                and line.box.x0 < head.box.x1:
            return sec  # (part of its width over the line's)
    return None


def _nearest_above(line: Line, last: dict[int, Line], ended: dict[int, Section]) -> Section | None:
    """The section of the column that ends nearest above a full-width line under the columns: the
    text below a two-column block goes on with the column that reaches down to it."""
    if line.box is None:
        return None
    above = [(l.box.bottom, c) for c, l in last.items()
             if l.page == line.page and l.box is not None and l.box.bottom <= line.box.top + 1]
    return ended[max(above)[1]] if above else None
