"""The Europass CV's own labels (its 2004–2012 layout: a column of labels beside the values) in the
vocabularies (stop 24): the role ("Zajmowane stanowisko", "Meslek veya pozisyon"), the employer, the
period, the duties, the qualification and the school, and the name's "Surname / First name" label,
in Polish, Romanian, Czech, Hungarian, Turkish, Swedish and Dutch. Every person, employer and school
here is invented; the labels are the Europass form's."""
import pytest

import resumekit
from resumekit.document import Line
from resumekit.fields.labelled_roles import form_entries

from .conftest import PINNED

# (language, the form of one job as a label column beside its values, (employer, title, place, period))
JOBS = [
    ("pl", "Daty\t04.2017 – obecnie\nZawód lub zajmowane stanowisko\tKierowniczka zmiany\n"
           "Nazwa i adres pracodawcy\tPiekarnia Lipowa sp. z o.o., Tarnów",
     ("Piekarnia Lipowa sp. z o.o.", "Kierowniczka zmiany", "Tarnów", "04.2017 – obecnie")),
    ("pl", "Okres\t2012 – 2016\nZajmowane stanowisko\tMagazynier\nNazwa i adres pracodawcy\tHurtownia Brzozowa S.A.",
     ("Hurtownia Brzozowa S.A.", "Magazynier", None, "2012 – 2016")),
    ("cs", "Datum\t05/2018 – současnost\nZastávaná pozice\tÚčetní\n"
           "Jméno a adresa zaměstnavatele\tLipová stavební s.r.o., Jihlava",
     ("Lipová stavební s.r.o.", "Účetní", "Jihlava", "05/2018 – současnost")),
    ("hu", "Időtartam\t2016 – 2020\nFoglalkozás / beosztás\tRaktárvezető\nA munkáltató neve és címe\tNyírfa Logisztika Kft.",
     ("Nyírfa Logisztika Kft.", "Raktárvezető", None, "2016 – 2020")),
    ("tr", "Tarihler\t2015 – 2019\nMeslek veya pozisyon\tMuhasebe Uzmanı\nİşverenin adı ve adresi\tÇınar Tekstil A.Ş.",
     ("Çınar Tekstil A.Ş.", "Muhasebe Uzmanı", None, "2015 – 2019")),
    ("sv", "Datum\t2014 – 2018\nYrke eller befattning\tLagerchef\nArbetsgivarens namn och adress\tBjörkdal Frakt AB",
     ("Björkdal Frakt AB", "Lagerchef", None, "2014 – 2018")),
    ("nl", "Periode\t2013 – 2017\nFunctie of beroep\tBoekhouder\nNaam en adres van de werkgever\tLindeboom Handel B.V.",
     ("Lindeboom Handel B.V.", "Boekhouder", None, "2013 – 2017")),
]


def _lines(text: str) -> list[Line]:
    return [Line(text=t, index=i) for i, t in enumerate(text.splitlines())]


@pytest.mark.parametrize(("lang", "text", "job"), JOBS, ids=[f"{j[0]}-{n}" for n, j in enumerate(JOBS)])
def test_europass_job_labels(lang, text, job):
    found = form_entries(_lines(text))
    assert found is not None
    [(entry, fields)] = found[0]
    assert (fields.get("company"), fields.get("title"), fields.get("location"), entry.dates.text) == job


# (language, the education rows of a Europass CV, (degree, school)); the duties' label is a detail
SCHOOLS = [
    ("pl", "WYKSZTAŁCENIE\nOkres\t2008 – 2013\nNazwa uzyskanego dyplomu\tMagister socjologii\n"
           "Nazwa i rodzaj organizacji kształcącej\tUniwersytet Nadwiślański",
     ("Magister socjologii", "Uniwersytet Nadwiślański")),
    ("ro", "EDUCAȚIE ȘI FORMARE\nPerioada\t2009 – 2013\nCalificarea / diploma obţinută\tLicențiat în drept\n"
           "Numele şi tipul instituţiei de învăţământ\tUniversitatea din Valea Jiului",
     ("Licențiat în drept", "Universitatea din Valea Jiului")),
    ("hu", "TANULMÁNYOK\nIdőtartam\t2010 – 2015\nVégzettség / képesítés\tKözgazdász BA\n"
           "Az oktatást / képzést nyújtó intézmény neve és típusa\tKőrös-parti Főiskola",
     ("Közgazdász BA", "Kőrös-parti Főiskola")),
    ("tr", "EĞİTİM\nTarihler\t2008 – 2012\nVerilen nitelik belgesinin adı\tİktisat Lisans\n"
           "Eğitim veya öğretimi sağlayan kurumun adı ve türü\tYeşilırmak Üniversitesi",
     ("İktisat Lisans", "Yeşilırmak Üniversitesi")),
]


@pytest.mark.parametrize(("lang", "text", "school"), SCHOOLS, ids=[s[0] for s in SCHOOLS])
def test_europass_school_labels(lang, text, school):
    c = resumekit.parse(("Ilona Testowa\nilona.t@example.com\n\n" + text + "\n").encode(), format="text",
                        options=PINNED)
    assert [(e.degree, e.institution) for e in c.education] == [school]


@pytest.mark.parametrize(("label", "printed", "name"), [
    # the Europass order: the surname in capitals, a comma, the given name; read in reading order
    ("Nume / Prenume", "POPA, Ioana", "Ioana POPA"),
    ("Příjmení / Jméno", "NOVOTNÁ, Alena", "Alena NOVOTNÁ"),
    ("Vezetéknév / Utónév", "KISS, Réka", "Réka KISS"),
    ("Soyadı / Adı", "AYDIN, Selin", "Selin AYDIN"),
    ("Efternamn / Förnamn", "LIND, Maja", "Maja LIND"),
    ("Naam / Voornaam", "VISSER, Fenna", "Fenna VISSER"),
])
def test_europass_name_labels(label, printed, name):
    text = f"Curriculum vitae\n{label}\t{printed}\nE-mail\tmaja.t@example.com\n"
    assert resumekit.parse(text.encode(), format="text", options=PINNED).name == name
