"""Dates and date ranges as résumés print them: "Mar. 2024 – Present", "2019-2021", "07.03.2019",
"2019年9月～2021年3月", "平成27年4月".

Every language word (month names, "present", range connectors, seasons, "since", "from",
"expected", the "de" of "junho de 2019", the 年 and 月 written after numbers, era names) comes
from :func:`resumekit.vocab.merged`; the code knows only digits, punctuation and Roman numerals.
Matching runs on a folded copy of the text (case, accents, full-width digits and punctuation, wave
dashes) that keeps (or maps back to) the original offsets, so every result's ``span`` points into
the caller's string.

Signals, in order of precedence (the first that fits at a position wins; results never overlap):

1. Context guards around the whole expression. A candidate glued to letters, digits, ``@ # $ € £
   % + / \\``, one that continues a digit group ("201-2020", "1.2019", "555 2019") or is followed
   by one ("2019-555", "2019 1234", "2019%") is rejected: phones, money, IDs, versions, e-mail
   addresses and URLs are not dates. Chinese and Japanese put no spaces between words: a year
   with a year suffix may follow a letter of those scripts ("于2019年6月毕业"), and a match that
   ends in one may be followed by any letter ("2019年4月入社").
2. Two numeric month dates with only spaces between them ("09/1996 07/2002") are a range, when
   the second is not before the first (two bare years never are: "2019 2021" could be anything);
   so are a numeric month date and a "present" word ("09/2017 Heden").
3. A lead word: a "from" word, or a "since" word, before a closed range starts it ("from 2019 to
   2021", "desde 2019 hasta 2021"); a "since" word otherwise opens an ongoing range ("since
   2020"); an "expected" word marks a future single date ("Expected May 2026").
4. The start date, most specific shape first: a year with a year suffix, then maybe a month and
   a day with theirs ("2019年4月1日", "2015年", "2019 г."), the year Western or an era's
   ("平成27年" = 2015, "令和元年" = 2019); ``DD.MM.YYYY`` / ``a/b/YYYY`` / ``a-b-YYYY`` / ``a-b/YYYY``;
   ``YYYY-MM[-DD]`` (also ``/`` and ``.``); ``YYYY. MM.`` with spaces, the month closed by its
   dot or followed by the range ("2017. 03.", "2024. 12. 30", Korean); ``MM/YYYY``, ``M/YYYY``, ``MM.YYYY``, ``MM-YYYY``;
   month word with optional day and trailing dot ("Sept. 2020", "7 March 2019", "March 7, 2019",
   "Sept '17", "Jan-2019"), or joined to its year by a word ("junho de 2019", "1 de marzo de
   2020"); season word, or a term, a quarter or a part of a year written as one ("Summer 2012",
   "WS 2019/20", "Q3 2020", "mid-2019": year only); upper-case Roman month ("VII 2015", not after
   a word); the year first with its dot, then the month's name ("2019. március", Hungarian; not
   when a year follows: "2019. May 2020"), or a short form that begins one month's names only,
   closed by its own dot ("2019. márc.": alone, "Marc" is a name); ``YYYY.MM.`` and ``YYYY.MM.DD.`` closed
   by a dot of their own ("2019.03. – jelenleg"); a bare year 1950..2100. A month name of six letters or more misspelt by one letter
   reads as that month right before its year ("Febuary 2019", "Septmber '18"; see
   ``Grammar.misspelt``), never elsewhere.
5. The end: a separator (dashes, "~", a range word, or a dash followed by a range word; a range
   word of an unspaced script needs no spaces: "2016年9月至2020年6月") then a date or a "present"
   word (ongoing); a "present" word of an unspaced script right after the date ("2018年4月
   現在", "2018年9月至今"), except after a day, where it says "as of" ("2024年4月1日現在" is a
   single date); a "/" between two dated ends ("2018/2019"); "YYYY-YY" or "YYYY/YY" when YY reads
   as a later year within ten ("2019-20"); a dash that ends the line or text, or meets
   ``) ] | , ;`` or a TAB, is an open end (ongoing), an ellipsis after it too ("2025 - ...").
   Two months with two-digit years make a range only together ("03/19 – 06/21"), the end not
   before the start; alone, "03/19" is no date.
6. A month or season word without a year followed by a separator and a dated month/season end
   borrows that year ("June - August 2017"; a start month after the end month means the year
   before: "Nov – Feb 2020" starts 2019-11).
7. A parenthesised "expected" word after the date or range ("May 2026 (Expected)").
8. Where nothing else was read: two years glued together with no dash between them, the end not
   before the start and at most 45 years after it ("20132015"; not "20151231"), or a year glued
   to a "present" word ("2016present"): a text whose dashes were lost.
9. Where a line's cell gaps (TABs) are known (:func:`find_dates` of a line's text,
   :func:`find_cell_dates`; see :mod:`resumekit.fields.date_gaps`): a word or a number that ends
   a name's cell is no date's start ("Rio de Janeiro ⇥ 2010", "Lyon 1 ⇥ Sep 2013"), and a rail's
   two ends alone in a row's first cell are a range ("May 2020 Present ⇥ Title").

It errs towards missing a date rather than inventing one: month words count only next to a
year, numbers next to other digit groups are skipped, and precision is never added: a season
or an ambiguous day/month order gives the year alone.

Ambiguity rules: ``DD.MM.YYYY`` (dots) is always day first. With ``/`` or ``-``, a first part
above 12 means day first, a second part above 12 means month first; when both are 12 or less
and differ, the other end of the same range decides if it can, then the document's order
(:func:`document_order`: its other numeric dates, else its language, set by :func:`day_order`
around its readers), else only the year is kept ("03/07/2019" -> 2019). Two-digit years need an apostrophe ("'17"), or
a range of two "MM/YY" months, and pivot at 50: '00..'49 ->
2000..2049, '50..'99 -> 1950..1999 (the plausible span is 1950..2100, eras included: 昭和20年 is
1945 and not read). ``YYYY-MM`` with MM 01..12 is a month ("2011-12" is December 2011), never a
short range.

:func:`parse_year_month` reads a year and a month written apart, as the "year" and "month" cells
of a table are ("平成27", "4").

All patterns are built once at import from the merged vocabulary
(:mod:`resumekit.fields.date_grammar` writes them) and are linear: bounded repetitions only, no
nested quantifiers; only positions near a year are tried.
"""
from __future__ import annotations

