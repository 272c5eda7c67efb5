"""PDF extraction with pdfplumber: glyphs into lines by position, styles from fonts, link
annotations attached to the lines they cover.

The page is read in drawing order by :mod:`resumekit.extract.pdf.paint`; the read pages become lines
in :mod:`resumekit.extract.pdf.lines`, which this backend shares with the others.
"""
from __future__ import annotations

from ...document import Box, Document, Line, Link, ParseWarning
from ...errors import NoTextLayerError, ResourceLimitError
from ...options import ParseOptions
from ...sources import Source
from ...text import clean
from .columns import reading_order
from .furniture import furniture
from .hidden import split_hidden
from .hyphens import join_hyphenated
from .guard import PdfSession
from .lines import _hidden_warnings, _Page, _page_lines, pdf_date
from .paint import read_page
from .unmapped import known_words, unreadable_fonts

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
    warnings: list[ParseWarning] = []
    if len(pages) > options.max_pages:
        warnings.append(ParseWarning("pages-truncated", f"only the first {options.max_pages} of {len(pages)} pages were read"))
    read: list[_Page] = []
    chars_total = 0
    for page in pages[: options.max_pages]:
        painted = read_page(page)
        chars_total += len(painted.glyphs)
        if chars_total > options.max_chars:
            raise ResourceLimitError(
                f"the PDF has more than {options.max_chars:,} characters", limit="max_chars", value=chars_total,
                hint="raise ParseOptions.max_chars (CLI: --max-chars) to parse it")
        glyphs, hidden = split_hidden(painted)
        warnings += _hidden_warnings(hidden, page.page_number)
        unreadable = unreadable_fonts(painted, glyphs)
        if unreadable:
            glyphs = [g for g in glyphs if g.font not in unreadable]
            warnings += [ParseWarning("unmapped-font", f"{font}: {n:,} glyphs without a usable Unicode map were "
                                      "left out (the text needs OCR)", page.page_number)
                         for font, n in unreadable.items()]
        read.append(_Page(page.page_number, painted.height, reading_order(glyphs), _annotations(page),
                          bool(painted.images)))
    marks = furniture([(p.rows, p.height) for p in read])
    known = known_words(row.text() for p in read for row in p.rows)
    lines: list[Line] = []
    loose_links: list[Link] = []
    block = 0
    for n, page in enumerate(read):
        page_marks = {r: mark for (p, r), mark in marks.items() if p == n}
        page_lines, page_links = _page_lines(page, page_marks, known, start_block=block)
        if not page_lines and page.has_images:
            warnings.append(ParseWarning("image-only-page", "the page has images but no text layer; it needs OCR",
                                         page.number))
        for line in page_lines:
            lines.append(line.with_(index=len(lines)))
        if page_lines:
            block = page_lines[-1].block + 1
        loose_links += page_links
    lines = [line.with_(index=i) for i, line in enumerate(join_hyphenated(lines))]
    if not lines:
        raise NoTextLayerError("the PDF has no text layer" + (" (its pages are images)" if warnings else ""))
    return Document(lines=tuple(lines), format="pdf", source=source.name, pages=len(pages), producer=producer,
                    links=tuple(loose_links), warnings=tuple(warnings), date=saved)


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
