"""The fixtures of fixtures/unseen-reallists (built by make_unseen_reallists.py, stop 22): plain-text
résumés whose skill lists are written in the shapes the public span-labelled résumé corpora
(corpus/ner) showed breaking the list reader: a job board's export with "Name (N years)" items
wrapped mid-item and "Category : a, b" rows whose first row names a product's versions joined by
slashes ("Windows Server 2016/2012 R2/2008": once read as a date range, the row and every row under
it were dropped as a strayed job); "Areas of expertise" as phrases apart by spaced tildes; a
"Key Skills - …" line wrapped inside a job. The expected values are the truth by construction: each
item as the page prints it.

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, standard_tests, xfail

UNSEEN = FIXTURES / "unseen-reallists"

# name as printed, e-mail, phone as printed, city
CONTACT = {
    "en-network-board.txt": ("Rafaela Quintero-Haldane", "rafaela.qh@example.com", "(520) 555-0147", "Tucson"),
    "en-teacher-tilde.txt": ("Imogen Fairweather-Osei", "imogen.fo@example.com", "029 2018 0613", "Swansea"),
    "en-bi-keyskills.txt": ("Tobias Ekwueme-Lindqvist", "tobias.el@example.com", "(612) 555-0139", "Minneapolis"),
}

# the sections' kinds in reading order ("header": the name block above the first heading)
SECTIONS = {
    "en-network-board.txt": ["header", "experience", "education", "skills", "skills"],
    "en-teacher-tilde.txt": ["header", "summary", "skills", "experience", "education"],
    "en-bi-keyskills.txt": ["header", "experience", "education", "skills"],
}

# (title, company, start, end, bullets); "present" for an ongoing role
EXPERIENCE = {
    "en-network-board.txt": [("Network Engineer", "Tessaly Networks", "2019-03", "present", 3),
                             ("Network Support Technician", "Saguaro Data Services", "2015-06", "2019-02", 2)],
    "en-teacher-tilde.txt": [("Year 5 Class Teacher", "Ysgol Glan Tawe", "2019-09", "present", 2),
                             ("Year 3 Class Teacher", "Mumbles Bay Primary", "2016-09", "2019-07", 1)],
    "en-bi-keyskills.txt": [("BI Manager", "Halvard Analytics", "2020-04", "present"),
                            ("Senior BI Developer", "Halvard Analytics", "2016-05", "2020-03")],
}

# (degree, institution, start, end)
EDUCATION = {
    "en-network-board.txt": [("B.Sc. in Computer Networks", "Desert Bloom University", "2011", "2015")],
    "en-teacher-tilde.txt": [("PGCE Primary", "University of Gower", "2015", "2016"),
                             ("BA Education Studies", "University of Gower", "2012", "2015")],
    "en-bi-keyskills.txt": [("Master of Science in Information Systems", "North Star State University", "2014",
                             "2016")],
}

# every distinct skill item as written, without levels or years, in reading order
SKILLS = {
    # "Wireless Surveys (Less" / "than 1 year)": an item wrapped mid-duration; a product's versions
    "en-network-board.txt": ["Routing", "Switching", "Firewall Policy", "Wireless Surveys", "Packet Capture",
                             "Windows Server 2016/2012 R2/2008", "Ubuntu", "CentOS", "Nagios", "Zabbix", "PRTG",
                             "VMware ESXi 6.5 / 6.7 / 7.0", "Proxmox", "Python", "Bash", "PowerShell"],
    # phrases apart by spaced tildes
    "en-teacher-tilde.txt": ["Lesson Planning", "Classroom Management", "Phonics Teaching", "Outdoor Learning",
                             "Pupil Assessment & Reporting", "Special Educational Needs Support",
                             "Parent Communication"],
    # the SKILLS section's items; the "Key Skills - …" and "Tools - …" lines inside the jobs belong to them
    "en-bi-keyskills.txt": ["Data Warehousing", "Power BI", "SQL", "Stakeholder Management"],
}

KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
    **{("en-bi-keyskills.txt", "experience", n): xfail(
        "fields/entries.py: a labelled line of tools inside a job ('Key Skills - a, b, c,') wrapped onto the next "
        "line is read as the next job's employer, and the job's own 'Tools - …' line as a job of its own")
       for n in (0, 1)},
}


CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS)

globals().update(standard_tests(CHECKS, KNOWN))  # every fixture checked, contact, city, sections, jobs, schools, skills
