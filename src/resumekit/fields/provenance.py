"""Provenance: where each value of the Candidate came from (``meta.provenance``).

While :func:`~resumekit.fields.assemble.assemble` runs, a :class:`Trace` learns which lines each
reader read (a section; the lines the name and contact readers say they used) and, for
experience and education entries, the :class:`~resumekit.fields.entries.Entry` each was read
from. :func:`provenance` then walks the finished Candidate and gives every non-empty value a
record (:class:`resumekit.schema.Provenance`), keyed by its RFC 6901 JSON Pointer: ``/name``,
``/headline``, ``/summary``, ``/contact/location``, each ``/contact/emails/i``, ``phones/i`` and
``links/i``, each item of ``experience``, ``volunteer``, ``education``, ``projects``, ``skills``,
``languages``, ``certifications``, ``publications``, ``awards``, ``interests`` and
``other_sections``, and the parts of experience and education entries (company, title,
institution, degree, location, start, end).

Signals, in order of precedence:
1. What a reader recorded: an entry's lines (``Entry.sources``: every document line joined into
   it) and each part's lines (``Entry.roles``); within a part's lines, the part's own words
   (:mod:`.locate`) give the box.
2. The value's words in the lines its reader read (:func:`.locate.find_in`: folded, whole words,
   across line ends), searched from the line of the item before it in the same list, then in all
   of those lines.
3. The value's words anywhere in the document (a value moved by a later step: a spoken language
   listed among the skills).
4. A link target on a line (an address only in a ``mailto:`` link, a profile behind the word
   "LinkedIn"): origin ``link``, the box of the text the link sits on; a link on no line (behind
   an icon) has no lines, and on a PDF the page and box of the link's own area.
5. The file's metadata or Markdown front matter: origin ``metadata``, no lines.
6. Else the lines of the section it was read from: origin ``section``.

An entry read without an Entry (a 履歴書 row, a project) spans from the line its name was found on
to the line before the next entry's. Errs towards the first occurrence: a value written twice is
traced to its first place.
"""
from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from ..document import Box, Document, Line
from ..redact import pointer
from ..schema import Candidate, Provenance
from ..text import digits
from .contact import link_from_target, normalize_url
from .contact_details import _link_key
from .entries import Entry
from .locate import Found, box_of, find_in

__all__ = ["Trace", "provenance", "traced_pointers", "LISTS", "ENTRY_PARTS"]

# list field -> the attribute that names an item (None: the item is a string)
LISTS = {"experience": None, "volunteer": None, "education": None, "projects": "name", "skills": "name",
         "languages": "name", "certifications": "name", "publications": "title", "awards": "title",
         "interests": None, "other_sections": "text"}
ENTRY_PARTS = {"experience": ("company", "title", "location"), "volunteer": ("company", "title", "location"),
               "education": ("institution", "degree", "location")}
_ANCHORS = {"experience": ("title", "company"), "volunteer": ("title", "company"),
            "education": ("institution", "degree")}


class Trace:
    """What the readers of one parse read, for :func:`provenance` (see the module docstring)."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.lines = {line.index: line for line in document.lines}
        self.scopes: dict[str, tuple[int, ...]] = {}
        self.items: dict[object, tuple[object, tuple[int, ...]]] = {}
        self.entries: dict[int, tuple[object, Entry]] = {}
        self._lists: dict[tuple[int, ...], tuple[Line, ...]] = {}

    def scope(self, key: str, lines) -> None:
        """``lines`` (Lines or indices) were read for the value at ``key`` ("/name", "/summary", "/contact")."""
        indices = [l if isinstance(l, int) else l.index for l in lines]
        self.scopes[key] = tuple(sorted(set(self.scopes.get(key, ()) + tuple(indices))))

    def entry(self, pairs) -> None:
        """Each (Entry, value) pair: the value was read from that entry."""
        for entry, value in pairs:
            self.entries[id(value)] = (value, entry)

    def items_of(self, c: Candidate) -> dict[str, list]:
        """The list items of ``c`` now, for :meth:`read` after a reader has added to them."""
        return {f: list(getattr(c, f)) for f in LISTS}

    def read(self, c: Candidate, before: dict[str, list], lines) -> None:
        """The list items of ``c`` that are not in ``before`` were read from ``lines``. (A list
        holding the same items as before has none: most lists are left alone by a section's reader,
        and are compared item by item, not keyed.)"""
        scope = None
        for f in LISTS:
            items, old = getattr(c, f), before[f]
            if len(items) == len(old) and all(a is b for a, b in zip(items, old)):
                continue
            known = {_key(f, i, v) for i, v in enumerate(old)}
            if scope is None:
                scope = tuple(l.index for l in lines)
            for i, v in enumerate(items):
                k = _key(f, i, v)
                if k not in known and k not in self.items:
                    self.items[k] = (v, scope)

    def scope_of(self, field: str, i: int, value) -> tuple[int, ...]:
        return self.items.get(_key(field, i, value), (None, ()))[1]

    def line_list(self, indices) -> tuple[Line, ...]:
        """The lines of these indices (those of the document), in the order given. (Kept: the same
        scopes are asked for again and again, and :func:`.locate.find_in` keeps what it read of
        each tuple of lines it is given.)"""
        key = tuple(indices)
        found = self._lists.get(key)
        if found is None:
            found = self._lists[key] = tuple([self.lines[i] for i in key if i in self.lines])
        return found


def _key(field: str, i: int, value) -> object:
    return id(value) if isinstance(value, BaseModel) else (field, i)


@dataclass
class _Place:
    """A value's place before it becomes a record."""

    lines: tuple[int, ...] = ()
    ranges: dict[int, tuple[int, int]] | None = None
    origin: str = "text"
    page: int | None = None  # for a place on no line: a link's own area
    box: Box | None = None


