"""Splitting a section into entries (jobs, degrees, projects) and its lines into fields.

Signals, in order of precedence:
1. Line roles: a bullet is body; a labelled detail, a bare URL or a sub-heading of the
   vocabulary alone on its line ("Highlights", "Aufgaben") is body; a line with a date range is
   a header line (even a bulleted one, when short: "• 2019 – 2021: Analyst, Acme"; not a bulleted
   sentence whose dates come after its first words, "• Monthly close in five days since 2021."); a long line
   or a sentence is body (prose); any other short line is a header line — unless the section is
   typeset (its first dated header is larger than the running text), where a plain undated line
   in the text's size is body. A single date inside a sentence ("... in 2024, 75% of quota."),
   one that ends a sentence after a small word ("Promoted to team lead in 2020.") or an open one
   late in a long sentence ("... operations on 24/7 since 2011.") dates nothing.
2. Runs: consecutive header lines form a header run; the body lines after it belong to it.
3. Date anchors: a header run holding several dated lines holds several entries. Where most
   entries' dated unit sits in their header (first line, second line...; one odd entry decides
   nothing: :mod:`.entry_cuts`) is the section's template,
   and the run is cut so every entry has the same shape; where the template does not fit, an
   entry starts right after the previous entry's dated line. A dated unit is the dated line, or
   the row above it when the line holds only dates set under that row's right-hand cell ("Acme,
   Analyst ⇥ Leeds" / "06/2013 – 06/2017"). Where entries date their first line beside a name, a
   line of dates alone under undated lines past those the entries set after their dates is a name
   wrapped over its dates: those lines open its entry and are joined into one (:mod:`.entry_cuts`,
   signal 4). Above a run's only dated unit, sentences further up
   than the template puts a header line are the entry above's text; so are all the lines further
   up than it when more than ``FAR_ABOVE`` stand there (the entry above's duties or a column of
   skills with no bullets nor full stops, as plain and flattened text keep them). A place alone on the line right under an entry's
   dates stays with that entry when the next one still has a name line above its own dates. Where most dated lines carry their dates in a cell
   of their own, a bare year inside a line's words ("Summer School 2019") is no anchor. In a
   typeset section, a one-line undated run between dated entries is a label of the entry above —
   in a section read for jobs, not when it names a role by its words and the dated entry above
   names none (an employer's line and dates, a sentence about the employer, then the role).
   In plain text, an undated line indented under a one-line header (a dated line naming two
   things) that names nothing of a header ("  Dean's List, six semesters") is body. In a section
   read for jobs whose entries date their first line, an undated line in the look of that line
   that names a role beside another part, no degree nor school ("Surveyor's Assistant | Cherry
   Creek Surveys | Englewood, CO"), is a job of its own, not a sub-heading of the one above.
4. Without any dates, every header run is one entry; a change of block (a blank line, a vertical
   gap) inside a run starts a new one; in a section read for jobs, rows of two names each, a role
   by its words in two of them ("Harlow Oilfield Services, Field Technician" / "Kelby Ltd.,
   Engineer"), are a job each.

Before that, page furniture that plain and flattened text keep among the lines is dropped (a page's
label, "Jane Doe, page 2"; a heading or employer repeated with "continued"), and four repairs of what extraction gives (the first two in :mod:`.date_cells`): a date
cell wrapped onto a line of its own ("... ⇥ March 2018 – June" / "2020", "... ⇥ novembre 2022 –
in" / "corso") ends the cell above; dates in a cell of their own on a bullet's row are set apart
(a year alone in the next bullet's date cell ending them); wrapped lines are joined
(a line that continues a bullet: hanging indent, a lower-case start, the previous line ending
in a comma or a connector; not a line in another weight under a line that is no bullet nor
sentence: "Orrin Parish Council" bold over "stage"); and a header line whose words change style
once or twice with no separator between them (Europass: a bold role, then the employer in
regular) has a gap (TAB) at each change (:func:`.style_runs.runs_apart`).

The fields of a header line, and what kind of phrase each is: :mod:`resumekit.fields.phrases`.

An entry's dates: the first range on its header lines, else the first date with a month, else
the first year. Each entry records the document lines it came from (``Entry.sources``) and the
readers record which lines gave each field (``Entry.roles``).

Errs towards keeping: a block of bullets without a header of its own stays, as an entry with
what is known, rather than being dropped.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import regex

from ..document import Line
from ..text import has_phrase, key
from ..vocab import merged
from .date_cells import dates_apart, folded_roles, wrapped_dates
from .entry_cuts import cut as _cut, reach as _reach, template_of as _template, unit as _unit
from .dates import DateRange, find_dates, order_for
from .header_runs import headers_returned
from .location import location_of
from .prose import ABBREVIATION_END as _ABBREVIATION_END, SENTENCE_END as _SENTENCE_END, is_prose, join_wrapped
from .prose import is_running_text, line_dates as _dates
from .style_runs import runs_apart
from .trailing_dates import raised
from .phrases import comma_pieces, degree_like, institution_like, is_url, legal_form, org_like, segments, title_like

__all__ = ["Entry", "split_entries", "header_dates", "join_wrapped", "is_prose", "is_attribute", "is_sub_heading",
           "is_url_line", "label_of"]

@dataclass
class Entry:
    """One entry of a section, with where it came from: ``sources`` maps the index of each of its
    lines to the indices of the document lines joined into it (a wrapped bullet, a wrapped date
    cell); ``roles`` is filled by the reader with the lines each field was read from
    (``{"company": (12,), "title": (13,), "dates": (12,)}``), the key of a later provenance."""

    header: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    dates: DateRange | None = None
    sources: dict[int, tuple[int, ...]] = field(default_factory=dict)
    roles: dict[str, tuple[int, ...]] = field(default_factory=dict)

    @property
    def lines(self) -> list[Line]:
        return self.header + self.body

    def indices(self, lines: list[Line] | None = None) -> tuple[int, ...]:
        """The document line indices of ``lines`` (all the entry's by default), joins unfolded."""
        out: list[int] = []
        for line in self.lines if lines is None else lines:
            out += self.sources.get(line.index, (line.index,))
        return tuple(sorted(set(out)))

    def locate(self, value: str | None) -> tuple[int, ...]:
        """The document line indices of the first header line that holds ``value``; () when none does."""
        if not value:
            return ()
        for line in self.header + self.body:
            if value in line.plain or value in line.text:
                return self.indices([line])
        return ()

    def mark(self, **values: str | None) -> None:
        """Record the lines each named value was read from (``mark(company=..., title=...)``)."""
        for role, value in values.items():
            where = self.locate(value)
            if where:
                self.roles[role] = where


_ATTRIBUTE = regex.compile(r"^\s*(?P<label>[\p{L}][\p{L} .'’/&-]{0,30}?)\s*[:：]")


def label_of(line: Line) -> tuple[str, str] | None:
    """(the label, the value after its colon) of a line that opens with a short label ("Client:
    Tidewater Telecom", "役職：…"), else None."""
    plain = line.plain
    m = _ATTRIBUTE.match(plain) if ":" in plain or "：" in plain else None  # (no colon: no label, no call into regex)
    return (m.group("label"), plain[m.end():].strip()) if m else None


def is_attribute(line: Line) -> bool:
    """"Stack: Go, Postgres", "GPA: 3.8", "Thesis: ...": a labelled detail of the entry above."""
    found = label_of(line)
    if found is None:
        return False
    label = key(found[0]).split()
    labels = merged().attribute_labels
    # "Dissertation Chair:" is a detail like "Dissertation:"
    return " ".join(label) in labels or (0 < len(label) <= 3 and label[0] in labels)


def is_sub_heading(line: Line) -> bool:
    """"Highlights", "Key achievements", "Aufgaben:" alone on a line: a label over the entry's
    details (the vocabulary's sub-headings), not the header of a new entry."""
    text = line.plain.rstrip(" :：")
    return 0 < len(text) <= 40 and key(text) in merged().sub_headings


def is_url_line(line: Line) -> bool:
    """A line that is a web address (three characters beside it at most)."""
    return is_url(line.plain, slack=3)


def _role(line: Line, head=None) -> str:
    """"head", "body" (bullet, prose, a labelled detail or a bare URL); ``head`` is the reader's
    own test for a header line that would otherwise look like a detail."""
    if head is not None and head(line):
        return "head"
    if is_attribute(line) or is_url_line(line) or is_sub_heading(line):
        return "body"
    dated = _dates(line)
    if dated:
        ranged = any(not d.single for d in dated)
        starts = dated[0].span[0] <= 2
        # (a range inside a bullet's sentence is no entry's date: "Moved SQL Server 2005 to 2012 without loss.";
        # nor one that ends it: "Monthly close in five working days since 2021.")
        inside = not starts and is_prose(line)
        if line.bullet and (len(line.plain) <= 200 and starts or len(line.plain) <= 120 and ranged and not inside):
            return "head"
        if not line.bullet and len(line.plain) <= 200:
            return "head"
    if line.bullet or is_prose(line) or _short_sentence(line.plain):
        return "body"
    return "head"


# "Cleaned store data.": a capitalised word, then only small words, and a full stop
_SHORT_SENTENCE = regex.compile(r"^\p{Lu}\p{Ll}+(?:\s+[\p{Ll}\d][\p{Ll}\d'’/-]*){1,3}\.$")


def _short_sentence(text: str) -> bool:
    """A sentence too short for :func:`is_prose` ("Cleaned store data.", "Ran the night shift."):
    two to four words, all but the first in small letters, ending in a full stop. An employer,
    title or place in small letters after its first word ends in no full stop, or in an
    abbreviation's ("Acme Co.", "Washington, D.C."): those stay header lines; so does an honours
    phrase ("First class honours.": the degree's grade)."""
    text = text.strip()
    return (bool(_SHORT_SENTENCE.match(text)) and not _ABBREVIATION_END.search(text)
            and not has_phrase(text, merged().honours))


def _wrapped_name_joined(header: list[Line], sources: dict[int, tuple[int, ...]],
                         wrapped_at: dict[int, int]) -> list[Line]:
    """An entry's header with its name wrapped over its dates (:func:`.entry_cuts.cut`, signal 4:
    "Office of the Deputy Minister and" / "Regional Development" / "05/2018 – 10/2020") joined
    into one line, the lines above its dates line."""
    end = wrapped_at.get(header[0].index) if header else None
    k = next((n for n, line in enumerate(header) if line.index == end), 0)
    if k < 2:
        return header
    joined = header[0]
    for line in header[1:k]:
        joined = _joined(joined, line, sources)
    return [joined] + header[k:]


def _joined(line: Line, below: Line, sources: dict[int, tuple[int, ...]]) -> Line:
    """``line`` with ``below`` joined after it by a space (its links and box too); ``sources``
    records that the joined line holds both (a header's lines joined after the cut)."""
    sources[line.index] = sources.get(line.index, (line.index,)) + sources.get(below.index, (below.index,))
    return line.with_(text=f"{line.text} {below.text}", links=line.links + below.links,
                      box=line.box.union(below.box) if line.box and below.box else line.box)


def _legal_forms_joined(header: list[Line], sources: dict[int, tuple[int, ...]]) -> list[Line]:
    """An entry's header lines with a company's legal form wrapped onto the next line of a narrow
    column joined back to its name ("Analyst, Tarrow Systems" / "LLP, Leeds ⇥ 2019 – 2021"): the
    line starts with a legal form alone before a comma or its cell's end, under a one-cell line that
    ends in neither a legal form nor a sentence's or a list's punctuation. Joined after the entries
    are cut, so the section's template still counts the lines as the page sets them."""
    out: list[Line] = []
    for line in header:
        prev = out[-1] if out else None
        head = (line.cells[0] if line.cells else "").split(",")[0].strip()
        words = prev.plain.split() if prev is not None else []
        if (prev is not None and words and not prev.bullet and len(prev.cells) == 1 and legal_form(head)
                and not legal_form(words[-1]) and not _SENTENCE_END.search(prev.plain)
                and not prev.plain.endswith((",", ";", ":"))):
            out[-1] = _joined(prev, line, sources)
            continue
        out.append(line)
    return out


# The last few splits, with the very lines they were made of (lines are immutable): a reader that
# tries a block and then reads it (projects: once to re-kind a section, once to read it) asks
# about the same lines twice. Readers fill an entry's ``roles``, so each caller gets entries of
# its own (:func:`_copies`). The document's day order changes a split only where some text it
# reads has the "a/b/YYYY" shape; the texts a split reads are pieces of the given lines joined
# with spaces or tabs or across a hyphen, so the shape is looked for in all of them joined without
# their gaps (:func:`resumekit.fields.dates.order_for`).
_RECENT: list[tuple[tuple[Line, ...], object, str | None, list[Entry]]] = []
_GAPS = regex.compile(r"\s+")


def _copies(entries: list[Entry]) -> list[Entry]:
    return [Entry(header=list(e.header), body=list(e.body), dates=e.dates, sources=dict(e.sources),
                  roles=dict(e.roles)) for e in entries]


def split_entries(lines: list[Line] | tuple[Line, ...], head=None, jobs: bool = False) -> list[Entry]:
    """The entries of a section. ``head(line)``, when given, marks lines the calling reader knows
    to be header lines (a dated "Certificate: Medical Coding" in education); ``jobs``: the section
    is read for jobs, where an undated line in the look of the dated headers is a job of its own
    (:func:`_undated_sibling`). A table's header row (origin "…:thead": its columns' names) is no
    line of an entry."""
    given = tuple(l for l in lines if not l.table_head)
    order = order_for(_GAPS.sub("", "".join(l.text for l in given)))  # None: reads alike in every order
    for seen, seen_head, seen_order, entries in _RECENT:
        if seen_head[0] is head and seen_head[1] is jobs and seen_order == order and len(seen) == len(given) \
                and all(a is b for a, b in zip(seen, given)):
            return _copies(entries)
    entries = _split(list(given), head, jobs)
    _RECENT.insert(0, (given, (head, jobs), order, _copies(entries)))
    del _RECENT[16:]
    return entries


split_entries.cache_clear = _RECENT.clear  # (forgotten with the answers kept per text)


def _split(given: list[Line], head, jobs: bool = False) -> list[Entry]:
    kept = _unfurnished(given)
    kept = headers_returned(kept) if jobs else kept  # header cells printed apart, back above their entries
    lines = [runs_apart(l) for l in join_wrapped(folded_roles(dates_apart(wrapped_dates(raised(kept)))))]
    sources = _sources(given, lines)
    roles = [_role(l, head) for l in lines]
    typeset = _typeset(lines, roles)
    if typeset:
        roles = [_body_role(l, r, typeset) for l, r in zip(lines, roles)]
    roles = _bullet_titles(lines, roles)
    roles = _indented_notes(lines, roles)
    roles = _dated_tasks(lines, roles)
    # runs of header lines, each followed by its body lines
    runs: list[tuple[list[int], list[int]]] = []
    for i, role in enumerate(roles):
        if role == "head":
            if not runs or runs[-1][1]:
                runs.append(([i], []))
            else:
                runs[-1][0].append(i)
        else:
            if not runs:
                runs.append(([], [i]))
            else:
                runs[-1][1].append(i)
    dated = _named_years_undated(lines, [bool(_dates(l)) and roles[i] == "head" for i, l in enumerate(lines)])
    template = _template(runs, dated, lines)  # (the shape most entries share: :mod:`.entry_cuts`)
    reach = _reach(runs, dated, lines, template)
    with_dates = sum(any(dated[i] for i in head) for head, _ in runs if head)
    mostly_dated = with_dates * 2 > sum(1 for head, _ in runs if head)
    entries: list[Entry] = []
    wrapped: list[tuple[int, int]] = []  # a name wrapped over its dates: its first line, its dates line
    # where nearly every line is a block of its own (a blank line after each), blocks group nothing
    blocky = len({l.block for l in lines}) < 0.8 * len(lines) if lines else False
    for n, (head, body) in enumerate(runs):
        if (entries and template is not None and not any(dated[i] for i in head) and not _opens_group(runs, n, dated)
                and (mostly_dated or _sentence(lines[head[0]]) or typeset and len(head) == 1)
                and not (jobs and template == 0 and len(head) == 1 and entries[-1].header
                         and _undated_sibling(lines[head[0]], entries[-1].header[0]))
                and not (jobs and len(head) == 1 and _role_of_roleless(lines[head[0]], entries[-1]))):
            # an undated run between dated entries: a sub-heading or a wrapped sentence of the entry above
            entries[-1].body.extend(lines[i] for i in head + body)
            continue
        if entries and template is not None:
            # sentences above a run's first date, further up than the section's template puts a
            # header line, continue the entry above; so does every line further up than that when
            # more than FAR_ABOVE lines stand there above a run's only date (the entry above's
            # text without bullets or full stops: a column of skills, a list of its duties)
            anchor = next((i for i in head if dated[i]), None)
            first = head.index(_unit(anchor, head, dated, lines, head[0] - 1)) if anchor is not None else -1
            far = first > template + FAR_ABOVE and sum(1 for i in head if dated[i]) == 1
            while first > template and (far or _sentence(lines[head[0]])):
                entries[-1].body.append(lines[head.pop(0)])
                first -= 1
        cut = _cut(head, dated, template, lines, blocky, reach, _running_text, wrapped)
        if jobs and len(head) >= 2 and not any(dated[i] for i in head) and _role_rows([lines[i] for i in head]):
            cut = [[i] for i in head]  # undated rows of a role and its employer each: earlier jobs, one a row
        for piece in cut:
            for part in (_siblings_apart(piece, lines, template) if jobs else [piece]):
                entries.append(Entry(header=[lines[i] for i in part]))
        if not entries:
            entries.append(Entry())
        entries[-1].body.extend(lines[i] for i in body)
    wrapped_at = {lines[s].index: lines[a].index for s, a in wrapped}
    for e in entries:
        e.header = _legal_forms_joined(_wrapped_name_joined(e.header, sources, wrapped_at), sources)
        e.dates = header_dates(e.header)
        e.sources = {l.index: sources.get(l.index, (l.index,)) for l in e.lines}
        if e.dates is not None:
            e.roles["dates"] = e.indices([l for l in e.header if _dates(l)][:1])
    return [e for e in entries if e.header or e.body]


FAR_ABOVE = 3  # header lines above a run's dates beyond the section's template that can still be its own

_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)"
# "Page 2 of 3", "Jane Doe, page 2", "Jane Doe • Page Two", "Résumé of Jane Doe - Page 2"
_PAGE_LABEL = regex.compile(rf"^(?:[\p{{L}}.'’ ]{{2,60}}?\s*[,–—⎯|·•-]?\s*)?\bpage\s*{_COUNT}(?:\s*(?:of|/)\s*{_COUNT})?\s*[.)]?$",
                            regex.IGNORECASE)
