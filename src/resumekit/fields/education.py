"""Education entries: institution, degree (as written, with its field), field of study, grade,
location, dates, highlights.

Signals, in order of precedence:
1. Grade: a grade label and a number ("GPA: 3.8/4.0", "Grade 1.3", "CGPA 8.9 / 10") anywhere in
   the entry, taken out of the text it sits in.
2. Words: a part with a degree word ("Bachelor", "M.Sc.", "Diplom") is the degree; a part with an
   institution word ("University", "Hochschule", "College") is the institution.
3. Order: with nothing else to go on, the first part is the institution and the next the degree.

The field of study is what follows "in" / "of" / a comma after the degree words ("Master of
Science in Computer Science" -> "Computer Science"). A single date is the end (graduation).
"""
from __future__ import annotations

import unicodedata

import regex

from ..schema import Education, Grade
from ..text import has_phrase, key, split_outside_brackets
from ..vocab import merged
from .entries import Entry, header_dates, segments, split_entries, strip_edges
from .dates import find_dates
from .experience import date_fields
from .location import split_place

__all__ = ["read_education", "find_grade"]

_NUM = r"\d{1,3}(?:[.,]\d{1,3})?"


def _grade_pattern() -> regex.Pattern:
    labels = sorted(merged().grade_labels, key=len, reverse=True)
    alt = "|".join(regex.escape(l).replace(r"\ ", r"\s+") for l in labels)
    return regex.compile(
        rf"(?:\b(?:{alt})\b\.?\s*(?:of\s*)?[:：\-–=]?\s*(?P<v1>{_NUM})(?:\s*(?:/|out\s+of|of)\s*(?P<s1>{_NUM}))?%?"
        rf"|(?P<v2>{_NUM})\s*/\s*(?P<s2>{_NUM})\s*\b(?:{alt})\b)",
        regex.IGNORECASE)


_GRADE = _grade_pattern()


def _bare_letters(text: str) -> str:
    """The text with accents taken off letter by letter, so positions still match ("Média" -> "Media")."""
    return "".join(unicodedata.normalize("NFD", ch)[0] if ord(ch) > 127 else ch for ch in text)


def find_grade(text: str) -> tuple[Grade, tuple[int, int]] | None:
    """A grade with its label ("GPA: 3.8/4.0", "Média final: 16"), and where it stands in the text."""
    m = _GRADE.search(_bare_letters(text))
    if not m:
        return None
    value = m.group("v1") or m.group("v2")
    scale = m.group("s1") or m.group("s2")
    raw = text[m.start():m.end()].strip()
    try:
        v = float(value.replace(",", "."))
        sc = float(scale.replace(",", ".")) if scale else (100.0 if raw.endswith("%") else None)
    except ValueError:
        return None
    return Grade(raw=raw, value=v, scale=sc), m.span()


def degree_like(text: str) -> bool:
    return has_phrase(text, merged().degree_words)


def institution_like(text: str) -> bool:
    return has_phrase(text, merged().institution_words, merged().institution_stems)


_PREP = regex.compile(r"\b(?P<prep>in|of|en|em|im|in|по|der|des|de|di|del|da|van)\s+(?=\p{Lu})")


def field_of(degree: str) -> str | None:
    """"Computer Science" from "Master of Science in Computer Science" or "B.Sc., Physics".
    "of" right after a degree word names the degree, not a field ("Master of Science")."""
    if "," in degree:
        head, _, tail = degree.partition(",")
        if degree_like(head) and tail.strip() and not degree_like(tail):
            return tail.strip(" .") or None
    preps = list(_PREP.finditer(degree))
    if not preps:
        return _after_abbreviation(degree)
    m = preps[-1]
    before = key(degree[: m.start()]).split()
    if m.group("prep") in ("of", "de", "di", "der", "des") and before and before[-1] in merged().degree_words:
        return None
    return degree[m.end():].strip(" ,.") or None


def _after_abbreviation(degree: str) -> str | None:
    """"Mechatronics" from "B.Eng. Mechatronics", "Physics" from "BSc (Hons) Physics": the words
    after a degree abbreviation, when they are capitalised."""
    words = degree.split()
    degree_words = merged().degree_words
    n = 0
    while n < len(words) and (key(words[n]) in degree_words or regex.fullmatch(r"\((?:hons|honours)\)", words[n], regex.I)
                              or words[n].lower().rstrip(".") in degree_words):
        n += 1
    rest = " ".join(words[n:]).strip(" ,")
    if n and rest and rest[:1].isupper() and len(rest.split()) <= 6 and not degree_like(rest):
        return rest
    return None


def read_education(section_or_lines) -> list[Education]:
    """Education entries; a degree without an institution under an institution-only entry
    ("Yale University  2012–2018" / "Doctor of Philosophy, May 2018" / "Master of Arts, ...")
    belongs to that institution."""
    lines = section_or_lines.lines if hasattr(section_or_lines, "lines") else section_or_lines
    lines = [_bullet_entry(l) for l in lines]
    out: list[Education] = []
    group: Education | None = None
    for entry in (e for whole in split_entries(lines) for e in _regroup(whole)):
        edu = _read(entry)
        if edu is None:
            continue
        if edu.institution and not edu.degree:
            group = edu
        elif group is not None and edu.degree and (edu.institution is None or _unit(edu.institution)):
            if edu.institution and not edu.field_of_study:
                edu.field_of_study = edu.institution
            edu.institution = group.institution
            edu.start = edu.start or group.start
            if out and out[-1] is group:
                out.pop()  # the group line was only the heading of its degrees
        else:
            group = None
        out.append(edu)
    return out


