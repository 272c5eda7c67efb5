"""List-like sections: skills, spoken languages, certifications, awards, publications, interests.

Item splitting (``split_items``): at top-level commas, semicolons, bullets, pipes, TABs and
spaced slashes; a bracketed group stays whole ("AWS (EC2, S3)"); a final "and" is dropped.

Skills, signals in order:
1. "Category: a, b, c" — the label (five words at most) is the category of its items.
2. A short bold line, or a line ending in ":", with no separators, over item lines is the
   category of the items below it.
3. Proficiency words and ratings are dropped from names ("Python (Advanced)" -> "Python").
   Sentences (more than six words) are not skills.

Languages: an item is a spoken language when its name is in the vocabulary (any language,
small typos allowed); its proficiency is what stands beside it in brackets or after a dash or
colon. A language section with no spoken language in it is a list of skills (programming
languages) and is read as such.
"""
from __future__ import annotations

import regex
from rapidfuzz import fuzz, process

from ..document import Line
from ..places import country_code
from ..schema import Award, Certification, Language, Publication, Skill
from ..text import key, split_outside_brackets
from ..vocab import merged
from .canonical import canonical_skill
from .dates import find_dates
from .entries import join_wrapped, segments, strip_dates, strip_edges

__all__ = ["split_items", "read_skills", "read_languages", "languages_in", "read_certifications", "read_awards",
           "read_publications", "read_interests", "spoken_language"]

_LABEL = regex.compile(r"^(?P<label>[^:：]{1,60}?)\s*[:：]\s*(?P<rest>.*)$")
_RATING = regex.compile(r"[★☆●○◉◯■□▪▫⬤◆◇✦✧|]{2,}|\b\d{1,3}\s*%|\b[1-5]\s*/\s*5\b|\b\d{1,2}\s*/\s*10\b")
_LEADING = regex.compile(r"^(?:and|&|or|some|also|e\.g\.|incl\.|including|und|et|y|e)\s+", regex.IGNORECASE)


def split_items(text: str) -> list[str]:
    """Top-level items of a list, brackets kept whole; linear in the length of the text."""
    out = []
    for item in split_outside_brackets(text, ",;•·|\t●▪◦⋅，、；", spaced_slash=True):
        item = _LEADING.sub("", item.strip(" :-–—*").rstrip(".").lstrip(" ")).strip(" ")
        item = item[1:].lstrip() if item.startswith(". ") or item == "." else item  # ".NET" keeps its dot
        if item:
            out.append(item)
    return out


_DURATION = regex.compile(r"(?:(?:less|more) than\s+|over\s+|under\s+|~\s*)?\d+\+?\s*(?:years?|yrs?|months?|ans?|jahre?)?",
                          regex.IGNORECASE)


def _drop_levels(item: str) -> str:
    """"Python (Advanced)" -> "Python"; "Docker - expert" -> "Docker"; "Go ★★★☆" -> "Go"."""
    item = _RATING.sub(" ", item).strip()
    prof = merged().proficiency
    m = regex.match(r"^(?P<name>.+?)\s*[(\[]\s*(?P<level>[^()\[\]]{1,40})\s*[)\]]\s*$", item)
    if m and all(key(p) in prof or _DURATION.fullmatch(p.strip())
                 for p in regex.split(r"[,/;]", m.group("level")) if p.strip()):
        item = m.group("name")
    m = regex.match(r"^(?P<name>.+?)(?:\s+[-–—]\s*|\s*:\s*|\s)(?P<level>\p{L}[\p{L} \-]{1,30})$", item)
    separated = m is not None and regex.search(r"[-–—:]\s*$", item[: m.start("level")])
    # "Docker - expert", "Go: basic", but "Visual Basic" stays: a bare trailing word needs two
    if m and key(m.group("level")) in prof and (separated or len(m.group("level").split()) >= 2):
        item = m.group("name")
    return item.strip(" .:-–—")


def read_skills(lines: list[Line] | tuple[Line, ...]) -> list[Skill]:
    out: list[Skill] = []
    category: str | None = None
    skip_descriptions = False
    lines = join_wrapped(lines)
    for n, line in enumerate(lines):
        text = line.plain
        cells = line.cells
        if len(cells) >= 2 and line.style.bold and n + 1 < len(lines) and len(lines[n + 1].cells) == len(cells):
            continue  # a table's header row ("Area | Skills")
        m = _LABEL.match(text)
        if len(cells) == 2 and len(cells[0].split()) <= 4 and not m:
            groups = [(cells[0], cells[1])]
        elif m and not m.group("rest").strip() and len(text.split()) <= 5:
            category = m.group("label").strip(" -–•")
            continue
        elif (line.style.bold and not line.bullet and len(text.split()) <= 4 and len(split_items(text)) == 1
              and n + 1 < len(lines) and not lines[n + 1].style.bold):
            if _described(lines, n):
                out.append(Skill(name=text, category=category, canonical=canonical_skill(text)))  # "Quick learner" over a sentence about it
                skip_descriptions = True
            else:
                category = text
                skip_descriptions = False
            continue
        elif skip_descriptions and not line.style.bold:
            continue
        else:
            groups = _groups(line.text, category)
        for cat, rest in groups:
            for item in split_items(rest):
                for name in _and_split(_drop_levels(item)):
                    if name and len(name.split()) <= 6 and regex.search(r"\p{L}", name):
                        out.append(Skill(name=name, category=cat, canonical=canonical_skill(name)))
    return _dedupe(out, lambda s: key(s.name))


