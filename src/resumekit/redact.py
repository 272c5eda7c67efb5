"""Redaction for blind screening: a Candidate without the data that identifies the person.

:func:`redact` returns a copy; ``meta.redactions`` lists every value hidden, as an RFC 6901 JSON
Pointer into the unredacted output (never the value), with its kind and whether it was removed
or masked. Skills, titles, employers (unless ``employers=True``), education, dates and the
entries' own places stay.

Removed (the field is emptied): ``name``, every ``contact.emails`` / ``contact.phones`` /
``contact.links`` item, ``contact.location``; their ``meta.provenance`` records go with them (the
records of masked values stay: they hold a page, line numbers and a box, no text). The Candidate has no photo (images are never
extracted), no birth date, gender, nationality or marital status field: those sit in text.

Masked (the string stays, the personal part becomes a placeholder such as ``[name]``), in every
string of the output, ``meta`` and ``other_sections`` included, except codes (the format, kinds, warning
codes, the language, dates: a candidate called "Text" keeps ``meta.format``). What identifies the candidate is
gathered first (:class:`resumekit.identity.Identity`: handles, name parts found through them,
personal web sites). Signals, in order of precedence (where two overlap, the earlier wins):

1. Referees: the text of a ``references`` section, whole (``[referee]``), unless it names no one
   ("Available on request": no address, no digit, no capitalised word after a line's first).
2. E-mail addresses, any (:func:`~resumekit.fields.contact.find_emails`, and the candidate's own).
3. The candidate's profile URLs whole (``[link]``); the host of a personal web site wherever it
   occurs ("https://[link]/blog").
4. User names (profile links' and e-mail local parts), any case, as whole tokens:
   "https://github.com/[username]/tool".
5. Personal data after a label of the vocabulary (``[personal]`` in ``vocab/*.toml``: "Date of
   birth:", "Familienstand", "Nationalité", "性别"...) at the start of a line or of a cell (after
   TAB, "|", "·", "•", ";", two spaces, " / ", or ", " before another label): the value up to the
   cell's end; a label alone masks the next cell or line.
6. Phone numbers: any that :func:`~resumekit.fields.contact.find_phones` finds; any run of digits
   ending in the last nine digits of one of the candidate's numbers; in the header and contact
   lines left over and in the warnings, any run of seven digits or more that is not a date.
7. The location: its street parts (those with digits), except in the entries' own ``location``
   fields; the location as written and its city (written with a capital) in the candidate's own
   words (headline, summary, other sections, meta), not in employers' or schools' names.
8. The name: each whole name found, any case; each name-shaped line as written; each name part
   written with a capital, and in any case inside a URL or an e-mail address. In a skill,
   language or interest item only where two parts stand together (a skill "Ruby" stays).
9. With ``employers=True``: the ``company`` fields, and each employer's name, any case.

It errs towards masking: a capitalised word equal to a part of the name is masked wherever it
stands ("Will" at the start of a sentence, when the candidate is called Will).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import regex

from .fields.contact import find_emails, find_phones
from .fields.dates import find_dates
from .identity import UNSPACED, Identity
from .schema import Candidate, Redaction
from .text import digits, find_urls, key
from .vocab import merged

__all__ = ["redact", "PLACEHOLDERS", "pointer"]

PLACEHOLDERS = {"name": "[name]", "email": "[email]", "phone": "[phone]", "address": "[address]", "link": "[link]",
                "username": "[username]", "birth_date": "[birth date]", "birth_place": "[birth place]",
                "age": "[age]", "gender": "[gender]", "nationality": "[nationality]",
                "marital_status": "[marital status]", "family": "[family]", "referee": "[referee]",
                "employer": "[employer]"}
_LIST_ITEMS = regex.compile(r"^/(?:skills/\d+/(?:name|category|canonical)|languages/\d+/(?:name|proficiency)"
                            r"|interests/\d+)$")
_ENTRY_PLACE = regex.compile(r"^/(?:experience|volunteer|education)/\d+/location$")
# The candidate's own words, where the city and the location as written are masked (employers'
# and schools' names and places often hold a city: they stay).
_OWN_TEXT = regex.compile(r"^/(?:headline|summary|other_sections/\d+/text|meta/.*)$")
# The header and contact lines left over, and the warnings: where any long run of digits is a phone.
_HEADER_TEXT = regex.compile(r"^/(?:other_sections/\d+/text|meta/warnings/\d+/message)$")
# Codes, not text: what the schema allows only a set or a shape of (Literal, a date), and the kinds,
# codes and versions written as plain strings. They are never masked: a candidate called "Text" or
# "Header" keeps ``meta.format`` "text" and a section kind "header" (masking broke validation).
_CODE_FIELDS = ("other_sections/#/kind", "meta/sections/#/kind", "meta/warnings/#/code", "meta/language",
                "meta/parser_version")
_SEPARATOR = regex.compile(r"\t|\n|\s*[|·•;]\s*| {2,}| / ")
_DIGIT_RUN = regex.compile(r"\+?\d[\d \t().\-/]{5,}\d")


def pointer(path: tuple[str | int, ...]) -> str:
    """RFC 6901: "/contact/emails/0"; "~" and "/" in a key escaped as "~0" and "~1"."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    kind: str


