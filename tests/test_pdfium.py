"""The pypdfium2 backend reads a page into the same record as the pdfplumber backend: glyphs with
their em boxes, fonts, colours, render modes, opacity and clipping; filled shapes; images."""
import io
import zlib

import pdfplumber
import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

pytest.importorskip("pypdfium2")

from resumekit.extract.pdf.hidden import split_hidden  # noqa: E402
from resumekit.extract.pdf.paint import read_page  # noqa: E402
from resumekit.extract.pdf.pdfium import bound_streams, read_pages  # noqa: E402

from .pdf_scenes import H, clipped, clipped_tiny_clear  # noqa: E402


def _pdf(draw, pagesize=(300, H)) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=pagesize, invariant=1)
    c.setFont("Helvetica", 10)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _both(data: bytes):
    """(pdfplumber's Painted, PDFium's Painted) of the first page."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        plumber = read_page(pdf.pages[0])
    return plumber, read_pages(data)[0].painted


def _box(o) -> tuple:
    return (o.x0, o.top, o.x1, o.bottom)


def _glyph(g, near=lambda v: v) -> tuple:
    """What a glyph is, with ``near`` around its numbers (pytest.approx for one side)."""
    return (g.text, near(_box(g)), near(g.size), g.font, g.bold, g.italic, g.render, near(g.alpha), g.icon, g.clipped)


def _near(v):
    return pytest.approx(v, abs=0.02)


def _close(a, b) -> bool:
    """The same colour, give or take PDFium's conversion of CMYK (its K=1 is a very dark grey)."""
    return (a is None) == (b is None) and (a is None or max(abs(x - y) for x, y in zip(a, b)) <= 0.15)


def _same_record(data: bytes):
    plumber, pdfium = _both(data)
    assert [_glyph(g, _near) for g in pdfium.glyphs] == [_glyph(g) for g in plumber.glyphs]
    assert all(_close(a.color, b.color) for a, b in zip(pdfium.glyphs, plumber.glyphs))
    assert [(_near(_box(f)), _near(f.alpha)) for f in pdfium.fills] == [(_box(f), f.alpha) for f in plumber.fills]
    assert all(_close(a.color, b.color) for a, b in zip(pdfium.fills, plumber.fills))
    assert [_near(i) for i in pdfium.images] == plumber.images
    assert (pdfium.width, pdfium.height) == pytest.approx((plumber.width, plumber.height))
    return plumber, pdfium


def _image(c, x, y, w, h):
    c.drawImage(ImageReader(Image.new("RGB", (8, 8), "white")), x, y, width=w, height=h)


DRAWINGS = {
    "sizes, fonts and drawing order": lambda c: (
        c.drawString(20, H - 100, "Later"), c.setFont("Helvetica-BoldOblique", 20), c.drawString(20, H - 50, "First")),
    "colours, render modes and opacity": lambda c: (
        c.setFillColorRGB(0.2, 0.4, 0.6), c.drawString(20, H - 50, "Blue"), c.setFillColorCMYK(0, 0, 0, 1),
        c.drawString(20, H - 70, "Black"), c.setFillAlpha(0.5), c.drawString(20, H - 90, "Half")),
    "filled shapes before and after text": lambda c: (
        c.setFillColorRGB(0.9, 0.9, 0.9), c.rect(10, H - 60, 200, 20, stroke=0, fill=1), c.setFillColorRGB(0, 0, 0),
        c.drawString(20, H - 50, "On grey"), c.setFillColorRGB(1, 1, 1), c.rect(10, H - 110, 80, 30, stroke=0, fill=1)),
    "an image": lambda c: (_image(c, 10, H - 80, 200, 60), c.drawString(20, H - 50, "Over")),
    "a scaled and stretched text": lambda c: (
        c.saveState(), c.translate(10, 20), c.scale(2, 1.5), c.drawString(10, 100, "Big"), c.restoreState()),
    "letter spacing and horizontal scaling": lambda c: c.drawText(
        _text(c, 20, H - 50, "Spaced", char_space=3, horiz=130)),
    "a clipped text": clipped,
    "a form XObject drawn twice": lambda c: _forms(c),
}


def _text(c, x, y, s, char_space=0.0, horiz=100):
    t = c.beginText(x, y)
    t.setFont("Helvetica", 10)
    t.setCharSpace(char_space)
    t.setHorizScale(horiz)
    t.textOut(s)
    return t


