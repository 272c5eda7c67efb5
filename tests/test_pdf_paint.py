"""The paint reader: glyphs, fills and images of a page in drawing order, with what the hidden-text
checks need (colour, render mode, fill opacity) and em boxes around the baseline."""
import io

import pdfplumber
import pytest
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from resumekit.extract.pdf.fonts import font_style, is_bold_font, is_italic_font, is_symbol_font
from resumekit.extract.pdf.paint import read_page, rgb

H = 400


def _pdf(draw) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(300, H), invariant=1)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _painted(draw):
    with pdfplumber.open(io.BytesIO(_pdf(draw))) as pdf:
        return read_page(pdf.pages[0])


def _text(painted) -> str:
    return "".join(g.text for g in painted.glyphs)


def test_glyphs_in_drawing_order_with_em_boxes():
    def draw(c):
        c.setFont("Helvetica", 10)
        c.drawString(20, H - 100, "Later")
        c.setFont("Helvetica-Bold", 20)
        c.drawString(20, H - 50, "First")

    p = _painted(draw)
    assert _text(p) == "LaterFirst"  # drawing order, not reading order
    later, first = p.glyphs[0], p.glyphs[5]
    assert later.size == pytest.approx(10) and first.size == pytest.approx(20)
    # em box: 0.8 em above the baseline, 0.2 em below, in points from the top of the page
    assert later.top == pytest.approx(100 - 8) and later.bottom == pytest.approx(100 + 2)
    assert first.bold and not later.bold and first.font == "Helvetica-Bold"
    assert [g.z for g in p.glyphs] == sorted(g.z for g in p.glyphs)


def test_fill_after_text_comes_later_with_colour_and_opacity():
    def draw(c):
        c.setFont("Helvetica", 10)
        c.drawString(20, H - 100, "Hidden")
        c.setFillColorRGB(1, 1, 1)
        c.rect(10, H - 110, 200, 30, stroke=0, fill=1)
        c.setFillAlpha(0.3)
        c.setFillColorRGB(0, 0, 1)
        c.rect(10, H - 200, 50, 20, stroke=0, fill=1)

    p = _painted(draw)
    white, blue = p.fills
    assert white.z > max(g.z for g in p.glyphs)
    assert white.color == (1.0, 1.0, 1.0) and white.alpha == 1.0
    assert (white.x0, white.top, white.x1, white.bottom) == pytest.approx((10, 80, 210, 110))
    assert blue.color == (0.0, 0.0, 1.0) and blue.alpha == pytest.approx(0.3)


def test_text_colour_and_render_mode():
    def draw(c):
        c.setFillColorRGB(1, 1, 1)
        c.setFont("Helvetica", 10)
        c.drawString(20, H - 50, "W")
        t = c.beginText(20, H - 80)
        t.setTextRenderMode(3)
        t.setFillColorCMYK(0, 0, 0, 1)
        t.textOut("I")
        c.drawText(t)

    w, i = _painted(draw).glyphs
    assert w.color == (1.0, 1.0, 1.0) and w.render == 0
    assert i.render == 3 and i.color == (0.0, 0.0, 0.0)


def test_winansi_bullet_byte_is_a_bullet():
    # reportlab writes U+2022 in a standard font as byte 0x7F, which pdfminer leaves unmapped
    def draw(c):
        c.setFont("Helvetica", 10)
        c.drawString(20, H - 50, "\u2022 Python")

    p = _painted(draw)
    assert _text(p) == "\u2022 Python"
    assert not p.unmapped


def test_images_are_recorded():
    from PIL import Image  # reportlab depends on pillow

    img = Image.new("RGB", (4, 4), "black")

    def draw(c):
        c.drawImage(ImageReader(img), 50, H - 150, width=100, height=50)

    p = _painted(draw)
    assert p.images == [pytest.approx((50, 100, 150, 150))]
    assert not p.glyphs


@pytest.mark.parametrize("name,bold,italic,symbol", [
    ("ABCDEF+Lato-Bold", True, False, False),
    ("Helvetica-Oblique", False, True, False),
    ("CMBX10", True, False, False),
    ("CMTI10", False, True, False),
    ("Calibri", False, False, False),
    ("BCDEEE+Wingdings-Regular", False, False, True),
    ("FontAwesome5Free-Solid", False, False, True),
    ("Symbol", False, False, False),  # Greek letters and bullets: a text font for our purposes
])
def test_font_names(name, bold, italic, symbol):
    assert (is_bold_font(name), is_italic_font(name), is_symbol_font(name)) == (bold, italic, symbol)


@pytest.mark.parametrize("descriptor,style", [
    ({"FontWeight": 700}, (True, False, False)),
    ({"Flags": 1 << 18}, (True, False, False)),   # ForceBold
    ({"Flags": 1 << 6}, (False, True, False)),    # Italic
    ({"Flags": 32, "FontWeight": 400}, (False, False, False)),
    ({"Flags": "junk"}, (False, False, False)),
])
def test_font_descriptor(descriptor, style):
    assert font_style("Arial", descriptor) == style


@pytest.mark.parametrize("space,value,expected", [
    ("DeviceGray", 1, (1.0, 1.0, 1.0)),
    ("DeviceRGB", (0.2, 0.4, 0.6), (0.2, 0.4, 0.6)),
    ("DeviceCMYK", (0, 0, 0, 0), (1.0, 1.0, 1.0)),
    ("Pattern", None, None),
    ("DeviceRGB", ("x", 1, 1), None),
])
def test_rgb(space, value, expected):
    from pdfminer.pdfcolor import PREDEFINED_COLORSPACE, PDFColorSpace

    cs = PREDEFINED_COLORSPACE.get(space) or PDFColorSpace(space, 1)
    assert rgb(cs, value) == (pytest.approx(expected) if expected else None)


@pytest.mark.parametrize("value, text", [
    (b"\xfe\xff\x00W\x00o\x00r\x00d", "Word"),   # UTF-16 with its byte-order mark
    (b"Acrobat Distiller", "Acrobat Distiller"),  # bytes without a mark: no crash
    (b"Caf\xe9 Writer", "Café Writer"),           # not UTF-8: Latin-1
    ("LibreOffice", "LibreOffice"),
    ("   ", None),
    (None, None),
])
def test_metadata_values_as_text(value, text):
    from resumekit.extract.pdf.plumber import _meta_str
    assert _meta_str(value) == text
