"""How to reach the candidate: emails, phones, links and location, collected from the document.

Contact values are read from every line outside references, plus link targets (mailto: and
tel: go to emails and phones). Phones are read with the region of the candidate's location,
else with the regions of the body language. The location is the best-ranked place in the
header and contact blocks (see :mod:`.location`), maybe the place that ends an affiliation line
("Department of X, Y University, Town, MA"), maybe a single word that names nothing else first on
a line with the e-mail and the phone ("Wexbury · e-mail · phone": a town no table knows). A one- or
two-word capitalised line that names nothing, under a contact line of the header in the same
type ("Lucca" under the phone), is the town; so is a town the tables know alone on the line between
the name and the contact line ("Valladolid"). A street line ("8, allée des Tilleuls") reads with the
line under it ("33000 Bordeaux"). A name with letters after it ("JANE DOE, RN") is never part of the
place. A link to a map search for a place (a theme's link behind the printed town) is no link of the
candidate's; an e-mail address printed cut short over its own mailto: target (its end hidden past a
narrow column's edge) is the target.

A contact line's parts are set apart by its separators (a bar, glued or spaced; a spaced tilde or
bullet; a TAB; a run of spaces) and by its contact items, each with its label ("Home: (555) …", a
spaced colon an icon became): "Town, ST 12345 Home: (555) …" reads "Town, ST 12345". A town no table
knows first on such a line, set apart from a contact item given with its label, is the town
("Wexbury - Email: …", a job board's "Town, Region - Email me on …: link"). A place that ends a longer
line ("Analyst at Kiln Co, Leeds"), or a town alone over a line that names a town of its own, is not
continued into the lines under it as one address.
"""
from __future__ import annotations

import regex

from ..document import Document, Line, Section
from ..places import country_code, place_kind
from ..schema import Contact, Location, Phone, ProfileLink
from ..text import digits, key, rx
from ..vocab import codes, load, merged
from .contact import (PHONE_KEYS, classify_link, find_emails, find_links, find_phones, link_from_target, normalize_url,
                      region_hint)
from .location import bare_town, is_street, location_rank, parse_location, strip_label
from .name import lettered_name
from .phrases import institution_like, org_like

__all__ = ["read_contact", "read_location"]

_SKIP_KINDS = ("references",)


def _contact_label(part: str) -> bool:
    """A contact item's label alone ("Email", "Website", "LinkedIn": the vocabulary's
    contact_labels), or a part that opens with a phone's label ("tel. 600 123 456")."""
    k = key(part)
    return k in merged().contact_labels or (k.split() or [""])[0] in PHONE_KEYS


