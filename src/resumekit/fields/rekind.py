"""Re-kinding: sections, or lines of them, whose content is of another kind than their heading says.

Segmentation names a section by its heading; some headings hold other things ("Research" over
dated jobs, a certificate among a skills list, certificates under "Miscellaneous"). One table of
rules, applied in order after segmentation and before the readers, moves them. A rule looks into
sections of some kinds and takes out lines by their content; the lines taken form a section of the
rule's kind, without a heading, right after the one they came from (or, when a rule takes a whole
section, the section changes kind and keeps its heading).

| looks into | takes (the content test) | becomes |
| --- | --- | --- |
| other, under a role heading ("Research") | the whole section, when its entries are dated roles | experience |
| other, under initials ("P E": small capitals lost) | the whole section, by what most of its entries hold: dated roles; degrees (neither roles nor certificates); lists; certificates | experience; education; skills; certifications |
| other | the whole section, when every line (two or more) is a short name and its level, rating or years ("UX research · 8 yrs" under "Experience in years") | skills |
| other | the whole section, when it is skill groups with no skills heading: a level alone on a line under the group's name (the heading, for the first), short items under it ("Modelling" / "Advanced" / "Python" / "Stan" / "Data" / "Advanced" / "Spark"): a line "name: items" a group, the level dropped | skills |
| summary, other | such groups that end the section, the first's name on a line of its own above its level (a theme's sidebar under "About") | skills |
| other, under words no heading phrase holds ("STINTS", set like the document's headings), in a document with no section of the kind yet that holds any of it (one work history: an academic CV's "Expeditions" beside its "Positions" holds dated roles too; a "Side Work" over projects holds none) | the whole section, by what most of it holds: dated roles; degrees; spoken languages; lists of skills the canonical table knows, or three or more bullets of one known skill each (not any list: "Passions" over hobbies is a list too); running text, in the first section after the header | experience; education; languages; skills; summary |
| header | from its first date range on, when three lines hold ranges and the entries are dated roles (no headings) | experience |
| skills | a short linked line with bullet sentences under it (what was built with a skill) | projects |
| skills | a line labelled with a certifications heading ("Certifications: A, B"; its words wrapped onto the next line with it), an item a line | certifications |
| education | a line so labelled with a certificate word ("Certificates: A, B"; not "Courses: …") | certifications |
| summary, header | a line labelled with a skills heading ("Programming languages: Python, R"; "Skills: Excel, SAP" under the name of a CV without headings) | skills |
| other | rows labelled with a kind of skill (a skills heading, a field the skills table knows: "Operating Systems: …"; "Tools Jira, Jenkins", the tab lost), three or more, or two that are half the section, not only "Languages": the rows, labels kept (as in an Indeed "Additional Information") | skills |
| other | a line labelled with a skills heading ("Conocimientos informáticos: …" under "Otros datos"), kept whole: its label is a category | skills |
| header, contact, other, skills, languages, interests | a driving licence: a line, or a part of a header line, opening with a licence's name and naming a class ("Carné de conducir: B", "Lyon · Permis B") | certifications |
| certifications, other, … under a licence's name ("Führerschein ⇥ Klasse B") | a class without the name: the name put before it | certifications |
| header, contact, other, skills | a line labelled with an interests heading ("Hobbies : Reading, Chess" among personal details; "Interests: …" under "Skills & Interests") | interests |
| summary, other, interests | a sentence whose subject is a skills heading and whose verb or preposition lists ("The frameworks include Vue, Svelte"), with the bullets or dashed lines under it when it ends there | skills |
| other, skills | a short line or bullet that says it is certified ("Certified Kiln Operator") | certifications |
| education | in a list of qualifications one a bullet, a bullet naming no degree, school or date | certifications |
| certifications | a bullet opening with a degree, naming a school, no certificate word ("• BSc Physics, X University") | education |

Before the rules: header cells a viewer printed under a later section go back above the headless
entries they head (:func:`.header_runs.headers_lent`).

Errs towards leaving lines where they are: a line moves only on a positive sign of its content.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from ..document import Line, Section
from ..segment import heading_kind, heading_text, initials_only
from ..text import find_urls, has_phrase, key, phone_alone, rx
from ..vocab import merged
from .canonical import canonical_skill, skill_category
from .credentials import CLASS, driving_licence
from .dates import find_dates
from .phrases import degree_like, institution_like, segments, title_like
from .entries import is_prose, join_wrapped, split_entries
from .experience import holds_roles
from .header_runs import headers_lent
from .lists import is_level, skills_sentence, split_items
from .spoken import languages_in
from .projects import project_blocks

__all__ = ["rekind", "labelled_out", "certified", "LABELLED"]

# what a rule gives back: the lines left in the section, and the groups of lines taken out (one
# section each); None when it takes nothing
Taken = tuple[list[Line], list[list[Line]]]


@dataclass(frozen=True)
class Rule:
    looks_into: tuple[str, ...]
    becomes: str
    take: Callable[[Section], Taken | None]
    whole: bool = False  # the rule takes the whole section, which changes kind and keeps its heading (its lines: the one group the rule gives back)
    # only in a document with no section of the rule's kind that holds any of it by this share (one work history)
    alone: Callable[[Section], tuple[int, int]] | None = None
    leads: bool = False  # only the first section after the header


# "Label: rest of the line" (the label up to 30 characters)
LABELLED = regex.compile(r"^\s*(?P<label>[^:：]{1,30}?)\s*[:：]\s*(?P<rest>\S.*)$")


def labelled_out(lines, kind: str, keep_label: bool = False) -> tuple[list[Line], list[Line]]:
    """(the other lines, the lines labelled with a heading of ``kind``, label removed unless
    ``keep_label``): a skills block's "Certifications: AWS Developer Associate" line is a certificate."""
    phrases = merged().headings.get(kind, ())
    rest, found = [], []
    for line in lines:
        m = LABELLED.match(line.plain)
        if m and key(m.group("label")) in phrases:
            found.append(line if keep_label else line.with_(text=m.group("rest"), runs=()))
        else:
            rest.append(line)
    return rest, found


