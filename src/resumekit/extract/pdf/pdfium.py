"""PDF extraction with pypdfium2 (``ParseOptions(pdf_backend="pdfium")``, the ``resumekit[fast]``
extra): the same :class:`~resumekit.extract.pdf.paint.Painted` record per page as the pdfplumber
backend, read through PDFium's C API, then the shared assembly of :mod:`resumekit.extract.pdf.lines`.

Where each part of the record comes from:
- glyphs: PDFium's text page (:mod:`resumekit.extract.pdf.pdfium_text`), one character at a time,
  with what its text object paints it with: font (name, bold, italic, symbol font), size, fill
  colour and opacity, render mode, clipping box; with ``WORD_ITEMS``, one item per word wherever
  it stands for the word's glyphs (:mod:`resumekit.extract.pdf.pdfium_words`: the shared assembly
  then groups several times fewer items), the glyphs elsewhere;
- drawing order: a walk over the page objects, into form XObjects, numbers every object; a glyph
  takes its text object's number, and glyphs are kept in that order;
- filled shapes and images: path objects with a fill mode (bounding box, fill colour and opacity)
  and image objects (bounding box), from the same walk;
- link annotations with a URI action, and the metadata Producer/Creator and ModDate/CreationDate.

Coordinates are the pdfplumber backend's: points from the top-left corner of the page (PDFium's
origin is the bottom-left), a rotated page turned upright as pdfminer turns it.

Where it differs from the pdfplumber backend, by what PDFium exposes:
- bold from a font descriptor comes from its ForceBold flag only: PDFium reports a weight derived
  from ``StemV``, not the descriptor's ``FontWeight``; italic from the Italic flag only where the
  font is upright (PDFium sets the flag for any slanted font). A Type3 font has no name, flags or
  weight at all in PDFium's API: its glyphs are plain, with no font name;
- a glyph without a Unicode value is PDFium's verdict (``FPDFText_HasUnicodeMapError``), and a
  code WinAnsiEncoding leaves unused is already a bullet;
- PDFium drops a text object that repeats the one before it at the same place (fake bold), and
  turns a soft hyphen ending a line into a hyphen;
- colours come converted to RGB by PDFium (CMYK black is a very dark grey; separation and DeviceN
  colours, which pdfminer cannot judge, are judged); a filled shape's box includes half its
  stroke width, and one without area is left out;
- a shape filled with a pattern (a gradient band, a hatching) is reported by PDFium as white, its
  fallback for a pattern without one RGB value, and no call of its API tells it from a white
  shape: in a file that names a pattern anywhere (``/Pattern``, in its bytes or its inflated
  streams: :func:`bound_streams`), a shape PDFium reports as pure white has no colour (None, as
  pdfminer reads a pattern), so that light text on a gradient is not judged hidden on white. A
  truly white shape in such a file cannot then hide white text;
- a clip set around a form XObject clips the text inside it (pdfminer draws a form with a fresh
  graphics state, so the pdfplumber backend misses that clip);
- link annotations are read where pdfplumber's ``page.hyperlinks`` fails on an annotation with a
  non-UTF-8 text field (and the pdfplumber backend loses all the page's links).

Bounds: ``max_pdf_stream_bytes`` (PDFium inflates streams inside its own code, with no hook to
count them: :func:`bound_streams` inflates the file's Flate streams first, bounded, and refuses a
decompression bomb with the pdfplumber backend's error), ``max_pages`` (later pages are not read:
a ``pages-truncated`` warning), ``max_page_glyphs`` (characters of one page's text layer; the rest
of the page is not read: a ``page-truncated`` warning), ``max_chars`` (in the shared assembly).
What PDFium does unbounded beyond these is bounded by a worker process's ``max_memory`` and
``timeout`` (:mod:`resumekit.worker`).

Errors: a file PDFium cannot open is :class:`CorruptPDFError`; one that needs a password or has an
unsupported security handler is :class:`EncryptedDocumentError`; a page PDFium cannot load reads as
empty. PDFium is not thread-safe: one lock serialises its use within the process.
"""
from __future__ import annotations

import ctypes
import zlib
from dataclasses import dataclass
from functools import partial

import regex
from types import SimpleNamespace

from ...document import Box, Document, ParseWarning
from ...errors import CorruptPDFError, EncryptedDocumentError
from ...options import ParseOptions
from ...sources import Source
from ...text import clean
from .guard import _inflate_tolerant, _Limits
from .lines import PageRead, document_of, pdf_date
from .paint import Fill, Painted, stroke_band
from .pdfium_api import IDENTITY, LOCK, Frame, Matrix, Rect, bbox, clip_box, concat, fill_color, load_api, meet, object_matrix
from .pdfium_text import Font, TextObject, drop_actual_text, read_glyphs

__all__ = ["extract_pdf_pdfium", "read_pages"]

