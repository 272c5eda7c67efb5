"""Experience and volunteer entries: company, title, location, dates, highlights, technologies.

Signals for company and title, in order of precedence:
1. Explicit patterns: an employer label before a colon ("Company: Harwick Services", the
   vocabulary's employer_labels) names the employer, the other parts the role; so does a
   sentence of employment ("Worked as Analyst with Harwick Ltd, Pune",
   :func:`~resumekit.fields.phrases.employment_sentence`); "Title at
   Company", "Title @ Company", "Company: Title". The words before
   "at" are the title only when no other part of the header is a title ("Backend Developer" over
   "Intern at Hooli": the role line is the title). A header that named no role takes the one a
   body line names after a title label ("Corbel & Stone ⇥ 2015 – 2019" / "Role: Senior
   Estimator", the vocabulary's title_labels): a short value, no sentence.
2. Words: a part with a job-title word ("Engineer", "Intern", "Ingenieur", or a compound ending
   in one: "Stationsleitung") is the title; a part with an organisation word ("Inc", "GmbH",
   "University", "Herzzentrum") is the company (of two, not a unit opening "Department of …") — unless
   it ends in a title word ("Software Engineer") or reads as a description (mostly lower-case words:
   "Monitoring of office systems"). Location parts ("Berlin, Germany") are taken out first.
3. An employer named inside a phrase ("Formation en marketing organisé par Acme", "Stage à
   l'entreprise Acme"): the capitalised name after an introducing phrase of the vocabulary is the
   company when the words gave none; the words before the phrase stay a title candidate.
4. Order: with nothing else to go on, the first part is the company and the second the title.
   Within a section, an entry whose words decided only one side and which breaks the order that
   most entries show, and no fully decided one contradicts, is turned round ("Freelancer" over
   the role, where the others put the employer first) — unless its employer has an organisation
   word, or it is a company line whose company later roles took (the layout says which is which).
   (Signals 1-3 and the first sentence of 4, one entry's parts read by their words, live in
   :mod:`.header_roles`.)
5. The section's pattern (:mod:`resumekit.fields.pattern`): where the section's entries agree on
   the slot (the look of the line, the place of the part on it) of the employer, the title and
   the place, every entry is read that way; an entry keeps its own reading only where its words
   decided both sides otherwise (unless the employer's slot holds organisation words too: a
   course named after a school over the university that employed — but not a unit, "Department
   of …", over the organisation the entry named), or where the slot's part lacks the words its own
   part has.
   When the words found only one of employer and title, the first comma piece of a place read
   greedily ("Pellow, Bristol"), when no table knows it as a place, is the other; a role, a
   piece without words and a name in capitals no table knows as a place ("Teaching Assistant,
   Algorithms Course, HCU") are the role, its qualifier and the employer's initials.
6. A role without a company under a company-only line ("Acme" / "Engineer  2019-2021" /
   "Senior Engineer  2021-now") takes that company (a role with at most two header lines that
   name something: dates and place lines do not count); so does a one-part dated row shaped like
   the role row under that line (a list of courses taught at one institution), the row its title.
   An undated role right after a dated company line that no role has taken yet, a description
   of the employer between them ("Halloran Instruments, Worcester, MA" / "2014 to Present" /
   "Maker of lab scales for schools." / "Regional Sales Manager"), is that entry's title, its
   text the entry's: one job, not an employer without a role and a role without dates.

7. A role with no employer of its own nor from a line above that names one in brackets ("Data
   Analyst (Acme Ltd)") takes it from the brackets, when their words name an organisation or
   they are a name of two to four capitalised words, no place ("Engineer (Gullwing Games)").
7b. An employer that carries its town ("Acme S.L. (Valencia)"; "Halloway Press, Brantwick" where
   half the section's other entries print "Employer, Place"): the town is the entry's place
   (:func:`resumekit.fields.location.town_after_employer`).
8. A run of date lines alone under an entry is another period of that role (its earliest start,
   its latest end), not an entry; so, under a label line of a role ("Selected engagements:"), is
   a dated line inside its period that names no role nor employer (a client engagement): its text.
9. Text that names no role is no entry: an undated entry without company, title or place, or
   whose header parts all read as descriptions, is the rest of the entry above (in the section,
   or in the section whose heading is repeated on the next page), else loose text; a section
   none of whose entries is dated or names a role or an employer by its words (abilities under
   "Relevant Experience") is loose text; so is a dated gap ("Career break (2019 – 2020): travelled"; vocabulary's career_gaps),
   and under a teaching heading (the vocabulary's teaching_headings) a dated course that names no
   role nor employer ("2021 – present ⇥ Soil Ecology (second year), module lead";
   :func:`~resumekit.fields.phrases.names_no_role`); so is an undated header holding an e-mail
   address alone on a line and a phone number alone on another: a person's contact block read
   into the section (a page's header cell read beside a column), no role.

Before all this, :func:`~resumekit.fields.job_sections.split_degrees` takes the degrees out of a section of positions and
education (an entry whose first part is a degree and no part a role, or whose parts name only
schools, degrees and places), for education.

A line of technologies ("Stack: Go, Postgres", "Kotlin | Postgres | Kafka") goes to
``technologies``; bullets go to ``highlights``; other sentences to ``summary``, not a label over
the bullets ("Aufgaben:", "Key achievements", the vocabulary's sub-headings).
"""
from __future__ import annotations