def certified(line: Line) -> bool:
    """A short line that says it is certified: a word starting with a certificate stem ("Certified",
    "certificada", "Zertifikat") in twelve words or fewer, not a label over a list."""
    text = line.plain
    return (len(text.split()) <= 12 and not text.rstrip().endswith((":", "："))
            and has_phrase(text, (), merged().certificate_stems))


def _licences(sec: Section) -> Taken | None:
    """Driving licences among other things: a line that is one (under "Otros datos", among personal
    details), a part of a header line that is one ("Lyon · Permis B"; the line stays), and under a
    heading that names a driving licence ("Führerschein ⇥ Klasse B"), a class without the name."""
    if sec.heading is not None and key(heading_text(sec.heading.plain)) in merged().driving_licences:
        head = heading_text(sec.heading.plain)

        def bare(line: Line) -> bool:  # "Klasse B": a class without the licence's name
            return len(line.plain.split()) <= 3 and bool(CLASS.search(line.plain)) and not driving_licence(line.plain)
        named = [l.with_(text=f"{head} {l.plain.strip()}", runs=()) for l in sec.lines if bare(l)]
        if named:
            return [l for l in sec.lines if not bare(l)], [named]
    if sec.kind == "certifications":
        return None
    rest, found = [], []
    for line in sec.lines:
        if driving_licence(line.plain):
            found.append(line)
            continue
        rest.append(line)
        if sec.kind in ("header", "contact"):
            found += [line.with_(text=p, runs=(), links=()) for p in segments(line.text)[1:] if driving_licence(p)]
    return (rest, [found]) if found else None


def _roles(sec: Section) -> Taken | None:
    if (sec.heading is not None and key(heading_text(sec.heading.plain)) in merged().role_headings
            and holds_roles(sec.lines)):
        return [], [list(sec.lines)]
    return None


def _headless_roles(sec: Section) -> Taken | None:
    """A CV without headings (they were pictures): the header's lines from its first date range
    on, when three or more lines hold a range and the entries are dated roles."""
    ranged = [n for n, l in enumerate(sec.lines) if any(not d.single for d in find_dates(l.plain))]
    if len(ranged) < 3 or not holds_roles(sec.lines[ranged[0]:]):
        return None
    return list(sec.lines[:ranged[0]]), [list(sec.lines[ranged[0]:])]


