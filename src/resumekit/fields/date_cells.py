"""Date cells broken by extraction, mended before an entry section is split into entries: a
bullet whose row also carries the entry's dates in a cell of their own (the dates go on a line of
their own); a range whose end wrapped onto the next line ("Jan 2020 –" / "Mar 2022", "novembre
2022 – in" / "corso", "2019" / "~ 2021"); the two ends of a range stacked on two lines without their
dash ("May 2010" / "Present"; a bracketed "Clerk (2006" / "2013)"; the end opening the next words,
"Nov 2009" / "Feb 2013 Night Porter, Acme"); the two ends of a range set as a rail in front of an
entry's first two lines ("2009 ⇥ BA History" over "2013 ⇥ Kelham University", the first line bold, the
second not); a start month cut from its year; a year alone in the next
line's date cell. Each repair needs the two pieces to read as one range together; else the lines
stay as they are. Older roles folded into one sentence after a label ("Earlier roles: Analyst,
Tarrow Bank (2004 – 2006); Clerk, Dunmore Mills (2002 – 2004).") become a line per role.
"""
from __future__ import annotations

import regex

from ..document import Line
from ..text import key, rx
from ..vocab import merged
from .dates import find_dates, parse_date_range

__all__ = ["dates_apart", "folded_roles", "wrapped_dates"]


def dates_apart(lines: list[Line] | tuple[Line, ...]) -> list[Line]:
    """A bullet whose row also carries the entry's dates in a cell of their own ("• Reduced
    latency by 75% ⇥ June 2005 – Aug 2007", a right-hand date column): the dates become a
    header line of their own, before the bullet. A year alone in the next line's date cell ends
    a range that waits for it ("... ⇥ January 2022 – September" / "• Ran tests ⇥ 2025"; a date
    cell wrapped inside a table's row, "Analyst ⇥ Oct 2022 – Oct" / "Acme Ltd ⇥ 2023")."""
    lines = list(lines)
    for n in range(len(lines) - 1):
        line, below = lines[n], lines[n + 1]
        if len(line.cells) >= 2 and len(below.cells) >= 2 and line.page == below.page \
                and rx(r"(?:19|20)\d\d").fullmatch(below.cells[-1].strip()):
            joined = f"{line.cells[-1]} {below.cells[-1]}"
            found = find_dates(joined)
            if found and not found[0].single and found[0].end is not None and found[0].span[1] == len(joined) \
                    and find_dates(line.cells[-1])[:1] and find_dates(line.cells[-1])[0].single:
                lines[n] = line.with_(text="\t".join([*line.cells[:-1], joined]), runs=())
                lines[n + 1] = below.with_(text="\t".join(below.cells[:-1]), runs=())
    out: list[Line] = []
    for line in lines:
        cells = line.cells
        if line.bullet and len(cells) >= 2 and len(cells[0].split()) > 4:
            last = find_dates(cells[-1])
            if last and not last[0].single and last[0].span[0] <= 1 and last[0].span[1] >= len(cells[-1]) - 1:
                out.append(line.with_(text=cells[-1], bullet=False, runs=(), links=(), box=None))  # where exactly: unknown
                out.append(line.with_(text="\t".join(cells[:-1]), runs=()))
                continue
        out.append(line)
    return out


_LABELLED = regex.compile(r"^(?P<label>\p{L}[\p{L}'’ -]{0,40}?)\s*[:：]\s+(?P<rest>\S.*)$")


def folded_roles(lines: list[Line] | tuple[Line, ...]) -> list[Line]:
    """Older roles folded into one sentence after a label of four words at most ("Earlier roles:
    Analyst, Tarrow Bank (2004 – 2006); Clerk, Dunmore Mills (2002 – 2004).", "Previous
    positions: …"), maybe wrapped onto the lines below it in its block: a line per role (the
    label dropped), where the sentence splits at semicolons into two parts or more, each with a
    date of its own and two comma pieces beside it (a role and its employer); else the lines stay
    as they are."""
    lines, out, i = list(lines), [], 0
    while i < len(lines):
        line = lines[i]
        m = _LABELLED.match(line.plain) if not line.bullet and len(line.cells) == 1 else None
        if m and len(m.group("label").split()) <= 4:
            text, j = m.group("rest").strip(), i + 1
            while (j < len(lines) and j - i <= 3 and not text.endswith(".") and not lines[j].bullet
                   and lines[j].block == line.block and len(lines[j].cells) == 1
                   and lines[j].style.bold == line.style.bold):
                text, j = f"{text} {lines[j].plain.strip()}", j + 1
            parts = [p.strip().rstrip(".").strip() for p in text.split(";")]
            if len(parts) >= 2 and all(p and len(find_dates(p)) == 1 and _role_and_employer(p) for p in parts):
                out += [line.with_(text=p, runs=(), links=()) for p in parts]
                i = j
                continue
        out.append(line)
        i += 1
    return out