def _place(found: Found | None, origin: str = "text") -> _Place | None:
    if found is None:
        return None
    return _Place(found.lines, _spans(found), origin)


def _spans(found: Found) -> dict[int, tuple[int, int]]:
    """The folded range of each line a match touches (several pieces on one line: from the first to the last)."""
    out: dict[int, tuple[int, int]] = {}
    for i, a, b in found.ranges:
        out[i] = (min(a, out[i][0]), max(b, out[i][1])) if i in out else (a, b)
    return out


class _Builder:
    def __init__(self, trace: Trace) -> None:
        self.t = trace
        self.all = tuple(trace.document.lines)
        self.out: dict[str, Provenance] = {}
        self._targets: dict[str, tuple[str, str] | None] = {}  # link URL -> link_from_target's answer
        self._after: dict[tuple[tuple[int, ...], int], tuple[Line, ...]] = {}  # (scope, line) -> its lines from there
        self._url_keys: dict[str, str] = {}  # link target -> the key of its normalised URL

    def target(self, url: str) -> tuple[str, str] | None:
        """``link_from_target(url)``, asked once per URL (each contact value not found in the text
        looks at every link of the document)."""
        if url not in self._targets:
            self._targets[url] = link_from_target(url)
        return self._targets[url]

    def url_key(self, url: str) -> str:
        """``_link_key(normalize_url(url))``, asked once per target (each contact link not found in
        the text compares itself with every link target of the document)."""
        found = self._url_keys.get(url)
        if found is None:
            found = self._url_keys[url] = _link_key(normalize_url(url))
        return found

    def after(self, scope: tuple[int, ...], lines: tuple[Line, ...], at: int) -> tuple[Line, ...]:
        """The lines of ``scope`` from line index ``at`` on, one tuple per scope and line (the
        items of a list are looked up in it one after the other, and :func:`.locate.find_in` keeps
        what it read of a tuple)."""
        k = (scope, at)
        found = self._after.get(k)
        if found is None:
            found = self._after[k] = tuple([l for l in lines if l.index >= at])
        return found

    def add(self, key: str, place: _Place | None) -> None:
        if place is None:
            return
        lines = self.t.line_list(place.lines)
        page, box = box_of(lines, place.ranges) if lines else (place.page, place.box)
        self.out[key] = Provenance(page=page, lines=list(place.lines), origin=place.origin,
                                   box=[round(v, 2) for v in (box.x0, box.top, box.x1, box.bottom)] if box else None)

    def find(self, value: str | None, *scopes: list[Line], token: bool = False) -> _Place | None:
        for lines in scopes:
            found = find_in(value, lines, token)
            if found is not None:
                return _place(found)
        return None

    def text_value(self, key: str, value: str | None, scope: tuple[int, ...], metadata: bool = False) -> None:
        if not value:
            return
        lines = self.t.line_list(scope)
        place = self.find(value, lines, self.all)
        if place is None and metadata:
            place = _Place(origin="metadata")
        if place is None and lines:
            place = _Place(scope, origin="section")
        self.add(key, place)

    # --- contact --------------------------------------------------------------------------

    def linked(self, kind: str, same) -> _Place | None:
        """The lines holding a link whose target is this value (``same(target) -> bool``): the first
        such line and the lines right after it that hold the same link (a link printed over two lines)."""
        hits: list[tuple[int, dict[int, tuple[int, int]]]] = []
        for line in self.all:
            for link in line.links:
                target = self.target(link.url)
                if target and target[0] == kind and same(target[1]):
                    found = find_in(link.text, [line]) if link.text else None
                    if not hits or hits[-1][0] + 1 == line.index:
                        hits.append((line.index, _spans(found) if found else {}))
                    break
            if hits and hits[-1][0] != line.index:
                break
        if hits:
            return _Place(tuple(i for i, _ in hits), {k: v for _, r in hits for k, v in r.items()} or None, "link")
        for link in self.t.document.links:
            target = self.target(link.url)
            if target and target[0] == kind and same(target[1]):
                return _Place(origin="link", page=link.page, box=link.box)
        return None

    def contact(self, c: Candidate) -> None:
        near = self.t.line_list(self.t.scopes.get("/contact", ()))
        meta = " ".join(v for _, v in self.t.document.metadata)
        for i, email in enumerate(c.contact.emails):
            place = self.find(email, near, self.all, token=True) or self.linked("email", lambda v, e=email: v.lower() == e)
            self.add(f"/contact/emails/{i}", place or (_Place(origin="metadata") if email in meta.lower() else None))
        for i, phone in enumerate(c.contact.phones):
            tail = digits(phone.raw)[-9:]
            place = self.find(phone.raw, near, self.all) or self.linked("phone", lambda v, d=tail: digits(v)[-9:] == d)
            self.add(f"/contact/phones/{i}", place or (_Place(origin="metadata") if phone.raw in meta else None))
        for i, link in enumerate(c.contact.links):
            k = _link_key(link.url)
            place = None
            for text in dict.fromkeys((link.url, _bare_url(link.url), k)):
                place = place or self.find(text, near, self.all, token=True)
            for text in dict.fromkeys((link.url, _bare_url(link.url), k)):
                place = place or self.find(text, near, self.all)
            place = place or self.linked("url", lambda v, k=k: self.url_key(v) == k)
            if place is None and link.label:
                place = self.find(link.label, near, self.all)
            self.add(f"/contact/links/{i}", place or (_Place(origin="metadata") if k in meta.lower() else None))
        loc = c.contact.location
        if loc is not None:
            header = self.t.line_list(self.t.scopes.get("/contact/location", ()))
            place = None
            for text in (loc.raw, loc.raw.replace(", ", "\n")):
                place = place or self.find(text, header, self.all)
            if place is None and loc.raw.casefold() in meta.casefold():
                place = _Place(origin="metadata")
            self.add("/contact/location", place)

    # --- lists and entries ----------------------------------------------------------------

    def lists(self, c: Candidate) -> None:
        for field, attr in LISTS.items():
            items = getattr(c, field)
            anchors: dict[tuple[int, ...], int] = {}  # scope -> the line of the item before
            placed: list[tuple[int, _Place | None, tuple[int, ...]]] = []
            for i, item in enumerate(items):
                key = f"/{field}/{i}"
                if field in ENTRY_PARTS and id(item) in self.t.entries:
                    self.entry(key, field, item, self.t.entries[id(item)][1], self.t.scope_of(field, i, item))
                    continue
                scope = self.t.scope_of(field, i, item)
                lines = self.t.line_list(scope)
                texts = [getattr(item, a) for a in _ANCHORS[field]] if field in _ANCHORS else \
                    [item if attr is None else getattr(item, attr)] + ([item.heading] if field == "other_sections" else [])
                place = None
                after = self.after(scope, lines, anchors.get(scope, -1))
                for text in texts:
                    place = place or self.find(text, after, lines, self.all)
                if place is not None and place.lines and scope:
                    anchors[scope] = place.lines[0]
                placed.append((i, place, scope))
            self.blocks(field, placed)

    def blocks(self, field: str, placed: list[tuple[int, _Place | None, tuple[int, ...]]]) -> None:
        """Records of list items; an entry found by its name spans to the next entry's line."""
        spans = field in _ANCHORS or field == "projects"
        for n, (i, place, scope) in enumerate(placed):
            if place is None:
                self.add(f"/{field}/{i}", _Place(scope, origin="section") if scope else None)
                continue
            if spans and place.lines and place.lines[0] in scope:
                nxt = next((p.lines[0] for _, p, s in placed[n + 1:] if p and p.lines and s == scope
                            and p.lines[0] > place.lines[-1]), None)
                block = tuple(x for x in scope if place.lines[0] <= x and (nxt is None or x < nxt))
                place = _Place(block, None, place.origin)
            self.add(f"/{field}/{i}", place)

    def entry(self, key: str, field: str, item, entry: Entry, scope: tuple[int, ...]) -> None:
        self.add(key, _Place(entry.indices()) if entry.lines else _Place(scope, origin="section"))
        section = self.t.line_list(scope)
        for part in ENTRY_PARTS[field]:
            value = getattr(item, part)
            if not value:
                continue
            where = self.t.line_list(entry.roles.get(part, ()))
            place = self.find(value, where, self.t.line_list(entry.indices()), section)
            if place is None and where:
                place = _Place(tuple(l.index for l in where), origin="section")
            self.add(f"{key}/{part}", place)
        dated = self.t.line_list(entry.roles.get("dates", ()))
        if entry.dates is not None and dated:
            place = self.find(entry.dates.text, dated) or _Place(tuple(l.index for l in dated), origin="section")
            for part in ("start", "end"):
                if getattr(item, part):
                    self.add(f"{key}/{part}", place)


