"""Classes of education entries found in real plain-text résumés (round 16, stop 23), read by
fields/edu_entry.py and fields/education.py. Invented strings only."""
import pytest

from resumekit.fields.edu_entry import placed_name
from resumekit.fields.education import read_education

from .helpers import section


@pytest.mark.parametrize("text, placed", [
    ("Tarsel Monji -  Nashik, Maharashtra", True),       # a job board's "School - Town, State"
    ("Qrtti - Kolkata, West Bengal", True),
    ("marlo tech -  Varkala, Kerala", True),               # in small letters as typed
    ("Northgate University - Leeds, UK", False),          # a school word says so already
    ("BSc in Botany - Leeds, UK", False),                 # a degree
    ("BSc - Physics", False),                             # no place after the dash
    ("Tarsel Monji", False),                              # no place at all
    ("Tarsel Monji, Kessington - Leeds, UK", False),      # two parts
])
def test_placed_name(text, placed):
    assert placed_name(text) is placed


@pytest.mark.parametrize("rows, expected", [
    # the degree line, then the school with its place after a dash: the school names no school word
    (["PGDBM in Retail Management", "Tarsel Monji -  Nashik, Maharashtra"],
     [("Tarsel Monji", "PGDBM in Retail Management", "Nashik, Maharashtra")]),
    (["Diploma in Welding", "Qrtti -  Kolkata, West Bengal", "2016"],
     [("Qrtti", "Diploma in Welding", "Kolkata, West Bengal")]),
    # the placed line counts as a school, so the next degree opens the next entry
    (["M.S in Data Systems", "KETI Pilani -  Pilani, Rajasthan", "B.E. in Computer Science",
      "Board of Technical Education"],
     [("KETI Pilani", "M.S in Data Systems", "Pilani, Rajasthan"),
      ("Board of Technical Education", "B.E. in Computer Science", None)]),
    # a school word already names the school: as before
    (["BSc Geology", "Northgate University - Leeds, UK", "2019"],
     [("Northgate University", "BSc Geology", "Leeds, UK")]),
])
def test_school_with_its_place_under_the_degree(rows, expected):
    got = [(e.institution, e.degree, e.location) for e in read_education(section("education", *rows))]
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    # the contact column of a two-column page read into the section: its lines are no school
    (["T: 0161 496 0321", "M: 07700 900321", "E: dana.kell@example.com", "BA (Hons)", "Marketing",
      "Harwick University 2005 - 2008"],
     [("Harwick University", "BA (Hons), Marketing")]),
    (["Tel: (03) 9555 0101 / Mob: 0491 570 110", "Bachelor of Laws", "Orrin University"],
     [("Orrin University", "Bachelor of Laws")]),
    # personal data beside the section ("Nationality: …", "DOB: …") is no school either
    (["BSc Geology", "Harwick University 2005 - 2008", "DOB: 12/09/1990", "Nationality: British",
      "A levels", "Kessington College 2003 - 2005"],
     [("Harwick University", "BSc Geology"), ("Kessington College", "A levels")]),
    # years glued together read like a phone without its label: kept ("20072008")
    (["20072008", "M.Sc. Physics", "Orrin University"], [("Orrin University", "M.Sc. Physics")]),
])
def test_contact_and_personal_lines_are_no_school(rows, expected):
    got = [(e.institution, e.degree) for e in read_education(section("education", *rows))]
    assert got == expected


def test_glued_years_stay_dates():
    (e,) = read_education(section("education", "20072008", "M.Sc. Physics", "Orrin University"))
    assert (e.start, e.end) == ("2007", "2008")


