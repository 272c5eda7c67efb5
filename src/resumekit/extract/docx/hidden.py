"""DOCX text a reader cannot see: found from a run's resolved properties and what lies under
it, left out of the lines, and reported (``meta.warnings`` code ``hidden-text``, one warning per
kind with a snippet, as for PDF: :mod:`resumekit.extract.pdf.hidden`).

A run's text is hidden, checked in this order, when it is
1. ``vanish``: in Word's hidden font setting (``w:vanish``, ``w:specVanish``, ``w:webHidden``),
   set directly or by its character style, paragraph style, table style or the defaults;
2. ``tiny``: set in ``TINY_PT`` points or less;
3. ``background``: its colour is within a contrast ratio of ``LOW_CONTRAST`` of its backdrop:
   the run's highlight or shading, else the paragraph's shading, else the table cell's, the
   table's, the text box's fill, else the page colour (``w:background``), else white paper.

Errs towards visible: Word's automatic text colour is always visible (it turns white on dark
shading); the colour is not judged where something drawn may lie under the text: a shape or
picture behind the text anywhere in the document (a coloured band in a header, a sidebar panel),
a table style that shades rows or bands, a pattern, gradient or picture fill; a transparent
text box is not judged when the document draws any filled shape or anchored picture it may
float over.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ...document import ParseWarning
from ...text import shorten
from ..pdf.hidden import LOW_CONTRAST, contrast
from .styles import UNKNOWN, RunProps, Theme, colour_of, scheme_colour, w

__all__ = ["TINY_PT", "KINDS", "hidden_kind", "under", "HiddenText", "Drawings", "drawings", "page_colour",
           "box_fill"]

TINY_PT = 4.0
KINDS = ("vanish", "tiny", "background")
WHITE = "FFFFFF"
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
_WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
_PIC = "http://schemas.openxmlformats.org/drawingml/2006/picture"
_V = "urn:schemas-microsoft-com:vml"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_VML_SHAPES = {f"{{{_V}}}{t}" for t in ("shape", "rect", "roundrect", "oval", "polyline", "line", "arc")}
_ANCHOR, _WSP = f"{{{_WP}}}anchor", f"{{{_WPS}}}wsp"
_NAMED = {"white": WHITE, "black": "000000"}


def rgb(hex_: str | None) -> tuple[float, float, float] | None:
    """The RGB (0..1) of a colour written as six hexadecimal digits ("1F3864"), else None."""
    if not hex_ or len(hex_) != 6:
        return None
    try:
        return tuple(int(hex_[k:k + 2], 16) / 255 for k in (0, 2, 4))  # type: ignore[return-value]
    except ValueError:
        return None


def hidden_kind(props: RunProps, backdrop: str | None) -> str | None:
    """Why a run with ``props`` cannot be seen on ``backdrop`` (hex; None when unknown), or None."""
    if props.hidden:
        return "vanish"
    if props.size is not None and props.size <= TINY_PT:
        return "tiny"
    colour = props.color
    if not colour or colour == "auto":
        return None
    ground = under(backdrop, props.backdrop)
    if ground is not None and contrast(rgb(colour), rgb(ground)) < LOW_CONTRAST:
        return "background"
    return None


def under(backdrop: str | None, paint: str | None) -> str | None:
    """The backdrop once ``paint`` (a shading, highlight or fill: hex, "none", UNKNOWN or None
    for unset) lies over ``backdrop``."""
    if paint is None or paint == "none":
        return backdrop
    return None if paint == UNKNOWN else paint


@dataclass
class HiddenText:
    """The hidden text met by a walk, by kind, with the page it was first met on."""

    texts: dict[str, list[str]] = field(default_factory=dict)
    pages: dict[str, int] = field(default_factory=dict)
    chars: int = 0

    def add(self, kind: str, text: str, page: int) -> None:
        if not text:
            return
        self.texts.setdefault(kind, []).append(text)
        self.pages.setdefault(kind, page)
        self.chars += len(text)

    def warnings(self) -> list[ParseWarning]:
        out = []
        for kind in KINDS:
            text = " ".join(" ".join(self.texts.get(kind, ())).split())
            if text:
                out.append(ParseWarning("hidden-text", f"{kind}: {shorten(text)}", self.pages[kind]))
        return out


@dataclass(frozen=True)
class Drawings:
    """What a document draws that text may lie on: anything behind the text, and any filled
    shape or anchored picture (a transparent text box may float over it)."""

    behind: bool = False
    filled: bool = False

    def __or__(self, other: "Drawings") -> "Drawings":
        return Drawings(self.behind or other.behind, self.filled or other.filled)

    def flow(self, page: str) -> str | None:
        """The backdrop of the text in the flow of a story."""
        return None if self.behind else page

    def boxes(self, page: str) -> str | None:
        """The backdrop of a transparent text box."""
        return None if self.behind or self.filled else page


def drawings(story, theme: Theme | None) -> Drawings:
    """The drawings of one story (a body, header or footer element), from the DrawingML copy
    (VML fallback copies are skipped; legacy VML without one is read)."""
    behind = filled = False
    for el in story.iter(_ANCHOR, _WSP, *_VML_SHAPES):  # (one pass over the tree: the story is big)
        tag = el.tag
        if tag == _ANCHOR:
            if el.get("behindDoc") in ("1", "true"):
                behind = True
            if next(el.iter(f"{{{_PIC}}}pic"), None) is not None:
                filled = True
            continue
        if tag == _WSP:
            if el.find(f"{{{_WPS}}}txbx") is None and _shape_fill(el, theme) not in ("none", WHITE):
                filled = True
            continue
        if any(a.tag == _FALLBACK for a in el.iterancestors()):
            continue
        style = (el.get("style") or "").replace(" ", "")
        if "z-index:-" in style:
            behind = True
        if el.find(f"{{{_V}}}textbox") is None and (_vml_fill(el) not in ("none", WHITE)
                                                      or el.find(f"{{{_V}}}imagedata") is not None):
            filled = True
    return Drawings(behind, filled)


def page_colour(document_root, theme: Theme | None) -> str:
    """The page colour (``w:background``), else white."""
    bg = document_root.find(w("background")) if document_root is not None else None
    colour = colour_of(bg, theme, attr="color")
    return colour if colour and colour != "auto" else WHITE


def box_fill(txbx, theme: Theme | None) -> str:
    """What the text box holding ``txbx`` (a ``w:txbxContent``) is filled with: hex, "none" or UNKNOWN."""
    holder = txbx.getparent()
    shape = holder.getparent() if holder is not None else None
    if shape is None:
        return "none"
    if shape.tag == f"{{{_WPS}}}wsp":
        return _shape_fill(shape, theme)
    if shape.tag in _VML_SHAPES:
        return _vml_fill(shape)
    return "none"


def _shape_fill(shape, theme: Theme | None) -> str:
    sppr = shape.find(f"{{{_WPS}}}spPr")
    for el in (sppr if sppr is not None else ()):
        tag = el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""
        if tag == "noFill":
            return "none"
        if tag == "solidFill":
            colour = scheme_colour(el[0], theme) if len(el) else None
            return colour or UNKNOWN
        if tag in ("gradFill", "blipFill", "pattFill", "grpFill"):
            return UNKNOWN
    ref = shape.find(f"{{{_WPS}}}style/{{{_A}}}fillRef")
    if ref is None or ref.get("idx") in (None, "0"):
        return "none"
    return (scheme_colour(ref[0], theme) if len(ref) else None) or UNKNOWN


def _vml_fill(shape) -> str:
    if (shape.get("filled") or "t").lower() in ("f", "false"):
        return "none"
    fill = shape.find(f"{{{_V}}}fill")
    if fill is not None and (fill.get("type") or "solid") != "solid":
        return UNKNOWN
    value = (shape.get("fillcolor") or "white").split()[0].strip().lower()
    if value.startswith("#"):
        digits = value[1:]
        if len(digits) == 3:
            digits = "".join(c * 2 for c in digits)
        if len(digits) == 6 and all(c in "0123456789abcdef" for c in digits):
            return digits.upper()
    return _NAMED.get(value, UNKNOWN)
