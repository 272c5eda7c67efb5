"""What a section of jobs holds besides its jobs, read line by line or entry by entry for
:mod:`.experience` and the readers that share its lines: an entry's dates as fields, a line of
technologies, whether lines are dated roles at all, and the degrees a section of positions and
education holds among its jobs.

Signals, in order of precedence:
1. Degrees among jobs (:func:`split_degrees`): an entry whose first header part is a degree
   ("PhD in Applied Optics, Halden Institute") and none of whose parts names a role, or whose
   parts name only schools, degrees and places (and no header line under them a role: a job at an
   institute, its title under the place and dates), is a degree (a "PhD Candidate" is a role). The
   first part is judged without the place at its end: a US state whose code is a degree's
   ("Boston, MA", "Jackson, MS", "Columbia, MD") ends an employer's line, not a degree.
2. Dated roles (:func:`holds_roles`): more than half the entries have a date range and a
   job-title word in their header.
3. Technologies (:func:`technologies_of`): a labelled line of the vocabulary's tech_labels, or
   three short parts or more between bars or dots, no sentence and no range of dates.
"""
from __future__ import annotations

from dataclasses import replace

import regex

from ..document import Line, Section
from ..segment import heading_text
from ..text import key, rx
from ..vocab import merged
from .entries import Entry, header_dates, split_entries
from .phrases import comma_pieces, degree_like, head_word, institution_like, segments, title_like
from .location import split_place

__all__ = ["date_fields", "technologies_of", "holds_roles", "split_degrees", "teaching"]

_NOTE = regex.compile(r"^\s*\([^()]{1,40}\)\s*$")


def date_fields(entry: Entry) -> dict:
    d = entry.dates
    if d is None:
        return {}
    if d.single:
        return {"start": d.start.iso() if d.start else None, "current": False}
    return {"start": d.start.iso() if d.start else None, "end": d.end.iso() if d.end else None,
            "current": bool(d.current)}


def technologies_of(line: Line) -> list[str] | None:
    """The items of a technologies line ("Stack: Go, Postgres" / "Kotlin | Postgres | Kafka"), else None.
    Short parts between bars that hold a range of dates are a header ("ACME | BOSTON, MA | JUNE
    2021 – PRESENT", small capitals under the title), not technologies."""
    text = line.plain
    labels = merged().tech_labels
    m = rx(r"^\s*([\p{L} ]{2,30}?)\s*[:：]\s*(.+)$").match(text)
    if m and key(m.group(1)) in labels:
        return _items(m.group(2))
    parts = [p.strip() for p in rx(r"\s*[|•·]\s*").split(text) if p.strip()]
    if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts) and not rx(r"[.!?]$").search(text):
        dates = header_dates([line])
        return parts if dates is None or dates.single else None
    return None


def _items(s: str) -> list[str]:
    return [p.strip(" .") for p in rx(r"\s*[,;|•·]\s*").split(s) if p.strip(" .")]


def holds_roles(lines: tuple[Line, ...]) -> bool:
    """Are these lines dated roles: more than half the entries have a date range and a job-title
    word in their header ("Harbour Speech Lab | Research Intern ⇥ 2019 – 2020")? Papers, interests
    or single years are not."""
    entries = split_entries(lines)
    roles = sum(1 for e in entries if e.dates and not e.dates.single
                and any(title_like(seg) for line in e.header for seg in segments(line.text)))
    return roles > 0 and roles * 2 > len(entries)


def split_degrees(section: Section) -> tuple[Section, Section | None, list[Entry] | None]:
    """(the section without its degrees, an education section of them or None, and when it holds
    none the section's entries, for :func:`experience_entries`). A section of positions and
    education ("Positions and Education", a chronological CV) holds degrees among its jobs: an
    entry whose first header part is a degree ("PhD in Applied Optics, Halden Institute") and none
    of whose parts names a role is a degree (a "PhD Candidate" is a role)."""
    taken: set[int] = set()
    entries = split_entries(section.lines, jobs=True)
    if teaching(section):  # (a course taught names the degree it is taught in: no degree of the author's)
        return section, None, entries
    for entry in entries:
        # (a note in brackets on a line of its own, "(discontinued)", names no one)
        parts = [seg for line in entry.header[:3] if not _NOTE.match(line.plain) for seg in segments(line.text)]
        pieces = [c for p in parts for c in comma_pieces(p)]
        # (a place is taken off the first part first: the state code of "Acme Corp, Boston, MA" names no degree)
        # (a school heading the entry is an employer when a line of the header below names a role:
        # "Halden Institute of Optics" / "Leeds" / "2019 – 2022" / "Postdoctoral Researcher")
        if parts and (degree_like(split_place(parts[0])[0] or parts[0]) and not any(title_like(p) for p in parts)
                      or _schooling(pieces[0], head=True) and all(_schooling(c) or not split_place(c)[0]
                                                                  for c in pieces[1:])
                      and not any(title_like(seg) for line in entry.header[3:] for seg in segments(line.text))):
            taken.update(entry.indices())
    if not taken:
        return section, None, entries
    keep = tuple(l for l in section.lines if l.index not in taken)
    moved = tuple(l for l in section.lines if l.index in taken)
    return replace(section, lines=keep), Section(kind="education", heading=section.heading, lines=moved), None


def _schooling(part: str, head: bool = False) -> bool:
    """A part that names a degree or a school and no role: "Technical College", "Studium zum
    Ingenieur" (the phrase's head is the degree word; "PhD Candidate" is a role); with ``head``,
    by its head word only ("Academic Officer" is no school)."""
    word = head_word(part)
    if title_like(part) and (title_like(word) or not degree_like(word)):
        return False
    return degree_like(word if head else part) or institution_like(word if head else part)


def teaching(section: Section) -> bool:
    """The section's heading names teaching ("Teaching", "Lehrtätigkeit")."""
    return section.heading is not None and key(heading_text(section.heading.plain)) in merged().teaching_headings
