"""Spoken languages: whether a name is one, and the languages (with levels) an item of a list names.

An item is a spoken language when its name is in the vocabulary (any language, small typos
allowed, but a short word people write is none: "Core", "Course", "Finish"); its proficiency is what stands beside it in brackets (one level of
nesting: "Inglés (Intermedio (B2))"), after a dash or colon (the full-width "：" of CJK text too), or after the name ("Italian Native",
"English Full professional proficiency", a row of rating glyphs "German ★★★☆☆").
Errs towards no language: a name the vocabulary does not hold (nor a small typo of one) is none.
"""
from __future__ import annotations

from functools import lru_cache

import regex
from rapidfuzz import fuzz, process

from ..places import country_code
from ..schema import Language
from ..text import key, rx
from ..vocab import language_names_near, merged
from ..words import known_word

__all__ = ["spoken_language", "languages_in", "europass_grid", "grid_level", "cefr", "item_languages", "is_lang_line", "mentions_level", "rated"]


_WORD_MAX = 8  # a word people write, shorter than this, is never read as a misspelt language name


@lru_cache(maxsize=1 << 12)
def spoken_language(name: str) -> bool:
    k = key(name)
    names = merged().language_names
    if not k or len(k) < 3:
        return k in names
    if k in names:
        return True
    if country_code(name):
        return False  # "Germany" is close to "German", but a country
    best = process.extractOne(k, _reachable(len(k)), scorer=fuzz.ratio, score_cutoff=88)
    # a short word people write is no misspelt name: "Core" (a skills group), not "Corse" (a long
    # one may be: "Portugese", the Dutch word, is an English writer's slip)
    return best is not None and not (len(k) < _WORD_MAX and known_word(k))


@lru_cache(maxsize=64)
def _reachable(length: int) -> tuple[str, ...]:
    """The language names a name of ``length`` characters that is none of them can match with a
    fuzz.ratio of 88 (1 - d / (a + b), d the insertions and deletions between the two): d is at
    least the difference of the lengths, and at least 2 between two different names of one length,
    so a name of the same length as a short one (8 characters or fewer) is never reached."""
    return tuple(n for n in language_names_near(length)
                 if max(abs(len(n) - length), 2 if len(n) == length else 0) <= 0.12 * (len(n) + length) + 1e-9)


_LANG_ITEM = regex.compile(
    r"^(?P<name>[\p{L}][\p{L} '’\-]{1,40}?)\s*(?:[(\[（](?P<p1>(?:[^()\[\]（）]|\([^()]{0,20}\)){1,80})[)\]）]"
    r"|[-–—:：|]\s*(?P<p2>.{1,80})|\s+(?P<p3>[A-C][12]\b.*)|\s*(?P<p4>[★☆●○◉■□◆◇]{2,10}))?\s*$")


def _level(m: regex.Match) -> str | None:
    """The level beside a language's name: in brackets, after a dash or colon, a CEFR level after
    it, or a row of rating glyphs ("★★★★☆", "●●●○○", kept as written)."""
    return m.group("p1") or m.group("p2") or m.group("p3") or m.group("p4")


def rated(text: str) -> bool:
    """One language and a row of rating glyphs ("Breton ●●○○○"): one item, though "●" also
    separates items."""
    m = _LANG_ITEM.match(text.strip())
    return bool(m and m.group("p4") and spoken_language(m.group("name").strip()))


_JOINED = regex.compile(r"\s*(?:[,;&/]|\s(?:and|und|et|y|e|i|и)\s)\s*", regex.IGNORECASE)


def mentions_level(words: list[str]) -> bool:
    """A proficiency phrase of one to three words among the words ("as native language")."""
    folded = [key(w) for w in words]
    prof = merged().proficiency
    return any(" ".join(folded[i:i + n]) in prof for n in (1, 2, 3) for i in range(len(folded) - n + 1))


