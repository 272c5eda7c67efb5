"""Experience and volunteer entries: company, title, location, dates, highlights, technologies.

Signals for company and title, in order of precedence:
1. Explicit patterns: "Title at Company", "Title @ Company", "Company: Title". The words before
   "at" are the title only when no other part of the header is a title ("Backend Developer" over
   "Intern at Hooli": the role line is the title).
2. Words: a part with a job-title word ("Engineer", "Intern", "Ingenieur") is the title; a
   part with an organisation word ("Inc", "GmbH", "University") is the company — unless it ends
   in a title word ("Software Engineer") or reads as a description (mostly lower-case words:
   "Monitoring of office systems"). Location parts ("Berlin, Germany") are taken out first.
3. Order: with nothing else to go on, the first part is the company and the second the title.
4. A role without a company under a company-only line ("Acme" / "Engineer  2019-2021" /
   "Senior Engineer  2021-now") takes that company.

A line of technologies ("Stack: Go, Postgres", "Kotlin | Postgres | Kafka") goes to
``technologies``; bullets go to ``highlights``; other sentences to ``summary``.
"""
from __future__ import annotations

from collections import Counter

import regex

from ..document import Line, Section
from ..schema import Experience
from ..text import key, split_outside_brackets
from ..vocab import merged
from .entries import Entry, org_like, segments, split_entries, title_like
from .location import split_place

__all__ = ["read_experience", "technologies_of", "date_fields"]

_AT = regex.compile(r"^(?P<title>.{2,80}?)\s+(?:at|@|chez|bei|en|na|presso|bij|в)\s+(?P<company>\p{Lu}.{1,80})$")
_PLACE = regex.compile(r"^\p{Lu}[\p{L}.'’\-]*(?: \p{Lu}[\p{L}.'’\-]*){0,2}$")
_COLON = regex.compile(r"^(?P<a>[^:]{2,60}):\s+(?P<b>.{2,80})$")


def date_fields(entry: Entry) -> dict:
    d = entry.dates
    if d is None:
        return {}
    if d.single:
        return {"start": d.start.iso() if d.start else None, "current": False}
    return {"start": d.start.iso() if d.start else None, "end": d.end.iso() if d.end else None,
            "current": bool(d.current)}


def technologies_of(line: Line) -> list[str] | None:
    """The items of a technologies line ("Stack: Go, Postgres" / "Kotlin | Postgres | Kafka"), else None."""
    text = line.plain
    labels = merged().tech_labels
    m = regex.match(r"^\s*([\p{L} ]{2,30}?)\s*[:：]\s*(.+)$", text)
    if m and key(m.group(1)) in labels:
        return _items(m.group(2))
    parts = [p.strip() for p in regex.split(r"\s*[|•·]\s*", text) if p.strip()]
    if len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts) and not regex.search(r"[.!?]$", text):
        return parts
    return None


def _items(s: str) -> list[str]:
    return [p.strip(" .") for p in regex.split(r"\s*[,;|•·]\s*", s) if p.strip(" .")]


def read_experience(section: Section) -> tuple[list[Experience], list[str]]:
    """(the section's entries, its loose text). Loose text is what belongs to no entry: a
    sentence above the first job ("For exact dates see my website.")."""
    out: list[Experience] = []
    loose: list[str] = []
    guessed: list[Experience] = []
    votes: Counter[str] = Counter()
    group_company: str | None = None
    for entry in split_entries(section.lines):
        exp, company_only, order = _read(entry)
        if company_only:
            group_company = company_only
            continue
        if exp is None:
            continue
        if not (exp.company or exp.title or exp.start or exp.end or exp.current or exp.highlights):
            loose.append(exp.summary or "")
            continue
        if exp.company is None and exp.title and group_company and len(entry.header) <= 2:
            exp.company = group_company
        else:
            group_company = exp.company if _company_line(entry, exp.company) else None
        if order == "guessed":
            guessed.append(exp)
        elif order:
            votes[order] += 1
        out.append(exp)
    # entries whose words said nothing follow the order the other entries of the section show
    if votes["title_first"] > votes["company_first"]:
        for exp in guessed:
            if exp.company and exp.title:
                exp.company, exp.title = exp.title, exp.company
    return out, [t for t in loose if t]


def _company_line(entry: Entry, company: str | None) -> bool:
    """The entry opens with a line that is only its company, with the role and dates below it:
    roles that follow without a company of their own are at the same employer."""
    if not company or len(entry.header) < 2:
        return False
    first = segments(entry.header[0].text)
    return bool(first) and first[0] == company  # "IBM ⇥ 2019 – 2021" over "Developer"


