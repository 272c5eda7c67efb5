"""Two sides of a page drawn with reportlab, read end to end (invented strings): text boxes side by
side whose lines are set flush right or centred (a Word design printed to PDF), read box after box
(resumekit.extract.pdf.columns, signal 4); a sidebar of contact details beside many rows, read as
a column, not as labels (resumekit.extract.pdf.sides)."""
import io

import pytest
from reportlab.pdfgen import canvas

import resumekit

H = 842
_MA = [("MA Teaching of", True), ("Modern Languages", True), ("Kelham University", False),
       ("2015 - 2016", False), ("Hull, England", False)]
# the school's name wrapped over two lines: the rows below are out of step with the left box's
_BA = [("BA Teaching of", True), ("Modern Languages", True), ("Tarrow College of Arts and", False),
       ("Sciences", False), ("2011 - 2014", False), ("Tarrow, Wales", False)]


def _pdf(how: str) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, H), invariant=1)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, H - 50, "Ione Carrick")
    c.setFont("Helvetica", 10)
    c.drawString(40, H - 70, "ione.carrick@example.com | +1 555 0142")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, H - 110, "EDUCATION")
    for edge, lines in ((250 if how == "right" else 150, _MA), (560 if how == "right" else 420, _BA)):
        for n, (text, bold) in enumerate(lines):
            c.setFont("Helvetica-Bold" if bold else "Helvetica", 11 if bold else 10)
            (c.drawRightString if how == "right" else c.drawCentredString)(edge, H - (140 + 14 * n), text)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(40, H - 260, "EXPERIENCE")
    c.setFont("Helvetica", 10)
    c.drawString(40, H - 280, "Language Teacher, Kelham Grammar School, 2016 - 2022")
    c.drawString(40, H - 294, "Taught French and German to four year groups.")
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("how", ["right", "centre"])
def test_two_schools_in_text_boxes_side_by_side_are_two_entries(how):
    got = resumekit.parse(_pdf(how), format="pdf")
    assert [(e.institution, e.degree, e.start, e.end) for e in got.education] == [
        ("Kelham University", "MA Teaching of Modern Languages", "2015", "2016"),
        ("Tarrow College of Arts and Sciences", "BA Teaching of Modern Languages", "2011", "2014")]


_SIDE = ["Born 02/03/1990", "CONTACT", "12 Quay Street,", "Truro TR1 2AB", "ione@example.com", "+44 7700 900123",
         "https://example.com/", "ione-carrick"]
_JOBS = [("03/2021 - 01/2024", "Harbour Pilot"), ("02/2018 - 02/2021", "Deckhand"),
         ("01/2015 - 01/2018", "Boat Builder"), ("01/2012 - 01/2015", "Net Mender"),
         ("01/2010 - 01/2012", "Galley Hand")]


def _sidebar_pdf(side: list[str]) -> bytes:
    """A name and a sidebar of details two lines apart at the left, five jobs at the right."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, H), invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, H - 60, "Ione")
    c.drawString(40, H - 80, "Carrick")
    for n, text in enumerate(side):
        c.setFont("Helvetica-Bold" if text.isupper() else "Helvetica", 10)
        c.drawString(40, H - (126 + 24 * n), text)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(220, H - 60, "EXPERIENCE")
    y = 80
    for dates, title in _JOBS:
        c.setFont("Helvetica-Bold", 10)
        c.drawString(220, H - y, dates)
        c.drawString(220, H - y - 14, f"{title}, Falmouth Docks")
        c.setFont("Helvetica", 10)
        for k in range(4):
            c.drawString(235, H - (y + 28 + 12 * k), f"Kept the logs of berth {k + 2} and its moorings")
        y += 86
    c.save()
    return buf.getvalue()


def test_a_sidebar_of_contact_details_two_lines_apart_is_a_column_not_labels():
    """Few rows beside many (a converter's frames spread a sidebar's lines): the e-mail and web
    addresses make it a sidebar, read as a column, not labels put in front of the jobs' rows."""
    lines = resumekit.extract(_sidebar_pdf(_SIDE), format="pdf").lines
    assert [l.text for l in lines][:11] == ["Ione", "Carrick", *_SIDE, "EXPERIENCE"]
    got = resumekit.parse(_sidebar_pdf(_SIDE), format="pdf")
    assert [e.start for e in got.experience] == ["2021-03", "2018-02", "2015-01", "2012-01", "2010-01"]
