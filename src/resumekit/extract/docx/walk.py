"""The walk over a WordprocessingML story (the body, a header, a footer, a text box) in
document order, into :class:`~.docx_layout.Item` objects: one per paragraph or table row.

What the walk reads:
- paragraphs, one line per ``w:br``-separated piece; a drop cap (a paragraph framed with
  ``w:dropCap``, holding the first letter or word of the next paragraph set large beside it) is
  read as the start of the next paragraph, not as a line of its own; a TAB (``w:tab``, ``w:ptab``, or a run of
  three or more spaces used to push text right) is a visible gap, kept as a TAB;
- tables row by row: a row whose filled cells hold one line each becomes one line of
  TAB-separated cells, other rows give their cells' lines in cell order; nested tables, merged
  cells (a vertically merged continuation is skipped), rows and cells inside content controls;
- content controls (``w:sdt``, block, row, cell and inline; one still showing its placeholder
  prompt is skipped), smart tags, custom XML, inserted and moved-to revisions (deleted and
  moved-from ones are not read; a paragraph whose mark is deleted runs on into the next one, as
  the drop cap does);
- text boxes and shapes (``w:txbxContent``), once: ``mc:AlternateContent`` stores each box twice
  (a DrawingML choice and a VML fallback) and only the choice is read;
- field results (not their instructions), with HYPERLINK fields as links; hyperlinks through
  their relationship targets (an inner hyperlink nested in an outer one keeps its own target, the
  outer one is kept too); symbol characters (``w:sym``) mapped to the bullet or glyph they draw;
- hidden text (:mod:`.hidden`: Word's hidden setting, tiny type, text in the colour of its
  backdrop) is left out and collected for the warnings; the backdrop of each run follows the
  page colour, text box fills, table, cell and paragraph shading, highlights.
It also follows the flow for layout: the section and column (column breaks) each paragraph is in
and its page, from the page breaks Word rendered when it saved (``w:lastRenderedPageBreak``)
when the document has them, else from explicit page and section breaks.
"""
from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field, replace

import regex

from ...document import Line, Link, Style
from ...errors import ResourceLimitError
from ...options import ParseOptions
from ...text import clean, strip_bullet
from .hidden import WHITE, HiddenText, box_fill, hidden_kind, under
from .keys import text_keys
from .layout import (EMU_PER_PT, Float, Item, SectionGeom, arrange, lands_below, line_height, table_float, text_rows,
                     vml_float)
from .styles import (DEFAULT_SIZE, Children, Numbering, ParaProps, ParaStyle, RunProps, Styles, numbering_of,
                     on_off, outline_of, para_props, run_props, shading_of, twips, w)
from .rows import Cell, column_items, header_row, row_lines
from .text import Piece, dominant, gaps, is_rule, joined, merge_runs, symbol, symbol_text

__all__ = ["Walker", "Context"]

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"

P, TBL, TR, TC, SDT, SDT_CONTENT, R_, T, TAB, PTAB, BR, CR = (w(t) for t in (
    "p", "tbl", "tr", "tc", "sdt", "sdtContent", "r", "t", "tab", "ptab", "br", "cr"))
VAL, TYPE, P_STYLE, R_STYLE, OUTLINE, PAGE_BREAK_BEFORE, CHAR, FONT, FLD_CHAR_TYPE = (w(t) for t in (
    "val", "type", "pStyle", "rStyle", "outlineLvl", "pageBreakBefore", "char", "font", "fldCharType"))
TBL_PR, TBL_STYLE, TBL_GRID, GRID_COL, W_, SHD, TR_PR, GRID_BEFORE, TC_PR, GRID_SPAN, V_MERGE, DEL = (w(t) for t in (
    "tblPr", "tblStyle", "tblGrid", "gridCol", "w", "shd", "trPr", "gridBefore", "tcPr", "gridSpan", "vMerge", "del"))
HYPERLINK, FLD_SIMPLE, FLD_CHAR, INSTR, TXBX, SYM = (w(t) for t in (
    "hyperlink", "fldSimple", "fldChar", "instrText", "txbxContent", "sym"))
NO_BREAK_HYPHEN, RENDERED_BREAK, PPR, RPR, SECT = (w(t) for t in (
    "noBreakHyphen", "lastRenderedPageBreak", "pPr", "rPr", "sectPr"))
