"""Certifications, awards and publications: one entry a line (wrapped lines joined).

Certifications, signals in order:
1. A line that only adds to the certificate above ("Issued by X", a credential ID or licence
   number with at most a label before it, a date alone, a lone linked word) is read into it;
   a line of cells that ends in its ID ("Name ⇥ Issuer ⇥ Issued Mar 2022 · Credential ID X") is
   a certificate of its own; "Issuer · Issued Mar 2023 · Expires …" under a certificate without
   issuer or date (Credly's second line) gives it both. In LinkedIn's three lines ("Name" / "Issuer" / "Issued Mar 2022"),
   the short undated line between the name and its "Issued" line is the issuer.
2. Bullets under a certificate written as a plain line describe it; in a list of bullets, a
   plain line in a bullet's block is the rest of its name.
3. A sentence (seven words or more, mostly lower case, ending in a full stop) is no certificate.
4. The first row of a certificate table whose cells name its columns ("Name ⇥ Issuer ⇥ Date") is
   no certificate; when it names the issuer's column, wherever it stands ("Issuer ⇥ Certificate ⇥
   Year"), each row's cell there is the issuer and its first other cell that is no date the name.
5. Name and issuer: "Name (Issuer, 2021)"; "Issuer: Name (2021)" when the words before the colon
   (three at most) surely name an organisation (an organisation's head word, a web domain, a word
   in capitals: "HubSpot Academy:", "Scrum.org:", "TÜV Rheinland:") and hold no certificate word,
   level or heading phrase ("Microsoft Certified: …", "Seminar: …", "X Online Course: …" stay
   whole) and a capital or a digit opens the name; TAB cells, " | " or " · " parts, a bold name before
   a plain issuer, the side of a dash whose head word names an organisation or a school (a brand
   before a course's words names none: "Google Data Analytics – Coursera"), or the side that does
   not open with a certificate word when the other does ("Certyfikat X – Issuer"), else the side the
   section's other dashed lines put their issuers on (their votes), or the second of two
   comma parts when it names one and the first holds a certificate word ("Raku Firing
   Certificate, Harbour Clay Studio"); after a name ending in its level ("PRINCE2 Foundation –
   Issuer"), or before a date closing the line after a comma ("Name — Issuer, 2022", "Name,
   Issuer, 2022"), the side after the dash or the comma when it may be an issuer (no level, no
   job, not only a certificate word; after a comma, two words or more, or an acronym that is not
   the name's initials after a name holding a certificate word: "Kurs X, UDT, 2017", but "First
   Aid, CPR, 2019" is one name; or one word that surely names an organisation: a known one, a web
   domain, the brand the name opens with: "Name, Google, 2020", "Name, Scrum.org, 2020"); a
   date alone in a cell before the line ("03/2020 ⇥ Name, Issuer") closes it too; the first date is the
   certificate's; an expiry phrase of the vocabulary and its date ("— expires 2026", "(valide
   jusqu'en 2026)", ", exp. 2027": it closes the line as a date does, but its date is never the
   certificate's) and a part that is a credential ID or a licence number, in brackets or between
   commas or dashes ("…, License #RN-0001, …", "(Credential ID X-1)", "– ID X-1 –", "Licence No.
   1234") are no part of the name or the issuer; nor is a last word that says it was passed or
   obtained ("… 合格"). A date after a dash closes the line as one after a comma does ("Name – AHA
   – 2025"); a name spelled out before its acronym ("Trauma Nursing Core Course (TNCC)") is a
   certificate's as surely as one holding a certificate word, and an issuer so written
   ("Professional Engineers Ontario (PEO)") may be one whatever its words; a level in the
   bracket before a date ("(niveau Expert, 2020)") stays in the name and is no issuer. A comma after
   the last dash is read before the dash ("Name – Associate, Issuer, 2023").
Errs towards one name: when the sides are not clear, the whole line is the name.

Awards: the line without its dates is the title, its first date the date. Publications: a line
of fifteen characters or more (or a bullet) is a title, with its last date and its first link
that is no e-mail address or phone number; in a list numbered from its first line ("[J2] …",
"1. …"), a line without a number continues the item above, even when it starts with a volume
("14(2):101–130, 2022.") or a capital; so does a plain line in a bullet's block in a list of
bullets (a Markdown item's indented second line: "  *Journal*, 7(1), 12–29.").
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..document import Line
from ..schema import Award, Certification, Publication
from ..segment import column_header, heading_kind
from ..text import has_phrase, key, rx, split_outside_brackets
from ..vocab import merged
from .dates import find_dates
from .entries import join_wrapped
from .items import dedupe, value_wraps
from .prose import capitalised_words
from .phrases import PARTS, head_word, institution_like, org_like, segments, strip_dates, strip_edges, title_like

__all__ = ["read_certifications", "read_awards", "read_publications", "driving_licence", "CLASS"]


_DETAIL = regex.compile(r"^(?:credential|issued|id\b|license|licence|expires|valid)", regex.IGNORECASE)
_ISSUED_BY = regex.compile(r"^(?:issued by|issuer|issuing organi[sz]ation)\s*:?\s*(?P<issuer>\S.*)$", regex.IGNORECASE)
_CODE = regex.compile(r"(?:[#№]|\b(?:id|no)\b\.?)\s*:?\s*[A-Z0-9][A-Z0-9-]{3,}\s*$", regex.IGNORECASE)
_ISSUER_DASH = regex.compile(r"\s*[–—]\s*|\s+-\s+|(?<=\S)-\s+|\s+-(?=\p{Lu})")


# a driving licence's class: "B", "C1E", "BE", "AM"; Cyrillic capitals too ("категория В")
CLASS = regex.compile(r"(?<![\p{L}\d])(?:AM|[A-DАВСДЕ]1?E?)(?![\p{L}\d])")


def driving_licence(text: str) -> bool:
    """A driving licence: ten words or fewer opening with a driving licence's name of the
    vocabulary, a class after it ("Carné de conducir: B", "Prawo jazdy kat. B", "Permis B"; not
    "Permis de travail")."""
    words = text.split()
    if not words or len(words) > 10:
        return False
    folded = key(text).split()
    index = _licences_by_first_word(merged().driving_licences)
    # (only the names that begin with the text's first word can open it: the others are not tried)
    for name in (index.get(folded[0], ()) if folded else ()) + index.get(None, ()):
        n = len(name)
        if folded[:n] == name and CLASS.search(" ".join(words[n:])):
            return True
    return False


@lru_cache(maxsize=8)
def _licences_by_first_word(names: tuple[str, ...]) -> dict[str | None, tuple[list[str], ...]]:
    """The words of each driving licence's name, by its first word (None: a name of no words)."""
    out: dict[str | None, list[list[str]]] = {}
    for name in names:
        words = name.split()
        out.setdefault(words[0] if words else None, []).append(words)
    return {first: tuple(found) for first, found in out.items()}


