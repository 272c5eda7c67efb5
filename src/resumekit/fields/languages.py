"""A languages section: spoken languages with their levels, and the tools listed beside them.

Signals, in order:
1. Lines: wrapped lines joined, but never a line that is a language entry of its own ("niemiecki –
   podstawowy" under "angielski – B2"); a line opening with a bracket is the level of the language
   ending the line above; label-column values wrapped onto the next line joined back.
2. A label: a level of the vocabulary ("Native:", "Mother tongue(s) ⇥ Italian") is the level of the
   languages after it; a languages heading phrase ("Other languages:") names the section and is
   dropped; a label that names no language before a list of them ("Spoken: English (native),
   Polish (C1)") is dropped.
3. Rows of cells: a language and a level ("İngilizce ⇥ : İleri"); a language and levels only (the
   Europass self-assessment grid: "English ⇥ C1 ⇥ C1 ⇥ B2 ⇥ B2 ⇥ C1" gives "C1", the most common
   of four CEFR levels or more, see :func:`.spoken.grid_level`; fewer, or other levels, as printed:
   "C1 / B2", "Good / Basic"); a
   language and a test's score ("영어 ⇥ OPIc ⇥ IH").
4. Items: languages a spaced dash apart ("Anglais : courant (C1) — Espagnol : B1"); a line that is
   one language with its level; else the items of the line. An item names a spoken language (see
   :mod:`.spoken`) or is a skill when it names a known tool.
5. A languages section with no spoken language in it is a list of skills (programming languages)
   and is read as such.

Split from :mod:`.lists`, whose skills reader it uses (item splitting and levels: :mod:`.items`).
"""
from __future__ import annotations

import regex

from ..document import Line
from ..schema import Language, Skill
from ..segment import heading_kind
from ..text import key, rx
from ..vocab import merged
from .canonical import canonical_skill
from .dates import find_dates
from .entries import join_wrapped
from .items import (dedupe, is_level, label_match as _label, labelled_groups as _labelled_groups, pair_levels,
                    split_items, value_wraps)
from .lists import read_skills
from .spoken import cefr, grid_level, is_lang_line, item_languages, languages_in, rated, spoken_language

__all__ = ["read_languages"]


def _level_word(label: str) -> bool:
    """A level of the vocabulary labelling languages ("Native", "Mother tongue(s)", "Madrelingua")."""
    return key(rx(r"\(s\)\s*$").sub("", label.strip())) in merged().proficiency


_DASHED = regex.compile(r"\s+[—–]\s+")


def _opens_with_language(piece: str) -> bool:
    """Does ``piece`` open with a spoken language's name before a colon or a bracket ("Espagnol :
    B1", "Inglés (C1)")?"""
    name = regex.split(r"[:：(]", piece, maxsplit=1)[0].strip()
    return bool(name) and len(name.split()) <= 3 and bool(spoken_language(name))


_LEVEL_SEP = regex.compile(r"\s*[:：(]\s*|\s+[–—-]\s+")


def _language_entry(text: str) -> bool:
    """A line of its own: a spoken language's name and something after a colon, a bracket or a
    spaced dash ("niemiecki – podstawowy", lower case as Polish writes it)."""
    pieces = _LEVEL_SEP.split(text.strip(), maxsplit=1)
    return len(pieces) == 2 and bool(pieces[1].strip()) and len(pieces[0].split()) <= 3 and bool(spoken_language(pieces[0]))


def _joined_languages(lines) -> list[Line]:
    """Wrapped lines joined, but never a line that is a language entry of its own to the one above
    (a PDF line opening in lower case reads as a wrap: "angielski – B2" over "niemiecki – podstawowy");
    a line opening with a bracket is the level of the language ending the line above ("…, Französisch"
    / "(Grundkenntnisse, A2)")."""
    groups: list[list[Line]] = []
    for line in value_wraps(lines):
        if groups and line.plain.startswith("(") and not line.bullet:
            prev = groups[-1][-1]
            groups[-1][-1] = prev.with_(text=f"{prev.text} {line.text}", links=prev.links + line.links, runs=())
        elif not groups or _language_entry(line.plain):
            groups.append([line])
        else:
            groups[-1].append(line)
    return [joined for group in groups for joined in join_wrapped(group)]


def _score_cell(cell: str) -> bool:
    """A cell of a language table's test or score ("TOEIC", "900", "IH"): short, no date, no language."""
    return 0 < len(cell.split()) <= 2 and not find_dates(cell) and not languages_in(cell)


def read_languages(lines: list[Line] | tuple[Line, ...]) -> tuple[list[Language], list[Skill]]:
    """(spoken languages, skills): the skills are the lines that name no spoken language but
    tools the skills table knows ("Programming: Python, Go"), or the whole section when it names
    no spoken language at all."""
    langs: list[Language] = []
    tools: list[Line] = []
    for line in pair_levels(_labelled_groups(_joined_languages(lines))):
        text = line.text
        level_label = None
        m = _label(text)
        if m and _level_word(m.group("label")):
            level_label, text = m.group("label").strip(), m.group("rest")
        elif len(line.cells) == 2 and _level_word(line.cells[0]):
            level_label, text = line.cells[0].strip(), line.cells[1]  # "Mother tongue(s) ⇥ Italian" (Europass)
        elif m and (h := heading_kind(m.group("label"))) is not None and h.kind == "languages":
            text, m = m.group("rest"), None  # "Other languages: English (C1)": the label names the section
        elif (m and not any(map(item_languages, split_items(m.group("label"))))
              and any(map(item_languages, split_items(m.group("rest"))))):
            text, m = m.group("rest"), None  # "Spoken: English (native), Polish (C1)": a label over the languages
        if len(line.cells) == 2 and spoken_language(line.cells[0]) and not languages_in(line.cells[1]):
            items = [f"{line.cells[0]} ({line.cells[1].strip().lstrip(':：').strip()})"]  # "İngilizce ⇥ : İleri"
        elif len(line.cells) > 2 and spoken_language(line.cells[0]) and all(is_level(c) for c in line.cells[1:]):
            levels = [c.strip() for c in line.cells[1:]]
            # a grid row of four CEFR levels or more: its most common (as the skills reader gives it); a
            # shorter row ("Spoken ⇥ Written") and other levels as printed
            grid = len(levels) >= 4 and all(map(cefr, levels))
            items = [f"{line.cells[0]} ({grid_level(levels) if grid else ' / '.join(levels)})"]
        elif len(line.cells) > 2 and spoken_language(line.cells[0]) and all(_score_cell(c) for c in line.cells[1:]):
            items = [f"{line.cells[0]} ({' '.join(c.strip() for c in line.cells[1:])})"]  # "영어 ⇥ OPIc ⇥ IH": test, score
        elif len(pieces := _DASHED.split(text)) >= 2 and all(_opens_with_language(p) for p in pieces):
            items = pieces  # "Anglais : courant (C1) — Espagnol : B1": languages a spaced dash apart
        elif m is not None and not level_label and is_lang_line(text) or rated(text):
            items = [text]
        else:
            items = split_items(text)
        found = [lang for item in items for lang in item_languages(item, level_label)]
        if not found and any(canonical_skill(i) for i in split_items(line.text)):
            tools.append(line)
        langs += found
    langs = dedupe(langs, lambda l: key(l.name))
    if not langs:
        return [], read_skills(lines)
    return langs, read_skills(tools)
