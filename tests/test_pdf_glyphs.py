"""Broken glyphs: lost ligatures repaired, unreadable fonts dropped and reported, icon glyphs."""
import io

import pytest
from reportlab.pdfgen import canvas

import resumekit
from resumekit.text import clean
from resumekit.extract.pdf.paint import LOST, Painted
from resumekit.extract.pdf.layout import Glyph
from resumekit.extract.pdf.unmapped import NUL, Known, known_words, lost_letter, repair_lost, unreadable_fonts

from .conftest import FIXTURES


@pytest.mark.parametrize("broken,whole", [
    ("Classi_cation", "Classification"),   # Chrome: fi lost
    ("Of_ce", "Office"),
    ("h_ps://", "https://"),               # tt lost
    ("produc_on", "production"),           # ti lost
    ("Tex_le", "Textile"),
    ("work_ow", "workflow"),               # fl lost
    ("in_uence", "influence"),
    ("di_erent", "different"),             # ff lost
    ("e_cient", "efficient"),              # ffi lost as one glyph
    ("e_ec_ve", "effective"),              # two in one word
    ("_rst", "first"),
    ("2021_2022", "20212022"),             # not inside letters: the placeholder just goes
])
def test_lost_ligatures_from_context(broken, whole):
    assert repair_lost(broken.replace("_", LOST), Known()) == whole


@pytest.mark.parametrize("broken,whole", [
    ("a_ermath", "aftermath"),             # the neighbours would say ff; only "ft" makes a word
    ("Sca_olding", "Scaffolding"),         # no neighbour rule; the dictionary knows one word
    ("cer_fied", "certified"),             # "fi" would be the blind guess
    ("CER_FIED", "CERTIFIED"),             # capitals keep the ligature in capitals
    ("Sta_ng", "Stating"),                 # "Staffing" and "Stating" both words: the neighbours decide
    ("Zorquel_ux", "Zorquelflux"),         # no word fits: the neighbours decide
    ("_Mira", "Mira"),                     # before the capital of a word in small letters: no ligature
    ("_Zorquel_ux", "Zorquelflux"),        # that one removed, the inner one guessed as before
    ("_nance", "finance"),                 # at a word's edge, making a dictionary word: a ligature
])
def test_lost_ligatures_from_the_dictionary(broken, whole):
    assert repair_lost(broken.replace("_", LOST), Known()) == whole


@pytest.mark.parametrize("text", ["Stating plans", "Staffing plans", "Zorquelflux"])
def test_a_word_without_a_placeholder_is_never_changed(text):
    assert repair_lost(text, Known()) == text


@pytest.mark.parametrize("lines, out", [
    # a character without Unicode at both ends of every cell's text (Chromium printing Word's HTML)
    (["_Mira Quennelby_\t_07700 900123_", "_EDUCATION_\t_Harlow College_\t_2019_", "_github.com/mquen_"],
     ["Mira Quennelby\t07700 900123", "EDUCATION\tHarlow College\t2019", "github.com/mquen"]),
    # lost ligatures, inside words and at a word's start before small letters: repaired as before
    (["Classi_cation of _les", "Of_ce work_ow", "_rst di_erent"],
     ["Classification of files", "Office workflow", "first different"]),
])
def test_placeholders_that_stand_before_capitals_and_digits_mark_word_edges(lines, out):
    texts = [t.replace("_", LOST) for t in lines]
    known = known_words(texts)
    assert [repair_lost(t, known) for t in texts] == out


def test_a_word_spelled_whole_elsewhere_decides():
    known = known_words(["Staffing agency", "Recruitment and staffing"])
    assert repair_lost(f"Sta{LOST}ng plans", known) == "Staffing plans"
    assert repair_lost(f"Sta{LOST}ng plans", Known()) == "Stating plans"  # context alone guesses ti


@pytest.mark.parametrize("lines,letter,first", [
    # a font maps its "e" to U+0000: every word holding it is a word with an "e"
    (["Senior garden designer", "Gr_en roofs and n_w t_rraces", "B_tter soil for S_LECT clients"], "e",
     "Green roofs and new terraces"),
    # a Turkish font loses its dotted "i": the dictionary knows the words
    (["Proje yönetimi", "Etk_l_ _let_ş_m", "Ek_p yönet_m_", "B_lg_ s_stemler_"], "i", "Etkili iletişim"),
    # two words only: too little to decide, the codes read as spaces as before
    (["Senior garden designer", "Gr_en n_w"], None, "Gr en n w"),
    # no letter makes words of them: nothing is guessed
    (["Senior garden designer", "Zq_x vv_k pp_rr qq_zz"], None, "Zq x vv k pp rr qq zz"),
])
def test_a_letter_mapped_to_nothing(lines, letter, first):
    texts = [t.replace("_", NUL) for t in lines]
    known = known_words(texts)
    assert lost_letter(texts, known) == letter
    assert clean(repair_lost(texts[1], known, letter)) == first


