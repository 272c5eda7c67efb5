"""The parts of an entry's header line, and what kind of phrase each is.

:func:`segments` cuts a header line into parts between separators (TAB, |, •, spaced dashes, @)
with the dates taken out, a date with words on both sides being a separator of its own, and a
length of time beside a date ("1 year 2 months") no part at all. :func:`comma_pieces` splits a
part at its commas, a company's legal form kept with its name ("Ribeiro & Neves, Lda.").

What a part names, signals in order:
1. Words of the vocabulary: a title word (:func:`title_like`), an organisation or school word
   (:func:`org_like`); organisation words written in capitals match only in capitals.
2. Compounds: a word ending in a title or organisation ending ("Stationsleitung", "Herzzentrum").
3. A name ending in a legal form (the vocabulary's ``legal_forms``: "Nordvik Foods AB") names a
   company, never a place, whatever region's code its last word also is.
4. The head word (:func:`head_word`): the word before a preposition of the vocabulary, else the
   last word, decides a phrase holding both kinds ("Software Engineer", "Candidate in Government").
5. A list of four names or more (:func:`name_list`) names employers, as an organisation word does.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..places import place_kind, region_hint
from ..text import find_urls, has_phrase, key, rx, split_outside_brackets, word_set
from ..vocab import merged
from .dates import find_dates, find_durations

__all__ = ["AT_NAME", "PARTS", "SEPARATORS", "comma_pieces", "legal_form", "ends_in_legal_form", "segments", "strip_dates", "strip_edges", "title_like", "org_like", "head_word",
           "degree_like", "institution_like", "is_url", "name_list", "career_gap", "names_no_role", "unit_like", "acronym_last",
           "introduced_company", "employer_labelled", "employment_sentence"]

# "at" before a capitalised name: "Audit Senior at Harlow & Co.", "MSc Logistics at Kelham University"
AT_NAME = regex.compile(r"\s+(?:at|@|chez|bei|presso|bij|в)\s+(?=\p{Lu})")

# parts of a line apart by a spaced bar, middle dot or bullet ("Name | Issuer | 2022", "Name · 2021 · Python")
PARTS = regex.compile(r"\s[|·•]\s")
SEPARATORS = regex.compile(r"\t|\s+[|•·◦▪∙]\s+|\s+[—–]\s+|\s+-\s+|\s+@\s+|\s*\|\s*|\s*;\s+")


def _durations(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The lengths of time printed after a date ("Jan 2019 – Mar 2020 (1 year 3 months)"), or
    making up the whole text ("4 years" under an employer): no name, and never a part."""
    out = []
    for a, b in find_durations(text):
        after_date = any(e <= a and not rx(r"[\p{L}\p{N}]").search(text[e:a]) for _, e in spans)
        alone = not rx(r"[\p{L}\p{N}]").search(text[:a] + text[b:])
        if after_date or alone:
            out.append((a, b))
    return out


def strip_dates(text: str, split: bool = False) -> str:
    """The text with its dates, the lengths of time after them, and the words around them
    (brackets) removed. With ``split``, a date with words on both sides becomes a TAB, a gap
    between two parts ("Trade Certificate Expected in 05/2026 Harwick College"), and the lead words
    before it ("Expected in", "from") go with it."""
    spans = [d.span for d in find_dates(text)]
    spans = sorted(spans + _durations(text, spans))
    if not spans:
        return text
    out, pos = [], 0
    for a, b in spans:
        before = text[pos:a]
        inside = split and rx(r"\p{L}").search(text[:a]) and rx(r"\p{L}").search(text[b:])
        if inside:
            before = _lead_words(before)
        out.append(before + ("\t" if inside else ""))
        pos = b
    out.append(text[pos:])
    s = "".join(out)
    s = rx(r"\(\s*\)|\[\s*\]").sub(" ", s)
    return s


