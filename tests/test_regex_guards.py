"""Speed cuts of issue 12 that leave every answer as it was: a pattern run only where the
characters it needs stand, a per-character table in place of a one-character pattern, the
document's words counted from its lines' kept keys. Each is compared with the code it replaced
(kept here as the reference) on invented strings of the shapes it decides."""
import sys
from collections import Counter

import pytest
import regex

from resumekit import headings
from resumekit.document import Document, Line
from resumekit.fields import items
from resumekit.fields.assemble import detect_language
from resumekit.text import CharClass, despace, key

# ------------------------------------------------------------------ a character's class, looked up


@pytest.mark.parametrize("pattern", [r"\s", r"[\W_]"])
def test_a_class_table_answers_as_its_pattern_for_every_character(pattern):
    table, compiled = CharClass(pattern), regex.compile(pattern)
    for code in range(0, sys.maxunicode + 1, 7):  # (every seventh code point: all planes, every script)
        ch = chr(code)
        assert table[ch] is (compiled.fullmatch(ch) is not None), hex(code)
    for ch in "\x1c\x1d\x1e\x1f \t\n\u00a0\u2007\u3000_a1é\u0301":  # where regex and str.isspace part ways, and marks
        assert table[ch] is (compiled.fullmatch(ch) is not None), repr(ch)


# ------------------------------------------------------------------ despace and heading_text

_GLUED = regex.compile(r"\S\S")


def _despace_before(s: str) -> str:
    if _GLUED.match(s.strip()):
        return s
    parts = regex.split(r"\s{2,}", s.strip())
    spaced = regex.compile(r"^(?:\S ){2,}\S$")
    if not parts or not all(spaced.match(p) or len(p) == 1 for p in parts):
        return s
    if not any(spaced.match(p) for p in parts):
        return s
    return " ".join(p.replace(" ", "") for p in parts)


def _heading_text_before(text: str) -> str:
    t = despace(text.strip())
    t = headings._NUMBERING.sub("", t)
    return headings._DECOR.sub("", t)


HEADINGS = [
    "", " ", "E D U C A T I O N", "W O R K  H I S T O R Y", "\x1cE D U\x1d", "A\x1cB", " a b", "a",
    "2. Experience", "IV) Publications", "b. Skills", "12) Awards", "1.Experience", "Experience.",
    "/// Projects ///", "—— Languages ——", "_Skills_", "Skills:", "Skills:\n", "Referees (on request)",
    "Ésperience", "\u0301Accent first", "Work Experience", "Project 1", "•  Interests", "Jane Quill",
    "ÉDUCATION ET FORMATION", "経歴", "Опыт работы — 8 лет", "x) y", "a.  b", "XIII. Certificates",
]


@pytest.mark.parametrize("text", HEADINGS)
def test_despace_and_heading_text_read_as_before(text):
    assert despace(text) == _despace_before(text)
    headings.heading_text.cache_clear()
    assert headings.heading_text(text) == _heading_text_before(text)
    assert headings.heading_text(text) == _heading_text_before(text)  # the kept answer


# ------------------------------------------------------------------ list items


def _split_items_before(text: str) -> list[str]:
    out = []
    text = items._GLYPH_ROW.sub("\t", text)
    text = items._SPACED_TILDE.sub("\t", text)
    text = items._VERSIONS_SLASH.sub(items._KEPT_SLASH, text)
    for item in items._thousands_joined(items.split_outside_brackets(text, ",;•·|\t●▪◦⋅，、；", spaced_slash=True)):
        item = item.replace(items._KEPT_SLASH, " / ")
        item = items._LEADING.sub("", regex.sub(r"^\*\s+", "", item.strip(" :-–—")).rstrip(".").lstrip(" ")).strip(" ")
        item = item[1:].lstrip() if item.startswith(". ") or item == "." else item
        if item:
            out.append(item)
    return out


LISTS = [
    "Python, SQL, Rust", "Python ●●●●○ SQL ●●●○○", "Lean Methods ~ Supply Planning, ~5 years", "ESXi 6.5 / 6.7 / Linux",
    "* Go, *nix, A*", "and Docker, & Kubernetes, or Helm", "e.g. Figma, incl. Sketch, including Miro", "Also Jira",
    "und Excel; et Word; y Access; e Outlook", "Ember, Ionic, Unity, Yarn, Scala, Ocaml", "ſome thing, İncl. x",
    "a budget of $120,000 a year", ". NET, .NET, .", "Some  Tableau", "Ánd Sap", "", "—", "C#; F#", "R ★★★☆☆",
]


