"""Word items for the pypdfium2 backend (:mod:`resumekit.extract.pdf.pdfium_text`): one
:class:`~resumekit.extract.pdf.layout.Glyph` per word where that gives the shared assembly what
the word's glyphs would, so that it groups several times fewer items.

A word is a run of the page text (one call) between spaces, line breaks, control codes, icons and
characters without a reading (split in Python); it is split again where its text object changes
(its first and last characters are asked for theirs; where they differ, every character is). Per
word, from its first character: its text object's style (font, size, colour, opacity, render mode,
clip: what the glyph path reads per object); its box runs from the first character's origin to the
last character's advance (as the glyph path measures it). The item records how many letters it
joins and the mean gap between them, so that the layout's usual gap between letters, a row's size
and a line's style count letters as before (``Glyph.joined``, ``Glyph.inner``). The gap is what
the letters' origins add beyond their advances, spread evenly, and 0 where they add less: kerning
narrows a few pairs, and the usual gap is a median, which most pairs (at 0) decide.

A word goes to the glyph path instead (one glyph per character, exact) when any check the shared
assembly makes per glyph could differ inside it, in this order:
1. a single character, or not upright text (rotated, mirrored, slanted), or a symbol font (icons);
2. its first or last character has no Unicode value of its own (PDFium's verdict; control codes
   inside are never part of a word: a lost ligature is one);
3. its first and last characters sit on different baselines (a rise inside the word);
4. the gaps between its letters add up to more than ``SLACK_EM`` beyond the font's advances and
   one of them (each letter's origin is then asked for) is wider than ``SLACK_EM`` or narrower
   than ``-LIGATURE_EM`` (text set with a little tracking stays one item), or a letter's advance
   is unknown: the layout could split it (letter-spaced text, lost spaces); or they add up to
   less than ``-LIGATURE_EM``;
5. the edge of its clipping box, of the page, of a filled shape, of an image or of a link
   annotation crosses it: the hidden-text checks (clipped, outside, covered, background, over an
   image) could judge its letters differently, or a link take some of them;
6. its letters come from several text objects that are not painted alike (font, size, style,
   colour, opacity, clip, matrix), or a filled shape painted between them touches it.

A ligature (one code read as several characters at one origin, which the glyph path makes one
glyph: a line's style counts glyphs) is found where a pair of letters that fonts join
(``_LIGATURE``: "fi", "tt", "Th"...) sits at one origin; the item then counts it as one letter.

And once the page is read, a word on whose row another glyph starts between its first and last
letters (a dot of a timeline painted over a date) is read by its glyphs (:func:`interleaved`):
the layout orders a row by where its items start.

Errs towards the glyph path: every doubt costs time, never a check. Where the two may still
differ: a ligature of other letters is counted as its letters (a line half bold may turn); a gap
between letters that kerning elsewhere in the word hides (4) can be a word gap the glyph path
would see.
"""
from __future__ import annotations

import ctypes
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, field
from types import SimpleNamespace

from .layout import Glyph
from .paint import ASCENT, DESCENT, Painted
from .pdfium_api import Frame, Rect, apply
from .pdfium_text import Font, TextObject, _char_matrix, _describe, _inked, _loose_x1, _width

__all__ = ["read_words", "interleaved", "SLACK_EM", "LIGATURE_EM"]

SLACK_EM = 0.08  # below the layout's smallest word gap (layout.MIN_WORD_GAP_EM)
LIGATURE_EM = 0.12  # letters this much closer than their advances: a code read as several (a ligature)
# the letter pairs fonts join in ligatures (one code, several characters: "fi", "ffl", "Th", "st")
_LIGATURE = re.compile(r"(?=(?:f[bfhijklt]|t[fit]|[cs]t|Th|ck))")
_X, _Y = ctypes.c_double(), ctypes.c_double()
_ORIGIN = (_X, _Y, ctypes.byref(_X), ctypes.byref(_Y))  # out-parameters, reused (PDFium runs under one lock)
_INF = float("inf")
_BAND = 24.0  # height of the horizontal bands that index the edges of shapes and images
# what a word is made of: no space, control code, surrogate half, private-use icon or placeholder
_WORD = re.compile(r"[^\s\x00-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufff0-\uffff]{2,}")


