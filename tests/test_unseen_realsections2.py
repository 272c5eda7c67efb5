"""The fixtures of fixtures/unseen-realsections2 (built by make_unseen_realsections2.py, stop 23):
section headings as real word processors set them, flat ODT converted by LibreOffice Writer to DOCX
and PDF — a heading as a shaded one-cell table, a heading in a text frame in the margin, a heading
and a tab before the section's first item, run-in headings (a paragraph's first words in bold
capitals), and Spanish headings in narrow table cells that wrap over two lines. The expected values
come from the generator's PEOPLE table (one form, ISO dates), the truth by construction; the same
facts are in labels/ in the scorer's format.

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, fixture_generator, standard_tests

UNSEEN = FIXTURES / "unseen-realsections2"

GEN = fixture_generator("make_unseen_realsections2")
FILES = {name: GEN.PEOPLE[name.rsplit("-", 1)[0]] for name in GEN.file_names() if not name.startswith("labels/")}

CONTACT = {f: (w["name"], w["email"], w["phone"], w["city"]) for f, w in FILES.items()}
EXPERIENCE = {f: [(j["title"], j["company"], j["start"], j["end"], len(j["bullets"]), j["place"]) for j in w["jobs"]]
              for f, w in FILES.items()}
EDUCATION = {f: [(s["degree"], s["institution"], s["start"], s["end"]) for s in w["schools"]]
             for f, w in FILES.items()}
SKILLS = {f: w["skills"] for f, w in FILES.items()}
LANGUAGES = {f: [n for n, _ in w["languages"]] for f, w in FILES.items()}
SECTIONS = {f: GEN.SECTIONS[f.rsplit("-", 1)[0]] for f in FILES}

KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
}


CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES)
_parse = CHECKS.parse

globals().update(standard_tests(CHECKS, KNOWN))  # every fixture checked, contact, city, sections, jobs, schools, skills, languages


def test_every_document_has_its_label():
    names = {p.name for p in UNSEEN.iterdir() if p.is_file()}
    labels = {p.name for p in (UNSEEN / "labels").iterdir()}
    assert labels == {f"{n.rsplit('.', 1)[0]}.json" for n in names}
