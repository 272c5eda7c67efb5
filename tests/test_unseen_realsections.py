"""The fixtures of fixtures/unseen-realsections (built by make_unseen_realsections.py, stop 22):
plain-text résumés flattened into one line as a spreadsheet column keeps them, whose headings
share a paragraph with the text above them once the line breaks are restored (extract/flat.py,
segment._own_line), with labels written in every job, labels whose value follows after a colon,
and a heading wrapped after "&". The expected values are the truth by construction.

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, standard_tests, xfail

UNSEEN = FIXTURES / "unseen-realsections"

# name as printed, e-mail, phone as printed, city
CONTACT = {
    "en-editor-flat.txt": ("Rowena Castellane-Pike", "rowena.cp@example.com", "(503) 555-0164", "Portbridge"),
    "en-support-flat.txt": ("Dariusz Okonkwo-Hale", "dariusz.oh@example.com", "07700 900 561", "Sheffield"),
    "en-teacher-flat.txt": ("Marisela Thornquist", "marisela.t@example.com", "(574) 555-0187", "Elkhart"),
}

# the sections' kinds in reading order: a heading inside a restored paragraph is a heading; a
# label in every job, a label over ": value" and the line right under a heading are not
SECTIONS = {
    "en-editor-flat.txt": ["header", "summary", "experience", "education"],
    "en-support-flat.txt": ["header", "summary", "experience", "skills", "education", "awards"],
    "en-teacher-flat.txt": ["header", "summary", "experience", "education", "certifications", "projects",
                            "volunteer"],
}

# (title, employer, start, end or "present"[, highlights])
EXPERIENCE = {
    "en-editor-flat.txt": [("Deputy Editor", "Portbridge Evening Courier", "2019", "present", 2),
                           ("News Editor", "Valley Ledger", "2014", "2019", 1)],
    "en-support-flat.txt": [("IT Support Technician", "Brightmoor Housing Trust", "2021-03", "present"),
                            ("Service Desk Analyst", "Calder Print Works", "2018-06", "2021-02"),
                            ("Apprentice Technician", "Don Valley College", "2016-09", "2018-05")],
    "en-teacher-flat.txt": [("Lead Teacher, Grade 3", "Willow Creek Elementary", "2019-08", "present"),
                            ("Assistant Teacher", "Maple Grove Elementary", "2016-08", "2019-06")],
}

# (degree, institution, start, end)
EDUCATION = {
    "en-editor-flat.txt": [("Master of Arts in Journalism", "Harlow Bay University", "2012", "2013"),
                           ("Bachelor of Arts in English", "Harlow Bay University", None, None)],
    "en-support-flat.txt": [("Level 3 Diploma in IT Support", "Don Valley College", None, "2018")],
    "en-teacher-flat.txt": [("Master of Arts in Education", "Tippecanoe State University", None, None),
                            ("Bachelor of Science in Elementary Education", "Tippecanoe State University", None, None)],
}

SKILLS = {
    "en-support-flat.txt": ["Windows 11", "Ubuntu", "macOS", "Active Directory", "Intune", "Jamf"],
}

KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
    ("en-support-flat.txt", "skills", 0): xfail(
        "fields/lists.py: a category label over its values after a colon on the next line ('Tools' / ': Intune, "
        "Jamf') is read as a skill"),
}

CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS)

globals().update(standard_tests(CHECKS, KNOWN))  # every fixture checked, contact, city, sections, jobs, schools, skills