@pytest.mark.parametrize("rows, expected", [
    # a table's header row flattened one cell a line: no entry
    (["Course", "College/University", "Year", "Aggregate", "B.TECH (Electronics)", "Orrin Institute of Technology",
      "2012", "Senior Secondary School", "Kessing Public School", "2008"],
     [("Orrin Institute of Technology", "B.TECH (Electronics)"), ("Kessing Public School", "Senior Secondary School")]),
    (["Examination/Degree", "Institution", "Year of Passing", "Bachelor of Technology", "Harwick Institute of Technology",
      "2011"],
     [("Harwick Institute of Technology", "Bachelor of Technology")]),
    # short lines that name a degree and a school open an entry, no header row
    (["MBA", "Harwick University", "2011", "A Levels", "Kessington College", "2008"],
     [("Harwick University", "MBA"), ("Kessington College", "A Levels")]),
])
def test_a_flattened_header_row_is_no_entry(rows, expected):
    got = [(e.institution, e.degree) for e in read_education(section("education", *rows))]
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    # a theme's "Field, Degree" over the dates over the school: the field is part of the degree as written
    (["Marine Ecology, Master", "2016 - 2018", "Orrin University"],
     [("Orrin University", "Marine Ecology, Master", "Marine Ecology")]),
    (["Glass Technology, MSc Eng.", "2012 - 2016", "Kelham University of Technology"],
     [("Kelham University of Technology", "Glass Technology, MSc Eng.", "Glass Technology")]),
    # the school, the field alone on its line over the degree
    (["Harwick University", "Ceramics", "Bachelor of Arts", "2012 - 2015"],
     [("Harwick University", "Ceramics, Bachelor of Arts", "Ceramics")]),
    # as the field under the degree is (the degree as printed, in the order printed)
    (["Harwick University", "Bachelor of Arts", "Ceramics", "2012 - 2015"],
     [("Harwick University", "Bachelor of Arts, Ceramics", "Ceramics")]),
    # the major in a cell of its own before the degree's: a table's row, the degree alone
    (["2012 - 2016 \t Kelby Valley University \t Marine Ecology \t Bachelor"],
     [("Kelby Valley University", "Bachelor", "Marine Ecology")]),
    # the label of the dates' row (Europass) is no field
    (["Dates \t 2018 - 2020", "Harwick Business School", "MBA"], [("Harwick Business School", "MBA", None)]),
])
def test_field_before_its_degree(rows, expected):
    got = [(e.institution, e.degree, e.field_of_study) for e in read_education(section("education", *rows))]
    assert got == expected


def _column(*rows, x0=400.0, right=False):
    """PDF lines of a narrow column: (text, width) rows set at 7 pt one under the other, left-aligned
    at ``x0`` (or right-aligned at ``x0`` + 120)."""
    from resumekit.document import Box, Line, Style
    out = []
    for n, (text, width) in enumerate(rows):
        left = x0 + 120 - width if right else x0
        out.append(Line(text=text, index=n, block=1, style=Style(size=7.0), origin="pdf",
                        box=Box(left, 100.0 + 9 * n, left + width, 107.0 + 9 * n)))
    return out


@pytest.mark.parametrize("rows, right, expected", [
    # the degree wrapped: its last word would not have fitted on the line (the column is 100 wide)
    ([("BSc in Marine", 60), ("Ecology", 45), ("Orrin University", 55), ("2006 - 2009", 40),
      ("MSc in Glass Technology", 100), ("Harwick University", 70)], False,
     [("Orrin University", "BSc in Marine Ecology"), ("Harwick University", "MSc in Glass Technology")]),
    # right-aligned, after a comma
    ([("Bachelor of Arts, Kiln", 95), ("Design", 30), ("Orrin University", 70),
      ("Bachelor of Arts, Ceramics", 105), ("Harwick University", 75)], True,
     [("Orrin University", "Bachelor of Arts, Kiln Design"), ("Harwick University", "Bachelor of Arts, Ceramics")]),
    # the field on its line under the degree alone, wrapped
    ([("Orrin University", 70), ("MSc", 20), ("Harbour and Coastal", 95), ("Engineering", 50), ("2016 - 2017", 40),
      ("Harwick University", 100), ("BSc", 20), ("Geology", 40)], False,
     [("Orrin University", "MSc, Harbour and Coastal Engineering"), ("Harwick University", "BSc, Geology")]),
    # the next word would have fitted: a line of its own (the field under a short degree), not a wrap
    ([("Orrin University", 100), ("BSc in Marine", 60), ("Ecology", 35), ("2006 - 2009", 40)], False,
     [("Orrin University", "BSc in Marine, Ecology")]),
    # a place under the degree is no part of it
    ([("BSc in Glass Technology", 98), ("Leeds", 25), ("Harwick University", 70)], False,
     [("Harwick University", "BSc in Glass Technology")]),
])
def test_a_degree_wrapped_in_a_narrow_column(rows, right, expected):
    got = [(e.institution, e.degree) for e in read_education(_column(*rows, right=right))]
    assert got == expected


