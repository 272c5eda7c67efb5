"""The items of one line of a skills list (read by :mod:`.lists`), signals in order:
1. Groups of a line: a category before a bullet glyph ("Programming • Zig, Nim"); "Label: a, b";
   sub-groups after spaced dashes outside brackets ("Languages - Commercial: C#, F# - Other: Scala");
   with no comma or colon, spaced dashes between short capitalised names are separators ("Zig - Nim").
2. Names in an item: "HTML and CSS" parted when one looks technical or both are known tools; the
   tools an item names inside running text ("Experienced with Python and SQL"); a clause of a
   sentence cut at its commas gives its tools only.
3. What is no skill: more than six words, a level, a filler, an e-mail address, a URL, one
   lower-case letter; a note about references; bare years joined by slashes that go on or run
   backwards are a product's versions, no period.
4. A sentence whose subject is a skills heading phrase and whose verb introduces a list
   (:func:`skills_sentence`).
"""
from __future__ import annotations

import regex

from ..text import find_urls, key, rx
from ..vocab import merged
from .canonical import canonical_skill, find_skills, is_filler, is_tool
from .items import RATING as _RATING, VERSIONS_SLASH as _VERSIONS_SLASH, is_level, label_match as _label, split_items
from .spoken import spoken_language


_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+(?=\p{Lu})")


def skills_sentence(text: str) -> tuple[int, str, str] | None:
    """(where it starts, the heading phrase, the list) of the last sentence of ``text`` whose
    subject is a skills heading phrase, after at most one article, possessive or level word, and
    whose verb introduces a list ([words] list_verbs), or that ends in a preposition over a list
    below it (list_prepositions): "The programming languages include C#, Go." ->
    "Programming languages", "C#, Go"; "Areas of expertise include:" and "Basic skills in" ->
    "Areas of expertise", "" and "Skills", "" (the list is on the lines below); not "Expertise in
    mentoring teams" (running text). The phrase starts with a capital, as a label does. Else None."""
    verbs, heads = merged().list_verbs, merged().headings.get("skills", ())
    starts = [0] + [m.end() for m in _SENTENCE_END.finditer(text)]
    for start in reversed(starts):
        words = text[start:].split()
        for n in range(1, min(len(words), 7)):
            word = key(words[n].rstrip(":："))
            if word not in verbs and (word not in merged().list_prepositions or n + 1 < len(words)):
                continue
            for head in (words[:n], words[1:n]):
                if head and key(" ".join(head)) in heads:
                    label = " ".join(head)
                    return start, label[:1].upper() + label[1:], " ".join(words[n + 1:]).lstrip(" :").rstrip(" .")
    return None


_SLASH_GOES_ON = regex.compile(r"\s*/\s*\w")


def _labelled_list(m: regex.Match | None) -> bool:
    """"Tools: Kilnlog, Chartly": a short label (four words at most) over two names or more (four
    words at most each), a list of its own and no description of an entry above it."""
    items = split_items(m.group("rest")) if m and len(m.group("label").split()) <= 4 else []
    return len(items) > 1 and all(len(i.split()) <= 4 for i in items)


def _version_years(text: str, d) -> bool:
    """Bare years joined by a slash that name a product's versions, not a period: the slashes go
    on after the second year ("Windows NT 2000/2003/XP", "SQL Server 2000 / 2005 / 2008") or the
    years run backwards ("Orchestrator 2016 /2012 R2"). "Acme, 2019/2021" stays a range."""
    if d.start is None or d.end is None or d.start.month or d.end.month or "/" not in d.text:
        return False
    return d.end.year < d.start.year or bool(_SLASH_GOES_ON.match(text, d.span[1]))


def _references_note(text: str) -> bool:
    """A note about references that closes a list: the first word names the references heading
    ("References", "Referees", "Referenzen") and two words or more follow that name no tool
    ("available on request"); "Reference checks" or "Reference management with Zotero" stay skills."""
    words = text.strip(" .").split()
    return (len(words) >= 3 and key(words[0].rstrip(":：")) in merged().headings.get("references", ())
            and not find_skills(" ".join(words[1:])))


