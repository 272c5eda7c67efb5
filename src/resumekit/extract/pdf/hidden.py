"""Text a reader cannot see: found from how the page is painted, dropped, and reported.

A glyph is hidden, checked in this order, when it is
1. ``invisible``: painted in text render mode 3 or 7 (neither filled nor stroked) or with a fill
   opacity under ``TRANSPARENT``, unless it lies over an image (the text layer of a scanned
   page, which is what the image shows);
2. ``outside``: its centre lies off the page;
3. ``tiny``: smaller than ``TINY_PT`` points;
4. ``clipped``: it lies wholly outside the clipping path it was painted with;
5. ``covered``: a filled shape painted later (opacity of at least ``OPAQUE``) covers most of it;
6. ``background``: its colour is within a contrast ratio of ``LOW_CONTRAST`` of what lies under it:
   the shapes painted before it under its centre, each composited by its fill opacity over what
   is under it, over the white page; never when a shape of a colour that cannot be judged (a
   gradient, a pattern) shows through, nor over an image (white headings on a band that a
   designer tool exported as a picture: the image's colours are not read).

Errs towards visible: a colour that cannot be judged (patterns, spot colours) is visible, images
painted over text never hide it (their transparency is unknown), and a clipping path counts by
its bounding box. And the check is overruled (see :func:`overrule`) when it would hide most of a
page: at least ``OVERRULE_SHARE`` of its glyphs, and at least ``OVERRULE_MIN`` of them, judged
hidden for any reason but lying off the page. A page of text that is nearly all hidden is far
more often a painting this module misreads (a soft mask, a blend mode, a colour space) than a
page of hidden text; the text is kept and the warning says the check was overruled. Glyphs
both tiny and white (keyword stuffing in a footer) are hidden twice over: they stay hidden and
count only towards the page's text, never towards overruling.
"""
from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from ...text import shorten
from .layout import Glyph, rows_of
from .paint import Fill, Painted

__all__ = ["split_hidden", "overrule", "snippet", "KINDS", "TINY_PT", "TRANSPARENT", "OPAQUE", "LOW_CONTRAST",
           "OVERRULE_SHARE", "OVERRULE_MIN"]

TINY_PT = 2.5
TRANSPARENT = 0.1
OPAQUE = 0.9
LOW_CONTRAST = 1.1
COVERED_SHARE = 0.6
OVERRULE_SHARE, OVERRULE_MIN = 0.5, 50
KINDS = ("invisible", "outside", "tiny", "clipped", "covered", "background")
_BAND = 24.0  # height of the horizontal bands that index glyphs and shapes
_WHITE = (1.0, 1.0, 1.0)


def split_hidden(painted: Painted) -> tuple[list[Glyph], dict[str, list[Glyph]]]:
    """(visible glyphs in drawing order, hidden glyphs by kind)."""
    hidden: dict[str, list[Glyph]] = defaultdict(list)
    kind_of: dict[int, str] = {}
    w, h = painted.width, painted.height
    for k, g in enumerate(painted.glyphs):
        cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        if (g.render in (3, 7) or g.alpha < TRANSPARENT) and not _over_image(cx, cy, painted.images):
            kind_of[k] = "invisible"
        elif not (0 <= cx <= w and 0 <= cy <= h):
            kind_of[k] = "outside"
        elif g.size < TINY_PT:
            kind_of[k] = "tiny"
        elif g.clipped:
            kind_of[k] = "clipped"
    shapes = [f for f in painted.fills if f.alpha >= TRANSPARENT and f.x1 > f.x0 and f.bottom > f.top]
    opaque = [f for f in shapes if f.alpha >= OPAQUE]
    if opaque:
        _covered(painted.glyphs, opaque, kind_of)
    _background(painted.glyphs, shapes, kind_of, painted.images)
    if not kind_of:  # nothing hidden (most pages)
        return list(painted.glyphs), {}
    visible = []
    for k, g in enumerate(painted.glyphs):
        kind = kind_of.get(k)
        if kind is None:
            visible.append(g)
        else:
            hidden[kind].append(g)
    return visible, dict(hidden)


def overrule(visible: list[Glyph], hidden: dict[str, list[Glyph]]
             ) -> tuple[list[Glyph], dict[str, list[Glyph]], dict[str, list[Glyph]]]:
    """(visible glyphs, hidden glyphs by kind, overruled glyphs by kind): when the kinds other
    than ``outside`` would hide most of the page's text, their glyphs are put back (in drawing
    order) and returned as overruled."""
    doubtful = {kind: [g for g in gs if not _twice_hidden(g)] for kind, gs in hidden.items() if kind != "outside"}
    doubtful = {kind: gs for kind, gs in doubtful.items() if gs}
    n_doubtful = sum(_letters(gs) for gs in doubtful.values())
    total = _letters(visible) + sum(_letters(gs) for gs in hidden.values())
    if n_doubtful < OVERRULE_MIN or n_doubtful < OVERRULE_SHARE * total:
        return visible, hidden, {}
    kept = sorted(visible + [g for gs in doubtful.values() for g in gs], key=lambda g: g.z)
    rest = {kind: [g for g in gs if kind not in doubtful or _twice_hidden(g)] for kind, gs in hidden.items()}
    return kept, {kind: gs for kind, gs in rest.items() if gs}, doubtful


