"""Projects: name, url, role, dates, technologies, summary, highlights.

Signals, in order of precedence:
1. Entry headers (see :mod:`.entries`): the first part of the first header line is the name,
   without a descriptive " – subtitle"; a part with a job-title word is the role (a first line
   that is a job title over a line written like a name: the role, then the name); a part that
   is the words of a link ("GitHub", a bracketed "[link]" ending the name) is neither name nor
   technology, and a line of dates alone
   is no summary; a list of
   short parts after the name ("Name | React, Node") is the technologies, and so is a bracket
   that ends the name when the skills table knows one of its items ("Inkwell(Rust)"; not
   "Atlas (thesis)"). A part between dashes or pipes that holds an ordinal before a word ("1st
   place, Hack the Harbour 2022", "HackMCR 2019, 2nd prize", "2.º premio") is a prize: no
   technology. A labelled role line ("Role: team lead") gives the role without its label or an
   address joined to it. A name may be a bare domain ("tidewatch.example.org"), never a URL with a
   scheme, "www." or a path. Header lines shaped like the entry's first line (same weight and
   size), each with a link of its own, are projects of their own: a list of linked names. A
   count after the name ("260+ commits") is neither role nor technology.
2. Bullets of three parts or more apart by " · " or " | ", the first six words at most, are one
   project each, read as a header line ("• **Name** · 2021 · [repo](…) · Role: author · Python,
   Click"); a labelled part that is no role nor technologies ("Client: …") is neither.
   A bulleted list with no headers: each bullet "Name: what it does" / "Name – what it does"
   is a project when its name part is short (so is each line of a list of such lines written
   without bullets, none dated); a bullet that is only a sentence names no project.
   The first bullet decides for the list: when it names nothing, no later fragment ("Kafka:
   event pipeline") is taken for a project.
3. The URL: a link attached to the header lines, else a URL printed in them, else the entry's
   first link; a bare address on a line of its own is no summary, and when it stands alone as an
   entry under a project without a link ("Name" / "Tech stack: …" / "name.example.org") it is
   that project's link, not a project of its own.
4. A declared heading of the first line's level further down an entry (Markdown "###", Word
   "Heading 3") starts a project of its own, without a date or a link.
5. Before all this, a header line whose label says what kind of project it names ("Final Year
   Project: Smart Irrigation Controller", "Mini Project: …", "Project 2: …") is a project of its
   own, named as written, its label included.

Projects also hide in skills sections that list what was built with each skill ("Java" over a
linked "Chess Clock" and sentences about it): :func:`project_blocks` takes out a short
non-bullet line that carries a link and has only bullet sentences under it (the re-kind stage,
:mod:`.rekind`, makes them a projects section). Errs towards
skills: without the link, or with a bullet that is not a sentence, the lines stay skills.
"""
from __future__ import annotations

from functools import lru_cache
from typing import get_args

import regex

from ..document import Line, Section
from ..text import key, rx
from ..vocab import merged
from ..schema import LinkKind, Project
from .canonical import canonical_skill
from .contact import find_links
from .entries import Entry, is_attribute, is_prose, join_wrapped, label_of, split_entries
from .dates import find_dates
from .phrases import PARTS, segments, strip_dates, title_like
from .experience import date_fields, technologies_of

__all__ = ["read_projects", "project_blocks"]

_NAME_SPLIT = regex.compile(r"\s*(?::|\s[–—-]\s|\|)\s*")
_SUBTITLE = regex.compile(r"\s*(?:\s[–—-]\s|\|)\s*")  # (the same without the colon)


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
    kinds = _kind_labelled(lines)
    entries = _links_below(part for e in split_entries(lines) for kind in _header_apart(e, kinds)
                           for linked in _linked_apart(kind) for part in _headings_apart(linked))
    if not kinds and _named_lines(lines):  # "Name — what it does" on each line, no bullets: a list all the same
        return _from_bullets([l.with_(bullet=True) for l in lines])
    if _part_bullets(lines):  # "• **Name** · 2021 · [repo](…) · Role: author · Python, Click": a header each
        return [p for line in lines if (p := _read(Entry(header=[line.with_(bullet=False)], body=[],
                                                         dates=next(iter(find_dates(line.plain)), None))))]
    if numbered or entries and all(not e.header for e in entries) or _bullets_only(entries):
        return _from_bullets([l for e in entries for l in e.lines], named_whole=numbered)
    out = []
    for entry in entries:
        p = _read(entry, entry.header[0].index in kinds if entry.header else False)
        if p is not None:
            out.append(p)
    return out


