"""The fixtures of fixtures/unseen-htmlcv (built by make_unseen_htmlcv.py, stop 24): fictional
people's résumés printed by headless Chromium from layouts no earlier set used: five further npm
JSON Resume themes (crisp, eloquent, kendall, slick, straightforward) and four HTML/CSS templates of
our own in shapes common on the web (a word processor's print, a grid with a sidebar of skill bars
and addresses broken at its edge, a timeline whose rail holds the start over the end, a print
stylesheet in two newspaper columns). The expected values come from each document's gold label
(``labels/<name>.json``, written by the generator from the people's data as the page prints it,
the truth by construction).

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
import json

from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, fixture_generator, printed_set_tests, xfail

UNSEEN = FIXTURES / "unseen-htmlcv"
GEN = fixture_generator("make_unseen_htmlcv")
PEOPLE = fixture_generator("jsonresume_people").PEOPLE
LABELS = {name: json.loads((UNSEEN / "labels" / f"{name[:-4]}.json").read_text(encoding="utf-8"))
          for name in GEN.file_names()}


def _city(doc: str, gold: dict) -> str | None:
    """The person's city where the page prints the location."""
    return PEOPLE[doc[:-4].split("-", 1)[1]]["basics"]["location"]["city"] if gold["location"] else None


CONTACT = {f: (g["name"], g["emails"][0], g["phones"][0], _city(f, g)) for f, g in LABELS.items()}


def _dates(doc: str, part: str, rows: list[dict]) -> list[tuple]:
    """(start, end) of each job or school: the label's, or the data's own ISO dates where the page
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

_RAIL_YEARS = xfail("extract/pdf/sides.py: a rail of years, smaller than the degree and the school beside them (their "
                    "baselines drift apart), is read as a column of its own, the years apart from their schools; read "
                    "as labels, the start over the end joins into '2016 2020', which fields/dates.py reads as no range "
                    "(and a real CJK document's role line so dated goes astray in fields/experience.py)")

KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
    **{("rail-ingrid.pdf", "education", n): _RAIL_YEARS for n in (0, 1)},
}

CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES)
_parse = CHECKS.parse


globals().update(printed_set_tests(CHECKS, KNOWN, LABELS))  # every fixture checked, contact, city, jobs, schools, skills, languages
