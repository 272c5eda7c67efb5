"""Tables looked up in place of scans (issue 12): each gives the answer the scan it replaced gives."""
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from resumekit.document import Line
from resumekit.fields.derived import _opens_with
from resumekit.fields.phrases import _compound
from resumekit.vocab import language_names_near, merged


def _scan_compound(text: str, endings: tuple[str, ...]) -> bool:
    from resumekit.text import key
    return any(len(w) >= len(e) + 3 and w.endswith(e) for w in key(text).split() for e in endings)


def _scan_opens(text: str, phrases: tuple[str, ...]) -> bool:
    from resumekit.text import key
    k = key(text)
    return any(k == p or k.startswith(p + " ") for p in phrases)


ENDINGS = ("werk", "leiterin", "haus", "")


@pytest.mark.parametrize("text, endings, expected", [
    ("Brauhauswerk Tolmin", ("werk",), True),        # a compound ending in a listed word
    ("Werk Tolmin", ("werk",), False),               # the word alone is not a compound
    ("Abwerk", ("werk",), False),                     # two letters in front are too few
    ("Stationsleiterin", ("leiterin", "werk"), True),
    ("Kiln Operator", ("werk",), False),
    ("", ("werk",), False),
    ("Abc", ("",), True),                             # an empty ending: any word of three letters
])
def test_compound_endings(text, endings, expected):
    assert _compound(text, endings) is expected
    assert _scan_compound(text, endings) is expected


@pytest.mark.parametrize("text, phrases, expected", [
    ("Dear hiring team,", ("dear",), True),
    ("Dearest friends", ("dear",), False),            # whole words only
    ("Yours sincerely", ("yours sincerely", "yours"), True),
    ("Sincerely yours", ("yours",), False),           # the phrase must open the text
    ("", ("",), True),
    ("Kind regards, Juniper", ("kind regards",), True),
])
def test_opens_with(text, phrases, expected):
    assert _opens_with(text, phrases) is expected
    assert _scan_opens(text, phrases) is expected


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz æøéñ-", min_size=1, max_size=20))
@settings(max_examples=300, deadline=None)
def test_language_names_near_keeps_every_name_that_can_match(k):
    """No language name left out could reach a ratio of 88."""
    near = set(language_names_near(len(k)))
    for name in merged().language_names:
        if name not in near:
            assert fuzz.ratio(k, name) < 88


@pytest.mark.parametrize("misspelt", ["portugese", "germann", "swahilli", "norwegiann"])
def test_language_names_near_holds_the_close_names(misspelt):
    near = language_names_near(len(misspelt))
    assert any(fuzz.ratio(misspelt, n) >= 88 for n in near)


@pytest.mark.parametrize("text, cells, plain", [
    ("Kiln Operator\tTolmin\t2019", ["Kiln Operator", "Tolmin", "2019"], "Kiln Operator Tolmin 2019"),
    ("  Juniper Marsh  ", ["Juniper Marsh"], "Juniper Marsh"),
    ("\t\t", [], ""),
])
def test_line_cells_and_plain(text, cells, plain):
    line = Line(text=text)
    assert line.cells == cells and line.plain == plain
    line.cells.append("changed")                      # a caller's list is its own
    assert line.cells == cells
