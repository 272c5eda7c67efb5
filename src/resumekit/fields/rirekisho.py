"""The history table of a Japanese 履歴書 (rirekisho): rows of "year | month | event" where
entering and leaving a school or an employer are separate rows, paired here into entries.

The standard form's 学歴・職歴 table reads, one row per line (cells TAB-separated, or one line
"2015年4月 ○○大学 工学部 入学")::

    学歴
    2015 | 4 | ○○大学 工学部 入学        -> Education(○○大学, degree 工学部, 2015-04 .. 2019-03)
    2019 | 3 | ○○大学 工学部 卒業
    職歴
    2019 | 4 | 株式会社○○ 入社          -> Experience(株式会社○○, 2019-04, current)
    現在に至る
    以上

Every word (入学, 卒業, 入社, 退職, 現在に至る, 学歴, 職歴, 以上...) is the ``[rirekisho]`` table
of the vocabulary; the dates are :mod:`resumekit.fields.dates`' (Western years and eras: 平成27).

Signals, in order of precedence:

1. A row's date: a year cell and a month cell ("2015 | 4", "平成27 | 4"; a ditto mark "〃" or
   word "同" in the year cell repeats the year above), a year cell alone, or a single date opening
   the line ("2015年4月 ○○大学 入学"). A range is not a row of this table.
2. A row's kind, by the last kind word in its event: entering or leaving a school, joining or
   leaving an employer. What stands before the word is the name; a name that ends like a reason
   ("一身上の都合により退職") is no name.
3. Rows without a date, compared without spaces ("学　歴"): a part heading (学歴, 職歴), "still
   there" (現在に至る: the latest open job, or school under 学歴, is current), the closing word
   (以上). The closing word, or the header row of another dated table ("年 | 月 | 免許・資格":
   the year and month words as column labels), ends the table: the lines from there on are
   returned apart, unread.
4. Pairing: a leaving row closes the open entry of its kind with the same name, else the latest
   open one; with none open it is an entry with an end only. Any other row after an entry is a
   detail of the latest entry (a highlight, as written).
5. A school's name is split into the institution and the faculty or department (the degree):
   at the first space after a school word, or, unspaced, after the first school word that leaves
   something ("○○大学工学部" -> ○○大学 + 工学部); school words following it stay with the
   institution ("○○大学大学院").

The table is recognised only when at least two rows carry a kind word (or one, and a
"still there" row), and kind rows are at least half the dated rows; otherwise
:func:`read_rirekisho` returns ``None`` and the section is read as any other. Errs towards not
recognising: a 職務経歴書 (career sheet) with date ranges is left to the usual readers.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import regex

from ..document import Line
from ..schema import Education, Experience
from ..text import key
from ..vocab import merged
from .dates import PartialDate, find_dates, parse_year_month

__all__ = ["History", "read_rirekisho", "school_and_unit"]

_JOIN_SCHOOL, _LEAVE_SCHOOL, _JOIN_WORK, _LEAVE_WORK = "join_school", "leave_school", "join_work", "leave_work"
_KINDS = (_JOIN_SCHOOL, _LEAVE_SCHOOL, _JOIN_WORK, _LEAVE_WORK)
_NAME_EDGES = " \t\u3000、，,・:：（）()「」"
_DITTO_MARKS = ("〃", "″", '"', "”")  # "same as above" in a year cell


@dataclass
class History:
    """The entries of a 学歴・職歴 table, in the order their first row came."""

    education: list[Education] = field(default_factory=list)
    experience: list[Experience] = field(default_factory=list)
    rest: tuple[Line, ...] = ()  # the lines after the table, not read here


@dataclass
class _Open:
    """An entry being paired: ``school`` or not, its name, dates and details."""

    school: bool
    name: str | None
    degree: str | None = None
    start: PartialDate | None = None
    end: PartialDate | None = None
    current: bool = False
    closed: bool = False
    highlights: list[str] = field(default_factory=list)


def _fold(text: str) -> str:
    """``text`` folded character by character, the same length (so offsets carry over)."""
    return "".join(k if len(k := key(c)) == 1 else c for c in text)


_CJK_FIRST = "\u2e80"  # the first CJK block; no character below it folds into one above it


def _may_hold_kind_word(text: str) -> bool:
    """Could ``text`` hold a kind word once folded? When every kind word is CJK (the vocabulary
    as it stands), text with no character from U+2E80 on cannot; otherwise any text may."""
    return not _WORDS.cjk_kinds or (bool(text) and max(text) >= _CJK_FIRST)


def _alternation(words: Sequence[str]) -> regex.Pattern | None:
    words = sorted({w for w in words if w}, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(w) for w in words)) if words else None


class _Words:
    """The [rirekisho] vocabulary, compiled."""

    def __init__(self) -> None:
        v = merged().rirekisho
        self.kind_of = {w: k for k in _KINDS for w in v[k]}
        self.kinds = _alternation(tuple(self.kind_of))
        self.cjk_kinds = bool(self.kind_of) and min("".join(self.kind_of)) >= _CJK_FIRST
        self.education_heading = set(v["education_heading"])
        self.work_heading = set(v["work_heading"])
        self.ongoing = set(v["ongoing"])
        self.closing = set(v["closing"])
        self.ditto = set(v["ditto"])
        self.reason_endings = tuple(v["reason_endings"])
        self.schools = _alternation(merged().institution_words)
        self.column_labels = (set(merged().year_suffixes), set(merged().month_suffixes))


_WORDS = _Words()


def _date_and_event(line: Line, year_above: int | None) -> tuple[PartialDate | None, str]:
    """The row's date (if it has one) and the rest of the row."""
    cells = line.cells
    if cells and year_above is not None and (cells[0] in _DITTO_MARKS or key(cells[0]) in _WORDS.ditto):
        cells = [str(year_above)] + cells[1:]
    if len(cells) >= 3 and (d := parse_year_month(cells[0], cells[1])) is not None:
        return d, " ".join(cells[2:])
    if len(cells) >= 2 and (d := parse_year_month(cells[0])) is not None:
        return d, " ".join(cells[1:])
    text = line.plain
    found = find_dates(text)
    if found and found[0].single and not text[:found[0].span[0]].strip():
        return found[0].start, text[found[0].span[1]:].strip()
    return None, text


