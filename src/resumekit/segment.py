"""Segmentation: the lines of a Document into sections with a kind.

Signals for "this line is a section heading", in order of precedence:
1. Disqualifiers: a bullet (not a square before a heading phrase in capitals: "■ EXPERIENCE"), several cells (a section number in a cell of its own does not count:
   "1 ⇥ Education"), a date or four-digit year, an email or URL, more than
   six words (joining words not counted), more than 60 characters (80 in capitals), a sentence ending in a full stop (dot leaders are none:
   "experience ........"; nor a whole heading phrase of capitalised words: "PROFESSIONAL EXPERIENCE."), or the tail of one (lower case, then a full stop: "team leadership."). Never a heading.
2. The words: the line (letter-spacing rejoined, numbering, icons and a trailing colon removed)
   is a heading phrase of the vocabulary, or contains one ("Relevant Work Experience"). A
   heading that lists phrases takes the first one's kind, unless the list opens with jobs and
   more of its phrases name another kind ("Appointments, Awards and Grants" is awards).
3. Typography: a declared heading (Word heading style, Markdown ``#``), bold, capitals, a size
   above the body text, a trailing colon, standing alone at the start of a block.
4. Position: a line that only contains a phrase and starts right of every heading recognised
   above it in its column is an entry's title ("Harbour Media"), not a heading.
5. Initials: two or more lines of one to three capital letters alone, bold or larger ("E", "P E"),
   are headings whose small capitals were lost (kind ``other``; the re-kind stage reads their kind
   from what they hold).
6. Shape (:mod:`resumekit.shapes`): a line that is not in the vocabulary but has the shape of the
   recognised headings (their type, face, capitals, colon, place in the block, declared level) is
   a heading of kind ``other``, when no guard of one table rejects it (below the header, one to
   four words, not right of the headings, not a deeper level, not inside an entry in plain
   text...). With fewer than two recognised headings, a shape many lines share is one (a declared
   level, a larger type; in plain text, capitals on blocks of their own).

A vocabulary phrase needs at least one typographic sign, or, where the format carries no
typography, a line of its own: the whole phrase (three words at most) opening a block (in a PDF,
or centred on the page between lines set flush left: a paragraph of its own, see
:func:`_centred_apart`), or, in a
text whose blank lines tell nothing (fifteen lines or more a block: exported without them; or a
flattened text whose breaks :mod:`resumekit.extract.flat` restored; or, in any plain text, under a
paragraph's or list item's end: :func:`_after_paragraph`, a word processor's text export), any line that is the whole
phrase with a capital (or lists phrases: "Career Experience/Job History"), unless it is the tail of a wrapped line or heading, a label whose value
follows after a colon, the first line under a heading, or a label recurring in every entry
(:func:`_own_line`). In a styled document, a whole phrase in the body's type inside a block, set apart from
its neighbours (a bolder or larger line under it, no short plain item above it: :func:`_set_apart`), is a
heading where a second such line shares its block and type (:func:`_flat_headings`: a layout
cell whose headings lost their style; one alone may be a table row's entry). Errs towards fewer headings: a missed heading merges a section
into the one above; a false heading would split an entry.

A heading wrapped over two lines is one heading (:func:`_wrapped`): next to each other, in one
type, one of them a heading already, and either joined ("Honors &" / "Activities", "HONORS," /
"AWARDS", a tail opening with its joining word: "EXPERIENCIA LABORAL" / "Y FORMACIÓN") with the
whole naming the first line's kind, or the whole a phrase exactly ("VOLUNTEER" / "WORK",
"PROFESSIONAL" / "SKILLS"); the second line is no content.

A line whose first cell is a heading phrase and which has more cells ("EDUCATION⇥University of
X⇥2018", a left-column label beside its content) is split: the label starts a section and the
rest of the line is its first line (never a label set in smaller type than the rest, as in a
column of small dates). Alone, such a label needs capitals or bold; in a label column
(two or more lines open with an exact phrase) it needs none, and a short capitalised first cell of
plain words there is a label of kind ``other`` (see ``label_cells.split_labels``).

Inside an entry section of plain text, a line not in capitals whose words stand on
:data:`LABEL_RECURS` lines or more, twice as many as the section's heading, is a label of every
entry ("Technologies:", "Key Skills" in each job), not a heading (a file of three résumés writes its
headings as often as each other).

Inside an entry section (experience, education...), a line that is neither bold, capitals nor a
declared heading and is smaller than the section's heading in its column is a label of the entry
("Applied knowledge"), not a new section (a line of another column, where no heading has been
seen yet, is none: a right column opening with a heading in the body's weight); so is a line that only contains a phrase, not in
capitals, in clearly smaller type than the section's heading or in its type without its
capitals, or declaring no level under a declared heading (an employer, "Harbour Media"). Under a skills or education heading, a heading phrase
in clearly smaller type and no bolder, or of a deeper declared level, names a part of that
section ("Tools", "Languages" in a skills block; "Courses" under a degree; not a certificates part over two
items or more that each hold a year, "Online courses:" over dated courses: :func:`_dated_credentials`), and so does a line
that only contains a phrase of the section's own kind ("Flagger Certification" under
"Certifications"). The rest of a split label's row is never a heading by a phrase it only
contains ("Certificates ⇥ Kiln Operator Certification"). On a page with columns, a column that opens without a
heading continues the section the same column ended the previous page with (the sidebar, read
first, does not carry its section into the main column).
"""
from __future__ import annotations

