"""A PDF page as it is painted: glyphs, filled shapes and images, in drawing order.

pdfplumber's ``page.chars`` turns every character into a dictionary of some twenty attributes
and keeps characters apart from shapes, so the drawing order between them (text painted over
by a rectangle drawn later) is lost. This module runs pdfminer's interpreter over the page with
a small device of its own that records only what the later stages need, in the order it is
painted: each glyph (text, em box, font, size, style, fill colour, text render mode, whether
the clipping path cuts it away), each filled shape (box, fill colour, fill opacity) and each
image (box). A straight line stroked at least ``BAND_STROKE`` wide counts as a filled shape: the
band its stroke covers, in its stroke colour (a heading band drawn as one thick line, white
capitals on it). pdfminer ignores clipping paths and ExtGState opacity; the interpreter here keeps
both (a clipping path as its bounding box): a glyph records whether the clip cuts it away, a
filled shape is cut to the clip (cairo fills the whole page under a clip the size of an icon).
It is also cheaper than ``page.chars``.

Coordinates are pdfplumber's: points from the top-left corner of the page, so link annotations
(``page.hyperlinks``) and page sizes line up with the glyphs.

A glyph's vertical box is its em box around the baseline (0.8 em above, 0.2 em below), not the
font's bounding box: math and symbol fonts (TeX's CMSY bullet) declare boxes that reach into
the next line, and baselines are what put glyphs on one line.

A character code without a Unicode mapping (pdfminer would write "(cid:N)") is kept as a ``LOST``
placeholder glyph with its geometry (a ligature that lost its mapping, an unmapped font; see
:mod:`resumekit.extract.pdf.unmapped`), except in a font built on WinAnsiEncoding, where the PDF
specification maps every unused code above 40 (octal) to a bullet: reportlab and others write
"•" as byte 0x7F. Codes with and without Unicode are counted per font. Glyphs of symbol fonts
and private-use characters are marked as icons. Glyphs drawn a quarter turn are set aside in
``Painted.turned`` (see :mod:`resumekit.extract.pdf.turned`); other rotated, mirrored or vertical
text is not read.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .fonts import base_font, font_style
from .layout import LOST, Glyph

__all__ = ["Fill", "Painted", "read_page", "LOST", "BAND_STROKE", "stroke_band", "quarter_turn"]

# a glyph's em box: 0.8 em above its baseline, 0.2 below (both backends give the same boxes)
ASCENT, DESCENT = 0.8, 0.2
BAND_STROKE = 6.0  # points: a stroke this wide is a band, not a rule
# Codes WinAnsiEncoding leaves unused (the specification paints them as bullets).
_WINANSI_UNUSED = frozenset((0x7F, 0x81, 0x8D, 0x8F, 0x90, 0x9D))


def quarter_turn(m) -> bool:
    """A character matrix that turns text a quarter turn (90° either way), unscaled across."""
    a, b, c, d = m[:4]
    return abs(a) <= 1e-6 * abs(b) and abs(d) <= 1e-6 * abs(c) and abs(b) > 0 and abs(abs(b) - abs(c)) <= 0.01 * abs(b)


def _is_icon(text: str) -> bool:
    """A private-use or replacement character: an icon font's picture (Word's Symbol bullets are
    U+F0B7, FontAwesome's are U+F0xx), whatever font it comes from."""
    return len(text) == 1 and ("\ue000" <= text <= "\uf8ff" or text == "\ufffd")


@dataclass(slots=True)
class Fill:
    """A filled shape: its bounding box, place in the drawing order, colour (RGB 0..1 or None when
    unknown) and fill opacity."""

    x0: float
    top: float
    x1: float
    bottom: float
    z: int
    color: tuple[float, float, float] | None
    alpha: float = 1.0


@dataclass(slots=True)
class Painted:
    width: float
    height: float
    glyphs: list[Glyph] = field(default_factory=list)
    fills: list[Fill] = field(default_factory=list)
    images: list[tuple[float, float, float, float]] = field(default_factory=list)  # x0, top, x1, bottom
    unmapped: dict[str, int] = field(default_factory=dict)  # font name -> codes without Unicode
    mapped: dict[str, int] = field(default_factory=dict)  # font name -> glyphs with text
    joined: int = 0  # letters held by word items beyond their first (Glyph.joined, pdfium's word items)
    turned: list[Glyph] = field(default_factory=list)  # drawn a quarter turn: see .turned


def rgb(space, value) -> tuple[float, float, float] | None:
    """A PDF colour as RGB in 0..1, or None for spaces we cannot judge (patterns, spot colours)."""
    name = getattr(space, "name", None)
    n = getattr(space, "ncomponents", None)
    if name not in ("DeviceGray", "CalGray", "DeviceRGB", "CalRGB", "DeviceCMYK", "ICCBased", "Lab"):
        return None
    if name == "Lab":
        return None
    vals = value if isinstance(value, (tuple, list)) else (value,)
    try:
        vals = tuple(float(v) for v in vals)
    except (TypeError, ValueError):
        return None
    if n and len(vals) != n:
        return None
    if len(vals) == 1:
        g = min(max(vals[0], 0.0), 1.0)
        return (g, g, g)
    if len(vals) == 3:
        r, g, b = (min(max(v, 0.0), 1.0) for v in vals)
        return (r, g, b)
    if len(vals) == 4:
        c, m, y, k = (min(max(v, 0.0), 1.0) for v in vals)
        return ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    return None