_TEXT, _PATH, _IMAGE, _FORM = 1, 2, 3, 5
_ERR_PASSWORD, _ERR_SECURITY = 4, 5
_ACTION_URI = 3
_STREAM = regex.compile(rb"(?<!end)stream(?:\r\n|\n|\r)")
_DICT_REACH = 4096  # how far before "stream" its dictionary is looked for
_PATTERN = b"/Pattern"  # a pattern colour space or resource (see bound_streams)
_WHITE = (1.0, 1.0, 1.0)  # what PDFium reports for a pattern fill (see the module docstring)
_UNBOUNDED = 1 << 62
WORD_ITEMS = True  # one item per word where it stands for its glyphs (see pdfium_words), else per glyph


def extract_pdf_pdfium(source: Source, options: ParseOptions) -> Document:
    api = load_api()
    patterns = bound_streams(source.data, options.max_pdf_stream_bytes)
    truncated: list[int] = []
    with LOCK:
        doc = api.load(source.data, len(source.data), None)
        if not doc:
            raise _open_error(api.last_error())
        try:
            count = api.page_count(doc)
            if count < 1:
                raise CorruptPDFError("the PDF cannot be read (PDFium finds no pages)")
            producer = _meta(api, doc, b"Producer") or _meta(api, doc, b"Creator")
            saved = pdf_date(_meta(api, doc, b"ModDate")) or pdf_date(_meta(api, doc, b"CreationDate"))
            fonts: dict[int, Font] = {}
            pages = (_read_page(api, doc, i, options.max_page_glyphs, truncated, fonts, WORD_ITEMS, patterns)
                     for i in range(min(count, options.max_pages)))
            document = document_of(pages, page_count=count, source=source, options=options,
                                   producer=producer, date=saved)
        finally:
            api.close_doc(doc)
    if not truncated:
        return document
    warning = ParseWarning("page-truncated",
                           f"{len(truncated)} page(s) showed more than {options.max_page_glyphs:,} glyphs; the rest "
                           "of each was not read (raise ParseOptions.max_page_glyphs to read it)")
    return document.with_(warnings=document.warnings + (warning,))


def read_pages(data: bytes, max_page_glyphs: int = 10**9, words: bool = False) -> list[PageRead]:
    """Every page of a PDF as this backend reads it, before the shared assembly (for tests and
    measurements): one glyph per character, or with ``words`` word items where they stand for
    their glyphs (as the extraction reads it when ``WORD_ITEMS``)."""
    api = load_api()
    patterns = bound_streams(data, _UNBOUNDED)
    with LOCK:
        doc = api.load(data, len(data), None)
        if not doc:
            raise _open_error(api.last_error())
        try:
            fonts: dict[int, Font] = {}
            return [_read_page(api, doc, i, max_page_glyphs, [], fonts, words, patterns)
                    for i in range(api.page_count(doc))]
        finally:
            api.close_doc(doc)


def bound_streams(data: bytes, limit: int) -> bool:
    """Raise the ``max_pdf_stream_bytes`` ResourceLimitError when the file's Flate streams (each
    through all its Flate filters) decode to more than ``limit`` bytes together, before PDFium,
    which decodes them unbounded, is given the file. Streams are found by their keywords, so a
    damaged cross-reference table hides none; image data, which text extraction never decodes, is
    not counted. Inflating is bounded as in :mod:`.guard`: memory stays under ``limit``.

    Return whether the file names a pattern (``/Pattern``) in its bytes or in a stream inflated
    here (an object stream holds the page resources of many files): see the module docstring."""
    limits = _Limits(stream_bytes=limit, page_glyphs=0)
    patterns = _PATTERN in data
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - _DICT_REACH):m.start()]
        head = head[head.rfind(b"obj") + 1:]
        stages = head.count(b"FlateDecode")
        if not stages or b"/Image" in head:
            continue
        end = data.find(b"endstream", m.end())
        raw = data[m.end():end if end >= 0 else len(data)]
        for k in range(stages):
            try:
                raw = _inflate_tolerant(raw, limits)
            except zlib.error:
                break
            if k == stages - 1 and not patterns:
                patterns = _PATTERN in raw
    return patterns


def _open_error(code: int) -> Exception:
    if code == _ERR_PASSWORD:
        return EncryptedDocumentError("the PDF is encrypted and needs a password to open")
    if code == _ERR_SECURITY:
        return EncryptedDocumentError("the PDF is encrypted in a way resumekit cannot open (an unsupported "
                                      "security handler)", hint="ask the author for an unprotected copy")
    return CorruptPDFError(f"the PDF cannot be read (PDFium error {code})")


def _meta(api: SimpleNamespace, doc, key: bytes) -> str | None:
    n = api.meta_text(doc, key, None, 0)
    if n <= 2:
        return None
    buf = ctypes.create_string_buffer(n)
    api.meta_text(doc, key, buf, n)
    return clean(buf.raw[: n - 2].decode("utf-16-le", "replace")) or None


# ----------------------------------------------------------------------------- one page

