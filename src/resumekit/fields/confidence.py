"""Confidence: how likely a value is right, for the name, each contact value and each entry.

Each value is described by signals (below: where it was found, how it was recognised, what
agreed or conflicted), each 0 or 1 unless said otherwise. A value's score is a logistic sum
of the signals' weights, mapped through a fitted calibration (isotonic, interpolated, kept within
0.005–0.995): both are
data, ``src/resumekit/data/confidence.toml``, refit on the labelled corpora by
``scripts/fit_confidence.py``, which also writes the reliability table of docs/accuracy.md. A
kind the data has no model for gets no confidence (None). Right means what the scorer counts:
the exact-entry rule for an entry (every labelled part right), the set match for a contact value,
the name's similarity.

Signals by kind (a signal's weight says which way it pulls; none overrules the others):

- every kind: ``docx``, ``plain`` (text or Markdown), ``columns`` (a page read as columns),
  ``hidden`` (hidden text was left out), ``unknown_sections`` (a heading the vocabulary does not
  know), ``unreadable_dates`` (a date that could not be read), ``later_page`` (the value is read
  from page 2 or later).
- name: ``metadata`` (front matter or a labelled line), ``alone`` (its line holds nothing else),
  ``first_line``, ``top3`` (one of the first three lines), ``largest`` (in the largest type of
  the page), ``bold``, ``caps``, ``three_words`` (three words or more), ``in_address`` (a part of it
  is in an e-mail address or a profile URL: agreement).
- email, phone, link, location: ``header`` (read from the header or contact block), ``link_only``
  (from a link target, not the text), ``several`` (more than one value of the kind), and
  email: ``mailbox`` (a role address: "info@", "jobs@"), ``personal`` (a name part in it);
  phone: ``valid`` (a valid number for its region), ``plus`` (written with a country code);
  link: ``profile`` (LinkedIn, GitHub and other profile hosts), ``website``, ``path`` (the URL has
  a path), ``personal`` (a name part in it), ``labelled`` (it sat on words such as "LinkedIn");
  location: ``country`` (names a country), ``city``, ``address`` (a street or postal code: digits).
- experience (volunteer alike), education: ``range`` (a start and an end or "present"),
  ``single`` (one date), ``month`` (the start has a month), ``both`` (company and title;
  institution and degree), ``words_agree`` (the company has an organisation word and the title a
  job-title word; the institution a school word and the degree a degree word), ``conflict`` (the
  title has an organisation word and no title word, or the company a title word and no
  organisation word; an institution without a school word holding a degree word), ``other_kind``
  (a part with the words of the other kind: a degree word in a job, a job-title word in a
  degree), ``linked`` (a header line carries a link: a project's shape), ``long_part``
  (a part of more than eight words: a sentence read as a name), ``digits`` (a part holds digits),
  ``one_line`` (the header is one line), ``tall`` (three header lines or more), ``body`` (it has
  bullets or a summary), ``no_entry`` (read outside the entry reader: a 履歴書 row), ``shared``
  (the section's entries share its shape: the share of them dated and with both parts, 0–1),
  ``document_shared`` (the same share over every entry of the document),
  ``alone_in_section`` (the only entry of its section), ``location`` (it names a place).
"""
from __future__ import annotations

import math
import tomllib
from functools import lru_cache
from importlib import resources

from ..identity import MAILBOXES
from ..schema import Candidate, Provenance
from ..text import is_caps, rx
from .phrases import degree_like, institution_like, org_like, title_like
from .locate import fold
from .provenance import ENTRY_PARTS, Trace

__all__ = ["value_signals", "attach", "calibrated", "load_model", "KINDS"]

KINDS = ("name", "email", "phone", "link", "location", "experience", "education")
MAX_CONFIDENCE = 0.995  # nothing read from a document is certain: a value never gets 1 (nor 0)
_PROFILES = ("linkedin", "github", "gitlab", "stackoverflow", "scholar", "orcid", "behance", "dribbble", "twitter")
_MAILBOXES = MAILBOXES | {"job", "hr", "recruiting"}  # a mailbox's local part, not a person's


@lru_cache(maxsize=1)
def load_model() -> dict:
    """The fitted model of each kind (``data/confidence.toml``); {} when the file is missing."""
    try:
        text = resources.files("resumekit").joinpath("data/confidence.toml").read_text(encoding="utf-8")
    except (FileNotFoundError, OSError):
        return {}
    return tomllib.loads(text)


