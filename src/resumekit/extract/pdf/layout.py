"""Geometry: glyphs of one PDF page into words, cells and visual lines (rows).

Signals, in order of precedence:
1. Vertical overlap: glyphs whose boxes overlap vertically by at least half the smaller height
   sit on one row, unless lines of them are stacked over one another (small lines beside a large
   name, each within its height): then each baseline is a row of its own.
2. Horizontal gaps, measured in ems of the glyphs' font size: an explicit space glyph or a gap
   clearly wider than the usual gap between the letters of the cell separates words (see
   ``_words``: letter-spaced "E D U C A T I O N" is one word, and so are capitals typed apart
   with space glyphs, "W O R K   E X P E R I E N C E", cut at the wider gaps between words); a gap wider than
   ``CELL_EM`` (beyond that usual gap) separates cells (a right-aligned date, a table column),
   written as a TAB. So do: an icon set apart between two words (a clock before a duration);
   the gutter of a table that the reading order found (``cut_at``); a gap of which more than
   ``UNSPACED_EM`` is covered by no space glyph, where the producer writes space glyphs (HTML
   renderers, Word, cairo: some glyph of the row, or of the page or column laid out with it, is
   a space), except after a leading list marker: skill chips and tags drawn apart with padding
   (a sidebar's row of one-word chips holds no space), a heading in a left margin, a Word tab; a
   gap of more than ``FONT_CELL_EM`` with no space glyph where the font changes after a
   letter-spaced run (its letters at least ``TRACKED_EM`` apart), on such a row (a letter-spaced
   heading in a left rail almost touching the text beside it: two boxes, not one run of text);
   and a word gap where the size jumps by more than ``SIZE_JUMP`` on one baseline (a 17 pt name
   beside a 10 pt job title; a superscript sits higher and stays in its word's cell; capitals of
   the same font at no less than 1 / ``SMALL_CAPS`` of the size are a browser's small capitals).
3. Vertical gaps between rows, relative to the row height, start a new block (paragraph).
4. Justified text overrules 2: a row of at least ``JUSTIFIED_WORDS`` one-word cells whose gaps are
   all the same width (within ``JUSTIFIED_SLACK`` of the widest, at most ``JUSTIFIED_EM``), aligned
   at both edges with a row just above or below it, is a line of a justified paragraph whose word
   gaps were stretched (words placed one by one in a narrow column): one cell. So is a row of two
   such words beside a line of several words aligned with it at both edges, when the paragraph
   goes on below it (a paragraph's last line is not stretched; a title and its date stay cells).
   So is a row of at least ``JUSTIFIED_WORDS`` one-word cells that a manual line break ends, its
   gaps however wide but equal to ``JUSTIFIED_EVEN_EM``, one space glyph in each, ending where a
   line of running text of the page ends, its paragraph going on below it (``_broken_line``).
5. Glyphs painted twice at almost the same place are one; a copy a fraction of a point off in
   the same colour is fake bold: the glyph kept is bold. A space glyph painted over the letter
   after it, the two letters around it touching (not overlapping), is no space (``_painted_over``).

Errs towards joining: two columns whose rows share a baseline come out as one row with a TAB
between them; :mod:`resumekit.extract.pdf.columns` decides the reading order of rows and columns.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter, eq
from statistics import median

import regex

from ...text import BULLET_CHARS

__all__ = ["Glyph", "Row", "LOST", "rows_of", "cut_at", "list_marker", "baseline", "SPACE_EM", "CELL_EM"]

SPACE_EM = 0.17
CELL_EM = 1.6
UNSPACED_EM = 0.9
FONT_CELL_EM = 0.4
TRACKED_EM = 0.05
SIZE_JUMP = 1.4
SMALL_CAPS = 1.5
STACKED_PAIRS = 3
WORD_GAP_EM, MIN_WORD_GAP_EM = 0.1, 0.11
JUSTIFIED_WORDS, JUSTIFIED_SLACK, JUSTIFIED_EM, JUSTIFIED_EVEN_EM = 3, 0.1, 4.0, 0.15
FONT_GAP_EM = 0.04
SPACED_LETTERS, SPACED_WORD_GAP = 4, 1.8
FAKE_BOLD_EM = 0.01
_SPACED_JOINERS = "-'&’"
LOST = "\ufffc"  # a painted glyph whose code has no Unicode value (a lost ligature, an unmapped font)
_CLOSING = ",.;:!?)]}%"
_MARKER = regex.compile(r"^(?:\(?\d{1,2}[.)]|\[\d{1,3}\]|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,4}[.)])$")
_MARKER_LEN = 5


@dataclass(slots=True)
class Glyph:
    """One painted character, or a word of them (``joined``: the pdfium backend's word items, see
    :mod:`resumekit.extract.pdf.pdfium_words`). ``top``/``bottom`` are the em box around the
    baseline (the same for every font of a size, unlike font bounding boxes); ``z`` is its place in
    the drawing order, ``render`` the PDF text render mode (3 = invisible), ``color`` its fill as
    RGB in 0..1 (None when unknown). Only ``text`` and the geometry are needed to lay glyphs out."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    bold: bool
    italic: bool
    z: int = 0
    render: int = 0
    color: tuple[float, float, float] | None = None
    icon: bool = False  # from a symbol or icon font (Wingdings, FontAwesome): a picture, not text
    clipped: bool = False  # wholly outside the clipping path it was painted with
    alpha: float = 1.0  # fill opacity
    cut: bool = False  # starts a cell: set by the reading order on the first glyph right of a table's gutter
    joined: int = 0  # letters after the first that this item holds as one word (pdfium's word items)
    inner: float = 0.0  # the mean gap between those letters, in ems