def _links_below(entries) -> list[Entry]:
    """A bare address alone as an entry, under an entry with no link of its own ("Name" / "Tech
    stack: …" / "name.example.org"), is that entry's link, not a project named by a domain."""
    out: list[Entry] = []
    for entry in entries:
        if out and entry.header and not entry.body and len(entry.header) == 1 and _bare_link(entry.header[0]) \
                and entry.dates is None and not any(map(_link_of, out[-1].lines)):
            out[-1].body = out[-1].body + [entry.header[0]]
            continue
        out.append(entry)
    return out


def _bare_link(line: Line) -> bool:
    """A line that is only an address ("name.example.org", "github.com/x/y")."""
    return len(line.plain.split()) == 1 and bool(find_links(line.plain))


_LABEL = regex.compile(r"^[^:：]{1,30}[:：]\s")  # "Live demo: tidewatch.example.org" is a detail, not a project


def _linked_apart(entry: Entry) -> list[Entry]:
    """An undated header run of lines shaped like its first line, each with its own link, is a list
    of projects: one entry per such line (the lines between and the body go with the one above)."""
    head = entry.header
    if entry.dates is not None or len(head) < 2 or not _link_of(head[0]):
        return [entry]
    shape = (head[0].style.bold, round(head[0].style.size or 0))
    starts = [i for i, l in enumerate(head) if i == 0 or (_link_of(l) and not _LABEL.match(l.plain)
                                                          and (l.style.bold, round(l.style.size or 0)) == shape)]
    return _cut_header(entry, starts)


def _headings_apart(entry: Entry) -> list[Entry]:
    """A declared heading of the level of the entry's first line further down it (Markdown "###",
    Word "Heading 3") names a project of its own, without a date or a link: the entry is cut there."""
    lines = entry.lines
    level = lines[0].style.heading_level if lines else None
    cuts = [n for n, l in enumerate(lines) if n and level and l.style.heading_level == level and not l.bullet]
    if not cuts:
        return [entry]
    if cuts[0] < len(entry.header):
        return _cut_header(entry, [0] + [n for n in cuts if n < len(entry.header)])
    k = cuts[0] - len(entry.header)
    first = Entry(header=entry.header, body=entry.body[:k], dates=entry.dates, sources=entry.sources)
    return [first] + _headings_apart(Entry(header=[entry.body[k]], body=entry.body[k + 1:], sources=entry.sources))


def _cut_header(entry: Entry, starts: list[int]) -> list[Entry]:
    """The entry cut into one entry per start among its header lines (the lines between and the
    body go with the one above)."""
    if len(starts) < 2:
        return [entry]
    head = entry.header
    parts = [Entry(header=head[a:b]) for a, b in zip(starts, starts[1:] + [len(head)])]
    parts[-1].body = entry.body
    return parts


_NUMBERED_LABEL = regex.compile(r"^\s*(?P<label>\p{L}[\p{L} ]{0,30}?)\s*#?\d{1,2}\s*[:：]\s*(?P<value>\S.*)$")  # "Project 2: …"


def _kind_labelled(lines: list[Line]) -> set[int]:
    """The indices of the lines with a label saying what kind of project they name ("Final Year
    Project: Smart Irrigation Controller", "Mini Project: …", "Project 2: …": a label ending in
    one of the vocabulary's project_labels, maybe followed by a number), each a project of its
    own, named as written (label included, as the labels' policy writes a name). "Project Title:"
    names no kind: a detail."""
    named = set()
    v = merged()
    for line in lines:
        m = _NUMBERED_LABEL.match(line.plain)
        found = (m.group("label"), m.group("value")) if m else label_of(line)
        words = key(found[0]).split() if found and found[1] else []
        if words and len(words) <= 4 and words[-1] in v.project_labels and not line.bullet:
            named.add(line.index)
    return named


