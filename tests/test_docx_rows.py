"""How a DOCX table row reads: asides at the head of the content, grids read across, one block per row."""
import pytest

import resumekit
from resumekit.document import Line, Style
from resumekit.extract.docx.rows import Cell, row_lines

from .conftest import FIXTURES

_serial = iter(range(1, 10_000))


def cell(*texts: str, width: float = 300.0) -> Cell:
    """A cell of invented lines; a leading "• " (or a dash read as one, "~ ") makes a list item, a
    leading "**" a bold line."""
    return Cell([Line(text=t.removeprefix("• ").removeprefix("~ ").removeprefix("**"), raw=t, index=next(_serial),
                      block=next(_serial), style=Style(size=10.0, bold=t.startswith("**")),
                      bullet=t.startswith(("• ", "~ "))) for t in texts], width)


def read(*cells: Cell) -> list[str]:
    return [("• " if l.bullet else "") + l.text for l in row_lines(list(cells), block=7)]


@pytest.mark.parametrize("cells, expected", [
    # every filled cell one line: one line of cells, in cell order
    ([cell("Rust"), cell("Advanced"), cell()], ["Rust\tAdvanced"]),
    # two one-line cells, the dates first: the dates after what they date
    ([cell("2004 – 2006"), cell("Night Porter, Hotel Albatros")], ["Night Porter, Hotel Albatros\t2004 – 2006"]),
    # label/value pairs keep their order, dated or not
    ([cell("Born"), cell("12.03.1990"), cell("Mail"), cell("pip@example.net")],
     ["Born\t12.03.1990\tMail\tpip@example.net"]),
    # a range broken after its dash in a narrow cell is one range again
    ([cell("Dog Walker"), cell("01.05.2023 –", "heute")], ["Dog Walker\t01.05.2023 – heute"]),
    # ... or before it, the dash read as a bullet
    ([cell("2018. 03. 02", "~ 2020. 11. 30"), cell("Kelp Farm Hand", "Tidewick Co-op", "• Hauled lines")],
     ["Kelp Farm Hand\t2018. 03. 02 – 2020. 11. 30", "Tidewick Co-op", "• Hauled lines"]),
    # a list item under a date in a cell of its own is not a range's end
    ([cell("Since 2019", "• 2 kilns", "• 1 wheel"), cell("Potter")], ["Since 2019", "• 2 kilns", "• 1 wheel", "Potter"]),
    # dates and place on the left, the job on the right: the aside at the head of the content
    ([cell("Apr 2019 – Present", "Tromsø"), cell("Harbour Pilot", "Nordkapp Ferries", "• Steered 40 ships a month")],
     ["Harbour Pilot\tApr 2019 – Present", "Nordkapp Ferries\tTromsø", "• Steered 40 ships a month"]),
    # the aside on the right, the same
    ([cell("Glass Blower", "Murrine Atelier"), cell("03/2015 – 08/2018")],
     ["Glass Blower\t03/2015 – 08/2018", "Murrine Atelier"]),
    # an aside longer than its content
    ([cell("2011 – 2013", "Full time", "Valparaíso"), cell("Cartographer", "Andes Survey Office")],
     ["Cartographer\t2011 – 2013", "Andes Survey Office\tFull time", "Valparaíso"]),
    # a section label beside its content: its own line first
    ([cell("REFERENCES"), cell("Dr Ines Waterhouse", "Available on request")],
     ["REFERENCES", "Dr Ines Waterhouse", "Available on request"]),
    # a short cell with a digit but no date is not an aside
    ([cell("Notice: 1 month", "Travel: 2 days"), cell("Open to contract work", "Based near the coast", "• Own car")],
     ["Notice: 1 month", "Travel: 2 days", "Open to contract work", "Based near the coast", "• Own car"]),
    # a grid of one-row lines is read across, the dates last
    ([cell("2009", "2007"), cell("Kiln Safety Course", "Pottery Basics"), cell("Clayworks Guild", "Town Studio")],
     ["Kiln Safety Course\tClayworks Guild\t2009", "Pottery Basics\tTown Studio\t2007"]),
    # a short title beside a bulleted list is not a grid
    ([cell("Sommelier", "&", "Host"), cell("Duties", "• Wine lists", "• Tastings")],
     ["Sommelier", "&", "Host", "Duties", "• Wine lists", "• Tastings"]),
    # lines that wrap in their narrow cells are not a grid either
    ([cell("Wrote the maintenance manual for the regional tram fleet", "Trained drivers", width=90.0),
      cell("Tram Engineer at the city transport authority", "Depot Lead", width=90.0)],
     ["Wrote the maintenance manual for the regional tram fleet", "Trained drivers",
      "Tram Engineer at the city transport authority", "Depot Lead"]),
    # course names that wrap once beside one-row schools and dates: still a grid, read across
    ([cell("2021 – 2022", "2019 – 2020", width=110.0), cell("Lantern Academy", "Northgate Institute", width=110.0),
      cell("Intensive bootcamp in cloud operations and backend services", "Applied statistics for field ecologists",
           width=180.0)],
     ["Lantern Academy\tIntensive bootcamp in cloud operations and backend services\t2021 – 2022",
      "Northgate Institute\tApplied statistics for field ecologists\t2019 – 2020"]),
    # a column dating every line: schools beside course names that wrap three times, read across
    ([cell("2024. 01 ~ 2024. 06", "2022. 03 ~ 2022. 09", width=80.0), cell("Lantern Academy", "Northgate Institute", width=90.0),
      cell("Intensive bootcamp in cloud operations, backend services and deployment", "Applied statistics", width=100.0)],
     ["Lantern Academy\tIntensive bootcamp in cloud operations, backend services and deployment\t2024. 01 ~ 2024. 06",
      "Northgate Institute\tApplied statistics\t2022. 03 ~ 2022. 09"]),
    # ... but a dates column of fewer lines than the courses does not pair them
    ([cell("2024. 01 ~ 2024. 06", width=80.0), cell("Lantern Academy", "Northgate Institute", width=90.0),
      cell("Intensive bootcamp in cloud operations, backend services and deployment", "Applied statistics", width=100.0)],
     ["Lantern Academy", "Northgate Institute",
      "Intensive bootcamp in cloud operations, backend services and deployment\t2024. 01 ~ 2024. 06",
      "Applied statistics"]),
    # beside paragraphs that wrap three times and more, short lines are not a grid
    ([cell("Harbour Lights", "Saltmarsh", width=110.0),
      cell("Restored the lighthouse lamps and rebuilt the clockwork that turns them every night of the year",
           "Kept the logbook of passing ships and the weather, and trained two apprentices in the work", width=180.0)],
     ["Harbour Lights", "Saltmarsh",
      "Restored the lighthouse lamps and rebuilt the clockwork that turns them every night of the year",
      "Kept the logbook of passing ships and the weather, and trained two apprentices in the work"]),
    # without dates, lines that wrap once beside short ones are not a grid (label: value pairs)
    ([cell("Spoken: Catalan (native) and Basque (good working level)", "Licence: B", width=200.0),
      cell("Visa: none needed", "Notice: one month", width=200.0)],
     ["Spoken: Catalan (native) and Basque (good working level)", "Licence: B", "Visa: none needed",
      "Notice: one month"]),
    # two entries side by side (a bold degree, a plain school each): one after the other
    ([cell("**MSc Marine Biology", "Kelpford University"), cell("**BSc Zoology", "Tidewater College")],
     ["MSc Marine Biology", "Kelpford University", "BSc Zoology", "Tidewater College"]),
    # only asides: none is the content, they are a grid
    ([cell("2020", "Lima"), cell("2021", "Quito")], ["2020\t2021", "Lima\tQuito"]),
    # an aside's lines do not go onto list items
    ([cell("1998 – 2004", "Oslo", "Norway"), cell("Woodworker", "• Chairs", "• Tables")],
     ["Woodworker\t1998 – 2004", "Oslo", "Norway", "• Chairs", "• Tables"]),
    ([cell(), cell()], []),
])
def test_row_lines(cells, expected):
    assert read(*cells) == expected