@pytest.mark.parametrize("text", LISTS)
def test_list_items_split_as_before(text):
    assert items.split_items(text) == _split_items_before(text)


# ------------------------------------------------------------------ the document's language


def _language_before(document: Document) -> str | None:
    """detect_language as it was, for the texts without CJK script it reads: the stop words of each
    language counted in the key of the whole text."""
    from resumekit.text import word_set
    from resumekit.vocab import codes, load

    tokens = Counter(key(document.text[:60000]).split())
    counts = Counter({code: sum(tokens[w] for w in tokens.keys() & word_set(load(code).stop_words)) for code in codes()})
    (code, hits), *rest = counts.most_common(2)
    second = rest[0][1] if rest else 0
    return code if hits >= 5 or (hits >= 3 and hits >= 2 * second) else None


def _doc(*texts: str) -> Document:
    return Document(lines=tuple(Line(text=t, index=i) for i, t in enumerate(texts)), format="text")


DOCUMENTS = [
    _doc("Jane Quill", "Work Experience", "Analyst at Brindle Foods and the team of the year", "I was in charge of the plan"),
    _doc("Berufserfahrung", "Ich war für die Planung und die Umsetzung der Projekte zuständig", "und mit dem Team"),
    _doc("Expérience", "J'ai été chargée de la planification et du suivi des projets", "avec l'équipe de la région"),
    _doc("Fluent\tEnglish", "Straße-Ecke — Übung\u00adsplatz", "e\u0301te\u0301 2019"),
    _doc("경력", "한빛대학교 졸업", "프로젝트 관리"),
]


@pytest.mark.parametrize("document", DOCUMENTS)
def test_the_lines_keys_hold_the_words_of_the_whole_text(document):
    assert Counter(" ".join(key(line.plain) for line in document.lines).split()) == Counter(key(document.text).split())


@pytest.mark.parametrize("document", DOCUMENTS[:4])
def test_the_language_is_the_one_read_before(document):
    assert detect_language(document) == _language_before(document)


# ------------------------------------------------------------------ guards before a pattern
# Each guard must let through every text its pattern would match: checked on invented texts of the
# shapes each pattern reads, and on random texts drawn from the characters the guards look at.

from resumekit import text as text_module  # noqa: E402
from resumekit.extract.docx import text as docx_text  # noqa: E402
from resumekit.fields import dates, entries, location, name, spoken  # noqa: E402
from resumekit.places import PAREN_CODE  # noqa: E402

GUARDED = [  # (the pattern's call, the guard that lets it run)
    ("remote", lambda t: location._REMOTE.match(t), lambda t: not (t[:1].isascii() and t[:1] not in "rRhHfF")),
    ("zeros", lambda t: location._ZEROS.search(t), lambda t: "0000" in t),
    ("area", lambda t: location._AREA.match(t), lambda t: "area" in t.lower()),
    ("label", lambda t: location._ANY_LABEL.search(t), lambda t: ":" in t[:23]),
    ("departement", lambda t: location._DEPARTEMENT.match(t), lambda t: ")" in t),
    ("paren code", lambda t: PAREN_CODE.search(t), lambda t: "(" in t),
    ("paren region", lambda t: location._PAREN_REGION.match(t), lambda t: "(" in t),
    ("dash", lambda t: location._DASH_SPLIT.search(t) or location._CJK_DASH.search(t),
     lambda t: "-" in t or "–" in t or "—" in t),
    ("cjk place", lambda t: location._CJK_PLACE.match(t), lambda t: not t.isascii()),
    ("code", lambda t: location._CODE.match(t), lambda t: len(t) <= 4),
    ("digit", lambda t: any(pat.match(t) for pat in (location._PLACE_POSTAL, location._UNIT, location._POSTAL,
                                                        location._ORDINAL_STREET, location._POSTAL_PLACE)),
     lambda t: regex.search(r"\d", t)),
    ("house number", lambda t: location._HOUSE_NUMBER.match(t), lambda t: regex.search(r"\d", t) or "º" in t or "°" in t),
    ("continued", lambda t: entries._CONTINUED.search(t), lambda t: "cont" in t.lower()),
    ("page before", lambda t: entries._PAGE_BEFORE.match(t), lambda t: t[:4].lower() == "page"),
    ("pronouns", lambda t: name._PRONOUNS.search(t), lambda t: ")" in t or "]" in t),
    ("letters", lambda t: regex.search(r",?\s+(?:ph\.?d|m\.?d|mba|msc|m\.sc|bsc|cpa|pmp)\.?$", t, regex.IGNORECASE),
     lambda t: t.rstrip("\n")[-1:].lower() in ("d", "a", "c", "p", ".")),
    ("year", lambda t: headings.YEAR.search(t), lambda t: "19" in t or "20" in t),
    ("at", lambda t: regex.search(r"(?i)\bat\b", t), lambda t: "at" in t.lower()),
    ("label", lambda t: entries._ATTRIBUTE.match(t), lambda t: ":" in t or "：" in t),
    ("scheme", lambda t: regex.match(r"^[a-z]+://", t), lambda t: "://" in t),
    ("group", lambda t: spoken._GROUP.match(t), lambda t: "(" in t or "[" in t),
    ("rule", lambda t: docx_text._RULE.match(t), lambda t: len(t) >= 5 and (t[0] in "_-=–—~*·.•" or t[0].isspace())),
    ("bullet", lambda t: text_module._BULLET.match(t), lambda t: t.lstrip()[:1] and t.lstrip()[:1] in text_module._BULLET_FIRST),
]

