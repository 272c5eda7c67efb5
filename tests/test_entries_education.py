"""Education shapes: degree at school, school and degree without a separator, area and degree on
two lines, two school-worded parts."""
import pytest

from resumekit.fields.education import read_education

from .helpers import lines


@pytest.mark.parametrize("rows, expected", [
    # "Degree at Institution ⇥ dates" (JSON Resume stackoverflow)
    (["MSc Coastal Engineering at Kelham University\tSep 2014 - Jun 2016"],
     ("Kelham University", "MSc Coastal Engineering", "2014-09", "2016-06")),
    (["A-Levels at Brantwood Secondary School\t2008 - 2010"],
     ("Brantwood Secondary School", "A-Levels", "2008", "2010")),
    # school and degree with no separator between them
    (["Orrinford University Bachelor's Degree in Soil Science\t2011 - 2015"],
     ("Orrinford University", "Bachelor's Degree in Soil Science", "2011", "2015")),
    # "Tecnológico" names a school as "Politécnico" does
    (["Marine Biology, BSc, Tecnológico de Velmont\tSep, 2012 - Jun, 2016"],
     ("Tecnológico de Velmont", "Marine Biology, BSc", "2012-09", "2016-06")),  # (the field before it: the degree as written)
    # two school-worded parts: the later, one that also names a qualification, is the degree
    (["Harwick Senior High School\t2010 - 2013", "Secondary School Certificate"],
     ("Harwick Senior High School", "Secondary School Certificate", "2010", "2013")),
])
def test_degree_and_school_shapes(rows, expected):
    (edu,) = read_education(lines(*rows))
    assert (edu.institution, edu.degree, edu.start, edu.end) == expected


@pytest.mark.parametrize("rows, degree, field", [
    # area above the degree, each on a line of its own: the area is the field, not a town (and part of
    # the degree as written, in the order printed)
    (["Velmont University\t2015 - 2019", "Marine Biology", "BSc"], "Marine Biology, BSc", "Marine Biology"),
    (["Velmont University\t2015 - 2019", "Forestry", "MSc"], "Forestry, MSc", "Forestry"),
    (["Hallam College of Law\t2010 - 2013", "Law", "LL.B. (Hons)"], "Law, LL.B. (Hons)", "Law"),
])
def test_area_and_degree_on_two_lines(rows, degree, field):
    (edu,) = read_education(lines(*rows))
    assert (edu.degree, edu.field_of_study, edu.location) == (degree, field, None)


def test_a_town_after_the_school_on_its_line_stays_a_place():
    (edu,) = read_education(lines("Velmont University, Dunmore\t2015 - 2019", "BSc Forestry"))
    assert (edu.institution, edu.location, edu.degree) == ("Velmont University", "Dunmore", "BSc Forestry")


def test_an_address_in_a_cell_of_its_own_is_the_place():
    (edu,) = read_education(lines("Diploma in Welding, Fernhill Technical College\t14 Elm Rd, Peoria, AZ 85382"))
    assert (edu.institution, edu.degree, edu.location) == ("Fernhill Technical College", "Diploma in Welding",
                                                           "14 Elm Rd, Peoria, AZ 85382")


def test_an_entry_with_fewer_name_lines_than_the_first_keeps_them():
    # the first entry has a supervisor line above its dates, the second does not
    rows = ("Velmont University", "Ph.D., Soil Science", "Supervised by Prof. A. Kerr", "2019 – 2023",
            "Orrinford University", "Bachelor of Arts Geography", "2013 – 2017", "Awarded the medal for the best thesis of the year.")
    got = [(e.institution, e.start, e.end) for e in read_education(lines(*rows))]
    assert got == [("Velmont University", "2019", "2023"), ("Orrinford University", "2013", "2017")]


@pytest.mark.parametrize("rows, expected", [
    # each entry: one bulleted title right above its dated line; the first's title is not a bullet
    (["‣ Diploma in Letterpress", "Fernhill Technical College, 2020",
      "• Workshop on Type Design", "Orrin Academy, 2019",
      "• Summer Course in Bookbinding", "Kelham Print Archive, 2018"],
     [("Fernhill Technical College", "Diploma in Letterpress", "2020"),
      ("Orrin Academy", "Workshop on Type Design", "2019"),
      ("Kelham Print Archive", "Summer Course in Bookbinding", "2018")]),
    # a bullet that is a sentence describes the entry above: no title
    (["Diploma in Letterpress", "Fernhill Technical College, 2020",
      "• Graduated with a thesis on early type.", "Orrin Academy, 2019"],
     [("Fernhill Technical College", "Diploma in Letterpress", "2020"), ("Orrin Academy", None, "2019")]),
    # bullets that are not each alone between two dated lines are a body
    (["Diploma in Letterpress", "Fernhill Technical College, 2020", "• Letterpress", "• Bookbinding",
      "Certificate in Typography", "Orrin Academy, 2019", "• Lettering"],
     [("Fernhill Technical College", "Diploma in Letterpress", "2020"),
      ("Orrin Academy", "Certificate in Typography", "2019")]),
])
def test_bulleted_titles_above_dated_lines(rows, expected):
    got = [(e.institution, e.degree, e.end) for e in read_education(lines(*rows))]
    assert got == expected
