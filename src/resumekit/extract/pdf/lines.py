"""PDF pages into lines: what a backend read from each page (glyphs, shapes, images, link
annotations) becomes the document's lines, the same for every backend.

Per page: hidden text is dropped and reported (:mod:`resumekit.extract.pdf.hidden`), fonts without
a usable Unicode map are dropped and reported (:mod:`resumekit.extract.pdf.unmapped`), glyphs are
put in reading order (:mod:`resumekit.extract.pdf.columns`, over the rows of
:mod:`resumekit.extract.pdf.layout`); then running headers and footers are marked
(:mod:`resumekit.extract.pdf.furniture`), each row becomes a :class:`~resumekit.document.Line` with
its style, bold/italic runs and the link annotations over it, and words hyphenated across line ends
are put back together (:mod:`resumekit.extract.pdf.hyphens`).
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

import regex

from ...document import Box, Line, Link, ParseWarning, Run, Style
from ...text import clean, strip_bullet
from .fonts import base_font, is_bullet_font
from .hidden import KINDS, snippet
from .layout import Glyph, Row
from .paint import LOST
from .unmapped import repair_lost

__all__ = ["pdf_date"]


@dataclass(slots=True)
class _Page:
    number: int
    height: float
    rows: list[Row]
    annots: list[tuple[str, Box]]
    has_images: bool


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


def _hidden_warnings(hidden: dict[str, list[Glyph]], page: int) -> list[ParseWarning]:
    out = []
    for kind in KINDS:
        glyphs = [g for g in hidden.get(kind, ()) if g.text.strip()]
        if glyphs:
            out.append(ParseWarning("hidden-text", f"{kind}: {snippet(glyphs)}", page))
    return out


def _page_lines(page: _Page, marks: dict[int, str], known: Counter, start_block: int) -> tuple[list[Line], list[Link]]:
    """The page's rows as lines (furniture marked "drop" left out), and the links no line covers."""
    annots = page.annots
    used_annots: set[int] = set()
    lines: list[Line] = []
    block = start_block
    prev: Row | None = None
    for r, row in enumerate(page.rows):
        mark = marks.get(r)
        if mark == "drop":
            continue
        if prev is not None and (row.column != prev.column or row.top < prev.top or mark
                                 or row.top - prev.bottom > 0.9 * max(min(prev.height, row.height), 1.0)):
            block += 1
        prev = row
        raw = row.text()
        text = clean(repair_lost(_reading(row), known))
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
            runs=_runs(row), origin=f"pdf:{mark}" if mark else "pdf", column=row.column))
    loose = [Link(url=url) for k, (url, _) in enumerate(annots) if k not in used_annots]
    return lines, loose


def _reading(row: Row) -> str:
    """The row's text without icon glyphs, except a leading one from a bullet font (Symbol,
    Wingdings, Dingbats: Word's list bullets), which reads as a bullet."""
    cells = []
    for ci, cell in enumerate(row.cells):
        words = []
        for wi, word in enumerate(cell):
            if ci == 0 and wi == 0 and word[0].icon and is_bullet_font(word[0].font):
                words.append("\u2022")
            text = "".join(g.text for g in word if not g.icon)
            if text:
                words.append(text)
        cells.append(" ".join(words))
    return "\t".join(cells)


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
