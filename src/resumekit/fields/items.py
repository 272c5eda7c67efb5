"""Items of a list: a line cut into its items, levels told from names, labels, wrapped values.
Shared by the list readers (:mod:`.lists` for skills, :mod:`.languages`, :mod:`.credentials`).

Item splitting (``split_items``): at top-level commas (not a number's thousands: "$120,000"),
semicolons, bullets, pipes, TABs, spaced slashes (not between two numbers: "ESXi 6.5 / 6.7") and
spaced tildes; a bracketed group stays whole ("AWS (EC2,
S3)"); a final "and" is dropped.

Levels first (``pair_levels``): a row of levels under a row of names ("qPCR ⇥ HPLC" over
"Beginner ⇥ Master", "English" over "Native") is folded into it as "name (level)"; a row of
levels that pairs with nothing is dropped. A level (proficiency word, rating, duration) is
never an item of its own (``is_level``; ``drop_levels``: "Python (Advanced)" -> "Python").

Labels (``label_match``): "Label: items", unless the colon is glued inside a name ("CL:AIRE");
labelled groups joined by semicolons are a line each (``labelled_groups``). A label column's
value wrapped onto the next line is joined back (``value_wraps``). Interests: the items of each
cell, a short label before them dropped (``read_interests``).

Split from :mod:`.lists` (code moved, not changed).
"""
from __future__ import annotations

import regex

from ..document import Line
from ..text import key, rx, split_outside_brackets
from ..vocab import merged
from .canonical import canonical_skill
from .dates import find_dates
from .entries import join_wrapped

__all__ = ["split_items", "is_level", "pair_levels", "drop_levels", "dedupe", "value_wraps", "read_interests",
           "label_match", "labelled_groups", "RATING", "VERSIONS_SLASH"]

_LABEL = regex.compile(r"^(?P<label>[^:：]{1,60}?)\s*[:：]\s*(?P<rest>.*)$")
_GLUED = regex.compile(r"(?<=\S):(?=\S)")  # a colon inside a word ("CL:AIRE"), no space on either side
_CAPS_PAIR = regex.compile(r"(?:^|\s)\p{Lu}{2,}:\p{Lu}{2,}")  # "CL:AIRE": capitals on both sides


def _label(text: str) -> regex.Match | None:
    """"Label: items" — unless the colon is glued inside a word and belongs to a name: between
    capitals ("CL:AIRE, ArcGIS") or after a list ("ArcGIS, CL:AIRE, site supervision"), where a label
    holds no comma. Else None."""
    m = _LABEL.match(text)
    if m is None or not _GLUED.match(text, m.end("label")):
        return m
    head = text[:m.end("label") + 1 + len(m.group("rest").split(" ")[0])]
    if _CAPS_PAIR.search(head) or len(split_outside_brackets(m.group("label"), ",;")) > 1:
        return None
    return m
_GLYPH_ROW = regex.compile(r"[★☆●○◉◯□⬤◆◇✦✧]{2,}")
_VERSIONS_SLASH = regex.compile(r"(?<=\d)\s+/\s+(?=\d)")
_KEPT_SLASH = "\ue000"  # (a private-use character: never in a document's text)
_SPACED_TILDE = regex.compile(r"(?<=\S)\s+~\s+(?=\S)")
_RATING = regex.compile(r"[★☆●○◉◯■□▪▫⬤◆◇✦✧|]{2,}|\b\d{1,3}\s*%|\b[1-5]\s*/\s*5\b|\b\d{1,2}\s*/\s*10\b")
_LEADING = regex.compile(r"^(?:and|&|or|some|also|e\.g\.|incl\.|including|und|et|y|e)\s+", regex.IGNORECASE)
_LEADING_FIRST = frozenset("aAoOsSiIuUeEyY&")


def _labelled_groups(lines) -> list[Line]:
    """A line of two labelled groups or more joined by semicolons ("Advanced: Go, SQL; Basic: Rust",
    "Native: Welsh; Fluent: English") is a line a group: the label after a semicolon starts a group,
    not an item of the group before it."""
    out: list[Line] = []
    for line in lines:
        groups = [g.strip() for g in split_outside_brackets(line.text, ";")] if ";" in line.text and "\t" not in line.text else []
        if len(groups) > 1 and all((m := _label(g)) and m.group("rest").strip() and len(m.group("label").split()) <= 4
                                   for g in groups):
            out += [line.with_(text=g, runs=()) for g in groups]
        else:
            out.append(line)
    return out


