"""DOCX styles and numbering: what a paragraph or a run looks like once Word's style hierarchy
is resolved, and whether a list paragraph shows a marker.

Precedence, lowest first (ECMA-376 part 1, 17.7.2): document defaults → table style (for
paragraphs inside a table) → paragraph style and its ``basedOn`` chain → character style and
its chain → direct formatting. Run properties read: bold, italic, size, caps / small caps,
hidden (``w:vanish``, ``w:specVanish``, ``w:webHidden``), font, colour, highlight and shading.
Paragraph properties read: spacing before / after, line spacing, left / right indent, shading,
outline level, numbering. A size that nothing sets is Word's 10 pt.

Colours are resolved to six hex digits ("1F3864") when they are read: theme colours through the
theme's colour scheme (and the document's mapping of "background1" / "text1" onto it), with
their tint or shade. ``"auto"`` is Word's automatic text colour; a backdrop (highlight,
shading, fill) is ``"none"`` when it is explicitly absent and ``"?"`` when it cannot be judged
(a pattern, a picture).

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
from functools import cache

import regex

__all__ = ["W", "w", "Children", "RunProps", "ParaProps", "ParaStyle", "Styles", "Numbering", "heading_level_of",
           "on_off", "twips", "Theme", "read_theme", "colour_of", "shading_of", "scheme_colour", "UNKNOWN"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
DEFAULT_SIZE = 10.0  # Word's size for text that no style sizes


@cache  # (the names the code asks for: a few dozen)
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


_GLUED_DIGIT = regex.compile(r"(?<=\D)(?=\d$)")


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
    """``top`` with its unset (None) fields taken from ``base`` (the two are frozen: ``top`` itself
    when it sets every field, ``base`` itself when it sets none)."""
    names = top.__slots__
    values = list(map(top.__getattribute__, names))
    if values.count(None) == len(values) and type(base) is type(top):
        return base
    if None not in values:
        return top
    return type(top)(*[a if a is not None else getattr(base, n) for n, a in zip(names, values)])


@dataclass(frozen=True, slots=True)
class RunProps:
    bold: bool | None = None
    italic: bool | None = None
    size: float | None = None
    caps: bool | None = None
    hidden: bool | None = None
    font: str | None = None
    color: str | None = None  # hex or "auto"
    backdrop: str | None = None  # the run's own highlight or shading: hex, "none" or UNKNOWN

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
    shade: str | None = None  # the paragraph's shading: hex, "none" or UNKNOWN

    def over(self, base: "ParaProps") -> "ParaProps":
        return _overlay(self, base)


UNKNOWN = "?"  # a backdrop that cannot be judged
# w:highlight names (ECMA-376 17.18.40)
_HIGHLIGHTS = {
    "black": "000000", "blue": "0000FF", "cyan": "00FFFF", "green": "00FF00", "magenta": "FF00FF", "red": "FF0000",
    "yellow": "FFFF00", "white": "FFFFFF", "darkBlue": "000080", "darkCyan": "008080", "darkGreen": "008000",
    "darkMagenta": "800080", "darkRed": "800000", "darkYellow": "808000", "darkGray": "808080", "lightGray": "C0C0C0",
}
# w:themeColor / a:schemeClr names -> the slot of the colour scheme (before the document's mapping)
_SLOTS = {"dark1": "dk1", "light1": "lt1", "dark2": "dk2", "light2": "lt2", "hyperlink": "hlink",
          "followedHyperlink": "folHlink", "dk1": "dk1", "lt1": "lt1", "dk2": "dk2", "lt2": "lt2",
          "hlink": "hlink", "folHlink": "folHlink", **{f"accent{k}": f"accent{k}" for k in range(1, 7)}}
# names that go through w:clrSchemeMapping (w:themeColor name, a:schemeClr name, mapping attribute, default)
_MAPPED = (("background1", "bg1", "bg1", "light1"), ("text1", "tx1", "t1", "dark1"),
           ("background2", "bg2", "bg2", "light2"), ("text2", "tx2", "t2", "dark2"))


@dataclass(frozen=True)
class Theme:
    """A theme's fonts ({"major": typeface, "minor": typeface}) and colours (w:themeColor and
    a:schemeClr names → hex)."""

    fonts: dict = field(default_factory=dict)
    colours: dict = field(default_factory=dict)


def read_theme(theme_root, mapping=None) -> Theme:
    """The fonts and colour scheme of a theme part; ``mapping`` is the settings'
    ``w:clrSchemeMapping`` element (how "background1", "text1"... map onto the scheme)."""
    if theme_root is None:
        return Theme()
    fonts: dict[str, str] = {}
    for kind in ("major", "minor"):
        latin = theme_root.find(f".//{{{_A}}}{kind}Font/{{{_A}}}latin")
        if latin is not None and latin.get("typeface"):
            fonts[kind] = latin.get("typeface")
    scheme: dict[str, str] = {}
    root = theme_root.find(f".//{{{_A}}}clrScheme")
    for slot in (root if root is not None else ()):
        if not isinstance(slot.tag, str):
            continue
        name = slot.tag.rsplit("}", 1)[-1]
        for child in slot:
            value = child.get("val") if child.tag == f"{{{_A}}}srgbClr" else child.get("lastClr")
            if _hex(value):
                scheme[name] = _hex(value)
    colours = {name: scheme[slot] for name, slot in _SLOTS.items() if slot in scheme}
    for word_name, dml_name, attr, default in _MAPPED:
        target = (mapping.get(w(attr)) if mapping is not None else None) or default
        if _SLOTS.get(target) in scheme:
            colours[word_name] = colours[dml_name] = scheme[_SLOTS[target]]
    return Theme(fonts=fonts, colours=colours)


def _hex(value: str | None) -> str | None:
    value = (value or "").strip().lstrip("#")
    return value.upper() if len(value) == 6 and all(c in "0123456789abcdefABCDEF" for c in value) else None


def _byte(value: str | None) -> float | None:
    try:
        return int(value, 16) / 255 if value else None
    except ValueError:
        return None


def _adjust(hex_: str, tint: float | None = None, shade: float | None = None) -> str:
    """A colour lightened towards white by ``tint`` (1 = unchanged) and darkened by ``shade``."""
    if tint is None and shade is None:
        return hex_
    out = []
    for k in range(0, 6, 2):
        c = int(hex_[k:k + 2], 16) / 255
        if tint is not None:
            c = c * tint + (1 - tint)
        if shade is not None:
            c = c * shade
        out.append(f"{round(min(max(c, 0.0), 1.0) * 255):02X}")
    return "".join(out)


def _themed(el, attr: str, theme: Theme | None, fallback: str | None) -> str | None:
    """The colour of a theme reference on ``el`` (``w:themeColor`` / ``w:themeFill``...), else ``fallback``."""
    name = el.get(w(attr))
    if name and theme is not None and name in theme.colours:
        stem = attr.removesuffix("Color")  # w:themeColor → w:themeTint; w:themeFill → w:themeFillTint
        return _adjust(theme.colours[name], _byte(el.get(w(stem + "Tint"))), _byte(el.get(w(stem + "Shade"))))
    return fallback


def colour_of(el, theme: Theme | None = None, attr: str = "val") -> str | None:
    """A ``w:color`` (or the ``attr`` colour of another element): hex, "auto" (Word's automatic
    colour) or None (not set)."""
    if el is None:
        return None
    val = (el.get(w(attr)) or "").strip()
    fallback = "auto" if val.lower() == "auto" else _hex(val)
    return _themed(el, "themeColor", theme, fallback)


def shading_of(shd, theme: Theme | None = None) -> str | None:
    """What a ``w:shd`` paints: hex, "none", UNKNOWN (a pattern of stripes or dots), None (no element)."""
    if shd is None:
        return None
    pattern = (shd.get(_VAL) or "clear").strip()
    fill = (shd.get(w("fill")) or "auto").strip()
    back = _themed(shd, "themeFill", theme, None if fill.lower() == "auto" else _hex(fill))
    fore_raw = (shd.get(w("color")) or "auto").strip()
    fore = _themed(shd, "themeColor", theme, "000000" if fore_raw.lower() == "auto" else _hex(fore_raw))
    if pattern in ("nil", "clear"):
        return "none" if pattern == "nil" or (back is None and fill.lower() == "auto") else back or UNKNOWN
    if pattern == "solid":
        return fore or UNKNOWN
    if pattern.startswith("pct") and pattern[3:].isdigit() and fore:
        share = int(pattern[3:]) / (1000 if pattern[3:] in ("125", "375", "625", "875") else 100)
        return _adjust(fore, tint=share) if back is None else _mix(fore, back, share)
    return UNKNOWN


def _mix(fore: str, back: str, share: float) -> str:
    return "".join(f"{round(int(fore[k:k + 2], 16) * share + int(back[k:k + 2], 16) * (1 - share)):02X}"
                   for k in range(0, 6, 2))


def scheme_colour(el, theme: Theme | None) -> str | None:
    """A DrawingML colour element (``a:srgbClr``, ``a:schemeClr``, ``a:sysClr``, ``a:prstClr``) as hex,
    with its luminance changes (``a:lumMod`` / ``a:lumOff``, ``a:tint`` / ``a:shade``) applied."""
    tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
    base = {"srgbClr": lambda: _hex(el.get("val")), "sysClr": lambda: _hex(el.get("lastClr")),
            "schemeClr": lambda: theme.colours.get(el.get("val") or "") if theme is not None else None,
            "prstClr": lambda: {"white": "FFFFFF", "black": "000000"}.get(el.get("val") or "")}.get(tag, lambda: None)()
    if base is None:
        return None
    mods = {c.tag.rsplit("}", 1)[-1]: _int(c.get("val")) for c in el if isinstance(c.tag, str)}
    out = base
    if mods.get("lumMod") is not None or mods.get("lumOff") is not None:
        mod, off = (mods.get("lumMod") or 100000) / 100000, (mods.get("lumOff") or 0) / 100000
        out = "".join(f"{round(min(max(int(out[k:k + 2], 16) / 255 * mod + off, 0.0), 1.0) * 255):02X}"
                      for k in range(0, 6, 2))
    if mods.get("tint") is not None:
        out = _adjust(out, tint=mods["tint"] / 100000)
    if mods.get("shade") is not None:
        out = _adjust(out, shade=mods["shade"] / 100000)
    return out


_W_PREFIX = f"{{{W}}}"
_W_LEN = len(_W_PREFIX)
_STYLE, _STYLE_ID, _DEFAULT, _TYPE = w("style"), w("styleId"), w("default"), w("type")


def run_props(rpr, theme: Theme | None = None) -> RunProps:
    """The properties set by one ``w:rPr`` element (None for what it leaves unset)."""
    if rpr is None or not len(rpr):
        return RunProps()
    el = {}
    for c in rpr:
        tag = c.tag  # (lxml makes the string anew at each ask)
        if isinstance(tag, str) and tag.startswith(_W_PREFIX):
            el[tag[_W_LEN:]] = c
    size = None
    sz = el.get("sz")
    if sz is not None:
        half = _int(sz.get(_VAL))
        size = half / 2 if half and half > 0 else None
    caps, small = on_off(el.get("caps")), on_off(el.get("smallCaps"))
    flags = [on_off(el.get(t)) for t in ("vanish", "specVanish", "webHidden")]
    hidden = True if any(flags) else (False if False in flags else None)
    font = None
    fonts = el.get("rFonts")
    if fonts is not None:
        font = fonts.get(w("ascii")) or fonts.get(w("hAnsi"))
        if not font and theme is not None:
            ref = fonts.get(w("asciiTheme")) or fonts.get(w("hAnsiTheme")) or ""
            font = theme.fonts.get("major" if ref.startswith("major") else "minor") if ref else None
    highlight = el.get("highlight")
    backdrop = None
    if highlight is not None:
        name = highlight.get(_VAL) or "none"
        backdrop = _HIGHLIGHTS.get(name, "none" if name == "none" else UNKNOWN)
    if backdrop in (None, "none"):
        backdrop = shading_of(el.get("shd"), theme) or backdrop
    return RunProps(bold=on_off(el.get("b")), italic=on_off(el.get("i")), size=size,
                    caps=caps if caps is not None else small, hidden=hidden, font=font,
                    color=colour_of(el.get("color"), theme), backdrop=backdrop)


class Children(dict):
    """An element's first child of each tag, read in one pass: ``find(tag)`` as lxml's for a plain
    tag (the first such child) without a path search per call; the readers below take it in
    place of the element when they ask it several things."""

    __slots__ = ()

    def __init__(self, el):
        super().__init__()
        for c in el:
            self.setdefault(c.tag, c)

    find = dict.get


def para_props(ppr, theme: Theme | None = None) -> ParaProps:
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
    return ParaProps(before=before, after=after, line=line, line_pt=line_pt, left=left, right=right,
                     shade=shading_of(ppr.find(w("shd")), theme))


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
    shaded: bool = False  # a table style that shades cells, rows or bands (whole or conditional)


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
    """The styles part, resolved on demand and cached: a style is read from its element the first
    time a paragraph, run or table uses it (a template defines hundreds; a document uses a few)."""

    def __init__(self, root, theme: Theme | None = None):
        self.theme = theme or Theme()
        self._elements: dict[str, object] = {}  # styleId -> w:style, the first of an id
        self._defs: dict[str, _StyleDef] = {}
        self.default_run = RunProps()
        self.default_para = ParaProps()
        self.default_style: str | None = None
        self.default_table: str | None = None
        self._para_cache: dict[tuple[str | None, str | None], ParaStyle] = {}
        self._char_cache: dict[str | None, RunProps] = {}
        if root is None:
            return
        self.default_run = run_props(root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}"), self.theme)
        self.default_para = para_props(root.find(f"{w('docDefaults')}/{w('pPrDefault')}/{w('pPr')}"), self.theme)
        for st in root.iterchildren(_STYLE):
            sid = st.get(_STYLE_ID)
            if not sid:
                continue
            self._elements[sid] = st  # a repeated id: the last one, as a dict of definitions had it
            if st.get(_DEFAULT) in ("1", "true", "on"):
                kind = st.get(_TYPE) or "paragraph"
                if kind == "paragraph":
                    self.default_style = sid
                elif kind == "table":
                    self.default_table = sid

    def _def(self, sid: str) -> _StyleDef:
        found = self._defs.get(sid)
        if found is None:
            st = self._elements[sid]
            name_el, based_el = st.find(w("name")), st.find(w("basedOn"))
            ppr = st.find(w("pPr"))
            ppr = Children(ppr) if ppr is not None else None
            kind = st.get(_TYPE) or "paragraph"
            found = self._defs[sid] = _StyleDef(
                sid=sid, name=(name_el.get(_VAL) if name_el is not None else None) or sid, kind=kind,
                based_on=based_el.get(_VAL) if based_el is not None else None,
                run=run_props(st.find(w("rPr")), self.theme), para=para_props(ppr, self.theme),
                numbering=numbering_of(ppr), outline=_outline_value(ppr),
                shaded=kind == "table" and any(shading_of(shd, self.theme) not in (None, "none")
                                               for shd in st.iter(w("shd"))))
        return found

    def _chain(self, sid: str | None) -> list[_StyleDef]:
        """The style and the styles it is based on, nearest first (cycles cut)."""
        out, seen = [], set()
        while sid and sid in self._elements and sid not in seen:
            seen.add(sid)
            st = self._def(sid)
            out.append(st)
            sid = st.based_on
        return out

    def table(self, sid: str | None) -> tuple[RunProps, ParaProps]:
        """Run and paragraph properties a table style gives the paragraphs in its cells."""
        run, para = RunProps(), ParaProps()
        for st in reversed(self._chain(sid or self.default_table)):
            run, para = st.run.over(run), st.para.over(para)
        return run, para

    def table_shaded(self, sid: str | None) -> bool:
        """Does the table style (or a style it is based on) paint a backdrop under some cells?"""
        return any(st.shaded for st in self._chain(sid or self.default_table))

    def paragraph(self, sid: str | None, table_style: str | None = None) -> ParaStyle:
        sid = sid if sid in self._elements else self.default_style
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
                    heading = heading_level_of(_GLUED_DIGIT.sub(" ", text))
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

    ``marker()`` answers "bullet" (a glyph: numFmt bullet; or a picture bullet, ``w:lvlPicBulletId``,
    whatever its level text), "number" (1., a), i...) or None (no list, numId 0, numFmt none or an
    empty level text without a picture)."""

    def __init__(self, root):
        self._abstract: dict[str, object] = {}  # abstractNumId -> w:abstractNum, read when a list uses it
        self._levels: dict[str, dict[int, tuple[str, str] | None]] = {}  # abstractNumId -> ilvl -> (fmt, text)
        self._links: dict[str, str] = {}  # abstractNumId -> numStyleLink style id
        self._nums: dict[str, tuple[str, dict[int, tuple[str, str]]]] = {}
        self._style_nums: dict[str, str] = {}  # abstractNum styleLink style id -> abstractNumId
        if root is None:
            return
        for ab in root.iterchildren(w("abstractNum")):
            aid = ab.get(w("abstractNumId")) or ""
            self._abstract[aid] = ab
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
        levels = self._levels.setdefault(aid, {})
        if ilvl not in levels and aid in self._abstract:  # (only the level asked for is read)
            levels[ilvl] = next((_level(lvl) for lvl in reversed(list(self._abstract[aid].iterchildren(w("lvl"))))
                                 if _int(lvl.get(w("ilvl"))) == ilvl), None)
        return levels.get(ilvl)


def _level(lvl) -> tuple[str, str]:
    """(numFmt, level text) of a list level; a picture bullet (Pages and Word write its level text
    empty or as a fallback glyph) is a bullet whatever its text says."""
    if lvl.find(w("lvlPicBulletId")) is not None:
        return "bullet", "\u2022"
    fmt = lvl.find(w("numFmt"))
    text = lvl.find(w("lvlText"))
    return ((fmt.get(_VAL) if fmt is not None else "decimal") or "decimal",
            (text.get(_VAL) if text is not None else "") or "")