def _role_and_employer(part: str) -> bool:
    """A part of a folded line that names two things before or after its date: "Clerk, Dunmore
    Mills (2002 – 2004)" (not "cut costs by 12% (2019)")."""
    found = find_dates(part)[0]
    rest = f"{part[:found.span[0]]} {part[found.span[1]:]}".strip(" ()[],–-")
    return len([p for p in rest.split(",") if p.strip(" ()")]) >= 2


def _month_word(token: str) -> bool:
    k = key(token)
    return any(k in names for names in merged().months)


_OPEN_END = regex.compile(r"(?:(?P<dash>[-–—~])|(?:(?P<lead>^|[-–—~])\s*)?\b(?P<month>\p{L}+)\.?)\s*$")


def _open_end(cell: str, m: regex.Match, below: str) -> bool:
    """A cell that waits for its year: a date and a dash ("March 2019 –"), a dash and a month
    ("2021 – July"), a month alone ("September"), or a month after words when the line below
    starts with a bare year whose range ends in a month ("Forestry, April" / "2016 – May 2018":
    the start then gets the month its end has) or is open ("Leeds November" / "2022 – Present": a
    role still held, its start's month cut from its year). A place that ends a name and reads as a
    month ("University of Rio de Janeiro" / "2010 – 2014") waits for nothing: the range below is
    of years alone, and no "since" word stands before the month ("Since August" / "2024"). (Such a
    place over an open range still joins: the price of the open ranges.)"""
    if m.group("dash"):
        return bool(find_dates(cell))
    if not _month_word(m.group("month")):
        return False
    if m.group("lead") is not None:
        return True
    first = find_dates(below)[0]
    if first.span[0] != 0 or first.start is None or first.start.month is not None:
        return False
    before = f" {key(cell[:m.start('month')])}".rstrip()
    if any(before.endswith(f" {w}") for w in merged().since_words):
        return True  # "Since August" / "2024": a word that opens a date, no place
    return first.current or (first.end is not None and first.end.month is not None)


def wrapped_dates(lines: list[Line] | tuple[Line, ...]) -> list[Line]:
    """A date cell wrapped onto a line of its own ("Planner ⇥ March 2018 – June" /
    "2020"): a line that is only a year or a date, under a line whose last cell waits for a year
    (see :func:`_open_end`), ends that cell; the two ends of a range in a rail in front of an
    entry's first two lines are one cell (see :func:`_rail_ends`)."""
    out: list[Line] = []
    for line in lines:
        prev = out[-1] if out else None
        split = _year_below(prev, line) if prev is not None else None
        if split is not None:
            out[-1], line = split
            if line is None:
                continue
        rail = _rail_ends(prev, line) if prev is not None and split is None else None
        if rail is not None:
            out[-1], line = rail
            out.append(line)
            continue
        if prev is not None and not line.bullet and prev.page == line.page and parse_date_range(line.plain) is not None:
            last = prev.cells[-1] if prev.cells else ""
            m = _OPEN_END.search(last)
            if m and _open_end(last, m, line.plain):
                out[-1] = prev.with_(text=f"{prev.text} {line.plain}",
                                     box=prev.box.union(line.box) if prev.box and line.box else prev.box)
                continue
        if prev is not None and not line.bullet and prev.page == line.page and _ends_range(prev, line):
            out[-1] = prev.with_(text=f"{prev.text} {line.plain}",
                                 box=prev.box.union(line.box) if prev.box and line.box else prev.box)
            continue
        if prev is not None and not prev.bullet and not line.bullet and prev.page == line.page:
            stacked = _stacked_end(prev, line)
            if stacked is not None:
                out[-1] = prev.with_(text=stacked,
                                     box=prev.box.union(line.box) if prev.box and line.box else prev.box)
                continue
        out.append(line)
    return out


def _lone_date(cell: str) -> bool:
    """A cell that is one single date and nothing else ("2013", "Oct 2022"), or a "present" word."""
    found = find_dates(cell)
    if found:
        return len(found) == 1 and found[0].single and found[0].span == (0, len(cell))
    return key(cell) in merged().present


