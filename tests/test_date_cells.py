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
