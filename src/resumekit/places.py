"""Place names, kept as data (``data/places.toml``): countries in English and their own
languages, regions, large cities, US state and Canadian province codes.

``region_hint`` guesses the country a place string is in (for national phone numbers and for
telling a location from other text); ``country_code`` answers only for a country's own name or code.
"""
from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

import regex

from .text import key

__all__ = ["region_hint", "country_code", "is_region_code", "place_kind"]


@lru_cache(maxsize=1)
def _tables() -> dict:
    data = tomllib.loads(resources.files("resumekit").joinpath("data/places.toml").read_text(encoding="utf-8"))

    def folded(table: dict[str, list[str]]) -> dict[str, str]:
        return {key(name): code for code, names in table.items() for name in names if key(name)}

    countries, subdivisions, cities = (folded(data[t]) for t in ("countries", "subdivisions", "cities"))
    return {
        "countries": countries, "subdivisions": subdivisions, "cities": cities,
        "codes": {code: region for region, codes in data["codes"].items() for code in codes},
        "iso": frozenset(data["countries"]) | {"UK"},
        "max_words": max(len(k.split()) for k in (*countries, *subdivisions, *cities)),
    }


_TRAILING_CODE = regex.compile(
    r"(?:^|[,\s(])(?P<code>[A-Z]{2})(?:\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d))?[\s.,;)]*$")


def country_code(name: str) -> str | None:
    """The ISO code when ``name`` is a country's name ("Deutschland") or code ("DE", "UK"), else None."""
    t = _tables()
    stripped = (name or "").strip(" .,")
    if stripped in t["iso"] and stripped not in t["codes"]:
        return "GB" if stripped == "UK" else stripped
    return t["countries"].get(key(stripped))


def is_region_code(code: str) -> bool:
    """A US state or Canadian province code ("WA", "ON")."""
    return code in _tables()["codes"]


def place_kind(name: str) -> str | None:
    """"country", "region" (a state, province or its code) or "city" when the tables know ``name``
    whole, else None."""
    t = _tables()
    stripped = (name or "").strip(" .,")
    if country_code(stripped):
        return "country"
    k = key(stripped)
    if stripped in t["codes"] or k in t["subdivisions"]:
        return "region"
    if k in t["cities"]:
        return "city"
    return None


def region_hint(text: str) -> str | None:
    """An ISO 3166 alpha-2 code for a place string ("Berlin, Germany" -> "DE",
    "Seattle, WA" -> "US"), or None when unsure. Reads the first 1000 characters."""
    text = (text or "")[:1000]
    if not text.strip():
        return None
    t = _tables()
    tokens = key(text).split()
    country = city = None
    i = 0
    while i < len(tokens):
        n = 1
        for n in range(min(t["max_words"], len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i:i + n])
            code = t["countries"].get(phrase) or t["subdivisions"].get(phrase)
            if code:
                country = code
                break
            if phrase in t["cities"]:
                city = t["cities"][phrase]
                break
        else:
            n = 1
        i += n
    if country:
        return country
    m = _TRAILING_CODE.search(text.strip()[-40:])
    if m:
        code = m.group("code")
        iso = "GB" if code == "UK" else code
        if city and city == iso:
            return city                   # "Berlin, DE", "Mumbai, IN"
        if code in t["codes"]:
            return t["codes"][code]
        if code in t["iso"]:
            return iso
    return city
