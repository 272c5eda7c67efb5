"""The pypdfium2 backend end to end: the fixtures' golden Candidates read through it, links and
metadata, its bounds, its errors, the option and the CLI flag."""
import io
import json

import pytest
from reportlab.pdfgen import canvas

pytest.importorskip("pypdfium2")

import resumekit  # noqa: E402
from resumekit.cli import main  # noqa: E402

from .conftest import FIXTURES, PINNED  # noqa: E402
from .test_pdf_glyphs import _raw_pdf, unmapped_font_pdf  # noqa: E402

PDFIUM = PINNED.replace(pdf_backend="pdfium")
PDFS = sorted(p for p in FIXTURES.rglob("*.pdf") if "golden" not in p.parts)
_TYPE3_BULLET = ("lines.py: the pdfTeX bitmap Type 3 \\textbullet reads as a bullet only by pdfminer's name for a "
                 "nameless font ('unknown'); the pdfium backend names it otherwise")
# where the pdfium backend still reads a fixture otherwise than pdfplumber (stop 24, unseen-pdftex2)
PDFIUM_GAPS = {
    "unseen-pdftex2/en-moderncv-timeline.pdf": "pdfium_text.py: no text read from pdfTeX's bitmap Type 3 EC fonts "
                                               "(T1 without cm-super): NoTextLayerError",
    "unseen-pdftex2/en-ot1-multicol.pdf": _TYPE3_BULLET,
    "unseen-pdftex2/en-rsection.pdf": _TYPE3_BULLET,
    "unseen-pdftex2/en-academic-uni.pdf": _TYPE3_BULLET,
    "unseen-pdftex2/fr-multicol.pdf": "accents.py: pdfium's word items hold the accent and its letter in one item, "
                                      "which join_accents leaves alone ('Sol`ene')",
}


def _gap(path) -> str | None:
    return PDFIUM_GAPS.get(path.relative_to(FIXTURES).as_posix())
# The top-level fields a reader of the Candidate relies on.
KEY_FIELDS = ("name", "headline", "summary", "contact", "experience", "education", "projects", "skills",
              "languages", "certifications", "interests", "experience_months")


def _one_page(content: bytes, fonts: list[bytes], more: tuple[bytes, ...] = (), filters: bytes = b"") -> bytes:
    """A one-page PDF: its content stream (through ``filters``), fonts /F1, /F2... (objects 5, 6...)
    and ``more`` objects after them."""
    names = b" ".join(b"/F%d %d 0 R" % (k + 1, 5 + k) for k in range(len(fonts)))
    return _raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 400] /Contents 4 0 R /Resources << /Font << %s >> >> >>" % names,
        b"<< /Length %d %s>>\nstream\n" % (len(content), filters) + content + b"\nendstream",
        *fonts, *more,
    ])


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _golden(path) -> dict:
    rel = path.relative_to(FIXTURES)
    return json.loads((FIXTURES / "golden" / rel.parent / f"{rel.name}.json").read_text(encoding="utf-8"))


def test_the_fixture_goldens_read_through_pdfium_agree_on_the_key_fields():
    """Not every byte (sizes may round differently, warnings may word differently), but what a
    user reads: every key field of every PDF fixture's golden Candidate."""
    differ = []
    for path in PDFS:
        if _gap(path):
            continue
        cand = json.loads(resumekit.parse(path, name=path.name, options=PDFIUM).model_dump_json())
        gold = _golden(path)
        differ += [f"{path.name}: {f}" for f in KEY_FIELDS if cand[f] != gold[f]]
    assert len(PDFS) >= 8
    assert not differ, "fields where pdfium's reading differs from the golden: " + ", ".join(differ)


@pytest.mark.parametrize("path", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=_gap(p)) if _gap(p) else ())
                                  for p in PDFS], ids=lambda p: p.name)
def test_same_lines_links_producer_and_date_as_pdfplumber(path):
    a = resumekit.extract(path, name=path.name)
    b = resumekit.extract(path, name=path.name, options=PDFIUM)
    assert [l.text for l in b.lines] == [l.text for l in a.lines]
    assert [(l.style.bold, l.style.italic, l.bullet, l.column) for l in b.lines] == \
        [(l.style.bold, l.style.italic, l.bullet, l.column) for l in a.lines]
    assert [l.links for l in b.lines] == [l.links for l in a.lines] and b.links == a.links
    assert (b.producer, b.date, b.pages) == (a.producer, a.date, a.pages)
    assert [(w.code, w.page) for w in b.warnings] == [(w.code, w.page) for w in a.warnings]


