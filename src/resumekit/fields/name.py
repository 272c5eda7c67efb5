"""The candidate's name and headline.

Name, signals in order of precedence:
1. Declared: Markdown front matter ``name``; a labelled line ("Name: Jane Doe", "氏名 ⇥ 山田 花子"),
   the Europass "DOE, Jane" turned to "Jane DOE".
2. Shape: two to five capitalised words (particles such as "van", "de", "al-" allowed), or two
   to four CJK characters; no digits, no "@", not a section heading, not a job title, not an
   organisation, not a place, not the document's own title ("Curriculum Vitae"). Letter-spaced
   names are rejoined; "Dr.", "Prof." are left out, and so are letters after the name ("Jane Doe, RN",
   "Jane Doe RN BSN": degree words in capitals after a name in mixed case); a name split over two lines in the same
   large type ("CHRIS" / "OH") is joined (never two items of a list: "• Figma" / "• Accessibility"), and
   so is one over three lines, broken at the hyphen of its surname in a narrow column ("Octavia" /
   "Brennan-" / "Mwangi"); a name that shares its line with a title or the address ("Jane Doe –
   Teacher", "Jane Doe ■ 12 High St", "Jane Doe 12 High Street", "Leeds ⇥ Jane Doe", "Jane Doe, Backend Engineer": a job title
   after a comma) is read from its part.
3. Prominence: the largest type among the candidates, then position (first lines first), then bold.
4. Introduced, when no line has a name's shape: a clause that opens with an introduction phrase of
   the vocabulary ("Hi, I'm Jane Doe, …", "Ciao, sono …", "Je m'appelle …") followed by a run of
   capitalised words that passes 2. as a whole (the run ends at the first other word).
5. Confirmed by the handle, when no line has a name's shape and none introduces one: a name written in
   small letters, wholly or in part ("jo-ann rivera", "Arun kumar Rao"), on one of the first three lines,
   whose letters are those of a profile link's path part or an e-mail's local part in the document
   ("linkedin.com/in/arun-kumar-rao"): as written.
Candidates come from the header block, else the first lines of the document, and contact blocks.
Errs towards no name: a sentence that introduces a title or a team ("I am Senior Engineer") gives none.

Headline: the short line right under the name (or under the sentence introducing it; lines of
contact data alone, a row of links, are passed over; a line repeating the name, a page's running
header, ends the search) that is not contact data, a place, a heading or the document's title, nor
an academic's address line ("Department of X, Y University"); a place after it is left out ("Data
Engineer | Leeds, UK", "Engineer · Kraków, Poland": a place read in the line is none only after a
job title); or what shares the name's line ("Jane Doe – Science Teacher", "Jane
Doe | Engineer"); or the first part of a contact line under the name ("Data Engineer · Leeds ·
jane@example.org"). A line that starts with a place ("Porto, Portugal | Open to relocation") is
no headline, nor is the first line (six words or more) of a paragraph that runs on into the next
line (the next line, in the same type, opens with a lower-case word, not contact data: an
unheaded summary), nor a line naming personal data (a label of the vocabulary's [personal] table:
"Female, 31, born 4 May 1994"; an age among its parts: "Brasileira, solteira, 29 anos"). A line right under the name that labels a job title with a summary heading
("求职意向：数据分析师", "Desired position: Analyst": the title sought) gives that title; with no
headline under the name, so does a job title that is the whole of the first summary section (a job
board's "Desired position" heading over "Analyst").
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..document import Document, Line, Section
from ..segment import heading_kind
from ..places import place_kind
from ..text import despace, has_phrase, is_caps, key, rx
from ..vocab import merged
from .contact import find_emails, find_links
from .phrases import head_word, org_like, title_like
from .location import is_street, parse_location
from .headline_lines import (BESIDE as _BESIDE, address_only as _address_only, before_contact_cells as _before_contact_cells,
                             before_place as _before_place, contact_only as _contact_only, headline_like as _headline_like,
                             is_contact as _is_contact, personal_labels as _personal_labels, wished_title as _wished_title,
                             wraps_into as _wraps_into)

__all__ = ["read_name", "is_name", "lettered_name", "NAME_TITLES"]

# Titles before a name, stacked ("Prof. Dr.") or joined by a hyphen ("Dr.-Ing.", "Dipl.-Kffr."): all left out
NAME_TITLES = regex.compile(r"^(?:(?:dr|prof|mr|mrs|ms|mx|miss|sir|dipl|ing|mag|mgr|dott|sr|sra|herr|frau|m|mme)\.?"
                            r"(?:-\p{L}+\.?)*(?:\s+|$))+", regex.IGNORECASE)
_PARTICLES = {"van", "von", "der", "den", "de", "da", "das", "do", "dos", "di", "del", "della", "la", "le", "du",
              "al", "el", "bin", "binti", "ibn", "ter", "ten", "zu", "y", "e", "of", "st"}
# A capitalised word, hyphenated or with an apostrophe ("Okereke-Hale", "O'Neil", "al-Rashid"), an
# initial ("Q."), or a nickname in brackets ("(Chun-Ho)").
_NAME_WORD = regex.compile(r"^\(?(?:(?:al|el|d|l|o)[\-'’])?\p{Lu}[\p{L}\p{M}]*(?:[\-'’][\p{L}\p{M}]+)*\.?\)?$")
_CJK_NAME = regex.compile(r"^(?:[\p{Han}\p{Hiragana}\p{Katakana}]{2,4}|\p{Hangul}{2,4})$")
# A degree as written in a qualification, never in a name: dotted ("B.Sc."), with capitals inside
# ("PhD", "MSc"), or a long word ("Bachelor", "Diploma"); not "Ma" or "Major", which are surnames too.
_DEGREE_SHAPE = regex.compile(r"\.|^\p{Lu}\p{L}*\p{Lu}|^\p{L}{7,}$")


# Pronouns in brackets after a name ("(she/her)", "(they/them/theirs)"): short lower-case words and slashes
_PRONOUNS = regex.compile(r"\s*[(\[]\s*\p{Ll}{2,6}(?:\s*/\s*\p{Ll}{2,6}){1,2}\s*[)\]]$")


def _bare_name(text: str) -> str | None:
    text = _after_document_title(despace(text))
    text = NAME_TITLES.sub("", _PRONOUNS.sub("", text) if ")" in text or "]" in text else text).strip(" ,|")
    text = _drop_lettered_tail(text)
    if text.rstrip("\n")[-1:].lower() in ("d", "a", "c", "p", "."):  # (the letters' last characters, or no call)
        text = rx(r",?\s+(?:ph\.?d|m\.?d|mba|msc|m\.sc|bsc|cpa|pmp)\.?$", regex.IGNORECASE).sub("", text)
    return _drop_post_nominals(text) or None


_LETTERS = regex.compile(r"^(?:\p{Lu}\.?){2,6}$")  # "RDN", "MS", "F.R.C.S."
_DOTTED = regex.compile(r"^(?:\p{Lu}\p{Ll}{0,2}\.){2,4}$|^\p{Lu}\.\p{Lu}\p{Ll}{1,2}\.?$")  # "Ed.D.", "M.Ed.", "Ph.D."
_FIELD = regex.compile(r"\s*\([^()]{1,15}\)$")  # "MS (CS)": the field of a degree after it


def _drop_lettered_tail(text: str) -> str:
    """"Jane Doe, RN, BSN", "Jane Doe, MS (CS), CSM, PMP", "Jane Doe, M.Ed." -> "Jane Doe": the comma
    parts after a name in mixed case that are letters in capitals or credentials, when one of them
    at least is a credential: a degree of the vocabulary, dotted letters ("Ed.D.", "P.H.R."), or
    three to six capitals that name no place ("PMP", "CSM"; never "NJ" or "USA")."""
    head, *tail = [p.strip() for p in text.split(",")]
    if not tail or not head or is_caps(head):
        return _drop_degrees(text)
    tail = [_FIELD.sub("", p) for p in tail]
    if all(_credential(p) or _LETTERS.match(p.strip(" .")) for p in tail) and any(_credential(p) for p in tail):
        return head
    return _drop_degrees(text)


def _credential(part: str) -> bool:
    bare = part.strip(" .")
    if key(bare) in merged().degree_words or key(bare.replace(".", "")) in merged().degree_words:
        return True
    if _DOTTED.match(part.strip()):
        return True
    return bool(_LETTERS.match(bare)) and len(bare.replace(".", "")) >= 3 and place_kind(bare) is None


_OF = frozenset({"of", "de", "del", "da", "do", "di", "du", "von", "van"})


def _after_document_title(text: str) -> str:
    """"Resume of Jane Doe", "Curriculum Vitae de Ana Ruiz" -> the name after the document's title."""
    words = text.split()
    titles = merged().document_titles
    for n in range(min(3, len(words) - 1), 0, -1):
        head = key(" ".join(words[:n]))
        if head in titles and head.endswith(" of"):
            return " ".join(words[n:])
        if head in titles and n + 1 < len(words) and key(words[n]) in _OF:
            return " ".join(words[n + 1:])
    return text