def _header_apart(entry: Entry, named: set[int]) -> list[Entry]:
    """An entry whose header holds several lines that name a project by a label (above): one entry each."""
    return _cut_header(entry, [i for i, l in enumerate(entry.header) if i == 0 or l.index in named])


def project_blocks(lines: list[Line] | tuple[Line, ...]) -> tuple[list[Line], list[list[Line]]]:
    """The skills section's lines without the projects listed among them, and the lines of each of
    those projects: a short non-bullet line with a link and one or more bullet sentences under it
    that read as a project (see the module docstring). Without any, the lines as given."""
    given, lines = list(lines), join_wrapped(lines)
    rest: list[Line] = []
    blocks: list[list[Line]] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        j = i + 1
        while j < len(lines) and lines[j].bullet:
            j += 1
        below = lines[i + 1:j]
        if (not line.bullet and below and all(is_prose(b) for b in below) and _link_of(line)
                and len(line.plain.split()) <= 6 and not line.plain.rstrip().endswith((":", "."))
                and read_projects(Section(kind="projects", heading=None, lines=tuple(lines[i:j])))):
            blocks.append(lines[i:j])
            i = j
            continue
        rest.append(line)
        i += 1
    return (rest, blocks) if blocks else (given, [])  # the lines as given: the skills reader joins its own way


def _part_bullets(lines) -> bool:
    """Bullets, each of three parts or more apart by " · " or " | " whose first (the name) is six
    words at most: a project a line, written as a header line."""
    return bool(lines) and all(l.bullet and len(parts := PARTS.split(l.plain)) >= 3 and len(parts[0].split()) <= 6
                               for l in lines)


def _bullets_only(entries: list[Entry]) -> bool:
    lines = [l for e in entries for l in e.lines]
    return bool(lines) and all(l.bullet for l in lines)


def _from_bullets(lines: list[Line], named_whole: bool = False) -> list[Project]:
    """Projects from a bulleted list: "Name: what it does" / "Name – what it does"; with
    ``named_whole`` (a numbered list), a short item without such a split is a name on its own.
    The first item decides for the list: when it names no project, the list describes work
    without naming it, and a later "Word: …" fragment is no project either. A bullet without a
    name under a project is one of its highlights."""
    out: list[Project] = []
    first = next((l for l in lines if l.bullet and not (is_attribute(l) and technologies_of(l) is not None)), None)
    if first is not None and not named_whole and not (_named_bullet(first) or _introduced(first.plain)):
        return []
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
        if _named_bullet(line):
            name, tech = _name_and_tech(_bare_name(parts[0]))
            out.append(Project(name=name, url=_url(line, [line]), technologies=tech, summary=parts[1].strip(" ,") or None))
        elif line.bullet and tech:
            name, items = tech
            out.append(Project(name=name, url=_url(line, [line]), technologies=items))
        elif line.bullet and named_whole and len(line.plain.split()) <= 12 and not line.plain.endswith("."):
            out.append(Project(name=line.plain, url=_url(line, [line])))
        elif out and not line.bullet:
            out[-1].summary = " ".join(x for x in (out[-1].summary, line.plain) if x)
        elif out and line.bullet:
            out[-1].highlights.append(line.plain)
    return out


def _named_lines(lines: tuple[Line, ...]) -> bool:
    """Lines, none a bullet nor dated, each "Name — what it does" (a name of at most four words,
    then a description of three words or more), two or more of them no list of technologies: a
    list of projects written without bullets."""
    def named(line: Line) -> bool:
        parts = _NAME_SPLIT.split(line.plain, maxsplit=1)
        return (len(parts) == 2 and 0 < len(parts[0].split()) <= 4 and not parts[0].endswith(".")
                and len(parts[1].split()) >= 3 and not find_dates(line.plain))
    names = [l for l in lines if not (is_attribute(l) and technologies_of(l) is not None)]  # ("Stack: React, Node")
    return len(names) >= 2 and not any(l.bullet for l in lines) and all(map(named, lines))


