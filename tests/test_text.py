import pytest
from hypothesis import given
from hypothesis import strategies as st

from resumekit import text as text_module
from resumekit.text import clean, despace, find_urls, has_phrase, is_caps, key, split_outside_brackets, strip_bullet


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
    ("Café – Zürich", "Café – Zürich"),                # characters the table leaves as they are
    ("\u0132ssel Kiln", "IJssel Kiln"),
])
def test_clean(raw, expected):
    assert clean(raw) == expected
    assert clean(raw) == expected  # (the table keeps what it met: asked again, the same)


@pytest.mark.parametrize("raw, expected", [
    ("Expérience  professionnelle :", "experience professionnelle"),
    ("WORK-EXPERIENCE", "work experience"),
    ("C++ & C#", "c++ c#"),
    ("Über­schrift", "uberschrift"),
    ("ОПЫТ РАБОТЫ:", "опыт работы"),                  # Cyrillic folds like Latin
    ("Стажёр", "стажер"),                             # ё loses its mark, as the vocabulary's entries do
    ("自己ＰＲ", "自己pr"),                             # full-width letters become plain
    ("学歴・職歴", "学歴 職歴"),                         # the middle dot separates like a space
    ("【工作经历】", "工作经历"),
    ("HAKKIMDA", "hakkimda"),                         # Turkish: capitals and small letters, dotted or not, meet
    ("Hakkımda", "hakkimda"),
    ("İLETİŞİM", "iletisim"),
])
def test_key(raw, expected):
    assert key(raw) == expected


@pytest.mark.parametrize("raw, expected", [
    ("Kiln-Safety Officer (2019)", "kiln safety officer 2019"),
    ("  C++ / C#  & .NET ", "c++ c# net"),
    ("ORCHARD_KEEPER\tTeam", "orchard keeper team"),
    ("a.b,c;d:e", "a b c d e"),
    ("", ""),
    ("--!!--", ""),
])
def test_key_of_ascii_text_agrees_with_the_general_folding(raw, expected):
    # ASCII text takes a shorter road (one translation table); a soft hyphen (folded away) sends the
    # same text through the decomposition; the Unicode pattern gives the same words
    assert key(raw) == expected == key(raw + "\u00ad")
    assert " ".join(text_module._NON_WORD.sub(" ", raw.casefold()).split()) == expected


@pytest.mark.parametrize("raw", ["Tab\tand\x0bVT\x7fDEL", "\x00NUL|pipe~tilde`tick", "A+B#C_D", "  "])
def test_key_of_ascii_control_and_marks_as_the_unicode_pattern(raw):
    assert key.__wrapped__(raw) == " ".join(text_module._NON_WORD.sub(" ", raw.casefold()).split())