from collections import Counter
import regex

from .document import Document, Line, Section
from .empty_headings import entries_lent_back
from .headings import (MAX_CHARS as _MAX_CHARS, MAX_WORDS, NOTE, YEAR as _YEAR, HeadingMatch, heading_kind, heading_text,
                       misspelt_kind, times_written, written)
from .label_cells import column_header, contact_value, part_of, split_labels
from .section_joins import continue_columns as _continue_columns, continued as _continued, entry_label, under_list
from .shapes import ENTRY_KINDS as _ENTRY_KINDS, Page, consistent, shape
from .shapes import alone as _alone, own_block as _own_block, right_of as _right_of, signature as _signature
from .text import despace, is_caps, key
from .vocab import merged

__all__ = ["segment", "heading_kind", "heading_text", "HeadingMatch", "initials_only", "column_header"]

# sections whose sub-headings (in smaller type) name parts of them, and the kinds those parts may
# have: "Tools" or "Languages" in a skills block, "Courses" or "Coursework" under a degree
_NESTING = {"skills": ("skills", "languages", "other"), "education": ("education", "certifications", "other")}
_NUMBER_CELL = regex.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]?$")  # "1 ⇥ Education": a section number in a cell of its own
# a cell holding an e-mail address or a phone number alone: contact data, not a section's content
_LEADER = regex.compile(r"(?:\.\s*){3,}$")  # dot leaders after a heading ("experience ..........."): no full stop


def _numbered(line: Line) -> str:
    """The heading words of a line whose section number sits in a cell of its own ("2 ⇥ Teaching",
    LaTeX's numbered sections set the number a gap apart); otherwise the line's plain text."""
    cells = line.cells
    return cells[1] if len(cells) == 2 and _NUMBER_CELL.match(cells[0]) else line.plain


def _disqualified(line: Line) -> bool:
    cells = line.cells
    if len(cells) > 1 and not (len(cells) == 2 and _NUMBER_CELL.match(cells[0])):
        return True
    plain = _numbered(line)
    m = NOTE.match(plain.strip()) if "(" in plain or "[" in plain else None  # (a note needs its bracket)
    text = m.group("head") if m else plain  # a note in brackets does not count ("Projects (see my website)")
    too_long = len(text) > _MAX_CHARS and (len(text) > _MAX_CHARS + 20 or not is_caps(text))  # a heading
    # in capitals may list several kinds (is_caps read only where the length leaves it to decide)
    if line.bullet and not _marked_heading(text) or too_long or len(despace(text).split()) > MAX_WORDS + 2:
        return True  # ("E X P E R I E N C E" is one word)
    if ("19" in text or "20" in text) and _YEAR.search(text) or "@" in text or "://" in text or "www." in text:
        return True
    if (text.endswith(".") and not _LEADER.search(text) and (len(text.split()) > 2 or text[:1].islower())
            and not _stopped_heading(text)):
        return True  # a sentence, or the tail of one wrapped onto its own line ("utility work.")
    return False


def _without_note(text: str) -> str:
    """A line without its bracketed note ("Sample Code (a longer list is on my site)" is "Sample
    Code"); the line itself where it holds none, or where the note lists names, two words at most
    each ("Computer skills (Excel, Word, PrintShop)": an item and its tools)."""
    m = NOTE.match(text) if "(" in text or "[" in text else None
    if not m:
        return text
    parts = text[len(m.group("head")):].strip(" :([])").split(",")
    return text if len(parts) >= 2 and all(len(p.split()) <= 2 for p in parts) else m.group("head")


def _stopped_heading(text: str) -> bool:
    """A whole heading phrase closed by a full stop, its words capitalised ("PROFESSIONAL EXPERIENCE.",
    "Honors and Awards."): a heading, not a sentence ("Managed Team Projects." names none)."""
    head = text[:-1].rstrip()
    if not _titled(head) or head.endswith(".") or any(c.isdigit() for c in head):  # ("#Project 2: Tracking.")
        return False
    match = heading_kind(head)
    return bool(match and match.exact)


