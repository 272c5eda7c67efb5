"""The fixtures of fixtures/unseen-intl (built by make_unseen_intl.py): résumés in languages beyond
Western Europe, each laid out the way CVs in that language usually are (a Chinese 简历 with
"2019.07 - 至今 ⇥ company ⇥ title" rows, a Korean 이력서 of bordered tables, a Japanese 職務経歴書
with ■-marked headings, a Russian and a Turkish Word CV, a Ukrainian plain-text one). The expected
values are the truth by construction: what the page prints.

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
import pytest

from .conftest import FIXTURES, PINNED
from .helpers import cached_parser, row_params, xfail

UNSEEN = FIXTURES / "unseen-intl"

# name, headline (None: the document prints none), the first words of the summary (None: none)
PERSON = {
    "zh-jianli.pdf": [("林晓雯", "数据分析师", None)],
    "ko-iryeokseo.docx": [("김서연", None, None)],
    "ja-shokumu.pdf": [("高橋 遼", None, "受託開発会社で業務システムの設計")],
    "ru-rezume.docx": [("Ирина Соколова", "Аналитик данных", None)],
    "tr-ozgecmis.docx": [("Elif Yıldırım", "Yazılım Mühendisi", None)],
    "uk-rezyume.txt": [("ОКСАНА МЕЛЬНИК", "Інженерка з тестування", None)],
}

# the e-mail address and the place as printed (None: the document prints none)
CONTACT = {
    "zh-jianli.pdf": [("lin.xiaowen@example.com", "杭州")],
    "ko-iryeokseo.docx": [("seoyeon.kim@example.com", "서울특별시 마포구")],
    "ja-shokumu.pdf": [("ryo.takahashi@example.com", None)],
    "ru-rezume.docx": [("irina.sokolova@example.com", "Казань")],
    "tr-ozgecmis.docx": [("elif.yildirim@example.com", "İzmir")],
    "uk-rezyume.txt": [("oksana.melnyk@example.com", "Львів")],
}

# (title, company, location, start, end) as printed; "present" for an ongoing role; then the
# number of the role's bullets
EXPERIENCE = {
    "zh-jianli.pdf": [("数据分析师", "浙江云栈科技有限公司", None, "2019-07", "present", 2),
                      ("运营专员", "东湖零售集团", None, "2017-07", "2019-06", 1)],
    "ko-iryeokseo.docx": [("선임연구원", "바다로물류 주식회사", None, "2022-03", "present", 0),
                          ("연구원", "주식회사 누리소프트", None, "2018-03", "2022-02", 0)],
    "ja-shokumu.pdf": [("シニアエンジニア", "株式会社アオバデータ", None, "2020-04", "present", 0),
                       ("システムエンジニア", "株式会社ミナトソフト", None, "2016-04", "2020-03", 0)],
    "ru-rezume.docx": [("Ведущий аналитик", "ООО «Северный ветер»", None, "2020-03", "present", 2),
                       ("Аналитик", "АО «Тайга Логистик»", None, "2017-09", "2020-02", 1)],
    "tr-ozgecmis.docx": [("Kıdemli Yazılım Mühendisi", "Körfez Yazılım A.Ş.", None, "2021-01", "present", 1),
                         ("Yazılım Mühendisi", "Ege Lojistik Ltd. Şti.", None, "2018-09", "2020-12", 0)],
    "uk-rezyume.txt": [("Старша інженерка з тестування", "ТОВ «Карпатський код»", "Львів", "2019-09", "present", 1),
                       ("Інженерка з тестування", "ТОВ «Дністер Софт»", "Тернопіль", "2017-03", "2019-08", 0)],
}

# (degree, institution, start, end); a school printed with one date has only its end. The degree
# of a row that prints the department and no degree word is the department (as the 履歴書 reader
# gives it: "工学部 情報工学科").
EDUCATION = {
    "zh-jianli.pdf": [("本科", "南江大学", "2013-09", "2017-06")],
    "ko-iryeokseo.docx": [("컴퓨터공학과", "한빛대학교", "2014-03", "2018-02")],
    "ja-shokumu.pdf": [("工学部 情報工学科", "北辰大学", None, "2016-03")],
    "ru-rezume.docx": [("Магистр, Прикладная математика", "Волжский государственный университет", "2015", "2017"),
                       ("Бакалавр, Математика", "Волжский государственный университет", "2011", "2015")],
    "tr-ozgecmis.docx": [("Bilgisayar Mühendisliği (Lisans)", "Orta Anadolu Üniversitesi", "2014", "2018")],
    "uk-rezyume.txt": [("Бакалавр, Комп'ютерні науки", "Подільський національний університет", "2013", "2017")],
}

# the field of study of each school, where the row prints one apart from the degree
FIELDS = {"zh-jianli.pdf": ["统计学"], "ja-shokumu.pdf": [None], "ko-iryeokseo.docx": [None]}

# (language, level as printed)
LANGUAGES = {
    "zh-jianli.pdf": [("普通话", "母语"), ("英语", "CET-6")],
    "ko-iryeokseo.docx": [("영어", "TOEIC 900")],
    "ja-shokumu.pdf": [],
    "ru-rezume.docx": [("Русский", "родной"), ("Английский", "B2"), ("Татарский", "разговорный")],
    "tr-ozgecmis.docx": [("İngilizce", "İleri (C1)"), ("Almanca", "Başlangıç (A2)")],
    "uk-rezyume.txt": [("Українська", "рідна"), ("Англійська", "B2")],
}

# every skill of the document, in order
SKILLS = {
    "zh-jianli.pdf": [["Python", "SQL", "Tableau", "Excel"]],
    "ko-iryeokseo.docx": [["Java", "Spring Boot", "Kotlin", "MySQL"]],
    "ja-shokumu.pdf": [["Java", "Python", "AWS", "PostgreSQL"]],
    "ru-rezume.docx": [["Python", "SQL", "Power BI", "Excel"]],
    "tr-ozgecmis.docx": [["Java", "Spring Boot", "PostgreSQL", "Docker"]],
    "uk-rezyume.txt": [["Python", "pytest", "Selenium", "Postman"]],
}

# (name, issuer, date) of every certificate of the document
CERTIFICATIONS = {
    "zh-jianli.pdf": [[]],
    "ko-iryeokseo.docx": [[("정보처리기사", "한국산업인력공단", "2017-11")]],
    "ja-shokumu.pdf": [[("基本情報技術者試験", None, "2015-11")]],
    "ru-rezume.docx": [[]],
    "tr-ozgecmis.docx": [[]],
    "uk-rezyume.txt": [[]],
}

KNOWN: dict = {}


def _params(table: dict, field: str):
    return row_params(table, field, KNOWN)


_parse = cached_parser(UNSEEN, PINNED)


def test_every_fixture_is_checked():
    assert {p.name for p in UNSEEN.iterdir()} == set(PERSON) == set(CONTACT) == set(EXPERIENCE) == set(EDUCATION)


@pytest.mark.parametrize("doc, n, row", _params(PERSON, "name"))
def test_name(doc, n, row):
    assert _parse(doc).name == row[0]


@pytest.mark.parametrize("doc, n, row", _params(PERSON, "headline"))
def test_headline(doc, n, row):
    assert _parse(doc).headline == row[1]


@pytest.mark.parametrize("doc, n, row", _params(PERSON, "summary"))
def test_summary(doc, n, row):
    summary = _parse(doc).summary
    assert summary.startswith(row[2]) if row[2] else not summary


@pytest.mark.parametrize("doc, n, row", _params(CONTACT, "contact"))
def test_email_and_place(doc, n, row):
    c = _parse(doc)
    assert c.contact.emails == [row[0]]
    assert (c.contact.location.raw if c.contact.location else None) == row[1]


def _entry(e) -> tuple:
    return (e.title, e.company, e.location, e.start, "present" if e.current else e.end, len(e.highlights))


@pytest.mark.parametrize("doc, n, row", _params(EXPERIENCE, "experience"))
def test_experience(doc, n, row):
    got = _parse(doc).experience
    assert n < len(got) and _entry(got[n]) == row


@pytest.mark.parametrize("doc", sorted(EXPERIENCE))
def test_no_other_experience(doc):
    assert len(_parse(doc).experience) == len(EXPERIENCE[doc])


@pytest.mark.parametrize("doc, n, row", _params(EDUCATION, "education"))
def test_education(doc, n, row):
    got = _parse(doc).education
    assert len(got) == len(EDUCATION[doc])
    e = got[n]
    assert (e.degree, e.institution, e.start, e.end) == row


@pytest.mark.parametrize("doc", [pytest.param(d, marks=KNOWN.get((d, "field", 0), ())) for d in sorted(FIELDS)])
def test_field_of_study(doc):
    assert [e.field_of_study for e in _parse(doc).education] == FIELDS[doc]


@pytest.mark.parametrize("doc", sorted(LANGUAGES))
def test_languages(doc):
    assert sorted((l.name, l.proficiency) for l in _parse(doc).languages) == sorted(LANGUAGES[doc])


@pytest.mark.parametrize("doc, n, row", _params(SKILLS, "skills"))
def test_skills(doc, n, row):
    assert [s.name for s in _parse(doc).skills] == row


@pytest.mark.parametrize("doc, n, row", _params(CERTIFICATIONS, "certifications"))
def test_certifications(doc, n, row):
    assert [(c.name, c.issuer, c.date) for c in _parse(doc).certifications] == row
