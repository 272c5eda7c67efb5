"""The headline is the line right under the name, never a line of a contact block far below it."""
import pytest

from resumekit.document import Document, Line, Section, Style
from resumekit.fields.name import read_name


def _doc(header: list[str], footer: list[str], gap: int = 20):
    head = [Line(t, index=i, style=Style(size=20 if i == 0 else 11)) for i, t in enumerate(header)]
    body = [Line(f"Did thing number {i} for the team.", index=len(head) + i) for i in range(gap)]
    foot = [Line(t, index=len(head) + gap + i, origin="pdf:footer") for i, t in enumerate(footer)]
    lines = tuple(head + body + foot)
    sections = [Section("header", None, tuple(head)), Section("experience", None, tuple(body)),
                Section("contact", None, tuple(foot))]
    return Document(lines=lines, format="pdf"), sections


@pytest.mark.parametrize("header, footer, headline", [
    (["Ingrid Vasquez-Moll"], ["References available on request"], None),         # footer line: no headline
    (["Ingrid Vasquez-Moll", "Quality Engineer"], ["References available on request"], "Quality Engineer"),
    (["Ingrid Vasquez-Moll", "ingrid@example.org", "Quality Engineer"], [], "Quality Engineer"),  # past a contact line
])
def test_headline_is_under_the_name(header, footer, headline):
    document, sections = _doc(header, footer)
    name, got, _ = read_name(document, sections)
    assert (name, got) == ("Ingrid Vasquez-Moll", headline)


@pytest.mark.parametrize("wish, value, taken", [
    # a summary heading as the label of a job title right under the name: the title sought
    ("求职意向：后端工程师", "后端工程师", True),
    ("Желаемая должность: Инженер-программист", "Инженер-программист", True),
    ("Career Objective: Quality Engineer", "Quality Engineer", True),
    # an objective that is a sentence, or a label of another kind: its value is no headline
    ("Career Objective: To grow in a challenging role", "To grow in a challenging role", False),
    ("Skills: Python, SQL", "Python, SQL", False),
])
def test_a_labelled_wish_under_the_name(wish, value, taken):
    document, sections = _doc(["Ingrid Vasquez-Moll", wish], [])
    assert (read_name(document, sections)[1] == value) is taken


@pytest.mark.parametrize("second, headline", [
    # a job board's personal line under the name (gender, age, birth date): personal data, no headline
    ("Женщина, 31 год, родилась 4 мая 1994", None),
    ("Female, 29, date of birth 04/05/1996", None),
    ("Nationality: Fictional", None),
    ("Kiln Technician", "Kiln Technician"),
])
def test_a_personal_line_is_no_headline(second, headline):
    document, sections = _doc(["Ingrid Vasquez-Moll", second], [])
    assert read_name(document, sections)[1] == headline


@pytest.mark.parametrize("heading, rows, headline", [
    # no headline under the name: a job title that is the whole of the first summary section
    ("Желаемая должность и зарплата", ["Инженер-технолог"], "Инженер-технолог"),
    ("Objective", ["Kiln Technician"], "Kiln Technician"),
    # a summary that says more than a title gives none
    ("Objective", ["To fire kilns safely for a pottery that values craft."], None),
    ("Objective", ["Kiln Technician", "Five years of firing stoneware."], None),
])
def test_a_desired_position_section_is_the_headline(heading, rows, headline):
    head = [Line("Ingrid Vasquez-Moll", index=0, style=Style(size=20)), Line("ingrid@example.org", index=1)]
    body = [Line(t, index=3 + n) for n, t in enumerate(rows)]
    sections = [Section("header", None, tuple(head)),
                Section("summary", Line(heading, index=2, style=Style(bold=True)), tuple(body))]
    document = Document(lines=tuple(head + body), format="docx")
    assert read_name(document, sections)[1] == headline