def _code_only(text: str) -> bool:
    """A credential ID or licence number with at most a label and a date before it ("License No.
    A-12345"), not a certificate that ends in its ID ("Name ⇥ Issuer ⇥ Issued Mar 2022 ·
    Credential ID X-1")."""
    m = _CODE.search(text)
    return bool(m) and "\t" not in text and len(strip_dates(text[:m.start()]).split()) <= 3


def _first_date(text: str) -> str | None:
    ds = find_dates(text)
    d = ds[0] if ds else None
    return (d.end or d.start).iso() if d and (d.end or d.start) else None


def _own_url(line: Line) -> str | None:
    return next((l.url for l in line.links if not l.url.lower().startswith(("mailto:", "tel:"))), None)


_CODE_WORD = regex.compile(r"^(?:\S*\d\S*|\p{Lu}{2,}\d*)$")  # "PRINCE2", "4", "ITIL"


def _levelled(text: str) -> bool:
    """The text ends in a certificate level of the vocabulary ("PRINCE2 Foundation", "… Associate")."""
    words = text.split()
    return bool(words) and key(words[-1]) in merged().certificate_levels


def _issuer_like(text: str) -> bool:
    """Names a school or an organisation, and no job ("Solutions Architect" is a certificate's name);
    a level after a code names none ("PRINCE2 Foundation", "ITIL 4 Foundation": not "Linux Foundation")."""
    words = text.split()
    if len(words) >= 2 and _levelled(text) and _CODE_WORD.match(words[-2]):
        return org_like(" ".join(words[:-1])) and not title_like(text)
    return org_like(text) and not title_like(text)


def _may_issue(text: str, words: int = 1) -> bool:
    """Could be an issuer: ``words`` words or more, no certificate level ("– Associate", "Level 3"),
    no job, and more than a certificate word ("– Certificate")."""
    ws = text.split()
    levels, stems = merged().certificate_levels, merged().certificate_stems
    return (len(ws) >= words and not any(key(w) in levels for w in ws) and not title_like(text)
            and not all(has_phrase(w, (), stems) for w in ws))


def _org_strength(text: str) -> int:
    """How surely a side names an organisation or a school: 2 when its head word does ("Harbour
    Academy", "University of X", "Google"), 1 when only a word before the head does ("Google Data
    Analytics": a brand naming a course), 0 when it names none."""
    if not _issuer_like(text) or _TITLED.search(text):
        return 0  # "Java Programming: Solving Problems with Software": a course's title and subtitle
    words = text.split()
    if len(words) >= 2 and _levelled(text) and _CODE_WORD.match(words[-2]):
        return 1  # "Harbour 4 Foundation": the level after a code names no foundation
    return 2 if org_like(head_word(text)) else 1


