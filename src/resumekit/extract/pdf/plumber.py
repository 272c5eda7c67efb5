"""PDF extraction with pdfplumber: glyphs into lines by position, styles from fonts, link
annotations attached to the lines they cover.

The page is read in drawing order by :mod:`resumekit.extract.pdf.paint`; styles come from
:mod:`resumekit.extract.pdf.fonts`; the geometry lives in :mod:`resumekit.extract.pdf.layout`; words
hyphenated across line ends are put back together by :mod:`resumekit.extract.pdf.hyphens`.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import regex

from ...document import Box, Document, Line, Link, ParseWarning, Run, Style
from ...errors import NoTextLayerError, ResourceLimitError
from ...options import ParseOptions
from ...sources import Source
from ...text import clean, strip_bullet
from .fonts import base_font, is_bullet_font
from .columns import document_edges, reading_order
from .furniture import furniture
from .layout import Glyph, Row
from .hidden import KINDS, overrule, snippet, split_hidden
from .hyphens import join_hyphenated
from .guard import PdfSession
from .paint import LOST, read_page
from .unmapped import known_words, repair_lost, unreadable_fonts

__all__ = ["extract_pdf", "pdf_date"]

ICON_BULLET_ROWS = 3

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
    kept: list[tuple[object, float, list[Glyph], bool]] = []  # page, height, visible glyphs, has images
    chars_total = 0
    for page in pages[: options.max_pages]:
        painted = read_page(page)
        chars_total += len(painted.glyphs)
        if chars_total > options.max_chars:
            raise ResourceLimitError(
                f"the PDF has more than {options.max_chars:,} characters", limit="max_chars", value=chars_total,
                hint="raise ParseOptions.max_chars (CLI: --max-chars) to parse it")
        glyphs, hidden, overruled = overrule(*split_hidden(painted))
        warnings += _hidden_warnings(hidden, overruled, page.page_number)
        unreadable = unreadable_fonts(painted, glyphs)
        if unreadable:
            glyphs = [g for g in glyphs if g.font not in unreadable]
            warnings += [ParseWarning("unmapped-font", f"{font}: {n:,} glyphs without a usable Unicode map were "
                                      "left out (the text needs OCR)", page.page_number)
                         for font, n in unreadable.items()]
        kept.append((page, painted.height, glyphs, bool(painted.images)))
    edges = document_edges([glyphs for _, _, glyphs, _ in kept])
    read = [_Page(page.page_number, height, reading_order(glyphs, edges), _annotations(page), images)
            for page, height, glyphs, images in kept]
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


@dataclass(slots=True)
class _Page:
    number: int
    height: float
    rows: list[Row]
    annots: list[tuple[str, Box]]
    has_images: bool


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


_PDF_DATE = regex.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?")


def pdf_date(value: str | None) -> dt.date | None:
    """The day of a PDF date string ("D:20190312145501+01'00'", "D:2019", "20190312"); None when
    it is not one. The time and zone are dropped: a day is all "present" needs."""
    m = _PDF_DATE.match(value or "")
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def _hidden_warnings(hidden: dict[str, list[Glyph]], overruled: dict[str, list[Glyph]], page: int
                     ) -> list[ParseWarning]:
    out = []
    for kind in KINDS:
        glyphs = [g for g in hidden.get(kind, ()) if g.text.strip()]
        if glyphs:
            out.append(ParseWarning("hidden-text", f"{kind}: {snippet(glyphs)}", page))
    kinds = [kind for kind in KINDS if overruled.get(kind)]
    if kinds:
        n = sum(1 for kind in kinds for g in overruled[kind] if g.text.strip())
        out.append(ParseWarning("hidden-text", f"check overruled: {n:,} characters looked hidden ({', '.join(kinds)}), "
                                "most of the page; they were kept", page))
    return out


def _page_lines(page: _Page, marks: dict[int, str], known: Counter, start_block: int) -> tuple[list[Line], list[Link]]:
    """The page's rows as lines (furniture marked "drop" left out), and the links no line covers."""
    annots = page.annots
    used_annots: set[int] = set()
    lines: list[Line] = []
    block = start_block
    prev: Row | None = None
    marks_ = _icon_bullets(page.rows)
    for r, row in enumerate(page.rows):
        mark = marks.get(r)
        if mark == "drop":
            continue
        if prev is not None and (row.column != prev.column or row.top < prev.top or mark
                                 or row.top - prev.bottom > 0.9 * max(min(prev.height, row.height), 1.0)):
            block += 1
        prev = row
        raw = row.text()
        text = clean(repair_lost(_reading(row, marks_), known))
        if not text:
            continue
        bullet, body = strip_bullet(text)
        links = []
        for k, (url, box) in enumerate(annots):
            if _covers(box, row):
                links.append(Link(url=url, text=_text_under(row, box) or None))
                used_annots.add(k)
        lines.append(Line(
            text=body, raw=raw, page=page.number, block=block, style=_style(row.glyphs),
            box=Box(row.x0, row.top, row.x1, row.bottom), bullet=bullet, links=tuple(links),
            runs=_runs(row), origin=f"pdf:{mark}" if mark else "pdf", column=row.column, words=_word_boxes(row)))
    loose = [Link(url=url) for k, (url, _) in enumerate(annots) if k not in used_annots]
    return lines, loose