PLACES = [
    "Remote", "remote (UTC+1)", "Hybrid · GMT-5", "Fully remote", "REMOTE-FIRST", "Rémote", "00000 Placeholder",
    "Greater Leeds Area", "Bristol Metropolitan AREA", "Leeds area\n", "Adresse: Bamako, Mali", "Ville : Lyon",
    "Nantes (44)", "Bastia (2A)", "Bologna (BO)", "Bilbao (Bizkaia)", "69003 Lyon (Rhône)", "Product Designer — London",
    "Data Engineer - Leeds", "福建–厦门", "厦门", "서울", "성남시 분당구", "CO", "NSW", "ABC\n", "AB", "abc", "12 Quarry Lane, Leeds",
    "Parramatta NSW 2150", "", " ", "a:b", "Leeds, UK", "Étretat", "X" * 30 + ": Lyon",
    "2019 – 2021", "1987", "Head of Data at Brindle", "AT&T", "Client: Tidewater", "役職：主任", "https://example.com",
    "HTTP://EXAMPLE.COM", "English (C2)", "Languages [English, Welsh]", "_____", "- - - - -", "\t....\n", "• Led",
    "➢Pilotage", "o Managed", "§ Rust", "\x1c• x", "  * item", "-- dash", "Boulder CO 80301", "Apt 4B Leeds", "3.º B",
    "2nd Cross", "Jayanagar 4th Block", "nº 12", "Nº XX", "SW1A 1AA", "38446 Wolfsburg", "Chennai - 600020", "68xxx", "١٢٣٤٥",
    "Acme Ltd, continued", "EXPERIENCE (Cont.)", "Sales Director (contd)", "Page 2 of 3 Acme", "PAGE 1/2 Brindle", "Jane Quill (she/her)",
    "Jane Quill, PhD", "Jane Quill MBA.", "Jane Quill, M.Sc\n", "Jane Quill CPA", "Jane Quill pmp",
]


def _random_texts(n: int = 4000) -> list[str]:
    import random

    rng = random.Random(12)
    alphabet = "rRhHfFemoteAREAa0 0000():-–—·,厦门서울CONSWUTC+1\n\tÉé" + "ABLyonBilbao19t[]_=.•➢o§\x1c：/wcontpgPhDMmbs"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(n)]


@pytest.mark.parametrize("name,call,guard", GUARDED, ids=[g[0] for g in GUARDED])
def test_a_guard_lets_through_every_text_its_pattern_matches(name, call, guard):
    for text in PLACES + _random_texts():
        if call(text):
            assert guard(text), (name, text)


DATED = ["2019 – 2021", "Jan 2019 - present", "Mars 2020", "20132015", "2016present", "no digits here", "", "２０１９年４月",
         "Febuary 2019", "Since spring", "Summer '17"]


@pytest.mark.parametrize("text", DATED)
def test_the_dates_read_with_the_digit_known_are_the_dates_read_without(text):
    digit = dates._DIGIT.search(text) is not None
    assert list(dates._iter(text, digit=digit)) == list(dates._iter(text))
    assert dates._glued(text, digit) == dates._glued(text)
