"""The fixtures of fixtures/unseen-slides (built by make_unseen_slides.py, stop 22): résumés made
in slide and drawing tools — flat ODF exported to PDF by LibreOffice Impress and Draw: pages of
positioned text frames painted in the order the author made them, a coloured side band with its
own frames, OpenSymbol list bullets, letter-spaced headings, an entry's dates, employer and title
in three frames side by side, labels in one frame and their values in another, section names
turned a quarter, a timeline, skill pills, two slides; English, German, French and Spanish. The
expected values come from the generator's PEOPLE table (one form, ISO dates), the truth by
construction: each job as (title, employer, start, end or "present", number of bullets, place).

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, fixture_generator, standard_tests, xfail

UNSEEN = FIXTURES / "unseen-slides"


GEN = fixture_generator("make_unseen_slides")
FILES = {name: GEN.PEOPLE[name.rsplit(".", 1)[0]] for name in GEN.file_names()}

# the timeline résumé prints its name in capitals
CONTACT = {f: (w["name"].upper() if f.startswith("en-draw-timeline") else w["name"], w["email"], w["phone"],
               w["city"]) for f, w in FILES.items()}
EXPERIENCE = {f: [(j["title"], j["company"], j["start"], j["end"], len(j["bullets"]), j["place"]) for j in w["jobs"]]
              for f, w in FILES.items()}
EDUCATION = {f: [(s["degree"], s["institution"], s["start"], s["end"]) for s in w["schools"]]
             for f, w in FILES.items()}
SKILLS = {f: w["skills"] for f, w in FILES.items()}
LANGUAGES = {f: [n for n, _ in w["languages"]] for f, w in FILES.items() if w["languages"]}

# the sections' kinds in reading order ("header": the name block above the first heading, with an
# unheaded summary under the headline)
_SECTIONS = {
    "en-impress-sidebar": ["header", "contact", "skills", "languages", "experience", "education"],
    "en-draw-three-frames": ["header", "experience", "education", "skills"],
    "en-impress-widescreen": ["header", "experience", "education", "skills", "languages"],
    # "Persönliche Daten" holds the address, phone and e-mail; "Kenntnisse" the EDV and Sprachen rows
    "de-draw-labels": ["header", "contact", "experience", "education", "skills"],
    "fr-draw-rotated": ["header", "experience", "education", "skills", "languages"],
    "en-draw-timeline": ["header", "summary", "experience", "education", "skills"],
    "es-impress-two-slides": ["header", "experience", "education", "skills", "languages"],
    "en-draw-touching": ["header", "contact", "skills", "languages", "summary", "experience", "education"],
}
SECTIONS = {f: _SECTIONS[f.rsplit(".", 1)[0]] for f in FILES}

KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
    ("de-draw-labels.pdf", "sections", 0): xfail(
        "label_cells.py: the label 'Anschrift' (an address label) on a label row under 'Persönliche Daten' starts a "
        "contact section of its own"),
}


CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES)
_parse = CHECKS.parse

globals().update(standard_tests(CHECKS, KNOWN))  # every fixture checked, contact, city, sections, jobs, schools, skills, languages
