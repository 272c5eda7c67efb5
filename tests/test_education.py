import pytest

from resumekit.fields.education import field_of, find_grade, read_education

from .helpers import section


@pytest.mark.parametrize("text, raw, value, scale", [
    ("B.S. Information Science (GPA 3.6/4.0)", "GPA 3.6/4.0", 3.6, 4.0),
    ("GPA: 3.8 / 4.0", "GPA: 3.8 / 4.0", 3.8, 4.0),
    ("Grade: 1.3", "Grade: 1.3", 1.3, None),
    ("CGPA 8.9/10", "CGPA 8.9/10", 8.9, 10.0),
    ("3.7/4.0 GPA", "3.7/4.0 GPA", 3.7, 4.0),
    ("Percentage: 87%", "Percentage: 87%", 87.0, 100.0),
])
def test_find_grade(text, raw, value, scale):
    grade, _ = find_grade(text)
    assert (grade.raw, grade.value, grade.scale) == (raw, value, scale)


@pytest.mark.parametrize("text", ["Graduated 2019", "Bachelor of Science", "Team of 4.0 people"])
def test_no_grade(text):
    assert find_grade(text) is None


@pytest.mark.parametrize("degree, field", [
    ("Master of Science in Computer Science", "Computer Science"),
    ("Bachelor of Science", None),
    ("B.Sc., Physics", "Physics"),
    ("Bachelor in Business Administration", "Business Administration"),
    ("PhD", None),
])
def test_field_of(degree, field):
    assert field_of(degree) == field


@pytest.mark.parametrize("rows, expected", [
    (["University of Southern California\tAugust 2025 - Present",
      "Master of Science in Computer Science\tLos Angeles, CA"],
     ("University of Southern California", "Master of Science in Computer Science", "Los Angeles, CA", "2025-08", None, True)),
    (["B.S. Information Science (GPA 3.6/4.0)", "University of Washington\tJune 2018"],
     ("University of Washington", "B.S. Information Science", None, None, "2018-06", False)),
    (["MEng Computer Science, University of Bristol, 2009 – 2014"],
     ("University of Bristol", "MEng Computer Science", None, "2009", "2014", False)),
])
def test_read_education(rows, expected):
    (e,) = read_education(section("education", *rows))
    assert (e.institution, e.degree, e.location, e.start, e.end, e.current) == expected


def test_grade_in_body():
    (e,) = read_education(section("education", "James Madison University\t2021 – 2025", "B.S. Computer Science",
                                  "• Major GPA: 3.47"))
    assert e.grade.value == 3.47