_TITLED = regex.compile(r"\p{L}[:：]\s+\S")  # "Title: Subtitle" inside a side names a course, no organisation


def _dash_pieces(text: str) -> list[str]:
    return [p.strip() for p in _ISSUER_DASH.split(text) if p.strip()]


def _dash_vote(line: Line) -> int:
    """1 for an "Issuer – Name" line whose head-word organisation (see :func:`_org_strength`) is
    before the dash and not after it, -1 for "Name – Issuer", else 0."""
    if "\t" in line.text or PARTS.search(line.text):
        return 0
    pieces = _dash_pieces(strip_edges(strip_dates(line.plain)))
    if len(pieces) != 2:
        return 0
    a, b = _org_strength(pieces[0]), _org_strength(pieces[1])
    return (a == 2 and b < 2) - (b == 2 and a < 2)


def _order(votes: int) -> str | None:
    """The section's order of "Issuer – Name" lines from the votes of its other lines."""
    return "issuer-first" if votes > 0 else "issuer-last" if votes < 0 else None


def _dash_sides(text: str, dated: bool = False, order: str | None = None) -> tuple[str, str] | None:
    """(name, issuer) of "Issuer – Name" or "Name – Issuer", by the parts' content, then the section's
    order (``order``, see :func:`_dash_vote`): the side whose head word names an organisation or a
    school is the issuer when the other's does not; else the side that does not open with a certificate
    word when the other does ("Certyfikat X – Harbour Polska"); else the side the section's other lines put their
    issuers on, when it may be one; else the side after the dash when it names a school, or may be an
    issuer after a name ending in its level ("PRINCE2 Foundation – Harbour Board") or before the date
    that closes the line after a comma ("Name — Issuer, 2022"), but not after a name that only holds an
    organisation's word ("Google Cloud – Professional Data Engineer"); None when that is not clear."""
    pieces = _dash_pieces(text)
    if len(pieces) < 2:
        return None
    first, last = _org_strength(pieces[0]), _org_strength(pieces[-1])
    reversed_ = pieces[-1], " – ".join(pieces[:-1])
    if first == 2 and last < 2:
        return reversed_
    if len(pieces) != 2:
        return reversed_ if first > last else None
    named = [len(p.split()) > 1 and has_phrase(p.split()[0], (), merged().certificate_stems) for p in pieces]
    if named[0] != named[1] and (other := pieces[named[0]])[:1].isupper() and _may_issue(other) and first + last < 4:
        return (pieces[0], pieces[1]) if named[0] else reversed_
    if order == "issuer-first" and not first < last and _may_issue(pieces[0]):
        return reversed_
    if order == "issuer-last" and not last < first and _may_issue(pieces[1]):
        return pieces[0], pieces[1]
    if (first == 0 or first != last) and (institution_like(pieces[1]) or (dated or _levelled(pieces[0])) and _may_issue(pieces[1])):
        return pieces[0], pieces[1]  # after the name, a school is sure to be the issuer ("PMP – Project …")
    return reversed_ if first > last else None


# what a date taken out leaves at the end: punctuation (an expiry is gone before: see _without_extras)
_EXPIRY = regex.compile(r"(?:[\s,;:–—-]|(?<!\.\p{Lu}\p{Ll}{0,4})\.)+$")  # not an abbreviation's dot ("P.Eng."; but "Kiln.org.")
_BRACKETED = regex.compile(r"^(?P<name>[^()]+?)\s*\((?P<issuer>[^(),]+?),\s*(?P<date>[^()]+)\)\s*[.,;]?$")


def _bracketed_issuer(text: str) -> tuple[str, str] | None:
    """(name, issuer) of "Name (Issuer, 2021)": a bracket that ends in a date names the issuer
    before it, unless it is a level ("Name (Level 3, 2021)": the name keeps it, no issuer); None for
    any other line ("First Aid (Level 2)")."""
    m = _BRACKETED.match(text)
    if not m or strip_edges(strip_dates(m.group("date"))) or not find_dates(m.group("date")):
        return None
    issuer = m.group("issuer").strip()
    if not _may_issue(issuer) and not _issuer_like(issuer):  # "Name (niveau Expert, 2020)": a level, no issuer
        return f'{m.group("name").strip()} ({m.group("issuer").strip()})', ""
    return m.group("name").strip(), m.group("issuer").strip()


def _without_result(name: str) -> str:
    """The name without a last word that says the certificate was passed or obtained ("… 合格",
    "… 취득": the vocabulary's certificate results), when a name is left."""
    head, _, last = name.rpartition(" ")
    return head.rstrip() if head.strip() and key(last) in merged().certificate_results else name


