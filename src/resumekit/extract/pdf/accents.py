"""TeX's built accents: a spacing accent glyph painted over (or under) a letter becomes one letter.

pdfTeX sets a letter its font has no glyph for (OT1 Computer Modern has no accented letter at all;
T1 has no "ć", "ő", "ș") with the ``\\accent`` primitive: the spacing accent (´ ` ˆ ¨ ˜ ˇ ¸ ...) is
painted, then the base letter under it, in one font, so the text layer reads "Sol`ene",
"T´el´ephone", "Fran¸cais", "Obradovi´c" and the name, the languages and the words of the line
are lost to the readers. Signals, in order:

1. The glyph is one of ``ACCENTS`` (the spacing forms TeX fonts map their accent glyphs to).
2. The glyph painted next to it (just after it, else just before it: TeX paints the accent first,
   some macros the letter first) is a letter of the same font and size.
3. The accent's horizontal centre lies inside that letter's box (``CENTRE_SLACK`` of an em either
   side), and its box is at most ``RAISE`` of an em above or below the letter's (over a capital
   the accent is raised).

Then the letter becomes the accented letter (Unicode NFC of letter and combining mark; TeX's
dotless ı and ȷ under an accent are i and j) and the accent glyph is dropped. An accent beside a
letter (a real backtick, "´" standing alone) is never moved; a glyph that is not an accent is
never changed.
"""
from __future__ import annotations

import dataclasses
import unicodedata

from .layout import Glyph

__all__ = ["ACCENTS", "join_accents", "CENTRE_SLACK", "RAISE"]

# spacing accent -> combining mark (the ASCII forms only count when placed over a letter)
ACCENTS = {"`": "\u0300", "\u00b4": "\u0301", "\u02c6": "\u0302", "^": "\u0302", "\u02dc": "\u0303", "~": "\u0303",
           "\u00af": "\u0304", "\u02c9": "\u0304", "\u02d8": "\u0306", "\u02d9": "\u0307", "\u00a8": "\u0308",
           "\u02da": "\u030a", "\u02dd": "\u030b", "\u02c7": "\u030c", "\u00b8": "\u0327", "\u02db": "\u0328"}
CENTRE_SLACK = 0.05  # ems
RAISE = 0.6  # ems
_DOTLESS = {"\u0131": "i", "\u0237": "j"}


def join_accents(glyphs: list[Glyph]) -> list[Glyph]:
    """``glyphs`` (in drawing order) with each TeX-built accent put on its letter; the same list
    when there is none."""
    if not any(g.text in ACCENTS for g in glyphs):
        return glyphs
    out = list(glyphs)
    drop: set[int] = set()
    for i, g in enumerate(glyphs):
        if g.text not in ACCENTS or g.joined:
            continue
        for j in (i + 1, i - 1):
            if 0 <= j < len(glyphs) and j not in drop and _under(g, glyphs[j]):
                base = out[j]
                letter = unicodedata.normalize("NFC", _DOTLESS.get(base.text, base.text) + ACCENTS[g.text])
                out[j] = dataclasses.replace(base, text=letter)
                drop.add(i)
                break
    return [g for k, g in enumerate(out) if k not in drop] if drop else glyphs


def _under(accent: Glyph, letter: Glyph) -> bool:
    """Whether ``letter`` is the one ``accent`` is placed over or under (signals 2 and 3)."""
    if letter.joined or len(letter.text) != 1 or not letter.text.isalpha() or letter.font != accent.font \
            or abs(letter.size - accent.size) > 0.01 * max(accent.size, 1.0):
        return False
    em = max(accent.size, 1.0)
    centre = (accent.x0 + accent.x1) / 2
    return letter.x0 - CENTRE_SLACK * em <= centre <= letter.x1 + CENTRE_SLACK * em \
        and abs(accent.top - letter.top) <= RAISE * em
