"""Words hyphenated across a line end, put back together.

A line of a block that ends in letters and a hyphen, followed in the same block and column by a
line that starts with a small letter, carries a word broken at the line end ("Con-" / "sul,").
The second part moves up to finish the word. So does the start of the next line after a line
whose raw text ends in a soft hyphen (U+00AD, the typesetter's own break, which ``clean`` takes
out of the text; whatever the case of the next letter, even after a TAB): it never stays. When
the break is in the last cell of a line and the next line holds only the rest of it (at most
``_CELL_TAIL_WORDS`` words: "septembre 2015 – oc-" / "tobre 2019"), the whole rest moves up. So
does a line of at most that many words after a line that ends in a spaced dash, a range or a
phrase broken after its dash ("October 2017 –" / "October 2019"), and a year alone after a line that
ends in a range broken after its end's month (``_OPEN_MONTH``: "Oct 2022 – Oct" / "2023", dates wrapped
in a table's narrow cell), the year no earlier than the range's start.
Whether a printed hyphen stays, in order of precedence:
1. The document spells the joined word elsewhere ("consul") -> joined without the hyphen.
2. The document spells the hyphenated form elsewhere ("cross-cluster") -> the hyphen stays.
3. Both parts are words of the document on their own ("net" and "working") -> the hyphen
   stays (a compound broken at its hyphen); otherwise it was a syllable break and goes.
A word set in capitals and broken at a line end ("ALLEGHENY TECHNICAL UNIVER-" / "SITY", a school's
name in a narrow column) is put back together only when the document spells the whole word
elsewhere or it is a word of a dictionary language (:mod:`resumekit.words`): else, as a name in
capitals broken at its hyphen ("OKONKWO-" / "BREIT"), both lines stay as printed.

Errs towards the text as printed: a case the document says nothing about keeps its hyphen only
when both halves are words.
"""
from __future__ import annotations

from collections import Counter

import regex

from ...document import Line, Run, join_line
from ...words import known_word

__all__ = ["join_hyphenated"]

_END = regex.compile(r"(?<![\p{L}\p{N}]-)(\p{L}+)[-\u2010]$")
_START = regex.compile(r"(\p{Ll}[\p{L}\p{M}]*)([^\s\t]*)")
_WORD = regex.compile(r"\p{L}+")
_HYPHENATED = regex.compile(r"\p{L}+-\p{L}+")
_CELL_TAIL_WORDS = 3
_OPEN_DASH = regex.compile(r"\s[-–—]$")
_DASHES, _HYPHENS = ("-", "–", "—"), ("-", "\u2010")  # the last characters _OPEN_DASH and _END need
_OPEN_MONTH = regex.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–—]\s*\p{L}{3,9}\.?$")
_LONE_YEAR = regex.compile(r"(?:19|20)\d\d")
_SOFT_END = regex.compile(r"(\p{L}+)$")
_SOFT_START = regex.compile(r"(\p{L}[\p{L}\p{M}]*)([^\s\t]*)")
_CAPS_START = regex.compile(r"(\p{Lu}[\p{Lu}\p{M}]*)(?![\p{L}\p{N}])([^\s\t]*)")