def _described(lines, n: int) -> bool:
    """The lines under a bold line describe it rather than list under it: single sentences of
    four words or more, no list separators."""
    below = []
    for line in lines[n + 1:]:
        if line.style.bold:
            break
        below.append(line.plain)
    return bool(below) and all(len(split_items(t)) == 1 and len(t.split()) >= 4 for t in below)


_GROUP_DASH = regex.compile(r"\s+[-–—]\s+")


def _groups(text: str, category: str | None) -> list[tuple[str | None, str]]:
    """(category, items) groups of one line: "Label: a, b", and sub-groups after spaced dashes
    ("Languages - Commercial: C#, F# - Other: Scala" / "Cloud - SQL Server, Oracle - Azure")."""
    pieces = _GROUP_DASH.split(text) if ("," in text or ":" in text) else [text]
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
        m = _LABEL.match(piece)
        level = key(_RATING.sub(" ", m.group("rest"))) if m else None
        if m and (not level or level in merged().proficiency):
            groups.append((category, m.group("label")))  # "Go: basic", "Python: ★★★★": a skill and its level
        elif m and len(m.group("label").split()) <= 5 and m.group("rest").strip():
            groups.append((m.group("label").strip(" -–•"), m.group("rest")))
        elif k == 0 and len(merged_pieces) > 1 and "," not in piece and len(piece.split()) <= 4:
            category = piece.strip(" -–•")  # "Cloud & Database Technologies - SQL Server, ..."
        else:
            groups.append((category, piece))
    return groups


_AND_ITEMS = regex.compile(r"^(?P<a>\S+)\s+(?:and|&|und|et|y|e)\s+(?P<b>\S+)$")
_TECHY = regex.compile(r"^(?:\p{Lu}{2,}\S*|\S*[+#.\d]\S*)$")


def _and_split(item: str) -> list[str]:
    """"HTML and CSS" -> ["HTML", "CSS"]: two one-word names of which one looks technical;
    "Research and Development" stays whole."""
    m = _AND_ITEMS.match(item)
    if m and (_TECHY.match(m.group("a")) or _TECHY.match(m.group("b"))):
        return [m.group("a"), m.group("b")]
    return [item]


def _dedupe(items, keyfunc):
    seen, out = set(), []
    for it in items:
        k = keyfunc(it)
        if k and k not in seen:
            seen.add(k)
            out.append(it)
    return out


def spoken_language(name: str) -> bool:
    k = key(name)
    names = merged().language_names
    if not k or len(k) < 3:
        return k in names
    if k in names:
        return True
    if country_code(name):
        return False  # "Germany" is close to "German", but a country
    best = process.extractOne(k, names, scorer=fuzz.ratio, score_cutoff=88)
    return best is not None


_LANG_ITEM = regex.compile(
    r"^(?P<name>[\p{L}][\p{L} '’\-]{1,40}?)\s*(?:[(\[（](?P<p1>[^()\[\]（）]{1,80})[)\]）]|[-–—:|]\s*(?P<p2>.{1,80})|\s+(?P<p3>[A-C][12]\b.*))?\s*$")


def read_languages(lines: list[Line] | tuple[Line, ...]) -> tuple[list[Language], list[Skill]]:
    """(spoken languages, skills) — the second when the section lists programming languages."""
    langs: list[Language] = []
    others: list[str] = []
    for line in join_wrapped(lines):
        text = line.plain
        level_label = None
        m = _LABEL.match(text)
        if m and key(m.group("label")) in merged().proficiency:
            level_label, text = m.group("label").strip(), m.group("rest")
        if "\t" in line.text and len(line.cells) == 2 and spoken_language(line.cells[0]):
            items = [f"{line.cells[0]} ({line.cells[1]})"]
        elif m is not None and not level_label and _is_lang_line(text):
            items = [text]
        else:
            items = split_items(text)
        for item in items:
            lm = _LANG_ITEM.match(item.strip())
            if not lm:
                others.append(item)
                continue
            name = lm.group("name").strip()
            prof = (lm.group("p1") or lm.group("p2") or lm.group("p3") or level_label or "").strip() or None
            words = name.split()
            if spoken_language(name):
                langs.append(Language(name=name, proficiency=prof))
            elif spoken_language(words[0]) and len(words) <= 3:
                first, _, rest = name.partition(" ")
                langs.append(Language(name=first, proficiency=(rest + (f" ({prof})" if prof else "")).strip() or None))
            elif spoken_language(words[-1]) and len(words) <= 5:
                # "notions of Russian", "working knowledge of German": the level comes first
                level = regex.sub(r"\s+\S{1,3}$", "", " ".join(words[:-1])) or " ".join(words[:-1])
                langs.append(Language(name=words[-1], proficiency=level))
            else:
                others.append(item)
    langs = _dedupe(langs, lambda l: key(l.name))
    if not langs:
        return [], read_skills(lines)
    return langs, []


