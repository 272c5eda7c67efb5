"""Degrees written as a sentence's object, the way many Indian and US résumés write them: "<degree>
from <school>", opened by a verb of completion ("Completed …", "Received a …") and closed by the
marks it was passed with ("with 72%", "with an aggregate of 64%"); an affiliated college named before
its unit word ("Kelham College of Engineering, Orrin University"). Invented strings only."""
import pytest

from resumekit.fields.degree_line import without_status
from resumekit.fields.edu_entry import is_unit
from resumekit.fields.education import find_grade, read_education

from .helpers import section


@pytest.mark.parametrize("row, expected", [
    # "from" before a school's name: the degree, then the school
    ("Master of Science in Physics from Kelham University, 2019",
     ("Kelham University", "Master of Science in Physics", 2019, None)),
    ("• Bachelors in Commerce (B.Com) from Harwick Degree College, Pune University(2007)",
     ("Harwick Degree College", "Bachelors in Commerce (B.Com)", 2007, None)),
    ("Diploma in Electronics and Communication Engineering from NIT, Brantwick, India",
     ("NIT", "Diploma in Electronics and Communication Engineering", None, None)),
    # "the" after "from" is no part of the name; a verb of completion none of the degree
    ("Received a Bachelors of Science in Computer Science from the Harwick Institute of Technology",
     ("Harwick Institute of Technology", "Bachelors of Science in Computer Science", None, None)),
    # the preposition the year leaves behind is no part of the school's name
    ("Completed B.Tech in Mechanical Engineering from Harwick Institute of Technology in 2016",
     ("Harwick Institute of Technology", "B.Tech in Mechanical Engineering", 2016, None)),
    # the marks after "with" are the grade; a college named before "College of" is the school
    ("B.E. (Computer Science) from Kelham College of Engineering, Orrin University with 72%",
     ("Kelham College of Engineering", "B.E. (Computer Science)", None, 72.0)),
    ("M.Com from Brantwick Institute of Commerce with an aggregate of 64%",
     ("Brantwick Institute of Commerce", "M.Com", None, 64.0)),
])
def test_degree_from_school(row, expected):
    (e,) = read_education(section("education", row))
    assert (e.institution, e.degree, e.end and int(e.end), e.grade and e.grade.value) == expected


@pytest.mark.parametrize("row, institution, degree", [
    # "from" before a date, or before no school, cuts nothing
    ("Diploma in Interior Design from 2019 to 2020, Kelham Academy", "Kelham Academy", "Diploma in Interior Design"),
    # a school word on the left: nothing says which part is the degree
    ("Pre University from Harwick PU College", "Pre University from Harwick PU College", None),
])
def test_from_cuts_only_before_a_school(row, institution, degree):
    (e,) = read_education(section("education", row))
    assert (e.institution, e.degree) == (institution, degree)


@pytest.mark.parametrize("text, out", [
    ("Completed B.Tech in Civil Engineering", "B.Tech in Civil Engineering"),
    ("Obtained Post Graduate Diploma in Plant Automation", "Post Graduate Diploma in Plant Automation"),
    ("Received a Master of Arts in History", "Master of Arts in History"),
    ("Done B.E. from Kelham College", "B.E. from Kelham College"),
    ("Completed all modules of the course", "Completed all modules of the course"),   # no degree after it
    ("Passed with distinction", "Passed with distinction"),
])
def test_verb_of_completion_opens_no_degree(text, out):
    assert without_status(text) == (out, False)


def test_a_status_in_brackets_stays_whole():
    (e,) = read_education(section("education", "Harwick University\t2012 – 2014", "Mgr., Teaching of Music (not completed)"))
    assert e.degree == "Mgr., Teaching of Music (not completed)"


@pytest.mark.parametrize("text, raw, value", [
    ("B.E. from Kelham College with 72%", "72%", 72.0),
    ("MCA, Orrin University, with an aggregate of 68.5%", "aggregate of 68.5%", 68.5),
    ("Aggregate: 81%", "Aggregate: 81%", 81.0),
])
def test_marks_passed_with(text, raw, value):
    grade, _ = find_grade(text)
    assert (grade.raw, grade.value, grade.scale) == (raw, value, 100.0)


@pytest.mark.parametrize("text", ["Grew sales with 20 people", "Graduated with honours"])
def test_with_no_marks(text):
    assert find_grade(text) is None


@pytest.mark.parametrize("name, unit", [
    ("Department of Physics", True),
    ("The School of Law", True),
    ("Harwick University School of Law", True),            # a school word before it: a unit of that school
    ("computer science department", True),
    ("Kelham College of Engineering", False),              # a college named before its unit word: a school
    ("Orrin Vidyapeeth School of Management", True),
    ("Brantwick School of Nursing, Leeds", False),
])
def test_unit(name, unit):
    assert is_unit(name) is unit


@pytest.mark.parametrize("row, expected", [
    # one short sentence naming a degree and a school, its full stop closing it: an entry, no prose
    ("Bachelors degree in Arts, University of Harwick.", ("University of Harwick", "Bachelors degree in Arts")),
    ("B.E from Kelham University in 2007 with an aggregate of 62%.", ("Kelham University", "B.E")),
    # the stop after a name is no part of it; after an abbreviation it is
    ("MBA, Kelham Business School, Orrin Pvt. Ltd.", ("Kelham Business School", "MBA")),
    ("cand.merc.aud., Brantwick Handelshøjskole", ("Brantwick Handelshøjskole", "cand.merc.aud.")),
])
def test_a_sentence_naming_degree_and_school(row, expected):
    (e,) = read_education(section("education", row))
    assert (e.institution, e.degree) == expected


_FLAT_SHORT = "  ".join([
    "Dana Whitlock", "Resume", "Education", "Fall 2008", "Spring 2012",
    "Bachelor of Science, Kelham Institute of Technology, Springfield, IL.",
    "Received a Bachelor of Science in Computer Science from the Kelham Institute of Technology.",
    "Experience", "Software Developer", "Orrin Logistics, Springfield, IL", "June 2012 - Present",
    "Built and maintained the routing service that plans two thousand deliveries a day for the region.",
    "Moved the nightly batch jobs to a message queue and cut the run time from four hours to forty minutes.",
    "Skills", "Java, Python, PostgreSQL, RabbitMQ, Linux, Git, unit testing, code review, continuous integration"]) + "\n"


# a short flattened text (breaks restored at runs of two spaces, no blank line) has its headings
def test_a_short_flattened_text_has_its_headings(tmp_path):
    import resumekit
    path = tmp_path / "flat.txt"
    path.write_text(_FLAT_SHORT, encoding="utf-8")
    got = resumekit.parse(path)
    assert [e.institution for e in got.education][:1] == ["Kelham Institute of Technology"]
    assert [(j.company, j.title) for j in got.experience] == [("Orrin Logistics", "Software Developer")]
    assert [s.name for s in got.skills][:2] == ["Java", "Python"]