def split_items(text: str) -> list[str]:
    """Top-level items of a list, brackets kept whole; linear in the length of the text. A row of
    rating glyphs ends an item ("Python ●●●●○, SQL ●●●○○")."""
    out = []
    # (each pattern run only where its characters stand: a call into regex costs about a microsecond)
    if not text.isascii():
        text = _GLYPH_ROW.sub("\t", text)  # "Python ●●●●○ SQL ●●●○○": a rating ends its item ("●" alone separates)
    if "~" in text:
        text = _SPACED_TILDE.sub("\t", text)  # "Lean Methods ~ Supply Planning": a spaced tilde separates ("~5 years" stays)
    if "/" in text:
        text = _VERSIONS_SLASH.sub(_KEPT_SLASH, text)  # "ESXi 6.5 / 6.7": a spaced slash between numbers is no separator
    for item in _thousands_joined(split_outside_brackets(text, ",;•·|\t●▪◦⋅，、；", spaced_slash=True)):
        item = item.replace(_KEPT_SLASH, " / ")
        item = item.strip(" :-–—")
        if item.startswith("*"):
            item = rx(r"^\*\s+").sub("", item)  # "*nix", "A*" keep their stars
        item = item.rstrip(".").lstrip(" ")
        if not (item[:1].isascii() and item[:1] not in _LEADING_FIRST):  # (every word of _LEADING starts with one of them)
            item = _LEADING.sub("", item)
        item = item.strip(" ")
        item = item[1:].lstrip() if item.startswith(". ") or item == "." else item  # ".NET" keeps its dot
        if item:
            out.append(item)
    return out


def _thousands_joined(pieces: list[str]) -> list[str]:
    """The pieces with a number's thousands put back together ("a budget of $120" + "000 a year"
    -> "a budget of $120,000 a year": a comma between a digit and three digits is no separator)."""
    out: list[str] = []
    for piece in pieces:
        if out and out[-1][-1:].isdigit() and _THOUSANDS.match(piece):
            out[-1] = f"{out[-1]},{piece}"
        else:
            out.append(piece)
    return out


_THOUSANDS = regex.compile(r"^\d{3}(?!\d)")


_DURATION = regex.compile(r"(?:(?:less|more) than\s+|over\s+|under\s+|~\s*)?\d+\+?\s*(?:years?|yrs?|months?|ans?|jahre?)?",
                          regex.IGNORECASE)


def _note(text: str) -> bool:
    """A note in words, not a list of names: lower case only, no known skill in it ("used
    occasionally", "in progress"; not "pandas, numpy")."""
    return (not rx(r"[\p{Lu}\d+#]").search(text) and len(text.split()) >= 2
            and not any(canonical_skill(p) for p in rx(r"[,;/]").split(text) if p.strip()))


def _drop_levels(item: str) -> str:
    """"Python (Advanced)" -> "Python"; "Docker - expert" -> "Docker"; "Go ★★★☆" -> "Go"."""
    item = _RATING.sub(" ", item).strip()
    prof = merged().proficiency
    m = rx(r"^(?P<name>.+?)\s*[(\[]\s*(?P<level>[^()\[\]]{1,80})\s*[)\]]\s*$").match(item)
    if m and all(key(p) in prof or _DURATION.fullmatch(p.strip())
                 for p in rx(r"[,/;]").split(m.group("level")) if p.strip()):
        item = m.group("name")
    elif m and _note(m.group("level")) and canonical_skill(m.group("name")):
        item = m.group("name")  # "Python (frequently used)": a note on a known skill
    m = rx(r"^(?P<name>.+?)(?:\s+[-–—]\s*|\s*:\s*|\s)(?P<level>\p{L}[\p{L} \-]{1,30})$").match(item)
    separated = m is not None and rx(r"[-–—:]\s*$").search(item[: m.start("level")])
    # "Docker - expert", "Go: basic", but "Visual Basic" stays: a bare trailing word needs two
    if m and key(m.group("level")) in prof and (separated or len(m.group("level").split()) >= 2):
        item = m.group("name")
    return item.rstrip(" .:-–—").lstrip(" :-–—")  # (a leading dot is a name's: ".NET")


