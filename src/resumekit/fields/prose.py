"""Running text in a section: which lines are prose, which dates a line can give its entry, and
which lines continue the one above (a wrapped bullet or sentence).

Signals, in order:
1. Prose: a line longer than 110 characters, or a sentence (a full stop, "!", "?" or "…" at its
   end) of five words or more; not when most words are capitalised (a list of names, a title)
   unless it is longer than 200, nor when it ends in an abbreviation ("Tornavía S.A. de C.V.").
   The entry readers' looser test, running text rather than a header (:func:`is_running_text`):
   eight words or more, fewer than three in four capitalised, or a sentence's end.
2. A line's dates for its entry: every date found, but in a sentence of five words or more a
   single date with words on both sides, one after a small word that ends the sentence ("… in
   2020."), and an open range late in a long sentence ("… since 2009.") date nothing.
3. A wrap: not a bullet, not across pages, not a declared heading; the hanging indent of a
   wrapped bullet; no date range opening the line; no change of weight under a header line; one
   cell each; in the same block, a lower-case start or the line above ending in a connector
   ("and", ",", "&"); in text, only inside a block after a bullet or a long line; DOCX paragraphs
   are whole already. The last run of a header line in mixed styles, bold or italic, wrapped onto
   a line of its own in that run's style, when its first word would not have fitted above before
   the paragraph's right edge (PDF word boxes; the edge: the furthest any line of one cell starting
   where either line starts ends), is a wrap too.
4. A line the typesetter broke (a Word paragraph printed to PDF): in the type of the line above,
   from its left edge or a bullet's hanging indent, no label nor range opening it, the line above
   ending in no year, within two ems of its paragraph's right edge on the page (``Line.edge``: two
   lines or more of the page end there), and the lower line's first word would not have fitted
   there; not in a column under 18 ems nor between lines set more than 1.6 ems apart (a list's
   items end near a narrow column's edge as often as wrapped lines do).

Split from :mod:`.entries`, which reads entries with these answers.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..document import Box, Line
from ..text import rx
from .dates import DateRange, find_cell_dates, order_for

__all__ = ["line_dates", "is_prose", "is_running_text", "capitalised_words", "join_wrapped", "SENTENCE_END",
           "ABBREVIATION_END"]

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
    capitalised = capitalised_words(words) / max(1, len(words))
    # a full stop after a few capitalised words among small ones ends a sentence ("Answered to the
    # Site Director."); after a title in capitals it does not
    if capitalised >= 0.6 and len(words) >= 4 and ("," in text or capitalised >= 0.75 or not SENTENCE_END.search(text)):
        return len(text) > 200
    if len(text) > 110:
        return True
    return bool(SENTENCE_END.search(text)) and len(words) >= 5 and not ABBREVIATION_END.search(text)


def capitalised_words(words: list[str], *, bracketed: bool = True) -> int:
    """How many of ``words`` open with a capital or a digit; with ``bracketed``, a word alone in
    brackets counts by its first letter ("(Contract)", "(Interim)")."""
    if not bracketed:
        return sum(1 for w in words if w[:1].isupper() or w[:1].isdigit())
    return sum(1 for w in words if w[:1].isupper() or w[:1].isdigit()
               or w[:1] == "(" and w.rstrip(",;")[-1:] == ")" and w[1:2].isupper())


def is_running_text(text: str, *, words: int = 8, capitals: float = 0.75, bracketed: bool = True,
                    lower_start: bool = False, comma_end: bool = False) -> bool:
    """Running text rather than a header: ``words`` words or more, fewer than ``capitals`` of them
    capitalised (:func:`capitalised_words`, ``bracketed`` or not: an address or a name of eight
    capitalised words is a header), or a sentence's end (:data:`SENTENCE_END`); with
    ``lower_start`` a lower-case start too, with ``comma_end`` a comma at the end too (a list that
    goes on below). Looser than :func:`is_prose`: no length, no abbreviation."""
    split = text.split()
    return (len(split) >= words and capitalised_words(split, bracketed=bracketed) < capitals * len(split)) \
        or lower_start and text[:1].islower() or bool(SENTENCE_END.search(text)) \
        or comma_end and text.rstrip().endswith(",")


# A full stop that ends a name, not a sentence: "Acme Co.", "Tornavía S.A. de C.V."
ABBREVIATION_END = regex.compile(r"(?<![\p{L}.])(?:\p{L}{1,4}\.){2,}$|\b(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|St|Dept|Pty|Pte)\.$")


def join_wrapped(lines: list[Line] | tuple[Line, ...]) -> list[Line]:
    """Join lines that continue the previous one (a wrapped bullet or sentence; the last run of a
    header line wrapped onto a line of its own, :func:`_run_wraps`; a line the typesetter broke,
    :func:`_typeset_wrap`)."""
    out: list[Line] = []
    ends = [(l.page, l.column, l.box.x0, l.box.x1) for l in lines if l.box is not None and len(l.cells) == 1]
    last: Box | None = None  # the box of the last line joined into out[-1] (out[-1].box is their union)
    for line in lines:
        if out and (_continues(out[-1], line) or _run_wraps(out[-1], last, line, ends)
                    or _typeset_wrap(out[-1], last, line)):
            prev = out[-1]
            sep = "" if prev.plain.endswith("-") and line.plain[:1].islower() else " "
            text = prev.text[:-1] if sep == "" else prev.text
            out[-1] = prev.with_(text=f"{text}{sep}{line.text}", links=prev.links + line.links,
                                 box=prev.box.union(line.box) if prev.box and line.box else prev.box)
        else:
            out.append(line)
        last = line.box
    return out


SPACE_EM, RUN_WORDS, SAME_EDGE = 0.25, 6, 1.0
GAP_EMS, WIDTH_EMS, STEP_EMS = 2.0, 18.0, 1.6  # a typesetter's wrap: see _typeset_wrap


def _right_edge(ends: list[tuple[int, int | None, float, float]], line: Line, above: Box | None) -> float | None:
    """The right edge of the paragraph of ``line`` and the line above it (box ``above``): the
    furthest right any line of one cell ends among these lines that start where either starts (within
    ``SAME_EDGE``), on the same page and in the same column (a bullet's lines, or a paragraph's)."""
    if above is None or line.box is None:
        return None
    starts = (above.x0, line.box.x0)
    found = [x1 for page, column, x0, x1 in ends if page == line.page and column == line.column
             and any(abs(x0 - s) <= SAME_EDGE for s in starts)]
    return max(found) if found else None


def _fits_above(prev: Line, above: Box | None, line: Line, edge: float | None, slack: float) -> bool:
    """The first word of ``line`` would have fitted on the line above (its box ``above``), before
    the paragraph's right ``edge``, with ``slack`` ems to spare: the writer broke the line, not the
    typesetter. Never for a line above that ends in a hyphen or a slash (a word cut there)."""
    if above is None or line.box is None or edge is None or not line.words or prev.page != line.page \
            or prev.column != line.column or prev.plain.endswith(("-", "/", "‐")):
        return False
    em = line.style.size or 10.0
    return above.x1 + (SPACE_EM + slack) * em + line.words[0][1].width <= edge


def _run_wraps(prev: Line, above: Box | None, line: Line, ends: list[tuple[int, int | None, float, float]]) -> bool:
    """The last run of a header line of one cell in mixed styles wrapped onto a line of its own
    ("**Acme**, Leeds — *Seasonal Sales*" / "*Advisor*"): the run is bold or italic, the line below is set in
    that run's style alone, from the same left edge, in the same block, of at most ``RUN_WORDS``
    words and no date or sentence, and its first word would not have fitted on the line above
    before the paragraph's right edge (``ends``: the lines' page, column and left and right edges)."""
    if (len(prev.runs) < 2 or line.runs or line.bullet or prev.bullet or above is None or prev.box is None
            or above != prev.box or line.box is None or prev.block != line.block or len(line.cells) != 1
            or len(prev.cells) != 1
            or line.style.heading_level is not None or prev.style.heading_level is not None):
        return False
    run = prev.runs[-1]
    if not (run.bold or run.italic) or (run.bold, run.italic) != (line.style.bold, line.style.italic) \
            or abs(line.box.x0 - prev.box.x0) > SAME_EDGE:
        return False
    if len(line.plain.split()) > RUN_WORDS or line_dates(line) or is_prose(line):
        return False
    edge = _right_edge(ends, line, above)
    return edge is not None and bool(line.words) and not _fits_above(prev, above, line, edge, -1.0)


_OPEN_BRACKET = regex.compile(r"\([^()]*$")
_LABEL_OPEN = regex.compile(r"^(?:\S+\s+){0,3}\S*\p{L}\s?[:：]\s")  # "Tools: …", "ID de certification : …"
_YEAR_END = regex.compile(r"\b(?:19|20)\d\d\W{0,2}$")  # "…, Harbour Academy, 2022": an item ending in its date


def _typeset_wrap(prev: Line, above: Box | None, line: Line) -> bool:
    """A paragraph the typesetter broke (PDF word boxes; the line above's box ``above``): the line
    below in the type of the line above (font, size, weight, slant), one cell each, in the same
    block and column, from the same left edge or a bullet's hanging indent; no bullet, declared
    heading nor label opening it ("Tools: …"); no range opening it, a date further on only inside
    a bracket opened above ("(… at Harbour" / "Books 2019-2020)"); the line above ending in no
    year (an item ending in its date), within ``GAP_EMS`` of the paragraph's right edge on the page
    (``Line.edge``), in a column ``WIDTH_EMS`` wide or more, the lines at most ``STEP_EMS`` apart;
    and the lower line's first word would not have fitted above before that edge."""
    if (line.bullet or line.runs or prev.runs or above is None or prev.box is None or line.box is None
            or not line.words or len(line.cells) != 1 or len(prev.cells) != 1
            or prev.page != line.page or prev.column != line.column or prev.block != line.block
            or line.style.heading_level is not None or prev.style.heading_level is not None):
        return False
    s, t = prev.style, line.style
    if (s.font, s.size, s.bold, s.italic) != (t.font, t.size, t.bold, t.italic) or not t.size:
        return False
    em = t.size
    same_edge = abs(line.box.x0 - above.x0) <= SAME_EDGE
    hanging = prev.bullet and above == prev.box and prev.box.x0 + SAME_EDGE < line.box.x0 <= prev.box.x0 + 3 * em
    edges = [e for e in (prev.edge, line.edge) if e is not None]
    if not (same_edge or hanging) or not edges:
        return False
    edge = max(edges)
    if (edge - above.x1 > GAP_EMS * em or edge - min(above.x0, line.box.x0) < WIDTH_EMS * em
            or line.box.top - above.top > STEP_EMS * em):
        return False
    dated = line_dates(line)
    if dated and (any(not d.single and d.span[0] == 0 for d in dated) or not _OPEN_BRACKET.search(prev.plain)):
        return False
    if _LABEL_OPEN.match(line.plain) or _YEAR_END.search(prev.plain):
        return False
    return not _fits_above(prev, above, line, edge, 0.0)


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
