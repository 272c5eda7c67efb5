"""Glyphs without Unicode: lost ligatures repaired, unreadable fonts dropped and reported.

The paint reader keeps a glyph whose code has no Unicode value as a ``LOST`` placeholder with its
geometry. Signals, in order of precedence:

1. A font is unreadable when, on a page, at least ``MIN_GLYPHS`` of its glyphs were painted and
   either at least ``UNMAPPED_SHARE`` of them have no Unicode value, or less than ``TEXT_SHARE``
   of its text is letters, digits, spaces, common punctuation or list bullets (a font without a
   Unicode map whose codes read as garbage). Its glyphs are dropped and an ``unmapped-font``
   warning names it: such text must never become a name or a skill.
2. A placeholder inside a word (a readable font lost the mapping of a ligature: Chrome, Pages and
   Pdfcrowd output reads "Classi cation", "Of ce", "h ps") becomes the ligature that makes a word
   the document spells out whole elsewhere; failing that, the one that makes a word of a
   word-frequency dictionary (``wordfreq``'s short lists of the Latin-script vocabulary
   languages, offline, read on first need: :mod:`resumekit.words`) when exactly one ligature does, or one makes a word
   at least ``CLEARLY_MORE`` Zipf units more frequent than any other ("Tex_le": only "Textile";
   "Sta_ng": "Stating" and "Staffing" both, so no decision); failing that, the one its
   neighbours call for ("tt" in "h_p", "ti" before "on"/"ve"/"es", "fl" before "ow"/"ex"/
   "ict"...); failing that "fi", by far the commonest ligature. A placeholder before the capital
   of a word in small letters is no ligature ("fiMira"): it is removed.
3. Any other placeholder is removed; so is every placeholder at a word's edge in a document
   whose placeholders stand before a capital or a digit (where no ligature can) at least
   ``MARKERS_MIN`` times and for at least ``MARKERS_SHARE`` of them: they mark where a run of text
   starts and ends (Chromium printing LibreOffice's HTML of a Word table paints a character
   without a Unicode value at both ends of every cell's text), no ligature is lost there.
4. A code a font maps to U+0000 (Canva's Turkish "i": "Etk\0l\0") is one letter the map lost, not a
   ligature: :func:`lost_letter` finds the one letter that, put in every word holding such a
   code, makes at least ``LETTER_MIN`` words and ``LETTER_SHARE`` of them words the document
   spells out whole or dictionary words, and clearly more than any other letter does; failing
   that the codes read as spaces, as before (no guess).

Errs towards keeping text: a font is dropped only when most of it is unreadable. A word without a
placeholder is never changed.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import product

import regex

from ...text import BULLET_CHARS
from ...words import DICTIONARY_LANGS, word_list
from .layout import Glyph
from .paint import LOST, Painted

__all__ = ["unreadable_fonts", "Known", "known_words", "repair_lost", "lost_letter", "LOST", "NUL", "MIN_GLYPHS",
           "UNMAPPED_SHARE", "TEXT_SHARE", "LETTER_MIN", "LETTER_SHARE"]

MIN_GLYPHS = 20
UNMAPPED_SHARE = 0.5
TEXT_SHARE = 0.5
NUL = "\x00"  # what a font's map gives for a code it maps to U+0000
LETTER_MIN, LETTER_SHARE = 3, 0.6
LIGATURES = ("fi", "fl", "ff", "ffi", "ffl", "ti", "tt", "ft", "st", "ct", "th")
CLEARLY_MORE = 1.0  # Zipf units (a tenfold frequency) between the best dictionary word and the next
_TEXTY = regex.compile(r"[\p{L}\p{N}\s.,;:!?'\"()/@\-–—•·|" + regex.escape(BULLET_CHARS) + "]")
_WORD = regex.compile(r"[\p{L}" + LOST + r"]+")
_BEFORE_CAPITAL = regex.compile(LOST + r"(?=[\p{Lu}\p{N}])")
MARKERS_MIN, MARKERS_SHARE = 3, 0.25
_LETTERS = regex.compile(r"\p{L}{3,}")
_NUL_WORD = regex.compile(r"[\p{L}\x00]*\x00[\p{L}\x00]*")
# (pattern around the lost glyph "_", ligature), tried in order when no known word decides.
_CONTEXT = [(regex.compile(p, regex.IGNORECASE), lig) for p, lig in (
    (r"h_p|bu_on|le_er|se_ing|a_en[dt]|wri_en|commi_|pre_y", "tt"),
    (r"\p{L}_(?:ons?|onal|ves?|vit|ng|es)\b|[cp]_(?:ve|vi|on|ce|c)|x_le|_on", "ti"),
    (r"(?:^|[^f])_(?:ow|ex|ict|uen|ight|at\b|y\b|oor|ag|ash|ame|ue|ux|ank|ore|ip|ood|uid|ourish)|a_et", "fl"),
    (r"(?:[aeiou]|su|di)_(?:ci|cu|li)|^o_c", "ffi"),
    (r"(?:^[eo]|di|su|sta|stu|cli|blu|a)_(?:ec|er|ic|ort|ord|ere|ix|ing|e\b|ai)", "ff"),
)]


def unreadable_fonts(painted: Painted, glyphs: list[Glyph]) -> dict[str, int]:
    """Fonts of the page whose text cannot be read, with their number of glyphs."""
    by_font: dict[str, list[str]] = defaultdict(list)
    for g in glyphs:
        if not g.icon:
            by_font[g.font].append(g.text)
    out = {}
    for font, texts in by_font.items():
        total = painted.mapped.get(font, 0) + painted.unmapped.get(font, 0)
        if total < MIN_GLYPHS:
            continue
        if painted.unmapped.get(font, 0) >= UNMAPPED_SHARE * total:
            out[font] = total
            continue
        text = "".join(t for t in texts if t != LOST)
        if text and len(_TEXTY.findall(text)) < TEXT_SHARE * len(text):
            out[font] = total
    return out


@dataclass(frozen=True, slots=True)
class Known:
    """The words (three letters or more, lower case, counted) a document spells out whole, and
    whether its placeholders are markers of where runs of text start and end (signal 3)."""

    words: Counter = field(default_factory=Counter)
    markers: bool = False


def known_words(texts) -> Known:
    """What the document's texts know (:class:`Known`)."""
    words: Counter = Counter()
    impossible = lost = 0
    for t in texts:
        if LOST in t or NUL in t:
            lost += t.count(LOST)
            impossible += len(_BEFORE_CAPITAL.findall(t))
            t = " ".join(w for w in t.split() if LOST not in w and NUL not in w)
        words.update(w.casefold() for w in _LETTERS.findall(t))
    return Known(words, impossible >= MARKERS_MIN and impossible >= MARKERS_SHARE * lost)