def _twice_hidden(g: Glyph) -> bool:
    """Tiny and in the colour of the white page (keywords stuffed in white 1 pt type): two
    signals that no misread painting gives at once, so such glyphs never overrule the check."""
    return g.size < TINY_PT and g.color is not None and contrast(g.color, _WHITE) < LOW_CONTRAST


def _letters(glyphs) -> int:
    return sum(1 + g.joined for g in glyphs if g.text.strip())


def snippet(glyphs: list[Glyph], limit: int = 60) -> str:
    """The start of some hidden text, in reading order."""
    return shorten(" ".join(" ".join(r.text().split()) for r in rows_of(glyphs)), limit)


def _over_image(x: float, y: float, images) -> bool:
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in images)


def _bands(top: float, bottom: float) -> range:
    return range(int(top // _BAND), int(bottom // _BAND) + 1)


def _covered(glyphs: list[Glyph], fills: list[Fill], kind_of: dict[int, str]) -> None:
    """Glyphs with a later opaque shape over most of their box."""
    first_z = glyphs[0].z if glyphs else 0
    late = [f for f in fills if f.z > first_z]
    if not late:
        return
    index: dict[int, list[int]] = defaultdict(list)  # band -> glyph indices, in drawing order
    for k, g in enumerate(glyphs):
        if k not in kind_of:
            index[int(((g.top + g.bottom) / 2) // _BAND)].append(k)
    for f in late:
        for band in _bands(f.top, f.bottom):
            for k in index.get(band, ()):
                g = glyphs[k]
                if g.z > f.z:
                    break
                if k in kind_of or g.x1 <= f.x0 or g.x0 >= f.x1 or g.bottom <= f.top or g.top >= f.bottom:
                    continue
                ox = min(g.x1, f.x1) - max(g.x0, f.x0)
                oy = min(g.bottom, f.bottom) - max(g.top, f.top)
                area = max((g.x1 - g.x0) * (g.bottom - g.top), 1e-6)
                if ox * oy >= COVERED_SHARE * area:
                    kind_of[k] = "covered"


def _luminance(rgb: tuple[float, float, float]) -> float:
    def lin(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = rgb
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)


@lru_cache(maxsize=1024)
def contrast(a: tuple[float, float, float], b: tuple[float, float, float]) -> float:
    """WCAG contrast ratio of two colours (1 = the same, 21 = black on white). (A page has a few
    colours and thousands of glyphs: kept.)"""
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def _background(glyphs: list[Glyph], fills: list[Fill], kind_of: dict[int, str], images=()) -> None:
    """Glyphs painted in (nearly) the colour of what lies under them: the shapes painted before
    them under their centre, composited over the white page by their opacity; not over an image."""
    suspects: dict[tuple, bool] = {}
    for colour in {g.color for g in glyphs if g.color is not None}:
        suspects[colour] = contrast(colour, _WHITE) < LOW_CONTRAST or any(
            f.color is not None and (f.alpha < OPAQUE or contrast(colour, f.color) < LOW_CONTRAST) for f in fills)
    if not any(suspects.values()):
        return
    index: dict[int, list[Fill]] = defaultdict(list)
    for f in sorted(fills, key=lambda f: f.z):
        for band in _bands(f.top, f.bottom):
            index[band].append(f)
    for k, g in enumerate(glyphs):
        if k in kind_of or g.color is None or not suspects.get(g.color):
            continue
        cx, cy = (g.x0 + g.x1) / 2, (g.top + g.bottom) / 2
        under: tuple[float, float, float] | None = _WHITE
        for f in index.get(int(cy // _BAND), ()):
            if f.z < g.z and f.x0 <= cx <= f.x1 and f.top <= cy <= f.bottom:
                under = _over(f, under)
        if under is not None and contrast(g.color, under) < LOW_CONTRAST and not _over_image(cx, cy, images):
            kind_of[k] = "background"


def _over(f: Fill, under: tuple[float, float, float] | None) -> tuple[float, float, float] | None:
    """The colour of shape ``f`` painted over ``under`` (None: a colour that cannot be judged)."""
    if f.color is None:
        return None
    if f.alpha >= OPAQUE:
        return f.color
    if under is None:
        return None
    return tuple(f.alpha * c + (1 - f.alpha) * u for c, u in zip(f.color, under))