def item_languages(item: str, level: str | None = None, joined: bool = True) -> list[Language]:
    """The spoken languages of one item of a languages list, with their levels, else []:
    "German (fluent, C1)", "Spanish – native", "Italian Native", "Czech as native language",
    "notions of Russian", "Fluent English", and names joined by "and" / "&" / "e" sharing or
    carrying levels ("English (fluent) & Urdu (native)", "Italiano e Rumeno Madrelingua",
    "Fluent in English and Spanish"), names side by side ("Español Inglés", each a name)."""
    item = rx(r"^[^\p{L}(]+").sub("", item).strip()  # a bullet glyph left in the text ("■ Polish")
    if joined:
        pieces = [p for p in _JOINED.split(item) if p.strip()]
        if len(pieces) > 1:
            found = [item_languages(p, level, joined=False) for p in pieces]
            if all(found):
                return [lang for f in found for lang in f]
    lm = _LANG_ITEM.match(item)
    if lm:
        name = lm.group("name").strip()
        prof = (_level(lm) or level or "").strip() or None
        words = name.split()
        if spoken_language(name):
            return [Language(name=name, proficiency=prof)]
        if len(words) > 1 and all(key(w) in merged().language_names for w in words):
            return [Language(name=w) for w in words]  # "Italiano Inglese": names side by side, a level apart
        if spoken_language(words[0]) and (len(words) <= 3 or mentions_level(words[1:])):
            rest = " ".join(words[1:])
            return [Language(name=words[0], proficiency=(rest + (f" ({prof})" if prof else "")).strip() or None)]
    words = item.split()
    if lm and len(words) <= 5 and spoken_language(words[-1]):
        # "notions of Russian", "working knowledge of German", "Fluent English": the level comes first
        before = " ".join(words[:-1])
        return [Language(name=words[-1], proficiency=rx(r"\s+\S{1,3}$").sub("", before) or before)]
    return []


_GROUP = regex.compile(r"^(?P<head>[^()\[\]]{1,40}?)\s*[(\[](?P<members>[^()\[\]]{2,120})[)\]]\s*$")
_AND = regex.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|/)\s*", regex.IGNORECASE)


def languages_in(item: str) -> list[Language]:
    """The spoken languages a skill item names, else []: "English (C2 Proficient)",
    "Bilingual (English & Spanish)", "Languages (English, Kiswahili)", "Greek (beginner) and Latin"."""
    item = item.strip()
    m = _GROUP.match(item) if "(" in item or "[" in item else None
    if m and not spoken_language(m.group("head")):
        head = key(m.group("head"))
        members = [x for x in _AND.split(m.group("members")) if x.strip()]
        if members and all(spoken_language(x) for x in members) and (
                head in merged().proficiency or head in merged().headings.get("languages", ())):
            prof = m.group("head").strip() if head in merged().proficiency else None
            return [Language(name=x.strip(), proficiency=prof) for x in members]
        return []
    pieces = [p for p in rx(r"\s+(?:and|&|und|et|y|e)\s+").split(item) if p.strip()]
    out = []
    for piece in pieces:
        lm = _LANG_ITEM.match(piece.strip())
        if not lm or not spoken_language(lm.group("name").strip()):
            return []
        prof = (_level(lm) or "").strip() or None
        out.append(Language(name=lm.group("name").strip(), proficiency=prof))
    return out


def is_lang_line(text: str) -> bool:
    """"English: native" is one item; "English: native, German: B2" is two."""
    return text.count(":") == 1 and "," not in text


_CEFR = regex.compile(r"^[ABC][12]$")
_CEFR_ANY = regex.compile(r"\b[ABC][12]\b")
_HEAD_MAX = 8  # the lines of a grid's column heads above its first row, at most


def cefr(text: str) -> bool:
    """A CEFR level alone ("B2")."""
    return bool(_CEFR.match(text.strip()))


def _cefr_cells(cells: list[str]) -> bool:
    return bool(cells) and all(map(cefr, cells))


