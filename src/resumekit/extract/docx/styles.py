"""DOCX styles and numbering: what a paragraph or a run looks like once Word's style hierarchy
is resolved, and whether a list paragraph shows a marker.

Precedence, lowest first (ECMA-376 part 1, 17.7.2): document defaults → table style (for
paragraphs inside a table) → paragraph style and its ``basedOn`` chain → character style and
its chain → direct formatting. Run properties read: bold, italic, size, caps / small caps,
hidden (``w:vanish``), font. Paragraph properties read: spacing before / after, line spacing,
left / right indent, outline level, numbering. A size that nothing sets is Word's 10 pt.

Heading level of a paragraph style, signals in order of precedence:
1. its name or id names a heading: "heading 1", "Überschrift 1", "Titre 1", "Kop 1",
   "Nagłówek 1"..., or an id Word derived from a localised name by dropping its non-ASCII
   letters ("berschrift1", "Nagwek1", "Ttulo1");
2. its name is a title ("Title", "Titel", "Titre", "Название"...): level 0;
3. its outline level (``w:outlineLvl`` 0-8 → level 1-9; 9 says "body text").
The nearest style of the ``basedOn`` chain that says anything decides. Errs towards None: a name
it does not know is not a heading. Whether the document then uses a
heading style as a heading is :mod:`.headings`'s call.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import regex

__all__ = ["W", "w", "RunProps", "ParaProps", "ParaStyle", "Styles", "Numbering", "heading_level_of",
           "on_off", "twips", "theme_fonts"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
DEFAULT_SIZE = 10.0  # Word's size for text that no style sizes


def w(tag: str) -> str:
    return f"{{{W}}}{tag}"


_VAL = w("val")

# "heading 1" in the languages Word and LibreOffice localise style names into.
_HEADING_WORDS = (
    r"heading|[üu]berschrift|berschrift|titre|t[íi]tulo|ttulo|titolo|titlu|kop|заголовок|nag[łl][óo]wek|nagwek|"
    r"rubrik|overskrift|otsikko|ba[şs]l[ıi]k|balk|nadpis|c[íi]msor|cmsor|naslov|pealkiri|antra[šs]t[ėe]|antrat|"
    r"virsraksts|επικεφαλίδα|כותרת|عنوان|제목|標題|标题|見出し|đề mục"
)
_HEADING_NAME = regex.compile(rf"^(?:{_HEADING_WORDS})\s*([1-9])$", regex.IGNORECASE)
_TITLE_NAME = regex.compile(
    r"^(?:title|titel|tittel|titre|t[íi]tulo|titolo|titlu|название|tytu[łl]|rubrik|otsikko|n[áa]zev|c[íi]m|"
    r"konu ba[şs]l[ıi][ğg][ıi]|表題|标题|標題|제목)$", regex.IGNORECASE)


def heading_level_of(name: str | None) -> int | None:
    """The heading level a style name or id declares: 1-9, 0 for a title, None for anything else."""
    if not name:
        return None
    name = name.strip()
    m = _HEADING_NAME.match(name)
    if m:
        return int(m.group(1))
    return 0 if _TITLE_NAME.match(name) else None


def on_off(el) -> bool | None:
    """A WordprocessingML on/off property: absent → None; ``<w:b/>`` or val true/1/on → True."""
    if el is None:
        return None
    return el.get(_VAL) not in ("0", "false", "off", "none")


def twips(value: str | None) -> float | None:
    """Twentieths of a point → points."""
    try:
        return int(float(value)) / 20 if value is not None else None
    except ValueError:
        return None


def _int(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _overlay(top, base):
    """``top`` with its unset (None) fields taken from ``base``."""
    names = top.__slots__
    return type(top)(*(a if a is not None else getattr(base, n) for n, a in zip(names, map(top.__getattribute__, names))))


@dataclass(frozen=True, slots=True)
class RunProps:
    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None
    caps: bool | None = None
    hidden: bool | None = None
    font: str | None = None

    def over(self, base: "RunProps") -> "RunProps":
        """These properties, with the unset ones taken from ``base``."""
        return _overlay(self, base)


@dataclass(frozen=True, slots=True)
class ParaProps:
    before: float | None = None  # points
    after: float | None = None
    line: float | None = None  # a multiple of single spacing ("auto" rule)
    line_pt: float | None = None  # exact or at-least line height, points
    left: float | None = None
    right: float | None = None

    def over(self, base: "ParaProps") -> "ParaProps":
        return _overlay(self, base)


def theme_fonts(theme_root) -> dict[str, str]:
    """{"major": typeface, "minor": typeface} from a theme part's font scheme."""
    out: dict[str, str] = {}
    if theme_root is None:
        return out
    for kind in ("major", "minor"):
        latin = theme_root.find(f".//{{{_A}}}{kind}Font/{{{_A}}}latin")
        if latin is not None and latin.get("typeface"):
            out[kind] = latin.get("typeface")
    return out


