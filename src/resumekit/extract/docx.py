"""DOCX extraction: the WordprocessingML of the main part, headers and footers, walked in
document order.

python-docx opens the package (parts, relationships, styles); the walk over the XML is our own,
because ``Document.paragraphs`` misses content controls, text boxes, nested tables, smart tags
and field results.

What becomes a line, in reading order:
1. page headers (first-page, default, even), de-duplicated;
2. the body: paragraphs (one line per ``w:br``-separated piece), tables row by row (a row whose
   cells each hold one line becomes one line of TAB-separated cells), content controls
   (``w:sdt``), text boxes (``w:txbxContent``, taken once: the ``mc:Choice`` copy, never the VML
   fallback) after the paragraph that anchors them;
3. page footers.

Style signals, in order: direct run properties, the run's character style, the paragraph style
and its ``basedOn`` chain, the document defaults. A heading level comes from the paragraph's
outline level or a heading style name in any of several languages.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from ..document import Document, Line, Link, ParseWarning, Run, Style
from ..errors import ResourceLimitError
from ..options import ParseOptions
from ..sources import Source
from ..text import clean, strip_bullet
from .docx_package import DocxSession

__all__ = ["extract_docx"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _w(tag: str) -> str:
    return f"{{{W}}}{tag}"


P, TBL, TR, TC, SDT, SDT_CONTENT, R_, T, TAB, BR, CR = (_w(t) for t in (
    "p", "tbl", "tr", "tc", "sdt", "sdtContent", "r", "t", "tab", "br", "cr"))
HYPERLINK, FLD_SIMPLE, FLD_CHAR, INSTR, TXBX = (_w(t) for t in (
    "hyperlink", "fldSimple", "fldChar", "instrText", "txbxContent"))
NO_BREAK_HYPHEN, SOFT_HYPHEN, SYM = _w("noBreakHyphen"), _w("softHyphen"), _w("sym")
ALT = f"{{{MC}}}AlternateContent"
CHOICE, FALLBACK = f"{{{MC}}}Choice", f"{{{MC}}}Fallback"
_TRANSPARENT = {_w(t) for t in ("ins", "smartTag", "customXml", "dir", "bdo", "moveTo")}
_SKIPPED = {_w(t) for t in ("del", "moveFrom", "pPr", "rPr", "proofErr", "bookmarkStart", "bookmarkEnd",
                            "commentRangeStart", "commentRangeEnd", "permStart", "permEnd")}
_HEADING_NAME = regex.compile(
    r"^(?:heading|[üu]?berschrift|titre|t[íi]tulo|titolo|kop|заголовок|nag[łl][óo]wek|rubrik|overskrift|"
    r"otsikko|ba[şs]l[ıi]k|nadpis|標題|标题|見出し)\s*(\d)$", regex.IGNORECASE)
_TITLE_NAME = regex.compile(r"^(?:title|titel|titre|t[íi]tulo|titolo|заголовок|tytu[łl]|名称|表題)$", regex.IGNORECASE)
_HYPERLINK_INSTR = regex.compile(r'HYPERLINK\s+(?:\\[a-z]\s+"[^"]*"\s+)*"([^"]+)"', regex.IGNORECASE)


def extract_docx(source: Source, options: ParseOptions) -> Document:
    # zip bombs refused before python-docx reads a byte, its and lxml's failures typed: see docx_package
    with DocxSession(source, options) as session:
        return _Extractor(session.doc, source, options).run()


# ----------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class _RunProps:
    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None
    caps: bool | None = None

    def over(self, base: "_RunProps") -> "_RunProps":
        """These properties, with the unset ones taken from ``base``."""
        return _RunProps(*(a if a is not None else b for a, b in zip(
            (self.bold, self.italic, self.size, self.caps), (base.bold, base.italic, base.size, base.caps))))


def _on_off(el) -> bool | None:
    if el is None:
        return None
    val = el.get(_w("val"))
    return val not in ("0", "false", "off", "none")


def _run_props(rpr) -> _RunProps:
    if rpr is None:
        return _RunProps()
    sz = rpr.find(_w("sz"))
    size = None
    if sz is not None:
        try:
            size = int(sz.get(_w("val"))) / 2
        except (TypeError, ValueError):
            size = None
    caps = _on_off(rpr.find(_w("caps")))
    small = _on_off(rpr.find(_w("smallCaps")))
    return _RunProps(bold=_on_off(rpr.find(_w("b"))), italic=_on_off(rpr.find(_w("i"))), size=size,
                     caps=caps if caps is not None else small)


@dataclass
class _StyleInfo:
    name: str = ""
    based_on: str | None = None
    run: _RunProps = field(default_factory=_RunProps)
    numbered: bool = False
    outline: int | None = None


class _Styles:
    def __init__(self, doc):
        self.info: dict[str, _StyleInfo] = {}
        self.defaults = _RunProps()
        self.default_para: str | None = None
        self._cache: dict[str | None, tuple[_RunProps, int | None, bool, str]] = {}
        try:
            root = doc.part.styles.element
        except Exception:
            return
        rpr_default = root.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        self.defaults = _run_props(rpr_default)
        for st in root.iterchildren(_w("style")):
            sid = st.get(_w("styleId"))
            if not sid:
                continue
            name_el, based_el = st.find(_w("name")), st.find(_w("basedOn"))
            ppr = st.find(_w("pPr"))
            outline = None
            if ppr is not None and ppr.find(_w("outlineLvl")) is not None:
                try:
                    outline = int(ppr.find(_w("outlineLvl")).get(_w("val")))
                except (TypeError, ValueError):
                    outline = None
            self.info[sid] = _StyleInfo(
                name=(name_el.get(_w("val")) if name_el is not None else sid) or sid,
                based_on=based_el.get(_w("val")) if based_el is not None else None,
                run=_run_props(st.find(_w("rPr"))),
                numbered=ppr is not None and ppr.find(_w("numPr")) is not None,
                outline=outline,
            )
            if st.get(_w("type")) == "paragraph" and st.get(_w("default")) in ("1", "true"):
                self.default_para = sid

    def chain(self, sid: str | None) -> list[_StyleInfo]:
        out, seen = [], set()
        while sid and sid in self.info and sid not in seen:
            seen.add(sid)
            out.append(self.info[sid])
            sid = self.info[sid].based_on
        return out

    def paragraph(self, sid: str | None) -> tuple[_RunProps, int | None, bool, str]:
        """(run properties, heading level, numbered, style name) of a paragraph style."""
        sid = sid or self.default_para
        if sid in self._cache:
            return self._cache[sid]
        chain = self.chain(sid)
        props = self.defaults
        for st in reversed(chain):
            props = st.run.over(props)
        level = None
        for st in chain:
            m = _HEADING_NAME.match(st.name.strip()) or _HEADING_NAME.match(regex.sub(r"(\D)(\d)$", r"\1 \2", st.name))
            if m:
                level = int(m.group(1))
                break
            if _TITLE_NAME.match(st.name.strip()):
                level = 0
                break
            if st.outline is not None and st.outline < 9:
                level = st.outline + 1
                break
        numbered = any(st.numbered for st in chain)
        result = (props, level, numbered, chain[0].name if chain else "")
        self._cache[sid] = result
        return result

    def character(self, sid: str | None) -> _RunProps:
        props = _RunProps()
        for st in reversed(self.chain(sid)):
            props = st.run.over(props)
        return props


# ----------------------------------------------------------------------------- walking


@dataclass
class _Piece:
    text: str
    props: _RunProps
    link: int | None = None  # index into the paragraph's links


@dataclass
class _Para:
    pieces: list[_Piece] = field(default_factory=list)
    links: list[list] = field(default_factory=list)  # [url, text]
    boxes: list = field(default_factory=list)  # txbxContent elements anchored here


class _Extractor:
    def __init__(self, doc, source: Source, options: ParseOptions):
        self.doc = doc
        self.source = source
        self.options = options
        self.styles = _Styles(doc)
        self.lines: list[Line] = []
        self.block = 0
        self.chars = 0
        self.warnings: list[ParseWarning] = []

    def run(self) -> Document:
        headers, footers = self._header_footer_parts()
        seen: set[str] = set()
        for part in headers:
            self._walk_part(part, "docx:header", seen)
        self._walk_blocks(self.doc.element.body, self.doc.part, "docx")
        seen_foot: set[str] = set()
        for part in footers:
            self._walk_part(part, "docx:footer", seen_foot)
        props = self.doc.core_properties
        metadata = tuple((k, v) for k, v in (("title", props.title), ("author", props.author)) if v)
        app = self._app_name()
        return Document(lines=tuple(self.lines), format="docx", source=self.source.name, pages=self._pages(),
                        producer=app, metadata=metadata, warnings=tuple(self.warnings))

    def _app_name(self) -> str | None:
        try:
            for rel in self.doc.part.package.rels.values():
                if rel.reltype.endswith("/extended-properties"):
                    root = _parse_xml(rel.target_part.blob)
                    app = root.find("{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Application")
                    ver = root.find("{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}AppVersion")
                    if app is not None and app.text:
                        return clean(f"{app.text} {ver.text}" if ver is not None and ver.text else app.text)
        except Exception:
            return None
        return None

    def _pages(self) -> int | None:
        try:
            for rel in self.doc.part.package.rels.values():
                if rel.reltype.endswith("/extended-properties"):
                    root = _parse_xml(rel.target_part.blob)
                    el = root.find("{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}Pages")
                    if el is not None and el.text and el.text.strip().isdigit():
                        return int(el.text.strip()) or None
        except Exception:
            return None
        return None

    def _header_footer_parts(self):
        headers, footers = [], []
        order = {"first": 0, "default": 1, "even": 2}
        rels = self.doc.part.rels
        for sect in self.doc.element.body.iter(_w("sectPr")):
            for tag, out in ((_w("headerReference"), headers), (_w("footerReference"), footers)):
                refs = sorted(sect.iterchildren(tag), key=lambda r: order.get(r.get(_w("type")), 3))
                for ref in refs:
                    rid = ref.get(f"{{{R}}}id")
                    rel = rels.get(rid)
                    if rel is not None and not rel.is_external and rel.target_part not in out:
                        out.append(rel.target_part)
        return headers, footers

    def _walk_part(self, part, origin: str, seen: set[str]) -> None:
        start = len(self.lines)
        self.block += 1
        self._walk_blocks(part.element, part, origin)
        # the same header text on several sections is said once
        kept = []
        for line in self.lines[start:]:
            if line.text in seen:
                continue
            seen.add(line.text)
            kept.append(line)
        del self.lines[start:]
        for line in kept:
            self.lines.append(line.with_(index=len(self.lines)))

    def _walk_blocks(self, parent, part, origin: str) -> None:
        for el in parent.iterchildren():
            tag = el.tag
            if tag == P:
                self._paragraph(el, part, origin)
            elif tag == TBL:
                self._table(el, part, origin)
            elif tag == SDT:
                content = el.find(SDT_CONTENT)
                if content is not None:
                    self._walk_blocks(content, part, origin)
            elif tag == ALT:
                branch = _alternate(el)
                if branch is not None:
                    self._walk_blocks(branch, part, origin)
            elif tag in _TRANSPARENT:
                self._walk_blocks(el, part, origin)

    def _table(self, tbl, part, origin: str) -> None:
        self.block += 1
        for tr in tbl.iterchildren(TR):
            cells = [tc for tc in _row_cells(tr)]
            saved = len(self.lines)
            cell_lines: list[list[Line]] = []
            for tc in cells:
                before = len(self.lines)
                self._walk_blocks(tc, part, origin + ":table")
                cell_lines.append(self.lines[before:])
            filled = [c for c in cell_lines if c]
            if len(filled) > 1 and all(len(c) == 1 for c in filled):
                # one line per cell: the row reads as one line of cells
                del self.lines[saved:]
                first = filled[0][0]
                text = "\t".join(c[0].text for c in filled)
                links = tuple(l for c in filled for l in c[0].links)
                runs = tuple(r for c in filled for r in (c[0].runs or (Run(c[0].text, c[0].style.bold, c[0].style.italic),)))
                self._append(first.with_(text=text, raw="\t".join(c[0].raw or "" for c in filled), links=links,
                                         runs=runs if any(r.bold or r.italic for r in runs) else ()))
            self.block += 1

    def _paragraph(self, p, part, origin: str) -> None:
        ppr = p.find(_w("pPr"))
        sid = None
        numbered = False
        level = 0
        if ppr is not None:
            ps = ppr.find(_w("pStyle"))
            sid = ps.get(_w("val")) if ps is not None else None
            num = ppr.find(_w("numPr"))
            if num is not None:
                ilvl = num.find(_w("ilvl"))
                num_id = num.find(_w("numId"))
                numbered = num_id is None or num_id.get(_w("val")) not in ("0", None)
                try:
                    level = int(ilvl.get(_w("val"))) if ilvl is not None else 0
                except (TypeError, ValueError):
                    level = 0
        base, heading, style_numbered, _ = self.styles.paragraph(sid)
        if ppr is not None:
            outline = ppr.find(_w("outlineLvl"))
            if heading is None and outline is not None:
                try:
                    lvl = int(outline.get(_w("val")))
                    heading = lvl + 1 if lvl < 9 else None
                except (TypeError, ValueError):
                    pass
        para = _Para()
        self._inline(p, part, base, para, None)
        self._emit(para, base, heading, numbered or style_numbered, level, origin)
        for box in para.boxes:
            self.block += 1
            self._walk_blocks(box, part, origin.split(":")[0] + ":textbox")
            self.block += 1

    def _inline(self, parent, part, base: _RunProps, para: _Para, link: int | None) -> None:
        fields: list[list] = []  # complex field stack: [instr, link index or None, in_result]
        for el in parent.iterchildren():
            tag = el.tag
            if tag == R_:
                active = next((f[1] for f in reversed(fields) if f[1] is not None and f[2]), None)
                self._run(el, part, base, para, link if active is None else active, fields)
            elif tag == HYPERLINK:
                rid = el.get(f"{{{R}}}id")
                target = None
                if rid:
                    rel = part.rels.get(rid)
                    if rel is not None and rel.is_external:
                        target = rel.target_ref
                idx = link
                if target:
                    para.links.append([target, ""])
                    idx = len(para.links) - 1
                self._inline(el, part, base, para, idx)
            elif tag == FLD_SIMPLE:
                m = _HYPERLINK_INSTR.search(el.get(_w("instr")) or "")
                idx = link
                if m:
                    para.links.append([m.group(1), ""])
                    idx = len(para.links) - 1
                self._inline(el, part, base, para, idx)
            elif tag == SDT:
                content = el.find(SDT_CONTENT)
                if content is not None:
                    self._inline(content, part, base, para, link)
            elif tag == ALT:
                branch = _alternate(el)
                if branch is not None:
                    self._inline(branch, part, base, para, link)
            elif tag in _TRANSPARENT:
                self._inline(el, part, base, para, link)

    def _run(self, r, part, base: _RunProps, para: _Para, link: int | None, fields: list) -> None:
        rpr = r.find(_w("rPr"))
        props = base
        if rpr is not None:
            rs = rpr.find(_w("rStyle"))
            if rs is not None:
                props = self.styles.character(rs.get(_w("val"))).over(props)
            props = _run_props(rpr).over(props)
        for el in r.iterchildren():
            tag = el.tag
            if tag == T:
                if fields and not fields[-1][2]:
                    continue  # inside a field instruction
                self._add(para, el.text or "", props, link)
            elif tag == TAB:
                self._add(para, "\t", props, link)
            elif tag in (BR, CR):
                self._add(para, "\n", props, None)
            elif tag == NO_BREAK_HYPHEN:
                self._add(para, "-", props, link)
            elif tag == FLD_CHAR:
                kind = el.get(_w("fldCharType"))
                if kind == "begin":
                    fields.append(["", None, False])
                elif kind == "separate" and fields:
                    m = _HYPERLINK_INSTR.search(fields[-1][0])
                    if m:
                        para.links.append([m.group(1), ""])
                        fields[-1][1] = len(para.links) - 1
                    fields[-1][2] = True
                elif kind == "end" and fields:
                    fields.pop()
            elif tag == INSTR:
                if fields:
                    fields[-1][0] += el.text or ""
            elif tag == ALT or tag in (_w("drawing"), _w("pict"), _w("object")):
                para.boxes.extend(_text_boxes(el))

    def _add(self, para: _Para, text: str, props: _RunProps, link: int | None) -> None:
        if not text:
            return
        self.chars += len(text)
        if self.chars > self.options.max_chars:
            raise ResourceLimitError(
                f"the DOCX has more than {self.options.max_chars:,} characters of text", limit="max_chars",
                value=self.chars, hint="raise ParseOptions.max_chars (CLI: --max-chars) to parse it")
        para.pieces.append(_Piece(text, props, link))
        if link is not None and link < len(para.links):
            para.links[link][1] += text

    def _emit(self, para: _Para, base: _RunProps, heading: int | None, numbered: bool, level: int, origin: str) -> None:
        # split the paragraph's pieces into lines at breaks
        groups: list[list[_Piece]] = [[]]
        for piece in para.pieces:
            parts = piece.text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    groups.append([])
                if part:
                    groups[-1].append(_Piece(part, piece.props, piece.link))
        self.block += 1
        first = True
        for group in groups:
            raw = "".join(p.text for p in group)
            text = clean(raw)
            if not text:
                continue
            bullet, body = strip_bullet(text)
            bullet = bullet or (numbered and first)
            weights = Counter()
            for p in group:
                if p.text.strip():
                    weights[(bool(p.props.bold), bool(p.props.italic), p.props.size, bool(p.props.caps))] += len(p.text.strip())
            (bold, italic, size, caps), _ = weights.most_common(1)[0] if weights else ((False, False, base.size, False), 0)
            links = []
            for idx in dict.fromkeys(p.link for p in group if p.link is not None):
                url, label = para.links[idx]
                links.append(Link(url=url, text=clean(label) or None))
            runs = _merge_runs(group)
            style = Style(size=size, bold=bold, italic=italic, heading_level=heading if first else None, caps=caps)
            self._append(Line(text=body, raw=raw, style=style, bullet=bullet, level=level if bullet else 0,
                              links=tuple(links), runs=runs, origin=origin))
            first = False

    def _append(self, line: Line) -> None:
        self.lines.append(line.with_(index=len(self.lines), block=self.block, page=1))


def _merge_runs(group: list[_Piece]) -> tuple[Run, ...]:
    if len({(bool(p.props.bold), bool(p.props.italic)) for p in group if p.text.strip()}) <= 1:
        return ()
    runs: list[Run] = []
    for p in group:
        b, i = bool(p.props.bold), bool(p.props.italic)
        if runs and (runs[-1].bold, runs[-1].italic) == (b, i):
            runs[-1] = Run(runs[-1].text + p.text, b, i)
        else:
            runs.append(Run(p.text, b, i))
    return tuple(Run(clean(r.text), r.bold, r.italic) for r in runs if clean(r.text))


def _alternate(el):
    """The branch of an mc:AlternateContent to read: the first Choice, else the Fallback."""
    choice = el.find(CHOICE)
    if choice is not None:
        return choice
    return el.find(FALLBACK)


def _text_boxes(el) -> list:
    """The outermost w:txbxContent elements inside a drawing, in document order (the Choice copy
    only: the VML fallback holds the same text a second time)."""
    root = _alternate(el) if el.tag == ALT else el
    if root is None:
        return []
    found = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node is not root:
            if node.tag == TXBX:
                found.append(node)
                continue
            if node.tag == FALLBACK:
                continue
            if node.tag == ALT:
                branch = _alternate(node)
                if branch is not None:
                    stack.append(branch)
                continue
        stack.extend(reversed([c for c in node.iterchildren() if isinstance(c.tag, str)]))
    return found


def _row_cells(tr):
    for el in tr.iterchildren():
        if el.tag == TC:
            tcpr = el.find(_w("tcPr"))
            if tcpr is not None:
                vm = tcpr.find(_w("vMerge"))
                if vm is not None and vm.get(_w("val")) != "restart":
                    continue  # continuation of a vertically merged cell
            yield el
        elif el.tag == SDT:
            content = el.find(SDT_CONTENT)
            if content is not None:
                yield from (c for c in content.iterchildren(TC))
        elif el.tag in _TRANSPARENT:
            yield from _row_cells(el)


def _parse_xml(blob: bytes):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    return etree.fromstring(blob, parser)