@dataclass(slots=True)
class Row:
    """One visual line: its glyphs left to right, split into cells of words."""

    glyphs: list[Glyph]
    top: float
    bottom: float
    x0: float
    x1: float
    cells: list[list[list[Glyph]]]  # cells -> words -> glyphs
    members: list[Glyph] = field(default_factory=list)  # every glyph grouped here, spaces included
    column: int | None = None  # set by the reading order: which column of a multi-column region
    _size: float | None = field(default=None, repr=False, compare=False)  # ``size``, once asked for

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def size(self) -> float:
        """The median size of the row's glyphs (spaces left out), worked out once: a row's glyphs
        do not change once it is made."""
        size = self._size
        if size is None:
            sizes = [g.size for g in self.glyphs if not g.text.isspace()]
            if sizes and sizes.count(sizes[0]) == len(sizes):  # one size (most rows): the median of its letters
                size = self._size = sizes[0]
                return size
            sizes += [g.size for g in self.glyphs if g.joined for _ in range(g.joined)]  # a word item's letters
            size = self._size = median(sizes) if sizes else 0.0
        return size

    def text(self) -> str:
        return "\t".join([" ".join([word[0].text if len(word) == 1 else "".join([g.text for g in word]) for word in cell])
                          for cell in self.cells])


def rows_of(glyphs: list[Glyph]) -> list[Row]:
    """Group glyphs into rows (top to bottom), each split into cells and words."""
    glyphs = [g for g in glyphs if g.x1 >= g.x0 and g.bottom > g.top]
    spaced = any(g.text.isspace() for g in glyphs)  # the producer writes space glyphs
    glyphs.sort(key=_TOP_X0)
    groups: list[list[Glyph]] = []
    bands: list[list[float]] = []  # [top, bottom] of each open group but the last
    last: list[Glyph] | None = None  # the last group, its band in ``ltop``, ``lbottom``
    ltop = lbottom = 0.0
    # per glyph: min(a, b) and max(a, b) are written out (b if b < a else a: the same value, with
    # no call)
    for g in glyphs:
        gt, gb = g.top, g.bottom
        h = gb - gt
        # look back over the last few groups only: rows are formed top to bottom; the last one first
        # (most glyphs go on the row of the glyph before them)
        if last is not None:
            bh = lbottom - ltop
            if (gb if gb < lbottom else lbottom) - (gt if gt > ltop else ltop) >= 0.5 * (bh if bh < h else h):
                last.append(g)
                if h < 2 * bh and g.text.strip():
                    if gt < ltop:
                        ltop = gt
                    if gb > lbottom:
                        lbottom = gb
                continue
        n = len(groups)
        for k in range(n - 2, (n - 4 if n > 3 else -1), -1):
            top, bottom = bands[k]
            bh = bottom - top
            overlap = (gb if gb < bottom else bottom) - (gt if gt > top else top)
            if overlap >= 0.5 * (bh if bh < h else h):
                groups[k].append(g)
                if h < 2 * bh and g.text.strip():
                    bands[k] = [gt if gt < top else top, gb if gb > bottom else bottom]
                break
        else:
            if last is not None:
                bands[-1] = [ltop, lbottom]
            last = [g]
            groups.append(last)
            bands.append([gt, gb])
            ltop, lbottom = gt, gb
    rows = []
    for group in groups:
        for grp in _unstack(group):  # each part left to right
            grp = _dedupe(grp)
            visible = [g for g in grp if g.text.strip()]
            if not visible:
                continue
            rows.append(Row(glyphs=visible, top=min([g.top for g in visible]), bottom=max([g.bottom for g in visible]),
                            x0=visible[0].x0, x1=max([g.x1 for g in visible]), cells=_cells(grp, spaced), members=grp))
    rows.sort(key=_TOP_X0)
    _rejoin_justified(rows)
    return rows


