"""Where DOCX content sits: column reading order, text boxes, geometry estimates."""
import pytest
from hypothesis import given, strategies as st
from lxml import etree

from resumekit.document import Line, Style
from resumekit.extract.docx.layout import (Float, Item, SectionGeom, arrange, interleave_labels, order_columns,
                                           section_geometry, text_rows)
from resumekit.extract.docx.styles import W
from resumekit.extract.docx.walk import vml_float

from .conftest import FIXTURES

ROW = 14.0  # one estimated line of 12 pt text


def item(text: str = "", rows: int = 1, **kw) -> Item:
    lines = [Line(text=text, style=Style(size=12.0), origin="docx")] if text else []
    return Item(lines=lines, height=rows * ROW, text_height=rows * ROW, **kw)


def texts(items_or_lines) -> list[str]:
    out = []
    for x in items_or_lines:
        out.extend(l.text for l in x.lines) if isinstance(x, Item) else out.append(x.text)
    return out


def spaced(*rows) -> list[Item]:
    """Items from rows: a string is a one-row paragraph, an int that many empty paragraphs."""
    out = []
    for r in rows:
        out.extend([item() for _ in range(r)] if isinstance(r, int) else [item(r)])
    return out


def test_labels_sit_beside_the_blocks_they_line_up_with():
    labels = spaced("Education", 5, "Work History", 4, "Skills")
    content = spaced("BSc Physics, Northfield University", "2012 – 2015", 1, "MSc Optics", "2015 – 2016", 1,
                     "Lab Technician", "Harlow Instruments", "2016 – 2020", 1, "Python, LabVIEW, MATLAB")
    merged = interleave_labels(labels, content)
    assert [t for t in texts(merged)] == [
        "Education", "BSc Physics, Northfield University", "2012 – 2015", "MSc Optics", "2015 – 2016",
        "Work History", "Lab Technician", "Harlow Instruments", "2016 – 2020", "Skills", "Python, LabVIEW, MATLAB"]


def test_a_wider_gap_wins_a_close_call():
    # "Work" sits 0.9 rows above "ESL teacher" and 1.1 rows below "Dates online", which starts
    # after a double gap
    labels = [item("Study"), Item(lines=[], height=7.1 * ROW), item("Work")]
    content = spaced("Diploma of Design", "Rowan College, 2010", 1, "Certificate III", "Rowan College, 2008", 2,
                     "Dates online", 1, "ESL teacher", "2018 – 2023")
    assert texts(interleave_labels(labels, content))[5:7] == ["Work", "Dates online"]


@pytest.mark.parametrize("labels", [
    spaced("Only one label", 3),                                       # a single label is no label column
    spaced("Education", 1, "A label column holds short labels, not a sentence like this one.", 1),
    spaced("Education", 1, "Experience", 1, "Skills"),                 # more labels than content blocks
])
def test_not_a_label_column(labels):
    content = spaced("BSc Physics", 1, "Lab Technician")
    assert interleave_labels(labels, content) is None


def test_a_first_column_as_full_as_the_second_is_not_labels():
    labels = spaced("Alpha", "Beta", "Gamma")
    content = spaced("Delta", 1, "Epsilon", 1, "Zeta")
    assert interleave_labels(labels, content) is None


def test_order_columns_with_a_column_break_and_labels():
    geom = SectionGeom(columns=(100.0, 300.0))
    body = [item("Name", section=0)] + [
        item("Education", section=1, column=0), item(section=1, column=0), item(section=1, column=0),
        item("Skills", section=1, column=0),
        item("BSc Physics, Northfield University", section=1, column=1),
        item("2012 – 2015", section=1, column=1), item(section=1, column=1),
        item("Python, LabVIEW, MATLAB, technical writing", section=1, column=1)]
    out = order_columns(body, [SectionGeom(), geom])
    assert texts(out) == ["Name", "Education", "BSc Physics, Northfield University", "2012 – 2015", "Skills",
                          "Python, LabVIEW, MATLAB, technical writing"]
    assert [l.column for it in out for l in it.lines] == [None, 1, 2, 2, 1, 2]


def test_order_columns_without_breaks_keeps_order_and_estimates_columns():
    balanced = [item(f"Tool {k}", section=0) for k in range(6)]
    out = order_columns(balanced, [SectionGeom(columns=(200.0, 200.0)), SectionGeom(start="continuous")])
    assert texts(out) == [f"Tool {k}" for k in range(6)]
    assert [it.lines[0].column for it in out] == [1, 1, 1, 2, 2, 2]  # balanced before a continuous break
    filled = [item(f"Tool {k}", section=0) for k in range(6)]
    out = order_columns(filled, [SectionGeom(columns=(200.0, 200.0))])
    assert [it.lines[0].column for it in out] == [1] * 6  # the last section fills its first column first


