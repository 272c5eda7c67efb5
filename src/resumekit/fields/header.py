"""Who the candidate is and how to reach them: name, headline, emails, phones, links, location.

Name, signals in order of precedence:
1. Declared: Markdown front matter ``name``; a Word "Title" style line.
2. Shape: two to five capitalised words (particles such as "van", "de", "al-" allowed), or two
   to four CJK characters; no digits, no "@", not a section heading, not a job title, not a
   place. Letter-spaced names are rejoined; "Dr.", "Prof." are left out; a name split over two
   lines in the same large type ("CHRIS" / "OH") is joined.
3. Prominence: the largest type among the candidates, then position (first lines first), then bold.
Candidates come from the header block, else the first lines of the document.

Headline: the short line right under the name that is not contact data, a place or a heading.

Contact values are collected from every line outside references, plus link targets
(mailto: and tel: go to emails and phones). Location: the first header part that reads as a
place (see :mod:`.location`).
"""
from __future__ import annotations

import regex

from ..document import Document, Line, Section
from ..schema import Contact, Location, Phone, ProfileLink
from ..text import despace, is_caps, key
from .contact import classify_link, find_emails, find_links, find_phones, link_from_target, normalize_url, region_hint
from .entries import org_like, title_like
from ..vocab import codes, load, merged
from .location import location_rank, parse_location, strip_label
from ..segment import heading_kind

__all__ = ["read_name", "read_contact", "read_location", "NAME_TITLES"]

NAME_TITLES = regex.compile(r"^(?:dr|prof|mr|mrs|ms|mx|miss|sir|dipl|ing|mag|mgr|dott|sr|sra|herr|frau|m|mme)\.?(?:\s+|$)",
                            regex.IGNORECASE)
_PARTICLES = {"van", "von", "der", "den", "de", "da", "das", "do", "dos", "di", "del", "della", "la", "le", "du",
              "al", "el", "bin", "binti", "ibn", "ter", "ten", "zu", "y", "e", "of", "st"}
# A capitalised word, hyphenated or with an apostrophe ("Okereke-Hale", "O'Neil", "al-Rashid"), an
# initial ("Q."), or a nickname in brackets ("(Chun-Ho)").
_NAME_WORD = regex.compile(r"^\(?(?:(?:al|el|d|l|o)[\-'’])?\p{Lu}[\p{L}\p{M}]*(?:[\-'’][\p{L}\p{M}]+)*\.?\)?$")
_CJK_NAME = regex.compile(r"^[\p{Han}\p{Hiragana}\p{Katakana}]{2,4}$")
_CYR_LAT = regex.compile(r"\p{L}")


def _name_text(line: Line) -> str | None:
    text = line.cells[0] if line.cells else line.plain
    text = despace(text)
    text = NAME_TITLES.sub("", text).strip(" ,|")
    text = regex.sub(r",?\s+(?:ph\.?d|m\.?d|mba|msc|m\.sc|bsc|cpa|pmp)\.?$", "", text, flags=regex.IGNORECASE)
    return text or None


