"""Canonical skill names from a curated table: "node js", "NodeJS" and "Node.js" are all "Node.js".

The table is data (``data/skills.toml``: canonical name → aliases, one table per category).
``canonical_skill`` gives the canonical name of a skill as written, or None; ``skill_category``
gives the category of that name. Names are compared folded: case, accents, spacing and
punctuation other than "+" and "#" are ignored, so "C", "C#" and "C++" stay apart.

Signals, in order (the first that names exactly one entry wins):
1. The whole name, folded, looked up exactly ("k8s" -> Kubernetes, "MS-Excel" -> Microsoft Excel).
2. The name without its decorations, looked up exactly: a version ("Python 3.10", "Angular 12",
   "Laravel 8.x"; digits glued to the name only after three letters or more, "C++17" and
   "Python3" but not "D3" or "S3"), a "js" ending ("ReactJS"), the plural "s" of an acronym
   ("CDNs", "LLMs"), a trailing word listed in the
   table ("Leadership skills", "Python-Kenntnisse"), a leading level word from the vocabularies
   before a name of three characters or more ("Advanced Excel", "Strong SQL"; not "Fluent UI").
3. The head of a bracketed group that ends the name, by all of these steps
   ("Python (Django, Flask)" -> Python; not "C++ (Professional) CMake").
4. A typo of a long name (rapidfuzz, optimal-string-alignment distance 1), by the length of the
   shorter folded name: two neighbours swapped from five characters ("Pyhton"), a letter
   dropped or added from eight ("Javascipt", "Kubernets"), a letter changed from ten
   ("Javascrupt"; "Networks" is not NetworkX, "Flash" not Flask). Below five nothing, so "Java"
   is never JavaScript, "SQL" never MySQL, "React" never React Native. The first letters,
   the digits, "+" and "#" must agree: another product is often a letter in front
   ("NServiceBus", "Cython"), and "Python 2" is no typo of "Python 3".

Errs towards None: a name the table does not know, a name as close to two entries as to one,
or a name longer than a skill name (over 120 characters) gets no canonical name. Nothing is invented.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import regex
from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from ..text import key, rx
from ..vocab import merged

__all__ = ["canonical_skill", "skill_category", "is_tool", "find_skills", "known_run", "is_filler", "fold", "validate", "CATEGORIES"]

CATEGORIES = ("language", "framework", "database", "cloud", "tool", "ml", "design", "office", "methodology",
              "field", "business", "soft")
MAX_LENGTH = 120
_SWAP_MIN, _INDEL_MIN, _CHANGE_MIN = 5, 8, 10  # shortest names for each kind of typo


def fold(name: str) -> str:
    """The matching key of a skill name: "Node.js" and "node js" -> "nodejs"; "C#" -> "c#";
    "Research & Development" and "Research and Development" -> "researchdevelopment"."""
    words = key(name).split()
    if len(words) > 2:
        words = [w for w in words if w != "and"]
    return "".join(words)


def validate(data: dict) -> list[str]:
    """Problems in a skills table (the parsed TOML), as sentences; [] when it is well-formed:
    known categories, lists of non-empty strings, every folded name claimed once in the file."""
    problems: list[str] = []
    owner: dict[str, str] = {}
    matching = data.get("matching", {})
    if not isinstance(matching, dict):
        return ["[matching] is not a table"]
    if set(matching) - {"trailing_words"}:
        problems.append(f"[matching] unknown keys {sorted(set(matching) - {'trailing_words'})}")
    words = matching.get("trailing_words", [])
    if not isinstance(words, list) or not all(isinstance(w, str) and len(key(w).split()) == 1 for w in words):
        problems.append("[matching] trailing_words must be a list of single words")
    for cat, table in data.items():
        if cat == "matching":
            continue
        if cat not in CATEGORIES:
            problems.append(f"unknown category [{cat}]")
            continue
        if not isinstance(table, dict):
            problems.append(f"[{cat}] is not a table")
            continue
        for name, aliases in table.items():
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                problems.append(f"[{cat}] {name!r}: aliases must be a list of strings")
                continue
            for spelling in (name, *aliases):
                k = fold(spelling)
                if not k:
                    problems.append(f"[{cat}] {name!r}: {spelling!r} has no letters or digits")
                elif owner.get(k) == name:
                    problems.append(f"[{cat}] {name!r}: {spelling!r} folds like another of its spellings; drop it")
                elif k in owner:
                    problems.append(f"{spelling!r} (folded {k!r}) is claimed by {owner[k]!r} and {name!r}")
                else:
                    owner[k] = name
    return problems


@dataclass(frozen=True)
class _Table:
    names: dict[str, str]          # folded spelling -> canonical name
    categories: dict[str, str]     # canonical name -> category
    trailing: frozenset[str]       # folded words that may follow a name ("skills")
    near: dict[tuple[str, int], tuple[str, ...]]  # spellings long enough for typos, by first character and length


@lru_cache(maxsize=1)
def _table() -> _Table:
    data = tomllib.loads(resources.files("resumekit").joinpath("data/skills.toml").read_text(encoding="utf-8"))
    problems = validate(data)
    if problems:
        raise ValueError(f"data/skills.toml is malformed: {'; '.join(problems)}")
    names, categories = {}, {}
    trailing = frozenset(key(w) for w in data.pop("matching", {}).get("trailing_words", []))
    for cat, table in data.items():
        for name, aliases in table.items():
            categories[name] = cat
            for spelling in (name, *aliases):
                names[fold(spelling)] = name
    near: dict[tuple[str, int], list[str]] = {}
    for k in names:
        if len(k) >= _SWAP_MIN:
            near.setdefault((k[0], len(k)), []).append(k)
    return _Table(names, categories, trailing, {at: tuple(ks) for at, ks in near.items()})


_SPACED_VERSION = regex.compile(r"^(?P<base>.*\S)\s+v?\d+(?:\.\d+)*(?:\.?x|\+)?$", regex.IGNORECASE)
_GLUED_VERSION = regex.compile(r"^(?P<base>.{2,}[\p{L}+#])\d+$")
_ACRONYM_PLURAL = regex.compile(r"^(?P<base>\p{Lu}[\p{Lu}\d]+)s$")
_GROUP_HEAD = regex.compile(r"^(?P<head>[^()\[\]]*?\S)\s*[(\[][^()\[\]]*[)\]]$")


@lru_cache(maxsize=1 << 12)
def _exact(name: str) -> str | None:
    """Signals 1 and 2: the whole name, then without its decorations. (The skill readers try the
    same names and runs of words again and again: kept per name.)"""
    t = _table()
    k = fold(name)
    if k in t.names:
        return t.names[k]
    bases = []
    m = _SPACED_VERSION.match(name.strip())
    if m:
        bases.append(fold(m.group("base")))
    m = _GLUED_VERSION.match(k)
    if m:
        bases.append(m.group("base"))
    if k.endswith("js") and len(k) > 4:
        bases.append(k[:-2])
    m = _ACRONYM_PLURAL.match(name.strip())
    if m:
        bases.append(fold(m.group("base")))
    words = key(name).split()
    if len(words) > 1 and words[-1] in t.trailing:
        bases.append(fold(" ".join(words[:-1])))
    levels = merged().proficiency
    for n in (3, 2, 1):
        rest = fold(" ".join(words[n:]))
        if len(rest) >= 3 and " ".join(words[:n]) in levels:
            bases.append(rest)  # not "Fluent UI" or "Conversational AI": too short to be sure
            break
    return next((t.names[b] for b in bases if b in t.names), None)


def _marks(k: str) -> str:
    return "".join(ch for ch in k if not ch.isalpha())


def _typo(k: str, t: _Table) -> str | None:
    """Signal 4: the one entry a long name is a single typo away from."""
    if len(k) < _SWAP_MIN:
        return None
    found = set()
    # (a typo away: the same first character, one character longer or shorter at most)
    near = [c for n in (len(k) - 1, len(k), len(k) + 1) for c in t.near.get((k[0], n), ())]
    for cand, _dist, _ in process.extract(k, near, scorer=OSA.distance, score_cutoff=1, limit=None):
        if _marks(cand) != _marks(k):
            continue
        if len(cand) != len(k):
            least = _INDEL_MIN
        elif Levenshtein.distance(k, cand) == 2:
            least = _SWAP_MIN  # OSA 1 but Levenshtein 2: two neighbours swapped
        else:
            least = _CHANGE_MIN
        if min(len(k), len(cand)) >= least:
            found.add(t.names[cand])
    return found.pop() if len(found) == 1 else None


def canonical_skill(name: str) -> str | None:
    """The canonical name of a skill as written ("ReactJS" -> "React", "Postgres" -> "PostgreSQL",
    "Python (Django, Flask)" -> "Python"), or None when the table does not know it."""
    if not name or len(name) > MAX_LENGTH:
        return None
    t = _table()
    found = _exact(name)
    if found:
        return found
    m = _GROUP_HEAD.match(name.strip())
    if m:
        return canonical_skill(m.group("head"))
    m = _SPACED_VERSION.match(name.strip())
    return _typo(fold(name), t) or (_typo(fold(m.group("base")), t) if m else None)


_PROSE_CATEGORIES = ("language", "framework", "database", "cloud", "tool", "ml", "design", "office")
_RUN = regex.compile(r"[\p{Latin}\p{N}+#.'’ -]+")


def find_skills(text: str) -> list[str]:
    """The tools and technologies a sentence names, as written, in order: "Experienced with Python
    and SQL, comfortable in Tableau" -> ["Python", "SQL", "Tableau"]; "熟悉 Go/Rust" -> ["Go",
    "Rust"]. Only exact spellings of the table's technical categories (languages, frameworks,
    databases, cloud, tools, ML, design and office software), the longest first (three words at
    most); a word must be written like a name: capitalised or with a digit or sign, unless the
    table writes it in lower case ("pandas"); words after the pronoun "I" name nothing ("I work" is no
    iWork). A name of one or two letters ("Go", "R") must be
    written exactly as the table writes it and not open the sentence. Errs towards fewer."""
    t = _table()
    out: list[str] = []
    for run in _RUN.finditer(text):
        words = [(m.start() + run.start(), m.group(0)) for m in rx(r"\S+").finditer(run.group(0))]
        i = 0
        while i < len(words):
            for n in (3, 2, 1):
                if i + n > len(words):
                    continue
                written = " ".join(w for _, w in words[i:i + n]).strip(".,'’-")
                found = t.names.get("".join(key(written).split())) if written and not _pronoun_first(written) else None  # no joining word dropped
                start = words[i][0]
                beside = text[start - 1:start] + text[start + len(written):start + len(written) + 1]
                if (found and t.categories[found] in _PROSE_CATEGORIES
                        and _named_like(written, found, run.start() == 0 and i == 0, beside)):
                    out.append(written)
                    i += n
                    break
            else:
                i += 1
    return list(dict.fromkeys(out))


def _pronoun_first(written: str) -> bool:
    """Words that open with the pronoun "I" ("I work" is no iWork, "I pad" no iPad): no name."""
    return written.startswith("I ")


def known_run(text: str) -> list[str]:
    """Names set side by side with only spaces (or spaced dashes) between them, chips whose gaps
    the page does not mark: "Ansible Jenkins AWS Docker" and "PHP - Go - Rust" -> their names,
    when every word is part of a name the table spells exactly (the longest first, three words
    at most: "Spring Boot Docker Kafka" -> three) and there are three names or more. Else []:
    "Python Programming", "Visual Basic" and "Data analysis" are one name each."""
    if len(text) > 300 or rx(r"[()\[\],;:]").search(text):
        return []  # "Python (pandas, numpy)": a group
    if len(text.split()) < 3:
        return []  # (three names need three words: most items are one name of one or two)
    out: list[str] = []
    for part in rx(r"\s[-–—]\s").split(f" {text} "):
        words = part.split()
        if any(not rx(r"[\p{L}\d]").search(w) for w in words):
            return []
        i = 0
        while i < len(words):
            for n in (3, 2, 1):
                written = " ".join(words[i:i + n])
                if i + n <= len(words) and _exact(written):
                    out.append(written)
                    i += n
                    break
            else:
                return []
    return out if len(out) >= 3 else []


def _named_like(written: str, canonical: str, opens: bool, beside: str) -> bool:
    if len(written) <= 2:  # "R", "Go", "C": exactly as the table writes them, alone ("R&D" is no R)
        return written == canonical and not opens and not rx(r"[&\p{Latin}\d]").search(beside)
    first = written[0]
    return first.isupper() or first.isdigit() or not first.isalpha() or canonical[0].islower() or any(
        ch.isdigit() or ch in "+#." for ch in written)


def is_filler(name: str) -> bool:
    """A word that only follows a list or a skill's name ("etc.", "skills", "Kenntnisse"), alone."""
    return key(name) in _table().trailing


def skill_category(name: str) -> str | None:
    """The table's category ("language", "framework", "cloud", ...) of a skill as written, or None."""
    canonical = canonical_skill(name)
    return _table().categories[canonical] if canonical else None


def is_tool(name: str) -> bool:
    """A name the table knows as software or a technology (a language, framework, database, cloud,
    tool, ML or office product), not a soft skill, a field, a method or a design practice
    ("Prototyping")."""
    return skill_category(name) in _PROSE_CATEGORIES and skill_category(name) != "design"
