"""DOCX hidden text: what a reader cannot see is left out and reported, what only looks risky stays."""
import pytest
from lxml import etree

import resumekit
from resumekit.extract.docx.hidden import WHITE, box_fill, drawings, hidden_kind, page_colour, under
from resumekit.extract.docx.styles import UNKNOWN, W, RunProps, Styles, Theme, colour_of, read_theme, shading_of

from .conftest import FIXTURES

A = "http://schemas.openxmlformats.org/drawingml/2006/main"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
V = "urn:schemas-microsoft-com:vml"
NS = f'xmlns:w="{W}" xmlns:a="{A}" xmlns:wps="{WPS}" xmlns:wp="{WP}" xmlns:v="{V}"'
THEME = Theme(colours={"background1": "FFFFFF", "bg1": "FFFFFF", "text1": "000000", "tx1": "000000",
                       "accent1": "4472C4", "dark2": "44546A"})


def el(xml: str):
    return etree.fromstring(f"<root {NS}>{xml}</root>")[0]


@pytest.mark.parametrize("props, backdrop, kind", [
    (RunProps(hidden=True), WHITE, "vanish"),
    (RunProps(hidden=True, color="000000"), None, "vanish"),          # hidden whatever lies under it
    (RunProps(size=1.0), WHITE, "tiny"),
    (RunProps(size=4.0), WHITE, "tiny"),
    (RunProps(size=4.5), WHITE, None),
    (RunProps(color="FFFFFF"), WHITE, "background"),
    (RunProps(color="FEFEFE"), WHITE, "background"),                  # near enough
    (RunProps(color="FFFFFF"), "1F3864", None),                       # white on a dark cell
    (RunProps(color="1F3864"), "1F3864", "background"),               # the cell's own colour
    (RunProps(color="FFFFFF"), None, None),                           # backdrop unknown: not judged
    (RunProps(color="FFFFFF", backdrop="000080"), WHITE, None),       # on a dark highlight
    (RunProps(color="FFFFFF", backdrop="none"), WHITE, "background"),  # highlight switched off
    (RunProps(color="FFFFFF", backdrop=UNKNOWN), WHITE, None),        # a pattern under it
    (RunProps(color="auto"), "000000", None),                         # automatic colour turns white
    (RunProps(color="808080"), WHITE, None),
    (RunProps(), WHITE, None),
])
def test_hidden_kind(props, backdrop, kind):
    assert hidden_kind(props, backdrop) == kind


@pytest.mark.parametrize("backdrop, paint, expected", [
    (WHITE, None, WHITE), (WHITE, "none", WHITE), (WHITE, "243447", "243447"), (WHITE, UNKNOWN, None),
    (None, "243447", "243447"), (None, "none", None),
])
def test_under(backdrop, paint, expected):
    assert under(backdrop, paint) == expected


@pytest.mark.parametrize("xml, expected", [
    ('<w:color w:val="FFFFFF"/>', "FFFFFF"),
    ('<w:color w:val="ffffff"/>', "FFFFFF"),
    ('<w:color w:val="auto"/>', "auto"),
    ('<w:color w:val="000000" w:themeColor="background1"/>', "FFFFFF"),      # the theme decides
    ('<w:color w:val="4472C4" w:themeColor="accent1" w:themeShade="80"/>', "223962"),  # darkened
    ('<w:color w:val="000000" w:themeColor="text1" w:themeTint="00"/>', "FFFFFF"),      # tinted to white
    ('<w:color w:val="12AB34" w:themeColor="accent9"/>', "12AB34"),        # unknown slot: the stored value
    ('<w:color w:val="nonsense"/>', None),
])
def test_colour_of(xml, expected):
    assert colour_of(el(xml), THEME) == expected