def _projects(sec: Section) -> Taken | None:
    rest, blocks = project_blocks(sec.lines)
    return (rest, blocks) if blocks else None


def _labelled_certificates(sec: Section) -> Taken | None:
    rest, found = labelled_out(join_wrapped(sec.lines), "certifications")  # (its items wrapped onto the next line)
    if not found:
        return None
    return rest, [[l.with_(text=item) for l in found for item in split_items(l.text)]]


def _certificates_of_studies(sec: Section) -> Taken | None:
    labelled = [l for l in sec.lines if (m := LABELLED.match(l.plain))
                and _certificate(m.group("label"))]
    taken = _labelled_certificates(replace(sec, lines=tuple(labelled))) if labelled else None
    return ([l for l in sec.lines if l not in labelled], taken[1]) if taken else None


def _labelled_interests(sec: Section) -> Taken | None:
    rest, found = labelled_out(sec.lines, "interests")  # "Hobbies : Reading, Badminton" among personal details
    return (rest, [found]) if found else None


def _labelled_skills(sec: Section) -> Taken | None:
    rest, found = labelled_out(join_wrapped(sec.lines), "skills")  # "• Programming Languages: Python, R"
    return (rest, [found]) if found else None


def _labelled_skill_lines(sec: Section) -> Taken | None:
    """Lines labelled with a skills heading among other things ("Conocimientos informáticos: Presto,
    AutoCAD" under "Otros datos de interés"), kept whole: the label is the skills' category. (A
    label naming no section over known skills was tried: it took personal lines of dev sidebars.)"""
    rest, found = labelled_out(sec.lines, "skills", keep_label=True)
    return (rest, [found]) if found else None


def _category(label: str) -> str | None:
    """"skills" when a row's label names a kind of skill: a skills heading ("Tools", "Web
    Technologies") or a field the skills table knows ("Operating Systems", "Database"); "languages"
    for a languages heading ("Languages", which rows of tools use for programming languages)."""
    match = heading_kind(label)
    if match is not None and match.kind in ("skills", "languages"):
        return match.kind
    return "skills" if skill_category(label) == "field" else None


def _category_rows(sec: Section) -> Taken | None:
    """Rows of a table of skills by category ("Operating Systems: Windows, Linux"; "Tools Jira,
    Jenkins", the tab between lost), with their wrapped tails, under a heading that names none
    ("Additional Information"): three or more rows, or two that are half the section's rows, one at least
    labelled with a skill kind, not only "Languages" (spoken ones, among personal details). A row
    without its colon gets one. Each row is kept whole: its label is its skills' category."""
    rows = join_wrapped(sec.lines)
    labelled: dict[int, tuple[Line, str]] = {}  # the row's place -> (the row, its label's kind)
    for i, row in enumerate(rows):
        m = LABELLED.match(row.plain)
        if m and (kind := _category(m.group("label"))):
            labelled[i] = (row, kind)
        if m:
            continue  # ("Database Tool: …": a label of another kind, no category to read in its words)
        words = row.plain.split()
        for n in (3, 2, 1):  # "Programming Languages VB, C#": the longest label the row opens with
            label = " ".join(words[:n])
            match = heading_kind(label)
            if len(words) > n and (match is not None and match.exact and match.kind == "skills"
                                   or skill_category(label) == "field"):
                labelled[i] = (row.with_(text=f"{label}: {' '.join(words[n:])}", runs=()), "skills")
                break
    if (len(labelled) < 2 or len(labelled) < 3 and 2 * len(labelled) < len(rows)
            or not any(kind == "skills" for _, kind in labelled.values())):
        return None
    return [row for i, row in enumerate(rows) if i not in labelled], [[row for row, _ in labelled.values()]]


