"""The glyphs of one page, from PDFium's text page, for the pypdfium2 backend
(:mod:`resumekit.extract.pdf.pdfium`).

Per character: its text (the whole page's in one call), its text object, whether its Unicode value
is PDFium's guess (then it is a ``LOST`` placeholder, as pdfminer's codes without Unicode are), its
origin and its advance (see :func:`read_glyphs`); its em box is 0.8 em above the baseline and 0.2
below, as the pdfplumber backend's. Per text object, once: font (name, bold, italic, symbol font,
from the name and the descriptor flags), size (the font size times the vertical scale of the
character matrix), render mode, fill colour and opacity, clipping box, and the character matrix
(rotated or mirrored text is not read, as with pdfminer; text drawn a quarter turn is set aside
in ``Painted.turned`` with its loose box, see :mod:`resumekit.extract.pdf.turned`).

Where PDFium's text page departs from what pdfminer reads, the backend puts it back:
- the spaces and line breaks PDFium generates are left out (words come from gaps and real
  spaces, as for pdfplumber);
- a text object PDFium leaves out because it paints no ink (a space shown on its own) becomes a
  space glyph (:func:`_blank`);
- /ActualText is removed from marked content before the text page is built
  (:func:`drop_actual_text`);
- one code read as several characters (a ligature's "fi") is one glyph; the two halves of a
  character outside the BMP are one character; PDFium's code for a hyphen ending a line is "-".
"""
from __future__ import annotations

import ctypes
from dataclasses import dataclass
from operator import itemgetter
from types import SimpleNamespace

from .fonts import base_font, font_style
from .layout import Glyph
from .paint import ASCENT, DESCENT, LOST, Painted, quarter_turn
from .paint import _is_icon as is_icon
from .pdfium_api import IDENTITY, Frame, Matrix, Rect, apply, bbox, clip_box, concat, fill_color, meet, object_matrix

__all__ = ["Font", "TextObject", "read_glyphs", "read_chars", "drop_actual_text"]

_MAYBE_GENERATED = frozenset((0x20, 0x0A, 0x0D))  # what PDFium generates: spaces and line breaks
_HYPHEN = 0x02  # PDFium's code for a hyphen that ends a line, which its page text gives as U+0002
_AMBIGUOUS = 0xFFFE  # or as U+FFFE, as it gives U+0000
_ITALIC_FLAG = 1 << 6
_SPACE_WIDTH = 250.0  # a space's advance (thousandths of an em) where its font's is not known


@dataclass(slots=True)
class TextObject:
    """What the glyphs of one text object share. ``form`` maps the object's space (a form
    XObject's) to user space; ``clip`` is the clipping box it inherits from enclosing forms (user
    space)."""

    z: int
    form: Matrix = IDENTITY
    clip: Rect | None = None
    ready: bool = False
    font: "Font | None" = None
    size: float = 0.0
    render: int = 0
    color: tuple[float, float, float] | None = None
    alpha: float = 1.0
    device: Matrix | None = None  # the character matrix in device space (None: not upright, not read)
    box: Rect | None = None  # the clipping box in page coordinates
    # what each upright glyph takes from the object, in Glyph's field order: size on the page, font
    # name, bold, italic, z, render, colour, symbol font, opacity; and the clipping box
    shared: tuple = ()


def drop_actual_text(api: SimpleNamespace, obj) -> None:
    """Remove /ActualText from the marked content around a text object (in memory only), so that
    PDFium's text page reads the glyphs as painted, as pdfminer does: it would give the whole
    replacement text to the span's first object and drop the glyphs of the others (a LaTeX icon
    and the phone number beside it become "tel:" on the icon)."""
    for k in range(api.count_marks(obj)):
        mark = api.get_mark(obj, k)
        if mark and api.mark_param_type(mark, b"ActualText"):
            api.remove_mark_param(obj, mark, b"ActualText")