def test_a_row_is_one_block_and_nested_rows_keep_theirs():
    inner = cell("Spoon carving")
    nested = {inner.lines[0].index}
    lines = row_lines([cell("1998 – 2004", "Oslo"), Cell(cell("Woodworker", "• Chairs").lines + inner.lines)], 3,
                      nested)
    assert [(l.text, l.block) for l in lines] == [("Woodworker\t1998 – 2004", 3), ("Oslo", 3), ("Chairs", 3),
                                                  ("Spoon carving", inner.lines[0].block)]


def test_table_rows_fixture():
    doc = resumekit.extract(FIXTURES / "docx" / "table-rows.docx")
    by_text = {l.text: l for l in doc.lines}
    head = by_text["Senior Landscape Architect\tMar 2020 – Present"]
    job = [l for l in doc.lines if l.block == head.block]
    assert [l.text for l in job] == ["Senior Landscape Architect\tMar 2020 – Present", "Corrib Greenway Studio\tGalway",
                                     "Led the planting plans for four riverside parks.",
                                     "Ran design reviews with the county council."]
    assert all(l.origin == "docx:table" and l.column is None for l in job)
    assert by_text["Landscape Architect\t2016 – 2020"].block != head.block  # the next row, the next block
    assert "Burren Field School\tCertificate in Hedgerow Ecology\t2014" in by_text
    assert ("Shannon Institute\tEvening course in botanical illustration and watercolour field sketching\t2017 – 2018"
            in by_text)  # course names that wrap once, read across beside their schools and years
    assert by_text["LANGUAGES"].block == by_text["Irish – fluent"].block
    c = resumekit.parse(FIXTURES / "docx" / "table-rows.docx")
    assert [(e.title, e.company) for e in c.experience] == [("Senior Landscape Architect", "Corrib Greenway Studio"),
                                                          ("Landscape Architect", "Lee Valley Design Partnership")]