_BREAK = regex.compile(r"[\s,;(–—-]*[,;(–—]\s*|\s+-\s+")  # where an expiry or a credential's part may start


def _without_extras(line: Line) -> Line:
    """The line without what only adds to the certificate: an expiry phrase and its date at the end
    ("…, 2023 (valide jusqu'en 2024)", "…, expires 06/2027": the vocabulary's expiry words), and a
    part that is a credential or licence number ("…, License #RN-0001, …")."""
    text = _without_codes(_without_expiry(line.plain))
    return line if text == line.plain else line.with_(text=text, runs=())


def _without_expiry(text: str) -> str:
    """The text without an expiry phrase of the vocabulary and what follows it, when a date does
    ("…, exp. 03/2027", "… - expires 2026", "(valide jusqu'en 2024)")."""
    folded = key(text)
    phrases = [p + " " for p in merged().certificate_expiry if p in folded]
    for m in _BREAK.finditer(text) if phrases else ():  # the first expiry phrase decides (its tail read once)
        if any(key(text[m.end():m.end() + 40]).startswith(p) for p in phrases):
            return text[:m.start()] if find_dates(text[m.end():]) else text
    return text


_PART_BREAK = regex.compile(r"(\s*,\s*|\s*[–—]\s*|\s+-\s+)")  # a comma or a dash between a credential's parts
_CODE_BRACKET = regex.compile(r"\s*\(([^()]*)\)")


def _without_codes(text: str) -> str:
    """The text without the parts that are a credential ID or a licence number (see :func:`_code_only`):
    a bracket ("…, 2023 (ID X-1)", "(Credential ID X-1)") or a part between commas or dashes
    ("… — License #RN-0001, …", "… – ID X-1 – 2018", "… — UXC #0417 — 2020", "…, Licence No. 1234, …"),
    with the comma or dash before it (after it, for the first part)."""
    text = _CODE_BRACKET.sub(lambda m: "" if _code_only(m.group(1).strip()) else m.group(0), text)
    pieces = _PART_BREAK.split(text)
    parts, breaks = pieces[0::2], pieces[1::2]
    if len(parts) < 2 or not any(_code_only(p.strip()) for p in parts):
        return text
    out = ""
    for k, part in enumerate(parts):
        if _code_only(part.strip()):
            continue
        out += (breaks[k - 1] if out and k else "") + part
    return out


def _name_and_issuer(line: Line, order: str | None = None) -> tuple[str, str | None] | None:
    """(name, issuer) of a certificate line: TAB cells or " | " parts ("Name ⇥ Issuer ⇥ 2022"); a
    bold name run followed by a plain issuer ("**First Aid at Work** Red Cross ⇥ 2021"), but a bold
    issuer ending in a comma, its place and a dash before the name ("**Harbour Guild,** Online –
    Kiln Safety"); a school or organisation on one side of a dash ("Open University – Data
    Ethics"). Errs towards one name: when the sides are not clear, the whole line is the name."""
    expiring = _without_expiry(line.plain) != line.plain  # "Name, Issuer, exp. 2026": a date closes the line
    line = _without_extras(line)
    if driving_licence(line.plain):
        return regex.sub(r"\s+(?=[:：])", "", strip_edges(line.plain)), None  # "**Carné de conducir:** B": no issuer
    if bracketed := _bracketed_issuer(line.plain):
        return bracketed
    if "\t" not in line.text and not PARTS.search(line.text) and (colon := _colon_issuer(line.plain)):
        return colon
    content = [c for c in line.cells if not _date_cell(c)]  # "2021 ⇥ Name – Subtitle, Issuer": one cell beside a date
    if len(content) > 1 or PARTS.search(line.text):
        parts = [p for p in segments(line.text) if p]
    else:
        parts = [p for p in [strip_edges(strip_dates(" ".join(content) or line.plain))] if rx(r"\p{L}").search(p)]
        # (no letter, no name: "30 January 2023 ⇥ 1", a page's date and number)
    if not parts:
        return None
    first = parts[0]
    bold = line.runs[0].text.strip() if line.runs and line.runs[0].bold and not line.runs[-1].bold else ""
    if bold and first.startswith(bold) and len(first) > len(bold) + 1 and not rx(r"\s*\([^()]*\)").fullmatch(first[len(bold):]):
        rest = strip_edges(first[len(bold):])  # (a note in brackets after the bold name is part of it: "C++ (Training)")
        if bold.endswith(",") and len(pieces := _ISSUER_DASH.split(first, maxsplit=1)) == 2 and len(pieces[0]) > len(bold):
            return strip_edges(pieces[1]) or first, pieces[0].strip()  # "**Guild,** Online – Name": the issuer and its place
        if rx(r"\s*[-–—]").match(first[len(bold):]):  # "**Open University** – Data Ethics": which side is which?
            return _dash_sides(first, order=order) or (first, None)
        return bold, rest or (parts[1] if len(parts) > 1 else None)
    if len(parts) > 1:
        return first, parts[1]
    dated = expiring or _comma_dated(line.plain) or any(_date_cell(c) for c in line.cells[:-1])
    if "," in _dash_pieces(first)[-1]:  # "Name – Subtitle, Issuer, 2021": the comma after the dash decides first
        return _comma_sides(first, dated) or _dash_sides(first, dated, order) or (first, None)
    return _dash_sides(first, dated, order) or _comma_sides(first, dated) or (first, None)