def _bullet_entry(line):
    """A bullet that is a whole education entry ("• Masters in political science, Suez Canal
    University, 2020.") is read as an entry's header line."""
    text = line.plain
    if line.bullet and find_dates(text) and (degree_like(text) or institution_like(text)) and len(text) <= 200:
        return line.with_(bullet=False)
    return line


def _regroup(entry: Entry) -> list[Entry]:
    """Split an entry whose header repeats the degree/institution pattern ("HSC" / "State Board" /
    "B.E in Electronics" / "Westfield University"): a degree or institution line that comes back
    after both were seen opens the next entry."""
    groups: list[list] = [[]]
    seen: set[str] = set()
    for line in entry.header:
        text = line.plain
        kind = "degree" if degree_like(text) and not institution_like(text) else \
            "institution" if institution_like(text) else None
        if kind and kind in seen and {"degree", "institution"} <= seen:
            groups.append([])
            seen = set()
        groups[-1].append(line)
        if kind:
            seen.add(kind)
    if len(groups) == 1:
        return [entry]
    out = [Entry(header=g, dates=header_dates(g)) for g in groups]
    out[-1].body = entry.body
    return out


def _named(piece: str) -> bool:
    """A proper name rather than a field of study: an acronym ("TAFE NSW", "IGR-IAE") or three
    capitalised words or more ("EE. Prof. Francisco Costa Braga")."""
    words = piece.split()
    return any(len(w.strip("().-")) >= 2 and w.strip("().").replace("-", "").isupper() for w in words) or \
        sum(w[:1].isupper() for w in words) >= 3 and not degree_like(piece)


def _unit(name: str) -> bool:
    """A department or faculty inside an institution ("Department of History")."""
    return has_phrase(name.split(",")[0], merged().institution_units)


# A full stop after a word of four lower-case letters or a bracket ends a sentence; after an
# abbreviation ("B.Eng.", "Mech.") it does not.
_SENTENCE = regex.compile(r"(?<=(?<![.\p{L}])\p{L}*\p{Ll}{4}|[)\]])\.\s+(?=\p{Lu})")


def _pieces(text: str) -> tuple[list[str], str | None]:
    """(the parts of an education header line, its location): separators first, a trailing
    place taken out, then top-level commas and sentence ends."""
    out, location = [], None
    for seg in segments(text):
        seg, loc = split_place(seg)
        location = location or loc
        for sentence in _SENTENCE.split(seg):
            out += [p for p in (strip_edges(x) for x in split_outside_brackets(sentence, ",")) if p]
    return out, location


def _read(entry: Entry) -> Education | None:
    grade = location = None
    parts: list[str] = []
    line_of: dict[str, int] = {}
    for n, line in enumerate(entry.header[:4]):
        text = line.text
        g = find_grade(text)
        if g and grade is None:
            grade, (a, b) = g
            text = text[:a] + "\t" + text[b:]
        pieces, loc = _pieces(text)
        parts += pieces
        for piece in pieces:
            line_of.setdefault(piece, n)
        location = location or loc
    highlights = []
    for line in entry.body + entry.header[4:]:
        g = find_grade(line.plain)
        if g and grade is None:
            grade = g[0]
        highlights.append(line.plain)
    kinds: list[tuple[str, str]] = []  # (piece, "degree" | "institution" | "unit" | "other")
    for piece in parts:
        d, i = degree_like(piece), institution_like(piece)
        kind = "degree" if d and not i else "unit" if i and _unit(piece) else "institution" if i else \
            "degree" if d else "other"
        kinds.append((piece, kind))
    institution = next((p for p, k in kinds if k == "institution"), None)
    degree = field = None
    for n, (piece, kind) in enumerate(kinds):
        if kind == "degree":
            # the degree as written: with the unknown pieces that follow it ("PhD, Biostatistics")
            tail = []
            for later, k in kinds[n + 1:]:
                if k != "other" or later == institution or len(later.split()) > 8:
                    break
                tail.append(later)
            if institution is None and len(tail) >= 1 and _named(tail[-1]):
                tail.pop()  # "Certificate IV in IT, TAFE NSW": the school at the end, without a school word
            degree = ", ".join([piece] + tail)
            break
    others = [p for p, k in kinds if k == "other" and (degree is None or p not in degree)]
    for p in list(others):
        if key(p) in merged().honours:  # "Distinction", "First Class Honours"
            others.remove(p)
            grade = grade or Grade(raw=p)
        elif location is None and institution and len(p.split()) == 1 and parts.index(p) == parts.index(institution) + 1:
            others.remove(p)  # "University of X, Newport": a town after the school
            location = p
    units = [p for p, k in kinds if k == "unit"]
    if institution is None and units:
        institution, units = units[0], units[1:]
    if institution is None and others:
        institution = others.pop(0)
    if degree is None and others:
        degree = others.pop(0)
    elif degree is not None and field_of(degree) is None:
        # a short name beside the degree or the school on their own line is the field
        near = {line_of.get(p) for p in (degree.split(", ")[0], institution) if p}
        named = [p for p in others + units
                 if line_of.get(p) in near and len(p.split()) <= 5 and p[:1].isupper() and ":" not in p]
        field = ", ".join(named[:2]) or None
    fields = date_fields(entry)
    if entry.dates and entry.dates.single:
        fields = {"end": fields.get("start"), "current": False}
    if not (institution or degree):
        return None
    return Education(institution=institution, degree=degree,
                     field_of_study=field or (field_of(degree) if degree else None),
                     location=location, grade=grade, highlights=highlights, **fields)
