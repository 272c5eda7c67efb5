"""PDFium as the pypdfium2 backend calls it: its C functions declared once with plain ``void *``
handles (a handle is then an int: cheap to hash, no pointer object made per call), and the
per-character ones a second time without argument types (``c_*``: nothing converted per call),
scratch space for their out-parameters, what the backend reads of one page object (matrix, fill
colour, clipping box), and the geometry between PDF user space and the pdfplumber backend's page
coordinates.

Everything here is used under :data:`LOCK`: PDFium is not thread-safe, and the scratch space is
shared.
"""
from __future__ import annotations

import ctypes
import importlib
import threading
from dataclasses import dataclass
from types import SimpleNamespace

from ...errors import OptionsError

__all__ = ["LOCK", "load_api", "Matrix", "Rect", "IDENTITY", "Frame", "apply", "bbox", "concat", "meet",
           "object_matrix", "fill_color", "clip_box"]

LOCK = threading.Lock()
Matrix = tuple[float, float, float, float, float, float]
Rect = tuple[float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)

_P, _I, _U, _L = ctypes.c_void_p, ctypes.c_int, ctypes.c_uint, ctypes.c_ulong
_SIGNATURES = {  # our name: (PDFium's name, return type, argument types)
    "load": ("FPDF_LoadMemDocument64", _P, (_P, ctypes.c_size_t, _P)),
    "last_error": ("FPDF_GetLastError", _L, ()),
    "page_count": ("FPDF_GetPageCount", _I, (_P,)),
    "close_doc": ("FPDF_CloseDocument", None, (_P,)),
    "meta_text": ("FPDF_GetMetaText", _L, (_P, ctypes.c_char_p, _P, _L)),
    "load_page": ("FPDF_LoadPage", _P, (_P, _I)),
    "close_page": ("FPDF_ClosePage", None, (_P,)),
    "rotation": ("FPDFPage_GetRotation", _I, (_P,)),
    "media_box": ("FPDFPage_GetMediaBox", _I, (_P, _P, _P, _P, _P)),
    "page_width": ("FPDF_GetPageWidthF", ctypes.c_float, (_P,)),
    "page_height": ("FPDF_GetPageHeightF", ctypes.c_float, (_P,)),
    "count_objects": ("FPDFPage_CountObjects", _I, (_P,)),
    "get_object": ("FPDFPage_GetObject", _P, (_P, _I)),
    "form_count": ("FPDFFormObj_CountObjects", _I, (_P,)),
    "form_object": ("FPDFFormObj_GetObject", _P, (_P, _L)),
    "obj_type": ("FPDFPageObj_GetType", _I, (_P,)),
    "obj_matrix": ("FPDFPageObj_GetMatrix", _I, (_P, _P)),
    "bounds": ("FPDFPageObj_GetBounds", _I, (_P, _P, _P, _P, _P)),
    "fill_color": ("FPDFPageObj_GetFillColor", _I, (_P, _P, _P, _P, _P)),
    "stroke_color": ("FPDFPageObj_GetStrokeColor", _I, (_P, _P, _P, _P, _P)),
    "stroke_width": ("FPDFPageObj_GetStrokeWidth", _I, (_P, _P)),
    "draw_mode": ("FPDFPath_GetDrawMode", _I, (_P, _P, _P)),
    "clip_path": ("FPDFPageObj_GetClipPath", _P, (_P,)),
    "clip_count": ("FPDFClipPath_CountPaths", _I, (_P,)),
    "clip_segments": ("FPDFClipPath_CountPathSegments", _I, (_P, _I)),
    "clip_segment": ("FPDFClipPath_GetPathSegment", _P, (_P, _I, _I)),
    "segment_point": ("FPDFPathSegment_GetPoint", _I, (_P, _P, _P)),
    "count_marks": ("FPDFPageObj_CountMarks", _I, (_P,)),
    "get_mark": ("FPDFPageObj_GetMark", _P, (_P, _L)),
    "mark_param_type": ("FPDFPageObjMark_GetParamValueType", _I, (_P, ctypes.c_char_p)),
    "remove_mark_param": ("FPDFPageObjMark_RemoveParam", _I, (_P, _P, ctypes.c_char_p)),
    "text_font": ("FPDFTextObj_GetFont", _P, (_P,)),
    "font_name": ("FPDFFont_GetBaseFontName", _L, (_P, _P, _L)),
    "font_flags": ("FPDFFont_GetFlags", _I, (_P,)),
    "italic_angle": ("FPDFFont_GetItalicAngle", _I, (_P, _P)),
    "glyph_width": ("FPDFFont_GetGlyphWidth", _I, (_P, _U, ctypes.c_float, _P)),
    "font_size": ("FPDFTextObj_GetFontSize", _I, (_P, _P)),
    "render_mode": ("FPDFTextObj_GetTextRenderMode", _I, (_P,)),
    "load_text": ("FPDFText_LoadPage", _P, (_P,)),
    "close_text": ("FPDFText_ClosePage", None, (_P,)),
    "count_chars": ("FPDFText_CountChars", _I, (_P,)),
    "text_object": ("FPDFText_GetTextObject", _P, (_P, _I)),
    "unicode": ("FPDFText_GetUnicode", _U, (_P, _I)),
    "get_text": ("FPDFText_GetText", _I, (_P, _I, _I, _P)),
    "map_error": ("FPDFText_HasUnicodeMapError", _I, (_P, _I)),
    "generated": ("FPDFText_IsGenerated", _I, (_P, _I)),
    "origin": ("FPDFText_GetCharOrigin", _I, (_P, _I, _P, _P)),
    "loose_box": ("FPDFText_GetLooseCharBox", _I, (_P, _I, _P)),
    "char_box": ("FPDFText_GetCharBox", _I, (_P, _I, _P, _P, _P, _P)),
    "char_matrix": ("FPDFText_GetMatrix", _I, (_P, _I, _P)),
    "link_enumerate": ("FPDFLink_Enumerate", _I, (_P, _P, _P)),
    "link_action": ("FPDFLink_GetAction", _P, (_P,)),
    "link_rect": ("FPDFLink_GetAnnotRect", _I, (_P, _P)),
    "action_type": ("FPDFAction_GetType", _L, (_P,)),
    "uri_path": ("FPDFAction_GetURIPath", _L, (_P, _P, _P, _L)),
}
# Per character, the calls that run thousands of times a page: declared without argument types,
# which halves ctypes' cost of a call (no conversion per argument); the caller passes the text page
# as a ``c_void_p`` (a bare int would be passed as a 32-bit C int), the index as an int and the
# out-parameters by reference.
_PER_CHAR = {
    "c_text_object": ("FPDFText_GetTextObject", _P),
    "c_map_error": ("FPDFText_HasUnicodeMapError", _I),
    "c_generated": ("FPDFText_IsGenerated", _I),
    "c_origin": ("FPDFText_GetCharOrigin", _I),
    "c_loose_box": ("FPDFText_GetLooseCharBox", _I),
}
_API: list[SimpleNamespace] = []  # the PDFium functions, each declared with plain ``void *`` handles
# (a handle is then an int: cheap to hash, no pointer object made per call)


