import pytest

from resumekit.words import known_word


@pytest.mark.parametrize("word, known", [
    ("contract", True), ("core", True), ("bremen", True), ("agosto", True),   # words of a dictionary language
    ("experiance", False), ("febuary", False), ("brezen", False),             # slips, or a language wordfreq lacks
])
def test_known_word(word, known):
    assert known_word(word) is known
