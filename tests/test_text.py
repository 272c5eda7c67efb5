import pytest

from resumekit.text import clean, despace, find_urls, is_caps, key, strip_bullet


@pytest.mark.parametrize("raw, expected", [
    ("Classi\ufb01cation", "Classification"),          # fi ligature decoded
    ("e\ufb00ective \ufb02ow", "effective flow"),        # ff, fl
    ("Sep. 2023 \u00ad Mar. 2024", "Sep. 2023 - Mar. 2024"),  # LaTeX soft hyphen standing for a dash
    ("hyphen\u00adated", "hyphenated"),                 # soft hyphen inside a word
    ("\ue09c GitHub", "GitHub"),                        # private-use icon glyph
    ("\\faTrophy Winner", "Winner"),                    # icon macro name in the text layer
    ("a\u00a0b\u2009c", "a b c"),                       # exotic spaces
    ("Scikit\u2011learn", "Scikit-learn"),              # non-breaking hyphen
    ("  many    spaces  ", "many spaces"),
    ("left \t  right", "left\tright"),                  # a TAB is a visible gap, kept
    ("zero\u200bwidth", "zerowidth"),
    ("bell\x07char", "bell char"),
    ("\ufffdreplacement", "replacement"),
    ("", ""),
])
def test_clean(raw, expected):
    assert clean(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Expérience  professionnelle :", "experience professionnelle"),
    ("WORK-EXPERIENCE", "work experience"),
    ("C++ & C#", "c++ c#"),
    ("Über­schrift", "uberschrift"),
])
def test_key(raw, expected):
    assert key(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("E D U C A T I O N", "EDUCATION"),
    ("W O R K  H I S T O R Y", "WORK HISTORY"),
    ("A B testing", "A B testing"),           # not letter-spaced throughout
    ("Education", "Education"),
])
def test_despace(raw, expected):
    assert despace(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("• Built a thing", (True, "Built a thing")),
    ("- Led a team", (True, "Led a team")),
    ("▪ Item", (True, "Item")),
    ("o Second level", (True, "Second level")),
    ("Python, Go", (False, "Python, Go")),
    ("-5 degrees", (False, "-5 degrees")),
    ("•", (False, "•")),
])
def test_strip_bullet(raw, expected):
    assert strip_bullet(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("see https://github.com/jane. Thanks", ["https://github.com/jane"]),
    ("github.com/jane | www.jane.dev", ["github.com/jane", "www.jane.dev"]),
    ("linkedin.com/in/jane-doe-123", ["linkedin.com/in/jane-doe-123"]),
    ("jane.doe@example.com", []),
    ("Node.js and Vue.js", []),
    ("(https://example.org/a_b)", ["https://example.org/a_b"]),
])
def test_find_urls(raw, expected):
    assert [u for _, _, u in find_urls(raw)] == expected


def test_is_caps():
    assert is_caps("EXPERIENCE")
    assert is_caps("R&D ENGINEER")
    assert not is_caps("Experience")
    assert not is_caps("A")
