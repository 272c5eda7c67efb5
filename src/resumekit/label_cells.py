"""Label cells: a line whose first cell names a section beside its content ("EDUCATION⇥University of
X⇥2018", a left column of labels), split into the label (a heading) and its first line; and the
rows that look like labels but are not (a table's header row, a grid of personal data, an entry's
first row). In plain text, a block of nothing but "Heading: content" lines of different kinds is
such a column written with colons, and a heading in capitals glued to its first words ("SKILLS •
Team building", "EDUCATION: Harbourside University") is such a label (:func:`_glued_rows`), and in
a PDF or DOCX so is a run-in heading, a paragraph's first words in bold capitals
(:func:`_run_in`). Part of segmentation (:mod:`resumekit.segment`), which reads the
labels as headings."""
from __future__ import annotations

import regex

from .document import Line, Style
from .headings import MAX_CHARS, YEAR, heading_kind, heading_text
from .places import place_kind
from .text import EMAIL_RE, is_caps, key, phone_alone
from .vocab import merged

__all__ = ["column_header", "contact_value", "part_of", "split_labels"]

_LABEL_WORDS = regex.compile(r"^\p{L}+(?:[ &-]+\p{L}+)*$")  # "PUBLIC OUTREACH", not "HTML, CSS, JS"


def split_labels(lines: tuple[Line, ...]) -> tuple[tuple[Line, ...], dict[int, str]]:
    """Split "LABEL⇥content" lines whose first cell names a section, and say which of the new
    lines are labels (index -> kind).

    A label is split when it is an exact heading phrase in capitals or bold, or contains one in
    capitals or bold ("GRANTS & AWARDS"). Where the document has a label column (two or more
    exact phrases as first cells), a label needs no typography ("Teaching⇥Statistics 101 …"), and a short
    capitalised first cell that names no known section ("PUBLIC OUTREACH") is a label of kind
    ``other``: leaving it inside the section above would give that section its content. A first
    cell that only contains a phrase, beside dates only or a place only, is an entry's first row
    ("Harbour Research Institute ⇥ 2021 – 2023", "Harbour Media ⇥ Leeds, UK": an employer and its
    town), never a label; a row
    starting right of every exact label is content ("Glaze mixing ⇥ Raku firing"). A row of
labels only ("Languages: ⇥ Tools:") is a header over columns, never split; nor is a row of four or
more cells with an e-mail address or a phone number after its second (a grid of personal data:
"Career ⇥ new graduate ⇥ Phone ⇥ …"); a first cell that only
contains a phrase, beside dates only, is an entry's first row ("Institute for Materials Research ⇥
2023 – 2024"), not split; the rest of a split line is bold when its own runs are. Beside a
certificates label, a code alone (no word of three letters: "Driving licence ⇥ B") is the licence's
class: the section's first line is the label and the code. The rows of a table under a header row
its producer marked (origin "…:thead": "Area ⇥ Skills" over "Research ⇥ Interviewing, …") are in
that table's columns, never labels. Under a heading on a line of its own, a label that names a part of
its section (:func:`part_of`: "Skills ⇥ Python, SQL" under SKILLS, "Software ⇥ SAP" under
"Kenntnisse") is a row of that section, not a second one."""
    found: dict[int, tuple[str, bool]] = {}  # line index -> (kind, the label has typography)
    exact = 0
    starts: list[float] = []  # where the rows of exact labels start
    colon = _spaced_rows(lines) | _glued_rows(lines) | _colon_rows(lines)
    headed = False  # in the rows under a table's marked header row ("Area ⇥ Skills"): its columns, no labels
    under: str | None = None  # the kind of the heading of its own line the rows stand under (no label since)
    rows: set[int] = set()  # labels naming a part of the section they stand under: rows of it, never split
    for i, line in enumerate(lines):
        headed = line.table_head or headed and "table" in line.origin
        under = _heading_alone(line) or under
        cells = colon.get(i) or line.cells
        if len(cells) < 2 or line.bullet or len(cells[0]) > MAX_CHARS or YEAR.search(cells[0]) or headed:
            continue
        if all(c.rstrip().endswith((":", "：")) for c in cells) or _header_row(lines, i):
            continue  # "Languages: ⇥ Tools: ⇥ Platforms:": a row of category labels over their columns
        if len(cells) >= 4 and any(contact_value(c) for c in cells[2:]):
            continue  # "Career ⇥ new graduate ⇥ Phone ⇥ 0123 456 789": a grid of personal data
        if _smaller_label(line, cells[0]):
            continue  # "Languages ⇥ Python, R" with the label in the small type of a date column
        looks = bool(is_caps(cells[0]) or line.style.caps or (line.runs and line.runs[0].bold) or line.style.bold
                     or i in colon)
        m = heading_kind(cells[0])
        if m and not m.exact and (_dates_only(" ".join(cells[1:])) or len(cells) == 2 and _place_only(cells[1])):
            continue  # "Harbour Research Institute ⇥ 2021 – 2023", "Harbour Media ⇥ Leeds, UK": an entry's first row
        if m and (m.exact or len(heading_text(cells[0]).split()) <= 4):
            # "Skills ⇥ Python, SQL" under SKILLS: a row of the section, not a second one (a label of the column still)
            part = under is not None and part_of(m.kind, under, [*cells[1:], *(l.plain for l in lines[i + 1:i + 3])])
            found[i] = (m.kind, looks and not part)
            if part:
                rows.add(i)
            else:
                under = None
            exact += m.exact
            if m.exact and line.box is not None:
                starts.append(line.box.x0)
        elif not m and is_caps(cells[0]):
            t = heading_text(cells[0])
            if 2 <= len(t.split()) <= 4 and _LABEL_WORDS.match(t):
                found[i] = ("other", False)
                under = None
    column = exact >= 2
    out: list[Line] = []
    labels: dict[int, str] = {}
    for i, line in enumerate(lines):
        hit = found.get(i)
        inside = bool(starts) and line.box is not None and line.box.x0 > max(starts) + 12  # right of the label column
        if hit and (hit[1] or column and not inside) and i not in rows:
            cells = colon.get(i) or line.cells
            labels[len(out)] = hit[0]
            out.append(line.with_(text=cells[0], links=(), runs=()))
            code = hit[0] == "certifications" and not _WORD3.search(" ".join(cells[1:]))  # "Driving licence ⇥ B"
            out.append(line.with_(text=" ".join(cells) if code else "\t".join(cells[1:]), runs=(),
                                  style=Style(size=line.style.size, italic=line.style.italic, font=line.style.font,
                                              bold=_bold_after(line, cells[0]))))
        else:
            out.append(line)
    return tuple(out), labels