def _forms(c):
    c.beginForm("Card")
    c.setFillColorRGB(0.8, 0.1, 0.1)
    c.rect(0, 0, 60, 14, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica", 10)
    c.drawString(3, 3, "Tag")
    c.endForm()
    for x, y, s in ((20, 300, 1.0), (120, 200, 1.5)):
        c.saveState()
        c.translate(x, y)
        c.scale(s, s)
        c.doForm("Card")
        c.restoreState()


@pytest.mark.parametrize("name", DRAWINGS)
def test_the_same_record_as_the_pdfplumber_backend(name):
    _same_record(_pdf(DRAWINGS[name]))


def test_a_rotated_page_is_turned_upright_as_pdfminer_turns_it():
    def draw(c):
        c.setPageRotation(90)
        c.drawString(20, 300, "Sideways")  # runs down the displayed page: not read
        c.saveState()
        c.translate(250, 40)
        c.rotate(90)
        c.drawString(0, 0, "Upright on the displayed page")
        c.restoreState()

    plumber, pdfium = _same_record(_pdf(draw))
    assert "".join(g.text for g in pdfium.glyphs) == "Upright on the displayed page"
    assert (pdfium.width, pdfium.height) == pytest.approx((300, 400))  # reportlab stores the box 400 x 300


def test_a_media_box_away_from_the_origin():
    data = _pdf(lambda c: c.drawString(20, 50, "Offset"))
    data = data.replace(b"/MediaBox [ 0 0 300 400 ]", b"/MediaBox [ 10 20 310 420 ]")
    assert b"/MediaBox [ 10 20 310 420 ]" in data
    _same_record(data)


def test_a_clip_inside_a_form_and_a_form_under_a_clip():
    def draw(c):
        c.beginForm("Inner")
        c.saveState()
        p = c.beginPath()
        p.rect(0, 0, 30, 12)
        c.clipPath(p, stroke=0, fill=0)
        c.drawString(2, 2, "Kept")
        c.drawString(2, 40, "Gone")
        c.restoreState()
        c.endForm()
        c.saveState()
        c.translate(100, 300)
        c.doForm("Inner")
        c.restoreState()
        c.beginForm("Outer")
        c.drawString(0, 0, "Shown")
        c.drawString(0, 50, "Hidden")
        c.endForm()
        c.saveState()
        p = c.beginPath()
        p.rect(45, 95, 60, 20)
        c.clipPath(p, stroke=0, fill=0)
        c.translate(50, 100)
        c.doForm("Outer")
        c.restoreState()

    plumber, pdfium = _both(_pdf(draw))
    assert [g.text for g in pdfium.glyphs] == [g.text for g in plumber.glyphs]
    assert "".join(g.text for g in pdfium.glyphs if g.clipped) == "GoneHidden"
    # pdfminer draws a form with a fresh graphics state: the clip around it is lost there
    assert "".join(g.text for g in plumber.glyphs if g.clipped) == "Gone"


def test_a_winansi_bullet_byte_is_a_bullet_as_wide_as_the_font_says():
    # reportlab writes U+2022 in a standard font as byte 0x7F, a code WinAnsiEncoding leaves unused
    plumber, pdfium = _both(_pdf(lambda c: c.drawString(20, H - 50, "\u2022 Python")))
    assert "".join(g.text for g in pdfium.glyphs) == "".join(g.text for g in plumber.glyphs) == "\u2022 Python"
    bullet = pdfium.glyphs[0]
    assert bullet.x1 - bullet.x0 == pytest.approx(3.5, abs=0.01)  # Helvetica's bullet: 350/1000 em
    assert not pdfium.unmapped


H_DRAWINGS = {
    # (drawing, visible text, hidden text by kind) -- as tests/test_pdf_hidden.py, through PDFium
    "covered by a later white box": (lambda c: (
        c.drawString(20, H - 50, "Stale"), c.setFillColorRGB(1, 1, 1), c.rect(15, H - 60, 60, 20, stroke=0, fill=1),
        c.setFillColorRGB(0, 0, 0), c.drawString(20, H - 50, "Fresh")), "Fresh", {"covered": "Stale"}),
    "a band before the text, a translucent highlight after": (lambda c: (
        c.setFillColorRGB(0.2, 0.3, 0.6), c.rect(15, H - 60, 200, 20, stroke=0, fill=1), c.setFillColorRGB(1, 1, 1),
        c.drawString(20, H - 50, "Band"), c.setFillColorRGB(0, 0, 0), c.drawString(20, H - 100, "Shaded"),
        c.setFillAlpha(0.3), c.rect(15, H - 110, 200, 20, stroke=0, fill=1)), "BandShaded", {}),
    "the colour of the background": (lambda c: (
        c.setFillColorRGB(0.2, 0.3, 0.6), c.rect(15, H - 60, 200, 20, stroke=0, fill=1), c.drawString(20, H - 50, "Navy"),
        c.setFillColorRGB(1, 1, 1), c.drawString(20, H - 100, "White")), "", {"background": "NavyWhite"}),
    "invisible over an image, and elsewhere": (lambda c: (
        _image(c, 10, H - 80, 200, 60), c.drawText(_invisible(c, 20, H - 50, "Scanned")),
        c.drawText(_invisible(c, 20, H - 200, "Ghost"))), "Scanned", {"invisible": "Ghost"}),
    "clipped, tiny and transparent": (clipped_tiny_clear, "Inside",
        {"clipped": "Cut", "tiny": "Small", "invisible": "Clear"}),
    "off the page": (lambda c: (c.drawString(20, H - 50, "Here"), c.drawString(20, H + 50, "Above")),
                     "Here", {"outside": "Above"}),
    "white on a band drawn as a thick line": (lambda c: (
        c.setStrokeColorRGB(0.1, 0.2, 0.35), c.setLineWidth(18), c.line(10, H - 46.5, 250, H - 46.5),
        c.setFillColorRGB(1, 1, 1), c.drawString(20, H - 50, "Band"), c.drawString(20, H - 120, "Ghost")),
        "Band", {"background": "Ghost"}),
    "white over an image, and on the white page": (lambda c: (
        _image(c, 10, H - 56, 200, 16), c.setFillColorRGB(1, 1, 1), c.drawString(20, H - 50, "Band"),
        c.drawString(20, H - 120, "Ghost")), "Band", {"background": "Ghost"}),
}


def _invisible(c, x, y, s):
    t = c.beginText(x, y)
    t.setTextRenderMode(3)
    t.textOut(s)
    return t


@pytest.mark.parametrize("name", H_DRAWINGS)
def test_hidden_text_checks_work_on_pdfium_pages(name):
    draw, visible, hidden = H_DRAWINGS[name]
    for painted in _both(_pdf(draw)):
        shown, gone = split_hidden(painted)
        assert "".join(g.text for g in shown) == visible
        assert {k: "".join(g.text for g in v) for k, v in gone.items()} == hidden


def _patterned(content: str) -> bytes:
    """A one-page PDF written by hand whose content can fill with a gradient pattern (``/P1``, a
    shading pattern: pdfminer cannot judge its colour, PDFium reports it as white) and Helvetica
    (``/F1``)."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 {H}] /Contents 4 0 R "
               "/Resources << /Font << /F1 5 0 R >> /Pattern << /P1 6 0 R >> >> >>",
               f"<< /Length {len(content)} >>\nstream\n{content}\nendstream",
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
               "<< /PatternType 2 /Shading << /ShadingType 2 /ColorSpace /DeviceRGB /Coords [0 0 300 0] /Extend [true true] "
               "/Function << /FunctionType 2 /Domain [0 1] /C0 [0.2 0.4 0.9] /C1 [0.1 0.3 0.8] /N 1 >> >> >>"]
    out, offsets = b"%PDF-1.4\n", []
    for k, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{k} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    return out + f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()


def _text_at(y: float, s: str) -> str:
    return f"BT /F1 10 Tf 20 {y} Td ({s}) Tj ET"


P_DRAWINGS = {
    # (content, visible text, hidden text by kind): white letters on a gradient band are not judged
    # hidden on white (PDFium reports the pattern as white); on the white page they still are
    "white on a band filled with a gradient": (
        f"/Pattern cs /P1 scn 10 {H - 60} 200 20 re f 1 1 1 rg {_text_at(H - 50, 'Band')} {_text_at(H - 120, 'Ghost')}",
        "Band", {"background": "Ghost"}),
    "dark text on the gradient and on a white box": (
        f"1 1 1 rg 10 {H - 130} 200 20 re f /Pattern cs /P1 scn 10 {H - 60} 200 20 re f "
        f"0 0 0 rg {_text_at(H - 50, 'Dark')} {_text_at(H - 200, 'Plain')}", "DarkPlain", {}),
}


@pytest.mark.parametrize("name", P_DRAWINGS)
def test_a_pattern_fill_has_no_colour_to_judge_with_either_backend(name):
    content, visible, hidden = P_DRAWINGS[name]
    plumber, pdfium = _both(_patterned(content))
    assert [f.color for f in pdfium.fills][-1] is None  # the gradient band, last drawn
    for painted in (plumber, pdfium):
        shown, gone = split_hidden(painted)
        assert "".join(g.text for g in shown) == visible
        assert {k: "".join(g.text for g in v) for k, v in gone.items()} == hidden


@pytest.mark.parametrize("data, patterns", [
    (b"%PDF-1.4 << /Pattern << /P1 6 0 R >> >>", True),  # named in the bytes
    (b"%PDF-1.4 1 0 obj << /Filter /FlateDecode /Length 9 >> stream\n" + zlib.compress(b"<< /Pattern << >> >>")
     + b"\nendstream", True),  # in an object stream
    (b"%PDF-1.4 1 0 obj << /Filter /FlateDecode /Length 9 >> stream\n" + zlib.compress(b"<< /Font << >> >>")
     + b"\nendstream", False),
    (b"%PDF-1.4 1 0 obj << /Length 9 >> stream\n0 0 1 rg 0 0 9 9 re f\nendstream", False),
])
def test_the_stream_bound_says_whether_a_file_names_a_pattern(data, patterns):
    assert bound_streams(data, 1 << 20) is patterns