@dataclass(slots=True)
class Font:
    """A font as the glyphs need it, read once per document (PDFium's handle is the key)."""

    name: str  # without the subset prefix
    bold: bool
    italic: bool
    symbol: bool
    handle: int
    widths: dict[int, float]  # Unicode value -> advance width (thousandths of an em), -1 unknown


def _font(api: SimpleNamespace, handle: int) -> Font:
    name, flags = "", 0
    if handle:
        n = api.font_name(handle, None, 0)
        if n > 1:
            buf = ctypes.create_string_buffer(n)
            api.font_name(handle, buf, n)
            name = buf.value.decode("utf-8", "replace")
        flags = max(api.font_flags(handle), 0)
        if api.italic_angle(handle, api.i1_ref) and api.i1.value:
            flags &= ~_ITALIC_FLAG  # PDFium sets it for any slanted font: the angle alone is not trusted
    bold, italic, symbol = font_style(name, {"Flags": flags})
    return Font(base_font(name), bold, italic, symbol, handle, {})


def _describe(api: SimpleNamespace, obj: int, info: TextObject, matrix: Matrix | None, frame: Frame,
              fonts: dict[int, Font], clips: dict) -> None:
    """Read a text object's shared attributes (once, at its first glyph); ``matrix`` is its
    characters' matrix in user space (None: unknown); ``clips``: what the page's objects met so far
    gave, kept by clip and by matrix (see :func:`clip_box`): many objects share them (Chrome and
    Canva write a text object per word or per glyph)."""
    info.ready = True
    handle = api.text_font(obj) or 0
    font = fonts.get(handle)
    if font is None:
        font = fonts[handle] = _font(api, handle)
    info.font = font
    info.size = api.f1.value if api.font_size(obj, api.f1_ref) else 0.0
    info.render = api.render_mode(obj)
    info.color, info.alpha = fill_color(api, obj)
    clip = meet(info.clip, clip_box(api, obj, info.form, clips))
    if clip is None:
        info.box = None
    elif (box := clips.get(("page box", clip))) is not None:
        info.box = box
    else:
        info.box = clips["page box", clip] = frame.rect(clip)
    if matrix is not None:
        key = ("device", matrix[:4])
        if key not in clips:
            dm = concat(matrix[:4] + (0.0, 0.0), frame.ctm)
            a, b, d = dm[0], dm[1], dm[3]
            clips[key] = dm if a > 0 and d > 0 and abs(b) <= 1e-6 * a else None  # rotated, mirrored: not read
        info.device = dm = clips[key]
        d = dm[3] if dm is not None else 0.0
        info.shared = (info.size * d, font.name, font.bold or info.render == 2, font.italic, info.z, info.render,
                       info.color, font.symbol, info.alpha, info.box)


def _char_matrix(api: SimpleNamespace, text_page, index: int) -> Matrix | None:
    m = api.mat
    return (m.a, m.b, m.c, m.d, m.e, m.f) if api.char_matrix(text_page, index, api.mat_ref) else None


def _glyph(info: TextObject, text: str, ex: float, fy: float, adv: float, frame: Frame) -> Glyph:
    """A glyph of a text object whose origin is at (ex, fy) in device space, ``adv`` wide in text
    space: its em box 0.8 em above the baseline and 0.2 below."""
    m, font, size = info.device, info.font, info.size
    a = m[0]
    if m[2]:  # slanted (synthetic italic)
        x0, top, x1, bottom = _slanted(m, ex, fy, adv, size, frame)
    else:
        fs, dx, base = size * m[3], frame.dx, frame.height + frame.dy - fy
        x0, x1, top, bottom = ex + dx, ex + a * adv + dx, base - ASCENT * fs, base + DESCENT * fs
    box = info.box
    # positional, in Glyph's field order (cheaper than keywords, per glyph): text, x0, x1, top,
    # bottom, size, font, bold, italic, z, render, color, icon, clipped, alpha
    return Glyph(text, x0, x1, top, bottom, size * m[3], font.name, font.bold or info.render == 2, font.italic,
                 info.z, info.render, info.color, font.symbol or is_icon(text),
                 box is not None and (x1 <= box[0] or x0 >= box[2] or bottom <= box[1] or top >= box[3]), info.alpha)


