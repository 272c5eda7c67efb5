"""DOCX bodies made of positioned text frames, read by geometry as the PDF reader reads a page.

PDF-to-Word converters (LibreOffice's PDF import, and the like) write each printed line, or each
run of text, as a text frame of its own (``wp:anchor`` holding ``wps:txbx``, or a VML
``v:textbox``, in ``mc:AlternateContent``) placed at an absolute position, in the PDF's drawing
order rather than its reading order, all of a page's (often all of the document's) frames anchored
in one empty paragraph; headings come letter-spaced ("W O R K   E X P E R I E N C E") and list
bullets as small drawn shapes. Read in document order, two columns interleave line by line. Such a
body is read here by where its frames sit, through the PDF route's own page-to-lines assembly
(:func:`resumekit.extract.pdf.lines.document_of`): rows and words (:mod:`..pdf.layout`, which
joins letter-spaced capitals), gutters, columns and label columns (:mod:`..pdf.columns`), drawn
bullets (:mod:`..pdf.drawn`), running headers and footers, hyphenated line ends. No column
finder of its own.

Signals, in order:
1. Whether: at least ``MIN_FRAMES`` text frames whose place on the page can be told hold at
   least ``FRAME_SHARE`` of the characters of the body (its flow and its frames); else the walk's
   reading (:mod:`.layout`) stands, and a Word document with a few text boxes (a masthead, a
   sidebar) is not read here.
2. Where a frame is: its offsets from what they are measured from (the page; the margin; the
   column or character across, which is the left margin here; the paragraph or line down: the
   anchor paragraph's estimated top on its page), or its alignment (left, centre, right; top,
   centre, bottom) within that; its lines stacked from its top by their estimated heights, each
   line's glyphs placed from its left by estimated advances, squeezed into the frame's inner
   width where they would run past it (a converter pads its frames: LibreOffice's are a tenth to
   a third wider than their text, so a frame's width would run a column into the next), and
   before the next frame on its baseline: a word space before it when the two are of one style
   (a converter breaks a line into frames of one style at its wider gaps), else at it.
   A line's glyphs are an em box around its baseline (``_ASCENT`` of its height down), painted
   in the frame's place in the drawing order, with no space glyphs: the gap between two frames
   is then judged by its width alone, as on a page without spaces (a TeX page's word frames are
   words, not cells). A run break between two letters or digits of runs formatted alike is a
   word space (the PDF set the words apart by position alone). Accents TeX built from a spacing
   accent beside a letter ("Sol`ene") are the accented letter. Flow paragraphs with text of
   their own stand at their estimated place at the left margin.
3. Which page: the flow's page of the anchor paragraph and, within it (a converter anchors every
   page's frames in one paragraph, page numbers lost, the offsets of each page starting again
   from the top): where the frames come top to bottom (at least ``SORTED`` of the steps from a
   frame to the next that are no such jump go down the page: LibreOffice writes a page's frames
   by their tops), a frame more than ``PAGE_JUMP`` of the page's height above the one before
   starts the next page; in any other order (the PDF's drawing order), a frame that overlaps one
   already placed on its page (by ``OVERLAP`` of the smaller one's area) starts the next page,
   which begins at the last frame since the current page began that jumps up by more than half
   ``PAGE_JUMP`` (the first frames of the next page, above any frame of this one), else at the
   overlapping frame.
4. Bullets: a shape without text (a filled ``wps:wsp``) is a filled box on its page, which the
   PDF route reads as a list bullet when it is one (:mod:`..pdf.drawn`); a frame holding a list
   marker alone takes the top and height of the line it marks (its symbol font sets it a point
   or two off).
5. Colour: a frame whose runs all set one colour (``w:color``) within ``LOW_CONTRAST`` of white
   and that overlaps a frame of another colour (by ``OVERLAP``) gives its glyphs that colour, judged
   by the PDF route's hidden-text check against the filled shapes drawn under them, over white
   paper: white letters on a name's line are the PDF's invisible text (a template's leftovers).
   Any other frame's colour is not judged (a converter loses the dark band white headings stood
   on); an anchored picture is an image there, whose colours are not read (its text is kept).
Errs towards the walk: a body that is not clearly frames is read as before.
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from ...document import Box, Line
from ...options import ParseOptions
from ...sources import Source
from ...text import BULLET_CHARS
from ..pdf.accents import ACCENTS
from ..pdf.hidden import LOW_CONTRAST, contrast
from ..pdf.layout import Glyph
from ..pdf.lines import PageRead, document_of
from ..pdf.paint import Fill, Painted
from .hidden import rgb
from .layout import LINE_EM, Float, Item, SectionGeom, _x, text_rows

__all__ = ["framed_lines", "MIN_FRAMES", "FRAME_SHARE", "SORTED", "OVERLAP", "PAGE_JUMP"]

MIN_FRAMES = 8
FRAME_SHARE = 0.8
SORTED = 0.9
OVERLAP = 0.3
PAGE_JUMP = 0.5
# spacing accents and the combining marks they stand for, as the PDF route's (the ASCII ^ and ~ are text)
_ACCENTS = {k: v for k, v in ACCENTS.items() if k not in "^~"}
_VOWELS = set("aeiouyáéíóú")
_MARK_GAP = 3.0
_ASCENT = 0.78  # where the baseline sits in a line's height (ascent over ascent and descent)
_ROW_EM = 0.3  # baselines this close (in ems) are one printed line
_WORD_GAP = 0.3  # ems: the word space left between two frames of one style on a line
_KERNED = 0.8  # a frame starting within this share of the one before's estimated text is kerned to it
_SORT_SLACK = 2.0  # points a frame may start above the one before in a page written top to bottom
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_ANCHOR, _WSP, _TXBX = f"{{{_WP}}}anchor", f"{{{_WPS}}}wsp", f"{{{_WPS}}}txbx"
_FALLBACK = f"{{{_MC}}}Fallback"
_VML = "{urn:schemas-microsoft-com:vml}"
_WML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W_TXBX, _W_P, _W_T = f"{{{_WML}}}txbxContent", f"{{{_WML}}}p", f"{{{_WML}}}t"
_W_R, _W_RPR = f"{{{_WML}}}r", f"{{{_WML}}}rPr"
_W_COLOR, _W_VAL, _BLIP = f"{{{_WML}}}color", f"{{{_WML}}}val", f"{{{_A}}}blip"
_W_TEXT = {f"{{{_WML}}}tab": "\t", f"{{{_WML}}}br": "\n", f"{{{_WML}}}cr": "\n"}
_EMU_PER_PT = 12700
_WHITE = (1.0, 1.0, 1.0)

# advances in ems of a proportional sans face, by kind of character (an estimate: only the
# relative places of words and frames matter)
_NARROW = set("iljtfrI.,;:'!|()[]` \u00a0")
_WIDE = set("mwMW@%")


@dataclass
class _Frame:
    """A text frame's lines and its box on the page (points, from the page's top left corner)."""

    lines: list[Line]
    x0: float
    top: float
    width: float
    height: float
    page: int = 1  # the flow's page of its anchor, then the page it is read on
    inset: float = 0.0
    anchor: object = None  # the element that places it (None: a flow paragraph)
    order: int = -1  # its place among the body's drawings
    color: tuple[float, float, float] | None = None  # its text's one colour, where all its runs set the same

    @property
    def x1(self) -> float:
        return self.x0 + self.width

    @property
    def bottom(self) -> float:
        return self.top + self.height


@dataclass
class _Shape:
    box: Box
    order: int
    page: int = 1
    fill: object = None  # RGB 0..1, or True: filled, colour not told; None: a picture


@dataclass
class _Placed:
    frames: list[_Frame] = field(default_factory=list)
    shapes: list[_Shape] = field(default_factory=list)


def framed_lines(items: list[Item], sections: list[SectionGeom], body, source: Source,
                 options: ParseOptions) -> list[Line] | None:
    """The body's lines read by the geometry of its frames, or None when the body is not mostly
    positioned frames (signal 1). ``items``: the walk of the body (:class:`.walk.Walker`), with
    its floats; ``body``: the ``w:body`` element (its shapes without text)."""
    if sum(fl.anchor is not None for it in items for fl in it.floats) < MIN_FRAMES:
        return None  # (most documents: no frames to place, nothing built)
    geom = sections[0] if sections else SectionGeom()
    frames, flow_chars, frame_chars = _frames(items, sections)
    if sum(fr.anchor is not None for fr in frames) < MIN_FRAMES \
            or frame_chars < FRAME_SHARE * (frame_chars + flow_chars):
        return None
    shapes = _order(body, geom, frames)
    _paginate(frames, shapes, geom)
    pages: dict[int, _Placed] = {}
    for fr in frames:
        pages.setdefault(fr.page, _Placed()).frames.append(fr)
    for sh in shapes:
        if sh.page in pages:
            pages[sh.page].shapes.append(sh)
    reads = []
    for n, page in enumerate(sorted(pages), start=1):
        placed = pages[page]
        _bullets_on_baselines(placed.frames)
        _judged_colours(placed.frames)
        ends = _row_ends(placed.frames)
        glyphs: list[Glyph] = []
        annots = []
        for fr in placed.frames:
            g, a = _glyphs(fr, ends.get(id(fr)))
            glyphs += g
            annots += a
        fills = [Fill(sh.box.x0, sh.box.top, sh.box.x1, sh.box.bottom, sh.order,
                      sh.fill if isinstance(sh.fill, tuple) else None) for sh in placed.shapes if sh.fill is not None]
        images = [(sh.box.x0, sh.box.top, sh.box.x1, sh.box.bottom) for sh in placed.shapes if sh.fill is None]
        # (positions are estimates, and a converter may keep the PDF's page size in a section of
        # another: the page is made large enough that no glyph falls off it)
        width = max([geom.page_width] + [g.x1 + 1.0 for g in glyphs])
        height = max([geom.page_height] + [g.bottom + 1.0 for g in glyphs])
        painted = Painted(width=width, height=height, glyphs=glyphs, fills=fills, images=images)
        reads.append(PageRead(n, painted, annots))
    doc = document_of(reads, page_count=len(reads), source=source, options=options, producer=None, date=None,
                      typeset=False)
    # (blocks kept apart from the walk's, which number the headers' and footers' paragraphs)
    return [line.with_(origin="frame" + line.origin[3:], block=-1 - line.block) for line in doc.lines]


# ----------------------------------------------------------------------------- where frames are


def _frames(items: list[Item], sections: list[SectionGeom]) -> tuple[list[_Frame], int, int]:
    """The body's positioned text frames and flow paragraphs with text (document order), and the
    characters of the flow and of the frames."""
    frames: list[_Frame] = []
    flow = framed = 0
    tops: dict[int, float] = {}  # page -> the estimated top of the next paragraph, from the margin
    for it in items:
        geom = sections[min(it.section, len(sections) - 1)] if sections else SectionGeom()
        y = tops.get(it.page, 0.0)
        flow += sum(len(l.text) for l in it.lines)
        if it.lines:  # a flow paragraph with text: where it stands, at the margin
            frames.append(_Frame(list(it.lines), geom.left + it.indent, geom.top + y, geom.column_width(it.column),
                                 it.height or it.text_height, page=it.page))
        for fl in it.floats:
            lines = [l for sub in fl.items for l in _all_lines(sub)]
            n = sum(len(l.text) for l in lines)
            box = _place(fl, geom, geom.top + y)
            if box is None or not lines or fl.anchor is None:
                flow += n
                continue
            framed += n
            frames.append(_Frame(_spaced(lines, fl.anchor), box[0], box[1], fl.width, fl.height, page=it.page,
                                 inset=fl.inset, anchor=fl.anchor, color=_text_colour(fl.anchor)))
        tops[it.page] = y + it.height
    return frames, flow, framed


def _spaced(lines: list[Line], anchor) -> list[Line]:
    """The frame's lines with the spaces their runs hold (the walk reads three spaces or more as
    one space or a TAB; letter-spaced capitals need them to find their words: "W E B   D E V"),
    and a space where a run ends and the next one, of the same formatting, goes on with no space
    between two letters or digits (the PDF set the words apart by position alone, as TeX and some
    designers' tools do, and the converter started a run at the jump: "ANDY" "DIAZ"; not between
    ideographs, which are written without spaces), where the frame's paragraphs are the lines, one
    to one, but for spacing."""
    txbx = next(anchor.iter(_W_TXBX), None)
    if txbx is None:
        return lines
    raw = []
    for p in txbx.iter(_W_P):
        plain, spaced = _run_texts(p)
        raw += [(a, b) for a, b in zip(plain.split("\n"), spaced.split("\n")) if a.strip()]
    if len(raw) != len(lines) or any(r.split() != l.text.split() for (r, _), l in zip(raw, lines)):
        return lines
    return [l.with_(text=r.strip()) if r.strip() != l.text else l for (_, r), l in zip(raw, lines)]


def _run_texts(p) -> tuple[str, str]:
    """A paragraph's text as its runs hold it, and with a space at each run break between two
    letters or digits of runs formatted alike (:func:`_spaced`)."""
    plain, spaced, last = [], [], None
    for r in p.iter(_W_R):
        text = "".join(_W_TEXT.get(el.tag, "") if el.tag != _W_T else el.text or "" for el in r.iter(*_W_TEXT, _W_T))
        if not text:
            continue
        rpr = r.find(_W_RPR)
        form = frozenset((c.tag, tuple(sorted(c.attrib.items()))) for c in rpr) if rpr is not None else frozenset()
        if last is not None and last[0] == form and _word_char(last[1][-1]) and _word_char(text[0]):
            spaced.append(" ")
        plain.append(text)
        spaced.append(text)
        last = (form, text)
    return "".join(plain), "".join(spaced)


def _word_char(ch: str) -> bool:
    """A letter or digit of a script written with spaces between words (not a wide ideograph)."""
    return ch.isalnum() and unicodedata.east_asian_width(ch) not in "WF"


def _all_lines(item: Item) -> list[Line]:
    """An item's lines, then those of the boxes inside it (a frame in a frame)."""
    return item.lines + [l for fl in item.floats for sub in fl.items for l in _all_lines(sub)]


