"""JSON Resume: every fixture's output is valid against the official schema (vendored, see
tests/data/jsonresume-schema-1.3.1/VENDORED.md), reads back to itself, and the mapping holds field
by field; the official sample documents read in and out again losing only what docs/schema.md
says is lost."""
import copy
import json

import pytest

import resumekit
from resumekit.errors import InputError
from resumekit.jsonresume import to_json_resume
from resumekit.schema import (Candidate, Contact, Education, Experience, Location, Meta, Phone, ProfileLink, Project,
                              Skill)

from .conftest import FIXTURES, PINNED
from .jsonresume_validation import JSON_RESUME_DIR, json_resume_validator, problems

DOCS = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".pdf", ".docx", ".txt", ".md")
              and p.name != "README.md" and "golden" not in p.parts)
SAMPLES = sorted(JSON_RESUME_DIR.rglob("*.resume.json"))


@pytest.fixture(scope="module")
def parsed():
    return {p: resumekit.parse(p, name=p.name, options=PINNED) for p in DOCS}


def test_the_vendored_schema_is_the_official_1_3_1():
    package = json.loads((JSON_RESUME_DIR / "package.json").read_text(encoding="utf-8"))
    assert (package["name"], package["version"], package["license"]) == ("@jsonresume/schema", "1.3.1", "MIT")
    assert (JSON_RESUME_DIR / "LICENSE.md").exists() and len(SAMPLES) == 4