def _read_page(api: SimpleNamespace, doc, index: int, max_glyphs: int, truncated: list[int],
               fonts: dict[int, "Font"], words: bool = False, patterns: bool = False) -> PageRead:
    """Page ``index`` (from 0) of an open document; ``fonts`` is the document's font cache;
    ``patterns``: the file names a pattern (a white shape may be one, see the module docstring)."""
    page = api.load_page(doc, index)
    if not page:
        return PageRead(index + 1, Painted(width=0.0, height=0.0), [])
    try:
        frame = Frame.of(_media_box(api, page), api.rotation(page) % 4 * 90)
        painted = Painted(width=frame.width, height=frame.height)
        objects = _walk(api, page, frame, painted, patterns)
        links = _links(api, doc, page, frame)
        text_page = api.load_text(page)
        if text_page:
            try:
                if read_glyphs(api, text_page, frame, painted, objects, fonts, max_glyphs, words,
                               [(b.x0, b.top, b.x1, b.bottom) for _, b in links]):
                    truncated.append(index + 1)
            finally:
                api.close_text(text_page)
        return PageRead(index + 1, painted, links)
    finally:
        api.close_page(page)


def _media_box(api: SimpleNamespace, page) -> Rect:
    v = [ctypes.c_float() for _ in range(4)]
    if api.media_box(page, *(ctypes.byref(x) for x in v)):
        x0, y0, x1, y1 = (x.value for x in v)
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
    w, h = api.page_width(page), api.page_height(page)  # the box is inherited: the page's size
    return (0.0, 0.0, h, w) if api.rotation(page) % 2 else (0.0, 0.0, w, h)


@dataclass(slots=True)
class _Level:
    """A list of page objects being walked: the page's, or a form XObject's."""

    count: int
    get: object
    form: Matrix
    clip: Rect | None
    next: int = 0


def _walk(api: SimpleNamespace, page, frame: Frame, painted: Painted, patterns: bool = False) -> dict[int, TextObject]:
    """Number every page object in drawing order (into form XObjects), record the filled shapes
    and images, and return each text object's number, form matrix and inherited clip. With
    ``patterns``, a shape PDFium reports as pure white has no colour (it may be a pattern)."""
    objects: dict[int, TextObject] = {}
    box, refs = api.f4, api.f4_refs
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    z = 0
    stack = [_Level(api.count_objects(page), partial(api.get_object, page), IDENTITY, None)]
    while stack:
        level = stack[-1]
        if level.next >= level.count:
            stack.pop()
            continue
        obj = level.get(level.next)
        level.next += 1
        if not obj:
            continue
        z += 1
        kind = api.obj_type(obj)
        if kind == _TEXT:
            objects[obj] = TextObject(z, level.form, level.clip)
            drop_actual_text(api, obj)
        elif kind == _FORM:
            form = concat(object_matrix(api, obj), level.form)
            clip = meet(level.clip, clip_box(api, obj, level.form))
            stack.append(_Level(api.form_count(obj), partial(api.form_object, obj), form, clip))
        elif kind == _PATH:
            if (api.draw_mode(obj, ctypes.byref(fill), ctypes.byref(stroke)) and (fill.value or stroke.value)
                    and api.bounds(obj, *refs)):
                x0, top, x1, bottom = frame.rect(bbox(level.form, tuple(x.value for x in box)))
                if not fill.value:  # a thick straight line: a band (see paint.py)
                    a, b, c, d = level.form[:4]
                    width = api.f1.value * abs(a * d - b * c) ** 0.5 if api.stroke_width(obj, api.f1_ref) else 0.0
                    grow = width if min(x1 - x0, bottom - top) >= 2 * width - 0.5 else 0.0  # bounds with the stroke
                    band = stroke_band((x0 + grow, top + grow, x1 - grow, bottom - grow), width)
                    if band is None:
                        continue
                    x0, top, x1, bottom = band
                color, alpha = fill_color(api, obj, stroke=not fill.value)
                if patterns and color == _WHITE:
                    color = None  # a pattern, perhaps: PDFium's fallback colour (see the module docstring)
                painted.fills.append(Fill(x0=x0, top=top, x1=x1, bottom=bottom, z=z, color=color, alpha=alpha))
        elif kind == _IMAGE:
            if api.bounds(obj, *refs):
                painted.images.append(frame.rect(bbox(level.form, tuple(x.value for x in box))))
    return objects


# ----------------------------------------------------------------------------- links

def _links(api: SimpleNamespace, doc, page, frame: Frame) -> list[tuple[str, Box]]:
    """The page's link annotations with a URI action, in the order of its /Annots."""
    out: list[tuple[str, Box]] = []
    pos = ctypes.c_int(0)
    link = ctypes.c_void_p()
    rect = api.FS_RECTF()
    while api.link_enumerate(page, ctypes.byref(pos), ctypes.byref(link)):
        if not link.value:
            continue
        action = api.link_action(link.value)
        if not action or api.action_type(action) != _ACTION_URI:
            continue
        n = api.uri_path(doc, action, None, 0)
        if n <= 1 or not api.link_rect(link.value, ctypes.byref(rect)):
            continue
        buf = ctypes.create_string_buffer(n)
        api.uri_path(doc, action, buf, n)
        uri = clean(buf.value.decode("utf-8", "replace"))
        if uri:
            x0, top, x1, bottom = frame.rect((min(rect.left, rect.right), min(rect.bottom, rect.top),
                                             max(rect.left, rect.right), max(rect.bottom, rect.top)))
            out.append((uri, Box(x0, top, x1, bottom)))
    return out
