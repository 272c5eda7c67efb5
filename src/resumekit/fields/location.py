"""Locations: "Berlin, Germany", "Chicago IL, 60615", "81 Wall Street, New Haven, CT 06511, USA",
"Lahore - Pakistan", "Nantes (44)", "Remote".

A location is a short run of parts separated by commas (or, when labelled or ending in a
country, by spaced dashes). Each part is a place name ("New Haven"), a street with its number
("81 Wall Street", "Werarring 21", "8, allée des Tilleuls"), a locality named by an ordinal ("2nd
Cross", "Jayanagar 4th Block"), a flat or door ("Apt 4B", "pta. 6 Valencia": then the town
may follow it), a postal code ("06511", "SL1 1QP", "4700-000" before its town; "280 02", "114 55":
the three and two digits of Czechia, Slovakia, Sweden and Greece; a ZIP code its last digits
masked, as templates and anonymised copies print it: "68xxx"; so is a house number after its sign:
"nºXX"), or a region
code ("CA", "SP"; after a town, any code of a state, province or district of the town's own
country: "Parramatta NSW 2150", "Pune, MH", "…, 40121 Bologna (BO)", not the Marshall Islands
nor Bolivia; a town, its country's code in brackets, then a state of that country: "Chicago (US),
Illinois"); a town with the name of its own country's province or county in brackets ("Bilbao
(Bizkaia)", "69003 Lyon (Rhône)").

A bracketed country code may end it ("Edmonton, AB (CA)"); a trailing availability phrase after a
bar or in brackets (the vocabulary's ``availability``: "Porto, Portugal | Open to relocation") is
left out of it. "Greater Chicago Area" names a known town's area; a run of zeros ("00000") is a
template's placeholder, never a place.

Signals, in order of precedence:
1. A label before it (the vocabulary's location labels: "Location:", "Residence :", or a label
   cell "Address ⇥ …") or a pin icon: then any run of such parts is a location, and so is a
   Korean or Chinese address written largest unit first without commas.
2. Otherwise the last part must be a country, a region, a region code or a town the gazetteer
   knows (:mod:`resumekit.places`), or the parts must include a postal code beside a place, or
   a numbered street named by a street word must come first ("12 Quarry Lane, Brantwick").
3. A single name must be a country, a region or a town big enough for what stands around it
   (``context``: a line of its own needs a large town, a cell of an entry's header a mid-sized
   one, a comma part or a contact beside it any known town); beside a postal code any known town
   will do ("33000 Bordeaux", "Leicester LE1 7RH"; not beside a year: "2019 Perpignan"; a British
   town before its postcode's outward code alone: "Bristol BS1"), and before
   a country's code ("Manchester GB", "Valencia ES"; not a degree's letters: "BA").
4. A lone "Remote" / "Hybrid".

Before the signals: a region code written in small letters after a town the tables place in that
region's country ("Miami, Fl", "Denver, Co. 80202") is read as the code ("FL"); and a run naming a
link's placeholder ("LinkedIn URL", "Portfolio URL": a template's text after a "Home:" label) is no
place, labelled or not.

Errs towards None: a single word that is not a known country or town is not a place, and a
first part that names an organisation or a role is never one ("University of X, York, UK").
In an entry's header a company beside its town ("Northwind, Murcia") is read as company and
town, not as a district and its town.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..places import (ALONE_CITY, PAREN_CODE, city_country, city_population, country_code, is_country_code, is_region_code,
                      place_kind, town_region, town_region_code, word_town)
from ..schema import Location
from ..text import has_phrase, key, rx
from ..vocab import merged
from .dates import find_dates, order_for
from .phrases import comma_pieces, degree_like, ends_in_legal_form, org_like, title_like, unit_like

__all__ = ["town_after_employer", "bare_town", "is_street", "location_rank", "parse_location", "split_location", "split_place", "location_of", "strip_label",
           "name_before_place"]

_WORD = r"(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\p{Ll}{1,4}|\p{Lu}\.)"
_PLACE = regex.compile(rf"^\p{{Lu}}[\p{{L}}\p{{M}}'’.\-]*(?:[ \-]{_WORD}){{0,5}}$")
_STREET = regex.compile(r"^(?:\d{1,5}[A-Za-z]?\s+(?:[\p{L}\p{M}'’.\-/]+\s?){1,5}|(?:[\p{L}\p{M}'’.\-/]+\s){0,4}"
                        r"[\p{L}\p{M}'’.\-/]+\s+\d{1,5}[A-Za-z]?(?:\s?[/\-]\s?\d{1,4})?|(?:C/|Rua|Av\.?|Calle)\s?.{2,40}"
                        # the number marked ("Lago Verde #24 Int 2", "Av. Sol No. 118 Depto 3", "Calle 45 # 12-30")
                        r"|(?:[\p{L}\p{M}\p{N}'’.\-]+\s){1,5}(?:#|No\.|N[º°])\s?\d{1,5}[A-Za-z]?(?:\s?-\s?\d{1,4})?"
                        r"(?:\s+(?i:int|interior|depto|dpto|apto?|apt)\.?\s?\d{1,4}[A-Za-z]?)?)$")
# (a Dutch postcode is four digits and two capitals: "3511 LK Utrecht")
# (a ZIP code its last digits masked, as templates and anonymised copies print it: "68xxx")
_MASKED_ZIP = r"(?:\d{2}[xX]{3}|\d{3}[xX]{2}|\d{4}[xX])"
_POSTAL = regex.compile(rf"^(?:\d{{4,6}}(?:-\d{{3,5}})?|\d{{3}} \d{{2}}|\d{{4}} ?[A-Z]{{2}}|[A-Z]{{1,2}}\d[A-Z\d]?\s?\d[A-Z]{{2}}|[A-Z]\d[A-Z]\s?\d[A-Z]\d"
                        rf"|{_MASKED_ZIP})$")
_POSTAL_PLACE = regex.compile(r"^(?:\d{4} ?[A-Z]{2}(?=\s)|\d{4,6}(?:-\d{3})?|\d{3} \d{2}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\s+(?P<place>\p{Lu}.+)$")
# (a dash may stand before the code, "Chennai - 600020", "Pune-411001"; India's six digits may be
# written in two groups, "600 020")
_PLACE_POSTAL = regex.compile(r"^(?P<place>.+?)(?:\s*[-–]\s*|\s+)(?:\d{4,6}(?:-\d{4})?|\d{3} \d{3}|\d{3} \d{2}|[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}"
                           rf"|[A-Z]\d[A-Z]\s?\d[A-Z]\d|{_MASKED_ZIP})$")
# "Nantes (44)", "Ajaccio (2A)": a French town with its département's number, any town the tables know
_DEPARTEMENT = regex.compile(r"^(?P<town>\p{Lu}[^(),\d]{1,40}?)\s*\((?:0[1-9]|[1-8]\d|9[0-5]|97[1-6]|2[AB])\)$")
# "Bilbao (Bizkaia)", "Lyon (Rhône)": a town with its province or county named in brackets
_PAREN_REGION = regex.compile(r"^(?P<town>[^()]{2,60}?)\s*\((?P<region>\p{Lu}[\p{L}\p{M}'’.\- ]{2,40})\)$")
_ZEROS = regex.compile(r"(?<!\d)0{4,6}(?!\d)")  # "00000": a template's placeholder, not a postal code
# "Greater Chicago Area", "Lyon Metropolitan Area": a known town's area
_AREA = regex.compile(r"^(?:greater\s+)?(?P<place>\p{Lu}.+?)\s+(?:metropolitan\s+|metro\s+)?area$", regex.IGNORECASE)
_PLACE_CODE = regex.compile(r"^(?P<place>\p{Lu}[\p{L}\p{M}'’.\- ]{1,40}?)\s+(?P<code>[A-Z]{2})$")
# "Bristol BS1", "Leeds LS6": a British town and its postcode's outward code (the district) alone
_PLACE_DISTRICT = regex.compile(r"^(?P<place>\p{Lu}[\p{L}\p{M}'’.\- ]{1,40}?)\s+[A-Z]{1,2}\d[A-Z\d]?$")
# "Chicago (US), Illinois", "São Paulo (BR), SP": a town, its country's code in brackets, then its
# state (a JSON Resume theme prints city, countryCode and region so)
_TOWN_CODE_REGION = regex.compile(r"^(?P<town>[^(),]{2,40}?)\s*\((?P<code>[A-Z]{2})\)\s*,\s*(?P<region>[^(),]{2,40})$")
_CODE = regex.compile(r"^[A-Z]{2,3}$")
# A town and a code of two or three capitals, maybe its postal code after it ("Parramatta NSW 2150", "Pune, MH")
_SMALL_CODE = regex.compile(r"^(?P<head>(?:[^,]+,\s*)*)(?P<town>[^,]+),\s*(?P<code>\p{Lu}\p{Ll})\.?"
                            r"(?P<tail>,?\s+\d{5}(?:-\d{4})?)?$")
_URL_WORD = regex.compile(r"\bURL\b", flags=regex.IGNORECASE)
_TOWN_CODE = regex.compile(r"^(?P<place>\p{Lu}[\p{L}\p{M}'’.\- ]{1,40}?)(?:\s*,\s*|\s+|\s+[-–/]\s+|/)(?P<code>[A-Z]{2,3})"
                           r"(?:,?\s+(?:\d{4,6}|\d{3} \d{3}|[A-Z]\d[A-Z]\s?\d[A-Z]\d))?$")
# A locality named by an ordinal number and a word of Indian addresses ("2nd Cross", "Jayanagar 4th
# Block", "3rd Main Road", "5th Phase"): a street; not "82nd Sustainment Unit"
_ORDINAL_STREET = regex.compile(r"^(?:[\p{L}\p{M}.'’\-]+\s){0,3}\d{1,3}(?:st|nd|rd|th)\s+(?i:cross|main|block|stage|phase|"
                                r"sector|layout|street|road|avenue|lane)(?:\s+(?i:road|rd))?\.?$")
# A flat, floor or door after the street ("Apt 4B", "pta. 6", "piso 2", "Whg. 3"), maybe with the town after it
_UNIT = regex.compile(r"^(?:(?:apt|apartment|flat|unit|suite|ste|pta|puerta|piso|planta|andar|bloco|whg|etage|"
                      r"appt|bte|esc|portal|escalera|lok|m)\.?\s*\d{1,4}[A-Za-z]?\.?"
                      r"|\d{1,2}\s?\.?\s?[ºª°]\s?(?:[A-Za-z]|izq(?:da)?|dcha?)?\.?)"  # "3.º B", "2º izq."
                      r"(?:\s+(?P<place>\p{Lu}.*))?$", regex.IGNORECASE)
# A street named without its number ("Calle del Pino", "Rua das Flores", "Mill Lane", "Gartenweg")
_STREET_WORD = regex.compile(r"^(?:C/|Calle|Carrer|Rua|Avenida|Avda|Av|Paseo|Plaza|Praça|Travessa|Via|Viale|Corso|Piazza|"
                             r"Rue|Boulevard|Bd|Ulica|ul|Aleja|(?i:rue|allée|impasse|chemin|quai|avenue))\b\.?\s|\s(?:Street|St|Road|Rd|Lane|Avenue|Ave|Drive|Dr|"
                             r"Close|Way|Crescent|Terrace)\.?$|\p{Ll}(?:straße|strasse|weg|gasse|allee|platz|ring|damm)$")
# "Calle del Pino, 12": the number after the street; "nºXX": a number masked after its sign
_HOUSE_NUMBER = regex.compile(r"^(?:[nN][º°o]\.?\s?)?\d{1,3}[A-Za-z]?$|^[nN][º°]\.?\s?[xX]{1,4}$")
# "7 years experience", "5+ yrs in sales": a number of a unit of time, a duration and never a house number
_DURATION = regex.compile(r"^\d{1,2}(?:[.,]\d)?\+?\s?(?i:years?|yrs?|months?|mos?|weeks?|days?|hours?|hrs?|jahre?n?|monate?n?"
                          r"|ans|mois|años|meses|anni|mesi|anos|jaar|maanden)\b")
CELL_TOWN = 75_000
_LEAST = {"alone": ALONE_CITY, "cell": CELL_TOWN, "comma": 0, "contact": 0}
# (an icon font's glyph a viewer's copy printed as a fraction or superscript: "½ 02180 Espoo")
_ICONS = regex.compile(r"^(?:[^\p{L}\p{N}]|\p{No}(?=\s))+")
_PIN = "📍📌⌂🏠🏡"
# "Remote", "Remote (UTC+1)", "Hybrid · GMT-5": working from anywhere, maybe in a time zone
_REMOTE = regex.compile(r"^(?:remote|hybrid|remote-first|fully remote)(?:\s*(?:[(\[]|[·|,–—-]\s*)?"
                        r"(?:utc|gmt)\s?[+\-−–]\s?\d{1,2}(?::?\d{2})?[)\]]?)?$", regex.IGNORECASE)
_DASH_SPLIT = regex.compile(r"\s+[-–—]\s+")
_CJK_DASH = regex.compile(r"(?<=\p{Han})\s*[-–—]\s*(?=\p{Han})")  # "福建–厦门"
_ANY_LABEL = regex.compile(r"^\p{L}[\p{L} ]{1,20}:\s*(?=\S)")


def strip_label(text: str) -> tuple[str, bool]:
    """(the text without a leading location label or pin icon, whether there was one)."""
    t = text.strip()
    pinned = bool(t) and t[0] in _PIN
    t = _ICONS.sub("", t)
    if not ("-" in t or ":" in t or "–" in t or "：" in t):
        return _phrase_label(t) or (t, pinned)  # (no label's colon or dash: the pattern below cannot match)
    m = rx(r"^(?P<label>[\p{L} ]{2,30}?)\s*[:：\-–]\s*(?P<rest>.+)$").match(t)
    if m and key(m.group("label")) in merged().location_labels:
        return m.group("rest").strip(), True
    return _phrase_label(t) or (t, pinned)


def _phrase_label(text: str) -> tuple[str, bool] | None:
    """A label of two words or more said before the place with no colon ("Based in Lisbon", "Lives in
    Leeds, UK"): (the place, True); None when the text opens with none."""
    words = text.split()
    for n in (3, 2):
        if len(words) > n and key(" ".join(words[:n])) in merged().location_labels and words[n][:1].isupper():
            return " ".join(words[n:]), True
    return None


# a Korean or Chinese address, largest unit first and unbroken by commas ("성남시 분당구 정자로 12번길 3")
_CJK_ADDRESS = regex.compile(r"^(?P<town>[\p{Han}\p{Hangul}]{2,8})(?:\s+[\p{Han}\p{Hangul}\p{N}\-]{1,12}){1,6}$")
_CJK_PLACE = regex.compile(r"^(?:[\p{Han}]{2,8}|[\p{Hangul}]{2,8}(?: [\p{Hangul}]{2,8}){0,2})$")  # "厦门", "서울", "성남시 분당구"


@lru_cache(maxsize=1)
def _named_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(organisation and institution words, the same with role words, institution stems,
    organisation acronyms)."""
    v = merged()
    named = v.organization_words + v.institution_words
    return named, named + v.title_words, v.institution_stems, v.acronyms


@lru_cache(maxsize=4096)
def _kind(part: str) -> str | None:
    """"postal", "street", "code", "place", or None when the part cannot be in a place name.
    (A header's parts are tried many times over, as whole locations and as tails: kept.)"""
    if not part.isascii() and _CJK_PLACE.match(part):  # (each pattern run only where its characters can stand)
        return "place"
    if len(part) <= 4 and _CODE.match(part) and (is_region_code(part) or country_code(part)):
        return "code"  # "CO" is Colorado here, not "& Co"
    digit = rx(r"\d").search(part) is not None  # (the postal, unit, house-number and ordinal patterns all need one)
    coded = _PLACE_POSTAL.match(part) if digit else None
    if coded and _CODE.match(coded.group("place")) and is_region_code(coded.group("place")):
        return "place"  # "CO 80301"
    named, _, stems, acronyms = _named_words()
    if has_phrase(part, named, stems, acronyms) or digit and _DURATION.match(part):
        return None
    unit = _UNIT.match(part) if digit else None
    if unit:
        place = unit.group("place")
        return "street" if not place else "place" if _PLACE.match(place) else None
    if digit and _POSTAL.match(part):
        return "postal"
    if (digit or "º" in part or "°" in part) and _HOUSE_NUMBER.match(part):
        return "street"
    if len(part) <= 4 and _CODE.match(part):
        return "code"
    if _STREET_WORD.search(part) or digit and _ORDINAL_STREET.match(part):
        return "street"
    if digit:
        before = _PLACE_POSTAL.match(part)
        if _POSTAL_PLACE.match(part) or (before and rx(r"\p{L}").search(before.group("place"))):
            return "place"  # (not "512 345 678": a phone number's groups are no place and postal code)
        if _district(part):
            return "place"
        return "street" if _STREET.match(part) else None
    if _PLACE.match(part) and len(part) <= 40:
        return "place"
    return None


@lru_cache(maxsize=1 << 12)
def _bare(part: str) -> str:
    """A place part without its postal code ("38446 Wolfsburg" -> "Wolfsburg"). (Asked of the same
    parts over and over, as whole locations and as tails: kept.)"""
    m = (_POSTAL_PLACE.match(part) or _PLACE_POSTAL.match(part) or _UNIT.match(part) or _district(part)) \
        if rx(r"\d").search(part) else None
    return m.group("place").strip() if m and m.group("place") else part  # (each of the four needs a digit)


def _district(part: str):
    """The match of a known British town before its postcode's outward code ("Bristol BS1"), else None."""
    m = _PLACE_DISTRICT.match(part)
    return m if m and city_country(m.group("place")) == "GB" else None


def location_rank(loc: Location, labelled: bool) -> int:
    """How sure we are that a parsed location is the candidate's own: 2 labelled, 1 ending in a
    known country, region or city (a postal code after it aside: "…, Canada, V4K 1K3") or a whole
    postal address (a street, then a postal code beside its town), 0 otherwise (a street and a
    postal code only)."""
    if labelled:
        return 2
    parts = [p.strip(" .") for p in loc.raw.replace(" - ", ",").replace(" – ", ",").split(",")]
    while len(parts) > 1 and _POSTAL.match(parts[-1]):
        parts.pop()
    last = parts[-1]
    return 1 if _known_place(_bare(last)) or _PLACE_CODE.match(last) or _postal_address(parts) else 0


def _postal_address(parts: list[str]) -> bool:
    """A whole postal address: a street first, a postal code beside its town last ("Rua das Flores,
    nº 12, 2050-040 Vila Nova"), whether or not the tables know the town."""
    last = parts[-1]
    town = _bare(last)
    return len(parts) >= 2 and _kind(parts[0]) == "street" and town != last and bool(_PLACE.match(town)) \
        and not rx(r"\d").search(town) and bool(_POSTAL_PLACE.match(last) or _PLACE_POSTAL.match(last))


def parse_location(text: str, labelled: bool = False, context: str = "alone") -> Location | None:
    """The whole string as a location, or None. ``labelled``: a label or icon already said it is one.
    ``context``, for a single name with no comma part: "alone" (a line of its own: a town must be a
    large one), "cell" (a cell of an entry's header row beside the role: a town of
    ``CELL_TOWN`` people), "comma" (the last comma part of an entry's header, "Umbriel, Pisa") or
    "contact" (beside an email or phone): any known town ("Valladolid | 600 000 000").
    A trailing availability phrase ("| Open to relocation") is left out of the location."""
    found = _parse_location(text, labelled, context, order_for(text))
    return found.model_copy() if found is not None else None


@lru_cache(maxsize=1 << 12)
def _parse_location(text: str, labelled: bool, context: str, order: str | None = None) -> Location | None:
    """(The readers try the same parts many times over, as whole locations and as tails: the
    answers are kept, and each caller is given a copy. ``order``, the document's day/month order
    where ``text`` has the "a/b/YYYY" shape, is part of the key: the dates read in the text depend
    on it, so one document's answer is never another's.)"""
    raw, found_label = strip_label(text)
    labelled = labelled or found_label
    raw = _without_availability(raw.strip(" \t,;|•·.–—-"))
    raw = raw.strip(" \t,;|•·.–—-")
    if not raw or len(raw) > 100 or "@" in raw or "://" in raw or ("rl" in raw.lower() and _URL_WORD.search(raw)):
        return None
    small = _SMALL_CODE.match(raw) if "," in raw else None
    if small and is_region_code(code := small.group("code").upper()) and town_region_code(small.group("town").strip(), code):
        coded = _parse_location(f"{small.group('head')}{small.group('town')}, {code}{small.group('tail') or ''}",
                                labelled, context, order)
        return coded.model_copy(update={"raw": raw}) if coded is not None else None
    if any(not d.single or (d.start and d.start.month) for d in find_dates(raw)):
        return None  # "SEPTEMBRE 2023 - DÉCEMBRE 2023": a year is not a postal code
    # (each pattern run only where the characters it needs stand: a call into regex costs about a
    # microsecond, and the readers try many texts that are no place)
    if not (raw[:1].isascii() and raw[:1] not in "rRhHfF") and _REMOTE.match(raw):
        return Location(raw=raw)
    if "0000" in raw and _ZEROS.search(raw):
        return None
    area = _AREA.match(raw) if "area" in raw.lower() else None
    if area and _known_place(area.group("place")):
        return Location(raw=raw, city=area.group("place"))
    raw = _ANY_LABEL.sub("", raw) if not labelled and ":" in raw[:23] else raw  # "Addresse: Bamako, Mali": an unknown label
    cjk = _CJK_ADDRESS.match(raw) if labelled else None
    if cjk:
        return Location(raw=raw, city=cjk.group("town"))
    dept = _DEPARTEMENT.match(raw) if ")" in raw else None
    if dept and _known_place(dept.group("town")):
        return Location(raw=raw, city=dept.group("town"))  # "Nantes (44)": a town and its département
    coded = _TOWN_CODE.match(raw)
    if coded and town_region_code(coded.group("place"), coded.group("code")):
        # "Parramatta NSW 2150", "Pune, MH", "Bengaluru, KA 560041": a town and a state of its own country
        return Location(raw=raw, city=coded.group("place"), region=coded.group("code"))
    coded = _TOWN_CODE_REGION.match(raw) if "(" in raw else None
    if coded and city_country(town := coded.group("town").strip()) == coded.group("code") and (
            town_region(town, region := coded.group("region").strip()) or town_region_code(town, region)):
        return Location(raw=raw, city=town, region=region, country=coded.group("code"))
    paren = PAREN_CODE.search(raw) if "(" in raw else None
    code_part = [paren.group("code")] if paren and is_country_code(paren.group("code")) else []
    body = raw[:paren.start()] if code_part else raw
    if code_part and "," not in body and (home := city_country(body.strip())) \
            and home != ("GB" if code_part[0] == "UK" else code_part[0]):
        # "Bologna (BO)", "Como (CO)": a known town of another country than the code's: the code is
        # the town's province, not a country (Bolivia, Colombia)
        return Location(raw=raw, city=body.strip(), region=code_part[0])
    if paren and (inner := _parse_location(raw[:paren.start()].strip(" ,"), labelled, "comma", order)) and inner.city \
            and not inner.region and town_region_code(inner.city, paren.group("code")):
        # "Via Roma 12, 40121 Bologna (BO)", "Milano (MI)": the town's province, not a country
        return Location(raw=raw, city=inner.city, region=paren.group("code"), country=inner.country)
    named = _PAREN_REGION.match(raw) if "(" in raw else None
    if named and (inner := _parse_location(named.group("town").strip(" ,"), labelled, "comma", order)) and inner.city \
            and not inner.region and town_region(inner.city, named.group("region")):
        # "Bilbao (Bizkaia)", "69003 Lyon (Rhône)": a town and its province's name, of the town's own country
        return Location(raw=raw, city=inner.city, region=named.group("region"), country=inner.country)
    parts = [p.strip() for p in body.split(",") if p.strip()]
    if len(parts) == 1 and ("-" in body or "–" in body or "—" in body) and (_DASH_SPLIT.search(body) or _CJK_DASH.search(body)):
        parts = [p.strip() for p in (_CJK_DASH if _CJK_DASH.search(body) else _DASH_SPLIT).split(body) if p.strip()]
    lead = 0  # a role before the place ("Product Designer — London", "Data Engineer, Leeds"): no part of it
    while lead < len(parts) - 1 and title_like(parts[lead]) and not _known_place(parts[lead]):
        lead += 1
    if lead:
        raw, parts = raw[raw.index(parts[lead]):], parts[lead:]
    parts += code_part
    if not parts or len(parts) > 6:
        return None
    kinds = []
    for p in parts:  # (the first part that cannot be in a place name settles it: the rest unread)
        kinds.append(_kind(p))
        if kinds[-1] is None:
            return None
    if all(k in ("postal", "street") for k in kinds):
        return None
    places = [_bare(p) for p, k in zip(parts, kinds) if k == "place"]
    last = _bare(parts[-1]) if kinds[-1] != "postal" else _bare(parts[-2]) if len(parts) > 1 else parts[-1]
    known_end = _known_place(last) or bool(_PLACE_CODE.match(last) and is_region_code(last[-2:]))
    has_postal = any(k == "postal" for k in kinds) or any(_POSTAL_PLACE.match(p) or _PLACE_POSTAL.match(p)
                                                           for p in parts)
    if len(parts) == 1:
        m = _PLACE_CODE.match(raw)
        # (without a comma, a town of several words no table knows before the code is a person's
        # name and post-nominal letters: "Bernadette Okafor-Lyle RN", "Mary Quill MD")
        if m and is_region_code(m.group("code")) and not m.group("place").isupper() and len(m.group("place").split()) <= 3 \
                and (len(m.group("place").split()) == 1 or _known_place(m.group("place"))):
            return Location(raw=raw, city=m.group("place"), region=m.group("code"))
        town_region_ = _town_and_region(m.group("place"), m.group("code")) if m else None
        if town_region_:  # "Geelong Victoria AU": a theme's city, region and country code set side by side
            return Location(raw=raw, city=town_region_[0], region=town_region_[1], country=m.group("code"))
        if m and is_country_code(m.group("code")) and not degree_like(m.group("code")) and not m.group("place").isupper() \
                and _known_place(m.group("place")):
            # "Manchester GB", "Valencia ES": a known town and a country's code (JSON Resume's city and
            # countryCode); not letters after a name ("Grace Okoro BA")
            return Location(raw=raw, city=m.group("place"), country=m.group("code"))
        posted = _POSTAL_PLACE.match(raw)  # "33000 Bordeaux": a postal code before a town, any town known
        posted = bool(posted) and not rx(r"^(?:19[5-9]\d|20[0-3]\d)\s").match(raw) and _known_place(_bare(raw))
        placed = _PLACE_POSTAL.match(raw)  # "Bristol BS1 4DJ", "Tours 37000": a town before its postal code, any town known
        posted = posted or bool(placed) and not rx(r"\s(?:19[5-9]\d|20[0-3]\d)$").search(raw) and _known_place(_bare(raw))
        district = _district(raw)  # "Bristol BS1": a British town the tables know and its district
        posted = posted or bool(district) and _known_place(district.group("place"))
        if not (labelled or posted or _known_place(_bare(raw), _LEAST[context])) or not places:
            return None
        country = raw if _is_country(raw) else None
        return Location(raw=raw, city=None if country else places[0], country=country)
    if not (labelled or known_end or (has_postal and places) or _street_then_town(parts, kinds)):
        return None
    return _build(raw, parts, kinds, code_part[0] if code_part else None)


def _town_and_region(place: str, code: str) -> tuple[str, str] | None:
    """(town, region) of "Geelong Victoria" before the country code "AU": a town the tables know in that
    country, then the name of one of its regions (:func:`town_region`), cut at a space."""
    words = place.split()
    for n in range(1, len(words)):
        town, region = " ".join(words[:n]), " ".join(words[n:])
        if city_country(town) == code and town_region(town, region):
            return town, region
    return None


def _street_then_town(parts: list[str], kinds: list[str | None]) -> bool:
    """A numbered street that names itself a street ("12 Quarry Lane", "Kilnweg 4") followed by a
    name that names nothing else (:func:`bare_town`): its town, whether or not the tables know it."""
    return len(parts) == 2 and kinds == ["street", "place"] and bool(rx(r"\d").search(parts[0])) \
        and bool(_STREET_WORD.search(rx(r"\s+\d{1,4}[a-z]?$").sub("", parts[0]))) and bare_town(parts[1])


def is_street(part: str) -> bool:
    """A street with or without its number ("12 Elm Rd.", "Calle del Pino"), alone."""
    return _kind(part.strip()) == "street"


def _known_place(part: str, least: int = 0) -> bool:
    """A country, region or city the place tables know, named whole ("Ireland", "Chicago")."""
    return place_kind(part, least) is not None


def _without_availability(text: str) -> str:
    """The text without a trailing availability phrase after a bar, a comma or in brackets ("Porto,
    Portugal | Open to relocation", "Lyon (remote)", "Lisbon, open to relocation"): the vocabulary's
    availability words."""
    if not ("|" in text or "(" in text or "[" in text or "•" in text or "·" in text or "," in text):
        return text  # (nothing the pieces below are split at)
    words = merged().availability
    pieces = rx(r"\s+[|•·]\s+|\s*[(\[]\s*|\s*,\s+").split(text, maxsplit=0)
    while len(pieces) > 1 and key(pieces[-1]) in words:
        pieces.pop()
        text = rx(r"(?:\s+[|•·]\s+|\s*[(\[]\s*|\s*,\s+)[^|•·(\[,]*$").sub("", text)
    return text


def _build(raw: str, parts: list[str], kinds: list[str | None], country_code_: str | None = None) -> Location:
    """City, region and country from the named parts, read from the end: a country (or the
    bracketed code that ends the text, ``country_code_``), then a region (a code, or a place the
    tables know as a region), then the city — the last known city when one is named ("Yirimadio,
    Bamako, Mali": Bamako), else the last place left."""
    country = region = city = None
    named = [(_bare(p), k) for p, k in zip(parts, kinds) if k in ("place", "code")]
    if not country_code_ and len(named) >= 2 and _CODE.match(code := named[-1][0]) \
            and town_region_code(named[-2][0], code):
        region = named.pop()[0]  # "…, Bengaluru, KA 560041": a state of the town's country
    if named and not region and (country_code_ or _is_country(named[-1][0]) or _home_code(named)):
        country = named.pop()[0]
    region_kinds = ("region", "country") if country else ("region",)  # "Cardiff, Wales, UK"
    # a region that is also a town is the town when no other part is a known town ("Yirimadio, Bamako")
    town_region = bool(named) and city_population(named[-1][0]) > 0 and not any(
        city_population(n) for n, _ in named[:-1])
    if named and not region and len(named) >= 2 and (named[-1][1] == "code" or (
            place_kind(named[-1][0]) in region_kinds and not town_region)):
        region = named.pop()[0]
    elif named and not region and named[-1][1] == "code" and is_region_code(named[-1][0]):
        region = named.pop()[0]
    if named:
        known = [n for n, _ in named if city_population(n)]
        m = _PLACE_CODE.match(named[-1][0])
        if known:
            city = known[-1]
        elif m and region is None and is_region_code(m.group("code")):
            city, region = m.group("place"), m.group("code")
        else:
            city = named[-1][0]
    return Location(raw=raw, city=city, region=region, country=country)


def _home_code(named: list[tuple[str, str]]) -> bool:
    """Does the last part, a code, name the country of a town named before it ("Berlin, DE": Germany,
    not Delaware; "Athens, GA" stays Georgia's)?"""
    code = named[-1][0]
    return (named[-1][1] == "code" and is_country_code(code)
            and any(city_country(n) == code.upper() for n, _ in named[:-1]))


def _is_country(part: str) -> bool:
    """A country's name or code ("Germany", "UK"), as opposed to a region, a state code or a city."""
    return country_code(part) is not None


def split_location(segment: str) -> tuple[str, str | None]:
    """("University Recreation", "Harrisonburg, VA") from "University Recreation, Harrisonburg, VA":
    the trailing comma parts that make a location, and the rest."""
    parts = [p.strip() for p in segment.split(",")]
    ends_in_region = bool(parts) and place_kind(_bare(parts[-1])) in ("country", "region")
    for k in range(1, len(parts)):
        tail = ", ".join(parts[k:])
        if len(parts[k:]) >= 2 and not ends_in_region:
            continue  # "Northwind Traders, Leeds": a longer tail must end in a country or region
        if parse_location(tail, context="comma") and (len(parts[k:]) >= 2 or _known_place(parts[-1])):
            return ", ".join(parts[:k]).strip(), tail
    return segment, None


def split_place(segment: str) -> tuple[str, str | None]:
    """(the rest, a trailing location) of a header part; ("", location) when it is only a place.
    A first part naming an organisation or a role is never a place ("University of X, York, UK")."""
    first = segment.split(",")[0]
    _, named_or_role, stems, acronyms = _named_words()
    named = has_phrase(first, named_or_role, stems, acronyms)
    whole = location_of(segment, context="cell")
    # "Acme Health, Bristol" / "Acme Health – Bristol": with two parts or more, the first is a
    # place only if it is a known one (a company beside its town is likelier than a district),
    # or if the second and last is a country or a region that is no town ("York, UK")
    first_part = _DASH_SPLIT.split(first)[0].strip()
    parts = [p.strip() for p in rx(r",|\s+[-–—]\s+").split(segment) if p.strip()]
    last = _bare(parts[-1]) if parts else ""
    ends_in_country = len(parts) == 2 and (place_kind(last) == "country" or (
        place_kind(last) == "region" and not city_population(last)) or bool(_CODE.match(last)))
    if whole and not named and (len(parts) == 1 or ends_in_country or _known_place(_bare(first_part))):
        return "", whole
    return split_location(segment)


def location_of(text: str, context: str = "alone") -> str | None:
    """The text when it is a location on its own ("Taipei, Taiwan"), else None."""
    loc = parse_location(text, context=context)
    return loc.raw if loc else None


def name_before_place(location: str) -> tuple[str | None, str]:
    """("Pellow", "Bristol") from a location read greedily off "Staff Accountant – Pellow, Bristol"
    (or "PhD in Optics, Halden Institute, Norway"): the first comma piece when it is no place (not
    a location, not a place of the tables) and the rest is a location on its own; else (None, the
    location). The entry readers of experience and education both ask it."""
    first, comma, rest = location.partition(",")
    first, rest = first.strip(), rest.strip(" .")
    if not comma or location_of(first) is not None or place_kind(first) or location_of(rest) is None:
        return None, location
    return first, rest


_BRACKETED_PLACE = regex.compile(r"^(?P<a>[^()]{2,80}?)\s+\((?P<b>[^()]{2,60})\)$")
# one or two capitalised words, maybe joined by a small word ("Alcalá de Henares", "Casalecchio di Reno",
# "Frankfurt am Main", "Newcastle upon Tyne")
_TOWN = regex.compile(r"^\p{Lu}\p{Ll}[\p{Ll}'’\-]*(?:(?: (?:de|di|del|della|da|do|dos|das|am|an|im|sur|en|upon|on))?"
                      r" \p{Lu}\p{Ll}[\p{Ll}'’\-]*)?$")


def town_after_employer(company: str, others_placed: bool) -> tuple[str, str] | None:
    """(the employer, its town) from an entry's employer that carries a place the entry did not
    read, else None; signals in order:
    1. The town in brackets: "Almendro Digital S.L. (Valencia)" (a town the tables know, however
       small, or a location on its own).
    2. Where the section's other entries print "Employer, Place" (``others_placed``), a last comma
       piece of one or two capitalised words (a town, whether or not the tables know it) that
       names nothing (no organisation, role or degree word): "Bundeswehr, Fernmeldebataillon,
       Fritzlar", "Halloway Press, Brantwick".
    3. Such a piece after an employer that its own words name as a whole organisation, not a
       unit of one: "Brackwater Foundry plc, Kessington", "Institute for Tidal Studies, Harlowe".
    4. Such a piece that is a town the tables know after a name of two capitalised words or more
       ("Ouse Valley Transport, York", "Conserverie Morbihannaise, Vannes").
    Before these, a last comma piece that is a town with its province's or country's code in
    brackets ("Emilia Ceramiche S.p.A., Sassuolo (MO)") is the town, code and all.
    Without these a short name after a department ("Department of Physics, Caltech") or a town no
    table knows after a name without organisation words stays the employer's: errs towards no place.
    """
    pieces = comma_pieces(company)
    if len(pieces) >= 2 and PAREN_CODE.search(pieces[-1]):
        coded = parse_location(pieces[-1])
        if coded is not None and coded.city and (coded.region or coded.country):
            return company[:company.rindex(pieces[-1])].strip(" ,"), pieces[-1]
    m = _BRACKETED_PLACE.match(company)
    if m:
        b = m.group("b")
        return (m.group("a").strip(), b.strip()) if place_kind(b) or location_of(b) else None
    last = pieces[-1] if len(pieces) >= 2 else ""
    if not bare_town(last) or ends_in_legal_form(company):
        return None
    before = company[:company.rindex(last)].strip(" ,")
    named = comma_pieces(before)[-1]
    if not others_placed and not (org_like(named) and not unit_like(named)) and not _named_town(named, last):
        return None
    return before, last


def _named_town(named: str, last: str) -> bool:
    """Signal 4 of :func:`town_after_employer`: a town the tables know, not one named by a common
    word ("Reading"), after a name of two capitalised words or more that is no unit ("Ouse Valley
    Transport, York", "Conserverie Morbihannaise, Vannes")."""
    words = named.split()
    return len(words) >= 2 and all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in words) \
        and words[0][:1].isupper() and not unit_like(named) and place_kind(last) == "city" and not word_town(last)


def bare_town(part: str) -> bool:
    """One or two capitalised words (maybe joined by a small word: "Alcalá de Henares") that name
    nothing (no organisation, role or degree word, no term of the job: "Contract", "Part-time"): a
    town no table needs to know where the layout puts a place ("Harlowe", "Hebden Bridge")."""
    return bool(_TOWN.match(part)) and not (org_like(part) or title_like(part) or degree_like(part)
                                            or key(part) in merged().employment_terms)
