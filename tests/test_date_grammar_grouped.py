"""resumekit.fields.date_grammar._body: word tables written grouped by first character match
what the flat alternation, longest word first, matches: the same word at every place, whatever
follows it (the words' order within a group is the flat order, so backtracking tries the same
words in the same order)."""
from __future__ import annotations

import pytest
import regex

from resumekit.fields.date_grammar import _GAP, _body


def flat(words) -> str:
    return "|".join(_GAP.join(regex.escape(p) for p in w.split(" ")) for w in sorted(set(words), key=len, reverse=True))


CASES = [
    # (words, texts): invented words sharing first characters, with gaps, one-letter words, marks
    (("mar", "march", "marzo", "may", "jun", "june", "j"), ("march 2019", "marzo", "mayo", "j 2020", "jun-june", "zzz")),
    (("to date", "to-day", "today", "t", "tot"), ("to date", "to  date", "to.date", "today", "tot", "t 1")),
    (("a.b", "a+b", "a?", "(x)", "x"), ("a.b a+b a? (x) x", "ab a-b", "(x", "x)")),
    (("1月", "10月", "11月", "1"), ("10月", "11月 2019", "1月", "1 2019", "12月")),
    (("至今", "至", "今"), ("2019年至今", "至", "今後")),
]


@pytest.mark.parametrize("words,texts", CASES)
def test_grouped_alternation_matches_as_flat(words, texts):
    for tail in ("", r"(?![\p{L}])", r" 20[0-9]{2}"):  # what follows decides whether a shorter word is tried
        grouped, plain = regex.compile(f"(?:{_body(words)}){tail}"), regex.compile(f"(?:{flat(words)}){tail}")
        assert grouped.pattern != plain.pattern or len({w[0] for w in words}) == len(words)
        for text in texts:
            for i in range(len(text) + 1):
                a, b = grouped.match(text, i), plain.match(text, i)
                assert (a and a.span()) == (b and b.span()), (words, text, i, tail)


def test_grouped_alternation_keeps_the_flat_order_within_a_character():
    # "mar" before "ma" would be taken first either way; the longer one first, as flat has it
    assert regex.match(f"(?:{_body(('ma', 'mar', 'march'))})", "march").group() == "march"
    assert _body(("ab", "abc", "b")).startswith("a(?:bc|b)")
