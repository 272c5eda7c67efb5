"""What a PDF font says about style: bold, italic, symbol font.

Signals for bold, in order: the font name ("Bold", "Black", "Semibold", TeX "CMBX"/"SFBX"...),
then the font descriptor (``FontWeight`` of 600 or more, the ForceBold flag). Fake bold (text
filled and stroked, render mode 2) is decided where the glyph is painted. For italic: the name
("Italic", "Oblique", TeX "CMTI"...), then the descriptor's Italic flag. The descriptor's
``ItalicAngle`` alone is not trusted (some upright fonts carry one). Errs towards plain: a font
that says nothing is regular.

A symbol font (Wingdings, Webdings, ZapfDingbats, FontAwesome and other icon fonts; not Adobe
Symbol, whose Greek letters and bullets are text) paints pictures with letter codes: its glyphs
are icons, never text. Symbol, Wingdings and Dingbats are also the fonts list bullets come in.
"""
from __future__ import annotations

from functools import lru_cache

import regex

__all__ = ["base_font", "is_bold_font", "is_italic_font", "is_symbol_font", "is_bullet_font", "font_style"]

_BOLD = regex.compile(r"bold|black|heavy|semibold|demibold|demi\b|extrabold|ultrabold|-b$|,b$|\bbd\b|"
                      r"cmbx|sfbx|cmb\d|lmroman\d+-bold|ptmb|phvb|bx\d|medium(?!.*italic)", regex.IGNORECASE)
_ITALIC = regex.compile(r"italic|oblique|-it$|,it$|cmti|sfti|cmsl|sfsl|ptmri|\bit\b|-i$", regex.IGNORECASE)
_SYMBOL = regex.compile(r"wingding|webding|dingbat|fontawesome|font ?awesome|^fa-|"
                        r"materialicons|material-?symbols|ionicons|glyphicons|icomoon|fontello|"
                        r"nerd ?font|academicons|marvosym|bbding|\bmdi\b|simple-?icons|remixicon|feather",
                        regex.IGNORECASE)
_BULLETS = regex.compile(r"symbol|wingding|dingbat", regex.IGNORECASE)
_FLAG_ITALIC = 1 << 6
_FLAG_FORCE_BOLD = 1 << 18


def base_font(fontname: str) -> str:
    """Font name without the subset prefix ("ABCDEF+Lato-Bold" -> "Lato-Bold")."""
    return fontname.split("+", 1)[1] if "+" in fontname[:8] else fontname


@lru_cache(maxsize=512)
def is_bold_font(fontname: str) -> bool:
    return bool(_BOLD.search(base_font(fontname)))


@lru_cache(maxsize=512)
def is_italic_font(fontname: str) -> bool:
    return bool(_ITALIC.search(base_font(fontname)))


@lru_cache(maxsize=512)
def is_symbol_font(fontname: str) -> bool:
    return bool(_SYMBOL.search(base_font(fontname)))


@lru_cache(maxsize=512)
def is_bullet_font(fontname: str) -> bool:
    """Symbol, Wingdings, Dingbats: the fonts Word and others draw list bullets with."""
    return bool(_BULLETS.search(base_font(fontname)))


def font_style(name: str, descriptor) -> tuple[bool, bool, bool]:
    """(bold, italic, symbol) of a font, from its name and its descriptor (a dict-like, may be empty)."""
    bold, italic, symbol = is_bold_font(name), is_italic_font(name), is_symbol_font(name)
    try:
        flags = int(descriptor.get("Flags", 0) or 0)
    except (TypeError, ValueError, AttributeError):
        flags = 0
    try:
        weight = float(descriptor.get("FontWeight", 0) or 0)
    except (TypeError, ValueError, AttributeError):
        weight = 0.0
    bold = bold or weight >= 600 or bool(flags & _FLAG_FORCE_BOLD)
    italic = italic or bool(flags & _FLAG_ITALIC)
    return bold, italic, symbol