def _rejoin_justified(rows: list[Row]) -> None:
    """Make each row of a justified paragraph that gaps split into one-word cells one cell (rule 4).
    A row of two words has one gap, which says nothing by itself: it is rejoined only beside a
    line of the paragraph that is one cell of several words already (not a grid of short cells,
    "Python ⇥ Expert" over "Java ⇥ Fluent"), and with the paragraph going on below it at its left
    edge (a paragraph's last line is not stretched: a title and its date under a full line stay
    cells); rows are looked at again as their neighbours are rejoined."""
    changed = True
    while changed:
        changed = False
        for i, row in enumerate(rows):
            if len(row.cells) < 2 or any(len(cell) != 1 for cell in row.cells):
                continue
            ends = [(_ink(cell[0])[0].x0, _ink(cell[0])[-1].x1) for cell in row.cells]
            gaps = [b[0] - a[1] for a, b in zip(ends, ends[1:])]
            if _broken_line(row, rows, i, ends, gaps):
                row.cells = [[word for cell in row.cells for word in cell]]
                changed = True
                continue
            if max(gaps) - min(gaps) > JUSTIFIED_SLACK * max(gaps) or max(gaps) > JUSTIFIED_EM * row.size:
                continue
            near = [r for r in rows[max(i - 2, 0):i + 3]
                    if r is not row and abs(r.x0 - row.x0) < 1.0 and abs(r.top - row.top) < 2.5 * row.height]
            if len(row.cells) < JUSTIFIED_WORDS and not any(r.top > row.top for r in near):
                continue  # two words and nothing of the paragraph below them: a last line is not stretched
            if any(abs(r.x1 - row.x1) < 1.0 and (len(row.cells) >= JUSTIFIED_WORDS or _a_line(r)) for r in near):
                row.cells = [[word for cell in row.cells for word in cell]]
                changed = True