_PAGE_BEFORE = regex.compile(r"^page\s*\d{1,2}\s*(?:of|/)\s*\d{1,2}\s+(?=\p{Lu})", regex.IGNORECASE)
# "Jackson Associates, continued", "PROFESSIONAL EXPERIENCE (Cont.)", "Sales Director (contd)"
_CONTINUED = regex.compile(r"(?:[,(–—-]\s*|\s)\(?(?:continued|cont['’]?d|cont\.)\)?\s*$", regex.IGNORECASE)


def _unfurnished(lines: list[Line]) -> list[Line]:
    """The lines without the page furniture that plain and flattened text keep among them: a
    page's label ("Page 2 of 3", "Jane Doe, page 2", "Jane Doe • Page Two") and a heading or an
    employer's line repeated on the next page with "continued" ("Acme Ltd, continued",
    "EXPERIENCE (Cont.)"): what follows it goes on with the entry above. A page's count glued
    before words ("Page 2 of 2 Acme Corp.") is cut from them. (A bare number or date stays: "4/13"
    dates a role.)"""
    out = []
    for line in lines:
        text = " ".join(line.plain.split())
        if _PAGE_LABEL.match(text) or "cont" in text.lower() and _CONTINUED.search(text) \
                or text.isupper() and text.replace(" ", "").endswith("CONTINUED"):
            continue
        cut = _PAGE_BEFORE.match(line.text) if line.text[:4].lower() == "page" else None  # (its first word, or no call)
        out.append(line.with_(text=line.text[cut.end():], runs=()) if cut else line)
    return out


