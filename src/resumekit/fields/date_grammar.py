"""The grammar of :mod:`resumekit.fields.dates`: its patterns, compiled once per vocabulary, and the
scan that finds where a match may start. What the grammar reads, and in which order, is told in
that module's docstring; this one owns how it is written down.

The vocabulary's word tables (months, seasons, "present", "expected", range words) are long: each
is written once, in a ``(?(DEFINE)...)`` block at the end of the pattern, and called where it
stands, behind a cheap check of what its words begin with; the alternatives that share a date or
an end share one copy of it, conditionals on the lead word's groups choosing what differs and what
follows. Both keep the order in which the regex engine tries paths, so the matches are those of
the pattern written out in full, which was four times as long (61,891 characters against 15,169)
and took six times as long to compile. tests/test_date_grammar.py checks the calls against the
tables written out, and ``Grammar.starts`` against the start pattern it stands for.

All patterns are linear: bounded repetitions only, no nested quantifiers.
"""
from __future__ import annotations

from collections.abc import Iterator

import regex

from ..vocab import Vocab
from ..words import slips

# --- pieces ----------------------------------------------------------------------------------

_MISSPELT_NAME = 6  # the shortest month name a misspelling is read as
_H0 = r"[ \t]{0,4}"
_H1 = r"[ \t]{1,4}"
_Y4 = r"(?:19[5-9][0-9]|20[0-9][0-9]|2100)(?![0-9])"
_AY = r"'[0-9]{2}(?![0-9])"
_DAY = r"(?:0?[1-9]|[12][0-9]|3[01])(?![0-9])"
_MM2 = r"(?:0[1-9]|1[0-2])(?![0-9])"
_MM12 = r"(?:0?[1-9]|1[0-2])(?![0-9])"
ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")
_ROMAN_RE = "(?:" + "|".join(sorted(ROMAN, key=len, reverse=True)) + ")"
_DASH = r"(?:-+>|[-\u2013]{1,2}|~|\u2192)"  # "->" and "→" as some templates print a range

# Left of a match: not glued to a word, a number, money, a path; when it starts with a digit,
# not continuing a digit group ("201-2020", "1.2019", "555 2019"; a decimal such as "3.85 2019"
# is fine) nor an ID ("AB-2019").
_LEFT = (
    r"(?<![\p{L}\p{N}_@#$€£¥₹+\\&%/])"
    r"(?:(?![0-9])|(?<![0-9][-\u2013/.,:])(?<![\p{L}\p{N}_][-_#])(?<!(?:^|[^0-9.,/])[0-9]{2,4}[ \t]))"
)
# Right of a match: not glued to a word, a number, a unit or currency, not followed by another
# digit group ("2019-555", "2019 1234").
_RIGHT = r"(?![\p{L}\p{N}_@%$€£¥₹×])(?![-\u2013/.,:][0-9])(?![ \t][0-9]{3})"


# Scripts written without spaces between words (as resumekit.text has them): a word of theirs
# needs no word boundary, and a date may touch their letters ("2019年4月入社").
_UNSPACED = r"\p{Han}\p{Hiragana}\p{Katakana}"
UNSPACED_RE = regex.compile(f"[{_UNSPACED}]")
_LETTERS = regex.compile(r"\p{L}+")
_SYLLABLE = regex.compile(r"\p{Hangul}")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")
_RUN = regex.compile(r"[\p{L}\p{N}]+")


def _unspaced(word: str) -> bool:
    return bool(UNSPACED_RE.match(word) and UNSPACED_RE.match(word[-1]))


_GAP = r"[^\p{L}\p{N}+#\r\n]{1,3}"


def _body(words) -> str:
    """The alternation of ``words``, longest first. A space in an entry stands for a short run of
    spaces or punctuation (``_GAP``), as in :func:`resumekit.text.key` ("aujourd hui" matches
    "aujourd'hui", "to date" "to-date").

    Written grouped by first character ("m(?:arch|ay)|j(?:une|an)"), each group's words in the
    same order: words of different first characters cannot both match at one place, so the engine
    tries the same words in the same order as in the flat alternation, without stepping through
    the hundreds of others (a month name that fails, or one far down the list, cost some 40 µs)."""
    ordered = sorted(set(words), key=len, reverse=True)
    if any(not w or w[0] == " " for w in ordered):  # (no first character of its own: the flat alternation)
        return "|".join(_GAP.join(regex.escape(p) for p in w.split(" ")) for w in ordered)
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0], []).append(_GAP.join(regex.escape(p) for p in w[1:].split(" ")))
    return "|".join(regex.escape(first) + (f"(?:{'|'.join(rests)})" if rests != [""] else "")
                    for first, rests in groups.items())