def read_contact(document: Document, sections: list[Section], language: str | None = None
                 ) -> tuple[Contact, set[int]]:
    """Emails, phones, links and location; the set of line indices they were read from.

    Phones are read with the region of the candidate's location, then the regions of the body
    language (``phone_regions`` in the vocabulary), first valid wins. A bare domain ("jane.dev")
    is a link only in the header and contact blocks; elsewhere it is usually a product's name."""
    used: set[int] = set()
    by_kind = [(s.kind, l) for s in sections if s.kind not in _SKIP_KINDS
               for l in s.lines + ((s.heading,) if s.heading else ())]
    by_kind.sort(key=lambda kl: kl[1].index)
    location = read_location(document, sections)
    region = region_hint(location.raw) if location else None
    # the location's region first, then the body language's (a "Valencia" may be Venezuela's)
    by_language = list(load(language).phone_regions if language in codes() else ())
    regions = list(dict.fromkeys([region] * bool(region) + by_language)) or [None]
    emails: dict[str, None] = {}
    phones: dict[str, Phone] = {}
    links: dict[str, ProfileLink] = {}
    broken: set[str] = set()  # URLs printed over two lines, by the key of their first half

    def add_phones(text: str) -> bool:
        found = _phones(text, regions)
        for p in found:
            phones.setdefault(_phone_key(p.value), Phone(raw=p.value, e164=p.e164))
        return bool(found)

    meta = dict(document.metadata)
    for k in ("email", "mail"):
        for e in find_emails(meta.get(k, "")):
            emails[e.value] = None
    for k in ("phone", "tel", "mobile"):
        add_phones(meta.get(k, ""))
    for k, v in meta.items():
        for f in find_links(v):
            _add_link(links, f.value, None)
    for n, (kind, line) in enumerate(by_kind):
        text = line.plain
        found = False
        mailto = [t[1].lower() for t in map(link_from_target, (l.url for l in line.links)) if t and t[0] == "email"]
        for e in find_emails(text):
            found = True
            if any(m != e.value.lower() and m.startswith(e.value.lower()) for m in mailto):
                continue  # cut at a narrow column's edge ("…@example.co") over its own mailto: the target
            before = rx(r"(\S+) $").search(text[: e.span[0]])
            if before and (before.group(1) + e.value).lower().split(":")[-1] in emails:
                continue  # "jane.do e@x.com": a copy of an address already found, broken by a gap
            emails.setdefault(e.value, None)
        found = add_phones(text) or found
        targets = [_link_key(t[1]) for t in map(link_from_target, (l.url for l in line.links)) if t and t[0] == "url"]
        for f in find_links(line.text):
            if _bare_domain(f.value) and kind not in ("header", "contact"):
                continue
            url = f.value
            if any(t != _link_key(normalize_url(url)) and t.startswith(_link_key(normalize_url(url))) for t in targets):
                continue  # "https://github.com/" printed over the line's own link to the whole address
            at_cell_end = line.text[f.span[1]:f.span[1] + 1] in ("", "\t")
            if at_cell_end and url.endswith(("-", "_")) and n + 1 < len(by_kind):
                nxt = _URL_TAIL.match(by_kind[n + 1][1].plain)  # a URL broken over two lines
                if nxt and (not nxt.group(0)[0].isupper() or "/" in nxt.group(0)):  # "…/Kiln-" / "Logbook/index.html"
                    broken.add(_link_key(normalize_url(url)))
                    url = url + nxt.group(0)
            _add_link(links, url, None)
            found = True
        for link in line.links:
            target = link_from_target(link.url)
            if target is None:
                continue
            kind_, value = target
            if kind_ == "email":
                emails.setdefault(value.lower(), None)
            elif kind_ == "phone":
                if not any(_same_phone(value, k) for k in phones):
                    add_phones(value)
            elif _link_key(normalize_url(value)) not in broken:
                _add_link(links, value, link.text)
            found = True
        if found:
            used.add(line.index)
    for link in document.links:
        target = link_from_target(link.url)
        if target and target[0] == "url":
            _add_link(links, target[1], link.text)
        elif target and target[0] == "email":
            emails.setdefault(target[1].lower(), None)
    used |= _location_lines(location, [l for k, l in by_kind if k in ("header", "contact")])
    return Contact(emails=list(emails), phones=list(phones.values()), location=location,
                   links=list(links.values())), used


def _location_lines(location: Location | None, lines: list[Line]) -> set[int]:
    """The header and contact lines that hold the location and nothing else, its label or pin
    aside, in a cell of its own too ("Bristol, UK"; "City ⇥ Chicago, IL"; "Gartenstraße 12 · 34117 Kassel" read as "Gartenstraße 12, 34117
    Kassel"; a street line over its "postal code and town" line; a street line that opens it): read, so
    not left over."""
    want = key(location.raw) if location else ""
    keys = [key(strip_label(_unlabelled(line))[0]) for line in lines]
    out = {line.index for line, k in zip(lines, keys) if want and k == want}
    for n in range(len(lines) - 1):
        if want and keys[n] and keys[n + 1] and f"{keys[n]} {keys[n + 1]}" == want:
            out |= {lines[n].index, lines[n + 1].index}
    # a street line alone that opens the location, its town further down beside other text
    # ("12 Kiln Lane" over "Glaze Chemist ⇥ Leeds LS1 4AB, UK")
    out |= {line.index for line, k in zip(lines, keys) if want and k and want.startswith(k + " ")
            and is_street(strip_label(_unlabelled(line))[0])}
    return out


def _unlabelled(line: Line) -> str:
    """The line without a location label in a cell of its own ("City ⇥ Chicago, IL")."""
    cells = line.cells
    if len(cells) == 2 and key(cells[0].rstrip(" :：")) in merged().location_labels:
        return cells[1]
    return line.plain


_URL_TAIL = regex.compile(r"^[A-Za-z0-9][A-Za-z0-9\-./%?=&#~+_]{1,200}(?=\s|$)")


def _bare_domain(url: str) -> bool:
    """"jane.dev", "crates.io": a host alone, without scheme, "www." or path."""
    return "://" not in url and not url.lower().startswith("www.") and "/" not in url.rstrip("/")


def _phones(text: str, regions: list[str | None]):
    """Phones of the text read with the first region that makes them valid, else the first's reading."""
    first = None
    for region in regions:
        found = find_phones(text, region)
        if first is None:
            first = found
        if found and all(p.e164 for p in found):
            return found
    return first or []


def _phone_key(s: str) -> str:
    """The last nine digits of a phone number: two writings of one number, with and without the
    country code, share it."""
    return digits(s)[-9:]


