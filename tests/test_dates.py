"""resumekit.fields.dates: every shape résumés print, the non-dates around them, and properties."""
from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from resumekit.fields import dates as D
from resumekit.fields.dates import DateRange, PartialDate, find_dates, has_date, parse_date, parse_date_range
from resumekit.vocab import merged


def summary(r: DateRange) -> str:
    """"2019" (single), "2019..2021" (range), "2019..present" (ongoing), + " (expected)"."""
    start = r.start.iso() if r.start else ""
    if r.single:
        out = start
    elif r.current:
        out = f"{start}..present"
    else:
        out = f"{start}..{r.end.iso() if r.end else ''}"
    return out + (" (expected)" if r.expected else "")


def found(text: str) -> list[str]:
    return [summary(r) for r in find_dates(text)]


FIND = [
    # Turkish dotless ı in small letters and in capitals (İ/I) read alike
    ("Kasım 2020 - Aralık 2021", ["2020-11..2021-12"]),
    ("KASIM 2020 – ARALIK 2021", ["2020-11..2021-12"]),
    # month word + year, open end
    ("March 2024 – Present", ["2024-03..present"]),
    ("Mar. 2024 - present", ["2024-03..present"]),
    ("JAN 2020 - PRESENT", ["2020-01..present"]),
    ("Jan. 2020 to date", ["2020-01..present"]),
    ("2020 - now", ["2020..present"]),
    ("2021 – Current", ["2021..present"]),
    ("2020–Present", ["2020..present"]),
    ("2019 to present", ["2019..present"]),
    ("01/2019 – to Current", ["2019-01..present"]),  # dash and range word together
    ("Sept 2020 -", ["2020-09..present"]),  # dangling dash at the end: ongoing
    ("Sept 2020 –", ["2020-09..present"]),
    ("(Sept 2020 –)", ["2020-09..present"]),
    ("Sept 2020 – | Acme", ["2020-09..present"]),
    ("2022 - ...", ["2022..present"]),  # an ellipsis after the dash: still going
    ("2022 – …", ["2022..present"]),
    ("Sept 2020 – Acme Corp", ["2020-09"]),  # a dash before words is a separator, not an open end
    ("Sept '17 – present", ["2017-09..present"]),  # two-digit year with apostrophe
    ("June ’99", ["1999-06"]),  # typographic apostrophe, pivot: '99 -> 1999
    ("Fall '49", ["2049"]),  # pivot: '49 -> 2049
    # year ranges
    ("2019-2021", ["2019..2021"]),
    ("2019 – 2021", ["2019..2021"]),
    ("2013 – 2016", ["2013..2016"]),
    ("2019 ~ 2021", ["2019..2021"]),
    ("2019 -- 2021", ["2019..2021"]),
    ("March 2019 → July 2021", ["2019-03..2021-07"]),  # an arrow, as some templates print a range
    ("2019 -> 2021", ["2019..2021"]),
    ("Jan 2020 → Present", ["2020-01..present"]),
    ("2019 until 2021", ["2019..2021"]),
    ("2019 till 2021", ["2019..2021"]),
    ("2018/2019", ["2018..2019"]),  # slash between two years
    ("2019-20", ["2019..2020"]),  # short academic-year range
    ("(2018–2020)", ["2018..2020"]),
    ("from 2019 to 2021", ["2019..2021"]),
    ("2015 – '17", ["2015..2017"]),
    # numeric month forms
    ("01/2019 - 03/2020", ["2019-01..2020-03"]),
    ("01/2019-03/2020", ["2019-01..2020-03"]),  # glued
    ("1/2019", ["2019-01"]),
    ("2019/01", ["2019-01"]),
    ("2019-01", ["2019-01"]),
    ("2019.01", ["2019-01"]),
    ("01.2019", ["2019-01"]),
    ("12-2019", ["2019-12"]),
    ("2015-07 – 2021-10", ["2015-07..2021-10"]),
    ("2011-12", ["2011-12"]),  # YYYY-MM wins over a short range
    # full dates and the day/month order
    ("07.03.2019", ["2019-03-07"]),  # dots: always day first
    ("2019-03-07", ["2019-03-07"]),
    ("13/07/2019", ["2019-07-13"]),  # first part > 12: day first
    ("07/13/2019", ["2019-07-13"]),  # second part > 12: month first
    ("03/07/2019", ["2019"]),  # ambiguous: year only, never a guessed month
    ("05/05/2019", ["2019-05-05"]),  # both readings agree
    ("03/07/2019 - 05/20/2020", ["2019-03-07..2020-05-20"]),  # the other end settles the order
    ("07.03.2019 – 15.04.2020", ["2019-03-07..2020-04-15"]),
    ("01-10/2020 – 31/01/2021", ["2020-10-01..2021-01-31"]),  # a dash, then a slash before the year
    ("14-03/2018", ["2018-03-14"]),
    ("01-10/2020", ["2020"]),  # ambiguous alone: year only
    ("March 7, 2019", ["2019-03-07"]),
    ("7 March 2019", ["2019-03-07"]),
    ("1st May 2019", ["2019-05-01"]),
    # month words
    ("May 2019", ["2019-05"]),
    ("Dec 2021 – Mar 2022", ["2021-12..2022-03"]),
    ("December 2021—March 2022", ["2021-12..2022-03"]),
    ("Sep. 2023 - Mar. 2024", ["2023-09..2024-03"]),
    ("Sept. 2020 – Feb. 2021", ["2020-09..2021-02"]),
    ("Jan-2019", ["2019-01"]),
    ("Jan2019", ["2019-01"]),
    ("Mid-May 2019", ["2019-05"]),
    ("June - August 2017", ["2017-06..2017-08"]),  # the first month borrows the year
    ("Jan–Mar 2020", ["2020-01..2020-03"]),
    ("Nov – Feb 2020", ["2019-11..2020-02"]),  # ... the year before when it wraps
    ("June 2017 – Aug", ["2017-06"]),  # an end month without a year is not read
    # seasons: year only, never a month
    ("Summer 2012", ["2012"]),
    ("Spring 2021 – Fall 2022", ["2021..2022"]),
    # since / expected
    ("since 2020", ["2020..present"]),
    ("Since August 2024", ["2024-08..present"]),
    ("Expected May 2026", ["2026-05 (expected)"]),
    ("May 2026 (Expected)", ["2026-05 (expected)"]),
    ("Expected 2026", ["2026 (expected)"]),
    ("Exp. 2026", ["2026 (expected)"]),
    ("Expected in 05/2024", ["2024-05 (expected)"]),  # "expected in" / "by": the preposition is the word's
    ("expected by June 2027", ["2027-06 (expected)"]),
    ("2022 – 2026 (expected)", ["2022..2026 (expected)"]),
    # Roman months (upper case, not after a word)
    ("VII 2015 - X 2021", ["2015-07..2021-10"]),
    ("XII.2019", ["2019-12"]),
    ("Phase II 2019", ["2019"]),
    ("ii 2019", ["2019"]),
    # other languages: month, "present" and season words of every vocabulary file
    ("SEPTEMBRE 2019 – PRÉSENT", ["2019-09..present"]),
    ("Июнь 2024 - Август 2024", ["2024-06..2024-08"]),
    ("mrt 2019 - mei 2020", ["2019-03..2020-05"]),
    # a word between the month and its year (month_year_words)
    ("junho de 2019 - atual", ["2019-06..present"]),
    ("marzo del 2020 – actualidad", ["2020-03..present"]),
    ("1 de marzo de 2020", ["2020-03-01"]),
    ("verano de 2019", ["2019"]),
    ("März 2019", ["2019-03"]),
    # a word after the year (year_suffixes)
    ("с 2019 г. по 2021 г.", ["2019..2021"]),
    ("март 2019 года", ["2019-03"]),
    ("2019 годовой", ["2019"]),  # a longer word is not the suffix
    # a since word before a closed range starts it; alone it opens an ongoing range
    ("desde 2019 hasta 2021", ["2019..2021"]),
    ("desde 2019", ["2019..present"]),
    ("ab 2019 bis 2021", ["2019..2021"]),
    ("seit 2019 bis heute", ["2019..present"]),
    ("с 2019 по 2021", ["2019..2021"]),
    ("с 2019 г.", ["2019..present"]),
    ("dal 2018 al 2020", ["2018..2020"]),
    ("dal 2020", ["2020..present"]),
    ("vanaf 2019 tot 2021", ["2019..2021"]),
    ("vanaf maart 2021", ["2021-03..present"]),
    ("since 2019 – present", ["2019..present"]),
    # Chinese and Japanese: year, month and day suffixes, full-width forms, wave dashes
    ("2020年3月 - 至今", ["2020-03..present"]),
    ("2019年9月～2021年3月", ["2019-09..2021-03"]),
    ("2019年9月〜2021年3月", ["2019-09..2021-03"]),  # wave dash
    ("2018年 4月～2020年 3月", ["2018-04..2020-03"]),
    ("2019 年 4 月", ["2019-04"]),
    ("2020年3月", ["2020-03"]),
    ("2015年", ["2015"]),
    ("2019年12月31日", ["2019-12-31"]),
    ("2019年4月1日～2020年3月31日", ["2019-04-01..2020-03-31"]),
    ("２０１９年４月～２０２１年３月", ["2019-04..2021-03"]),  # full-width digits
    ("2019.09～2021.06", ["2019-09..2021-06"]),
    ("2019.09〜2021.06", ["2019-09..2021-06"]),
    ("2019/09-2021/06", ["2019-09..2021-06"]),
    # Korean shapes: a space after the year's dot, the month's own dot
    ("2016. 03. ~ 2020. 02.", ["2016-03..2020-02"]),
    ("2023. 11. 02 ~ 2024. 04. 19", ["2023-11-02..2024-04-19"]),
    ("2018. 3 ~ 2019. 12", ["2018-03..2019-12"]),
    ("Opened in 2019. 12 new stores followed.", ["2019"]),  # a sentence's end, then a number
    ("2016年9月至2020年6月", ["2016-09..2020-06"]),  # a range word of an unspaced script, no spaces
    ("从2019年9月到2021年6月", ["2019-09..2021-06"]),
    ("2019年4月から2021年3月まで", ["2019-04..2021-03"]),
    ("于2019年6月毕业", ["2019-06"]),  # a suffixed year may touch letters of an unspaced script
    ("2019年4月入社", ["2019-04"]),
    ("2015 年度", ["2015"]),
    # ... "present" right after the date, no separator
    ("2018年4月 現在", ["2018-04..present"]),
    ("2018年4月現在", ["2018-04..present"]),
    ("2018年9月至今", ["2018-09..present"]),
    ("2020.03 至今", ["2020-03..present"]),
    ("2024年4月1日現在", ["2024-04-01"]),  # after a day it means "as of": the date of the page
    ("2019年4月 今後", ["2019-04"]),  # a one-character word must stand alone: 今 is not in 今後
    # ... eras (令和元年 = 2019, 平成1 = 1989), and Taiwan's 民國
    ("平成27年4月", ["2015-04"]),
    ("平成２７年４月", ["2015-04"]),
    ("令和元年5月～現在", ["2019-05..present"]),
    ("平成27年4月 - 令和2年3月", ["2015-04..2020-03"]),
    ("平成31年4月", ["2019-04"]),
    ("民國108年", ["2019"]),
    ("昭和20年", []),  # 1945: before the plausible span
    ("2019年13月", []),
    ("2019年2月30日", []),
    ("3年以上", []),
    # two numeric month dates with only spaces between them: a range, if in order
    ("09/1996 07/2002", ["1996-09..2002-07"]),
    ("Sint-Lievenscollege 09/1996  07/2002", ["1996-09..2002-07"]),
    ("2019-09 2021-06", ["2019-09..2021-06"]),
    ("01.2019 03.2020", ["2019-01..2020-03"]),
    ("1/2019 3/2020", ["2019-01..2020-03"]),
    ("07/2002 09/1996", ["2002-07", "1996-09"]),  # the end before the start: two dates
    ("09/2017 Heden", ["2017-09..present"]),
    ("2019-09  present", ["2019-09..present"]),
    ("2019 present", ["2019"]),  # a bare year and a word: not enough
    ("09/1996\t07/2002", ["1996-09", "2002-07"]),  # a TAB is a gap between cells, not a range
    ("2019 2021", []),  # two bare years: anything (and a digit group each side)
    ("555 09/1996 07/2002", ["2002-07"]),
    # bounds
    ("1950", ["1950"]),
    ("2100", ["2100"]),
    # in context
    ("Software Engineer, Acme (Jan 2019 – Mar 2021), Berlin", ["2019-01..2021-03"]),
    ("Jan 2018 – Dec 2019 | Feb 2020 – Present", ["2018-01..2019-12", "2020-02..present"]),
    ("B.Sc. Physics, GPA 3.85, 2015 - 2019", ["2015..2019"]),
    ("Grade 3.8/4.0 2015 – 2019", ["2015..2019"]),  # a decimal before the year is fine
    # not dates
    ("+1 (555) 201-2020", []),
    ("+44 20 7946 2019", []),
    ("555 2019", []),
    ("2019 555 1234", []),
    ("2019-555-1234", []),
    ("1-1-1-1-1", []),
    ("123-4567", []),
    ("3.8/4.0", []),
    ("v2.0", []),
    ("Python 3.11", []),
    ("$2019", []),
    ("€2019", []),
    ("2019%", []),
    ("1990s", []),  # a decade
    ("1949", []),
    ("2101", []),
    ("12019", []),
    ("20190", []),
    ("ID AB-2019", []),
    ("#2019", []),
    ("1920x1080", []),
    ("john2019@mail.com", []),
    ("https://example.com/2019/05/post", []),
    ("10:30", []),
    ("May I help you?", []),
    ("Mar", []),
    ("June", []),
    ("present", []),
    ("Class of '17", []),  # a bare two-digit year is too weak
    ("45/07/2019", []),
    ("31.02.2019", []),  # no such day
    ("13/14/2019", []),
    ("", []),
    # a month name hyphen-wrapped inside a line; a wrapped word that is no month stays apart
    ("settembre 2023 – settem- bre 2025", ["2023-09..2025-09"]),
    ("Sep- tember 2019 - Jan 2020", ["2019-09..2020-01"]),
    ("Co- founder 2019", ["2019"]),
    # a month name misspelt by one letter, right before its year, reads as that month
    ("Febuary 2019 – Agust 2021", ["2019-02..2021-08"]),
    ("Septmber 2018 - Present", ["2018-09..present"]),
    ("Sepetmber 2019", ["2019-09"]),  # two neighbours swapped
    ("Jan 2019 – Decmber 2020", ["2019-01..2020-12"]),
    ("Novmber-2019", ["2019-11"]),
    ("Januray, 2020", ["2020-01"]),
    ("Setembor de 2019", ["2019-09"]),  # (Portuguese "setembro")
    ("Oktobr 2021 – heute", ["2021-10..present"]),
    ("Febuary '17", ["2017-02"]),
    # ... but not a short name, nor a word of another first letter, nor one two letters off
    ("Junior 2019", ["2019"]),
    ("Jully 2019", ["2019"]),
    ("Marc 2019", ["2019"]),
    ("Ebruary 2019", ["2019"]),
    ("Febry 2019", ["2019"]),
    ("Graduated 2019", ["2019"]),
    ("Novembrist 2019", ["2019"]),
    ("Febuary without a year", []),
    ("Bremen, 2017", ["2017"]),  # a word people write (a city) is no misspelt month (Czech "březen")
    # Italian "ad" (the "a" before a vowel) joins a range as "a" does
    ("Da settembre 2020 ad oggi", ["2020-09..present"]),
    ("da marzo 2019 ad aprile 2020", ["2019-03..2020-04"]),
    # two years glued, their dash lost, or a year glued to a "present" word
    ("20132015", ["2013..2015"]),
    ("2016present: Orrin Foods", ["2016..present"]),
    ("Harwick Mills 20042009.", ["2004..2009"]),
    ("2019 - 2021 and 20102012", ["2019..2021", "2010..2012"]),
    # not a date: the end before the start, a day and month after the year, a year before 1950, a
    # longer number, a phone's digits, a word that says no "present"
    ("20192013", []), ("20151231", []), ("19271931", []), ("201320150", []), ("+4420132015", []),
    ("2016pressed", []),
]


