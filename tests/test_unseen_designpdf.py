"""The fixtures of fixtures/unseen-designpdf (built by make_unseen_designpdf.py, stop 25): résumés as
design tools (Canva, Figma, Adobe Express, VistaCreate) and Google Docs' PDF export build them,
imitated in HTML/CSS and printed by headless Chromium: every line its own positioned box written in
the order a designer adds them, letter-spaced capital headings, decorative fonts, icons, shapes
behind the text, skill bars and dots, a timeline rail, three columns of boxes, a page of one
two-cell table, dates pushed right by a tab, and messy pages (uneven gaps, an overlapping box, a job
split by the page break, an informal section name); English, German, French, Spanish, Portuguese,
Italian and Dutch. The expected values come from each document's gold label (``labels/<name>.json``,
written by the generator from its PEOPLE table, the truth by construction).

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
import json

from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, fixture_generator, printed_set_tests, xfail

UNSEEN = FIXTURES / "unseen-designpdf"
GEN = fixture_generator("make_unseen_designpdf")
LABELS = {name: json.loads((UNSEEN / "labels" / f"{name[:-4]}.json").read_text(encoding="utf-8"))
          for name in GEN.file_names()}

CONTACT = {f: (g["name"], g["emails"][0], g["phones"][0], GEN.PEOPLE[f[:-4]]["city"]) for f, g in LABELS.items()}
EXPERIENCE = {f: [(j["title"], j["company"], j["start"], j["end"]) for j in g["experience"]] for f, g in LABELS.items()}
EDUCATION = {f: [(s["degree"], s["institution"], s["start"], s["end"]) for s in g["education"]]
             for f, g in LABELS.items()}
SKILLS = {f: g["skills"] for f, g in LABELS.items()}
LANGUAGES = {f: g["languages"] for f, g in LABELS.items()}
SECTIONS = {f: ["header"] + g["sections"] for f, g in LABELS.items()}

_OWN_HEADING = xfail("segment.py: an experience heading in the template's own words ('Where I've worked'), set like "
                     "the known headings, above the first known one while the contact lines sit in the sidebar read "
                     "after it: the header runs on over the jobs (an unknown heading counts only below a contact line)")
_THREE = xfail("extract/pdf/columns.py: three columns of boxes whose middle one runs close to the right one: the "
               "middle and right columns are read as one, the schools' lines joined to the skills'")
_SIDE_HEADS = xfail("extract/pdf/columns.py keeps two short lists side by side, each under a heading of its own "
                    "(three rows a side: fewer than a text box needs), as rows of two cells; segment.py then reads the "
                    "row of two headings ('LANGUAGES ⇥ CERTIFICATIONS') as no heading: the lists go to the section above")

KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
    **{("vista-threecol-es.pdf", f, n): _THREE for f, n in (("education", 0), ("education", 1), ("skills", 0))},
    **{(d, f, 0): _SIDE_HEADS for d, f in (("express-cards-en.pdf", "skills"), ("canva-timeline-en.pdf", "skills"),
                                           ("canva-timeline-en.pdf", "languages"))},
    **{("messy-canvas-en.pdf", f, n): _OWN_HEADING for f, n in (("experience", 0), ("experience", 1),
                                                                ("experience", 2), ("skills", 0))},
}

CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES)
_parse = CHECKS.parse


globals().update(printed_set_tests(CHECKS, KNOWN, LABELS))  # every fixture checked, contact, city, jobs, schools, skills, languages