@pytest.mark.parametrize("xml, expected", [
    ('<w:shd w:val="clear" w:color="auto" w:fill="1F3864"/>', "1F3864"),
    ('<w:shd w:val="clear" w:color="auto" w:fill="auto"/>', "none"),
    ('<w:shd w:val="nil"/>', "none"),
    ('<w:shd w:val="solid" w:color="C00000" w:fill="FFFFFF"/>', "C00000"),
    ('<w:shd w:val="solid" w:color="auto"/>', "000000"),
    ('<w:shd w:val="pct50" w:color="000000" w:fill="FFFFFF"/>', "808080"),
    ('<w:shd w:val="clear" w:fill="FFFFFF" w:themeFill="dark2"/>', "44546A"),
    ('<w:shd w:val="diagStripe" w:color="000000" w:fill="FFFFFF"/>', UNKNOWN),
])
def test_shading_of(xml, expected):
    assert shading_of(el(xml), THEME) == expected


def _box(sppr: str = "", style: str = "") -> str:
    return (f"<wps:wsp><wps:spPr>{sppr}</wps:spPr>{style}<wps:txbx><w:txbxContent><w:p/></w:txbxContent>"
            "</wps:txbx></wps:wsp>")


@pytest.mark.parametrize("xml, expected", [
    (_box("<a:noFill/>"), "none"),
    (_box('<a:solidFill><a:srgbClr val="243447"/></a:solidFill>'), "243447"),
    (_box('<a:solidFill><a:schemeClr val="tx1"><a:lumMod val="75000"/><a:lumOff val="25000"/></a:schemeClr>'
          "</a:solidFill>"), "404040"),
    (_box("<a:gradFill/>"), UNKNOWN),
    (_box("", '<wps:style><a:fillRef idx="1"><a:schemeClr val="lt1"/></a:fillRef></wps:style>'), UNKNOWN),
    (_box("", '<wps:style><a:fillRef idx="1"><a:schemeClr val="bg1"/></a:fillRef></wps:style>'), "FFFFFF"),
    (_box("", '<wps:style><a:fillRef idx="0"><a:schemeClr val="accent1"/></a:fillRef></wps:style>'), "none"),
    ('<v:shape fillcolor="#1f3864"><v:textbox><w:txbxContent><w:p/></w:txbxContent></v:textbox></v:shape>', "1F3864"),
    ('<v:shape filled="f"><v:textbox><w:txbxContent><w:p/></w:txbxContent></v:textbox></v:shape>', "none"),
    ('<v:shape><v:textbox><w:txbxContent><w:p/></w:txbxContent></v:textbox></v:shape>', WHITE),  # VML's default
])
def test_box_fill(xml, expected):
    box = next(el(xml).iter(f"{{{W}}}txbxContent"))
    assert box_fill(box, THEME) == expected


@pytest.mark.parametrize("xml, behind, filled", [
    ("<w:p/>", False, False),
    ('<wp:anchor behindDoc="1"><wps:wsp><wps:spPr><a:noFill/></wps:spPr></wps:wsp></wp:anchor>', True, False),
    ('<wp:anchor behindDoc="0"><wps:wsp><wps:spPr><a:solidFill><a:srgbClr val="243447"/></a:solidFill>'
     "</wps:spPr></wps:wsp></wp:anchor>", False, True),
    ('<wp:anchor behindDoc="0">' + _box('<a:solidFill><a:srgbClr val="243447"/></a:solidFill>') + "</wp:anchor>",
     False, False),                                               # a filled text box is its own backdrop
    ('<v:rect style="position:absolute;z-index:-5" fillcolor="#243447"/>', True, True),
    ('<v:rect style="position:absolute;z-index:5" fillcolor="white"/>', False, False),
    # shapes of every kind in one story: each kind is read wherever it stands
    ('<w:p/><v:rect style="position:absolute;z-index:-5" fillcolor="white"/><wp:anchor behindDoc="0"><wps:wsp>'
     '<wps:spPr><a:solidFill><a:srgbClr val="243447"/></a:solidFill></wps:spPr></wps:wsp></wp:anchor>', True, True),
    ('<wps:wsp><wps:spPr><a:noFill/></wps:spPr></wps:wsp><wp:anchor behindDoc="1"/>', True, False),
])
def test_drawings(xml, behind, filled):
    got = drawings(etree.fromstring(f"<root {NS}>{xml}</root>"), THEME)
    assert (got.behind, got.filled) == (behind, filled)