def _named_bullet(line: Line) -> bool:
    """"• Name: what it does" / "• Name – what it does", the name six words at most."""
    parts = _NAME_SPLIT.split(line.plain, maxsplit=1)
    return line.bullet and len(parts) == 2 and 0 < len(parts[0].split()) <= 6 and not parts[0].endswith(".")


def _introduced(text: str) -> tuple[str, list[str]] | None:
    """("Quiz App", ["JavaScript"]) from "Quiz App with JavaScript": a short name, a technology
    word, then a list of technologies."""
    for intro in _introducers(merged().tech_introducers):
        m = intro.match(text)
        if m and len(m.group("name").split()) <= 5:
            items = [t.strip() for t in rx(r",\s*|\s+and\s+|\s*&\s*").split(m.group("tech")) if t.strip()]
            if items and all(len(t.split()) <= 3 for t in items):
                return _bare_name(m.group("name")), items
    return None


@lru_cache(maxsize=8)
def _introducers(words: tuple[str, ...]) -> tuple[regex.Pattern, ...]:
    """For :func:`_introduced`: a pattern per technology word, the longest words first (compiled
    once per vocabulary, not per line)."""
    return tuple(rx(rf"^(?P<name>.{{2,60}}?)\s+{regex.escape(intro)}\s+(?P<tech>.+?)\.?$", regex.IGNORECASE)
                 for intro in sorted(words, key=len, reverse=True))


def _bare_name(name: str) -> str:
    """A project's name without a trailing word that only says it is a project ("CRUDS project")."""
    words = name.strip().split()
    if len(words) >= 2 and key(words[-1]) in merged().headings.get("projects", ()):
        words = words[:-1]
    return " ".join(words)


# Names of the sites a project links to, written as the link's words ("Tidewatch | GitHub").
_LINK_WORDS = frozenset(get_args(LinkKind)) - {"other"}

_LINK_NOTE = regex.compile(r"\s*[\[(]([^\[\]()]{1,20})[\])]\s*$")  # "Tidewatch [link]": the words a link sits on
_TECH_BRACKET = regex.compile(r"^(?P<name>.*?[^\s(])\s*\((?P<inner>[^()]+)\)$")
_COUNT = regex.compile(r"^[\d.,]+[kKmM]?\+?\s+\p{L}+$")
_BARE_HOST = regex.compile(r"^(?!www\.)[\p{L}\d-]+(?:\.[\p{L}\d-]+)+$", regex.IGNORECASE)


def _name_and_tech(name: str) -> tuple[str, list[str]]:
    """("Inkwell", ["Rust"]) from "Inkwell(Rust)": a closing bracket holds technologies when the
    skills table knows one of its comma-separated items; otherwise it is part of the name."""
    m = _TECH_BRACKET.match(name.strip())
    if not m:
        return name, []
    items = [t.strip() for t in m.group("inner").split(",") if t.strip()]
    if items and any(canonical_skill(t) for t in items):
        return m.group("name").strip(), items
    return name, []


def _is_address(name: str) -> bool:
    """A URL in the name's place ("github.com/x/y", "https://…", "www.x.com"); a bare domain
    ("tidewatch.example.org") is a site's name and stays."""
    return len(name.split()) == 1 and bool(find_links(name)) and not _BARE_HOST.match(name)


def _url(first: Line, lines: list[Line]) -> str | None:
    return next((url for url in map(_link_of, [first] + lines) if url), None)


def _link_of(line: Line) -> str | None:
    """The line's own address: a link attached to it (not mailto:/tel:), else a URL printed in it."""
    for link in line.links:
        if not link.url.lower().startswith(("mailto:", "tel:")):
            return link.url
    found = find_links(line.plain)
    return found[0].value if found else None