def _date_cell(cell: str) -> bool:
    """A cell that only holds a date ("03/2020 ⇥ Name, Issuer": the date in a left column)."""
    return bool(find_dates(cell)) and not strip_edges(strip_dates(cell))


_BRACKET_TAIL = regex.compile(r"\s*\(([^()]+)\)\s*[.,;]?\s*$")


_LAST_PART = regex.compile(r"(?:,|\s[–—-]|[–—])(?P<tail>[^,–—]*)$")


def _comma_dated(text: str) -> bool:
    """The line ends in a date after a comma or a dash ("…, 2021", "…, marzo 2022", "… – AHA – 2025")
    or in a bracket that only holds a date ("… – NPTEL (Oct 2020)")."""
    m = _LAST_PART.search(text)
    if m and text[:m.start()].strip() and find_dates(m["tail"]) and not strip_edges(strip_dates(m["tail"])):
        return True
    m = _BRACKET_TAIL.search(text)
    return bool(m and text[:m.start()].strip() and find_dates(m.group(1)) and not strip_edges(strip_dates(m.group(1))))


def _comma_sides(text: str, dated: bool = False) -> tuple[str, str] | None:
    """(name, issuer) of "Raku Firing Certificate, Harbour Clay Studio": two comma parts, the first
    holding a certificate word, the second naming an organisation or a school and no certificate;
    before a date that closes the line ("Name, Issuer, 2021"), a second part of two words or more
    that may be an issuer. A name spelled out before its acronym ("Trauma Nursing Core Course (TNCC)")
    is a certificate's as surely as one holding a certificate word, and an issuer so written
    ("Professional Engineers Ontario (PEO)") may issue whatever its words."""
    pieces = [p.strip() for p in split_outside_brackets(text, ",")]
    if len(pieces) != 2 or not all(pieces):
        return None
    stems = merged().certificate_stems
    name, issuer = pieces
    certified = has_phrase(name, (), stems) or _spelled_out(name)
    if certified and not has_phrase(issuer, (), stems) and (org_like(issuer) or institution_like(issuer)):
        return name, issuer
    if dated and (_may_issue(issuer, words=2) or _spelled_out(issuer)) and issuer[:1].isupper() \
            and not _issuer_like(name):
        return name, issuer
    if dated and _ACRONYM.match(issuer) and certified and _may_issue(issuer) \
            and not _initials_of(issuer, name):
        return name, issuer  # "Forklift Course Certificate, UDT, 2017": an acronym after a certificate word
    if dated and _named_issuer(issuer, name):
        return name, issuer  # "Associate Kiln Developer, Google, 2020", "…, Kiln.org, 2020"
    return None


_DOMAIN = regex.compile(r"^\p{L}[\p{L}\d-]*\.(?:org|com|net|io|edu|de|fr|es|it|nl|pl|pt|ru|eu)$", regex.IGNORECASE)


def _named_issuer(word: str, name: str) -> bool:
    """One capitalised word after a comma that surely names an organisation: a known one ("Google",
    the vocabulary's organisation words), a web domain ("Scrum.org"), or the brand the name opens
    with ("Kilnware Certified Professional, Kilnware"); not a word that only says how the course was
    taken ("Kiln Certificate, Online")."""
    if len(word.split()) != 1 or not word[:1].isupper() or not _may_issue(word):
        return False
    return org_like(word) or bool(_DOMAIN.match(word)) or key(word) == key(name.split()[0])


_ACRONYM = regex.compile(r"^\p{Lu}{2,6}$")
_COLON = regex.compile(r"^(?P<issuer>[^:：()]{2,40}?)\s*[:：]\s+(?P<name>.*\p{L}.*)$")
_CAPS_WORD = regex.compile(r"^\p{Lu}{2,}\d*$")  # "TÜV", "PMI", "ISC2"