def box(text: str, **kw) -> Float:
    return Float(items=[item(text)], **kw)


def test_arrange_places_boxes():
    geom = [SectionGeom(top=72.0)]
    anchor = item("Experience")
    anchor.floats = [box("Jordan Vale", rel_v="page", top=30.0), box("Sidebar", rel_v="paragraph", top=40.0)]
    body = [item("Summary"), anchor, item("Education")]
    assert texts(arrange(body, geom)) == ["Jordan Vale", "Summary", "Experience", "Sidebar", "Education"]


@pytest.mark.parametrize("floats, expected", [
    # a tall box on the left of the page: a sidebar, read before the rest of its page
    ([box("Sidebar", rel_v="paragraph", top=90.0, height=500.0, rel_h="page", left=20.0, width=150.0)],
     ["Sidebar", "Summary", "Experience", "Education"]),
    ([box("Sidebar", rel_v="paragraph", top=90.0, height=500.0, rel_h="margin", align_h="left", width=150.0)],
     ["Sidebar", "Summary", "Experience", "Education"]),
    # on the right (its left edge in the right half): after the rest of its page, wherever anchored
    ([box("Sidebar", rel_v="paragraph", top=90.0, height=500.0, rel_h="page", left=400.0, width=150.0)],
     ["Summary", "Experience", "Education", "Sidebar"]),
    ([box("Sidebar", rel_v="paragraph", top=-190.0, height=500.0, rel_h="page", left=415.0, width=150.0)],
     ["Summary", "Experience", "Education", "Sidebar"]),
    ([box("Sidebar", rel_v="paragraph", top=0.0, height=500.0, rel_h="margin", align_h="right", width=150.0)],
     ["Summary", "Experience", "Education", "Sidebar"]),
    # at the top of the page on the right, but tall: a sidebar, not a masthead
    ([box("Sidebar", rel_v="page", top=40.0, height=500.0, rel_h="page", left=415.0, width=150.0)],
     ["Summary", "Experience", "Education", "Sidebar"]),
    # a wide box whose middle is right of the page's middle but which starts left of it: after its anchor
    ([box("Main", rel_v="paragraph", top=90.0, height=500.0, rel_h="page", left=200.0, width=360.0)],
     ["Summary", "Experience", "Main", "Education"]),
    # across most of the page: a block of the body, not a sidebar
    ([box("Letter", rel_v="paragraph", top=0.0, height=500.0, rel_h="page", left=-10.0, width=600.0)],
     ["Summary", "Experience", "Letter", "Education"]),
    # short, or where its place cannot be told: after its anchor
    ([box("Note", rel_v="paragraph", top=90.0, height=100.0, rel_h="page", left=20.0, width=150.0)],
     ["Summary", "Experience", "Note", "Education"]),
    ([box("Sidebar", rel_v="paragraph", top=90.0, height=500.0, rel_h="insideMargin", left=0.0, width=150.0)],
     ["Summary", "Experience", "Sidebar", "Education"]),
    # the masthead comes before the sidebar, whichever is anchored first
    ([box("Sidebar", rel_v="paragraph", top=90.0, height=500.0, rel_h="page", align_h="left", width=150.0),
      box("Jordan Vale", rel_v="page", top=30.0)], ["Jordan Vale", "Sidebar", "Summary", "Experience", "Education"]),
])
def test_arrange_reads_a_sidebar_beside_the_body(floats, expected):
    geom = [SectionGeom(top=72.0)]
    anchor = item("Experience")
    anchor.floats = floats
    assert texts(arrange([item("Summary"), anchor, item("Education")], geom)) == expected


@pytest.mark.parametrize("top, anchor, expected", [
    (20.0, 0, ["Jordan Vale", "Summary", "Experience"]),   # just below the paragraph that opens the page
    (200.0, 0, ["Summary", "Jordan Vale", "Experience"]),  # far below it
    (20.0, 1, ["Summary", "Experience", "Jordan Vale"]),   # below a paragraph further down the page
])
def test_a_box_at_the_top_of_a_paragraph_that_opens_the_page(top, anchor, expected):
    body = [item("Summary"), item("Experience")]
    body[anchor].floats = [box("Jordan Vale", rel_v="paragraph", top=top, height=40.0)]
    assert texts(arrange(body, [SectionGeom(top=72.0)])) == expected