def _blockless(lines: tuple[Line, ...]) -> bool:
    """A plain text whose blank lines tell nothing of its sections:
    :data:`LINES_PER_BLOCK` lines or more a block (a text exported without its blank lines; a short
    résumé of one block too, nineteen lines)."""
    blocks = len({line.block for line in lines})
    return len(lines) >= LINES_PER_BLOCK * blocks


LINES_PER_BLOCK = 15
LABEL_RECURS = 3
RESTORED = "line-breaks-restored"  # extract.flat re-broke a flattened text: its blank lines are guesses
_JOINED = regex.compile(r"(?:[&,/+]|\b(?:and|of|or))$", regex.IGNORECASE)  # a heading wrapped after these goes on


def _after_paragraph(lines: tuple[Line, ...], i: int) -> bool:
    """In plain text, the line above closes a paragraph or a list item: a bullet, or more than
    :data:`MAX_WORDS` words closed by a full stop (a word processor's text export writes a
    paragraph a line and no blank line where the heading's style gave the space: "…under stress." /
    "Education"); or it is a contact line, which no heading continues (an e-mail address, a link, a
    phone number alone in a cell: the header's last line, "GitHub: https://… ⇥ Mobile: …" / "Skills")."""
    if not i:
        return False
    before = lines[i - 1]
    text = before.plain.strip()
    return (before.bullet or text.endswith((".", "!", "?")) and len(text.split()) > MAX_WORDS
            or "://" in text or "www." in text or any(contact_value(c) for c in before.cells))


def _own_line(lines: tuple[Line, ...], i: int, flags: list[str | None], recurring: Counter) -> bool:
    """In a text whose blank lines tell nothing, a line of its own that a whole heading phrase
    fills is a heading, when, all of them: it opens with a capital (after its decoration: "/// Skills";
    or a letter of a script without case: "技能") and ends in a letter or a colon,
    without a digit (no sentence's tail: "Certification.", "Registration)"); the line above does
    not end in "&", "and", a comma or a slash with only capitalised words before (then it is the
    tail of a heading wrapped over two lines: "Honors &" / "Activities"; not a sentence's tail
    wrapped before it, "wiring projects,"); the line below does not open with a colon (a label whose
    value follows: "Tools" / ": C, C++"); it is not the first line under a heading (a heading's
    content: "Projects" / "Project"); and its words stand on fewer than :data:`LABEL_RECURS` lines
    of their own (more: a label in every job or row of a table, "Achievements", "Project"; twice
    is a heading too, in a file that holds a résumé and its second version)."""
    text = _without_note(lines[i].plain.strip())
    before = lines[i - 1].plain.strip() if i else ""
    after = lines[i + 1].plain.strip() if i + 1 < len(lines) else ""
    ends = text[-1:].isalpha() or text.endswith(":") or _JOINED.search(text) is not None and _completes(text, after)
    first = heading_text(text)[:1]  # (after its decoration, "/// Education"; a caseless script's letter, "教育经历")
    capital = first.isupper() or first.isalpha() and first.lower() == first.upper()
    return (capital and ends and not any(c.isdigit() for c in text)
            and not (_JOINED.search(before) and _titled(before)) and not after.startswith(":") and not (i and flags[i - 1])
            and times_written(recurring, lines[i]) < LABEL_RECURS)