def _place(fl: Float, geom: SectionGeom, anchor_top: float) -> tuple[float, float] | None:
    """The frame's top left corner on the page, or None where it cannot be told."""
    x = _x(fl, geom) if fl.rel_h != "character" else (geom.left + fl.left if fl.left is not None else None)
    if x is None or fl.width <= 0:
        return None
    if fl.rel_v in ("paragraph", "line"):
        top = anchor_top + fl.top if fl.top is not None else None
    elif fl.rel_v in ("page", "margin", "topMargin"):
        origin, span = (0.0, geom.page_height) if fl.rel_v == "page" else \
            (geom.top, geom.text_height) if fl.rel_v == "margin" else (0.0, geom.top)
        if fl.align_v == "top":
            top = origin
        elif fl.align_v == "bottom":
            top = origin + span - fl.height
        elif fl.align_v == "center":
            top = origin + (span - fl.height) / 2
        else:
            top = origin + fl.top if fl.top is not None else None
    else:
        top = None
    return None if top is None else (x, top)


def _order(body, geom: SectionGeom, frames: list[_Frame]) -> list[_Shape]:
    """Each frame's place in the document order of the body's drawings (a flow paragraph takes
    the place of the frame before it), and the filled shapes without text among them (DrawingML,
    not the VML copies), placed as frames are (relative to the first anchor paragraph's top)."""
    shapes: list[_Shape] = []
    if body is None:
        return shapes
    at: dict = {}
    for n, el in enumerate(el for el in body.iter() if el.tag == _ANCHOR or str(el.tag).startswith(_VML)):
        at[el] = n
        if el.tag != _ANCHOR:
            continue
        wsp = next(el.iter(_WSP), None)
        if wsp is None and next(el.iter(_BLIP), None) is not None and not _in_fallback(el):
            fl = _anchor_float(el)  # a picture: what lies under text on it cannot be judged
            box = _place(fl, geom, geom.top) if fl is not None else None
            if box is not None:
                shapes.append(_Shape(Box(box[0], box[1], box[0] + fl.width, box[1] + fl.height), n, fill=None))
            continue
        if wsp is None or wsp.find(_TXBX) is not None:
            continue
        fill = _solid_fill(wsp)
        fl = _anchor_float(el) if fill is not None and not _in_fallback(el) else None
        box = _place(fl, geom, geom.top) if fl is not None else None
        if box is not None:
            shapes.append(_Shape(Box(box[0], box[1], box[0] + fl.width, box[1] + fl.height), n, fill=fill))
    last = -1
    for fr in frames:
        fr.order = last = at.get(fr.anchor, last) if fr.anchor is not None else last
    return shapes


