"""Lengths of time beside a role's dates, and years inside sentences: neither names nor anchors."""
import pytest

from resumekit.fields.dates import find_durations
from resumekit.fields.entries import split_entries
from resumekit.fields.phrases import segments
from resumekit.fields.experience import read_experience

from .helpers import lines, section


@pytest.mark.parametrize("text, found", [
    ("Mar, 2018 - Apr, 2019 1 year 1 month", ["1 year 1 month"]),   # printed after the range
    ("6 years", ["6 years"]),                                        # a line of its own under an employer
    ("Oct 2011 - Present (7 years 2 months)", ["(7 years 2 months)"]),
    ("2 yrs, 5 mos", ["2 yrs, 5 mos"]),
    ("4 Jahre 3 Monate", ["4 Jahre 3 Monate"]),                     # German units
    ("1 an et 2 mois", ["1 an et 2 mois"]),                          # French, joined by a conjunction
    ("2 yıl 3 ay", ["2 yıl 3 ay"]),                                  # Turkish, Polish, Korean, Japanese, Chinese
    ("3 lata 2 miesiące", ["3 lata 2 miesiące"]),
    ("2년 3개월", ["2년 3개월"]),
    ("1年2ヶ月", ["1年2ヶ月"]),
    ("2年3个月", ["2年3个月"]),
    ("Led 3 teams", []),                                             # a number before a plain word
    ("Won 2 awards 3 times", []),
    ("six years and two months", []),                               # no number written as a digit: none read
])
def test_find_durations(text, found):
    assert [text[a:b] for a, b in find_durations(text)] == found


@pytest.mark.parametrize("text, parts", [
    ("Jun, 2016 - Aug, 2019 3 years 2 months", []),
    ("11 years", []),
    ("Quality Lead, Brenmoor Tiles\tSep 2015 – Present · 3 yrs", ["Quality Lead, Brenmoor Tiles"]),
    # a date with words on both sides is a gap between two parts, its lead words with it
    ("Trade Certificate Expected in 05/2026 Harwick Technical College", ["Trade Certificate", "Harwick Technical College"]),
    ("Line Cook 2019 - 2021 Pellham Bistro", ["Line Cook", "Pellham Bistro"]),
    ("Diploma in Baking 2015 Harwick College", ["Diploma in Baking", "Harwick College"]),
    ("Line Cook, Pellham Bistro (2019 - 2021)", ["Line Cook, Pellham Bistro"]),
    # a length of time inside words is kept: it is not beside a date
    ("Mentor for 5 years of the reading club", ["Mentor for 5 years of the reading club"]),
])
def test_segments_drop_durations_beside_dates(text, parts):
    assert segments(text) == parts


def test_a_duration_after_the_dates_is_neither_company_nor_title():
    sec = section("experience",
                  "Shift Supervisor, Corrow Bakeries", "Feb, 2021 - Mar, 2023 2 years 1 month", "• Ran the early shift",
                  "Assistant Baker, Lintel & Rye", "Jan, 2019 - Jan, 2021 2 years", "• Baked")
    got = [(e.company, e.title, e.start, e.end) for e in read_experience(sec)[0]]
    assert got == [("Corrow Bakeries", "Shift Supervisor", "2021-02", "2023-03"),
                   ("Lintel & Rye", "Assistant Baker", "2019-01", "2021-01")]


@pytest.mark.parametrize("sentence", [
    "Promoted from Shift Lead to Plant Manager in 2020.",
    "Promue cheffe d’équipe de nuit en 2021.",
    "Named employee of the month in May 2019.",
])
def test_a_date_that_ends_a_sentence_after_a_small_word_starts_no_entry(sentence):
    rows = ("Plant Manager, Stonebridge Foods", "May 2018 – Present", sentence, "Cut waste by a fifth.")
    exp, = read_experience(section("experience", *rows))[0]
    assert (exp.company, exp.start, sentence in (exp.summary or "")) == ("Stonebridge Foods", "2018-05", True)


@pytest.mark.parametrize("rows, start", [
    # a header line that ends in its year after a name, full stop and all, is still dated
    (("Plant Manager, Stonebridge Foods, Leeds, 2019.",), "2019"),
])
def test_a_header_ending_in_its_year_is_dated(rows, start):
    exp, = read_experience(section("experience", *rows))[0]
    assert exp.start == start


def test_a_year_inside_a_sentence_starts_no_entry():
    rows = ("Ward Clerk, Pellham Clinic", "Mar 2019 - Jun 2022",
            "Handled 40 admissions a day in 2020, a record for the ward.",
            "Cut waiting times by a third.")
    entries = split_entries(lines(*rows))
    assert len(entries) == 1
    exp = read_experience(section("experience", *rows))[0][0]
    # the sentence keeps its year
    assert "Handled 40 admissions a day in 2020, a record for the ward." in (exp.summary or "")


# --- properties --------------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from resumekit.document import Line, Style  # noqa: E402

_PIECES = st.sampled_from(["Jan 2019", " – ", "Present", "3 years", "2 mos", "(", ")", "\t", ", ", "at ",
                           "Expected in ", "Acme Ltd", "Engineer", "2021", "mars", "11 months", " ", "."])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=80))
def test_durations_and_segments_never_raise_and_slice_the_input(text):
    for a, b in find_durations(text):
        assert 0 <= a < b <= len(text) and text[a:b].strip()
    for part in segments(text):
        assert part and "\t" not in part


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(st.tuples(st.lists(_PIECES, max_size=8).map("".join), st.booleans(), st.booleans()), max_size=10))
def test_split_entries_keeps_every_line(rows):
    given_lines = [Line(text=t, index=n, bullet=b, style=Style(bold=w)) for n, (t, b, w) in enumerate(rows)]
    entries = split_entries(given_lines)
    kept = sorted(i for e in entries for i in e.indices())
    # every line with some text is in exactly one entry (joined lines count by their sources)
    assert kept == sorted(set(kept))
    assert set(kept) >= {l.index for l in given_lines if l.cells} - {l.index for l in given_lines if not l.cells}
