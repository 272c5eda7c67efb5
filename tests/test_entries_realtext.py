"""Work-history classes found in real plain and flattened résumé texts (invented strings only)."""
import pytest

from resumekit.fields.experience import read_experience

from .helpers import section


def _roles(*rows):
    return [(e.title, e.company, e.start, e.end) for e in read_experience(section("experience", *rows))[0]]


@pytest.mark.parametrize("furniture", [
    "Page 2 of 2",
    "Marta Quill, page 2 of 2",
    "Marta Quill • Page Two",
    "Marta Quill ⎯ page three",
    "PROFESSIONAL EXPERIENCE (Cont.)",
    "P ROFE SSI ONAL E XPER IENCE C ONTINUED",
    "Harwick Freight Ltd, continued",
])
def test_page_furniture_between_entries_is_no_entry(furniture):
    # (a role, its dates, then its employer: the label of the page stood where the next role's
    # header starts, read as its first line)
    rows = ["Dispatch Clerk,", "March 2015 – June 2018", "Harwick Freight Ltd, Leeds, UK", "• Booked forty loads a day",
            furniture, "Yard Hand,", "May 2012 – February 2015", "Orrin Timber Co., Derby, UK",
            "• Stacked and tallied timber"]
    assert _roles(*rows) == [("Dispatch Clerk", "Harwick Freight Ltd", "2015-03", "2018-06"),
                             ("Yard Hand", "Orrin Timber Co.", "2012-05", "2015-02")]


def test_a_page_count_glued_before_an_employer_is_cut_off():
    rows = ["Page 2 of 2 Orrin Timber Co.", "Yard Hand", "May 2012 – February 2015", "• Stacked and tallied timber"]
    assert _roles(*rows) == [("Yard Hand", "Orrin Timber Co.", "2012-05", "2015-02")]


@pytest.mark.parametrize("line", ["Front page designer", "Continued professional development", "4/13"])
def test_lines_that_only_mention_pages_stay(line):
    from resumekit.fields.entries import _unfurnished
    from .helpers import lines
    assert [l.plain for l in _unfurnished(lines(line))] == [line]


@pytest.mark.parametrize("rows, expected", [
    # a year range in brackets whose dash was lost where the text was cut again ("Clerk (2006" / "2013)")
    (["Harwick Freight Ltd", "Leeds, West Yorkshire", "Dispatch Clerk (2013", "present)", "• Booked loads",
      "Orrin Timber Co.", "Derby, Derbyshire", "Yard Hand (2001", "2013)"],
     [("Dispatch Clerk", "Harwick Freight Ltd", "2013", None), ("Yard Hand", "Orrin Timber Co.", "2001", "2013")]),
    # the end opening the role's words, under a line of the start alone
    (["Nov 2009", "Feb 2013 Night Porter, Harwick Hotel", "• Booked rooms",
      "Jan 2005", "Nov 2009 Kitchen Hand, Orrin Cafe", "• Washed up"],
     [("Night Porter", "Harwick Hotel", "2009-11", "2013-02"), ("Kitchen Hand", "Orrin Cafe", "2005-01", "2009-11")]),
    (["6/2008", "present Harwick Hotel, Leeds, UK", "Night Porter", "• Booked rooms"],
     [("Night Porter", "Harwick Hotel", "2008-06", None)]),
])
def test_a_range_whose_dash_was_lost(rows, expected):
    assert _roles(*rows) == expected


@pytest.mark.parametrize("rows", [
    ["Summer School 2019", "2020 Teaching Assistant, Kelham College"],  # a year after words names the school
    ["Dispatch Clerk (2006", "2013 Yard Hand)"],  # no bracket closed by the end
])
def test_no_range_is_made_up(rows):
    from resumekit.fields.date_cells import wrapped_dates
    from .helpers import lines
    assert [l.plain for l in wrapped_dates(lines(*rows))] == rows