def grid_level(levels: list[str]) -> str:
    """The level of a grid row: the most common of its CEFR levels, on a tie the higher. The most
    common one is what the writer gives most of the five skills; the highest would let one strong
    skill (reading) speak for the row."""
    counts = {lv: levels.count(lv) for lv in levels}
    return max(counts, key=lambda lv: (counts[lv], lv))


def _grid_row(line) -> bool:
    """A language's row of the grid: its name and two CEFR levels or more ("Welsh ⇥ B2 ⇥ B2 ⇥ B1")."""
    cells = line.cells
    return len(cells) >= 3 and _cefr_cells(cells[1:]) and spoken_language(cells[0])


def _short_cells(line) -> bool:
    return 0 < len(line.cells) and all(len(c.split()) <= 5 for c in line.cells)


def _native_row(line) -> bool:
    """"Mother tongue(s) ⇥ English": a level's label beside languages."""
    cells = line.cells
    prof = merged().proficiency
    return (len(cells) == 2 and (key(cells[0]) in prof or key(regex.sub(r"\(s\)\s*$", "", cells[0].strip())) in prof)
            and all(spoken_language(p) for p in _JOINED.split(cells[1]) if p.strip()))


def _grid_note(text: str) -> bool:
    """The grid's footer: the CEFR levels named ("A1 and A2: Basic user – B1 …"), or the
    framework ("Common European Framework of Reference for Languages")."""
    k = key(text)
    return len(_CEFR_ANY.findall(text)) >= 2 or any(w in k for w in merged().grid_words if len(w.split()) >= 3)


def europass_grid(lines: list) -> list:
    """A list's lines with the Europass self-assessment grid read, else the lines as they are.

    Signals, in order:
    1. Rows: a spoken language and two CEFR levels or more ("Welsh ⇥ B2 ⇥ B2 ⇥ B2 ⇥ B2 ⇥ B2"); a
       row of levels alone, up to eight lines of short cells below, is the rest of a row a page
       column split off ("C1 ⇥ C1 ⇥ C1" under its own heads).
    2. Heads: up to eight lines of short cells above the first row, back to a mother-tongue row
       ("Other languages ⇥ UNDERSTANDING …", "Listening ⇥ Reading …", wrapped fragments "à une ⇥
       oralement en"), and the short lines between the rows; dropped only when one of them holds
       a word of the form (the vocabulary's ``grid_words``: "Listening", "Écouter", "Hören").
    3. Footer: the lines right under the last row that name the levels or the framework.
    4. A row becomes the item "Welsh (B2)" (its most common level, :func:`grid_level`), as the
       language readers store a level; the mother-tongue row above is left to them ("Mother
       tongue(s) ⇥ English": the level's label kept as written).
    """
    rows = [n for n, line in enumerate(lines) if _grid_row(line)]
    if not rows:
        return list(lines)
    first, last = rows[0], rows[-1]
    n = last + 1
    while n < len(lines) and n - last <= _HEAD_MAX and (_short_cells(lines[n]) or _cefr_cells(lines[n].cells)):
        if _cefr_cells(lines[n].cells):
            last = n  # the rest of the rows, a page column on, under their heads ("SPRECHEN ⇥ SCHREIBEN")
        n += 1
    start = first
    while start > 0 and first - start < _HEAD_MAX and _short_cells(lines[start - 1]) and not _native_row(lines[start - 1]):
        start -= 1
    heads = [line for line in lines[start:last + 1] if not _grid_row(line) and not _cefr_cells(line.cells)]
    words = merged().grid_words
    if not any(key(c) in words or key(line.plain) in words for line in heads for c in line.cells):
        return list(lines)
    end = last + 1
    while end < len(lines) and _grid_note(lines[end].plain):
        end += 1
    out = []
    for n, line in enumerate(lines):
        if start <= n < end and not _grid_row(line):
            continue
        if _grid_row(line):
            line = line.with_(text=f"{line.cells[0]} ({grid_level([c.strip() for c in line.cells[1:]])})", runs=())
        out.append(line)
    return out
