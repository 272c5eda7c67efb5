"""DOCX extraction end to end on the fixtures in fixtures/docx (built by make_docx_fixtures.py):
what each fixture is there to show. The golden lines views pin the full order."""
from collections import Counter

import docx
import pytest

import resumekit
from resumekit.document import Link
from resumekit.extract.docx.styles import RunProps
from resumekit.extract.docx.text import Piece, dominant, gaps, joined

from .conftest import FIXTURES

DOCX = FIXTURES / "docx"


def extract(name: str):
    return resumekit.extract(DOCX / name, name=name)


def texts(document) -> list[str]:
    return [l.text for l in document.lines]


def test_python_docx_alone_sees_none_of_these_documents():
    """The fixtures exercise what python-docx's paragraph list misses."""
    for name in ("content-controls.docx", "textbox-sidebar.docx", "nested-tables.docx"):
        d = docx.Document(str(DOCX / name))
        assert not [p.text for p in d.paragraphs if p.text.strip()], name


def test_content_controls():
    doc = extract("content-controls.docx")
    lines = texts(doc)
    assert lines[0] == "Marisol Achterberg" and doc.lines[0].style.heading_level == 0  # bound to the title
    assert "Product Designer\t2018 – 2021" in lines                    # rows inside a repeating section
    assert "EDUCATION\tBA (Hons) Graphic Communication, 2017\t2014 – 2017" in lines  # an inline control
    assert "Design: Figma, Sketch, prototyping, design systems" in lines  # a cell-level control
    assert not any("Click or tap" in t for t in lines)                  # a prompt, not content


def test_text_boxes_are_read_once_name_first():
    doc = extract("textbox-sidebar.docx")
    counts = Counter(texts(doc))
    assert counts.most_common(1)[0][1] == 1  # the VML fallback copies add nothing
    assert texts(doc)[:2] == ["Tobias Wainwright-Oduya", "Analytics Engineer"]  # the box at the top of the page
    assert {"Python", "SQL", "dbt", "Airflow"} <= set(counts)  # the table inside a text box
    assert all(l.origin.startswith("docx:textbox") for l in doc.lines)
    c = resumekit.parse(DOCX / "textbox-sidebar.docx")
    assert (c.name, c.contact.emails) == ("Tobias Wainwright-Oduya", ["tobias.wo@example.com"])


def test_headers_and_footers():
    doc = extract("header-footer-contact.docx")
    lines = texts(doc)
    header = [l.text for l in doc.lines if l.origin == "docx:header"]
    assert header == lines[:4] and header[0] == "Eilidh Fairbairn-Mensah"
    assert lines.count("eilidh.fm@example.net | 0131 496 0874 | Edinburgh, UK") == 1  # in two headers, said once
    assert not any("even pages" in t for t in lines)  # the document has no distinct even pages
    assert lines[-2:] == ["References on request", "References on request · page 2"]  # footers last, field result
    assert {l.page for l in doc.lines if l.text in ("Education", "Profile")} == {1, 2}  # a section on a new page
    c = resumekit.parse(DOCX / "header-footer-contact.docx")
    assert (c.name, c.contact.emails) == ("Eilidh Fairbairn-Mensah", ["eilidh.fm@example.net"])


def test_nested_tables_and_merged_cells():
    lines = texts(extract("nested-tables.docx"))
    assert lines[:3] == ["Rafael Quenby-Adeyemi", "Mobile Engineer", "CONTACT"]  # the merged title row first
    assert "Phone\t+44 20 7946 0452" in lines  # a nested label/value table, one line per row
    assert lines[-2:] == ["Kotlin\tAndroid\tJetpack Compose", "Swift\tGraphQL\tFirebase"]


def test_two_column_labels_beside_their_content():
    doc = extract("two-column-labels.docx")
    lines = texts(doc)
    for label, first in (("Experience", "Site Reliability Engineer"), ("Education", "BEng Computer Systems"),
                         ("Certifications", "Certified Kubernetes Administrator, 2022")):
        assert lines[lines.index(label) + 1] == first
    tools = [l for l in doc.lines if l.bullet]
    assert [l.column for l in tools] == [1, 1, 1, 1, 2, 2, 2, 2]  # a balanced newspaper section
    assert doc.lines[-1].column is None  # back to one column


