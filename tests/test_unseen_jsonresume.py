"""The fixtures of fixtures/unseen-jsonresume (built by make_unseen_jsonresume.py, stop 23): fictional
people's JSON Resume files rendered through ten public npm themes the zoo does not use and printed
by headless Chromium: two columns with sections of their own (actual), a sidebar of skills and
languages (autumn, macchiato), capitals throughout and an e-mail broken in a narrow column
(caffeine), a header band and label/value cells (class), a one-page table of section names
(onepage), a dark right sidebar with the name and skill bars (orbit), section labels and dates in a
left column (paper), schools side by side (short), month names in full (spartan). The expected
values come from each document's gold label (``labels/<name>.json``, written by the generator from
the people's data as the theme prints it, the truth by construction).

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
import json

from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, fixture_generator, printed_set_tests, xfail

UNSEEN = FIXTURES / "unseen-jsonresume"
GEN = fixture_generator("make_unseen_jsonresume")
PEOPLE = fixture_generator("jsonresume_people").PEOPLE
LABELS = {name: json.loads((UNSEEN / "labels" / f"{name[:-4]}.json").read_text(encoding="utf-8"))
          for name in GEN.file_names()}



def _city(doc: str, gold: dict) -> str | None:
    """The person's city where the theme prints the location (in capitals where it prints the name so)."""
    city = PEOPLE[doc[:-4].split("-", 1)[1]]["basics"]["location"]["city"]
    return None if not gold["location"] else city.upper() if gold["name"].isupper() else city


CONTACT = {f: (g["name"], g["emails"][0], g["phones"][0], _city(f, g)) for f, g in LABELS.items()}


def _dates(doc: str, part: str, rows: list[dict]) -> list[tuple]:
    """(start, end) of each job or school: the label's, or the data's own ISO dates where the theme
    prints them as written ("2021-04-01", a day the label leaves out: the parser keeps it)."""
    theme, key = doc[:-4].split("-", 1)
    if GEN.SPEC[theme][part] != "raw":
        return [(r["start"], r["end"]) for r in rows]
    data = PEOPLE[key]["work" if part == "work" else "education"]
    return [(d["startDate"] or None, d["endDate"] or "present") for d in data]


EXPERIENCE = {f: [(j["title"], j["company"], *d) for j, d in zip(g["experience"], _dates(f, "work", g["experience"]))]
              for f, g in LABELS.items()}
EDUCATION = {f: [(s["degree"], s["institution"], *d) for s, d in zip(g["education"], _dates(f, "edu", g["education"]))]
             for f, g in LABELS.items()}
SKILLS = {f: g["skills"] for f, g in LABELS.items() if g["skills"]}
LANGUAGES = {f: g["languages"] for f, g in LABELS.items()}
SECTIONS = {f: ["header"] + g["sections"] for f, g in LABELS.items()}

_CITY = xfail("fields/contact_details.py / location.py: 'LOCATION ⇥ Region ⇥ West Yorkshire' (the page prints no "
              "town): the sub-label 'Region' is read as the town, where the region alone is the place")
_CARDS = xfail("extract/pdf/columns.py: two schools side by side as cards of one shape (name, dates, degree) are "
               "read row by row across both, a table's cells: one school is lost")
_CLIPPED_CELLS = xfail("extract/pdf/hidden.py: skill words clipped in narrow cells and drawn over one another "
                       "('DesigTnekla') are read into the schools above them")
_SKILL_GRID = xfail("fields/lists.py: items set side by side on one line, no shape behind them ('Cryo-EM Western "
                    "blotting CRISPR' under the column head 'Lab'), are read as one")
_SKILL_LABELLED = xfail("extract/pdf/labels.py: the label 'PROFESSIONAL SKILLS' goes in front of the second skill "
                        "row; the first stays under 'LOCATION'")

KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
    ("paper-oluwaseun.pdf", "city", 0): _CITY,
    ("paper-oluwaseun.pdf", "experience", 0): xfail(
        "extract/pdf/labels.py: the first entry's dates sit one row below its title (the section's name holds the "
        "title's row) and go in front of the first bullet, which is then read as the title"),
    ("class-priyanka.pdf", "education", 1): _CARDS,
    ("class-tomasz.pdf", "education", 0): _CLIPPED_CELLS,
    ("class-tomasz.pdf", "education", 1): _CLIPPED_CELLS,
    ("actual-ingrid.pdf", "skills", 0): _SKILL_GRID,
    ("paper-amelie.pdf", "skills", 0): _SKILL_LABELLED,
}


CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES)
_parse = CHECKS.parse


globals().update(printed_set_tests(CHECKS, KNOWN, LABELS))  # every fixture checked, contact, city, jobs, schools, skills, languages