def is_level(text: str) -> bool:
    """A level standing alone: a proficiency word ("Beginner", "Native speaker", "(Intermediate)"),
    a rating ("★★★☆☆", "4/5", "80%") or a duration ("3 years")."""
    rest = _RATING.sub(" ", text).strip(" ()[]-–—:,.")
    if not rest:
        return bool(_RATING.search(text))
    if _DURATION.fullmatch(rest):
        return True
    return key(rest) in merged().proficiency and canonical_skill(rest) is None  # "SOLID" is a skill


def pair_levels(lines: list[Line] | tuple[Line, ...]) -> list[Line]:
    """Lines of a list with rows of levels folded into the row above: a grid of names over their
    levels ("qPCR ⇥ HPLC" over "Beginner ⇥ Master", or "English" over "Native") becomes one row
    of "name (level)" cells. A row of levels that pairs with nothing above is dropped: a level
    is never an item of its own."""
    out: list[Line] = []
    for line in lines:
        cells = line.cells
        if not cells or not all(is_level(c) for c in cells):
            out.append(line)
            continue
        above = out[-1] if out else None
        if (above is not None and len(above.cells) == len(cells) and not line.bullet
                and not any(is_level(c) for c in above.cells) and all(len(split_items(c)) == 1 for c in above.cells)):
            paired = "\t".join(f"{name} ({level.strip(' ()[]')})" for name, level in zip(above.cells, cells))
            out[-1] = above.with_(text=paired, links=above.links + line.links)
    return out


def dedupe(items, keyfunc):
    """The items in order, without those whose key is empty or an earlier item's."""
    seen, out = set(), []
    for it in items:
        k = keyfunc(it)
        if k and k not in seen:
            seen.add(k)
            out.append(it)
    return out


_LIST_END = regex.compile(r"[,;&/+]\s*$")


def value_wraps(lines) -> list[Line]:
    """Rows of a label column with their value's wrapped lines joined back ("EDV ⇥ MS Office, SAP,
    DATEV" / "Kanzlei-Rechnungswesen, Excel-VBA"; "2021 ⇥ Name – Accounting," / "Issuer"): a line of
    one cell set right of the row's start (under its value) in the same weight, no bullet, heading or
    date, right under a row of two cells or more, that goes on from a value ending in a separator,
    opens with a bracket, or carries on a list of commas (the value and the line both hold one: a
    break without a comma is inside an item). ``join_wrapped`` never joins a row of cells."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        if prev is not None and _wraps_value(prev, line):
            out[-1] = prev.with_(text=f"{prev.text} {line.text}", links=prev.links + line.links, runs=(),
                                 box=prev.box.union(line.box))
        else:
            out.append(line)
    return out


def _wraps_value(prev: Line, line: Line) -> bool:
    if (len(prev.cells) < 2 or len(line.cells) != 1 or line.bullet or prev.bullet or prev.box is None
            or line.box is None or prev.page != line.page or line.style.heading_level is not None
            or line.style.bold != prev.style.bold or find_dates(line.plain)):
        return False
    below = line.box.top - prev.box.bottom
    if line.box.x0 < prev.box.x0 + 24 or not -1 < below < prev.box.height:
        return False  # not under the value, or a gap between them
    value = prev.cells[-1]
    return bool(_LIST_END.search(value) or line.plain.startswith("(") or "," in value and "," in line.plain)


def read_interests(lines: list[Line] | tuple[Line, ...]) -> list[str]:
    out = []
    for line in join_wrapped(lines):
        for cell in line.cells:  # "Skills: Chess · Go ⇥ Skills: Baking": a label in each cell
            m = _label(cell)
            text = m.group("rest") if m and len(m.group("label").split()) <= 3 and m.group("rest") else cell
            out += [i for i in split_items(text) if len(i.split()) <= 8]
    return dedupe(out, key)


# public names of the pieces the list readers share
label_match = _label
labelled_groups = _labelled_groups
drop_levels = _drop_levels
RATING = _RATING
VERSIONS_SLASH = _VERSIONS_SLASH
