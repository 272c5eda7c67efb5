"""Date cells broken by extraction (fields/date_cells.py), mended before entries are split:
invented rows."""
import pytest

from resumekit.fields.date_cells import wrapped_dates

from .helpers import lines, section


@pytest.mark.parametrize("rows, bold, expected", [
    # a rail of years in front of an entry's first two lines: the bold title over its second line
    (["2009\tBA History", "2013\tKelham University"], (0,), ["2009 – 2013\tBA History", "Kelham University"]),
    (["Oct 2022\tData Analyst", "Present\tOrrin Foods Ltd", "• Built the stock model"], (0,),
     ["Oct 2022 – Present\tData Analyst", "Orrin Foods Ltd", "Built the stock model"]),
    (["2015\tDiploma · Hotel Management", "2016\tTarrow School, Dunmore"], (0,),
     ["2015 – 2016\tDiploma · Hotel Management", "Tarrow School, Dunmore"]),
    # a list of dated items in one style: each its own date
    (["2019\tHarwick Prize for Design", "2021\tKelham Travel Grant"], (), None),
    (["2019\tHarwick Prize for Design", "2021\tKelham Travel Grant"], (0, 1), None),
    # an end before its start is no range
    (["2016\tMSc Geology", "2013\tBSc Geology"], (0,), None),
    # a row that holds its own range already, or a date in another cell
    (["2009 – 2013\tBA History", "2013\tKelham University"], (0,), None),
    (["2009\tBA History", "2013\tKelham University, June 2013"], (0,), None),
    # no cell after the date
    (["2009\tBA History", "2013"], (0,), None),
])
def test_a_rail_of_two_ends_beside_an_entrys_first_two_lines(rows, bold, expected):
    got = [l.text for l in wrapped_dates(lines(*rows, bold=bold))]
    assert got == (expected or [r.removeprefix("• ") for r in rows])


def test_a_rail_of_years_dates_one_school():
    from resumekit.fields.education import read_education
    schools = read_education(section("education", "2009\tBA History", "2013\tKelham University",
                                 "2015\tMSc Archaeology", "2016\tTarrow College", bold=(0, 2)))
    assert [(s.degree, s.institution, s.start, s.end) for s in schools] == [
        ("BA History", "Kelham University", "2009", "2013"), ("MSc Archaeology", "Tarrow College", "2015", "2016")]


@pytest.mark.parametrize("rows, expected", [
    # a name that ends in a place read as a month, over the entry's dates: the lines stay apart
    (["Pontifical Kelham University of Rio de Janeiro", "2010 - 2014"], None),
    (["Harwick Cannery Workers' Clinic, Mayo", "2016 – 2019"], None),
    (["Orrin Technical School of Porto Abril", "2003 – 2007", "BSc Mechanics"], None),
    (["Tarrow Freight Ltd, Mayo\tLogistics Clerk", "2011 – 2015"], None),
    # a start's month cut from its year: the range below ends in a month or is open, or the month is alone in its cell
    (["Sales Lead – Harwick Trading, Leeds November", "2022 – Present"],
     ["Sales Lead – Harwick Trading, Leeds November 2022 – Present"]),
    (["Pellham College, Leeds - Forestry April", "2016 - May 2018"],
     ["Pellham College, Leeds - Forestry April 2016 - May 2018"]),
    (["Planner, Corlan\tSeptember", "2016 – 2018"], ["Planner, Corlan\tSeptember 2016 – 2018"]),
    (["Planner, Corlan – 2016 – July", "2019"], ["Planner, Corlan – 2016 – July 2019"]),
    (["MSc Geology, Kelham University, Since August", "2024"], ["MSc Geology, Kelham University, Since August 2024"]),
])
def test_a_place_ending_a_name_is_not_a_start_month(rows, expected):
    assert [l.text for l in wrapped_dates(lines(*rows))] == (expected or rows)