def _blank(api: SimpleNamespace, obj: int, info: TextObject, frame: Frame, fonts: dict[int, Font],
           clips: dict) -> Glyph | None:
    """A space glyph for a text object PDFium's text page left out because it paints no ink (its
    bounds have no width: a space shown on its own, as many producers do between words), where
    pdfminer reads a space; None for any other object."""
    v = api.f4
    if not api.bounds(obj, *api.f4_refs) or v[2].value - v[0].value > 0.01:
        return None
    matrix = concat(object_matrix(api, obj), info.form)
    _describe(api, obj, info, matrix, frame, fonts, clips)
    if info.device is None:
        return None
    ex, fy = apply(frame.ctm, matrix[4], matrix[5])
    width = info.font.widths.get(0x20)
    if width is None:
        width = info.font.widths[0x20] = _width(api, info.font, 0x20)
    return _glyph(info, " ", ex, fy, (width if width > 0 else _SPACE_WIDTH) * info.size / 1000, frame)


def _page_text(api: SimpleNamespace, text_page, n: int) -> list[int]:
    """The UTF-16 unit of every character of the text page, in one call (PDFium keeps a character
    outside the BMP as two characters, one per surrogate)."""
    buf = (ctypes.c_ushort * (n + 1))()
    if n and api.get_text(text_page, 0, n, buf) == n + 1:
        return buf[:n]
    return [api.unicode(text_page, i) for i in range(n)]


def read_glyphs(api: SimpleNamespace, text_page, frame: Frame, painted: Painted, objects: dict[int, TextObject],
                fonts: dict[int, Font], max_glyphs: int, words: bool = False, links: list[Rect] = ()) -> bool:
    """Append the page's glyphs in drawing order; True when ``max_glyphs`` cut the page short.
    ``words``: one item per word where :mod:`.pdfium_words` can make it (see there), glyphs
    elsewhere; ``links``: the boxes of the page's link annotations (a word they cut is read by
    its glyphs).

    Per character, four calls: its text object, whether its Unicode value is PDFium's guess, its
    origin and its loose box; the text comes in one call. The advance is the loose box, which
    reaches to the advance or to the glyph's ink, whichever is further; where the ink reaches the
    box's edge (italics), the font's width of the character, when narrower. That width is looked up
    by Unicode value (PDFium maps it back to a code), so alone it could be another glyph's (small
    capitals)."""
    n = api.count_chars(text_page)
    codes = _page_text(api, text_page, n)
    out: list[tuple[int, int, Glyph]] = []
    clips: dict = {}  # what the page's text objects share, kept (see _describe)
    by_words = words and n <= max_glyphs  # no page cut short: the word path cannot count what it skips
    if by_words:
        from .pdfium_words import interleaved, read_words
        placed: list = []
        rest = read_words(api, text_page, frame, painted, objects, fonts, codes, out, clips, links, placed)
        read_chars(api, text_page, frame, painted, objects, fonts, codes, rest, out, clips, max_glyphs)
        cut = False
    else:
        cut = read_chars(api, text_page, frame, painted, objects, fonts, codes, range(n), out, clips, max_glyphs)
    for obj, info in objects.items():
        if not info.ready and (blank := _blank(api, obj, info, frame, fonts, clips)) is not None:
            out.append((info.z, -1, blank))
    if by_words and (redo := interleaved(placed, out)):  # read by their glyphs after all
        gone = {id(item) for item, _, _ in redo}
        out[:] = [t for t in out if id(t[2]) not in gone]
        for item, i, j in redo:
            painted.joined -= item.joined
            painted.mapped[item.font] -= j - i
        read_chars(api, text_page, frame, painted, objects, fonts, codes,
                   [k for _, i, j in redo for k in range(i, j)], out, clips, max_glyphs)
    out.sort(key=itemgetter(0, 1))  # drawing order; (z, index) is unique
    if codes and max(codes) >= 0xD800:  # (a glyph's text is made of the page's codes: none, no halves)
        for _, _, g in out:
            if len(g.text) > 1 and any("\ud800" <= ch <= "\udfff" for ch in g.text):  # UTF-16 halves of one character
                g.text = g.text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    painted.glyphs += [g for _, _, g in out]
    return cut


