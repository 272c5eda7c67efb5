"""The fixtures of fixtures/unseen-wordtpl (built by make_unseen_wordtpl.py, stop 28): DOCX résumés as
people fill the résumé templates Word and Google Docs offer — a 30/70 borderless layout table with
education in the shaded left cell, education as a table of [years | degree ⏎ school ⏎ grade] (or
with a header row of column names), a continuous section of two columns with a column break, a job
table nested in a layout cell, content controls around each entry with one unfilled placeholder
entry, headings in localised ("Überschrift 1", "Titre 1", "Título 1") or custom ("Section Heading")
styles, dates at a right tab stop or pushed right by TABs, a floating text box, a grouped-shape
sidebar and a floating table as sidebars, rotated section labels, Word's run fragments. The expected
values come from the generator's PEOPLE table (one form, ISO dates), the truth by construction; the
same table writes the gold labels in ``unseen-wordtpl/labels/``, which the official scorer reads.

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
from .conftest import FIXTURES, PINNED
from .helpers import LabelledSet, fixture_generator, generator_labels_test, standard_tests, xfail

UNSEEN = FIXTURES / "unseen-wordtpl"

GEN = fixture_generator("make_unseen_wordtpl")
DOCS = [n for n in GEN.file_names() if not n.startswith("labels/")]
FILES = {name: GEN.person(name.rsplit(".", 1)[0]) for name in DOCS}

CONTACT = {f: (w["name"], w["email"], w["phone"], w["city"]) for f, w in FILES.items()}
EXPERIENCE = {f: [(j["title"], j["company"], j["start"], j["end"], len(j["bullets"]), j["place"]) for j in w["jobs"]]
              for f, w in FILES.items()}
EDUCATION = {f: [(s["degree"], s["institution"], s["start"], s["end"]) for s in w["schools"]]
             for f, w in FILES.items()}
SKILLS = {f: w["skills"] for f, w in FILES.items()}
LANGUAGES = {f: [n for n, _ in w["languages"]] for f, w in FILES.items() if w["languages"]}
# the sections' kinds in reading order ("header": the name block; a sidebar's contact block is a
# contact section where it stands)
SECTIONS = {f: w["order"] for f, w in FILES.items()}

KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
    ("en-tpl-messy.docx", "sections", 0): xfail(
        "segment.py (headings): 'Where I've worked' over the jobs is no heading of a known kind (other); naming "
        "it experience in the vocabulary breaks unseen-text/en-own-words.txt, whose other chatty headings then "
        "stop being headings at all"),
    ("en-tpl-messy.docx", "experience", 1): xfail(
        "fields/experience.py: a bullet typed on the employer's line after it ('Employer  •  first bullet'): no "
        "employer, and the bullet lost"),
    ("en-gdocs-tpl.docx", "experience", 0): xfail(
        "fields/experience.py: a title wrapped onto a second line by a soft break in the head paragraph "
        "('… — Charge Nurse, ⏎ Cardiac Step-Down Unit'): the title keeps its first line only"),
    ("es-tpl-tabla.docx", "experience", 1): xfail(
        "fields/experience.py: the town in brackets after the employer ('Semillas Moncayo S.L. (Tarazona)') stays "
        "in the employer, no place"),
}


CHECKS = LabelledSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES)
_parse = CHECKS.parse

globals().update(standard_tests(CHECKS, KNOWN))  # every fixture checked, contact, city, sections, jobs, schools, skills, languages


test_labels_are_the_generators = generator_labels_test(UNSEEN, DOCS, GEN)  # no hand edits of the labels