def calibrated(kind: str, signals: dict[str, float], model: dict | None = None) -> float | None:
    """The calibrated probability that a value of ``kind`` with these signals is right; None
    when there is no model for the kind."""
    m = (load_model() if model is None else model).get(kind)
    if not m:
        return None
    z = m["bias"] + sum(w * signals.get(name, 0.0) for name, w in m["weights"].items())
    raw = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
    xs, ys = m["calibration"]["x"], m["calibration"]["y"]
    p = ys[-1]
    if raw <= xs[0]:
        p = ys[0]
    else:
        for k in range(1, len(xs)):
            if raw <= xs[k]:
                t = (raw - xs[k - 1]) / (xs[k] - xs[k - 1]) if xs[k] > xs[k - 1] else 1.0
                p = ys[k - 1] + t * (ys[k] - ys[k - 1])
                break
    return round(min(MAX_CONFIDENCE, max(1 - MAX_CONFIDENCE, p)), 3)


def attach(trace: Trace, c: Candidate, records: dict[str, Provenance], model: dict | None = None) -> None:
    """Set the confidence of every record that has a model (see :func:`value_signals`)."""
    for pointer, (kind, signals) in value_signals(trace, c, records).items():
        if pointer in records:
            records[pointer].confidence = calibrated(kind, signals, model)


# ----------------------------------------------------------------------------- signals


class _Context:
    def __init__(self, trace: Trace, c: Candidate, records: dict[str, Provenance]) -> None:
        self.t, self.c, self.records = trace, c, records
        doc = trace.document
        codes = {w.code for w in doc.warnings} | {w.code for w in c.meta.warnings}
        self.common = {"docx": float(doc.format == "docx"), "plain": float(doc.format in ("text", "markdown")),
                       "columns": float("columns-detected" in codes), "hidden": float("hidden-text" in codes),
                       "unknown_sections": float("section-not-understood" in codes),
                       "unreadable_dates": float("date-unreadable" in codes)}
        self.header = set(trace.scopes.get("/contact/location", ()))
        self.name_parts = [f for f in (fold(p)[0] for p in (c.name or "").split()) if len(f) >= 3]

    def base(self, pointer: str) -> dict[str, float]:
        rec = self.records.get(pointer)
        return {**self.common, "later_page": float(bool(rec and rec.page and rec.page > 1))}

    def personal(self, text: str) -> float:
        folded = fold(text)[0]
        return float(any(p in folded for p in self.name_parts))

    def in_header(self, pointer: str) -> float:
        rec = self.records.get(pointer)
        return float(bool(rec and rec.lines and any(i in self.header for i in rec.lines)))

    def link_only(self, pointer: str) -> float:
        rec = self.records.get(pointer)
        return float(bool(rec and rec.origin == "link"))


def value_signals(trace: Trace, c: Candidate, records: dict[str, Provenance]
                  ) -> dict[str, tuple[str, dict[str, float]]]:
    """(kind, signals) of every value that gets a confidence, by pointer."""
    ctx = _Context(trace, c, records)
    out: dict[str, tuple[str, dict[str, float]]] = {}
    if c.name:
        out["/name"] = ("name", _name(ctx))
    for i, email in enumerate(c.contact.emails):
        p = f"/contact/emails/{i}"
        local = email.split("@")[0].lower()
        out[p] = ("email", {**_contact(ctx, p, len(c.contact.emails)), "mailbox": float(local in _MAILBOXES),
                            "personal": ctx.personal(local)})
    for i, phone in enumerate(c.contact.phones):
        p = f"/contact/phones/{i}"
        out[p] = ("phone", {**_contact(ctx, p, len(c.contact.phones)), "valid": float(phone.e164 is not None),
                            "plus": float(phone.raw.strip().startswith(("+", "00")))})
    for i, link in enumerate(c.contact.links):
        p = f"/contact/links/{i}"
        path = link.url.split("://", 1)[-1].split("/", 1)
        out[p] = ("link", {**_contact(ctx, p, len(c.contact.links)), "profile": float(link.kind in _PROFILES),
                           "website": float(link.kind == "website"), "labelled": float(link.label is not None),
                           "path": float(len(path) > 1 and bool(path[1].strip("/"))),
                           "personal": ctx.personal(path[-1] if len(path) > 1 else path[0])})
    loc = c.contact.location
    if loc is not None:
        p = "/contact/location"
        out[p] = ("location", {**_contact(ctx, p, 1), "country": float(loc.country is not None),
                               "city": float(loc.city is not None), "address": float(bool(rx(r"\d").search(loc.raw)))})
    shapes = {f: _section_shapes(ctx, f, getattr(c, f)) for f in ("experience", "volunteer", "education")}
    every = [v for by_section in shapes.values() for vs in by_section.values() for v in vs]
    for field, kind in (("experience", "experience"), ("volunteer", "experience"), ("education", "education")):
        for i, item in enumerate(getattr(c, field)):
            out[f"/{field}/{i}"] = (kind, {**_entry(ctx, field, i, item, shapes[field]),
                                           "document_shared": sum(every) / len(every)})
    return out