def _kind(event: str) -> tuple[str | None, str, str]:
    """(kind, name before the kind word, text after it); kind None when the event has no kind word."""
    matches = list(_WORDS.kinds.finditer(_fold(event))) if _WORDS.kinds is not None else []
    if not matches:
        return None, event, ""
    last = matches[-1]
    return _WORDS.kind_of[last.group()], event[:last.start()].strip(_NAME_EDGES), event[last.end():].strip(_NAME_EDGES)


def _name(name: str) -> str | None:
    """The name before a kind word, or None when it is empty or a reason ("一身上の都合により")."""
    if not name or key(name).endswith(_WORDS.reason_endings):
        return None
    return name


def school_and_unit(name: str) -> tuple[str, str | None]:
    """(institution, faculty or department) from a school's name; see signal 5."""
    if _WORDS.schools is None:
        return name, None
    words = name.split()
    if len(words) > 1:
        for n in range(1, len(words)):
            if _WORDS.schools.search(_fold(" ".join(words[:n]))):
                return " ".join(words[:n]), " ".join(words[n:])
        return name, None
    folded = _fold(name)
    ends = sorted(m.end() for m in _WORDS.schools.finditer(folded, overlapped=True) if m.end() < len(name))
    if not ends:
        return name, None
    cut = ends[0]
    while (m := _WORDS.schools.match(folded, cut)) is not None:
        cut = m.end()  # "○○大学" + "大学院": the graduate school is part of the institution
    return name[:cut], name[cut:] or None


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and key(a) == key(b)


class _Pairing:
    """Rows in, entries out (signal 4)."""

    def __init__(self) -> None:
        self.entries: list[_Open] = []
        self.school_part = False  # under the 学歴 heading

    def latest(self, school: bool, name: str | None = None) -> _Open | None:
        open_ = [e for e in self.entries if e.school == school and not e.closed]
        return next((e for e in reversed(open_) if _same(e.name, name)), open_[-1] if open_ else None)

    def event(self, kind: str, date: PartialDate, name: str | None, rest: str) -> None:
        school = kind in (_JOIN_SCHOOL, _LEAVE_SCHOOL)
        degree = None
        if school and name:
            name, degree = school_and_unit(name)
        if kind in (_JOIN_SCHOOL, _JOIN_WORK):
            entry = _Open(school, name, degree, start=date)
            self.entries.append(entry)
        else:
            entry = self.latest(school, name)
            if entry is None:
                entry = _Open(school, name, degree)
                self.entries.append(entry)
            entry.end, entry.closed = date, True
            entry.name = entry.name or name
            entry.degree = entry.degree or degree
        if rest:
            entry.highlights.append(rest)

    def ongoing(self) -> None:
        entry = self.latest(self.school_part)
        if entry is not None:
            entry.current = True

    def detail(self, line: Line) -> None:
        if self.entries:
            self.entries[-1].highlights.append(line.plain)

    def history(self, rest: tuple[Line, ...]) -> History:
        out = History(rest=rest)
        for e in self.entries:
            dates = {"start": e.start.iso() if e.start else None, "end": e.end.iso() if e.end else None}
            if e.school:
                out.education.append(Education(institution=e.name, degree=e.degree, current=e.current,
                                               highlights=e.highlights, **dates))
            else:
                out.experience.append(Experience(company=e.name, current=e.current, highlights=e.highlights,
                                                 **dates))
        return out


def _table_header(line: Line) -> bool:
    """"年 | 月 | 免許・資格": the year and month words as the labels of the first two columns."""
    cells = line.cells
    years, months = _WORDS.column_labels
    return len(cells) >= 3 and key(cells[0]) in years and key(cells[1]) in months


def read_rirekisho(lines: Sequence[Line]) -> History | None:
    """The entries of the 学歴・職歴 table in ``lines`` (a section's), or None when they are not
    such a table (see the module docstring)."""
    if not any(_may_hold_kind_word(line.text) for line in lines):
        return None  # no row can carry a kind word: not the table (and its dates are not read)
    pairing = _Pairing()
    kind_rows = dated = ongoing = 0
    year = None
    after: tuple[Line, ...] = ()  # the lines after the table's end
    for n, line in enumerate(lines):
        date, event = _date_and_event(line, year)
        year = date.year if date is not None else year
        row = key(event).replace(" ", "")
        if date is None and row in _WORDS.education_heading | _WORDS.work_heading:
            pairing.school_part = row in _WORDS.education_heading
            continue
        if (date is None and row in _WORDS.closing) or (pairing.entries and _table_header(line)):
            after = tuple(lines[n + (row in _WORDS.closing):])
            break
        kind, name, rest = _kind(event) if date is not None else (None, event, "")
        dated += date is not None
        if kind is not None:
            kind_rows += 1
            pairing.event(kind, date, _name(name), rest)
        if any(w in row for w in _WORDS.ongoing):
            ongoing += 1
            pairing.ongoing()
        elif kind is None:
            pairing.detail(line)
    if kind_rows + min(ongoing, 1) < 2 or 2 * kind_rows < dated:
        return None
    return pairing.history(after)