@pytest.mark.parametrize("path", DOCS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_output_is_valid_and_reads_back(parsed, path):
    c = parsed[path]
    j = c.to_json_resume()
    assert problems(json_resume_validator(), j) == []
    back = Candidate.from_json_resume(j)
    assert back.to_json_resume() == j
    assert back.name == c.name and back.headline == c.headline and back.meta.format == "jsonresume"
    assert [(e.company, e.title, e.start, e.current) for e in back.experience] == \
        [(e.company, e.title, e.start, e.current) for e in c.experience]
    assert [(e.institution, e.degree, e.end) for e in back.education] == \
        [(e.institution, e.degree, e.end) for e in c.education]
    assert sorted((s.name, s.category) for s in back.skills) == sorted((s.name, s.category) for s in c.skills)
    assert [(l.name, l.proficiency) for l in back.languages] == [(l.name, l.proficiency) for l in c.languages]


def test_the_fixtures_exercise_the_mapping(parsed):
    docs = [c.to_json_resume() for c in parsed.values()]
    for key in ("work", "education", "skills", "languages", "projects", "certificates", "publications", "awards"):
        assert any(key in j for j in docs), f"no fixture gives {key}"
    assert any(p.get("username") for j in docs for p in j.get("basics", {}).get("profiles", []))


# What JSON Resume has and the Candidate has no field for: lost on the way in (docs/schema.md).
LOST = {"$schema": None, "meta": None, "basics": ("image",), "location": ("postalCode",),
        "work": ("description", "url"), "volunteer": ("url",), "education": ("url",), "publications": ("summary",),
        "skills": ("level",), "interests": ("keywords",), "projects": ("entity", "type")}


def _without_lost(j: dict) -> dict:
    j = copy.deepcopy(j)
    for key, fields in LOST.items():
        if fields is None:
            j.pop(key, None)
    for f in LOST["basics"]:
        j["basics"].pop(f, None)
    for f in LOST["location"]:
        j["basics"].get("location", {}).pop(f, None)
    for section in ("work", "volunteer", "education", "publications", "skills", "interests", "projects"):
        for item in j.get(section, []):
            for f in LOST[section]:
                item.pop(f, None)
    for profile in j["basics"].get("profiles", []):    # a user name rides on the URL
        if profile.get("url", "").rstrip("/").count("/") <= 2 or profile["network"] not in ("GitHub", "LinkedIn"):
            profile.pop("username", None)
    for item in j.get("projects", []):                  # the Candidate keeps one role
        if item.get("roles"):
            item["roles"] = [", ".join(item["roles"])]
    for ref in j.get("references", []):                 # a reference is one text
        ref["reference"] = "\n".join(x for x in (ref.pop("name", None), ref.get("reference")) if x)
    j["basics"]["email"] = j["basics"]["email"].lower()
    return j


@pytest.mark.parametrize("path", SAMPLES, ids=lambda p: p.name)
def test_official_samples_read_in_and_out(path):
    j = json.loads(path.read_text(encoding="utf-8"))
    assert problems(json_resume_validator(), j) == []
    c = Candidate.from_json_resume(j)
    out = c.to_json_resume()
    assert problems(json_resume_validator(), out) == []
    assert out == _without_lost(j)
    assert c.experience and all(e.start for e in c.experience)


def _c(**fields) -> Candidate:
    return Candidate(meta=Meta(format="text"), **fields)


@pytest.mark.parametrize("entry, dates", [
    (Experience(start="2021-03", current=True), {"startDate": "2021-03"}),              # ongoing: no endDate
    (Experience(start="2018", end="2020"), {"startDate": "2018", "endDate": "2020"}),
    (Experience(start="2019-06"), {"startDate": "2019-06", "endDate": "2019-06"}),     # one date, not ongoing
    (Experience(end="2017"), {"endDate": "2017"}),
    (Experience(), {}),
])
def test_work_dates(entry, dates):
    work = to_json_resume(_c(experience=[entry.model_copy(update={"company": "Tessaly Works"})]))["work"][0]
    assert {k: v for k, v in work.items() if k.endswith("Date")} == dates


def test_a_graduation_is_an_end_date():
    edu = to_json_resume(_c(education=[Education(institution="Brennock College", end="2016")]))["education"][0]
    assert edu == {"institution": "Brennock College", "endDate": "2016"}


def test_skills_are_grouped_by_category_in_order():
    skills = [Skill(name="Kotlin", category="Languages"), Skill(name="Juggling"), Skill(name="Elm", category="Languages")]
    assert to_json_resume(_c(skills=skills))["skills"] == [
        {"name": "Languages", "keywords": ["Kotlin", "Elm"]}, {"name": "Juggling"}]


@pytest.mark.parametrize("location, mapped", [
    (Location(raw="Tarrow, UK", city="Tarrow", country="UK"), {"city": "Tarrow", "countryCode": "GB"}),
    (Location(raw="Halden, Deutschland", city="Halden", country="Deutschland"), {"city": "Halden", "countryCode": "DE"}),
    (Location(raw="14 Quarry Lane, Tarrow", city="Tarrow"), {"address": "14 Quarry Lane, Tarrow", "city": "Tarrow"}),
    (Location(raw="somewhere sunny"), {"address": "somewhere sunny"}),
])
def test_location(location, mapped):
    assert to_json_resume(_c(contact=Contact(location=location)))["basics"]["location"] == mapped


def test_contact_values_that_the_official_validator_refuses_are_left_out():
    contact = Contact(emails=["jörg@exämple.de", "joerg.vale@example.org"], phones=[Phone(raw="+44 7700 900555")],
                      links=[ProfileLink(url="https//github.com/joergvale", kind="github"),
                             ProfileLink(url="joergvale.dev", kind="website"),
                             ProfileLink(url="https://github.com/joergvale", kind="github"),
                             ProfileLink(url="https://vale.example/portfolio", kind="website", label="Portfolio")])
    basics = to_json_resume(_c(name="Jörg Vale", contact=contact))["basics"]
    assert basics["email"] == "joerg.vale@example.org"
    assert basics["url"] == "https://joergvale.dev"
    assert basics["profiles"] == [{"network": "GitHub"},
                                  {"network": "GitHub", "username": "joergvale", "url": "https://github.com/joergvale"},
                                  {"network": "Portfolio", "url": "https://vale.example/portfolio"}]
    assert problems(json_resume_validator(), {"basics": basics}) == []


def test_a_project_link_is_not_repeated_as_a_profile():
    c = _c(contact=Contact(links=[ProfileLink(url="https://github.com/odaly/weir", kind="github")]),
           projects=[Project(name="weir", url="github.com/odaly/weir", role="Author")])
    j = to_json_resume(c)
    assert "basics" not in j and j["projects"] == [{"name": "weir", "url": "https://github.com/odaly/weir",
                                                     "roles": ["Author"]}]


@pytest.mark.parametrize("bad", [
    [], "a résumé", {"basics": "Ines"}, {"work": {"name": "Oru"}}, {"work": [{"name": 7}]},
    {"work": [{"highlights": "one"}]}, {"basics": {"location": "Lyon"}},
])
def test_not_a_json_resume_raises_input_error(bad):
    with pytest.raises(InputError):
        Candidate.from_json_resume(bad)


@pytest.mark.parametrize("written, read", [("2019-00", "2019"), ("2019-07-31", "2019-07-31"), ("July 2019", None),
                                           ("2019-7", "2019")])
def test_dates_the_candidate_cannot_hold_keep_their_year(written, read):
    c = Candidate.from_json_resume({"work": [{"name": "Oru", "startDate": written}]})
    assert c.experience[0].start == read


def test_references_and_sections_come_in():
    c = Candidate.from_json_resume({"basics": {"name": "Ines Oru"}, "references": [{"name": "Pell Vantongeren",
                                                                                    "reference": "Steady."}],
                                    "skills": [{"name": "Knots"}]})
    assert c.other_sections[0].kind == "references" and c.other_sections[0].text == "Pell Vantongeren\nSteady."
    assert [s.kind for s in c.meta.sections] == ["skills", "references"]