def _heading_alone(line: Line) -> str | None:
    """The kind of a heading phrase on a line of its own: one cell, no bullet, an exact heading
    phrase ("SKILLS", "Kenntnisse"; in the body's type too: "Знание языков" under "Ключевые навыки"
    opens the languages the rows below stand under)."""
    if len(line.cells) != 1 or line.bullet:
        return None
    m = heading_kind(line.plain)
    return m.kind if m and m.exact else None


def part_of(kind: str, section: str, content: list[str] | tuple[str, ...]) -> bool:
    """Does a label of ``kind`` name a part of a ``section`` it stands under? Its own kind does
    ("Skills ⇥ Python, SQL" and "Software ⇥ SAP" under a skills heading), and so does "Languages"
    under skills beside programming languages ("Languages & frameworks ⇥ Java, React"); beside
    spoken ones ("Languages ⇥ English (native)") it is the languages section itself."""
    if kind == section:
        return True
    if (kind, section) != ("languages", "skills"):
        return False
    names = merged().language_names
    return not any(w in names for c in content for w in key(c).split())


_COLON_ROW = regex.compile(r"^(?P<label>[^:：\t]{2,40}?)\s*[:：]\s*(?P<rest>\S.*)$")


def _colon_rows(lines: tuple[Line, ...]) -> dict[int, list[str]]:
    """Plain text's "Skills: a, b | c" lines as [label, rest] cells, where a block is nothing but
    two or more such lines, each label an exact heading phrase and no two of one kind ("Skills: …" /
    "Certifications: …" / "Languages: …" closing a CV): a column of labels written with colons. Not
    a job's "Achievements: … / Technologies: …" under its header line, which shares their block."""
    out: dict[int, list[str]] = {}
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and lines[j].block == lines[i].block:
            j += 1
        rows = [_COLON_ROW.match(line.plain) if line.origin == "text" and not line.bullet else None
                for line in lines[i:j]]
        kinds = [m and (h := heading_kind(m.group("label"))) is not None and h.exact and h.kind for m in rows]
        if j - i >= 2 and all(kinds) and len(set(kinds)) == len(kinds):
            out.update({i + n: [m.group("label"), m.group("rest")] for n, m in enumerate(rows)})
        i = j
    return out


_SPACED_REST = regex.compile(r"^(?:[\p{Lu}\p{Co}■•:：]|\p{Lt})")  # "Harvard University", "■ Java", "\uf0e0: a@b.c"
SPACED_KINDS = 3  # a label column glued by one space names this many kinds or more


