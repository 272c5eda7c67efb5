"""resumekit.fields.rirekisho: the 学歴・職歴 table of a Japanese 履歴書, rows paired into entries.
Schools and companies here are made up for these tests."""
from __future__ import annotations

import pytest

from resumekit import assemble
from resumekit.document import Document
from resumekit.fields.rirekisho import read_rirekisho, school_and_unit

from .helpers import lines, section


def entries(*rows):
    """The table's entries, each as (kind, name, degree, start, end, current)."""
    h = read_rirekisho(lines(*rows))
    if h is None:
        return None
    return ([("edu", e.institution, e.degree, e.start, e.end, e.current) for e in h.education]
            + [("work", e.company, None, e.start, e.end, e.current) for e in h.experience])


TABLES = [
    # the standard form: year | month | event, part headings, "still there", the closing row
    (("学歴", "2015\t4\t北辰大学 工学部 入学", "2019\t3\t北辰大学 工学部 卒業",
      "職歴", "2019\t4\t株式会社ツキノワ 入社", "2023\t3\t株式会社ツキノワ 退職", "2023\t4\t合同会社ホシクズ 入社",
      "現在に至る", "以上"),
     [("edu", "北辰大学", "工学部", "2015-04", "2019-03", False),
      ("work", "株式会社ツキノワ", None, "2019-04", "2023-03", False),
      ("work", "合同会社ホシクズ", None, "2023-04", None, True)]),
    # one line per event, the year and month written with 年 and 月; unspaced names
    (("2016年4月 南陵大学理学部物理学科入学", "2020年3月 南陵大学理学部物理学科卒業",
      "2020年4月 株式会社アオバ計測入社", "現在に至る"),
     [("edu", "南陵大学", "理学部物理学科", "2016-04", "2020-03", False),
      ("work", "株式会社アオバ計測", None, "2020-04", None, True)]),
    # era years (平成31 and 令和元 are both 2019), a ditto mark repeating the year above
    (("平成27\t4\t北辰大学 入学", "平成31\t3\t北辰大学 卒業", "〃\t4\t株式会社ツキノワ 入社",
      "令和元\t10\t株式会社ツキノワ 退職"),
     [("edu", "北辰大学", None, "2015-04", "2019-03", False),
      ("work", "株式会社ツキノワ", None, "2019-04", "2019-10", False)]),
    (("平成27年\t4月\t北辰大学 入学", "同\t3月\t北辰大学 中退"),  # the word 同 as a ditto; 中退 leaves
     [("edu", "北辰大学", None, "2015-04", "2015-03", False)]),
    # a leaving row naming a reason instead of the company closes the latest open job
    (("2019\t4\t株式会社ツキノワ 入社", "2021\t3\t一身上の都合により退職"),
     [("work", "株式会社ツキノワ", None, "2019-04", "2021-03", False)]),
    # a leaving row names the school it closes, not only the latest ("同大学院" matches none: latest)
    (("2012\t4\tみなと高等学校 入学", "2015\t4\t北辰大学 入学", "2015\t3\tみなと高等学校 卒業",
      "2019\t3\t北辰大学 卒業"),
     [("edu", "みなと高等学校", None, "2012-04", "2015-03", False),
      ("edu", "北辰大学", None, "2015-04", "2019-03", False)]),
    (("2019\t4\t北辰大学大学院 工学研究科 入学", "2021\t3\t同大学院 修了", "2021\t4\t株式会社ツキノワ 入社"),
     [("edu", "北辰大学大学院", "工学研究科", "2019-04", "2021-03", False),
      ("work", "株式会社ツキノワ", None, "2021-04", None, False)]),  # no 現在に至る: not said to be current
    # a single leaving row: an entry with its end only
    (("2015\t3\tみなと高等学校 卒業", "2015\t4\t株式会社ツキノワ 入社"),
     [("edu", "みなと高等学校", None, None, "2015-03", False),
      ("work", "株式会社ツキノワ", None, "2015-04", None, False)]),
    (("2015\t3\tみなと高等学校 卒業", "2018\t3\t株式会社ツキノワ 退職"),
     [("edu", "みなと高等学校", None, None, "2015-03", False),
      ("work", "株式会社ツキノワ", None, None, "2018-03", False)]),
    # "still there" under 学歴 is the school's (a student)
    (("学歴", "2022\t4\t北辰大学 工学部 入学", "現在に至る", "職歴", "2021\t4\t喫茶ホシクズ 入社"),
     [("edu", "北辰大学", "工学部", "2022-04", None, True),
      ("work", "喫茶ホシクズ", None, "2021-04", None, False)]),
    # part headings and the closing word printed with spaces between their characters
    (("学　歴", "2015\t4\t北辰大学 入学", "職　歴", "2019\t4\t株式会社ツキノワ 入社", "以　上"),
     [("edu", "北辰大学", None, "2015-04", None, False),
      ("work", "株式会社ツキノワ", None, "2019-04", None, False)]),
    # a year cell alone (the month cell left empty, so the row has two cells)
    (("2015\t北辰大学 入学", "2019\t北辰大学 卒業"),
     [("edu", "北辰大学", None, "2015", "2019", False)]),
    # full-width digits in the cells
    (("２０１５\t４\t北辰大学 入学", "２０１９\t３\t北辰大学 卒業"),
     [("edu", "北辰大学", None, "2015-04", "2019-03", False)]),
    # not this table: a career sheet with date ranges, prose, an English section, one event only
    (("2019年4月～2023年3月 株式会社ツキノワ", "• 受託開発を担当", "2023年4月～現在 合同会社ホシクズ"), None),
    (("Acme Corp — Engineer", "Jan 2019 – Mar 2021", "• Built things"), None),
    (("2019\t4\t株式会社ツキノワ 入社",), None),
    # kind rows must be at least half the dated rows
    (("2019年4月 株式会社ツキノワ 入社", "2020年1月 受賞", "2020年5月 登壇", "2021年2月 執筆", "2022年3月 株式会社ツキノワ 退職"),
     None),
    ((), None),
]