@pytest.mark.parametrize("top, target", [
    (-4.0, "MSc Optics"),      # beside its own anchor line
    (14.0, "BSc Physics"),     # below the anchor: the next paragraph
    (-30.0, "Northfield"),     # above the anchor: the previous paragraph
])
def test_bullet_glyph_boxes_mark_the_line_they_sit_beside(top, target):
    anchor = item("MSc Optics")
    anchor.floats = [box("•", rel_v="paragraph", top=top, height=14.0)]
    lines = arrange([item("Northfield"), anchor, item("BSc Physics")])
    assert [l.text for l in lines] == ["Northfield", "MSc Optics", "BSc Physics"]  # the glyph is not a line
    assert [l.text for l in lines if l.bullet] == [target]


@pytest.mark.parametrize("top, height, expected", [
    # a heading bar drawn far below its anchor: before the item it lands beside
    (30.0, 20.0, ["Contact", "Address", "Education", "MSc Acoustics", "BSc Physics"]),
    (58.0, 20.0, ["Contact", "Address", "MSc Acoustics", "Education", "BSc Physics"]),
    # drawn above its anchor (its middle above the anchor's top): just before the anchor
    (-30.0, 22.0, ["Education", "Contact", "Address", "MSc Acoustics", "BSc Physics"]),
    (-14.0, 20.0, ["Education", "Contact", "Address", "MSc Acoustics", "BSc Physics"]),
    # on its anchor, past the story's end, or too tall for a label: after its anchor
    (-6.0, 20.0, ["Contact", "Education", "Address", "MSc Acoustics", "BSc Physics"]),
    (-200.0, 120.0, ["Contact", "Education", "Address", "MSc Acoustics", "BSc Physics"]),
    (4.0, 20.0, ["Contact", "Education", "Address", "MSc Acoustics", "BSc Physics"]),
    (400.0, 20.0, ["Contact", "Education", "Address", "MSc Acoustics", "BSc Physics"]),
    (30.0, 120.0, ["Contact", "Education", "Address", "MSc Acoustics", "BSc Physics"]),
])
def test_a_label_box_below_its_anchor_is_read_where_it_lands(top, height, expected):
    body = [item("Contact"), item("Address"), item("MSc Acoustics", rows=2), item("BSc Physics", rows=2)]
    body[0].floats = [box("Education", rel_v="paragraph", top=top, height=height)]
    assert texts(arrange(body)) == expected


@pytest.mark.parametrize("style, expected", [
    ("position:absolute;width:201.75pt;height:25.2pt;margin-top:129.55pt;margin-left:16.2pt",
     ("paragraph", 129.55, "column", 16.2, 201.75, 25.2)),
    ("position:absolute;margin-left:0;margin-top:1in;width:2in;height:48px;"
     "mso-position-horizontal-relative:page;mso-position-vertical-relative:margin",
     ("margin", 72.0, "page", 0.0, 144.0, 36.0)),
    ("position:absolute;left:10pt;margin-left:5pt;top:2cm;mso-position-vertical-relative:top-margin-area",
     ("topMargin", pytest.approx(56.69, abs=0.01), "column", 15.0, 0.0, 0.0)),
    # inline with the text: a size, no position
    ("width:100pt;height:20pt", (None, None, None, None, 100.0, 20.0)),
    ("position:absolute;margin-top:wide;margin-left:.;height:-", ("paragraph", None, "column", None, 0.0, 0.0)),
    ("position:absolute;top:.5in;mso-position-vertical-relative:somewhere-else",
     (None, 36.0, "column", None, 0.0, 0.0)),
])
def test_vml_positions(style, expected):
    fl = vml_float(style)
    assert (fl.rel_v, fl.top, fl.rel_h, fl.left, fl.width, fl.height) == expected


@given(st.text(alphabet="positin:absolutemrgp-0123456789.;ptx ", max_size=80))
def test_vml_positions_never_fail(style):
    fl = vml_float(style)  # never raises, whatever the style says
    assert isinstance(fl.height, float) and (fl.top is None or isinstance(fl.top, float))
    assert fl.rel_v in (None, "paragraph")  # (the alphabet cannot spell an mso-position-*-relative)


def test_a_vml_group_places_its_boxes_by_its_own_style():
    from resumekit.extract.docx.walk import _text_boxes

    pict = etree.fromstring(
        f'<w:pict xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml">'
        '<v:group style="position:absolute;margin-top:40pt;width:200pt;height:30pt" coordsize="21600,21600">'
        '<v:shape style="position:absolute;top:0;left:0;width:21600;height:21600"><v:textbox><w:txbxContent>'
        '<w:p><w:r><w:t>Skills</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></v:group></w:pict>')
    [(box, anchor)] = _text_boxes(pict)
    fl = vml_float(anchor.get("style"))
    assert (fl.top, fl.height) == (40.0, 30.0)  # the group's, not its member's in group units