def _text_colour(anchor) -> tuple[float, float, float] | None:
    """The one RGB colour every run with text of a frame's DrawingML text box sets directly
    (``w:color``), else None (no colour, automatic, or runs of several)."""
    txbx = next(anchor.iter(_W_TXBX), None)
    seen = set()
    for r in (txbx.iter(_W_R) if txbx is not None else ()):
        if not any((t.text or "").strip() for t in r.iter(_W_T)):
            continue
        rpr = r.find(_W_RPR)
        c = rpr.find(_W_COLOR) if rpr is not None else None
        seen.add((c.get(_W_VAL) or "").lower() if c is not None else "")
    return rgb(seen.pop()) if len(seen) == 1 else None


def _in_fallback(el) -> bool:
    parent = el.getparent()
    while parent is not None:
        if parent.tag == _FALLBACK:
            return True
        parent = parent.getparent()
    return False


def _solid_fill(wsp) -> tuple[float, float, float] | None | bool:
    """The RGB of a shape filled with a solid colour (True when the colour cannot be told), else None."""
    sppr = wsp.find(f"{{{_WPS}}}spPr")
    solid = sppr.find(f"{{{_A}}}solidFill") if sppr is not None else None
    if solid is None:
        return None
    clr = solid.find(f"{{{_A}}}srgbClr")
    colour = rgb(clr.get("val")) if clr is not None else None
    return True if colour is None else colour


