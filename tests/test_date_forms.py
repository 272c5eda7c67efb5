"""resumekit.fields.dates: the date forms of round 13, one table row per form (strings invented for
these tests): Hungarian year-first dates, Indonesian months and range words, academic terms with their
year ("WS 2019/20"), quarters and parts of a year ("Q3 2020", "mid-2019", "Anfang 2019", "début 2015"),
two-digit years in a range ("03/19 – 06/21"), "since" written after the year ("2020 óta"), and
what must stay no date; stop 24: Hungarian short months closed by their dot ("2019. márc.") and a
month closed by its dot after the year's ("2019.03."); the Polish year's "r." ("od 2014 r. do 2018
r."); the Turkish "since" after the year's case ending ("2019'dan beri")."""
import pytest

from .test_dates import found

FORMS = [
    # Hungarian: the year first with its dot, the month's name or short form, maybe a day
    ("2019. március – 2021. június", ["2019-03..2021-06"]),
    ("2016. szept. – 2019. febr.", ["2016-09..2019-02"]),
    ("2019. március – jelenleg", ["2019-03..present"]),
    ("2020. május 4. – 2020. május 29.", ["2020-05-04..2020-05-29"]),
    ("2019.03 – 2021.06", ["2019-03..2021-06"]),
    # a short form closed by its own dot, after the year's dot ("márc." of "március"; stop 24)
    ("2018. márc. – jelenleg", ["2018-03..present"]),
    ("2014. márc. – 2017. nov.", ["2014-03..2017-11"]),
    ("2021. márc. 8.", ["2021-03-08"]),
    # the month closed by its dot after the year's ("2019.03.": Hungarian, Korean)
    ("2018.04. – jelenleg", ["2018-04..present"]),
    ("2013.09. – 2016.06.", ["2013-09..2016-06"]),
    ("2017.11. ~ 현재", ["2017-11..present"]),
    ("2020.02.03. – jelenleg", ["2020-02-03..present"]),
    # the Polish year's "r." (rok): the end of a range, not the end of the date ("od 2014 r. do 2018 r.")
    ("od 2014 r. do 2018 r.", ["2014..2018"]),
    ("2011 r. – 2013 r.", ["2011..2013"]),
    ("od 2021 r.", ["2021..present"]),
    ("2017 г – 2019 г", ["2017..2019"]),   # a one-letter suffix before a dash needs no full stop
    # "od roku" (since the year) before the year, "do roku" before the end (Czech, Polish)
    ("od roku 2016 dosud", ["2016..present"]),
    ("od roku 2011 do roku 2014", ["2011..2014"]),
    # Turkish "since" after the year's apostrophe and case ending
    ("2019'dan beri", ["2019..present"]),
    ("Nisan 2015’ten itibaren", ["2015-04..present"]),
    ("2020 yılından bu yana", ["2020..present"]),
    ("2021-től napjainkig", ["2021..present"]),
    ("2019-től 2021-ig", ["2019..2021"]),
    ("2017 – folyamatban", ["2017..present"]),
    # a since word after the year (Hungarian, Finnish): ongoing
    ("2020 óta", ["2020..present"]),
    ("2020. március óta", ["2020-03..present"]),
    ("2021-től", ["2021..present"]),
    ("2019 alkaen", ["2019..present"]),
    ("2019 – 2021 alkaen", ["2019..2021"]),  # (a closed range stays closed)
    # Indonesian
    ("Maret 2019 – Sekarang", ["2019-03..present"]),
    ("Agu 2016 s/d Feb 2019", ["2016-08..2019-02"]),
    ("Januari 2015 sampai Desember 2016", ["2015-01..2016-12"]),
    ("sejak 2020", ["2020..present"]),
    # terms with their academic year, quarters, parts of a year: the year alone
    ("WS 2019/20 – SoSe 2021", ["2019..2021"]),
    ("WS 2021/22 – heute", ["2021..present"]),
    ("SS 2018", ["2018"]),
    ("Fall 2019 – Spring 2021", ["2019..2021"]),
    ("Q3 2020 – Q1 2022", ["2020..2022"]),
    ("Q4 2021 – present", ["2021..present"]),
    ("mid-2019 – present", ["2019..present"]),
    ("early 2016 – late 2018", ["2016..2018"]),
    ("Mitte 2018 – Anfang 2019", ["2018..2019"]),
    ("Ende 2020", ["2020"]),
    ("début 2015 – fin 2015", ["2015..2015"]),
    ("desde mediados de 2017", ["2017..present"]),
    ("meados de 2018 – atual", ["2018..present"]),
    # two-digit years: only two months in a range, the end not before the start
    ("03/19 – 06/21", ["2019-03..2021-06"]),
    ("11/98 - 02/01", ["1998-11..2001-02"]),
    ("Shift lead (03/12 – 02/14)", ["2012-03..2014-02"]),
]

NOT_DATES = [
    ("03/12", []),                 # alone: a fraction, a day and month, a score
    ("05/19 – 03/12", []),         # the end before the start
    ("1/2 – 3/4", []),
    ("12/31 - 01/15", []),         # no month 31 or 15... and no year either way
    ("Marc 2019", ["2019"]),       # a first name, not the Hungarian "márc."
    ("2019. Marc Laval", ["2019"]),  # a short form needs its own dot
    ("2019. Marc. 2020", ["2019", "2020"]),  # ... and no year after it
    ("2018. dezz. 2", ["2018"]),    # a short form of no month
    ("v2019.03.1", []),             # a version, not a month closed by its dot
    ("Since 2018 R&D lead", ["2018..present"]),  # a one-letter year suffix needs its full stop
    ("2016 R, SQL", ["2016"]),
    ("2019'da", ["2019"]),          # a case ending alone says no "since"
    ("Mid-May 2019", ["2019-05"]),  # a part of a month, not "mid" borrowing May's year
    ("2019. May 2020 – present", ["2019", "2020-05..present"]),  # a sentence's end, then a date
    ("Spring-Summer 2019", ["2019..2019"]),
    ("the q3 numbers", []),
]


@pytest.mark.parametrize(("text", "expected"), FORMS + NOT_DATES)
def test_forms(text, expected):
    assert found(text) == expected