def _lead_words(text: str) -> str:
    """The text without the words that lead into a date at its end ("Expected in", "since")."""
    v = merged()
    leads = word_set(v.expected, v.from_words, v.since_words)
    lead = word_set(leads, v.stop_words)
    words = text.rstrip().split(" ")
    n = 0
    while n < 2 and len(words) > n + 1 and key(words[-1 - n]) in lead:
        n += 1
    # only when an "expected", "from" or "since" word is among them: "in" alone stays ("Diploma in")
    if n and any(key(w) in leads for w in words[len(words) - n:]):
        return " ".join(words[:len(words) - n]) + " "
    return text


def segments(text: str) -> list[str]:
    """Parts of a header line between separators (TAB, |, •, spaced dashes, @), dates removed;
    a full stop before an organisation's name is a separator too (:func:`_stop_before_name`)."""
    return list(_segments(text))


@lru_cache(maxsize=1 << 12)
def _segments(text: str) -> tuple[str, ...]:
    """(The readers cut the same header lines again and again: the parts are kept per text.)"""
    parts = SEPARATORS.split(strip_dates(text, split=True))
    out = []
    for p in parts:
        p = strip_edges(p)
        if p and rx(r"\p{L}").search(p):
            out += [q for piece in _agency_apart(p) for q in _stop_before_name(piece)]
    return tuple(out)


_NAME = r"\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}\p{N}&.'’-]*)*"


@lru_cache(maxsize=4)
def _agency_pattern(intros: tuple[str, ...]) -> regex.Pattern | None:
    if not intros:
        return None
    words = "|".join(r"\s+".join(map(regex.escape, i.split())) for i in sorted(intros, key=len, reverse=True))
    return regex.compile(rf"^(?P<role>.+?)\s+(?i:{words})\s+(?P<agency>{_NAME})\s*,?\s+"
                         rf"(?P<intro>\p{{Ll}}+(?:\s+\p{{Ll}}+){{0,2}})\s+(?P<client>\p{{Lu}}.*)$")


def _agency_apart(part: str) -> list[str]:
    """A contract role through an agency at a client, in one part ("Data Engineer via Harwick
    Recruitment for Tollgate Bank", "Staff Nurse via Orla Staffing, placed at Kelby Hospital": the
    vocabulary's agency_introducers, the agency's capitalised name, a lower-case word or three
    introducing the client): the role and the client, the agency dropped; else the part whole."""
    pattern = _agency_pattern(merged().agency_introducers)
    m = pattern.match(part) if pattern is not None else None
    return [m.group("role").strip(), m.group("client").strip()] if m else [part]


_LABELLED = regex.compile(r"^(?P<label>[\p{L}][\p{L} ]{0,40}?)\s*[:：]\s*(?P<rest>\S.*)$")


_AGENCY = regex.compile(r"\s*\((?P<intro>[^()]{2,30}?)\s+(?P<agency>\p{Lu}[^()]{1,60})\)$")


def unlabelled(seg: str) -> str:
    """A role's header part without the label before its title ("Position: Glaze Technician",
    "役職：シニアエンジニア", the vocabulary's title_labels, after a colon of either width; a label
    of two to four words needs no colon: "Tätigkeit als Projektingenieurin bei …", a phrase no
    title opens with) and without the agency in brackets after a contract role's client
    ("Tollgate Bank (via Harwick Recruitment)": the vocabulary's agency_introducers); else the
    part as it stands."""
    m = _LABELLED.match(seg)
    labels = merged().title_labels
    if m and key(m.group("label")) in labels:
        seg = m.group("rest").strip()
    else:
        words = seg.split()
        for n in (4, 3, 2):
            if len(words) > n and key(" ".join(words[:n])) in labels:
                seg = " ".join(words[n:])
                break
    m = _AGENCY.search(seg)
    if m and m.start() and key(m.group("intro")) in merged().agency_introducers:
        seg = seg[:m.start()].rstrip()
    return seg