from collections import Counter

from ..document import Line, Section
from ..schema import Experience
from ..text import EMAIL_RE, key, phone_alone
from ..vocab import merged
from .entries import Entry, header_dates, is_attribute, is_sub_heading, label_of, split_entries
from .phrases import (career_gap, comma_pieces, employer_labelled, employment_sentence, is_url,
                      name_list, names_no_role, org_like, segments, title_like, unit_like, unlabelled)
from .location import bare_town, name_before_place, split_place, town_after_employer
from .pattern import Part, Pattern, header_parts, part_features, section_pattern
from .header_roles import assign, described, employer_in_brackets
from .labelled_roles import form_entries
from .job_sections import date_fields, holds_roles, split_degrees, teaching as _teaching, technologies_of

__all__ = ["read_experience", "experience_entries", "split_degrees", "technologies_of", "date_fields", "holds_roles"]


def read_experience(section: Section) -> tuple[list[Experience], list[str]]:
    """(the section's entries, its loose text). Loose text is what belongs to no entry: a
    sentence above the first job ("For exact dates see my website."), bullets under no header
    that name no employer, role, place or date."""
    found, loose = experience_entries(section)
    return [exp for _, exp in found], loose


def experience_entries(section: Section, entries: list[Entry] | None = None
                       ) -> tuple[list[tuple[Entry, Experience]], list[str]]:
    """As :func:`read_experience`, each experience beside the :class:`Entry` it was read from,
    whose ``roles`` name the lines of its company, title, place and dates; ``entries``: the
    section's entries when they were split already. (A heading repeated on the next page
    continues its section in segmentation, so a section never starts inside an entry.)"""
    loose: list[str] = []
    guessed: list[Experience] = []
    votes: Counter[str] = Counter()
    sure: Counter[tuple[str, bool]] = Counter()  # by order and shape: entries whose words decided both sides
    shaped: Counter[tuple[str, bool]] = Counter()  # the votes by order and shape (one line or two)
    half: list[tuple[Experience, str, bool]] = []
    group_company: str | None = None
    group_place: str | None = None  # the place on the group's company line
    opener: Experience | None = None  # the entry whose first line is the group's company
    heads: set[int] = set()  # the openers whose company later roles took: their order is settled
    group_row: Line | None = None  # the role row under the group's company line
    pairs: list[tuple[Entry, Experience]] = []
    form = form_entries(section.lines)
    if form is not None:
        return [(entry, _form_experience(entry, fields)) for entry, fields in form[0]], form[1]
    readings = [(entry, *_read(entry)) for entry in (split_entries(section.lines, jobs=True) if entries is None else entries)]
    gaps = {id(entry) for entry, *_ in readings if career_gap([line.text for line in entry.header])}  # text, no role
    if _teaching(section):  # the courses of a teaching section: text, no role
        gaps |= {id(entry) for entry, *_ in readings if names_no_role([line.text for line in entry.header])}
    gaps |= {id(entry) for entry, *_ in readings if _contact_block(entry)}  # contact lines, no role
    loose += [line.plain for entry, *_ in readings if id(entry) in gaps for line in entry.lines]
    readings = [r for r in readings if id(r[0]) not in gaps]
    if _no_roles(readings):
        return [], [line.plain for line in section.lines]
    readings, spans = _employer_rows(readings)
    # the parts of each entry the pattern reads: those with a role (not a group's company line)
    parts = {id(entry): _header_parts(entry) for entry, exp, company_only, _ in readings
             if exp is not None and not company_only}
    # an entry's own reading votes only where its words decided something, not its guesses by position
    roles = [(parts[id(entry)], {"company": exp.company, "title": exp.title} if order != "guessed" else {})
             for entry, exp, company_only, order in readings if id(entry) in parts]
    pattern = section_pattern([p for p, _ in roles], [r for _, r in roles])
    for entry, exp, company_only, order in readings:
        if id(entry) in parts and pattern:
            order = _follow(pattern, parts[id(entry)], exp, order)
        if company_only:
            group_company, group_place, group_row = company_only, spans.get(id(entry)), None
            continue
        if exp is None:
            continue
        if not (exp.start or exp.end or exp.current) and _describes(entry):
            _as_text(entry, exp)
        if not (exp.company or exp.title or exp.location or exp.start or exp.end or exp.current):
            # text without a role: the rest of the entry above (a page's bullets under the heading
            # repeated on the next page), else loose text — never an entry of its own
            if pairs:
                _continue(*pairs[-1], entry, exp)
            else:
                loose += [*exp.highlights, exp.summary or "", ", ".join(exp.technologies)]
            continue
        if pairs and _another_period(entry, exp):
            _widen(*pairs[-1], entry, exp)
            continue
        if pairs and _sub_item(*pairs[-1], entry, exp):
            exp.summary = " ".join([line.plain for line in entry.header] + ([exp.summary] if exp.summary else []))
            _continue(*pairs[-1], entry, exp)
            continue
        role = _row_at(entry, group_row) if group_company else None
        if role:
            exp.company, exp.title = group_company, role
            exp.location = exp.location or group_place
            heads.add(id(opener))
            pairs.append((entry, exp))
            continue
        if exp.company is None and exp.title and group_company and _naming_lines(entry) <= 2:
            if _role_of_described(pairs, opener, heads, exp):
                opener.title, opener.location = exp.title, opener.location or exp.location
                _continue(*pairs[-1], entry, exp)
                heads.add(id(opener))
                continue
            exp.company = group_company
            exp.location = exp.location or group_place
            heads.add(id(opener))
        else:
            group_company = exp.company if _company_line(entry, exp.company) else None
            group_row = entry.header[1] if group_company else None
            # the place printed on the company line is every role's there, not one printed by a role
            group_place = exp.location if group_company and exp.location \
                and exp.location in entry.header[0].text else None
            opener = exp if group_company else None
        if exp.company is None and exp.title:
            employer_in_brackets(exp)
        if order == "guessed":
            guessed.append(exp)
        elif order:
            votes[order.removeprefix("half_")] += 1
            one_line = _one_line(entry, exp)
            shaped[order.removeprefix("half_"), one_line] += 1
            if order.startswith("half_"):
                half.append((exp, order.removeprefix("half_"), one_line))
            else:
                sure[order, one_line] += 1
        pairs.append((entry, exp))
    # entries whose words said nothing follow the order the other entries of the section show
    if votes["title_first"] > votes["company_first"]:
        for exp in guessed:
            if exp.company and exp.title:
                exp.company, exp.title = exp.title, exp.company
    # an entry whose words decided one side only gives way to the order the section's entries of
    # its shape show (the employer and the title on one line, or on lines of their own: a line of
    # "Title, Employer (years)" under jobs of an employer's line over a title line keeps its order):
    # no sure entry agrees with it, and more entries, one of them sure, show the other order
    # (an entry whose employer the roles below it took is no exception: its company line heads them)
    for exp, order, one_line in half:
        if id(exp) in heads:
            continue  # a company line over roles that took its company: the layout says which is which
        other = "company_first" if order == "title_first" else "title_first"
        # (an employer named by an organisation word stays the employer: only a role word can
        # stand where employers do, "Freelancer")
        if sure[other, one_line] and not sure[order, one_line] and shaped[other, one_line] >= 2 \
                and shaped[other, one_line] > shaped[order, one_line] and exp.company \
                and exp.title and not (org_like(exp.company) and not title_like(exp.company)):
            exp.company, exp.title = exp.title, exp.company
    pairs = _labelled_employers_over_roles(pairs)
    # the entries that print "Employer, Place": half the others doing so, a last piece after the employer is a place
    placed = [f"{exp.company}, {exp.location}" in " ".join(l.text for l in entry.header) for entry, exp in pairs]
    # or every employer of two or more ends in such a piece: the section's shape is "Employer, Town"
    named = [exp for _, exp in pairs if exp.company]
    shaped = len(named) >= 2 and all(not e.location and town_after_employer(e.company, True) for e in named)
    for n, (entry, exp) in enumerate(pairs):
        others = placed[:n] + placed[n + 1:]
        town = None if exp.location else town_after_employer(exp.company or "", shaped or sum(others) * 2 >= len(others) > 0)
        if town:
            exp.company, exp.location = town
        entry.mark(company=exp.company, title=exp.title, location=exp.location)
    return pairs, [t for t in loose if t]