def _wrapped(lines: tuple[Line, ...], flags: list[str | None], confirmed: list[int], label_cells: dict[int, str]) -> set[int]:
    """The second lines of headings wrapped over two lines, made one heading with the first (its
    kind the whole heading's; the first line becomes the heading where only the second was one:
    "PROFESSIONAL" / "SKILLS"). Two lines are one heading when, all of them: one at least is a
    heading already, neither a label cell; they stand next to each other on one page and column,
    in one type (size, weight, capitals), neither a bullet nor disqualified, with at most
    :data:`MAX_WORDS` words together; and either one is joined to the other ("Honors &" /
    "Activities", "HONORS," / "AWARDS", "EXPERIENCIA LABORAL" / "Y FORMACIÓN") and the whole names
    the first line's kind, or the whole is a heading phrase exactly ("VOLUNTEER" / "WORK",
    "PERSONAL" / "QUALITIES:") of the first line's kind where it names one (not "EDUCATION" /
    "SKILLS": two headings). A first line closed by a colon is a whole heading ("Esperienze
    professionali:" over "ES Studio, Padova": "es" is a joining word in Hungarian). Returns the
    second lines' indices; ``flags`` and ``confirmed`` are updated."""
    tails: set[int] = set()
    root, text_of = 0, ""  # the chain's first line and its words so far ("SKILLS AND" / "PERSONAL" / "QUALITIES:")
    for i in range(len(lines) - 1):
        a, b = lines[i], lines[i + 1]
        if i not in tails:
            root, text_of = i, a.plain.strip()
        if not (flags[root] or flags[i + 1]) or root in label_cells or i + 1 in label_cells or text_of.endswith(":"):
            continue
        if (a.page, a.column) != (b.page, b.column) or a.bullet or b.bullet or _disqualified(a) or _disqualified(b):
            continue
        if (a.style.bold, round(a.style.size or 0), is_caps(a.plain)) != (b.style.bold, round(b.style.size or 0),
                                                                          is_caps(b.plain)) and not _opens_joined(b.plain):
            continue
        text = f"{text_of} {b.plain.strip()}"
        head, whole = heading_kind(text_of), heading_kind(text)
        if whole is None or len(text.split()) > MAX_WORDS or head is not None and head.kind != whole.kind:
            continue
        joined = _JOINED.search(text_of) is not None or _opens_joined(b.plain)
        if not (joined and head is not None or whole.exact and text_of[:1].isupper() and b.plain.strip()[:1].isupper()):
            continue
        flags[root], flags[i + 1], text_of = whole.kind, None, text
        if root not in confirmed:
            confirmed.append(root)
        if i + 1 in confirmed:
            confirmed.remove(i + 1)
        tails.add(i + 1)
    confirmed.sort()
    return tails


def _opens_joined(text: str) -> bool:
    """Whether a line opens with a joining word or sign of its own ("& Awards", "and Activities")."""
    words = text.split()
    return len(words) >= 2 and (words[0] in ("&", "+") or key(words[0]) in merged().conjunctions)


def _completes(head: str, after: str) -> bool:
    """Whether the next line ends a heading wrapped after a joining word ("Honors &" / "Activities"):
    capitalised words, the whole naming the kind the head names."""
    first, whole = heading_kind(head), heading_kind(f"{head} {after}")
    return _titled(after) and first is not None and whole is not None and whole.kind == first.kind


def _titled(text: str) -> bool:
    """Whether a line could be a heading's first part: at most :data:`MAX_WORDS` words, each but the
    joining ones opening with a capital ("Honors &"; not a sentence's tail, "wiring projects,")."""
    conj = merged().conjunctions
    words = [w for w in regex.findall(r"\p{L}[\p{L}'’-]*", text) if w.lower() not in conj]
    return 0 < len(words) <= MAX_WORDS and all(w[:1].isupper() for w in words)


_LISTED = regex.compile(r"\s*[/&,]\s*")
_LISTED_AND = regex.compile(r"\s*[/&,]\s*|\s+and\s+", regex.IGNORECASE)


def _phrase_list(text: str, joined: bool = False) -> bool:
    """A heading that lists two or more phrases, each naming a kind, one at least a whole phrase
    ("Career Experience/Job History", "Education & Credentials"; not "Work/Life"; a list
    joined by "and" is left to the vocabulary, "Skills and Expertise" over one part of a page,
    unless ``joined``: under a paragraph's end in plain text, "Courses and Certificates",
    "ACADEMIC QUALIFICATION, TRAININGS AND PROFESSIONAL CERTIFICATIONS")."""
    parts = [p for p in (_LISTED_AND if joined else _LISTED).split(heading_text(text)) if p]
    matches = [heading_kind(p) for p in parts]
    return len(parts) >= 2 and all(matches) and any(m.exact for m in matches)


def _body_size(lines: tuple[Line, ...]) -> float | None:
    sizes = Counter()
    for line in lines:
        if line.style.size:
            sizes[round(line.style.size, 1)] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None




CENTRED_INDENT, FLUSH_INDENT = 0.2, 0.15  # of the page's text width


def _page_spans(lines: tuple[Line, ...]) -> dict[int, tuple[float, float]]:
    """The left and right edge of each page's text, where the lines have boxes."""
    spans: dict[int, tuple[float, float]] = {}
    for line in lines:
        if line.box is not None:
            lo, hi = spans.get(line.page, (line.box.x0, line.box.x1))
            spans[line.page] = (min(lo, line.box.x0), max(hi, line.box.x1))
    return spans