import bisect
import calendar
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..text import DASHES, KEY_LETTERS, key, rx, word_set
from ..vocab import merged
from .date_gaps import name_tail, rail_ends
from .date_grammar import ROMAN, UNSPACED_RE, Grammar

__all__ = ["PartialDate", "DateRange", "find_dates", "parse_date_range", "parse_date", "parse_year_month",
           "has_date", "find_cell_dates", "find_durations", "day_order", "document_order", "order_for"]

MIN_YEAR = 1950
MAX_YEAR = 2100
_PIVOT = 50  # two-digit years: below -> 20xx, at or above -> 19xx


@dataclass(frozen=True, slots=True)
class PartialDate:
    """A date as precise as the document gives it: a year, maybe a month, maybe a day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.month is None and self.day is not None:
            raise ValueError("a day needs a month")
        if self.month is not None and not 1 <= self.month <= 12:
            raise ValueError(f"month out of range: {self.month}")
        if self.day is not None and not 1 <= self.day <= calendar.monthrange(self.year, self.month)[1]:
            raise ValueError(f"day out of range: {self.day}")

    def iso(self) -> str:
        """"2021", "2021-03" or "2021-03-07"."""
        s = f"{self.year:04d}"
        if self.month is not None:
            s += f"-{self.month:02d}"
            if self.day is not None:
                s += f"-{self.day:02d}"
        return s


@dataclass(frozen=True, slots=True)
class DateRange:
    """One date or range found in text. ``text == source[span[0]:span[1]]``."""

    start: PartialDate | None
    end: PartialDate | None
    current: bool
    single: bool
    span: tuple[int, int]
    text: str
    expected: bool = False


# --- folding: a same-length lower-case, accent-free copy of the text -----------------------------

_APOSTROPHES = "'\u2018\u2019\u201b`\u00b4\u2032\u02bc"
_HSPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_MARK = regex.compile(r"\p{Mn}")


# Long dashes become one en dash, short ones a hyphen: only a hyphen joins the parts of a
# numeric date, so "2019-01–01/2020" is a month, a dash, a month.
_LONG_DASHES = "\u2013\u2014\u2015\u2e3a\u2e3b\ufe58"
# Wave dashes ("2019年4月〜2021年3月") read as "~"; the full-width tilde is a full-width form.
_WAVES = "\u301c\u223c"


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """(Kept per character: the same letters come back in every text.)"""
    if ch in _LONG_DASHES:
        return "\u2013"
    if ch in DASHES or ch in "\u2010\u2011\u2212":
        return "-"
    if ch in _APOSTROPHES:
        return "'"
    if ch in _HSPACES:
        return " "
    if ch in _WAVES:
        return "~"
    if "\uff01" <= ch <= "\uff5e" and not ch.isalpha():  # full-width digits and punctuation: "２０１９．０９"
        return chr(ord(ch) - 0xFEE0)
    if ch in KEY_LETTERS:
        return KEY_LETTERS[ch]  # "Kasım" as its key "kasim"
    if ch.isalpha():
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).casefold()
        if len(base) == 1:
            return base
        low = ch.lower()
        return low if len(low) == 1 else ch
    return ch


class _Folded:
    """The folded text and the map from its offsets back to the original's."""

    __slots__ = ("text", "_marks", "_respelt")

    def __init__(self, text: str) -> None:
        self._marks: list[int] = []
        self._respelt: list[int] | None = None
        if text.isascii():
            self.text = text.lower()
            return
        if _MARK.search(text):
            # Combining marks are dropped (as resumekit.text.key drops them); remember where.
            self._marks = [m.start() - i for i, m in enumerate(_MARK.finditer(text))]
            text = _MARK.sub("", text)
        table = {}
        for c in set(text):
            if not c.isascii() or c.isupper():
                folded = _fold_char(c)
                if folded != c:
                    table[ord(c)] = folded
        self.text = text.translate(table) if table else text

    def orig(self, i: int) -> int:
        if self._respelt is not None:
            i = self._respelt[i]
        return i + bisect.bisect_right(self._marks, i) if self._marks else i

    def respell(self, g: Grammar) -> None:
        """Month names misspelt by one letter right before a year ("Febuary 2019") written as the
        months they misspell; offsets inside a rewritten word map to its first character."""
        out: list[str] = []
        where: list[int] = []
        last = 0
        for m in _MISSPELT.finditer(self.text):
            name = g.misspelt(m.group(1))
            if name is None:
                continue
            out.append(self.text[last:m.start()])
            where.extend(range(last, m.start()))
            out.append(name)
            where.extend([m.start()] * len(name))
            last = m.end()
        if not out:
            return
        out.append(self.text[last:])
        where.extend(range(last, len(self.text) + 1))
        self.text = "".join(out)
        self._respelt = where