@pytest.mark.parametrize(("text", "expected"), FIND)
def test_find_dates(text, expected):
    assert found(text) == expected


SPANS = [
    ("Engineer, Febuary 2019 – Agust 2021, Tbilisi", ["Febuary 2019 – Agust 2021"]),
    ("Gärtnerin Ferbuar 2019", ["Ferbuar 2019"]),  # after a folded letter: both maps apply
    ("Software Engineer (Jan 2019 – Mar 2021)", ["Jan 2019 – Mar 2021"]),
    ("Sept 2020 –   ", ["Sept 2020 –"]),
    ("May 2026 (Expected), Boston", ["May 2026 (Expected)"]),
    ("Since August 2024, Berlin", ["Since August 2024"]),
    ("(2018–2020)", ["2018–2020"]),
    ("Acme | Mar. 2024 - present | Remote", ["Mar. 2024 - present"]),
    ("PRE\u0301SENT: 2019 – pre\u0301sent!", ["2019 – pre\u0301sent"]),  # decomposed accents map back
    ("Été 2019 – Ｊan 2020", ["Été 2019 – Ｊan 2020"]),  # fullwidth letters fold like the vocabulary
    ("Analyst, Nov- ember 2019 – 2021", ["Nov- ember 2019 – 2021"]),  # a wrapped month keeps the text's offsets
]


