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
1. **Gutter.** A column of the grid, ``x`` (at most :data:`MAX_GUTTER`: no page is wider), where a run of rows has a left column's text ending at
   least two spaces before ``x`` and the right column's text starting exactly at ``x``: at least
   :data:`MIN_BOTH` rows with text on both sides (the left side with a letter or digit, not a
   bullet alone), :data:`MIN_ALONE` or more rows with text only left of it and as many only at it
   (a column goes on alone where the other is empty: a label-and-value table never does); fewer
   than half the left texts beside a right one with a year (else it is a column of dates, each
   its row's: a timeline); fewer than half the right texts beside a left one short cells of dates
   (a year, :data:`DATE_CELL` characters at most: each entry's dates at a tab stop on its title's
   row, of many lengths, left-aligned); and the right texts no column of short cells set flush right (half of them or more of at most
   :data:`CELL` characters, ending at one column: dates and places after titles). The column
   chosen is the one with most rows on both sides.
1b. **Right sidebar beside a wide main column.** Where no gutter is found: a column ``x``
   (:data:`SIDEBAR_X` or more; of the :data:`SIDEBAR_TRIES` where most rows start) where
   :data:`MIN_SIDEBAR` rows or more hold text alone (from one
   before to :data:`INDENT` after, two spaces before it), beside as many rows of a main column
   between its first and last; its texts short (their median at most half the main column's: a
   sidebar, not a label table's values), fewer than half of them with a year and no column of cells
   set flush right. The two columns' rows interleave (each row is one column's: few rows hold both)
   and the main column's long rows run over ``x``: a row is the sidebar's beside the main column's
   text only after :data:`WIDE_GAP` spaces (two are a sentence's words set apart by the grid's
   rounding), and a row running over ``x`` is kept whole in the main column. The region runs from
   the first sidebar row to the text's end (the main column goes on under the sidebar).
2. **Region.** The gutter holds over a run of rows that starts and ends at a row clear at
   ``x - 1`` (a space there or the row ended), the first with text at ``x`` (or with a heading of
   the vocabulary ending the row after a left text and one space or more, from ``x`` to
   :data:`JITTER` columns before it: the right column's heading, set larger, where the left text
   ran up to it; the row parts where the heading starts), and has no :data:`SPANNING` rows with text in a row
   (blank rows between them skipped) that run over it (a full-width paragraph, or the page's name
   over its title). A row whose left text runs over the gutter (a long word of a narrow sidebar)
   is split at the first space at or after ``x``.
3. **Columns.** (after signals 4, 6 and 8; signals 5 and 7 read the columns' rows) Inside the region, the left column's rows in order, then the right column's, each
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

7a. **TeX's hyphens.** In a laid-out text (a margin or a gutter found), a soft hyphen (U+00AD)
   between two characters is a hyphen: TeX's fonts map their hyphen there ("Saint\u00adVincent",
   "Sep.2023\u00adMar.2024"), which a reader of ordinary text drops as an invisible break. One
   closing a row (a word hyphenated at the line's end) is left.

7. **Headings apart.** In a laid-out text (a margin or a gutter found), a heading of the
   vocabulary alone on its row right under a row of text gets a blank row above it: the page set
   it apart by its style, which the text does not keep.

8. **Label column.** In a text with a margin, outside a gutter's region: a column ``x`` where
   :data:`MIN_LABELS` rows or more hold a short label (:data:`LABEL` characters at most, a year or
   a heading of the vocabulary, or set two spaces or more before it; a range's dash after a year
   kept with the label) and then text at ``x``, and :data:`MIN_BOTH` rows or more hold text alone
   there (a hanging indent; the grid's rounding lets a row start up to :data:`JITTER` columns
   early). A label cell runs over the rows that follow with a label (rows of a lone glyph between
   them skipped) until a row of text alone, or a row with both once the cell holds two years or a
   year with no range open after it ("2019 -", "2021 bis", "- May 2022" go on). A cell of dates
   wrapped over two rows or more (moderncv's "November / 2023 - April / 2026" right-aligned beside
   the entry) is set after its entry's first row, three spaces apart: the shape of dates flush
   right on the title's row; a heading in capitals beside text or wrapped ("RESEARCH /
   EXPERIENCE") is set on a row of its own above its text. A split that leaves a year at the head
   of the text, or an entry row starting in lower case, is no cut (a label that ran past ``x``: a
   month of the label cut off it), and a label on one row is left as written. Fewer than two cells
   read: the rows as they were.

A text with no gutter, no letter-spaced row and no margin is returned as it was.
"""
from __future__ import annotations

import regex

from ..text import key
from ..vocab import heading_phrases

__all__ = ["read_layout", "MIN_BOTH", "MIN_ALONE", "MIN_LETTERS", "WORD_GAP", "LABEL", "MIN_LABELS"]

MIN_BOTH = 4
MIN_ALONE = 2
MIN_LETTERS = 4
INDENT = 4
SPANNING = 3
CELL = 30
DATE_CELL = 25
HEAD_ROWS = 5
LABEL = 24
MIN_LABELS = 3
JITTER = 3
SIDEBAR_X = 30  # a right sidebar starts this far into the page at least
WIDE_GAP = 3  # spaces before a right sidebar's text on a main column's row, at least
SIDEBAR_TRIES = 3  # the columns where most rows start alone, tried in turn (hostile texts have thousands)
MIN_SIDEBAR = 6  # rows of a right sidebar's text alone, and main column rows beside them, at least
MAX_GUTTER = 400  # a page is at most about 200 columns wide in these texts; a text of rows far wider has
# no page's gutter out there, and every two-space run of such rows is a candidate column (hostile input)
WORD_GAP = 2

_WORDISH = regex.compile(r"[\p{L}\p{N}]")
_SPACED = regex.compile(r"^(\s*)(\S(?: {2,}+\S){%d,}+)\s*$" % (MIN_LETTERS - 1))
_RUN = regex.compile(r" +")
_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CID = regex.compile(r"\(cid:\d{1,5}\) ?")
_CELLS = regex.compile(r" {2,}")
_WORD_CELL = regex.compile(r"^(?:[^\p{L}\p{N}\s] )?[^\s\p{L}]*+\p{L}[^\s]*+$")
_INNER = regex.compile(r"(?<=\S) {2,}(?=\S)")
_OPEN = regex.compile(r"(?:19|20)\d\d(?:[-/.]\d\d?)?\D*?(?:[-\u2013\u2014]|\b\p{Ll}{1,5})\s*\p{L}*\.?\s*$")
_DASH = regex.compile(r"[-\u2013\u2014] +(?=\S)")
_DASH_START = regex.compile(r"^[-\u2013\u2014]")
_OPENS = regex.compile(r"^(?:[-\u2013\u2014]|\p{Ll}{1,5}\b)")
_SOFT_HYPHEN = regex.compile(r"(?<=\S)\u00ad(?=\S)")
_LETTERS_RUN = regex.compile(r"\p{L}{13,}")


def read_layout(rows: list[str]) -> list[str]:
    """The rows with a gutter's columns read apart, letter-spaced rows joined and the margin
    removed (see the module's signals); rows as given when none of these is found."""
    given = rows
    rows = [_uncid(r) for r in rows]
    margin = _margin(rows)
    rows = _dedent([_unspace(r.rstrip()) for r in rows])
    region = _gutter(rows)
    wide = region is None and (region := _right_sidebar(rows)) is not None
    if margin and region is None:
        rows = _label_column(rows)
    elif margin:
        x, start, end = region
        head = _label_column(rows[:start])
        rows = head + rows[start:end] + _label_column(rows[end:])
        region = (x, len(head), len(head) + end - start)
    if region is not None:
        x, start, end = region
        left, right = [], []
        for row in rows[start:end]:
            if not row.strip():
                left.append("")
                right.append("")
                continue
            if wide and not _wide_clear(row, x):  # the main column's long row over the sidebar's gutter: whole
                left.append(row.rstrip())
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
        rows = _heads_apart([_untrack(_SOFT_HYPHEN.sub("-", r), i < head) for i, r in enumerate(rows)])
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
    heading = _heading_start(row, x)
    if heading is not None:
        return heading
    if len(row) <= x or row[x - 1] == " ":
        return min(len(row), x)
    if row[x - 3:x - 1] == "  ":
        return x - 1
    space = row.find(" ", x)
    return len(row) if space < 0 else space


def _heading_start(row: str, x: int) -> int | None:
    """Where a heading of the vocabulary ends the row after a left text and one space or more,
    starting at ``x`` or up to :data:`JITTER` columns before it (a right column's heading, set
    larger, starts a little left of its text); None if none does."""
    for start in range(x, x - JITTER - 1, -1):
        if 0 < start < len(row) and row[start - 1] == " " and row[start] != " " and row[:start].strip() \
                and key(row[start:].strip()) in heading_phrases():
            return start
    return None


def _clear(row: str, x: int) -> bool:
    return len(row) < x or row[x - 1] == " " or row[x - 3:x - 1] == "  "


def _gutter(rows: list[str]) -> tuple[int, int, int] | None:
    """(x, first row, end row) of the best gutter's widest region, or None."""
    starts: dict[int, int] = {}
    for row in rows:
        for m in _INNER.finditer(row):
            starts[m.end()] = starts.get(m.end(), 0) + 1
    best: tuple[int, int, int, int] | None = None
    for x in sorted(x for x, n in starts.items() if n >= MIN_BOTH and x <= MAX_GUTTER):
        for start, end in _regions(rows, x):
            both = alone_left = alone_right = dated = dates = 0
            ends: list[tuple[int, int]] = []  # (end column, length) of each row's right text
            for row in rows[start:end]:
                if not row.strip():
                    continue
                cut = _cut(row, x)
                left, right = row[:cut], row[cut:]
                at = _at(row, x)
                has_left = bool(_WORDISH.search(left))
                if right.strip():
                    ends.append((len(row), len(right.strip())))
                if has_left and at:
                    both += 1
                    dated += bool(_YEAR.search(left))
                    dates += _date_cell(right)
                elif has_left and not right.strip():
                    alone_left += 1
                elif at and not left.strip():
                    alone_right += 1
            if (both >= MIN_BOTH and alone_left >= MIN_ALONE and alone_right >= MIN_ALONE
                    and 2 * dated < both and 2 * dates < both and not _right_aligned(ends)):
                if best is None or both > best[0]:
                    best = (both, x, start, end)
    return None if best is None else best[1:]


def _right_sidebar(rows: list[str]) -> tuple[int, int, int] | None:
    """(x, first row, end of text) of a narrow right sidebar beside a wide main column whose long
    rows run over the sidebar's gutter (signal 1b), or None."""
    starts: dict[int, int] = {}
    for row in rows:
        if row.strip() and SIDEBAR_X <= _indent(row) <= MAX_GUTTER:
            starts[_indent(row)] = starts.get(_indent(row), 0) + 1
    for x in sorted(starts, key=lambda c: (-starts[c], c))[:SIDEBAR_TRIES]:
        if starts[x] < MIN_SIDEBAR:
            return None
        side = [i for i, r in enumerate(rows) if r.strip() and _at(r, x)]
        alone = [i for i in side if not rows[i][:x - 1].strip()]
        if len(alone) < MIN_SIDEBAR:
            continue
        first, last = side[0], side[-1]
        lefts, rights, ends = [], [], []
        between = 0
        for i in range(first, len(rows)):
            row = rows[i]
            if not row.strip():
                continue
            if not _wide_clear(row, x):
                lefts.append(len(row.strip()))
                between += i < last
                continue
            left, right = row[:x].strip(), row[x - 1:].strip() if _at(row, x) else ""
            if left:
                lefts.append(len(left))
                between += i < last and not right
            if right:
                rights.append(right)
                ends.append((len(row), len(right)))
        if (between >= MIN_SIDEBAR and 2 * _median([len(r) for r in rights]) <= _median(lefts)
                and 2 * sum(bool(_YEAR.search(r)) for r in rights) < len(rights) and not _right_aligned(ends)):
            return x, first, len(rows)
    return None


def _wide_clear(row: str, x: int) -> bool:
    """Whether a row beside a right sidebar is clear of its gutter: ended before ``x - 1``, or
    :data:`WIDE_GAP` spaces before ``x - 1`` (two are a main column's words set apart by rounding)."""
    return len(row) < x or not row[x - 1 - WIDE_GAP:x - 1].strip()


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip(" "))


def _median(values: list[int]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else 0


def _date_cell(text: str) -> bool:
    """Whether a right text is a short cell of dates (a year, :data:`DATE_CELL` characters at most, no
    long word): an entry's dates set at a tab stop on its title's row."""
    text = text.strip()
    return len(text) <= DATE_CELL and bool(_YEAR.search(text)) and not _LETTERS_RUN.search(text)


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


def _regions(rows: list[str], x: int) -> list[tuple[int, int]]:
    """The runs of rows where no :data:`SPANNING` rows with text in a row run over ``x - 1``,
    each trimmed to start at a row with text at ``x`` and end at a row clear there."""
    out: list[tuple[int, int]] = []
    run: list[int] = []  # the rows with text of the current run
    over = 0
    for i, row in enumerate(rows + ["x" * (x + 1)] * SPANNING):
        if not row.strip():
            continue
        clear = _clear(row, x)
        over = 0 if clear else over + 1
        run.append(i)
        if over >= SPANNING:
            kept = [k for k in run[:-SPANNING] if k < len(rows)]
            while kept and not _at(rows[kept[0]], x) and _heading_start(rows[kept[0]], x) is None:
                kept.pop(0)
            while kept and not _clear(rows[kept[-1]], x):
                kept.pop()
            if kept:
                out.append((kept[0], kept[-1] + 1))
            run, over = [], 0
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


def _label_split(row: str, x: int) -> tuple[str, str] | None:
    """(label, text) of a row of a label column at ``x``: a label ending at least one space before
    ``x - 1`` and text starting from ``x - 1`` to :data:`INDENT` after it; ("", text) for text
    starting there alone; (label, "") for a label alone (ending before ``x - 1``); None for a row
    whose text runs over ``x``."""
    body = row.rstrip()
    if not body.strip():
        return None
    start = len(body) - len(body.lstrip(" "))
    if start >= x - JITTER:
        return ("", body[start:]) if start <= x + INDENT else None
    if len(body) <= x:
        return (body.strip(), "") if len(body.strip()) <= LABEL else None
    ends = [_past_dash(body, m.end()) for m in _RUN.finditer(body, start) if m.start() <= x - 1]
    ends = [e for e in ends if x - JITTER <= e <= x + INDENT and not _YEAR.search(body, e, e + 12)]
    if not ends:
        return None
    cut = min(ends, key=lambda e: (abs(e - x), e))
    return (body[:cut].strip(), body[cut:]) if len(body[:cut].strip()) <= LABEL else None


def _past_dash(row: str, i: int) -> int:
    """``i``, or past a range's dash there with the spaces after it (a date label's "2021 -")."""
    m = _DASH.match(row, i)
    return i if m is None or not row[:i].rstrip()[-1:].isdigit() else m.end()


def _label_x(rows: list[str]) -> int | None:
    """The column of a label column's text: the most common start of a row's text after a short
    label (:data:`LABEL` characters at most) and one space or more, found on :data:`MIN_BOTH` rows or
    more, with as many rows whose text starts there alone."""
    counts: dict[int, int] = {}
    for row in rows:
        start = len(row) - len(row.lstrip(" "))
        for m in _RUN.finditer(row.rstrip(), start):
            label = row[:m.start()].strip()
            if len(label) > LABEL:
                break
            if len(m.group()) >= 2 or _cell_kind(label) is not None:
                counts[_past_dash(row, m.end())] = counts.get(_past_dash(row, m.end()), 0) + 1
    for x in sorted(counts, key=lambda c: (-counts[c], c)):
        if counts[x] < MIN_LABELS:
            return None
        alone = sum(1 for r in rows if r.strip() and x - JITTER <= len(r) - len(r.lstrip(" ")) <= x)
        if x >= INDENT and alone >= MIN_BOTH:
            return x
    return None


def _label_column(rows: list[str]) -> list[str]:
    """The rows with a label column's cells of dates or headings read as a date after its entry's
    first row and a heading on a row of its own (signal 8); rows as given when there is none."""
    x = _label_x(rows)
    if x is None:
        return rows
    out: list[str] = []
    done = i = 0
    while i < len(rows):
        cell = _label_cell(rows, i, x)
        if cell is None:
            out.append(rows[i])
            i += 1
            continue
        end, labels, texts = cell
        new = _cell_rows(labels, texts)
        out += rows[i:end] if new is None else [" " * x + t for t in new]
        done += new is not None
        i = end
    return out if done >= 2 else rows


def _cell_rows(labels: list[str], texts: list[str]) -> list[str] | None:
    """A label cell's rows read: a date cell wrapped over two rows or more after its entry's first
    row (never a row starting in lower case: the label's last word cut off it), a heading beside
    text or wrapped on a row of its own above it; None for any other cell."""
    label = " ".join(labels)
    kind = _cell_kind(label)
    body = [t for t in texts if t.strip()]
    if kind == "date" and body and len(labels) > 1 and not body[0][:1].islower():
        return [body[0].rstrip() + "   " + label] + body[1:]
    if kind == "heading" and (len(labels) > 1 or texts[0].strip()):
        return [label] + body
    return None


def _label_cell(rows: list[str], i: int, x: int) -> tuple[int, list[str], list[str]] | None:
    """(end row, labels, texts) of the label cell starting at row ``i``: its labels joined over the
    rows that follow with a label (a row of a lone glyph between them skipped; a blank row only
    before a date that ends the cell's open one), until a row of text alone, or a row with both when
    the label holds two years or a year with no range open after it."""
    first = _label_split(rows[i], x)
    if first is None or not first[0]:
        return None
    labels, texts = [first[0]], [first[1]]
    j = end = i + 1
    gap = False
    while j < len(rows):
        part = _label_split(rows[j], x) if rows[j].strip() else ("", "")
        if part is None:
            break
        label, text = part
        if not label:
            if _WORDISH.search(text):
                break
            gap = gap or not text
            texts.append(text)
            j += 1
            continue
        joined = " ".join(labels)
        years = _YEAR.findall(joined)
        dated = _YEAR.search(label)
        goes_on = _DASH_START.match(label) or (_OPENS.match(label) and not dated)
        closed = len(years) >= 2 or not _OPEN.search(joined) or (dated and _OPEN.search(label))
        if text and years and closed and not goes_on:
            break
        if gap and not (dated and (not years or not closed)):
            break
        labels.append(label)
        texts.append(text)
        j = end = j + 1
    return end, labels, texts[:end - i]


def _cell_kind(label: str) -> str | None:
    """"heading" for a heading of the vocabulary in capitals, "date" for a label with a year and no
    long word, else None."""
    if label == label.upper() and key(label) in heading_phrases():
        return "heading"
    if _YEAR.search(label) and not _LETTERS_RUN.search(label):
        return "date"
    return None