def lost_letter(texts, known: Known) -> str | None:
    """The one letter the codes mapped to U+0000 stand for in these texts, or None when no letter
    clearly does (see signal 4)."""
    words = {w for t in texts if NUL in t for w in _NUL_WORD.findall(t) if w.strip(NUL)}
    if len(words) < LETTER_MIN:
        return None
    letters = {c for w in known.words for c in w if c.isalpha()}
    score = sorted(((sum(1 for w in words if _is_word(w.replace(NUL, c).casefold(), known.words)), c)
                    for c in letters), reverse=True)
    if not score:
        return None
    best, letter = score[0]
    runner_up = score[1][0] if len(score) > 1 else 0
    if best >= LETTER_MIN and best >= LETTER_SHARE * len(words) and best > 2 * runner_up:
        return letter
    return None


def _is_word(word: str, known: Counter) -> bool:
    return bool(known[word]) or _zipf(word) > 0


def repair_lost(text: str, known: Known, letter: str | None = None) -> str:
    """``text`` with each placeholder inside a word replaced by its likeliest ligature, each code
    mapped to U+0000 inside a word by ``letter`` (in capitals in a word in capitals), and any
    other placeholder removed."""
    if letter and NUL in text:
        text = _NUL_WORD.sub(lambda m: m.group(0).replace(
            NUL, letter.upper() if len(m.group(0)) > 2 and m.group(0).replace(NUL, "").isupper() else letter),
            text)
    if LOST not in text:
        return text
    return _WORD.sub(lambda m: _repair_word(m.group(0), known.words, known.markers), text).replace(LOST, "")


def _repair_word(word: str, known: Counter, markers: bool) -> str:
    if LOST not in word:
        return word
    letters = word.replace(LOST, "")
    if not letters or word.count(LOST) > max(2, len(letters) // 3):
        return letters  # mostly unreadable: nothing to guess from
    if markers and (word[0] == LOST or word[-1] == LOST):
        word = word.strip(LOST)  # the document's placeholders mark where words start and end
        if LOST not in word:
            return word
    whole = _from_dictionary(word, known)
    if whole is not None:
        return whole
    if word[0] == LOST and word[1:2].isupper() and not letters.isupper():
        word = word.lstrip(LOST)  # before the capital of a word in small letters no ligature stands
        if LOST not in word:
            return word
    out = []
    for k, part in enumerate(word.split(LOST)):
        if k:
            out.append(_guess(out, word.split(LOST)[k:], known))
        out.append(part)
    return "".join(out)


def _guess(before: list[str], after: list[str], known: Counter) -> str:
    """The ligature between ``before`` (already repaired) and ``after`` (parts still to come)."""
    left = "".join(before)
    right = after[0]
    rest = LOST.join(after[1:])
    if left or right:
        hits = [(known[(left + lig + right).casefold()], -n, lig) for n, lig in enumerate(LIGATURES)
                if not rest and known[(left + lig + right).casefold()]]
        if hits:
            return max(hits)[2]
        around = f"{left}_{right}" + "".join("?" + part for part in after[1:])
        for pattern, lig in _CONTEXT:
            if pattern.search(around):
                return lig
    return "fi"


def _from_dictionary(word: str, known: Counter) -> str | None:
    """The word with its placeholders (two at most) filled: the filling the document spells out
    whole most often, else the one word of the dictionary that fits, or the clearly most frequent
    one; None when neither decides."""
    parts = word.split(LOST)
    if len(parts) > 3 or not any(parts):
        return None
    upper = "".join(parts).isupper()  # "CER_FIED": the ligature in capitals too
    candidates = ["".join(p + (lig.upper() if upper else lig) for p, lig in zip(parts, fill + ("",)))
                  for fill in product(LIGATURES, repeat=len(parts) - 1)]
    seen = [(known[c.casefold()], c) for c in candidates if known[c.casefold()]]
    if seen:
        return max(seen, key=lambda t: t[0])[1]  # first candidate (commonest ligature) on a tie
    fits = sorted(((z, c) for c in candidates if (z := _zipf(c.casefold())) > 0), reverse=True)
    if len(fits) == 1 or (len(fits) > 1 and fits[0][0] >= fits[1][0] + CLEARLY_MORE):
        return fits[0][1]
    return None


def _zipf(word: str) -> float:
    """The word's highest Zipf frequency in the dictionary languages (0 when in none)."""
    best = max((word_list(lang).get(word, 0.0) for lang in DICTIONARY_LANGS), default=0.0)
    return math.log10(best) + 9 if best > 0 else 0.0