def _same_phone(a: str, b_key: str) -> bool:
    return _phone_key(a) == b_key


def _link_key(url: str) -> str:
    u = url.strip().lower()
    if "://" in u:
        u = rx(r"^[a-z]+://").sub("", u)
    if u.startswith("www."):
        u = rx(r"^www\.").sub("", u)
    return u.split("?")[0].split("#")[0].rstrip("/")


# A map search for a place (a theme links the printed town to it): where the candidate lives, not a
# link of theirs.
_MAP_SEARCH = regex.compile(r"https?://(?:www\.)?(?:google\.[a-z.]+/maps\b|maps\.google\.[a-z.]+/|maps\.apple\.com/"
                            r"|bing\.com/maps\b|(?:www\.)?openstreetmap\.org/search\b)", regex.IGNORECASE)


def _add_link(links: dict[str, ProfileLink], url: str, label: str | None) -> None:
    url = normalize_url(url)
    k = _link_key(url)
    if not k or _MAP_SEARCH.match(url):
        return
    if k in links:
        if label and not links[k].label and _link_key(label) != k:
            links[k].label = label
        return
    if label and _link_key(normalize_url(label)) == k:
        label = None
    links[k] = ProfileLink(url=url, kind=classify_link(url), label=label)


# (a bar whether or not spaces stand around it, "a@example.com| P.O. Box 12| Town, ST 12345"; a spaced
# tilde, "Town, ST 12345 ~ (555) 555-0123")
_LOC_SPLIT = regex.compile(r"\t|\s*\|\s*|\s+[•·◦▪■□●◆♦►▸~]\s+|\s{2,}|\s+[—–]\s+(?=\S+@|\+|\d{3})")
# a contact item's label right before it ("Home: ", "Email me on Indeed: "): a word of the contact or
# phone labels and up to three more words, then a colon; or a spaced colon alone, an icon a viewer's
# copy printed as one ("15 Kiln St : www.example.com")
_ITEM_LABEL = regex.compile(r"(?:^|(?<=[\s,;|]))(?P<first>\p{L}[\p{L}\-.]*)(?: \p{L}[\p{L}\-.]*){0,3}\s?[:：]\s*$")
_BARE_COLON = regex.compile(r"(?:^|(?<=\s))[:：]\s*$")


def _without_contact(text: str) -> str:
    """The text with its emails, phones and links, each with its label ("Home: (555) 555-0123"),
    replaced by TABs (they separate the parts)."""
    spans = sorted(f.span for f in (*find_emails(text), *find_phones(text), *find_links(text)))
    out, pos = [], 0
    for a, b in spans:
        if a >= pos:
            if ":" in text[pos:a] or "：" in text[pos:a]:
                label = _ITEM_LABEL.search(text, pos, a)
                label = label if label and _contact_word(label.group("first")) else _BARE_COLON.search(text, pos, a)
                a = label.start() if label else a
            out.append(text[pos:a])
            out.append("\t")
            pos = b
    out.append(text[pos:])
    return "".join(out)


# words that say which of the candidate's phones follows ("Home: (555) 555-0123", "Office: …"): a label
# only right before a contact item
_PHONE_PLACES = frozenset({"home", "work", "office", "day", "daytime", "evening", "residence", "personal"})


def _contact_word(word: str) -> bool:
    """A contact item's label word: "Email", "Home", "Cell", "Tel." (the vocabulary's contact_labels,
    the phone words, and the words naming which phone it is)."""
    k = key(word.rstrip("."))
    return k in merged().contact_labels or k in PHONE_KEYS or k in _PHONE_PLACES


def read_location(document: Document, sections: list[Section]) -> Location | None:
    """The candidate's location, in order: the document's metadata; the best-ranked place in the
    header and contact blocks; else a place beside the candidate's email or phone wherever that
    contact block landed (a sidebar read into another section). A street line followed by a
    "postal code and town" line reads as one address ("Werarring 21" / "38446 Wolfsburg")."""
    meta = dict(document.metadata)
    for k in ("location", "address", "city"):
        if meta.get(k):
            loc = parse_location(meta[k], labelled=True)
            if loc:
                return loc
    header = [(s.kind, l) for s in sections if s.kind in ("header", "contact") for l in s.lines]
    if not header:
        header = [("header", l) for l in document.lines[:10]]
    best = _best_place(header[:30])
    if best is None:
        best = _best_place([("block", l) for l in _contact_block(sections)])
    return best[1] if best else None