def run_props(rpr, theme: dict[str, str] | None = None) -> RunProps:
    """The properties set by one ``w:rPr`` element (None for what it leaves unset)."""
    if rpr is None:
        return RunProps()
    size = None
    sz = rpr.find(w("sz"))
    if sz is not None:
        half = _int(sz.get(_VAL))
        size = half / 2 if half and half > 0 else None
    caps, small = on_off(rpr.find(w("caps"))), on_off(rpr.find(w("smallCaps")))
    hidden = on_off(rpr.find(w("vanish")))
    if hidden is None:
        hidden = on_off(rpr.find(w("specVanish")))
    font = None
    fonts = rpr.find(w("rFonts"))
    if fonts is not None:
        font = fonts.get(w("ascii")) or fonts.get(w("hAnsi"))
        if not font and theme:
            ref = fonts.get(w("asciiTheme")) or fonts.get(w("hAnsiTheme")) or ""
            font = theme.get("major" if ref.startswith("major") else "minor") if ref else None
    return RunProps(bold=on_off(rpr.find(w("b"))), italic=on_off(rpr.find(w("i"))), size=size,
                    caps=caps if caps is not None else small, hidden=hidden, font=font)


def para_props(ppr) -> ParaProps:
    if ppr is None:
        return ParaProps()
    before = after = line = line_pt = left = right = None
    sp = ppr.find(w("spacing"))
    if sp is not None:
        before, after = twips(sp.get(w("before"))), twips(sp.get(w("after")))
        raw = _int(sp.get(w("line")))
        if raw and raw > 0:
            if sp.get(w("lineRule")) in (None, "auto"):
                line = raw / 240
            else:
                line_pt = raw / 20
    ind = ppr.find(w("ind"))
    if ind is not None:
        left = twips(ind.get(w("left")) or ind.get(w("start")))
        right = twips(ind.get(w("right")) or ind.get(w("end")))
    return ParaProps(before=before, after=after, line=line, line_pt=line_pt, left=left, right=right)


def numbering_of(ppr) -> tuple[str, int] | None:
    """(numId, ilvl) of a ``w:numPr`` under ``ppr``; numId "0" means "no numbering" and is kept."""
    if ppr is None:
        return None
    num = ppr.find(w("numPr"))
    if num is None:
        return None
    num_id = num.find(w("numId"))
    ilvl = num.find(w("ilvl"))
    level = _int(ilvl.get(_VAL)) if ilvl is not None else None
    return (num_id.get(_VAL) if num_id is not None else "", max(0, min(level or 0, 8)))


def outline_of(ppr) -> int | None:
    """The heading level of ``w:outlineLvl`` (0-8 → 1-9; 9 is body text → None)."""
    level = _outline_value(ppr)
    return level + 1 if level is not None and 0 <= level < 9 else None


def _outline_value(ppr) -> int | None:
    el = ppr.find(w("outlineLvl")) if ppr is not None else None
    return _int(el.get(_VAL)) if el is not None else None


@dataclass
class _StyleDef:
    sid: str
    name: str
    kind: str
    based_on: str | None
    run: RunProps
    para: ParaProps
    numbering: tuple[str, int] | None
    outline: int | None  # w:outlineLvl as written: 0-8 a heading level, 9 body text


@dataclass(frozen=True)
class ParaStyle:
    """A paragraph style resolved through its chain and the document defaults."""

    sid: str | None = None
    name: str = ""
    run: RunProps = field(default_factory=RunProps)
    para: ParaProps = field(default_factory=ParaProps)
    heading: int | None = None
    numbering: tuple[str, int] | None = None