def _alts(words: tuple[str, ...], digit_may_follow: bool = False) -> str:
    """A word-bounded alternation of folded vocabulary entries; never matches when ``words`` is
    empty. A word of an unspaced script needs no boundary ("至今" in "2019年至今"), except that a
    single character must not be followed by a letter ("今" is not in "今後")."""
    words = tuple(w for w in words if w)
    spaced = [w for w in words if not _unspaced(w)]
    longer = [w for w in words if _unspaced(w) and len(w) > 1]
    single = [w for w in words if _unspaced(w) and len(w) == 1]
    after = r"(?!\p{L})" if digit_may_follow else r"(?![\p{L}\p{N}])"
    alts = [rf"(?<![\p{{L}}\p{{N}}])(?:{_body(spaced)}){after}"] if spaced else []
    alts += [f"(?:{_body(longer)})"] if longer else []
    alts += [rf"(?:{_body(single)})(?!\p{{L}})"] if single else []
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


def _affixes(words: tuple[str, ...]) -> str:
    """An alternation of words written against a number (the 年 of "2019年", the "г." of
    "2019 г.", the 元 of "元年"): no boundary before; a word of a spaced script must end there
    (and may keep its full stop; a word of one letter of an alphabet needs it, or a dash or the end
    after it: the "r." of "2018 r.", "2019 г – 2020 г", never the "R" of "2018 R&D"; a Hangul
    syllable is a word, "2019년 3월"), one of an unspaced script may touch what follows."""
    letters = [w for w in words if len(w) == 1 and not _unspaced(w) and not _SYLLABLE.match(w)]
    spaced = [w for w in words if w and not _unspaced(w) and w not in letters]
    unspaced = [w for w in words if w and _unspaced(w)]
    alts = [rf"(?:{_body(spaced)})(?![\p{{L}}\p{{N}}])\.?"] if spaced else []
    alts += [rf"(?:{_body(letters)})(?:\.|(?={_H0}(?:{_DASH}|$)))"] if letters else []
    alts += [f"(?:{_body(unspaced)})"] if unspaced else []
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


def _lead(words: tuple[str, ...]) -> str:
    """A word before a date and the gap after it: spaces after a word of a spaced script, none
    needed after one of an unspaced script ("从2019年")."""
    spaced = tuple(w for w in words if w and not _unspaced(w))
    unspaced = tuple(w for w in words if w and _unspaced(w))
    return rf"(?:{_alts(spaced)}{_H1}|{_alts(unspaced)}{_H0})"


def _initials(words) -> str:
    """The first characters of ``words``, escaped for a character class."""
    return regex.escape("".join(sorted({w[0] for w in words if w})), special_only=False)


def _prefixes(words) -> str:
    """What ``words`` begin with: the class of their first characters, but a word that begins with a
    digit ("1月") by its first two characters (a date begins with digits), or the digit alone when
    the word is one character long or its second is a space (which stands for a gap)."""
    esc = lambda chars: regex.escape("".join(sorted(chars)), special_only=False)
    letters = {w[0] for w in words if w and not w[0].isdigit()}
    seconds: dict[str, set[str] | None] = {}
    for w in words:
        if w and w[0].isdigit():
            if len(w) == 1 or w[1] == " " or seconds.get(w[0], set()) is None:
                seconds[w[0]] = None
            else:
                seconds.setdefault(w[0], set()).add(w[1])
    alts = [f"[{esc(letters)}]"] if letters else []
    alts += [esc(c) + (f"[{esc(nxt)}]" if nxt is not None else "") for c, nxt in sorted(seconds.items())]
    return "(?:" + "|".join(alts) + ")"


