"""The intermediate between stages: a flat, reading-ordered tuple of lines.

Extractors (``resumekit.extract``) build a :class:`Document`; segmentation groups its lines into
:class:`Section` objects; field readers turn sections into the public ``Candidate``. These are
plain frozen dataclasses: cheap, hashable and easy to build in tests. Nothing here knows about
résumés or about file formats.

Conventions
- ``Line.text`` is what a reader sees, cleaned (ligatures decoded, icon glyphs removed, spaces
  collapsed). A TAB marks a visible gap between two parts of one line: a right-aligned date, a
  tab stop in Word, two table cells on one row. ``Line.raw`` is the text as extracted.
- ``Line.index`` is the position in reading order and the provenance key of everything read from it.
- ``Line.words`` (PDF only) are the line's words as extracted, each with the box of its glyphs: the
  box of a value read from part of a line is the union of its words' boxes. They are geometry, not
  text: equality and hashing ignore them, and a reader that rewrites ``text`` leaves them as they were.
- Pages are numbered from 1. A box is in PDF points, origin at the top-left of the page.
- ``Document.date`` is the file's own date as stored, unchecked; :mod:`resumekit.clock` decides
  whether to trust it.
"""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field, replace
from functools import lru_cache
from operator import attrgetter

__all__ = ["Box", "Style", "Run", "Link", "Line", "ParseWarning", "Document", "Section", "TABLE_HEAD", "join_line"]

TABLE_HEAD = ":thead"  # the origin's suffix of a table's header row its producer marked ("docx:table:thead")