def _centred_apart(lines: tuple[Line, ...], i: int, spans: dict[int, tuple[float, float]]) -> bool:
    """A line centred on its page (within an em), indented by ``CENTRED_INDENT`` of the text's width
    or more, between two lines that start near the left edge (within ``FLUSH_INDENT``; the line
    above alone at a page's foot): a paragraph
    of its own, whatever the gaps say (a heading in the body's type, centred, printed from Word
    with no space to part it from the lines around it: the PDF keeps no paragraph's bounds)."""
    line = lines[i]
    if line.box is None or line.page not in spans or not 0 < i < len(lines) - 1:
        return False
    left, right = spans[line.page]
    width, em = right - left, line.style.size or 10.0
    if width <= 0 or abs((line.box.x0 + line.box.x1) / 2 - (left + right) / 2) > em \
            or line.box.x0 - left < CENTRED_INDENT * width:
        return False
    return all(n.box is not None and n.box.x0 - left <= FLUSH_INDENT * width
               for n in (lines[i - 1], lines[i + 1]) if n is lines[i - 1] or n.page == line.page)


def _typography(line: Line, body: float | None, starts_block: bool, format_has_style: bool) -> int:
    s = line.style
    score = 0
    if s.heading_level is not None and s.heading_level >= 1:
        score += 3
    if s.bold:
        score += 1
    if is_caps(line.plain) or s.caps:
        score += 1
    if body and s.size and s.size >= body + 0.9:
        score += 1
    if line.plain.rstrip().endswith(":"):
        score += 1
    if not format_has_style and starts_block:
        score += 1
    return score


def segment(document: Document) -> list[Section]:
    """Group the document's lines into sections; the lines above the first heading, if any, form
    the ``header`` section."""
    lines, label_cells = split_labels(document.lines)
    body = _body_size(lines)
    has_style = document.format in ("pdf", "docx") or any(l.style.bold or l.style.heading_level for l in lines)
    flags: list[str | None] = [None] * len(lines)
    confirmed: list[int] = []
    labels = merged().attribute_labels
    blockless = not has_style and (_blockless(lines) or any(w.code == RESTORED for w in document.warnings))
    recurring = written(lines)  # (a label in every entry: no heading; see shapes' guard "recurs")
    initials = [i for i, line in enumerate(lines) if i and _initials_heading(line, body)]
    for i in initials if len(initials) >= 2 else ():
        flags[i] = "other"  # "P E": a heading whose small capitals were lost; its content names its kind (rekind)
    unfit = [_disqualified(line) for line in lines]  # (asked here and by the shape step: once a line)
    flat: list[tuple[int, str]] = []  # whole phrases in the body's type, set apart inside a block
    spans = _page_spans(lines)
    for i, line in enumerate(lines):
        if i in label_cells:
            flags[i] = label_cells[i]
            confirmed.append(i)
            continue
        if unfit[i]:
            continue
        starts_block = i == 0 or lines[i - 1].block != line.block or lines[i - 1].page != line.page
        score = _typography(line, body, starts_block, has_style)
        match = heading_kind(_numbered(line))
        if not match and i and (score >= 2 or not has_style and starts_block and _alone(lines, i)):
            match = misspelt_kind(_numbered(line))  # "Work Experiance", set as a heading
        if not match or (i - 1) in label_cells and not match.exact:
            continue  # the rest of a label's row ("Certificates ⇥ Marketing Certification") is its first line
        current = flags[confirmed[-1]] if confirmed else None
        above = next((j for j in reversed(confirmed) if lines[j].column == line.column), confirmed[-1]) if confirmed else None
        if (current in _ENTRY_KINDS and line.plain.rstrip().endswith((":", "：")) and key(heading_text(line.plain)) in labels
                and (not (line.style.bold or line.style.heading_level or is_caps(line.plain)) and not _own_block(lines, i)
                     or above is not None and not is_caps(line.plain) and _subordinate(line, lines[above])
                     and key(heading_text(line.plain)) in merged().sub_headings)):
            continue  # "Achievements:" inside a job is a label of the entry, not a new section (bold
            # too: "Key achievements:" in smaller type than the section's heading; a plain one on a
            # block of its own, space above and below, is a heading: "Languages:" after the degrees)
        elsewhere = above is not None and line.column is not None and lines[above].column not in (None, line.column)
        if above is not None and flags[above] in _ENTRY_KINDS and _plainer(line, lines[above]) and not elsewhere:
            continue  # "Applied knowledge" in a job, in body weight and smaller than the section's heading
            # (not a line opening another column: a sidebar's heading in the body's weight)
        if (above is not None and (_nests(match.kind, flags[above], lines, i) or flags[above] == match.kind
                                   and not match.exact) and _subordinate(line, lines[above])):
            continue  # "Tools" in smaller type under "Skills", "Courses" under "Education", "Flagger Certification" under "Certifications"
        if (not has_style and not starts_block and above is not None and _nests(match.kind, flags[above], lines, i)
                and entry_label(line.plain, flags[above])):
            continue  # plain text: "Courses" right under a degree's dates is a label of the degree, no section
        if above is not None and not has_style and flags[above] == match.kind and not match.exact:
            continue  # plain text, no type to tell: "Forklift Certification" under "Certifications" is one of them
        if (not has_style and current in _ENTRY_KINDS and not is_caps(line.plain)
                and (seen := times_written(recurring, line)) >= LABEL_RECURS and seen >= 2 * times_written(recurring, lines[confirmed[-1]])):
            continue  # plain text: "Technologies:" in every project of a job, written more often than the
            # heading over the jobs, is a label of the entries, not a heading (a file of three résumés
            # repeats its headings as often as each other: "Experience:", "IT skills:")
        if (above is not None and flags[above] in _ENTRY_KINDS and not match.exact and not is_caps(line.plain)
                and _lesser(line, lines[above])):
            continue  # "Harbour Media" in smaller type inside a job: an employer holding a heading word
        if not match.exact and _right_of(line, [lines[j] for j in confirmed]):
            continue  # "Harbour Media" right of the headings: an entry's title holding a heading word
        words = len(heading_text(line.plain).split())
        if score >= 1 and (match.exact or words <= 4 or score >= 2):
            flags[i] = match.kind
            confirmed.append(i)
            continue
        ended = not has_style and _after_paragraph(lines, i)  # (plain text: under a paragraph's end)
        if (not has_style and match.exact and words <= 3 and not starts_block and not ended
                and under_list(lines, i, match.kind, current, confirmed[-1] if confirmed else None) and _own_line(lines, i, flags, recurring)):
            flags[i] = match.kind  # plain text: a heading right under a list's last cell ("Tools: Word" / "Languages")
            confirmed.append(i)
            continue
        head = _without_note(line.plain.strip()) if not has_style and match.exact else line.plain.strip()
        noted = head != line.plain.strip()  # plain text: "Projects (see my site)" is read by its head's words
        if noted:
            words = len(heading_text(head).split())
        if ((match.exact and words <= 3 and (_alone(lines, i) or ended or noted and len(head) <= 25) or blockless and words <= 4 and _phrase_list(line.plain)
             or ended and not blockless and words <= MAX_WORDS and _phrase_list(line.plain, joined=True))
              and (starts_block or (blockless or ended) and _own_line(lines, i, flags, recurring)
                   or match.exact and _centred_apart(lines, i, spans))):
            flags[i] = match.kind  # (in a text whose blank lines tell nothing, any line of its own)
            confirmed.append(i)
        elif match.exact and words <= 3 and has_style and _set_apart(lines, i, flags, recurring):
            flat.append((i, match.kind))  # a heading of a layout cell in the body's type, if another stands by it
    _flat_headings(lines, flat, flags, confirmed)
    tails = _wrapped(lines, flags, confirmed, label_cells)
    confirmed = _parts_unlike_headings(lines, flags, confirmed, label_cells)
    if (late := _late_name(lines, confirmed, body)) is not None:
        flags[late] = "header"
    consistent(Page(lines, flags, confirmed, label_cells, body, has_style, unfit,
                    [shape(lines, i) for i in range(len(lines))], recurring))
    for i in tails:
        flags[i] = None  # (the shape step may not read a heading's second line as a heading of its own)
    return entries_lent_back(_continued(_continue_columns(_build(lines, flags, tails))))






