def _contact(ctx: _Context, pointer: str, count: int) -> dict[str, float]:
    return {**ctx.base(pointer), "header": ctx.in_header(pointer), "link_only": ctx.link_only(pointer),
            "several": float(count > 1)}


def _name(ctx: _Context) -> dict[str, float]:
    c, t = ctx.c, ctx.t
    rec = ctx.records.get("/name")
    line = t.lines.get(rec.lines[0]) if rec and rec.lines else None
    s = ctx.base("/name")
    first_page = [l for l in t.document.lines if l.page == (line.page if line else 1)]
    sizes = [l.style.size for l in first_page if l.style.size]
    s.update({
        "metadata": float(rec is None or rec.origin == "metadata" or bool(line and ":" in line.plain.split(c.name or "")[0])),
        "alone": float(bool(line) and fold(line.plain)[0] == fold(c.name or "")[0]),
        "first_line": float(bool(line) and line.index == 0),
        "top3": float(bool(line) and line.index < 3),
        "largest": float(bool(line and sizes and line.style.size) and line.style.size >= max(sizes)),
        "bold": float(bool(line) and line.style.bold),
        "caps": float(is_caps(c.name or "")),
        "three_words": float(len((c.name or "").split()) >= 3),
        "in_address": float(any(ctx.personal(e.split("@")[0]) for e in c.contact.emails)
                            or any(ctx.personal(l.url.split("://", 1)[-1].split("/", 1)[-1]) for l in c.contact.links)),
    })
    return s


def _parts(field: str, item) -> tuple[str | None, str | None]:
    a, b = ENTRY_PARTS[field][:2]
    return getattr(item, a), getattr(item, b)


def _section_shapes(ctx: _Context, field: str, items) -> dict[tuple[int, ...], list[float]]:
    """For each section (by its lines), whether each of its entries is dated and has both parts."""
    out: dict[tuple[int, ...], list[float]] = {}
    for i, item in enumerate(items):
        scope = ctx.t.scope_of(field, i, item)
        org, role = _parts(field, item)
        out.setdefault(scope, []).append(float(bool(item.start or item.end or item.current) and bool(org and role)))
    return out


def _entry(ctx: _Context, field: str, i: int, item, shapes) -> dict[str, float]:
    pointer = f"/{field}/{i}"
    entry = ctx.t.entries.get(id(item), (None, None))[1]
    org, role = _parts(field, item)
    scope = ctx.t.scope_of(field, i, item)
    peers = shapes.get(scope, [])
    texts = [t for t in (org, role) if t]
    tl, ol, dl, il = ({t: test(t) for t in texts} for test in (title_like, org_like, degree_like, institution_like))
    if field == "education":
        agree = bool(org and role and il[org] and dl[role])
        conflict = bool(org and not il[org] and dl[org])
        other = any(tl[t] and not dl[t] and not il[t] for t in texts)
    else:
        agree = bool(org and role and ol[org] and tl[role])
        conflict = bool(role and ol[role] and not tl[role]) or bool(org and tl[org] and not ol[org])
        other = any(dl[t] and not tl[t] for t in texts)
    header = len(entry.header) if entry is not None else 0
    s = ctx.base(pointer)
    s.update({
        "range": float(bool(item.start and (item.end or item.current))),
        "single": float(bool(item.start or item.end) and not (item.start and (item.end or item.current))),
        "month": float(bool(item.start and len(item.start) >= 7)),
        "both": float(bool(org and role)),
        "words_agree": float(agree),
        "conflict": float(conflict),
        "other_kind": float(other),
        "linked": float(bool(entry is not None and any(l.links for l in entry.header))),
        "long_part": float(any(len(t.split()) > 8 for t in texts)),
        "digits": float(any(rx(r"\d").search(t) for t in texts)),
        "one_line": float(header == 1),
        "tall": float(header >= 3),
        "body": float(bool(item.highlights or getattr(item, "summary", None))),
        "no_entry": float(entry is None),
        "shared": sum(peers) / len(peers) if peers else 0.0,
        "alone_in_section": float(len(peers) == 1),
        "location": float(bool(item.location)),
    })
    return s
