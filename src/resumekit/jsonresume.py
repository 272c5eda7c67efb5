"""The Candidate as a JSON Resume document (https://jsonresume.org, schema 1.x), and back.

:func:`to_json_resume` maps field by field (docs/schema.md lists each field and what is lost);
the result validates against the official schema of the ``@jsonresume/schema`` npm package,
including its "email" and "uri" formats: a value that would not (an address or a URL the
project's validator refuses) is left out rather than sent broken. A key whose value the
Candidate does not have is absent, never null. Dates are the Candidate's partial ISO dates;
an ongoing entry has no ``endDate``; an entry with one date that is not ongoing gives it as both
``startDate`` and ``endDate`` when it is a start (JSON Resume reads a lone ``startDate`` as
ongoing), and as ``endDate`` alone when it is an end (a graduation).

:func:`from_json_resume` reads a JSON Resume document into a Candidate with
``meta.format == "jsonresume"``. A value of the wrong type raises
:class:`~resumekit.errors.InputError`; a date the Candidate cannot hold ("2019-00") keeps its
year. ``from_json_resume(to_json_resume(c)).to_json_resume() == to_json_resume(c)``.
"""
from __future__ import annotations

from typing import Any

import regex
from pydantic import ValidationError

from .errors import InputError
from .places import country_code
from .profiles import NETWORKS, kind_of_network, profile_url, uri, username
from .schema import (Award, Candidate, Certification, Contact, Education, Experience, Grade, Language, Location, Meta,
                     OtherSection, Phone, ProfileLink, Project, Publication, SectionInfo, Skill)
from .text import key

__all__ = ["to_json_resume", "from_json_resume", "JSON_RESUME_SECTIONS"]

# JSON Resume's sections, in its own order, with the Candidate's section kind of each.
JSON_RESUME_SECTIONS = {"work": "experience", "volunteer": "volunteer", "education": "education", "awards": "awards",
                        "certificates": "certifications", "publications": "publications", "skills": "skills",
                        "languages": "languages", "interests": "interests", "references": "references",
                        "projects": "projects"}
# The e-mail check of the JSON Resume project's own validator (node jsonschema's "email" format).
_EMAIL = regex.compile(
    r"^(?:[\w!#$%&'*+\-/=?^`{|}~]+\.)*[\w!#$%&'*+\-/=?^`{|}~]+@(?:(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9\-](?!\.)){0,61}"
    r"[a-zA-Z0-9]?\.)+[a-zA-Z0-9](?:[a-zA-Z0-9\-](?!$)){0,61}[a-zA-Z0-9]?)|(?:\[(?:(?:[01]?\d{1,2}|2[0-4]\d|25[0-5])"
    r"\.){3}(?:[01]?\d{1,2}|2[0-4]\d|25[0-5])\]))$", regex.ASCII)
_DATE = regex.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


def _clean(d: dict[str, Any]) -> dict[str, Any]:
    """Without the keys whose value is None or empty."""
    return {k: v for k, v in d.items() if v is not None and v != [] and v != {} and v != ""}


def _dates(e, single_is_end: bool = False) -> dict[str, str]:
    if e.current:
        return _clean({"startDate": e.start})
    if e.start and not e.end and not single_is_end:
        return {"startDate": e.start, "endDate": e.start}
    return _clean({"startDate": e.start, "endDate": e.end})


def _location(loc: Location | None) -> dict[str, str] | None:
    if loc is None:
        return None
    code = (country_code(loc.country) or (loc.country if regex.fullmatch(r"[A-Z]{2}", loc.country) else None)
            if loc.country else None)
    parts = {key(p) for p in (loc.city, loc.region, loc.country) if p}
    rest = [p for p in regex.split(r"[,;|/\t]+", loc.raw) if key(p) and key(p) not in parts]
    return _clean({"address": loc.raw if rest or not parts else None, "city": loc.city, "region": loc.region,
                   "countryCode": code})


