"""Monospaced layout text: a page's text written as it stands on the page, in a fixed-width grid.

``pdftotext -layout`` and pdfplumber's ``extract_text(layout=True)`` (what applicant-tracking
pipelines and scripts store, and what people paste) keep a page's columns side by side, apart by a
run of spaces; keep the page's margin as leading spaces on every row; and space out letter-spaced
text ("J  O  H  N    D  O  E"). Read row by row, a sidebar beside the main column interleaves the
two columns' lines ("SKILLS      WORK EXPERIENCE"). This module reads the rows as the PDF reader
reads positions: each column apart, the left one first.

Signals, in order:

0. **Lost glyphs.** pdfminer writes a glyph with no character as "(cid:N)" (an icon font's phone,
   mail or bullet): dropped, with the space after it. Read as a bullet it made an icon before a
   school's field of study a list item (zoo pdf-layout-txt education exact 0.874 -> 0.852,
   against 0.932 dropped).
1. **Gutter.** A column of the grid, ``x``, where a run of rows has a left column's text ending at
   least two spaces before ``x`` and the right column's text starting exactly at ``x``: at least
   :data:`MIN_BOTH` rows with text on both sides (the left side with a letter or digit, not a
   bullet alone), :data:`MIN_ALONE` or more rows with text only left of it and as many only at it
   (a column goes on alone where the other is empty: a label-and-value table never does); fewer
   than half the left texts beside a right one with a year (else it is a column of dates, each
   its row's: a timeline); and the right texts no column of short cells set flush right (half of them or more of at most
   :data:`CELL` characters, ending at one column: dates and places after titles). The column
   chosen is the one with most rows on both sides.
2. **Region.** The gutter holds over a run of rows that starts and ends at a row clear at
   ``x - 1`` (a space there or the row ended), the first with text at ``x``, and has no :data:`SPANNING` rows with text in a row
   (blank rows between them skipped) that run over it (a full-width paragraph, or the page's name
   over its title). A row whose left text runs over the gutter (a long word of a narrow sidebar)
   is split at the first space at or after ``x``.
3. **Columns.** (after signals 4 and 6; signals 5 and 7 read the columns' rows) Inside the region, the left column's rows in order, then the right column's, each
   dedented by its own least indentation; a row where a column is empty is left out of that
   column, a blank row is kept. Rows outside the region stay as written. One gutter per text at
   most, its widest region only.
4. **Letter-spaced rows.** A row (or a column's row) of :data:`MIN_LETTERS` or more single
   letters apart by runs of spaces is one spaced-out word or words: the letters are joined, and a
   run :data:`WORD_GAP` spaces longer than the shortest run between its letters is a word's space.
5. **Tracked rows.** In a laid-out text (a margin or a gutter found), a row of two or more cells apart by runs of two spaces or more, each one word
   with a letter (a glyph before it allowed: "| Engineer"), is set wide when it stands in the
   text's head (its first :data:`HEAD_ROWS` rows with text, above its first heading of the
   vocabulary: the name, set large; no cell a heading itself: two columns' headings side by side)
   or is such a heading ("WORK   EXPERIENCE"): its words are apart by one space.
6. **Margin.** The page margin (the least indentation of all rows) is removed from every row.

7. **Headings apart.** In a laid-out text (a margin or a gutter found), a heading of the
   vocabulary alone on its row right under a row of text gets a blank row above it: the page set
   it apart by its style, which the text does not keep.

A text with no gutter, no letter-spaced row and no margin is returned as it was.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

import regex

from ..text import key
from ..vocab import heading_phrases

__all__ = ["read_layout", "MIN_BOTH", "MIN_ALONE", "MIN_LETTERS", "WORD_GAP"]

MIN_BOTH = 4
MIN_ALONE = 2
MIN_LETTERS = 4
INDENT = 4
SPANNING = 3
CELL = 30
HEAD_ROWS = 5
WORD_GAP = 2

_WORDISH = regex.compile(r"[\p{L}\p{N}]")
_SPACED = regex.compile(r"^(\s*)(\S(?: {2,}+\S){%d,}+)\s*$" % (MIN_LETTERS - 1))
_RUN = regex.compile(r" +")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CID = regex.compile(r"\(cid:\d{1,5}\) ?")
_CELLS = regex.compile(r" {2,}")
_WORD_CELL = regex.compile(r"^(?:[^\p{L}\p{N}\s] )?[^\s\p{L}]*+\p{L}[^\s]*+$")
_INNER = regex.compile(r"(?<=\S) {2,}(?=\S)")
_SPACE = regex.compile(r" ")
_NONSPACE = regex.compile(r"[^\s\x1c-\x1f]")  # str.strip's white space


def read_layout(rows: list[str]) -> list[str]:
    """The rows with a gutter's columns read apart, letter-spaced rows joined and the margin
    removed (see the module's signals); rows as given when none of these is found."""
    given = rows
    rows = [_uncid(r) for r in rows]
    margin = _margin(rows)
    rows = _dedent([_unspace(r.rstrip()) for r in rows])
    region = _gutter(rows)
    if region is not None:
        x, start, end = region
        left, right = [], []
        for row in rows[start:end]:
            if not row.strip():
                left.append("")
                right.append("")
                continue
            cut = _cut(row, x)
            if row[:cut].strip():
                left.append(row[:cut].rstrip())
            if row[cut:].strip():
                right.append(row[cut:].lstrip() if cut != x else row[x:])
        rows = rows[:start] + _dedent(left) + [""] + _dedent(right) + [""] + rows[end:]
    if margin or region is not None:
        texts = [i for i, r in enumerate(rows) if r.strip()]
        head = next((i for i in texts if key(rows[i].strip()) in heading_phrases()), len(rows))
        head = min([head] + texts[HEAD_ROWS:HEAD_ROWS + 1])
        rows = _heads_apart([_untrack(r, i < head) for i, r in enumerate(rows)])
    return given if rows == [r.rstrip() for r in given] else rows


def _at(row: str, x: int) -> bool:
    """Whether the row has text starting at ``x`` (from one before to :data:`INDENT` after), two
    spaces or more before it."""
    start = _first(row, x - 1)
    return x - 1 <= start <= x + INDENT and row[start - 2:start] == "  "


def _first(row: str, x: int) -> int:
    """The column of the row's first character at or after ``x`` (-1 if none)."""
    body = row[x:]
    return x + len(body) - len(body.lstrip(" ")) if body.strip() else -1


def _cut(row: str, x: int) -> int:
    """Where a row of the region parts: at ``x`` when the row is clear there (at ``x - 1`` when
    its right text starts one early), else at the first space at or after ``x`` (the left text
    ran over the gutter)."""
    if len(row) <= x or row[x - 1] == " ":
        return min(len(row), x)
    if row[x - 3:x - 1] == "  ":
        return x - 1
    space = row.find(" ", x)
    return len(row) if space < 0 else space


def _clear(row: str, x: int) -> bool:
    return len(row) < x or row[x - 1] == " " or row[x - 3:x - 1] == "  "


def _gutter(rows: list[str]) -> tuple[int, int, int] | None:
    """(x, first row, end row) of the best gutter's widest region, or None.

    The rows are rstripped (as :func:`read_layout` gives them). For a column ``x``, a row with text
    ending before ``x`` is clear there with its text left alone (its words counted from a prefix sum):
    only the rows reaching ``x`` are looked at, each in constant time (facts of the row found once),
    so the search costs about the text's characters, not its columns times its rows."""
    starts: dict[int, int] = {}
    for row in rows:
        for m in _INNER.finditer(row):
            starts[m.end()] = starts.get(m.end(), 0) + 1
    texts = [i for i, r in enumerate(rows) if r.strip()]
    facts = [_Row(rows[i]) for i in texts]
    wordish = [0]
    for f in facts:
        wordish.append(wordish[-1] + (f.wordish < f.length))
    by_length = sorted(range(len(texts)), key=lambda k: facts[k].length)
    lengths = [facts[k].length for k in by_length]
    best: tuple[int, int, int, int] | None = None
    for x in sorted(x for x, n in starts.items() if n >= MIN_BOTH):
        reaching = sorted(by_length[bisect_left(lengths, x):])  # the text rows reaching x, in order
        for first, last in _regions(facts, reaching, len(texts), x):
            both = alone_left = alone_right = dated = 0
            ends: list[tuple[int, int]] = []  # (end column, length) of each row's right text
            alone_left = wordish[last + 1] - wordish[first]  # the rows ending before x, and (below) not
            for k in reaching[bisect_left(reaching, first):bisect_right(reaching, last)]:
                f = facts[k]
                alone_left -= f.wordish < f.length
                cut = f.cut(x)
                at = f.at(x)
                has_left = f.wordish < cut
                if cut < f.length:
                    ends.append((f.length, f.length - f.nonspace(cut)))
                if has_left and at:
                    both += 1
                    dated += f.year_end <= cut
                elif has_left and cut >= f.length:
                    alone_left += 1
                elif at and f.text >= cut:
                    alone_right += 1
            if (both >= MIN_BOTH and alone_left >= MIN_ALONE and alone_right >= MIN_ALONE
                    and 2 * dated < both and not _right_aligned(ends)):
                if best is None or both > best[0]:
                    best = (both, x, texts[first], texts[last] + 1)
    return None if best is None else best[1:]


class _Row:
    """What :func:`_gutter` asks of an rstripped row with text, found once: its length, its first
    letter or digit, its first non-space, the end of its first year, and its spaces."""

    __slots__ = ("row", "length", "wordish", "text", "year_end", "spaces")

    def __init__(self, row: str):
        self.row = row
        self.length = len(row)
        m = _WORDISH.search(row)
        self.wordish = m.start() if m else self.length
        self.text = len(row) - len(row.lstrip())
        m = _YEAR.search(row)
        self.year_end = m.end() if m else self.length + 1
        self.spaces = [m.start() for m in _SPACE.finditer(row)]

    def cut(self, x: int) -> int:
        """:func:`_cut` of the row."""
        row = self.row
        if self.length <= x or row[x - 1] == " ":
            return min(self.length, x)
        if row[x - 3:x - 1] == "  ":
            return x - 1
        k = bisect_left(self.spaces, x)
        return self.spaces[k] if k < len(self.spaces) else self.length

    def at(self, x: int) -> bool:
        """:func:`_at` of the row, looking at the columns from ``x - 1`` to ``x +`` :data:`INDENT` only."""
        row = self.row
        for start in range(max(x - 1, 0), min(self.length, x + INDENT + 1)):
            if row[start] != " ":
                return start >= x - 1 and row[start - 2:start] == "  "
        return False

    def nonspace(self, i: int) -> int:
        """The column of the row's first character at or after ``i`` that is no white space."""
        m = _NONSPACE.search(self.row, i)
        return m.start() if m else self.length


def _right_aligned(ends: list[tuple[int, int]]) -> bool:
    """Whether the right texts are a column of short cells set flush right (dates and places after
    a title, "Python   3 years"): half of them or more at most :data:`CELL` characters long and
    ending at one column (give or take one)."""
    counts: dict[int, int] = {}
    for end, _ in ends:
        counts[end] = counts.get(end, 0) + 1
    edge = max(counts, key=lambda e: (counts.get(e - 1, 0) + counts[e] + counts.get(e + 1, 0), -e))
    flush = sum(1 for end, length in ends if abs(end - edge) <= 1 and length <= CELL)
    return 2 * flush >= len(ends)


def _regions(facts: list[_Row], reaching: list[int], count: int, x: int) -> list[tuple[int, int]]:
    """(first, last) text rows (their order among the rows with text) of the runs where no
    :data:`SPANNING` rows with text in a row run over ``x - 1``, each trimmed to start at a row with
    text at ``x`` and end at a row clear there. Only the rows reaching ``x`` (``reaching``, in order)
    can run over it or have text at it; the rows between them are clear."""
    out: list[tuple[int, int]] = []
    first = None  # the current run's first row with text at x
    over = 0
    previous = -1
    for k in reaching + list(range(count, count + SPANNING)):  # and three rows running over x at the end
        if k > previous + 1:  # rows ending before x between: clear
            over = 0
        previous = k
        row = facts[k] if k < count else None
        if row is not None and _clear(row.row, x):
            over = 0
            if first is None and row.at(x):
                first = k
            continue
        over += 1
        if over >= SPANNING:
            if first is not None and first <= k - SPANNING:
                out.append((first, k - SPANNING))
            first, over = None, 0
    return out


def _uncid(row: str) -> str:
    """The row without pdfminer's "(cid:N)" placeholders (and the space after each): a glyph of an
    icon font with no character (a phone or mail icon, a bullet, an icon before a field)."""
    if "(cid:" not in row:
        return row
    return _CID.sub("", row)


def _unspace(row: str) -> str:
    """A letter-spaced row's letters joined (runs of :data:`WORD_GAP` more spaces than the shortest
    between them kept as one space); other rows as written."""
    match = _SPACED.match(row)
    if match is None:
        return row
    body = match.group(2)
    runs = [len(r) for r in _RUN.findall(body)]
    shortest = min(runs)
    letters = body.split()
    words = [[letters[0]]]  # each word's letters, joined once (a long row's word grew by copies)
    for run, letter in zip(runs, letters[1:]):
        if run >= shortest + WORD_GAP:
            words.append([letter])
        else:
            words[-1].append(letter)
    return match.group(1) + " ".join("".join(w) for w in words)


def _untrack(row: str, in_head: bool) -> str:
    """A widely tracked row's words apart by one space: its cells (apart by runs of two spaces or
    more) are two or more, each one word with a letter (a glyph before it allowed: "| Engineer"),
    and the row stands in the text's head (above its first heading: the name set large) or is a
    heading of the vocabulary itself ("WORK   EXPERIENCE")."""
    cells = _CELLS.split(row.strip())
    if len(cells) < 2 or not all(_WORD_CELL.match(c) for c in cells):
        return row
    joined = " ".join(cells)
    if key(joined) in heading_phrases():
        return row[:len(row) - len(row.lstrip())] + joined
    if not in_head or any(key(c) in heading_phrases() for c in cells):
        return row
    return row[:len(row) - len(row.lstrip())] + joined


def _heads_apart(rows: list[str]) -> list[str]:
    """A laid-out text's rows with a blank row above each heading of the vocabulary alone on its row
    right under a row of text (the page set it apart by its style, not by a gap)."""
    out: list[str] = []
    for row in rows:
        if out and out[-1].strip() and key(row.strip()) in heading_phrases():
            out.append("")
        out.append(row)
    return out


def _margin(rows: list[str]) -> int:
    return min((len(r) - len(r.lstrip(" ")) for r in rows if r.strip()), default=0)


def _dedent(rows: list[str]) -> list[str]:
    margin = _margin(rows)
    return [r[margin:] if r.strip() else "" for r in rows] if margin else rows