@pytest.mark.parametrize(("text", "texts"), SPANS)
def test_spans(text, texts):
    rs = find_dates(text)
    assert [r.text for r in rs] == texts
    assert all(text[r.span[0]:r.span[1]] == r.text for r in rs)


def test_range_fields():
    (r,) = find_dates("Dec 2021 – Mar 2022")
    assert r == DateRange(PartialDate(2021, 12), PartialDate(2022, 3), current=False, single=False,
                          span=(0, 19), text="Dec 2021 – Mar 2022")
    (r,) = find_dates("since 2020")
    assert (r.start, r.end, r.current, r.single) == (PartialDate(2020), None, True, False)
    (r,) = find_dates("May 2019")
    assert (r.start, r.end, r.current, r.single, r.expected) == (PartialDate(2019, 5), None, False, True, False)


@pytest.mark.parametrize(("text", "expected"), [
    ("  (2018–2020). ", "2018..2020"),
    ("March 2024 – Present", "2024-03..present"),
    ("[Expected May 2026]", "2026-05 (expected)"),
    ("— 2019 —", "2019..present"),  # the dash after it is an open end
    ("Dates: 2019 – 2021", None),
    ("Jan 2019 – Mar 2021 Berlin", None),
    ("2019 – 2021, 2022", None),
    ("hello", None),
    ("", None),
])
def test_parse_date_range(text, expected):
    r = parse_date_range(text)
    assert (summary(r) if r else None) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("May 2019", PartialDate(2019, 5)),
    ("07.03.2019", PartialDate(2019, 3, 7)),
    ("2019", PartialDate(2019)),
    ("Summer 2012", PartialDate(2012)),
    ("Expected May 2026", PartialDate(2026, 5)),
    (" (Sept. 2020) ", PartialDate(2020, 9)),
    ("2019 – 2021", None),
    ("since 2020", None),
    ("May", None),
    ("May 2019 and more", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Worked there since 2020", True),
    ("2019-2021", True),
    ("no dates here", False),
    ("+1 (555) 201-2020", False),
    ("May I", False),
])
def test_has_date(text, expected):
    assert has_date(text) is expected


