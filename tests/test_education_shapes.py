"""Education shapes of round 13 (fixtures/unseen-edu), each a class of how people write their
schooling, with invented strings: a grade in brackets closing the degree, a field after the first
preposition that does not name the degree, commas inside brackets, a detail label after a comma, a grade label
before a range of grades, a school that is only an acronym before its town, a detail line printed
above the next school's line, a dated labelled line among a degree's labelled details, honours of a
bar course."""
import pytest

from resumekit.fields.education import field_of, read_education
from resumekit.fields.grades import find_grade

from .helpers import section


@pytest.mark.parametrize("rows, degree, grade, field", [
    # the degree's grade or honours in brackets at its end: the grade, not part of the degree or its field
    (["MSc Glaciology (Distinction), Tarnview University\t2019 – 2020"], "MSc Glaciology", "Distinction", "Glaciology"),
    (["Laurea magistrale in Architettura (110/110 e lode)", "Università di Selvabruna\t2018 – 2020"],
     "Laurea magistrale in Architettura", "110/110 e lode", "Architettura"),
    (["MA Archaeology (Merit)", "Dunmere College\t2015 – 2016"], "MA Archaeology", "Merit", "Archaeology"),
    # a bracket that is no grade stays ("(part-time)"), and so does a degree's own "(Hons)"
    (["BSc (Hons) Geology, Harwick University\t2012 – 2015"], "BSc (Hons) Geology", None, "Geology"),
    (["MBA (part-time), Cressing Business School\t2019 – 2021"], "MBA (part-time)", None, None),
    # marks out of ten or more alone in brackets are a grade; a fraction out of less is none
    (["Diploma di maturità classica (96/100), Liceo Ginestra\t2014"], "Diploma di maturità classica", "96/100", None),
    (["BSc Forestry (3/4), Harwick University\t2021 – present"], "BSc Forestry (3/4)", None, "Forestry (3/4)"),
])
def test_a_grade_in_brackets_closing_the_degree(rows, degree, grade, field):
    (e,) = read_education(section("education", *rows))
    assert (e.degree, e.grade.raw if e.grade else None, e.field_of_study) == (degree, grade, field)


@pytest.mark.parametrize("degree, field", [
    # the field follows the first preposition that does not name the degree ("Master of"), not the last one
    ("Máster en Gestión de Proyectos", "Gestión de Proyectos"),
    ("Bachelor of Arts in History of Art", "History of Art"),
    ("Diploma in Management of Technology", "Management of Technology"),
    ("Master of Science in Computer Science", "Computer Science"),
    ("Master of Business Administration", None),
    # a comma inside brackets cuts no field off ("(specialities Physics, Biology)")
    ("Baccalauréat général (spécialités Physique, SVT)", None),
    ("Máster en Logística (online, part-time)", "Logística (online, part-time)"),
    # a detail label after a comma ends the field ("Minor in …")
    ("Bachelor of Fine Arts in Sculpture, Minor in Art History", "Sculpture"),
    ("BA in Economics, Concentration in Labor, Health", "Economics"),
])
def test_field_of_study(degree, field):
    assert field_of(degree) == field


@pytest.mark.parametrize("text, raw", [
    ("GCSEs: nine subjects at grades 9–6", None),   # a range of grades is no grade of the entry
    ("Grades 7-5 in eight subjects", None),
    ("GPA 3.8", "GPA 3.8"),
    ("Grade: 1,3", "Grade: 1,3"),
])
def test_a_grade_label_before_a_range(text, raw):
    found = find_grade(text)
    assert (found[0].raw if found else None) == raw


def test_a_school_that_is_only_an_acronym_before_its_town():
    (e,) = read_education(section("education", "2018\tExecutive MBA\tTRAVIA, Lucerne"))
    assert (e.degree, e.institution, e.location, e.end) == ("Executive MBA", "TRAVIA", "Lucerne", "2018")


def test_a_detail_line_printed_above_the_next_school_is_the_entry_above():
    rows = ["Marlow Polytechnic, Dunmere, United Kingdom",
            "BEng Civil Engineering\tSep 2014 – Jun 2018",
            "Exchange year, Universidad de Rocaverde, Spain\tSep 2016 – Jun 2017",
            "Modules taken in Spanish: Hydraulics, Soil Mechanics.",
            "Dunmere Sixth Form College\t2012 – 2014",
            "A-Levels: Mathematics (A), Physics (B)"]
    got = read_education(section("education", *rows))
    assert [(e.degree, e.institution, e.highlights) for e in got] == [
        ("BEng Civil Engineering", "Marlow Polytechnic", []),
        ("Exchange year", "Universidad de Rocaverde", ["Modules taken in Spanish: Hydraulics, Soil Mechanics."]),
        ("A-Levels: Mathematics (A), Physics (B)", "Dunmere Sixth Form College", []),
    ]


def test_honours_of_a_bar_course():
    (e,) = read_education(section("education", "Bar Course (BPTC), Very Competent - Fenwick Law School, London, 2019"))
    assert (e.degree, e.grade.raw if e.grade else None) == ("Bar Course (BPTC)", "Very Competent")


@pytest.mark.parametrize("rows, expected", [
    # a labelled line under a degree's labelled details, set like them, is one more detail even with a date
    (["2019 – 2021\tMaster en Gestion, Ecole Varenne", "Option : Audit", "Stage : Cabinet Lormont, Nantes (2021)"],
     [("Master en Gestion", ["Option : Audit", "Stage : Cabinet Lormont, Nantes (2021)"])]),
])
def test_a_labelled_line_set_like_the_details_above_is_a_detail(rows, expected):
    got = read_education(section("education", *rows))
    assert [(e.degree, e.highlights) for e in got] == expected