def test_page_colour_and_theme():
    theme = read_theme(etree.fromstring(
        f'<a:theme {NS}><a:themeElements><a:clrScheme name="x"><a:dk1><a:sysClr val="windowText" lastClr="000000"/>'
        '</a:dk1><a:lt1><a:srgbClr val="FFFFF0"/></a:lt1><a:accent1><a:srgbClr val="4472C4"/></a:accent1></a:clrScheme>'
        '<a:fontScheme name="f"><a:majorFont><a:latin typeface="Georgia"/></a:majorFont></a:fontScheme>'
        "</a:themeElements></a:theme>"))
    assert theme.fonts == {"major": "Georgia"}
    assert (theme.colours["background1"], theme.colours["tx1"], theme.colours["accent1"]) == ("FFFFF0", "000000",
                                                                                             "4472C4")
    doc = etree.fromstring(f'<w:document {NS}><w:background w:color="1F1F1F"/></w:document>')
    assert page_colour(doc, theme) == "1F1F1F"
    assert page_colour(etree.fromstring(f"<w:document {NS}/>"), theme) == WHITE


def test_style_inheritance_hides():
    styles = Styles(etree.fromstring(
        f'<w:styles {NS}><w:style w:type="paragraph" w:styleId="Ghost"><w:name w:val="Ghost"/>'
        '<w:rPr><w:color w:val="FFFFFF"/></w:rPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="GhostChild"><w:name w:val="Ghost child"/><w:basedOn w:val="Ghost"/>'
        '<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="000000"/></w:pPr></w:style>'
        '<w:style w:type="character" w:styleId="Gone"><w:name w:val="Gone"/><w:rPr><w:vanish/></w:rPr></w:style>'
        '<w:style w:type="table" w:styleId="Banded"><w:name w:val="Banded"/><w:tblStylePr w:type="band1Horz">'
        '<w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr></w:style>'
        "</w:styles>"))
    assert hidden_kind(styles.paragraph("Ghost").run, WHITE) == "background"
    child = styles.paragraph("GhostChild")  # white text on its own black shading
    assert hidden_kind(child.run, under(WHITE, child.para.shade)) is None
    assert hidden_kind(styles.character("Gone"), WHITE) == "vanish"
    assert styles.table_shaded("Banded") and not styles.table_shaded("Ghost")


def test_hidden_text_fixture():
    path = FIXTURES / "docx" / "hidden-text.docx"
    doc = resumekit.extract(path, name=path.name)
    text = "\n".join(l.text for l in doc.lines)
    for stuffed in ("kubernetes", "blockchain", "selenium", "jenkins", "cloud architect", "six sigma", "ISTQB",
                    "penetration"):
        assert stuffed not in text, stuffed
    for seen in ("Profile", "Experience", "Open to relocation\tRemote or hybrid", "on call weekends",
                 "English – native; Welsh – fluent", "References available on request"):
        assert seen in text, seen
    warnings = {w.message.split(":")[0]: w for w in doc.warnings if w.code == "hidden-text"}
    assert sorted(warnings) == ["background", "tiny", "vanish"]  # one warning per kind
    assert warnings["background"].message.startswith("background: kubernetes terraform")
    assert warnings["vanish"].message == "vanish: cloud architect data scientist six sigma"
    assert "Test automation, API testing, CI pipelines" in text  # a 1 pt space between two words still parts them
    c = resumekit.parse(path)
    assert not {"kubernetes", "pytest", "tableau"} & {s.name.lower() for s in c.skills}
    assert [w.code for w in c.meta.warnings].count("hidden-text") == 3
