"""The fixtures of fixtures/unseen-docxweb (built by make_unseen_docxweb.py, stop 24): DOCX résumés
from the libraries web résumé builders export with — html-to-docx (a builder's HTML page: layout
tables, spans with inline styles, numbered lists, the name in the page header), officegen (its own
paragraph and table XML, lists of dots, the whole document in two columns), docx.js habits not used
before (a sidebar in a frame, a continuous section of two columns with a rule between them, a job
per borderless row of a label cell and a content cell, dot tab leaders, content controls) — from
LibreOffice importing RTF (right tab stops, tables) and HTML (a float sidebar, a two-cell layout
table), and from python-docx imitating a Google Docs export (the page in a table of one row and two
cells, headings as styled Normal paragraphs, Title and Subtitle for the name and headline); two of
them printed to PDF by LibreOffice. The expected values come from the generator's PEOPLE table
(one form, ISO dates), the truth by construction; the same table writes the gold labels in
``unseen-docxweb/labels/``, which the official scorer reads.

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
from .conftest import FIXTURES, PINNED
from .helpers import LabelledSet, fixture_generator, generator_labels_test, standard_tests, xfail

UNSEEN = FIXTURES / "unseen-docxweb"

GEN = fixture_generator("make_unseen_docxweb")
DOCS = [n for n in GEN.file_names() if not n.startswith("labels/")]
FILES = {name: GEN.person(name.rsplit(".", 1)[0]) for name in DOCS}

CONTACT = {f: (w["name"], w["email"], w["phone"], w["city"]) for f, w in FILES.items()}
EXPERIENCE = {f: [(j["title"], j["company"], j["start"], j["end"], len(j["bullets"])) for j in w["jobs"]]
              for f, w in FILES.items()}
EDUCATION = {f: [(s["degree"], s["institution"], s["start"], s["end"]) for s in w["schools"]]
             for f, w in FILES.items()}
SKILLS = {f: w["skills"] for f, w in FILES.items()}
LANGUAGES = {f: [n for n, _ in w["languages"]] for f, w in FILES.items() if w["languages"]}
# the sections' kinds in reading order ("header": the name block; a sidebar's contact block is a
# contact section where it stands)
_SIDEBAR = ["contact", "skills", "languages"]
_SECTIONS = {
    "en-h2d-sidebar": [*_SIDEBAR, "header", "experience", "education"],
    "en-h2d-sidebar-print": ["header", *_SIDEBAR, "experience", "education"],
    "en-docxjs-frame": [*_SIDEBAR, "header", "experience", "education"],
    "en-lo-html-float": [*_SIDEBAR, "header", "experience", "education"],  # (the float comes first in the text)
    "en-h2d-twocell": ["header", "education", "skills", "languages", "experience"],
    "en-gdocs-twocell": ["header", "skills", "languages", "experience", "education"],
    "en-gdocs-twocell-print": ["header", "skills", "languages", "experience", "education"],
    "es-lo-html-dos": ["header", "experience", "education", "skills", "languages"],
}
SECTIONS = {f: _SECTIONS.get(f.rsplit(".", 1)[0], ["header", *GEN.sections(w)]) for f, w in FILES.items()}

# html-to-docx drops the heading styles of headings inside table cells: the main cell's "Experience" and
# "Education" are headings since segment._flat_headings; what is left is the name's place
_NAME_PLAIN = xfail("segment.py (_late_name): the name in the body's type (html-to-docx drops the h1's style in a "
                    "table cell) under the sidebar's languages opens no header block of its own")
_MAIN_FIRST = xfail("extract/pdf/columns.py: the main column, no gap inside it and the headline its largest type, "
                    "is read whole before the sidebar, not only its opening block")
KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
    ("en-h2d-sidebar.docx", "sections", 0): _NAME_PLAIN,
    ("en-h2d-sidebar-print.pdf", "sections", 0): _MAIN_FIRST,
    ("en-officegen-table.docx", "skills", 0): xfail(
        "fields/lists (rekind): the skill 'Forklift certified' in a skills list goes to certifications"),
}


CHECKS = LabelledSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES)
_parse = CHECKS.parse

globals().update(standard_tests(CHECKS, KNOWN))  # every fixture checked, contact, city, sections, jobs, schools, skills, languages


test_labels_are_the_generators = generator_labels_test(UNSEEN, DOCS, GEN)  # no hand edits of the labels
