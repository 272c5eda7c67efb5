"""Running text rather than a header (fields.prose.is_running_text): the entry readers' sentence
tests, one function, their differences named."""
import pytest

from resumekit.fields.prose import capitalised_words, is_running_text


@pytest.mark.parametrize("words, bracketed, count", [
    (["Led", "the", "(Interim)", "night", "crew"], True, 2),
    (["Led", "the", "(Interim)", "night", "crew"], False, 1),
    (["(interim)", "2019", "team"], True, 1),
    ([], True, 0),
])
def test_capitalised_words(words, bracketed, count):
    assert capitalised_words(words, bracketed=bracketed) == count


@pytest.mark.parametrize("text, kw, running", [
    # eight words, most in small letters: running text
    ("Kept the ledgers of the depot and the vans", {}, True),
    # eight capitalised words: an address or a name, a header
    ("Orrin Academy, 12 W Elm St #4, Peoria, AZ", {}, False),
    # a sentence's end decides alone
    ("Ran the audit.", {}, True),
    # a lower-case start, a comma at the end: only where asked
    ("coordinated the volunteers", {}, False),
    ("coordinated the volunteers", {"lower_start": True}, True),
    ("Counseling Intern,", {}, False),
    ("Counseling Intern,", {"comma_end": True}, True),
    # words alone in brackets count by their first letter, or as written
    ("Harbour Pilot (Contract) (Interim) (Seasonal) for Tidewater Lines", {}, False),
    ("Harbour Pilot (Contract) (Interim) (Seasonal) for Tidewater Lines", {"bracketed": False}, True),
    # the thresholds named
    ("Kept the ledgers of the depot", {"words": 6}, True),
    ("Kept The Ledgers of the depot", {"words": 6, "capitals": 0.4}, False),
])
def test_is_running_text(text, kw, running):
    assert is_running_text(text, **kw) is running
