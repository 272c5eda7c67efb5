"""List-like sections: skills (interests: :mod:`.items`; spoken languages: :mod:`.languages`; certifications, awards and publications
are read by :mod:`.credentials`).

Items, levels and labels: :mod:`.items` (``split_items``, ``pair_levels``, ``is_level``).

Skills, signals in order:
1. A row of labels ("Languages: ⇥ Tools:") or of skills heading phrases ("Tools ⇥ Software"),
   or a row of short cells standing out from the multi-cell row below it (bold over plain,
   bold and larger, or 1.5 points larger): the categories of a grid's columns (or a table's
   header row); group names over a row of their levels over items in a smaller type or bullets
   ("Channels ⇥ Analytics" / "Advanced ⇥ Advanced" / "Google Ads ⇥ GA4"): categories too, the
   levels dropped (names over levels over names over levels are rated skills); not in a table of rated
   skills ("Skill ⇥ Years ⇥ Level" over rows whose cells but one are levels or numbers), whose
   rows are never items wrapped onto the next row. A grid of single names under such categories is
   read column by column, and a shorter row's cells go under the columns their places start in
   (the first columns where the format has no places).
2. "Category: a, b, c" — the label (five words at most) is the category of its items; a short
   label cell beside a list ("Cloud ⇥ AWS, GCP") too, and a bold run opening a line before a list in the
   body's weight ("Languages Go, Python": :func:`_bold_lead`); labelled groups joined by semicolons
   ("Advanced: a, b; Basic: c") are a line each. A colon glued inside a name ("CL:AIRE") is none;
   a colon set apart ("Maîtrise des logiciels de cuisson :") is no word of the label. A category
   before a bullet glyph over a list of commas ("Programming • Zig, Nim"), or a skills heading
   phrase before items parted by bullets ("Software • Kilnlog • Chartly"), is a label too, unless
   it names a tool ("Python • Django, Flask": items).
3. A short line with no separators that stands out from the line below it (a declared heading,
   bold over plain, bold in larger type, or two words or more in capitals over mixed case), or
   a line ending in ":", is the category of the items below it; not a line in capitals in the
   plain type of the single items above it, with no category above it ("Power BI" / "SAP MM" /
   "Excel": an item); nor, a line with no colon, when no item follows it to the list's end
   ("Design" / "Front end" in bold over drawn bars): a skill; so is a label with a level and a
   colon and nothing after it to the list's end ("Patient safety (Advanced):"), without its level.
   A bold line behind a bullet over plain lines without one is a category (the bullet marks the
   group); so is a name no skills table knows with a level after a dash over a row of two items or
   more in its size and weight, none with a level ("Modelling — Advanced" over "Python ⇥ Stan").
4. Proficiency words and ratings are dropped from names ("Python (Advanced)" -> "Python").
   Sentences (more than six words), e-mail addresses, URLs and a note about references
   ("References available on request") are not skills; the tools a
   sentence names are ("Experienced with Python and SQL" -> Python, SQL; see
   :func:`.canonical.find_skills`), when the words around them are running text, or when the item
   is too long to be a name ("Professional Experience in building dashboards with Tableau").
5. An entry of experience that strayed into a list (a date range among more than six words; or a
   line of a period alone, with the one or two short lines above it: "Kiln Operator" / "Fenwick
   Pottery - Seaport" / "June 2019 to May 2021") and the plain lines under it are no skills; bare years joined by slashes that go on or run
   backwards are a product's versions, no range ("Windows NT 2000/2003/XP, Linux").
Errs towards items: a category missed is a skill too many.


Languages sections: :mod:`.languages`.
"""
from __future__ import annotations

import regex

from ..document import Line
from ..schema import Skill
from ..text import find_urls, is_caps, key, phone_alone, rx
from ..vocab import merged
from .canonical import canonical_skill, find_skills, is_filler, is_tool, known_run
from .dates import find_dates
from .entries import join_wrapped
from .items import (RATING as _RATING, VERSIONS_SLASH as _VERSIONS_SLASH, dedupe, drop_levels as _drop_levels, is_level,
                    label_match, label_match as _label, labelled_groups, labelled_groups as _labelled_groups, pair_levels,
                    read_interests, split_items, value_wraps)
from .spoken import europass_grid, languages_in, mentions_level, spoken_language