TBL_HEADER = w("tblHeader")
FRAME_PR, DROP_CAP, SDT_PR, SHOWING_PLACEHOLDER, TR_HEIGHT = (w(t) for t in (
    "framePr", "dropCap", "sdtPr", "showingPlcHdr", "trHeight"))
ALT, CHOICE, FALLBACK = f"{{{MC}}}AlternateContent", f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
ANCHOR, INLINE = f"{{{WP}}}anchor", f"{{{WP}}}inline"
VML = "{urn:schemas-microsoft-com:vml}"
_DRAWINGS = {w("drawing"), w("pict"), w("object")}
_TRANSPARENT = {w(t) for t in ("ins", "smartTag", "customXml", "dir", "bdo", "moveTo")}
_HYPERLINK_INSTR = regex.compile(r'^\s*HYPERLINK\s+(?:\\[a-z]\s+(?:"[^"]*"|\S+)\s+)*"?([^"\s\\][^"\s]*)"?',
                                 regex.IGNORECASE)
_TITLE_XPATH = regex.compile(r"coreProperties.*\btitle\b", regex.IGNORECASE)


@dataclass(frozen=True)
class Context:
    """Where the walk is: ``origin`` of the lines ("docx", "docx:header"...), the part whose
    relationships resolve hyperlinks, whether this is the body's own flow (sections and columns
    change only there), whether page breaks count, the width text wraps in (points), the table
    style of the enclosing table, what lies under the text (``backdrop``: hex, None when it cannot
    be judged) and under a transparent text box anchored here (``boxes``)."""

    origin: str
    part: object
    flow: bool = False
    pages: bool = False
    width: float = 432.0
    table_style: str | None = None
    title: bool = False  # inside a content control bound to the document's title
    backdrop: str | None = WHITE
    boxes: str | None = WHITE


@dataclass
class _Para:
    pieces: list[Piece] = field(default_factory=list)
    links: list[list] = field(default_factory=list)  # [url, text on it, index of the link it is nested in]
    boxes: list[tuple] = field(default_factory=list)  # (txbxContent, anchor or None)