@pytest.mark.parametrize("rows, expected", [
    # a degree-first section (the first entry says so by its words): a bare degree over two lines of one
    # part each, no school word, is over its field, then the school
    (["Diploma", "Marine Ecology", "Orrin University", "2013", "Certificate", "Kiln Design", "Les Tarrow Atelier", "2016"],
     [("Orrin University", "Diploma, Marine Ecology"), ("Les Tarrow Atelier", "Certificate, Kiln Design")]),
    # a degree with its field on its line: the next line is the school, as before
    (["BSc Geology", "Orrin University", "2013", "MSc Glass Technology", "Les Tarrow Atelier", "2016"],
     [("Orrin University", "BSc Geology"), ("Les Tarrow Atelier", "MSc Glass Technology")]),
])
def test_a_bare_degree_over_its_field_then_the_school(rows, expected):
    got = [(e.institution, e.degree) for e in read_education(section("education", *rows))]
    assert got == expected


@pytest.mark.parametrize("text, pieces, place", [
    # a school, then its address with the tab before it lost: the street is no part of the school
    ("Welding Certificate\tKelp Bay Technical Campus 4410 W Cedar Ridge Rd, Tempe, AZ 85281",
     ("Welding Certificate", "Kelp Bay Technical Campus"), "Tempe, AZ 85281"),
    ("BSc Botany\tNorthgate University 12 Quarry Lane", ("BSc Botany", "Northgate University"), "12 Quarry Lane"),
    # (after a comma the whole address is the place already)
    ("Diploma in Glazing\tHarbour College, 220 N 31st Ave., Mesa, AZ 85201", ("Diploma in Glazing", "Harbour College"),
     "220 N 31st Ave., Mesa, AZ 85201"),
    # no school word before the number: the part as it was
    ("Diploma in Glazing\tPottery Guild 12 Elm Rd", ("Diploma in Glazing", "Pottery Guild 12 Elm Rd"), None),
    # no street word after it: a course level, no address
    ("Northgate University 300 Level Courses", ("Northgate University 300 Level Courses",), None),
])
def test_a_school_keeps_no_street_of_its_address(text, pieces, place):
    from resumekit.fields.degree_line import header_pieces
    found, location = header_pieces(text)
    assert (tuple(p for p, _ in found), location) == (pieces, place)


@pytest.mark.parametrize("rows, expected", [
    # a qualification whose school word only qualifies its head, beside a school a school word heads:
    # the address's street after the school, the tab before it lost
    (["Welding Certificate Expected in 06/2025 Kelp Bay High School 1200 N 45th Ave, Mesa, AZ 85201",
      "Night School Credits Expected in 06/2025 Kelp Bay North Campus 4410 W Cedar Ridge Rd, Tempe, AZ 85281"],
     [("Kelp Bay High School", "Welding Certificate", "Mesa, AZ 85201"),
      ("Kelp Bay North Campus", "Night School Credits", "Tempe, AZ 85281")]),
    (["Art School Portfolio Course ⇥ Northgate Institute of Design ⇥ 2019"],
     [("Northgate Institute of Design", "Art School Portfolio Course", None)]),
    # both parts headed by a school word: the first is the school, as before
    (["Northgate University ⇥ Kelp Bay Campus ⇥ 2019"], [("Northgate University", None, None)]),
])
def test_a_school_word_qualifying_a_qualification(rows, expected):
    got = [(e.institution, e.degree, e.location) for e in
           read_education(section("education", *[r.replace(" ⇥ ", "\t") for r in rows]))]
    assert got == expected
