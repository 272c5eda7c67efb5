"""The vocabularies of Swedish, Danish, Norwegian (Bokmål), Finnish, Czech, Romanian and Greek, through the
code that reads them: headings, dates, spoken languages, degree, school, title and company words,
and the words they must not take from other languages. The strings are written for these tests."""
import pytest

from resumekit.fields.phrases import degree_like, institution_like, legal_form, org_like, title_like
from resumekit.fields.spoken import spoken_language
from resumekit.segment import heading_kind

from .helpers import one_range

HEADINGS = [
    ("ARBETSLIVSERFARENHET", "experience"), ("Utbildning", "education"), ("Kompetenser", "skills"),
    ("Språk", "languages"), ("Övrigt", "other"), ("Ideellt arbete", "volunteer"), ("Referenser", "references"),
    ("Erhvervserfaring", "experience"), ("Uddannelse", "education"), ("Kompetencer", "skills"), ("Sprog", "languages"),
    ("Arbeidserfaring", "experience"), ("Utdanning", "education"), ("Kompetanse", "skills"), ("Verv", "volunteer"),
    ("TYÖKOKEMUS", "experience"), ("Koulutus", "education"), ("Osaaminen", "skills"), ("Kielitaito", "languages"),
    ("Harrastukset", "interests"), ("Suosittelijat", "references"), ("Yhteystiedot", "contact"),
    ("Pracovní zkušenosti", "experience"), ("VZDĚLÁNÍ", "education"), ("Dovednosti", "skills"),
    ("Jazykové znalosti", "languages"), ("Kurzy a školení", "certifications"), ("Zájmy", "interests"),
    ("Experiență profesională", "experience"), ("EDUCAȚIE", "education"), ("Competențe", "skills"),
    ("Limbi străine", "languages"), ("Competenţe digitale", "skills"),  # the cedilla spelling too
    ("ΕΠΑΓΓΕΛΜΑΤΙΚΗ ΕΜΠΕΙΡΙΑ", "experience"), ("Εκπαίδευση", "education"), ("Δεξιότητες", "skills"),
    ("Ξένες γλώσσες", "languages"), ("Προσωπικά στοιχεία", "contact"),
]


@pytest.mark.parametrize("text, kind", HEADINGS)
def test_heading(text, kind):
    m = heading_kind(text)
    assert m is not None and m.kind == kind


@pytest.mark.parametrize("text", ["Projektledare", "Senior revisor", "Rådgivende ingeniør", "Myyjä",
                                  "Vedoucí konstruktér", "Analist financiar", "Presentationsteknik"])
def test_not_a_heading(text):
    assert heading_kind(text) is None


DATES = [
    ("mars 2019 – nu", ("2019-03", "present")), ("aug. 2016 – feb. 2019", ("2016-08", "2019-02")),
    ("sedan 2020", ("2020", "present")), ("HT 2018 – VT 2020", ("2018", "2020")),
    ("marts 2018 – d.d.", ("2018-03", "present")), ("fra 2015 til 2017", ("2015", "2017")),
    ("08.2020 – nå", ("2020-08", "present")), ("desember 2019 – mai 2021", ("2019-12", "2021-05")),
    ("maaliskuu 2019 – nyt", ("2019-03", "present")), ("3/2019 – nyt", ("2019-03", "present")),
    ("kesäkuu 2016 – helmikuu 2019", ("2016-06", "2019-02")), ("tammikuuta 2020 – jatkuu", ("2020-01", "present")),
    ("03/2019 – dosud", ("2019-03", "present")), ("září 2020 – současnost", ("2020-09", "present")),
    ("od května 2018 do června 2020", ("2018-05", "2020-06")), ("červenec 2017 – prosinec 2018", ("2017-07", "2018-12")),
    ("martie 2019 – prezent", ("2019-03", "present")), ("iulie 2016 – februarie 2019", ("2016-07", "2019-02")),
    ("2015 – până în prezent", ("2015", "present")),
    ("Μάρτιος 2019 – σήμερα", ("2019-03", "present")), ("ΣΕΠΤΕΜΒΡΙΟΣ 2015 - ΙΟΥΝΙΟΣ 2019", ("2015-09", "2019-06")),
    ("Μαΐου 2018 – Ιουλίου 2020", ("2018-05", "2020-07")), ("από 2020", ("2020", "present")),
]


