import io

import pytest

import resumekit
from resumekit import Candidate, Document, ParseOptions
from resumekit.errors import EmptyInputError, InternalError, OptionsError, UnsupportedFormatError

from .conftest import FIXTURES

CV = b"""Jane Q. Example
Data Engineer
jane@example.com | +44 113 496 0000 | Leeds, UK

EXPERIENCE
Data Engineer, Northwind Traders, Leeds    2019 - Present
- Built pipelines

EDUCATION
BSc Mathematics, University of Leeds, 2015 - 2018

SKILLS
Python, SQL, Airflow
"""


def test_parse_every_source_kind(tmp_path):
    p = tmp_path / "cv.txt"
    p.write_bytes(CV)
    results = [resumekit.parse(x) for x in (str(p), p, CV, bytearray(CV), io.BytesIO(CV))]
    assert all(isinstance(c, Candidate) for c in results)
    assert len({c.model_dump_json() for c in results}) == 1
    c = results[0]
    assert c.name == "Jane Q. Example"
    assert c.contact.emails == ["jane@example.com"]
    assert c.contact.phones[0].e164 == "+441134960000"
    assert [(e.title, e.company, e.start, e.current) for e in c.experience] == [
        ("Data Engineer", "Northwind Traders", "2019", True)]
    assert c.meta.format == "text"


def test_stages_compose():
    doc = resumekit.extract(CV)
    assert isinstance(doc, Document) and doc.lines[0].text == "Jane Q. Example"
    sections = resumekit.segment(doc)
    assert [s.kind for s in sections] == ["header", "experience", "education", "skills"]
    assert resumekit.assemble(doc, sections) == resumekit.parse(CV)


def test_format_can_be_forced():
    assert resumekit.parse(b"# Jane Example\n", format="text").meta.format == "text"
    assert resumekit.parse(b"# Jane Example\n", format="markdown").meta.format == "markdown"
    with pytest.raises(OptionsError):
        resumekit.parse(CV, format="rtf")


def test_bad_input_is_a_typed_error_naming_the_file(tmp_path):
    p = tmp_path / "cv.doc"
    p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(UnsupportedFormatError) as e:
        resumekit.parse(p)
    assert str(p) in str(e.value) and "DOCX or PDF" in str(e.value)
    with pytest.raises(EmptyInputError):
        resumekit.parse(b"")
    with pytest.raises(resumekit.ResumekitError) as e:
        resumekit.parse(tmp_path / "missing.pdf")
    assert e.value.code == "not-found"


def test_text_mode_file_is_refused(tmp_path):
    p = tmp_path / "cv.txt"
    p.write_text("Jane")
    with open(p) as fh, pytest.raises(OptionsError):
        resumekit.parse(fh)


def test_defects_are_wrapped_once(monkeypatch):
    def boom(document, sections, options=None):
        raise KeyError("oops")
    monkeypatch.setattr("resumekit.api._assemble", boom)
    with pytest.raises(InternalError) as e:
        resumekit.parse(CV, name="cv.txt")
    assert e.value.source == "cv.txt" and "KeyError" in str(e.value)


def test_options_are_validated_once():
    with pytest.raises(OptionsError):
        ParseOptions(max_pages=0)
    with pytest.raises(OptionsError):
        ParseOptions(language="english!")
    with pytest.raises(OptionsError):
        resumekit.parse(CV, options={"max_pages": 3})


def test_cover_letter_gets_no_entries():
    c = resumekit.parse(FIXTURES / "cover-letter.pdf")
    assert c.experience == [] and c.education == [] and c.skills == [] and c.projects == []


def test_json_keeps_non_ascii():
    c = resumekit.parse("Zoë Müller-Lüdenscheidt\nzoe@example.com\n".encode())
    assert "Zoë Müller-Lüdenscheidt" in c.to_json()


@pytest.mark.parametrize("text, name", [
    ("Debarghya Das\tLast updated 2015\njane@example.com\n", "Debarghya Das"),   # "Das" is a surname here
    ("Dr. Jakub van der Berg\njvdb@example.com\n", "Jakub van der Berg"),          # title left out, particles kept
    ("CHRIS\nOH\nchris@example.com\n", "CHRIS OH"),                                  # split over two lines
    ("jane@example.com | +44 20 7946 0958\nMaría-José O'Neill\nData Analyst\n", "María-José O'Neill"),
    ("EXPERIENCE\nAcme Corp\n", None),                                              # a heading is not a name
])
def test_names(text, name):
    assert resumekit.parse(text.encode()).name == name


def test_contact_details_across_a_document():
    text = ("Jan Example\nhttps://www.linkedin.com/in/jan-\nexample-a0799/\njan.example@example.com · +(49) 157-5706-2745 · janex\n"
            "\nSKILLS\nPython, crates.io, n8n.io\n"
            "\nFooter: jan.exa mple@example.com\n").encode()
    c = resumekit.parse(text)
    assert c.contact.emails == ["jan.example@example.com"]                       # the broken footer copy is not another
    assert [p.e164 for p in c.contact.phones] == ["+4915757062745"]
    assert [l.url for l in c.contact.links] == ["https://www.linkedin.com/in/jan-example-a0799/"]  # joined, no bare domains


def test_phone_region_from_the_document_language():
    text = ("Ana Ejemplo\nTeléfono: 628 55 44 77\nanaejemplo@example.com\n\nPERFIL\n"
            "Desarrolladora con experiencia en el diseño de servicios para la gestión de datos de una empresa.\n"
            "\nEXPERIENCIA\nDesarrolladora en Acme, 2020 - actualidad\n")
    c = resumekit.parse(text.encode())
    assert c.meta.language == "es" and c.contact.phones[0].e164 == "+34628554477"


@pytest.mark.parametrize("text, name", [
    ("CURRICULUM VITAE\nJane Example\njane@example.com\n", "Jane Example"),     # the document's title is no name
    ("履歴書\n氏名\t山田 花子\n生年月日\t1990年4月1日\n", "山田 花子"),               # a labelled name
    ("Resume\nName: Jonas Beispiel\nEmail: jonas@example.com\n", "Jonas Beispiel"),
])
def test_titles_and_labelled_names(text, name):
    assert resumekit.parse(text.encode()).name == name


@pytest.mark.parametrize("text, languages", [
    # a labelled line inside another section
    ("Jane Example\n\nMISCELLANEOUS\n• Languages: English (fluent), French (native), notions of Russian\n",
     ["English", "French", "Russian"]),
    # a sentence with a proficiency word
    ("Joana Exemplo\n\nADICIONAL\n• Fluente em português e proficiência profissional em inglês.\n", ["português", "inglês"]),
    # a country is not a language, and "English teaching" without a level is not one either
    ("Jane Example\n\nSKILLS\nTravel (five years in Germany and Brazil), English teaching\n", []),
    # a CJK list with full-width commas
    ("李华\n\n技能\n• 语言: 英语（流利），中文（母语）\n", ["英语", "中文"]),
])
def test_languages_outside_their_section(text, languages):
    assert [l.name for l in resumekit.parse(text.encode()).languages] == languages