def _broken_line(row: Row, rows: list[Row], i: int, ends: list[tuple[float, float]], gaps: list[float]) -> bool:
    """A justified line that a manual line break ends (rule 4, Word's Shift+Enter): stretched across
    the whole width however few its words, so its gaps may be far wider than ``JUSTIFIED_EM``. At
    least ``JUSTIFIED_WORDS`` one-word cells whose gaps are equal to ``JUSTIFIED_EVEN_EM`` (the
    same stretch added to every space: a row of table cells has one or two wide gaps among
    normal ones, a centred middle cell equal gaps only by chance), each gap holding exactly one
    space glyph (the stretched space; a table's cells hold none, padding holds several), the row
    ending where a line of running text of the page ends (within ``JUSTIFIED_EVEN_EM`` twice: the
    column's full width), and its paragraph going on below it at its left edge."""
    if len(ends) < JUSTIFIED_WORDS or max(gaps) - min(gaps) > JUSTIFIED_EVEN_EM * row.size:
        return False
    spaces = [g for g in row.members if g.text.isspace()]
    for a, b in zip(ends, ends[1:]):
        if sum(1 for s in spaces if a[1] - 0.5 < (s.x0 + s.x1) / 2 < b[0] + 0.5) != 1:
            return False
    if not any(abs(r.x1 - row.x1) <= 2 * JUSTIFIED_EVEN_EM * row.size and _a_line(r) for r in rows if r is not row):
        return False
    return any(r.top > row.top and abs(r.x0 - row.x0) < 1.0 and r.top - row.top < 2.5 * row.height
               for r in rows[i + 1:i + 3])


def _a_line(row: Row) -> bool:
    """A line of running text: one cell of more than one word."""
    return len(row.cells) == 1 and len(row.cells[0]) > 1


def _ink(word: list[Glyph]) -> list[Glyph]:
    return [g for g in word if not g.text.isspace()] or word


_TOP_X0, _X0 = attrgetter("top", "x0"), attrgetter("x0")


def _unstack(group: list[Glyph]) -> list[list[Glyph]]:
    """A group split into its baselines when lines of it are stacked over one another: the lines of
    a small address block set beside a large name, each within the name's height, would
    otherwise be read as one row, their letters interleaved ("DreDseudtesnchland"). Stacked means
    at least ``STACKED_PAIRS`` pairs of glyphs overlap horizontally with baselines apart by more
    than half the smaller size. Clusters of no letter or digit (an accent painted apart) join the
    nearest one. Each part comes sorted left to right (``group`` too, in place)."""
    group.sort(key=_X0)
    if len(group) <= STACKED_PAIRS and not any(g.joined for g in group):  # (a word item holds several)
        return [group]  # too few glyphs for STACKED_PAIRS pairs
    visible = [g for g in group if g.text.strip()]  # left to right: sorted by x0 already
    stacked = 0
    for a, b in zip(visible, visible[1:]):
        if a.x1 <= b.x0:
            continue  # side by side: no overlap (the test below is then false)
        if a.joined or b.joined:
            stacked += _letter_pairs(a, b)
        elif (min(a.x1, b.x1) - b.x0 > 0.3 * max(min(a.x1 - a.x0, b.x1 - b.x0), 0.1)  # b.x0 >= a.x0: sorted
                and abs(baseline(a) - baseline(b)) > 0.5 * min(a.size, b.size)):
            stacked += 1
    if stacked < STACKED_PAIRS:
        return [group]
    group.sort(key=_TOP_X0)  # the order the glyphs came in (a stable sort of it by x0 undone)
    parts: list[list[Glyph]] = []
    for g in sorted(group, key=baseline):
        if parts and baseline(g) - baseline(parts[-1][-1]) <= 0.3 * min(g.size, parts[-1][-1].size):
            parts[-1].append(g)
        else:
            parts.append([g])
    texty = [p for p in parts if any(c.isalnum() for g in p for c in g.text)]
    if len(texty) < 2:
        return [group]
    for p in parts:
        if p not in texty:
            mid = baseline(p[0])
            min(texty, key=lambda t: abs(baseline(t[0]) - mid)).extend(p)
    for p in texty:
        p.sort(key=_X0)
    return texty