def test_fixture_lost_ligatures_come_out_whole():
    cand = resumekit.parse(FIXTURES / "pdf" / "lost-ligatures.pdf")
    doc = resumekit.extract(FIXTURES / "pdf" / "lost-ligatures.pdf")
    text = doc.text
    for word in ("classification", "workflow", "first", "Office", "flexible", "profile", "specific", "efficient",
                 "confident", "Defined", "filing", "files", "Officer"):
        assert word in text
    assert LOST not in text and not cand.meta.warnings
    assert cand.headline == "Records and data classification officer"


def _painted(glyph_texts: dict[str, str], unmapped: dict[str, int]) -> tuple[Painted, list[Glyph]]:
    glyphs = [Glyph(ch, 0, 5, 0, 10, 10, font, False, False) for font, text in glyph_texts.items() for ch in text]
    mapped = {font: sum(1 for ch in text if ch != LOST) for font, text in glyph_texts.items()}
    return Painted(100, 100, glyphs=glyphs, unmapped=unmapped, mapped=mapped), glyphs


def test_unreadable_fonts():
    painted, glyphs = _painted({
        "Body": "Senior engineer with ten years of experience in payments.",
        "Garbage": "#$%&'()*+#$%&'()*+#$%&'()*+",        # codes read through a wrong encoding
        "Unmapped": LOST * 30,                             # no Unicode at all
        "Ligatures": "Classi" + LOST + "cation and work" + LOST + "ow of the team",  # a few lost glyphs
        "Bullets": "\u25cf\u25cf\u25aa " * 8,                     # a font used for list bullets only
    }, unmapped={"Unmapped": 30, "Ligatures": 2})
    assert set(unreadable_fonts(painted, glyphs)) == {"Garbage", "Unmapped"}