def is_name(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 50 or regex.search(r"[\d@/:;|•]", text):
        return False
    if _CJK_NAME.match(text.replace(" ", "")) and len(text.replace(" ", "")) <= 4:
        return key(text) not in merged().document_titles and heading_kind(text) is None
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    real = [w for w in words if not (w in _PARTICLES)]  # "van", "de"; a capitalised "Das" is a name
    if len(real) < 2 or not all(_NAME_WORD.match(w) for w in real):
        return False
    if heading_kind(text) is not None or title_like(text) or org_like(text) or parse_location(text) is not None:
        return False
    return key(text) not in merged().document_titles


def read_name(document: Document, sections: list[Section]) -> tuple[str | None, str | None, set[int]]:
    """(name, headline, indices of the lines they came from)."""
    meta = dict(document.metadata)
    used: set[int] = set()
    pool = _candidates(document, sections)
    name = None
    best = None
    labelled = _labelled_name(pool)
    if meta.get("name") and is_name(meta["name"]) or meta.get("name") and document.format == "markdown":
        name = meta["name"].strip()
    elif labelled:
        name = labelled[0]
        used.add(labelled[1])
    else:
        sizes = sorted({l.style.size for l in pool if l.style.size}, reverse=True)
        for pos, line in enumerate(pool):
            text = _name_text(line)
            joined = None
            if text and not is_name(text) and pos + 1 < len(pool):
                nxt = pool[pos + 1]
                t2 = _name_text(nxt)
                if t2 and len(text.split()) == 1 and len(t2.split()) == 1 and nxt.style.size == line.style.size:
                    if is_name(f"{text} {t2}"):
                        joined = (f"{text} {t2}", nxt.index)
            if not (text and (is_name(text) or joined)):
                continue
            score = 0.0
            if line.style.size and sizes:
                rank = sizes.index(line.style.size)
                score += 3 if rank == 0 else 1 if rank == 1 else 0
            score += 2 if pos == 0 else 1 if pos < 3 else 0
            score += 1 if line.style.bold else 0
            score += 2 if line.style.heading_level in (0, 1) else 0
            score += 0.5 if is_caps(text) else 0
            if best is None or score > best[0]:
                best = (score, joined[0] if joined else text, line, joined[1] if joined else None)
        if best:
            name = best[1]
            used.add(best[2].index)
            if best[3] is not None:
                used.add(best[3])
    headline = meta.get("headline") or meta.get("title") if document.format == "markdown" else None
    if best and not headline:
        headline = _headline(pool, best[2], best[3])
        if headline:
            used.add(headline[1])
            headline = headline[0]
    return name, headline, used


_NAME_LABEL = regex.compile(r"^(?P<label>[^:：\t]{1,25}?)\s*(?:[:：]\s*|\t|\s)(?P<name>[^\t]{2,60})")


def _labelled_name(pool: list[Line]) -> tuple[str, int] | None:
    """A name after its label ("Name: Jane Doe", "氏名 ⇥ 山田 太郎"), with its line's index."""
    labels = merged().name_labels
    for line in pool:
        m = _NAME_LABEL.match(line.text)
        if m and key(m.group("label")) in labels:
            value = NAME_TITLES.sub("", m.group("name").strip()).strip()
            if value and not regex.search(r"[\d@/]", value) and len(value.split()) <= 5:
                return value, line.index
    return None


def _candidates(document: Document, sections: list[Section]) -> list[Line]:
    header = [s for s in sections if s.kind == "header"]
    pool = list(header[0].lines) if header else []
    if len(pool) < 2:
        pool += [l for l in document.lines[:15] if l not in pool]
    pool += [l for s in sections if s.kind == "contact" for l in s.lines if l not in pool]
    return pool


def _headline(pool: list[Line], name_line: Line, second: int | None) -> tuple[str, int] | None:
    if len(name_line.cells) >= 2:
        cell = name_line.cells[1]
        if _headline_like(cell):
            return cell, name_line.index
    after = [l for l in pool if l.index > (second if second is not None else name_line.index)]
    for line in after[:2]:
        text = line.plain
        if _headline_like(text):
            return text, line.index
        if _is_contact(text):
            continue
        break
    return None


def _headline_like(text: str) -> bool:
    if not text or len(text) > 100 or len(text.split()) > 14 or _is_contact(text):
        return False
    if key(text) in merged().document_titles:
        return False
    if regex.match(r"^\d", text):  # "14 Rowan Terrace": an address
        return False
    if heading_kind(text) is not None and len(text.split()) <= 3:
        return False
    if parse_location(text) is not None:
        return False
    return bool(regex.search(r"\p{L}{3}", text)) and not text.endswith(".")


def _is_contact(text: str) -> bool:
    return bool(find_emails(text) or find_phones(text) or find_links(text))


# ----------------------------------------------------------------------------- contact

_SKIP_KINDS = ("references",)


def read_contact(document: Document, sections: list[Section], language: str | None = None
                 ) -> tuple[Contact, set[int]]:
    """Emails, phones, links and location; the set of line indices they were read from.

    Phones are read with the region of the candidate's location, else the regions of the body
    language (``phone_regions`` in the vocabulary), first valid wins. A bare domain ("jane.dev")
    is a link only in the header and contact blocks; elsewhere it is usually a product's name."""
    used: set[int] = set()
    by_kind = [(s.kind, l) for s in sections if s.kind not in _SKIP_KINDS
               for l in s.lines + ((s.heading,) if s.heading else ())]
    by_kind.sort(key=lambda kl: kl[1].index)
    location = read_location(document, sections)
    region = region_hint(location.raw) if location else None
    regions = [region] if region else list(load(language).phone_regions if language in codes() else ()) or [None]
    emails: dict[str, None] = {}
    phones: dict[str, Phone] = {}
    links: dict[str, ProfileLink] = {}
    broken: set[str] = set()  # URLs printed over two lines, by the key of their first half

    def add_phones(text: str) -> bool:
        found = _phones(text, regions)
        for p in found:
            phones.setdefault(_digits(p.value), Phone(raw=p.value, e164=p.e164))
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
        for e in find_emails(text):
            found = True
            before = regex.search(r"(\S+) $", text[: e.span[0]])
            if before and (before.group(1) + e.value).lower().split(":")[-1] in emails:
                continue  # "jane.do e@x.com": a copy of an address already found, broken by a gap
            emails.setdefault(e.value, None)
        found = add_phones(text) or found
        for f in find_links(line.text):
            if _bare_domain(f.value) and kind not in ("header", "contact"):
                continue
            url = f.value
            at_cell_end = line.text[f.span[1]:f.span[1] + 1] in ("", "\t")
            if at_cell_end and url.endswith(("-", "_")) and n + 1 < len(by_kind):
                nxt = _URL_TAIL.match(by_kind[n + 1][1].plain)  # a URL broken over two lines
                if nxt:
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
    return Contact(emails=list(emails), phones=list(phones.values()), location=location,
                   links=list(links.values())), used


_URL_TAIL = regex.compile(r"^[a-z0-9][a-z0-9\-./%?=&#~+_]{1,200}(?=\s|$)")


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


def _digits(s: str) -> str:
    return regex.sub(r"\D", "", s)[-9:]


def _same_phone(a: str, b_key: str) -> bool:
    return _digits(a) == b_key


def _link_key(url: str) -> str:
    u = url.strip().lower()
    u = regex.sub(r"^[a-z]+://", "", u)
    u = regex.sub(r"^www\.", "", u)
    return u.split("?")[0].split("#")[0].rstrip("/")


def _add_link(links: dict[str, ProfileLink], url: str, label: str | None) -> None:
    url = normalize_url(url)
    k = _link_key(url)
    if not k:
        return
    if k in links:
        if label and not links[k].label and _link_key(label) != k:
            links[k].label = label
        return
    if label and _link_key(normalize_url(label)) == k:
        label = None
    links[k] = ProfileLink(url=url, kind=classify_link(url), label=label)


_LOC_SPLIT = regex.compile(r"\t|\s+[|•·◦▪]\s+|\s{2,}|\s+[—–]\s+(?=\S+@|\+|\d{3})")


def _without_contact(text: str) -> str:
    """The text with its emails, phones and links replaced by TABs (they separate the parts)."""
    spans = sorted(f.span for f in (*find_emails(text), *find_phones(text), *find_links(text)))
    out, pos = [], 0
    for a, b in spans:
        if a >= pos:
            out.append(text[pos:a])
            out.append("\t")
            pos = b
    out.append(text[pos:])
    return "".join(out)


def read_location(document: Document, sections: list[Section]) -> Location | None:
    """The candidate's location: a labelled one first, else the first place in the header lines."""
    meta = dict(document.metadata)
    for k in ("location", "address", "city"):
        if meta.get(k):
            loc = parse_location(meta[k], labelled=True)
            if loc:
                return loc
    header = [l for s in sections if s.kind in ("header", "contact") for l in s.lines]
    if not header:
        header = list(document.lines[:10])
    best: tuple[int, Location] | None = None
    for line in header[:30]:
        for part in _LOC_SPLIT.split(_without_contact(line.text)):
            part = part.strip(" ,;|")
            if not part:
                continue
            loc = parse_location(part) or next(
                (l for l in map(parse_location, regex.split(r"\s+[-–—]\s+", part)) if l), None)
            if loc:
                rank = location_rank(loc, strip_label(part)[1])
                if best is None or rank > best[0]:
                    best = (rank, loc)
    return best[1] if best else None