def test_partial_date_iso_and_checks():
    assert PartialDate(2021).iso() == "2021"
    assert PartialDate(2021, 3).iso() == "2021-03"
    assert PartialDate(2021, 3, 7).iso() == "2021-03-07"
    with pytest.raises(ValueError):
        PartialDate(2021, 13)
    with pytest.raises(ValueError):
        PartialDate(2021, None, 3)
    with pytest.raises(ValueError):
        PartialDate(2021, 2, 29)


def test_hostile_strings_are_linear():
    # These would hang a backtracking pattern; here they must simply return.
    assert find_dates("1-" * 100_000) == []
    assert find_dates("a." * 100_000) == []
    assert find_dates("2019-" * 40_000) == []  # a chain of digit groups is no date
    assert len(find_dates("May 2019, " * 20_000)) == 20_000
    assert len(find_dates("2019年" * 40_000)) == 1  # only the last is not followed by digits
    assert len(find_dates("平成27年" * 40_000)) == 40_000
    assert len(find_dates("09/1996 " * 25_000)) == 12_500  # pairs
    assert len(find_dates("desde 2019 hasta " * 10_000)) == 10_000
    assert find_dates("令和" * 100_000) == []


@pytest.mark.parametrize(("year", "month", "expected"), [
    ("2015", "4", PartialDate(2015, 4)),
    ("2015年", "4月", PartialDate(2015, 4)),
    (" 2015 年 ", " 04 月 ", PartialDate(2015, 4)),
    ("２０１５", "４", PartialDate(2015, 4)),
    ("平成27", "4", PartialDate(2015, 4)),
    ("平成27年", None, PartialDate(2015)),
    ("令和元年", "5", PartialDate(2019, 5)),
    ("令和元", None, PartialDate(2019)),
    ("昭和64", "1", PartialDate(1989, 1)),
    ("2015", None, PartialDate(2015)),
    ("2015", "13", None),
    ("2015", "", None),  # a month cell given must hold a month
    ("2015", "4 入学", None),
    ("平成", "4", None),
    ("15", "4", None),
    ("1949", "4", None),
    ("2015-04", None, None),
])
def test_parse_year_month(year, month, expected):
    assert D.parse_year_month(year, month) == expected


