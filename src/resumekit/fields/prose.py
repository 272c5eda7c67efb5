"""Running text in a section: which lines are prose, which dates a line can give its entry, and
which lines continue the one above (a wrapped bullet or sentence).

Signals, in order:
1. Prose: a line longer than 110 characters, or a sentence (a full stop, "!", "?" or "…" at its
   end) of five words or more; not when most words are capitalised (a list of names, a title)
   unless it is longer than 200, nor when it ends in an abbreviation ("Tornavía S.A. de C.V.").
2. A line's dates for its entry: every date found, but in a sentence of five words or more a
   single date with words on both sides, one after a small word that ends the sentence ("… in
   2020."), and an open range late in a long sentence ("… since 2009.") date nothing.
3. A wrap: not a bullet, not across pages, not a declared heading; the hanging indent of a
   wrapped bullet; no date range opening the line; no change of weight under a header line; one
   cell each; in the same block, a lower-case start or the line above ending in a connector
   ("and", ",", "&"); in text, only inside a block after a bullet or a long line; DOCX paragraphs
   are whole already.

Split from :mod:`.entries`, which reads entries with these answers.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..document import Line
from ..text import rx
from .dates import DateRange, find_cell_dates, order_for

__all__ = ["line_dates", "is_prose", "join_wrapped", "SENTENCE_END", "ABBREVIATION_END"]

_CONNECTOR_END = regex.compile(r"(?:[,;&/+(\-–]|\b(?:and|or|of|the|in|with|to|for|at|on|a|an|und|et|y|e|de|von|und|с|и|в))\s*$",
                               regex.IGNORECASE)
SENTENCE_END = regex.compile(r"[.!?…]\s*$")


def line_dates(line: Line) -> tuple[DateRange, ...]:
    """The dates of a line that can date an entry: a single date inside a sentence ("Closed 2M in
    new business in 2024, 75% of quota.") tells of an event, not of the entry's period."""
    return _line_dates(line.text, order_for(line.plain))


@lru_cache(maxsize=1 << 12)
def _line_dates(cells: str, order: str | None) -> tuple[DateRange, ...]:
    """:func:`line_dates` of a line's text (with its cell gaps; the spans index its plain text) in
    the document's day order (``order``, the key: a split asks about each line four or five times)."""
    text = " ".join(c.strip() for c in cells.split("\t") if c.strip())
    found = [d for d in find_cell_dates(cells) if d.start or d.end or d.current]
    if found and SENTENCE_END.search(text) and len(text.split()) >= 5:
        # a date with words on both sides, or one that ends the sentence after a small word ("…
        # in 2020."), or an open one ("since 2009.") ending a long sentence
        found = [d for d in found if not (d.single and len(text[:d.span[0]].split()) >= 3
                                          and (len(rx(r"\p{L}+").findall(text[d.span[1]:])) >= 2
                                               or _AFTER_SMALL_WORD.search(text[:d.span[0]])
                                               and not rx(r"\p{L}").search(text[d.span[1]:]))
                                          or not d.single and d.end is None
                                          and len(rx(r"\p{L}{2,}").findall(text[:d.span[0]])) >= 6)]
    return tuple(found)


_AFTER_SMALL_WORD = regex.compile(r"(?:^|\s)\p{Ll}{1,5}\s+$")  # "… in ", "… en ", "… seit " before a date


def is_prose(line: Line) -> bool:
    """Running text: a long line, or a sentence of five words or more — unless most of its words
    are capitalised (a list of names: "Harvey Stores, Bolt Books, etc.", a title), or it ends in
    an abbreviation ("Tornavía S.A. de C.V.")."""
    return _prose(line.plain)


@lru_cache(maxsize=1 << 13)
def _prose(text: str) -> bool:
    """:func:`is_prose` of a line's text (asked of the same lines by most readers: kept)."""
    words = text.split()
    # (a word alone in brackets counts by its first letter: "(Contract)", "(Interim)")
    capitalised = sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()
                      or w[:1] == "(" and w.rstrip(",;")[-1:] == ")" and w[1:2].isupper()) / max(1, len(words))
    # a full stop after a few capitalised words among small ones ends a sentence ("Answered to the
    # Site Director."); after a title in capitals it does not
    if capitalised >= 0.6 and len(words) >= 4 and ("," in text or capitalised >= 0.75 or not SENTENCE_END.search(text)):
        return len(text) > 200
    if len(text) > 110:
        return True
    return bool(SENTENCE_END.search(text)) and len(words) >= 5 and not ABBREVIATION_END.search(text)


# A full stop that ends a name, not a sentence: "Acme Co.", "Tornavía S.A. de C.V."
ABBREVIATION_END = regex.compile(r"(?<![\p{L}.])(?:\p{L}{1,4}\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|St|Dept|Pty|Pte)\.$")


def join_wrapped(lines: list[Line] | tuple[Line, ...]) -> list[Line]:
    """Join lines that continue the previous one (a wrapped bullet or sentence)."""
    out: list[Line] = []
    for line in lines:
        if out and _continues(out[-1], line):
            prev = out[-1]
            sep = "" if prev.plain.endswith("-") and line.plain[:1].islower() else " "
            text = prev.text[:-1] if sep == "" else prev.text
            out[-1] = prev.with_(text=f"{text}{sep}{line.text}", links=prev.links + line.links,
                                 box=prev.box.union(line.box) if prev.box and line.box else prev.box)
            continue
        out.append(line)
    return out


def _continues(prev: Line, line: Line) -> bool:
    if line.bullet or prev.page != line.page and prev.box is not None:
        return False
    if line.style.heading_level is not None or prev.style.heading_level is not None:
        return False
    if (prev.bullet and prev.box is not None and line.box is not None and prev.block == line.block
            and line.box.x0 > prev.box.x0 + 2 and not SENTENCE_END.search(prev.plain)
            and len(line.cells) == 1 and line.style.bold == prev.style.bold):
        return True  # the hanging indent of a wrapped bullet, even when it starts with a year
    dated = line_dates(line)
    if dated and (not line.plain[:1].islower() or any(not d.single and d.span[0] == 0 for d in dated)):
        return False  # (a range that opens the line starts an entry in any case: "iulie 2016 – …", "janvier 2019 – …")
    if line.style.bold != prev.style.bold and (not line.plain[:1].islower() or not (prev.bullet or is_prose(prev))):
        return False  # a change of weight under a header line starts a part, in lower case too ("stage")
    if len(line.cells) > 1 or len(prev.cells) > 1:
        return False
    if prev.box is not None and line.box is not None:
        if prev.block != line.block:
            return False
        hanging = prev.bullet and line.box.x0 > prev.box.x0 + 2
        if hanging or line.plain[:1].islower() or _CONNECTOR_END.search(prev.plain):
            return bool(prev.bullet or is_prose(prev) or _CONNECTOR_END.search(prev.plain) or line.plain[:1].islower())
        return False
    # text and DOCX: a paragraph is already one line; join only obvious wraps inside a block
    if prev.origin.startswith("docx"):
        return False
    return prev.block == line.block and (line.plain[:1].islower() or line.plain[:1] in "(),"
                                         or bool(_CONNECTOR_END.search(prev.plain))) \
        and (prev.bullet or len(prev.plain) > 50)