@pytest.mark.parametrize("text, expected", DATES)
def test_dates(text, expected):
    assert one_range(text) == expected


@pytest.mark.parametrize("name", ["Svenska", "Engelska", "Dansk", "Norsk", "Engelsk", "Fransk", "Finsk", "suomi",
                                  "englanti", "ruotsi", "Čeština", "Angličtina", "Němčina", "Română", "Engleză",
                                  "Franceză", "Ελληνικά", "Αγγλικά"])
def test_spoken_language(name):
    assert spoken_language(name)


@pytest.mark.parametrize("word", ["Dask", "Danske", "Frank", "Fink", "Nora", "Pola", "Korea", "Italia", "Rust"])
def test_words_one_letter_from_a_language_name_are_none(word):
    """A tool, a bank, a first name or a country one letter from a language name the new files
    would have given ("dansk", "fransk", "finsk", "norja", "puola") or that they name as a
    country does ("korea", "italia"): those names are left out, read through the Swedish ones."""
    assert not spoken_language(word)


@pytest.mark.parametrize("text, degree, institution", [
    ("Civilingenjör i datateknik", True, False), ("Kandidatexamen i nationalekonomi", True, False),
    ("Lunds universitet", False, True), ("Hagaby folkhögskola", False, True),
    ("cand.merc. i regnskab", True, False), ("Professionshøjskolen Vestkyst", False, True),
    ("Mastergrad i bygg", True, False), ("Høgskolen i Nordvik", False, True),
    ("Diplomi-insinööri, sähkötekniikka", True, False), ("Tradenomi (AMK), liiketalous", True, False),
    ("Pohjanlahden ammattikorkeakoulu", False, True), ("Järvikylän lukio", False, True),
    ("Ing., Strojní inženýrství", True, False), ("Gymnázium Nové Lhoty", False, True),
    ("Licență în Informatică", True, False), ("Universitatea din Valea Mare", False, True),
    ("Πτυχίο Οικονομικών", True, False), ("Πανεπιστήμιο Βόρειας Ακτής", False, True),
])
def test_degree_and_institution_words(text, degree, institution):
    assert (degree_like(text), institution_like(text)) == (degree, institution)


@pytest.mark.parametrize("text", ["Systemutvecklare", "Projektleder", "Prosjektleder", "Kehityspäällikkö",
                                  "Souschef", "Vedoucí provozu", "Contabil șef", "Sjuksköterska"])
def test_title_words(text):
    assert title_like(text)


@pytest.mark.parametrize("text, org", [
    ("Nordljus Data AB", True), ("Kattegat Revision a/s", True), ("Fjordbro Rådgivning ASA", True),
    ("Pirkan Kuljetus Oy", True), ("Moravské Stroje s.r.o.", True), ("Someș Soft S.R.L.", True),
    ("Officine Reno S.r.l.", True),  # the Italian form in small letters still matches
    ("Skogsbyns kommun", True), ("Primăria Orașului Deal", True),
])
def test_organisation_words(text, org):
    assert org_like(text) == org


@pytest.mark.parametrize("text, form", [("AB", True), ("Oyj", True), ("s.r.o.", True), ("SRL", True),
                                        ("is", False), ("ops", False), ("KB", False)])
def test_legal_forms(text, form):
    """A legal form after a name makes it a company: none of the new forms is a word of its own
    ("I/S", "o.p.s." and "KB" compact to "is", "ops" and kilobytes)."""
    assert legal_form(text) == form
