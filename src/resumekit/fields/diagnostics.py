"""Warnings about the parse as a whole, added to ``meta.warnings`` after the extractor's own.

The extractors warn about what only they can see (hidden text, image-only pages, unmapped fonts,
truncation); here are the warnings that need the sections or the Candidate, each a stable code
of :data:`resumekit.schema.WARNING_CODES`:

- ``columns-detected``: a page whose lines were read as two or more columns (``Line.column``);
  one warning per page, so that a reader knows the reading order was estimated.
- ``section-not-understood``: a section of kind ``other`` (a heading that is not in the
  vocabulary, or text no reader takes): kept verbatim in ``other_sections``.
- ``date-unreadable``: date-shaped text in an entry section's lines that the date reader did not
  read (see :func:`unread_dates`).
- ``not-a-resume``: ``meta.is_resume`` below 0.5.

:func:`unread_dates` is also the hook for the entry readers: given an entry's text, the
date-shaped fragments no date was read from. Signals, in order of precedence:

1. What :func:`resumekit.fields.dates.find_dates` reads is read: its spans are never reported.
2. A date-shaped run of digits outside every date read: a four-digit year 1900..2099 and one or
   two groups of one or two digits, joined by one separator of ``/ . -`` ("13/2019", "2019-13",
   "31.02.2019"), or a month range before a year ("01-10/2020"); not after another number
   ("030 12/2019" is a phone).
3. A month word of the vocabulary, written with a capital, beside a one- or two-digit number
   that is no day of a date read ("Jan 19 – Mar 21": two-digit years without an apostrophe).
4. A month word, written with a capital, followed by a range separator and a "present" word or
   another month word, with no year anywhere near ("March – Present").

It errs towards silence: a fragment is reported only when it has the shape of a date and the
reader read nothing there; prose ("may 20 people") and numbers that are not date-shaped are
never reported.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

import regex

from ..document import Document, Section
from ..schema import Candidate, Warning
from ..text import key, rx
from ..vocab import merged
from .dates import find_dates

__all__ = ["parse_warnings", "unread_dates"]

ENTRY_KINDS = ("experience", "education", "projects", "volunteer")
NOT_A_RESUME = 0.5

_NUMERIC = regex.compile(
    r"(?<![\p{L}\p{N}./-])(?<!\d )(?:\d{1,2}(?P<s>[./-])\d{1,2}(?P=s)(?:19|20)\d\d|\d{1,2}-\d{1,2}[./](?:19|20)\d\d"
    r"|(?:19|20)\d\d(?P<t>[./-])\d{1,2}(?:(?P=t)\d{1,2})?|\d{1,2}[./-](?:19|20)\d\d)(?![\p{L}\p{N}]|[./-]\d)")
_WORD = regex.compile(r"\p{L}+\.?")
_SEPARATOR = regex.compile(r"\s*(?:[-\u2010-\u2015~]|\bto\b)\s*")
_NUMBER = regex.compile(r"\s*[,.]?\s*(\d{1,2})(?![\p{N}])")


@lru_cache(maxsize=1)
def _month_words() -> frozenset[str]:
    return frozenset(w for names in merged().months for w in names if len(w) >= 3)


def _overlaps(span: tuple[int, int], read: list[tuple[int, int]]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in read)


def unread_dates(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` that look like dates but from which no date was read, left to right."""
    read = [r.span for r in find_dates(text)]
    found: list[tuple[int, int]] = [m.span() for m in _NUMERIC.finditer(text) if not _overlaps(m.span(), read)]
    months = _month_words()
    v = merged()
    for m in _WORD.finditer(text):
        word = m.group().rstrip(".")
        if not word[:1].isupper() or key(word) not in months or _overlaps(m.span(), read):
            continue
        number = _NUMBER.match(text, m.end())
        if number and not _overlaps(number.span(1), read):
            found.append((m.start(), number.end(1)))
            continue
        sep = _SEPARATOR.match(text, m.end())
        if sep is None:
            continue
        rest = key(text[sep.end():sep.end() + 20])
        first = rest.split(" ", 1)[0] if rest else ""
        if first in months or any(rest == p or rest.startswith(p + " ") for p in v.present):
            if not rx(r"\d").search(text[max(0, m.start() - 20):sep.end() + 20]):
                found.append((m.start(), sep.end() + len(first)))
    found.sort()
    out: list[tuple[int, int]] = []
    for span in found:
        if not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


def parse_warnings(document: Document, sections: list[Section], candidate: Candidate) -> list[Warning]:
    """The warnings of this module for one parse, in the order of the codes above."""
    out = _columns(document)
    for sec in sections:
        if sec.kind == "other":
            page = (sec.heading or sec.lines[0]).page if (sec.heading or sec.lines) else None
            what = f'the section "{sec.title}"' if sec.title else "a section without a heading"
            out.append(Warning(code="section-not-understood",
                               message=f"{what} was not recognised; its text is kept in other_sections", page=page))
    for sec in sections:
        if sec.kind not in ENTRY_KINDS:
            continue
        for line in sec.lines:
            for s, e in unread_dates(line.plain):
                out.append(Warning(code="date-unreadable", page=line.page,
                                   message=f'"{line.plain[s:e]}" looks like a date but could not be read'))
    if candidate.meta.is_resume is not None and candidate.meta.is_resume < NOT_A_RESUME:
        out.append(Warning(code="not-a-resume", message=f"this does not look like a résumé (is_resume "
                                                         f"{candidate.meta.is_resume:.2f}): a letter, a bio or "
                                                         "another kind of document"))
    return out


def _columns(document: Document) -> list[Warning]:
    columns: dict[int, set[int]] = defaultdict(set)
    for line in document.lines:
        if line.column is not None:
            columns[line.page].add(line.column)
    return [Warning(code="columns-detected", page=page,
                    message=f"the page was read as {len(cols)} columns; `resumekit lines` shows the reading order")
            for page, cols in sorted(columns.items()) if len(cols) > 1]