def test_other_language_vocabulary():
    """Words come from the vocabulary: adding months (as a new TOML file would) is enough."""
    en = merged()
    french = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre",
              "novembre", "decembre")
    vocab = dataclasses.replace(en, months=tuple(m + (fr,) for m, fr in zip(en.months, french)),
                                present=en.present + ("aujourd hui",), since_words=en.since_words + ("depuis",))
    g = D.Grammar(vocab)
    read = [summary(r) for r in D._iter("SEPTEMBRE 2019 – PRÉSENT ; août 2017 – aujourd’hui ; depuis Mai 2020", g)]
    assert read == ["2019-09..present", "2017-08..present", "2020-05..present"]


# --- properties --------------------------------------------------------------------------------

DATEISH = st.lists(st.sampled_from([
    "2019", "1999", "2100", "1949", "'17", "01", "12", "7", "/", "-", "–", ".", " ", "  ", ",", "(", ")",
    "May", "Sept.", "march", "Present", "now", "to", "since", "Expected", "Summer", "VII", "x", "$", "+1", "\t",
    "\n", "É", "e\u0301", "ß", "İ", "年", "月", "日", "4", "至今", "現在", "今", "平成", "令和", "元", "～", "〜", "２",
    "de", "desde", "г.", "入社",
]), max_size=30).map("".join)