def read_chars(api: SimpleNamespace, text_page, frame: Frame, painted: Painted, objects: dict[int, TextObject],
               fonts: dict[int, Font], codes: list[int], indices, out: list, clips: dict, max_glyphs: int) -> bool:
    """Append (z, index, glyph) to ``out`` for the characters ``indices`` (ascending) of the text
    page, one glyph each (see :func:`read_glyphs`); True when ``max_glyphs`` cut them short."""
    ox, oy = ctypes.c_double(), ctypes.c_double()
    rox, roy = ctypes.byref(ox), ctypes.byref(oy)
    tp = ctypes.c_void_p(text_page)  # the per-character calls take the handle as a pointer object
    text_object, map_error, origin, generated, loose_box = (
        api.c_text_object, api.c_map_error, api.c_origin, api.c_generated, api.c_loose_box)
    unicode = api.unicode
    rect, rect_ref = api.rect, api.rect_ref
    unmapped, mapped = painted.unmapped, painted.mapped
    ctm = frame.ctm
    e, f = ctm[4], ctm[5]
    dx, top_of_page = frame.dx, frame.height + frame.dy
    plain = ctm[:4] == (1.0, 0.0, 0.0, 1.0)  # the page is not rotated
    seen = 0
    last: Glyph | None = None
    last_at = None
    for i in indices:
        code = codes[i]
        obj = text_object(tp, i)
        if not obj or code in _MAYBE_GENERATED and generated(tp, i):
            continue  # generated by PDFium: a space or line break it inferred
        seen += 1
        if seen > max_glyphs:
            break
        info = objects.get(obj)
        if info is None:  # not met in the walk (it should be): drawn last, unclipped
            info = objects[obj] = TextObject(len(objects) + 1_000_000)
        if not info.ready:
            _describe(api, obj, info, _char_matrix(api, text_page, i), frame, fonts, clips)
        font = info.font
        if code == _HYPHEN:
            code = 0x2D
        elif code == _AMBIGUOUS:  # the page text has it for a hyphen ending a line and for U+0000
            code = 0x2D if unicode(text_page, i) == _HYPHEN else 0
        if map_error(tp, i):
            text = LOST
            code = -1
            unmapped[font.name] = unmapped.get(font.name, 0) + 1
        else:
            text = chr(code)  # U+0000 too, as pdfminer reads it (a font mapping codes to nothing)
            mapped[font.name] = mapped.get(font.name, 0) + 1
        if not origin(tp, i, rox, roy):
            continue
        x, y = ox.value, oy.value
        if last is not None and last_at == (obj, x, y) and code >= 0 and last.text != LOST:
            # one code, several characters (a ligature's "fi"): one glyph, as wide as the code
            last.text += text
            last.x1 = max(last.x1, _loose_x1(api, text_page, i, x, y, ctm) + frame.dx)
            continue
        last_at, last = (obj, x, y), None
        m = info.device
        if m is None:
            if code >= 0 and (turned := _turned(api, text_page, i, info, text, frame)) is not None:
                painted.turned.append(turned)
            continue
        if plain:
            ex, fy = x + e, y + f
            loose = rect.right + e - ex if loose_box(tp, i, rect_ref) else 0.0
        else:
            ex, fy = apply(ctm, x, y)
            loose = _loose_x1(api, text_page, i, x, y, ctm) - ex
        a = m[0]
        adv = loose / a
        if code >= 0:  # where the font's width is narrower than the loose box, the ink may reach further
            width = font.widths.get(code)
            if width is None:
                width = font.widths[code] = _width(api, font, code)
            if 0 <= width * info.size / 1000 < adv - 0.01 / a and _inked(api, text_page, i, loose + ex, ctm):
                adv = width * info.size / 1000
        if m[2]:  # slanted (synthetic italic)
            last = _glyph(info, text, ex, fy, adv, frame)
        else:  # _glyph's upright case written out, with what the text object's glyphs share read once
            fs, name, bold, italic, z, render, color, symbol, alpha, box = info.shared
            base = top_of_page - fy
            x0, x1, top, bottom = ex + dx, ex + a * adv + dx, base - ASCENT * fs, base + DESCENT * fs
            last = Glyph(text, x0, x1, top, bottom, fs, name, bold, italic, z, render, color,
                         symbol or is_icon(text),
                         box is not None and (x1 <= box[0] or x0 >= box[2] or bottom <= box[1] or top >= box[3]),
                         alpha)
        out.append((info.z, i, last))
    return seen > max_glyphs