def employer_labelled(seg: str) -> str | None:
    """The employer a header part names after an employer label and a colon of either width
    ("Company: Harwick Services", "Organisation : Kelham Trust", the vocabulary's
    employer_labels), else None."""
    m = _LABELLED.match(seg)
    if m and key(m.group("label")) in merged().employer_labels:
        return m.group("rest").strip() or None
    return None


# a full stop after a word (not after an abbreviation: "Aux.", "S.A.") and before a capital
_STOP = regex.compile(r"(?<=\p{Ll}{3})\.\s+(?=\p{Lu})")


def _stop_before_name(part: str) -> list[str]:
    """A role and its employer written as two sentences ("Stock clerk. Varga Foods AB"): a full
    stop after a word, followed by a name of at most eight words that ends in a legal form or
    holds an organisation word and no title word, cuts the part in two; else the part whole."""
    for m in _STOP.finditer(part):
        left, right = part[:m.start()].strip(), part[m.end():].strip()
        if not left or len(left.split()) > 6 or len(right.split()) > 8 or ends_in_legal_form(left) \
                or legal_form(right.split()[0].rstrip(",")):
            continue  # (a legal form after the stop ends the name before it: "Omnia. Co., Ltd.")
        if ends_in_legal_form(right) or org_like(right) and not title_like(right):
            return [left, right]
    return [part]


def legal_form(text: str) -> bool:
    """The text is a company's legal form only ("Inc.", "Lda.", "S.A.", "GmbH")."""
    compact = key(text).replace(" ", "")
    return bool(compact) and compact in _compact(merged().legal_forms)


@lru_cache(maxsize=8)
def _compact(forms: tuple[str, ...]) -> frozenset[str]:
    """The forms without their spaces ("s a" → "sa")."""
    return frozenset(f.replace(" ", "") for f in forms)


_REGION_CODE = regex.compile(r"\p{Lu}{2}")  # "CO", "AB": after a comma a region's code, not "Co." or "AB"


def ends_in_legal_form(text: str) -> bool:
    """A name ending in a company's legal form ("Varga Foods AB", "Tarrow Ltd."): a company, never
    a place ("AB" is also a region's code)."""
    words = text.split()
    if len(words) >= 2 and _REGION_CODE.fullmatch(words[-1]) and words[-2].endswith(","):
        return False  # "Denver, CO": a region's code after a comma
    return len(words) >= 2 and (legal_form(words[-1]) or len(words) >= 3 and legal_form(" ".join(words[-2:])))


def comma_pieces(text: str) -> list[str]:
    """The pieces of a part between its commas outside brackets, a legal form kept with the name
    before it ("Ribeiro & Neves, Lda." is one piece, "Acme, Inc., Leeds" two), and so are the
    letters of a licence after a title ("Charge Nurse, RN, BSN", "Site Engineer, PE")."""
    out: list[str] = []
    for p in (p.strip() for p in split_outside_brackets(text, ",")):
        if not p:
            continue
        if out and (legal_form(p) and not _REGION_CODE.fullmatch(p) or post_nominal(p) and title_like(out[-1])):
            out[-1] = f"{out[-1]}, {p}"
        else:
            out.append(p)
    return out


def post_nominal(piece: str) -> bool:
    """Letters of a licence or a profession as written after a title ("RN", "P.Eng.", "CPA"; the
    vocabulary's post_nominals), in capitals: a lower-case word is none."""
    return any(c.isupper() for c in piece) and not any(w.islower() for w in piece.split()) \
        and key(piece) in merged().post_nominals


_EDGES = " ,;:|-–—·•‣▪◦\t"  # separators, and bullet glyphs an extractor left in the text


