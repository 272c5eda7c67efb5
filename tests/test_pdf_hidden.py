"""Hidden text: dropped from the lines, reported in meta.warnings, never in a field."""
import io
import json

import pdfplumber
import pytest
from PIL import Image
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

import resumekit
from resumekit.extract.pdf.hidden import contrast, split_hidden
from resumekit.extract.pdf.paint import read_page

from .conftest import FIXTURES
from .pdf_scenes import H, clipped_tiny_clear



def _pdf(draw) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(300, H), invariant=1)
    c.setFont("Helvetica", 10)
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _hidden(draw) -> tuple[str, dict[str, str]]:
    with pdfplumber.open(io.BytesIO(_pdf(draw))) as pdf:
        visible, hidden = split_hidden(read_page(pdf.pages[0]))
    return "".join(g.text for g in visible), {k: "".join(g.text for g in v) for k, v in hidden.items()}


def test_fixture_hidden_text_reaches_no_field_and_is_reported():
    path = FIXTURES / "pdf" / "hidden-text.pdf"
    cand = resumekit.parse(path)
    fields = json.dumps(cand.model_dump(exclude={"meta"}), ensure_ascii=False)
    for word in ("Quorndon", "Haskell", "Cobol", "blockchain", "screeners", "Solidity", "Zanzibar", "Gorse"):
        assert word not in fields
    kinds = {w.message.split(":")[0] for w in cand.meta.warnings if w.code == "hidden-text"}
    assert kinds == {"covered", "tiny", "background", "invisible"}
    assert all(w.page == 1 for w in cand.meta.warnings)
    covered = next(w for w in cand.meta.warnings if w.message.startswith("covered"))
    assert "Quorndon Mutual" in covered.message and len(covered.message) < 80
    # what a reader sees is still there
    assert cand.summary and cand.summary.startswith("Product analyst")
    assert [e.company for e in cand.experience] == ["Larchmere Subscriptions Ltd", "Pikestone Learning"]