def _bare_url(url: str) -> str:
    return url.split("://", 1)[-1]


def provenance(trace: Trace, c: Candidate) -> dict[str, Provenance]:
    """Every non-empty value's record, by pointer, in the Candidate's order (see the module docstring)."""
    b = _Builder(trace)
    meta = dict(trace.document.metadata)
    b.text_value("/name", c.name, trace.scopes.get("/name", ()), metadata=bool(meta.get("name")))
    b.text_value("/headline", c.headline, trace.scopes.get("/name", ()),
                 metadata=bool(meta.get("headline") or meta.get("title")))
    b.text_value("/summary", c.summary, trace.scopes.get("/summary", ()))
    b.contact(c)
    b.lists(c)

    def order(at: str) -> tuple:
        place = _place_of(c, at)
        return (0, place, at) if place is not None else (1, (), at)

    return dict(sorted(b.out.items(), key=lambda kv: order(kv[0])))


def traced_pointers(c: Candidate) -> list[str]:
    """The pointers every parse gives a record when their value is not empty: the name, headline,
    summary, each contact value and each item of the lists (an entry's parts are not counted:
    they have a record of their own only where it says more than the entry's)."""
    out = [p for p in ("/name", "/headline", "/summary") if getattr(c, p[1:])]
    out += ["/contact/location"] if c.contact.location else []
    out += [f"/contact/{f}/{i}" for f in ("emails", "phones", "links") for i in range(len(getattr(c.contact, f)))]
    return out + [f"/{f}/{i}" for f in LISTS for i in range(len(getattr(c, f)))]