def _letter_pairs(a: Glyph, b: Glyph) -> int:
    """The stacked pairs of letters two overlapping items (``b`` starting inside ``a``), of which
    one or both are word items, stand for: their letters taken as equally wide, the pairs the
    overlap alternates between (as :func:`_unstack` counts glyphs)."""
    if abs(baseline(a) - baseline(b)) <= 0.5 * min(a.size, b.size):
        return 0
    wa, wb = (a.x1 - a.x0) / (1 + a.joined), (b.x1 - b.x0) / (1 + b.joined)
    overlap = min(a.x1, b.x1) - b.x0
    if overlap <= 0.3 * max(min(wa, wb), 0.1) or min(wa, wb) <= 0:
        return 0
    return max(1, round(overlap / wa + overlap / wb - 1))


def _dedupe(glyphs: list[Glyph]) -> list[Glyph]:
    """Drop glyphs painted twice at (almost) the same place: fake bold and shadowed text. A glyph
    painted again in its own colour a fraction of a point off (more than ``FAKE_BOLD_EM``) is
    fake bold (a producer's emboldening of a regular font): the glyph kept is bold. (A glyph left
    out has its kept neighbour's text: only neighbours of the same text are ever compared.)"""
    texts = [g.text for g in glyphs]
    if not any(map(eq, texts, texts[1:])):
        return glyphs  # (most rows: no neighbours alike)
    out: list[Glyph] = []
    for g in glyphs:
        if out and out[-1].text == g.text:
            p = out[-1]
            dx, dy = abs(p.x0 - g.x0), abs(p.top - g.top)
            if dx < 0.1 * g.size and dy < 0.1 * g.size:
                if max(dx, dy) > FAKE_BOLD_EM * g.size and p.color == g.color and not p.bold:
                    p.bold = True
                continue
        out.append(g)
    return out


def _size_jump(a: Glyph, b: Glyph) -> bool:
    """A change of size on one baseline (not a superscript, which sits higher; not a browser's
    synthesized small capitals: capitals of the same font at no less than 1 / ``SMALL_CAPS`` of
    the size, "2022-01-01 TO PRESENT" with "O", "TO" and "RESENT" set small)."""
    lo, hi = min(a.size, b.size), max(a.size, b.size)
    if a.font == b.font and hi <= SMALL_CAPS * lo and (a if a.size < b.size else b).text.isupper():
        return False
    return lo > 0 and hi > SIZE_JUMP * lo and abs(baseline(a) - baseline(b)) < 0.15 * lo


def baseline(g: Glyph) -> float:
    return g.bottom - 0.2 * (g.bottom - g.top)


