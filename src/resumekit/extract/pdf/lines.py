r"""PDF pages into lines: what a backend read from each page (glyphs, shapes, images, link
annotations) becomes the document's lines, the same for every backend.

Per page: hidden text is dropped and reported (:mod:`resumekit.extract.pdf.hidden`), fonts without
a usable Unicode map are dropped and reported (:mod:`resumekit.extract.pdf.unmapped`), accents TeX
built over letters become accented letters (:mod:`resumekit.extract.pdf.accents`), list
bullets drawn as shapes become bullet glyphs (:mod:`resumekit.extract.pdf.drawn`), glyphs are
put in reading order (:mod:`resumekit.extract.pdf.columns`, over the rows of
:mod:`resumekit.extract.pdf.layout` and the rules drawn on the page, ``drawn.drawn_rules``); then running headers and footers are marked
(:mod:`resumekit.extract.pdf.furniture`), each row becomes a :class:`~resumekit.document.Line` with
its style, bold/italic runs and the link annotations over it, and words hyphenated across line ends
(with a hyphen, or a soft hyphen ending the row) are put back together
(:mod:`resumekit.extract.pdf.hyphens`); each line carries its paragraph's right edge on the page
(:func:`resumekit.extract.pdf.wraps.paragraph_edges`), where the readers tell a typesetter's wrap.

A cell in capitals but for small i's (a small-capitals font whose i maps to the small letter:
"SENiOR SiTE ENGiNEER") reads in capitals.

A row of text that is only a typed rule (``TYPED_RULE``: "______" under a heading) is no line.

A math operator standing alone as a word (TeX's ``$\diamond$``, ``$\star$``, ``$\circ$``,
``$\mid$`` between an employer and its town, or as an itemize label) reads as the text mark it
stands for (``MATH_MARKS``: a middle dot, a bar), so the readers see a separator or a bullet.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter
from typing import Iterable

import regex

from ...document import Box, Document, Line, Link, ParseWarning, Run, Style
from ...errors import NoTextLayerError, ResourceLimitError
from ...options import ParseOptions
from ...sources import Source
from ...text import clean, strip_bullet
from .accents import join_accents
from .broken import join_broken_addresses
from .cell_tops import cells_from_top
from .chips import chips_apart
from .columns import document_edges, reading_order
from .drawn import drawn_bullets, drawn_rules
from .fonts import base_font, is_bullet_font
from .furniture import furniture
from .hidden import KINDS, overrule, snippet, split_hidden
from .hyphens import join_hyphenated
from .wraps import join_cell_wraps, join_centred_cells, paragraph_edges
from .layout import Glyph, Row, rows_of
from .paint import LOST, Painted
from .quads import quads_apart
from .turned import band_headings
from .unmapped import Known, known_words, lost_letter, repair_lost, unreadable_fonts

__all__ = ["PageRead", "document_of", "pdf_date"]

ICON_BULLET_ROWS = 3
# a rule typed as text: a row of five or more underscores, dashes, equals signs or tildes alone on
# its line (a Word paragraph of underscores under a heading, printed); the DOCX and text readers drop
# it too. Dots and bullets stay: a row of them may be a rating.
TYPED_RULE = regex.compile(r"[_\-=–—~](?:\s*[_\-=–—~]){4,}")
TYPE3_FONT = "unknown"  # the name pdfminer gives a font without one (a Type 3 font has no FontName)
# math operators TeX prints as separators and list labels, as the text marks they stand for
MATH_MARKS = {"\u22c4": "\u00b7", "\u22c6": "\u00b7", "\u2218": "\u00b7", "\u2219": "\u00b7", "\u22c5": "\u00b7",
              "\u2223": "|"}


@dataclass(slots=True)
class PageRead:
    """What a backend read from one page: its number (from 1), what it paints, and its link
    annotations (URL, box in the page's coordinates)."""

    number: int
    painted: Painted
    annots: list[tuple[str, Box]]


def document_of(pages: Iterable[PageRead], *, page_count: int, source: Source, options: ParseOptions,
                producer: str | None, date: dt.date | None, warnings: Iterable[ParseWarning] = (),
                typeset: bool = True) -> Document:
    """The Document of a PDF whose pages (the first ``options.max_pages`` of ``page_count``) a
    backend read, in order (``typeset``: the glyphs stand where a typesetter put them; False for
    positions estimated here, a DOCX's frames: no quad is read from their gaps, see :mod:`.quads`).
    Raises ResourceLimitError past ``options.max_chars`` glyphs and NoTextLayerError when no line
    comes out."""
    warnings = list(warnings)
    if page_count > options.max_pages:
        warnings.append(ParseWarning("pages-truncated", f"only the first {options.max_pages} of {page_count} pages were read"))
    kept: list[tuple[PageRead, float, list[Glyph], bool]] = []  # page, height, visible glyphs, has images
    chars_total = 0
    for page in pages:
        painted = page.painted
        chars_total += len(painted.glyphs) + painted.joined
        if chars_total > options.max_chars:
            raise ResourceLimitError(
                f"the PDF has more than {options.max_chars:,} characters", limit="max_chars", value=chars_total,
                hint="raise ParseOptions.max_chars (CLI: --max-chars) to parse it")
        glyphs, hidden, overruled = overrule(*split_hidden(painted))
        warnings += _hidden_warnings(hidden, overruled, page.number)
        unreadable = unreadable_fonts(painted, glyphs)
        if unreadable:
            glyphs = [g for g in glyphs if g.font not in unreadable]
            warnings += [ParseWarning("unmapped-font", f"{font}: {n:,} glyphs without a usable Unicode map were "
                                      "left out (the text needs OCR)", page.number)
                         for font, n in unreadable.items()]
        glyphs = join_accents(glyphs)
        if painted.turned:
            glyphs = glyphs + band_headings(painted.turned, painted.fills, glyphs, painted.width)
        glyphs = glyphs + drawn_bullets(painted.fills, glyphs)
        chips_apart(painted.fills, glyphs)
        kept.append((page, painted.height, glyphs, bool(painted.images)))
    rows = [rows_of(glyphs) for _, _, glyphs, _ in kept]  # made once: the edges, then the reading order
    if typeset:
        rows = [quads_apart(page_rows) for page_rows in rows]
    edges = document_edges(rows)
    read = [_Page(page.number, height, reading_order(glyphs, edges, page_rows, drawn_rules(page.painted.fills)),
                  page.annots, images)
            for (page, height, glyphs, images), page_rows in zip(kept, rows)]
    cells_from_top([p.rows for p in read])
    marks = furniture([(p.rows, p.height) for p in read])
    texts = [row.text() for p in read for row in p.rows]
    known = known_words(texts)
    letter = lost_letter(texts, known)
    lines: list[Line] = []
    loose_links: list[Link] = []
    block = 0
    for n, page in enumerate(read):
        page_marks = {r: mark for (p, r), mark in marks.items() if p == n}
        page_lines, page_links = _page_lines(page, page_marks, known, letter, start_block=block,
                                             start_index=len(lines))
        if not page_lines and page.has_images:
            warnings.append(ParseWarning("image-only-page", "the page has images but no text layer; it needs OCR",
                                         page.number))
        lines += page_lines
        if page_lines:
            block = page_lines[-1].block + 1
        loose_links += page_links
    lines = [line if line.index == i else line.with_(index=i)
             for i, line in enumerate(paragraph_edges(join_centred_cells(join_cell_wraps(
                 join_broken_addresses(join_hyphenated(lines))))))]
    if not lines:
        raise NoTextLayerError("the PDF has no text layer" + (" (its pages are images)" if warnings else ""))
    return Document(lines=tuple(lines), format="pdf", source=source.name, pages=page_count, producer=producer,
                    links=tuple(loose_links), warnings=tuple(warnings), date=date)


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


def _hidden_warnings(hidden: dict[str, list[Glyph]], overruled: dict[str, list[Glyph]], page: int
                     ) -> list[ParseWarning]:
    out = []
    for kind in KINDS:
        glyphs = [g for g in hidden.get(kind, ()) if g.text.strip()]
        if glyphs:
            out.append(ParseWarning("hidden-text", f"{kind}: {snippet(glyphs)}", page))
    kinds = [kind for kind in KINDS if overruled.get(kind)]
    if kinds:
        n = sum(1 + g.joined for kind in kinds for g in overruled[kind] if g.text.strip())
        out.append(ParseWarning("hidden-text", f"check overruled: {n:,} characters looked hidden ({', '.join(kinds)}), "
                                "most of the page; they were kept", page))
    return out


def _page_lines(page: _Page, marks: dict[int, str], known: Known, letter: str | None,
                start_block: int, start_index: int = 0) -> tuple[list[Line], list[Link]]:
    """The page's rows as lines (furniture marked "drop" left out), numbered from ``start_index``,
    and the links no line covers."""
    annots = page.annots
    used_annots: set[int] = set()
    lines: list[Line] = []
    block = start_block
    prev: Row | None = None
    icons = _icon_bullets(page.rows)
    for r, row in enumerate(page.rows):
        mark = marks.get(r)
        if mark == "drop":  # its links go with it (a theme's credit links to the theme's site)
            used_annots.update(k for k, (_, box) in enumerate(annots)
                               if box.bottom > row.top and box.top < row.bottom and _covers(box, row))
            continue
        if prev is not None and (row.column != prev.column or row.top < prev.top or mark
                                 or row.top - prev.bottom > 0.9 * max(min(prev.height, row.height), 1.0)):
            block += 1
        prev = row
        _small_caps_i(row)
        raw = row.text()
        text = clean(repair_lost(_reading(row, icons), known, letter))
        if not text or TYPED_RULE.fullmatch(text):
            continue
        bullet, body = strip_bullet(text)
        links = []
        for k, (url, box) in enumerate(annots):
            if box.bottom > row.top and box.top < row.bottom and _covers(box, row):  # (not beside it: cheap)
                links.append(Link(url=url, text=_text_under(row, box) or None))
                used_annots.add(k)
        lines.append(Line(
            text=body, index=start_index + len(lines), raw=raw, page=page.number, block=block, style=_style(row.glyphs),
            box=Box(row.x0, row.top, row.x1, row.bottom), bullet=bullet, links=tuple(links),
            runs=_runs(row), origin=f"pdf:{mark}" if mark else "pdf", column=row.column, words=_word_boxes(row)))
    loose = [Link(url=url, page=page.number, box=box) for k, (url, box) in enumerate(annots) if k not in used_annots]
    return lines, loose


_INNER_I = regex.compile(r"\p{Lu}i+\p{Lu}")
SMALL_CAPS_MIN = 4  # capitals a cell needs before its i's are read as capitals too


def _small_caps_i(row: Row) -> None:
    """Each cell of the row of two words or more in capitals but for small i's, one of them between
    two capitals ("SENiOR SiTE RELiABiLiTY", "B.S. iN COMPUTER ENGiNEERiNG": a small-capitals font
    whose i maps to the small letter, as XeTeX writes Source Sans Pro's), its i's read as capitals,
    in place; any other cell (another small letter, a letter of no case as in Chinese, one word, no
    i between capitals: "iOS DEVELOPER", "TiCDC") as printed."""
    for cell in row.cells:
        text = "".join([g.text for word in cell for g in word])
        if "i" not in text or not _INNER_I.search(text):
            continue
        glyphs = [g for word in cell for g in word]
        rest = text.replace("i", "")
        if len(cell) < 2 or not all(ch.isupper() for ch in rest if ch.isalpha()) \
                or sum(ch.isupper() for ch in rest) < SMALL_CAPS_MIN:
            continue
        for g in glyphs:
            if "i" in g.text:
                g.text = g.text.replace("i", "I")


def _icon_key(row: Row) -> tuple | None:
    """The icon a row opens with, alone as a word before more text: (font, text, width). A glyph
    without Unicode from a nameless font counts as one: a Type 3 font (pdfTeX's ``\\textbullet`` set
    from a bitmap where the TS1 fonts are missing), not a named font's lost ligature or icon."""
    first = row.cells[0][0] if row.cells and row.cells[0] else None
    if not first or len(first) != 1 or not (first[0].icon or _type3_lost(first[0])) or len(row.glyphs) < 2:
        return None
    g = first[0]
    return g.font, g.text, round(g.x1 - g.x0, 1)


def _type3_lost(g: Glyph) -> bool:
    """A glyph without Unicode from a font with no name (pdfminer's "unknown": a Type 3 font)."""
    return g.text == LOST and g.font == TYPE3_FONT


def _icon_bullets(rows: list[Row]) -> set[tuple]:
    """Icons that open ``ICON_BULLET_ROWS`` rows or more of a page: list bullets drawn from an icon
    font (FontAwesome's circle, a TeX symbol font's glyph without Unicode), not the different
    icons before a phone number and an e-mail address."""
    counts = Counter(k for k in map(_icon_key, rows) if k is not None)
    return {k for k, n in counts.items() if n >= ICON_BULLET_ROWS}


def _reading(row: Row, bullets: set[tuple] = frozenset()) -> str:
    """The row's text without icon glyphs, except a leading one from a bullet font (Symbol,
    Wingdings, Dingbats: Word's list bullets) or one of the page's icon ``bullets`` (an icon, or a
    Type 3 font's glyph without Unicode), which reads as a bullet; a math operator alone as a word
    reads as its text mark (``MATH_MARKS``)."""
    cells = []
    lead = _icon_key(row)
    for ci, cell in enumerate(row.cells):
        words = []
        for wi, word in enumerate(cell):
            if ci == 0 and wi == 0 and word[0].icon and (is_bullet_font(word[0].font) or lead in bullets):
                words.append("\u2022")
            elif ci == 0 and wi == 0 and len(word) == 1 and _type3_lost(word[0]) and lead in bullets:
                words.append("\u2022")
                continue
            text = ("" if word[0].icon else word[0].text) if len(word) == 1 else "".join([g.text for g in word if not g.icon])
            if text:
                words.append(MATH_MARKS.get(text, text))
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


def _word_boxes(row: Row) -> tuple[tuple[str, Box], ...]:
    """The row's words as the layout made them (icons and lost glyphs left out), each with the box
    of its glyphs: where a value read from part of the line sits on the page."""
    out = []
    for cell in row.cells:
        for word in cell:
            if len(word) == 1:  # one glyph or one word item (most words of the pdfium backend)
                g = word[0]
                if not g.icon and g.text != LOST and g.text.strip():
                    out.append((g.text, _box(g.x0, g.top, g.x1, g.bottom)))
                continue
            glyphs = [g for g in word if not g.icon and g.text != LOST and g.text.strip()]  # _readable
            if glyphs:
                out.append(("".join([g.text for g in glyphs]),
                            Box(min([g.x0 for g in glyphs]), min([g.top for g in glyphs]),
                                max([g.x1 for g in glyphs]), max([g.bottom for g in glyphs]))))
    return tuple(out)


_NEW = object.__new__
_PUT_BOX = tuple(Box.__dict__[name].__set__ for name in ("x0", "top", "x1", "bottom"))  # the slots' setters


def _box(x0: float, top: float, x1: float, bottom: float, _put=_PUT_BOX) -> Box:
    """``Box(x0, top, x1, bottom)`` made through its slots' setters, at half the cost of the frozen
    dataclass's ``__init__`` (a box per word of a document: the same object, as Line.with_ makes lines)."""
    box = _NEW(Box)
    _put[0](box, x0)
    _put[1](box, top)
    _put[2](box, x1)
    _put[3](box, bottom)
    return box


def _readable(g: Glyph) -> bool:
    return not g.icon and g.text != LOST


def _style(glyphs: list[Glyph]) -> Style:
    """The row's style by its letters' majority (a word item counts its letters)."""
    if any(g.joined for g in glyphs):
        return _letters_style(glyphs)
    fonts = Counter(g.font for g in glyphs)
    font = fonts.most_common(1)[0][0] if fonts else None
    n = len(glyphs) or 1
    sizes = Counter(round(g.size, 1) for g in glyphs)
    size = sizes.most_common(1)[0][0] if sizes else None
    bold = sum(g.bold for g in glyphs) > n / 2
    italic = sum(g.italic for g in glyphs) > n / 2
    return Style(size=size, bold=bold, italic=italic, font=base_font(font) if font else None)


def _letters_style(glyphs: list[Glyph]) -> Style:
    """:func:`_style` of glyphs among which some are word items, each counted by its letters."""
    fonts: dict[str, int] = {}
    raw: dict[float, int] = {}  # by size as painted, rounded below (a row has a few sizes)
    n = bold = italic = 0
    for g in glyphs:
        w = 1 + g.joined
        fonts[g.font] = fonts.get(g.font, 0) + w
        raw[g.size] = raw.get(g.size, 0) + w
        n += w
        bold += w * g.bold
        italic += w * g.italic
    sizes: dict[float, int] = {}  # in the order each rounded size first comes, as counted glyph by glyph
    for size, w in raw.items():
        size = round(size, 1)
        sizes[size] = sizes.get(size, 0) + w
    # the first of the most common, as Counter.most_common(1) gives it
    font = max(fonts.items(), key=itemgetter(1))[0]
    return Style(size=max(sizes.items(), key=itemgetter(1))[0], bold=bold > n / 2, italic=italic > n / 2,
                 font=base_font(font) if font else None)


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