def load_api() -> SimpleNamespace:
    """PDFium, loaded once (importing pypdfium2 initialises the library)."""
    if _API:
        return _API[0]
    try:
        importlib.import_module("pypdfium2")  # initialises PDFium
        raw = importlib.import_module("pypdfium2.raw")
    except ImportError:
        raise OptionsError("pdf_backend 'pdfium' needs pypdfium2: pip install 'resumekit[fast]'") from None
    missing = [name for name, _, _ in _SIGNATURES.values() if not hasattr(raw, name)]
    if missing:
        raise OptionsError(f"pdf_backend 'pdfium' needs a newer pypdfium2 (it lacks {missing[0]}): "
                           "pip install -U 'resumekit[fast]'")
    fns = {}
    for ours, (name, restype, argtypes) in _SIGNATURES.items():
        address = ctypes.cast(getattr(raw, name), ctypes.c_void_p).value
        fns[ours] = ctypes.CFUNCTYPE(restype, *argtypes)(address)
    for ours, (name, restype) in _PER_CHAR.items():
        fns[ours] = ctypes.CFUNCTYPE(restype)(ctypes.cast(getattr(raw, name), ctypes.c_void_p).value)
    api = SimpleNamespace(FS_MATRIX=raw.FS_MATRIX, FS_RECTF=raw.FS_RECTF, **fns)
    # scratch space for out-parameters, reused under LOCK (allocating them per call costs more
    # than the calls)
    api.mat, api.rect, api.f1, api.i1 = raw.FS_MATRIX(), raw.FS_RECTF(), ctypes.c_float(), ctypes.c_int()
    api.mat_ref, api.rect_ref, api.f1_ref, api.i1_ref = (ctypes.byref(v) for v in (api.mat, api.rect, api.f1, api.i1))
    api.f4, api.u4 = [ctypes.c_float() for _ in range(4)], [ctypes.c_uint() for _ in range(4)]
    api.f4_refs, api.u4_refs = tuple(ctypes.byref(v) for v in api.f4), tuple(ctypes.byref(v) for v in api.u4)
    api.d4 = [ctypes.c_double() for _ in range(4)]
    api.d4_refs = tuple(ctypes.byref(v) for v in api.d4)
    _API.append(api)
    return api