def _cells(glyphs: list[Glyph], spaced: bool = False) -> list[list[list[Glyph]]]:
    """Cells of words of a row's glyphs (left to right, spaces included). A cell ends at a gap
    wider than ``CELL_EM`` beyond the row's usual gap between letters (letter-spaced text).
    ``spaced``: the producer writes space glyphs (some glyph of the page or column laid out with
    this row is a space), known also when the row holds none (a row of one-word chips)."""
    seq: list[tuple[Glyph, bool, float]] = []  # (glyph, space glyph before it, gap before it in ems)
    bare: list[float] = []  # the part of each gap (in ems) that no space glyph covers
    letters: list[float] = []  # the gaps between letters, as _usual_gap takes them from ``seq``
    prev: Glyph | None = None
    spaces: list[Glyph] = []
    own = False  # the row has space glyphs of its own
    for g in glyphs:
        if g.text.isspace():
            spaces.append(g)
            continue
        if g.joined and g.inner < 0.6:
            letters += [g.inner] * g.joined  # a word item's letters
        if prev is None:  # the first letter
            if spaces:
                spaced = own = True
            seq.append((g, bool(spaces), 0.0))
            bare.append(0.0)
            prev = g
            spaces = []
            continue
        a, b = prev.size, g.size
        em = b if b < a else a  # min, max written out: this runs per glyph
        em = 1.0 if 1.0 > em else em
        gap = g.x0 - prev.x1
        if spaces:
            if -0.01 * g.size < gap < 0.25 * (spaces[-1].x1 - spaces[-1].x0):
                spaces = [s for s in spaces if not _painted_over(s, g)]
            if spaces:
                spaced = own = True
                if len(spaces) == 1:  # (most gaps: no generator)
                    s = spaces[0]
                    covered = max(0.0, min(s.x1, g.x0) - max(s.x0, prev.x1))
                else:
                    covered = sum(max(0.0, min(s.x1, g.x0) - max(s.x0, prev.x1)) for s in spaces)
                seq.append((g, True, gap / em))
                bare.append((gap - covered) / em)
                prev = g
                spaces = []
                continue
        gap /= em
        seq.append((g, False, gap))
        bare.append(gap)
        if gap < 0.6:
            letters.append(gap)
        prev = g
    letters.sort()  # the median, as _usual_gap(seq) gives it
    usual = letters[len(letters) // 2] if len(letters) >= 3 else 0.0
    # a row without a space of its own that is letter-spaced: its word gaps, typed as a wider gap,
    # hold the tracking twice (after the word's last letter and after the space)
    unspaced = UNSPACED_EM + usual + (0.0 if own or usual < 0.0 else usual)
    wide = CELL_EM + usual
    starts = [0]  # where each cell starts in ``seq``
    for k in range(1, len(seq)):
        g, space, gap = seq[k]
        if (g.cut or gap > wide
                or (gap > SPACE_EM and seq[k - 1][0].size != g.size and _size_jump(seq[k - 1][0], g))
                or ((g.icon or g.text == LOST) and _set_apart(seq, k))
                or (spaced and (bare[k] > unspaced or (bare[k] > FONT_CELL_EM and not space
                                                                  and seq[k - 1][0].font != g.font
                                                                  and _tracked_before(seq, k)))
                    and not (k <= _MARKER_LEN and list_marker([h for h, _, _ in seq[:k]])))):
            starts.append(k)
    if len(starts) == 1:  # the row's one cell: its usual gap is the row's
        return [_words(seq, usual)] if seq else []
    starts.append(len(seq))
    return [_words(seq[a:b]) for a, b in zip(starts, starts[1:])]


def _painted_over(space: Glyph, letter: Glyph) -> bool:
    """A space glyph painted over the letter after it (more than half its width under the letter),
    where the letters touch (not overlap: boxes of a font's whole em overlap, their spaces real),
    the space a space's width (less than half an em, not a whole em's box): no space between them
    (LibreOffice's "github.com/nam e")."""
    if space.x1 - space.x0 >= 0.5 * letter.size:
        return False
    return min(space.x1, letter.x1) - max(space.x0, letter.x0) > 0.5 * (space.x1 - space.x0)


def _tracked_before(seq: list[tuple[Glyph, bool, float]], k: int) -> bool:
    """The run of one font that ends before glyph ``k`` is letter-spaced: the median gap between
    its letters is at least ``TRACKED_EM``."""
    font, gaps = seq[k - 1][0].font, []
    for j in range(k - 1, 0, -1):
        if seq[j][1] or seq[j - 1][0].font != font:
            break
        gaps.append(seq[j][2])
    return len(gaps) >= 2 and sorted(gaps)[len(gaps) // 2] >= TRACKED_EM


def _set_apart(seq: list[tuple[Glyph, bool, float]], k: int) -> bool:
    """Glyph ``k`` is a picture between two words, set apart from both: an icon, or a glyph
    without Unicode (a lost ligature sits inside its word)."""
    g = seq[k][0]
    if not (g.icon or g.text == LOST) or k + 1 >= len(seq):
        return False
    before, after = seq[k], seq[k + 1]
    return (before[1] or before[2] > SPACE_EM) and (after[1] or after[2] > SPACE_EM)


def list_marker(word: list[Glyph]) -> bool:
    """A list marker, what hangs before the text of a list item: a bullet, an icon, a number or a
    letter of a numbered list ("1.", "2)", "[3]", "b.", "iv.")."""
    if len(word) == 1 and (word[0].icon or word[0].text in BULLET_CHARS):
        return True
    return len(word) <= _MARKER_LEN and bool(_MARKER.match("".join(g.text for g in word)))


def cut_at(rows: list[Row], x: float) -> None:
    """Start a cell at ``x`` in each row with text on both sides of it (a gutter of a table that
    the reading order found): its first glyph right of ``x`` is marked, and the row's cells are
    made again (the mark stays with the glyph when rows are made again from the glyphs)."""
    for row in rows:
        right = [g for g in row.glyphs if (g.x0 + g.x1) / 2 >= x]
        if right and len(right) < len(row.glyphs) and not right[0].cut:
            right[0].cut = True
            row.cells = _cells(row.members)


def _usual_gap(seq: list[tuple[Glyph, bool, float]]) -> float:
    """The median gap between letters (no space glyph between them; inside a word item too), in
    ems; 0 for short runs."""
    gaps = [gap for _, space, gap in seq[1:] if not space and gap < 0.6]
    for g, _, _ in seq:
        if g.joined and g.inner < 0.6:
            gaps += [g.inner] * g.joined  # a word item's letters
    gaps.sort()
    return gaps[len(gaps) // 2] if len(gaps) >= 3 else 0.0


def _words(cell: list[tuple[Glyph, bool, float]], usual: float | None = None) -> list[list[Glyph]]:
    """Split a cell into words: at a space glyph; at a gap wider than the usual gap between the
    cell's letters by ``WORD_GAP_EM`` (at least ``MIN_WORD_GAP_EM``), so that letter-spaced text
    ("A M A N D A") rejoins and tightly set words whose space glyphs were lost come apart; and
    at a small gap where the font changes from a lower-case to a capital letter ("JakubKadlčík"
    set in two weights). Not before closing punctuation at a gap narrower than ``SPACE_EM``.
    ``usual``: the cell's usual gap when it is known already."""
    limit = max((_usual_gap(cell) if usual is None else usual) + WORD_GAP_EM, MIN_WORD_GAP_EM)
    words: list[list[Glyph]] = []
    prev: Glyph | None = None
    for g, space, gap in cell:
        if prev is None or space:
            words.append([g])
        elif g.text[:1] in _CLOSING and gap <= SPACE_EM:
            words[-1].append(g)
        elif gap > limit or (gap > FONT_GAP_EM and g.font != prev.font and prev.text[-1:].islower()
                             and g.text[:1].isupper()):
            words.append([g])
        else:
            words[-1].append(g)
        prev = g
    return _spaced_capitals(words) if len(words) >= SPACED_LETTERS else words


def _spaced_capitals(words: list[list[Glyph]]) -> list[list[Glyph]]:
    """Letters typed apart with spaces ("E X P E R I E N C E", a heading spaced out by hand) made
    words again: a run of at least ``SPACED_LETTERS`` one-letter words, each a capital (or a
    hyphen, apostrophe or ampersand inside the run), is one word, cut where a gap is wider than
    ``SPACED_WORD_GAP`` times the run's narrowest gap (the wider space typed between words)."""
    if sum(1 for w in words if len(w) == 1 and not w[0].joined
           and (w[0].text.isupper() or w[0].text in _SPACED_JOINERS)) < SPACED_LETTERS:
        return words  # (most cells: too few words a run could be made of)
    out: list[list[Glyph]] = []
    k = 0
    while k < len(words):
        j = k
        while j < len(words) and len(words[j]) == 1 and not words[j][0].joined and (words[j][0].text.isupper() or (
                j > k and words[j][0].text in _SPACED_JOINERS)):   # (a word item is no letter)
            j += 1
        while j > k and words[j - 1][0].text in _SPACED_JOINERS:
            j -= 1
        if j - k < SPACED_LETTERS:
            out.append(words[k])
            k += 1
            continue
        run = words[k:j]
        gaps = [b[0].x0 - a[0].x1 for a, b in zip(run, run[1:])]
        narrow = max(min(gaps), 0.05 * run[0][0].size)
        out.append(list(run[0]))
        for word, gap in zip(run[1:], gaps):
            if gap > SPACED_WORD_GAP * narrow:
                out.append(list(word))
            else:
                out[-1].extend(word)
        k = j
    return out