_GRAMMAR = Grammar(merged())
_DIGIT = regex.compile("[0-9\uff10-\uff19]")
# A year where a misspelt month before it is looked for, when no date was read in the text at all.
_BARE_YEAR = regex.compile(r"(?<![0-9])(?:(?:19|20)[0-9]{2}|'[0-9]{2})(?![0-9])")
# A word of five letters or more right before a year (a dot, a dash, a slash, a comma or a short
# word between), or before an apostrophe's year: where a misspelt month name would stand.
_MISSPELT = regex.compile(r"(?<!\p{L})(\p{L}{5,12})(?=\.?(?:[ \t]{0,4}[-/,]?[ \t]{0,4}(?:\p{L}{2,3}[ \t]{1,4})?(?:19|20)[0-9]{2}(?![0-9])|[ \t]{1,4}'[0-9]{2}(?![0-9])))")


# --- interpretation ----------------------------------------------------------------------------

class _Reject(Exception):
    """The candidate matched the pattern but is not a date after all."""


def _year(s: str) -> int:
    if s.startswith("'"):
        yy = int(s[1:])
        return 2000 + yy if yy < _PIVOT else 1900 + yy
    return int(s)


def _make(year: int, month: int | None, day: int | None) -> PartialDate:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _Reject
    if month is not None and not 1 <= month <= 12:
        raise _Reject
    if day is not None and (month is None or day > calendar.monthrange(year, month)[1]):
        raise _Reject
    return PartialDate(year, month, day)


def _month(g: Grammar, word: str) -> int:
    k = key(word)
    month = g.month_of.get(k) or g.short_of.get(k)
    if month is None:
        raise _Reject
    return month


def _era_year(g: Grammar, era: str, number: str) -> int:
    """The Western year of an era's year: 令和 + "元" (its first year) -> 2019, 平成 + "27" -> 2015."""
    return g.era_of[key(era)] + (0 if key(number) in g.first_year else int(number) - 1)