def _turned(api: SimpleNamespace, text_page, i: int, info: TextObject, text: str, frame: Frame) -> Glyph | None:
    """Character ``i`` as a glyph set aside when it is drawn a quarter turn (see .turned): its
    loose box on the page and its size; None for other text that is not upright."""
    cm = _char_matrix(api, text_page, i)
    if cm is None or not api.loose_box(text_page, i, api.rect_ref):
        return None
    dm = concat(cm[:4] + (0.0, 0.0), frame.ctm)
    if not quarter_turn(dm):
        return None
    r = api.rect
    x0, top, x1, bottom = frame.rect((r.left, r.bottom, r.right, r.top))
    font = info.font
    return Glyph(text, x0, x1, top, bottom, info.size * abs(dm[1]), font.name, font.bold or info.render == 2,
                 font.italic, info.z, info.render, info.color)


def _slanted(m: Matrix, ex: float, fy: float, adv: float, fs: float, frame: Frame) -> Rect:
    """The page box of a slanted glyph's em box (0.8 em above the baseline, 0.2 below, ``adv`` wide)
    under the device matrix ``m`` at device point (ex, fy)."""
    xs, ys = zip(*(apply((m[0], m[1], m[2], m[3], 0.0, 0.0), u, v) for u in (0.0, adv)
                   for v in (-DESCENT * fs, ASCENT * fs)))
    return frame.page_box(ex + min(xs), fy + min(ys), ex + max(xs), fy + max(ys))


def _inked(api: SimpleNamespace, text_page, i: int, right: float, ctm: Matrix) -> bool:
    """Whether character ``i``'s ink reaches ``right`` (device space), the edge of its loose box."""
    if not api.char_box(text_page, i, *api.d4_refs):
        return False
    left, rgt, bottom, top = (v.value for v in api.d4)
    return bbox(ctm, (left, bottom, rgt, top))[2] >= right - 0.01


def _width(api: SimpleNamespace, font: Font, code: int) -> float:
    """The advance width (thousandths of an em) the font gives a Unicode value, -1 when unknown."""
    w = ctypes.c_float()
    handle = font.handle
    return w.value if handle and api.glyph_width(handle, code, 1000.0, ctypes.byref(w)) and w.value > 0 else -1.0


def _loose_x1(api: SimpleNamespace, text_page, i: int, x: float, y: float, ctm: Matrix) -> float:
    """The right edge (device space) of PDFium's loose box of character ``i``."""
    r = api.rect
    if not api.loose_box(text_page, i, api.rect_ref):
        return apply(ctm, x, y)[0]
    if ctm[:4] == (1.0, 0.0, 0.0, 1.0):
        return r.right + ctm[4]
    return bbox(ctm, (r.left, r.bottom, r.right, r.top))[2]