# an ordinal before a word ("1st place", "2nd prize", "2.º premio", "1.er prix", "1. Platz"): a prize
_ORDINAL = regex.compile(r"(?<![\p{L}\d.])\d{1,2}(?:st|nd|rd|th|\.?[ºª]|\.?er|\.)(?=\s+\p{L})", regex.IGNORECASE)


def _role_value(line: Line) -> str:
    """A line that may give the role, without a detail label before it and an address after it
    ("Role: team lead github.com/x/y" -> "team lead")."""
    text = line.plain
    if is_attribute(line) and (found := label_of(line)):
        text = found[1]
    for link in find_links(text):
        text = text.replace(link.value, " ")
    return " ".join(text.split())


def _titled(text: str) -> bool:
    """Written like a name: most words capitalised ("Dash Camera Footage Platform"), not like a
    description ("Low-cost prosthetic hand")."""
    words = [w for w in text.split() if w[:1].isalpha()]
    return bool(words) and sum(w[:1].isupper() for w in words) * 2 > len(words)


def _read(entry: Entry, labelled: bool = False) -> Project | None:
    """``labelled``: the first line names the project after a label of its kind (kept whole)."""
    if not entry.header:
        return None
    first = entry.header[0]
    segs = segments(first.text)
    if not segs:
        return None
    name = segs[0]
    role = None
    if title_like(name) and len(entry.header) >= 2 and not title_like(entry.header[1].plain) and _titled(entry.header[1].plain):
        # "Software Engineer ⇥ 2019 – now" over the project's name: a role, then the name
        role, first = name, entry.header[1]
        segs = segments(first.text)
        name = segs[0] if segs else name
    # "Name – a descriptive subtitle": keep the main title
    name = (_SUBTITLE if labelled else _NAME_SPLIT).split(name, maxsplit=1)[0].strip() or name
    labels = {key(l.text) for l in first.links if l.text} | _LINK_WORDS
    name, technologies = _name_and_tech(_LINK_NOTE.sub(lambda m: "" if key(m.group(1)) in labels else m.group(0), name))
    if len(name.split()) > 10 or is_prose(first) or _is_address(name):
        return None
    prizes = [part for part in _SUBTITLE.split(first.plain)[1:] if _ORDINAL.search(part)]  # (between dashes or pipes)
    for seg in segs[1:]:
        if find_links(seg) or key(seg) in labels:
            continue  # the project's address, read below; "GitHub", "Live demo": the words of a link
        labelled = is_attribute(part := first.with_(text=seg, runs=())) and technologies_of(part) is None
        if role is None and title_like(value := _role_value(part)) and len(value.split()) <= 6:
            role = value  # "Senior Engineer", "Role: maintainer" (without its label)
        elif labelled:
            continue  # "Client: Harbour Ltd": a detail, no technology
        elif _COUNT.match(seg) or any(seg in part for part in prizes):
            continue  # "260+ commits": a count; "1st place, Hack the Harbour 2022", "HackMCR 2019, 1st place": a prize
        elif "," in seg or len(seg.split()) <= 3:
            technologies += [t.strip() for t in seg.split(",") if t.strip()]
    highlights, summary = [], []
    for line in [l for l in entry.header[1:] if l is not first] + entry.body:
        tech = technologies_of(line)
        if tech:
            technologies += tech
        elif line.bullet:
            highlights.append(line.plain)
        elif role is None and title_like(value := _role_value(line)) and len(value.split()) <= 6 and not line.bullet:
            role = value
        elif not strip_dates(line.plain).strip(" ,–-|"):
            continue  # the dates on a line of their own (read into start and end)
        elif _bare_link(line):
            continue  # the project's address on a line of its own (read into the url)
        else:
            summary.append(line.plain)
    return Project(name=name, url=_url(first, entry.header + entry.body), role=role,
                   technologies=list(dict.fromkeys(technologies)), summary=" ".join(summary) or None,
                   highlights=highlights, **date_fields(entry))