def test_vml_heading_boxes_of_a_layout_table_fixture():
    import resumekit

    doc = resumekit.extract(FIXTURES / "docx" / "layout-table-boxes.docx")
    texts_ = [l.text for l in doc.lines]
    assert texts_.index("Contact") < texts_.index("Address: 14 Quarry Lane, Ashbourne") < texts_.index("Education") \
        < texts_.index("MEng Acoustical Engineering") < texts_.index("BTEC Music Technology") \
        < texts_.index("Experience") < texts_.index("Senior Acoustic Engineer")
    c = resumekit.parse(FIXTURES / "docx" / "layout-table-boxes.docx")
    assert [(e.institution, e.degree) for e in c.education] == [
        ("University of Dunmere", "MEng Acoustical Engineering"), ("Harbourside College", "BTEC Music Technology")]


def test_section_geometry():
    sect = etree.fromstring(
        f'<w:sectPr xmlns:w="{W}"><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/>'
        '<w:cols w:num="2" w:space="280" w:equalWidth="0"><w:col w:w="2437" w:space="280"/><w:col w:w="6920"/></w:cols>'
        '<w:titlePg/></w:sectPr>')
    geom = section_geometry(sect)
    assert geom.columns == (121.85, 346.0)
    assert (geom.start, geom.title_page) == ("continuous", True)
    assert geom.text_width == pytest.approx(481.9)
    assert section_geometry(None).columns == (432.0,)  # Word's defaults: Letter, 1" and 1.25" margins


@pytest.mark.parametrize("text, rows", [
    ("", 1),
    ("Short line", 1),
    ("x" * 80, 1),    # 80 glyphs of 10 pt fit 400 pt
    ("x" * 81, 2),
    ("x" * 200, 3),
])
def test_text_rows(text, rows):
    assert text_rows(text, 10.0, 400.0) == rows


@pytest.mark.parametrize("attrs, expected", [
    # (rel_v, top, align_v, rel_h, left, align_h) of a floating table's w:tblpPr
    ('w:vertAnchor="page" w:horzAnchor="page" w:tblpX="8300" w:tblpY="1134"', ("page", 56.7, None, "page", 415.0, None)),
    ('w:tblpX="200" w:tblpY="40"', ("paragraph", 2.0, None, "column", 10.0, None)),  # "text": the flow
    ('w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="0"', ("paragraph", 0.0, None, "margin", 0.0, "right")),
])
def test_a_floating_table_is_a_float(attrs, expected):
    from lxml import etree

    from resumekit.extract.docx.layout import table_float

    el = etree.fromstring(f'<w:tblpPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" {attrs}/>')
    fl = table_float(el, [item("Skills", rows=40)], 150.0)
    assert (fl.rel_v, fl.top, fl.align_v, fl.rel_h, fl.left, fl.align_h) == expected
    assert (fl.width, fl.height) == (150.0, 40 * ROW)


@pytest.mark.parametrize("attrs, expected", [
    # narrow, tall, on the right: a sidebar, after the rest of its page
    ('w:tblpX="8300" w:tblpY="1134"', ["Welder", "Experience", "Apprentice", "Education", "Skills"]),
    # at the top of the page but across most of it: where it stands in the flow, no masthead
    ('w:tblpX="0" w:tblpY="0"', ["Welder", "Experience", "Skills", "Apprentice", "Education"]),
])
def test_a_floating_table_moves_only_as_a_sidebar(attrs, expected):
    from resumekit.extract.docx.layout import table_float

    el = etree.fromstring('<w:tblpPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
                          f'w:vertAnchor="page" w:horzAnchor="page" {attrs}/>')
    width = 150.0 if "8300" in attrs else 500.0
    holder = item()
    holder.floats = [table_float(el, [item("Skills", rows=40)], width)]
    body = [item("Welder"), item("Experience"), holder, item("Apprentice"), item("Education")]
    assert texts(arrange(body, [SectionGeom(top=56.7, page_width=595.0)])) == expected