def _set_apart(lines: tuple[Line, ...], i: int, flags: list[str | None], recurring: Counter) -> bool:
    """A line of a block, in the body's type (neither bold, capitals, larger nor declared a heading), that a
    whole heading phrase fills and that is set apart from the lines on both sides of it: it opens with a
    capital and ends in a letter; the next line, in its block, page and column, is bolder or larger (an
    entry's title: "Experience" over a bold "Senior Developer"); the line above is no short item of a
    plain list in its type (three words at most, no digit; a bullet, a dated line, a line in other type
    or of another block are none); it is
    not the first line under a heading nor a label written on :data:`LABEL_RECURS` lines."""
    line = lines[i]
    s, text = line.style, line.plain.strip()
    if (s.bold or s.heading_level is not None or s.caps or is_caps(text) or not text[:1].isupper()
            or not text[-1:].isalpha() or i + 1 >= len(lines) or i and flags[i - 1]):
        return False
    after = lines[i + 1]
    if (after.block, after.page, after.column) != (line.block, line.page, line.column) or after.bullet:
        return False
    if not (after.style.bold or (after.style.size or 0) > (s.size or 0) + 0.9):
        return False
    if i:
        before = lines[i - 1]
        same = (before.block, before.page, before.column) == (line.block, line.page, line.column)
        if (same and not before.bullet and (before.style.bold, round(before.style.size or 0)) == (s.bold, round(s.size or 0))
                and len(before.plain.split()) <= 3 and not any(c.isdigit() for c in before.plain)):
            return False  # an item of a plain list in its type ("Kiln firing" / "Projects" / "Glazes")
    return times_written(recurring, line) < LABEL_RECURS