def _spaced_rows(lines: tuple[Line, ...]) -> dict[int, list[str]]:
    """Plain text's left column of labels, each glued to its row's first words by one space (a PDF
    viewer's copy of a two-column CV: "Experience Ph.D. Candidate …", "Education Harvard
    University", "Sprachen ■ Bulgarisch") as [label, rest] cells: lines without a bullet or cells,
    each opening with an exact heading phrase of one to three words written nowhere else at a
    line's start, not in capitals (:func:`_glued_rows` reads those), the line no heading phrase
    as a whole ("Work History") nor a label ending in a joining word ("Positions and Education"),
    the rest opening with a capital, a mark or an icon; where such lines name
    :data:`SPACED_KINDS` kinds or more (not ``other``), more than the heading phrases on lines of
    their own. Fewer is no column: "Software Engineer EPAM" and "Teaching Assistant" open with a
    phrase too. Never a label ending in a joining word or a comma ("Positions and Education",
    "Honors, Activities"), nor one over a lone word and colon ("Courses Taught:": one heading)."""
    rows: dict[int, tuple[str, str, str]] = {}  # line -> (label, kind, rest)
    seen: dict[str, int] = {}
    alone = 0  # heading phrases on lines of their own
    for i, line, words, lengths in _openings(lines):
        if line.origin != "text":
            continue
        if (whole := heading_kind(line.plain)) is not None and whole.exact:
            alone += 1
            continue  # a heading of its own: "Work History"
        for n in lengths:
            if is_caps(words[0]) or not _SPACED_REST.match(words[n]) or not all(_WORD.search(w) for w in words[:n]):
                continue
            label = " ".join(words[:n])
            h = heading_kind(label)
            if h is None or not h.exact:
                continue
            if key(words[n - 1]) in merged().conjunctions or label.endswith(",") or len(words) == n + 1 and words[n].endswith(":"):
                break  # "Positions and Education", "Honors, Activities": one heading; "Courses Taught:" too
            if h.kind != "other" and label[:1].isupper():
                rows[i] = (label, h.kind, " ".join(words[n:]))
                seen[key(label)] = seen.get(key(label), 0) + 1
                break
    rows = {i: r for i, r in rows.items() if seen[key(r[0])] == 1}
    if len({kind for _, kind, _ in rows.values()}) < SPACED_KINDS or alone >= len(rows):
        return {}
    return {i: [label, rest] for i, (label, _, rest) in rows.items()}


def _openings(lines: tuple[Line, ...]):
    """The lines a label may open (no bullet, one cell), each as (index, line, its words, the
    numbers of words a label of it may have: three to one, the longest first, leaving a word after
    it), for :func:`_spaced_rows` and :func:`_glued_rows`."""
    for i, line in enumerate(lines):
        if line.bullet or len(line.cells) > 1:
            continue
        words = line.plain.split()
        yield i, line, words, [n for n in (3, 2, 1) if len(words) > n]


_CAPS_WORD = regex.compile(r"^\p{Lu}+(?:[&/]\p{Lu}+)?$")  # "SKILLS", "R&D"; not "Skills", "C++"
_GLUED_REST = regex.compile(r"^(?:[•:：]\s*)?\p{L}")  # the content opens with a letter ("(Support): 1" is none)


def _glued_rows(lines: tuple[Line, ...]) -> dict[int, list[str]]:
    """Plain text's heading glued to its section's first words as [label, rest] cells: an exact
    heading phrase of one to three words in capitals opening a line without a box or bullet, then a
    bullet or a colon ("SKILLS • Team building", "EDUCATION: Harbourside University"), or a word
    that is not in capitals ("SKILLS Languages: Go"), or a sub-label ("SKILLS ETL: Talend"): an export
    that dropped the heading's line break. Not a title in capitals ("PROJECT MANAGER (2019)",
    "EDUCATION CONSULTANT"): the heading's words end where the capitals do. In a styled document
(PDF, DOCX) only a run-in heading is: its first run bold (:func:`_run_in`)."""
    out: dict[int, list[str]] = {}
    for i, line, words, lengths in _openings(lines):
        if (line.box is not None or line.origin != "text") and not _run_in(line, words):
            continue
        for n in lengths:  # the longest phrase first: "TECHNICAL SKILLS: …" before "TECHNICAL"
            head = [w.rstrip(":：") for w in words[:n]]
            if not all(_CAPS_WORD.match(w) for w in head) or any(w.endswith((":", "：")) for w in words[:n - 1]):
                continue
            rest = " ".join(words[n:])
            after = words[n]
            glued = (words[n - 1].endswith((":", "：")) or after[:1] in "•:：" or not is_caps(after)
                     or after.endswith((":", "：")) or _bold_alone(line, n))
            if glued and _GLUED_REST.match(rest) and (h := heading_kind(" ".join(head))) is not None and h.exact:
                out[i] = [" ".join(head), rest.lstrip("•:： ")]
                break
    return out