@pytest.mark.parametrize("part, expected", [
    ("Worked as Software Engineer with Harwick Systems Limited", ("Software Engineer", "Harwick Systems Limited", None)),
    ("Worked for Orrin Informatics Centre under two payrolls", (None, "Orrin Informatics Centre", None)),
    ("Currently working as a Test Analyst at Kelham Soft, Pune", ("Test Analyst", "Kelham Soft", "Pune")),
    ("Worked in Tarrow Consultancy Services, Pune", (None, "Tarrow Consultancy Services", "Pune")),
    ("Presently working with Kelham Systems India Pvt Ltd as Executive", ("Executive", "Kelham Systems India Pvt Ltd", None)),
    ("Worked with Harwick, Leeds as Software Engineer", ("Software Engineer", "Harwick", "Leeds")),
    ("Worked with 'Orrin InfoTech Ltd' as a part-time employee.", (None, "Orrin InfoTech Ltd", None)),  # terms, no role
    # no employer named: a phrase, a role's field, a certificate's name, a sentence about a team
    ("Working with Children Check", None),
    ("Worked as Individual Contributor in Technical Role", None),
    ("Worked with the development team on releases", None),
    ("Worked in Pediatric, medical and maternity wards", None),
    ("Worked as Test Automation Engineer.", None),
    ("Engineer in Training", None),
])
def test_employment_sentence(part, expected):
    from resumekit.fields.phrases import employment_sentence
    assert employment_sentence(part) == expected


def test_dated_sentences_of_employment_are_roles():
    rows = ["Worked as Software Engineer with Harwick Systems Limited from Dec 2015 to Sept 2016",
            "Worked for Orrin Informatics Centre under two payrolls from Apr 2014 to Oct 2015",
            "Worked in Tarrow Consultancy Services, Pune from Feb 2012 to Mar 2014"]
    assert _roles(*rows) == [("Software Engineer", "Harwick Systems Limited", "2015-12", "2016-09"),
                             (None, "Orrin Informatics Centre", "2014-04", "2015-10"),
                             (None, "Tarrow Consultancy Services", "2012-02", "2014-03")]


@pytest.mark.parametrize("rows, expected", [
    # a list of earlier jobs, undated, a role and its employer on each row
    (["ORRIN CORPORATION, Product Development Specialist", "KELBY LTD., Engineer", "HARLOW OILFIELD SERVICES, Field Technician"],
     [("Product Development Specialist", "ORRIN CORPORATION"), ("Engineer", "KELBY LTD."), ("Field Technician", "HARLOW OILFIELD SERVICES")]),
    (["Receptionist – Harwick Hotel, Leeds", "Line Cook – Orrin Cafe, Leeds"],
     [("Receptionist", "Harwick Hotel"), ("Line Cook", "Orrin Cafe")]),
    # a role word that also names a degree ("Associate") is a role all the same
    (["KELBY COLD STORAGE, Warehouse Associate", "DUNMORE MARKETS, Cashier"],
     [("Warehouse Associate", "KELBY COLD STORAGE"), ("Cashier", "DUNMORE MARKETS")]),
    # one role and its unit over the employer: one job
    (["Senior Engineer, Platform Team", "Harwick Corp, London"], [("Senior Engineer, Platform Team", "Harwick Corp")]),
    pytest.param(["ORRIN CORPORATION, Product Development Specialist", "TARROW DGC, Roustabout", "KELBY LTD., Engineer"],
                 [("Product Development Specialist", "ORRIN CORPORATION"), ("Roustabout", "TARROW DGC"), ("Engineer", "KELBY LTD.")],
                 marks=pytest.mark.xfail(strict=True, reason="experience._read: a row whose role has no title word reads "
                                         "as a company line with its town ('Roustabout'), over no role: dropped")),
])
def test_undated_rows_of_earlier_jobs(rows, expected):
    assert [(t, c) for t, c, *_ in _roles(*rows)] == expected