def _skills(skills: list[Skill]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    groups: dict[str, dict[str, Any]] = {}
    for s in skills:
        if s.category is None:
            out.append({"name": s.name})
        elif s.category in groups:
            groups[s.category]["keywords"].append(s.name)
        else:
            groups[s.category] = {"name": s.category, "keywords": [s.name]}
            out.append(groups[s.category])
    return out


def to_json_resume(c: Candidate) -> dict[str, Any]:
    """``c`` as a JSON Resume document (a dict ready for ``json.dumps``)."""
    elsewhere = {uri(u) for u in (*(p.url for p in c.projects), *(x.url for x in c.certifications),
                                  *(x.url for x in c.publications)) if u} - {None}
    website = next((l for l in c.contact.links if l.kind == "website" and uri(l.url) and uri(l.url) not in elsewhere),
                   None)
    profiles = []
    for link in c.contact.links:
        if link is website or uri(link.url) in elsewhere:
            continue
        network = link.label if link.kind in ("website", "other") and link.label else NETWORKS[link.kind]
        profiles.append(_clean({"network": network, "username": username(link.url, link.kind), "url": uri(link.url)}))
    basics = _clean({
        "name": c.name, "label": c.headline,
        "email": next((e for e in c.contact.emails if _EMAIL.match(e)), None),
        "phone": c.contact.phones[0].raw if c.contact.phones else None,
        "url": uri(website.url) if website else None,
        "summary": c.summary, "location": _location(c.contact.location), "profiles": profiles,
    })
    return _clean({
        "basics": basics,
        "work": [_clean({"name": e.company, "position": e.title, "location": e.location, **_dates(e),
                         "summary": e.summary, "highlights": e.highlights}) for e in c.experience],
        "volunteer": [_clean({"organization": e.company, "position": e.title, **_dates(e), "summary": e.summary,
                              "highlights": e.highlights}) for e in c.volunteer],
        "education": [_clean({"institution": e.institution, "area": e.field_of_study, "studyType": e.degree,
                              **_dates(e, single_is_end=True), "score": e.grade.raw if e.grade else None,
                              "courses": e.highlights}) for e in c.education],
        "awards": [_clean({"title": a.title, "date": a.date, "awarder": a.awarder, "summary": a.summary})
                   for a in c.awards],
        "certificates": [_clean({"name": x.name, "date": x.date, "url": uri(x.url), "issuer": x.issuer})
                         for x in c.certifications],
        "publications": [_clean({"name": p.title, "publisher": p.venue, "releaseDate": p.date, "url": uri(p.url)})
                         for p in c.publications],
        "skills": _skills(c.skills),
        "languages": [_clean({"language": l.name, "fluency": l.proficiency}) for l in c.languages],
        "interests": [{"name": i} for i in c.interests],
        "references": [{"reference": s.text} for s in c.other_sections if s.kind == "references" and s.text.strip()],
        "projects": [_clean({"name": p.name, "description": p.summary, "highlights": p.highlights,
                             "keywords": p.technologies, **_dates(p), "url": uri(p.url),
                             "roles": [p.role] if p.role else []}) for p in c.projects],
    })


# --- JSON Resume -> Candidate ------------------------------------------------------------------

def _str(d: dict, name: str) -> str | None:
    v = d.get(name)
    if v is None:
        return None
    if not isinstance(v, str):
        raise InputError(f"not a JSON Resume document: {name!r} must be a string, not {type(v).__name__}")
    return v.strip() or None


def _strs(d: dict, name: str) -> list[str]:
    v = d.get(name) or []
    if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
        raise InputError(f"not a JSON Resume document: {name!r} must be a list of strings")
    return [x.strip() for x in v if x.strip()]


def _items(d: dict, name: str) -> list[dict]:
    v = d.get(name) or []
    if not isinstance(v, list) or not all(isinstance(x, dict) for x in v):
        raise InputError(f"not a JSON Resume document: {name!r} must be a list of objects")
    return v


def _date(d: dict, name: str) -> str | None:
    s = _str(d, name)
    if s is None:
        return None
    if _DATE.match(s):
        return s
    m = regex.match(r"^(\d{4})(?!\d)", s)
    return m.group(1) if m else None


def _skills_of(item: dict) -> list[Skill]:
    """A JSON Resume skill: its keywords, each a skill of its category (the item's name); an item
    without keywords is a skill itself."""
    name, keywords = _str(item, "name"), _strs(item, "keywords")
    if keywords:
        return [Skill(name=k, category=name) for k in keywords]
    return [Skill(name=name)] if name else []


def _span(d: dict) -> dict[str, Any]:
    start, end = _date(d, "startDate"), _date(d, "endDate")
    return {"start": start, "end": end, "current": bool(start and not end)}


def _contact(basics: dict) -> Contact:
    links = []
    site = uri(_str(basics, "url"))
    if site:
        links.append(ProfileLink(url=site, kind="website"))
    for p in _items(basics, "profiles"):
        url, network, user = _str(p, "url"), _str(p, "network"), _str(p, "username")
        kind = kind_of_network(network, url)
        url = url or (profile_url(kind, user) if user else None)
        if url:   # a network this side does not know ("Mastodon") is kept as the link's label
            links.append(ProfileLink(url=url, kind=kind, label=network if kind in ("website", "other") and network
                                     and kind_of_network(network) != kind else None))
    loc = basics.get("location") or {}
    if not isinstance(loc, dict):
        raise InputError("not a JSON Resume document: 'location' must be an object")
    city, region, country = _str(loc, "city"), _str(loc, "region"), _str(loc, "countryCode")
    raw = _str(loc, "address") or ", ".join(p for p in (city, region, country) if p)
    email, phone = _str(basics, "email"), _str(basics, "phone")
    return Contact(emails=[email.lower()] if email else [], phones=[Phone(raw=phone)] if phone else [],
                   location=Location(raw=raw, city=city, region=region, country=country) if raw else None,
                   links=links)


def from_json_resume(data: dict[str, Any]) -> Candidate:
    """A Candidate from a JSON Resume document (a dict, as ``json.load`` gives it)."""
    if not isinstance(data, dict):
        raise InputError(f"not a JSON Resume document: expected an object, not {type(data).__name__}")
    basics = data.get("basics") or {}
    if not isinstance(basics, dict):
        raise InputError("not a JSON Resume document: 'basics' must be an object")
    try:
        c = Candidate(name=_str(basics, "name"), headline=_str(basics, "label"), summary=_str(basics, "summary"),
                      contact=_contact(basics), meta=Meta(format="jsonresume"))
        c.experience = [Experience(company=_str(w, "name"), title=_str(w, "position"), location=_str(w, "location"),
                                   summary=_str(w, "summary"), highlights=_strs(w, "highlights"), **_span(w))
                        for w in _items(data, "work")]
        c.volunteer = [Experience(company=_str(w, "organization"), title=_str(w, "position"),
                                  summary=_str(w, "summary"), highlights=_strs(w, "highlights"), **_span(w))
                       for w in _items(data, "volunteer")]
        c.education = [Education(institution=_str(e, "institution"), degree=_str(e, "studyType"),
                                 field_of_study=_str(e, "area"), highlights=_strs(e, "courses"),
                                 grade=Grade(raw=_str(e, "score")) if _str(e, "score") else None, **_span(e))
                       for e in _items(data, "education")]
        c.awards = [Award(title=_str(a, "title"), date=_date(a, "date"), awarder=_str(a, "awarder"),
                          summary=_str(a, "summary")) for a in _items(data, "awards") if _str(a, "title")]
        c.certifications = [Certification(name=_str(x, "name"), date=_date(x, "date"), url=_str(x, "url"),
                                          issuer=_str(x, "issuer")) for x in _items(data, "certificates")
                            if _str(x, "name")]
        c.publications = [Publication(title=_str(p, "name"), venue=_str(p, "publisher"), date=_date(p, "releaseDate"),
                                      url=_str(p, "url")) for p in _items(data, "publications") if _str(p, "name")]
        c.skills = [skill for s in _items(data, "skills") for skill in _skills_of(s)]
        c.languages = [Language(name=_str(l, "language"), proficiency=_str(l, "fluency"))
                       for l in _items(data, "languages") if _str(l, "language")]
        c.interests = [_str(i, "name") for i in _items(data, "interests") if _str(i, "name")]
        c.projects = [Project(name=_str(p, "name"), summary=_str(p, "description"), highlights=_strs(p, "highlights"),
                              technologies=_strs(p, "keywords"), url=_str(p, "url"),
                              role=", ".join(_strs(p, "roles")) or None, **_span(p))
                      for p in _items(data, "projects") if _str(p, "name")]
        c.other_sections = [OtherSection(kind="references", text="\n".join(
            t for t in (_str(r, "name"), _str(r, "reference")) if t)) for r in _items(data, "references")
            if _str(r, "name") or _str(r, "reference")]
    except ValidationError as e:
        raise InputError(f"not a JSON Resume document the Candidate can hold: {e.errors()[0]['msg']}") from None
    c.meta.sections = [SectionInfo(kind=kind) for name, kind in JSON_RESUME_SECTIONS.items() if data.get(name)]
    return c