def _read(g: Grammar, d: dict, m: regex.Match, p: str, f: _Folded, text: str) -> tuple | None:
    """One end as read: (year, month, day, order) where order is "dm" or "md" when the shape
    told, or the pair (a, b) for an "a/b/YYYY" whose month is not known yet."""
    y = d[p + "y"]
    if y is not None:
        year = _year(y)
    elif d.get(p + "y2") is not None:  # "03/12": a two-digit year of a range
        year = _year("'" + d[p + "y2"])
    elif d[p + "era"] is not None:
        year = _era_year(g, d[p + "era"], d[p + "ey"])
    else:
        return None
    if d[p + "a"] is not None:
        a, b = int(d[p + "a"]), int(d[p + "b"])
        if d[p + "sep"] == "." or a > 12:
            return year, b, a, "dm"
        if b > 12:
            return year, a, b, "md"
        if a == b:
            return year, a, a, None
        return year, None, None, (a, b)
    day = int(d[p + "d"]) if d[p + "d"] else None
    if d[p + "m"] is not None:
        return year, int(d[p + "m"]), day, None
    if d[p + "mw"] is not None:
        return year, _month(g, d[p + "mw"]), day, None
    if d[p + "rom"] is not None:
        s, e = m.span(p + "rom")
        if not text[f.orig(s):f.orig(e)].isupper():
            raise _Reject
        return year, ROMAN.index(d[p + "rom"]) + 1, None, None
    return year, None, None, None


def _settle(end: tuple | None, hint: str | None) -> PartialDate | None:
    if end is None:
        return None
    year, month, day, order = end
    if isinstance(order, tuple):
        a, b = order
        if hint == "dm":
            month, day = b, a
        elif hint == "md":
            month, day = a, b
        # else both parts could be the month: keep the year only rather than guess.
    return _make(year, month, day)


def _hint(end: tuple | None) -> str | None:
    return end[3] if end is not None and isinstance(end[3], str) else None


def _build(g: Grammar, d: dict, m: regex.Match, f: _Folded, text: str, order: str | None = None) -> DateRange:
    """The result of a match whose groups, by name, are ``d``; ``order`` the document's day/month
    order, when the range itself does not tell."""
    first, last = _read(g, d, m, "s_", f, text), _read(g, d, m, "e_", f, text)
    hint = _hint(first) or _hint(last) or order
    start, end = _settle(first, hint), _settle(last, hint)
    if d["yy"] is not None:  # "2019-20"
        y = start.year
        ey = y - y % 100 + int(d["yy"])
        if ey <= y:
            ey += 100
        if ey > y + 10:
            raise _Reject
        end = _make(ey, None, None)
    if d["s_y2"] is not None and (end.year, end.month) < (start.year, start.month):
        raise _Reject  # ("03/19 – 01/12" is no range of two-digit years)
    if start is None:  # a month or season borrowing the end's year
        year = end.year
        month = _month(g, d["bm"]) if d["bm"] else None
        if month is not None and end.month is not None and month > end.month:
            year -= 1
        start = _make(year, month, None)
    current = bool(d["since"] or d["since2"] or d["pres"] or d["open"])
    if d["pres0"]:  # "2018年4月 現在": ongoing, but "2024年4月1日現在" is the day the page was written
        current = start.day is None
    expected = bool(d["exp1"] or d["exp2"] or d["exp3"])
    s, e = f.orig(m.start()), f.orig(m.end())
    return DateRange(start=start, end=end, current=current, single=end is None and not current,
                     span=(s, e), text=text[s:e], expected=expected)


_WRAPPED = regex.compile(r"(\p{L}{2,})- (\p{Ll}{2,})")


def _unwrapped(text: str, g: Grammar) -> str:
    """A month name hyphen-wrapped inside a line ("settem- bre 2025") read whole, padded to the
    same length so that spans still index the caller's text."""
    def join(m: regex.Match) -> str:
        word = m.group(1) + m.group(2)
        return word + "  " if key(word) in g.month_of else m.group(0)
    return _WRAPPED.sub(join, text)


