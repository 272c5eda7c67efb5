"""Facts derived from the whole parse: is this a résumé at all, and how much experience does it show.

``is_resume`` — a probability, from signals in order of weight:
1. Letter form: a salutation opening a line ("Dear Hiring Manager,", "Sehr geehrte") and a
   closing ("Sincerely", "Mit freundlichen Grüßen"): a cover letter.
2. Structure: recognised section kinds (experience, education, skills...) and the entries read
   from them.
3. Prose: a document that is mostly long sentences is a letter or a bio, not a CV.
Errs towards "résumé" for short documents with any CV structure (a name, an email and a skills
list is still a résumé).

``experience_months`` — total months of experience: the experience entries' intervals, both end
months included ("Jun 2017 – Aug 2017" is 3), merged where they overlap, up to the reference
date for ongoing ones. An entry without a start, or with a single date and no end, is not
counted (an experience entry dated by one term, "Summer 2018", carries it as start and end: one
month). A year without a month counts as its July, so "2019 – 2021" is 25 months.
"""
from __future__ import annotations

import datetime as dt
import math

from ..document import Document, Section
from ..schema import Candidate, Experience
from ..text import key, word_set
from ..vocab import merged
from .entries import is_prose

__all__ = ["resume_probability", "experience_months"]

_CV_KINDS = {"experience", "education", "skills", "projects", "languages", "certifications", "publications",
             "awards", "volunteer"}


def _opens_with(text: str, phrases: tuple[str, ...]) -> bool:
    k = key(text)
    found = word_set(phrases)  # the whole key, or the words before one of its spaces
    return k in found or any(k[:i] in found for i, ch in enumerate(k) if ch == " ")


def resume_probability(document: Document, sections: list[Section], candidate: Candidate) -> float:
    lines = document.lines
    v = merged()
    n = len(lines)
    head = lines[: max(3, int(n * 0.5))]
    tail = lines[int(n * 0.5):]
    salutation = any(len(l.plain) <= 60 and _opens_with(l.plain, v.salutations) for l in head)  # (the length
    closing = any(len(l.plain) <= 60 and _opens_with(l.plain, v.closings) for l in tail)  # first: no key of a paragraph)
    kinds = len({s.kind for s in sections} & _CV_KINDS)
    entries = len(candidate.experience) + len(candidate.education) + len(candidate.projects)
    prose = sum(len(l.plain) for l in lines if is_prose(l)) / max(1, sum(len(l.plain) for l in lines))
    z = (-0.5 + 1.0 * min(kinds, 4) + 0.25 * min(entries, 8) - 2.5 * salutation - 1.5 * closing
         - 3.0 * max(0.0, prose - 0.5))
    return round(1 / (1 + math.exp(-z)), 3)


def _month_index(date: str) -> int | None:
    """Months since year 0 of a partial ISO date; a bare year counts as its July."""
    try:
        year = int(date[:4])
        month = int(date[5:7]) if len(date) >= 7 else 7
    except ValueError:
        return None
    return year * 12 + month - 1


def experience_months(entries: list[Experience], today: dt.date) -> int | None:
    """Months covered by the entries, overlaps merged; None when no entry has a usable span."""
    spans = []
    now = today.year * 12 + today.month - 1
    for e in entries:
        if not e.start:
            continue
        start = _month_index(e.start)
        stop = now if e.current else (_month_index(e.end) if e.end else None)
        if start is None or stop is None or stop < start or start > now:
            continue
        spans.append((start, min(stop, now) + 1))  # end month included
    if not spans:
        return None
    spans.sort()
    total = 0
    cur_start, cur_end = spans[0]
    for s, e in spans[1:]:
        if s <= cur_end:
            cur_end = max(cur_end, e)
        else:
            total += cur_end - cur_start
            cur_start, cur_end = s, e
    total += cur_end - cur_start
    return total