def _drop_degrees(text: str) -> str:
    while (parts := text.rpartition(","))[1] and parts[0].strip() and key(parts[2].strip(" .")) in merged().degree_words:
        text = parts[0].rstrip()  # "JANE DOE, RN, BSN": degrees after a comma are letters after the name
    return text


def _drop_post_nominals(text: str) -> str:
    """"Jane Doe RN BSN" -> "Jane Doe": degree letters in capitals after a name in mixed case, with no
    comma; in a line all in capitals ("WEN MA") a last word is part of the name."""
    words = text.split()
    if is_caps(text):
        return text
    while len(words) > 2 and is_caps(words[-1]) and key(words[-1]) in merged().degree_words:
        words.pop()
    return " ".join(words)


def lettered_name(text: str) -> bool:
    """Is the text a name with letters after it ("JANE DOE, RN", "Jane Doe RN BSN")? Such a line is
    the name, never a place (the "RN" of a nurse is also a Brazilian state's code)."""
    bare = _bare_name(text)
    return bool(bare) and bare != despace(text).strip(" ,|") and is_name(bare)


def _name_text(line: Line) -> str | None:
    text = _bare_name(line.cells[0] if line.cells else line.plain)
    turned = _given_first(text) if text else text
    return turned if turned != text and is_name(turned) else text  # "DOE-HALE, Jane" alone on its line


