"""One education entry read from its header lines: its parts (a degree, a school, a unit of one,
other names), the grade, the place, the study status, and which part plays which role. The
section (entries, details, rows under a school): :mod:`.education`.

Signals, in order of precedence:
1. Grade: a grade label and a number ("GPA: 3.8/4.0", "Grade 1.3", "CGPA 8.9 / 10") anywhere in
   the entry (:mod:`.grades`), taken out of the text it sits in; else a class of degree or a
   percentage in a cell of its own ("⇥ 2:1", "⇥ 89%"); a grade or honours in brackets closing the
   school's name or the degree ("MSc Geology (Merit)").
2. Labels and words: a part labelled as a degree or a school ("Degree: ...", "Institution: ...", the
   vocabulary's labels, also in a cell of their own as in the Europass label column) is that, without
   its label, before any part that only its words make one; a part with a degree word ("Bachelor", "M.Sc.", "Diplom") is the degree; a part with an
   institution word ("University", "Hochschule", "College") is the institution (of two such parts and no degree,
   one whose school word only qualifies its head, "Night School Credits", beside one a school word heads,
   "Kelp Bay Campus", is the degree); one piece naming both
   is cut at "at" or "from" before the school, or at "en"/"em"/"in" once the degree has its field ("Grado en
   Derecho en Universidad X"). A unit word ("Department of", "College of") makes a part a unit of a school,
   not a school, unless capitalised words that name no school come before it ("Kelham College of
   Engineering": an affiliated college, the school). A form's label left in place ("Name of the school") is no part at all;
   an introducing phrase ("Organised by X") leaves the name alone. With no school word anywhere, an
   acronym before a place ("Executive MBA ⇥ TRAVIA, Lausanne") is the school; with no school word in
   the entry, a line that is one name with its place after a dash ("Tarsel Monji - Nashik,
   Maharashtra", a job board's school line under the degree) is the school. (How a header line is
   cut into its parts: :mod:`.degree_line`.)
3. The section's order: entries whose words (or a part made of acronyms, "UNA", beside one other
   part) show degree before school vote for degree-first, the others for school-first. In a
   degree-first section an entry whose words leave a role open gives it by position: the first
   part is the degree, the first part in a later segment or line the school (a bare degree alone on its
   line over two lines of one part each: its field, then the school; a bare degree and one part after it
   on its line over a line of one part: the field, then the school).
4. Order: with nothing else to go on, the first part is the institution and the next the degree.
5. A line under a school's header that is a unit or a place ("Harbour Research Centre, Leeds") is no
   degree when the degree follows on a line of its own ("• BSc Geology", or "• Licence: Mathematics",
   a degree's words before a colon and its field after it). A heading word alone on
   a header line ("Courses") ends the header: what follows is details.
6. Status: a study status in brackets, as a part of its own or before the degree ("(in progress)",
   "(cursando)", "…, Ongoing", "Currently pursuing B.Tech …": the vocabulary's present words) is no
   part of a name and makes an entry without an end ongoing; a completed one ("⇥ 졸업", "… 卒業") is none.

Errs towards the school-first reading: a section needs more degree-first votes than school-first
ones before position means degree-first.

The field of study is what follows "in" / "of" / a comma after the degree words ("Master of Science in
Computer Science" -> "Computer Science"); a degree opening in lower case goes on from the part before it, beside a
school ("Logistics, master's studies ⇥ X University"). A single date is the end (graduation). A
degree's abbreviation after a dash stays in the degree ("Master of Science - MSc, Field", LinkedIn's
form): that dash separates no parts. With no degree, a CJK school's faculty and department after it
are the degree ("北辰大学 工学部 情報工学科", as in a 履歴書).
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..schema import Education, Grade
from ..text import has_phrase, is_caps, key, rx, word_set
from ..vocab import merged
from .entries import Entry, is_prose
from .phrases import SEPARATORS, degree_like, head_word, institution_like, strip_dates, strip_edges
from .dates import find_dates
from .grades import bracketed_grade, cell_grade, find_grade, honours_in
from .experience import date_fields
from .location import name_before_place
from .rirekisho import school_and_unit
from .degree_line import LABEL, field_of, header_pieces, role_label, without_status

__all__ = ["Parts", "entry_parts", "read_parts", "piece_kind", "leading_kind", "placed_name", "sentence_below",
           "is_unit", "section_order"]


def _school_below(entry: Entry) -> str | None:
    """The school on the first line under a degree, as a bullet of its own ("• Northgate
    University"): a short line with a school word and nothing else."""
    if not entry.body:
        return None
    text = entry.body[0].plain
    found, _ = header_pieces(text)
    return found[0][0] if len(found) == 1 and len(text) <= 60 and not find_dates(text) and piece_kind(found[0][0]) == "institution" else None


def _degree_below(entry: Entry) -> str | None:
    """The degree on the first line under a school's header, as a line or bullet of its own
    ("• Bachelor of Science in Geology"): a short line whose first part has a degree word, no
    school word, no label and no date. A colon may part the degree from its field when the words
    before it are a degree's and no detail's label ("• Licence: Mathematics", a theme's "studyType:
    area"; not "Minor: Economics", "Coursework: …")."""
    text = entry.body[0].plain if entry.body else ""
    found, _ = header_pieces(text)
    if not found or len(text) > 100 or ":" in text and not _degree_colon_field(text) or find_dates(text) \
            or piece_kind(found[0][0]) != "degree":
        return None
    return found[0][0]


def _degree_colon_field(text: str) -> bool:
    """"Degree: Field" on one line: a label of four words or fewer that has a degree word and is no
    detail's or degree's label ("Minor", "Coursework", "Degree"), before a short name of capitalised
    words that is no sentence, no degree and no school ("BSc (Hons): Adult Nursing")."""
    label, _, value = text.strip().partition(":")
    words = value.split()
    v = merged()
    return 0 < len(label.split()) <= 4 and degree_like(label) and not institution_like(label) \
        and key(label) not in v.attribute_labels and key(label) not in v.degree_labels \
        and 0 < len(words) <= 6 and words[0][:1].isupper() and not rx(r"[.!?;:]$").search(value.strip()) \
        and not degree_like(value) and not institution_like(value)


def leading_kind(text: str) -> str:
    """The kind of a line's first part."""
    found, _ = header_pieces(text)
    return piece_kind(found[0][0]) if found else "other"


def _named(piece: str) -> bool:
    """A proper name rather than a field of study: an acronym ("TAFE NSW", "IGR-IAE") or three
    capitalised words or more ("EE. Prof. Francisco Costa Braga")."""
    words = piece.split()
    return any(len(w.strip("().-")) >= 2 and w.strip("().").replace("-", "").isupper() for w in words) or \
        sum(w[:1].isupper() for w in words) >= 3 and not degree_like(piece)


def is_unit(name: str) -> bool:
    """A department or faculty inside an institution ("Department of History"); not a college named
    before its unit word ("Kelham College of Engineering", an Indian university's affiliated college:
    a school of its own), unless a school word comes before ("Harwick University Department of X")."""
    head = name.split(",")[0]
    if not has_phrase(head, merged().institution_units):
        return False
    words = head.split()
    first = next((n for n in range(len(words)) if has_phrase(" ".join(words[n:n + 2]), merged().institution_units)
                  or has_phrase(words[n], merged().institution_units)), 0)
    before = [w for w in words[:first] if key(w) not in ("the", "a")]
    return not before or institution_like(" ".join(before)) or not all(w[:1].isupper() for w in before)


_CJK_WORD = regex.compile(r"^[\p{Han}\p{Hangul}\p{Hiragana}\p{Katakana}]+$")  # a unit word that ends a word ("학과")


@dataclass
class _Piece:
    text: str
    line: int      # header line number
    segment: int   # separator-delimited segment of that line
    kind: str      # "degree" | "institution" | "both" | "unit" | "other"
    labelled: bool = False  # its label named its role ("Abschluss: Bachelor of Science")

    @property
    def place(self) -> tuple[int, int]:
        return self.line, self.segment


@dataclass
class Parts:
    entry: Entry
    pieces: list[_Piece]
    grade: Grade | None
    location: str | None
    highlights: list[str]
    ongoing: bool = False  # a study status in brackets said so ("(in progress)")


def piece_kind(piece: str) -> str:
    labelled = role_label(piece)
    if labelled is not None:
        return labelled[1]
    d, i = degree_like(piece), institution_like(piece)
    if d and i:
        words = piece.split()
        opening = " ".join(words[:2])
        if len(words) >= 3 and degree_like(words[-1]) and not institution_like(words[-1]) \
                and degree_like(opening) and institution_like(opening):
            return "degree"  # "High School Diploma": a school word that names a level, then the qualification
        return "both"  # "High school", "Bootcamp": a school word that also names a qualification
    return "degree" if d else "unit" if i and is_unit(piece) else "institution" if i else "other"


def entry_parts(entry: Entry) -> Parts:
    grade = location = None
    classed = None  # "… ⇥ 2:1": a class of degree in a cell of its own (segments keep no part without a letter)
    ongoing = False
    pieces: list[_Piece] = []
    header = _before_sub_heading(entry.header)
    prose: list = []  # sentences under the header's names: details ("Graduated with honours. Coursework: …")
    placed: set[int] = set()  # lines that are one name and its place after a dash ("Narsee Monji - Pune, MH")
    for n, line in enumerate(header[:4]):
        if n and (_detail_cell(line) or sentence_below(line) and any(p.kind in ("degree", "institution", "both")
                                                                      for p in pieces)):
            prose.append(line)
            continue
        text, status = without_status(_label_cell(line))
        ongoing = ongoing or status
        g = find_grade(text)
        if g and grade is None:
            grade, (a, b) = g
            text = text[:a] + "\t" + text[b:]
        classed = classed or next((Grade(raw=c.strip()) for c in SEPARATORS.split(line.text)  # "⇥ 2:1", "… – 2:1"
                                   if key(c) in merged().honours and not rx(r"\p{L}").search(c)), None) \
            or next((g for c in line.cells[0 if "table" in line.origin else 1:] if (g := cell_grade(c))), None)  # "⇥ 89%"
        lettered = [c for c in line.cells[1:] if rx(r"\p{L}").search(c) and cell_grade(c)]  # "⇥ A*A*A": no part
        text = "\t".join(c for c in text.split("\t") if c not in lettered) if lettered else text
        if _dated_label(text):
            continue  # "Graduated: June 2019": the label of a date is no part of the degree
        found, loc = header_pieces(text)
        if placed_name(text):
            placed.add(n)
        status = [p for p, _ in found if key(p) in merged().present]  # "…, Ongoing": a status as a part of its own
        ongoing = ongoing or bool(status)
        found = [(h if (h := p.rpartition(" ")[0]) and key(p.rpartition(" ")[2]) in merged().completed
                  and not rx(r"[()\[\]]").search(p.rpartition(" ")[2]) else p, seg)  # (not "(not completed)")
                 for p, seg in found if key(p) not in merged().completed]  # "⇥ 졸업", "北辰大学 工学部 卒業": done
        pieces += [_Piece((role_label(p) or (p,))[0], n, seg, piece_kind(p), role_label(p) is not None) for p, seg in found
                   if not _form_label(p) and p not in status]
        location = location or loc
    if not any(p.kind in ("institution", "both", "unit") for p in pieces):
        # "PGDBM in Business Management" / "Narsee Monji - Hyderabad, Telangana": the name with its
        # place after a dash is the school (a job board's "School - Town, State" under the degree)
        school = next((p for p in pieces if p.line in placed and p.kind == "other"), None)
        if school is not None:
            school.kind = "institution"
    highlights = []
    grade = grade or next((g for line in prose if (g := honours_in(line.plain))), None)  # "Graduated with First Class Honours."
    for line in prose + entry.header[len(header):] + entry.body + header[4:]:
        g = find_grade(line.plain)
        if g and grade is None:
            grade = g[0]
        highlights.append(line.plain)
    return Parts(entry, pieces, grade or classed, location, highlights, ongoing)


_DASHED_PLACE = regex.compile(r"^(?P<name>[^\t|•·,:]+?)\s+[-–—]\s+\S")


def placed_name(text: str) -> bool:
    """One name that names no degree or school, its place after a spaced dash and nothing else
    ("Narsee Monji - Hyderabad, Telangana", "Vtu -  Bengaluru, Karnataka"): as a job board prints
    a school under its degree, as it prints "Employer - Town, State" under a role."""
    m = _DASHED_PLACE.match(text.strip())
    if m is None:
        return False
    found, loc = header_pieces(text)
    return loc is not None and len(found) == 1 and found[0][0] == m.group("name").strip() \
        and piece_kind(found[0][0]) == "other"


def sentence_below(line) -> bool:
    """A header line under the names that is a sentence about them, not a name: running text, or
    five words or more ending in a full stop, whose first part names no degree or school
    ("Graduated with First Class Honours. Relevant coursework: …")."""
    text = line.plain.strip()
    sentence = is_prose(line) or len(text.split()) >= 5 and text.endswith(".")
    return sentence and leading_kind(text) == "other"


def _detail_cell(line) -> bool:
    """A detail's label in a cell of its own beside its value ("Principal subjects/occupational skills
    covered ⇥ …", the Europass label column; the vocabulary's attribute labels): no part of the names.
    A grade's label beside its grade ("Votazione ⇥ 110/110") stays: the header's grade."""
    cells = line.cells
    return len(cells) == 2 and key(cells[0]) in merged().attribute_labels and find_grade(line.plain) is None


def _label_cell(line) -> str:
    """The line's text, a degree or school label in a cell of its own joined to its value as
    "Label: value" ("Title of qualification awarded ⇥ BSc Geology", the Europass label column),
    so that :func:`_labelled` reads it."""
    cells = line.cells
    v = merged()
    if len(cells) == 2 and (key(cells[0]) in v.degree_labels or key(cells[0]) in v.school_labels):
        return f"{cells[0]}: {cells[1]}"
    return line.text


def _dated_label(text: str) -> bool:
    """A label over a date and nothing else ("Graduated: June 2019", "Abschluss: 06/2019")."""
    m = LABEL.match(text)
    return bool(m and len(m.group("label").split()) <= 3 and find_dates(m.group("value"))
                and not strip_edges(strip_dates(m.group("value"))))


def _before_sub_heading(header: list) -> list:
    """The header's lines before one that is a heading word alone ("Courses", "Highlights:"):
    the lines from there on are the entry's details, not its degree."""
    v = merged()
    words = word_set(v.sub_headings, *v.headings.values())  # (one set, built once, not a scan per line)
    for n, line in enumerate(header[1:], start=1):
        if key(line.plain.strip(" :：")) in words:
            return header[:n]
    return header


def _form_label(piece: str) -> bool:
    """A form's label left in place of its value ("Name of the school", "Nom de l'université"): a
    name label followed only by small words and a school word."""
    words = key(piece).split()
    v = merged()
    if not words or words[0] not in v.name_labels or not institution_like(piece):
        return False
    return all(w in v.stop_words or len(w) <= 2 or has_phrase(w, v.institution_words, v.institution_stems)
               for w in words[1:])


_ACRONYM = regex.compile(r"\p{Lu}{2,6}(?:-\p{Lu}{2,6})*")


def _acronym_share(piece: str) -> float:
    """How much of a name is acronyms ("UNA" 1.0, "SPŠ Bruntál" 0.5, "Intro to UI Design" 0.25);
    0 for a line in capitals ("MASTER OF BUSINESS ADMINISTRATION")."""
    words = [w.strip(".,;:()") for w in piece.split() if rx(r"\p{L}").search(w)]
    if not words or len(words) >= 3 and is_caps(piece):
        return 0.0
    acronyms = sum(1 for w in words if _ACRONYM.fullmatch(w) and key(w) not in merged().degree_words)
    return acronyms / len(words)


def _lead(pieces: list[_Piece]) -> str | None:
    """Which of degree and institution comes first in one entry, where both can be told: by their
    words, or by the part most made of acronyms (a school: "UNA") beside the one other part."""
    deg = next((n for n, p in enumerate(pieces) if p.kind == "degree"), None)
    inst = next((n for n, p in enumerate(pieces) if p.kind == "institution"), None)
    if inst is None:
        share = {n: _acronym_share(p.text) for n, p in enumerate(pieces) if p.kind == "other"}
        best = sorted(share.values(), reverse=True) + [0.0, 0.0]
        inst = next((n for n, v in share.items() if v == best[0]), None) if best[0] > best[1] else None
    if deg is None and inst is not None:
        rest = [n for n, p in enumerate(pieces) if n != inst and p.kind in ("other", "both")]
        deg = rest[0] if len(rest) == 1 else None
    if deg is None or inst is None:
        return None
    return "degree" if deg < inst else "institution"


def section_order(parts: list[Parts]) -> str | None:
    """"degree" when the section's entries put the degree before the school, "institution" when
    they put the school first, None when they do not say (or are split evenly)."""
    leads = [_lead(p.pieces) for p in parts]
    first, second = leads.count("degree"), leads.count("institution")
    return "degree" if first > second else "institution" if second > first else None


def _degree_first(pieces: list[_Piece]) -> None:
    """In a section that writes the degree before the school, an entry whose words leave a role
    open takes it from that order: the first part is the degree, the first part in a later
    segment or line the institution (two school-worded parts: the first is the course); a bare
    degree over two lines of one part each is over its field, then the school, and so is a bare
    degree beside one other part on its line over a line of one part ("Diploma · Hotel Management" /
    "Les Roches Marbella")."""
    if any(p.kind == "degree" for p in pieces) and any(p.kind == "institution" for p in pieces):
        return
    candidates = [p for p in pieces if p.kind in ("other", "both", "institution") and key(p.text) not in merged().honours]
    degree = next((p for p in pieces if p.kind == "degree"), None)
    if degree is None:
        if not candidates:
            return
        first = candidates[0]
        later = [p for p in candidates if p.place > first.place]
        if not later or first.kind == "institution" and not any(p.kind == "institution" for p in later):
            return
        first.kind = "degree"
        degree = first
        if any(p.kind == "institution" for p in pieces):
            return
    later = [p for p in candidates if p.place > degree.place and p.kind != "degree"]
    alone = [p for p in (degree, *later[:2]) if sum(1 for q in pieces if q.line == p.line) == 1]
    if len(later) >= 2 and [p.line - degree.line for p in alone] == [0, 1, 2] and field_of(degree.text) is None:
        later[1].kind = "institution"  # "Diploma" / "Hotel Management" / "Les Roches Marbella": the degree, its field, the school
    elif len(later) >= 2 and field_of(degree.text) is None and _field_over_school(pieces, degree, later[0], later[1]):
        later[1].kind = "institution"  # "Diploma · Hotel Management" / "Les Roches Marbella": the same on two lines
    elif later:
        later[0].kind = "institution"


def _field_over_school(pieces: list[_Piece], degree: _Piece, field: _Piece, school: _Piece) -> bool:
    """A degree by its words and one part after it on its line, no acronym (its field), over a line
    of one part, a name of capitalised words ("Diploma · Hotel Management" / "Les Roches Marbella";
    not "High school ⇥ SPŠ Bruntál" / "Specialization in information technologies")."""
    words = [w for w in school.text.split() if rx(r"\p{L}").search(w)]
    return degree_like(degree.text) and not institution_like(degree.text) and field.line == degree.line \
        and school.line == degree.line + 1 \
        and [q for q in pieces if q.line == degree.line] == [degree, field] \
        and [q for q in pieces if q.line == school.line] == [school] \
        and _acronym_share(field.text) == 0 and bool(words) and all(w[:1].isupper() for w in words)


def _as_printed(pieces: list[str], line: str) -> str:
    """A degree's pieces joined as their line prints them, a spaced dash or middle dot kept ("Master of
    Science - Computer Science", "Diploma · Hotel Management"), else by commas."""
    joined = ", ".join(pieces)
    if len(pieces) < 2 or not rx(r"\s[-–—·]\s").search(line):
        return joined
    m = regex.search(r"(?:\s*,\s*|\s+[-–—·]\s+)".join(regex.escape(p) for p in pieces), line)
    return m.group(0) if m else joined


def read_parts(parts: Parts, order: str | None = None, school: str | None = None) -> Education | None:
    """One entry. ``order`` is the section's (see :func:`section_order`); ``school`` the
    institution named by an entry above, when this one may be one of its degrees: then only
    degree words make a degree, and no part is taken as the school without a school word."""
    entry, grade, location, highlights = parts.entry, parts.grade, parts.location, parts.highlights
    pieces = [_Piece(p.text, p.line, p.segment, p.kind, p.labelled) for p in parts.pieces]
    if school is not None and not any(p.kind == "degree" for p in pieces):
        return None
    if order == "degree" and school is None:
        _degree_first(pieces)
    line_of: dict[str, int] = {}
    for p in pieces:
        line_of.setdefault(p.text, p.line)
    parts_text = [p.text for p in pieces]
    kinds = [(p.text, "institution" if p.kind == "both" else p.kind) for p in pieces]
    schoolish = [n for n, p in enumerate(pieces) if p.kind in ("both", "institution")]
    if len(schoolish) >= 2 and not any(p.kind == "degree" for p in pieces):
        # "Harwick High School" / "Secondary School Certificate": the later of two school-worded
        # parts, one that also names a qualification, is the degree; a qualification beside a
        # school that is only a school ("Máster Universitario en X, Universitat de Y") is too
        both = [n for n in schoolish if pieces[n].kind == "both"]
        if pieces[schoolish[-1]].kind == "both":
            kinds[schoolish[-1]] = (pieces[schoolish[-1]].text, "degree")
        elif len(both) == 1 and len(schoolish) == 2:
            kinds[both[0]] = (pieces[both[0]].text, "degree")
        elif len(schoolish) == 2 and not both:
            # "Night School Credits" / "Kelp Bay Campus": a school word that only qualifies
            # the head of its part (a qualification) beside a part a school word heads
            heads = [institution_like(head_word(pieces[n].text)) for n in schoolish]
            if heads.count(False) == 1:
                n = schoolish[heads.index(False)]
                kinds[n] = (pieces[n].text, "degree")
    institution = next((p for p, k in kinds if k == "institution"), None)
    degree = field = None
    # a degree its label names comes before one named by its words ("Studium der Physik …, Abschluss: Diplom")
    named = next((n for n, (p, k) in enumerate(kinds) if k == "degree" and pieces[n].labelled), None)
    for n, (piece, kind) in enumerate(kinds):
        if kind == "degree" and (named is None or n == named):
            # the degree as written: with the unknown pieces that follow it ("PhD, Biostatistics")
            tail = []
            for m, (later, k) in enumerate(kinds[n + 1:], start=n + 1):
                same_part = (pieces[m].line, pieces[m].segment) == (pieces[n].line, pieces[n].segment)
                if k == "degree" and same_part:  # "HBO-V, Bachelor of Nursing": one degree named twice
                    tail.append(later)
                    continue
                if k != "other" or later == institution or len(later.split()) > 8 or key(later) in merged().honours:
                    break  # (honours after the degree are its grade: "BA History, mention Très bien")
                if rx(r"\p{L}").search(later):  # (not the stop left by a date taken out: "Degree, May 2016. GPA …")
                    tail.append(later)
            if institution is None and school is None and len(tail) >= 1 and _named(tail[-1]):
                tail.pop()  # "Certificate IV in IT, TAFE NSW": the school at the end, without a school word
            prev = kinds[n - 1] if n and institution and pieces[n - 1].place == pieces[n].place else ("", "")
            degree = _as_printed(([prev[0]] if piece[:1].islower() and prev[1] == "other" else []) + [piece] + tail,
                                 entry.header[pieces[n].line].text if pieces[n].line < len(entry.header) else "")
            break
    others = [p for p, k in kinds if k == "other" and (degree is None or p not in degree)]
    for p in list(others):
        if key(p) in merged().honours:  # "Distinction", "First Class Honours"
            others.remove(p)
            grade = grade or Grade(raw=p)
        elif (location is None and institution and len(p.split()) == 1 and rx(r"\p{L}").search(p)
              and line_of.get(p) == line_of.get(institution)
              and parts_text.index(p) == parts_text.index(institution) + 1
              and not (rx(r"\p{Han}+").fullmatch(p) or any(key(p).endswith(u) for u in merged().institution_units if _CJK_WORD.match(u)))):
            others.remove(p)  # "University of X, Newport": a town after the school (a word: not "92%"; not "⇥ 컴퓨터공학과"
            # nor "南江大学 ⇥ 统计学 ⇥ 本科": a Chinese school row names the major, then the degree)
            location = p
    units = [p for p, k in kinds if k == "unit"]
    if institution is None and units and school is None:
        institution, units = units[0], units[1:]
    if institution is None and others and school is None:
        institution = others.pop(0)
    below = _degree_below(entry) if degree is None and institution is not None and school is None else None
    if below is not None:
        # "Harwick University ⇥ 2020" / "Harbour Research Centre, Leeds" / "• BSc Geology": the unit or place line is no degree
        degree, highlights = below, highlights[1:]
    elif degree is None and others:
        degree = others.pop(0)  # no degree word: the first unknown piece, with the rest of its line
        rest = [p for p in others if line_of.get(p) == line_of.get(degree) and len(p.split()) <= 8]
        if rest:  # "Study Abroad Program, Economics and Spanish": one name, as a degree's tail would be
            degree = ", ".join([degree] + rest)
            others = [p for p in others if p not in rest]
    elif degree is not None and field_of(degree) is None:
        # a short name (capitalised, or CJK) beside the degree or the school on their own line is the field,
        near = {line_of.get(p) for p in (degree.split(", ")[0], institution) if p}  # or alone on the line next to the degree's ("Marine Biology" / "BSc")
        at = line_of.get(degree.split(", ")[0])
        alone = [n for n in ((at - 1, at + 1) if at is not None else ()) if sum(1 for q in pieces if q.line == n) == 1]
        near |= {n for n in alone if all(q.kind == "other" for q in pieces if q.line == n)}
        named = [p for p in others + units
                 if line_of.get(p) in near and len(p.split()) <= 5 and (p[:1].isupper() or _CJK_WORD.match(p)) and ":" not in p
                 and key(p) not in merged().period_labels]  # (nor the label of the dates' row: "Dates ⇥ 2018 – 2020")
        field = ", ".join(named[:2]) or None
        first = parts_text.index(degree.split(", ")[0]) if degree.split(", ")[0] in parts_text else -1
        before = pieces[first - 1] if len(named) == 1 and 0 < first and parts_text[first - 1] == named[0] else None
        if (before is not None and not _CJK_WORD.match(field)
                and (before.line, before.segment) != (pieces[first].line, pieces[first].segment - 1)):
            # "Applied Mathematics, Master", or "Secondary" over "Master of Teaching": the field printed
            # before its degree, right in front of it, is part of the degree as written (not the major
            # in a cell of its own before the degree's, "School ⇥ Field ⇥ Bachelor", "南江大学 ⇥ 统计学 ⇥ 本科":
            # a table's row)
            degree = f"{named[0]}, {degree}"
    if institution is None and school is None and degree is not None and location:
        # "PhD in Optics, Halden and Orrin Institutes, Norway": the place read greedily names the school first
        name, place = name_before_place(location)
        first, comma, rest = location.partition(",")
        if name is None and comma and _acronym_share(first) == 1.0 and rest.strip():
            name, place = first.strip(), rest.strip()  # "Executive MBA ⇥ TRAVIA, Lausanne": a school that is only an acronym
        if name:
            institution, location = name, place
    if institution is None and school is None and degree is not None:
        institution = _school_below(entry)
        if institution is not None:
            highlights = highlights[1:]
    if degree is None and institution and " " in institution and all(_CJK_WORD.match(w) for w in institution.split()):
        institution, degree = school_and_unit(institution)  # "北辰大学 工学部 情報工学科": the school, its faculty
    fields = date_fields(entry)
    if entry.dates and entry.dates.single:
        fields = {"end": fields.get("start"), "current": False}
        if parts.ongoing:  # "2023 (in progress)": begun then, still going
            fields = {"start": fields["end"], "current": True}
    elif entry.dates is None and parts.ongoing:
        fields = {"current": True}
    if not (institution or degree):
        return None
    for role in ("institution", "degree"):  # "Università di Parma (110/110 e lode)", "MSc Geology (Distinction)"
        name = institution if role == "institution" else degree
        if name and (honoured := bracketed_grade(name)) is not None:
            name, found = honoured
            grade = grade or found
            institution, degree = (name, degree) if role == "institution" else (institution, name)
    field = field or (field_of(degree) if degree else None)
    return Education(institution=institution, degree=degree, field_of_study=field,
                     location=location, grade=grade, highlights=highlights, **fields)