def _contact_block(entry: Entry) -> bool:
    """An undated header with an e-mail address alone on a line and a phone number alone on
    another (signal 9): a person's contact lines, no role."""
    texts = [line.text.strip() for line in entry.header]
    return any(EMAIL_RE.fullmatch(t) for t in texts) and any(phone_alone(t) for t in texts) \
        and not header_dates(entry.header)


def _labelled_employers_over_roles(pairs: list[tuple[Entry, Experience]]) -> list[tuple[Entry, Experience]]:
    """An entry that is only a labelled employer line ("Company: Harwick Services"), its body only
    labelled details ("Client: Kelham Energy"), over an entry that names a role and no employer:
    one entry, the role's, that employer's (the details open its summary)."""
    out: list[tuple[Entry, Experience]] = []
    for entry, exp in pairs:
        if out and exp.title and not exp.company and not any(_labelled(l) for l in entry.header):
            above, job = out[-1]
            if job.company and not job.title and not (job.start or job.end or job.current or job.highlights) \
                    and len(above.header) == 1 and _labelled(above.header[0]) and all(is_attribute(l) for l in above.body):
                exp.company = job.company
                exp.summary = " ".join([l.plain for l in above.body] + ([exp.summary] if exp.summary else [])) or None
                entry.header, entry.body = above.header + entry.header, above.body + entry.body
                entry.sources = {**above.sources, **entry.sources}
                out[-1] = (entry, exp)
                continue
        out.append((entry, exp))
    return out