def test_misused_headings_bullet_boxes_and_hidden_text():
    doc = extract("misused-headings.docx")
    levels = {l.text: l.style.heading_level for l in doc.lines}
    assert levels["Summary"] == 1 and not next(l for l in doc.lines if l.text == "Summary").bullet  # "1." outline
    assert levels["Projects"] == levels["Certificates"] == 1
    assert all(level is None for text, level in levels.items() if "Certified" in text or "Wrote" in text)
    assert levels["Port Audit – open port and OS fingerprinting\tJanuary 2025"] is None  # a misused Heading 4
    assert [l.text for l in doc.lines if l.bullet and "\t20" in l.text] == [
        "MSc Cyber Security\t2022 – 2023", "BSc Computing\t2018 – 2021"]  # glyphs in boxes beside them
    assert "•" not in texts(doc)
    assert not any("kubernetes" in t for t in texts(doc))
    assert [w.code for w in doc.warnings] == ["hidden-text"]


def test_links_fields_and_tabs():
    doc = extract("links-fields.docx")
    contact = doc.lines[2]
    assert contact.text == "columba.r@example.org | +44 161 496 0358 | LinkedIn | Portfolio"
    assert contact.links == (
        Link("mailto:columba.r@example.org", "columba.r@example.org"),  # a simple HYPERLINK field
        Link("tel:+441614960358", "+44 161 496 0358"),
        Link("https://www.linkedin.com/in/columba-ravensworth-example", "LinkedIn"),
        Link("https://ravensworth.example.dev/work", "Portfolio"))      # a complex HYPERLINK field
    assert doc.lines[3].links == (Link("https://github.com/old-template-author", "see github.com/crav-dev"),
                                  Link("https://github.com/crav-dev", "github.com/crav-dev"))  # nested
    lines = texts(doc)
    assert "Backend Developer\t2018 – 2022" in lines                 # a positional tab
    assert "BSc Mathematics, University of Ashcombe\t2015 – 2018" in lines  # spaces pushing the dates right
    assert lines[lines.index("Ardwick Logistics") + 1] == "Manchester, UK"  # a line break
    bullets = [l.text for l in doc.lines if l.bullet]
    assert bullets == ["Rebuilt the e-commerce order API in Go.", "Cut p99 latency from 900 ms to 140 ms."]
    assert "Salford Quays Media, Salford, UK" in lines                # a smart tag
    c = resumekit.parse(DOCX / "links-fields.docx")
    assert c.contact.emails == ["columba.r@example.org"]
    assert [(l.kind, l.label) for l in c.contact.links][:2] == [("linkedin", "LinkedIn"), ("website", "Portfolio")]


def test_localised_styles():
    doc = extract("localised-styles.docx")
    by_text = {l.text: l for l in doc.lines}
    assert by_text["Henrike Oyelaran-Kast"].style.heading_level == 0           # "Titel"
    experience = by_text["experience"]                                          # "Überschrift 1", id berschrift1
    assert (experience.style.heading_level, experience.style.caps, experience.style.bold) == (1, True, True)
    job = by_text["Controls Engineer, Elbwerk Automation GmbH\t2020 – Present"]
    assert (job.style.heading_level, job.style.caps, job.style.bold) == (2, False, True)  # based on it
    assert by_text["PLC\tSiemens TIA Portal, CODESYS"].style.size == 9.0       # the table style's size
    assert by_text["Commissioned PLC systems for twelve packaging lines."].bullet
    sections = [s.kind for s in resumekit.segment(doc)]
    assert sections[:4] == ["header", "experience", "education", "skills"]


@pytest.mark.parametrize("text, expected", [
    ("Soft Skills:          Resilience, Curiosity", "Soft Skills:\tResilience, Curiosity"),  # a label
    ("Network Scanner          January 2025", "Network Scanner\tJanuary 2025"),            # right-aligned
    ("DOB          :28-Nov-1999", "DOB:\t28-Nov-1999"),                                      # aligned colons
    ("Two  spaces stay", "Two  spaces stay"),
    ("+91 7565893606    |mail@example.com   |    github.com/x", "+91 7565893606 |mail@example.com | github.com/x"),
    # spaces typed to push the rest of a sentence onto the next line
    ("Designed and maintained a website as part of a pilot program intended" + " " * 60 + "to help students",
     "Designed and maintained a website as part of a pilot program intended to help students"),
])
def test_gaps(text, expected):
    assert gaps(text, 11.0, 470.0) == expected