def _best_place(lines: list[tuple[str, Line]]) -> tuple[int, Location] | None:
    best: tuple[int, Location] | None = None
    bare = [_without_contact(line.text) for _, line in lines]
    cells = [[p.strip(" ,;|–—") for p in _LOC_SPLIT.split(text)] for text in bare]
    for n, (kind, line) in enumerate(lines):
        parts = cells[n]
        beside = kind == "contact" or bare[n] != line.text
        for j, part in enumerate(parts):
            if not part or lettered_name(part) or _contact_label(part):
                continue  # "JANE DOE, RN": the name with its letters, not a town in Rio Grande do Norte;
                # "Website" alone, "tel. 600 123 456" (a number no region reads as a phone): labels, no place
            labelled = j > 0 and key(parts[j - 1].rstrip(" :：")) in merged().location_labels  # "Address ⇥ …"
            loc = parse_location(part, labelled=labelled, context="contact" if beside else "alone") or next(
                (l for l in map(parse_location, rx(r"\s+[-–—]\s+").split(part)) if l), None)
            if loc is None and kind == "contact" and len(parts) == 1 and "," in part:
                loc = parse_location(part, labelled=True)  # a contact block's "Town, Region" line
            if loc is None and "," in part:
                loc = _affiliation_place(part)  # "Department of X, Y University, Town, MA"
            if loc is None and len(parts) == 1 and _between_name_and_contact(lines, n):
                loc = parse_location(part, context="contact")  # "Valladolid" alone under the name, over the phone
            if loc is None and len(parts) == 1 and n + 1 < len(lines) and (_ADDRESS_LINE.match(part) or _street_only(part)):
                nxt = lines[n + 1][1].text.strip()
                loc = parse_location(f"{part}, {nxt}") if len(nxt) <= 40 else None
            if loc is None and len(parts) == 1 and "," in part and n + 1 < len(lines) and len(cells[n + 1]) == 1 \
                    and 1 <= len(cells[n + 1][0].split()) <= 2 and country_code(f"{part.rsplit(',', 1)[1].strip()} {cells[n + 1][0]}"):
                loc = parse_location(f"{part} {cells[n + 1][0]}")  # "Leeds, West Yorkshire, United" / "Kingdom": a country wrapped
            street = _ADDRESS_LINE.match(part) or is_street(part)
            if loc is None and street and j + 1 < len(parts):
                loc = _street_and_town(part, parts[j + 1:])  # "Gartenweg 3 ■ 12345 Musterstadt ■ Deutschland"
            # (not after a place that ends a longer line, "Analyst at Kiln Co, Leeds": no address's first line)
            if j in (0, len(parts) - 1) and rx(r"\p{L}").search(part) and (
                    loc or street or parse_location(part, context="contact")) and (
                    loc is None or not _ends_longer(strip_label(part)[0], loc.raw)):
                loc = _continued(part, loc, cells[n + 1:n + 3], first=j == 0 and len(parts) > 1) or loc
            if loc is None and j == 0 and len(part.split()) == 1 and bare_town(part) and find_emails(line.text) \
                    and find_phones(line.text):
                loc = Location(raw=part, city=part)  # "Wexbury · e-mail · phone": a town no table knows
            if loc is None and j == 0 and bare[n] != line.text:
                loc = _town_before_labelled_item(part, line.text)  # "Wexbury - Email: …", "Wexbury, Midshire - Home: …"
            if loc is None and len(parts) == 1 and _among_contact_lines(lines, n) and bare_town(part):
                loc = Location(raw=part, city=part)  # "Lucca" alone under the phone line: the town
            if loc:
                rank = location_rank(loc, labelled or strip_label(part)[1])
                if best is None or rank > best[0]:
                    best = (rank, loc)
    return best


_LABEL_AFTER = regex.compile(r"\s*(?:[-–—|•·◦▪■~,;]\s*)?(?P<first>\p{L}[\p{L}\-.]*)(?: \p{L}[\p{L}\-.]*){0,3}\s?[:：]")


def _town_before_labelled_item(part: str, text: str) -> Location | None:
    """A town no table knows first on a contact line, set apart from a contact item given with its
    label ("Wexbury - Email: …", "Wexbury, Midshire – Home: (555) 555-0123", a job board's "Town, Region
    - Email me on Indeed: …"): one word that names nothing, maybe followed by one or two comma parts that
    name nothing either; None otherwise."""
    part = part.strip(" -")
    pieces = [p.strip() for p in part.split(",")]
    if not part or len(pieces) > 3 or len(pieces[0].split()) != 1 or not all(bare_town(p) for p in pieces):
        return None
    at = text.find(part)
    label = _LABEL_AFTER.match(text, at + len(part)) if at >= 0 else None
    if label is None or not _contact_word(label.group("first")):
        return None
    return Location(raw=part, city=pieces[0])