def _raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF from its numbered objects (1 = catalog), with a correct cross-reference table."""
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def unmapped_font_pdf() -> bytes:
    """A page with a name in Helvetica and a line in a CID font (Identity-H, no ToUnicode, no
    embedded font to read a cmap from): its glyphs are painted but have no text."""
    codes = "".join(f"{k:04X}" for k in range(36, 90)).encode()
    content = (b"BT /F1 12 Tf 40 250 Td (Orla Penhaligon) Tj ET "
               b"BT /F2 10 Tf 40 200 Td <" + codes + b"> Tj ET")
    return _raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 300] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Mystery /Encoding /Identity-H /DescendantFonts [7 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Mystery /DW 500 /FontDescriptor 8 0 R "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        b"<< /Type /FontDescriptor /FontName /Mystery /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 "
        b"/Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ])


def test_a_font_without_a_unicode_map_is_reported_not_read():
    """The glyphs of a font without a Unicode map must not become words, and a warning names the font."""
    doc = resumekit.extract(unmapped_font_pdf())
    assert [(w.code, w.page) for w in doc.warnings] == [("unmapped-font", 1)]
    assert "Mystery" in doc.warnings[0].message
    assert [l.text for l in doc.lines] == ["Orla Penhaligon"]


def test_icon_glyphs_bullets_and_stray_letters():
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(400, 300), invariant=1)
    y = 260
    for item in ("Python and Go", "Kafka"):
        c.setFont("ZapfDingbats", 8)
        c.drawString(20, y, "l")  # a black circle in ZapfDingbats: a list bullet
        c.setFont("Helvetica", 10)
        c.drawString(34, y, item)
        y -= 14
    c.drawString(20, y, "Call")
    c.setFont("ZapfDingbats", 10)
    c.drawString(44, y, "(")  # a telephone icon in the middle of a line
    c.setFont("Helvetica", 10)
    c.drawString(58, y, "+44 20 7946 0321")
    c.showPage()
    c.save()
    doc = resumekit.extract(buf.getvalue())
    assert [(l.bullet, l.text) for l in doc.lines] == [
        (True, "Python and Go"), (True, "Kafka"), (False, "Call\t+44 20 7946 0321")]  # the icon is gone, its gap stays


def _icon_row(icon: str, width: float, text: str, baseline: float, font: str = "FontAwesome5Free-Regular"):
    from resumekit.extract.pdf.layout import rows_of
    glyphs = [Glyph(icon, 40, 40 + width, baseline - 8, baseline + 2, 10, font, False, False, icon=True)]
    x = 56.0
    for ch in text:
        if ch != " ":
            glyphs.append(Glyph(ch, x, x + 5, baseline - 8, baseline + 2, 10, "Helvetica", False, False))
        x += 5
    return rows_of(glyphs)[0]


def test_an_icon_opening_three_rows_is_a_bullet_different_icons_are_not():
    from resumekit.extract.pdf.lines import _icon_bullets, _reading
    from resumekit.text import clean, strip_bullet
    rows = [_icon_row("\uf10c", 6, "Ran the pricing review", 100),           # a circle from an icon font,
            _icon_row("\uf10c", 6, "Opened the Lisbon office", 112),         # three times: list bullets
            _icon_row("\uf10c", 6, "Hired four engineers", 124),
            _icon_row("\uf095", 7, "+351 912 345 678", 150),                 # a phone icon, once
            _icon_row("\uf0e0", 8, "ines@example.pt", 162),                  # an envelope, once
            _icon_row(LOST, 9, "ines-amaral", 174, font="MarVoSym")]         # a glyph without Unicode, once
    bullets = _icon_bullets(rows)
    assert [strip_bullet(clean(_reading(r, bullets))) for r in rows] == [
        (True, "Ran the pricing review"), (True, "Opened the Lisbon office"), (True, "Hired four engineers"),
        (False, "+351 912 345 678"), (False, "ines@example.pt"), (False, "ines-amaral")]


def _lost_row(text: str, baseline: float, font: str):
    """A row opening with a glyph without Unicode from ``font``, then the text."""
    from resumekit.extract.pdf.layout import rows_of
    glyphs = [Glyph(LOST, 40, 45, baseline - 8, baseline + 2, 10, font, False, False)]
    x = 56.0
    for ch in text:
        if ch != " ":
            glyphs.append(Glyph(ch, x, x + 5, baseline - 8, baseline + 2, 10, "CMR10", False, False))
        x += 5
    return rows_of(glyphs)[0]


@pytest.mark.parametrize("font, texts, bullets", [
    # a Type 3 font's glyph (pdfTeX's bitmap \textbullet; pdfminer names the font "unknown"), three times
    ("unknown", ["Ran the audit", "Wrote the plan", "Met the auditors"], [True, True, True]),
    ("unknown", ["Ran the audit", "Wrote the plan"], [False, False]),                 # twice: no decision
    # a named font's glyph without Unicode (a browser's icon before contact items and headings): dropped
    ("LiberationSerif", ["Ran the audit", "Wrote the plan", "Met the auditors"], [False, False, False]),
])
def test_a_type3_glyph_without_unicode_opening_three_rows_is_a_bullet(font, texts, bullets):
    from resumekit.extract.pdf.lines import _icon_bullets, _reading
    from resumekit.text import strip_bullet
    rows = [_lost_row(t, 100 + 14 * i, font) for i, t in enumerate(texts)]
    marks = _icon_bullets(rows)
    read = [strip_bullet(clean(repair_lost(_reading(r, marks), Known(), None))) for r in rows]
    assert read == [(b, t) for b, t in zip(bullets, texts)]


def _text_row(text: str, baseline: float = 100):
    from resumekit.extract.pdf.layout import rows_of
    glyphs, x = [], 40.0
    for ch in text:
        if ch != " ":
            glyphs.append(Glyph(ch, x, x + 5, baseline - 8, baseline + 2, 10, "LMRoman10-Regular", False, False))
        x += 5
    return rows_of(glyphs)[0]


@pytest.mark.parametrize("text, read", [
    # TeX's math operators as separators and itemize labels: the text marks they stand for
    ("Kestrel Freight Ltd \u22c4 Hull", (False, "Kestrel Freight Ltd \u00b7 Hull")),
    ("\u22c6 Rebuilt the pricing model", (True, "Rebuilt the pricing model")),
    ("\u2218 Ran the audit", (True, "Ran the audit")),
    ("Go \u2223 Rust \u2223 SQL", (False, "Go | Rust | SQL")),
    # inside a word, or no operator: as printed
    ("x\u22c4y and \u00b1 5", (False, "x\u22c4y and \u00b1 5")),
])
def test_math_operators_alone_read_as_separators_and_bullets(text, read):
    from resumekit.extract.pdf.lines import _reading
    from resumekit.text import strip_bullet
    assert strip_bullet(clean(_reading(_text_row(text)))) == read


@pytest.mark.parametrize("text, read", [
    # a small-capitals font whose i maps to the small letter (XeTeX's Source Sans Pro): capitals
    ("SENiOR SiTE RELiABiLiTY ENGiNEER", "SENIOR SITE RELIABILITY ENGINEER"),
    ("B.S. iN COMPUTER ENGiNEERiNG", "B.S. IN COMPUTER ENGINEERING"),
    # no i between two capitals, another small letter, or too few capitals: as printed
    ("iOS DEVELOPER", "iOS DEVELOPER"),
    ("SENiOR Site Engineer", "SENiOR Site Engineer"),
    ("WiFi", "WiFi"),
    ("KiT", "KiT"),
    ("ENGiNEERiNG", "ENGiNEERiNG"),                     # one word: a name such as "TiCDC" can be one
    ("专注于数据同步工具TiCDC 的研发", "专注于数据同步工具TiCDC 的研发"),  # letters of no case
])
def test_small_capital_i_reads_as_a_capital(text, read):
    from resumekit.extract.pdf.lines import _small_caps_i
    row = _text_row(text)
    _small_caps_i(row)
    assert row.text() == read