@pytest.mark.parametrize("pieces, expected", [
    ([("Wilhelmina Oyelaran", 18.0), ("  –  Flight Dispatcher", 11.0)], "Wilhelmina Oyelaran\t–  Flight Dispatcher"),
    ([("Wilhelmina Oyelaran ", 18.0), (" ", None), ("Dispatcher", 11.0)], "Wilhelmina Oyelaran\tDispatcher"),
    ([("Heading", 14.0), (" text", 11.0)], "Heading text"),                   # 14/11 is no jump
    ([("W", 30.0), ("ilhelmina", 11.0)], "Wilhelmina"),                      # a drop cap: no space, no gap
    ([("Rota planning ", None), ("(shift work)", None)], "Rota planning (shift work)"),
    ([("Harbour Pilot   2019", 18.0)], "Harbour Pilot   2019"),            # one piece: its text
    ([("  ", None)], "  "),
])
def test_a_jump_in_type_size_between_words_is_a_gap(pieces, expected):
    group = [Piece(text, RunProps(size=size), None, 1, 0) for text, size in pieces]
    assert joined(group, 11.0) == expected


_MARK = RunProps(size=9.0, font="Gill Sans")


@pytest.mark.parametrize("pieces, expected", [
    ([("Tug Master", RunProps(bold=True, size=12.0))], (True, False, 12.0, False, None)),
    ([("Tug Master", RunProps(font="Lato Black", caps=True))], (True, False, None, True, "Lato Black")),
    ([("   ", RunProps(bold=True))], (False, False, 9.0, False, "Gill Sans")),  # no text: the mark's
    ([("Tug", RunProps(italic=True)), (" Master of the port", RunProps())], (False, False, None, False, None)),
    ([("Tug Master", RunProps(italic=True)), (" at", RunProps())], (False, True, None, False, None)),
])
def test_dominant_style_of_a_line(pieces, expected):
    assert dominant([Piece(text, props, None, 1, 0) for text, props in pieces], _MARK) == expected


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _body_docx(*paragraphs: str) -> bytes:
    """A DOCX whose body is ``paragraphs`` (WordprocessingML ``w:p`` / ``w:tbl`` strings)."""
    import io

    from docx.oxml import parse_xml

    doc = docx.Document()
    body = doc.element.body
    for xml in paragraphs:
        body.sectPr.addprevious(parse_xml(xml.replace("<w:p>", f'<w:p xmlns:w="{_W}">', 1)
                                          .replace("<w:tbl>", f'<w:tbl xmlns:w="{_W}">', 1)))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _p(text: str, ppr: str = "") -> str:
    return f'<w:p><w:pPr>{ppr}</w:pPr><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


_CAP = '<w:framePr w:dropCap="{}" w:lines="3" w:wrap="around" w:vAnchor="text" w:hAnchor="text"/>'
_TABLE = ('<w:tbl><w:tblGrid><w:gridCol w:w="2000"/></w:tblGrid><w:tr><w:tc><w:p><w:r><w:t>Cell</w:t></w:r></w:p>'
          '</w:tc></w:tr></w:tbl>')


@pytest.mark.parametrize("body, expected", [
    # a drop cap starts the next paragraph, in the margin or in the text
    ((_p("Profile"), _p("W", _CAP.format("drop")), _p("eaver of tapestries since 2009.")),
     ["Profile", "Weaver of tapestries since 2009."]),
    ((_p("Sailmaker", _CAP.format("margin")), _p(" and rigger on the Clyde.")), ["Sailmaker and rigger on the Clyde."]),
    # a frame that is no drop cap (a contact block placed beside the name) stays a line of its own
    ((_p("tamsin@example.com", '<w:framePr w:w="3000" w:hAnchor="page" w:x="7000" w:y="1"/>'), _p("Tamsin Orr")),
     ["tamsin@example.com", "Tamsin Orr"]),
    ((_p("X", _CAP.format("none")), _p("ylophonist")), ["X", "ylophonist"]),
    # with no paragraph after it, the cap is read where it stands
    ((_p("Intro"), _p("Q", _CAP.format("drop"))), ["Intro", "Q"]),
    ((_p("Q", _CAP.format("drop")), _TABLE), ["Q", "Cell"]),
])
def test_a_drop_cap_is_the_start_of_the_next_paragraph(body, expected):
    from resumekit.api import extract as read

    document = read(_body_docx(*body))
    assert [l.text for l in document.lines] == expected


