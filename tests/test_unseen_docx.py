"""The fixtures of fixtures/unseen-docx (built by make_unseen_docx.py, round 12): Word documents as
the commonest producers of DOCX résumés write them, with the weight on education and experience: a
Word template with small-caps dates above "Title, Employer", a Word template with a coloured left
column and "Employer | Title | dates" lines, an online builder's export (dates in a narrow left
cell, "Degree: Field" over "School, Town"), a Google Docs export with its Title/Heading styles and
spacing paragraphs, a LibreOffice Writer DOCX (Text Body, a frame, numbering without glyphs), WPS
Office ("2019.03 - Present ⇥ Employer ⇥ Title"), the Europass CV of 2005-2012 with its label column,
an education table with a header row, one with several rows per degree, a US résumé whose
education carries "Thesis:", "Cum. GPA:", coursework and honours. The expected values are the
truth by construction: each entry as the page prints it.

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
import pytest

from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, row_params, standard_tests, xfail

UNSEEN = FIXTURES / "unseen-docx"

# name as printed, e-mail, phone as printed, city
CONTACT = {
    "en-word-dates-above.docx": ("Honoria Blythe-Okafor", "honoria.bo@example.com", "+44 1632 960 274", "Tunbridge Wells"),
    "en-word-color-column.docx": ("Lysander Quarshie-Holm", "lysander.qh@example.com", "+1 614 555 0187", "Columbus"),
    "en-builder-grid.docx": ("Perpetua Ashworth-Nwosu", "perpetua.an@example.com", "+44 113 496 0518", "Leeds"),
    "en-gdocs-styles.docx": ("Tobias Engelhart-Mbeki", "tobias.em@example.com", "(555) 010-4417", "Madison"),
    "en-writer.docx": ("Ingeborg Strachan-Lowe", "ingeborg.sl@example.com", "+44 1224 960 0651", "Aberdeen"),
    "en-wps.docx": ("Wenjun Harcourt-Li", "wenjun.hl@example.com", "+1 415 555 0193", "San Jose"),
    "en-europass-labels.docx": ("Castellanos Weir, Aurelio", "aurelio.cw@example.com", "+34 600 000 582", "Madrid"),
    "en-edu-table.docx": ("Aditi Raghunathan Pillai", "aditi.rp@example.com", "+91 98000 00417", "Kochi"),
    "en-edu-rows.docx": ("Evangeline Moorcroft-Adeyemi", "evangeline.ma@example.com", "+44 1904 960 0732", "York"),
    "en-word-modern-edu.docx": ("Cordelia Vanterpool-Ibsen", "cordelia.vi@example.com", "(555) 010-5526", "Pittsburgh"),
}

# the sections' kinds in reading order ("header": the name block above the first heading)
SECTIONS = {
    "en-word-dates-above.docx": ["header", "experience", "education", "skills"],
    "en-word-color-column.docx": ["header", "contact", "skills", "languages", "experience", "education"],
    "en-builder-grid.docx": ["header", "summary", "experience", "education", "skills"],
    "en-gdocs-styles.docx": ["header", "experience", "education", "skills"],
    "en-writer.docx": ["header", "experience", "education", "skills"],
    "en-wps.docx": ["header", "experience", "education", "skills", "languages"],
    "en-europass-labels.docx": ["contact", "experience", "education", "skills"],  # "Personal information" first
    "en-edu-table.docx": ["header", "summary", "education", "experience", "skills", "languages"],
    "en-edu-rows.docx": ["header", "education", "experience", "skills"],
    "en-word-modern-edu.docx": ["header", "education", "experience", "skills"],
}

# (title, company, start, end, bullets); "present" for an ongoing role
EXPERIENCE = {
    "en-word-dates-above.docx": [("Practice Nurse", "Pantiles Medical Centre", "2020-03", "present", 0),
                                 ("Staff Nurse", "Medway Vale Hospital", "2016-09", "2020-02", 0)],
    "en-word-color-column.docx": [("Warehouse Supervisor", "Scioto Freight Hub", "2019", "present", 2),
                                  ("Inventory Lead", "Olentangy Distribution", "2015", "2019", 1)],
    "en-builder-grid.docx": [("Senior Accountant", "Harbour Lane Partners", "2019-03", "present", 2),
                             ("Audit Senior", "Kirkstall & Rowe LLP", "2015-09", "2019-02", 1)],
    "en-gdocs-styles.docx": [("Data Analyst", "Monona Health Analytics", "2021-06", "present", 2),
                             ("Junior Analyst", "Yahara Insurance", "2018-08", "2021-05", 1)],
    "en-writer.docx": [("Senior Marine Ecologist", "Dee Estuary Ecology Ltd", "2019", "2024", 2),
                       ("Research Technician", "Stonehaven Marine Laboratory", "2015", "2019", 1)],
    "en-wps.docx": [("Process Engineer", "Alviso Semiconductor Inc.", "2019-03", "present", 2),
                    ("Quality Engineer", "Milpitas Precision Parts", "2016-07", "2019-02", 1)],
    # "Main activities and responsibilities ⇥ …": a sentence, no bullets
    "en-europass-labels.docx": [("Logistics Coordinator", "Tajo Forwarding S.L.", "2018-05", "present", 0),
                                ("Warehouse Assistant", "Almacenes Henares S.A.", "2014-09", "2018-04", 0)],
    "en-edu-table.docx": [("Software Engineer", "Vembanad Softlabs Pvt. Ltd.", "2022-07", "present", 2),
                          ("Intern", "Marine Drive Analytics", "2022-01", "2022-06", 1)],
    "en-edu-rows.docx": [("Data Analyst", "Ouse Valley Transport", "2022-09", "present", 2),
                         ("Summer Research Intern", "Fulford Vale Mathematics Department", "2020-06", "2020-08", 1)],
    "en-word-modern-edu.docx": [("Epidemiologist", "Allegheny County Health Department", "2020-08", "present", 2),
                                ("Research Assistant", "Wexford College Biology Department", "2017-06", "2018-05", 1)],
}

# (degree, institution, start, end); a school printed with one date has only its end
EDUCATION = {
    "en-word-dates-above.docx": [("BSc (Hons) Adult Nursing", "University of Wealdstone", None, "2016-06")],
    "en-word-color-column.docx": [("AAS Supply Chain Management", "Hocking Valley Community College", None, "2015")],
    "en-builder-grid.docx": [("Bachelor of Science: Accounting and Finance", "Kestrel University", "2011-09", "2014-06"),
                             ("A Levels: Mathematics, Economics, History", "Roundhay Sixth Form College", "2009-09",
                              "2011-06")],
    "en-gdocs-styles.docx": [("BS Statistics", "Badger State University", "2014-09", "2018-05")],
    "en-writer.docx": [("MSc Marine Biology", "University of Portlethen", "2014", "2015")],
    # "Coyote Valley University ⇥ Mechanical Engineering ⇥ Bachelor": the field in a cell of its own
    "en-wps.docx": [("Bachelor", "Coyote Valley University", "2012-09", "2016-06")],
    "en-europass-labels.docx": [("Bachelor's Degree in Business Administration", "Universidad de Aranjuez",
                                 "2010-09", "2014-06")],
    "en-edu-table.docx": [("B.Tech (Computer Science and Engineering)", "Periyar Institute of Technology", None, "2022"),
                          ("Class XII (CBSE)", "Kendriya Vidyalaya Thrikkakara", None, "2018"),
                          ("Class X (CBSE)", "Kendriya Vidyalaya Thrikkakara", None, "2016")],
    "en-edu-rows.docx": [("MSc Data Science", "University of Ravensmoor", "2021", "2022"),
                         ("BSc (Hons) Mathematics", "University of Fulford Vale", "2018", "2021")],
    "en-word-modern-edu.docx": [("Master of Public Health, Epidemiology", "Northgate School of Public Health", None,
                                 "2020-05"),
                                ("Bachelor of Arts in Biology", "Wexford College", "2014", "2018")],
}

# each education entry's grade as printed (None: the entry prints none)
GRADES = {
    "en-word-dates-above.docx": ["First Class Honours"],  # in a sentence under the degree
    "en-gdocs-styles.docx": ["GPA 3.6/4.0"],
    "en-edu-table.docx": ["8.6 CGPA", "92.4%", "9.8 CGPA"],
    "en-edu-rows.docx": ["Distinction", "First Class Honours"],
    "en-word-modern-edu.docx": ["Cum. GPA: 3.84 / 4.0", "magna cum laude"],
}

# each education entry's details (the lines under its degree and school)
EDUCATION_DETAILS = {
    "en-word-dates-above.docx": [["Graduated with First Class Honours. Relevant coursework: Pharmacology, "
                                  "Community care, Evidence-based practice."]],
    "en-writer.docx": [["Thesis: Kelp forest recovery after sea urchin removal."]],
    "en-edu-rows.docx": [["Thesis: Forecasting bus ridership with gradient boosting.",
                          "Relevant coursework: Machine Learning, Bayesian Statistics, Databases."],
                         ["Dissertation: Random walks on expander graphs."]],
    "en-word-modern-edu.docx": [["Thesis: Heat waves and emergency visits in older adults", "Cum. GPA: 3.84 / 4.0"],
                                ["Relevant coursework: Biostatistics, Genetics, Organic Chemistry",
                                 "Honors: Phi Beta Kappa, Dean's List (six semesters)"]],
}

SKILLS = {
    "en-word-dates-above.docx": ["Chronic disease management", "Wound care", "Travel vaccinations", "EMIS Web"],
    "en-word-color-column.docx": ["Warehouse management systems", "OSHA safety", "Forklift training"],
    "en-builder-grid.docx": ["Consolidation", "IFRS", "Xero", "Power BI"],
    "en-gdocs-styles.docx": ["SQL", "Python", "Tableau", "dbt"],
    "en-writer.docx": ["Benthic taxonomy", "PRIMER", "R", "Small boat handling"],
    "en-wps.docx": ["SPC", "FMEA", "JMP", "AutoCAD"],
    "en-europass-labels.docx": ["SAP", "Excel", "customs declaration software"],
    "en-edu-table.docx": ["Java", "Spring Boot", "Python", "MySQL", "Git"],
    "en-edu-rows.docx": ["Python", "R", "SQL", "scikit-learn", "Git"],
    "en-word-modern-edu.docx": ["R", "SAS", "ArcGIS", "REDCap", "Survey design"],
}

LANGUAGES = {
    "en-word-color-column.docx": ["English", "Spanish"],
    "en-wps.docx": ["Mandarin", "English"],
    "en-europass-labels.docx": ["Spanish", "English", "Portuguese"],
    "en-edu-table.docx": ["English", "Malayalam", "Hindi"],
}

KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
    ("en-europass-labels.docx", "leftover", 0): xfail(
        "fields/contact.py: 'Personal information' rows ('Surname(s) / First name(s)', 'Nationality') are left "
        "over as an other section"),
    ("en-edu-rows.docx", "experience", 0): xfail(
        "fields/experience.py / places.py: 'Ouse Valley Transport, York' in a line of its own under the title: the "
        "town is kept in the employer ('York' is a town named by a common word to the tables, so no table says it)"),
}


CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES)
_parse = CHECKS.parse


def _known(doc: str, what: str, n: int = 0):
    return KNOWN.get((doc, what, n), ())


globals().update(standard_tests(CHECKS, KNOWN))  # every fixture checked, contact, city, sections, jobs, schools, skills, languages


@pytest.mark.parametrize("doc, n, raw", row_params(GRADES, "grade", KNOWN))
def test_grades(doc, n, raw):
    grade = _parse(doc).education[n].grade
    assert (grade.raw if grade else None) == raw


@pytest.mark.parametrize("doc, n, details", row_params(EDUCATION_DETAILS, "details", KNOWN))
def test_education_details(doc, n, details):
    assert _parse(doc).education[n].highlights == details


@pytest.mark.parametrize("doc", [pytest.param(d, marks=_known(d, "leftover")) for d in sorted(CONTACT)])
def test_nothing_is_left_over(doc):
    assert _parse(doc).other_sections == []


def test_a_description_paragraph_under_small_caps_dates_is_the_jobs_summary():
    jobs = _parse("en-word-dates-above.docx").experience
    assert jobs[1].summary == "Acute medical ward of 28 beds; mentor to student nurses on placement."


@pytest.mark.parametrize("doc, fields", [
    ("en-wps.docx", ["Mechanical Engineering"]),        # a cell of its own beside "Bachelor"
    ("en-builder-grid.docx", ["Accounting and Finance", "Mathematics, Economics, History"]),  # "Degree: Field"
    ("en-edu-rows.docx", ["Data Science", "Mathematics"]),
])
def test_field_of_study(doc, fields):
    assert [e.field_of_study for e in _parse(doc).education] == fields