def join_hyphenated(lines: list[Line]) -> list[Line]:
    counts: Counter | None = None  # the document's words and hyphenated words, counted at the first need
    hyphenated: set[str] = set()
    out = list(lines)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.block != b.block or a.page != b.page or a.column != b.column or b.bullet or not a.text:
            continue
        last = a.text[-2:-1] if a.text.endswith("\n") else a.text[-1:]  # what "$" sees (a regex search scans the line)
        if ((last in _DASHES and _OPEN_DASH.search(a.text) and "\t" not in b.text
             and len(b.text.split()) <= _CELL_TAIL_WORDS)  # a range or phrase broken after its dash
                or (_LONE_YEAR.fullmatch(b.text.strip()) and (month := _OPEN_MONTH.search(a.text))
                    and int(b.text.strip()) >= int(month.group(1)))):  # a range broken after its end's month
            # the short rest goes up
            out[i] = join_line(a, b, sep=" ", whole=False)
            out[i + 1] = b.with_(text="", runs=(), words=())
            continue
        soft = (a.raw or "").rstrip(" ").endswith("\u00ad")  # the typesetter's own break, gone from the text
        if "\t" in a.text[-3:] and not soft:
            continue
        end = _SOFT_END.search(a.text) if soft else (_END.search(a.text) if last in _HYPHENS else None)
        lead = _same_cell(a.text, b.text)  # where the broken word's cell starts on the next line
        if lead is None:
            continue
        start = (_SOFT_START if soft else _START).match(b.text, lead)
        capitals = not soft and end is not None and start is None and end.group(1).isupper() \
            and (start := _CAPS_START.match(b.text, lead)) is not None
        if not end or not start:
            continue
        head, tail = end.group(1), start.group(1)
        joined = (head + tail).casefold()
        if counts is None and not soft:
            counts = Counter(w.casefold() for line in lines for w in _WORD.findall(line.text))
            hyphenated = {m.casefold() for line in lines for m in _HYPHENATED.findall(line.text)}
        if capitals and not (counts[joined] > 0 or known_word(joined)):
            continue  # a name or a compound in capitals ("MARCHETTI-" / "WARD"): as printed
        if soft or counts[joined] > 0 or capitals:
            keep = False
        elif f"{head}-{tail}".casefold() in hyphenated:
            keep = True
        else:
            keep = counts[head.casefold()] > 1 and counts[tail.casefold()] > 1
        moved = start.group(0)
        if soft and "\t" in a.text and "\t" not in b.text and len(b.text.split()) <= _CELL_TAIL_WORDS:
            moved = b.text  # the rest of a broken cell, alone on its line, goes up whole
        rest = b.text[lead + len(moved):].lstrip(" \t" if not lead else " ")
        text_b = (b.text[:lead] + rest) if rest else b.text[:lead].rstrip("\t ")
        k = len(moved.split())  # the words that moved up take their boxes with them
        w = len(b.text[:lead].split())  # (the words of the cells before the broken word's own)
        # the printed hyphen cut (or kept); the soft one is gone from the text already
        out[i] = join_line(a, b, moved, cut=0 if soft else 1, hyphen=keep, words=b.words[w:w + k], whole=False)
        out[i + 1] = b.with_(text=text_b, runs=_drop(b.runs, len(moved), lead), words=b.words[:w] + b.words[w + k:])
    return [line for line in out if line.text.strip()]


def _same_cell(a: str, b: str) -> int | None:
    """Where the next line's part of a word broken at the end of ``a`` starts in ``b``: at its
    start, or, when both lines are rows of the same number of cells (a value beside a label column,
    the label wrapped too: "Principales activités et ⇥ … la qualifica-" / "responsabilités ⇥ tion
    des …"), at the start of ``b``'s last cell; None when ``b`` has cells ``a`` has not."""
    if "\t" not in a or "\t" not in b:
        return 0
    if a.count("\t") != b.count("\t"):
        return None
    return b.rindex("\t") + 1


def _drop(runs: tuple[Run, ...], n: int, at: int = 0) -> tuple[Run, ...]:
    """The runs without the ``n`` characters from offset ``at`` of their joined text."""
    if at:
        head: list[Run] = []
        out = list(runs)
        while out and at >= len(out[0].text):
            at -= len(out[0].text)
            head.append(out.pop(0))
        if out and at:
            first = out.pop(0)
            head.append(Run(first.text[:at], first.bold, first.italic))
            out.insert(0, Run(first.text[at:], first.bold, first.italic))
        return tuple(head) + _drop(tuple(out), n)
    out = list(runs)
    while out and n > 0:
        first = out[0]
        if len(first.text) <= n:
            n -= len(first.text)
            out.pop(0)
        else:
            out[0] = Run(first.text[n:].lstrip(" "), first.bold, first.italic)
            n = 0
    return tuple(r for r in out if r.text)