def _labelled(line: Line) -> bool:
    return any(employer_labelled(seg) for seg in segments(line.text))


def _head_lines(entry: Entry) -> tuple[list[Line], list[Line], list[str]]:
    """(the header lines that name the role: the first three short ones that are not a list of
    technologies after a line that names something, not counting lines of dates or of a place
    only; the other header lines; the technologies)."""
    head_lines: list[Line] = []
    extra: list[Line] = []
    technologies: list[str] = []
    naming = 0
    for line in entry.header:
        tech = technologies_of(line)
        if tech and naming:  # (under a line of dates alone, "Title | Employer | Town" is the head)
            technologies += tech
        elif naming < 3 and len(line.plain) <= 200:
            head_lines.append(line)
            naming += _names_something(line)
        else:
            extra.append(line)
    return head_lines, extra, technologies


def _header_parts(entry: Entry) -> list[Part]:
    lines = _head_lines(entry)[0]
    return header_parts(lines, [bool(header_dates([l])) for l in lines])


def _follow(pattern: Pattern, parts: list[Part], exp: Experience, order: str | None) -> str | None:
    """Read the entry as the section's pattern says: its parts in the employer, title and place
    slots take those roles, unless the part's own words say otherwise (a title word in the
    employer's slot, an organisation word or a place in the title's), or the entry's words decided
    both sides and the pattern would turn them round. Returns the entry's order vote (None once
    the pattern changed its reading)."""
    got = pattern.read(parts)
    place = got.get("place")
    if place is not None:
        if exp.company == place.text:
            exp.company = None
        if exp.title == place.text:
            exp.title = None
        exp.location = exp.location or place.text
    company, title = got.get("company"), got.get("title")
    c = company.text if company is not None and "title_word" not in part_features(company.text) else None
    t = title.text if title is not None and not part_features(title.text) & {"org_word", "place"} else None
    # an organisation word in the title's slot is no reason to leave the entry without a title
    # when the employer's slot holds the employer ("Akademischer Rat, Technische Universität")
    if t is None and title is not None and exp.title is None and c is not None and c != title.text \
            and "place" not in part_features(title.text) and "org_word" in part_features(c):
        t = title.text
    # a part without words of its role does not displace one that has them ("Dunmore" in the
    # employer's slot, the entry's organisation-worded employer beside it)
    if c is not None and exp.company and "org_word" in part_features(exp.company) - part_features(c):
        c = None
    if t is not None and exp.title and "title_word" in part_features(exp.title) - part_features(t):
        t = None
    # a part that holds the entry's employer and role both ("Orrin Foods: Data Analyst") was read
    # finer by the entry's own words
    if exp.company and exp.title and exp.company != exp.title:
        c = None if c is not None and exp.company in c and exp.title in c else c
        t = None if t is not None and exp.company in t and exp.title in t else t
    sure = order in ("title_first", "company_first") and exp.company and exp.title
    # the entry's words decided both sides otherwise: an earned exception — unless the employer's
    # slot holds organisation words too (a course or a school over the university that employed:
    # the section's slot says which one is the employer)
    if sure and (_earned(c, exp.company, exp.title) or _earned(t, exp.title, exp.company, always=True)):
        return order
    if c is None and t is None:
        return order
    old_company, old_title = exp.company, exp.title
    if c is not None:
        tail = old_company[len(c):].lstrip() if old_company and old_company.startswith(f"{c},") else ""
        if tail and not exp.location and bare_town(tail.lstrip(", ")):
            exp.location = tail.lstrip(", ")  # ("St Ives Hospice, Reading": the slot holds the name, the town stays)
        exp.company = c
        if old_title == c:  # the part the entry read as its title is the section's employer
            exp.title = old_company if t is None else None
    if t is not None:
        exp.title = t
        if exp.company == t:
            exp.company = old_title if c is None else None
        elif c is None and exp.company and t in comma_pieces(exp.company):
            # "Fabricator, Avon Steelworks", no word of which the vocabulary knows, read whole as
            # the employer: the title's slot took its first piece, the employer is the rest
            exp.company = ", ".join(p for p in comma_pieces(exp.company) if p != t) or None
    # a pattern that agrees with the entry's own reading leaves its vote on the section's order
    return order if (exp.company, exp.title) == (old_company, old_title) else None