def strip_edges(s: str) -> str:
    """Separators and unmatched brackets off both ends; a bracket that closes one inside stays
    ("Developer (CKAD)" keeps its ")")."""
    s = s.strip(_EDGES)
    s = s.rstrip(" ([").lstrip(" )]").strip(_EDGES)
    while s and s[-1] in ")]" and s.count("(" if s[-1] == ")" else "[") < s.count(s[-1]):
        s = s[:-1].rstrip(_EDGES)
    while s and s[0] in "([" and s.count(")" if s[0] == "(" else "]") < s.count(s[0]):
        s = s[1:].lstrip(_EDGES)
    if s.startswith("(") and s.endswith(")") and s.count("(") == 1:
        s = s[1:-1].strip()
    return s


@lru_cache(maxsize=1 << 12)
def title_like(text: str) -> bool:
    """A job-title word in the text, or a lower-case plural of one ("Research assistants"; a
    capitalised "Traders" is more likely a company's name), or a compound word ending in one
    of the vocabulary's title endings ("Stationsleitung")."""
    v = merged()
    return has_phrase(text, v.title_words) or has_phrase(rx(r"\b(\p{Ll}\p{L}{2,})s\b").sub(r"\1", text), v.title_words) \
        or _compound(text, v.title_endings)


def career_gap(header: list[str]) -> bool:
    """Header lines whose first part names a time out of work and nothing else ("Career break",
    "Elternzeit (Mutterschutz)", "Maternity leave: twins"; its brackets and what follows a colon
    aside), no part naming an employer: a dated gap, not a role ("Maternity cover" is a role)."""
    parts = [seg for text in header for seg in segments(text)]
    if not parts or any(org_like(p) for p in parts[1:]):
        return False
    return key(rx(r"\([^()]*\)").sub(" ", parts[0]).split(":")[0]) in merged().career_gaps


def names_no_role(header: list[str]) -> bool:
    """Header lines none of whose pieces (their brackets aside) names an organisation or is a role
    printed as one, headed by a capitalised title word: a course and its audience
    ("Organic Chemistry II (CHEM 2420), lecture of 180 students"; "Soil Ecology (second year),
    module lead"), which under a teaching heading is a course taught, not a job ("Teaching
    Assistant", "Lecturer in Ecology" are roles); a client engagement under a role's label line.
    Errs towards a role: one such piece keeps it."""
    pieces = [p for text in header for seg in segments(text) for p in comma_pieces(seg)]
    for piece in pieces:
        bare = rx(r"\([^()]*\)").sub(" ", piece).strip()
        head = head_word(bare)
        if org_like(bare) or name_list(bare) or head[:1].isupper() and title_like(head):
            return False
    return bool(pieces)


def unit_like(text: str) -> bool:
    """A part of an organisation, named by a unit word it opens with ("Department of History",
    "Faculty of Law", "Laboratory for Soil Physics"): not the employer when the organisation is
    named beside it ("London School of Economics" opens with no unit word)."""
    k = key(text)
    return any(k == u or k.startswith(u + " ") for u in merged().institution_units)


def is_url(text: str, slack: int = 6) -> bool:
    """A web address, with at most ``slack`` characters beside it, maybe the address repeated in
    brackets after itself ("acme.io (https://acme.io)")."""
    urls = find_urls(text)
    return bool(urls) and len(text) - sum(b - a for a, b, _ in urls) <= slack


@lru_cache(maxsize=1 << 12)
def degree_like(text: str) -> bool:
    """A degree word of the vocabulary in the text ("BSc", "Master", "Diplom")."""
    return has_phrase(text, merged().degree_words)


@lru_cache(maxsize=1 << 12)
def institution_like(text: str) -> bool:
    """A school word of the vocabulary in the text ("University", "Hochschule", "Politécnico")."""
    v = merged()
    return has_phrase(text, v.institution_words, v.institution_stems)


def head_word(text: str) -> str:
    """The word that heads a name or a role: the last word before a preposition of the
    vocabulary that follows the first word ("Candidate in Government", "University of Leeds",
    "Jefa de Ventas"), else the last word ("Software Engineer", "Acme Sales Ltd")."""
    words = text.split()
    preps = merged().phrase_prepositions
    for n, w in enumerate(words[1:], start=1):
        if key(w) in preps:
            return words[n - 1]
    return words[-1] if words else ""