class Grammar:
    """The compiled patterns and word tables for one vocabulary."""

    def __init__(self, vocab: Vocab) -> None:
        self.month_of: dict[str, int] = {}
        for i, names in enumerate(vocab.months, start=1):
            for n in names:
                self.month_of.setdefault(n, i)  # first language wins on a clash (English first)
        self.era_of = dict(vocab.eras)
        # Short forms that begin the names of one month only, three to five letters, not names
        # themselves ("márc" of "március"): a month only right after a year and its dot and closed by
        # a dot of their own ("2019. márc."); alone, "Marc" is a name.
        begins: dict[str, set[int]] = {}
        for n, i in self.month_of.items():
            if n.isalpha():
                for k in range(3, min(6, len(n))):
                    begins.setdefault(n[:k], set()).add(i)
        self.short_of = {w: next(iter(ms)) for w, ms in begins.items() if len(ms) == 1 and w not in self.month_of}
        self.first_year = frozenset(vocab.first_year_words)
        # The long word tables are written once, in a DEFINE block at the end of the pattern, and
        # called where they stand ("(?&W_mon)"): a call backtracks as the alternation would and the
        # tables hold no groups, so the matches are the same; the pattern is a third as long. Each
        # call is guarded by its words' first two characters (a call costs more than an inline
        # alternation's own first-character check, and the months' "1月" begin with a digit).
        words = {
            "W_mon": tuple(self.month_of),
            "W_season": vocab.seasons,
            "W_present": vocab.present,
            "W_present_glued": tuple(w for w in vocab.present if _unspaced(w)),
            "W_expected": vocab.expected,
            "W_range": vocab.range_words,
            "W_range_glued": tuple(w for w in vocab.range_words if _unspaced(w)),
            "W_short": tuple(self.short_of),
        }
        # ("Jan2019" too; the gaps of the entries of several words are a call as well)
        tables = {name: _alts(ws, digit_may_follow=name == "W_mon").replace(_GAP, "(?&W_gap)")
                  for name, ws in words.items()}
        mon, season, present, present_glued, expected, range_w, range_glued, short = (
            f"(?={_prefixes(ws)})(?&{name})" if any(ws) else "(?!)" for name, ws in words.items())
        month_year = _alts(vocab.month_year_words)
        y_suf, m_suf, d_suf = (_affixes(w) for w in (vocab.year_suffixes, vocab.month_suffixes, vocab.day_suffixes))
        era = _alts(tuple(self.era_of))
        era_number = rf"(?:[0-9]{{1,3}}(?![0-9])|{_affixes(vocab.first_year_words)})"

        def date(p: str, lead: bool, words_only: bool = False) -> str:
            """One date; ``p`` prefixes the group names. ``lead``: first thing in the match unless a
            lead word went before it (the group ``led`` says which)."""
            year = rf"(?P<{p}y>{_Y4}|{_AY})(?:{_H0}{y_suf})?"
            word_month = (
                rf"(?:(?P<{p}d>{_DAY})(?:\.|\p{{L}}{{1,2}}\.?)?(?:{_H1}{month_year})?{_H1})?"
                rf"(?P<{p}mw>{mon})\.?"
                rf"(?:{_H1}(?P<{p}d>{_DAY})(?:\p{{L}}{{1,2}}(?!\p{{L}}))?)?"
                rf"(?:,?{_H0}|-|/|{_H1}{month_year}{_H1})" + year
            )
            # (a term's academic year after it, "WS 2019/20", keeps its first year)
            seasonal = (rf"(?P<{p}ssn>{season})(?:,?{_H1}|-|{_H0}(?=')|{_H1}{month_year}{_H1})" + year
                        + r"(?:/[0-9]{2}(?![0-9]))?")
            roman = (
                (r"(?(led)|(?<![\p{L}][ \t]{1,4}))" if lead else "")
                + rf"(?<![\p{{L}}\p{{N}}])(?P<{p}rom>{_ROMAN_RE})(?!\p{{L}})(?:\.?{_H1}|\.)(?P<{p}y>{_Y4})"
            )
            if words_only:
                return f"(?:{word_month}|{seasonal}|{roman})"
            suffixed = (
                rf"(?:(?P<{p}y>{_Y4})|(?P<{p}era>{era}){_H0}(?P<{p}ey>{era_number})){_H0}{y_suf}"
                rf"(?:{_H0}(?P<{p}m>{_MM12}){_H0}{m_suf}(?:{_H0}(?P<{p}d>{_DAY}){_H0}{d_suf})?)?"
            )
            forms = [
                suffixed,
                # (a dash, then a slash before the year: "01-10/2020", day and month as one group)
                rf"(?P<{p}a>{_DAY})(?P<{p}sep>[./-])(?P<{p}b>{_DAY})(?:(?P={p}sep)|(?<=-[0-9]{{1,2}})/)(?P<{p}y>{_Y4})",
                # (the month or the day closed by its own dot after a dot, "2019.03.", "2019.03.01.":
                # Hungarian and Korean)
                rf"(?P<{p}y>{_Y4})(?P<{p}ysep>[-/.])(?P<{p}m>{_MM2})(?:(?P={p}ysep)(?P<{p}d>{_DAY}))?"
                rf"(?:(?<=\.[0-9]{{1,2}})\.(?![0-9]))?",
                # a space after the year's dot, the month's dot closing it ("2017. 03.", "2024. 12. 30")
                rf"(?P<{p}y>{_Y4})\.{_H1}(?P<{p}m>{_MM12})(?:\.(?:{_H1}(?P<{p}d>{_DAY})\.?)?"
                rf"|(?={_H0}(?:[~\u2013-]{_H0}{_Y4}|$|\t)))",
                rf"(?P<{p}m>{_MM12})/(?P<{p}y>{_Y4})",
                rf"(?P<{p}m>{_MM2})[.-](?P<{p}y>{_Y4})",
                word_month,
                seasonal,
                roman,
                # the year first, its dot, then the month's name ("2019. március", "2016. szept.") or
                # a short form closed by its dot ("2019. márc."), not when a year follows ("2019. May
                # 2020" is a sentence's end and a date)
                rf"(?P<{p}y>{_Y4})\.{_H0}(?:(?P<{p}mw>{mon})\.?|(?P<{p}mw>{short})\.)(?:{_H1}(?P<{p}d>{_DAY})\.)?"
                rf"(?!\.?{_H0}[,/-]?{_H0}(?:{_Y4}|{_AY}))",
                rf"(?P<{p}y>{_Y4}|(?(led){_AY}|(?!)))" if lead else rf"(?P<{p}y>{_Y4}|{_AY})",
            ]
            return "(?:" + "|".join(forms) + ")"

        sep = rf"(?:{_H0}{_DASH}{_H0}(?:{range_w}{_H1})?|{_H1}{range_w}{_H1}|{_H0}{range_glued}{_H0})"
        exp_before = rf"(?:(?P<exp2>{expected})\.?{_H1})?"
        # (one copy of the end date after either separator: a shorter pattern, quicker to compile)
        end = (rf"(?:(?:{sep}{exp_before}|{_H0}/{_H0}){date('e_', False)}|{sep}(?P<pres>{present})"
               rf"|{_H0}(?P<pres0>{present_glued}))")
        open_end = rf"(?P<open>{_H0}{_DASH}(?:{_H0}(?:\.{{2,3}}|…))?)(?={_H0}(?:$|[\r\n)\]|,;\t]))"
        # a since word after the year, maybe behind a hyphen or an apostrophe ("2020 óta", "2021-től",
        # "2019'dan beri"): ongoing
        since_after = rf"(?:{_H0}|[-'\u2019])(?P<since2>{_alts(vocab.since_after)})"
        exp_after = rf"(?:{_H0}[(\[]{_H0}(?P<exp3>{expected})\.?{_H0}[)\]])?"
        short_range = rf"(?P<s_y>{_Y4})(?P<yysep>[-\u2013/])(?P<yy>[0-9]{{2}})(?![0-9])"
        # two months with two-digit years, in a range only ("03/12 – 02/14"): alone, "03/12" is anything
        short_years = (rf"(?P<s_m>{_MM2})/(?P<s_y2>[0-9]{{2}})(?![0-9/]){sep}"
                       rf"(?P<e_m>{_MM2})/(?P<e_y2>[0-9]{{2}})(?![0-9/])")
        body = "|".join([
            # A date, or a lead word and a date; then what the lead asks for: a since word before a
            # closed range starts it, as a from word does (tried first); else it opens an ongoing
            # range; after an "expected" word, nothing; without a lead, maybe an end or an open end.
            # (One copy of the date, which asks whether a lead went before, and one of the end:
            # "(A|B) S(whichever matched)" tries the paths of "A S_A | B S_B" in their order.)
            rf"(?:|(?:(?P<from>{_lead(vocab.from_words + vocab.since_words)})"
            rf"|(?P<since>{_lead(vocab.since_words)})|(?P<exp1>{expected})\.?{_H0}:?{_H0})(?P<led>)){date('s_', True)}"
            rf"(?(since)(?:{sep}(?P<pres>{present}))?"
            rf"|(?(exp1)|(?:{end}|(?(from)(?!)|(?:{open_end}|{since_after}))|(?(from)(?!))){exp_after}))",
            rf"{short_range}{exp_after}",
            short_years,
            rf"(?:(?P<bm>{mon})\.?|(?P<bs>{season})(?!-{mon})){sep}{exp_before}{date('e_', False, True)}{exp_after}",
        ])
        # A date with a year suffix may touch a letter of an unspaced script before it ("于2019年"),
        # and a match that ends in such a letter may touch any letter after it ("2019年4月入社").
        suffixed_ahead = rf"(?:{_Y4}|{era}{_H0}{era_number}){_H0}{y_suf}"
        left = rf"(?:(?<=[{_UNSPACED}])(?={suffixed_ahead})|{_LEFT})"
        right = rf"(?:(?<=[{_UNSPACED}])(?!\p{{N}})|{_RIGHT})"
        define = "(?(DEFINE)" + "".join(f"(?P<{name}>{t})" for name, t in tables.items()) + f"(?P<W_gap>{_GAP}))"
        self.pattern = regex.compile(rf"{left}(?:{body}){right}{define}")
        # Group names by number (a name repeated across alternatives is one group).
        self.names = [""] * self.pattern.groups
        for name, number in self.pattern.groupindex.items():
            self.names[number - 1] = name
        # Two numeric month dates with only spaces between them are a range ("09/1996 07/2002"),
        # tried before the main pattern and kept only when the end is not before the start; so is
        # a numeric month date and a "present" word ("09/2017 Heden").
        numeric = lambda p: (rf"(?:(?P<{p}m>{_MM12})/(?P<{p}y>{_Y4})|(?P<{p}m>{_MM2})[.-](?P<{p}y>{_Y4})"
                             rf"|(?P<{p}y>{_Y4})[-/.](?P<{p}m>{_MM2}))")
        self.pair = regex.compile(rf"{left}{numeric('s_')} {{1,4}}(?:{numeric('e_')}|(?P<pres>{present})){right}"
                                  rf"(?(DEFINE)(?P<W_present>{tables['W_present']})(?P<W_gap>{_GAP}))")
        # A year and a month written apart, in two table cells ("平成27" and "4月").
        self.year_cell = regex.compile(
            rf"{_H0}(?:(?P<y>{_Y4})|(?P<era>{era}){_H0}(?P<ey>{era_number})){_H0}(?:{y_suf})?{_H0}")
        self.month_cell = regex.compile(rf"{_H0}(?P<m>{_MM12}){_H0}(?:{m_suf})?{_H0}")
        # Where a match may start: a digit, or a word that can lead one (month, season, "since",
        # "expected", "from", Roman month, era), with the left context the grammar asks for.
        lead_words = (tuple(self.month_of) + vocab.seasons + vocab.since_words + vocab.expected + vocab.from_words
                      + ROMAN + tuple(self.era_of))
        initials = _initials(lead_words)
        lead = _alts(lead_words, digit_may_follow=True)
        # (the class of initials first: most positions fail there, before the long alternation)
        self.start = regex.compile(rf"(?=[0-9{initials}])(?=[0-9]|{lead}){left}")
        # The letters a lead word of a spaced script begins with, up to its first gap or digit: a
        # start at a letter needs the run of letters there to be one of these (see _starts); None
        # when a lead word begins with neither a letter nor a digit (then every position is tried).
        self.lead_runs: frozenset[str] | None = frozenset(
            _LETTERS.match(w).group() for w in lead_words if w and not _unspaced(w) and _LETTERS.match(w))
        if not all(_WORD_CHAR.match(w) for w in lead_words if w):
            self.lead_runs = None
        # Every match holds one of these: a year the grammar reads, or an era's year, with the
        # year suffix that may follow (the start test at the year looks that far ahead).
        self.yearish = regex.compile(rf"(?:(?:19[5-9][0-9]|20[0-9][0-9]|2100|'[0-9]{{2}})(?![0-9])"
                                     rf"|{era}{_H0}{era_number}|(?<![0-9])(?:0[1-9]|1[0-2])/[0-9]{{2}}(?![0-9/]))"
                                     rf"(?:{_H0}{y_suf})?")
        # An upper bound on the distance from a match's start to its first year: a lead word,
        # a borrowed month, a separator, an "expected" word and a word-month date before the year
        # (each word at most ``longest`` long, bounded gaps). Generous on purpose.
        longest = max((len(w) + 2 * w.count(" ") for w in (
            *self.month_of, *vocab.seasons, *vocab.present, *vocab.since_words, *vocab.expected,
            *vocab.range_words, *vocab.from_words, *vocab.month_year_words, *self.era_of,
            *vocab.year_suffixes, *vocab.first_year_words)), default=0)
        self.reach = 7 * longest + 128
        # Month names a misspelling may be told from other words by (see ``misspelt``), and the
        # grammar's own words, which are never misspellings.
        self._long_months = tuple(n for n in self.month_of if len(n) >= _MISSPELT_NAME and n.isalpha())
        self._own_words = frozenset((*lead_words, *vocab.present, *vocab.range_words, *vocab.month_year_words))
        self._misspelt: dict[str, str | None] = {}

    def misspelt(self, word: str) -> str | None:
        """The month name a folded ``word`` misspells by one letter (optimal string alignment
        distance 1: a letter dropped, added, changed, or two neighbours swapped), when the name is
        six letters or more, begins with the same letter, and every name that near names the same
        month ("febuary", "agust", "septmber", "ocotber"); None for the grammar's own words, for a word
        people write (a dictionary language's short list: "Bremen" is no misspelt Czech "březen") and
        anything else. Shorter names sit one letter away from ordinary words ("junior", "junio")."""
        if word in self._misspelt:
            return self._misspelt[word]
        found = None
        if len(word) >= _MISSPELT_NAME - 1 and word not in self._own_words:
            hits = slips(word, self._long_months)
            if hits and len({self.month_of[n] for n in hits}) == 1:
                found = hits[0]
        if len(self._misspelt) < 4096:
            self._misspelt[word] = found
        return found

    def windows(self, s: str) -> Iterator[tuple[int, int]]:
        """Stretches of ``s`` where a match may start: up to ``reach`` before each year-like token,
        and to its end (a start at the token may look at all of it: "平成27年")."""
        reach = self.reach
        lo = hi = -1
        for ym in self.yearish.finditer(s):
            y = ym.start()
            if y - reach > hi:
                if hi >= 0:
                    yield lo, hi
                lo = max(0, y - reach)
            hi = ym.end()
        if hi >= 0:
            yield lo, hi

    def starts(self, s: str, lo: int, hi: int, unspaced: bool) -> Iterator[int]:
        """The positions of ``s[lo:hi]`` where ``start`` matches, left to right: those that
        ``self.start.finditer(s, lo, hi)`` finds, found faster. Only the first position of a run of
        letters and digits can start a match (``left`` refuses one glued to a letter or digit
        before it), but in a run holding a letter of an unspaced script every position is tried;
        and a run of letters there only when a lead word begins with it (``lead_runs``), which the
        lead alternation at every word would find out slowly."""
        match = self.start.match
        if self.lead_runs is None:
            yield from (m.start() for m in self.start.finditer(s, lo, hi))
            return
        for run in _RUN.finditer(s, lo, hi):
            a, b = run.span()
            if unspaced and UNSPACED_RE.search(s, a, b):
                yield from (i for i in range(a, b) if match(s, i, hi))
            elif "0" <= s[a] <= "9":
                if match(s, a, hi):
                    yield a
            else:
                letters = _LETTERS.match(s, a, hi)
                if letters is not None and letters.group() in self.lead_runs and match(s, a, hi):
                    yield a
