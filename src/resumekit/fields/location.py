"""Locations: "Berlin, Germany", "Seattle, WA 98101", "Lyon, France", "Remote".

Signals, in order of precedence:
1. A label or icon word before it ("Location:", "Address:", "Based in").
2. Comma-separated parts whose last part is a country, a US state or Canadian province code,
   or a region the contact module knows (``region_hint``), every part short and capitalised.
3. A lone "Remote" / "Hybrid".

Errs towards None: a place the tables do not know is not guessed.
"""
from __future__ import annotations

import regex

from ..schema import Location
from ..text import has_phrase
from ..vocab import merged
from .contact import region_hint

__all__ = ["parse_location", "split_location", "split_place", "location_of"]

_PART = regex.compile(r"^(?:\p{Lu}[\p{L}'’.\-]*|de|del|la|le|am|an|im|upon|on|sur|di|da|do|dos|das|of)"
                      r"(?:[ \-](?:\p{Lu}[\p{L}'’.\-]*|de|del|la|le|am|an|im|upon|on|sur|di|da|do|dos|das|of|\d{1,5})){0,4}$")
_ZIP_TAIL = regex.compile(r"\s+(?:\d{4,6}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})$")
_ZIP_HEAD = regex.compile(r"^\d{4,6}\s+")
_LABEL = regex.compile(r"^(?:location|address|adresse|anschrift|wohnort|based in|lives in|residence|city|"
                       r"ubicaci[oó]n|direcci[oó]n|localiza[cç][aã]o|endere[cç]o|localit[àa]|indirizzo|"
                       r"woonplaats|adres|адрес|город)\s*[:\-–]?\s*", regex.IGNORECASE)
_REMOTE = regex.compile(r"^(?:remote|hybrid|remote-first|fully remote)$", regex.IGNORECASE)


def parse_location(text: str, labelled: bool = False) -> Location | None:
    """The whole string as a location, or None. ``labelled``: a label or icon already said it is one."""
    raw = text.strip(" \t,;|•·")
    m = _LABEL.match(raw)
    if m:
        raw, labelled = raw[m.end():].strip(), True
    if not raw or len(raw) > 80 or "@" in raw or "://" in raw:
        return None
    if _REMOTE.match(raw):
        return Location(raw=raw)
    parts = [p.strip() for p in raw.split(",") if p.strip()]
    if not parts or len(parts) > 4:
        return None
    bare = [_ZIP_HEAD.sub("", _ZIP_TAIL.sub("", p)) for p in parts]
    if not all(_PART.match(p) for p in bare):
        return None
    country_code = region_hint(bare[-1]) if len(bare) >= 1 else None
    if len(bare) == 1:
        if labelled or (country_code and len(raw.split()) <= 3):
            code = country_code
            return Location(raw=raw, city=None if code and _is_country(bare[0]) else bare[0],
                            country=bare[0] if code and _is_country(bare[0]) else None)
        return None
    if not country_code and not labelled:
        return None
    city = bare[0]
    region = None
    country = None
    last = bare[-1]
    if _is_country(last):
        country = last
        region = bare[1] if len(bare) >= 3 else None
    else:
        region = last
        country = None
    return Location(raw=raw, city=city, region=region, country=country)


def _is_country(part: str) -> bool:
    """A country name or code, as opposed to a state or province."""
    code = region_hint(part)
    if not code:
        return False
    # a two-letter US state or Canadian province code gives its country, but is a region itself
    return not (len(part) == 2 and part.isupper() and code in ("US", "CA") and part not in ("US", "CA"))


def split_location(segment: str) -> tuple[str, str | None]:
    """("University Recreation", "Harrisonburg, VA") from "University Recreation, Harrisonburg, VA":
    the trailing comma parts that make a location, and the rest."""
    parts = [p.strip() for p in segment.split(",")]
    for k in range(1, len(parts)):
        tail = ", ".join(parts[k:])
        loc = parse_location(tail)
        if loc and (loc.city or loc.country) and len(parts[k:]) >= 2 or (loc and k == len(parts) - 1 and _is_country(parts[-1])):
            return ", ".join(parts[:k]).strip(), tail
    return segment, None


def split_place(segment: str) -> tuple[str, str | None]:
    """(the rest, a trailing location) of a header part; ("", location) when it is only a place.
    A first part naming an organisation or a role is never a place ("University of X, York, UK")."""
    first = segment.split(",")[0]
    v = merged()
    named = has_phrase(first, v.organization_words + v.institution_words + v.title_words)
    whole = location_of(segment)
    # "Acme Health, Bristol, UK": with three parts or more, the first is a place only if it is a known one
    if whole and not named and (segment.count(",") < 2 or region_hint(first)):
        return "", whole
    rest, loc = split_location(segment)
    return rest, loc


def location_of(text: str) -> str | None:
    """The text when it is a location on its own ("Taipei, Taiwan"), else None."""
    loc = parse_location(text)
    return loc.raw if loc else None