_CJK_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")


def _in_words(item: str) -> list[str]:
    """The tools an item names inside words around them, else []: "Experienced with Python and
    SQL" -> Python, SQL; "comfortable in Tableau" -> Tableau; "熟悉 Linux" -> Linux. The other
    words must be running text (lower case but for the first) or another script; a name of its
    own ("Microsoft Power BI", "Data analysis with Python") is left alone."""
    if rx(r"[(\[]").search(item) and not _CJK_CHAR.search(item):
        return []  # "R (tidyverse, lme4)": a group, named by its head
    found = find_skills(item)
    if not found:
        return []
    if _CJK_CHAR.search(item):
        return found
    rest = item
    for name in found:
        rest = rest.replace(name, " ")
    others = [w for w in rx(r"\p{L}[\p{L}'’-]*").findall(rest)]
    if len(others) < 2 or all(len(name) <= 2 for name in found):
        return []  # "PHP 5 y 7", "Prototyping and Wireframing", "kernel version of C": a name of its own
    return found if all(w[0].islower() for w in others[1:]) and (others[0][0].islower() or item.startswith(others[0])) else []


_BRACKETED = regex.compile(r"\s*[(\[][^()\[\]]*[)\]]")


def _sentence_line(text: str, items: list[str]) -> bool:
    """A sentence cut at its commas: the line ends in a full stop and opens with running text (more
    than six words before the first comma: "Planned a conference for 400 guests, from venue to
    catering.")."""
    return text.rstrip().endswith(".") and bool(items) and len(items[0].split()) > 6


def _clause(item: str) -> bool:
    """A piece of a sentence, not a name: lower case, opening with a stop word ("from venue to
    catering", "with Rust and Go")."""
    words = item.split()
    return bool(words) and item[:1].islower() and key(words[0]) in merged().stop_words


def _skill_like(name: str) -> bool:
    """Six words at most (versions apart by spaced slashes one: "Server 2005 / 2008"), besides a
    bracketed list of short names ("Lenses (Wide Angle, Macro, Telephoto, Prime)"), a letter, not a level, not a filler ("etc."), not an e-mail address or a
    URL, not one lower-case letter (a bullet glyph written as a letter: "o ⇥ Kilnlog"; "R" stays)."""
    head = _BRACKETED.sub(lambda m: " " if all(len(p.split()) <= 3 for p in split_items(m.group(0).strip(" ()[]")))
                          else m.group(0), name)
    return (bool(name) and len(_VERSIONS_SLASH.sub("/", head).split()) <= 6 and rx(r"\p{L}").search(name) is not None
            and not is_level(name) and not (len(name) == 1 and name.islower())
            and not is_filler(name) and "@" not in name and not find_urls(name))


_GROUP_DASH = regex.compile(r"\s+[-–—]\s+")


def _outside_brackets(pattern: regex.Pattern, text: str) -> list[str]:
    """``text`` split at the matches of ``pattern`` that stand outside brackets."""
    depth, level = 0, []
    for ch in text:
        level.append(depth)  # the depth at each character
        depth = depth + 1 if ch in "([" else depth - 1 if ch in ")]" and depth else depth
    out, pos = [], 0
    for m in pattern.finditer(text):
        if level[m.start()] == 0:
            out.append(text[pos:m.start()])
            pos = m.end()
    return out + [text[pos:]]


_BULLET_LABEL = regex.compile(r"^(?P<label>\p{L}[^•·▪●,;:|\t()]{1,40}?)\s+[•·▪●]\s+(?P<rest>.+)$")