def _flat_headings(lines: tuple[Line, ...], flat: list[tuple[int, str]], flags: list[str | None],
                   confirmed: list[int]) -> None:
    """The lines :func:`_set_apart` found are headings where two or more of them share a block, page and
    column and one type: the headings of a layout cell (html-to-docx drops the heading styles inside a
    table: "Experience" and "Education" in the main cell's body type, each over a bold entry). One alone
    is left out: a table row may be one entry."""
    groups: dict[tuple, list[tuple[int, str]]] = {}
    for i, kind in flat:
        line = lines[i]
        groups.setdefault((line.block, line.page, line.column, round(line.style.size or 0)), []).append((i, kind))
    for found in groups.values():
        if len(found) >= 2:
            for i, kind in found:
                flags[i] = kind
                confirmed.append(i)
    confirmed.sort()


def _late_name(lines: tuple[Line, ...], confirmed: list[int], body: float | None) -> int | None:
    """The line that opens a second header block: a sidebar read first (a table's left cell with
    contact, skills, languages under their own headings) puts the name, in the page's largest type
    by far, below those headings. It must come after the first heading, on the first page, in type
    larger than every heading and half again the body's, with at most one other line that large (a
    name on two lines), and be no heading, date or sentence itself."""
    if not confirmed or not body:
        return None
    page = lines[0].page
    sized = [l for l in lines if l.page == page and l.style.size]
    top = max((l.style.size for l in sized), default=0)
    if top < body * 1.5 or any((lines[j].style.size or 0) >= top for j in confirmed):
        return None
    largest = [l for l in sized if l.style.size == top]
    if len(largest) > 2 or largest[0].index <= lines[confirmed[0]].index:
        return None
    line = largest[0]
    if _disqualified(line) or heading_kind(line.plain) is not None:
        return None
    return next(i for i, l in enumerate(lines) if l is line)


def initials_only(text: str) -> bool:
    """One to three capital letters alone ("E", "P E", "R"): what is left of a heading set in small
    capitals whose font maps only the capitals to text."""
    tokens = text.split()
    return 1 <= len(tokens) <= 3 and all(len(t) == 1 and t.isalpha() and t.isupper() for t in tokens)


def _initials_heading(line: Line, body: float | None) -> bool:
    """:func:`initials_only`, on a bold or larger line of its own."""
    return (initials_only(line.plain) and not line.bullet and len(line.cells) <= 1
            and bool(line.style.bold or line.style.heading_level is not None
                     or body and line.style.size and line.style.size >= body + 1))


def _parts_unlike_headings(lines: tuple[Line, ...], flags: list[str | None], confirmed: list[int],
                           label_cells: dict[int, str]) -> list[int]:
    """The recognised headings without the parts of a section set unlike the document's headings:
    under "SKILLS" (in the type of three or more headings), "Other" in another type names a group
    of skills, not a section. A line set above its parent (:func:`_outranks`: "SKILLS" in capitals
    after a job's "Tools:" label in plain text, Indeed's export) is no part of it."""
    sig, n = Counter(_signature(lines[i]) for i in confirmed).most_common(1)[0] if confirmed else (None, 0)
    if n < 3:
        return confirmed
    kept: list[int] = []
    for i in confirmed:
        parent = next((j for j in reversed(kept) if lines[j].column == lines[i].column), kept[-1] if kept else None)
        if (parent is not None and i not in label_cells and _signature(lines[i]) != sig
                and _signature(lines[parent]) == sig and _nests(flags[i], flags[parent], lines, i)
                and not _outranks(lines[i], lines[parent]) and not _dated_credentials(lines, i, flags)):
            flags[i] = None
            continue
        kept.append(i)
    return kept




def _dated_credentials(lines: tuple[Line, ...], i: int, flags: list[str | None]) -> bool:
    """A certificates heading whose items, two or more up to the next heading, each hold a year
    ("Online courses:" over "- Web Accessibility (edX), 2022"): credentials of their own, not a
    degree's coursework (module names under "Courses")."""
    if flags[i] != "certifications":
        return False
    items = []
    for k in range(i + 1, len(lines)):
        if flags[k]:
            break
        items.append(lines[k])
    return len(items) >= 2 and all(_YEAR.search(line.plain) for line in items)