def _rail_ends(prev: Line, line: Line) -> tuple[Line, Line] | None:
    """The two ends of a range set as a rail in front of an entry's first two lines, one end in
    the first cell of each ("2009 ⇥ BA History" over "2013 ⇥ Kelham University"; "Oct 2022 ⇥
    Analyst" over "Present ⇥ Orrin Ltd"): the upper line bold and the lower not (a title over its
    second line: one entry, not a list of dated items of one style), neither bulleted, each with
    a cell after its end and no other date. The range becomes the upper line's first cell, the
    lower line keeps its other cells. None unless the two ends read as one range whose end is not
    before its start."""
    if prev.bullet or line.bullet or prev.page != line.page or not prev.style.bold or line.style.bold:
        return None
    upper, lower = [c.strip() for c in prev.cells], [c.strip() for c in line.cells]
    if len(upper) < 2 or len(lower) < 2 or not (_lone_date(upper[0]) and _lone_date(lower[0])):
        return None
    if any(find_dates(c) for c in upper[1:] + lower[1:]):
        return None
    joined = f"{upper[0]} – {lower[0]}"
    ranged = find_dates(joined)
    if len(ranged) != 1 or ranged[0].single or ranged[0].span != (0, len(joined)) or ranged[0].start is None:
        return None
    end = ranged[0]
    if end.end is not None and (end.end.year, end.end.month or 0) < (end.start.year, end.start.month or 0):
        return None
    return prev.with_(text="\t".join([joined, *upper[1:]]), runs=()), line.with_(text="\t".join(lower[1:]), runs=())


_STACK_TAIL = regex.compile(r"^[\s:：.,)\]]*$|^\s*[:：\t]")


def _stacked_end(prev: Line, line: Line) -> str | None:
    """The two ends of a range stacked on two lines without the dash between them ("May 2010" /
    "Present", "Acme Ltd ⇥ August 2003" / "December 2007", "2001" / "2006: Senior Engineer"; a
    text flattened and cut again where its dash was lost reads so too): the line below opens with
    a date or a "present" word, alone or before a colon or a TAB, and the last cell above ends in
    a single date, with a month, or a bare year alone on its line or right after a bracket whose
    end closes it ("Paralegal (2006" / "2013)"). Under a line of the start alone, the end may open
    capitalised words ("Nov 2009" / "Feb 2013 Night Porter, Acme"; "6/2008" / "present Acme"): they
    become a cell beside the range. The joined text, the ends apart by a dash, when they read as one
    range whose end is not before its start; else None."""
    last = prev.cells[-1] if prev.cells else ""
    found = find_dates(last)
    if not found or not found[-1].single or found[-1].start is None or last[found[-1].span[1]:].strip(" .,"):
        return None
    start = found[-1]
    bracket = last[:start.span[0]].rstrip().endswith("(")  # "Paralegal (2006" / "2013)"
    if start.start.month is None and (len(prev.cells) > 1 or start.span[0] > 0) and not bracket:
        return None  # a bare year after words is a name's ("Summer School 2019")
    below = line.plain
    ends = find_dates(below)
    if ends and ends[0].span[0] == 0 and ends[0].single and ends[0].start is not None:
        cut = ends[0].span[1]
    else:
        cut = next((len(w) for w in sorted(merged().present, key=len, reverse=True)
                    if key(below[:len(w) + 1]) in (w, w + " ", w + ":")), 0)
    if not cut:
        return None
    rest = below[cut:]
    # the end opening the next role's words ("Nov 2009" / "Feb 2013 Night Porter, Acme"), under a
    # line of the start alone: the words are a cell of their own beside the range
    beside = not _STACK_TAIL.match(rest) and len(prev.cells) == 1 and start.span[0] == 0 \
        and rx(r"^\s+\p{Lu}").match(rest) is not None
    if not (_STACK_TAIL.match(rest) or beside) or bracket and not rest.lstrip().startswith(")"):
        return None
    if beside:
        rest = "\t" + rest.strip()
    joined = f"{last[:start.span[1]]} – {below[:cut]}"
    ranged = find_dates(joined)
    if not ranged or ranged[-1].single or ranged[-1].span[1] != len(joined):
        return None
    end = ranged[-1]
    if end.end is not None and (end.end.year, end.end.month or 0) < (end.start.year, end.start.month or 0):
        return None
    at = prev.text.rfind(last)
    return f"{prev.text[:at]}{joined}{rest}" if at >= 0 else None


