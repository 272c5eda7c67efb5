import pytest

from resumekit.words import known_word


@pytest.mark.parametrize("word, known", [
    ("contract", True), ("core", True), ("bremen", True), ("agosto", True),   # words of a dictionary language
    ("experiance", False), ("febuary", False), ("brezen", False),             # slips, or a language wordfreq lacks
])
def test_known_word(word, known):
    assert known_word(word) is known


@pytest.mark.parametrize("word, names, hits", [
    ("experiance", ["experience", "expertise"], ["experience"]),   # a letter changed
    ("febuary", ["february", "january"], ["february"]),           # a letter dropped
    ("contract", ["contact"], []),                                 # a word people write
    ("xperience", ["experience"], []),                             # another first letter
    ("expirienc", ["experience"], []),                             # two slips
])
def test_slips(word, names, hits):
    from resumekit.words import slips
    assert slips(word, names) == hits