def _sources(given: list[Line], joined: list[Line]) -> dict[int, tuple[int, ...]]:
    """For each line after the joins, the indices of the given lines it holds: a joined line
    keeps the index of its first line and takes in the lines up to the next one's."""
    at = {}
    for n, line in enumerate(given):
        at.setdefault(line.index, n)
    # in the given order (trailing dates raised above their entry's text come back to their place);
    # a line split in two counts once
    starts = sorted(dict.fromkeys(l.index for l in joined), key=lambda i: at.get(i, -1))
    out: dict[int, tuple[int, ...]] = {}
    k = -1
    for line in given:
        if k + 1 < len(starts) and line.index == starts[k + 1]:
            k += 1
        if k >= 0:
            out[starts[k]] = out.get(starts[k], ()) + (line.index,)
    return out


def _typeset(lines: list[Line], roles: list[str]) -> float | None:
    """The size of the section's running text, when the first dated header is set larger than
    it (a document that tells headers from text by size), else None."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.style.size:
            sizes[round(line.style.size, 1)] += len(line.plain)
    first = next((i for i, l in enumerate(lines) if roles[i] == "head" and _dates(l)), None)
    if not sizes or first is None:
        return None
    body = sizes.most_common(1)[0][0]
    lo = hi = first
    while lo > 0 and roles[lo - 1] == "head":
        lo -= 1
    while hi + 1 < len(lines) and roles[hi + 1] == "head":
        hi += 1
    return body if all(l.style.size and l.style.size >= body + 0.9 for l in lines[lo:hi + 1]) else None


def _bullet_titles(lines: list[Line], roles: list[str]) -> list[str]:
    """A section whose entries each put one short bulleted line right above their dated line
    ("• Workshop on Type Design" / "Orrin Academy, 2019"): where the first entry has a header line
    above its dates and every bullet of the section sits alone between two dated header lines,
    the bullets are the entries' titles, not the body of the entry above."""
    first = next((i for i, l in enumerate(lines) if roles[i] == "head" and _dates(l)), None)
    if not first or roles[first - 1] != "head":
        return roles

    def dated_head(i: int) -> bool:
        return 0 <= i < len(lines) and roles[i] == "head" and bool(_dates(lines[i]))

    bullets = [i for i, l in enumerate(lines) if roles[i] == "body" and l.bullet]
    if not bullets or not all(
            dated_head(i - 1) and dated_head(i + 1) and len(lines[i].plain) <= 80 and not _dates(lines[i])
            and not _SENTENCE_END.search(lines[i].plain) and not lines[i].plain[:1].islower()
            and not is_prose(lines[i]) for i in bullets):
        return roles
    return ["head" if i in bullets else r for i, r in enumerate(roles)]