def _pdf(pages: list[str], **kw) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(300, 400), invariant=1, **kw)
    for text in pages:
        c.setFont("Helvetica", 10)
        for k, line in enumerate(text.split("\n")):
            c.drawString(20, 360 - 14 * k, line)
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_hyphen_ending_a_line_stays_a_hyphen():
    # PDFium marks a hyphen that ends a line with a code of its own; it is still read as "-"
    data = _pdf(["Coordinated the cross-\nfunctional data-\nplatform team"])
    raw = [l.raw for l in resumekit.extract(data, options=PDFIUM).lines]
    assert raw == [l.raw for l in resumekit.extract(data, options=PINNED).lines]
    assert raw[:2] == ["Coordinated the cross-", "functional data-"]


_SOFT_HYPHEN_CMAP = (b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Soft def "
                     b"1 begincodespacerange <00> <FF> endcodespacerange 1 beginbfchar <2D> <00AD> endbfchar "
                     b"endcmap CMapName currentdict /CMap defineresource pop end end")


@pytest.mark.parametrize("options", [PINNED, PDFIUM], ids=["pdfplumber", "pdfium"])
@pytest.mark.parametrize("lines,first", [
    # the font maps its hyphen to a soft hyphen (as LaTeX's T1 fonts do): the word is rejoined
    ((b"Lead engineer for widget manu-", b"facturing across three plants"), "Lead engineer for widget manufacturing"),
    ((b"Coordinated the regional logis-", b"tics and transport teams"), "Coordinated the regional logistics"),
])
def test_a_word_broken_at_a_line_end_with_a_soft_hyphen_is_rejoined(options, lines, first):
    content = b" ".join(b"BT /F1 10 Tf 20 %d Td (%s) Tj ET" % (300 - 14 * k, line) for k, line in enumerate(lines))
    pdf = _one_page(content, [b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding "
                              b"/ToUnicode 6 0 R >>"],
                    (b"<< /Length %d >>\nstream\n" % len(_SOFT_HYPHEN_CMAP) + _SOFT_HYPHEN_CMAP + b"\nendstream",))
    assert resumekit.extract(pdf, options=options).lines[0].text == first


def test_spaces_shown_one_by_one_still_part_words():
    # some producers show every glyph on its own, spaces included, with widths that make the glyphs
    # overlap: only the space glyphs part the words. PDFium's text page leaves such a space out (it
    # paints no ink); the backend puts it back.
    content = b"BT /F1 10 Tf " + b" ".join(
        b"1 0 0 1 %.2f 300 Tm (%s) Tj" % (20 + 6.2 * k, ch.encode()) for k, ch in enumerate("Orla Penhaligon")) + b" ET"
    pdf = _one_page(content, [b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /FirstChar 32 /LastChar 126 "
                              b"/Widths [%s] >>" % b" ".join([b"2000"] * 95)])
    for options in (PINNED, PDFIUM):
        assert [l.text for l in resumekit.extract(pdf, options=options).lines] == ["Orla Penhaligon"]


def test_actual_text_does_not_replace_the_glyphs():
    # a LaTeX icon and the number beside it in one span whose /ActualText is "tel:": pdfminer reads
    # the glyphs; so does the pdfium backend (PDFium would give "tel:" and drop the number)
    content = (b"/Span << /ActualText (tel:) >> BDC BT /F1 10 Tf 20 300 Td (+44 20 7946 0321) Tj ET "
               b"BT /F1 10 Tf 20 280 Td (Orla Penhaligon) Tj ET EMC")
    pdf = _one_page(content, [HELVETICA])
    for options in (PINNED, PDFIUM):
        assert [l.text for l in resumekit.extract(pdf, options=options).lines] == ["+44 20 7946 0321", "Orla Penhaligon"]


def test_a_font_without_a_unicode_map_is_reported_not_read():
    pdf = unmapped_font_pdf()  # PDFium says which codes have no Unicode value
    doc = resumekit.extract(pdf, options=PDFIUM)
    assert [(w.code, w.page) for w in doc.warnings] == [("unmapped-font", 1)]
    assert "Mystery" in doc.warnings[0].message
    assert [l.text for l in doc.lines] == ["Orla Penhaligon"]