@pytest.mark.parametrize("rows, expected", [
    # the employer's line and its dates, a sentence describing the employer, then the role
    (["HALLORAN INSTRUMENTS, Worcester, MA", "2014 to Present", "Maker of lab scales for schools in 9 states.",
      "Regional Sales Manager", "Opened two new dealer networks and trained their staff."],
     [("Regional Sales Manager", "HALLORAN INSTRUMENTS", "2014", None)]),
    (["Brantwick Foods, Leeds", "2010 – 2020", "A family grocer with forty shops.", "Store Manager",
      "• Ran the Leeds shop.", "Assistant Manager", "• Kept the books."],
     [("Store Manager", "Brantwick Foods", "2010", "2020"), ("Assistant Manager", "Brantwick Foods", None, None)]),
    # two described employers in a row: each takes its own role
    (["Kestrel Optics, Derby", "2016 – 2021", "Lens grinding for the trade.", "Workshop Lead", "• Ran the night shift.",
      "Orrin Glassworks, Leeds", "2011 – 2016", "A glass studio of twelve.", "Studio Assistant", "• Cut panes to order."],
     [("Workshop Lead", "Kestrel Optics", "2016", "2021"), ("Studio Assistant", "Orrin Glassworks", "2011", "2016")]),
    # dated roles under an employer's line keep their own dates
    (["Acme Widgets", "Engineer\t2019 – 2021", "Senior Engineer\t2021 – 2023"],
     [("Engineer", "Acme Widgets", "2019", "2021"), ("Senior Engineer", "Acme Widgets", "2021", "2023")]),
])
def test_a_role_under_its_described_employer(rows, expected):
    assert _roles(*rows) == expected


@pytest.mark.parametrize("rows, expected", [
    # the role over its dates, then a sentence and a list of duties with no bullets nor full stops:
    # more than three lines above the next role's dates are the text of the entry above
    (["Warehouse Lead", "2016 – 2019", "Kestrel Freight, Derby", "Checked the loads.", "Stock audits", "Night shifts",
      "Team rotas", "Safety walks", "Yard Hand", "2012 – 2016", "Orrin Timber Co., Leeds", "Stacked timber."],
     [("Warehouse Lead", "Kestrel Freight", "2016", "2019"), ("Yard Hand", "Orrin Timber Co.", "2012", "2016")]),
    # a column of skills printed beside the jobs, read into the gap between them
    (["Line Cook", "03/2019 - 05/2021", "Harbour Bistro, Hull", "Prepared cold starters for 80 covers.",
      "Menu costing", "Food safety", "Stock rotation", "Ordering", "Allergen control",
      "Sous Chef", "06/2021 - Current", "Orrin Hotel, York", "Ran the pass at weekends."],
     [("Line Cook", "Harbour Bistro", "2019-03", "2021-05"), ("Sous Chef", "Orrin Hotel", "2021-06", None)]),
    # name lines above the dates, fewer than that, stay the entry's own
    (["Warehouse Lead", "2016 – 2019", "Kestrel Freight, Derby", "Checked the loads.",
      "Orrin Timber Co., Leeds", "Yard Hand", "2012 – 2016", "Stacked timber."],
     [("Warehouse Lead", "Kestrel Freight", "2016", "2019"), ("Yard Hand", "Orrin Timber Co.", "2012", "2016")]),
])
def test_text_of_the_entry_above_far_over_the_dates(rows, expected):
    assert _roles(*rows) == expected


@pytest.mark.parametrize("label", ["Contribution:", "Contributions:", "Select achievements:", "Duties:",
                                   "Other responsibilities:", "Roles played:"])
def test_a_label_over_an_entrys_text_is_no_entry(label):
    rows = ["Kestrel Freight, Derby", "2016 – 2019", "Maker of pallets for the trade.", "Dispatch Lead",
            "Kept the yard rota for forty drivers.", label, "Cut the loading time by a third.",
            "Orrin Timber Co., Leeds", "2012 – 2016", "Yard Hand", "Stacked timber."]
    assert _roles(*rows) == [("Dispatch Lead", "Kestrel Freight", "2016", "2019"),
                             ("Yard Hand", "Orrin Timber Co.", "2012", "2016")]
