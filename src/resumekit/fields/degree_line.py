"""One header line of an education entry cut into its parts, and the field of study of a degree.

Separators first (cells, bars, bullets: :func:`.phrases.segments`), a whole address in a cell of
its own and a trailing place taken out (and, after a school's name, the street of its address: a
house number, words and a street word, the tab before them lost), then top-level commas and
sentence ends; inside a part,
in order of precedence:
1. A degree's abbreviation after a dash stays in the degree ("Master of Science - MSc, Field",
   LinkedIn's form): that dash separates no parts.
2. "Degree: School" at a colon, when the words say degree then school and the colon is no label of
   the vocabulary's ("Degree: …", "Institution: …": :func:`role_label`).
3. "at" ("an der" in German) before a school's name; "en"/"em"/"in"/"na" (an article after it) only once the degree has
   its field and a school's word opens the rest ("Grado en Derecho en Universidad X"); "from" (maybe "the" after
   it) before a school's name, the degree on its left ("B.E. (CS) from Kelham College of Engineering"), a
   preposition the dates left at the school's end taken off ("… from Kelham University in [2016]").
4. No separator at all: a one-word degree abbreviation before a school ("BSCS Harwick
   University"), or a school-worded start before a degree-worded rest ("Kelham University
   Bachelor's Degree in Logistics"), never cut after a small word ("Escuela … de Posgrado").
5. An introducing phrase ("Organised by X") leaves the school's name alone; "with" ("with an") that a grade
   taken out left at a part's end is no part of it ("…, Orrin University with [72%]").
A verb of completion of the vocabulary opening a degree ("Completed B.Tech …", "Received a Bachelor of …":
``completed``) is no part of it (:func:`without_status`).

The field of study (:func:`field_of`) is what follows the first "in" / "of" / "en" that does not name
the degree, or a comma outside brackets, after the degree words ("Master of Science in Computer
Science" -> "Computer Science", "Máster en Gestión de Proyectos" -> "Gestión de Proyectos"), or the
capitalised words after a degree abbreviation ("B.Eng. Mechatronics"); "of" right after a degree word
names the degree; a detail label after a comma ends it ("BFA in Film, Minor in Media": "Film").
Errs towards one part: a piece is cut only where the words on both sides agree.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..text import key, rx, split_outside_brackets
from ..vocab import merged
from .location import location_of, split_place
from .phrases import AT_NAME, degree_like, institution_like, introduced_company, segments, strip_edges

__all__ = ["LABEL", "field_of", "header_pieces", "role_label", "without_status"]

_PREP = regex.compile(r"\b(?P<prep>in|of|en|em|im|in|по|der|des|de|di|del|da|van)\s+(?=\p{Lu})")
# "at" before a school's name, or "en"/"em"/"in" (an article after it) as in "Grado en Derecho en Universidad X"
# ("an der"/"an dem": German "at" before a school, "Studium der Chemie an der Universität X")
_AT_SCHOOL = regex.compile(rf"{AT_NAME.pattern}|\s+an\s+(?:der|dem)\s+(?=\p{{Lu}})"
                           rf"|\s+(?P<field>en|em|in|na|no)\s+(?:(?:la|el|a|o)\s+)?(?=\p{{Lu}})"
                           # "B.E. (Computer Science) from Kelham College": the order is said, so a
                           # school word after it is enough ("… from Harwick Degree College")
                           rf"|\s+(?P<origin>from)\s+(?:the\s+)?(?=\p{{Lu}})")


def field_of(degree: str) -> str | None:
    """"Computer Science" from "Master of Science in Computer Science", "B.Sc., Physics",
    "Bachelor of Science: Physics" (everything after the colon) or "BSc - Physics", "Diploma · Tourism" (after a
    spaced dash or middle dot).
    "of" right after a degree word names the degree, not a field ("Master of Science")."""
    degree = _without_minor(degree)
    head, colon, tail = degree.partition(": ")
    if colon and degree_like(head) and tail.strip() and not degree_like(tail) and role_label(degree) is None:
        return tail.strip(" .")  # "A Levels: Mathematics, Economics", an online builder's "Degree: Field"
    dash = rx(r"\s+[-–—·]\s+").search(degree)  # "Bachelor of Science - Computer Science": a theme's "studyType - area"
    if dash and degree_like(degree[:dash.start()]) and (tail := degree[dash.end():].strip(" .")) and not degree_like(tail) \
            and "," not in tail:
        return tail
    head, *rest = split_outside_brackets(degree, ",")  # (a comma in brackets cuts nothing: "(Physique, SVT)")
    if rest:
        tail = ",".join(rest)
        if degree_like(head) and tail.strip() and not degree_like(tail):
            return tail.strip(" .") or None
    preps = list(_PREP.finditer(degree))
    if not preps:
        return _after_abbreviation(degree)
    # the first preposition that does not name the degree ("Máster en Gestión de Proyectos",
    # "Master of Science in X": "of" after a degree word names it)
    m = next((m for m in preps if not _names_degree(degree, m)), None)
    return degree[m.end():].strip(" ,.") or None if m else None


def _without_minor(degree: str) -> str:
    """The degree without what a detail label after a comma adds ("BFA in Film, Minor in Media")."""
    pieces = split_outside_brackets(degree, ",")
    keep = next((n for n, p in enumerate(pieces) if n and p.split() and key(p.split()[0]) in merged().attribute_labels),
                len(pieces))
    return ",".join(pieces[:keep])


def _names_degree(degree: str, m: regex.Match) -> bool:
    """The preposition ``m`` names the degree: "of" (and its kin) right after a degree word."""
    before = key(degree[: m.start()]).split()
    return m.group("prep") in ("of", "de", "di", "der", "des") and bool(before) and before[-1] in merged().degree_words


def _after_abbreviation(degree: str) -> str | None:
    """"Mechatronics" from "B.Eng. Mechatronics", "Physics" from "BSc (Hons) Physics": the words
    after a degree abbreviation, when they are capitalised."""
    words = degree.split()
    degree_words = merged().degree_words
    n = 0
    while n < len(words) and (key(words[n]) in degree_words or rx(r"\((?:hons|honours)\)", regex.I).fullmatch(words[n])
                              or words[n].lower().rstrip(".") in degree_words):
        n += 1
    rest = " ".join(words[n:]).strip(" ,")
    if n and rest and rest[:1].isupper() and len(rest.split()) <= 6 and not degree_like(rest) \
            and not rx(r"\p{Lu}\p{Ll}{1,4}\.").fullmatch(rest):  # (one short word cut short names the degree: "MSc Eng.")
        return rest
    return None



# A full stop after a word of four lower-case letters or a bracket ends a sentence; after "B.Eng.", "Mech." it does not.
_SENTENCE = regex.compile(r"(?<=(?<![.\p{L}])\p{L}*\p{Ll}{4}|[)\]])\.\s+(?=\p{Lu})")


@lru_cache(maxsize=1 << 12)
def header_pieces(text: str) -> tuple[tuple[tuple[str, int], ...], str | None]:
    """(the parts of an education header line, each with the number of the separator-delimited
    segment it sits in; the line's location): separators first, a trailing place taken out, then
    top-level commas and sentence ends; a remark in small letters in brackets closing the line, a
    segment of its own, is no part. (A header line is asked about by several readers: kept.)"""
    out, location = [], None
    text = _ABBREVIATED.sub(_abbreviation_kept, text)  # "Master of Science - MSc, Field": one part
    for n, seg in enumerate(segments(text)):
        if n and location_of(seg):
            # a cell of its own that is a whole address ("12 Elm Rd, Peoria, AZ 85382"): no part
            location = location or seg
            continue
        if n and seg[:1].islower() and regex.search(rf"\(\s*{regex.escape(seg)}\s*\)\s*$", text):
            continue  # "…, 2023 - present (weekend batch)": a remark in brackets closing the line, no part
        seg = _SPACED_STOP.sub("", seg)  # "Universidad X (2008-2013). Nota media": the stop the dates left
        seg, loc = split_place(seg)
        seg, street = _street_cut(seg)  # "X Campus 12 N Elm Blvd" (, Town, ST): the address's street, no part
        location = location or (loc and _PLACE_STOP.sub("", loc)) or street  # "Escuela X, Zaragoza.": the sentence's stop
        for sentence in _SENTENCE.split(seg):
            for x in split_outside_brackets(sentence, ","):
                out += [(p.replace(_KEPT, "-"), n) for q in _degree_colon_school(x)
                        for p in (strip_edges(_PART_STOP.sub("", _GRADED.sub("", r))) for r in _introduced(q)) if p]
    return tuple(out), location


def _street_cut(part: str) -> tuple[str, str | None]:
    """(the part without the street of an address closing it, the street): a school's name, then a
    house number, maybe a compass letter and words, and a street word ("Kelp Bay Campus 4410 W
    Cedar Ridge Rd", its town taken out already: a header whose tab before the address was lost).
    The name before it must hold a school word; else the part as it is, None."""
    m = _TRAILING_STREET.search(part)
    if m and institution_like(part[:m.start()]):
        return part[:m.start()].rstrip(" ,"), m.group("street")
    return part, None


_TRAILING_STREET = regex.compile(
    r"[\s,]+(?P<street>\d{1,5}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[\p{Lu}\d][\p{L}\d'’.\-]*\s+){0,4}"
    r"(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Drive|Dr|Boulevard|Blvd|Way|Parkway|Pkwy|Court|Ct|Place|Pl|"
    r"Highway|Hwy|Close|Crescent|Terrace)\.?)$")
_PLACE_STOP = regex.compile(r"(?<=\p{Ll}{3})\.$")  # not "D.C."
# a sentence's stop closing a part ("University of Harwick."): after a word of letters, not after an
# abbreviation ("Ltd.", "cand.merc.aud.")
_PART_STOP = regex.compile(r"(?<=(?:^|\s)[^\s.]*\p{Ll}{3})\.$")
_SPACED_STOP = regex.compile(r"\s+[.,;]$| +(?=[.,;]\s)")
# "Master of Science - MSc": a degree, a dash and its abbreviation (LinkedIn's "Degree - Abbr, Field"); no separator
_ABBREVIATED = regex.compile(r"(?P<left>[^\t|·•,]+?)\s+-\s+(?P<abbr>[\p{L}.']{2,8})(?=\s*(?:,|$|\t))")
_KEPT = "\u2011"  # a non-breaking hyphen, no separator; back to "-" in the parts


def _abbreviation_kept(m: regex.Match) -> str:
    left, abbr = m.group("left"), m.group("abbr")
    if key(abbr) in merged().degree_words and degree_like(left) and not institution_like(left):
        return f"{left} {_KEPT} {abbr}"
    return m.group(0)


def _degree_colon_school(piece: str) -> list[str]:
    """A degree and its school in one piece, told apart by their words: "BSc (Hons) Computing
    (2:1): Northgate University", "MSc Logistics at Kelham University", "Kelham University
    Bachelor's Degree in Logistics" (no separator at all). A colon with no school after it stays
    ("Certificate: Medical Coding")."""
    head, colon, tail = piece.partition(": ")
    if colon and role_label(piece) is None and _degree_then_school(head, tail):
        return [head, tail]
    for m in _AT_SCHOOL.finditer(piece):
        left, right = piece[:m.start()], piece[m.end():]
        # after "at" a school word is enough ("Secondary School" also names a qualification); after "en" only past a field,
        if degree_like(left) and not institution_like(left) and institution_like(right) and (  # a school's word first
                not m.group("field") or field_of(left) and not degree_like(right) and institution_like(right.split()[0])):
            return [left, _DANGLING.sub("", right) if m.group("origin") else right]
    if degree_like(piece) and institution_like(piece):
        return _abbreviation_school(piece) or _school_degree(piece)
    return [piece]


# a preposition the dates or the grade taken out of a line left at a part's end ("… from Kelham
# University in [2016]", "…, Orrin University with [72%]")
_DANGLING = regex.compile(r"\s+(?:in|on|during|till|until|with(?:\s+an?)?)$")
_GRADED = regex.compile(r"\s+with(?:\s+an?)?$")  # (a line cut after "in" may go on: "Bachelor of Science in" / "Physics")


def _abbreviation_school(piece: str) -> list[str] | None:
    """"BSCS Harwick University": a one-word degree abbreviation (two capitals or more) right
    before a school's name, with no separator -> the degree and the school."""
    first, _, rest = piece.partition(" ")
    if len(rx(r"\p{Lu}").findall(first)) < 2 or key(first) not in merged().degree_words:
        return None
    if rest[:1].isupper() and institution_like(rest) and not degree_like(rest):
        return [first, rest]
    return None


def _introduced(piece: str) -> list[str]:
    """"Organised by Velko Academy" -> the school's name alone; "Design course organised by Velko
    Academy" -> the course and the school (the vocabulary's introducing phrases)."""
    found = introduced_company(piece)
    return [piece] if found is None else [p for p in found if p]


def _degree_then_school(degree: str, school: str) -> bool:
    return degree_like(degree) and not institution_like(degree) and institution_like(school) and not degree_like(school)


_SMALL_WORD = regex.compile(r"\p{Ll}{1,3}")  # "de", "of", "für", "van": a name goes on after it


def _school_degree(piece: str) -> list[str]:
    """"Kelham University Bachelor's Degree in Logistics" -> the school and the degree, cut
    before the capitalised word where a school-worded start meets a rest that opens with a degree
    word, not after a small word ("Escuela Internacional de Posgrado" is one name)."""
    for m in rx(r"\s(?=\p{Lu})").finditer(piece):
        left, right = piece[:m.start()], piece[m.end():]
        opens = right.split()[:2]
        if not opens or not left.split() or not (degree_like(opens[0]) or degree_like(" ".join(opens))) or _SMALL_WORD.fullmatch(left.split()[-1]):
            continue  # the name goes on ("Escuela Internacional de Posgrado")
        if institution_like(left) and not degree_like(left) and degree_like(right) and not institution_like(right):
            return [left, right]
    return [piece]



LABEL = regex.compile(r"^(?P<label>[^:：]{2,90}?)\s*[:：]\s*(?P<value>\S.*)$")  # (Europass labels are long)


def role_label(piece: str) -> tuple[str, str] | None:
    """(the value, "degree" or "institution") of a piece whose label names its role and is no
    degree itself ("Degree: Full Stack Course", "Institution: Orrin College"); else None."""
    m = LABEL.match(piece)
    if m is None:
        return None
    label, v = key(m.group("label")), merged()
    kind = "degree" if label in v.degree_labels else "institution" if label in v.school_labels else None
    return (m.group("value").strip(), kind) if kind else None


def _done_before(words: list[str]) -> int:
    """How many words open the text saying a study was completed, before a degree word: a word of
    the vocabulary's ``completed`` ("Completed", "Obtained"), maybe an article after it ("Received
    a"); else 0."""
    if len(words) < 2 or key(words[0]) not in merged().completed:
        return 0
    n = 2 if key(words[1]) in ("a", "an", "the", "my") else 1
    return n if len(words) > n and degree_like(" ".join(words[n:n + 3])) and words[n][:1].isupper() else 0


_STATUS = regex.compile(r"\(\s*(?P<word>[^()]{2,30}?)\s*\)")


def without_status(text: str) -> tuple[str, bool]:
    """The text without a study status in brackets ("(in progress)", "(cursando)": a word of the
    vocabulary's ongoing end dates) or before the degree ("Currently pursuing B.Tech in …": one to
    three such words, then a degree word), and whether there was one."""
    present = merged().present
    label, colon, rest = text.partition(":")
    if colon and rest.strip() and key(label) in present:
        return rest.strip(), True  # "En cours : Master 2 …": the status as the line's label
    found = [m for m in _STATUS.finditer(text) if key(m.group("word")) in present]
    for m in reversed(found):
        text = text[:m.start()] + " " + text[m.end():]
    words = text.split(" ")
    lead = next((n for n in range(3, 0, -1) if len(words) > n and all(key(w) in present for w in words[:n])
                 and degree_like(" ".join(words[n:n + 3]))), 0)
    if lead:
        text = " ".join(words[lead:])
    elif done := _done_before(words):  # "Completed B.Tech in …", "Received a Bachelor of …": done, no status
        text = " ".join(words[done:])
    return (rx(r" +(?=[.,;])").sub("", rx(r" {2,}").sub(" ", text)).strip() if found else text), bool(found or lead)
