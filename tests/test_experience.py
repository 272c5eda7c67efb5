import pytest

from resumekit.fields.experience import read_experience, technologies_of

from .helpers import lines, section


def _entries(sec):
    entries, _ = read_experience(sec)
    return entries


@pytest.mark.parametrize("rows, expected", [
    # company and dates on one line, title and place on the next (LaTeX templates)
    (["Acme Corp\tJan 2020 – Present", "Senior Software Engineer\tBerlin, Germany", "• Built things"],
     ("Acme Corp", "Senior Software Engineer", "Berlin, Germany", "2020-01", None, True)),
    # "Company, City — Title" over a dates line (Google Docs)
    (["University Recreation, Harrisonburg, VA — Lifeguard", "JANUARY 2023 - PRESENT", "• Watched pools"],
     ("University Recreation", "Lifeguard", "Harrisonburg, VA", "2023-01", None, True)),
    # "Title at Company" with dates
    (["Data Analyst at Northwind Traders, 2018 – 2020"], ("Northwind Traders", "Data Analyst", None, "2018", "2020", False)),
    # "Company: Title" (pandoc)
    (["Globex Group: Senior Backend Developer", "Oct 2021 – Present"],
     ("Globex Group", "Senior Backend Developer", None, "2021-10", None, True)),
    # title first, then "Company | City"
    (["Software Engineer Intern\tJune - August 2017", "Initech | New York, NY", "Wrote a survey service."],
     ("Initech", "Software Engineer Intern", "New York, NY", "2017-06", "2017-08", False)),
    # "Title | Company | Dates" in three cells (Typst)
    (["Backend Developer\tHooli\t01/2019 - 03/2020"], ("Hooli", "Backend Developer", None, "2019-01", "2020-03", False)),
])
def test_one_entry(rows, expected):
    (exp,) = _entries(section("experience", *rows))
    assert (exp.company, exp.title, exp.location, exp.start, exp.end, exp.current) == expected


def test_several_entries_follow_the_first_ones_shape():
    sec = section("experience",
                  "Acme Corp\t2020 – Present", "Engineer\tBerlin, Germany", "• A", "• B",
                  "Globex\t2018 – 2020", "Analyst\tParis, France", "• C")
    got = [(e.company, e.title, e.start, e.end) for e in _entries(sec)]
    assert got == [("Acme Corp", "Engineer", "2020", None), ("Globex", "Analyst", "2018", "2020")]


def test_roles_under_one_employer_share_it():
    sec = section("experience", "Initech", "Senior Engineer\t2021 – Present", "• Led", "Engineer\t2019 – 2021", "• Built")
    got = [(e.company, e.title) for e in _entries(sec)]
    assert got == [("Initech", "Senior Engineer"), ("Initech", "Engineer")]


def test_bullets_without_a_header_are_kept():
    (exp,) = _entries(section("experience", "• Did something useful", "• And more"))
    assert exp.highlights == ["Did something useful", "And more"] and exp.company is None


def test_technologies_and_highlights():
    sec = section("experience", "Acme\tDeveloper\t2019 – 2020", "Stack: Go, Postgres, Kafka", "• Shipped it")
    (exp,) = _entries(sec)
    assert exp.technologies == ["Go", "Postgres", "Kafka"]
    assert exp.highlights == ["Shipped it"]


@pytest.mark.parametrize("text, expected", [
    ("Stack: Go, Postgres", ["Go", "Postgres"]),
    ("Tech: React | Node", ["React", "Node"]),
    ("Kotlin | Postgres | ElasticSearch | Kubernetes", ["Kotlin", "Postgres", "ElasticSearch", "Kubernetes"]),
    ("Led a team of five engineers.", None),
])
def test_technologies_of(text, expected):
    (line,) = lines(text)
    assert technologies_of(line) == expected


def test_an_undated_line_between_dated_entries_is_description():
    sec = section("experience", "Acme\tEngineer\t2019 – 2021", "• Built the thing",
                  "One of the projects I did on my own was a compiler for a toy language",
                  "Globex\tAnalyst\t2017 – 2019", "• Counted beans")
    got = _entries(sec)
    assert [(e.company, e.title) for e in got] == [("Acme", "Engineer"), ("Globex", "Analyst")]
    assert got[0].summary.startswith("One of the projects")


def test_undated_entries_split_where_the_first_style_returns():
    sec = section("experience", "Nimbus Inc.", "Lead Backend Developer", "• Wrote services",
                  "McGill University", "Computer Science, Economics & Mathematics Tutor", "• Tutored",
                  bold=(0, 3))
    got = _entries(sec)
    assert [(e.company, e.title) for e in got] == [
        ("Nimbus Inc.", "Lead Backend Developer"), ("McGill University", "Computer Science, Economics & Mathematics Tutor")]


@pytest.mark.parametrize("header, expected", [
    ("ASOS | Technical Lead / Solution Architect", ("ASOS", "Technical Lead / Solution Architect")),  # " / " joins titles
    ("Research assistants in telecommunications | CentraleSupélec",                                   # plural title word
     ("CentraleSupélec", "Research assistants in telecommunications")),
    ("International Organization for Migration; Nairobi, Kenya — Senior Medical Assistant",          # ";" separates
     ("International Organization for Migration", "Senior Medical Assistant")),
    ("Data Engineer, Northwind Traders, Leeds", ("Northwind Traders", "Data Engineer")),              # a capitalised plural is a name
])
def test_header_shapes(header, expected):
    (exp,) = _entries(section("experience", header + "\t2020 – 2021"))
    assert (exp.company, exp.title) == expected


def test_dates_in_a_bullet_row_belong_to_the_header():
    sec = section("experience", "Acme, Software Engineer\tCupertino, CA",
                  "• Reduced time to render lists by 75% with a prediction step\tJune 2005 – Aug 2007",
                  "• Integrated chat with search")
    (e,) = _entries(sec)
    assert (e.company, e.title, e.location, e.start, e.end) == ("Acme", "Software Engineer", "Cupertino, CA",
                                                                "2005-06", "2007-08")
    assert e.highlights[0].startswith("Reduced time")


def test_second_role_under_a_dated_company_line():
    sec = section("experience", "Initech\tJan 2022 – Present", "Application Developer", "• Built",
                  "Intern in Application Development\tJun 2021 – Dec 2021", "• Learned")
    got = [(e.company, e.title) for e in _entries(sec)]
    assert got == [("Initech", "Application Developer"), ("Initech", "Intern in Application Development")]


def test_lists_of_names_order_from_the_section_and_loose_text():
    sec = section("experience", "For exact dates see my website.",
                  "ESL Teacher", "2018 – 2023",
                  "Northgate College of Languages, Westfield Institute, Ready Tutors, Kids & Teens Academy, etc.",
                  "Customer Service and Reception (Retail)", "2004 – 2013", "Harvey Stores, QBD Books, Coles, etc.",
                  bold=(1, 4))
    entries, loose = read_experience(sec)
    assert [(e.title, e.company) for e in entries] == [
        ("ESL Teacher", "Northgate College of Languages, Westfield Institute, Ready Tutors, Kids & Teens Academy, etc."),
        ("Customer Service and Reception (Retail)", "Harvey Stores, QBD Books, Coles, etc.")]  # the first entry's order
    assert loose == ["For exact dates see my website."]