@pytest.mark.parametrize(("rows", "expected"), TABLES)
def test_tables(rows, expected):
    assert entries(*rows) == expected


def test_details_and_the_text_after_the_kind_word_are_highlights():
    h = read_rirekisho(lines("2019\t4\t株式会社ツキノワ 入社（システムエンジニア）", "2020\t10\t第二開発部に配属",
                             "2021\t3\t株式会社ツキノワ 退職"))
    assert h.experience[0].highlights == ["システムエンジニア", "2020 10 第二開発部に配属"]


def test_the_table_ends_at_the_closing_row_or_another_dated_table():
    h = read_rirekisho(lines("2019\t4\t株式会社ツキノワ 入社", "現在に至る", "以上", "年\t月\t免許・資格",
                             "2018\t11\t基本情報技術者試験 合格"))
    assert [l.plain for l in h.rest] == ["年 月 免許・資格", "2018 11 基本情報技術者試験 合格"]
    assert len(h.experience) == 1 and h.experience[0].highlights == []
    h = read_rirekisho(lines("2019\t4\t株式会社ツキノワ 入社", "2021\t3\t株式会社ツキノワ 退職", "年\t月\t免許・資格",
                             "2018\t11\t基本情報技術者試験 合格"))
    assert [l.plain for l in h.rest] == ["年 月 免許・資格", "2018 11 基本情報技術者試験 合格"]
    assert h.experience[0].highlights == []


