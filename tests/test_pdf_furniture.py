"""Page furniture (running headers and footers, page numbers) and pages without text."""
import io

import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import resumekit
from resumekit.errors import NoTextLayerError
from resumekit.extract.pdf.furniture import furniture, is_page_number
from resumekit.extract.pdf.layout import Glyph, rows_of

from .conftest import FIXTURES


@pytest.mark.parametrize("text,expected", [
    ("3", True), ("Page 3", True), ("3 / 7", True), ("Page 2 of 2", True), ("Seite 2 von 3", True), ("- 2 -", True),
    ("2019", False), ("Page 2 of my life", False), ("1 / 2 / 3", False), ("Python 3", False),
])
def test_page_numbers(text, expected):
    assert is_page_number(text) is expected


def _row(text: str, top: float):
    out, x = [], 50.0
    for ch in text:
        if ch != " ":
            out.append(Glyph(ch, x, x + 5, top, top + 10, 10, "Helvetica", False, False))
        x += 5
    return rows_of(out)[0]


def test_running_lines_are_kept_once_page_numbers_dropped():
    pages = []
    for n in (1, 2, 3):
        rows = [_row("Ana Lima - CV", 20), _row(f"Body text of page {n}", 300), _row(f"ana@example.com {n} / 3", 820)]
        if n == 1:
            rows.insert(1, _row("Ana Lima", 60))  # the name: at the top of page 1 only
        pages.append((rows, 842.0))
    pages[1][0].append(_row("2", 830))
    marks = furniture(pages)
    assert marks[(0, 0)] == "header" and marks[(1, 0)] == marks[(2, 0)] == "drop"
    assert marks[(2, 2)] == "footer" and marks[(0, 3)] == marks[(1, 2)] == "drop"
    assert marks[(1, 3)] == "drop"  # a bare page number
    assert (0, 1) not in marks and (0, 2) not in marks  # the name and the body stay


def test_fixture_furniture_reads_once_at_the_start_and_the_end():
    doc = resumekit.extract(FIXTURES / "pdf" / "running-furniture.pdf")
    assert doc.pages == 2
    headers = [l for l in doc.lines if "Curriculum Vitae" in l.text]
    footers = [l for l in doc.lines if l.text.startswith("felix.strand@example.com |") and "Page" in l.text]
    assert [(l.index, l.origin) for l in headers] == [(0, "pdf:header")]
    assert [(l.index, l.origin, l.page) for l in footers] == [(len(doc.lines) - 1, "pdf:footer", 2)]
    # the projects section runs on across the page break
    texts = [l.text for l in doc.lines]
    assert texts.index("tinyqueue") == texts.index("Stack: Rust, proptest") + 1


def test_an_image_only_page_is_reported():
    cand = resumekit.parse(FIXTURES / "pdf" / "image-page.pdf")
    assert [(w.code, w.page) for w in cand.meta.warnings] == [("image-only-page", 2)]
    assert cand.name == "Imogen Ashdown-Vale"


def test_a_pdf_of_images_only_needs_ocr():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(300, 400), invariant=1)
    c.drawImage(ImageReader(Image.new("L", (20, 20), 128)), 10, 10, width=200, height=200)
    c.showPage()
    c.save()
    with pytest.raises(NoTextLayerError, match="no text layer"):
        resumekit.parse(buf.getvalue())


def _one_page_with_footer(footer_y: float) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, 842), invariant=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(50, 780, "Marit Olsen")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, 740, "Certifications")
    c.setFont("Helvetica", 10)
    for k, text in enumerate(("PRINCE2 Foundation", "NEBOSH General Certificate")):
        c.drawString(50, 720 - 14 * k, text)
    c.drawString(220, footer_y, "Bergen - Norway")
    c.drawString(180, footer_y - 14, "+47 912 34 567 - marit.olsen@example.no")
    c.showPage()
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("footer_y,is_footer", [
    (40, True),     # at the foot of the page, far below the last section: the page footer
    (680, False),   # right under the last section: part of it
])
def test_a_footer_set_apart_at_the_foot_of_the_last_page_is_contact_not_the_last_section(footer_y, is_footer):
    data = _one_page_with_footer(footer_y)
    doc = resumekit.extract(data)
    assert [l.origin for l in doc.lines[-2:]] == ["pdf:footer" if is_footer else "pdf"] * 2
    sections = resumekit.segment(doc)
    assert (sections[-1].kind == "contact") is is_footer
    cand = resumekit.parse(data)
    assert [c.name for c in cand.certifications][:2] == ["PRINCE2 Foundation", "NEBOSH General Certificate"]
    if is_footer:
        assert len(cand.certifications) == 2 and cand.contact.emails == ["marit.olsen@example.no"]