def _read(entry: Entry) -> tuple[Experience | None, str | None, str | None]:
    head_lines: list[Line] = []
    extra: list[Line] = []
    technologies: list[str] = []
    for line in entry.header:
        tech = technologies_of(line)
        if tech and head_lines:
            technologies += tech
        elif len(head_lines) < 3 and len(line.plain) <= 160:
            head_lines.append(line)
        else:
            extra.append(line)
    parts: list[tuple[str, int]] = []  # (segment, line number)
    for n, line in enumerate(head_lines):
        for seg in segments(line.text):
            parts.append((seg, n))
    company, title, location, order = _assign(parts)
    fields = date_fields(entry)
    highlights, summary = [], []
    for line in entry.body + extra:
        tech = technologies_of(line)
        if tech:
            technologies += tech
        elif line.bullet:
            highlights.append(line.plain)
        else:
            summary.append(line.plain)
    if not (company or title or fields or highlights or summary):
        return None, None, None
    if company and not title and not fields and not entry.body and len(entry.header) == 1:
        return None, company, None  # a company line over several roles
    return Experience(company=company, title=title, location=location, highlights=highlights,
                      summary=" ".join(summary) or None, technologies=list(dict.fromkeys(technologies)),
                      **fields), None, order


def _assign(parts: list[tuple[str, int]]) -> tuple[str | None, str | None, str | None, str | None]:
    """Company, title and location from the parts of an entry's header lines. Commas inside a
    part are split only when the parts as they stand do not give both a company and a title.
    The fourth value says how the two were told apart: "title_first" / "company_first" when
    words decided, "guessed" when only the order did."""
    whole = _assign_parts(parts, split_commas=False)
    if whole[0] and whole[1]:
        return whole
    return _assign_parts(parts, split_commas=True)


def _ends_in_title(seg: str) -> bool:
    words = seg.split()
    return bool(words) and title_like(words[-1])


def _described(seg: str) -> bool:
    """A description rather than a name: after its first word, lower-case words of four letters
    or more outnumber capitalised ones ("Monitoring and administration of IT systems"; a name
    capitalises its words: "Ministry of Agriculture, Livestock and Fisheries")."""
    words = regex.findall(r"\p{L}[\p{L}'’-]*", seg)[1:]
    lower = sum(1 for w in words if w[0].islower() and len(w) >= 4)
    upper = sum(1 for w in words if w[0].isupper())
    return lower >= 2 and lower > upper


def _order(rest: list[str], company: str | None, title: str | None) -> str | None:
    if company in rest and title in rest:
        return "title_first" if rest.index(title) < rest.index(company) else "company_first"
    return None


def _assign_parts(parts: list[tuple[str, int]], split_commas: bool
                  ) -> tuple[str | None, str | None, str | None, str | None]:
    company = title = location = at_title = None
    rest: list[str] = []
    for seg, _ in parts:
        seg, loc = split_place(seg)
        if loc and location is None:
            location = loc
        if not seg:
            continue
        m = _AT.match(seg)
        if m and title_like(m.group("title")) and at_title is None:
            # "Intern at Initech" under a role line of its own ("Backend Developer"): the role
            # line is the title, the words before "at" only qualify it
            at_title, company = m.group("title").strip(), company or m.group("company").strip()
            continue
        m = _COLON.match(seg)
        if m:
            rest += [m.group("a").strip(), m.group("b").strip()]
            continue
        pieces = [p.strip() for p in split_outside_brackets(seg, ",") if p.strip()] if split_commas else [seg]
        titled = [k for k, p in enumerate(pieces) if title_like(p)]
        if len(pieces) >= 2 and titled and len(titled) < len(pieces) and all(len(p.split()) <= 6 for p in pieces):
            # "Title, Company, City": a last short capitalised part after the company is the place
            if len(pieces) >= 3 and location is None and titled[0] < len(pieces) - 2 and _PLACE.match(pieces[-1]):
                location = pieces.pop()
            rest += pieces
            continue
        rest.append(seg)
    unknown: list[tuple[str, bool, bool]] = []
    for seg in rest:
        t, o = title_like(seg), org_like(seg) and not _described(seg)
        if t and o and _ends_in_title(seg):
            o = False  # "Software Engineer": the last word is the head of the phrase
        if t and not o and title is None:
            title = seg
        elif o and not t and company is None:
            company = seg
        else:
            unknown.append((seg, t, o))
    left = []
    for seg, t, o in unknown:
        if t and title is None:
            title = seg
        elif o and company is None:
            company = seg
        else:
            left.append(seg)
    if title is None and at_title:
        title = at_title
    decided = company is not None or title is not None
    for seg in left:
        if company is None:
            company = seg
        elif title is None:
            title = seg
    order = _order(rest, company, title) if decided else ("guessed" if company and title else None)
    return company, title, location, order