def _iter(text: str, g: Grammar = _GRAMMAR, order: str | None = None, respell: bool = False,
          digit: bool | None = None, gaps: frozenset[int] = frozenset()) -> Iterator[DateRange]:
    """Matches, left to right, non-overlapping. Every match holds a year at most ``g.reach``
    characters after its start, so only positions that near a year-like token and passing the
    cheap left-context check are tried: text without years costs one linear scan. ``digit``:
    whether the text holds a digit, when the caller knows; ``gaps``: where the line's cell gaps were."""
    if digit is None:
        digit = _DIGIT.search(text) is not None
    if not text or not (digit or any(w in text for w in g.first_year)):
        return
    f = _Folded(_unwrapped(text, g) if "- " in text else text)
    if respell:
        f.respell(g)
    s = f.text
    unspaced = bool(UNSPACED_RE.search(s))
    pos = 0  # end of the last match
    for lo, hi in g.windows(s):
        if hi <= pos:
            continue
        for i in g.starts(s, max(lo, pos), hi, unspaced):
            if i < pos:
                continue
            found = _pair(g, i, f, text, order) or _match(g, i, f, text, order, gaps)
            if found is not None:
                r, pos = found
                yield r


def _match(g: Grammar, i: int, f: _Folded, text: str, order: str | None,
           gaps: frozenset[int] = frozenset()) -> tuple[DateRange, int] | None:
    m = g.pattern.match(f.text, i)
    if m is None:
        return None
    try:
        r = _build(g, dict(zip(g.names, m.groups())), m, f, text, order)  # cheaper than m.groupdict()
    except _Reject:
        return None
    return None if gaps and name_tail(text, r.span, gaps) else (r, m.end())


def _pair(g: Grammar, i: int, f: _Folded, text: str, order: str | None) -> tuple[DateRange, int] | None:
    """Two numeric month dates with only spaces between them, the second not before the first,
    or a numeric month date and a "present" word."""
    m = g.pair.match(f.text, i)
    if m is None:
        return None
    d = dict.fromkeys(g.names)
    d.update(m.groupdict())
    try:
        r = _build(g, d, m, f, text, order)
    except _Reject:
        return None
    if r.end is not None and (r.end.year, r.end.month) < (r.start.year, r.start.month):
        return None
    return r, m.end()


# --- public API --------------------------------------------------------------------------------

# The day/month order of the document being read ("dm", "md" or None), for "a/b/YYYY" dates whose
# own range does not tell it: set by :func:`day_order` around a document's field readers.
_ORDER: ContextVar[str | None] = ContextVar("resumekit_day_order", default=None)


@lru_cache(maxsize=1 << 12)
def _dates_in(text: str, order: str | None = None, gaps: frozenset[int] = frozenset()) -> tuple[DateRange, ...]:
    """(The readers ask about the same lines many times over: the answers are kept.) A misspelt
    month leaves its year without a month: only then is the text read again with months respelt.
    ``gaps``: the offsets of the spaces that stand for a line's cell gaps."""
    digit = _DIGIT.search(text) is not None  # (asked once: the readings below all need it)
    found = tuple(_iter(text, order=order, digit=digit, gaps=gaps))
    if found:
        at = [r.span[0] for r in found if r.start.month is None]
    else:  # ("Novmber-2019", "Febuary '17": the year is not read alone either)
        at = [m.start() for m in _BARE_YEAR.finditer(text)] if digit else []
    if any(_misspelt_before(text, i) for i in at):
        found = tuple(_iter(text, order=order, respell=True, digit=digit, gaps=gaps))
    glued = _glued(text, digit)
    if glued:
        found = tuple(sorted(found + tuple(r for r in glued if not any(
            r.span[0] < f.span[1] and f.span[0] < r.span[1] for f in found)), key=lambda r: r.span))
    return rail_ends(text, found, gaps) if found and found[0].single and gaps else found


# Two years glued with no dash between them, or a year glued to a "present" word ("20132015",
# "2016present": a text whose dashes were lost)
_GLUED = regex.compile(r"(?<![\p{L}\p{N}@#$€£%+/\\.,-])((?:19|20)[0-9]{2})(?:((?:19|20)[0-9]{2})|(\p{Ll}{4,12}))"
                       r"(?![\p{L}\p{N}%@])")