def _colon_issuer(text: str) -> tuple[str, str] | None:
    """(name, issuer) of "Issuer: Name (2021)": three words at most before the colon that surely name
    an organisation (its head word an organisation's, a web domain, a word in capitals: "HubSpot
    Academy:", "Scrum.org:", "TÜV Rheinland:") and no certificate word, level or heading phrase (a
    label in the singular too: "Online Course:"), a capital or a digit after it; not "Microsoft
    Certified: Name", "Seminar: Title", "Java Programming: Subtitle", "Name Foundation: issuer"."""
    m = _COLON.match(text.strip())
    if not m:
        return None
    issuer, words = m.group("issuer").strip(), m.group("issuer").split()
    if (len(words) > 3 or not issuer[:1].isupper() or heading_kind(issuer) or heading_kind(issuer + "s")
            or not m.group("name")[:1].isupper() and not m.group("name")[:1].isdigit()
            or any(has_phrase(w, (), merged().certificate_stems) for w in words)):
        return None
    if not (_org_strength(issuer) == 2  # (a level word may end an organisation's name: "Linux Foundation")
            or _may_issue(issuer) and (_DOMAIN.match(issuer) or any(_CAPS_WORD.match(w) for w in words))):
        return None
    name = strip_edges(strip_dates(m.group("name")))
    return (name, issuer) if rx(r"\p{L}").search(name) else None


_SPELLED = regex.compile(r"^(?P<words>(?:\p{Lu}[\p{L}'’-]*\s+){1,7}?(?:\p{L}+\s+){0,2}\p{Lu}[\p{L}'’-]*)\s*\((?P<acronym>\p{Lu}{2,6})\)$")


def _spelled_out(text: str) -> bool:
    """Words followed by the acronym of their initials in brackets ("Basic Life Support (BLS)",
    "Professional Engineers Ontario (PEO)")."""
    m = _SPELLED.match(text)
    return bool(m) and m["acronym"] == "".join(w[0] for w in m["words"].split() if w[0].isupper())


def _initials_of(acronym: str, name: str) -> bool:
    """Is the acronym made of the name's initials ("Basic Life Support Certificate, BLS")?"""
    initials = "".join(w[0] for w in regex.findall(r"\p{L}+", name) if w[0].isupper())
    return acronym.upper() in initials.upper()


def _sentence(text: str) -> bool:
    """Running text: seven words or more ending in a full stop, most of them in lower case, no date."""
    words = text.split()
    return text.endswith(".") and len(words) > 6 and capitalised_words(words, bracketed=False) < 0.4 * len(words) \
        and _first_date(text) is None


_CERTIFIED_NOTE = regex.compile(r"\s*\(([^()]{1,40})\)$")


def _certified_note(name: str) -> bool:
    """The name ends in a bracket that only says it was certified ("(certified in )", its date gone)."""
    m = _CERTIFIED_NOTE.search(name)
    return bool(m and len(m.group(1).split()) <= 3 and has_phrase(m.group(1), (), merged().certificate_stems))


def _adds_to(line: Line) -> bool:
    """A line that only adds to the certificate above: its issuer, a credential, a date, a link."""
    text = line.plain
    return bool(_ISSUED_BY.match(text) or _DETAIL.match(text) or _code_only(text) or not strip_edges(strip_dates(text))
                or (len(text.split()) == 1 and _own_url(line)))


def _bullet_wraps(lines: list[Line]) -> list[Line]:
    """In a list of bulleted certificates (or publications), a plain line in the block of the bullet
    above continues it ("• American Welding Society" / "Certified Welder"; "• Authors (2022). Title."
    / "Journal, 7(1), 12–29."), unless it only adds to it."""
    if not lines or not lines[0].bullet:
        return lines
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and prev.bullet and not line.bullet and line.block == prev.block and not _adds_to(line):
            out[-1] = prev.with_(text=f"{prev.text} {line.text}", links=prev.links + line.links)
        else:
            out.append(line)
    return out


_ISSUED = regex.compile(r"^issued\b(?!\s+by\b)", regex.IGNORECASE)


def _issuer_issued(text: str) -> str | None:
    """The issuer of a line "Issuer · Issued Mar 2023 · Expires Mar 2026" (Credly's and LinkedIn's
    second line under a certificate's name): an undated part of six words or fewer before a dated
    "Issued" part; None for any other line."""
    parts = [p.strip() for p in PARTS.split(text)]
    if len(parts) < 2 or not _ISSUED.match(parts[1]) or not find_dates(parts[1]):
        return None
    first = parts[0]
    return first if first and len(first.split()) <= 6 and not find_dates(first) else None