def read_words(api: SimpleNamespace, text_page, frame: Frame, painted: Painted, objects: dict[int, TextObject],
               fonts: dict[int, Font], codes: list[int], out: list, clips: dict, links: list[Rect] = (),
               placed: list | None = None) -> list[int]:
    """Append (z, index, item) to ``out`` for each word of the page that one item can stand for;
    return the indices of the other characters (ascending), for the glyph path. ``links``: the
    boxes (page coordinates) of the page's link annotations; ``placed`` gets (item, first index,
    end index, x0 of its last letter) for each item (see :func:`interleaved`)."""
    placed = [] if placed is None else placed
    text = "".join(map(chr, codes))
    tp = ctypes.c_void_p(text_page)
    text_object = api.c_text_object
    edges = _edges(painted, links)
    edges.pairs = [m.start() for m in _LIGATURE.finditer(text)]
    rest: list[int] = []
    pos = 0
    for m in _WORD.finditer(text):
        i, j = m.span()
        rest.extend(range(pos, i))
        pos = j
        first, last = text_object(tp, i), text_object(tp, j - 1)
        if first and first == last:
            if not _word(api, tp, text_page, frame, painted, objects, fonts, codes, text, i, j, first, out, clips,
                         edges, placed):
                rest.extend(range(i, j))
            continue
        objs = [text_object(tp, k) for k in range(i, j)]
        if all(objs) and _alike(api, text_page, frame, objects, fonts, clips, objs, i):
            # a text object per letter or per part of the word, painted alike (Word, Chrome): one item
            z_last = objects[last].z
            if _word(api, tp, text_page, frame, painted, objects, fonts, codes, text, i, j, first, out, clips,
                     edges, placed, z_last):
                continue
        start = i
        for k in range(i + 1, j + 1):
            if k == j or objs[k - i] != objs[start - i]:
                obj = objs[start - i]
                if not obj or not _word(api, tp, text_page, frame, painted, objects, fonts, codes, text, start, k,
                                        obj, out, clips, edges, placed):
                    rest.extend(range(start, k))
                start = k
    rest.extend(range(pos, len(codes)))
    return rest


def _alike(api: SimpleNamespace, text_page, frame: Frame, objects: dict[int, TextObject], fonts: dict[int, Font],
           clips: dict, objs: list[int], i: int) -> bool:
    """Whether the text objects of the word's letters (``objs``, from character ``i``) paint them
    alike, in drawing order: one font, size, style, colour, opacity, clip and character matrix."""
    key = None
    prev = None
    for k, obj in enumerate(objs):
        if obj == prev:
            continue
        prev = obj
        info = objects.get(obj)
        if info is None:
            return False
        if not info.ready:
            _describe(api, obj, info, _char_matrix(api, text_page, i + k), frame, fonts, clips)
        shared = info.shared
        if not shared:
            return False
        this = (shared[:4], shared[5:], info.device)
        if key is None:
            key, z = this, info.z
        elif this != key or info.z < z:
            return False
        z = info.z
    return True


@dataclass(slots=True)
class _Edges:
    """The vertical edges of the page's filled shapes and images, by band: (x sorted, their (top,
    bottom) in the same order); and the drawing order of each filled shape. And, of the page's
    text, where a pair of letters that ligatures join starts (``_LIGATURE``, ascending)."""

    bands: dict[int, tuple[list[float], list[tuple[float, float]]]]
    zs: list[int]
    pairs: list[int] = field(default_factory=list)


