"""Finding a value's words in document lines, and the box they cover on the page.

A value and a line are compared *folded*: compatibility-normalised (ligatures, full-width forms),
accents and case removed, and everything but letters and digits left out, so "Jane Doe" is found
in "JANE DOE", "J a n e  D o e" after despacing, "jane@example.org" in "E-mail: jane@example.org",
"+44 7700 900123" in "Tel. +44 (7700) 900 123". Where a line was cut (a letter-spaced word, an
address over two lines, a wrapped bullet), the lines searched are one stream, so a value is found
across line ends.

Signals, in order of precedence:
1. Whole words: a match must start and end at a word edge (a space, punctuation or a line end
   stood there), except beside characters of scripts written without spaces (CJK), where any
   place will do. A token (an e-mail address, a URL) must have a space or a line end on both sides.
2. The first match in reading order (the order the lines are given in).
3. A value of several paragraphs or lines ("\\n") not found whole is found piece by piece; it is
   found when at least half of its pieces are.
4. A value of two to five words not found whole is found with its words turned round, as a
   surname-first line prints it ("Jane DOE" in "DOE, Jane").

A match gives, for each line it touches, the folded range it covers. The box of a match is the
union of the boxes of the line's words (:attr:`resumekit.document.Line.words`, PDF only) that
overlap that range; a line without words gives its whole box; a match that runs over a page
break keeps its first page's part. Errs towards the first occurrence: a skill written twice is
traced to its first line.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..document import Box, Line
from ..text import ByIdentity

__all__ = ["Found", "fold", "find_in", "box_of"]


@dataclass(frozen=True, slots=True)
class Found:
    """Where a value was found: the document line indices, and the folded range in each."""

    lines: tuple[int, ...]
    ranges: tuple[tuple[int, int, int], ...]  # (line index, start, end) in the line's folded text


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    out = []
    for c in unicodedata.normalize("NFKD", ch):
        if unicodedata.category(c).startswith("M"):
            continue
        out += [x for x in c.casefold() if x.isalnum()]
    return "".join(out)


def _unspaced(ch: str) -> bool:
    return ord(ch) >= 0x2E80 and ch.isalpha()


SPACE, MARK, NONE = 2, 1, 0  # what stood before a folded character: a space (or the line start), punctuation, nothing


class _Table(dict):
    """A ``str.translate`` table filled as characters are met: (folding) each character to its
    folded characters, or (classes) to what it leaves in a text's class string: "A" then "\\x00"
    for each further character of its fold, "s" for a space, "m" for punctuation and nothing for
    a combining mark. (One character or None where it can: ``str.translate`` reads ASCII text
    through such a table without a lookup per character.)"""

    def __init__(self, classes: bool) -> None:
        super().__init__()
        self.classes = classes

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        f = _fold_char(ch)
        if not self.classes:
            value = f
        elif f:
            value = "A" + "\x00" * (len(f) - 1)
        elif ch.isspace():
            value = "s"
        else:
            value = "" if unicodedata.category(ch).startswith("M") else "m"
        self[code] = value or None
        return value or None


_FOLDING, _CLASSES = _Table(False), _Table(True)
_FROM_SPACE = re.compile("s[sm]*")


@lru_cache(maxsize=8192)
def fold(text: str) -> tuple[str, bytes]:
    """(the folded text, for each folded character the edge before it: SPACE, MARK or NONE).

    (No loop over the characters: in the text's class string, a gap from its first space on is
    one space, so the class before a folded character is "s" when a space stands in the gap since
    the last folded character (or nothing does: the start), "m" when only punctuation does;
    combining marks are no gap.)"""
    cls = "s" + text.translate(_CLASSES)
    if "ss" in cls or "sm" in cls:  # (else every gap from a space on is that one space already)
        cls = _FROM_SPACE.sub("s", cls)
    edges = cls.replace("sA", "\x02").replace("mA", "\x01").replace("A", "\x00").replace("s", "").replace("m", "")
    return text.translate(_FOLDING), edges.encode("latin-1")


def _match(hay: str, edges: bytes, needle: str, need: int = MARK) -> int:
    """The first place of ``needle`` in ``hay`` that starts and ends at edges of at least ``need``, else -1."""
    at = hay.find(needle)
    while at >= 0:
        end = at + len(needle)
        start_ok = edges[at] >= need or _unspaced(hay[at]) or at > 0 and _unspaced(hay[at - 1])
        end_ok = end == len(hay) or edges[end] >= need or _unspaced(hay[end - 1]) or _unspaced(hay[end])
        if start_ok and end_ok:
            return at
        at = hay.find(needle, at + 1)
    return -1


def _find_one(value: str, lines: list[Line], need: int = MARK) -> Found | None:
    needle = fold(value)[0]
    if not needle:
        return None
    hay, edges, offsets = _stream(_texts(lines))
    at = _match(hay, edges, needle, need)
    if at < 0:
        return None
    end = at + len(needle)
    ranges = []
    # the texts the match touches: from the one it starts in (the texts before it end at or
    # before ``at``) to the last one starting before ``end``; not a walk over every text
    last = len(offsets) - 1
    for n in range(bisect_right(offsets, at) - 1, len(offsets)):
        offset = offsets[n]
        if offset >= end:
            break
        stop = offsets[n + 1] if n < last else len(hay)
        lo, hi = max(at, offset), min(end, stop)
        if lo < hi:
            ranges.append((lines[n].index, lo - offset, hi - offset))
    return Found(tuple(i for i, _, _ in ranges), tuple(ranges))


# The texts of a tuple of lines, kept per tuple (a reader looks many values up in the same lines;
# a tuple cannot change, a list can, so a list's texts are read anew).
_tuple_texts = ByIdentity(lambda lines: tuple([line.text for line in lines]))


def _texts(lines) -> tuple[str, ...]:
    """The texts of ``lines``."""
    return _tuple_texts(lines) if type(lines) is tuple else tuple([line.text for line in lines])


_texts.cache_clear = _tuple_texts.cache_clear  # (forgotten with the answers kept per text)


@lru_cache(maxsize=64)
def _stream(texts: tuple[str, ...]) -> tuple[str, bytes, tuple[int, ...]]:
    """The folded texts as one stream: (its characters, the edge before each, where each text
    starts in it); a text starts at a word edge. Kept: a document's values are looked up in the
    same lines again and again."""
    folds = [fold(text) for text in texts]
    offsets: list[int] = []
    at = 0
    for folded, _ in folds:
        offsets.append(at)
        at += len(folded)
    return "".join([f for f, _ in folds]), b"".join([e for _, e in folds]), tuple(offsets)


def find_in(value: str | None, lines: list[Line], token: bool = False) -> Found | None:
    """Where ``value`` is written in ``lines`` (see the module docstring), or None. ``token``: the
    value is one token (an address, a URL), with a space or a line end on both sides of it, so
    "github.com/jane" is not found in "github.com/jane/tool"."""
    if not value or not lines:
        return None
    found = _find_one(value, lines, SPACE if token else MARK)
    if found is not None:
        return found
    pieces = [p for p in value.replace("\t", "\n").split("\n") if fold(p)[0]]
    if len(pieces) < 2:
        return None if token else _turned(value, lines)
    parts = [f for f in (_find_one(p, lines) for p in pieces) if f is not None]
    if len(parts) * 2 < len(pieces):
        return None
    ranges = sorted({r for f in parts for r in f.ranges})
    return Found(tuple(sorted({i for i, _, _ in ranges})), tuple(ranges))


def _turned(value: str, lines: list[Line]) -> Found | None:
    """A value of two to five words found with its words turned round, the order it was printed in
    ("Jane DOE" printed "DOE, Jane", the Europass order a reader turns to the reading order)."""
    words = value.split()
    if not 2 <= len(words) <= 5:
        return None
    for k in range(1, len(words)):
        found = _find_one(" ".join(words[k:] + words[:k]), lines)
        if found is not None:
            return found
    return None


def _word_ranges(line: Line) -> tuple[tuple[int, int, Box], ...]:
    """The folded range of each of the line's words in its folded text (words not found are left out)."""
    return _ranges_of_words(line.text, line.words)