def sized(size: float, *texts: str) -> Cell:
    """:func:`cell` with its lines set in ``size`` points."""
    c = cell(*texts)
    return Cell([l.with_(style=Style(size=size, bold=l.style.bold)) for l in c.lines], c.width)


@pytest.mark.parametrize("cells, expected", [
    # a sidebar cell beside a main cell that opens with a name set far larger: the name and the
    # plain lines under it (a headline) first, then the sidebar, then the rest of the main cell
    ([sized(10, "**Contact", "wren@example.org"), sized(22, "Wren Halloway", "Kiln Technician", "**Experience", "Potter")],
     ["Wren Halloway", "Kiln Technician", "Contact", "wren@example.org", "Experience", "Potter"]),
    # the later cell no larger: cell order, as before
    ([sized(10, "**Contact", "wren@example.org"), sized(12, "Wren Halloway", "Kiln Technician")],
     ["Contact", "wren@example.org", "Wren Halloway", "Kiln Technician"]),
    # the large text in the first cell already: cell order
    ([sized(22, "Wren Halloway", "Kiln Technician"), sized(10, "**Contact", "wren@example.org")],
     ["Wren Halloway", "Kiln Technician", "Contact", "wren@example.org"]),
])
def test_a_name_atop_a_later_cell_of_a_page_table_is_read_first(cells, expected):
    assert read(*cells) == expected


