"""Text boxes side by side whose lines are set flush right or centred (a Word design printed to
PDF): each box is read whole, box after box (resumekit.extract.pdf.columns, signal 4), so each
school's lines make one entry. Invented strings, a PDF drawn with reportlab."""
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