def _alternatives(needles, bounded: bool = True) -> str | None:
    """One pattern for several strings, longest first; ``bounded``: each as whole words (any
    spacing between them), except a string in an unspaced script, found anywhere."""
    pieces = []
    for n in sorted({n for n in needles if n and n.strip()}, key=len, reverse=True):
        if not bounded or UNSPACED.search(n):
            pieces.append(regex.escape(n))
        else:
            pieces.append(r"(?<![\p{L}\p{N}])" + r"\s+".join(regex.escape(w) for w in n.split()) + r"(?![\p{L}\p{N}])")
    return "(?:" + "|".join(pieces) + ")" if pieces else None


class _Patterns:
    """The identity's values compiled once, each list into one case-blind pattern."""

    def __init__(self, who: Identity, employers: list[str]) -> None:
        def compiled(body: str | None, before: str = "", after: str = "", flags=regex.IGNORECASE):
            return regex.compile(before + body + after, flags) if body else None

        urls = {u for url in who.profile_urls for u in (url, regex.sub(r"^[a-z]+://(www\.)?", "", url, flags=regex.I))
                if len(u) >= 4}
        self.emails = compiled(_alternatives(who.emails, bounded=False))
        self.urls = compiled(_alternatives(urls, bounded=False), after=r"/?(?![\p{L}\p{N}/_-])")
        self.hosts = compiled(_alternatives(who.hosts, bounded=False), r"(?<![\p{L}\p{N}.-])(?:www\.)?",
                              r"(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])")
        self.usernames = compiled(_alternatives(who.usernames, bounded=False), r"(?<![\p{L}\p{N}])", r"(?![\p{L}\p{N}])")
        self.places = compiled(_alternatives(who.places))
        self.streets = compiled(_alternatives(who.streets))
        self.city = compiled(_alternatives([who.city] if who.city else []))
        self.names = compiled(_alternatives(who.names))
        self.lines = compiled(_alternatives(who.name_lines, bounded=False), flags=0)   # as written
        self.parts = compiled(_alternatives(who.name_parts))
        self.inside = compiled(_alternatives([p for p in who.name_parts if len(p) >= 3], bounded=False))
        self.employers = compiled(_alternatives(employers))


def _found(pattern, text: str, kind: str, capital: bool = False, start: int = 0, end: int | None = None) -> list[_Span]:
    """Matches of ``pattern`` in ``text[start:end]`` (``capital``: only those written with a capital)."""
    if pattern is None:
        return []
    return [_Span(m.start(), m.end(), kind) for m in pattern.finditer(text, start, len(text) if end is None else end)
            if not capital or text[m.start()].isupper()]


@lru_cache(maxsize=1)
def _personal_labels() -> dict[str, str]:
    return {label: kind for kind, phrases in merged().personal.items() for label in phrases}