__all__ = ["split_items", "is_level", "pair_levels", "read_skills", "skills_sentence", "languages_in",
           "read_interests", "spoken_language", "dedupe", "value_wraps", "label_match", "labelled_groups"]


def _prominent(line: Line, below: Line) -> bool:
    """The line stands out from the one below it: a declared heading over body text, bold over
    plain, capitals over mixed case, bold in larger type, or a table's marked header row ("…:thead")."""
    s, b = line.style, below.style
    if s.heading_level is not None and b.heading_level is None or line.table_head:
        return True
    if (is_caps(line.plain) and not is_caps(below.plain) and (s.bold or not b.bold)
            and len(rx(r"\p{L}{2,}").findall(line.plain)) >= 2 and canonical_skill(line.plain) is None
            and not all(canonical_skill(p) for p in rx(r"\s*[/&]\s*").split(line.plain))):
        return True  # "CLOUD & DATA" over its items, but not "SQL" over "Python", nor "HTML/CSS", "HTML & CSS" (known skills)
    if not s.bold:
        return False
    return not b.bold or bool(s.size and b.size and s.size >= b.size + 0.5)


_OPEN_END = regex.compile(r"(?:[,;/&(·•|–-]|\b(?:and|or|und|et|y|e|de|of|in))\s*$", regex.IGNORECASE)


def _wrapped_items(lines) -> list[Line]:
    """Lines of a list with wrapped lines joined (see ``join_wrapped``), but never across the start
    of a labelled line ("Tools: …"), nor after a short item that is complete ("Westlaw" over
    "iManage"; but "Développement" over "d’applications" is one item): one item per line is a
    list, not a wrapped sentence."""
    chunks: list[list[Line]] = []
    for line in lines:
        prev = chunks[-1][-1] if chunks else None
        first = line.plain.split()[0] if line.plain.split() else ""
        lower = first[:1].islower() and not any(ch.isupper() for ch in first[1:])  # "d’applications", not "iManage"
        label = _label(line.plain)
        starts = prev is None or bool(label and len(label.group("label").split()) <= 4 and not lower)
        complete = prev is not None and len(prev.plain.split()) <= 4 and not _OPEN_END.search(prev.plain) and not lower
        if starts or complete:
            chunks.append([line])
        else:
            chunks[-1].append(line)
    return _joined_across([joined for chunk in chunks for joined in join_wrapped(chunk)])


_SEPARATOR_END = regex.compile(r"[,;·•|]\s*$")


