"""The line a CV is signed with at its end: the town and the day it was written ("Leipzig,
01.03.2026", "Paris, le 1er mars 2026", "Chennai, 12/03/2026"), maybe with the name under it for
the signature; or the labelled lines under an Indian CV's declaration ("Date: 12-03-2026" over
"Place: Chennai   (A. K. RAO)", the name in brackets for the signature). It closes the document;
it is no content of the section it ends (nor the candidate's address).

Signals, all of them required:
1. Place: the last line of the document, or the one above the last.
2. Apart: it begins a block of its own (a blank line or a gap above it).
3. Shape: one date with its day (or a month after "im", "in", "en": "München, im März 2024"),
   nothing else on the line but a town before it: capitalised words (a short lower-case one
   between them: "Frankfurt am Main") and a comma, maybe a short lower-case word ("den", "le")
   before the date; or a "Place:" label before a town, or a "Date:" label before a date with its
   day (:data:`SIGNING_LABELS`), maybe a name in brackets after it.

Errs towards content: a dated line inside a block ("IHK Berlin, 12.05.2019" under its
certificate) or without a day ("Berlin, 2019", "Berlin, März 2019") stays where it is.
"""
from __future__ import annotations

from dataclasses import replace

from ..document import Line, Section
from ..text import rx
from .dates import find_dates

__all__ = ["signed_apart"]

_SHORT_WORD = rx(r"\s+\p{Ll}{1,3}$")  # "den", "le", "am" before the date
# The labels of a declaration's signing lines ("Place: Chennai", "Date: 12-03-2026")
SIGNING_LABELS = ("place", "date")
_DAY = rx(r"^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$")  # "04-02-2026"
_LABELLED = rx(r"^(?P<label>\p{L}{4,5})\s*[:：]\s*(?P<value>[^()\t]+?)\s*(?:\(\s*[^()]{2,40}\s*\))?$")
_IN_MONTH = rx(r",\s*(?:im|in|en)\s*$")  # "im März 2024", "en marzo de 2024": the month it was written in


def signing_line(text: str) -> bool:
    """Is ``text`` a town and a day ("Leipzig, den 01.03.2026"), or a labelled place or day
    ("Place: Chennai", "Date: 12-03-2026")?"""
    m = _LABELLED.match(text.strip())
    label = m.group("label").casefold() if m else ""
    if label == SIGNING_LABELS[0]:
        return _town(m.group("value").strip())
    if label == SIGNING_LABELS[1]:
        value = m.group("value").strip()
        dates = find_dates(value)
        return len(dates) == 1 and dates[0].single and (dates[0].start.day is not None or bool(_DAY.match(value)))
    dates = find_dates(text)
    if len(dates) != 1 or not dates[0].single or dates[0].start.month is None:
        return False
    s, e = dates[0].span
    if dates[0].start.day is None and not _IN_MONTH.search(text[:s]):
        return False  # a month alone only after "im"/"en"/"in" ("München, im März 2024")
    if text[e:].strip(" .") or "," not in text[:s]:
        return False
    return _town(_SHORT_WORD.sub("", text[:s].strip().rstrip(",").strip()).rstrip(",").strip())


def _town(town: str) -> bool:
    words = town.split()
    # (a short lower-case word inside a town's name: "Frankfurt am Main")
    return 1 <= len(words) <= 4 and words[0][:1].isupper() and words[-1][:1].isupper() and all(
        w[:1].isupper() or len(w) <= 3 and w.islower() for w in words)


def signed_apart(sections: list[Section]) -> list[Section]:
    """The sections with the signing line (and the name under it) taken out of the last one and
    kept as an untitled section of its own ("other"): nothing is lost, and nothing is read as
    the last section's content."""
    last = max((s for s in sections if s.lines), key=lambda s: s.lines[-1].index, default=None)
    if last is None:
        return sections
    lines = last.lines
    for k in (1, 2):
        if len(lines) > k and _apart(lines[-k - 1], lines[-k]) and signing_line(lines[-k].plain):
            tail = Section(kind="other", heading=None, lines=lines[-k:])
            return [replace(s, lines=lines[:-k]) if s is last else s for s in sections] + [tail]
    return sections


def _apart(above: Line, line: Line) -> bool:
    return above.block != line.block or above.page != line.page