# ----------------------------------------------------------------------------- geometry

@dataclass(slots=True)
class Frame:
    """From PDF user space to the pdfplumber backend's page coordinates: pdfminer's page matrix
    (the page turned upright by its /Rotate), then y flipped from the top of the media box."""

    ctm: Matrix
    width: float
    height: float
    dx: float
    dy: float

    @classmethod
    def of(cls, box: Rect, rotation: int) -> "Frame":
        x0, y0, x1, y1 = box
        ctm = {90: (0.0, -1.0, 1.0, 0.0, -y0, x1), 180: (-1.0, 0.0, 0.0, -1.0, x1, y1),
               270: (0.0, 1.0, -1.0, 0.0, y1, -x0)}.get(rotation, (1.0, 0.0, 0.0, 1.0, -x0, -y0))
        nx0, ny0, nx1, ny1 = (y0, x0, y1, x1) if rotation in (90, 270) else box
        return cls(ctm, nx1 - nx0, ny1 - ny0, nx0, -ny0)

    def page_box(self, x0: float, y0: float, x1: float, y1: float) -> Rect:
        """A device-space box (after ``ctm``) as (x0, top, x1, bottom)."""
        return x0 + self.dx, self.height - y1 + self.dy, x1 + self.dx, self.height - y0 + self.dy

    def rect(self, r: Rect) -> Rect:
        """A user-space box (left, bottom, right, top) as (x0, top, x1, bottom)."""
        return self.page_box(*bbox(self.ctm, r))


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def bbox(m: Matrix, r: Rect) -> Rect:
    """The bounding box of a rectangle (left, bottom, right, top) mapped by ``m``."""
    xs, ys = zip(*(apply(m, x, y) for x in (r[0], r[2]) for y in (r[1], r[3])))
    return min(xs), min(ys), max(xs), max(ys)


def concat(m: Matrix, n: Matrix) -> Matrix:
    """``m`` then ``n`` (PDF's row-vector product m × n)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def meet(a: Rect | None, b: Rect | None) -> Rect | None:
    if a is None or b is None:
        return a if b is None else b
    x0, y0, x1, y1 = max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])
    return x0, y0, max(x0, x1), max(y0, y1)


# ----------------------------------------------------------------------------- one page object

def object_matrix(api: SimpleNamespace, obj) -> Matrix:
    m = api.mat
    if not api.obj_matrix(obj, api.mat_ref):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def fill_color(api: SimpleNamespace, obj, stroke: bool = False) -> tuple[tuple[float, float, float] | None, float]:
    """An object's fill (or ``stroke``) colour (RGB in 0..1, None when PDFium cannot say) and opacity."""
    if not (api.stroke_color if stroke else api.fill_color)(obj, *api.u4_refs):
        return None, 1.0
    r, g, b, a = api.u4
    return (r.value / 255, g.value / 255, b.value / 255), a.value / 255


def clip_box(api: SimpleNamespace, obj, form: Matrix, seen: dict | None = None) -> Rect | None:
    """The bounding box (user space) of an object's clipping path, or None when it has none
    (PDFium leaves out a clip that the object lies wholly inside).

    ``seen``: the boxes of the clipping paths met so far on the page (empty at its start). Objects
    painted under one clip share its paths' points in PDFium (copy on write), so a path is known by
    the address of its first point while the page is loaded: a clip met before is not walked
    point by point again (two calls per path instead of two per point)."""
    clip = api.clip_path(obj)
    if not clip:
        return None
    if seen is not None:
        n = api.clip_count(clip)
        paths = (((api.clip_segments(clip, 0), api.clip_segment(clip, 0, 0)),) if n == 1 else
                 tuple([(api.clip_segments(clip, p), api.clip_segment(clip, p, 0)) for p in range(n)]))
        key = ("clip", form, paths)
        box = seen.get(key, seen)
        if box is seen:
            box = seen[key] = clip_box(api, obj, form)
        return box
    out: Rect | None = None
    x, y = ctypes.c_float(), ctypes.c_float()
    rx, ry = ctypes.byref(x), ctypes.byref(y)
    for p in range(api.clip_count(clip)):
        xs, ys = [], []
        for s in range(api.clip_segments(clip, p)):
            seg = api.clip_segment(clip, p, s)
            if seg and api.segment_point(seg, rx, ry):
                xs.append(x.value)
                ys.append(y.value)
        if xs:
            out = meet(out, bbox(form, (min(xs), min(ys), max(xs), max(ys))))
    return out
