"""Every vocabulary file is well-formed: adding a language is adding a file that passes this."""
import dataclasses
import tomllib
from importlib import resources

import pytest

from resumekit.vocab import SECTION_KINDS, codes, conflicts, load, merged, validate

FILES = sorted(p for p in resources.files("resumekit.vocab").iterdir() if p.name.endswith(".toml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_is_valid(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert validate(data, path.name[:-5]) == []


@pytest.mark.parametrize("code", codes())
def test_loads(code):
    v = load(code)
    assert v.code == code
    assert len(v.months) == 12
    assert v.present


def test_validator_catches_mistakes():
    assert validate({"code": "xx"})  # no name, no headings, no months
    bad = {"code": "en", "name": "English", "headings": {"experience": ["x"], "education": ["y"], "skills": ["z"],
                                                          "nonsense": ["q"]},
           "dates": {"months": [["a"]] * 11, "present": ["now"]}}
    problems = validate(bad)
    assert any("nonsense" in p for p in problems)
    assert any("twelve" in p for p in problems)


def test_merged_covers_every_kind_it_names():
    m = merged()
    assert set(m.headings) <= set(SECTION_KINDS)
    assert "english" in m.language_names


def test_validator_catches_unknown_keys_in_tables():
    data = tomllib.loads(resources.files("resumekit.vocab").joinpath("en.toml").read_text(encoding="utf-8"))
    data["dates"]["present_words"] = ["now"]  # a misspelt key would otherwise be ignored
    assert validate(data, "en") == ["[dates] unknown key 'present_words'"]


def test_files_agree():
    assert conflicts([load(c) for c in codes()]) == []


def test_conflicts_are_found():
    en = load("en")
    clash = dataclasses.replace(en, code="xx", months=(("may",),) + en.months[1:], headings={"skills": ("education",)})
    problems = conflicts([en, clash])
    assert "month name 'may' is month 5 in en.toml and month 1 in xx.toml" in problems
    assert "heading 'education' is education in en.toml and skills in xx.toml" in problems


def test_headings_compare_without_joining_words():
    en = load("en")
    other = dataclasses.replace(en, code="xx", headings={"awards": ("skills tools",)})
    assert conflicts([en, other]) == ["heading 'skills tools' is skills in en.toml and awards in xx.toml"]


def test_stop_words_tell_languages_apart():
    """No frequent word counts for two languages: detection compares the counts."""
    owner: dict[str, str] = {}
    shared = []
    for code in codes():
        for w in load(code).stop_words:
            if owner.setdefault(w, code) != code:
                shared.append((w, owner[w], code))
    assert shared == []


@pytest.mark.parametrize("code", codes())
def test_every_file_fills_every_table(code):
    """Each language gives the same tables as en.toml (a reader may rely on any of them)."""
    v = load(code)
    for attr in ("present", "degree_words", "institution_words", "language_names", "proficiency", "stop_words",
                 "title_words", "organization_words", "tech_labels", "grade_labels", "attribute_labels"):
        assert getattr(v, attr), attr
    no_such_section = {"ja": {"references"}}  # Japanese CVs name no referees
    assert set(v.headings) == set(SECTION_KINDS) - no_such_section.get(code, set())


@pytest.mark.parametrize("eras", [{"令和": "2019"}, {"令和": 1066}, ["令和", 2019], {"": 2019}])
def test_validator_checks_eras(eras):
    data = tomllib.loads(resources.files("resumekit.vocab").joinpath("ja.toml").read_text(encoding="utf-8"))
    data["dates"]["eras"] = eras
    assert any("eras" in p for p in validate(data, "ja"))


def test_validator_checks_the_rirekisho_table():
    data = tomllib.loads(resources.files("resumekit.vocab").joinpath("ja.toml").read_text(encoding="utf-8"))
    data["rirekisho"]["join_schol"] = ["入学"]
    data["rirekisho"]["closing"] = "以上"
    assert validate(data, "ja") == ["[rirekisho] closing must be a list of strings",
                                    "[rirekisho] unknown key 'join_schol'"]


def test_eras_and_rirekisho_words_are_merged():
    m = merged()
    assert ("令和", 2019) in m.eras and ("民國", 1912) in m.eras
    assert "入学" in m.rirekisho["join_school"] and m.rirekisho["closing"] == ("以上",)
    assert load("en").rirekisho["join_work"] == ()  # every key present, empty where a language has none


def test_an_era_starting_in_two_years_is_a_conflict():
    ja = load("ja")
    other = dataclasses.replace(ja, code="xx", eras=(("令和", 2018),))
    assert conflicts([ja, other]) == ["era '令和' starts in 2019 in ja.toml and in 2018 in xx.toml"]


def test_organisation_words_written_in_capitals_are_acronyms():
    """Words a file writes in capitals ("MEI", "AG", "S.L.") are kept apart: they match only in
    capitals (a given name "Mei" is no company form)."""
    v = merged()
    assert {"mei", "ag", "s l"} <= set(v.acronyms) and "ltda" not in v.acronyms
    assert set(v.acronyms) <= set(v.organization_words)
