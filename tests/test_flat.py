"""Plain text an export flattened into one line (extract/flat.py): byte escapes decoded, line breaks
restored at runs of spaces, and a whole résumé read from such a text. Every string is invented."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

import resumekit
from resumekit.extract.flat import MIN_CHARS, decode_escapes, unflatten

# A résumé as a spreadsheet column keeps it: each line break of the page became two spaces, a
# blank line four, and "•" / "é" / "–" written as their UTF-8 bytes' escapes.
FLATTENED = (
    "Marisol Quenby-Adair  Columbus, OH \\xe2\\x80\\xa2 (614) 555-0142 \\xe2\\x80\\xa2 marisol.qa@example.com    "
    "SUMMARY  Operations coordinator with six years in event logistics and vendor relations.    "
    "EXPERIENCE  Event Operations Coordinator, Larkspur Venues Group \\xe2\\x80\\xa2 Columbus, OH \\xe2\\x80\\xa2 "
    "March 2021 - present  \\xe2\\x80\\xa2 Planned 40+ corporate events a year with budgets up to $80k  "
    "\\xe2\\x80\\xa2 Negotiated catering and AV contracts with twelve regional vendors    "
    "Guest Services Associate, Brightwell Hotel & Suites \\xe2\\x80\\xa2 Dayton, OH \\xe2\\x80\\xa2 "
    "June 2018 - February 2021  \\xe2\\x80\\xa2 Resolved guest requests at a 210-room property  "
    "\\xe2\\x80\\xa2 Trained nine new front-desk staff on the booking system    "
    "EDUCATION  Bachelor of Arts in Hospitality Management, Northfield State University  May 2018    "
    "SKILLS  Event planning, Vendor management, Budget tracking, Microsoft Excel, Caf\\xc3\\xa9 operations    "
    "LANGUAGES  English, Spanish"
)


@pytest.mark.parametrize("text, expected", [
    ("Planning \\xe2\\x80\\xa2 Budgets", "Planning • Budgets"),
    ("Caf\\xc3\\xa9 Rosalind", "Café Rosalind"),
    ("2019 \\xe2\\x80\\x93 2021", "2019 – 2021"),
    ("byte \\x41 stays", "byte \\x41 stays"),            # ASCII: not an export's escape
    ("cut \\xe2\\x80 short", "cut \\xe2\\x80 short"),    # an incomplete character stays
    ("lone \\x80 continuation", "lone \\x80 continuation"),
    ("\\xff\\xfe not UTF-8", "\\xff\\xfe not UTF-8"),
    ("C:\\x-ray\\notes", "C:\\x-ray\\notes"),
    ("no escapes at all", "no escapes at all"),
])
def test_decode_escapes(text, expected):
    assert decode_escapes(text) == expected


def test_unflatten_restores_lines_and_blocks():
    text = unflatten(decode_escapes(FLATTENED))
    assert text is not None
    blocks = [b.split("\n") for b in text.split("\n\n")]
    assert blocks[0] == ["Marisol Quenby-Adair", "Columbus, OH • (614) 555-0142 • marisol.qa@example.com"]
    assert blocks[1] == ["SUMMARY", "Operations coordinator with six years in event logistics and vendor relations."]
    assert blocks[2][:2] == ["EXPERIENCE",
                             "Event Operations Coordinator, Larkspur Venues Group • Columbus, OH • March 2021 - present"]
    assert blocks[-1] == ["LANGUAGES", "English, Spanish"]


@pytest.mark.parametrize("text", [
    # a text with its line breaks
    "Marisol Quenby-Adair\nColumbus, OH\n\nEXPERIENCE\n" + "Coordinator, Larkspur Venues  2021 - now\n" * 40,
    # too short to judge
    "Marisol Quenby-Adair  Columbus, OH  EXPERIENCE  Coordinator  SKILLS  Excel",
    # two spaces after each full stop: a typing habit, not lost breaks
    ("I plan events for a living.  I have done so for six years.  Vendors trust me.  " * 12).strip(),
    # one long line with single spaces only
    "Operations coordinator with six years in event logistics " * 20,
])
def test_unflatten_leaves_texts_that_are_not_flattened(text):
    assert len(text) >= MIN_CHARS or "  " in text
    assert unflatten(text) is None


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=2000))
def test_unflatten_keeps_every_word(text):
    restored = unflatten(text)
    if restored is not None:
        assert restored.split() == text.split()
        assert "  " not in restored


def test_a_flattened_resume_is_read_whole():
    c = resumekit.parse(FLATTENED.encode(), format="text")
    assert c.name == "Marisol Quenby-Adair"
    assert c.contact.emails == ["marisol.qa@example.com"]
    assert [(e.title, e.company, e.start, e.end) for e in c.experience] == [
        ("Event Operations Coordinator", "Larkspur Venues Group", "2021-03", None),
        ("Guest Services Associate", "Brightwell Hotel & Suites", "2018-06", "2021-02"),
    ]
    assert [(e.degree, e.field_of_study, e.institution, e.end) for e in c.education] == [
        ("Bachelor of Arts in Hospitality Management", "Hospitality Management", "Northfield State University",
         "2018-05")]
    assert [s.name for s in c.skills] == ["Event planning", "Vendor management", "Budget tracking",
                                          "Microsoft Excel", "Café operations"]
    assert c.summary == "Operations coordinator with six years in event logistics and vendor relations."
    assert (c.contact.location.city, c.contact.location.region) == ("Columbus", "OH")
    assert [lang.name for lang in c.languages] == ["English", "Spanish"]
    assert [w.code for w in c.meta.warnings if w.code == "line-breaks-restored"] == ["line-breaks-restored"]


def test_a_text_with_line_breaks_gets_no_warning():
    c = resumekit.parse(FLATTENED.replace("    ", "\n\n").replace("  ", "\n").encode(), format="text")
    assert not [w for w in c.meta.warnings if w.code == "line-breaks-restored"]


_FLAT_TOP = "Marisol Quenby-Adair  Columbus, OH  marisol.qa@example.com    EXPERIENCE  Event Coordinator, Larkspur Venues  "


@pytest.mark.parametrize("middle, lines", [
    # a justified line whose spaces were widened to two: one line, its sentence going on
    ("Responsible  for  vendor  contracts,  catering  and  seating. Booked the halls.",
     ["Responsible for vendor contracts, catering and seating. Booked the halls."]),
    ("Planned  the  yearly  budget  and  staffing  plans", ["Planned the yearly budget and staffing plans"]),
    # a column of capitalised words, a list with letter bullets, two words: a line each
    ("Excel  Outlook  Salesforce", ["Excel", "Outlook", "Salesforce"]),
    ("o  catering  o  seating", ["o", "catering", "o", "seating"]),
    ("Booked  halls", ["Booked", "halls"]),
])
def test_unflatten_joins_a_justified_line(middle, lines):
    text = unflatten(_FLAT_TOP + middle + "    " + "EDUCATION  Bachelor of Arts, Northfield State University  " * 12)
    got = text.split("\n")
    at = got.index("Event Coordinator, Larkspur Venues") + 1
    assert got[at:at + len(lines)] == lines