def _earned(part: str | None, own: str | None, other: str | None, always: bool = False) -> bool:
    """The entry keeps its own reading against the slot's ``part`` for the employer: the part is
    neither of the entry's values, and lacks organisation words or is only a piece of the entry's
    own employer, or is a unit of an organisation while the entry's employer is none; for the title
    (``always``), whenever the part is neither."""
    if not part or part in (own, other):
        return False
    # (a unit in the employer's slot, "Department of Chemistry", does not displace the organisation
    # the entry's words chose over it, "University of Tarrowby")
    return always or "org_word" not in part_features(part) or part in (own or "") \
        or unit_like(part) and not unit_like(own or "")


def _another_period(entry: Entry, exp: Experience) -> bool:
    """A run of date lines alone, no words and no body, under an entry: another period of the
    same role ("Teaching Assistant ⇥ Oct 2014 – Jun 2015" / "Oct 2013 – Jun 2014")."""
    return not (exp.company or exp.title or exp.location or exp.summary or exp.highlights or entry.body) \
        and exp.start is not None and all(not segments(line.text) for line in entry.header)


def _widen(prev_entry: Entry, prev: Experience, entry: Entry, exp: Experience) -> None:
    """The entry above spans its own period and the one below: the earliest start, the latest end."""
    if prev.start is None or (exp.start and exp.start < prev.start):
        prev.start = exp.start
    if not prev.current and (exp.current or prev.end is None or exp.end and exp.end > prev.end):
        prev.end, prev.current = exp.end, exp.current
    prev_entry.body += entry.header
    prev_entry.sources.update(entry.sources)