@pytest.mark.parametrize(("name", "institution", "degree"), [
    ("北辰大学 工学部 情報工学科", "北辰大学", "工学部 情報工学科"),
    ("北辰大学工学部情報工学科", "北辰大学", "工学部情報工学科"),
    ("北辰大学大学院工学研究科", "北辰大学大学院", "工学研究科"),  # the graduate school stays with it
    ("北辰大学大学院 工学研究科", "北辰大学大学院", "工学研究科"),
    ("県立みなと高等学校", "県立みなと高等学校", None),
    ("県立 みなと高等学校", "県立 みなと高等学校", None),  # no school word before the last part
    ("みなと学園高等学校", "みなと学園高等学校", None),
    ("みなと高等専門学校 機械工学科", "みなと高等専門学校", "機械工学科"),
    ("ホシクズ塾", "ホシクズ塾", None),  # no school word at all: the whole name
])
def test_school_names(name, institution, degree):
    assert school_and_unit(name) == (institution, degree)


def test_assemble_reads_a_table_under_either_heading():
    rows = ("学歴", "2015\t4\t北辰大学 工学部 入学", "2019\t3\t北辰大学 工学部 卒業", "職歴",
            "2019\t4\t株式会社ツキノワ 入社", "現在に至る", "以上", "年\t月\t免許・資格", "2018\t11\t基本情報技術者試験 合格")
    for kind in ("education", "experience"):
        sec = section(kind, *rows)
        c = assemble(Document(lines=sec.lines, format="text"), [sec])
        assert [(e.institution, e.degree, e.start, e.end) for e in c.education] == [
            ("北辰大学", "工学部", "2015-04", "2019-03")]
        assert [(e.company, e.start, e.current) for e in c.experience] == [("株式会社ツキノワ", "2019-04", True)]
        assert [o.text for o in c.other_sections] == ["年 月 免許・資格\n2018 11 基本情報技術者試験 合格"]


def test_a_table_without_a_closing_row_leaves_nothing_after_it():
    h = read_rirekisho(lines("2019\t4\t株式会社ツキノワ 入社（システムエンジニア）", "2021\t3\t株式会社ツキノワ 退職（転職のため）"))
    assert h.rest == ()
    assert h.experience[0].highlights == ["システムエンジニア", "転職のため"]
    sec = section("experience", "2019\t4\t株式会社ツキノワ 入社", "2021\t3\t株式会社ツキノワ 退職 転居")
    c = assemble(Document(lines=sec.lines, format="text"), [sec])
    assert [(e.company, e.start, e.end) for e in c.experience] == [("株式会社ツキノワ", "2019-04", "2021-03")]
    assert c.other_sections == []


def test_assemble_leaves_other_sections_to_their_readers():
    sec = section("experience", "Engineer, Acme Corp", "Jan 2019 – Mar 2021", "• Built things")
    c = assemble(Document(lines=sec.lines, format="text"), [sec])
    assert [(e.company, e.title, e.start) for e in c.experience] == [("Acme Corp", "Engineer", "2019-01")]
    assert c.education == []


@pytest.mark.parametrize(("text", "may"), [
    ("2015\t4\t北辰大学 入学", True),
    ("Jan 2019 – Mar 2021\tAcme Corp", False),
    ("Ünïversité Lumière — 2019", False),  # accents fold to Latin letters, never into CJK
    ("２０１９\t３", True),  # full-width digits are above U+2E80: the row is read
    ("", False),
])
def test_only_text_that_can_fold_into_a_kind_word_is_read_as_a_row(text, may):
    from resumekit.fields.rirekisho import _may_hold_kind_word

    assert _may_hold_kind_word(text) is may


def test_a_section_without_cjk_is_left_unread(monkeypatch):
    import resumekit.fields.rirekisho as rirekisho

    def no_dates(*a, **k):
        raise AssertionError("a Latin section's dates were read")

    monkeypatch.setattr(rirekisho, "find_dates", no_dates)
    monkeypatch.setattr(rirekisho, "parse_year_month", no_dates)
    assert read_rirekisho(lines("Acme Corp — Engineer", "Jan 2019 – Mar 2021", "2019\t4\tJoined Acme")) is None