def _icon_key(row: Row) -> tuple | None:
    """The icon a row opens with, alone as a word before more text: (font, text, width)."""
    first = row.cells[0][0] if row.cells and row.cells[0] else None
    if not first or len(first) != 1 or not first[0].icon or len(row.glyphs) < 2:
        return None
    g = first[0]
    return g.font, g.text, round(g.x1 - g.x0, 1)


def _icon_bullets(rows: list[Row]) -> set[tuple]:
    """Icons that open ``ICON_BULLET_ROWS`` rows or more of a page: list bullets drawn from an icon
    font (FontAwesome's circle, a TeX symbol font's glyph without Unicode), not the different
    icons before a phone number and an e-mail address."""
    counts = Counter(k for k in map(_icon_key, rows) if k is not None)
    return {k for k, n in counts.items() if n >= ICON_BULLET_ROWS}


def _reading(row: Row, bullets: set[tuple] = frozenset()) -> str:
    """The row's text without icon glyphs, except a leading one from a bullet font (Symbol,
    Wingdings, Dingbats: Word's list bullets) or one of the page's icon ``bullets``, which reads
    as a bullet."""
    cells = []
    lead = _icon_key(row)
    for ci, cell in enumerate(row.cells):
        words = []
        for wi, word in enumerate(cell):
            if ci == 0 and wi == 0 and word[0].icon and (is_bullet_font(word[0].font) or lead in bullets):
                words.append("\u2022")
            text = "".join(g.text for g in word if not g.icon)
            if text:
                words.append(text)
        cells.append(" ".join(words))
    return "\t".join(cells)


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


def _covers(box: Box, row: Row) -> bool:
    v = min(box.bottom, row.bottom) - max(box.top, row.top)
    h = min(box.x1, row.x1) - max(box.x0, row.x0)
    return v >= 0.4 * max(row.height, 1.0) and h > 0


def _text_under(row: Row, box: Box) -> str:
    """The row's words (as the layout made them) whose glyphs lie under a link annotation."""
    words = []
    for cell in row.cells:
        for word in cell:
            text = "".join(g.text for g in word if box.x0 - 1 <= (g.x0 + g.x1) / 2 <= box.x1 + 1 and _readable(g))
            if text:
                words.append(text)
    return clean(" ".join(words))


def _word_boxes(row: Row) -> tuple[tuple[str, Box], ...]:
    """The row's words as the layout made them (icons and lost glyphs left out), each with the box
    of its glyphs: where a value read from part of the line sits on the page."""
    out = []
    for cell in row.cells:
        for word in cell:
            glyphs = [g for g in word if _readable(g) and g.text.strip()]
            if glyphs:
                out.append(("".join(g.text for g in glyphs), Box(min(g.x0 for g in glyphs), min(g.top for g in glyphs),
                                                                max(g.x1 for g in glyphs), max(g.bottom for g in glyphs))))
    return tuple(out)


def _readable(g: Glyph) -> bool:
    return not g.icon and g.text != LOST


def _style(glyphs: list[Glyph]) -> Style:
    fonts = Counter(g.font for g in glyphs)
    font = fonts.most_common(1)[0][0] if fonts else None
    n = len(glyphs) or 1
    sizes = Counter(round(g.size, 1) for g in glyphs)
    size = sizes.most_common(1)[0][0] if sizes else None
    bold = sum(g.bold for g in glyphs) > n / 2
    italic = sum(g.italic for g in glyphs) > n / 2
    return Style(size=size, bold=bold, italic=italic, font=base_font(font) if font else None)


def _runs(row: Row) -> tuple[Run, ...]:
    """Bold/italic runs of the row's text, or () when the row is in one style."""
    if len({(g.bold, g.italic) for g in row.glyphs}) <= 1:
        return ()
    runs: list[Run] = []
    for ci, cell in enumerate(row.cells):
        for wi, word in enumerate(cell):
            sep = "\t" if ci and not wi else (" " if wi else "")
            for gi, g in enumerate(word):
                piece = (sep if gi == 0 else "") + (g.text if _readable(g) else "")
                if runs and runs[-1].bold == g.bold and runs[-1].italic == g.italic:
                    runs[-1] = Run(runs[-1].text + piece, g.bold, g.italic)
                else:
                    runs.append(Run(piece, g.bold, g.italic))
    cleaned = [Run(clean(r.text) if i == 0 else r.text, r.bold, r.italic) for i, r in enumerate(runs)]
    return tuple(r for r in cleaned if r.text)