def _edges(painted: Painted, links: list[Rect]) -> _Edges:
    raw: dict[int, list[tuple[float, float, float]]] = defaultdict(list)
    boxes = [(f.x0, f.top, f.x1, f.bottom) for f in painted.fills] + list(painted.images) + list(links)
    for x0, top, x1, bottom in boxes:
        for band in range(int(top // _BAND), int(bottom // _BAND) + 1):
            raw[band] += [(x0, top, bottom), (x1, top, bottom)]
    out = {}
    for band, items in raw.items():
        items.sort()
        out[band] = ([x for x, _, _ in items], [(t, b) for _, t, b in items])
    return _Edges(out, [f.z for f in painted.fills])


def _crossed(edges: _Edges, x0: float, x1: float, top: float, bottom: float) -> bool:
    """Whether an edge of a shape or image lies strictly inside (x0, x1) beside the box."""
    for band in range(int(top // _BAND), int(bottom // _BAND) + 1):
        found = edges.bands.get(band)
        if found is None:
            continue
        xs, spans = found
        k = bisect_right(xs, x0)
        while k < len(xs) and xs[k] < x1:
            t, b = spans[k]
            if b > top and t < bottom:
                return True
            k += 1
    return False


def _between(painted: Painted, edges: "_Edges", z0: int, z1: int, x0: float, x1: float, top: float, bottom: float) -> bool:
    """Whether a filled shape painted between ``z0`` and ``z1`` (the word's first and last text
    objects) touches the box: it covers some of its letters and not others."""
    fills = painted.fills  # in drawing order
    k = bisect_right(edges.zs, z0)
    while k < len(fills) and fills[k].z < z1:
        f = fills[k]
        if f.x0 < x1 and f.x1 > x0 and f.top < bottom and f.bottom > top:
            return True
        k += 1
    return False


def _word(api: SimpleNamespace, tp, text_page, frame: Frame, painted: Painted, objects: dict[int, TextObject],
          fonts: dict[int, Font], codes: list[int], text: str, i: int, j: int, obj: int, out: list, clips: dict,
          edges: _Edges, placed: list, z_last: int = 0) -> bool:
    """One item for characters i..j-1 of text object ``obj``, appended to ``out``; False (nothing
    appended) where the glyph path must read them (see the module docstring). ``z_last``: the
    drawing order of the word's last text object when its letters span several (painted alike)."""
    info = objects.get(obj)
    if info is None or j - i < 2:
        return False
    if not info.ready:
        _describe(api, obj, info, _char_matrix(api, text_page, i), frame, fonts, clips)
    m, font = info.device, info.font
    if m is None or m[2] or font.symbol:
        return False
    map_error = api.c_map_error
    if map_error(tp, i) or map_error(tp, j - 1):
        return False
    ox, oy, rox, roy = _ORIGIN
    origin = api.c_origin
    if not origin(tp, i, rox, roy):
        return False
    xf, yf = ox.value, oy.value
    if not origin(tp, j - 1, rox, roy):
        return False
    xl, yl = ox.value, oy.value
    if abs(yl - yf) > 0.01:
        return False
    widths = font.widths
    ws = list(map(widths.get, codes[i:j - 1]))  # the letters' advances, all but the last's
    if None in ws:
        ws = [widths[c] if c in widths else widths.setdefault(c, _width(api, font, c)) for c in codes[i:j - 1]]
    if min(ws) < 0:
        return False
    advance = sum(ws)
    size = info.size
    fs, name, bold, italic, z, render, color, _, alpha, box = info.shared
    if fs <= 0:
        return False
    ctm = frame.ctm
    plain = ctm[:4] == (1.0, 0.0, 0.0, 1.0)  # the page is not rotated
    if plain:
        exf, fy = xf + ctm[4], yf + ctm[5]
        exl = xl + ctm[4]
    else:
        exf, fy = apply(ctm, xf, yf)
        exl = apply(ctm, xl, yl)[0]
    a = m[0]
    excess = ((exl - exf) - a * advance * size / 1000) / fs  # the letters' gaps together, in ems
    if not -LIGATURE_EM <= excess <= SLACK_EM and not (excess > SLACK_EM and plain and _tracked(
            origin, tp, i, j, xf, ws, a * size / 1000, fs)):
        return False
    if plain:  # as the glyph path reads the last letter's loose box
        loose = api.rect.right + ctm[4] - exl if api.c_loose_box(tp, j - 1, api.rect_ref) else 0.0
    else:
        loose = _loose_x1(api, text_page, j - 1, xl, yl, ctm) - exl
    adv = loose / a
    code = codes[j - 1]
    w = widths.get(code)
    if w is None:
        w = widths[code] = _width(api, font, code)
    if 0 <= w * size / 1000 < adv - 0.01 / a and _inked(api, text_page, j - 1, loose + exl, ctm):
        adv = w * size / 1000
    dx = frame.dx
    base = frame.height + frame.dy - fy
    x0, x1, top, bottom = exf + dx, exl + a * adv + dx, base - ASCENT * fs, base + DESCENT * fs
    clipped = False
    if box is not None:
        clipped = x1 <= box[0] or x0 >= box[2] or bottom <= box[1] or top >= box[3]
        if not clipped and (x0 < box[0] or x1 > box[2]):
            return False  # partly clipped (above and below, its letters share its edges)
    width = painted.width
    if x0 < 0 < x1 or x0 < width < x1 or (edges.bands and _crossed(edges, x0, x1, top, bottom)):
        return False
    if z_last > z and _between(painted, edges, z, z_last, x0, x1, top, bottom):
        return False
    painted.mapped[font.name] = painted.mapped.get(font.name, 0) + (j - i)
    pairs = edges.pairs
    lo, hi = bisect_left(pairs, i), bisect_right(pairs, j - 2)  # the pairs inside the word
    joined = j - i - 1 - (_ligatures(api, tp, pairs[lo:hi]) if lo < hi else 0)
    painted.joined += joined
    item = Glyph(text[i:j], x0, x1, top, bottom, fs, name, bold, italic, z, render, color, False, clipped, alpha,
                 False, joined, max(excess, 0.0) / joined if joined else 0.0)
    out.append((z, i, item))
    placed.append((item, i, j, exl + dx))
    return True


def _tracked(origin, tp, i: int, j: int, xf: float, ws: list[float], scale: float, fs: float) -> bool:
    """Whether every gap between the letters i..j-1 (origins beyond the advances ``ws`` times
    ``scale``, in ems of ``fs``) is within ``SLACK_EM`` and ``-LIGATURE_EM``: text set with a
    little tracking, whose gaps add up to more than ``SLACK_EM`` over a long word, but none of
    which the layout could split at."""
    ox, _, rox, roy = _ORIGIN
    x = xf
    for k in range(i + 1, j):
        if not origin(tp, k, rox, roy):
            return False
        gap = ((ox.value - x) - ws[k - 1 - i] * scale) / fs
        if not -LIGATURE_EM <= gap <= SLACK_EM:
            return False
        x = ox.value
    return True


def interleaved(placed: list, out: list) -> list[tuple[Glyph, int, int]]:
    """The word items (item, first index, end index) of ``placed`` (see :func:`read_words`) beside
    which (overlapping it from above or below: rows grow) a glyph of ``out`` starts between the
    item's first and last letters (a dot of a timeline painted over a date, a space another object
    shows inside a word): the glyph path puts it between the letters, one item after the word."""
    bands: dict[int, list[tuple[float, float, int]]] = defaultdict(list)  # band -> (x0, x0 of last letter, k)
    for k, (item, _, _, last) in enumerate(placed):
        bands[int((item.top + item.bottom) / 2 // _BAND)].append((item.x0, last, k))
    for found in bands.values():
        found.sort()
    starts = {band: [x0 for x0, _, _ in found] for band, found in bands.items()}
    # the furthest any of the (at most three) items before each place reaches: past it, nothing to look at
    reach = {}
    for band, found in bands.items():
        lasts = [last for _, last, _ in found]
        reach[band] = [0.0, *map(max, lasts, [-_INF] + lasts[:-1], [-_INF, -_INF] + lasts[:-2])]
    hit: set[int] = set()
    for _, _, g in out:
        if g.joined:
            continue
        gx, gt, gb = g.x0, g.top, g.bottom
        b = int((gt + gb) / 2 // _BAND)
        for band in (b - 1, b, b + 1):
            st = starts.get(band)
            if st is None:
                continue
            n = bisect_right(st, gx)
            if not n or reach[band][n] <= gx:
                continue
            for x0, last, k in bands[band][max(0, n - 3):n]:
                if x0 < gx < last:
                    item = placed[k][0]
                    if min(gb, item.bottom) > max(gt, item.top):
                        hit.add(k)
    return [placed[k][:3] for k in sorted(hit)]


def _ligatures(api: SimpleNamespace, tp, pairs: list[int]) -> int:
    """How many of the pairs of letters that ligatures often join (``_LIGATURE``), starting at
    ``pairs``, are read at one origin: the second letter continues a ligature, which the glyph
    path makes one glyph."""
    n = 0
    origin = api.c_origin
    ox, oy, rox, roy = _ORIGIN
    for k in pairs:
        if origin(tp, k, rox, roy):
            at = (ox.value, oy.value)
            if origin(tp, k + 1, rox, roy) and (ox.value, oy.value) == at:
                n += 1
    return n