_GROUP = regex.compile(r"^(?P<head>[^()\[\]]{1,40}?)\s*[(\[](?P<members>[^()\[\]]{2,120})[)\]]\s*$")
_AND = regex.compile(r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bi\b|/)\s*", regex.IGNORECASE)


def languages_in(item: str) -> list[Language]:
    """The spoken languages a skill item names, else []: "English (C2 Proficient)",
    "Bilingual (English & Spanish)", "Languages (English, Kiswahili)", "Greek (beginner) and Latin"."""
    item = item.strip()
    m = _GROUP.match(item)
    if m and not spoken_language(m.group("head")):
        head = key(m.group("head"))
        members = [x for x in _AND.split(m.group("members")) if x.strip()]
        if members and all(spoken_language(x) for x in members) and (
                head in merged().proficiency or head in merged().headings.get("languages", ())):
            prof = m.group("head").strip() if head in merged().proficiency else None
            return [Language(name=x.strip(), proficiency=prof) for x in members]
        return []
    pieces = [p for p in regex.split(r"\s+(?:and|&|und|et|y|e)\s+", item) if p.strip()]
    out = []
    for piece in pieces:
        lm = _LANG_ITEM.match(piece.strip())
        if not lm or not spoken_language(lm.group("name").strip()):
            return []
        prof = (lm.group("p1") or lm.group("p2") or lm.group("p3") or "").strip() or None
        out.append(Language(name=lm.group("name").strip(), proficiency=prof))
    return out


def _is_lang_line(text: str) -> bool:
    """"English: native" is one item; "English: native, German: B2" is two."""
    return text.count(":") == 1 and "," not in text


def read_certifications(lines: list[Line] | tuple[Line, ...]) -> list[Certification]:
    out = []
    for line in join_wrapped(lines):
        if not line.bullet and out and regex.match(r"^(?:credential|issued|id\b|license|licence|expires|valid)", line.plain, regex.I):
            continue
        parts = segments(line.text) if "\t" in line.text or " | " in line.text else [strip_edges(strip_dates(line.plain))]
        parts = [p for p in parts if p]
        if not parts:
            continue
        ds = find_dates(line.plain)
        date = ds[0] if ds else None
        iso = (date.end or date.start).iso() if date and (date.end or date.start) else None
        url = next((l.url for l in line.links if not l.url.lower().startswith(("mailto:", "tel:"))), None)
        out.append(Certification(name=parts[0], issuer=parts[1] if len(parts) > 1 else None, date=iso, url=url))
    return _dedupe(out, lambda c: key(c.name))


def read_awards(lines: list[Line] | tuple[Line, ...]) -> list[Award]:
    out = []
    for line in join_wrapped(lines):
        title = strip_edges(strip_dates(line.plain))
        if not title:
            continue
        ds = find_dates(line.plain)
        d = ds[0] if ds else None
        iso = (d.end or d.start).iso() if d and (d.end or d.start) else None
        out.append(Award(title=title, date=iso))
    return out


def read_publications(lines: list[Line] | tuple[Line, ...]) -> list[Publication]:
    out = []
    for line in join_wrapped(lines):
        text = line.plain
        if len(text) < 15 and not line.bullet:
            continue
        ds = find_dates(text)
        d = ds[-1] if ds else None
        iso = (d.end or d.start).iso() if d and (d.end or d.start) else None
        url = next((l.url for l in line.links if not l.url.lower().startswith(("mailto:", "tel:"))), None)
        out.append(Publication(title=text, date=iso, url=url))
    return out


def read_interests(lines: list[Line] | tuple[Line, ...]) -> list[str]:
    out = []
    for line in join_wrapped(lines):
        m = _LABEL.match(line.plain)
        text = m.group("rest") if m and len(m.group("label").split()) <= 3 and m.group("rest") else line.text
        out += [i for i in split_items(text) if len(i.split()) <= 8]
    return _dedupe(out, key)