def _anchor_float(anchor) -> Float | None:
    """The place of a ``wp:anchor`` as a :class:`Float` without content."""
    ext = anchor.find(f"{{{_WP}}}extent")
    if ext is None:
        return None
    fl = Float(items=[], width=_emu(ext.get("cx")), height=_emu(ext.get("cy")))
    for axis in ("H", "V"):
        pos = anchor.find(f"{{{_WP}}}position{axis}")
        if pos is None:
            return None
        off, align = pos.find(f"{{{_WP}}}posOffset"), pos.find(f"{{{_WP}}}align")
        value = _emu(off.text) if off is not None else None
        how = align.text.strip() if align is not None and align.text else None
        if axis == "H":
            fl.rel_h, fl.left, fl.align_h = pos.get("relativeFrom"), value, how
        else:
            fl.rel_v, fl.top, fl.align_v = pos.get("relativeFrom"), value, how
    return fl


def _emu(value: str | None) -> float:
    try:
        return int((value or "").strip()) / _EMU_PER_PT
    except ValueError:
        return 0.0


# ----------------------------------------------------------------------------- pages


def _paginate(frames: list[_Frame], shapes: list[_Shape], geom: SectionGeom) -> None:
    """Each frame's and shape's page (signal 3), numbered from 1 in document order."""
    jump = PAGE_JUMP * geom.page_height
    # (the steps between frames of one flow page, but the jumps that may start a page)
    steps = [b.top >= a.top - _SORT_SLACK for a, b in zip(frames, frames[1:])
             if a.page == b.page and a.top - b.top <= jump]
    top_down = bool(steps) and sum(steps) >= SORTED * len(steps)
    page = 0
    last_flow_page = None
    placed: list[_Frame] = []  # the frames of the current page
    for fr in frames:
        if fr.page != last_flow_page:  # the flow's own page break
            last_flow_page = fr.page
            page += 1
            placed = []
        elif top_down:
            if placed and placed[-1].top - fr.top > jump:
                page += 1
                placed = []
        elif any(_overlap(fr, other) for other in placed):
            start = _page_start(placed + [fr], jump / 2)
            page += 1
            moved = placed[start:] if start < len(placed) else []
            for m in moved:
                m.page = page
            placed = moved
        fr.page = page
        placed.append(fr)
    orders = [f.order for f in frames]
    for sh in shapes:
        k = bisect_right(orders, sh.order)  # (frames are in document order)
        sh.page = frames[k - 1].page if k else (frames[0].page if frames else 1)