def _skill_sentences(sec: Section) -> Taken | None:
    """A sentence naming skills ("The frameworks include Vue, Svelte."; "Areas of expertise
    include:" or "Basic skills in" over bullets or dashed lines, which go with it): its list under
    its heading phrase. A sentence that ends a paragraph leaves the paragraph in place."""
    def _listed(line: Line) -> bool:
        return line.bullet or line.plain[:1] in "-–•*"

    lines = join_wrapped(sec.lines)
    rest: list[Line] = []
    found: list[Line] = []
    n = 0
    while n < len(lines):
        line, n = lines[n], n + 1
        said = skills_sentence(line.plain)
        below = n
        while said is not None and not said[2] and below < len(lines) and _listed(lines[below]):
            below += 1
        if said is None or not said[2] and below == n:
            rest.append(line)
            continue
        start, label, items = said
        if start:
            rest.append(line)
        found.append(line.with_(text=f"{label}: {items}".rstrip(), runs=(), bullet=False))
        found += lines[n:below]
        n = below
    return (rest, [found]) if found else None


def _certified_lines(sec: Section) -> Taken | None:
    lines = join_wrapped(sec.lines)
    found = [l for l in lines if certified(l) and (sec.kind != "skills" or len(split_items(l.text)) == 1)]
    return ([l for l in lines if l not in found], [found]) if found else None


def _courses(sec: Section) -> Taken | None:
    """A list of qualifications, one a bullet ("• BSc Physics, University of X" / "• Kiln Safety
    Course (Harbour Guild)"): the bullets that name no degree, no school and no date, written as a
    name (most words capitalised) or saying they are certified, are certificates."""
    lines = join_wrapped(sec.lines)
    if not lines or not all(l.bullet for l in lines) or not any(degree_like(l.plain) for l in lines):
        return None
    found = [l for l in lines if not (degree_like(l.plain) or institution_like(l.plain) or find_dates(l.plain))
             and (certified(l) or _titled(l.plain))]
    return ([l for l in lines if l not in found], [found]) if found else None


def _studies(sec: Section) -> Taken | None:
    """Qualifications listed under a mixed heading ("Qualifications and certificates"): a bullet
    opening with a degree and naming a school, with no certificate word, is a course of study
    (not "Cloud Associate, Seaport Academy": a certificate's level ends its name)."""
    lines = join_wrapped(sec.lines)
    found = [l for l in lines if l.bullet and degree_like(" ".join(l.plain.split()[:2])) and institution_like(l.plain)
             and not _certificate(l.plain)]
    return ([l for l in lines if l not in found], [found]) if found else None


def _titled(text: str) -> bool:
    words = [w for w in rx(r"\p{L}[\p{L}'’-]*").findall(text) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) * 4 >= len(words) * 3


def _unnamed(share: Callable[[Section], tuple[int, int]], words: bool = False) -> Callable[[Section], Taken | None]:
    """A rule for a section under a heading that names no kind: lost small capitals ("P E":
    :func:`initials_only`) or, with ``words``, words of no heading phrase set like the document's
    headings ("WHERE I'VE WORKED", "TONGUES": segmentation's consistency makes them ``other``).
    It takes the whole section when ``share`` finds most of its (entries, lines) of the rule's kind."""
    def take(sec: Section) -> Taken | None:
        if sec.heading is None:
            return None
        text = heading_text(sec.heading.plain)
        initials = initials_only(sec.heading.plain)
        if not text or (heading_kind(text) is not None or initials if words else not initials):
            return None
        hits, total = share(sec)
        return ([], [list(sec.lines)]) if total and hits * 2 > total else None
    return take


def _roles_share(sec: Section) -> tuple[int, int]:
    """Entries dated (a single year will do) that name a role."""
    entries = split_entries(sec.lines)
    return sum(bool(e.dates) and any(title_like(seg) for l in e.header for seg in segments(l.text))
               for e in entries), len(entries)


def _certificates_share(sec: Section) -> tuple[int, int]:
    """Entries that say they are certificates."""
    entries = split_entries(sec.lines)
    return sum(_certificate(e.lines[0].plain) for e in entries if e.lines), len(entries)


def _degrees_share(sec: Section) -> tuple[int, int]:
    """Entries that name a degree (in the first words of their header or of the line under it)
    that is no certificate, and name no role in their header."""
    entries = split_entries(sec.lines)
    return sum(any(_degree_line(l.plain) for l in e.header + e.body[:1])
               and not any(title_like(seg) and not degree_like(seg) for l in e.header for seg in segments(l.text))
               for e in entries), len(entries)


def _degree_line(text: str) -> bool:
    return degree_like(" ".join(text.split()[:8])) and not _certificate(text)


