"""PDF extraction with pdfplumber: glyphs into lines by position, styles from fonts, link
annotations attached to the lines they cover.

The page is read in drawing order by :mod:`resumekit.extract.pdf.paint`; the read pages become lines
in :mod:`resumekit.extract.pdf.lines`, which this backend shares with the others.
"""
from __future__ import annotations

from ...document import Box, Document
from ...options import ParseOptions
from ...sources import Source
from ...text import clean
from .guard import PdfSession
from .lines import PageRead, document_of, pdf_date
from .paint import read_page

__all__ = ["extract_pdf", "pdf_date"]

def extract_pdf(source: Source, options: ParseOptions) -> Document:
    # pdfminer bounded (bombs, quadratic tokens, huge pages) and its failures typed: see .guard
    with PdfSession(source, options) as session:
        return session.finish(_read(session.pdf, source, options))


def _read(pdf, source: Source, options: ParseOptions) -> Document:
    meta = pdf.metadata or {}
    producer = _meta_str(meta.get("Producer")) or _meta_str(meta.get("Creator"))
    saved = pdf_date(_meta_str(meta.get("ModDate"))) or pdf_date(_meta_str(meta.get("CreationDate")))
    pages = pdf.pages
    read = (PageRead(page.page_number, read_page(page), _annotations(page)) for page in pages[: options.max_pages])
    return document_of(read, page_count=len(pages), source=source, options=options, producer=producer, date=saved)


def _meta_str(v) -> str | None:
    """A metadata value as text: PDF text strings are UTF-16 with a byte-order mark, else
    PDFDocEncoding (read as UTF-8 where it decodes, else Latin-1, which always does)."""
    if v is None:
        return None
    if isinstance(v, bytes):
        if v[:2] in (b"\xfe\xff", b"\xff\xfe"):
            v = v.decode("utf-16", "replace")
        else:
            try:
                v = v.decode("utf-8")
            except UnicodeDecodeError:
                v = v.decode("latin-1")
    return clean(str(v)) or None


def _annotations(page) -> list[tuple[str, Box]]:
    out = []
    try:
        links = page.hyperlinks
    except Exception:  # a malformed annotation must not lose the page
        return out
    for h in links:
        uri = h.get("uri")
        if isinstance(uri, bytes):
            uri = uri.decode("utf-8", "replace")
        if not uri or not isinstance(uri, str):
            continue
        uri = clean(uri)
        if uri:
            out.append((uri, Box(float(h["x0"]), float(h["top"]), float(h["x1"]), float(h["bottom"]))))
    return out