@lru_cache(maxsize=1 << 12)
def org_like(text: str) -> bool:
    """An organisation or school word in the text, or a compound word ending in an organisation
    ending ("Herzzentrum", "Parkhotel")."""
    v = merged()
    return has_phrase(text, _org_words(v.organization_words, v.institution_words), v.institution_stems, v.acronyms) \
        or _compound(text, v.organization_endings)


_ORG_WORDS: list = []


def _org_words(organizations: tuple[str, ...], institutions: tuple[str, ...]) -> tuple[str, ...]:
    """The two tables as one tuple, the same object for the same tables (:func:`has_phrase` keeps
    its index per tuple object: a tuple joined per call was indexed, and hashed, again)."""
    if not _ORG_WORDS or _ORG_WORDS[0] is not organizations or _ORG_WORDS[1] is not institutions:
        _ORG_WORDS[:] = [organizations, institutions, organizations + institutions]
    return _ORG_WORDS[2]


_LIST_WORD = regex.compile(r"^(?:[\p{Lu}\p{N}]|&$)")


def name_list(text: str) -> bool:
    """A list of four names or more, each of one to four capitalised words and none a role
    ("Harvey Stores, Bolt Books, Lune Media, Orrin Group"): the employers of one role, named
    together."""
    pieces = comma_pieces(text)
    if len(pieces) < 4 or sum(len(p.split()) >= 2 for p in pieces) * 2 < len(pieces):
        return False  # (single words are rather a list of tools: "Python, Go, Kafka, Redis")
    return all(1 <= len(p.split()) <= 4 and all(_LIST_WORD.match(w) for w in p.split()) and not title_like(p)
               for p in pieces)


def _compound(text: str, endings: tuple[str, ...]) -> bool:
    """A word of the text that is longer than one of ``endings`` by three letters or more and ends
    in it: a compound ("Praxisanleiterin" ends in "leiterin")."""
    if not endings:
        return False
    ends, lengths = _endings(endings)
    for w in key(text).split():
        for n in lengths:  # the word's ending of each length an ending has, three letters left over
            if len(w) < n + 3:
                break
            if w[len(w) - n:] in ends:
                return True
    return False


@lru_cache(maxsize=8)
def _endings(endings: tuple[str, ...]) -> tuple[frozenset[str], tuple[int, ...]]:
    """The endings as a set, and their lengths, shortest first."""
    return frozenset(endings), tuple(sorted({len(e) for e in endings}))


def acronym_last(pieces: list[str], known: list[int]) -> bool:
    """"Teaching Assistant, Algorithms Course, HCU": a role, a piece without organisation words,
    then a name in capitals that no table knows as a place — the employer's initials; the piece
    between qualifies the role."""
    last = pieces[-1]
    return len(pieces) == 3 and known == [0] and title_like(pieces[0]) and bool(_ACRONYM.match(last)) \
        and not (place_kind(last) or region_hint(last) or org_like(pieces[1]) or title_like(pieces[1]))


_ACRONYM = regex.compile(r"^\p{Lu}[\p{Lu}&]{1,7}$")


@lru_cache(maxsize=4)
def _first_words(phrases: tuple[str, ...]) -> frozenset[str]:
    return frozenset(p.split()[0] for p in phrases if p.split())


