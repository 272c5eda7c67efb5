"""DOCX style hierarchy, heading names and list markers."""
import pytest
from lxml import etree

from resumekit.extract.docx.styles import W, Numbering, Styles, heading_level_of

NS = f'xmlns:w="{W}"'


@pytest.mark.parametrize("name, level", [
    ("heading 1", 1),             # Word's built-in name, whatever the UI language
    ("Heading 2", 2),             # LibreOffice
    ("Überschrift 1", 1),         # German
    ("berschrift1", 1),           # the id Word derives from it, umlaut dropped (glued digit split by the caller)
    ("Titre 1", 1),               # French
    ("Título 3", 3),              # Spanish / Portuguese
    ("Kop 2", 2),                 # Dutch
    ("Nagłówek 1", 1),            # Polish
    ("Nagwek 1", 1),              # ... and its mangled id
    ("Заголовок 1", 1),           # Russian
    ("見出し 1", 1),               # Japanese
    ("Title", 0),                 # a document title
    ("Titel", 0),                 # German / Dutch title
    ("Название", 0),              # Russian title
    ("Heading 1 Char", None),     # the linked character style is not a paragraph heading
    ("Normal", None),
    ("List Bullet", None),
    ("", None),
])
def test_heading_level_of(name, level):
    assert heading_level_of(name) == level


def _styles(xml: str) -> Styles:
    return Styles(etree.fromstring(f"<w:styles {NS}>{xml}</w:styles>"))


STYLES = """
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/></w:rPr></w:rPrDefault>
  <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Standard"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="berschrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Standard"/>
  <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:caps/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Sub"><w:name w:val="Sub"/><w:basedOn w:val="berschrift1"/>
  <w:pPr><w:outlineLvl w:val="9"/></w:pPr><w:rPr><w:caps w:val="0"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Outlined"><w:name w:val="My Section"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="Titre1"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop1"/><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop2"/><w:basedOn w:val="Loop1"/></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/><w:i/></w:rPr></w:style>
<w:style w:type="table" w:styleId="Small"><w:name w:val="Small"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
"""


def test_paragraph_style_resolves_through_its_chain():
    styles = _styles(STYLES)
    h1 = styles.paragraph("berschrift1")
    assert (h1.run.bold, h1.run.caps, h1.run.size, h1.heading) == (True, True, 14.0, 1)
    assert h1.para.after == 8.0 and h1.para.line == pytest.approx(259 / 240)  # from the document defaults
    sub = styles.paragraph("Sub")  # based on the heading: bold and size inherited, caps switched off
    assert (sub.run.bold, sub.run.caps, sub.run.size) == (True, False, 14.0)
    assert sub.heading is None  # its own outline level 9 ("body text") is nearer than the base's name


@pytest.mark.parametrize("sid, heading", [
    ("Outlined", 2),    # an unknown name with an outline level
    ("Titre1", 1),      # a glued digit
    ("Standard", None),
    (None, None),       # no style: the default paragraph style
    ("Missing", None),  # an id the styles part does not define: the default style
    ("Loop1", None),    # a basedOn cycle ends
])
def test_paragraph_heading_levels(sid, heading):
    assert _styles(STYLES).paragraph(sid).heading == heading


def test_defaults_table_and_character_styles():
    styles = _styles(STYLES)
    assert styles.paragraph(None).run.size == 10.5                  # document default
    assert styles.paragraph(None, table_style="Small").run.size == 8.0  # the table style beats the defaults...
    assert styles.paragraph("berschrift1", table_style="Small").run.size == 14.0  # ...the paragraph style beats it
    strong = styles.character("Strong")
    assert (strong.bold, strong.italic, strong.size) == (True, True, None)


NUMBERING = """
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl>
  <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:numFmt w:val="none"/><w:lvlText w:val=""/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="MyList"/></w:abstractNum>
<w:abstractNum w:abstractNumId="3"><w:styleLink w:val="MyList"/>
  <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="–"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/>
  <w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:lvlOverride></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
<w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/>
  <w:lvlPicBulletId w:val="0"/></w:lvl>
  <w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/><w:lvlText w:val=""/><w:lvlPicBulletId w:val="1"/></w:lvl></w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num>
"""


@pytest.mark.parametrize("num_id, ilvl, marker", [
    ("1", 0, "bullet"),
    ("1", 1, None),      # a bullet level with no glyph
    ("2", 0, "number"),
    ("2", 1, None),      # numFmt none
    ("3", 0, "bullet"),  # a level override
    ("4", 0, "bullet"),  # through a list style link
    ("0", 0, None),      # numId 0 switches numbering off
    ("9", 0, None),      # not defined: Word shows nothing
    ("1", 5, None),      # an undefined level
    ("5", 0, "bullet"),  # a picture bullet with an empty level text (an Apple Pages export)
    ("5", 1, "bullet"),  # a picture bullet with its fallback glyph (Word)
])
def test_numbering_marker(num_id, ilvl, marker):
    numbering = Numbering(etree.fromstring(f"<w:numbering {NS}>{NUMBERING}</w:numbering>"))
    assert numbering.marker(num_id, ilvl) == marker


def test_missing_parts_are_empty():
    assert Styles(None).paragraph("Heading1").heading is None
    assert Numbering(None).marker("1", 0) is None


@pytest.mark.parametrize("used, resolved", [
    ((), set()),
    (("Sub",), {"Sub", "berschrift1", "Standard"}),      # a style and the chain it is based on
    (("Titre1",), {"Titre1"}),
    (("Loop1",), {"Loop1", "Loop2"}),                     # a cycle, cut
    (("Nonexistent",), {"Standard"}),                     # an unknown id: the default paragraph style
])
def test_only_the_styles_in_use_are_read(used, resolved):
    styles = _styles(STYLES)
    for sid in used:
        styles.paragraph(sid)
    assert set(styles._defs) == resolved
    assert styles.default_style == "Standard"