def _run_in(line: Line, words: list[str]) -> bool:
    """A styled line (PDF, DOCX) whose first run is bold and opens with the line's first word in
    capitals: a run-in heading, the first words of a paragraph set in bold ("**SKILLS** Civil 3D,
    MicroStation"; the bold may go on over the first item: "**EXPERIENCE Senior Drafter, Front
    Range**, 2018 – Present")."""
    first = line.runs[0] if line.runs else None
    return (first is not None and first.bold and bool(words) and first.text.strip().startswith(words[0])
            and len(first.text.strip()) > len(words[0]) - 1)


def _bold_alone(line: Line, n: int) -> bool:
    """The first run of a styled line is bold, its first ``n`` words alone, the next run not bold:
    a run-in heading ends where its bold does ("**EDUCATION** AAS Civil Engineering")."""
    runs = line.runs
    return (line.origin != "text" and len(runs) >= 2 and runs[0].bold and not runs[1].bold
            and len(runs[0].text.split()) == n)


def contact_value(cell: str) -> bool:
    """An e-mail address, or a phone number alone in its cell (:func:`text.phone_alone`)."""
    return bool(EMAIL_RE.search(cell)) or phone_alone(cell)


_WORD = regex.compile(r"\p{L}{2,}")
_WORD3 = regex.compile(r"\p{L}{3,}")


def _place_only(text: str) -> bool:
    """A cell naming a place only: one to three parts apart by commas, each a country, region or city
    the gazetteers know ("Markham, ON", "Leeds, UK", "Lyon")."""
    parts = [p.strip() for p in text.split(",")]
    return 1 <= len(parts) <= 3 and all(p and place_kind(p) for p in parts)


def _dates_only(text: str) -> bool:
    """A cell of dates: a year and at most two words ("Jan 2020 – Present")."""
    return bool(YEAR.search(text)) and len(_WORD.findall(text)) <= 2


def _header_row(lines: tuple[Line, ...], i: int) -> bool:
    """A row of short names all in one bold type over a row that is in cells too ("Other ⇥
    Ceramics" over "Raku ⇥ Glazing"): the header of a grid, not a label beside its content; so is
    a :func:`column_header` over dated rows."""
    line = lines[i]
    below = lines[i + 1] if i + 1 < len(lines) else None
    if below is not None and column_header(line, below):
        return True
    return (line.style.bold and not line.runs and all(len(c.split()) <= 3 and not c.endswith(":") for c in line.cells)
            and below is not None and len(below.cells) >= 2 and not below.style.bold and not YEAR.search(below.plain))


def column_header(line: Line, below: Line) -> bool:
    """A table's header row: three or more short names without a year ("Period ⇥ Degree ⇥
    Institution", "Certificate ⇥ Issuer ⇥ Date") over a row of two cells or more, no more than it
    names, that holds one (a row whose cells hold several lines reads as fewer cells: "B.E. ⇥ 2021
    ⇥ 8.4 CGPA" over the college and the board under four names); or a row of two names or more the
    producer marked as its table's header row (origin "…:thead", a DOCX ``w:tblHeader``: "Zeitraum ⇥
    Station") over a row in cells."""
    cells = line.cells
    if line.table_head:
        return len(cells) >= 2 and len(below.cells) >= 2
    return (len(cells) >= 3 and 2 <= len(below.cells) <= len(cells) and all(len(c.split()) <= 3 for c in cells)
            and not YEAR.search(line.plain) and bool(YEAR.search(below.plain)))


def _smaller_label(line: Line, label: str) -> bool:
    """Is the first cell set in smaller type than the rest of the line (by its words' heights,
    where the format places words)? A heading is never smaller than its content."""
    k = len(label.split())
    if not k or len(line.words) <= k:
        return False
    heights = [b.bottom - b.top for _, b in line.words]
    rest = sorted(heights[k:])
    return max(heights[:k]) < 0.85 * rest[len(rest) // 2]


def _bold_after(line: Line, label: str) -> bool:
    """Is the rest of the line, after its label cell, set in bold (by its runs)?"""
    if not line.runs:
        return False
    skip = sum(not ch.isspace() for ch in label)
    pos, bold, total = 0, 0, 0
    for run in line.runs:
        for ch in run.text:
            if ch.isspace():
                continue
            if pos >= skip:
                total += 1
                bold += run.bold
            pos += 1
    return total > 0 and bold > 0.6 * total