def _employer_rows(readings: list) -> tuple[list, dict[int, str | None]]:
    """(the readings with each employer's dated line over its roles read as a company line; the
    place on each such line, by the id of its entry). An entry that is one dated line naming an
    employer and no role, over entries dated within the employer's span that each name a role
    and no employer, is that employer's line ("Acme ⇥ Leeds ⇥ 2015 – 2024" / "Manager ⇥ 2021 –
    2024" / "Lead ⇥ 2015 – 2020"): its span is the sum of the roles below it, not a job. A role
    line whose one name has no word of either side ("Yard Hand"), in another look than the
    employer's line (weight, size, cells), is a role too: its name the title."""
    out, places = list(readings), {}
    for n, (entry, exp, _, _) in enumerate(readings[:-1]):
        if exp is None or not exp.company or exp.title or exp.highlights or exp.summary or entry.body \
                or len(entry.header) != 1 or not (exp.start and (exp.end or exp.current)):
            continue
        roles = []
        for role_entry, role, _, _ in readings[n + 1:]:
            if role is None or not _within(role, exp):
                break
            if role.title and not role.company:
                roles.append(None)
            elif _bare_role(role_entry, role, entry.header[0]):
                roles.append(role)
            else:
                break
        if not roles:
            continue
        for role in roles:
            if role is not None:
                role.title, role.company = role.company, None
        out[n] = (entry, None, exp.company, None)
        places[id(entry)] = exp.location
    return out, places


def _bare_role(entry: Entry, exp: Experience, employer: Line) -> bool:
    """One dated line naming one thing with no organisation word nor place, set apart from the
    employer's line above by its look: a role without a title word under that employer."""
    line = entry.header[0]
    look = (line.style.bold, line.style.italic, round(line.style.size or 0), len(line.cells))
    other = (employer.style.bold, employer.style.italic, round(employer.style.size or 0), len(employer.cells))
    return len(entry.header) == 1 and bool(exp.company) and not exp.title and not exp.location \
        and not org_like(exp.company) and look != other


def _within(role: Experience, span: Experience) -> bool:
    """The role's dates lie inside the span's years (an ongoing role inside an ongoing span)."""
    if not (role.start and span.start and (span.end or span.current)) or role.start[:4] < span.start[:4]:
        return False
    if role.current:
        return span.current
    return span.current or bool(role.end and role.end[:4] <= span.end[:4])


def _sub_item(prev_entry: Entry, prev: Experience, entry: Entry, exp: Experience) -> bool:
    """A dated line inside the period of the role above, under a label line of that role ("Selected
    engagements:", "Key clients:"), whose pieces name no employer and no role (none headed by a
    capitalised title word): a part of that role, a consultant's client engagement ("Regional water
    utility — Asset data strategy (2019 – 2020)")."""
    if not (exp.start and _within(exp, prev)) or exp.start == prev.start and exp.end == prev.end:
        return False
    if not any(line.text.rstrip().endswith(":") and not line.bullet and len(line.text.split()) <= 4
               for line in prev_entry.lines):
        return False
    return names_no_role([line.text for line in entry.header])


