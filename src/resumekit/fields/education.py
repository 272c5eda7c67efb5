"""Education entries: institution, degree (as written, with its field), field of study, grade,
location, dates, highlights. This module cuts the section into entries and groups rows under a
school; how one entry's parts are read (grade, labels and words, order, status): :mod:`.edu_entry`.

Signals, in order of precedence:
1. No line of an entry: a line of nothing but phones and e-mail addresses, each maybe after a short
   label ("T: 0161 496 0321", "E: …"), and a line labelled as personal data ("Nationality: …",
   "DOB: …"), the contact column of a page read into the section; a table's header row flattened one
   cell a line at the section's start ("Course" / "College/University" / "Year" / "Aggregate").
2. Entries: a bullet that is a whole entry ("• BSc Physics: Northgate University") is a header line;
   a line that would pass for a detail heads an entry when a degree word labels a date range
   ("Certificate: Medical Coding 07/2023 - 10/2023"), when it names a degree and a school with a
   study status where the dates would stand, or when it is a short sentence closed by a full stop
   naming both; a header that names a degree or a school again after both were seen opens the next
   entry, unless that last line names one alone in words of a sentence or after a label (a name
   with its place after a dash counts as a school: :func:`.edu_entry.placed_name`).
3. Details: the undated sentences and labelled lines that open the next entry's header, printed
   under the degree and over the next school ("Modules taken in Spanish: …"), are the entry above's;
   so is an undated run under a dated degree naming only a unit of a school, honours or a grade;
   an undated run after a label that ends the entry above ("Relevant coursework:"); a line a detail
   label starts ("Minor in X"); the other cells of the table row above; and a one-line labelled
   entry set like the labelled line that ends the entry above ("Option : Audit" / "Stage : Firm,
   Town (2021)"), though it holds a date.
4. Rows under a school: a degree without a school under a school-only line is the school's; so is a
   one-line dated row shaped like the first degree's row under a school's own line ("Harwick
   University" / "Ph.D., X ⇥ 2026" / "A.M., X ⇥ 2022").
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..schema import Education
from ..segment import column_header
from ..text import key, rx
from ..vocab import merged
from .entries import Entry, header_dates, split_entries
from .phrases import degree_like, institution_like
from .contact import find_phones
from .dates import find_dates
from .emails import find_emails
from .grades import find_grade
from .location import location_of
from .degree_line import field_of, header_pieces, role_label, without_status
from .edu_entry import (Parts, entry_parts, is_unit, leading_kind, piece_kind, placed_name, read_parts, section_order,
                        sentence_below)
from .education_table import graded_column, merged_down, without_board

__all__ = ["read_education", "education_entries", "find_grade"]


def read_education(section_or_lines) -> list[Education]:
    """Education entries; a degree without an institution under an institution-only entry
    ("Yale University  2012–2018" / "Doctor of Philosophy, May 2018" / "Master of Arts, ...")
    belongs to that institution."""
    return [edu for _, edu in education_entries(section_or_lines)]


def education_entries(section_or_lines) -> list[tuple[Entry, Education]]:
    """As :func:`read_education`, each education beside the :class:`Entry` it was read from,
    whose ``roles`` name the lines of its institution, degree, place and dates."""
    lines = section_or_lines.lines if hasattr(section_or_lines, "lines") else section_or_lines
    lines = [_bullet_entry(l) for l in lines if not (_contact_line(l.plain) or _personal_line(l.plain))]
    lines = _wrapped_names(lines[_header_row(lines):])
    if len(lines) > 1 and column_header(lines[0], lines[1]):
        lines = graded_column(lines[0], merged_down(lines[0], without_board(lines[0], lines[1:])))  # a header row names no school
    parts = [entry_parts(e) for e in _details_first([e for whole in split_entries(lines, head=_dated_degree)
                                                for e in _regroup(whole)])]
    order = section_order(parts)
    out: list[tuple[Entry, Education]] = []
    group: Education | None = None
    group_entry: Entry | None = None
    member_row = None  # the row of the first degree under a school-only line
    for p in parts:
        if out and _details_of_above(p, out[-1][0]):
            above = out[-1][1]
            above.grade = above.grade or p.grade
            above.highlights += [l.plain for l in p.entry.lines]
            out[-1][0].body += p.entry.lines
            continue
        shaped = group is not None and _shaped_like(p, member_row)
        # under a school-only line any degree may be the school's; under a school and its first degree, only a row shaped like it
        member = read_parts(p, order, school=group.institution) if group is not None and (group.degree is None or shaped) \
            else None
        if shaped and (member is None or not member.degree):
            member = read_parts(p, order)  # another degree of the school above, in the row shape of the first
            if member is not None:
                member.degree = ", ".join(q.text for q in p.pieces)
                member.institution, member.field_of_study = None, field_of(member.degree)
        edu = member if member is not None and member.degree else read_parts(p, order)
        if edu is None:
            continue
        if edu.institution and not edu.degree:
            group, group_entry = edu, p.entry
        elif group is not None and edu.degree and (edu.institution is None or is_unit(edu.institution)) \
                and (group.degree is None or _shaped_like(p, member_row)):
            if edu.institution and not edu.field_of_study:
                edu.field_of_study = edu.institution
            edu.institution = group.institution
            edu.start = edu.start or (group.start if group.degree is None else None)
            if group_entry is not None and group_entry.locate(group.institution):
                p.entry.roles["institution"] = group_entry.locate(group.institution)
            if out and out[-1][1] is group and group.degree is None:
                out.pop()  # the group line was only the heading of its degrees
            member_row = member_row or (p.entry.header[0] if len(p.entry.header) == 1 else None)
        else:
            group = group_entry = member_row = None
            if edu.institution and edu.degree and len(p.entry.header) == 2 \
                    and [q.line for q in p.pieces if q.text == edu.institution] == [0]:
                # a school on a line of its own over its first degree's row: rows shaped like that
                # one below are more degrees of the school ("Harwick University" / "Ph.D. ⇥ 2026" / "A.M. ⇥ 2022")
                group, group_entry, member_row = edu, p.entry, p.entry.header[1]
        out.append((p.entry, edu))
    for entry, edu in out:
        entry.mark(institution=edu.institution if "institution" not in entry.roles else None,
                   degree=(edu.degree or "").split(", ")[0], location=edu.location)
    return out


def _wrapped_names(lines: list) -> list:
    """The lines with a degree or its field wrapped in a narrow column joined back ("BSc in Business" /
    "Administration", "MSc" / "Logistics and Supply Chain" / "Management"): a line of one or two capitalised
    words naming no degree, school, place, grade or date, in the style of the line above and aligned with it,
    under a degree's line (or a field's line under a degree alone) whose first word would not have fitted on
    it: that line and the first word wider than any other line of the section in that style."""
    out = list(lines)
    n = 1
    while n < len(out):
        prev, line = out[n - 1], out[n]
        if _wraps(prev, line, out[n - 2] if n > 1 else None, [l for l in out if l is not prev and l is not line]):
            out[n - 1] = prev.with_(text=f"{prev.text} {line.text}", links=prev.links + line.links, box=prev.box.union(line.box))
            del out[n]
            continue
        n += 1
    return out


def _wraps(prev, line, above, others: list) -> bool:
    if prev.box is None or line.box is None or line.bullet or prev.page != line.page:
        return False
    if (prev.style.size, prev.style.bold, prev.style.italic) != (line.style.size, line.style.bold, line.style.italic):
        return False
    if len(prev.cells) > 1 or len(line.cells) > 1 or not (abs(prev.box.x0 - line.box.x0) <= 2 or abs(prev.box.x1 - line.box.x1) <= 2):
        return False
    words = line.plain.split()
    if not 1 <= len(words) <= 2 or not all(rx(r"\p{Lu}[\p{Ll}-]+").fullmatch(w) for w in words):
        return False
    if degree_like(line.plain) or institution_like(line.plain) or key(line.plain) in merged().honours or location_of(line.plain):
        return False
    if find_dates(prev.plain) or institution_like(prev.plain) or ":" in prev.plain:
        return False
    under_degree = above is not None and degree_like(above.plain) and len(above.plain.split()) <= 3 and not find_dates(above.plain)
    if not (degree_like(prev.plain) or under_degree):
        return False
    wide = [l.box.width for l in others if l.box is not None and l.page == prev.page and l.style.size == prev.style.size
            and l.style.bold == prev.style.bold and l.plain.strip()]
    if not wide:
        return False
    first = line.box.width * len(words[0]) / max(len(line.plain), 1)
    return prev.box.width + first > max(wide) and prev.box.width >= 0.6 * max(wide)


def _header_row(lines: list) -> int:
    """How many lines open the section as a table's header row flattened one cell a line ("Course" /
    "College/University" / "Year" / "Aggregate"): three or more short lines without a digit, two of
    them or more a degree, school, board or grade label of the vocabulary (or a part of "A/B"), the
    others naming no degree or school ("Year of Passing"); 0 when the section opens otherwise."""
    v = merged()
    labels = (v.degree_labels, v.school_labels, v.board_labels, v.grade_labels)
    n = labelled = 0
    for line in lines:
        text = line.plain.strip(" :：")
        if not text or len(text.split()) > 4 or rx(r"\d").search(text):
            break
        if any(any(key(part) in t for t in labels) for part in text.split("/")):
            labelled += 1
        elif degree_like(text) or institution_like(text):
            break
        n += 1
    return n if n >= 3 and labelled >= 2 and n < len(lines) else 0


def _contact_line(text: str) -> bool:
    """A line that is nothing but phones and e-mail addresses, maybe each after a short label ("T:
    0161 496 0000", "E: name@example.com"): the candidate's contact printed beside the section in a
    column read into it, no school."""
    emails = find_emails(text)
    spans = sorted(f.span for f in (*find_phones(text), *emails))
    if not spans or not emails and (not text[:spans[0][0]].strip() or find_dates(text)):
        return False  # (a phone without its label may be years glued together: "20072008")
    rest, at = [], 0
    for a, b in spans:
        rest.append(text[at:a])
        at = max(at, b)
    rest.append(text[at:])
    return all(len(r.split()) <= 2 and not rx(r"\d").search(r) and (not r.strip(" |,;·•") or r.rstrip().endswith((":", ".")))
               for r in rest)


def _personal_line(text: str) -> bool:
    """"Label: value" whose label names personal data ("Nationality: …", "DOB: …": the vocabulary's
    personal labels), printed beside the section in a column read into it: no school."""
    label, colon, value = text.partition(":")
    return bool(colon) and bool(value.strip()) and key(label) in _personal_labels()


@lru_cache(maxsize=1)
def _personal_labels() -> frozenset[str]:
    return frozenset(p for phrases in merged().personal.values() for p in phrases)


def _shaped_like(parts: Parts, row) -> bool:
    """A one-line dated entry in the shape of ``row`` (same cells, weight, size), with no school of
    its own: "Ph.D., Government ⇥ 2026" / "A.M., Government ⇥ 2022" under "Harwick University"."""
    if row is None or len(parts.entry.header) != 1 or parts.entry.dates is None or not parts.pieces:
        return False
    line = parts.entry.header[0]
    a, b = line.style, row.style
    return (len(line.cells), a.bold, a.italic, round(a.size or 0)) == (len(row.cells), b.bold, b.italic, round(b.size or 0)) \
        and not any(q.kind in ("institution", "both") for q in parts.pieces) and len(parts.pieces) <= 3


def _details_of_above(parts: Parts, above: Entry) -> bool:
    """An undated run under a dated degree that names no degree and no school of its own, only a
    unit of one, an honour or a grade ("College of Engineering" / "Magna Cum Laude" / "GPA: 3.8"),
    or that follows a label ending the entry above ("Coursework:"): details of the degree above,
    not an entry."""
    if _labelled_like_above(parts.entry, above):
        return True  # "Spécialisation : …" / "Semestre d'échange : School (2022)": a run of labelled details
    if parts.entry.dates is not None or above.dates is None or not parts.pieces:
        return False
    if above.lines and above.lines[-1].plain.rstrip().endswith((":", "：")):
        return True  # "Relevant Coursework:" / "Hydraulics, Boat Design": the value of the label above
    if _minor_line(parts.entry):
        return True  # "Minor in Computer Science" under "Bachelor of Arts in Economics ⇥ Expected May 2027"
    if _same_row(parts.entry, above) and not any(p.kind == "degree" for p in parts.pieces):
        return True  # the other cells of a table row ("B.E. ⇥ 2021" / college / "Anna University" / "91.6%")
    return any(p.kind == "unit" for p in parts.pieces) \
        and all(p.kind in ("unit", "other") for p in parts.pieces) \
        and all(len(p.text.split()) <= 4 or find_grade(p.text) for p in parts.pieces if p.kind == "other")


def _labelled_like_above(entry: Entry, above: Entry) -> bool:
    """A one-line entry "Label : value", its label of a few words naming no degree or school, under an
    entry of several lines that ends in such a labelled line set the same way (weight and size): the
    next detail of the entry above, even when it holds a date ("Semestre d'échange : School (2022)")."""
    if len(entry.lines) != 1 or len(above.lines) < 2 or above.dates is None:
        return False
    line, last = entry.lines[0], above.lines[-1]
    return _detail_label(line.plain) and _detail_label(last.plain) and (line.style.bold, round(line.style.size or 0)) \
        == (last.style.bold, round(last.style.size or 0))


def _detail_label(text: str) -> bool:
    """"Label: value" with a label of four words or fewer, without a digit ("2003-2004: …" is a date), that
    names no degree or school and is no role label."""
    label, colon, value = text.partition(":")
    return bool(colon) and bool(value.strip()) and 0 < len(label.split()) <= 4 and role_label(text) is None \
        and not rx(r"\d").search(label) and not degree_like(label) and not institution_like(label)


def _minor_line(entry: Entry) -> bool:
    """The entry opens with a line that a detail label of the vocabulary starts ("Minor in X",
    "Concentration: Y"), its first part naming no school (after a ";" or "|" the honours may: "Minor in
    X; Honors College; GPA 3.9"): a detail of the degree above, not a degree."""
    first = entry.lines[0].plain.split() if entry.lines else []
    return len(first) >= 2 and key(first[0].rstrip(":")) in merged().attribute_labels \
        and (first[0].endswith(":") or key(first[1]) in ("in", "of")) \
        and not institution_like(regex.split(r"[;|]", entry.lines[0].plain)[0])


def _same_row(entry: Entry, above: Entry) -> bool:
    """Every line of the entry is in the table row (the block of a table's lines) the entry above ends
    in: cells with several lines read as lines of their own, one row is one entry."""
    last = above.lines[-1] if above.lines else None
    return last is not None and "table" in last.origin and all(
        "table" in l.origin and l.block == last.block for l in entry.lines)


def _bullet_entry(line):
    """A bullet that is a whole education entry ("• Masters in political science, Suez Canal
    University, 2020.", "• BSc Physics: Northgate University") is read as an entry's header line."""
    text = line.plain
    if not line.bullet or len(text) > 200:
        return line
    if find_dates(text) and (degree_like(text) or institution_like(text)) or len(text) <= 120 and _degree_at_school(text) \
            or _dated_degree(line):
        return line.with_(bullet=False)
    return line


def _degree_at_school(text: str) -> bool:
    """A degree and a school in parts of their own ("BSc Physics: Northgate University")."""
    found, _ = header_pieces(text)
    kinds = {piece_kind(p) for p, _ in found}
    return "degree" in kinds and "institution" in kinds


def _dated_degree(line) -> bool:
    """A header line that would pass for a detail, heading an entry: "Certificate: Medical Coding
    07/2023 - 10/2023" (a degree word labelling a line with a date range), and an ongoing degree with
    its study status where the dates would stand ("En cours : Master 2 Droit – Université X", "Máster
    en Finanzas (en curso). Escuela Y": :func:`.degree_line.without_status`) naming a degree and a school;
    a short sentence, its full stop closing it, naming a degree and a school ("B.E from Kelham University
    in 2007 with an aggregate of 62%.")."""
    label, colon, _ = line.plain.partition(":")
    if bool(colon) and len(label.split()) <= 4 and degree_like(label) and \
            any(not d.single for d in find_dates(line.plain)):
        return True
    text, ongoing = without_status(line.plain)
    if text.rstrip().endswith(".") and len(text) <= 120 and _names_both(text):
        return True  # "Bachelors degree in Arts, University of Harwick.": one sentence naming both, no prose
    return ongoing and len(text) <= 200 and _names_both(text)


def _names_both(text: str) -> bool:
    """A degree and a school (or a unit: "Escuela de Negocios X") in parts of their own."""
    kinds = {piece_kind(p) for p, _ in header_pieces(text)[0]}
    return "degree" in kinds and bool(kinds & {"institution", "unit", "both"})


def _regroup(entry: Entry) -> list[Entry]:
    """Split an entry whose header repeats the degree/institution pattern ("HSC" / "State Board" /
    "B.E in Electronics" / "Westfield University"): a degree or institution line that comes back
    after both were seen (a line naming both in parts of their own counts for both) opens the
    next entry — unless it is the last line, names only one of
    them and reads as a detail of the entry above (:func:`_detail`)."""
    groups: list[list] = [[]]
    seen: set[str] = set()
    kinds: list[set[str]] = [set()]  # the kinds each group's lines name by their kind alone
    for line in entry.header:
        text = line.plain
        kind = "degree" if degree_like(text) and not institution_like(text) else \
            "institution" if institution_like(text) or placed_name(text) else None  # ("Vtu - Bengaluru, KA")
        opens = kind is not None and leading_kind(text) != "other"  # not "Left to travel, coursework until year 4"
        if opens and kind in seen and {"degree", "institution"} <= seen:
            groups.append([])
            seen = set()
            kinds.append(set())
        groups[-1].append(line)
        if kind:
            seen.add(kind)
            kinds[-1].add(kind)
        if kind and _names_both(line.text):
            seen |= {"degree", "institution"}  # "Harwick University - MSc Geology": both, in parts of their own
            kinds[-1] |= {"degree", "institution"}  # no detail of the entry above ("2021 : Master 2 Droit – Université X")
    if len(groups) > 1 and len(groups[-1]) == 1 and len(kinds[-1]) == 1 and _detail(groups[-1][0].plain):
        # one line naming a school or a degree alone, last, in words of a sentence or after a
        # label: a detail of the entry above ("Moved from Orrin College in year 2", "University
        # Medal: awarded for ..."); a bare name ("Lindley College, Leeds") opens an entry
        last = groups.pop()
        groups[-1] += last
    if len(groups) == 1:
        return [entry]
    out = [Entry(header=g, dates=header_dates(g), sources=entry.sources) for g in groups]
    for e in out:
        e.mark(dates=e.dates.text if e.dates else None)
    out[-1].body = entry.body
    return out


def _details_first(entries: list[Entry]) -> list[Entry]:
    """The entries, with the lines opening an entry's header that tell of the entry above rather than
    name a school or a degree (a sentence, a labelled detail: "Modules taken in Spanish: Hydraulics.",
    printed under the entry above and over the next school's line) moved to the entry above."""
    out: list[Entry] = []
    for e in entries:
        n = 0
        while out and n < len(e.header) - 1 and _tells_of_above(e.header[n]):
            n += 1
        if n:
            out[-1].body += e.header[:n]
            out[-1].sources.update({k: v for k, v in e.sources.items()})
            rest = e.header[n:]
            e = Entry(header=rest, body=e.body, dates=header_dates(rest), sources=e.sources)
            e.mark(dates=e.dates.text if e.dates else None)
        out.append(e)
    return out


def _tells_of_above(line) -> bool:
    """An undated line that is a sentence, or a label of a few words with its value, whose first part
    names no degree or school ("Courses taught in Spanish: Composites, Vibration Analysis.")."""
    text = line.plain.strip()
    label, colon, value = text.partition(":")
    labelled = bool(colon) and value.strip() and len(label.split()) <= 5 and role_label(text) is None
    return not find_dates(text) and (labelled or sentence_below(line)) and leading_kind(text) == "other"


def _detail(text: str) -> bool:
    """A line that tells of a school rather than naming one: a label, or a lower-case word of
    four letters or more ("from", "with", "awarded")."""
    return ":" in text or bool(rx(r"(?<!\p{L})\p{Ll}{4,}").search(text))