def _indented_notes(lines: list[Line], roles: list[str]) -> list[str]:
    """In plain text, an undated line indented under a one-line header (a dated line that names
    two things already: "School — Degree, May 2016") that names no role, employer, degree, school
    nor place is a note of that entry ("  Dean's List, six semesters"), body, not its header."""
    out = list(roles)
    for i in range(1, len(lines)):
        line, above = lines[i], lines[i - 1]
        if out[i] == "head" and out[i - 1] == "head" and line.origin in ("text", "md") \
                and line.level > above.level and not _dates(line) and _dates(above) \
                and len(segments(above.text)) >= 2 and not _names_something(line):
            out[i] = "body"
    return out


def _dated_tasks(lines: list[Line], roles: list[str]) -> list[str]:
    """A bullet dated inside its entry's period, after undated bullets of the same entry, is a task
    of that entry ("• Moved the ledger to SAP (2021–2022)" under "Head of Accounts ⇥ 2019 –
    today"), body, not a new entry's header; the first bullet of an entry, or one after another
    dated bullet (the roles of a promotion: "• Engineer (2015–2019)"), stays a header."""
    out = list(roles)
    for i, line in enumerate(lines):
        if out[i] != "head" or not line.bullet or i == 0 or out[i - 1] != "body" or not lines[i - 1].bullet:
            continue
        mine = [d for d in _dates(line) if not d.single and d.start]
        if not mine:
            continue
        k = i - 1
        while k >= 0 and out[k] == "body":
            if lines[k].bullet and _dates(lines[k]):
                break
            k -= 1
        if k < 0 or out[k] != "head" or lines[k].bullet:
            continue  # (a dated bullet above: the roles of a promotion)
        top = k
        while top > 0 and out[top - 1] == "head":
            top -= 1  # the entry's header run
        above = next((d for j in range(top, k + 1) for d in _dates(lines[j]) if not d.single and d.start), None)
        if above is not None and _within(mine[0], above):
            out[i] = "body"
    return out


