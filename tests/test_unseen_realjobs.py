"""The fixtures of fixtures/unseen-realjobs (built by make_unseen_realjobs.py, stop 23): work
histories in the shapes the public NER résumé texts showed, about fictional people: a flattened
two-page text whose page label and repeated heading stand between two jobs, whose bracketed year
ranges lost their dash ("Dispatch Clerk (2013" / "2016)") and one of whose ranges ends on the
role's own line ("Nov 2009" / "Feb 2013 Line Cook, …"); and jobs written as sentences of
employment ("Worked as Software Engineer with … from … to …"); undated rows of employer and role. The expected
values are the truth by construction: each entry as the text prints it.

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, standard_tests

UNSEEN = FIXTURES / "unseen-realjobs"

# name as printed, e-mail, phone as printed, city
CONTACT = {
    "en-flat-furniture.txt": ("Mara Quillfeather", "mara.qf@example.com", "(312) 555-0148", "Aurora"),
    "en-in-sentences.txt": ("Arjun Pradhan-Kulkarni", "arjun.pk@example.com", "+91 80 0000 5291", "Bengaluru"),
    "en-rows.txt": ("Lena Marchetti-Okafor", "lena.mo@example.com", "(614) 555-0162", "Columbus"),
}

# the sections' kinds in reading order ("header": the name block above the first heading)
SECTIONS = {
    "en-flat-furniture.txt": ["header", "summary", "experience", "education", "skills"],
    "en-in-sentences.txt": ["header", "experience", "education", "skills"],
    "en-rows.txt": ["header", "education", "experience", "skills"],
}

# (title, company, start, end or "present", bullets[, place])
EXPERIENCE = {
    "en-flat-furniture.txt": [
        ("Logistics Coordinator", "Harwick Freight Lines", "2016", "present", 0, "Joliet, Illinois"),
        ("Dispatch Clerk", "Tarrow Haulage Company", "2013", "2016", 0, "Naperville, Illinois"),
        ("Line Cook", "Orrin Street Diner", "2009-11", "2013-02", 0, None),
    ],
    "en-in-sentences.txt": [
        ("Software Engineer", "Kelham Systems Limited", "2015-12", "2016-09", 0, None),
        (None, "Tarrowfield Consultancy Services", "2013-02", "2015-11", 0, "Pune"),
        ("Trainee Developer", "Orrin Infotech Pvt Ltd", "2012-06", "2013-01", 0, None),
    ],
    "en-rows.txt": [
        ("Warehouse Associate", "KELBY COLD STORAGE", None, None, 0, None),
        ("Cashier", "DUNMORE MARKETS", None, None, 0, None),
        ("Sales Assistant", "HARLOW HARDWARE CO.", None, None, 0, None),
    ],
}

# (degree, institution, start, end); a school printed with one date has only its end
EDUCATION = {
    "en-flat-furniture.txt": [("Associate of Applied Science in Supply Chain Management", "Waubonsee Valley College",
                               None, "2009")],
    "en-in-sentences.txt": [("Bachelor of Engineering in Information Technology", "Savitri College of Engineering",
                             "2008", "2012")],
    "en-rows.txt": [("Bachelor of Science in Nursing", "Scioto Valley University", None, "2026")],
}

SKILLS = {
    "en-flat-furniture.txt": ["load planning", "carrier management", "yard management", "forklift", "Excel"],
    "en-in-sentences.txt": ["Java", "Spring Boot", "Angular", "Oracle SQL", "Unix shell"],
    "en-rows.txt": ["Patient intake", "first aid", "inventory", "Excel"],
}

KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
}

CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS)

globals().update(standard_tests(CHECKS, KNOWN))  # every fixture checked, contact, city, sections, jobs, schools, skills