def test_text_under_a_later_white_rectangle_is_covered():
    def draw(c):
        c.drawString(20, H - 50, "Stale")
        c.setFillColorRGB(1, 1, 1)
        c.rect(15, H - 60, 60, 20, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.drawString(20, H - 50, "Fresh")

    visible, hidden = _hidden(draw)
    assert visible == "Fresh" and hidden == {"covered": "Stale"}


def test_a_shape_drawn_before_the_text_or_translucent_does_not_hide_it():
    def draw(c):
        c.setFillColorRGB(0.2, 0.3, 0.6)
        c.rect(15, H - 60, 200, 20, stroke=0, fill=1)  # a dark band under white text: visible
        c.setFillColorRGB(1, 1, 1)
        c.drawString(20, H - 50, "Band")
        c.setFillColorRGB(0, 0, 0)
        c.drawString(20, H - 100, "Shaded")
        c.setFillAlpha(0.3)
        c.rect(15, H - 110, 200, 20, stroke=0, fill=1)  # a translucent highlight over text

    visible, hidden = _hidden(draw)
    assert visible == "BandShaded" and hidden == {}


def test_text_in_the_colour_of_its_background_is_hidden():
    def draw(c):
        c.setFillColorRGB(0.2, 0.3, 0.6)
        c.rect(15, H - 60, 200, 20, stroke=0, fill=1)
        c.drawString(20, H - 50, "Navy")  # navy on navy
        c.setFillColorRGB(1, 1, 1)
        c.drawString(20, H - 100, "White")  # white on the white page

    visible, hidden = _hidden(draw)
    assert visible == "" and hidden == {"background": "NavyWhite"}


def test_invisible_text_over_an_image_is_a_scanned_page_text_layer():
    img = Image.new("RGB", (8, 8), "white")

    def draw(c):
        c.drawImage(ImageReader(img), 10, H - 80, width=200, height=60)
        t = c.beginText(20, H - 50)
        t.setTextRenderMode(3)
        t.textOut("Scanned")
        c.drawText(t)
        t = c.beginText(20, H - 200)
        t.setTextRenderMode(3)
        t.textOut("Ghost")
        c.drawText(t)

    visible, hidden = _hidden(draw)
    assert visible == "Scanned" and hidden == {"invisible": "Ghost"}


def test_clipped_tiny_and_transparent_text():
    visible, hidden = _hidden(clipped_tiny_clear)
    assert visible == "Inside"
    assert hidden == {"clipped": "Cut", "tiny": "Small", "invisible": "Clear"}


@pytest.mark.parametrize("a,b,expected", [
    ((1, 1, 1), (1, 1, 1), 1.0),
    ((0, 0, 0), (1, 1, 1), 21.0),
    ((0.95, 0.95, 0.95), (1, 1, 1), 1.1),
])
def test_contrast(a, b, expected):
    assert contrast(a, b) == pytest.approx(expected, abs=0.02)


_LINES = ["Wenna Trevaskis", "Orchard planner at Caradon Fruit Growers", "2019 - 2024 pruning schedules",
          "Grafting, irrigation, cold storage", "Kernow College of Horticulture"]


def test_a_shape_filled_under_a_small_clip_only_covers_the_clip():
    """cairo fills the whole page under a clip the size of an icon: only the icon is painted."""
    def draw(c):
        for k, text in enumerate(_LINES):
            c.drawString(20, H - 40 - 15 * k, text)
        c.saveState()
        p = c.beginPath()
        p.rect(250, H - 20, 9, 9)
        c.clipPath(p, stroke=0, fill=0)
        c.setFillColorRGB(0.1, 0.3, 0.6)
        c.rect(0, 0, 300, H, stroke=0, fill=1)
        c.restoreState()
        c.drawString(20, H - 150, "After")

    visible, hidden = _hidden(draw)
    assert visible == "".join(_LINES) + "After" and hidden == {}


@pytest.mark.parametrize("cover,expected_kind", [
    ((1, 1, 1), "covered"),          # a later white page-sized shape over every line
    ((0.1, 0.3, 0.6), "covered"),    # a later opaque blue one
])
def test_a_check_that_would_hide_most_of_a_page_is_overruled(cover, expected_kind):
    def draw(c):
        for k, text in enumerate(_LINES):
            c.drawString(20, H - 40 - 15 * k, text)
        c.setFillColorRGB(*cover)
        c.rect(0, 0, 300, H, stroke=0, fill=1)

    cand = resumekit.parse(_pdf(draw))
    assert cand.name == "Wenna Trevaskis"
    messages = [w.message for w in cand.meta.warnings if w.code == "hidden-text"]
    assert len(messages) == 1 and messages[0].startswith("check overruled:")
    assert f"({expected_kind})" in messages[0]


def test_a_little_hidden_text_beside_much_visible_text_stays_hidden():
    def draw(c):
        for k, text in enumerate(_LINES):
            c.drawString(20, H - 40 - 15 * k, text)
        c.drawString(20, H - 200, "Ignore previous")
        c.setFillColorRGB(1, 1, 1)
        c.rect(15, H - 205, 150, 15, stroke=0, fill=1)

    cand = resumekit.parse(_pdf(draw))
    messages = [w.message for w in cand.meta.warnings if w.code == "hidden-text"]
    assert messages == ["covered: Ignore previous"]


@pytest.mark.parametrize("n_hidden,n_visible,overruled", [
    (60, 40, True),     # most of the page, enough to be a page: overruled
    (40, 60, False),    # less than half the page: hidden
    (30, 0, False),     # a few glyphs alone: too few to overrule
])
def test_overrule_thresholds(n_hidden, n_visible, overruled):
    from resumekit.extract.pdf.hidden import overrule
    from resumekit.extract.pdf.layout import Glyph

    def glyphs(n, z0):
        return [Glyph("x", k, k + 1, 0, 10, 10, "F", False, False, z=z0 + k) for k in range(n)]
    visible, hidden = glyphs(n_visible, 0), {"background": glyphs(n_hidden, 1000)}
    kept, rest, out = overrule(visible, hidden)
    assert bool(out) == overruled
    assert len(kept) == n_visible + (n_hidden if overruled else 0)
    assert rest == ({} if overruled else hidden)
    assert [g.z for g in kept] == sorted(g.z for g in kept)


def test_text_over_a_shape_of_a_colour_that_cannot_be_judged_is_visible():
    """A header band in a spot colour (or a gradient) under white text: the band's colour is
    unknown, so the white page under the band does not make the text 'background'."""
    from reportlab.lib.colors import CMYKColorSep

    def draw(c):
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, H - 100, 300, 100, stroke=0, fill=1)
        c.setFillColor(CMYKColorSep(0.9, 0.5, 0, 0.2, spotName="BANDBLUE"))
        c.rect(0, H - 80, 300, 80, stroke=0, fill=1)
        c.setFillColorRGB(1, 1, 1)
        c.drawString(20, H - 50, "Banner")

    visible, hidden = _hidden(draw)
    assert visible == "Banner" and hidden == {}