@lru_cache(maxsize=4096)
def _ranges_of_words(text: str, words: tuple[tuple[str, Box], ...]) -> tuple[tuple[int, int, Box], ...]:
    """(Kept by the text and the words themselves: a Line compares without its words, so two lines
    of one text set at different places, or read by two backends, would share one answer.)"""
    text = fold(text)[0]
    out = []
    at = 0
    for word, box in words:
        w = fold(word)[0]
        if not w:
            continue
        k = text.find(w, at)
        if k < 0:
            continue
        out.append((k, k + len(w), box))
        at = k + len(w)
    return tuple(out)


def _union(boxes) -> Box | None:
    out = None
    for b in boxes:
        out = b if out is None else out.union(b)
    return out


def box_of(lines: list[Line], ranges: dict[int, tuple[int, int]] | None = None) -> tuple[int | None, Box | None]:
    """(page, box) of ``lines`` (their words in ``ranges``, by line index, where given): the union on
    the first line's page; (page, None) when a line has no box (DOCX, text)."""
    if not lines:
        return None, None
    page = lines[0].page
    boxes = []
    for line in lines:
        if line.page != page:
            continue
        if line.box is None:
            return page, None
        span = (ranges or {}).get(line.index)
        words = [b for a, z, b in _word_ranges(line) if span and a < span[1] and z > span[0]] if span else []
        boxes += words or [line.box]
    return page, _union(boxes)