@dataclass(frozen=True, slots=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.bottom - self.top

    def union(self, other: "Box") -> "Box":
        return Box(min(self.x0, other.x0), min(self.top, other.top), max(self.x1, other.x1),
                   max(self.bottom, other.bottom))


@dataclass(frozen=True, slots=True)
class Style:
    """Typography of a line (its dominant run). ``heading_level`` only where the author declared one
    (a Word heading style, a Markdown ``#``; 0 for a document title); ``caps`` when capitals are
    a rendering of the style (Word's caps / small caps), not of the text."""

    size: float | None = None
    bold: bool = False
    italic: bool = False
    font: str | None = None
    heading_level: int | None = None
    caps: bool = False


@dataclass(frozen=True, slots=True)
class Run:
    """A stretch of a line in one style, cleaned. A line lists its runs, in order, only when it
    mixes styles (a bold company name, then a plain date)."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True, slots=True)
class Link:
    """A link target. ``text`` is the text it sits on, where known (the word "LinkedIn"). A link
    of the document that no line holds (an icon's link) keeps the ``page`` and ``box`` of its
    area where the format has them (PDF): geometry, ignored by equality."""

    url: str
    text: str | None = None
    page: int | None = field(default=None, compare=False)
    box: Box | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    index: int = 0
    page: int = 1
    raw: str | None = None
    block: int = 0
    style: Style = field(default_factory=Style)
    box: Box | None = None
    bullet: bool = False
    level: int = 0
    links: tuple[Link, ...] = ()
    runs: tuple[Run, ...] = ()
    origin: str = "text"
    column: int | None = None
    words: tuple[tuple[str, Box], ...] = field(default=(), compare=False)
    # PDF: where the lines of the page and column that start where this one starts end, when two
    # or more end there (a paragraph's right edge; see extract.pdf.wraps.paragraph_edges)
    edge: float | None = field(default=None, compare=False)
    # Worked out from ``text`` when the line is made (the readers ask for them thousands of times
    # a document: a slot is read at a tenth of a property's cost); not arguments, not compared.
    plain: str = field(init=False, repr=False, compare=False)  # the text with gaps shown as single spaces
    _cell_tuple: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        _PUT_PLAIN(self, _plain(self.text))
        _PUT_CELLS(self, _cells(self.text))

    @property
    def table_head(self) -> bool:
        """A table's header row its producer marked, read as the names of the columns under it
        (origin ending in :data:`TABLE_HEAD`)."""
        return self.origin.endswith(TABLE_HEAD)

    @property
    def cells(self) -> list[str]:
        """The TAB-separated parts of the line, stripped, empty ones dropped."""
        return list(self._cell_tuple)

    def with_(self, **changes) -> "Line":
        """A copy with ``changes``, as ``dataclasses.replace`` makes it (an unknown name is a
        TypeError) at a quarter of its cost: the extractors copy every line a few times."""
        values = _LINE_VALUES(self)
        if changes:
            values = list(values)
            for name, value in changes.items():
                at = _LINE_AT.get(name)
                if at is None:
                    raise TypeError(f"Line has no field {name!r}")
                values[at] = value
        new = object.__new__(Line)
        for put, value in zip(_LINE_PUT, values):
            put(new, value)
        if new.text is self.text:
            _PUT_PLAIN(new, self.plain)
            _PUT_CELLS(new, self._cell_tuple)
        else:
            _PUT_PLAIN(new, _plain(new.text))
            _PUT_CELLS(new, _cells(new.text))
        return new


_LINE_FIELDS = tuple(name for name, f in Line.__dataclass_fields__.items() if f.init)
_LINE_VALUES = attrgetter(*_LINE_FIELDS)  # (every field at once, in C)
_LINE_AT = {name: k for k, name in enumerate(_LINE_FIELDS)}
_LINE_PUT = tuple(Line.__dict__[name].__set__ for name in _LINE_FIELDS)  # the slots' own setters
_PUT_PLAIN = Line.__dict__["plain"].__set__
_PUT_CELLS = Line.__dict__["_cell_tuple"].__set__


# A line's cells and plain text are asked for tens of thousands of times a document (the readers
# look at each line many times): worked out once per text.
@lru_cache(maxsize=1 << 13)
def _cells(text: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in text.split("\t") if c.strip())


@lru_cache(maxsize=1 << 13)
def _plain(text: str) -> str:
    return " ".join(_cells(text))


def join_line(a: Line, b: Line, moved: str | None = None, *, sep: str = "", cut: int = 0, hyphen: bool = False,
              first_cell: bool = False, own_look: bool = False, words: tuple | None = None, whole: bool = True,
              **changes) -> Line:
    """``a`` with ``moved`` (the text of ``b`` that goes up; all of it by default) glued on after
    ``sep`` ("" inside a word, " " between words, a TAB as a cell of its own), its ``words`` (``b``'s
    by default) following ``a``'s. Where the lines' readers put one line's text back onto another
    (a word or an address broken at a line end, a cell's wrap, a cell centred beside its row):
    - ``cut``: that many characters of ``a``'s end go first (a printed hyphen), and ``hyphen``
      puts a hyphen back (a compound broken at its own hyphen);
    - ``first_cell``: the text goes at the end of ``a``'s first cell, not of the line;
    - runs: the text takes the bold and italic of the run it joins (``a`` without runs keeps none);
      with ``own_look`` it keeps ``b``'s own (its runs, else its style), and runs of one look merge
      (a line of one look keeps no runs);
    - ``whole``: ``b``'s box and links come too (``b`` is gone); without it they stay with ``b``;
    - ``changes``: other fields of the new line, as :meth:`Line.with_` takes them (the raw text
      where a caller joins it; ``a``'s raw text otherwise)."""
    moved = b.text if moved is None else moved
    words = b.words if words is None else words
    tail = "-" if hyphen else ""
    if first_cell:
        first, rest = a.text.split("\t", 1)
        text = f"{first[:len(first) - cut]}{tail}{sep}{moved}\t{rest}"
        k = len(first.split())
        words = a.words[:k] + words + a.words[k:]
    else:
        text = f"{a.text[:len(a.text) - cut]}{tail}{sep}{moved}"
        words = a.words + words
    if whole:
        changes.setdefault("box", a.box.union(b.box) if a.box and b.box else a.box)
        changes.setdefault("links", a.links + b.links)
    return a.with_(text=text, words=words, runs=_joined_runs(a, b, moved, sep, cut, tail, first_cell, own_look),
                   **changes)


def _joined_runs(a: Line, b: Line, moved: str, sep: str, cut: int, tail: str, first_cell: bool,
                 own_look: bool) -> tuple[Run, ...]:
    runs = a.runs or ((Run(a.text, a.style.bold, a.style.italic),) if own_look else ())
    if not runs:
        return ()
    at = 0 if first_cell else len(runs) - 1
    joins = runs[at]
    head = joins.text[:len(joins.text) - cut] + tail
    if not own_look:
        return (*runs[:at], replace(joins, text=head + sep + moved), *runs[at + 1:])
    pieces = [*runs[:at], replace(joins, text=head),
              *(Run(("" if k else sep) + r.text, r.bold, r.italic)
                for k, r in enumerate(b.runs or (Run(b.text, b.style.bold, b.style.italic),))),
              *runs[at + 1:]]
    out: list[Run] = []
    for r in pieces:
        if out and (out[-1].bold, out[-1].italic) == (r.bold, r.italic):
            out[-1] = replace(out[-1], text=out[-1].text + r.text)
        else:
            out.append(r)
    return tuple(out) if len(out) > 1 else ()


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """Something a user should know about a parse (hidden text, an image-only page...)."""

    code: str
    message: str
    page: int | None = None


@dataclass(frozen=True, slots=True)
class Document:
    lines: tuple[Line, ...]
    format: str
    source: str | None = None
    pages: int | None = None
    producer: str | None = None
    links: tuple[Link, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    warnings: tuple[ParseWarning, ...] = ()
    date: _dt.date | None = None  # when the file says it was last saved (else created), as stored

    @property
    def text(self) -> str:
        return "\n".join(line.plain for line in self.lines)

    def with_(self, **changes) -> "Document":
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class Section:
    """A run of lines under one heading. ``kind`` is one of ``resumekit.vocab.SECTION_KINDS``;
    the block above the first heading is kind ``"header"`` with ``heading=None``."""

    kind: str
    heading: Line | None
    lines: tuple[Line, ...]

    @property
    def title(self) -> str | None:
        return self.heading.plain if self.heading else None

    @property
    def text(self) -> str:
        return "\n".join(line.plain for line in self.lines)
