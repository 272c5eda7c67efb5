"""Where DOCX content sits on the page, estimated without laying the document out: page and
column geometry, paragraph heights, the reading order of multi-column sections and of text
boxes.

A DOCX stores a flow of paragraphs, not positions; Word computes the page when it opens the
file. These estimates (a glyph is half an em wide, a line is 1.17 em high) are good to a line
or two, which is all the decisions below need.

Multi-column sections (``w:cols``), signals in order of precedence:
1. Explicit column breaks split the section into columns. When the first column holds only a
   few short lines (labels) spaced out by empty paragraphs to sit beside the second column's
   content, each label is placed before the block of the second column it lines up with: the
   nearest block by estimated height, a block after a wider gap counting as nearer (a reader
   sees "Education" beside the degrees, not all headings and then all content).
2. Otherwise a reader reads column after column, which is the document order; the column of
   each line is estimated from the heights (balanced columns when a continuous section break
   follows, as Word balances them).
Errs towards document order: a first column that is not clearly a label column is left alone.

Text boxes, shapes and floating tables (``w:tblpPr``: a table Word positions on the page, kept in
the flow where it is anchored) are floats, in order of precedence (a floating table only follows
rule 3, else it stays where it stands in the flow: it is as often the body's own table, dragged):
1. A box holding a single bullet glyph is not a line: it marks as a bullet the paragraph it sits
   beside (its anchor, or the next or previous paragraph by its vertical offset).
2. A box positioned at the top of the page is read before the rest of that page: a masthead with
   the name. At the top: relative to the page or margin, starting in or just below the top
   margin; or relative to a paragraph that opens its page, starting in the top tenth of the
   text area.
3. A sidebar (a box at least ``SIDEBAR_SHARE`` of the text area high, a floating table placed
   from the page or the margin at least ``TABLE_SIDEBAR_SHARE``, and at most ``SIDEBAR_WIDTH`` of
   the page wide, where its horizontal position can be told) is read as a reader reads a column beside the body, wherever it is
   anchored: on the left (its middle in the left half of the page) after the boxes of rule 2,
   before the rest of its page; on the right (its left edge in the right half) after the rest of
   the story, right sidebars in page order (a sidebar dragged into place keeps the anchor of
   wherever it was dropped, often a paragraph in the middle of a job; and where a page ends is
   only estimated, so "after its page" could fall between two jobs). Before rule 2: a tall box on
   the right is no masthead.
4. A label box (at most ``LABEL_LINES`` lines, at most ``LABEL_HEIGHT`` high: a heading bar)
   positioned relative to its paragraph, below it, is read before the item it lands beside: the
   first later item whose middle lies below the box's middle ("EDUCATION" anchored in a table's
   first row, drawn above the degrees five rows down). Not when it lands on its anchor or past
   the story's last item. One drawn above its paragraph (its middle above the paragraph's top:
   a heading shape anchored to the first line of its section) is read just before that paragraph,
   and so is one on its paragraph's first line within the paragraph's left indent (a heading in
   the margin beside its section's text).
5. Any other box is read right after the paragraph that anchors it.
Errs towards the anchor: a box whose place cannot be told is read after its paragraph.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import regex

from ...document import Line
from ...text import BULLET_CHARS
from .styles import ParaProps, twips, w

__all__ = ["SectionGeom", "section_geometry", "Float", "Item", "line_height", "text_rows", "order_columns",
           "arrange", "interleave_labels", "lands_below", "table_float", "vml_float", "EMU_PER_PT"]

EM_WIDTH = 0.5  # average advance of a glyph, in ems
SPACE_EM = 0.25  # advance of a space, in ems
LINE_EM = 1.17  # single line spacing, in ems
_TOP_SLACK = 18.0  # points below the top margin still "at the top of the page"
_TOP_BAND = 0.1  # share of the text area, below a paragraph that opens the page, still "at the top"
SIDEBAR_SHARE = 0.4
SIDEBAR_WIDTH = 0.5  # share of the page width: a box across most of the page is a block of the body
# a floating table placed from the page or margin (not dragged in the text, which Word anchors to
# the paragraph) is a panel set beside the body: a sidebar from a fifth of the text area down
TABLE_SIDEBAR_SHARE = 0.2
LABEL_LINES = 2
LABEL_HEIGHT = 48.0  # points: a heading bar, two lines of large type
EMU_PER_PT = 12700
_MAX_PAIRS = 200_000  # labels × content blocks: a label column is a page or two, not a book


@dataclass(frozen=True)
class SectionGeom:
    """A section's page, margins and text columns, in points; ``start`` is how it begins
    ("nextPage", "continuous"...); header and footer references by type ("default", "first", "even")."""

    page_width: float = 612.0
    page_height: float = 792.0
    top: float = 72.0
    bottom: float = 72.0
    left: float = 90.0
    right: float = 90.0
    columns: tuple[float, ...] = (432.0,)
    start: str = "nextPage"
    title_page: bool = False
    headers: tuple[tuple[str, str], ...] = ()
    footers: tuple[tuple[str, str], ...] = ()

    @property
    def text_width(self) -> float:
        return max(self.page_width - self.left - self.right, 36.0)

    @property
    def text_height(self) -> float:
        return max(self.page_height - self.top - self.bottom, 72.0)

    def column_width(self, column: int) -> float:
        return self.columns[min(max(column, 0), len(self.columns) - 1)]


def section_geometry(sect) -> SectionGeom:
    """The geometry a ``w:sectPr`` declares (Word's defaults where it is silent)."""
    if sect is None:
        return SectionGeom()
    size, mar = sect.find(w("pgSz")), sect.find(w("pgMar"))
    page_w = twips(size.get(w("w"))) if size is not None else None
    page_h = twips(size.get(w("h"))) if size is not None else None
    margins = {k: abs(twips(mar.get(w(k))) or 0) if mar is not None and mar.get(w(k)) is not None else None
               for k in ("top", "bottom", "left", "right")}
    base = SectionGeom()
    geom = dict(page_width=page_w or base.page_width, page_height=page_h or base.page_height,
                **{k: v if v is not None else getattr(base, k) for k, v in margins.items()})
    text_w = max(geom["page_width"] - geom["left"] - geom["right"], 36.0)
    columns: tuple[float, ...] = (text_w,)
    cols = sect.find(w("cols"))
    if cols is not None:
        explicit = [twips(c.get(w("w"))) for c in cols.iterchildren(w("col"))]
        try:
            num = int(cols.get(w("num")) or len(explicit) or 1)
        except ValueError:
            num = 1
        num = max(1, min(num, 45))
        space = twips(cols.get(w("space")))
        space = 36.0 if space is None else space
        if cols.get(w("equalWidth")) in ("0", "false", "off") and explicit and all(explicit):
            columns = tuple(explicit)
        elif num > 1:
            columns = (max((text_w - (num - 1) * space) / num, 18.0),) * num
    kind = sect.find(w("type"))
    refs = {"headers": [], "footers": []}
    for tag, key in (("headerReference", "headers"), ("footerReference", "footers")):
        for ref in sect.iterchildren(w(tag)):
            rid = ref.get("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id")
            if rid:
                refs[key].append((ref.get(w("type")) or "default", rid))
    title = sect.find(w("titlePg"))
    return SectionGeom(**geom, columns=columns,
                       start=(kind.get(w("val")) if kind is not None else None) or "nextPage",
                       title_page=title is not None and title.get(w("val")) not in ("0", "false", "off"),
                       headers=tuple(refs["headers"]), footers=tuple(refs["footers"]))


# ----------------------------------------------------------------------------- the walk's output


@dataclass
class Float:
    """A text box or shape anchored in a paragraph: its content and where Word puts it.
    ``rel_v`` is what the vertical position is measured from ("paragraph", "line", "page",
    "margin", "topMargin"...; None for inline or legacy VML boxes), ``top`` the offset in points
    (None when aligned: ``align_v``); likewise ``rel_h``, ``left`` and ``align_h`` across."""

    items: list["Item"]
    rel_v: str | None = None
    top: float | None = None
    align_v: str | None = None
    height: float = 0.0
    inset: float = 3.6
    rel_h: str | None = None
    left: float | None = None
    align_h: str | None = None
    width: float = 0.0
    table: bool = False  # a floating table
    anchor: object = None  # the wp:anchor, wp:inline or VML shape element that places it (see .frames)


@dataclass
class Item:
    """One paragraph (or a table row) of a story, with what layout needs: its lines, its
    estimated height, where the flow was (section, column, page) and the floats it anchors."""

    lines: list[Line]
    height: float = 0.0
    text_height: float = 0.0
    section: int = 0
    column: int = 0
    page: int = 1
    floats: list[Float] = field(default_factory=list)
    indent: float = 0.0  # the paragraph's left indent, points


_TABLE_ANCHORS = {"page": "page", "margin": "margin", "text": None}


def table_float(tblppr, items: list[Item], width: float) -> Float:
    """A floating table (its ``w:tblpPr``) as a float holding its rows: relative to the page, the
    margin or (``text``, the default) its place in the flow, which is "paragraph" down and
    "column" across."""
    def where(axis: str, flow: str) -> tuple[str, float | None, str | None]:
        rel = _TABLE_ANCHORS.get(tblppr.get(w(f"{'vert' if axis == 'Y' else 'horz'}Anchor")) or "text", None)
        spec = tblppr.get(w(f"tblp{axis}Spec"))
        return rel or flow, twips(tblppr.get(w(f"tblp{axis}"))) or 0.0, spec

    fl = Float(items=items, height=sum(it.height for it in items), width=width, table=True)
    fl.rel_v, fl.top, fl.align_v = where("Y", "paragraph")
    fl.rel_h, fl.left, fl.align_h = where("X", "column")
    return fl


_VML_LENGTH = regex.compile(r"^\s*(-?(?:\d+(?:\.\d*)?|\.\d+))\s*(pt|in|cm|mm|px|pc|emu)?\s*$", regex.IGNORECASE)
_VML_UNIT = {"pt": 1.0, "in": 72.0, "cm": 72 / 2.54, "mm": 72 / 25.4, "px": 0.75, "pc": 12.0, "emu": 1 / EMU_PER_PT}
# what VML positions are measured from, in DrawingML's words (VML says "text" for the paragraph or column)
_VML_RELATIVE = {"text": "paragraph", "page": "page", "margin": "margin", "line": "line", "char": "character",
                 "top-margin-area": "topMargin", "left-margin-area": "leftMargin",
                 "inner-margin-area": "insideMargin", "outer-margin-area": "outsideMargin"}


def vml_float(style: str) -> Float:
    """Where a VML shape (``style="position:absolute;margin-top:129pt;..."``) puts its text box:
    a legacy or LibreOffice box with no DrawingML copy. Offsets default to the paragraph (down)
    and the column (across), as Word reads them."""
    props = {}
    for decl in style.split(";"):
        key, _, value = decl.partition(":")
        props[key.strip().lower()] = value.strip()

    def length(key: str) -> float | None:
        m = _VML_LENGTH.match(props.get(key, ""))
        return float(m.group(1)) * _VML_UNIT[(m.group(2) or "px").lower()] if m else None

    fl = Float(items=[], height=length("height") or 0.0, width=length("width") or 0.0)
    if props.get("position") != "absolute":
        return fl  # inline with the text: no position of its own
    fl.rel_v = _VML_RELATIVE.get(props.get("mso-position-vertical-relative", "text"))  # None: cannot be told
    rel_h = props.get("mso-position-horizontal-relative", "text")
    fl.rel_h = "column" if rel_h == "text" else _VML_RELATIVE.get(rel_h)
    fl.top = _sum(length("top"), length("margin-top"))
    fl.left = _sum(length("left"), length("margin-left"))
    fl.align_v, fl.align_h = (None if props.get(k) in (None, "", "absolute") else props[k]
                              for k in ("mso-position-vertical", "mso-position-horizontal"))
    return fl


def _sum(*values: float | None) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def line_height(size: float, para: ParaProps) -> float:
    if para.line_pt:
        return para.line_pt
    return size * LINE_EM * (para.line or 1.0)


def text_rows(text: str, size: float, width: float) -> int:
    """How many rows ``text`` wraps to in ``width`` points."""
    if not text.strip():
        return 1
    advance = len(text) * size * EM_WIDTH + text.count("\t") * size * 2
    return max(1, math.ceil(advance / max(width, size * 4)))


# ----------------------------------------------------------------------------- columns


def _label_like(item: Item) -> bool:
    if len(item.lines) != 1:
        return False
    line = item.lines[0]
    text = line.plain
    return (not line.bullet and len(line.cells) == 1 and len(text) <= 40 and len(text.split()) <= 5
            and not text.endswith("."))


def _tops(items: list[Item]) -> list[float]:
    tops, y = [], 0.0
    for it in items:
        tops.append(y)
        y += it.height
    return tops


def interleave_labels(labels: list[Item], content: list[Item]) -> list[Item] | None:
    """The two columns of a label layout merged in reading order, or None when ``labels`` is not
    a label column (see the module docstring)."""
    filled = [i for i, it in enumerate(labels) if it.lines]
    if len(filled) < 2 or not all(_label_like(labels[i]) for i in filled):
        return None
    label_chars = sum(len(l.text) for it in labels for l in it.lines)
    if sum(len(l.text) for it in content for l in it.lines) < 3 * label_chars:
        return None
    tops_a, tops_b = _tops(labels), _tops(content)
    starts, gap = [], 3  # block starts in the content column, with the empty paragraphs above them
    for j, it in enumerate(content):
        if not it.lines:
            gap += 1
            continue
        if gap:
            starts.append((j, min(gap, 3)))
        gap = 0
    if len(starts) < len(filled) or len(filled) * len(starts) > _MAX_PAIRS:
        return None
    unit = min(labels[i].height for i in filled) or 12.0
    cost = [[abs(tops_a[i] - tops_b[j]) / unit - 0.5 * g for j, g in starts] for i in filled]
    choice = _monotone(cost)
    target = {filled[k]: starts[m][0] for k, m in enumerate(choice)}
    # an empty label-column paragraph travels with the label after it
    pending: list[Item] = []
    before: dict[int, list[Item]] = {}
    for i, it in enumerate(labels):
        pending.append(it)
        if i in target:
            before.setdefault(target[i], []).extend(pending)
            pending = []
    out: list[Item] = []
    for j, it in enumerate(content):
        out.extend(before.get(j, []))
        out.append(it)
    return out + pending


def _monotone(cost: list[list[float]]) -> list[int]:
    """Strictly increasing column choices, one per row, of least total cost."""
    n, m = len(cost), len(cost[0])
    inf = float("inf")
    best = [[inf] * m for _ in range(n)]
    back = [[-1] * m for _ in range(n)]
    for j in range(m):
        best[0][j] = cost[0][j]
    for i in range(1, n):
        run, arg = inf, -1
        for j in range(m):
            if j >= 1 and best[i - 1][j - 1] < run:
                run, arg = best[i - 1][j - 1], j - 1
            if arg >= 0:
                best[i][j] = run + cost[i][j]
                back[i][j] = arg
    j = min(range(m), key=lambda k: best[n - 1][k])
    out = [j]
    for i in range(n - 1, 0, -1):
        j = back[i][j]
        out.append(j)
    return out[::-1]


def order_columns(items: list[Item], sections: list[SectionGeom]) -> list[Item]:
    """The body's items in reading order, their lines' ``column`` set (1 = first) in
    multi-column sections."""
    out: list[Item] = []
    start = 0
    while start < len(items):
        sec = items[start].section
        end = start
        while end < len(items) and items[end].section == sec:
            end += 1
        group = items[start:end]
        geom = sections[min(sec, len(sections) - 1)]
        if len(geom.columns) > 1:
            following = sections[sec + 1].start if sec + 1 < len(sections) else None
            group = _columns(group, geom, balanced=following == "continuous")
        out.extend(group)
        start = end
    return out


def _columns(group: list[Item], geom: SectionGeom, balanced: bool) -> list[Item]:
    if any(it.column for it in group):  # explicit column breaks
        by_col: dict[int, list[Item]] = {}
        for it in group:
            by_col.setdefault(it.column, []).append(it)
        for col, its in by_col.items():
            for it in its:
                _set_column(it, min(col, len(geom.columns) - 1) + 1)
        if len(by_col) == 2 and 0 in by_col:
            merged = interleave_labels(by_col[0], by_col[max(by_col)])
            if merged is not None:
                return merged
        return group
    # columns by overflow: fill each to the page height (or to an equal share when balanced)
    total = sum(it.height for it in group)
    n = len(geom.columns)
    capacity = total / n if balanced and total else geom.text_height
    y = 0.0
    for it in group:  # a paragraph goes where its middle falls
        _set_column(it, int((y + it.height / 2) // capacity) % n + 1 if capacity else 1)
        y += it.height
    return group


def _set_column(item: Item, column: int) -> None:
    item.lines = [l.with_(column=column) for l in item.lines]
    for fl in item.floats:
        for sub in fl.items:
            _set_column(sub, column)


# ----------------------------------------------------------------------------- floats


def _glyph(fl: Float) -> bool:
    """Does the box hold nothing but one bullet glyph?"""
    lines = [l for it in fl.items for l in it.lines]
    if len(lines) != 1:
        return False
    text = (lines[0].raw or lines[0].text).strip()
    return len(text) == 1 and text in BULLET_CHARS


def _at_page_top(fl: Float, geom: SectionGeom, opens_page: bool) -> bool:
    if fl.rel_v == "page":
        return fl.align_v == "top" or (fl.top is not None and fl.top <= geom.top + _TOP_SLACK)
    if fl.rel_v in ("margin", "topMargin"):
        return fl.align_v == "top" or (fl.top is not None and fl.top <= _TOP_SLACK)
    if fl.rel_v in ("paragraph", "line") and opens_page:
        return fl.top is not None and -_TOP_SLACK <= fl.top <= _TOP_BAND * geom.text_height
    return False


def _x(fl: Float, geom: SectionGeom) -> float | None:
    """The box's left edge from the page's left edge, in points, where it can be told."""
    if fl.rel_h in ("page", "leftMargin"):
        origin, span = 0.0, geom.page_width if fl.rel_h == "page" else geom.left
    elif fl.rel_h in ("margin", "column", None):
        origin, span = geom.left, geom.text_width
    else:
        return None  # inside / outside margins, characters
    if fl.align_h == "left":
        return origin
    if fl.align_h == "right":
        return origin + span - fl.width
    if fl.align_h == "center":
        return origin + (span - fl.width) / 2
    return origin + fl.left if fl.left is not None else None


def _sidebar(fl: Float, geom: SectionGeom) -> str | None:
    """"left" or "right" for a sidebar box (rule 3), else None."""
    x = _x(fl, geom)
    share = TABLE_SIDEBAR_SHARE if fl.table and fl.rel_v in ("page", "margin") else SIDEBAR_SHARE
    if fl.height < share * geom.text_height or fl.width > SIDEBAR_WIDTH * geom.page_width or x is None:
        return None
    if x + fl.width / 2 < geom.page_width / 2:
        return "left"
    return "right" if x >= geom.page_width / 2 else None


def _bullet_target(items: list[Item], i: int, fl: Float) -> int | None:
    """The item a bullet-glyph box sits beside: its anchor, or the next / previous paragraph."""
    def near(step: int) -> int | None:
        k = i + step
        while 0 <= k < len(items):
            if items[k].lines:
                return k
            k += step
        return None
    anchor = items[i]
    if fl.rel_v not in ("paragraph", "line") or fl.top is None:
        return i if anchor.lines else near(1)
    size = next((l.style.size for f in fl.items for l in f.lines if l.style.size), 10.0)
    glyph = fl.top + fl.inset + 0.5 * size  # the middle of the glyph's line, from the anchor's top
    if glyph >= (anchor.text_height or anchor.height):
        return near(1)
    if glyph < -0.5 * (anchor.text_height or 12.0):
        return near(-1)
    return i if anchor.lines else near(1)


def _label_box(fl: Float) -> bool:
    lines = sum(len(it.lines) for it in fl.items)
    return 0 < lines <= LABEL_LINES and fl.height <= LABEL_HEIGHT


def lands_below(fl: Float, height: float) -> bool:
    """Is ``fl`` a label box positioned relative to its paragraph, at least ``height`` below
    the paragraph's top (below the paragraph, or the rest of its cell)?"""
    return fl.rel_v in ("paragraph", "line") and fl.top is not None and fl.top >= height and _label_box(fl)


def _lands_above(fl: Float) -> bool:
    """Is ``fl`` a label box drawn above its paragraph (rule 4): its middle above the paragraph's top?"""
    return fl.rel_v in ("paragraph", "line") and fl.top is not None and fl.top + fl.height / 2 < 0 and _label_box(fl)


def _in_indent(fl: Float, anchor: Item) -> bool:
    """Is ``fl`` a label box in the left indent of its paragraph, on its first line (rule 4): a
    heading set in the margin beside its section's first paragraph?"""
    return (fl.rel_v in ("paragraph", "line") and fl.top is not None and 0 <= fl.top < 6.0 and _label_box(fl)
            and fl.rel_h in ("margin", "column") and fl.align_h is None and fl.left is not None
            and fl.left + fl.width <= anchor.indent + 1.0 and anchor.indent > 0)


def _landing(items: list[Item], i: int, fl: Float) -> int | None:
    """The item a label box drawn off its anchor is read before (rule 4), or None."""
    anchor = items[i]
    if _lands_above(fl) or _in_indent(fl, anchor):
        return i
    if not lands_below(fl, anchor.height or anchor.text_height):
        return None
    tops = _tops(items)
    middle = tops[i] + fl.top + fl.height / 2
    return next((k for k in range(i + 1, len(items)) if tops[k] + items[k].height / 2 >= middle), None)


def arrange(items: list[Item], sections: list[SectionGeom] | None = None) -> list[Line]:
    """The lines of a story in reading order, its floats placed (see the module docstring).
    With ``sections`` (the body), boxes at the top of a page move before that page's content."""
    for i, it in enumerate(items):
        keep = []
        for fl in it.floats:
            if _glyph(fl):
                k = _bullet_target(items, i, fl)
                if k is not None and not items[k].lines[0].bullet:
                    first = items[k].lines[0]
                    items[k].lines[0] = first.with_(bullet=True)
                continue
            keep.append(fl)
        it.floats = keep
    top: dict[int, list[Line]] = {}
    side: dict[int, list[tuple[float, int, list[Line]]]] = {}  # page -> (top on the page, item, lines)
    right: dict[int, list[tuple[float, int, list[Line]]]] = {}
    after: dict[int, list[Line]] = {}
    landed: dict[int, list[Line]] = {}
    opening: dict[int, int] = {}  # page -> the first item with lines on it
    for i, it in enumerate(items):
        if it.lines or any(fl.table for fl in it.floats):  # a floating table is content of its page
            opening.setdefault(it.page, i)
        for fl in it.floats:
            lines = arrange(fl.items)
            geom = sections[min(it.section, len(sections) - 1)] if sections is not None else None
            bar = _sidebar(fl, geom) if geom is not None else None
            if bar == "right":
                right.setdefault(it.page, []).append((_page_top(fl, geom), i, lines))
            elif fl.table and bar is None:
                after.setdefault(i, []).extend(lines)
            elif geom is not None and _at_page_top(fl, geom, opening.get(it.page, i) == i):
                top.setdefault(it.page, []).extend(lines)
            elif bar == "left":
                side.setdefault(it.page, []).append((_page_top(fl, geom), i, lines))
            elif (k := _landing(items, i, fl)) is not None:
                landed.setdefault(k, []).extend(lines)
            else:
                after.setdefault(i, []).extend(lines)
    below = _below_the_flow(items, side, sections)
    out: list[Line] = []
    for i, it in enumerate(items):
        if top:
            out.extend(top.pop(it.page, ()))
        if side:
            out.extend(_in_page_order(side.pop(it.page, ())))
        out.extend(landed.get(i, ()))
        out.extend(it.lines)
        out.extend(after.get(i, ()))
        if below:
            out.extend(_in_page_order(below.pop(i, ())))
    for page in sorted(set(top) | set(side) | set(right)):
        out.extend(top.get(page, ()))
        out.extend(_in_page_order(side.get(page, ())))
        out.extend(_in_page_order(right.get(page, ())))
    return out


def _page_top(fl: Float, geom: SectionGeom) -> float:
    """The box's top from the page's top edge, in points; infinity when it cannot be told."""
    if fl.top is None:
        return math.inf
    if fl.rel_v == "page":
        return fl.top
    if fl.rel_v in ("margin", "topMargin"):
        return geom.top + fl.top if fl.rel_v == "margin" else fl.top
    return math.inf


def _in_page_order(boxes) -> list[Line]:
    """The lines of a page's sidebars, top to bottom where their places are known (two boxes
    stacked in a column), else in anchor order."""
    return [line for _, _, lines in sorted(boxes, key=lambda b: (b[0], b[1])) for line in lines]


def _below_the_flow(items: list[Item], side: dict, sections: list[SectionGeom] | None) -> dict[int, list]:
    """Left sidebars whose known top lies below the flow's first items of their page (the name and
    headline in the body above a grid of boxes), moved from ``side`` to after the last of those
    items: a reader reads what stands above a box before it."""
    moved: dict[int, list] = {}
    if sections is None or not any(side.values()):
        return moved  # (no sidebar: nothing to measure)
    tops = _tops(items)
    for page, boxes in side.items():
        on_page = [k for k, it in enumerate(items) if it.page == page and it.lines]
        if not on_page:
            continue
        geom = sections[min(items[on_page[0]].section, len(sections) - 1)]
        keep = []
        for box in boxes:
            above = [k for k in on_page if geom.top + tops[k] - tops[on_page[0]] + items[k].height <= box[0]]
            if above and box[0] < math.inf:
                moved.setdefault(above[-1], []).append(box)
            else:
                keep.append(box)
        side[page] = keep
    return moved