_INITIALS = regex.compile(r"^(?:\p{Lu}\.\s*)+")


# A name, then a house number and what follows it on the line (a flattened header: "Jane Doe 12 High Street")
_NAME_STREET = regex.compile(r"^(?P<name>[^\d,]{3,50}?)\s+(?P<rest>\d{1,5}\s+\p{L}.*)$")
_STREET_END = regex.compile(r",|\t| {2,}")


def _name_beside(line: Line) -> tuple[str, str] | None:
    """(name, what stands beside it) when the name shares its line: "Jane Doe – Science Teacher",
    "Jane Doe | Structural Engineer", a cell of its own ("Leeds ⇥ Jane Doe"), or a job title after a
    comma ("Jane Doe, Backend Engineer"), or a house number and its street after it, with no separator
    ("Jane Doe 12 High Street, Leeds": a header whose line breaks were lost; the part up to the first comma,
    TAB or run of spaces must be a street)."""
    cells = line.cells
    if len(cells) >= 2:
        for n, cell in enumerate(cells):
            text = _bare_name(cell)
            if text and is_name(text):
                return text, " ".join(c for i, c in enumerate(cells) if i != n)
    first = cells[0] if cells else line.plain
    parts = _BESIDE.split(first, maxsplit=1)
    if len(parts) == 2:
        text = _bare_name(parts[0])
        if text and is_name(text):
            return text, parts[1].strip()
    street = _NAME_STREET.match(first) if rx(r"\d").search(first) else None
    if street and is_street(_STREET_END.split(street.group("rest"), maxsplit=1)[0]) \
            and (text := _bare_name(street.group("name"))) and is_name(text):
        return text, street.group("rest")  # "Jane Doe 12 High Street  Leeds": the address after the name, no separator
    name, comma, rest = first.partition(", ")
    if comma and title_like(rest) and (not org_like(rest) or title_like(head_word(rest))) and len(rest.split()) <= 6 \
            and (text := _bare_name(name)) \
            and is_name(text):
        return text, rest.strip()  # "Jane Doe, Backend Engineer" (a theme's "name, label"); not "DOE, Jane" nor "Jane Doe, RN"
    return None


