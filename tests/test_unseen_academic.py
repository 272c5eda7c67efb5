"""The fixtures of fixtures/unseen-academic (built by make_unseen_academic.py): academic, clinical
and industry CVs whose work history is laid out the ways university, hospital and consultancy CVs
lay it out: appointments as "years ⇥ Title, Department, University" lines, posts under the
university as a heading, research and teaching experience with courses and terms, a physician's
appointments, fellowship and residency, an employer line carrying its whole span over roles with
their own dates, "Title, Employer — Town" and "Title at Employer" lines, a consultant's client
engagements, and sections in the same dated shapes that are no jobs (grants, talks, teaching
courses, supervision, service). The expected values are the truth by construction: each entry as
the page prints it, the university the employer of an academic post (issue 11).

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
import pytest

from .conftest import FIXTURES, PINNED
from .helpers import cached_parser, row_params, xfail

UNSEEN = FIXTURES / "unseen-academic"

# (title, company, location, start, end) as printed; "present" for an ongoing role
EXPERIENCE = {
    "en-appointments.pdf": [
        ("Assistant Professor", "University of Tarrowby", None, "2021", "present"),
        ("Postdoctoral Research Fellow", "Corvane University", None, "2018", "2021"),
        ("Visiting Scholar", "Halden Institute of Science", None, "2017-01", "2017-06"),
    ],
    "en-univ-heading.pdf": [
        ("Associate Professor of Early Modern History", "University of Pellingford", "Pellingford, UK", "2020",
         "present"),
        ("Assistant Professor of Early Modern History", "University of Pellingford", "Pellingford, UK", "2015", "2020"),
        ("Junior Research Fellow", "Marlow College", "Oxbury, UK", "2012", "2015"),
        ("Visiting Scholar", "Institute for Advanced Fictional Studies", None, "2018-01", "2018-06"),
    ],
    "en-phd-student.pdf": [
        ("Graduate Research Assistant", "Coastal Robotics Lab, University of Eastholm", "Eastholm, WA", "2019-09",
         "present"),
        ("Undergraduate Research Assistant", "Embedded Systems Group, Carrow State University", "Carrow, OR",
         "2018-01", "2019-05"),
        ("Teaching Assistant", "University of Eastholm", "Eastholm, WA", "2019", "2021"),
        ("Research Intern", "Mirelight Labs", "Seattle, WA", "2021-06", "2021-09"),
    ],
    "en-title-company.pdf": [
        ("Senior Product Manager", "Larkspur Health", "Denver, CO", "2021-04", "present"),
        ("Product Manager", "Brightmoor Software", "Boulder, CO", "2017-07", "2021-03"),
        ("Business Analyst", "Quillon Bank", "Omaha, NE", "2014-06", "2017-06"),
    ],
    "en-engagements.pdf": [
        ("Principal Consultant", "Harrowgate Advisory LLP", "London, UK", "2016-01", "present"),
        ("Programme Lead", "Calloway Bank", "Leeds", "2013-03", "2015-12"),
        ("Analyst", "Fenwick & Dorr Consulting", "Manchester, UK", "2010-09", "2013-02"),
    ],
    "en-clinical.docx": [
        ("Attending Physician", "St. Brennan's Hospital", "Marlowe, OH", "2019", "present"),
        ("Clinical Fellow in Critical Care Medicine", "Lakeview University Medical Center", "Dunmore, PA", "2017",
         "2019"),
        ("Resident in Emergency Medicine", "Lakeview University Medical Center", "Dunmore, PA", "2014", "2017"),
    ],
    "en-nested-roles.docx": [
        ("Head of Operations", "Calderpoint Logistics", "Bristol", "2019", "2022"),
        ("Operations Manager", "Calderpoint Logistics", "Bristol", "2015", "2019"),
        ("Shift Manager", "Severn Parcel Services", "Gloucester", "2011-09", "2015-05"),
    ],
    "en-title-at.docx": [
        ("Data Engineer", "Pecan Grove Analytics", "Austin, TX", "2022-02", "present"),
        ("Junior Data Engineer", "Tallowmere Insurance", "Dallas, TX", "2019-08", "2022-01"),
        ("Data Intern", "Ocotillo Energy", "Houston, TX", "2018-05", "2018-08"),
    ],
    "de-akademisch.docx": [
        ("Juniorprofessorin für Werkstofftechnik", "Technische Universität Falkenau", None, "2021-10", "present"),
        ("Wissenschaftliche Mitarbeiterin", "Universität Rabenfels", None, "2016-10", "2021-09"),
        ("Gastwissenschaftlerin", "Institut für Fiktive Materialien", "Lindenhall", "2019-03", "2019-05"),
    ],
}

# (degree, institution, start, end)
EDUCATION = {
    "en-appointments.pdf": [("Ph.D. in Chemistry", "Corvane University", "2013", "2018"),
                            ("B.S. in Chemistry", "Easterby College", "2009", "2013")],
    "en-univ-heading.pdf": [("D.Phil. in History", "University of Oxbury", "2008", "2012"),
                            ("M.St. in Early Modern History", "University of Oxbury", "2007", "2008")],
    "en-phd-student.pdf": [("Ph.D. in Computer Science", "University of Eastholm", "2019-09", "present"),
                           ("B.S. in Computer Engineering", "Carrow State University", "2015-08", "2019-05")],
    "en-title-company.pdf": [("B.S. in Information Systems", "University of Plainsfield", "2010", "2014")],
    "en-engagements.pdf": [("MBA", "Kessington Business School", "2009", "2010"),
                           ("BA (Hons) Geography", "University of Norbridge", "2005", "2008")],
    "en-clinical.docx": [("Doctor of Medicine (MD)", "Carrowmore School of Medicine", "2010", "2014"),
                         ("B.S. in Biology", "Easterby College", "2006", "2010")],
    "en-nested-roles.docx": [("BSc (Hons) Logistics Management", "University of Kellmoor", "2008", "2011")],
    "en-title-at.docx": [("B.S. in Statistics", "Lonestar State University", "2015", "2019")],
    "de-akademisch.docx": [("Promotion (Dr.-Ing.)", "Universität Rabenfels", "2016-10", "2021-07"),
                           ("Master of Science Maschinenbau", "Universität Rabenfels", "2010-10", "2016-09")],
}

KNOWN = {
    ("en-appointments.pdf", "experience", 1): xfail(
        "fields/header_roles.py / vocab institution_units: 'Postdoctoral Research Fellow, Institute for Molecular "
        "Design, Corvane University': 'Institute for' is no unit word in English (it names whole employers too), "
        "so the institute is taken over the university"),
    ("de-akademisch.docx", "experience", 2): xfail(
        "fields/pattern.py: the section's slot reads the third comma piece as the employer; the visiting post's "
        "town ('…, Institut für Fiktive Materialien, Lindenhall') in that slot is dropped"),
    **{("en-engagements.pdf", "experience", n): xfail(
        "fields/experience.py (_sub_item) / vocab organization_words: of the consultant's client engagements "
        "under 'Selected engagements:', 'High-street retailer — Store operations review (2016 – 2018)' is "
        "still read as a job: 'Store' is an organisation word (the next rows are read right, one place "
        "down)") for n in (1, 2)},
    ("en-engagements.pdf", "count", 0): xfail("fields/experience.py: see the engagements rows above (one extra)"),
}

_parse = cached_parser(UNSEEN, PINNED)


def _entry(e) -> tuple:
    return (e.title, e.company, e.location, e.start, "present" if e.current else e.end)


def test_every_fixture_is_checked():
    assert {p.name for p in UNSEEN.iterdir()} == set(EXPERIENCE) == set(EDUCATION)


@pytest.mark.parametrize("doc, n, row", row_params(EXPERIENCE, "experience", KNOWN))
def test_experience(doc, n, row):
    got = _parse(doc).experience
    assert n < len(got) and _entry(got[n]) == row


@pytest.mark.parametrize("doc", [pytest.param(d, marks=KNOWN.get((d, "count", 0), ())) for d in EXPERIENCE])
def test_no_other_experience(doc):
    # grants, talks, courses taught, students supervised, service and a consultant's client
    # engagements are no jobs
    assert len(_parse(doc).experience) == len(EXPERIENCE[doc])


@pytest.mark.parametrize("doc, n, row", row_params(EDUCATION, "education", KNOWN))
def test_education(doc, n, row):
    got = _parse(doc).education
    assert n < len(got)
    e = got[n]
    assert (e.degree, e.institution, e.start, "present" if e.current else e.end) == row
