"""The fixtures of fixtures/unseen-realwork (built by make_unseen_realwork.py, stop 22): work
histories in the shapes the public NER résumé texts showed, about fictional people: a text flattened
into one line whose date dashes were lost ("May 2016  Present", "2009  2014: Press Operator"), years
glued with their dash lost ("20182022: Employer" over "Position: Title", "2022present"), and the
Indian job-board shape "Company: Employer" / "Client: …" over the role. The expected values are the
truth by construction: each entry as the text prints it.

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, standard_tests

UNSEEN = FIXTURES / "unseen-realwork"

# name as printed, e-mail, phone as printed, city
CONTACT = {
    "en-flat-dashes.txt": ("Nadia Okonkwo-Brandt", "nadia.ob@example.com", "(614) 555-0173", "Columbus"),
    "en-glued-years.txt": ("Tobias Wrenfield-Achterberg", "tobias.wa@example.com", "+44 161 496 0385", "Manchester"),
    "en-in-labels.txt": ("Rohan Deshmukh-Varma", "rohan.dv@example.com", "+91 20 0000 4172", "Pune"),
}

# the sections' kinds in reading order ("header": the name block above the first heading)
SECTIONS = {
    "en-flat-dashes.txt": ["header", "summary", "experience", "education", "skills"],
    "en-glued-years.txt": ["header", "experience", "education", "skills"],
    "en-in-labels.txt": ["header", "experience", "education", "skills"],
}

# (title, company, start, end or "present", bullets[, place])
EXPERIENCE = {
    "en-flat-dashes.txt": [
        ("PRESS ENGINEER", "Tarrow Print Works", "2016-05", "present", 0, "Columbus"),  # "May 2016  Present"
        ("Press Operator", "Harwick Label Company", "2009", "2014", 0, "Kelham Lane, OH"),  # "2009  2014: Title"
        ("Print Apprentice", "Orrin Packaging", "2007-08", "2009-03", 0, "Dayton, Ohio"),
    ],
    "en-glued-years.txt": [
        ("Senior Web Developer", "Kelham Digital Ltd", "2022", "present", 0, None),  # "2022present"
        ("Web Developer", "Orrin Media Group", "2018", "2022", 0, None),  # "20182022"
        ("Junior Developer", "Harwick Studio", "2015", "2018", 0, None),
    ],
    "en-in-labels.txt": [
        ("Support Engineer", "Varga Systems", "2019-06", "present", 0, "Pune, Maharashtra"),
        ("Desktop Support Analyst", "Tarrowfield Services", None, None, 0, None),  # "Company: …" over the role
        ("Service Desk Associate", "Orrin Infotech", None, None, 0, None),
    ],
}

# (degree, institution, start, end); a school printed with one date has only its end
EDUCATION = {
    "en-flat-dashes.txt": [("Associate of Applied Science in Graphic Communications",
                            "Scioto Valley Technical College", None, "2007")],
    "en-glued-years.txt": [("BSc Computer Science", "University of Salford Quays", None, "2015")],
    "en-in-labels.txt": [("Bachelor of Engineering in Computer Engineering", "Savitri College of Engineering",
                          "2014", "2018")],
}

SKILLS = {
    "en-flat-dashes.txt": ["Heidelberg presses", "flexo printing", "preventive maintenance", "colour management",
                           "lean"],
    "en-glued-years.txt": ["TypeScript", "React", "PHP", "MySQL", "Go", "Vite", "WordPress"],
    "en-in-labels.txt": ["ServiceNow", "Active Directory", "Windows Server", "ITIL", "PowerShell"],
}

KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
}

CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS)

globals().update(standard_tests(CHECKS, KNOWN))  # every fixture checked, contact, city, sections, jobs, schools, skills