def _within(inner: DateRange, outer: DateRange) -> bool:
    """``inner``'s years lie inside ``outer``'s (an open ``outer`` runs to any year)."""
    if inner.start.year < outer.start.year:
        return False
    if outer.current or outer.end is None:
        return True
    end = inner.end.year if inner.end else inner.start.year
    return end <= outer.end.year and not inner.current


def _names_something(line: Line) -> bool:
    return bool(location_of(line.plain)) or any(
        title_like(p) or org_like(p) or degree_like(p) or institution_like(p) for p in segments(line.text))


def _body_role(line: Line, role: str, body: float) -> str:
    """In a typeset section, a plain undated line in the running text's size is body ("Figma,
    Sketch" under a "Tools used" label), not the header of an entry."""
    size = line.style.size
    if role == "head" and not line.style.bold and size and abs(size - body) < 0.5 and not _dates(line):
        return "body"
    return role


def header_dates(header: list[Line]) -> DateRange | None:
    """The dates of an entry, in order of preference over all its header lines: the first range,
    then the first single date with a month ("Aug. 2019" beside "Summer School 2019"), then the
    first single date."""
    found = [d for line in header for d in _dates(line)]
    ranged = [d for d in found if not d.single]
    monthly = [d for d in found if d.start and d.start.month]
    return (ranged or monthly or found or [None])[0]


