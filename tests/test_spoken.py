import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from resumekit.fields.spoken import _reachable, spoken_language
from resumekit.vocab import language_names_near, merged

NAMES = sorted(merged().language_names)


@pytest.mark.parametrize("name, ok", [
    ("Portugese", True),      # one letter left out
    ("Engglish", True),       # one letter too many
    ("Germna", False),        # two letters swapped in a short name: too far
    ("Python", False),
    ("Kotlin", False),
])
def test_spoken_language_with_typos(name, ok):
    assert spoken_language(name) is ok


def _best(k, names):
    return process.extractOne(k, names, scorer=fuzz.ratio, score_cutoff=88)


@settings(max_examples=300)
@given(st.sampled_from(NAMES), st.integers(0, 30), st.sampled_from(["", "a", "e", "n", "s", "ö"]),
       st.sampled_from(["drop", "add", "swap", "both"]))
def test_the_reachable_names_give_the_same_answer_as_all_near_ones(name, at, letter, how):
    # a name near a vocabulary name (a letter dropped, added or changed): the names left out as
    # unreachable never held the best match above the cutoff
    at %= len(name) + 1
    if how == "drop":
        k = name[:at] + name[at + 1:]
    elif how == "add":
        k = name[:at] + letter + name[at:]
    elif how == "swap":
        k = name[:at] + letter + name[at + 1:]
    else:
        k = name[:at] + letter + name[at + 2:] + letter
    if not k or k in merged().language_names:
        return
    assert (_best(k, _reachable(len(k))) is None) == (_best(k, language_names_near(len(k))) is None)


@pytest.mark.parametrize("name, ok", [
    ("Core", False),        # a skills group ("Core: …"), not a misspelt "Corse"
    ("Course", False),
    ("Finish", False),      # a word people write is no slip, short as it is
    ("Spansh", True),       # no word: a slip
    ("Portugese", True),    # a word in Dutch, but long: a slip of an English writer
])
def test_a_short_word_people_write_is_no_misspelt_language(name, ok):
    assert spoken_language(name) is ok


def test_a_skills_group_line_named_like_a_language_keeps_its_skills():
    from resumekit.fields.spoken import languages_in
    assert languages_in("Core: Demand planning, Route design, Kiln scheduling") == []


# --- the Europass self-assessment grid (invented rows, in the form's languages) ---------------

from resumekit.fields.lists import read_skills  # noqa: E402
from resumekit.fields.spoken import europass_grid, grid_level, languages_in  # noqa: E402

from .helpers import lines  # noqa: E402


@pytest.mark.parametrize("levels, level", [
    (["B2", "B2", "B2", "B2", "B2"], "B2"),
    (["C1", "C1", "B2", "B2", "C1"], "C1"),   # the most common
    (["A2", "B1", "B1", "A2"], "B1"),         # a tie: the higher
    (["C2", "B1", "B1", "B1", "B2"], "B1"),   # one strong skill does not speak for the row
])
def test_grid_level(levels, level):
    assert grid_level(levels) == level


_GRIDS = [
    # (rows, the skills left, the languages with their levels: the mother tongue's row is read as a
    # skill naming the language, its level is added by the row reader of fields/assemble.py)
    (["Mother tongue(s)\tEnglish", "Other language(s)\tUNDERSTANDING\tSPEAKING\tWRITING",
      "Listening\tReading\tSpoken interaction\tSpoken production", "Icelandic\tB2\tB2\tB1\tB2\tB1",
      "Basque\tA2\tA2\tA2\tA1\tA1", "Levels: A1 and A2: Basic user - B1 and B2: Independent user",
      "Common European Framework of Reference for Languages", "Digital skills\tGrafton, Quillsheet"],
     ["Grafton", "Quillsheet"], [("English", None), ("Icelandic", "B2"), ("Basque", "A2")]),
    (["Langue(s) maternelle(s)\tFrançais", "Autres langues", "Auto évaluation\tComprendre\tParler\tÉcrire",
      "Niveau européen(*)\tPrendre part\tS’exprimer", "Écouter\tLire\tà une\toralement en", "conversation\tcontinu",
      "Gallois\tC1\tC1\tB2\tB2\tC1", "(*)Niveau du Cadre européen commun de référence (CECR)",
      "Compétences informatiques\tTressoir, Plumetab"],
     ["Tressoir", "Plumetab"], [("Français", None), ("Gallois", "C1")]),
    (["Muttersprache\tDeutsch", "Weitere Sprachen\tVERSTEHEN", "Hören\tLesen", "Finnisch\tC1\tC1",
      "Ungarisch\tB1\tA2", "SPRECHEN\tSCHREIBEN", "An Gesprächen\tZusammenhängendes", "teilnehmen\tSprechen",
      "C1\tC1\tC1", "B1\tB1\tA2", "Niveaus: A1 und A2: Elementar - B1 und B2: Selbstständig",
      "Gemeinsamer Europäischer Referenzrahmen für Sprachen", "Digitale Kompetenz\tKartwerk, Flurplan"],
     ["Kartwerk", "Flurplan"], [("Deutsch", None), ("Finnisch", "C1"), ("Ungarisch", "B1")]),
    (["Altre lingue\tCOMPRENSIONE\tPARLATO\tPRODUZIONE SCRITTA", "Ascolto\tLettura\tInterazione\tProduzione orale",
      "Olandese\tB1\tB2\tB1\tB1\tA2", "Competenze digitali\tTabellario, Cartolino"],
     ["Tabellario", "Cartolino"], [("Olandese", "B1")]),
]


@pytest.mark.parametrize("rows, skills, langs", _GRIDS)
def test_europass_grid_heads_are_no_skills(rows, skills, langs):
    got = read_skills(lines(*rows))
    found = [(lang.name, lang.proficiency) for s in got for lang in languages_in(s.name)]
    assert [s.name for s in got if not languages_in(s.name)] == skills
    assert found == langs


@pytest.mark.parametrize("rows", [
    # no word of the form above the rows: a table of rated skills, left as it is
    ["Tool\tYears\tLevel", "Welsh\tB2\tB2"],
    ["Spanish\tnative"],
    ["Kiln firing, Glazing"],
])
def test_europass_grid_needs_the_form(rows):
    assert [l.text for l in europass_grid(lines(*rows))] == rows