@pytest.mark.parametrize("raw, expected", [
    ("Expérience professionnelle ", "experience professionnelle"),
    ("Ｗｅｒｄｅｇａｎｇ ﬁnance Hakkımda ", "werdegang finance hakkimda"),
    ("경력 사항 ", "경력 사항"),
    ("ЗАДАЧИ​ и Стажёр ", "задачи и стажер"),
    # marks, bullets, dashes and symbols between the words: each replaced by a space (not scanned)
    ("Zürich • “Straße” – №5, ½ (C++/C#) ", "zurich strasse no5 1 2 c++ c#"),
    ("Ärztin · Köln | 2019–2021 ★★★ ", "arztin koln 2019 2021"),
])
def test_key_of_a_long_text_agrees_with_the_short_road(raw, expected):
    # a text of _LONG characters or more replaces the characters of the tables it holds instead of
    # translating every character: the same key, word for word
    long = raw * (1 + text_module._LONG // len(raw))
    assert key(raw) == expected
    assert key(long) == " ".join([expected] * (1 + text_module._LONG // len(raw)))


def test_key_replacements_are_one_character_each():
    # replacing character by character is translating only when no replacement holds a character
    # the table maps elsewhere
    table = text_module._KEY_REPLACE
    assert all(table.get(c, c) == c for v in table.values() for c in v)


@given(st.lists(st.sampled_from(["a", "É", "é", "ı", "İ", "ﬁ", " ", "­", "​", "-", "‑",
                                 "경", "가", "ё", "Ｗ", " ", "	", "7", "_", "ß", "ǅ", "ͅ"]),
                min_size=1, max_size=120))
def test_key_is_the_same_on_either_road(pieces):
    text = "".join(pieces)
    padded = text + " " * text_module._LONG  # past _LONG: the replacing road; trailing spaces fold away
    assert key(padded) == key(text) or len(text) >= text_module._LONG


@pytest.mark.parametrize("raw, expected", [
    ("E D U C A T I O N", "EDUCATION"),
    ("W O R K  H I S T O R Y", "WORK HISTORY"),
    ("A B testing", "A B testing"),           # not letter-spaced throughout
    ("Education", "Education"),
    # the first part glued (answered before the split), or a single character first
    ("Ed U C A T I O N", "Ed U C A T I O N"), ("  E X P  ", "EXP"), ("A  S K I L L S", "A SKILLS"),
    ("X  Education", "X  Education"), ("\u00a0E D U", "EDU"), ("", ""),
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
    # a glyph that is nothing but a bullet, glued to its text (a tight hanging indent)
    ("➢Pilotage de la paie", (True, "Pilotage de la paie")),
    ("•Led a team", (True, "Led a team")),
    # not a dash, an asterisk, an arrow or a middle dot glued to a word, nor a glyph before a digit
    ("-based", (False, "-based")),
    ("*Note", (False, "*Note")),
    ("→Result", (False, "→Result")),
    ("•5 years", (False, "•5 years")),
    ("■職務要約", (False, "■職務要約")),  # a Japanese heading's mark
    ("•職務要約", (False, "•職務要約")),
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


@pytest.mark.parametrize("raw, expected", [
    ("WWW.ORRIN-LAB.EU", ["WWW.ORRIN-LAB.EU"]),         # no slash: "www." alone hints at a URL
    ("Profile: GitHub.Com", ["GitHub.Com"]),             # nor here: a profile site's ending, in any case
    ("x.com", ["x.com"]),
    ("Led 4 sites. Cut costs by 12 %.", []),             # a sentence's full stops hint at nothing
    ("Vue.js, Node.js, D3.js", []),
])
def test_find_urls_hinted_or_not(raw, expected):
    assert [u for _, _, u in find_urls(raw)] == expected


@given(st.lists(st.sampled_from(["a", "Z", ".", "/", ":", "-", "@", " ", "www", "WWW", "github", "x", "t", "com",
                                 "Io", "in", "dev", "me", "de", "ſ", "İ", "ı", "1"]), max_size=40))
def test_find_urls_needs_no_more_than_its_hint(pieces):
    # the hint (a slash, "www.", a profile site's ending) is held by every match of URL_RE
    text = "".join(pieces)
    if text_module.URL_RE.search(text):
        assert text_module._URL_HINT.search(text)


def test_is_caps():
    assert is_caps("EXPERIENCE")
    assert is_caps("R&D ENGINEER")
    assert not is_caps("Experience")
    assert not is_caps("A")


@pytest.mark.parametrize("text, expected", [
    ("QA", True), ("Q", False), ("Q 1", False), ("A1 B", True), ("UX/UI LEAD - 2021", True),
    ("R&d", False), ("", False), ("12 34", False), ("OK!", True), ("TEAM LEAD, Quarry Bay", False),
    ("ÉQUIPE", True), ("Équipe", False), ("ÀB", True), ("Éé", False), ("Ⓐ TEAM", True),  # the walk
    # a small letter found before the walk; a small mark that is no letter, or a title-case letter, decides nothing
    ("ÉQUIPE – Ⓐ ⓐ", True), ("ÉQUIPE ª", False), ("ǅÉ ÑA", True), ("ǅé", False), ("ÑAŃDU ĸ", False), ("Ñ ⓐ", False),
    # capitals that are no letters (Roman numerals, circled) are not counted; uncased letters (CJK) neither
    ("Ⅰ Ⅱ É", False), ("简历 ÉA", True), ("简历 É", False), ("简历", False),
])
def test_is_caps_ascii_and_not(text, expected):
    """The ASCII answer (``str.isupper`` and a count) and the walk over cased letters agree."""
    assert is_caps(text) is expected


@pytest.mark.parametrize("text, phrases, expected", [
    ("University of Leeds", ("university",), True),
    ("Universityville", ("university",), False),          # whole words only
    ("Senior Software Engineer", ("software engineer",), True),
    ("清华大学计算机系", ("大学",), True),                    # Chinese has no spaces: inside a run
    ("東京大学工学部 卒業", ("卒業",), True),
    ("工学部", ("大学",), False),
    ("大学院ITスキル", ("it",), False),                      # a Latin phrase still needs word edges
    ("Opel Omega", ("大学",), False),
])
def test_has_phrase(text, phrases, expected):
    assert has_phrase(text, phrases) is expected
    assert has_phrase(text, list(phrases)) is expected  # a tuple is looked up, a list scanned


@pytest.mark.parametrize("text, phrases, expected", [
    ("Head of Kiln Safety", ("kiln safety", "head"), True),
    ("Kiln Safetyboard", ("kiln safety",), False),          # the last word whole too
    ("Grand Kiln Safety Officer Trust", ("kiln safety officer trust",), True),
    ("Kiln", ("kiln safety",), False),
    ("", ("kiln",), False),
    ("Kiln & Safety", ("kiln safety",), True),                # punctuation folded away by key()
    ("Juniper Marsh", ("", "juniper marsh"), True),           # an empty phrase is skipped
    ("大学院 Kiln", ("大学", "kiln"), True),
    ("大学 Kiln", ("大学",), True),
    ("Kiln Safety Officer", ("kiln safety officer trust", "safety officer"), True),  # runs tried from every word
    ("Kiln Safety Officer", ("kiln safety officer trust", "officer trust"), False),
    ("Head Kiln Safety", ("head office", "kiln safety"), True),  # a first word whose phrase is not there
    ("Quarry Head", ("head office", "head"), True),           # a word both a phrase and the start of one
    ("Quarry Head Office", ("quarry head office",), True),    # a phrase as long as the text
    ("Office Head", ("head office",), False),                 # its words in another order
])
def test_has_phrase_lookup_agrees_with_scan(text, phrases, expected):
    assert has_phrase(text, phrases) is expected
    assert has_phrase(text, list(phrases)) is expected


@pytest.mark.parametrize("text, expected", [
    ("Reparos Tavares MEI", True),       # an acronym in capitals
    ("Mei Tavares", False),              # the same letters as a given name
    ("MEI TAVARES", True),               # a line in capitals cannot tell: the acronym counts
    ("Tavares Ltda", True),              # a word not listed in capitals matches in any case
    ("Tavares LTDA", True),
])
def test_has_phrase_acronyms_only_in_capitals(text, expected):
    assert has_phrase(text, ("mei", "ltda"), capitals=("mei",)) is expected


@pytest.mark.parametrize("text, expected", [
    ("Kiln Works MEI", True),            # the acronym in capitals, after a phrase that is not one
    ("Kiln Works Mei", False),
    ("Kiln Works Mei Ltda", True),       # a second phrase, found in any case, decides
])
def test_has_phrase_any_phrase_found_decides(text, expected):
    # the phrases of one word and of several are found in separate passes: whichever is found
    # first, the answer is the same
    assert has_phrase(text, ("kiln works", "mei", "ltda"), capitals=("mei", "kiln works")) is expected
    assert has_phrase(text, ["kiln works", "mei", "ltda"], capitals=("mei", "kiln works")) is expected


@pytest.mark.parametrize("cell, alone", [
    ("+44 161 496 0725", True),
    ("(0161) 496-0725", True),
    ("2019 - 2021", False),                 # two years, not a phone
    ("Phone: 0161 496 0725", False),        # a label beside it
    ("12345", False),                       # too few digits
])
def test_phone_alone(cell, alone):
    from resumekit.text import phone_alone
    assert phone_alone(cell) is alone


@pytest.mark.parametrize("text, seps, slash, expected", [
    ("Kotlin, Rust; Elm", ",;", False, ["Kotlin", " Rust", " Elm"]),
    ("Kotlin (JVM, Android), Rust", ",", False, ["Kotlin (JVM, Android)", " Rust"]),   # the walk
    ("Figma / Sketch / UX", ",", True, ["Figma ", " Sketch ", " UX"]),
    ("CI/CD, Git", ",", True, ["CI/CD", " Git"]),                                    # no spaces: no split
    ("/ lead /", ",", True, ["/ lead /"]),                                            # at the ends: none
    ("a)b,c", ",", False, ["a)b", "c"]),                                             # a lone closing one
    ("Go [1.21, 1.22] / Zig", ",", True, ["Go [1.21, 1.22] ", " Zig"]),
    ("one two", "", False, ["one two"]),
    ("x / y", "", True, ["x ", " y"]),
])
def test_split_outside_brackets(text, seps, slash, expected):
    """With no opening bracket the text is split by a pattern, else by a walk: the same pieces."""
    assert split_outside_brackets(text, seps, spaced_slash=slash) == expected


@pytest.mark.parametrize("text, stems, expected", [
    ("Brackenfeld Polytechnic", ("polytechn", "akadem"), True),
    ("Nonpolytechnic Guild", ("polytechn",), False),                      # a stem starts a word
    ("Akademie Lindenhof", ("polytechn", "akadem"), True),                # folded first
    ("Lindenhof Institute", ("polytechn", "akadem"), False),
    ("Lindenhof Institute", (), False),
    ("Lindenhof Music School", ("music sch",), True),                     # a stem of two words
])
def test_has_phrase_stems(text, stems, expected):
    """The vocabulary's stems (a tuple: one pattern) and any other sequence (a scan) agree."""
    assert has_phrase(text, (), stems) is expected
    assert has_phrase(text, [], list(stems)) is expected


def test_answers_kept_by_identity():
    from resumekit.text import ByIdentity
    calls = []
    kept = ByIdentity(lambda t: calls.append(t) or len(t), size=2)
    a, b = ("x", "y"), tuple(["x", "y"])
    assert kept(a) == 2 and kept(a) == 2 and len(calls) == 1        # the same object: built once
    assert kept(b) == 2 and len(calls) == 2                        # an equal one is another object
    kept(("z",))                                                   # past size: all forgotten
    kept(a)
    assert len(calls) == 4
    kept.cache_clear()
    kept(a)
    assert len(calls) == 5


@pytest.mark.parametrize("text, expected", [
    ("Expérience:", "experience"),                 # ASCII once the accents are gone
    ("Ｆormación  académica", "formacion academica"),  # full-width letter decomposed
    ("Société – Générale", "societe generale"),    # a dash left: the Unicode road
    ("Øster Kiln", "øster kiln"),                  # a letter with no decomposition
    ("Ĳssel Works", "ijssel works"),
])
def test_key_of_text_with_accents(text, expected):
    assert key.__wrapped__(text) == expected