class Walker:
    """Walks stories into items. Lines get a provisional ``index`` (a serial number) that keys
    ``style_of`` (the paragraph style id of each line); the caller renumbers them."""

    def __init__(self, styles: Styles, numbering: Numbering, options: ParseOptions, sections: list[SectionGeom],
                 rendered_breaks: bool, backdrops: tuple[str | None, str | None] = (WHITE, WHITE)):
        self.styles = styles
        self.numbering = numbering
        self.options = options
        self.sections = sections or [SectionGeom()]
        self.rendered = rendered_breaks
        self.style_of: dict[int, str | None] = {}
        self.chars = 0
        self.hidden = HiddenText()
        self.backdrops = backdrops  # (the flow's, a transparent text box's)
        self.section = 0
        self.column = 0
        self.page = 1
        self._serial = 0
        self._block = 0
        self._nested: set[int] = set()  # lines already given the block of a table row
        self._formats: dict[tuple, tuple] = {}  # see _format
        self._para_formats: dict[tuple, tuple] = {}
        self._marks: dict[tuple, RunProps] = {}
        self._run_formats: dict[tuple, dict[tuple | None, tuple[RunProps, str | None]]] = {}  # see _run_format
        self._last_base: tuple = (None, None, {})
        self._run_props: dict[tuple, RunProps] = {}
        self._keys: dict = {}  # w:pPr and w:rPr elements -> their text in the part (see .keys)

    # ------------------------------------------------------------------ stories

    def body(self, body, part) -> list[Item]:
        self._keys.update(text_keys(part.element, part.blob, (PPR, RPR)))
        return self.blocks(body, Context("docx", part, flow=True, pages=True, width=self.sections[0].column_width(0),
                                         backdrop=self.backdrops[0], boxes=self.backdrops[1]))

    def story(self, el, part, origin: str) -> list[Item]:
        """A header or footer: no sections, columns or pages of its own."""
        self._keys.update(text_keys(el, part.blob, (PPR, RPR)))  # ({} for a story that is not a whole part)
        return self.blocks(el, Context(origin, part, width=self.sections[0].text_width, backdrop=self.backdrops[0],
                                       boxes=self.backdrops[1]))

    def blocks(self, parent, ctx: Context) -> list[Item]:
        items: list[Item] = []
        cap = None  # a drop cap waiting for the paragraph it starts
        for el in parent.iterchildren():
            tag = el.tag
            if cap is not None and tag in (P, TBL, SDT):
                if tag == P:
                    el = _capped(el, cap)
                else:
                    items.extend(self._paragraph(cap, ctx))
                cap = None
            if tag == P:
                ppr = _props(el, PPR)
                found = self._format(ppr, ctx.table_style)
                if found[8]:  # a drop cap, or a tracked deletion of the paragraph mark: runs on into the next
                    cap = el
                    continue
                items.extend(self._paragraph(el, ctx, ppr, found))
            elif tag == TBL:
                items.extend(self._table(el, ctx))
            elif tag == SDT:
                content = el.find(SDT_CONTENT)
                if content is not None and not _placeholder(el):
                    items.extend(self.blocks(content, replace(ctx, title=True) if _bound_to_title(el) else ctx))
            elif tag == ALT:
                branch = alternate(el)
                if branch is not None:
                    items.extend(self.blocks(branch, ctx))
            elif tag in _TRANSPARENT:
                items.extend(self.blocks(el, ctx))
        if cap is not None:
            items.extend(self._paragraph(cap, ctx))
        return items

    def _geom(self) -> SectionGeom:
        return self.sections[min(self.section, len(self.sections) - 1)]

    def _next_section(self) -> None:
        self.section += 1
        self.column = 0
        if not self.rendered and self._geom().start != "continuous":
            self.page += 1

    # ------------------------------------------------------------------ tables

    def _table(self, tbl, ctx: Context) -> list[Item]:
        tblpr = _props(tbl, TBL_PR)
        style_el = tblpr.find(TBL_STYLE) if tblpr is not None else None
        tstyle = (style_el.get(VAL) if style_el is not None else None) or self.styles.default_table
        grid_el = tbl.find(TBL_GRID)
        grid = [twips(g.get(W_)) or 0.0 for g in grid_el.iterchildren(GRID_COL)] if grid_el is not None else []
        origin = ctx.origin if ctx.origin.endswith(":table") else ctx.origin + ":table"
        backdrop = under(ctx.backdrop, shading_of(tblpr.find(SHD) if tblpr is not None else None,
                                                  self.styles.theme))
        if self.styles.table_shaded(tstyle):
            backdrop = None  # rows or bands shaded by the style: not judged
        items: list[Item] = []
        rows, by_row = list(_rows(tbl)), []  # the rows, and the cells of each
        heads = 0  # the leading rows marked as the table's header rows
        for tr in rows:
            start_page, section, column = self.page, self.section, self.column
            last_page = self.page
            trpr = _props(tr, TR_PR)
            before = trpr.find(GRID_BEFORE) if trpr is not None else None
            gi = int(before.get(VAL) or 0) if before is not None and (before.get(VAL) or "").isdigit() else 0
            cells = list(_within(tr, TC))
            subs: list[tuple[list[Item], float]] = []
            height = _row_height(trpr)
            for tc in cells:
                tcpr = _props(tc, TC_PR)
                span_el = tcpr.find(GRID_SPAN) if tcpr is not None else None
                span = int(span_el.get(VAL)) if span_el is not None and (span_el.get(VAL) or "").isdigit() else 1
                width = sum(grid[gi:gi + max(span, 1)]) or ctx.width / max(len(cells), 1)
                gi += max(span, 1)
                vmerge = tcpr.find(V_MERGE) if tcpr is not None else None
                if vmerge is not None and vmerge.get(VAL) != "restart":
                    continue  # the continuation of a vertically merged cell
                self.page = start_page
                shade = shading_of(tcpr.find(SHD) if tcpr is not None else None, self.styles.theme)
                sub = self.blocks(tc, Context(origin, ctx.part, False, ctx.pages, max(width - 10.8, 18.0), tstyle,
                                              ctx.title, under(backdrop, shade), ctx.boxes))
                last_page = max(last_page, self.page)
                height = max(height, sum(it.height for it in sub))
                subs.append((sub, max(width - 10.8, 18.0)))
            self.page = last_page
            self._block += 1
            lifted = [fl for sub, _ in subs for fl in _lift(sub, height)]
            by_row.append([Cell(arrange(sub), width) for sub, width in subs])
            lines = row_lines(by_row[-1], self._block, self._nested)
            if heads == len(items) and _on(trpr, TBL_HEADER):
                heads += 1
                if heads < len(rows):  # a header over rows: column names
                    lines = header_row(lines)
            self._nested.update(l.index for l in lines)
            items.append(Item(lines=lines, height=height, text_height=height, section=section, column=column,
                              page=start_page, floats=lifted))
        items, self._block = column_items(items, by_row, self._block)
        floating = tblpr.find(w("tblpPr")) if tblpr is not None and ctx.flow and items else None
        if floating is not None:  # placed on the page: a float anchored where the table stands, its boxes beside it
            boxes = [fl for it in items for fl in it.floats]
            for it in items:
                it.floats = []
            fl = table_float(floating, items, sum(grid) or ctx.width)
            return [Item(lines=[], height=fl.height, text_height=fl.height, section=items[0].section,
                         column=items[0].column, page=items[0].page, floats=[fl, *boxes])]
        return items

    # ------------------------------------------------------------------ paragraphs

    def _paragraph(self, p, ctx: Context, ppr=None, found: tuple | None = None) -> list[Item]:
        if found is None:
            ppr = _props(p, PPR)
            found = self._format(ppr, ctx.table_style)
        style, para, heading, num, marker, mark, page_break, section_end, _ = found
        if page_break and ctx.pages and not self.rendered:
            self.page += 1
        if ctx.title and heading is None:
            heading = 0
            if marker == "number":
                marker = None  # an outline-numbered heading ("1. Experience") is not a list item
        acc = _Para()
        start = (self.page, self.column)
        self._inline(p, replace(ctx, backdrop=under(ctx.backdrop, para.shade)) if para.shade else ctx,
                     style.run, acc, None)
        items = self._emit(acc, ctx, style, para, heading, marker, num[1] if num else 0, mark, start)
        if acc.boxes:
            items[0].floats.extend(self._float(box, anchor, ctx) for box, anchor in acc.boxes)
        if section_end and ctx.flow:
            self._next_section()
        return items

    def _format(self, ppr, table_style: str | None) -> tuple:
        """What a paragraph's properties (``w:pPr``) and styles make of it: (style, paragraph
        properties, heading level, numbering, list marker, paragraph mark's run properties, page
        break before, ends a section, runs on into the next: a drop cap or a deleted mark). Paragraphs formatted alike are many: the answer
        is kept per ``w:pPr`` content (its text in the part, see :mod:`.keys`, else its shape to two
        levels) and table style; for a new content, the mark's properties (``w:rPr``) and the rest
        are kept apart, as paragraphs that differ in one often share the other."""
        key = self._keys.get(ppr)
        cache_key = (key if key is not None else _shape(ppr, 2), table_style)
        found = self._formats.get(cache_key)
        if found is not None:
            return found
        rpr = ppr.find(RPR) if ppr is not None else None
        mark_shape = self._keys.get(rpr) if rpr is not None else None
        if key is not None and key.count(b"<w:rPr") == (rpr is not None) and (rpr is None or mark_shape):
            # the text without the mark's (its only w:rPr), and the mark's own
            rest_shape = key.replace(_rpr_text(mark_shape), b"", 1) if rpr is not None else key
        else:
            shape = _shape(ppr, 2)
            rest_shape = tuple([c for c in shape if c[0] != RPR]) if shape is not None else None
            mark_shape = next((c for c in shape if c[0] == RPR), None) if shape is not None else None
        rest_key = (rest_shape, table_style)
        rest = self._para_formats.get(rest_key)
        if rest is None:
            rest = self._para_formats[rest_key] = self._para_format(ppr, table_style)
        style = rest[0]
        mark_key = (mark_shape, style.run)
        mark = self._marks.get(mark_key)
        if mark is None:
            mark = self._marks[mark_key] = (run_props(rpr, self.styles.theme).over(style.run) if ppr is not None
                                            else style.run)
        # (a paragraph whose mark is a tracked deletion runs on into the next one, as a drop cap does;
        # the cache key holds the mark's properties, so this is asked once per content)
        joins = rest[7] or _mark_deleted(rpr)
        return self._formats.setdefault(cache_key, (*rest[:5], mark, *rest[5:7], joins, *rest[8:]))

    def _para_format(self, ppr, table_style: str | None) -> tuple:
        """:meth:`_format` but the mark's properties: (style, paragraph properties, heading level,
        numbering, list marker, page break before, ends a section, a drop cap)."""
        ppr = Children(ppr) if ppr is not None else None  # (asked ten things: its children read once)
        style_el = ppr.find(P_STYLE) if ppr is not None else None
        style = self.styles.paragraph(style_el.get(VAL) if style_el is not None else None, table_style)
        para = para_props(ppr, self.styles.theme).over(style.para)
        heading = style.heading
        if ppr is not None and ppr.find(OUTLINE) is not None:
            heading = outline_of(ppr)  # direct formatting; level 9 is "body text"
        num = numbering_of(ppr)
        if num is not None and num[0] == "" and style.numbering:
            num = (style.numbering[0], num[1])
        num = num if num is not None else style.numbering
        marker = self.numbering.marker(*num) if num else None
        if marker == "number" and heading is not None:
            marker = None  # an outline-numbered heading ("1. Experience") is not a list item
        page_break = ppr is not None and bool(on_off(ppr.find(PAGE_BREAK_BEFORE)))
        frame = ppr.find(FRAME_PR) if ppr is not None else None  # a drop cap: framed with w:dropCap "drop" or "margin"
        return (style, para, heading, num, marker, page_break, ppr is not None and ppr.find(SECT) is not None,
                frame is not None and frame.get(DROP_CAP) in ("drop", "margin"))

    def _inline(self, parent, ctx: Context, base: RunProps, para: _Para, link: int | None) -> None:
        fields: list[list] = []  # complex fields: [instruction, link index or None, in its result]
        for el in parent.iterchildren():
            tag = el.tag
            if tag == R_:
                active = next((f[1] for f in reversed(fields) if f[1] is not None and f[2]), None) if fields else None
                self._run(el, ctx, base, para, link if active is None else active, fields)
            elif tag == HYPERLINK:
                target = None
                rid = el.get(f"{{{R}}}id")
                if rid:
                    rel = ctx.part.rels.get(rid)
                    if rel is not None and rel.is_external:
                        target = rel.target_ref
                self._inline(el, ctx, base, para, self._link(para, target, link) if target else link)
            elif tag == FLD_SIMPLE:
                m = _HYPERLINK_INSTR.match(el.get(w("instr")) or "")
                self._inline(el, ctx, base, para, self._link(para, m.group(1), link) if m else link)
            elif tag == SDT:
                content = el.find(SDT_CONTENT)
                if content is not None and not _placeholder(el):
                    self._inline(content, ctx, base, para, link)
            elif tag == ALT:
                branch = alternate(el)
                if branch is not None:
                    self._inline(branch, ctx, base, para, link)
            elif tag in _TRANSPARENT:
                self._inline(el, ctx, base, para, link)

    @staticmethod
    def _link(para: _Para, url: str, outer: int | None) -> int:
        para.links.append([url, "", outer])
        return len(para.links) - 1

    def _run_format(self, rpr, base: RunProps, backdrop: str | None) -> tuple[RunProps, str | None]:
        """A run's properties over ``base`` (its character style, then its own ``w:rPr``) and why
        it is hidden on ``backdrop``; kept per base and backdrop, then per ``w:rPr`` content (its
        text in the part, see :mod:`.keys`, else its shape)."""
        shape = self._keys.get(rpr) or _shape(rpr, 1)
        if self._last_base[0] is not base or self._last_base[1] != backdrop:  # (a paragraph's runs share them)
            self._last_base = (base, backdrop, self._run_formats.setdefault((base, backdrop), {}))
        formats = self._last_base[2]
        found = formats.get(shape)
        if found is None:
            props = base
            if rpr is not None:
                rs = rpr.find(R_STYLE)
                if rs is not None:
                    props = self.styles.character(rs.get(VAL)).over(props)
                own = self._run_props.get(shape)  # (the same w:rPr over other bases or backdrops)
                if own is None:
                    own = self._run_props[shape] = run_props(rpr, self.styles.theme)
                props = own.over(props)
            found = formats[shape] = (props, hidden_kind(props, backdrop))
        return found

    def _run(self, r, ctx: Context, base: RunProps, para: _Para, link: int | None, fields: list) -> None:
        props, hidden = self._run_format(_props(r, RPR), base, ctx.backdrop)
        for el in r.iterchildren():
            tag = el.tag
            if tag == T:
                if fields and not fields[-1][2]:
                    continue  # inside a field instruction
                if hidden and (hidden == "vanish" or (el.text or "").strip()):
                    self.hidden.add(hidden, el.text or "", self.page)
                    continue  # (a space in white or tiny type still parts two words)
                self._add(para, ctx, symbol_text(el.text or "", props.font), props, link)
            elif tag in (TAB, PTAB):
                if hidden != "vanish":
                    self._add(para, ctx, "\t", props, link)
            elif tag in (BR, CR):
                kind = el.get(TYPE)
                self._add(para, ctx, "\n", props, None)
                if kind == "column" and ctx.flow and len(self._geom().columns) > 1:
                    self.column += 1
                elif kind == "page" and ctx.pages and not self.rendered:
                    self.page += 1
            elif tag == RENDERED_BREAK:
                if ctx.pages and self.rendered:
                    self.page += 1
            elif tag == NO_BREAK_HYPHEN:
                if not hidden:
                    self._add(para, ctx, "-", props, link)
            elif tag == SYM:
                glyph = symbol(el.get(CHAR), el.get(FONT))
                if glyph and not hidden:
                    self._add(para, ctx, glyph, props, link)
            elif tag == FLD_CHAR:
                kind = el.get(FLD_CHAR_TYPE)
                if kind == "begin":
                    fields.append(["", None, False])
                elif kind == "separate" and fields:
                    m = _HYPERLINK_INSTR.match(fields[-1][0])
                    if m:
                        fields[-1][1] = self._link(para, m.group(1), link)
                    fields[-1][2] = True
                elif kind == "end" and fields:
                    fields.pop()
            elif tag == INSTR:
                if fields:
                    fields[-1][0] += el.text or ""
            elif tag == ALT or tag in _DRAWINGS:
                para.boxes.extend(_text_boxes(el))

    def _add(self, para: _Para, ctx: Context, text: str, props: RunProps, link: int | None) -> None:
        if not text:
            return
        self.chars += len(text)
        if self.chars > self.options.max_chars:
            raise ResourceLimitError(
                f"the DOCX has more than {self.options.max_chars:,} characters of text", limit="max_chars",
                value=self.chars, hint="raise ParseOptions.max_chars (CLI: --max-chars) to parse it")
        para.pieces.append(Piece(text, props, link, self.page, self.column))
        if link is None:
            return
        seen = set()
        while link is not None and link not in seen:  # the text of a link is also its outer links' text
            seen.add(link)
            para.links[link][1] += text
            link = para.links[link][2]

    # ------------------------------------------------------------------ lines

    def _emit(self, para: _Para, ctx: Context, style: ParaStyle, props: ParaProps, heading: int | None,
              marker: str | None, level: int, mark: RunProps, start: tuple[int, int]) -> list[Item]:
        """The paragraph's lines, split at breaks, as one item per column it spans."""
        groups: list[list[Piece]] = [[]]
        for piece in para.pieces:
            if "\n" not in piece.text:
                groups[-1].append(piece)
                continue
            for i, part in enumerate(piece.text.split("\n")):
                if i:
                    groups.append([])
                if part:
                    groups[-1].append(Piece(part, piece.props, piece.link, piece.page, piece.column))
        self._block += 1
        size = mark.size or DEFAULT_SIZE
        items: list[Item] = []
        first = True
        for group in groups:
            page, column = (group[0].page, group[0].column) if group else start
            outer = self._geom().column_width(column) if ctx.flow else ctx.width
            width = max(outer - (props.left or 0) - (props.right or 0), 36.0)
            if not items or items[-1].column != column:
                items.append(Item(lines=[], section=self.section if ctx.flow else 0, column=column, page=page,
                                  indent=props.left or 0.0))
            if not group:  # an empty paragraph (or line): one row of the mark's size, no line
                items[-1].text_height += line_height(size, props)
                continue
            looks = dominant(group, mark)
            g_size = looks[2] or size
            raw = gaps(joined(group, size), g_size, width)
            text = clean(raw)
            rows = text_rows(text, g_size, width)
            items[-1].text_height += rows * line_height(g_size, props)
            if not text or is_rule(text):
                continue  # nothing, or a rule drawn with underscores or dashes
            line = self._line(group, looks, raw, text, para, mark, heading if first else None,
                              (marker is not None and first), level, ctx.origin, page)
            self.style_of[line.index] = style.sid
            items[-1].lines.append(line)
            first = False
        for it in items:
            it.height = it.text_height
        items[0].height += props.before or 0.0
        items[-1].height += props.after or 0.0
        return items

    def _line(self, group: list[Piece], looks: tuple, raw: str, text: str, para: _Para, mark: RunProps,
              heading: int | None, listed: bool, level: int, origin: str, page: int) -> Line:
        glyph, body = strip_bullet(text)
        bullet = glyph or listed
        bold, italic, size, caps, font = looks  # the group's dominant style
        used: list[int] = []  # each link, after the links it is nested in
        for idx in (dict.fromkeys(p.link for p in group if p.link is not None) if para.links else ()):
            chain = []
            while idx is not None and idx not in chain:
                chain.append(idx)
                idx = para.links[idx][2]
            used.extend(k for k in reversed(chain) if k not in used)
        links = [Link(url=para.links[k][0], text=clean(para.links[k][1]) or None) for k in used]
        self._serial += 1
        return Line(text=body, raw=raw, index=self._serial, page=page, block=self._block,
                    style=Style(size=size or mark.size or DEFAULT_SIZE, bold=bold, italic=italic, font=font,
                                heading_level=heading, caps=caps),
                    bullet=bullet, level=level if bullet else 0, links=tuple(links), runs=merge_runs(group),
                    origin=origin)

    def _float(self, box, anchor, ctx: Context) -> Float:
        """A text box's content, walked as a story of its own, and its anchor's position."""
        fl = Float(items=[])
        width = ctx.width
        if anchor is not None and anchor.tag.startswith(VML):
            fl = vml_float(anchor.get("style") or "")
            width = fl.width or width
        elif anchor is not None:
            ext = anchor.find(f"{{{WP}}}extent")
            if ext is not None:
                cx, cy = _emu(ext.get("cx")), _emu(ext.get("cy"))
                width = cx or width
                fl.height = cy or 0.0
            fl.width = width if ext is not None else 0.0
            pos = anchor.find(f"{{{WP}}}positionV")
            if pos is not None:
                fl.rel_v, fl.top, fl.align_v = _position(pos)
            pos = anchor.find(f"{{{WP}}}positionH")
            if pos is not None:
                fl.rel_h, fl.left, fl.align_h = _position(pos)
            body_pr = next(anchor.iter(f"{{{WPS}}}bodyPr"), None)
            if body_pr is not None and body_pr.get("tIns") is not None:
                fl.inset = _emu(body_pr.get("tIns")) or 0.0
        story = next((f":{s}" for s in ("header", "footer") if f":{s}" in ctx.origin), "")
        origin = f"docx{story}:textbox"
        backdrop = under(ctx.boxes, box_fill(box, self.styles.theme))
        fl.anchor, fl.items = anchor, self.blocks(box, Context(origin, ctx.part, width=max(width - 14.4, 18.0),
                                                               backdrop=backdrop, boxes=ctx.boxes))
        return fl


