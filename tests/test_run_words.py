"""Words run together (extract/run_words.py): a TeX document's laid-out text with no space glyphs,
its words set apart again where wordfreq agrees; ordinary text left as written. Every string is
invented."""
import pytest

import resumekit
from resumekit.extract.run_words import is_run_together, split_run, words_apart

# A laid-out text of a TeX résumé whose converter wrote no spaces between words.
RUN_TOGETHER = """\
                      Marelle Quistbrook
      41HarbourLane,Tarnfield  555-0142  marelle.q@example.com

      Experience

      LeadHydrologist                                      Mar2019–Present
      BrackwaterSurveyCompany,Tarnfield
       • Ledasurveyoftheestuaryandmodelledtidalflows.
       • BuiltaflooddashboardinTypeScriptandPostgreSQL.

      HydrologyIntern                                      Jun2017–Aug2018
      OkefordRiverTrust,Tarnfield

      Education

      MScinHydrology                                            2017
      UniversityofTarnfield

      Skills

      Python,GIS,TypeScript,PostgreSQL
"""


@pytest.mark.parametrize("run, words", [
    ("LeadHydrologist", ["Lead", "Hydrologist"]),
    ("UniversityofTarnfield", ["University", "of", "Tarnfield"]),  # an unknown name at a capital
    ("Ledasurveyoftheestuary", ["Led", "a", "survey", "of", "the", "estuary"]),
    ("CandidateforPhDinGeology", ["Candidate", "for", "PhD", "in", "Geology"]),  # a capital inside a word
    ("GISmapping", ["GIS", "mapping"]),  # an acronym, then a word in small letters
    ("TypeScript", ["TypeScript"]),  # a name of the skill table: never cut
    ("DevOpsEngineer", ["DevOps", "Engineer"]),
    ("Marelle", ["Marelle"]),  # a short run with no capital inside: left
    ("Tarnquorvel", ["Tarnquorvel"]),  # no word reads it: kept whole
    ("estuary", ["estuary"]),
])
def test_split_run(run, words):
    assert split_run(run) == words


@pytest.mark.parametrize("row, expected", [
    ("LeadHydrologist   Mar2019–Present", "Lead Hydrologist   Mar 2019–Present"),
    ("BrackwaterSurveyCompany,Tarnfield", "Brackwater Survey Company, Tarnfield"),
    ("studied tides.Builta dashboard", "studied tides. Builta dashboard"),
    ("marelle.q@example.com  quistbrook.example.org", "marelle.q@example.com  quistbrook.example.org"),
    ("https://example.com/MarelleQuist", "https://example.com/MarelleQuist"),
])
def test_rows_apart_in_run_together_text(row, expected):
    rows = RUN_TOGETHER.split("\n") + [row]
    assert words_apart(rows)[-1] == expected


def test_ordinary_text_left_as_written():
    rows = ["Lead Hydrologist at Brackwater Survey Company", "Skills: JavaScript, PostgreSQL, GitHub, LinkedIn",
            "MacKenzie DeWitt, iPhone apps", "Wrote the floodDashboard module in TypeScript"] * 3
    assert not is_run_together(rows)
    assert words_apart(rows) is rows


def test_run_together_text_parses():
    assert is_run_together(RUN_TOGETHER.split("\n"))
    cv = resumekit.parse(RUN_TOGETHER.encode(), name="cv.txt")
    assert [(e.company, e.title) for e in cv.experience] == [
        ("Brackwater Survey Company", "Lead Hydrologist"), ("Okeford River Trust", "Hydrology Intern")]
    assert cv.experience[0].start == "2019-03"
    assert [(e.institution, e.degree) for e in cv.education] == [("University of Tarnfield", "MSc in Hydrology")]
    assert {s.name for s in cv.skills} >= {"Python", "TypeScript", "PostgreSQL"}


def test_hostile_run_left_as_written():
    rows = ["LeadHydrologist " * 20 + "aB" * 5000] * 40
    assert words_apart(rows)[0].endswith(" " + "aB" * 5000)  # longer than any row's words: not read