def read_page(page) -> Painted:
    """Interpret one pdfplumber page and return what it paints, in order."""
    from pdfminer.pdfinterp import PDFPageInterpreter

    device = _recorder_class()(page)
    interpreter = _interpreter_class(PDFPageInterpreter)(page.pdf.rsrcmgr, device)
    interpreter.process_page(page.page_obj)
    return device.out


_CLASSES: dict[str, type] = {}


def _interpreter_class(base):
    """pdfminer's interpreter, plus two parts of the graphics state it ignores: the fill opacity
    of an ExtGState (``/ca``) and the clipping path (kept as its bounding box in device space)."""
    if "interp" in _CLASSES:
        return _CLASSES["interp"]
    from pdfminer.pdfinterp import PDFGraphicState
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import apply_matrix_rect

    class _GState(PDFGraphicState):
        def __init__(self) -> None:
            super().__init__()
            self.alpha = 1.0
            self.clip: tuple[float, float, float, float] | None = None

        def copy(self):
            obj = _GState()
            obj.__dict__.update(self.__dict__)
            return obj

    class _Interpreter(base):
        def init_state(self, ctm) -> None:
            super().init_state(ctm)
            self.graphicstate = _GState()
            self._clip_next = False

        def do_gs(self, name) -> None:
            try:
                states = resolve1(self.resources.get("ExtGState")) or {}
                state = resolve1(states.get(getattr(name, "name", name))) or {}
                if "ca" in state:
                    self.graphicstate.alpha = float(resolve1(state["ca"]))
            except Exception:  # a malformed graphics state only loses the opacity
                pass

        def do_W(self) -> None:
            self._clip_next = True

        do_W_a = do_W

        def _end_path(self) -> None:
            if not self._clip_next:
                return
            self._clip_next = False
            box = _path_box(self.curpath)
            if box is None:
                return
            x0, y0, x1, y1 = apply_matrix_rect(self.ctm, box)
            old = getattr(self.graphicstate, "clip", None)
            if old is not None:
                x0, y0, x1, y1 = max(x0, old[0]), max(y0, old[1]), min(x1, old[2]), min(y1, old[3])
            self.graphicstate.clip = (x0, y0, max(x0, x1), max(y0, y1))

    for op in ("do_n", "do_S", "do_f", "do_F", "do_f_a", "do_B", "do_B_a", "do_b", "do_b_a", "do_s"):
        setattr(_Interpreter, op, _clipping(getattr(base, op)))
    _CLASSES["interp"] = _Interpreter
    return _Interpreter


def _clipping(op):
    """A path-ending operator that first applies a pending clip (``W n``, ``W f``...)."""
    def run(self, *args):
        self._end_path()
        return op(self, *args)
    run.__name__ = op.__name__
    return run


def stroke_band(box: tuple[float, float, float, float], width: float) -> tuple[float, float, float, float] | None:
    """The band a straight horizontal or vertical line stroked ``width`` wide covers, from the
    box (x0, y0, x1, y1) of its path (or of its stroke): its thin side grown to ``width``; None
    for a stroke under ``BAND_STROKE`` or a path that is no straight line."""
    x0, y0, x1, y1 = box
    if width < BAND_STROKE or min(x1 - x0, y1 - y0) > width + 0.5:
        return None
    if x1 - x0 >= y1 - y0:
        mid = (y0 + y1) / 2
        return x0, mid - width / 2, x1, mid + width / 2
    mid = (x0 + x1) / 2
    return mid - width / 2, y0, mid + width / 2, y1


