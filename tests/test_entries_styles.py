"""Header lines whose parts are told apart only by their style (bold role, regular employer)."""
import pytest

from resumekit.document import Line, Run, Section, Style
from resumekit.fields.education import read_education
from resumekit.fields.entries import split_entries
from resumekit.fields.experience import read_experience


def styled(*runs: tuple[str, str], index: int = 0, bullet: bool = False) -> Line:
    """A line from (text, style) runs, style "b" bold, "i" italic, "bi" both, "" regular; the text
    is the runs' texts joined, as the PDF extractor gives it."""
    rs = tuple(Run(text=t, bold="b" in s, italic="i" in s) for t, s in runs)
    bold = max(rs, key=lambda r: len(r.text)).bold
    return Line(text="".join(t for t, _ in runs), index=index, runs=rs, bullet=bullet, style=Style(bold=bold),
                origin="test")


@pytest.mark.parametrize("runs, text", [
    # a bold role and a regular employer, nothing between them (Europass)
    ((("Desarrolladora web", "b"), (" Talleres Orbe", "")), "Desarrolladora web\tTalleres Orbe"),
    # dates in bold, the place in regular
    ((("03/2021 – 08/2023", "b"), (" Zaragoza, España", "")), "03/2021 – 08/2023\tZaragoza, España"),
    # a dash glued to the words before it, then an italic role
    ((("Pellow Books, 4 Mill Lane, Leeds—", ""), ("Stock Clerk", "i")), "Pellow Books, 4 Mill Lane, Leeds—\tStock Clerk"),
    # a qualifier in brackets continues the name
    ((("BSc Marine Biology", "b"), (" (Hons)", "")), "BSc Marine Biology (Hons)"),
    # after a comma the text is in pieces already
    ((("Harwick Tiles", "b"), (", ", ""), ("Glazier", "i")), "Harwick Tiles, Glazier"),
    # a bold role, then "at" and the employer in regular: the joining word reads the parts, no gap
    ((("Electrician", "b"), (" at Taff Electrical Services, Cardiff", "")), "Electrician at Taff Electrical Services, Cardiff"),
    ((("Buyer", "b"), (" @ Orrin Foods", "")), "Buyer @ Orrin Foods"),
    ((("Data Scientist at", "b"), (" Maison Orrin", "")), "Data Scientist at Maison Orrin"),  # the word in the role's run
    ((("Data Analyst", "b"), (" Atlas Foods", "")), "Data Analyst\tAtlas Foods"),  # a name that opens with "At"
    # inside a word: no gap
    ((("Corvin", "b"), ("dale Foods", "")), "Corvindale Foods"),
    # four changes of style: a sentence with emphasis, not parts
    ((("Moved from", "i"), (" Orrin College", "bi"), (" with", "i"), (" top marks", "bi")),
     "Moved from Orrin College with top marks"),
])
def test_a_change_of_style_is_a_gap(runs, text):
    entries = split_entries([styled(*runs)])
    assert entries[0].header[0].text == text


def test_europass_title_and_employer_on_one_line():
    rows = [
        styled(("02/2022 – 06/2024", "b"), (" Huesca, España", ""), index=0),
        styled(("Técnica de laboratorio", "b"), (" Analítica Moncayo", ""), index=1),
        Line(text="• Control de calidad de muestras", index=2, bullet=True, origin="test"),
        styled(("09/2019 – 01/2022", "b"), (" Teruel, España", ""), index=3),
        styled(("Auxiliar de laboratorio", "b"), (" Clínica Valdecebro", ""), index=4),
        Line(text="• Preparación de reactivos", index=5, bullet=True, origin="test"),
    ]
    got = [(e.company, e.title, e.location, e.start) for e in read_experience(Section("experience", None, tuple(rows)))[0]]
    assert got == [("Analítica Moncayo", "Técnica de laboratorio", "Huesca, España", "2022-02"),
                   ("Clínica Valdecebro", "Auxiliar de laboratorio", "Teruel, España", "2019-09")]


def test_a_bold_role_at_its_employer():
    rows = [
        styled(("Electrician", "b"), (" at Taff Electrical Services, Cardiff", ""), index=0),
        Line(text="Apr 2018 – Present", index=1, style=Style(italic=True), origin="test"),
        Line(text="• Domestic installations.", index=2, bullet=True, origin="test"),
        styled(("Apprentice Electrician", "b"), (" at Rhondda Contractors, Pontypridd", ""), index=3),
        Line(text="Sep 2014 – Mar 2018", index=4, style=Style(italic=True), origin="test"),
    ]
    got = [(e.title, e.company, e.location) for e in read_experience(Section("experience", None, tuple(rows)))[0]]
    assert got == [("Electrician", "Taff Electrical Services", "Cardiff"),
                   ("Apprentice Electrician", "Rhondda Contractors", "Pontypridd")]


def test_europass_degree_and_school_on_one_line():
    rows = [
        styled(("2016 – 2020", "b"), (" Soria, España", ""), index=0),
        styled(("Grado en Química", "b"), (" Universidad de Soria", ""), index=1),
        styled(("2020 – 2021", "b"), (" Soria, España", ""), index=2),
        styled(("Máster en Análisis Clínico", "b"), (" Escuela Superior de Posgrado", ""), index=3),
    ]
    got = [(e.institution, e.degree) for e in read_education(Section("education", None, tuple(rows)))]
    assert got == [("Universidad de Soria", "Grado en Química"),
                   ("Escuela Superior de Posgrado", "Máster en Análisis Clínico")]