@pytest.mark.parametrize("header, footer, dropped", [
    # Chrome's print headers and footers: gone, whatever stands beside them, on every page
    ("3/14/24, 10:02 AM\tBo Strand - Resume", "file:///C:/Users/bo/cv.html\t1/1", True),
    ("14.03.2024, 22:15\tCV", "file:///home/bo/cv/index.html\t1/1", True),
    ("2024-03-14 9:05 pm", "file:/tmp/cv.html", True),
    # a date without a time, a web address (the page may be the person's own site): kept
    ("03/2019 – 2024\tBo Strand", "https://bo.example.com/cv\t1/1", False),
])
def test_a_browsers_print_stamps_are_dropped(header, footer, dropped):
    def cells(text: str, top: float) -> list[Glyph]:
        out = []
        for k, cell in enumerate(text.split("\t")):
            x = 20.0 + 300.0 * k
            for ch in cell:
                if ch != " ":
                    out.append(Glyph(ch, x, x + 4.4, top, top + 8, 8, "Helvetica", False, False))
                x += 4.4 if ch != " " else 2.2
        return out
    rows = rows_of(cells(header, 10) + cells("Bo Strand", 60) + cells(footer, 830))
    assert [r.text() for r in rows] == [header, "Bo Strand", footer]
    marks = furniture([(rows, 842.0)])
    assert (marks.get((0, 0)) == "drop", marks.get((0, 2)) == "drop") == (dropped, dropped)
    assert (0, 1) not in marks


@pytest.mark.parametrize("footer, kept", [
    ("CV – R. Vance-Holt – {n}/3", False),        # the name, "CV" and the page count: a label of the pages
    ("Orla Quist · Page {n} of 3", False),
    ("orla.q@example.com · Page {n} of 3", True),  # an address beside the count: read once, at the end
    ("Orla Quist – CV", True),                     # no count: kept once
])
def test_a_running_footer_that_only_counts_the_pages_is_dropped(footer, kept):
    pages = [([_row(f"Body text of page {n}", 300), _row(footer.format(n=n), 820)], 842.0) for n in (1, 2, 3)]
    marks = furniture(pages)
    assert marks[(0, 1)] == marks[(1, 1)] == "drop"
    assert marks[(2, 1)] == ("footer" if kept else "drop")


def _cells_row(text: str, top: float):
    """A row whose TABs are wide gaps between cells."""
    out, x = [], 50.0
    for ch in text:
        if ch == "\t":
            x += 30
        elif ch != " ":
            out.append(Glyph(ch, x, x + 5, top, top + 10, 10, "Helvetica", False, False))
        x += 5
    return rows_of(out)[0]


@pytest.mark.parametrize("first,last,dropped", [
    # a site's nav bar over the hero, a copyright line ending the page: a personal site printed
    ("jo lang\tHome\tAbout\tProjects\tContact", "© 2026 Jo Lang · Built with Hugo", [0, 3]),
    ("Inicio\tSobre mí\tProyectos\tContacto", "(c) 2025 Jo Lang", [0, 3]),
    # a contact row of four cells is no nav bar; a line about a copyright is no footer
    ("jo@example.com\t555-0101\tBerlin\tjolang.example.com", "Copyright law, 2 credits", []),
    # three links are too few to tell a nav bar from a row of short cells
    ("Home\tAbout\tContact", "Bristol", []),
])
def test_a_printed_sites_nav_bar_and_copyright_line_are_dropped(first, last, dropped):
    rows = [_cells_row(first, 20), _row("Jo Lang", 80), _row("Body text", 300), _row(last, 500)]
    marks = furniture([(rows, 842.0)])
    assert sorted(r for (_, r), mark in marks.items() if mark == "drop") == dropped


@pytest.mark.parametrize("last, dropped", [
    # a theme's credit ending the last page (its heart icon lost): gone, its link with it
    ("Designed with by Ilse Varga for developers", [3]),
    ("Theme by Quarry Studio", [3]),
    ("Powered by Pagewright", [3]),
    # a project's last line that says what it was built with, naming no one: kept
    ("Built with React and a small Go service", []),
    # a credit-like line that is not the page's last row: kept
    (None, []),
])
def test_a_themes_credit_ending_the_last_page_is_dropped(last, dropped):
    rows = [_row("Jo Lang", 80), _row("Body text", 300), _row("Made the kiln schedule", 320)]
    if last is None:
        rows = [_row("Jo Lang", 80), _row("Theme by Quarry Studio", 300), _row("Body text", 320)]
    else:
        rows.append(_row(last, 500))
    marks = furniture([(rows, 842.0)])
    assert sorted(r for (_, r), mark in marks.items() if mark == "drop") == dropped


def test_the_link_of_a_dropped_credit_is_no_link_of_the_document():
    from resumekit.extract.pdf.lines import _page_lines, _Page
    from resumekit.document import Box
    rows = [_row("Jo Lang", 80), _row("Designed with by Ilse Varga for developers", 500)]
    annots = [("https://themes.example.com/", Box(50, 498, 200, 512)), ("https://jolang.example.com/", Box(50, 78, 90, 92))]
    lines, loose = _page_lines(_Page(1, 842.0, rows, annots, False), {1: "drop"}, __import__("collections").Counter(),
                               None, start_block=0)
    assert [l.text for l in lines] == ["Jo Lang"] and loose == []
    assert [k.url for l in lines for k in l.links] == ["https://jolang.example.com/"]
