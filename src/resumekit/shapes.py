"""Consistency: a line shaped like the recognised headings is a heading too (kind ``other``; the
re-kind stage reads its kind from what it holds). Part of segmentation (:mod:`resumekit.segment`).

A line's **shape** (:class:`Shape`) is a small signature of its layout: its type (size, bold,
capitals, declared heading level, font face), a trailing colon, and its place in its block (a
block of its own, opening a block with its content under it, or inside one). One step reads it:

1. Learn. Per document, the shapes of the confirmed headings (vocabulary phrases, label cells): a
   family of :data:`FAMILIES` says which features of the shape must agree, and needs two headings
   that share them. Where the headings show no such shape, the lines themselves teach one (a level
   that two lines declare, a type larger than the body's that three to twelve short lines share,
   three blocks of their own in capitals): a language the vocabulary lacks, a CV of its own words.
   The families, in the order they run (each sees the headings the ones before it found):

   ============ ======== ==================================================================
   type         any      size, weight, capitals and level of two headings (not capitals alone)
   own caps     plain    capitals on a block of their own (two such headings, or none and three lines;
                         one word only where it is a word people write: "LEARNING", "TOOLKIT")
   opening caps plain    capitals opening a block, content under them (one word where two are)
   own colon    plain    a trailing colon on a block of its own (capitals where all are)
   colon lines  plain    fewer than two such headings: three such lines teach it (none a label
                         of contact or personal data or of an entry's parts: "Address:")
   face         styled   the one font face and size of the headings, none bold or declared
   level        any      fewer than two headings: the shallowest level two lines declare
   larger       styled   fewer than two headings: the larger type three to twelve lines share
   ============ ======== ==================================================================

2. Match. A line whose shape has the learnt features is a candidate.
3. Guard. :data:`GUARDS`, in precedence order; a candidate is a heading when no guard that
   applies to its family rejects it. "header" and "many" judge the candidates together; the guards
   below them are read line by line as the headings are set (so "entry" sees the ones just found):

   ======== ===================================================================== ==============
   taken    already a heading (or a second header's name)                          all
   unfit    disqualified (segment): a date, an e-mail, a sentence, a bullet...     all
   cells    several cells (a row of a table)                                      all
   words    not one to four words (two to four for own caps; see the families)    all
   lower    opening with a lower-case letter (a wrapped sentence's tail)          all
   acronym  one word that is not a word people write, five letters or more       own caps
            ("CBSE", "MCA": capitals in plain text are no style of their own)
   short    one word of six letters or fewer set in the headings' type or face   type, face
            ("MCA", "CBSE"; plain text's shapes, a colon or a block, keep "Hello:")
   alone    over more of its block, no list, and long (25+ characters); or last   all
   label    the rest of a split label's row (it takes the label's type)           all
   summary  right under a recognised summary heading: its content                 all
   right    right of every recognised heading of its column: an entry's title     all
   deeper   a deeper declared level than the heading above it in its column       all
   recurs   its words stand on another line too (a heading is written once):      all
            a label in each job ("Responsibilities:"), a title or employer twice
   header   above the header's last contact line (none: above the first heading,  all
            or the first candidate): a name or headline set like the headings
   many     as many candidates as headings, none, or two lines in the face that   face
            are not candidates (entry titles set in the headings' face)
   year     the next line holds a year (a job board's employer in capitals)       own caps
   personal a label of contact or personal data or of an entry's parts; or over   colon lines
            a link or contact value on the next line ("Portfolio:")
   entry    inside an entry section: plain text has no type to tell an employer   own caps,
            in capitals from a heading (a colon on its own block is none)         opening caps,
                                                                                  colon lines
   ======== ===================================================================== ==============

Errs towards fewer headings: a family that learns nothing adds none.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from .document import Line
from .headings import YEAR, heading_text, times_written
from .label_cells import contact_value
from .text import is_caps, key
from .vocab import merged
from .words import known_word

__all__ = ["Shape", "shape", "consistent", "FAMILIES", "GUARDS", "own_block", "signature", "header_ends",
           "right_of", "deeper", "alone", "ENTRY_KINDS"]

ENTRY_KINDS = ("experience", "projects", "volunteer", "education")


@dataclass(frozen=True, slots=True)
class Shape:
    """A line's layout signature: ``size`` rounded to the point (0 without one), ``pt`` as set,
    ``place`` one of "own" (a block of its own), "opens" (first line of a block), "inside"."""
    size: int
    pt: float | None
    bold: bool
    caps: bool
    level: int | None
    colon: bool
    place: str
    face: str | None

    @property
    def type(self) -> tuple:
        """Size, weight, capitals and declared level: what a style sheet sets."""
        return (self.size, self.bold, self.caps, self.level)

    @property
    def starts(self) -> bool:
        return self.place != "inside"


def shape(lines: tuple[Line, ...], i: int) -> Shape:
    line = lines[i]
    s = line.style
    starts = i == 0 or lines[i - 1].block != line.block
    own = starts and (i + 1 == len(lines) or lines[i + 1].block != line.block)
    return Shape(round(s.size or 0), s.size, s.bold, is_caps(line.plain) or s.caps, s.heading_level,
                 line.plain.rstrip().endswith((":", "：")), "own" if own else "opens" if starts else "inside", _face(line))


def signature(line: Line) -> tuple:
    """:attr:`Shape.type` of one line."""
    return (round(line.style.size or 0), line.style.bold, is_caps(line.plain) or line.style.caps, line.style.heading_level)


@dataclass
class Page:
    """What the consistency step reads: the lines, their flags so far (kind or None), the confirmed
    headings, the split labels, the body's size, whether the format carries type, and which lines
    are disqualified from being headings at all."""
    lines: tuple[Line, ...]
    flags: list[str | None]
    confirmed: list[int]
    label_cells: dict[int, str]
    body: float | None
    styled: bool
    unfit: list[bool]
    shapes: list[Shape]
    written: Counter  # how many lines hold each line's words (folded: headings.written)


@dataclass(frozen=True, slots=True)
class Learnt:
    """A learnt shape: which lines have it (``alike``), and the fewest words of a heading in it."""
    alike: Callable[[Shape], bool]
    least: int = 1


# -- the families: which documents, how a shape is learnt ------------------------------------------

def _type(p: Page) -> Learnt | None:
    """The type (size, weight, capitals, level) most confirmed headings share, two at least; a
    strong one (capitals, a level or a larger size) that is not capitals alone ("MCA" is capitals too)."""
    if not p.confirmed:
        return None
    sig, n = Counter(p.shapes[i].type for i in p.confirmed).most_common(1)[0]
    strong = sig[2] or sig[3] is not None or (p.body and sig[0] >= p.body + 1)
    if not (strong and n >= 2 and (sig[1] or sig[3] is not None or sig[0] > 0)):
        return None
    return Learnt(lambda s: s.type == sig)


def _caps_headings(p: Page) -> list[int]:
    return [i for i in p.confirmed if is_caps(p.lines[i].plain) and p.shapes[i].starts]


def _own_caps(p: Page) -> Learnt | None:
    """Capitals on a block of their own: learnt from two capital headings opening blocks, or, with
    none, from three such blocks of two to four words, or of one word people write ("LEARNING"; a CV
    whose headings are all its own words)."""
    alike = lambda s: s.caps and s.place == "own"  # noqa: E731
    caps = _caps_headings(p)
    if len(caps) >= 2:
        return Learnt(alike, 2)
    if caps:
        return None
    found = [i for i, s in enumerate(p.shapes) if not p.flags[i] and alike(s) and not p.unfit[i]
             and not p.lines[i].cells[1:] and (2 <= len(_words(p, i)) <= 4 or _word_heading(_words(p, i)))]
    return Learnt(alike, 1 if any(len(_words(p, i)) == 1 for i in found) else 2) if len(found) >= 3 else None


def _word_heading(words: list[str]) -> bool:
    """One word that a heading may be: five letters or more, and a word people write ("LEARNING",
    "TOOLKIT"; not an acronym such as "CBSE" or "MCA")."""
    return len(words) == 1 and len(words[0]) >= 5 and words[0].isalpha() and known_word(words[0].lower())


def _opening_caps(p: Page) -> Learnt | None:
    """Capitals opening a block with their content under them ("PROFILE" over its paragraph): two
    such headings; one word where two of them are one word ("PRACTICE"), else two to four."""
    opening = [i for i in _caps_headings(p) if p.shapes[i].place == "opens"]
    if len(opening) < 2:
        return None
    least = 1 if sum(len(heading_text(p.lines[i].plain).split()) == 1 for i in opening) >= 2 else 2
    return Learnt(lambda s: s.caps and s.place == "opens", least)


def _own_colon(p: Page) -> Learnt | None:
    """A trailing colon on a block of its own ("Skills:" between blank lines), in capitals where
    they all are; two such headings, in a document whose lines are not two thirds blocks of their
    own (a job board's export has no shape to tell)."""
    shaped = [i for i in p.confirmed if p.shapes[i].colon and p.shapes[i].place == "own"]
    if len(shaped) < 2 or 3 * sum(s.place == "own" for s in p.shapes) > 2 * len(p.lines):
        return None
    caps = all(is_caps(p.lines[i].plain) for i in shaped)
    return Learnt(lambda s: s.colon and s.place == "own" and (not caps or s.caps))


def _colon_lines(p: Page) -> Learnt | None:
    """With fewer than two confirmed headings in that shape, the lines teach it: three or more
    lines ending in a colon on blocks of their own, of one to four words opening with a capital,
    none a label of personal or contact data ("Address:", "Nationality:"), in a document whose
    lines are not two thirds blocks of their own ("What I Use:" in a CV of its own words)."""
    if sum(p.shapes[i].colon and p.shapes[i].place == "own" for i in p.confirmed) >= 2:
        return None
    if 3 * sum(s.place == "own" for s in p.shapes) > 2 * len(p.lines):
        return None
    alike = lambda s: s.colon and s.place == "own"  # noqa: E731
    found = [i for i, s in enumerate(p.shapes) if alike(s) and not p.flags[i] and not p.unfit[i]
             and 1 <= len(_words(p, i)) <= MOST_WORDS and _words(p, i)[0][:1].isupper() and not _personal(p, i)]
    return Learnt(alike) if len(found) >= 3 else None


def _personal(p: Page, i: int) -> bool:
    """A label of contact or personal data or of an entry's parts ("Address:", "Nationality:",
    "Responsibilities:"), or a label over a link or contact value on the next line ("Portfolio:")."""
    below = p.lines[i + 1] if i + 1 < len(p.lines) else None
    after = below.plain if below is not None else ""
    return (key(heading_text(p.lines[i].plain)) in _labels() or "://" in after or "www." in after
            or below is not None and any(contact_value(c) for c in below.cells))


@lru_cache(maxsize=1)
def _labels() -> frozenset[str]:
    v = merged()
    return frozenset({*v.contact_labels, *v.location_labels, *v.attribute_labels,
                      *(w for words in v.personal.values() for w in words)})


def _face_of(p: Page) -> Learnt | None:
    """Headings set apart by their font alone (an accent face in the body's size and weight): two
    confirmed headings, all in one face, none bold or declared; a candidate in that face and size
    starts a block and stands alone (:func:`alone`)."""
    if len(p.confirmed) < 2:
        return None
    faces = {p.shapes[i].face for i in p.confirmed}
    face = faces.pop() if len(faces) == 1 else None
    if not face or any(p.shapes[i].bold or p.shapes[i].level is not None for i in p.confirmed):
        return None
    pt = p.shapes[p.confirmed[0]].pt
    return Learnt(lambda s: s.face == face and s.pt == pt and s.starts)


def _level(p: Page) -> Learnt | None:
    """With fewer than two confirmed headings: the shallowest level that two lines declare (a Word
    heading style, Markdown's "#")."""
    if len(p.confirmed) >= 2:
        return None
    levels = Counter(s.level for i, s in enumerate(p.shapes) if s.level is not None and s.level >= 1 and not p.unfit[i])
    level = min((lv for lv, n in levels.items() if n >= 2), default=None)
    return None if level is None else Learnt(lambda s: s.level == level)


def _larger(p: Page) -> Learnt | None:
    """With fewer than two confirmed headings: the type larger than the body's that three to twelve
    short lines share ("Arbetslivserfarenhet" in a language without a vocabulary file); the name,
    larger still, is one line."""
    if len(p.confirmed) >= 2 or not p.body:
        return None
    body = p.body
    larger = lambda s: bool(s.pt) and s.pt >= body + 1  # noqa: E731
    styles = Counter(s.type for i, s in enumerate(p.shapes) if larger(s) and _passes(p, i, "larger", Learnt(larger)))
    if not styles:
        return None
    sig, n = styles.most_common(1)[0]
    return Learnt(lambda s: larger(s) and s.type == sig) if 3 <= n <= 12 else None


@dataclass(frozen=True, slots=True)
class Family:
    name: str
    documents: str  # "any", "plain" (no type) or "styled"
    learn: Callable[[Page], Learnt | None]


# in the order they run: a family sees the headings the families before it found
FAMILIES: tuple[Family, ...] = (
    Family("type", "any", _type),
    Family("own caps", "plain", _own_caps),
    Family("opening caps", "plain", _opening_caps),
    Family("own colon", "plain", _own_colon),
    Family("colon lines", "plain", _colon_lines),
    Family("face", "styled", _face_of),
    Family("level", "any", _level),
    Family("larger", "styled", _larger),
)


# -- the guards ---------------------------------------------------------------------------------------

def _words(p: Page, i: int) -> list[str]:
    return heading_text(p.lines[i].plain).split()


def _short(p: Page, i: int) -> bool:
    w = _words(p, i)
    return len(w) == 1 and len(w[0]) <= 6


def _above_summary(p: Page, i: int) -> bool:
    return (i - 1) in p.confirmed and p.flags[i - 1] == "summary"


def _right(p: Page, i: int) -> bool:
    return right_of(p.lines[i], [p.lines[j] for j in p.confirmed])


def _deeper_than_above(p: Page, i: int) -> bool:
    line = p.lines[i]
    above = next((j for j in reversed(p.confirmed) if j < i and p.lines[j].column == line.column), None)
    return above is not None and deeper(line, p.lines[above])


def _in_entry(p: Page, i: int) -> bool:
    return next((p.flags[j] for j in range(i - 1, -1, -1) if p.flags[j]), None) in ENTRY_KINDS


@dataclass(frozen=True, slots=True)
class Guard:
    """One row of :data:`GUARDS`: ``line`` rejects one candidate, ``among`` keeps some of them all
    (the header, the count of the face's lines); ``families`` it applies to (None: all)."""
    name: str
    line: Callable[[Page, int, Learnt], bool] | None = None
    among: Callable[[Page, list[int], Learnt], list[int]] | None = None
    families: frozenset[str] | None = None

    def applies(self, family: str) -> bool:
        return self.families is None or family in self.families


MOST_WORDS = 4  # a heading found by its shape has one to four words (more: a job title, a sentence)

GUARDS: tuple[Guard, ...] = (  # in precedence order
    Guard("taken", lambda p, i, l: bool(p.flags[i])),
    Guard("unfit", lambda p, i, l: p.unfit[i]),
    Guard("cells", lambda p, i, l: bool(p.lines[i].cells[1:])),
    Guard("words", lambda p, i, l: not l.least <= len(_words(p, i)) <= MOST_WORDS),
    Guard("lower", lambda p, i, l: _words(p, i)[0][0].islower()),
    Guard("acronym", lambda p, i, l: len(_words(p, i)) == 1 and not _word_heading(_words(p, i)),
          families=frozenset({"own caps"})),
    Guard("short", lambda p, i, l: _short(p, i), families=frozenset({"type", "face"})),
    Guard("alone", lambda p, i, l: not alone(p.lines, i)),
    Guard("label", lambda p, i, l: (i - 1) in p.label_cells),
    Guard("summary", lambda p, i, l: _above_summary(p, i)),
    Guard("right", lambda p, i, l: _right(p, i)),
    Guard("deeper", lambda p, i, l: _deeper_than_above(p, i)),
    Guard("recurs", lambda p, i, l: times_written(p.written, p.lines[i]) > 1),
    Guard("header", among=lambda p, found, l: below_header(p.lines, found, p.confirmed)),
    Guard("many", among=lambda p, found, l: [] if _many(p, l, found) else found, families=frozenset({"face"})),
    Guard("year", lambda p, i, l: i + 1 < len(p.lines) and bool(YEAR.search(p.lines[i + 1].plain)),
          families=frozenset({"own caps"})),
    Guard("personal", lambda p, i, l: _personal(p, i), families=frozenset({"colon lines"})),
    Guard("entry", lambda p, i, l: _in_entry(p, i), families=frozenset({"own caps", "opening caps", "colon lines"})),
)
_FIRST = next(n for n, g in enumerate(GUARDS) if g.among)  # the guards above it make the candidates
_LAST = max(n for n, g in enumerate(GUARDS) if g.among)  # the guards below it are read as headings are set


def _passes(p: Page, i: int, family: str, learnt: Learnt, guards: tuple[Guard, ...] = ()) -> bool:
    """Does line ``i`` pass the line guards (by default those above the first guard over all the
    candidates) that apply to the family, in order?"""
    return not any(g.applies(family) and g.line(p, i, learnt) for g in guards or GUARDS[:_FIRST])


def consistent(p: Page) -> None:
    """Flag as ``other`` the lines shaped like the recognised headings (see the module's table)."""
    for family in FAMILIES:
        if family.documents != "any" and (family.documents == "styled") != p.styled:
            continue
        learnt = family.learn(p)
        if learnt is None:
            continue
        found = [i for i, s in enumerate(p.shapes) if learnt.alike(s) and _passes(p, i, family.name, learnt)]
        for g in GUARDS[_FIRST:_LAST + 1]:
            if g.applies(family.name):
                found = g.among(p, found, learnt)
        for i in found:  # (in order: a heading set here is the section that the next one's entry guard sees)
            if _passes(p, i, family.name, learnt, GUARDS[_LAST + 1:]):
                p.flags[i] = "other"


def _many(p: Page, learnt: Learnt, found: list[int]) -> bool:
    """Entry titles set in the headings' face: as many candidates as headings, none, or more than
    one other line in the face (one is the name)."""
    face = p.shapes[p.confirmed[0]].face
    other = sum(1 for i, s in enumerate(p.shapes) if not p.flags[i] and s.face == face
                and not (learnt.alike(s) and _passes(p, i, "face", learnt)))
    return other > 1 or not found or len(found) >= len(p.confirmed)


# -- layout readings shared with segmentation -----------------------------------------------------------

def own_block(lines: tuple[Line, ...], i: int) -> bool:
    """A block of its own: the line starts its block and the next line starts another."""
    return ((i == 0 or lines[i - 1].block != lines[i].block)
            and (i + 1 == len(lines) or lines[i + 1].block != lines[i].block))


def below_header(lines: tuple[Line, ...], found: list[int], confirmed: list[int]) -> list[int]:
    """The heading candidates ``found`` that lie below the header: below its last contact line
    (:func:`header_ends`) or, where it has none, below the first recognised heading (else the
    first candidate: the name may be set like the headings)."""
    if not found:
        return []
    start = confirmed[0] if confirmed else found[0]
    opened = header_ends(lines, start)
    return [i for i in found if i > (start if opened is None else opened)]


def header_ends(lines: tuple[Line, ...], first: int) -> int | None:
    """The index of the header's last contact line (an e-mail address, a link, a phone number
    alone in a cell) above the first recognised heading, on its page: a line below it styled like
    the recognised headings opens a section ("WHERE I'VE WORKED" over jobs, above "EDUCATION"),
    where a line above it may be the name or the headline in the headings' type. None when the
    header holds no contact line (the name and headline cannot be told from a heading)."""
    last = None
    for i in range(first):
        line = lines[i]
        if line.page != lines[first].page:
            continue
        if "://" in line.plain or "www." in line.plain or any(contact_value(c) for c in line.cells):
            last = i
    return last


def right_of(line: Line, headings: list[Line]) -> bool:
    """Further right than every heading of its column starts."""
    starts = [h.box.x0 for h in headings if h.box is not None and h.column == line.column]
    return bool(starts) and line.box is not None and line.box.x0 > max(starts) + 12


def deeper(line: Line, heading: Line) -> bool:
    """Declared a deeper heading level than the section's heading."""
    s, h = line.style, heading.style
    return s.heading_level is not None and h.heading_level is not None and s.heading_level > h.heading_level


def alone(lines: tuple[Line, ...], i: int) -> bool:
    """The line ends its block or the next line starts with a capital or bullet (a list follows)."""
    if i + 1 >= len(lines):
        return False
    return lines[i + 1].block != lines[i].block or lines[i + 1].bullet or len(lines[i].plain) <= 25


def _face(line: Line) -> str | None:
    """A line's font without a subset's tag ("ABCDEF+Lato-Regular" is "Lato-Regular")."""
    font = line.style.font
    return font.split("+", 1)[1] if font and len(font) > 7 and font[6] == "+" else font