def _sentence(line: Line) -> bool:
    """Running text rather than a header (:func:`.prose.is_running_text`: an address or a name of
    eight capitalised words is a header: "Orrin Academy, 12 W Elm St #4, Peoria, AZ"), or a
    lower-case start, or a comma at the end (a list that goes on below)."""
    return is_running_text(line.plain, lower_start=True, comma_end=True)


def _running_text(line: Line) -> bool:
    """A sentence of an entry's text, never the name line of the entry below: one part (no
    separator: "Conductrice de travaux – Maçonnerie Le Goff, Vannes" is a header's parts) of
    running text (:func:`.prose.is_running_text`, a word in brackets counted as written; a line
    ending in a comma may be a title wrapped: "Counseling Intern,")."""
    return len(segments(line.text)) <= 1 and is_running_text(line.plain, bracketed=False)


def _named_years_undated(lines: list[Line], dated: list[bool]) -> list[bool]:
    """Where the section sets its dates in a cell of their own (most dated lines), a bare year
    inside a line's words ("Summer School 2019", "Cohort 2020 Fellow") is part of a name, not the
    date of a new entry."""
    in_cell = [d and len(lines[i].cells) > 1 and any(find_dates(c) for c in lines[i].cells[1:])
               for i, d in enumerate(dated)]
    if sum(in_cell) < 2 or sum(in_cell) * 2 <= sum(dated):
        return dated
    out = list(dated)
    for i, d in enumerate(dated):
        if d and not in_cell[i] and len(lines[i].cells) == 1:
            found = _dates(lines[i])
            words = len(lines[i].plain.split()) - len(found)  # the words beside the years
            if all(r.single and r.start and not r.start.month for r in found) and words >= 2:
                out[i] = False
    return out



