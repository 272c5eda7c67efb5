import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from resumekit.fields.spoken import _reachable, spoken_language
from resumekit.vocab import language_names_near, merged

NAMES = sorted(merged().language_names)


@pytest.mark.parametrize("name, ok", [
    ("Portugese", True),      # one letter left out
    ("Engglish", True),       # one letter too many
    ("Germna", False),        # two letters swapped in a short name: too far
    ("Python", False),
    ("Kotlin", False),
])
def test_spoken_language_with_typos(name, ok):
    assert spoken_language(name) is ok


def _best(k, names):
    return process.extractOne(k, names, scorer=fuzz.ratio, score_cutoff=88)


@settings(max_examples=300)
@given(st.sampled_from(NAMES), st.integers(0, 30), st.sampled_from(["", "a", "e", "n", "s", "ö"]),
       st.sampled_from(["drop", "add", "swap", "both"]))
def test_the_reachable_names_give_the_same_answer_as_all_near_ones(name, at, letter, how):
    # a name near a vocabulary name (a letter dropped, added or changed): the names left out as
    # unreachable never held the best match above the cutoff
    at %= len(name) + 1
    if how == "drop":
        k = name[:at] + name[at + 1:]
    elif how == "add":
        k = name[:at] + letter + name[at:]
    elif how == "swap":
        k = name[:at] + letter + name[at + 1:]
    else:
        k = name[:at] + letter + name[at + 2:] + letter
    if not k or k in merged().language_names:
        return
    assert (_best(k, _reachable(len(k))) is None) == (_best(k, language_names_near(len(k))) is None)


@pytest.mark.parametrize("name, ok", [
    ("Core", False),        # a skills group ("Core: …"), not a misspelt "Corse"
    ("Course", False),
    ("Finish", False),      # a word people write is no slip, short as it is
    ("Spansh", True),       # no word: a slip
    ("Portugese", True),    # a word in Dutch, but long: a slip of an English writer
])
def test_a_short_word_people_write_is_no_misspelt_language(name, ok):
    assert spoken_language(name) is ok


def test_a_skills_group_line_named_like_a_language_keeps_its_skills():
    from resumekit.fields.spoken import languages_in
    assert languages_in("Core: Demand planning, Route design, Kiln scheduling") == []