def _ends_longer(text: str, place: str) -> bool:
    """Does the place end a longer text ("Analyst at Kiln Co, Leeds" ends with "Leeds")?"""
    t, p = key(text), key(place)
    return t != p and t.endswith(p)


def _street_and_town(street: str, after: list[str]) -> Location | None:
    """A street and the parts after it on its line, apart by separators ("C/ Feria 12 · 41003 Sevilla ·
    España"): joined while the joined text still reads as a location; None when the next part does
    not make one with the street."""
    joined, found = street, None
    for part in after:
        candidate = parse_location(f"{joined}, {part}") if part else None
        if candidate is None:
            break
        joined, found = f"{joined}, {part}", candidate
    return found


def _among_contact_lines(lines: list[tuple[str, Line]], n: int) -> bool:
    """Does line ``n`` of the header stand among its contact lines: not its first line (the name),
    right under a line with an email or phone, in the same type size?"""
    if n < 1 or lines[n][0] not in ("header", "contact"):
        return False
    above = lines[n - 1][1]
    return (above.style.size == lines[n][1].style.size and lines[n - 1][0] == lines[n][0]
            and bool(find_emails(above.text) or find_phones(above.text)))


def _between_name_and_contact(lines: list[tuple[str, Line]], n: int) -> bool:
    """Is line ``n`` the header's second line, between the name and a line with an email or phone?"""
    return (n == 1 and n + 1 < len(lines) and lines[0][0] == lines[1][0] == "header"
            and bool(find_emails(lines[2][1].text) or find_phones(lines[2][1].text)))


def _street_only(part: str) -> bool:
    """A street and its number, apart by a comma maybe ("8, allée des Tilleuls"): an address's first line."""
    pieces = [p.strip() for p in part.split(",") if p.strip()]
    return bool(pieces) and len(pieces) <= 3 and all(is_street(p) for p in pieces) and rx(r"\d").search(part) is not None


def _affiliation_place(text: str) -> Location | None:
    """The place that ends an affiliation line ("Department of Marine Studies, Harbour University,
    Harbourtown, MA"): the last one to three comma parts when they read as a place ending in a known
    one and the parts before them name a school or an organisation; None otherwise."""
    pieces = [p.strip() for p in text.split(",")]
    for k in range(min(3, len(pieces) - 1), 0, -1):
        head, tail = ", ".join(pieces[:-k]), ", ".join(pieces[-k:])
        if not (institution_like(head) or org_like(head)):
            continue
        loc = parse_location(tail, context="comma")
        if loc is not None and location_rank(loc, False) >= 1:
            return loc
    return None


def _continued(part: str, loc: Location | None, below: list[list[str]], first: bool) -> Location | None:
    """An address printed over two or three lines in one column ("Dublin" / "Ireland", "Via Roma 3"
    / "20121 Milano" / "Italia", "12 Elm Rd." / "Boulder, CO 80301"): the part joined with the cell
    on the same side of the next lines, while the joined text still reads as a location that ends
    in a known place."""
    joined, found = part, None
    for cell_row in below:
        cells = [c for c in cell_row if c]
        if not cells:
            break
        nxt = cells[0] if first else cells[-1]
        if len(nxt) > 40:
            break
        if loc is not None and loc.city and key(loc.raw) == key(loc.city) and key(nxt.split(",")[0]) != key(loc.city) \
                and place_kind(nxt.split(",")[0].strip()) == "city" and parse_location(nxt, context="comma") is not None:
            break  # a town over a line naming a town of its own ("Leeds" over "Leeds, West Yorkshire - Email: …"): two places
        candidate = parse_location(f"{joined}, {nxt}")
        if candidate is None or location_rank(candidate, False) < 1:
            break
        joined, found = f"{joined}, {nxt}", candidate
    return found if found and (loc is None or len(found.raw) > len(loc.raw)) else None


_ADDRESS_LINE = regex.compile(r"^\S.{1,40}\d[\p{L}\d]{0,3}$")  # "Werarring 21", "12 Harbour Road 4B"
_BLOCK = 4


def _contact_block(sections: list[Section]) -> list[Line]:
    """The short lines within a few lines of the first line outside the header that holds an
    email or phone, in the same section."""
    for section in sections:
        if section.kind in ("header", "contact", *_SKIP_KINDS):
            continue
        for i, line in enumerate(section.lines):
            if find_emails(line.text) or find_phones(line.text):
                near = section.lines[max(0, i - _BLOCK): i + _BLOCK + 1]
                return [l for l in near if len(l.text) <= 60]
    return []
