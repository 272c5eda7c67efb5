"""The pdfium backend's word items (extract/pdf/pdfium_words.py) give the shared assembly what the
word's glyphs would: the same lines, styles, runs, word boxes, links and hidden text as the glyph
path, and where a check could judge a word's letters apart, the word is read by its glyphs."""
import pytest

pytest.importorskip("pypdfium2")

import resumekit  # noqa: E402
from resumekit.extract.pdf import pdfium  # noqa: E402
from resumekit.extract.pdf.hidden import split_hidden  # noqa: E402
from resumekit.extract.pdf.pdfium import read_pages  # noqa: E402

from .conftest import PINNED  # noqa: E402
from .pdf_scenes import H, clipped, clipped_tiny_clear  # noqa: E402
from .test_pdfium import DRAWINGS, H_DRAWINGS, _pdf  # noqa: E402

PDFIUM = PINNED.replace(pdf_backend="pdfium")


def _letters(c, x, y, s, font="Helvetica", size=10):
    """Each letter its own text object, placed by the font's widths (as Word and Chrome write)."""
    for ch in s:
        c.setFont(font, size)
        c.drawString(x, y, ch)
        x += c.stringWidth(ch, font, size)


def _link(c):
    c.drawString(20, H - 50, "Portfolio: orla-penhaligon.example|more")
    w = c.stringWidth("Portfolio: ", "Helvetica", 10)
    c.linkURL("https://orla-penhaligon.example", (20 + w, H - 53, 20 + w + c.stringWidth("orla-penhaligon.example"),
                                                   H - 41), relative=0)


def _rise(c):
    t = c.beginText(20, H - 50)
    t.setFont("Helvetica", 10)
    t.textOut("Area")
    t.setRise(4)
    t.textOut("2nd")
    t.setRise(0)
    t.textOut(" Lead")
    c.drawText(t)


def _spaced(c):
    t = c.beginText(20, H - 50)
    t.setFont("Helvetica-Bold", 12)
    t.setCharSpace(4)
    t.textOut("PROFILE")
    c.drawText(t)
    c.setFont("Helvetica", 10)
    c.drawString(20, H - 80, "Tight words set close")


def _tracked(c):
    """Words set with a little tracking (0.05 em between letters): their gaps add up to more than
    SLACK_EM over a long word, none of them near a word gap."""
    t = c.beginText(20, H - 50)
    t.setFont("Helvetica", 10)
    t.setCharSpace(0.5)
    t.textOut("Hollowbrook Cartographers")
    c.drawText(t)


def _stacked(c):
    """Two small lines stacked within the height of a larger heading beside them, the lower one
    reaching under the end of the upper: one group of glyphs that must part into baselines."""
    c.setFont("Helvetica", 10)
    c.drawString(20, H - 43, "+44 20 7946 0321")
    c.drawString(60, H - 57, "orla-pen-")
    c.setFont("Helvetica-Bold", 17)
    c.drawString(112, H - 53, "Education and training")


WORDS = {
    **DRAWINGS,
    "a line of words": lambda c: c.drawString(20, H - 50, "Orla Penhaligon, Product Designer (2019-2024)"),
    "bold and regular words on one line": lambda c: (
        c.setFont("Helvetica-Bold", 10), c.drawString(20, H - 50, "Skills:"), c.setFont("Helvetica", 10),
        c.drawString(60, H - 50, "kiln glazing, wheel throwing")),
    "a text object per letter": lambda c: (
        _letters(c, 20, H - 50, "Quillon"), _letters(c, 70, H - 50, "Marsh", "Helvetica-Bold")),
    "half of a word under a white box": lambda c: (
        c.drawString(20, H - 50, "Underneath"), c.setFillColorRGB(1, 1, 1), c.rect(10, H - 60, 40, 20, stroke=0, fill=1)),
    "half of a word on a band": lambda c: (
        c.setFillColorRGB(0.2, 0.3, 0.6), c.rect(40, H - 60, 200, 20, stroke=0, fill=1), c.setFillColorRGB(0.2, 0.3, 0.6),
        c.drawString(20, H - 50, "Twilight")),
    "a clip through a word": lambda c: (
        c.saveState(), _clip(c, 10, H - 60, 38, 30), c.drawString(20, H - 50, "Lanternfish"), c.restoreState()),
    "a word across the page's edge": lambda c: c.drawString(-15, H - 50, "Edgewise margins"),
    "a link over part of a word": _link,
    "a rise inside a word": _rise,
    "letter-spaced heading and tight words": _spaced,
    "words set with a little tracking": _tracked,
    "small lines stacked beside a heading": _stacked,
    "a timeline dot painted over a date": lambda c: (
        c.drawString(20, H - 50, "2031/4 Harbour survey"), c.setFont("Helvetica", 12),
        c.drawString(30, H - 54, "\u2022")),
    "a space shown by another object inside a word": lambda c: (
        c.drawString(20, H - 50, "Glaze, kiln"), c.drawString(20 + c.stringWidth("Glaze"), H - 50, " ")),
    "a clipped text": clipped,
    "clipped, tiny and transparent": clipped_tiny_clear,
}


def _clip(c, x, y, w, h):
    p = c.beginPath()
    p.rect(x, y, w, h)
    c.clipPath(p, stroke=0, fill=0)


def _extract(data: bytes, words: bool):
    old = pdfium.WORD_ITEMS
    pdfium.WORD_ITEMS = words
    try:
        return resumekit.extract(data, options=PDFIUM)
    finally:
        pdfium.WORD_ITEMS = old