def _glued(text: str, digit: bool | None = None) -> tuple[DateRange, ...]:
    """The ranges of two years glued together, the end not before the start and at most 45 years
    after it ("20132015"; not "20151231" nor "20192013"), or of a year glued to a "present" word
    ("2016present")."""
    if len(text) < 8 or not (_DIGIT.search(text) is not None if digit is None else digit):
        return ()
    out = []
    for m in _GLUED.finditer(text):
        start = int(m.group(1))
        end = int(m.group(2)) if m.group(2) else None
        if not MIN_YEAR <= start <= MAX_YEAR:
            continue
        if end is not None and not (start <= end <= min(start + 45, MAX_YEAR)):
            continue
        if end is None and key(m.group(3)) not in merged().present:
            continue
        out.append(DateRange(PartialDate(start), PartialDate(end) if end else None, end is None, False,
                             m.span(), m.group(0)))
    return tuple(out)


def _misspelt_before(text: str, i: int, g: Grammar = _GRAMMAR) -> bool:
    """Whether the word before a date found at ``i`` (a gap or a mark between, maybe a short word:
    "Setembor de 2019") is a misspelt month name."""
    word = _word_before(text, i)
    if 2 <= len(word) <= 3:
        word = _word_before(text, i - len(word) - 1)
    if not 5 <= len(word) <= 12:
        return False
    return g.misspelt(word.lower() if word.isascii() else _Folded(word).text) is not None


def _word_before(text: str, i: int) -> str:
    """The letters right before ``i`` and the gap or mark (at most a few) ending there."""
    j = i
    while j > 0 and i - j < 6 and text[j - 1] in " \t-/,.":
        j -= 1
    if j == i and i > 0 and text[i - 1].isalpha():
        return ""  # (glued to a word: no month of its own)
    k = j
    while k > 0 and j - k <= 12 and text[k - 1].isalpha():
        k -= 1
    return text[k:j] if k == 0 or not text[k - 1].isalpha() else ""


def find_dates(text: str) -> list[DateRange]:
    """Every date or range in ``text``, left to right, non-overlapping (a line's text with its
    cell gaps, TABs, read knowing them: see :func:`find_cell_dates`)."""
    gaps = frozenset(i for i, ch in enumerate(text) if ch == "\t") if "\t" in text else frozenset()
    return list(_dates_in(text, order_for(text), gaps))


def find_cell_dates(text: str) -> list[DateRange]:
    """:func:`find_dates` of a line's plain text (its stripped cells joined by single spaces),
    read knowing where its cell gaps (TABs) were: a month or a number that ends a name's cell
    does not join the next cell's year ("Rio de Janeiro ⇥ 2010"); a rail's two ends alone in the
    first cell are a range ("May 2020 Present ⇥ Title")."""
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    plain = " ".join(cells)
    if len(cells) < 2:
        return find_dates(plain)
    gaps, at = [], 0
    for c in cells[:-1]:
        at += len(c)
        gaps.append(at)
        at += 1
    return list(_dates_in(plain, order_for(plain), frozenset(gaps)))


def has_date(text: str) -> bool:
    """Whether ``text`` holds at least one date (every date found has a year)."""
    return bool(_dates_in(text, order_for(text)))


# Wider than the grammar's "a/b/YYYY" (any one character between the numbers): a text without
# it reads the same in every order, and shares its kept answer with the text outside a document.
_ORDERED_SHAPE = regex.compile(r"\p{N}[^\p{N}\s]\p{N}{1,2}[^\p{N}\s]\p{N}{4}")


def order_for(text: str) -> str | None:
    """The day/month order ``text`` reads in: the document's (see :func:`day_order`) when ``text``
    has the "a/b/YYYY" shape, else None (it reads the same in every order)."""
    order = _ORDER.get()
    return order if order is not None and _has_ordered_shape(text) else None


@lru_cache(maxsize=1 << 12)
def _has_ordered_shape(text: str) -> bool:
    return _ORDERED_SHAPE.search(text) is not None


@contextmanager
def day_order(order: str | None) -> Iterator[None]:
    """Within the block, an "a/b/YYYY" date whose range does not tell its order reads ``order``
    ("dm": day first, "md": month first; None: the year alone, as outside any block)."""
    token = _ORDER.set(order)
    try:
        yield
    finally:
        _ORDER.reset(token)


_NUMERIC = regex.compile(r"(?<![\p{N}/.\-])(\p{N}{1,2})[/\-](\p{N}{1,2})[/\-]\p{N}{4}(?![\p{N}])")
_MONTH_FIRST_LANGUAGES = frozenset({"en", "zh", "ja", "ko"})  # where "a/b/YYYY" may be month first