def _overlap(a: _Frame, b: _Frame) -> bool:
    w = min(a.x1, b.x1) - max(a.x0, b.x0)
    h = min(a.bottom, b.bottom) - max(a.top, b.top)
    if w <= 0 or h <= 0:
        return False
    smaller = min(a.width * a.height, b.width * b.height)
    return smaller > 0 and w * h >= OVERLAP * smaller


def _judged_colours(frames: list[_Frame]) -> None:
    """Keep the colour of a frame in (nearly) the paper's white only where it overlaps a frame of
    another colour (signal 5); every other frame's colour is not judged (a converter loses the
    dark band that white headings stood on, and their frames overlap none of another colour)."""
    for fr in frames:
        if fr.color is None:
            continue
        if contrast(fr.color, _WHITE) >= LOW_CONTRAST \
                or not any(o is not fr and o.color != fr.color and _overlap(fr, o) for o in frames):
            fr.color = None


def _page_start(frames: list[_Frame], jump: float) -> int:
    """Where the next page starts among ``frames`` (the current page's, then the one that
    overlaps): the last one after a jump up of more than ``jump``, else the last."""
    for k in range(len(frames) - 1, 0, -1):
        if frames[k - 1].top - frames[k].top > jump:
            return k
    return len(frames) - 1


def _bullets_on_baselines(frames: list[_Frame]) -> None:
    """A frame that holds a list marker alone (a bullet drawn from a symbol font, a converter's
    frame of its own) takes the top and height of the line it marks: the nearest frame starting
    right of it within ``_MARK_GAP`` ems on its height. Its own font's ascent would put its
    baseline a point or two off the line's, and the list's rows taller than the text. Of the
    frames beside it, the one it overlaps most, then the nearest."""
    for fr in frames:
        text = fr.lines[0].text.strip() if len(fr.lines) == 1 else "?"
        if not ((len(text) == 1 and text in BULLET_CHARS) or (not text and fr.lines[0].bullet)):
            continue
        size = fr.lines[0].style.size or 11.0
        beside = [o for o in frames if o is not fr and o.lines and 0 <= o.x0 - fr.x1 <= _MARK_GAP * size
                  and o.top < fr.bottom and o.bottom > fr.top]
        if beside:  # (the most overlap, then the nearest)
            line = max(beside, key=lambda o: (min(o.bottom, fr.bottom) - max(o.top, fr.top), -o.x0))
            fr.top, fr.height = line.top, line.height