def _ends_range(prev: Line, line: Line) -> bool:
    """A "present" word of several words wrapped after its first ("novembre 2022 – in" / "corso"):
    a line of one or two words and no date, which turns the single date that ends the last cell
    above into an open range ending the cell."""
    last = prev.cells[-1] if prev.cells else ""
    words = line.plain.split()
    if not last or not 1 <= len(words) <= 2 or find_dates(line.plain):
        return False
    before, after = find_dates(last), find_dates(f"{last} {line.plain}")
    return bool(before and after) and before[-1].single and after[-1].current \
        and after[-1].span[1] == len(last) + 1 + len(line.plain)


_MONTH_BEFORE_TEXT = regex.compile(r"^(?P<date>[^\t]{4,40}?\s[-–—]\s*)(?P<month>\p{L}{3,}\.?)\s+(?P<rest>[^\t]+)(?P<cells>\t.*)?$")
_YEAR_FIRST = regex.compile(r"^(?P<year>(?:19|20)\d\d)(?:\s+(?P<rest>.+))?$")


def _year_below(prev: Line, line: Line) -> tuple[Line, Line | None] | None:
    """A date column wrapped inside the rows beside it ("May 2024 – February Sales Intern, Acme" /
    "2025 • Grew revenue"): the year opening the line below ends the range above, which becomes
    a cell of its own; the rest of the line below stays (a bullet when it starts with one)."""
    if prev.bullet or line.bullet or prev.page != line.page:
        return None
    m, y = _MONTH_BEFORE_TEXT.match(prev.text), _YEAR_FIRST.match(line.plain)
    if m is None or y is None or not _month_word(m.group("month").rstrip(".")):
        return _end_below(prev, line)
    start = find_dates(m.group("date"))
    if len(start) != 1 or start[0].span[0] != 0 or start[0].end is not None:
        return None
    if _holds_its_range(prev):
        return None  # the month has its year on the line ("Sept. 2019 – févr. 2022 : Title"): nothing waits
    text = f"{m.group('date')}{m.group('month')} {y.group('year')}\t{m.group('rest')}{m.group('cells') or ''}"
    rest = (y.group("rest") or "").strip()
    bullet = rest[:1] in "•·▪◦-"
    below = line.with_(text=rest.lstrip("•·▪◦- ").strip(), bullet=True) if bullet else line.with_(text=rest)
    return prev.with_(text=text), (below if rest.strip("•·▪◦- ") else None)


_OPEN_BEFORE_TEXT = regex.compile(r"^(?P<date>[^\t]{4,30}?)\s*(?P<sep>[-–—]|\p{L}{2,5})\s+(?P<rest>\p{Lu}[^\t]*)(?P<cells>\t.*)?$")


def _holds_its_range(row: Line) -> bool:
    """Does the range opening the row's first cell end on the row (an end, or a "present" word)?"""
    found = find_dates(row.cells[0]) if row.cells else ()
    return bool(found) and found[0].span[0] == 0 and (found[0].end is not None or found[0].current)


def _end_below(prev: Line, line: Line) -> tuple[Line, Line | None] | None:
    """The same with the whole end below ("05/2021 — Brand Lead, Acme" / "Now"; "2024-02 to
    Data Intern, Acme" / "2024-08 ⇥ Built a model"): a start date and a dash or range word
    followed by text, over a line that opens with a date or a "present" word."""
    m = _OPEN_BEFORE_TEXT.match(prev.text)
    if m is None or parse_date_range(m.group("date")) is None or _holds_its_range(prev):
        return None  # the row above already holds its whole range
    sep = m.group("sep")
    if sep[:1].isalpha() and key(sep) not in merged().range_words:
        return None
    below = line.plain
    found = find_dates(below)
    if found and found[0].span[0] == 0 and found[0].single:
        end, rest = found[0].text, below[found[0].span[1]:]
    else:
        word = next((w for w in sorted(merged().present, key=len, reverse=True)
                     if key(below[:len(w) + 1]).startswith(w) and key(below[:len(w) + 1]) in (w, w + " ")), None)
        if word is None:
            return None
        end, rest = below[:len(word)], below[len(word):]
    rest = rest.strip(" \t")
    text = f"{m.group('date')} {sep} {end}\t{m.group('rest')}{m.group('cells') or ''}"
    if parse_date_range(f"{m.group('date')} {sep} {end}") is None:
        return None
    # what follows the end in a cell of its own is the first item of the entry's body column
    bullet = rest[:1] in "•·▪◦" or "\t" in line.text[:len(end) + 2]
    after = line.with_(text=rest.lstrip("•·▪◦ "), bullet=line.bullet or bullet) if rest.strip("•·▪◦ ") else None
    return prev.with_(text=text), after
