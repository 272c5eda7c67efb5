"""Projects: name, url, role, dates, technologies, summary, highlights.

Signals, in order of precedence:
1. Entry headers (see :mod:`.entries`): the first part of the first header line is the name,
   without a descriptive " – subtitle"; a part with a job-title word is the role; a list of
   short parts after the name ("Name | React, Node") is the technologies.
2. A bulleted list with no headers: each bullet "Name: what it does" / "Name – what it does"
   is a project when its name part is short; a bullet that is only a sentence names no project.
3. The URL: a link attached to the header lines, else a URL printed in them, else the entry's
   first link.
"""
from __future__ import annotations

import regex

from ..document import Line, Section
from ..text import key
from ..vocab import merged
from ..schema import Project
from .contact import find_links
from .entries import Entry, is_attribute, is_prose, segments, split_entries, title_like
from .experience import date_fields, technologies_of

__all__ = ["read_projects"]

_NAME_SPLIT = regex.compile(r"\s*(?::|\s[–—-]\s|\|)\s*")


_NUMBERED = regex.compile(r"^\s*(?:\d{1,2}[.)]|\[\d{1,2}\])\s+(?=\S)")


def _numbered_as_bullets(lines) -> list[Line]:
    """"1. Name: what it does" is an item of a list, like a bullet."""
    out = []
    for line in lines:
        m = _NUMBERED.match(line.text)
        out.append(line.with_(text=line.text[m.end():], bullet=True) if m else line)
    return out


def read_projects(section: Section) -> list[Project]:
    lines = _numbered_as_bullets(section.lines)
    numbered = any(l.bullet and not o.bullet for l, o in zip(lines, section.lines))
    entries = split_entries(lines)
    if numbered or entries and all(not e.header for e in entries) or _bullets_only(entries):
        return _from_bullets([l for e in entries for l in e.lines], named_whole=numbered)
    out = []
    for entry in entries:
        p = _read(entry)
        if p is not None:
            out.append(p)
    return out


def _bullets_only(entries: list[Entry]) -> bool:
    lines = [l for e in entries for l in e.lines]
    return bool(lines) and all(l.bullet for l in lines)


def _from_bullets(lines: list[Line], named_whole: bool = False) -> list[Project]:
    """Projects from a bulleted list: "Name: what it does" / "Name – what it does"; with
    ``named_whole`` (a numbered list), a short item without such a split is a name on its own."""
    out: list[Project] = []
    for line in lines:
        tech = technologies_of(line) if is_attribute(line) else None
        if tech is not None:
            if out:
                out[-1].technologies = list(dict.fromkeys(out[-1].technologies + tech))
            continue
        parts = _NAME_SPLIT.split(line.plain, maxsplit=1)
        tech = _introduced(line.plain)
        if find_links(line.plain) and len(line.plain.split()) == 1:
            continue  # a bare address is the previous project's link, not a name
        if line.bullet and len(parts) == 2 and 0 < len(parts[0].split()) <= 6 and not parts[0].endswith("."):
            out.append(Project(name=_bare_name(parts[0]), url=_url(line, [line]), summary=parts[1].strip(" ,") or None))
        elif line.bullet and tech:
            name, items = tech
            out.append(Project(name=name, url=_url(line, [line]), technologies=items))
        elif line.bullet and named_whole and len(line.plain.split()) <= 12 and not line.plain.endswith("."):
            out.append(Project(name=line.plain, url=_url(line, [line])))
        elif out and not line.bullet:
            out[-1].summary = " ".join(x for x in (out[-1].summary, line.plain) if x)
    return out


def _introduced(text: str) -> tuple[str, list[str]] | None:
    """("Quiz App", ["JavaScript"]) from "Quiz App with JavaScript": a short name, a technology
    word, then a list of technologies."""
    words = merged().tech_introducers
    for intro in sorted(words, key=len, reverse=True):
        m = regex.match(rf"^(?P<name>.{{2,60}}?)\s+{regex.escape(intro)}\s+(?P<tech>.+?)\.?$", text, regex.IGNORECASE)
        if m and len(m.group("name").split()) <= 5:
            items = [t.strip() for t in regex.split(r",\s*|\s+and\s+|\s*&\s*", m.group("tech")) if t.strip()]
            if items and all(len(t.split()) <= 3 for t in items):
                return _bare_name(m.group("name")), items
    return None


def _bare_name(name: str) -> str:
    """A project's name without a trailing word that only says it is a project ("CRUDS project")."""
    words = name.strip().split()
    if len(words) >= 2 and key(words[-1]) in merged().headings.get("projects", ()):
        words = words[:-1]
    return " ".join(words)


def _url(first: Line, lines: list[Line]) -> str | None:
    for line in [first] + lines:
        for link in line.links:
            if not link.url.lower().startswith(("mailto:", "tel:")):
                return link.url
        found = find_links(line.plain)
        if found:
            return found[0].value
    return None


def _read(entry: Entry) -> Project | None:
    if not entry.header:
        return None
    first = entry.header[0]
    segs = segments(first.text)
    if not segs:
        return None
    name = segs[0]
    role = None
    if title_like(name) and len(entry.header) >= 2 and not title_like(entry.header[1].plain):
        # "Software Engineer ⇥ 2019 – now" over the project's name: a role, then the name
        role, first = name, entry.header[1]
        segs = segments(first.text)
        name = segs[0] if segs else name
    # "Name – a descriptive subtitle": keep the main title
    name = _NAME_SPLIT.split(name, maxsplit=1)[0].strip() or name
    if len(name.split()) > 10 or is_prose(first) or (find_links(name) and len(name.split()) == 1):
        return None
    technologies: list[str] = []
    for seg in segs[1:]:
        if find_links(seg):
            continue  # the project's address, read below
        if role is None and title_like(seg) and len(seg.split()) <= 6:
            role = seg
        elif "," in seg or len(seg.split()) <= 3:
            technologies += [t.strip() for t in seg.split(",") if t.strip()]
    highlights, summary = [], []
    for line in [l for l in entry.header[1:] if l is not first] + entry.body:
        tech = technologies_of(line)
        if tech:
            technologies += tech
        elif line.bullet:
            highlights.append(line.plain)
        elif role is None and title_like(line.plain) and len(line.plain.split()) <= 6 and not line.bullet:
            role = line.plain
        else:
            summary.append(line.plain)
    return Project(name=name, url=_url(first, entry.header + entry.body), role=role,
                   technologies=list(dict.fromkeys(technologies)), summary=" ".join(summary) or None,
                   highlights=highlights, **date_fields(entry))
