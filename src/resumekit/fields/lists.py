"""List-like sections: skills (interests: :mod:`.items`; spoken languages: :mod:`.languages`; certifications, awards and publications
are read by :mod:`.credentials`).

Items, levels and labels: :mod:`.items` (``split_items``, ``pair_levels``, ``is_level``); the groups
and names of one line and what is no skill (signals 4 and 5 in part): :mod:`.skill_items`.

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
   In plain text, no bold to tell them (a Word file saved as text): short plain lines naming no tool,
   each over a line of comma-separated short items or over bulleted names, repeating from the list's
   start ("IT" / "Python, SQL" / "Soft" / "Teamwork"): categories (:func:`_plain_heads`).
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
from ..text import is_caps, key, phone_alone, rx
from ..vocab import merged
from .canonical import canonical_skill, find_skills, is_tool, known_run
from .dates import find_dates
from .entries import join_wrapped
from .prose import SENTENCE_END
from .items import (dedupe, drop_levels as _drop_levels, is_level,
                    label_match, label_match as _label, labelled_groups, labelled_groups as _labelled_groups, pair_levels,
                    read_interests, split_items, value_wraps)
from .skill_items import (_GROUP_DASH, _and_split, _clause, _dashed_names, _groups, _in_words, _labelled_list,
                          _references_note, _sentence_line, _skill_like, _version_years, skills_sentence)
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
CELL_WRAP_WORDS, CELL_EDGE = 4, 1.0


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
    if _cell_wrap(prev, line):
        return " "
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


def _cell_wrap(prev: Line, line: Line) -> bool:
    """A label row's last cell, a sentence, wrapped onto the next line ("SYSTEMS ⇥ Set up the
    office's laptops on all Linux" / "desktops, Debian 12, Fedora 40"; a label cell printed in
    front of its content cell's first line): the line, of one cell in that cell's weight, starts
    where the cell starts, and the cell ends in no sentence's end nor separator, its last item of
    ``CELL_WRAP_WORDS`` words or more (a list of names wrapped stays apart: "Figma, Sketch" / "Miro")."""
    cells = prev.cells
    if (len(cells) < 2 or len(line.cells) != 1 or line.bullet or not line.words or prev.page != line.page
            or _label(line.plain) or SENTENCE_END.search(cells[-1]) or _SEPARATOR_END.search(cells[-1])):
        return False
    items, n = split_items(cells[-1]), len(cells[-1].split())
    if not items or len(items[-1].split()) < CELL_WRAP_WORDS or n > len(prev.words):
        return False
    bold = prev.runs[-1].bold if prev.runs else prev.style.bold
    return bold == line.style.bold and abs(prev.words[-n][1].x0 - line.words[0][1].x0) <= CELL_EDGE


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


def _plain_head(line: Line) -> bool:
    """A line that could name a group in plain text: no bullet, one name of four words at most with a
    letter, no label, no separator at its end, no level, naming no tool the skills table knows ("IT", "Soft";
    not "Cloud Azure", a label glued to its one item)."""
    text = line.plain.strip()
    return (not line.bullet and len(split_items(text)) == 1 and len(text.split()) <= 4 and rx(r"\p{L}").search(text) is not None
            and not _label(text) and not _SEPARATOR_END.search(text) and not is_level(text) and not is_tool(text)
            and canonical_skill(text) is None and not find_skills(text))


def _plain_group(line: Line) -> bool | None:
    """The line under a plain head lists items (True): a list of two items or more, none longer
    than six words outside brackets (no sentence cut at its commas), or a bullet naming one short
    thing (five words at most outside brackets, no full stop at its end); it describes the head
    (False): a bulleted sentence; else None (another item of a list of one a line)."""
    text = line.plain.strip()
    items = split_items(text)
    if len(items) >= 2 and all(len(_unbracketed(i).split()) <= 6 for i in items):
        return True
    if not line.bullet or not items:
        return None
    return len(_unbracketed(text).split()) <= 5 and not text.endswith(".")


def _unbracketed(text: str) -> str:
    """The text without its bracketed notes ("Raku (two years)" -> "Raku  ")."""
    return regex.sub(r"\([^()]*\)", " ", text)


def _plain_heads(lines: list[Line]) -> set[int]:
    """The places of the category lines of a list in plain text, no bold to tell them ("IT" / "Python,
    SQL" / "Soft" / "Teamwork, Mentoring"; "Engineering" over bulleted names): short plain lines
    (:func:`_plain_head`) each over a line that lists items (:func:`_plain_group`), two of them or
    more, the list opening with one and made of them and their groups up to the last one's group (a
    line wrapped from a list's open end goes with it; lines of one item may follow: "Hiking" /
    "Chess"); none when a line is bold or a heading (the styled signals decide), or when a head stands
    over a bulleted sentence describing it ("Quick learner" / "• Ability to learn new things quickly"):
    skills described, not groups. Else, in a list of bulleted names, its lines without a bullet
    (:func:`_bulleted_heads`)."""
    if any(line.style.bold or line.style.heading_level is not None for line in lines):
        return set()
    heads: set[int] = set()
    n, in_group = 0, False
    while n + 1 < len(lines):
        line, below = lines[n], lines[n + 1]
        group = _plain_group(below) if _plain_head(line) and (n == 0 or in_group) else None
        if group is False:
            return set()
        if group:
            heads.add(n)
            n, in_group = n + 2, True
            continue
        if not in_group or not (_plain_group(line) or _OPEN_END.search(lines[n - 1].plain)):
            break  # (the groups end: the rest is items of one a line, or no such list)
        n += 1
    return heads if len(heads) >= 2 else _bulleted_heads(lines)


def _bulleted_heads(lines: list[Line]) -> set[int]:
    """In a text without type sizes (plain text, Markdown), the plain lines of a list of bulleted
    names, each a head over bulleted names ("Soft skills" /
    "• Teamwork" / "• Mentoring" / "Methods" / "• Costing"): the bullets mark the items, the lines
    without one their groups (one is enough: the other groups of the table may stand in sections of
    their own, under the headings a text export left them). None when a line without a bullet names no
    group (:func:`_plain_head`), ends the list, stands apart from its items (a blank line) or under an item
    left open ("…, SEM," / "Ads and Social": an item's wrapped end), or when a bulleted line is no one short
    name (a list of commas behind a bullet: the plain lines among such are items too)."""
    if any(line.style.size is not None for line in lines):
        return set()  # (a format with type: a plain line among bullets may be a bullet glyph lost, "o single-spa")
    heads = {n for n, line in enumerate(lines) if not line.bullet}
    if not heads or len(heads) == len(lines) or max(heads) == len(lines) - 1:
        return set()
    if any(not _plain_head(lines[n]) or not lines[n + 1].bullet or lines[n + 1].block != lines[n].block
           or n and _OPEN_END.search(lines[n - 1].plain) for n in heads):
        return set()  # (a blank line under it: a heading of its own; a list item open above it: wrapped onto it)
    bulleted = [line for line in lines if line.bullet]
    return heads if all(_plain_group(line) and len(split_items(line.plain)) == 1 for line in bulleted) else set()


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
    plain_heads = _plain_heads(lines)
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
        elif n in plain_heads:  # "IT" over "Python, SQL" in plain text, the shape repeating
            category, columns, skip_descriptions = text.strip(), [], False
            heads.append((n, category))
            continue
        elif len(cells) > 1 and line.style.bold and not line.runs and _described(lines, n):
            skip_descriptions = True  # a table row's bold label and title over sentences describing it: no list
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