# ----------------------------------------------------------------------------- glyphs


def _advance(ch: str) -> float:
    if ch in _NARROW:
        return 0.28
    if ch in _WIDE:
        return 0.85
    if ch.isupper():
        return 0.68
    if ch.isdigit():
        return 0.56
    return 0.52


def _row_ends(frames: list[_Frame]) -> dict[int, tuple[float, bool]]:
    """Where the glyphs of a one-line frame must end (by ``id``), and whether they reach that
    end: before the next frame on its baseline to its right starts, a word space before it
    (``_WORD_GAP`` ems) when the two are of one style (a converter starts a frame of the same
    style only at a gap: a justified line's wide space, a TeX word space), else at it. A
    converter pads its frames, so that frames of one printed line overlap, and glyphs placed by
    estimated advances would run into the next frame's (two words made one, or their letters
    interleaved). A spacing accent at the break (TeX's built accent, its letter in the next
    frame) is inside a word: the glyphs reach the next frame's, however narrow their estimate.
    A next frame that starts within ``_KERNED`` of this one's estimated text is kerned to it, no
    word space (letters kerned one by one into a logo, "L" "A" "T" "E" "X"; a word space puts
    the next frame past this one's text). A frame starting within half of this one's estimated
    text is no next frame (a copy painted over it, a mark in its line)."""
    ones = sorted((fr for fr in frames if len(fr.lines) == 1 and fr.lines[0].text.strip()), key=_baseline)
    bases = [_baseline(fr) for fr in ones]
    ends: dict[int, tuple[float, bool]] = {}
    for fr in ones:
        line = fr.lines[0]
        size = line.style.size or 11.0
        near = 0.5 * _width(line)
        lo, hi = bisect_left(bases, _baseline(fr) - _ROW_EM * size), bisect_right(bases, _baseline(fr) + _ROW_EM * size)
        nexts = [o for o in ones[lo:hi] if o is not fr and o.x0 - fr.x0 > near]
        if not nexts:
            continue
        nxt = min(nexts, key=lambda o: o.x0)
        # (a TeX accent built beside its letter breaks a frame inside a word: "Deˆ" "ule")
        accent = line.text.rstrip()[-1] in _ACCENTS or nxt.lines[0].text.lstrip()[0] in _ACCENTS
        kerned = nxt.x0 - fr.x0 < _KERNED * _width(line)
        alike = _style_key(nxt.lines[0]) == _style_key(line) and not accent and not kerned
        ends[id(fr)] = (nxt.x0 - (_WORD_GAP * size if alike else 0.0), accent)
    return ends


def _baseline(fr: _Frame) -> float:
    return fr.top + fr.inset + _ASCENT * (fr.height - 2 * fr.inset)


def _style_key(line: Line) -> tuple:
    st = line.style
    return st.size, st.font, st.bold, st.italic


def _width(line: Line) -> float:
    """A line's estimated width at its size, unsqueezed."""
    return sum(_advance(ch) for ch in line.text) * (line.style.size or 11.0)