@lru_cache(maxsize=1 << 12)
def is_name(text: str) -> bool:
    text = text.strip()
    if not text or len(text) > 50 or rx(r"[\d@/:;|•]").search(text):
        return False
    if _CJK_NAME.match(text.replace(" ", "")) and len(text.replace(" ", "")) <= 4:
        return key(text) not in merged().document_titles and heading_kind(text) is None
    words = text.split()
    real = [w for w in words if not (w in _PARTICLES)]  # "van", "de"; a capitalised "Das" is a name
    # (two to five names, and the particles between them: "María José Fernández de la Vega")
    if not 2 <= len(real) <= 5 or len(words) > 7 or not all(_NAME_WORD.match(w) for w in real):
        return False
    if all(len(w.strip(".()")) == 1 for w in real):
        return False  # "P E": initials alone (a heading whose small capitals were lost)
    if heading_kind(text) is not None or title_like(text) or org_like(_INITIALS.sub("", text)) \
            or parse_location(text) is not None:
        return False  # (initials first are no legal form: "K. S. Rao" is not a Czech "k.s.")
    if any(_degree_word(w, is_caps(text)) for w in real):
        return False  # "PhD Astronomy": a qualification
    if _names_document(text) or _is_label(text, real):
        return False  # "SAMPLE RESUME", "Marketing Resume Template"; "Father's Name", "HOME ADDRESS"
    return key(text) not in merged().document_titles


def _is_label(text: str, words: list[str]) -> bool:
    """A label, not a name: its words end in a label of a name ("Father's Name", "Full Name"), or it
    holds a label of contact or personal data (:func:`_label_phrases`: "HOME ADDRESS", "Date of Birth")."""
    return (any(key(" ".join(words[k:])) in merged().name_labels for k in range(len(words)))
            or has_phrase(text, _label_phrases()))


def _names_document(text: str) -> bool:
    """Does the text hold a word that names the document ("resume", "CV", "Lebenslauf")?"""
    return not set(key(text).split()).isdisjoint(_title_words(merged().document_titles))