def _path_box(path) -> tuple[float, float, float, float] | None:
    xs, ys = [], []
    for seg in path:
        nums = seg[1:]
        for i in range(0, len(nums) - 1, 2):
            x, y = nums[i], nums[i + 1]
            if isinstance(x, (int, float)) and isinstance(y, (int, float)):
                xs.append(x)
                ys.append(y)
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def _recorder_class():
    if "device" in _CLASSES:
        return _CLASSES["device"]
    from pdfminer.pdfdevice import PDFTextDevice
    from pdfminer.pdffont import PDFSimpleFont, PDFUnicodeNotDefined
    from pdfminer.utils import apply_matrix_rect

    class _Recorder(PDFTextDevice):
        def __init__(self, page) -> None:
            super().__init__(page.pdf.rsrcmgr)
            self.out = Painted(width=float(page.width), height=float(page.height))
            self._h = float(page.height)
            self._dx, self._dy = float(page.mediabox[0]), float(page.mediabox[1])
            self._fonts: dict[int, tuple] = {}
            self._render = 0
            self._z = 0

        # -- text ----------------------------------------------------------------------------
        def render_string(self, textstate, seq, ncs, graphicstate) -> None:
            self._render = textstate.render
            super().render_string(textstate, seq, ncs, graphicstate)

        def _font(self, font) -> tuple:
            info = self._fonts.get(id(font))
            if info is None:
                name = font.fontname if isinstance(font.fontname, str) else str(font.fontname)
                bold, italic, symbol = font_style(name, font.descriptor or {})
                winansi = isinstance(font, PDFSimpleFont) and getattr(font, "cid2unicode", {}).get(0x95) == "\u2022"
                info = (font, base_font(name), bold, italic, symbol, winansi, font.is_vertical())
                self._fonts[id(font)] = info
            return info

        def render_char(self, matrix, font, fontsize, scaling, rise, cid, ncs, graphicstate) -> float:
            info = self._font(font)
            adv = font.char_width(cid) * fontsize * scaling
            try:
                text = font.to_unichr(cid)
            except PDFUnicodeNotDefined:
                text = "\u2022" if info[5] and (cid in _WINANSI_UNUSED) else None
            out = self.out
            if not text:
                out.unmapped[info[1]] = out.unmapped.get(info[1], 0) + 1
                text = LOST
            else:
                out.mapped[info[1]] = out.mapped.get(info[1], 0) + 1
            a, b, c, d, e, f = matrix
            if info[6] or a <= 0 or d <= 0 or scaling <= 0 or abs(b) > 1e-6 * a:
                if not info[6] and scaling > 0 and quarter_turn(matrix):  # set aside: see .turned
                    x0, y0, x1, y1 = apply_matrix_rect(matrix, (0, rise - DESCENT * fontsize, adv, rise + ASCENT * fontsize))
                    self._z += 1
                    out.turned.append(Glyph(
                        text=text, x0=x0 + self._dx, x1=x1 + self._dx, top=self._h - y1 + self._dy,
                        bottom=self._h - y0 + self._dy, size=fontsize * abs(b), font=info[1],
                        bold=info[2] or self._render == 2, italic=info[3], z=self._z, render=self._render,
                        color=rgb(graphicstate.ncs, graphicstate.ncolor)))
                return adv  # rotated, mirrored or vertical text: not read as upright text
            if c:  # slanted (synthetic italic)
                size = fontsize * d
                x0, y0, x1, y1 = apply_matrix_rect(matrix, (0, rise - DESCENT * fontsize, adv, rise + ASCENT * fontsize))
            else:
                size = fontsize * d
                x0, x1 = e, e + a * adv
                base = f + d * rise
                y0, y1 = base - DESCENT * size, base + ASCENT * size
            clip = getattr(graphicstate, "clip", None)
            clipped = clip is not None and (x1 <= clip[0] or x0 >= clip[2] or y1 <= clip[1] or y0 >= clip[3])
            self._z += 1
            render = self._render
            out.glyphs.append(Glyph(
                text=text, x0=x0 + self._dx, x1=x1 + self._dx, top=self._h - y1 + self._dy,
                bottom=self._h - y0 + self._dy, size=size, font=info[1], bold=info[2] or render == 2,
                italic=info[3], z=self._z, render=render, color=rgb(graphicstate.ncs, graphicstate.ncolor),
                icon=info[4] or _is_icon(text), clipped=clipped, alpha=getattr(graphicstate, "alpha", 1.0)))
            return adv

        # -- shapes and images ---------------------------------------------------------------
        def paint_path(self, graphicstate, stroke, fill, evenodd, path) -> None:
            if not (fill or stroke) or self.ctm is None:
                return
            box = _path_box(path)
            if box is None:
                return
            x0, y0, x1, y1 = apply_matrix_rect(self.ctm, box)
            colour = rgb(graphicstate.ncs, graphicstate.ncolor)
            if not fill:  # a thick straight line: a band
                a, b, c, d = self.ctm[:4]
                band = stroke_band((x0, y0, x1, y1), (graphicstate.linewidth or 0) * abs(a * d - b * c) ** 0.5)
                if band is None:
                    return
                (x0, y0, x1, y1), colour = band, rgb(graphicstate.scs, graphicstate.scolor)
            clip = getattr(graphicstate, "clip", None)
            if clip is not None:  # only the part inside the clipping path is painted
                x0, y0, x1, y1 = max(x0, clip[0]), max(y0, clip[1]), min(x1, clip[2]), min(y1, clip[3])
                if x1 <= x0 or y1 <= y0:
                    return
            self._z += 1
            self.out.fills.append(Fill(
                x0=x0 + self._dx, top=self._h - y1 + self._dy, x1=x1 + self._dx, bottom=self._h - y0 + self._dy,
                z=self._z, color=colour, alpha=getattr(graphicstate, "alpha", 1.0)))

        def render_image(self, name, stream) -> None:
            if self.ctm is None:
                return
            x0, y0, x1, y1 = apply_matrix_rect(self.ctm, (0, 0, 1, 1))
            self._z += 1
            self.out.images.append((x0 + self._dx, self._h - y1 + self._dy, x1 + self._dx, self._h - y0 + self._dy))

    _CLASSES["device"] = _Recorder
    return _Recorder