# ----------------------------------------------------------------------------- helpers


def _shape(el, depth: int) -> tuple | None:
    """What a properties element (``w:pPr``, ``w:rPr``) says, to ``depth`` levels (1 or 2): its
    children's tags and attributes (a cache key: the readers of these elements look no deeper)."""
    if el is None:
        return None
    if depth == 1:
        return tuple([(c.tag, *c.items()) for c in el])
    return tuple([(c.tag, *c.items(), tuple([(g.tag, *g.items()) for g in c]) if len(c) else None) for c in el])


def _rpr_text(key: bytes) -> bytes:
    """The whole text of a ``w:rPr`` from its key (:func:`.keys.text_keys`: what follows ``<w:rPr``)."""
    return b"<w:rPr" + key + (b"</w:rPr>" if key != b"/>" else b"")


def _props(el, tag: str):
    """``el.find(tag)`` for a properties child (``w:pPr``, ``w:rPr``, ``w:tblPr``...), which the
    schema puts first: the first child is looked at before lxml's path search (about eight times dearer)."""
    if not len(el):
        return None
    first = el[0]
    return first if first.tag == tag else el.find(tag)


def _capped(p, cap):
    """A copy of paragraph ``p`` with the runs of drop cap ``cap`` in front of its own."""
    p = deepcopy(p)
    at = 1 if len(p) and p[0].tag == PPR else 0
    for k, child in enumerate(c for c in cap if c.tag != PPR):
        p.insert(at + k, deepcopy(child))
    return p