@lru_cache(maxsize=4)
def _title_words(titles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(t for t in titles if " " not in t)


def _label_phrases() -> tuple[str, ...]:
    """The labels of the vocabulary's contact and personal data ("home address", "date of birth",
    "nationality") of two words or more, or one of five letters or more (a short label, "age",
    "home", "born", may be a surname too)."""
    v = merged()
    return _long_labels((v.name_labels, v.location_labels, v.contact_labels, _personal_labels()))


@lru_cache(maxsize=4)
def _long_labels(tables: tuple[tuple[str, ...], ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(w for table in tables for w in table if " " in w or len(w) >= 5))


def _degree_word(word: str, caps: bool) -> bool:
    """A degree word written as degrees are (in a line of capitals, only a dotted one counts)."""
    w = word.strip("(),")
    return key(w) in merged().degree_words and ("." in w if caps else bool(_DEGREE_SHAPE.search(w)))


def read_name(document: Document, sections: list[Section]) -> tuple[str | None, str | None, set[int]]:
    """(name, headline, indices of the lines they came from)."""
    meta = dict(document.metadata)
    used: set[int] = set()
    pool = _candidates(document, sections)
    name = None
    best = None
    beside: dict[int, str] = {}  # line index -> the text beside the name on its line
    labelled = _labelled_name(pool)
    if meta.get("name") and is_name(meta["name"]) or meta.get("name") and document.format == "markdown":
        name = meta["name"].strip()
    elif labelled:
        name = labelled[0]
        used.add(labelled[1])
    else:
        sizes = sorted({l.style.size for l in pool if l.style.size}, reverse=True)
        for pos, line in enumerate(pool):
            text = _name_text(line)
            joined = None
            if text and not is_name(text) and (found := _name_beside(line)):
                text, beside[line.index] = found
            if text and not is_name(text) and pos + 1 < len(pool):
                nxt = pool[pos + 1]
                t2 = _name_text(nxt)
                if (t2 and len(text.split()) == 1 and len(t2.split()) == 1 and nxt.style.size == line.style.size
                        and not (line.bullet or nxt.bullet)):  # (two items of a list: "• CSS" / "• Accessibility")
                    if is_name(f"{text} {t2}"):
                        joined = (f"{text} {t2}", nxt.index)
                    elif t2.endswith("-") and (third := _hyphen_tail(pool, pos + 2, line)) is not None:
                        if is_name(f"{text} {t2}{third[0]}"):  # "Octavia" / "Brennan-" / "Mwangi"
                            joined = (f"{text} {t2}{third[0]}", third[1])
            if not (text and (is_name(text) or joined)):
                continue
            if sizes and line.style.size == sizes[0] and not line.bullet:
                joined = _set_large(pool, pos, joined or (text, line.index)) or joined
            score = 0.0
            if line.style.size and sizes:
                rank = sizes.index(line.style.size)
                score += 3 if rank == 0 else 1 if rank == 1 else 0
            score += 2 if pos == 0 else 1 if pos < 3 else 0
            score += 1 if line.style.bold else 0
            score += 2 if line.style.heading_level in (0, 1) else 0
            score += 0.5 if is_caps(text) else 0
            if best is None or score > best[0]:
                best = (score, joined[0] if joined else text, line, joined[1] if joined else None)
        if best:
            name = best[1]
            used.add(best[2].index)
            if best[3] is not None:
                used |= {l.index for l in pool if best[2].index <= l.index <= best[3]}
        elif found := _introduced_name(pool) or _handled_name(pool, document):
            name = found[0]
            used.add(found[1])
            best = (0.0, name, next(l for l in pool if l.index == found[1]), None)
    headline = meta.get("headline") or meta.get("title") if document.format == "markdown" else None
    if best and not headline and _headline_like(beside.get(best[2].index, "")):
        headline = beside[best[2].index]
    elif best and not headline:
        top = {l.index for s in sections if s.kind in ("header", "contact") for l in s.lines}
        headline = _headline(pool, best[2], best[3], name, top)
        if headline:
            used.add(headline[1])
            headline = headline[0]
    if best and not headline:
        headline = _wished_section(sections)
    if name:  # the name printed again on a line of its own (under a running title) is the name's
        used |= {l.index for l in pool if l.plain.strip().casefold() == name.casefold()}
    return name, headline, used


def _set_large(pool: list[Line], pos: int, name: tuple[str, int]) -> tuple[str, int] | None:
    """(name, index of its last line) of a name in the page's largest type that goes on over the next
    lines one word a line in the same type ("Marisol Quintero" / "Vidal", "Ana" / "Ruiz" / "Ortega"),
    while the words still make a name of at most four words; None when no line adds to it."""
    text, last = name
    at = next(k for k in range(pos, len(pool)) if pool[k].index == last)
    first = pool[pos]
    while at + 1 < len(pool) and len(text.split()) < 4:
        nxt = pool[at + 1]
        word = _name_text(nxt)
        if not (word and len(word.split()) == 1 and (nxt.style.size, nxt.style.bold) == (first.style.size, first.style.bold)
                and not nxt.bullet and is_name(f"{text} {word}")):
            break
        text, at = f"{text} {word}", at + 1
    return (text, pool[at].index) if pool[at].index != last else None


def _hyphen_tail(pool: list[Line], pos: int, first: Line) -> tuple[str, int] | None:
    """(text, index) of the one word at ``pool[pos]`` that ends a name broken at the hyphen of its
    surname over a third line, in the type of the name's first line; None otherwise."""
    if pos >= len(pool):
        return None
    line = pool[pos]
    text = _name_text(line)
    if not text or len(text.split()) != 1 or line.bullet or line.style.size != first.style.size:
        return None
    return text, line.index


def _wished_section(sections: list[Section]) -> str | None:
    """The job title that is the whole of the first summary section, under a heading of the
    vocabulary ("Желаемая должность и зарплата" / "Бизнес-аналитик", a job board's desired
    position): the title sought, a headline; None when that section says more than a title."""
    sec = next((s for s in sections if s.kind == "summary" and s.heading is not None), None)
    if sec is None or len(sec.lines) != 1 or (kind := heading_kind(sec.heading.plain)) is None or kind.kind != "summary":
        return None
    text = sec.lines[0].plain.strip()
    return text if len(text.split()) <= 5 and title_like(text) and _headline_like(text) else None


_NAME_LABEL = regex.compile(r"^(?P<label>[^:：\t]{1,25}?)\s*(?:(?P<sep>[:：]\s*|\t)|\s)(?P<name>[^\t]{2,60})")


def _labelled_name(pool: list[Line]) -> tuple[str, int] | None:
    """A name after its label ("Name: Jane Doe", "氏名 ⇥ 山田 太郎"), with its line's index. A label
    followed by a space only must be followed by a name's shape ("Candidate for PhD in …" is a
    degree); a bullet is never a label."""
    labels = merged().name_labels
    for line in pool:
        cells = line.cells
        if len(cells) == 2 and key(cells[0].rstrip(" :：")) in labels:  # a label cell: "Surname(s) / First name(s) ⇥ …"
            label, sep, value = cells[0], True, cells[1]
        elif m := _NAME_LABEL.match(line.text):
            label, sep, value = m.group("label"), m.group("sep"), m.group("name")
        else:
            continue
        if key(label) in labels and not line.bullet:
            value = NAME_TITLES.sub("", value.strip()).strip()
            if (value and not rx(r"[\d@/]").search(value) and len(value.split()) <= 5
                    and (sep or is_name(value))):
                return _given_first(value), line.index
    return None


_SURNAME_FIRST = regex.compile(r"^(?P<surname>[^,]+),\s*(?P<given>[^,]+)$")


def _given_first(value: str) -> str:
    """"QUENNELL, Halvard" -> "Halvard QUENNELL": the Europass order (the surname in capitals, a
    comma, the given names) turned to the reading order; the case is kept as printed. Anything
    else as it is."""
    m = _SURNAME_FIRST.match(value)
    if m and is_caps(m.group("surname")) and not is_caps(m.group("given")) and m.group("given")[:1].isupper():
        return f"{m.group('given').strip()} {m.group('surname').strip()}"
    return value


_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_CLAUSE_END = regex.compile(r"[,.;:!?()\t]")


def _introduced_name(pool: list[Line]) -> tuple[str, int] | None:
    """A name introduced in a sentence ("Hey, I'm Jane Doe, nice to meet you"), with its line's
    index: the introduction phrase opens a clause (the line's start or after punctuation), and the
    run of capitalised words after it has a name's shape as a whole."""
    phrases = {tuple(p.split()) for p in merged().name_introductions}
    longest = max((len(p) for p in phrases), default=0)
    for line in pool:
        text = line.plain
        words = list(_WORD.finditer(text))
        keys = [key(w.group()) for w in words]
        for i, w in enumerate(words):
            before = text[:w.start()].rstrip()
            if before and not _CLAUSE_END.search(before[-1]):
                continue
            for n in range(longest, 0, -1):
                if tuple(keys[i:i + n]) in phrases and i + n < len(words):
                    rest = text[words[i + n - 1].end():].lstrip(" '’")
                    run = []  # the capitalised words (and particles) that open the clause
                    for word in _CLAUSE_END.split(rest, maxsplit=1)[0].split():
                        if not (_NAME_WORD.match(word) or word in _PARTICLES):
                            break
                        run.append(word)
                    if is_name(" ".join(run)):
                        return " ".join(run), line.index
                    break
    return None


_LETTER_WORD = regex.compile(r"^\p{L}+(?:[\-'’]\p{L}+)*$")


def _handled_name(pool: list[Line], document: Document) -> tuple[str, int] | None:
    """A name written in small letters, wholly or in part ("jo-ann rivera", "Arun kumar Rao"), on one
    of the first three lines, that the document's own handle confirms: the letters of its two to
    four words are those of a profile link's path part ("…/in/arun-kumar-rao") or of an e-mail's
    local part ("arun.kumar.rao91@…"), and written with capitals it has a name's shape. As written."""
    handles = _handles(document)
    for line in pool[:3]:
        text = _bare_name(line.cells[0] if line.cells else line.plain)
        words = (text or "").split()
        if not 2 <= len(words) <= 4 or not all(_LETTER_WORD.match(w) for w in words):
            continue
        if "".join(rx(r"\p{L}+").findall(text)).casefold() in handles and is_name(" ".join(w[:1].upper() + w[1:] for w in words)):
            return text, line.index
    return None


def _handles(document: Document) -> frozenset[str]:
    """The letters (folded) of the path parts of the links and the local parts of the e-mails on the
    document's first lines; a link broken after a hyphen or a slash is joined again."""
    text = ""
    for line in document.lines[:20]:
        text += line.plain if not text or text.endswith(("-", "/")) else "\n" + line.plain
    parts = [f.value.split("@")[0] for f in find_emails(text)]
    parts += [p for f in find_links(text) for p in f.value.split("/")[1:]]
    return frozenset(k for p in parts if len(k := "".join(rx(r"\p{L}+").findall(p)).casefold()) >= 4)


def _candidates(document: Document, sections: list[Section]) -> list[Line]:
    header = [s for s in sections if s.kind == "header"]
    pool = list(header[0].lines) if header else []
    if len(pool) < 2:
        pool += [l for l in document.lines[:15] if l not in pool]
    pool += [l for s in sections if s.kind == "contact" for l in s.lines if l not in pool]
    return pool


def _headline(pool: list[Line], name_line: Line, second: int | None, name: str | None = None,
              top: set[int] | None = None) -> tuple[str, int] | None:
    """The headline under the name (see the module docstring); past an address line, only in the
    header and contact blocks (``top``, their line indices), never in the section after them."""
    if len(name_line.cells) >= 2:
        cell = name_line.cells[1]
        if _headline_like(cell) and not is_name(_bare_name(cell) or ""):
            return cell, name_line.index
    base = second if second is not None else name_line.index
    # right under the name: a footer's contact lines far below are no headline
    after = [l for l in pool if base < l.index <= base + 4 and l.page == name_line.page]
    looked = 0  # lines of contact data or of the address alone are passed over, not counted
    past_address = False
    for k, line in enumerate(after):
        text = _before_contact_cells(line)
        if looked == 2 or (name and name.casefold() in text.casefold()):
            break  # (a line repeating the name: the page's running header, "Jane Doe – CV, continued")
        if past_address and top is not None and line.index not in top:
            break
        if _address_only(text):
            past_address = True
            continue  # "12 Rose Lane" over "Leeds LS1 4AB": an address printed beside the name block
        looked += not _contact_only(text)
        wished = _wished_title(text)
        if wished:
            return wished, line.index  # "求职意向：数据分析师", "Desired position: Data Analyst"
        if _headline_like(text):
            if k + 1 < len(after) and _wraps_into(line, after[k + 1]):
                break  # the first line of an unheaded summary, wrapped onto the next
            return _before_place(text), line.index
        if _is_contact(text):
            first = _BESIDE.split(line.cells[0] if line.cells else text, maxsplit=1)
            if len(first) == 2 and _headline_like(first[0]):
                return first[0], line.index  # "Data Engineer · Bristol, UK · jane@example.org"
            continue
        break
    return None


# ----------------------------------------------------------------------------- contact