def _place_of(model, at: str) -> tuple[int, ...] | None:
    """Where the value at pointer ``at`` stands in the Candidate's own order (fields, then items):
    the position of each step (a field among its model's fields but ``meta``, an item in its
    list), which sorts as a walk of every value would number them (a value before what it
    holds); None when ``at`` names no value. (Not a walk of every value: a parse's records
    name a few of its hundreds.)"""
    if at and not at.startswith("/"):
        return None
    out = []
    value = model
    for step in at.split("/")[1:]:
        if isinstance(value, BaseModel):
            found = _fields(type(value)).get(step)
            if found is None:
                return None
            k, value = found[0], getattr(value, found[1])
        elif isinstance(value, list) and step.isascii() and step.isdigit() and str(int(step)) == step \
                and int(step) < len(value):
            k = int(step)
            value = value[k]
        else:
            return None
        out.append(k)
    return tuple(out)


_FIELDS: dict[type, dict[str, tuple[int, str]]] = {}


def _fields(cls: type) -> dict[str, tuple[int, str]]:
    """{pointer step: (position, field name)} of a model class's fields but ``meta``, in order;
    kept per class."""
    found = _FIELDS.get(cls)
    if found is None:
        names = [name for name in cls.model_fields if name != "meta"]
        found = _FIELDS[cls] = {pointer((name,))[1:]: (n, name) for n, name in enumerate(names)}
    return found