def introduced_company(seg: str) -> tuple[str, str] | None:
    """(the words before, the company) when the part names its employer after an introducing
    phrase ("Stage de formation à l'entreprise Acme" -> ("Stage de formation", "Acme")). The name
    starts with a capital or a digit and has at most six words; else None."""
    tokens = [(m.span(), key(m.group())) for m in rx(r"[\p{L}\p{N}+#]+").finditer(seg)]
    folded = [k for _, k in tokens]
    present = set(folded)
    if present.isdisjoint(_first_words(merged().company_introducers)):
        return None  # (most parts: one set test instead of a walk over the phrases)
    for phrase in merged().company_introducers:
        words = phrase.split()
        if words[0] not in present:
            continue  # (most parts hold none of the phrases: a set lookup instead of a scan)
        for i in range(len(folded) - len(words) + 1):
            if folded[i:i + len(words)] != words:
                continue
            name = seg[tokens[i + len(words) - 1][0][1]:].strip(" ,;:-–")
            if name[:1].isupper() or name[:1].isdigit():
                if len(name.split()) <= 6:
                    return seg[:tokens[i][0][0]].strip(" ,;:-–"), name
    return None


# the employer's name in a sentence of employment: capitalised words, joined by "&", "and", "of",
# "the", maybe in quotes ("Worked with 'Orrin InfoTech' as …"), maybe its town after a comma
_EMPLOYER = (r"['‘\"“]?(?P<company>\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+(?:&|and|of|the|for|\p{Lu}[\p{L}\p{N}&.'’-]*)){0,7})"
             r"['’\"”]?(?:\s*,\s*(?P<place>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)(?=\s+\p{Ll}|\s*$|\s*[,.(-]))?")


@lru_cache(maxsize=4)
def _employment_patterns(labels: tuple[str, ...]) -> tuple[regex.Pattern, regex.Pattern] | None:
    verbs = sorted({label[:-3] for label in labels if label.endswith(" as")}, key=len, reverse=True)
    if not verbs:
        return None
    lead = r"^(?i:(?:(?:currently|presently)\s+)?(?:" + "|".join(r"\s+".join(map(regex.escape, v.split())) for v in verbs) + r")\s+)"
    role_first = regex.compile(lead + r"(?i:as\s+(?:an?\s+)?)(?P<title>[^,.;()]{2,60}?)\s+(?P<join>with|in|at|for|@)\s+"
                               + _EMPLOYER + r"(?P<rest>.*)$")
    employer_first = regex.compile(lead + r"(?P<join>(?i:with|in|at|for))\s+" + _EMPLOYER
                                   + r"(?:\s*,?\s+as\s+(?:an?\s+)?(?P<title>[^,.;()]{2,60}?))?(?P<rest>(?:[,.;(].*|\s+-.*|\s+\p{Ll}.*)?)$")
    return role_first, employer_first


def employment_sentence(seg: str) -> tuple[str | None, str, str | None] | None:
    """(the role or None, the employer, its town or None) of a header part written as a sentence
    of employment, the verbs those of the vocabulary's title_labels that end in "as" ("Worked as
    Analyst with Harwick Systems Ltd", "Working in Orrin Consultancy Services, Pune", "Presently
    working with Kelham Labs Pvt Ltd as Executive"), else None. The employer is capitalised words
    that name an organisation (its words, a legal form, an acronym); after "with", "at" or "@" and
    a role, any capitalised name. The role has six words at most and is no term of employment
    ("as a part-time employee")."""
    patterns = _employment_patterns(merged().title_labels)
    if patterns is None:
        return None
    for pattern in patterns:
        m = pattern.match(seg.strip())
        if m is None:
            continue
        company, title = m.group("company").strip(" ,'’\"”"), (m.group("title") or "").strip() or None
        company = rx(r"(?<=\p{Ll}{3})\.$").sub("", company)  # a sentence's stop, not an abbreviation's ("Pvt. Ltd.")
        if title is not None and (len(title.split()) > 6 or any(key(title).startswith(t) for t in merged().employment_terms)):
            title = None  # "as a part-time employee": the terms of the job, no role
        named = org_like(company) or ends_in_legal_form(company) or bool(rx(r"^\p{Lu}{2,}\b").match(company))
        if not named and not (title and key(m.group("join")) in ("with", "at", "@")):
            continue
        if title_like(company) and not org_like(company):
            continue
        return title, company, m.group("place")
    return None