def _joined_across(lines: list[Line]) -> list[Line]:
    """Items wrapped onto the next line that ``join_wrapped`` leaves apart (in another weight, or
    in a list): a list line ending in a separator ("Developing: HTML, CSS," / "JavaScript") goes
    on; a line opening with a bracket ("(Revit, Navisworks)") ends the item above; an item cut at
    the end of a line ("Looker" / "Studio, Canva"; a chip "Ma" / "ven") is whole again when its two
    parts make a skill the table knows that the first part alone is not, or the second alone is
    none. Never onto a label, a bullet, or a line standing out as a category."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        sep = _continues_list(prev, line) if prev is not None else None
        if sep is None:
            out.append(line)
        else:
            out[-1] = prev.with_(text=f"{prev.text}{sep}{line.text}", links=prev.links + line.links, runs=())
    return out


def _continues_list(prev: Line, line: Line) -> str | None:
    """The separator that joins ``line`` onto the list line ``prev`` above it, else None."""
    if (line.bullet or not line.plain or _label(line.plain) or line.style.heading_level is not None
            or line.style.bold and not prev.style.bold or _prominent(prev, line) or _levels_row(prev)):
        return None  # (nor onto a row of levels: "Advanced" over "SQL" is no "Advanced SQL" cut)
    if _SEPARATOR_END.search(prev.plain) or line.plain.startswith("("):
        return " "
    if 1 < len(prev.cells) == len(line.cells):
        return None  # rows of as many cells, the first not ending in a separator: a table's rows, no item cut
    before, after = split_items(prev.text), split_items(line.text)
    if not before or not after or len(before) < 2 and not _label(prev.plain):
        return None  # one item above: perhaps a category over its items
    last, first = before[-1].split(":")[-1].strip(), after[0]
    for sep in (" ", ""):
        whole = canonical_skill(f"{last}{sep}{first}")
        if whole and (canonical_skill(last) != whole or canonical_skill(first) is None) and (sep or first[:1].islower()):
            return sep
    return None


def _category_name(line: Line) -> str | None:
    """The one item of a category line, without a level after it ("APPS, ADVANCED LEVEL"; a level
    in a cell of its own, "Testing / QA ⇥ Adv.", leaves the name whole), else None."""
    cells = line.cells
    if len(cells) == 2 and is_level(cells[1]) and not is_level(cells[0]) and "," not in cells[0]:
        return cells[0]
    items = split_items(line.text)
    while len(items) > 1 and mentions_level(items[-1].split()):
        items.pop()
    return items[0] if len(items) == 1 else None


def _category_at(lines, n: int, depth: int = 0) -> bool:
    """Line ``n`` names a category: a short line with no separators (a level may follow it) that
    stands out from the line below it, or sits in the same type over another such line ("Personal"
    over "Soft" over items); never a labelled list ("Design: Figma,")."""
    line = lines[n]
    name = _category_name(line)
    label = _label(line.plain)
    if (name is None or len(name.split()) > 4 or n + 1 >= len(lines) or label and label.group("rest").strip()
            or _SEPARATOR_END.search(line.plain)):
        return False
    below = lines[n + 1]
    if line.bullet:  # a bold bulleted line over plain lines without one: the bullet marks the group
        return line.style.bold and not below.bullet and not below.style.bold and _prominent(line, below)
    if _prominent(line, below):
        return depth > 0 or not _caps_item(lines, n)
    if _leveled_group(line, below):
        return True
    return (depth < 2 and line.style.bold and below.style == line.style and not below.bullet
            and _category_at(lines, n + 1, depth + 1))


def _leveled_group(line: Line, below: Line) -> bool:
    """"Modelling — Advanced" over "Python ⇥ scikit-learn ⇥ Stan": a name that no skills table knows,
    with a level after a dash, over a line in its size and weight of two items or more, none with a level:
    a group and its level over its items (a skill with its level over more of them, "Python —
    Advanced" over "Go — Basic", is a rated skill)."""
    name = _drop_levels(line.plain)
    if name == line.plain.strip() or not _GROUP_DASH.search(line.plain) or canonical_skill(name) or below.bullet:
        return False
    items = split_items(below.text)
    return (below.style.bold, round(below.style.size or 0)) == (line.style.bold, round(line.style.size or 0)) and len(items) >= 2 and not any(mentions_level(i.split()) for i in items)


def _caps_item(lines, n: int) -> bool:
    """A line in capitals, in the plain type of the single items above it, in a list with no
    category above it ("Power BI" over "SAP MM" over "Excel"): an item, not a category."""
    line = lines[n]
    if n == 0 or line.style.bold or line.style.heading_level is not None:
        return False
    above = lines[:n]
    return (all(a.style == line.style and len(split_items(a.text)) == 1 for a in above)
            and not any(_category_at(lines, k, 1) for k in range(n)))


def _header_columns(header: list[str], rows: list[Line]) -> list[str | None]:
    """The categories of a table's columns from its header row ("Area ⇥ Tools"); in a table of
    rated skills ("Skill ⇥ Years ⇥ Level"), where the cells of every column but one are levels or
    numbers, the header names columns, not categories: none."""
    rows = rows[:40]  # (a table's first rows say it)
    rows = [r.cells for r in rows[:next((k for k, r in enumerate(rows) if len(r.cells) != len(header)), len(rows))]]
    rated = [k for k in range(len(header)) if rows and all(is_level(r[k]) or r[k].strip().isdigit() for r in rows)]
    if rated and len(rated) == len(header) - 1:
        return [None] * len(header)
    return [c.strip(" :") for c in header]


def _label_row(line: Line) -> bool:
    """"Cloud ⇥ AWS, GCP, Azure": a short label cell beside a list, or a bold label beside plain items."""
    cells = line.cells
    if len(cells) != 2 or len(cells[0].split()) > 4 or len(split_items(cells[0])) != 1:
        return False
    return len(split_items(cells[1])) >= 2 or bool(line.runs and line.runs[0].bold and not line.runs[-1].bold)


def _bold_lead(line: Line) -> tuple[str, str] | None:
    """(category, items) of a line of one cell whose first run, bold, is a name no skills table knows
    of four words at most, and whose plain rest lists two items or more, no colon or spaced dash among
    them ("Languages Go, Python, Bash": Awesome-CV's category 1 em before its items, no gap wide
    enough for a cell); else None."""
    runs = line.runs
    if len(line.cells) != 1 or len(runs) != 2 or not runs[0].bold or runs[1].bold:
        return None
    label, rest = runs[0].text.strip(), runs[1].text.strip()
    if (not label or len(label.split()) > 4 or is_tool(label) or len(split_items(label)) != 1 or len(split_items(rest)) < 2
            or ":" in rest or _GROUP_DASH.search(f" {rest}") or not rest[:1].isalnum()):
        return None  # (groups after colons or spaced dashes are read by ``_groups``)
    return label, rest


def _larger(line: Line, other: Line, by: float = 1.5) -> bool:
    """The line is set in a type larger by ``by`` points or more than the other (both sizes known)."""
    return bool(line.style.size and other.style.size and line.style.size >= other.style.size + by)


def _levels_row(line: Line) -> bool:
    return bool(line.cells) and all(is_level(c) for c in line.cells)


def _group_heads(lines: list[Line]) -> list[Line]:
    """Rows of group names over a row of their levels over their items ("Channels ⇥ Analytics" /
    "Advanced ⇥ Advanced" / "Google Ads ⇥ HubSpot ⇥ GA4", the items as bullets or in a smaller
    type, no levels under them): the names are the items' categories ("Channels: ⇥ Analytics:"),
    the levels the groups', dropped. Names over levels over more names over levels are skills
    with their levels (:func:`pair_levels`)."""
    out: list[Line] = []
    n = 0
    while n < len(lines):
        line = lines[n]
        cells = line.cells
        if n + 2 < len(lines) and _levels_row(lines[n + 1]) and len(lines[n + 1].cells) == len(cells):
            items = lines[n + 2]
            after = lines[n + 3] if n + 3 < len(lines) else None
            if (not line.bullet and not any(is_level(c) for c in cells) and not _label(line.plain)
                    and all(len(split_items(c)) == 1 and len(c.split()) <= 4 for c in cells)
                    and not _levels_row(items) and (items.bullet or _larger(line, items, 0.5))
                    and (after is None or not _levels_row(after))):
                out.append(line.with_(text="\t".join(f"{c.strip()}:" for c in cells), runs=()))
                n += 2
                continue
        out.append(line)
        n += 1
    return out


def read_skills(lines: list[Line] | tuple[Line, ...]) -> list[Skill]:
    out: list[Skill] = []
    category: str | None = None
    columns: list[str | None] = []  # the categories of a grid's columns ("Operations ⇥ Systems" over their items)
    skip_descriptions = False
    lines = pair_levels(_group_heads(_labelled_groups(_wrapped_items(value_wraps(
        europass_grid([line for line in lines if not _contact_line(line)]))))))
    read_from: list[int] = []  # where each line's skills start in ``out``
    heads: list[tuple[int, str]] = []  # (place, name) of the lines read as categories that could be skills
    header: Line | None = None  # the row that named the grid's columns
    placed: dict[int, tuple[Skill, int, int]] = {}  # id of a skill read in a grid -> (it, the grid's row, its column)
    for n, line in enumerate(lines):
        read_from.append(len(out))
        text = line.plain
        cells = line.cells
        below = lines[n + 1] if n + 1 < len(lines) else None
        if len(cells) >= 2 and (all(c.endswith((":", "：")) for c in cells)
                                or all(key(c) in merged().headings.get("skills", ()) for c in cells)):
            columns = [c.strip(" :：") for c in cells]  # "Languages: ⇥ Tools:", "Tools ⇥ Software": a grid's categories
            category, header = None, line
            continue
        if (len(cells) >= 2 and below is not None and (_prominent(line, below) or _larger(line, below))
                and len(below.cells) > 1 and all(len(split_items(c)) == 1 and len(c.split()) <= 4 for c in cells)):
            columns = _header_columns(cells, lines[n + 1:])  # a table's header row ("Area | Skills"), a grid's categories
            category, header = None, line
            continue
        if _references_note(text):
            continue  # "References available on request." closing the list
        if _entry_line(line):
            skip_descriptions = True  # and the lines under it, up to the next category
            continue
        if _dates_alone(text):
            if any(not d.single for d in find_dates(text)):
                del out[read_from[_entry_top(lines, n)]:]  # a period: its title and employer lines above it
                skip_descriptions = True
            continue
        m = _label(text)
        if _label_row(line) and not m:
            groups = [(None, (cells[0], cells[1]))]
        elif not m and (run_in := _bold_lead(line)):
            groups = [(None, run_in)]  # "Languages Go, Python, Bash": a bold category run in before its items
        elif m and not m.group("rest").strip() and len(m.group("label").split()) <= 5:  # (a colon set apart is no word)
            category, columns = m.group("label").strip(" -–•"), []
            if (bare := _drop_levels(category)) != category:  # "Patient safety (Advanced):", a group with its level
                heads.append((n, bare))
            continue
        elif _category_at(lines, n):
            if _described(lines, n):
                out.append(Skill(name=text, category=category, canonical=canonical_skill(text)))  # "Quick learner" over a sentence about it
                skip_descriptions = True
            else:
                category, columns = _drop_levels(_category_name(line) or text), []
                skip_descriptions = False
                heads.append((n, _category_name(line) or text))
            continue
        elif skip_descriptions and not line.style.bold and not _labelled_list(m):
            continue
        elif columns and len(cells) == len(columns):
            groups = [(k, g) for k, (cat, cell) in enumerate(zip(columns, cells)) for g in _groups(cell, cat)]
        elif columns and header is not None and len(cells) < len(columns) and (at := _under(header, line, len(columns))):
            groups = [(k, g) for k, cell in zip(at, cells) for g in _groups(cell, columns[k])]  # a grid's short last row
        else:
            groups = [(None, g) for g in _groups(line.text, category)]
        for column, (cat, rest) in groups:
            start = len(out)
            items = split_items(rest)
            sentence = _sentence_line(rest, items)
            for item in items:
                if sentence and _clause(item):  # "…, from venue to catering.": the tools it names only
                    out += [Skill(name=f, category=cat, canonical=canonical_skill(f)) for f in find_skills(item)]
                    continue
                # a spoken language keeps its level: it moves to the languages with it ("French (B2)")
                names = ([item.strip()] if item.rstrip().endswith((")", "]"))
                         and any(lang.proficiency for lang in languages_in(item)) else None)
                for name in names or _and_split(_drop_levels(item)):
                    for found in known_run(name) or _in_words(name) or ([name] if _skill_like(name) else find_skills(name)):
                        out.append(Skill(name=found, category=cat, canonical=canonical_skill(found)))
            if column is not None and header is not None and not header.table_head and all(
                    len(split_items(c)) == 1 for c in cells):  # (a grid of single names; a table's rows stay rows)
                placed.update((id(s), (s, header.index, column)) for s in out[start:])
    return dedupe(_bare_heads(_by_column(out, placed), heads, read_from), lambda s: key(s.name))


def _by_column(out: list[Skill], placed: dict[int, tuple[Skill, int, int]]) -> list[Skill]:
    """The skills of a grid of single names under its columns' categories, column by column (row by
    row they would interleave the categories: "IFRS ⇥ Excel" / "Consolidation ⇥ Power BI"); the rest
    in place (a table's rows, "Cloud ⇥ AWS, GCP", keep their order)."""
    def grid(s: Skill) -> tuple[int, int] | None:
        got = placed.get(id(s))
        return got[1:] if got is not None and got[0] is s else None
    result: list[Skill] = []
    n = 0
    while n < len(out):
        at = grid(out[n])
        end = n + 1
        while at is not None and end < len(out) and (g := grid(out[end])) is not None and g[0] == at[0]:
            end += 1
        result += sorted(out[n:end], key=lambda s: grid(s)[1]) if at is not None else out[n:end]
        n = end
    return result


def _under(header: Line, row: Line, width: int) -> list[int]:
    """The columns the cells of a grid's row with fewer cells than its header stand under: by the
    place of each cell's first word (PDF), the column whose header cell starts nearest left of it;
    without places, the first columns in order."""
    starts, places = _cell_starts(header), _cell_starts(row)
    if len(starts) != width or len(places) != len(row.cells):
        return list(range(len(row.cells)))
    at = [max((k for k, x in enumerate(starts) if x <= p + 6), default=0) for p in places]
    return at if at == sorted(set(at)) else []


def _cell_starts(line: Line) -> list[float]:
    """Where each cell of a line starts, from its words' boxes (the first word of each cell's text,
    bullet glyphs skipped); [] without them."""
    words = [(w, b) for w, b in line.words if rx(r"\w").search(w)]
    out: list[float] = []
    k = 0
    for cell in line.cells:
        first = cell.split()[0] if cell.split() else ""
        while k < len(words) and not first.startswith(words[k][0]) and not words[k][0].startswith(first):
            k += 1
        if k == len(words):
            return []
        out.append(words[k][1].x0)
        k += 1
    return out


def _bare_heads(out: list[Skill], heads: list[tuple[int, str]], read_from: list[int]) -> list[Skill]:
    """The skills with the categories that end the list with no item after them ("Design" /
    "Front end" in bold over drawn bars, and nothing else; "Patient safety (Advanced):", a group's
    name and level with no keywords) read as skills: a category is never missed at the price of its name."""
    bare = [name for n, name in heads if read_from[n] == len(out)]
    return out + [Skill(name=name, category=None, canonical=canonical_skill(name)) for name in bare]


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


def _contact_line(line: Line) -> bool:
    """A contact line that strayed into a list: a cell holding only a phone number."""
    return any(map(phone_alone, line.cells))


def _entry_line(line: Line) -> bool:
    """An entry of experience or education that strayed into a list: a date range among more than
    six words (the plain lines under it are its details); a product's versions are no range
    (``_version_years``)."""
    text = line.plain
    return len(text.split()) > 6 and any(not d.single and not _version_years(text, d) for d in find_dates(text))


_RANGE_WORDS = regex.compile(r"[^\p{L}\d]+|\b(?:from|to|till|until|since|date)\b", regex.IGNORECASE)


def _dates_alone(text: str) -> bool:
    """A line that is only a period or a month ("June 2008 to March 2016", "Nov 2011"; not a bare
    year, "2019", which may be a skill's)."""
    dates = find_dates(text)
    if not dates or all(d.single and not (d.start and d.start.month) for d in dates):
        return False
    rest = text
    for d in reversed(dates):
        rest = rest[:d.span[0]] + " " + rest[d.span[1]:]
    return not _RANGE_WORDS.sub("", rest).strip()


def _entry_top(lines, n: int) -> int:
    """The first line of the entry whose period is line ``n``: at most two short plain lines above it
    (a title, an employer: "Kiln Operator" / "Fenwick Pottery - Seaport, ME -"), no bullet, label or
    category among them, nor a list (three items, two without a spaced dash: "Glazing, Raku") or a
    line ending in a separator (a list wrapped onto the next line); none when a line of one item
    stands above them (a list of one item a line runs into the period)."""
    top = n
    for k in (n - 1, n - 2):
        if k < 0:
            break
        above = lines[k]
        items = len(split_items(above.plain))
        if (above.bullet or len(above.plain.split()) > 8 or _label(above.plain) or _SEPARATOR_END.search(above.plain)
                or items > 2 or items == 2 and not _GROUP_DASH.search(above.plain)
                or _dates_alone(above.plain) or _entry_line(above) or _category_at(lines, k)):
            break
        top = k
    if top < n and top > 0 and _one_item(lines, top - 1):
        return n  # one item a line above it too ("Integrity" / "Commitment" / "Judgement"): a list, no entry's head
    return top


def _one_item(lines, k: int) -> bool:
    """Line ``k`` is a plain item of a list of one a line: short, one item, no bullet, label, date or
    category."""
    line = lines[k]
    return (not line.bullet and len(line.plain.split()) <= 4 and len(split_items(line.plain)) == 1
            and not _label(line.plain) and not find_dates(line.plain) and not _category_at(lines, k))


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


def _described(lines, n: int) -> bool:
    """The lines under a bold line describe it rather than list under it: single sentences of
    four words or more, no list separators (TABs between cells are), not a run of names
    ("Ansible Jenkins AWS Docker", "Glazing - Throwing - Raku")."""
    below = []
    for line in lines[n + 1:]:
        if line.style.bold:
            break
        below.append(line.text)  # cells kept: a row of cells is a list, not a sentence
    return bool(below) and all(len(split_items(t)) == 1 and len(t.split()) >= 4 and not known_run(t)
                               and len(_dashed_names(t)) == 1 for t in below)


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