def _issuer_between(lines: list[Line]) -> list[Line]:
    """LinkedIn's layout, a certificate in three lines ("Name" / "Issuer" / "Issued Mar 2022 ·
    Credential ID X"): when every dated "Issued" line of the list follows two plain undated lines
    (after the lines that add to the certificate above), the second is the first's issuer, joined
    to it as a cell ("Name ⇥ Issuer"); any other list is left as it is."""
    issued = [n for n, l in enumerate(lines) if _ISSUED.match(l.plain) and find_dates(l.plain)]
    if not issued:
        return lines
    pairs, start = [], 0
    for n in issued:
        run = [k for k in range(start, n) if not _adds_to(lines[k])]
        if len(run) != 2 or any(lines[k].bullet or "\t" in lines[k].text or find_dates(lines[k].plain) for k in run) \
                or len(lines[run[1]].plain.split()) > 6:
            return lines
        pairs.append(run)
        start = n + 1
    joined = {a: b for a, b in pairs}
    out: list[Line] = []
    for n, line in enumerate(lines):
        if n in joined:
            issuer = lines[joined[n]]
            out.append(line.with_(text=f"{line.text}\t{issuer.text}", runs=(), links=line.links + issuer.links))
        elif n not in joined.values():
            out.append(line)
    return out


