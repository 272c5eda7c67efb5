"""A rule typed as text under a heading (a Word paragraph of underscores, printed to PDF) is no line
(resumekit.extract.pdf.lines.TYPED_RULE), as the DOCX and text readers drop it."""
import io

import pytest
from reportlab.pdfgen import canvas

import resumekit
from resumekit import extract

H = 842


FILLER = [(40, 600 + 14 * k, "Surveyed coastal paths and mapped the dunes of the northern bay with the county team", 10)
          for k in range(4)]  # body text below: a page mostly of underscores reads as a font without letters


def _pdf(rows) -> bytes:
    """Rows (x, y from the top, text, font size) on one A4 page, above a paragraph of filler."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, H), invariant=1)
    for x, y, text, size in [*rows, *FILLER]:
        c.setFont("Helvetica", size)
        c.drawString(x, H - y, text)
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("rule, kept", [
    ("______________________________", False),
    ("- - - - - - - - - - - -", False),
    ("————————————————————", False),
    ("==========", False),
    ("____", True),  # four are too few: a blank to fill in, kept
    ("..............", True),  # dots and bullets stay: a row of them may be a rating
    ("2019 - 2021", True),
    ("C++ -- ___ --", True),
])
def test_a_row_that_is_only_a_typed_rule_is_no_line(rule, kept):
    lines = [l.text for l in extract(_pdf([(40, 60, "Escolaridade", 12), (40, 80, rule, 10),
                                           (40, 100, "Field notes", 10)]), format="pdf").lines]
    assert (rule in lines) == kept
    assert lines[0] == "Escolaridade" and lines[-5] == "Field notes"


def test_a_typed_rule_under_the_heading_no_longer_shifts_the_education_entries():
    # each paragraph a block of its own (a web page printed to PDF): dated degree, then its school
    rows = [(40, 40, "Rosa Ventura Lima", 20), (40, 70, "rosa.lima@example.com", 10),
            (40, 120, "Education", 12), (40, 142, "______________________________", 10)]
    y = 180
    for degree, school in [("2012 - Diploma in Surveying", "Marlow Vale Technical School"),
                           ("2016 - 2019 - Bachelor of Science in Geology", "Northbay Institute")]:
        rows += [(55, y, degree, 10), (40, y + 21, school, 10)]
        y += 60
    got = resumekit.parse(_pdf(rows), format="pdf")
    assert [(e.institution, e.degree) for e in got.education] == [
        ("Marlow Vale Technical School", "Diploma in Surveying"), ("Northbay Institute", "Bachelor of Science in Geology")]