@pytest.mark.parametrize("anchors, rows, expected", [
    # placed from the page, narrow, a third of the text area high: a panel beside the body, read
    # after the story, not between the two jobs where it is anchored
    ('w:vertAnchor="page" w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="1134"', 15,
     ["Welder", "Experience", "Apprentice", "Education", "Panel"]),
    ('w:vertAnchor="margin" w:horzAnchor="page" w:tblpX="8300" w:tblpY="0"', 15,
     ["Welder", "Experience", "Apprentice", "Education", "Panel"]),
    # the same table dragged in the text (anchored to its paragraph): where it stands
    ('w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="200"', 15,
     ["Welder", "Experience", "Panel", "Apprentice", "Education"]),
    # placed from the page but short (a contact block of a few rows): where it stands
    ('w:vertAnchor="page" w:horzAnchor="margin" w:tblpXSpec="right" w:tblpY="1134"', 5,
     ["Welder", "Experience", "Panel", "Apprentice", "Education"]),
])
def test_a_floating_table_placed_from_the_page_is_a_sidebar_from_a_fifth_of_the_page(anchors, rows, expected):
    from resumekit.extract.docx.layout import table_float

    el = etree.fromstring(f'<w:tblpPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" {anchors}/>')
    holder = item()
    holder.floats = [table_float(el, [item("Panel", rows=rows)], 150.0)]
    body = [item("Welder"), item("Experience"), holder, item("Apprentice"), item("Education")]
    assert texts(arrange(body, [SectionGeom(top=56.7, page_width=595.0)])) == expected


def test_right_sidebars_are_read_after_the_whole_story_in_page_order():
    # where a page ends is estimated: a sidebar read "after its page" could split a job in two
    geom = [SectionGeom(top=72.0)]
    first, second = item("Experience", page=1), item("Skills heading", page=2)
    first.floats = [box("Sidebar one", rel_v="paragraph", top=0.0, height=500.0, rel_h="page", left=415.0, width=150.0)]
    second.floats = [box("Sidebar two", rel_v="paragraph", top=0.0, height=500.0, rel_h="page", left=415.0, width=150.0)]
    body = [item("Jordan Vale", page=1), first, item("Job one", page=1), item("Job two", page=2), second]
    assert texts(arrange(body, geom)) == ["Jordan Vale", "Experience", "Job one", "Job two", "Skills heading",
                                          "Sidebar one", "Sidebar two"]


def _page_box(text: str, x: float, y: float, height: float = 300.0) -> Float:
    return box(text, rel_v="page", top=y, height=height, rel_h="page", left=x, width=250.0)


@pytest.mark.parametrize("floats, expected", [
    # four section boxes in a 2x2 grid below the name, anchored in another order: the left
    # column, then the right one, each top to bottom, after the name and headline above them
    ([_page_box("Languages", 310, 470), _page_box("Jobs", 40, 150), _page_box("Tools", 40, 470),
      _page_box("Schools", 310, 150)], ["Rosalind Pike", "Cooper", "Jobs", "Tools", "Schools", "Languages"]),
    # a left sidebar from the top of the page is still read before the page's body
    ([_page_box("Sidebar", 20, 0, height=800.0)], ["Sidebar", "Rosalind Pike", "Cooper"]),
    # a sidebar whose place up the page cannot be told keeps its anchor's order
    ([box("Lower", rel_v="paragraph", top=300.0, height=400.0, rel_h="page", left=415.0, width=150.0),
      box("Upper", rel_v="paragraph", top=0.0, height=400.0, rel_h="page", left=415.0, width=150.0)],
     ["Rosalind Pike", "Cooper", "Lower", "Upper"]),
])
def test_sidebars_below_the_name_and_stacked_boxes_read_in_page_order(floats, expected):
    holder = item()
    holder.floats = floats
    body = [item("Rosalind Pike"), item("Cooper"), holder]
    assert texts(arrange(body, [SectionGeom(top=72.0, page_width=595.0, page_height=842.0)])) == expected


@pytest.mark.parametrize("left, width, top, indent, expected", [
    # a heading box in the left indent of its paragraph, on its first line: read before the paragraph
    (0.0, 100.0, 0.05, 113.0, ["Head of Kilns", "Experience", "Fernhill Pottery", "Education"]),
    # wider than the indent (over the paragraph's text), below the first line, or no indent: after it
    (0.0, 140.0, 0.05, 113.0, ["Head of Kilns", "Fernhill Pottery", "Experience", "Education"]),
    (0.0, 100.0, 8.0, 113.0, ["Head of Kilns", "Fernhill Pottery", "Experience", "Education"]),
    (0.0, 100.0, 0.05, 0.0, ["Head of Kilns", "Fernhill Pottery", "Experience", "Education"]),
])
def test_a_heading_box_in_the_margin_of_its_paragraph_is_read_before_it(left, width, top, indent, expected):
    body = [item("Head of Kilns"), item("Fernhill Pottery", indent=indent), item("Education")]
    body[1].floats = [box("Experience", rel_v="paragraph", top=top, height=17.0, rel_h="column", left=left,
                          width=width)]
    assert texts(arrange(body)) == expected
