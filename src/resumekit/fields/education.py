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

import regex

from ..schema import Education, Grade
from ..text import has_phrase, key
from ..vocab import merged
from .entries import Entry, segments, split_entries
from .experience import date_fields
from .location import split_place

__all__ = ["read_education", "find_grade"]

_NUM = r"\d{1,3}(?:[.,]\d{1,3})?"


def _grade_pattern() -> regex.Pattern:
    labels = sorted(merged().grade_labels, key=len, reverse=True)
    alt = "|".join(regex.escape(l).replace(r"\ ", r"\s+") for l in labels)
    return regex.compile(
        rf"(?:\b(?:{alt})\b\.?\s*(?:of\s*)?[:\-–=]?\s*(?P<v1>{_NUM})(?:\s*(?:/|out\s+of|of)\s*(?P<s1>{_NUM}))?%?"
        rf"|(?P<v2>{_NUM})\s*/\s*(?P<s2>{_NUM})\s*\b(?:{alt})\b)",
        regex.IGNORECASE)


_GRADE = _grade_pattern()


def find_grade(text: str) -> tuple[Grade, tuple[int, int]] | None:
    m = _GRADE.search(text)
    if not m:
        return None
    value = m.group("v1") or m.group("v2")
    scale = m.group("s1") or m.group("s2")
    raw = m.group(0).strip()
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
        return None
    m = preps[-1]
    before = key(degree[: m.start()]).split()
    if m.group("prep") in ("of", "de", "di", "der", "des") and before and before[-1] in merged().degree_words:
        return None
    return degree[m.end():].strip(" ,.") or None


def read_education(section_or_lines) -> list[Education]:
    lines = section_or_lines.lines if hasattr(section_or_lines, "lines") else section_or_lines
    out: list[Education] = []
    for entry in split_entries(lines):
        edu = _read(entry)
        if edu is not None:
            out.append(edu)
    return out


def _read(entry: Entry) -> Education | None:
    grade = None
    parts: list[str] = []
    for line in entry.header[:4]:
        text = line.text
        g = find_grade(text)
        if g and grade is None:
            grade, (a, b) = g
            text = text[:a] + "\t" + text[b:]
        parts += segments(text)
    highlights = []
    for line in entry.body + entry.header[4:]:
        g = find_grade(line.plain)
        if g and grade is None:
            grade = g[0]
        highlights.append(line.plain)
    institution = degree = location = None
    rest = []
    for seg in parts:
        seg, loc = split_place(seg)
        if loc and location is None:
            location = loc
        if not seg:
            continue
        d, i = degree_like(seg), institution_like(seg)
        if d and not i and degree is None:
            degree = seg
        elif i and not d and institution is None:
            institution = seg
        elif d and i and (degree is None or institution is None):
            # "B.S., University of X" kept whole only if it cannot be split by comma
            a, _, b = seg.partition(",")
            if b and degree_like(a) and institution_like(b) and degree is None and institution is None:
                degree, institution = a.strip(), b.strip()
            elif b and institution_like(a) and degree_like(b) and degree is None and institution is None:
                institution, degree = a.strip(), b.strip()
            elif institution is None:
                institution = seg
            else:
                degree = seg
        else:
            rest.append(seg)
    for seg in rest:
        if institution is None:
            institution = seg
        elif degree is None:
            degree = seg
    fields = date_fields(entry)
    if entry.dates and entry.dates.single:
        fields = {"end": fields.get("start"), "current": False}
    if not (institution or degree):
        return None
    return Education(institution=institution, degree=degree, field_of_study=field_of(degree) if degree else None,
                     location=location, grade=grade, highlights=highlights, **fields)