def _no_roles(readings) -> bool:
    """No entry of the section is dated and none names a role or an employer (or a list of
    employers) by its words: a list of abilities under an experience heading ("Stage Rigging" /
    what it involved / "Knots ⇥ Loads ⇥ Teamwork"), not jobs."""
    exps = [exp for _, exp, _, _ in readings if exp is not None]

    def names(x: str) -> bool:
        return title_like(x) or org_like(x) or name_list(x)  # (a list of employers names them too)

    return bool(readings) and not any(exp.start or exp.end or exp.current for exp in exps) and not any(
        names(x) for exp in exps for x in (exp.company, exp.title) if x) \
        and not any(names(company) for _, _, company, _ in readings if company)


def _describes(entry: Entry) -> bool:
    """Every header part of the entry reads as a description (mostly lower-case words: "Worked
    with crews of ten on tight schedules"): sentences set apart from a bullet list, not a role."""
    parts = [seg for line in entry.header for seg in segments(line.text)]
    # (a short one with a role's or an employer's word may be an undated role: "Teaching
    # assistant for physics courses")
    return bool(parts) and all(described(p) and (len(p.split()) >= 8 or not (title_like(p) or org_like(p)))
                               for p in parts)


def _as_text(entry: Entry, exp: Experience) -> None:
    """The entry's header lines are text: its highlights (bulleted) and summary, no names."""
    exp.highlights = [l.plain for l in entry.header if l.bullet] + exp.highlights
    summary = [l.plain for l in entry.header if not l.bullet] + ([exp.summary] if exp.summary else [])
    exp.summary = " ".join(summary) or None
    exp.company = exp.title = exp.location = None


def _one_line(entry: Entry, exp: Experience) -> bool:
    """Are the entry's employer and title printed on one header line?"""
    return bool(exp.company and exp.title) and any(exp.company in l.text and exp.title in l.text for l in entry.header)


def _continue(prev_entry: Entry, prev: Experience, entry: Entry, exp: Experience) -> None:
    """The entry above goes on with this one's text: a block without a company, title, place or
    dates (bullets under a heading repeated on a new page) is the rest of the role above it."""
    prev.highlights += exp.highlights
    prev.technologies += [t for t in exp.technologies if t not in prev.technologies]
    if exp.summary:
        prev.summary = f"{prev.summary} {exp.summary}" if prev.summary else exp.summary
    prev_entry.body += entry.lines
    prev_entry.sources.update(entry.sources)


def _role_of_described(pairs: list[tuple[Entry, Experience]], opener: Experience | None, heads: set[int],
                       exp: Experience) -> bool:
    """An undated role (``exp``) under the entry above, a dated company line no role has taken yet
    whose text describes the employer: the title of that entry (signal 6)."""
    return (opener is not None and bool(pairs) and pairs[-1][1] is opener and id(opener) not in heads
            and opener.title is None and bool(opener.start or opener.end or opener.current)
            and not (exp.start or exp.end or exp.current))


def _naming_lines(entry: Entry) -> int:
    """The header lines that name something: not those of dates or of a place only."""
    return sum(map(_names_something, entry.header))


def _names_something(line: Line) -> bool:
    """A header line with a part that is not a place (a line of dates holds no part)."""
    return any("place" not in part_features(seg) for seg in segments(line.text))


def _company_line(entry: Entry, company: str | None) -> bool:
    """The entry opens with a line that is only its company, maybe with its town after a comma,
    with the role and dates below it: roles that follow without a company of their own are at the
    same employer ("IBM ⇥ 2019 – 2021" over "Developer"; "Kestrel Logistics, Derby" over "Warehouse
    Manager ⇥ 2019 – 2022")."""
    if not company or len(entry.header) < 2:
        return False
    first = segments(entry.header[0].text)
    return bool(first) and company in (first[0], split_place(first[0])[0])


def _row_at(entry: Entry, row: Line | None) -> str | None:
    """The role of a one-line entry shaped like the role row under a company line (same cells,
    weight, size, dated): another role at that company ("Westfield College" / "HIST 12 (TA) ⇥
    Fall 2023" / "HIST 40 (TA) ⇥ Spring 2023"), the whole row its title; else None."""
    if row is None or len(entry.header) != 1 or entry.dates is None or header_dates([row]) is None:
        return None
    line = entry.header[0]
    a, b = line.style, row.style
    if (len(line.cells), a.bold, a.italic, round(a.size or 0)) != (len(row.cells), b.bold, b.italic, round(b.size or 0)):
        return None
    parts = [p for p in (split_place(seg)[0] for seg in segments(line.text)) if p]
    return parts[0] if len(parts) == 1 else None