def _mark_deleted(rpr) -> bool:
    """Whether a paragraph's mark (its ``w:pPr/w:rPr``) is a tracked deletion: what is left of the
    paragraph reads as the start of the next one, which keeps its own properties."""
    return rpr is not None and rpr.find(DEL) is not None


def alternate(el):
    """The branch of an ``mc:AlternateContent`` to read: the first Choice, else the Fallback."""
    choice = el.find(CHOICE)
    return choice if choice is not None else el.find(FALLBACK)


def _bound_to_title(sdt) -> bool:
    """A content control that shows the document's title property (Word's "Title" quick part)."""
    binding = sdt.find(f"{w('sdtPr')}/{w('dataBinding')}")
    return binding is not None and bool(_TITLE_XPATH.search(binding.get(w("xpath")) or ""))


def _placeholder(sdt) -> bool:
    """A content control still showing its prompt ("Click here to enter text.")."""
    pr = sdt.find(SDT_PR)
    return pr is not None and on_off(pr.find(SHOWING_PLACEHOLDER)) is True


def _text_boxes(el) -> list[tuple]:
    """(txbxContent, its wp:anchor or wp:inline, or the VML shape that holds it, or None) for the
    outermost text boxes inside a drawing, in document order, from the Choice copy only (the VML
    Fallback repeats the text)."""
    root = alternate(el) if el.tag == ALT else el
    if root is None or next(root.iter(TXBX), None) is None:  # (a picture: no box to look for)
        return []
    found = []
    stack = [(root, None)]
    while stack:
        node, anchor = stack.pop()
        if node.tag in (ANCHOR, INLINE) or (node.tag.startswith(VML) and node.get("style") and not (
                anchor is not None and anchor.tag.startswith(VML))):
            anchor = node  # (the outermost VML shape: a group's members are placed in its own units)
        if node is not root:
            if node.tag == TXBX:
                found.append((node, anchor))
                continue
            if node.tag == FALLBACK:
                continue
            if node.tag == ALT:
                branch = alternate(node)
                if branch is not None:
                    stack.append((branch, anchor))
                continue
        stack.extend((c, anchor) for c in reversed([c for c in node.iterchildren() if isinstance(c.tag, str)]))
    return found


