"""Word tables printed to PDF whose shaded left cells hold an entry's dates or a section's name,
each centred vertically against a content cell of three or four lines of plain text (drawn with
reportlab, invented person and text): the left cell's lines are read in front of the content
cell's first line (extract/pdf/columns.py starts the band from rows side by side;
labels.centred asks the fold's reading, cell_tops.set_as with LABEL_CELLS)."""
import io

import pytest
from reportlab.pdfgen import canvas

import resumekit

H = 842
LEAD = 14

_DATES = [
    (["2019 – 2021"], ["Plotted courses for the estuary ferries in all", "weathers and kept the chart table",
                       "corrected to the latest notices,", "tides and soundings."]),
    (["2016 –", "2019"], ["Ran the berthing roster for the quay,", "its cranes and its mooring gangs",
                          "across three shifts."]),
    (["September", "2012 –", "August", "2016"], ["Took the pilot cutter out to incoming ships.",
                                                "Towed barges between the two basins.", "Trained two new deckhands."]),
]
_SECTIONS = [
    (["Education"], ["BSc Marine Engineering at the University", "of Plymouth, first class honours",
                     "and a prize for the final project,", "a study of tidal mills."]),
    (["Languages"], ["Cornish and English, both spoken and", "written, and enough Breton to order",
                     "a meal in Roscoff."]),
    (["Pilot boat and", "tug handling", "under the", "harbour master"],
     ["Took the pilot cutter out to incoming ships.", "Towed barges between the two basins.",
      "Trained two new deckhands."]),
]


def _pdf(heading: str, cells, para: float, shade: float = 0.93,
         after: tuple[str, str] = ("INTERESTS", "Gig rowing, tide tables, Cornish wrestling")) -> bytes:
    """A name, a heading, then the table: each shaded label cell's lines centred against its
    content cell, whose lines are ``para`` points further apart than the label's; ``after``, a
    heading and a line after it."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595, H), invariant=1)
    c.setFont("Helvetica-Bold", 18)
    c.drawString(50, H - 60, "Morwenna Pascoe")
    c.setFont("Helvetica", 10)
    c.drawString(50, H - 78, "morwenna.pascoe@example.com | +1 555 0163")
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, H - 120, heading)
    top = 150
    for labels, lines in cells:
        pitch = LEAD + para
        height = pitch * (len(lines) - 1) + 26
        c.setFillColorRGB(shade, shade, shade)
        c.rect(48, H - (top - 12 + height), 110, height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica", 10)
        for n, line in enumerate(lines):
            c.drawString(175, H - (top + pitch * n), line)
        first = top + (pitch * (len(lines) - 1) - LEAD * (len(labels) - 1)) / 2
        c.setFont("Helvetica-Bold", 10)
        for n, label in enumerate(labels):
            c.drawCentredString(103, H - (first + LEAD * n), label)
        top += height + 16
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, H - (top + 20), after[0])
    c.setFont("Helvetica", 10)
    c.drawString(50, H - (top + 40), after[1])
    c.save()
    return buf.getvalue()


@pytest.mark.parametrize("heading, cells", [("EXPERIENCE", _DATES), ("DETAILS", _SECTIONS)])
@pytest.mark.parametrize("para", [0.0, 6.0])
def test_a_label_cell_centred_against_its_content_stands_before_its_first_line(heading, cells, para):
    lines = [l.text for l in resumekit.extract(_pdf(heading, cells, para), format="pdf").lines]
    start = lines.index(heading) + 1
    expected = []
    for labels, content in cells:
        expected += [" ".join(labels) + "\t" + content[0], *content[1:]]
    assert lines[start:start + len(expected)] == expected
    assert lines[start + len(expected)] == "INTERESTS"


@pytest.mark.parametrize("para", [0.0, 6.0])
def test_the_dates_of_label_cells_date_their_entries(para):
    jobs = [(e.start, e.end) for e in resumekit.parse(_pdf("EXPERIENCE", _DATES, para), format="pdf").experience]
    assert jobs == [("2019", "2021"), ("2016", "2019"), ("2012-09", "2016-08")]