# ------------------------------------------------------------------------------ bounds and errors

def test_pages_past_max_pages_are_not_read():
    doc = resumekit.extract(_pdf(["Page one", "Page two", "Page three"]), options=PDFIUM.replace(max_pages=2))
    assert [l.text for l in doc.lines] == ["Page one", "Page two"] and doc.pages == 3
    assert [w.code for w in doc.warnings] == ["pages-truncated"]


def test_a_page_past_max_page_glyphs_is_cut_and_warned():
    doc = resumekit.extract(_pdf(["Short line\n" + "word " * 40]), options=PDFIUM.replace(max_page_glyphs=30))
    assert doc.lines[0].text == "Short line"
    assert sum(len(l.text) for l in doc.lines) < 40
    assert [w.code for w in doc.warnings] == ["page-truncated"]


def test_more_than_max_chars_is_a_resource_limit():
    with pytest.raises(resumekit.ResourceLimitError) as e:
        resumekit.extract(_pdf(["word " * 50]), options=PDFIUM.replace(max_chars=100))
    assert e.value.limit == "max_chars"


def test_streams_past_max_pdf_stream_bytes_are_refused_before_pdfium_inflates_them():
    import zlib

    content = b"BT /F1 12 Tf 40 250 Td (Orla Penhaligon) Tj ET" + b" " * 60_000
    packed = zlib.compress(zlib.compress(content, 9), 9)  # two Flate filters: 60 kB from a few hundred bytes
    pdf = _one_page(packed, [HELVETICA], filters=b"/Filter [/FlateDecode /FlateDecode] ")
    for options in (PINNED, PDFIUM):
        assert [l.text for l in resumekit.extract(pdf, options=options).lines] == ["Orla Penhaligon"]
        with pytest.raises(resumekit.ResourceLimitError) as e:
            resumekit.extract(pdf, options=options.replace(max_pdf_stream_bytes=50_000))
        assert e.value.limit == "max_pdf_stream_bytes"


def test_an_encrypted_pdf_needs_a_password():
    from reportlab.lib import pdfencrypt

    data = _pdf(["Secret"], encrypt=pdfencrypt.StandardEncryption("user-pw", "owner-pw"))
    with pytest.raises(resumekit.EncryptedDocumentError):
        resumekit.extract(data, options=PDFIUM)


def test_an_encrypted_pdf_with_an_empty_user_password_opens():
    from reportlab.lib import pdfencrypt

    data = _pdf(["Open to read"], encrypt=pdfencrypt.StandardEncryption("", "owner-pw", canPrint=0))
    assert [l.text for l in resumekit.extract(data, options=PDFIUM).lines] == ["Open to read"]


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\nthis is not a PDF at all\n%%EOF",  # no objects, no pages
    b"%PDF-1.7\n" + b"\x00" * 200,                   # a header and nothing else
], ids=["garbage", "zeros"])
def test_a_damaged_file_is_a_corrupt_pdf(data):
    with pytest.raises(resumekit.CorruptPDFError):
        resumekit.extract(data, options=PDFIUM)


def test_a_page_without_text_has_no_text_layer():
    with pytest.raises(resumekit.NoTextLayerError):
        resumekit.extract(_pdf([""]), options=PDFIUM)


# ------------------------------------------------------------------------------ option and CLI

def test_an_unknown_backend_is_an_options_error():
    with pytest.raises(resumekit.OptionsError):
        resumekit.ParseOptions(pdf_backend="poppler")


def test_the_pdfium_backend_without_pypdfium2_says_what_to_install(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "pypdfium2" else real(name, *a))
    with pytest.raises(resumekit.OptionsError, match=r"resumekit\[fast\]"):
        resumekit.ParseOptions(pdf_backend="pdfium")
    assert resumekit.ParseOptions().pdf_backend == "pdfplumber"  # the default needs nothing more


def test_the_cli_flag(capsys):
    assert main(["parse", str(FIXTURES / "sample.pdf"), "--json", "--pdf-backend", "pdfium", "--as-of", "2026-11-21"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["name"] == _golden(FIXTURES / "sample.pdf")["name"]
    with pytest.raises(SystemExit) as e:
        main(["parse", str(FIXTURES / "sample.pdf"), "--pdf-backend", "poppler"])
    assert e.value.code == 2
