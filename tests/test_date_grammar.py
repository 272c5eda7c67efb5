"""resumekit.fields.date_grammar: the way the dates' grammar is written down changes no match.

The scan of start positions (``Grammar.starts``) must find exactly the positions the start
pattern finds at every position of a stretch; the word tables, written once and called, must
match where the alternation written out in full matches.
"""
from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from resumekit.fields import dates as D
from resumekit.fields.date_grammar import UNSPACED_RE

G = D._GRAMMAR


def fold(text: str) -> str:
    return D._Folded(text).text


def scanned(s: str, lo: int, hi: int) -> list[int]:
    return list(G.starts(s, lo, hi, bool(UNSPACED_RE.search(s))))


def found(s: str, lo: int, hi: int) -> list[int]:
    return [m.start() for m in G.start.finditer(s, lo, hi)]


# Invented lines: lead words (month, season, since, from, expected, Roman month, era), words that
# only begin like one, digits glued to letters, unspaced scripts, runs cut by the stretch's ends.
TEXTS = [
    "Marchand 2019, March 2019 – Junes 2020",
    "since 2018 · sincerely 2017 · from Sept. 2016 to 2017",
    "Expected May 2026; expectedly 2025",
    "Summer 2012 – Summerville 2013",
    "VII 2015 x VIIth 2016",
    "jan2019 mar.2020 abc2021",
    "于2019年6月毕业，令和元年4月入社",
    "平成27年4月～現在 ２０１９年",
    "2019年9月至今 から2020年",
    "Ｍａｙ ２０１９ – present",
    "1월 2019 – 2월 2020",
    "semestr zimowy 2019",
    "__2019 @2019 #jan 2019",
]


@pytest.mark.parametrize("text", TEXTS)
def test_starts_are_the_start_patterns_positions_in_every_stretch(text: str) -> None:
    s = fold(text)
    for lo in range(len(s) + 1):
        for hi in range(lo, len(s) + 1):
            assert scanned(s, lo, hi) == found(s, lo, hi), (text, lo, hi)


PIECES = st.sampled_from(["2019", "May", "may", "mayor", "since", "from", "VII", "vii", "年", "月", "令和", "元",
                          "至今", "今後", "현재", "봄", "1월", "jan", "x", "-", " ", "–", ".", "/", "'", "_", "@",
                          "ab", "Spring", "summer", "expected", "to", "present", "０", "9"])


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=10), st.integers(0, 40), st.integers(0, 40))
def test_starts_match_the_start_pattern_on_compositions(pieces: list[str], lo: int, width: int) -> None:
    s = fold("".join(pieces))
    lo = min(lo, len(s))
    hi = min(len(s), lo + width)
    assert scanned(s, lo, hi) == found(s, lo, hi)


def test_every_call_of_a_word_table_is_defined_once() -> None:
    pattern = G.pattern.pattern
    defined = regex.findall(r"\(\?P<(W_\w+)>", pattern[pattern.index("(?(DEFINE)"):])
    called = set(regex.findall(r"\(\?&(W_\w+)\)", pattern))
    assert sorted(defined) == sorted(set(defined)) and called == set(defined)


@pytest.mark.parametrize("text", ["Mar. 2024 – Present", "since Summer 2012", "Expected: May 2026", "2019 – heden",
                                  "June - August 2017", "from 2019 to date", "2018年4月 現在", "Sept '17 – 2019"])
def test_the_tables_written_out_match_as_the_calls(text: str) -> None:
    """The main pattern with every call (and the guard before it) replaced by its table's
    alternation finds the same."""
    pattern = G.pattern.pattern
    define = pattern.index("(?(DEFINE)")
    tables = dict(regex.findall(r"\(\?P<(W_\w+)>(.*?)\)(?=\(\?P<W_|\)$)", pattern[define + len("(?(DEFINE)"):]))
    assert tables
    guard = r"\(\?=\(\?:(?:\\.|\[(?:\\.|[^\]])*\]|[^()\[\]])*\)\)(?=\(\?&W_)"
    body, guards = regex.subn(guard, "", pattern[:define])
    assert guards
    for _ in range(3):  # tables call the gap
        for name, table in tables.items():
            body = body.replace(f"(?&{name})", f"(?:{table})")
    assert "(?&" not in body
    full = regex.compile(body)
    s = fold(text)
    for i in range(len(s) + 1):
        a, b = G.pattern.match(s, i), full.match(s, i)
        assert (a and a.span()) == (b and b.span()), (text, i)