def _lines(doc) -> list[tuple]:
    return [(l.text, l.raw, l.style, l.runs, l.bullet, l.column, l.block, l.links,
             [(w, tuple(round(v, 2) for v in (b.x0, b.top, b.x1, b.bottom))) for w, b in l.words]) for l in doc.lines]


@pytest.mark.parametrize("name", WORDS)
def test_word_items_give_the_lines_of_the_glyph_path(name):
    data = _pdf(WORDS[name])
    try:
        glyphs = _extract(data, False)
    except resumekit.ResumekitError as e:
        with pytest.raises(type(e)):
            _extract(data, True)
        return
    words = _extract(data, True)
    assert _lines(words) == _lines(glyphs)
    assert words.links == glyphs.links and words.warnings == glyphs.warnings


@pytest.mark.parametrize("name", {**H_DRAWINGS, **{k: (WORDS[k], None, None) for k in (
    "half of a word under a white box", "half of a word on a band", "a clip through a word",
    "a word across the page's edge")}})
def test_hidden_text_is_judged_letter_by_letter_where_it_parts_a_word(name):
    draw = H_DRAWINGS[name][0] if name in H_DRAWINGS else WORDS[name]
    data = _pdf(draw)
    glyphs, words = (read_pages(data, words=w)[0].painted for w in (False, True))
    (shown_g, gone_g), (shown_w, gone_w) = split_hidden(glyphs), split_hidden(words)
    assert "".join(g.text for g in shown_w) == "".join(g.text for g in shown_g)
    assert {k: "".join(g.text for g in v) for k, v in gone_w.items()} == \
        {k: "".join(g.text for g in v) for k, v in gone_g.items()}


@pytest.mark.parametrize("draw, items", [
    (lambda c: c.drawString(20, H - 50, "Orla Penhaligon, Product Designer"), ["Orla", " ", "Penhaligon,", " ",
                                                                               "Product", " ", "Designer"]),
    (lambda c: _letters(c, 20, H - 50, "Quillon"), ["Quillon"]),
    # the white box's edge parts the word: its letters are read one by one
    (WORDS["half of a word under a white box"], list("Underneath")),
    # a little tracking (every gap under SLACK_EM) keeps a word one item; letter-spacing does not
    (_tracked, ["Hollowbrook", " ", "Cartographers"]),
    (_spaced, list("PROFILE") + list("Tight words set close")),  # (the tracking stays set for the next text)
])
def test_a_word_is_one_item_unless_a_check_could_part_it(draw, items):
    painted = read_pages(_pdf(draw), words=True)[0].painted
    assert [g.text for g in painted.glyphs] == items
    assert painted.joined == sum(len(t) - 1 for t in items)


def test_max_chars_counts_the_letters_of_word_items():
    data = _pdf(lambda c: [c.drawString(20, H - 20 - 12 * k, "lanternfish " * 4) for k in range(3)])
    old = pdfium.WORD_ITEMS
    pdfium.WORD_ITEMS = True
    try:
        with pytest.raises(resumekit.ResourceLimitError):
            resumekit.extract(data, options=PDFIUM.replace(max_chars=100))
        assert resumekit.extract(data, options=PDFIUM.replace(max_chars=200)).lines
    finally:
        pdfium.WORD_ITEMS = old


def _letters_of(words: list[tuple[str, float, float, bool]], joined: bool):
    """Glyphs (or word items, ``joined``) for (text, x0, size, bold) words, letters 0.5 em wide."""
    from resumekit.extract.pdf.layout import Glyph
    out = []
    for text, x0, size, bold in words:
        base, w = 100.0, 0.5 * size
        box = dict(top=base - 0.8 * size, bottom=base + 0.2 * size, size=size, font="Serif-Bold" if bold else "Serif",
                   bold=bold, italic=False)
        if joined and text.strip() and len(text) > 1:
            out.append(Glyph(text, x0, x0 + w * len(text), joined=len(text) - 1, **box))
        else:
            out += [Glyph(ch, x0 + w * k, x0 + w * (k + 1), **box) for k, ch in enumerate(text)]
    return out


@pytest.mark.parametrize("words", [
    [("Kestrel", 10, 10, True), (" ", 45, 10, True), ("Vane", 50, 10, False)],  # style by letters: bold
    [("Ferro", 10, 10, False), ("Lune", 90, 10, False)],  # a cell gap
    [("Ash", 10, 10, True), (" ", 25, 10, False), ("Quill", 30, 10, False), (" ", 55, 10, False),
     ("Moor", 60, 18, False)],  # a size jump, sizes counted by letters
    # words of capitals are no letters typed apart with spaces ("E X P E R I E N C E")
    [("LA", 10, 10, True), (" ", 20, 10, True), ("ORLA", 25, 10, True), (" ", 45, 10, True), ("FOR", 50, 10, True),
     (" ", 65, 10, True), ("BOYS", 70, 10, True)],
    [("QXV,", 10, 10, False), (" ", 30, 10, False), ("PLT,", 35, 10, False), (" ", 55, 10, False),
     ("MRK,", 60, 10, False), (" ", 80, 10, False), ("ZZT", 85, 10, False), (" ", 100, 10, False), ("tools", 105, 10, False)],
])
def test_a_word_item_lays_out_and_styles_as_its_letters(words):
    from resumekit.extract.pdf.layout import rows_of
    from resumekit.extract.pdf.lines import _style
    glyph_rows, word_rows = rows_of(_letters_of(words, False)), rows_of(_letters_of(words, True))
    assert [r.text() for r in word_rows] == [r.text() for r in glyph_rows]
    assert [r.size for r in word_rows] == [r.size for r in glyph_rows]
    assert [_style(r.glyphs) for r in word_rows] == [_style(r.glyphs) for r in glyph_rows]