def _certificate(text: str) -> bool:
    return has_phrase(text, (), merged().certificate_stems)


def _languages_share(sec: Section) -> tuple[int, int]:
    """Lines every item of which names a spoken language ("English (native), Yoruba (fluent)")."""
    lines = join_wrapped(sec.lines)
    return sum(bool(items := split_items(l.plain)) and all(languages_in(i) for i in items) for l in lines), len(lines)


def _known_skills_share(sec: Section) -> tuple[int, int]:
    """Lines listing three or more items, most of them skills the canonical table knows ("SQL,
    Python, Tableau"; not "Hiking, chess, baking"), or, three or more of them, bullets of one
    known skill each."""
    def known(line: Line) -> bool:
        items = split_items(line.plain)
        return len(items) >= 3 and sum(canonical_skill(i) is not None for i in items) * 2 > len(items)
    lines = join_wrapped(sec.lines)
    singles = sum(canonical_skill(l.plain) is not None for l in lines if l.bullet)
    if singles >= 3:  # one skill a bullet ("• Redis", "• Python", "• Linux")
        return sum(known(l) or l.bullet and canonical_skill(l.plain) is not None for l in lines), len(lines)
    return sum(known(l) for l in lines), len(lines)


def _prose_share(sec: Section) -> tuple[int, int]:
    """Lines of running text (:func:`resumekit.fields.entries.is_prose`), neither bullets nor dated
    ("I build accessible interfaces with React.")."""
    lines = join_wrapped(sec.lines)
    return sum(not l.bullet and is_prose(l) and not find_dates(l.plain) for l in lines), len(lines)


def _levelled_items(sec: Section) -> Taken | None:
    """Every line (two or more) a short name and its level, rating or years, and nothing else
    ("UX research · 8 yrs", "Motion design – 5 years", "Bash ★★★★☆"): skills, whatever the heading
    says ("Experience in years")."""
    lines = [l for l in sec.lines if l.plain.strip()]

    def levelled(line: Line) -> bool:
        items = split_items(line.text)
        return (len(items) == 2 and 0 < len(items[0].split()) <= 4 and not is_level(items[0]) and is_level(items[1])
                and not languages_in(items[0]) and not find_dates(line.plain))
    return ([], [list(sec.lines)]) if len(lines) >= 2 and all(map(levelled, lines)) else None


def _level_alone(line: Line) -> bool:
    return not line.bullet and is_level(line.plain)


def _short_name(text: str) -> bool:
    """A group's name or an item: one to four words, no level, date, address, link or spoken language."""
    return (0 < len(text.split()) <= 4 and not is_level(text) and not find_dates(text) and "@" not in text
            and not find_urls(text) and not phone_alone(text) and not languages_in(text))


def _skill_groups(lines: list[Line], name: Line | None) -> list[Line] | None:
    """``lines`` read as skill groups with no skills heading, each a name, a level alone on the line
    under it and one or more lines of short items ("Data" / "Advanced" / "Spark ⇥ dbt"); the first
    group's name is ``name`` (the section's heading) when given, else the first line. A line
    "name: item, item" a group, else None."""
    levels = [n for n, l in enumerate(lines) if _level_alone(l)]
    if not levels or levels[0] != (0 if name is not None else 1):
        return None
    out = []
    for k, at in enumerate(levels):
        head = name if k == 0 and name is not None else lines[at - 1]
        end = levels[k + 1] - 1 if k + 1 < len(levels) else len(lines)
        items = [i for l in lines[at + 1:end] for i in (split_items(l.text) if not l.bullet else [l.plain])]
        if (end <= at + 1 or len(split_items(head.text)) != 1 or not _short_name(heading_text(head.plain))
                or not all(_short_name(i) for i in items)):
            return None
        out.append(head.with_(text=f"{heading_text(head.plain)}: {', '.join(i.strip() for i in items)}", runs=(),
                              bullet=False, links=()))
    return out


def _unheaded_groups(sec: Section) -> Taken | None:
    """Skill groups with no skills heading, the first under the section's heading ("MODELLING" /
    "ADVANCED" / "PYTHON" / "STAN" / "DATA" / "ADVANCED" / "SPARK"): the whole section."""
    if sec.heading is None or heading_kind(heading_text(sec.heading.plain)) is not None:
        return None
    groups = _skill_groups(list(sec.lines), sec.heading)
    return ([], [groups]) if groups else None