def _within(parent, tag: str):
    """The ``tag`` children of ``parent``, also those wrapped in content controls or custom XML."""
    for el in parent.iterchildren():
        if el.tag == tag:
            yield el
        elif el.tag == SDT or el.tag in _TRANSPARENT:
            content = el.find(SDT_CONTENT) if el.tag == SDT else el
            if content is not None:
                yield from _within(content, tag)


def _on(props, tag: str) -> bool:
    """Is the on/off property ``tag`` of ``props`` (``w:trPr``...) on ("true", "1", "on" or no value)?"""
    el = props.find(tag) if props is not None else None
    return el is not None and el.get(VAL, "true") not in ("false", "0", "off")


def _row_height(trpr) -> float:
    """The height a row's ``w:trHeight`` asks for (at least, or exactly), in points; 0 without one."""
    el = trpr.find(TR_HEIGHT) if trpr is not None else None
    return (twips(el.get(VAL)) or 0.0) if el is not None else 0.0


def _lift(sub: list[Item], height: float) -> list[Float]:
    """The label boxes of a cell drawn below the bottom of their row (``height`` high), taken out
    of the cell, their offsets from the row's top: they are read where they land, rows further
    down (layout rule 4)."""
    out = []
    y = 0.0
    for it in sub:
        if it.floats:  # (most items have none)
            out.extend(replace(fl, top=y + fl.top) for fl in it.floats if lands_below(fl, height - y))
            it.floats = [fl for fl in it.floats if not lands_below(fl, height - y)]
        y += it.height
    return out


def _rows(tbl):
    """The table's rows, but rows deleted with tracked changes."""
    for tr in _within(tbl, TR):
        trpr = _props(tr, TR_PR)
        if trpr is None or trpr.find(DEL) is None:
            yield tr


def _position(pos) -> tuple[str | None, float | None, str | None]:
    """(relative to, offset in points, alignment) of a ``wp:positionV`` / ``wp:positionH``."""
    off, align = pos.find(f"{{{WP}}}posOffset"), pos.find(f"{{{WP}}}align")
    return (pos.get("relativeFrom"), _emu(off.text) if off is not None else None,
            align.text.strip() if align is not None and align.text else None)


def _emu(value: str | None) -> float | None:
    try:
        return int(value.strip()) / EMU_PER_PT if value else None
    except ValueError:
        return None