class Styles:
    """The styles part, resolved on demand and cached."""

    def __init__(self, root, theme: dict[str, str] | None = None):
        self.theme = theme or {}
        self.defs: dict[str, _StyleDef] = {}
        self.default_run = RunProps()
        self.default_para = ParaProps()
        self.default_style: str | None = None
        self.default_table: str | None = None
        self._para_cache: dict[tuple[str | None, str | None], ParaStyle] = {}
        self._char_cache: dict[str | None, RunProps] = {}
        if root is None:
            return
        self.default_run = run_props(root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}"), self.theme)
        self.default_para = para_props(root.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}"))
        for st in root.iterchildren(w("style")):
            sid = st.get(w("styleId"))
            if not sid:
                continue
            name_el, based_el = st.find(w("name")), st.find(w("basedOn"))
            ppr = st.find(w("pPr"))
            kind = st.get(w("type")) or "paragraph"
            self.defs[sid] = _StyleDef(
                sid=sid, name=(name_el.get(_VAL) if name_el is not None else None) or sid, kind=kind,
                based_on=based_el.get(_VAL) if based_el is not None else None,
                run=run_props(st.find(w("rPr")), self.theme), para=para_props(ppr),
                numbering=numbering_of(ppr), outline=_outline_value(ppr))
            if st.get(w("default")) in ("1", "true", "on"):
                if kind == "paragraph":
                    self.default_style = sid
                elif kind == "table":
                    self.default_table = sid

    def _chain(self, sid: str | None) -> list[_StyleDef]:
        """The style and the styles it is based on, nearest first (cycles cut)."""
        out, seen = [], set()
        while sid and sid in self.defs and sid not in seen:
            seen.add(sid)
            out.append(self.defs[sid])
            sid = self.defs[sid].based_on
        return out

    def table(self, sid: str | None) -> tuple[RunProps, ParaProps]:
        """Run and paragraph properties a table style gives the paragraphs in its cells."""
        run, para = RunProps(), ParaProps()
        for st in reversed(self._chain(sid or self.default_table)):
            run, para = st.run.over(run), st.para.over(para)
        return run, para

    def paragraph(self, sid: str | None, table_style: str | None = None) -> ParaStyle:
        sid = sid if sid in self.defs else self.default_style
        key = (sid, table_style)
        if key in self._para_cache:
            return self._para_cache[key]
        run, para = self.default_run, self.default_para
        if table_style is not None:
            t_run, t_para = self.table(table_style)
            run, para = t_run.over(run), t_para.over(para)
        chain = self._chain(sid)
        for st in reversed(chain):
            run, para = st.run.over(run), st.para.over(para)
        heading = None
        for st in chain:  # the nearest style that says anything about headings decides
            for text in (st.name, st.sid):
                heading = heading_level_of(text)
                if heading is None:  # "Heading1", "Titre1": a digit glued to the word
                    heading = heading_level_of(regex.sub(r"(?<=\D)(?=\d$)", " ", text))
                if heading is not None:
                    break
            if heading is None and st.outline is not None:  # an outline level decides, "body text" too
                heading = st.outline + 1 if 0 <= st.outline < 9 else None
                break
            if heading is not None:
                break
        numbering = next((st.numbering for st in chain if st.numbering is not None), None)
        result = ParaStyle(sid=sid, name=chain[0].name if chain else "", run=run, para=para, heading=heading,
                           numbering=numbering)
        self._para_cache[key] = result
        return result

    def character(self, sid: str | None) -> RunProps:
        if sid not in self._char_cache:
            props = RunProps()
            for st in reversed(self._chain(sid)):
                props = st.run.over(props)
            self._char_cache[sid] = props
        return self._char_cache[sid]


class Numbering:
    """The numbering part: does list level ``ilvl`` of list ``numId`` show a marker, and which kind.

    ``marker()`` answers "bullet" (a glyph: numFmt bullet), "number" (1., a), i...) or None (no
    list, numId 0, numFmt none or an empty level text)."""

    def __init__(self, root):
        self._levels: dict[str, dict[int, tuple[str, str]]] = {}  # abstractNumId -> ilvl -> (fmt, text)
        self._links: dict[str, str] = {}  # abstractNumId -> numStyleLink style id
        self._nums: dict[str, tuple[str, dict[int, tuple[str, str]]]] = {}
        self._style_nums: dict[str, str] = {}  # abstractNum styleLink style id -> abstractNumId
        if root is None:
            return
        for ab in root.iterchildren(w("abstractNum")):
            aid = ab.get(w("abstractNumId")) or ""
            self._levels[aid] = {lvl_i: lvl for lvl_i, lvl in _levels(ab)}
            link = ab.find(w("numStyleLink"))
            if link is not None:
                self._links[aid] = link.get(_VAL) or ""
            link = ab.find(w("styleLink"))
            if link is not None:
                self._style_nums[link.get(_VAL) or ""] = aid
        for num in root.iterchildren(w("num")):
            ab = num.find(w("abstractNumId"))
            overrides: dict[int, tuple[str, str]] = {}
            for ov in num.iterchildren(w("lvlOverride")):
                lvl = ov.find(w("lvl"))
                ilvl = _int(ov.get(w("ilvl")))
                if lvl is not None and ilvl is not None:
                    overrides[ilvl] = _level(lvl)
            self._nums[num.get(w("numId")) or ""] = (ab.get(_VAL) if ab is not None else "", overrides)

    def marker(self, num_id: str, ilvl: int) -> str | None:
        if not num_id or num_id == "0" or num_id not in self._nums:
            return None  # Word shows no marker for a list it has no definition of
        aid, overrides = self._nums[num_id]
        level = overrides.get(ilvl) or self._level_of(aid, ilvl)
        if level is None:
            return None
        fmt, text = level
        if fmt == "none" or not text.strip():
            return None
        return "bullet" if fmt == "bullet" else "number"

    def _level_of(self, aid: str, ilvl: int) -> tuple[str, str] | None:
        seen = set()
        while aid in self._links and aid not in seen:  # a list style's numbering lives elsewhere
            seen.add(aid)
            aid = self._style_nums.get(self._links[aid], aid)
        return self._levels.get(aid, {}).get(ilvl)


def _level(lvl) -> tuple[str, str]:
    fmt = lvl.find(w("numFmt"))
    text = lvl.find(w("lvlText"))
    return ((fmt.get(_VAL) if fmt is not None else "decimal") or "decimal",
            (text.get(_VAL) if text is not None else "") or "")


def _levels(ab):
    for lvl in ab.iterchildren(w("lvl")):
        ilvl = _int(lvl.get(w("ilvl")))
        if ilvl is not None:
            yield ilvl, _level(lvl)