_REV = 'w:id="{}" w:author="Editor" w:date="2024-01-01T00:00:00Z"'
_GONE = f'<w:rPr><w:del {_REV.format(7)}/></w:rPr>'  # the paragraph mark deleted


def _deleted(text: str) -> str:
    return f'<w:del {_REV.format(8)}><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'


@pytest.mark.parametrize("body, expected", [
    # a deleted paragraph mark: the paragraph runs on into the next one
    ((_p("Restored three canal locks", _GONE), _p(" with lime mortar.")), ["Restored three canal locks with lime mortar."]),
    # a paragraph all deleted, its mark too, is gone; a chain of them joins up
    ((_p("Kiln manager"), f"<w:p><w:pPr>{_GONE}</w:pPr>{_deleted('Swept the yard.')}</w:p>", _p("Fired stoneware.")),
     ["Kiln manager", "Fired stoneware."]),
    ((_p("Bound ", _GONE), _p("ledgers ", _GONE), _p("by hand.")), ["Bound ledgers by hand."]),
    # the last paragraph of the story, or one before a table, stays where it is
    ((_p("Glazier", _GONE),), ["Glazier"]),
    ((_p("Glazier", _GONE), _TABLE), ["Glazier", "Cell"]),
    # a paragraph mark only re-formatted (no deletion) keeps its paragraph
    ((_p("Thatcher", "<w:rPr><w:b/></w:rPr>"), _p("Norfolk reed")), ["Thatcher", "Norfolk reed"]),
])
def test_a_deleted_paragraph_mark_joins_the_next_paragraph(body, expected):
    from resumekit.api import extract as read

    assert [l.text for l in read(_body_docx(*body)).lines] == expected


def _field_runs(instruction: str, result: str) -> str:
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


@pytest.mark.parametrize("footer, kept", [
    # Word's "Page X of Y" footer: PAGE and NUMPAGES fields between words
    (_run("Page ") + _field_runs("PAGE", "1") + _run(" of ") + _field_runs("NUMPAGES", "2"), []),
    (_run("Seite ") + _field_runs("PAGE", "2") + _run(" von ") + _field_runs("NUMPAGES", "3"), []),
    (_run("- ") + _field_runs("PAGE", "1") + _run(" -"), []),
    (_field_runs("PAGE", "3") + _run(" / ") + _field_runs("SECTIONPAGES", "4"), []),
    # words beside a page count ("X of Y"): a label of the pages, as the PDF reader drops it
    (_run("Hollis Brandt – Lebenslauf – Seite ") + _field_runs("PAGE", "2") + _run(" von ")
     + _field_runs("NUMPAGES", "2"), []),
    (_run("Hollis Brandt · Page ") + _field_runs("PAGE", "1") + _run(" of ") + _field_runs("NUMPAGES", "2"), []),
    # a contact item beside the count, or a page number that counts nothing, keeps the line
    (_run("hollis.b@example.com · Page ") + _field_runs("PAGE", "1") + _run(" of ") + _field_runs("NUMPAGES", "2"),
     ["hollis.b@example.com · Page 1 of 2"]),
    (_run("Hollis Brandt · CV · page ") + _field_runs("PAGE", "1"), ["Hollis Brandt · CV · page 1"]),
    (_run("References on request"), ["References on request"]),
])
def test_a_footer_that_is_only_a_page_number_is_no_line(footer, kept):
    import io

    from docx.oxml import parse_xml

    doc = docx.Document()
    doc.add_paragraph("Hollis Brandt")
    paragraph = doc.sections[0].footer.paragraphs[0]._p
    paragraph.addprevious(parse_xml(f'<w:p xmlns:w="{_W}">{footer}</w:p>'))
    paragraph.getparent().remove(paragraph)
    out = io.BytesIO()
    doc.save(out)
    lines = resumekit.extract(out.getvalue(), name="footer.docx").lines
    assert [l.text for l in lines if l.origin.startswith("docx:footer")] == kept