def _cells(text: str) -> list[tuple[int, int]]:
    """The parts of ``text`` a label may open: lines and cells (TAB, "|", "·", "•", ";", " / ",
    two spaces), and the pieces after ", " where a label follows."""
    bounds, at = [], 0
    for m in _SEPARATOR.finditer(text):
        bounds.append((at, m.start()))
        at = m.end()
    bounds.append((at, len(text)))
    out = []
    for s, e in bounds:
        cut = s
        for m in regex.finditer(r",\s*", text[s:e]):
            if _label_at(text, s + m.end(), e):
                out.append((cut, s + m.start()))
                cut = s + m.end()
        out.append((cut, e))
    return [(s, e) for s, e in out if text[s:e].strip()]


def _labelled(text: str) -> list[_Span]:
    """Values after the personal-data labels of the vocabulary (signal 5)."""
    folded = f" {key(text)} "
    if not any(f" {label} " in folded for label in _personal_labels()):
        return []
    out: list[_Span] = []
    pending: str | None = None
    for s, e in _cells(text):
        if pending is not None:
            out.append(_Span(s, e, pending))
            pending = None
            continue
        found = _label_at(text, s, e)
        if found is None:
            continue
        value, kind = found
        if value < e:
            out.append(_Span(value, e, kind))
        else:
            pending = kind
    return out


def _label_at(text: str, s: int, e: int) -> tuple[int, str] | None:
    """(where the value starts, kind) when a label opens ``text[s:e]``, else None."""
    labels = _personal_labels()
    head = text[s:min(e, s + 40)]
    best = None
    for i in range(1, len(head) + 1):
        if i < len(head) and head[i].isalnum() and not UNSPACED.match(head[i - 1]):
            continue
        kind = labels.get(key(head[:i]))
        if kind is not None:
            best = (i, kind)
    if best is None:
        return None
    i, kind = best
    rest = regex.match(r"[\s:：.\-–—=]*", text[s + i:e])
    return s + i + rest.end(), kind


@lru_cache(maxsize=1)
def _codes() -> regex.Pattern:
    """The pointers of code fields: the schema's closed or shaped strings, and ``_CODE_FIELDS``."""
    schema = Candidate.model_json_schema()
    defs = schema.get("$defs", {})

    def resolved(node: dict) -> dict:
        return defs[node["$ref"].rsplit("/", 1)[1]] if "$ref" in node else node

    def closed(node: dict) -> bool:
        node = resolved(node)
        if any(k in node for k in ("enum", "const", "pattern", "format")):
            return True
        options = node.get("anyOf", [])
        return bool(options) and all(o.get("type") == "null" or closed(o) for o in options)

    found = list(_CODE_FIELDS)

    def walk(node: dict, path: str) -> None:
        node = resolved(node)
        for option in node.get("anyOf", []):
            walk(option, path)
        for name, field in node.get("properties", {}).items():
            if closed(field):
                found.append(f"{path}{name}")
            else:
                walk(field, f"{path}{name}/")
        if isinstance(node.get("items"), dict):
            if closed(node["items"]):
                found.append(path + "#")
            else:
                walk(node["items"], path + "#/")

    walk(schema, "")
    body = "|".join(r"\d+".join(regex.escape(part) for part in f.split("#")) for f in sorted(set(found)))
    return regex.compile(rf"^/(?:{body})$")


def _spans(text: str, where: str, who: Identity, p: _Patterns) -> list[_Span]:
    """What to mask in one string, signal by signal (see the module docstring)."""
    emails = [f.span for f in find_emails(text)]
    spans = [_Span(s, e, "email") for s, e in emails] + _found(p.emails, text, "email")
    spans += _found(p.urls, text, "link") + _found(p.hosts, text, "link") + _found(p.usernames, text, "username")
    spans += _labelled(text)
    spans += [_Span(*f.span, "phone") for f in find_phones(text)]
    header = _HEADER_TEXT.match(where) is not None
    dates = [r.span for r in find_dates(text)] if header else []
    spans += [_Span(m.start(), m.end(), "phone") for m in _DIGIT_RUN.finditer(text)
              if len(d := digits(m.group())) >= 7 and (d[-9:] in who.phone_tails or header and not any(
                  s <= m.start() and m.end() <= e for s, e in dates))]
    own = _OWN_TEXT.match(where) is not None
    if not _ENTRY_PLACE.match(where):
        spans += _found(p.places if own else p.streets, text, "address")
    if own:
        spans += _found(p.city, text, "address", capital=True)
    spans += _found(p.names, text, "name") + _found(p.lines, text, "name")
    parts = _found(p.parts, text, "name", capital=True)
    if not _LIST_ITEMS.match(where) or len(parts) >= 2:   # a skill "Ruby" stays, even for Ruby Lee
        spans += parts
        for s, e in [(s, e) for s, e, _ in find_urls(text)] + emails:   # "jane-doe.dev", any case
            spans += _found(p.inside, text, "name", start=s, end=e)
    return spans + _found(p.employers, text, "employer")