def _check_results(text: str) -> None:
    last = 0
    for r in find_dates(text):
        a, b = r.span
        assert last <= a < b <= len(text)
        assert r.text == text[a:b]
        assert r.start is not None
        last = b


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_find_dates_never_raises_on_any_text(text):
    _check_results(text)


@settings(max_examples=200, deadline=None)
@given(DATEISH)
def test_find_dates_never_raises_on_date_like_text(text):
    _check_results(text)
    assert has_date(text) == bool(find_dates(text))


def _month_names(month: int) -> tuple[str, str]:
    """The longest and the shortest name the vocabulary gives a month (e.g. "September", "Sep")."""
    names = sorted(merged().months[month - 1], key=len)
    return names[-1].capitalize(), names[0].capitalize()


def _japanese_era(year: int) -> str:
    """"令和元年" for 2019, "平成27年" for 2015, "昭和60年" for 1985."""
    for era, first in (("令和", 2019), ("平成", 1989), ("昭和", 1926)):
        if year >= first:
            n = year - first + 1
            return f"{era}{'元' if n == 1 else n}年"
    raise ValueError(year)


FORMATS = [
    lambda y, m: f"{_month_names(m)[0]} {y}",
    lambda y, m: f"{_month_names(m)[1]}. {y}",
    lambda y, m: f"{m:02d}/{y}",
    lambda y, m: f"{y}-{m:02d}",
    lambda y, m: f"{m:02d}.{y}",
    lambda y, m: f"{y}年{m}月",
    lambda y, m: f"{_japanese_era(y)}{m}月",
    lambda y, m: f"{y}年{m}月".translate({ord(c): ord(c) + 0xFEE0 for c in "0123456789"}),  # full-width digits
]
YEARS = st.integers(min_value=1950, max_value=2100)
MONTHS = st.integers(min_value=1, max_value=12)