def _trailing_groups(sec: Section) -> Taken | None:
    """Skill groups with no skills heading that end a section, after its other lines ("Classroom" /
    "Advanced" / "Lab safety" under the contact lines of an "About" sidebar)."""
    levels = [n for n, l in enumerate(sec.lines) if _level_alone(l)]
    if not levels or levels[0] < 1:
        return None
    start = levels[0] - 1
    groups = _skill_groups(list(sec.lines[start:]), None)
    return (list(sec.lines[:start]), [groups]) if groups else None


def _lists_share(sec: Section) -> tuple[int, int]:
    """Lines that list three or more short items ("Fortran, Python, C++")."""
    return sum(len(items := split_items(l.plain)) >= 3 and max(len(i.split()) for i in items) <= 5
               for l in sec.lines), len(sec.lines)


RULES: tuple[Rule, ...] = (
    Rule(("other",), "experience", _unnamed(_roles_share), whole=True),
    Rule(("other",), "education", _unnamed(_degrees_share), whole=True),
    Rule(("other",), "skills", _unnamed(_lists_share), whole=True),
    Rule(("other",), "skills", _levelled_items, whole=True),
    Rule(("other",), "skills", _unheaded_groups, whole=True),
    Rule(("summary", "other"), "skills", _trailing_groups),
    Rule(("other",), "certifications", _unnamed(_certificates_share), whole=True),
    Rule(("other",), "experience", _unnamed(_roles_share, words=True), whole=True, alone=_roles_share),
    Rule(("other",), "education", _unnamed(_degrees_share, words=True), whole=True, alone=_degrees_share),
    Rule(("other",), "languages", _unnamed(_languages_share, words=True), whole=True, alone=_languages_share),
    Rule(("other",), "skills", _unnamed(_known_skills_share, words=True), whole=True, alone=_known_skills_share),
    Rule(("other",), "summary", _unnamed(_prose_share, words=True), whole=True, alone=_prose_share, leads=True),
    Rule(("other",), "experience", _roles, whole=True),
    Rule(("header",), "experience", _headless_roles),
    Rule(("skills",), "projects", _projects),
    Rule(("skills",), "certifications", _labelled_certificates),
    Rule(("education",), "certifications", _certificates_of_studies),
    Rule(("summary", "header"), "skills", _labelled_skills),
    Rule(("other",), "skills", _category_rows),
    Rule(("other",), "skills", _labelled_skill_lines),
    Rule(("header", "contact", "other", "skills", "languages", "interests", "certifications"), "certifications", _licences),
    Rule(("header", "contact", "other", "skills"), "interests", _labelled_interests),
    Rule(("summary", "other", "interests"), "skills", _skill_sentences),
    Rule(("other", "skills"), "certifications", _certified_lines),
    Rule(("education",), "certifications", _courses),
    Rule(("certifications",), "education", _studies),
)


def rekind(sections: list[Section]) -> list[Section]:
    """The sections with the rules of :data:`RULES` applied, in order (header runs lent back first)."""
    sections = headers_lent(sections)
    for rule in RULES:
        out: list[Section] = []
        lead = next((sec for sec in sections if sec.kind != "header"), None)
        blocked = None  # (asked once a section would be taken: reading the others' shares costs)
        for sec in sections:
            taken = rule.take(sec) if sec.kind in rule.looks_into and (not rule.leads or sec is lead) else None
            if taken is not None and rule.alone is not None:
                if blocked is None:  # a section of the kind that holds none of it does not count ("Side Work" over projects)
                    blocked = any(s.kind == rule.becomes and rule.alone(s)[0] for s in sections)
                taken = None if blocked else taken
            if taken is None:
                out.append(sec)
            elif rule.whole:  # (the lines as the rule gives them back: its one group)
                out.append(replace(sec, kind=rule.becomes, lines=tuple(taken[1][0])))
            else:
                rest, groups = taken
                out.append(replace(sec, lines=tuple(rest)))
                out += [Section(kind=rule.becomes, heading=None, lines=tuple(g)) for g in groups if g]
        sections = out
    return sections