def _glyphs(fr: _Frame, end: tuple[float, bool] | None = None) -> tuple[list[Glyph], list]:
    """The glyphs of a frame's lines and the link annotations over them; ``end``: where a one-line
    frame's glyphs must end, and whether they reach it (:func:`_row_ends`)."""
    glyphs: list[Glyph] = []
    annots = []
    inner = max(fr.width - 2 * fr.inset, 1.0)
    reach = False
    if end is not None:
        inner, reach = max(min(inner, end[0] - fr.x0 - fr.inset), 1.0), end[1]
    y = fr.top + fr.inset
    one = len(fr.lines) == 1 and fr.height > 2 * fr.inset
    for line in fr.lines:
        size = line.style.size or 11.0
        pitch = fr.height - 2 * fr.inset if one else size * LINE_EM
        base = y + _ASCENT * pitch  # the baseline: a line's glyphs are an em box around it, as a PDF's are
        lead = "\u2022 " if line.bullet else ""
        body, bold = _accented(line.text, _bold_map(line, line.text))
        text = lead + body
        advances = [(2.0 if ch == "\t" else _advance(ch)) * size for ch in text]
        total = sum(advances) or 1.0
        scale = inner / total if reach else min(inner / total, 1.0)
        bold = [(line.style.bold, line.style.italic)] * len(lead) + bold
        x = fr.x0 + fr.inset
        start = len(glyphs)
        for ch, adv, b in zip(text, advances, bold):
            w = adv * scale
            if not ch.isspace():
                glyphs.append(Glyph(text=" " if ch.isspace() else ch, x0=x, x1=x + w, top=base - 0.8 * size,
                                    bottom=base + 0.2 * size,
                                    size=size, font=line.style.font or "", bold=b[0], italic=b[1], z=fr.order,
                                    color=fr.color))
            x += w
        if line.links and len(glyphs) > start:
            box = Box(glyphs[start].x0, base - 0.8 * size, glyphs[-1].x1, base + 0.2 * size)
            annots += [(link.url, box) for link in line.links if link.url]
        y += text_rows(line.text, size, inner) * pitch
    return glyphs, annots


def _accented(text: str, marks: list) -> tuple[str, list]:
    """``text`` with each accent TeX built from a spacing accent and a letter ("Sol`ene",
    "T´el´ephone", "Fran¸cais": a converter writes the accent as a character of its own beside its
    letter, in either order) made the accented letter, and ``marks`` (one per character) kept in
    step. The letter is a neighbour the accent composes with: a c, s or t first for a cedilla, a
    consonant for a caron, a vowel for any other (the one after when both are); else the one before."""
    if not any(ch in _ACCENTS for ch in text):
        return text, marks
    chars, out = list(text), list(marks)
    k = 0
    while k < len(chars):
        mark = _ACCENTS.get(chars[k])
        if mark is None:
            k += 1
            continue
        sides = [(j, unicodedata.normalize("NFC", chars[j] + mark)) for j in (k - 1, k + 1)
                 if 0 <= j < len(chars) and chars[j].isalpha()]
        sides = [(j, c) for j, c in sides if len(c) == 1]
        if chars[k] == "\u00b8":
            sides.sort(key=lambda s: chars[s[0]].lower() not in "cst")
        elif chars[k] == "\u02c7":
            sides.sort(key=lambda s: chars[s[0]].lower() in _VOWELS)
        else:  # (between two vowels, the one after: a converter writes a small letter's accent first)
            sides.sort(key=lambda s: (chars[s[0]].lower() not in _VOWELS, s[0] < k))
        if not sides:
            k += 1
            continue
        j, composed = sides[0]
        chars[j] = composed
        del chars[k], out[k]  # (the next character is now at k)
    return "".join(chars), out


def _bold_map(line: Line, text: str) -> list[tuple[bool, bool]]:
    """Bold and italic of each character of ``text`` (the line's text): from the line's runs
    where it has them, else its style."""
    plain = (line.style.bold, line.style.italic)
    if not line.runs:
        return [plain] * len(text)
    out: list[tuple[bool, bool]] = []
    marks = [(run.bold, run.italic) for run in line.runs for ch in run.text if not ch.isspace()]
    k = 0
    for ch in text:
        if ch.isspace() or k >= len(marks):
            out.append(out[-1] if out else plain)
        else:
            out.append(marks[k])
            k += 1
    return out