@settings(max_examples=200, deadline=None)
@given(YEARS, MONTHS, st.sampled_from(FORMATS))
def test_round_trip_single(year, month, fmt):
    r = parse_date_range(fmt(year, month))
    assert r is not None and r.single
    assert r.start == PartialDate(year, month)


@settings(max_examples=200, deadline=None)
@given(YEARS, MONTHS, st.sampled_from(FORMATS), YEARS, MONTHS, st.sampled_from(FORMATS),
       st.sampled_from([" – ", " - ", " to ", "–", " — ", "～", " 〜 "]))
def test_round_trip_range(y1, m1, f1, y2, m2, f2, sep):
    r = parse_date_range(f1(y1, m1) + sep + f2(y2, m2))
    assert r is not None and not r.single and not r.current
    assert (r.start, r.end) == (PartialDate(y1, m1), PartialDate(y2, m2))


@settings(max_examples=200, deadline=None)
@given(YEARS, YEARS, st.sampled_from(["", "Worked at Acme ", "(", "Acme | "]))
def test_year_range_is_a_range(y1, y2, prefix):
    text = f"{prefix}{y1}-{y2}"
    (r,) = find_dates(text)
    assert (r.start, r.end, r.single, r.current) == (PartialDate(y1), PartialDate(y2), False, False)
    assert r.text == f"{y1}-{y2}"


# The document's day/month order: its own dates that tell, else its language; an "a/b/YYYY" whose
# range leaves the order open reads it (outside any document: the year alone).
@pytest.mark.parametrize(("texts", "language", "order"), [
    (["15/04/2018 – 30/06/2019", "01/03/2019 – Present"], "en", "dm"),   # 15 and 30 are days
    (["04/15/2018 – 06/30/2019", "01/03/2019 – Present"], "it", "md"),   # the dates tell, not the language
    (["01/03/2019 – ATTUALE"], "it", "dm"),                              # European: day first
    (["01/03/2019 – heute"], "de", "dm"),
    (["01/03/2019 – Present"], "en", None),                              # US or UK: cannot tell
    (["01/03/2019 – Present"], None, None),
    (["2019/03/01"], "ja", None),
    (["13/04/2018", "04/13/2019"], "fr", None),                          # both told: no order
    (["Version 1.2.2019", "ref 5-6-20190"], "fr", "dm"),                 # not dates: the language decides
])
def test_document_order(texts, language, order):
    assert D.document_order(texts, language) == order


