"""The text of DOCX runs and lines as a reader sees it: gaps pushed with spaces, jumps in type
size, symbol-font bullets, the dominant style of a line and its styled runs.

Signals for a visible gap (a TAB) made of spaces, in order: three or more spaces that keep the
text after them on the same line (by the estimated width), before a short end of line (a
right-aligned date or place) or after a short label ("Skills:"), and not next to a separator
("|", "·"...). Errs towards a plain space: spaces typed to force a wrap are not a gap.

A space between two words whose type sizes differ by more than ``SIZE_JUMP`` (a 20 pt name, then
an 11 pt "– Science Teacher") is a gap too, as the PDF extractor reads the same line.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ...document import Run
from ...text import clean
from ..pdf.layout import SIZE_JUMP
from .layout import EM_WIDTH, SPACE_EM
from .styles import RunProps

__all__ = ["Piece", "joined", "gaps", "symbol", "symbol_text", "dominant", "is_bold", "merge_runs", "is_rule"]

_SPACE_GAP = regex.compile(r"[ \u00a0\u2002\u2003]{3,}")
_SEPARATORS = set("|·•/,;")
_RULE = regex.compile(r"^[_\-=–—~*·.•\s]{5,}$")
_HEAVY_FONT = regex.compile(r"\b(?:bold|black|heavy|(?:extra|ultra|semi|demi)[ -]?bold)\b", regex.IGNORECASE)
# What the bullets and marks of the symbol fonts draw (w:sym, or private-use text in those fonts);
# any other symbol-font character is an icon and is dropped.
_SYMBOL_FONTS = {
    "symbol": {0xB7: "•", 0xAE: "→", 0xDE: "⇒"},
    "wingdings": {0x9F: "•", 0xA7: "▪", 0x6C: "●", 0x6E: "■", 0x71: "❑", 0x76: "❖", 0xD8: "➢", 0xE8: "➔",
                  0xFC: "✓", 0xFB: "✗"},
}


@dataclass(slots=True)
class Piece:
    """A stretch of a paragraph's text in one style, with the link it sits on and where the flow was."""

    text: str
    props: RunProps
    link: int | None
    page: int
    column: int


def is_rule(text: str) -> bool:
    """A line drawn with underscores, dashes or dots: a rule, not text."""
    return len(text) >= 5 and (text[0] in "_-=–—~*·.•" or text[0].isspace()) and bool(_RULE.match(text))


def joined(group: list[Piece], default: float) -> str:
    """The text of a line's pieces, the space where the type size jumps between two words a TAB."""
    if len(group) == 1:  # (most lines: one piece, nothing to join)
        return group[0].text
    out = ""
    before: float | None = None  # the size of the last word
    for p in group:
        if not p.text.strip():
            out += p.text
            continue
        size = p.props.size or default
        jump = before is not None and max(size, before) > SIZE_JUMP * min(size, before)
        if jump and (out[-1:].isspace() or p.text[:1].isspace()):
            out = out.rstrip() + "\t" + p.text.lstrip()
        else:
            out += p.text
        before = size
    return out


def gaps(text: str, size: float, width: float) -> str:
    """Runs of three or more spaces that push text right on the same line, as TABs: when what
    follows, to the end of the line, is short (a right-aligned date or place) or what precedes
    is a short label ("Skills:"). Other runs become one space: among them spaces typed to force
    a wrap, which run past the line's width."""
    if "   " not in text and "\u00a0" not in text:
        return text
    gaps = _SPACE_GAP.findall(text)
    parts = _SPACE_GAP.split(text)
    out = parts[0]
    for k, part in enumerate(parts[1:], start=1):
        rest = " ".join(parts[k:]).strip()
        label = out.split("\t")[-1].strip()
        wide = (len(rest) <= 40 and len(rest.split()) <= 6) or (label.endswith(":") and len(label.split()) <= 4)
        same_line = (len(out) * EM_WIDTH + len(gaps[k - 1]) * SPACE_EM) * size <= width
        separated = out.rstrip()[-1:] in _SEPARATORS or part.lstrip()[:1] in _SEPARATORS  # "a |   b"
        if not (wide and same_line and not separated and out.strip()):
            out += " " + part
        elif part.startswith(":"):  # colons aligned after the labels: "DOB      : 1999" -> "DOB:⇥1999"
            out += ":\t" + part[1:].lstrip()
        else:
            out += "\t" + part
    return out


@lru_cache(maxsize=256)
def _symbol_table(font: str | None) -> dict[int, str] | None:
    family = (font or "").strip().lower()
    if family.startswith("symbol"):
        return _SYMBOL_FONTS["symbol"]
    if family.startswith(("wingdings", "webdings")):
        return _SYMBOL_FONTS["wingdings"]
    return None


def symbol(char: str | None, font: str | None) -> str:
    """The glyph a ``w:sym`` draws, if it is a bullet or mark we know; "" for an icon."""
    try:
        code = int(char or "", 16)
    except ValueError:
        return ""
    table = _symbol_table(font) or {}
    return table.get(code - 0xF000 if code >= 0xF000 else code, "")


def symbol_text(text: str, font: str | None) -> str:
    """Text in a symbol font: its private-use code points as the glyphs they draw."""
    table = _symbol_table(font)
    if table is None or not any("\uf000" <= ch <= "\uf0ff" for ch in text):
        return text
    return "".join(table.get(ord(ch) - 0xF000, "") if "\uf000" <= ch <= "\uf0ff" else ch for ch in text)


def dominant(group: list[Piece], mark: RunProps) -> tuple[bool, bool, float | None, bool, str | None]:
    """(bold, italic, size, caps, font) of most of the group's characters."""
    if len(group) == 1 and group[0].text.strip():  # (most lines: one piece)
        props = group[0].props
        return is_bold(props), bool(props.italic), props.size, bool(props.caps), props.font
    weights: dict[tuple, int] = {}
    for p in group:
        n = len(p.text.strip())
        if n:
            props = p.props
            looks = (is_bold(props), bool(props.italic), props.size, bool(props.caps), props.font)
            weights[looks] = weights.get(looks, 0) + n
    if not weights:
        return is_bold(mark), bool(mark.italic), mark.size, bool(mark.caps), mark.font
    return max(weights, key=weights.__getitem__)  # the first of the heaviest, as Counter.most_common(1)


def is_bold(props: RunProps) -> bool:
    """Bold as a reader sees it: the bold property, or a heavy typeface ("Montserrat Black")."""
    return bool(props.bold) or bool(props.font and _heavy(props.font))


@lru_cache(maxsize=1024)
def _heavy(font: str) -> bool:
    return _HEAVY_FONT.search(font) is not None


def merge_runs(group: list[Piece]) -> tuple[Run, ...]:
    """The line's runs of one (bold, italic), cleaned, when it mixes them; else ()."""
    if len(group) < 2:
        return ()
    looks = [(is_bold(p.props), bool(p.props.italic)) for p in group]
    if len({look for look, p in zip(looks, group) if p.text.strip()}) <= 1:
        return ()
    marks: list[tuple[bool, bool]] = []
    texts: list[str] = []
    for look, p in zip(looks, group):  # neighbours alike are one run
        if marks and marks[-1] == look:
            texts[-1] += p.text
        else:
            marks.append(look)
            texts.append(p.text)
    runs = []
    for (b, i), text in zip(marks, texts):
        text = clean(text)  # (once per run)
        if text:
            runs.append(Run(text, b, i))
    return tuple(runs)