def _row_pairs(lines: list[Line]) -> list[Line]:
    """Two lines of one table row, a dated one over an undated one that does not only add to it
    ("**Harbour School** ⇥ 2021" / "Kiln Safety", a job board's course): one certificate, the
    side naming an organisation or a school more surely (:func:`_org_strength`) the issuer, else
    the first the name; joined as cells ("Name ⇥ Issuer ⇥ 2021")."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if (prev is not None and "table" in prev.origin and "table" in line.origin and prev.block == line.block
                and prev.cells and len(prev.cells) <= 2 and find_dates(prev.plain) and not find_dates(line.plain)
                and "\t" not in line.text and not line.bullet and not _adds_to(line)
                and (head := strip_edges(strip_dates(prev.cells[0])))):
            name, issuer = (line.plain, head) if _org_strength(head) > _org_strength(line.plain) else (head, line.plain)
            out[-1] = prev.with_(text=f"{name}\t{issuer}\t{prev.plain[len(prev.cells[0]):].strip()}", runs=(),
                                 links=prev.links + line.links)
        else:
            out.append(line)
    return out


_ISSUER_HEAD = regex.compile(r"^(?:issuer|issued by|issuing (?:organi[sz]ation|body|authority)|awarding body|provider"
                             r"|organi[sz]ation|authority)$", regex.IGNORECASE)


def _table_row(line: Line, issuer_column: int | None) -> tuple[str, str] | None:
    """(name, issuer) of a row of a table whose header row names the issuer's column, in whatever
    place ("Issuer ⇥ Certificate ⇥ Year"): the issuer is that cell, the name the first other cell
    that is no date; None without such a column or a row of fewer cells."""
    cells = line.cells
    if issuer_column is None or len(cells) <= issuer_column:
        return None
    rest = [c for k, c in enumerate(cells) if k != issuer_column and not _date_cell(c)]
    name = strip_edges(strip_dates(rest[0])) if rest else ""
    return (name, cells[issuer_column]) if name else None


_LIST_SEP = regex.compile(r"\s+[•|·▪]\s+|;\s+")
_YEAR_LAST = regex.compile(r"\(\s*(?:19|20)\d{2}\s*\)$")


def _listed(lines) -> list[Line]:
    """A line listing several certificates, each with its year in brackets, apart by bullets, bars or
    semicolons ("NEBOSH General Certificate (2018) • IOSH Managing Safely (2014)"): one line each."""
    out: list[Line] = []
    for line in lines:
        parts = [p.strip() for p in _LIST_SEP.split(line.text)] if "\t" not in line.text else []
        if len(parts) >= 2 and all(_YEAR_LAST.search(p) for p in parts):
            out += [line.with_(text=p, links=(), runs=()) for p in parts]
        else:
            out.append(line)
    return out


def read_certifications(lines: list[Line] | tuple[Line, ...]) -> list[Certification]:
    """Certificates, one a line (or a bullet; a line listing several, each with its year in brackets,
    is one a part). The lines after a certificate that only add to it
    are read into it: "Issued by X" (the issuer), a date alone, a credential ID or licence
    number, a lone linked word ("Certificate" → its URL). Under certificates written as plain
    lines, bullets describe the certificate above; in a list of bullets, a plain line in a bullet's
    block is the rest of its name; a sentence is never a certificate."""
    lines = _row_pairs(_issuer_between(_bullet_wraps(join_wrapped(value_wraps(_listed(lines))))))
    issuer_column = None
    if len(lines) > 1 and column_header(lines[0], lines[1]):
        issuer_column = next((k for k, c in enumerate(lines[0].cells) if _ISSUER_HEAD.match(c.strip(" :："))), None)
        lines = lines[1:]  # "Certification ⇥ Issuer ⇥ Date": a table's header row
    votes = [_dash_vote(line) for line in lines]
    out: list[Certification] = []
    described = False  # the last plain line was a certificate: the bullets under it describe it
    for line, vote in zip(lines, votes):
        text, prev = line.plain, (out[-1] if out else None)
        if not line.bullet:
            described = False
        elif described:
            continue
        if prev is not None and not line.bullet:
            m = _ISSUED_BY.match(text)
            if m:
                prev.issuer = prev.issuer or strip_edges(strip_dates(m.group("issuer"))) or None
                prev.date = prev.date or _first_date(text)
                continue
            if _DETAIL.match(text) or _code_only(text):
                prev.date = prev.date or _first_date(text)
                continue
            if prev.issuer is None and prev.date is None and (issuer := _issuer_issued(text)):
                prev.issuer, prev.date = issuer, _first_date(text)  # Credly's "Issuer · Issued Mar 2023"
                continue
            if len(text.split()) == 1 and _own_url(line) and not prev.url:
                prev.url = _own_url(line)
                continue
            if key(text) in merged().present:
                continue  # "Present" alone under a certificate: still valid (its dates alone are read below)
        if _sentence(text):
            continue  # a sentence about a certificate, not its name
        found = (_table_row(line, issuer_column)  # a column the header names the issuer's ("Issuer ⇥ Certificate")
                 or _name_and_issuer(line, _order(sum(votes) - vote)))  # the order of the section's other lines
        if found is None:
            if prev is not None:
                prev.date = prev.date or _first_date(text)
            continue
        if text.rstrip().endswith((":", "：")):
            continue  # "Cloud:" over its certificates
        name, issuer = (_EXPIRY.sub("", x) if x else x for x in found)  # "Name, 2021." without its date; "— expires"
        name = _CERTIFIED_NOTE.sub("", name) if _certified_note(name) else name  # "First aid (certified in 2016)"
        name = _without_result(name)  # "基本情報技術者試験 合格"
        if not name:
            continue
        issued = _first_date(_without_expiry(text))  # an expiry's date is not the certificate's
        out.append(Certification(name=name, issuer=issuer or None, date=issued, url=_own_url(line)))
        described = not line.bullet
    return dedupe(out, lambda c: key(c.name))


def read_awards(lines: list[Line] | tuple[Line, ...]) -> list[Award]:
    out = []
    for line in join_wrapped(lines):
        title = strip_edges(strip_dates(line.plain))
        if not title:
            continue
        ds = find_dates(line.plain)
        d = ds[0] if ds else None
        iso = (d.end or d.start).iso() if d and (d.end or d.start) else None
        out.append(Award(title=title, date=iso))
    return out


_ITEM_NUMBER = regex.compile(r"^(?:\[\p{L}{0,3}\d{1,3}\]|\(\d{1,3}\)|\d{1,3}[.)])\s")  # "[J2] ", "[3] ", "(4) ", "12. "


def _numbered_items(lines: list[Line] | tuple[Line, ...]) -> list[Line] | None:
    """The items of a numbered list whose wrapped lines carry no number ("[J2] Authors. Title" /
    "14(2):101–130, 2022."): each numbered line starts an item, every other line continues the item
    above, whatever it starts with; None when the first line or fewer than two carry a number."""
    numbered = [bool(_ITEM_NUMBER.match(l.plain)) for l in lines]
    if not lines or not numbered[0] or sum(numbered) < 2:
        return None
    out: list[Line] = []
    for line, starts in zip(lines, numbered):
        prev = out[-1] if out else None
        if starts or prev is None or line.bullet or line.style.bold != prev.style.bold:
            out.append(line)  # a number, or a line in other type (a sub-heading between the items)
            continue
        glued = prev.plain.endswith("-") and line.plain[:1].islower()  # "Cross-lin-" / "gual": a hyphen at the line end
        out[-1] = prev.with_(text=(prev.text[:-1] if glued else prev.text + " ") + line.text,
                             links=prev.links + line.links,
                             box=prev.box.union(line.box) if prev.box and line.box else prev.box)
    return out


def read_publications(lines: list[Line] | tuple[Line, ...]) -> list[Publication]:
    out = []
    for line in _numbered_items(lines) or join_wrapped(_bullet_wraps(list(lines))):  # (a bullet's plain lines: its rest)
        text = line.plain
        if len(text) < 15 and not line.bullet:
            continue
        ds = find_dates(text)
        d = ds[-1] if ds else None
        iso = (d.end or d.start).iso() if d and (d.end or d.start) else None
        url = next((l.url for l in line.links if not l.url.lower().startswith(("mailto:", "tel:"))), None)
        out.append(Publication(title=text, date=iso, url=url))
    return out