_WNS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _table_docx(rows: list[tuple[bool, tuple[str, ...]]]) -> bytes:
    """A DOCX whose body is one table: each row (marked as a header row?, its cells' texts)."""
    from .hostile import docx_bytes

    def tr(head: bool, cells: tuple[str, ...]) -> str:
        tcs = "".join(f'<w:tc><w:p><w:r><w:t xml:space="preserve">{c}</w:t></w:r></w:p></w:tc>' for c in cells)
        return f"<w:tr>{'<w:trPr><w:tblHeader/></w:trPr>' if head else ''}{tcs}</w:tr>"

    grid = "".join('<w:gridCol w:w="3000"/>' for _ in rows[0][1])
    return docx_bytes(f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{''.join(tr(h, c) for h, c in rows)}</w:tbl>")


@pytest.mark.parametrize("rows, heads", [
    # a marked first row of short names over rows: the table's header row (pandoc writes one over every table)
    ([(True, ("Zeitraum", "Station")), (False, ("04/2019 – heute", "Kiln Hand, Tonwerk Ost"))], ["Zeitraum\tStation"]),
    ([(True, ("Area", "Skills")), (False, ("Glazing", "Raku, Salt firing"))], ["Area\tSkills"]),
    # two marked rows at the top (a header over two lines) are both header rows
    ([(True, ("Course", "Place")), (True, ("Name", "Town")), (False, ("Raku Basics", "Harwick"))],
     ["Course\tPlace", "Name\tTown"]),
    # not marked: a row like the others, whatever it says
    ([(False, ("Zeitraum", "Station")), (False, ("2019 – 2021", "Kiln Hand"))], []),
    # marked but holding content: a digit, a long cell, one cell only
    ([(True, ("2019 – 2021", "Kiln Hand")), (False, ("2017 – 2019", "Potter"))], []),
    ([(True, ("Kiln Hand at the Tonwerk Ost works", "Leeds")), (False, ("Potter", "York"))], []),
    ([(True, ("Experience",)), (False, ("Potter",))], []),
    # the only row of its table: nothing under it to name
    ([(True, ("Area", "Skills"))], []),
    # a marked row below an unmarked one is no header (Word repeats only leading rows)
    ([(False, ("Glazing", "Raku")), (True, ("Area", "Skills")), (False, ("Firing", "Kilns"))], []),
])
def test_a_marked_header_row_of_column_names(rows, heads):
    doc = resumekit.extract(_table_docx(rows))
    assert [l.text for l in doc.lines if l.origin == "docx:table:thead"] == heads
    assert all(l.origin in ("docx:table", "docx:table:thead") for l in doc.lines)


def _grid_docx(rows: list[tuple[tuple[str, ...], tuple[str, ...]]], spacer: bool = False) -> bytes:
    """A DOCX whose body is one table of two columns: each row (the left cell's lines, the right
    cell's); a line "# TEXT" is a heading (bold capitals, 12 pt), "## TEXT" a name (22 pt), the
    rest 10 pt."""
    from xml.sax.saxutils import escape

    from .hostile import docx_bytes

    def p(t: str) -> str:
        size, bold = (44, True) if t.startswith("## ") else (24, True) if t.startswith("# ") else (20, False)
        rpr = f'<w:rPr>{"<w:b/>" if bold else ""}<w:sz w:val="{size}"/></w:rPr>'
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{escape(t.lstrip("# "))}</w:t></w:r></w:p>'

    def tc(lines: tuple[str, ...], width: int) -> str:
        return f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>{"".join(map(p, lines)) or "<w:p/>"}</w:tc>'

    gap = tc((), 300) if spacer else ""  # an empty narrow column between the two
    trs = "".join(f"<w:tr>{tc(a, 3000)}{gap}{tc(b, 6600)}</w:tr>" for a, b in rows)
    cols = '<w:gridCol w:w="3000"/>' + ('<w:gridCol w:w="300"/>' if spacer else "") + '<w:gridCol w:w="6600"/>'
    return docx_bytes(f"<w:tbl><w:tblGrid>{cols}</w:tblGrid>{trs}</w:tbl>")


_SIDE = [("# CONTACT", "pip@example.com"), ("# SKILLS", "Raku", "Glazing"), ("# LANGUAGES", "Welsh")]
_MAIN = [("## Pip Quell", "Potter"), ("# EXPERIENCE", "Kiln Hand", "Tonwerk Ost | 2019 – 2021"),
         ("# EDUCATION", "BA Ceramics, Harwick College")]


@pytest.mark.parametrize("rows, expected", [
    # a page grid: headings in both columns that do not pair across: the left column, then the right, the name first
    (list(zip(_SIDE, _MAIN)),
     ["Pip Quell", "Potter", "CONTACT", "pip@example.com", "SKILLS", "Raku", "Glazing", "LANGUAGES", "Welsh",
      "EXPERIENCE", "Kiln Hand", "Tonwerk Ost | 2019 – 2021", "EDUCATION", "BA Ceramics, Harwick College"]),
    # a grid of skills whose category headings pair across, row by row: read row by row
    ([(("# CLAY",), ("# GLAZE",)), (("Raku", "Porcelain"), ("Celadon", "Tenmoku")), (("# KILNS",), ("# TOOLS",)),
      (("Wood", "Gas"), ("Wheel", "Banding wheel"))],
     ["CLAY\tGLAZE", "Raku\tCeladon", "Porcelain\tTenmoku", "KILNS\tTOOLS", "Wood\tWheel", "Gas\tBanding wheel"]),
    # a label column: headings on the left only, each beside its section: read row by row
    ([(("# EXPERIENCE",), ("Kiln Hand", "Tonwerk Ost | 2019 – 2021")), (("# SKILLS",), ("Raku", "Glazing")),
      (("# LANGUAGES",), ("Welsh", "Breton"))],
     ["EXPERIENCE\tKiln Hand", "Tonwerk Ost | 2019 – 2021", "SKILLS", "Raku", "Glazing", "LANGUAGES", "Welsh", "Breton"]),
    # one heading in the right column only (the name atop it is no section's): too little to tell columns from rows
    ([(_SIDE[0], _MAIN[0]), (_SIDE[1], ("Kiln Hand", "Tonwerk Ost | 2019 – 2021")), (_SIDE[2], _MAIN[2])],
     ["Pip Quell", "Potter", "CONTACT", "pip@example.com", "SKILLS\tKiln Hand", "Raku\tTonwerk Ost | 2019 – 2021",
      "Glazing", "LANGUAGES", "Welsh", "EDUCATION", "BA Ceramics, Harwick College"]),
])
def test_a_page_grid_is_read_column_by_column(rows, expected):
    doc = resumekit.extract(_grid_docx(rows))
    assert [l.text for l in doc.lines] == expected
    # the same with an empty spacer column between the two columns
    assert [l.text for l in resumekit.extract(_grid_docx(rows, spacer=True)).lines] == expected
    # a block a cell in a page grid (two columns), a block a row else
    assert len({l.block for l in doc.lines}) == (2 * len(rows) if expected[2] == "CONTACT" and "SKILLS" in expected
                                                 else len(rows))


def test_a_page_grid_keeps_the_boxes_anchored_in_its_rows():
    from resumekit.extract.docx.layout import Float, Item
    from resumekit.extract.docx.rows import column_items

    def lines(*texts, bold=False, size=10.0):
        return [Line(text=t, index=next(_serial), block=1, style=Style(size=size, bold=bold)) for t in texts]

    rows = [[Cell(lines("CONTACT", bold=True, size=12.0) + lines("pip@example.com")), Cell(lines("Pip Quell", size=22.0))],
            [Cell(lines("SKILLS", bold=True, size=12.0) + lines("Raku")),
             Cell(lines("EXPERIENCE", bold=True, size=12.0) + lines("Kiln Hand"))],
            [Cell(lines("LANGUAGES", bold=True, size=12.0) + lines("Welsh")),
             Cell(lines("EDUCATION", bold=True, size=12.0) + lines("BA Ceramics"))]]
    boxes = [Float(items=[]), Float(items=[])]
    items = [Item(lines=[l for c in r for l in c.lines], height=20.0, floats=[boxes[n]] if n < 2 else [])
             for n, r in enumerate(rows)]
    out, block = column_items(items, rows, 100)
    assert [l.text for it in out for l in it.lines][:3] == ["Pip Quell", "CONTACT", "pip@example.com"]
    assert [fl for it in out for fl in it.floats] == boxes  # each box once, none lost
    assert block == 106 and sum(it.height for it in out) == 60.0