@pytest.mark.parametrize(("order", "start"), [
    (None, "2019"), ("dm", "2019-03-01"), ("md", "2019-01-03"),
])
def test_an_ambiguous_date_reads_in_the_documents_order(order, start):
    with D.day_order(order):
        [r] = D.find_dates("01/03/2019 – ATTUALE")
        [told] = D.find_dates("01/03/2019 – 28/02/2021")  # its own range tells: day first in any order
    assert r.start.iso() == start and r.current
    assert (told.start.iso(), told.end.iso()) == ("2019-03-01", "2021-02-28")
    [outside] = D.find_dates("01/03/2019 – ATTUALE")
    assert outside.start.iso() == "2019"


# A word or a number that ends a name's cell does not join the next cell's date: a city named
# like a month, a campus number, a legal form that is also a lead word ("ab", German "from").
@pytest.mark.parametrize(("text", "start", "end"), [
    ("Federal University of Rio de Janeiro\t2011 — 2015", "2011", "2015"),
    ("Augusta Technical College of May\t2008 – 2010", "2008", "2010"),
    ("Université Lumière Lyon 2\tSep 2012 – Jun 2015", "2012-09", "2015-06"),
    ("Université Lumière Lyon 2 \tSep 2012 – Jun 2015", "2012-09", "2015-06"),
    ("HALVORSEN BYGG AB\t03/2018 - PRESENT", "2018-03", None),
    ("Janeiro\t2010 — 2014", "2010-01", "2014"),                 # a month alone in its cell: a date
    ("Since May\t2020", "2020-05", None),                        # a lead word and a month alone: a date
    ("Started: March\t2019", "2019-03", None),                   # a label, not a name, before the month
    ("Federal University of Rio de Janeiro 2011 — 2015", "2011-01", "2015"),  # no cell gap: unchanged
])
def test_a_name_ending_its_cell_keeps_its_last_word(text, start, end):
    for found in (D.find_dates(text), D.find_cell_dates(text)):
        r = found[0]
        assert r.start.iso() == start
        assert (r.end.iso() if r.end else None) == end


# A timeline rail's two ends side by side without a dash, alone in a row's first cell: a range.
@pytest.mark.parametrize(("text", "start", "end", "current"), [
    ("May 2020 Present\tOperations Lead", "2020-05", None, True),
    ("Mar 2017 Apr 2020\tShift Supervisor", "2017-03", "2020-04", False),
    ("Mar 2017 Apr 2020 \tShift Supervisor", "2017-03", "2020-04", False),
    ("Jan 2019 Jan 2019\tIntern", "2019-01", "2019-01", False),
    ("Apr 2020 Mar 2017\tShift Supervisor", "2020-04", None, False),          # the second before the first
    ("Mar 2017 Apr 2020 Tarrow\tShift Supervisor", "2017-03", None, False),    # more in the cell
    ("Mar 2017 Apr 2020", "2017-03", None, False),                            # no cell gap
    ("Tarrow Mar 2017 Apr 2020\tShift Supervisor", "2017-03", None, False),    # not the row's start
    ("2017 Apr 2020\tShift Supervisor", "2017", None, False),                 # a start without its month
    ("May 2020 Tarrow\tOperations Lead", "2020-05", None, False),             # not a "present" word
])
def test_a_rails_two_ends_in_a_rows_first_cell_are_a_range(text, start, end, current):
    r = D.find_dates(text)[0]
    assert (r.start.iso(), r.end.iso() if r.end else None, r.current) == (start, end, current)
    assert r.text == text[r.span[0]:r.span[1]]


@pytest.mark.parametrize(("text", "plain_span"), [
    ("Harwick College of Rio de Janeiro\t2011 — 2015", (34, 45)),
    ("Sep 2012\t–\tJun 2015", (0, 19)),
    ("  May 2020 Present \t Operations Lead", (0, 16)),
])
def test_cell_dates_index_the_plain_text(text, plain_span):
    plain = " ".join(c.strip() for c in text.split("\t") if c.strip())
    r = D.find_cell_dates(text)[0]
    assert r.span == plain_span and r.text == plain[r.span[0]:r.span[1]]