def _role_of_roleless(line: Line, above: Entry) -> bool:
    """A line alone that names a role by its words, no sentence, under a dated entry whose header
    names none (an employer's line and its dates, a sentence describing the employer between them
    and the role): the role of that entry, for the reader to join, not a sub-heading of its text."""
    return (any(_dates(l) for l in above.header)
            and title_like(line.plain) and not _sentence(line)
            and not any(title_like(seg) for l in above.header for seg in segments(l.text)))


def _undated_sibling(line: Line, first: Line) -> bool:
    """A one-line run without dates in the look of the one-line dated header of the entry above
    ("Surveyor's Assistant | Cherry Creek Surveys | Englewood, CO" after "Project Engineer | Garrison
    Bell | 2016 – 2020" rows, both bold): a job whose dates the writer left out, not a sub-heading of
    the job above, when its parts name a role by its words beside another part that is no place."""
    if line.bullet or _sentence(line) or not _dates(first) or _dates(line) or not _names_something(first):
        return False  # (a label column's rows, "Dates ⇥ 2014 – 2018" over "Occupation or position held ⇥ …": no)
    v = merged()
    if any(key(seg) in v.title_labels or key(seg) in v.employer_labels for seg in segments(line.text)[:1]):
        return False
    look = lambda l: (l.style.bold, l.style.italic, round(l.style.size or 0), l.level)  # noqa: E731
    if look(line) != look(first):
        return False
    parts = [p for seg in segments(line.text) for p in comma_pieces(seg) if not location_of(p)]
    # (a line that names a degree or a school is a detail of a degree above: "Exchange term, University of …")
    return len(parts) >= 2 and any(title_like(p) for p in parts) and not all(title_like(p) for p in parts) \
        and not any(degree_like(p) or institution_like(p) for p in parts)