def document_order(texts: Iterable[str], language: str | None) -> str | None:
    """The day/month order of a document's "a/b/YYYY" dates, by signal, in order:

    1. its own dates that tell: a first part above 12 is a day ("28/02/2019"), a second part above
       12 a day ("02/28/2019"); one order told and never the other decides;
    2. its language: outside English, Chinese, Japanese and Korean, numeric dates are day first
       (European forms: "01/03/2019" is 1 March);
    3. else None: an ambiguous date keeps its year alone."""
    told = set()
    for text in texts:
        for m in _NUMERIC.finditer(text):
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                told.add("dm")
            elif b > 12 >= a:
                told.add("md")
    if len(told) == 1:
        return told.pop()
    if not told and language is not None and language not in _MONTH_FIRST_LANGUAGES:
        return "dm"
    return None


_EDGE = regex.compile(r"[\p{L}\p{N}]")


def parse_date_range(text: str) -> DateRange | None:
    """``text`` as one date or range; ``None`` when it holds anything else (surrounding spaces,
    punctuation and brackets aside). Spans refer to ``text`` as given."""
    found = find_dates(text)
    if len(found) != 1:
        return None
    r = found[0]
    if _EDGE.search(text, 0, r.span[0]) or _EDGE.search(text, r.span[1]):
        return None
    return r


def parse_year_month(year: str, month: str | None = None) -> PartialDate | None:
    """A year and a month written apart, as a table's "year" and "month" cells are: ("2015", "4"),
    ("2015年", "4月"), ("平成27", "4"), ("令和元年", None). ``None`` unless ``year`` is exactly a
    year (Western, or an era's) and ``month``, when given, exactly a month number."""
    g = _GRAMMAR
    y = g.year_cell.fullmatch(_Folded(year).text)
    mo = g.month_cell.fullmatch(_Folded(month).text) if month is not None else None
    if y is None or (month is not None and mo is None):
        return None
    try:
        number = int(y["y"]) if y["y"] else _era_year(g, y["era"], y["ey"])
        return _make(number, int(mo["m"]) if mo else None, None)
    except _Reject:
        return None


def parse_date(text: str) -> PartialDate | None:
    """``text`` as one single date (not a range, not an open start); else ``None``."""
    r = parse_date_range(text)
    return r.start if r is not None and r.single else None


# A length of time ("1 year 2 months", "(5 yrs, 3 mos)", "4 Jahre"): one or two numbers, each with
# a unit word of the vocabulary, maybe joined by a comma or a conjunction, maybe in brackets.
_DURATION_ITEM = r"\d{1,2}(?:[.,]5)?\+?[ \t]?(?P<unit>\p{L}{1,9})\.?"
_DURATION = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.,/])[(\[]?[ \t]?{_DURATION_ITEM}"
    rf"(?:[ \t]*(?:,|&|\p{{L}}{{1,3}}(?=[ \t]))?[ \t]*{_DURATION_ITEM})?[ \t]?[)\]]?(?![\p{{L}}\p{{N}}])")


_CONJUNCTIONS = ("y", "e", "et", "und", "en", "и")  # between the two units of a length of time
_ANY_DIGIT = regex.compile(r"\d")  # (what _DURATION_ITEM opens with)


def find_durations(text: str) -> list[tuple[int, int]]:
    """Spans of the lengths of time in ``text`` ("Jan 2019 – Mar 2020 1 year 3 months", "4 years",
    "(11 months)"): every number's unit must be a duration word of the vocabulary."""
    if not _ANY_DIGIT.search(text):
        return []  # (every length of time holds a number)
    units = word_set(merged().duration_units)
    conj = word_set(merged().conjunctions, _CONJUNCTIONS)
    out = []
    for m in _DURATION.finditer(text):
        if not all(key(u) in units for u in m.captures("unit")):
            continue
        between = rx(r"\p{L}{1,3}(?=[ \t]*\d)").search(m.group(0)[m.spans("unit")[0][1] - m.start():]) \
            if len(m.captures("unit")) == 2 else None
        if between and key(between.group(0)) not in conj:
            continue
        a, b = m.span()
        # brackets only when both are there
        t = m.group(0)
        if t[:1] in "([" and t.rstrip()[-1:] not in ")]":
            a += 1
        if t.rstrip()[-1:] in ")]" and t.lstrip()[:1] not in "([":
            b -= 1
        out.append((a, b))
    return out