def _bullet_category(label: str, rest: str) -> bool:
    """A category before the first bullet glyph of a line: four words at most, no tool, over two
    items or more; a list of commas after it ("Programming • Zig, Nim"), or a skills heading phrase
    over items parted by bullets ("Software • Kilnlog • Chartly"; "Zig • Nim • Crystal" stays items)."""
    if len(label.split()) > 4 or is_tool(label) or len(split_items(rest)) < 2:
        return False
    return ("," in rest and not regex.search(r"[•·▪●]", rest)) or key(label) in merged().headings.get("skills", ())


def _groups(text: str, category: str | None) -> list[tuple[str | None, str]]:
    """(category, items) groups of one line: "Label: a, b", and sub-groups after spaced dashes
    ("Languages - Commercial: C#, F# - Other: Scala" / "Cloud - SQL Server, Oracle - Azure"); with
    no comma or colon, spaced dashes between short names are separators ("Zig - Nim - Crystal"); a
    category before a bullet glyph is a label (``_bullet_category``)."""
    m = _BULLET_LABEL.match(text)
    if m and _bullet_category(m.group("label"), m.group("rest")):
        return _groups(m.group("rest"), m.group("label"))
    if "," not in text and ":" not in text:
        return [(category, "\t".join(_dashed_names(text)))]
    pieces = _outside_brackets(_GROUP_DASH, text)
    if len(pieces) > 1 and spoken_language(pieces[0]):
        pieces = [text]  # "Английский - Upper-Intermediate (B2)": a language and its level
    merged_pieces: list[str] = []
    for piece in pieces:  # "Python - advanced": a level after a dash is not a new group
        if merged_pieces and key(piece.split(",")[0]) in merged().proficiency:
            merged_pieces[-1] += f" - {piece}"
        else:
            merged_pieces.append(piece)
    groups: list[tuple[str | None, str]] = []
    for k, piece in enumerate(merged_pieces):
        m = _label(piece)
        level = key(_RATING.sub(" ", m.group("rest"))) if m else None
        if m and (not level or level in merged().proficiency or spoken_language(m.group("label"))):
            groups.append((category, m.group("label")))  # "Go: basic", "Python: ★★★★", "English: C1 (TOEFL)": a skill and its level
        elif m and len(m.group("label").split()) <= 5 and m.group("rest").strip():
            groups.append((m.group("label").strip(" -–•"), m.group("rest")))
        elif k == 0 and len(merged_pieces) > 1 and "," not in piece and len(piece.split()) <= 4:
            category = piece.strip(" -–•")  # "Cloud & Database Technologies - SQL Server, ..."
        else:
            groups.append((category, piece))
    return groups


def _dashed_names(text: str) -> list[str]:
    """"Zig - Nim - Crystal" -> its names: each three words at most, starting with a capital, a digit
    or a dot, none a level or a spoken language ("Python - advanced", "Docker - containers" and
    "English - Native" stay whole); else [text]."""
    pieces = [p.strip() for p in _outside_brackets(_GROUP_DASH, text)]
    if len(pieces) < 2 or not all(p and len(p.split()) <= 3 and rx(r"^[\p{Lu}\d.]").match(p) and not is_level(p)
                                  and not spoken_language(p) for p in pieces):
        return [text]
    return pieces


_AND_ITEMS = regex.compile(r"^(?P<a>\S+)\s+(?:and|&|und|et|y|e)\s+(?P<b>\S+)$")
_TECHY = regex.compile(r"^(?:\p{Lu}{2,}\S*|\S*[+#.\d]\S*)$")


def _and_split(item: str) -> list[str]:
    """"HTML and CSS" -> ["HTML", "CSS"]: two one-word names of which one looks technical, or both
    tools the skills table knows ("Jira and Confluence"); "Research and Development" stays whole."""
    m = _AND_ITEMS.match(item)
    if m and (_TECHY.match(m.group("a")) or _TECHY.match(m.group("b"))
              or is_tool(m.group("a")) and is_tool(m.group("b")) and not canonical_skill(item)):
        return [m.group("a"), m.group("b")]
    return [item]