def _form_experience(entry: Entry, fields: dict[str, str]) -> Experience:
    """The experience of an entry printed as a form (:mod:`.labelled_roles`): its roles by their labels."""
    highlights, summary, technologies = _body(entry.body)
    return Experience(**fields, highlights=highlights, summary=" ".join(summary) or None,
                      technologies=list(dict.fromkeys(technologies)), **date_fields(entry))


def _body(lines: list[Line]) -> tuple[list[str], list[str], list[str]]:
    """(highlights, sentences, technologies) of an entry's body lines."""
    highlights, summary, technologies = [], [], []
    for line in lines:
        tech = technologies_of(line)
        if tech:
            technologies += tech
        elif line.bullet:
            highlights.append(line.plain)
        elif not is_sub_heading(line):  # "Aufgaben:" over the bullets labels them, it says nothing of the role
            summary.append(line.plain)
    return highlights, summary, technologies


def _labelled_role(lines: list[Line]) -> tuple[str, Line] | None:
    """(the role, its line) a body line names after a title label and its colon ("Role: Lead
    Cutter", "Position held: …", the vocabulary's title_labels), a short value that is no
    sentence, else None: the first such line of an entry whose header named no role."""
    labels = merged().title_labels
    for line in lines:
        found = label_of(line)
        if found and key(found[0]) in labels and 0 < len(found[1].split()) <= 8 and not found[1].endswith("."):
            return found[1].strip(), line
    return None


def _read(entry: Entry) -> tuple[Experience | None, str | None, str | None]:
    head_lines, extra, technologies = _head_lines(entry)
    parts: list[tuple[str, int]] = []  # (segment, line number)
    labelled: tuple[str, int] | None = None  # the employer named after its label ("Company: Harwick")
    for n, line in enumerate(head_lines):
        for seg in segments(line.text):
            named = employer_labelled(seg)
            told = employment_sentence(seg) if not named and labelled is None else None
            if named and labelled is None:
                labelled = (named, n)
            elif told is not None:  # "Worked as Analyst with Harwick Ltd": the sentence says which is which
                labelled = (told[1], n)
                parts += [(p, n) for p in (told[0], told[2]) if p]
            elif not is_url(seg):  # a company's web address beside the role names no one
                parts.append((unlabelled(seg), n))
    company, title, location, order = assign(parts)
    if labelled is not None:
        # the label says which part is the employer; the part the other parts gave as the
        # employer, beside no title, is the role
        title = title or (company if company != labelled[0] else None)
        company = labelled[0]
        at = next((n for seg, n in parts if seg == title), None)
        order = None if at is None else "company_first" if labelled[1] <= at else "title_first"
    # (the descriptions that stood where an employer would, beside a role without one, open the summary)
    told = [seg for seg, _ in parts if company is None and title and seg != title and described(seg)
            and len(seg.split()) >= 4 and seg not in (location or "")]
    if location and (company is None) != (title is None):
        name, place = name_before_place(location)
        if name:
            company, title, location = company or (name if title else None), title or (name if company else None), place
    fields = date_fields(entry)
    if entry.dates and entry.dates.single and fields.get("start"):
        fields["end"] = fields["start"]  # a role dated by one term ("Fall 2023") began and ended in it
    body = entry.body + extra
    if title is None and (named := _labelled_role(body)) is not None:
        title, line = named  # "Role: Senior Estimator" under the employer's line names the role
        body = [l for l in body if l is not line]
    highlights, sentences, more = _body(body)
    summary = told + sentences
    technologies += more
    if not (company or title or fields or highlights or summary):
        return None, None, None
    if company and not title and not fields and not entry.body and len(entry.header) == 1:
        return None, company, None  # a company line over several roles
    return Experience(company=company, title=title, location=location, highlights=highlights,
                      summary=" ".join(summary) or None, technologies=list(dict.fromkeys(technologies)),
                      **fields), None, order