def _outranks(line: Line, parent: Line) -> bool:
    """Set above ``parent``: in clearly larger type; or, in its size, weight and face, in capitals
    without a colon under a label in small letters that ends in one (a job's "Tools:" over
    Indeed's "SKILLS"; a part in capitals under a heading in small letters is a part: "OTHER
    COURSES" under "Education")."""
    s, p = line.style, parent.style
    if s.size and p.size and abs(s.size - p.size) > 0.9:
        return s.size > p.size
    return (s.bold == p.bold and (s.caps or is_caps(line.plain)) and not (p.caps or is_caps(parent.plain))
            and parent.plain.rstrip().endswith((":", "：")) and not line.plain.rstrip().endswith((":", "：")))


def _plainer(line: Line, heading: Line) -> bool:
    """Neither bold, capitals nor a declared heading, and smaller than the section's heading."""
    s, h = line.style, heading.style
    return (not (s.bold or s.heading_level or s.caps or is_caps(line.plain)) and bool(s.size and h.size)
            and s.size < h.size - 0.9)


def _nests(kind: str, parent: str | None, lines: tuple[Line, ...], i: int) -> bool:
    """Can a heading phrase of ``kind`` name a part of a ``parent`` section? A "Languages" part of
    a skills block lists programming languages; over spoken ones ("English – native") it is the
    languages section itself."""
    if kind not in _NESTING.get(parent or "", ()):
        return False
    if kind == "languages":
        return part_of(kind, "skills", [l.plain for l in lines[i + 1:i + 3]])
    return True




def _subordinate(line: Line, heading: Line) -> bool:
    """Set in clearly smaller type than the section's heading and not bolder, or declared a
    deeper heading level."""
    s, h = line.style, heading.style
    if s.heading_level is not None and h.heading_level is not None:
        return s.heading_level > h.heading_level
    return bool(s.size and h.size) and s.size < h.size - 0.9 and (h.bold or not s.bold)


def _lesser(line: Line, heading: Line) -> bool:
    """Set below the section's heading: :func:`_subordinate` to it, or in its size and weight
    without its capitals, or declaring no level under a heading that declares one, in no larger
    type (a bold employer under a job's "####" title, in Markdown or in a converter's Word)."""
    s, h = line.style, heading.style
    caps = h.caps or is_caps(heading.plain)
    if s.heading_level is None and h.heading_level is not None and (not s.size or not h.size or s.size <= h.size + 0.1):
        return True
    return _subordinate(line, heading) or (caps and not (s.caps or is_caps(line.plain)) and bool(s.size and h.size)
                                           and s.size <= h.size + 0.1 and (h.bold or not s.bold))




def _marked_heading(text: str) -> bool:
    """A heading behind a square or a dot taken for a bullet ("■ EXPERIENCE"): a heading phrase
    alone, in capitals (a list's items in capitals are no heading phrases: "• PYTHON")."""
    match = heading_kind(text) if is_caps(text) else None
    return bool(match and match.exact)


def _above(line: Line, heading: Line) -> bool:
    """In another column than the heading, on its page, and wholly above it: the end of a column
    that reading order put after a heading set below the columns."""
    return (line.column is not None and heading.column is not None and line.column != heading.column
            and line.page == heading.page and line.box is not None and heading.box is not None
            and line.box.bottom <= heading.box.top + 1)


def _build(lines: tuple[Line, ...], flags: list[str | None], tails: set[int] = frozenset()) -> list[Section]:
    sections: list[Section] = []
    kind, heading, current = "header", None, []
    for i, (line, flag) in enumerate(zip(lines, flags)):
        if i in tails and heading is not None and not current:  # a heading's second line: one heading
            heading = heading.with_(text=f"{heading.text} {line.text}")
        elif flag == "header":  # a second header block (a name under a sidebar read first): the line is its content
            if current or heading is not None:
                sections.append(Section(kind=kind, heading=heading, lines=tuple(current)))
            kind, heading, current = "header", None, [line]
        elif flag:
            if current or heading is not None:
                sections.append(Section(kind=kind, heading=heading, lines=tuple(current)))
            kind, heading, current = flag, line, []
        elif heading is not None and not current and sections and _above(line, heading):
            last = sections[-1]  # the right column of the section above, read after this heading
            sections[-1] = Section(kind=last.kind, heading=last.heading, lines=last.lines + (line,))
        elif line.origin.endswith(":footer") and kind != "contact":  # a page footer: contact lines, not the last section's
            if current or heading is not None:
                sections.append(Section(kind=kind, heading=heading, lines=tuple(current)))
            kind, heading, current = "contact", None, [line]
        else:
            current.append(line)
    if current or heading is not None:
        sections.append(Section(kind=kind, heading=heading, lines=tuple(current)))
    return sections