def _role_rows(rows: list[Line]) -> bool:
    """Rows of two names each, one of them a role by its words in two rows at least and in none
    both, no degree nor school, maybe with a place ("Harwick Oilfield Services, Field Technician" /
    "Tarrow DGC, Roustabout"): a whole job on each row (a list of earlier jobs, undated)."""
    named = 0
    for line in rows:
        if line.bullet or _sentence(line) or len(line.plain) > 100:
            return False
        parts = [p for seg in segments(line.text) for p in comma_pieces(seg) if not location_of(p)]
        roles = sum(map(title_like, parts))
        # (a degree or a school is no job's part; "Warehouse Associate" is a role all the same)
        if len(parts) != 2 or roles > 1 or any((degree_like(p) or institution_like(p)) and not title_like(p) for p in parts):
            return False
        named += roles
    return named >= 2


def _siblings_apart(piece: list[int], lines: list[Line], template: int | None) -> list[list[int]]:
    """Where entries print their dates on their first line, an undated line under it in its look
    that names a role and more (:func:`_undated_sibling`) opens an entry of its own: a one-line job
    without bullets over one without dates."""
    if template != 0 or len(piece) < 2:
        return [piece]
    out = [[piece[0]]]
    for i in piece[1:]:
        if _undated_sibling(lines[i], lines[out[-1][0]]):
            out.append([i])
        else:
            out[-1].append(i)
    return out


def _opens_group(runs, n: int, dated: list[bool]) -> bool:
    """A short undated run right before a dated one, with no body between: an employer over
    several roles ("Initech" / "Senior Engineer  2021 –")."""
    head, body = runs[n]
    return (not body and n + 1 < len(runs) and any(dated[i] for i in runs[n + 1][0])) or False