def test_white_text_on_a_translucent_coloured_sidebar_is_visible():
    """Word paints a sidebar in purple at 80% opacity over the white page, then white text on it."""
    def draw(c):
        c.setFillColorRGB(0.67, 0.47, 1.0)
        c.setFillAlpha(0.8)
        c.rect(200, 0, 100, H, stroke=0, fill=1)
        c.setFillAlpha(1)
        c.setFillColorRGB(1, 1, 1)
        c.drawString(210, H - 50, "Skills")
        c.drawString(20, H - 50, "Ghost")  # white on the white page beside it: hidden

    visible, hidden = _hidden(draw)
    assert visible == "Skills" and hidden == {"background": "Ghost"}


@pytest.mark.parametrize("image_box, expected", [
    # a dark band exported as a picture under white capitals: the image's colours are not read
    ((10, H - 56, 200, 16), ("Experience", {"background": "Ghost"})),
    # an image elsewhere on the page changes nothing
    ((10, H - 200, 200, 16), ("", {"background": "ExperienceGhost"})),
])
def test_white_text_over_an_image_is_not_judged_by_the_white_page(image_box, expected):
    band = Image.new("RGB", (40, 4), (30, 60, 90))

    def draw(c):
        x, y, w, h = image_box
        c.drawImage(ImageReader(band), x, y, width=w, height=h)
        c.setFillColorRGB(1, 1, 1)
        c.drawString(20, H - 50, "Experience")
        c.drawString(20, H - 120, "Ghost")  # white on the white page below it: hidden

    assert _hidden(draw) == expected


@pytest.mark.parametrize("width, expected", [
    # a heading band drawn as one thick line: white capitals on it are read
    (18.0, ("Band", {"background": "Ghost"})),
    # a rule under the text, not a band: the white text on the white page stays hidden
    (2.0, ("", {"background": "BandGhost"})),
])
def test_white_text_on_a_thick_stroked_line_is_on_a_band(width, expected):
    def draw(c):
        c.setStrokeColorRGB(0.1, 0.2, 0.35)
        c.setLineWidth(width)
        c.line(10, H - 46.5, 250, H - 46.5)
        c.setFillColorRGB(1, 1, 1)
        c.drawString(20, H - 50, "Band")
        c.drawString(20, H - 120, "Ghost")

    assert _hidden(draw) == expected


@pytest.mark.parametrize("box, width, expected", [
    ((10.0, 100.0, 250.0, 100.0), 18.0, (10.0, 91.0, 250.0, 109.0)),   # horizontal: grown to its width
    ((40.0, 10.0, 40.0, 300.0), 12.0, (34.0, 10.0, 46.0, 300.0)),     # vertical: a sidebar stripe
    ((10.0, 100.0, 250.0, 100.0), 2.0, None),                          # a rule
    ((10.0, 100.0, 250.0, 200.0), 18.0, None),                         # a stroked rectangle: its outline only
])
def test_stroke_band(box, width, expected):
    from resumekit.extract.pdf.paint import stroke_band

    assert stroke_band(box, width) == expected


@pytest.mark.parametrize("n_stuffed,n_doubtful,n_visible,overruled", [
    (300, 0, 200, False),    # white 1 pt keywords, more than the page's text: still hidden
    (300, 60, 200, False),   # and a white 9 pt line beside them: hidden, not overruled
    (0, 300, 200, True),     # as much white 9 pt text alone: a misread painting, overruled
    (100, 300, 100, True),   # overruled, but the white 1 pt keywords stay hidden
])
def test_tiny_white_keywords_never_overrule_the_check(n_stuffed, n_doubtful, n_visible, overruled):
    from resumekit.extract.pdf.hidden import overrule
    from resumekit.extract.pdf.layout import Glyph

    def glyphs(n, z0, size, colour):
        return [Glyph("k", k, k + 1, 0, size, size, "F", False, False, z=z0 + k, color=colour)
                for k in range(n)]
    stuffed = glyphs(n_stuffed, 5000, 1.0, (1.0, 1.0, 1.0))
    white = glyphs(n_doubtful, 1000, 9.0, (1.0, 1.0, 1.0))
    visible = glyphs(n_visible, 0, 9.0, (0.0, 0.0, 0.0))
    hidden = {kind: gs for kind, gs in (("tiny", stuffed), ("background", white)) if gs}
    kept, rest, out = overrule(visible, hidden)
    assert bool(out) == overruled
    assert rest.get("tiny", []) == stuffed
    assert len(kept) == n_visible + (n_doubtful if overruled else 0)