def _mask(text: str, spans: list[_Span]) -> tuple[str, list[str]]:
    """``text`` with the spans replaced (earlier signals win overlaps), and the kinds masked."""
    taken: list[_Span] = []
    for sp in spans:
        if sp.end > sp.start and all(sp.end <= t.start or sp.start >= t.end for t in taken):
            taken.append(sp)
    taken.sort(key=lambda sp: sp.start)
    out, kinds, at = [], [], 0
    for sp in taken:
        out += [text[at:sp.start], PLACEHOLDERS[sp.kind]]
        kinds.append(sp.kind)
        at = sp.end
    out.append(text[at:])
    return "".join(out), list(dict.fromkeys(kinds))


def _names_referees(text: str) -> bool:
    """A references section that says more than "Available on request": an address, a number, or
    a capitalised word past the first of a line (a referee's name, an employer)."""
    if find_emails(text) or regex.search(r"\d", text):
        return True
    return any(w[:1].isupper() for line in text.splitlines() for w in regex.findall(r"\p{L}+", line)[1:])


_REMOVED = {("name",): "name", ("contact", "location"): "address"}
_REMOVED_ITEMS = {("contact", "emails"): "email", ("contact", "phones"): "phone", ("contact", "links"): "link"}


def redact(c: Candidate, *, employers: bool = False) -> Candidate:
    """A redacted copy of ``c`` (see the module docstring); ``c`` is not changed."""
    who = Identity(c)
    patterns = _Patterns(who, [e.company for e in (*c.experience, *c.volunteer) if e.company and len(e.company) >= 2]
                         if employers else [])
    data = c.model_dump(mode="json")
    log: list[Redaction] = []

    def walk(value: Any, path: tuple[str | int, ...]) -> Any:
        if path in _REMOVED and value is not None:
            log.append(Redaction(pointer=pointer(path), kind=_REMOVED[path], action="removed"))
            return None
        if path in _REMOVED_ITEMS:
            log.extend(Redaction(pointer=pointer(path + (i,)), kind=_REMOVED_ITEMS[path], action="removed")
                       for i in range(len(value)))
            return []
        if isinstance(value, dict):
            if path[:1] == ("other_sections",) and value.get("kind") == "references" and _names_referees(value["text"]):
                log.append(Redaction(pointer=pointer(path + ("text",)), kind="referee", action="masked"))
                value = {**value, "text": PLACEHOLDERS["referee"]}
            return {k: walk(v, path + (k,)) for k, v in value.items()}
        if isinstance(value, list):
            return [walk(v, path + (i,)) for i, v in enumerate(value)]
        if isinstance(value, str) and value not in PLACEHOLDERS.values():
            where = pointer(path)
            if _codes().match(where):
                return value
            if employers and len(path) == 3 and path[0] in ("experience", "volunteer") and path[2] == "company":
                log.append(Redaction(pointer=where, kind="employer", action="masked"))
                return PLACEHOLDERS["employer"]
            masked, kinds = _mask(value, _spans(value, where, who, patterns))
            log.extend(Redaction(pointer=where, kind=k, action="masked") for k in kinds)
            return masked
        return value

    earlier = data["meta"].pop("redactions") or []   # a Candidate redacted before keeps its list
    sources = data["meta"].pop("provenance")          # positions only: nothing in them to mask
    data = walk(data, ())
    data["meta"]["redactions"] = earlier + [r.model_dump() for r in log]
    gone = tuple(r.pointer for r in log if r.action == "removed")
    data["meta"]["provenance"] = {k: v for k, v in sources.items() if not any(k == g or k.startswith(g + "/") for g in gone)}
    return Candidate.model_validate(data)
