"""meta.provenance: every value traced to the lines it came from, with a box that shows it."""
import importlib.util
import io
import unicodedata
from dataclasses import replace

import pdfplumber
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import resumekit
from resumekit.cli import main
from resumekit.document import Box, Document, Line, Link
from resumekit.extract.pdf.layout import Glyph
from resumekit.explain import describe, value_at
from resumekit.fields.locate import box_of, find_in, fold
from resumekit.fields.provenance import Trace, provenance, traced_pointers
from resumekit.schema import Candidate, Contact, Meta, ProfileLink, Provenance

from .conftest import FIXTURES, PINNED
from .helpers import lines, script

DOCS = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".pdf", ".docx", ".txt", ".md")
              and p.name != "README.md" and "golden" not in p.parts)
PDFS = [p for p in DOCS if p.suffix == ".pdf" and p.name not in ("image-page.pdf",)]


def _measure():
    return script("measure_provenance")


@pytest.mark.parametrize("value, rows, where", [
    ("Tova Lindqvist", ["TOVA LINDQVIST"], (0,)),                                   # case
    ("tova.lind@example.org", ["Curriculum vitae", "E-mail: tova.lind@example.org | +46 70 123 45 67"], (1,)),
    ("+46 70 123 45 67", ["Tel. +46 (70) 123 45 67"], (0,)),                         # punctuation apart
    ("Java", ["JavaScript, TypeScript"], None),                                     # whole words only
    ("Java", ["JavaScript, TypeScript", "Java, Kotlin"], (1,)),
    ("Via Lattea 7, 20121 Milano", ["Via Lattea 7", "20121 Milano"], (0, 1)),      # across a line end
    ("Zürich", ["Based in Zurich"], (0,)),                                          # accents
    ("山田花子", ["氏名\t山田 花子"], (0,)),                                           # unspaced script
    ("Rust", ["Go, Rust", "Rust, Zig"], (0,)),                                      # the first place
    ("Built a planner.\nRan the depot.", ["Ran the depot.", "x", "Built a planner."], (0, 2)),  # piece by piece
    ("Nothing here at all\nnor here", ["Built a planner."], None),
    ("", ["anything"], None),
])
def test_find_in(value, rows, where):
    found = find_in(value, list(lines(*rows)))
    assert (found.lines if found else None) == where


@pytest.mark.parametrize("value, rows, token, where", [
    ("github.com/tlind", ["github.com/tlind/planner", "github.com/tlind"], True, (1,)),
    ("github.com/tlind", ["github.com/tlind/planner", "github.com/tlind"], False, (0,)),
    ("tova@example.org", ["mail: tova@example.org, Lund"], True, (0,)),
])
def test_a_token_stands_between_spaces(value, rows, token, where):
    assert find_in(value, list(lines(*rows)), token).lines == where


@pytest.mark.parametrize("text, folded", [
    ("E-mail: Tova@Example.org", "emailtovaexampleorg"),
    ("ﬁnance — Straße", "financestrasse"),
    ("Café", "cafe"),
])
def test_fold(text, folded):
    assert fold(text)[0] == folded


@pytest.mark.parametrize("text, folded, edges", [
    ("Wren  Halloway", "wrenhalloway", "S...S......."),
    ("-- Kiln_Works, 3rd", "kilnworks3rd", "S...M....S.."),   # the first word follows the line start
    ("a.b\tc", "abc", "SMS"),
    ("  ", "", ""),
    ("(Ørsted-Vik)  ", "ørstedvik", "S.....M.."),
    ("ﬁeld · Ström", "fieldstrom", "S....S...."),              # a ligature folds to two characters
    ("Jose\u0301 — 東京", "jose東京", "S...S."),                  # a combining mark is no gap
    ("x\u0301.\u0301y", "xy", "SM"),
])
def test_fold_edges(text, folded, edges):
    marks = {2: "S", 1: "M", 0: "."}
    assert fold(text)[0] == folded and "".join(marks[e] for e in fold(text)[1]) == edges


def _fold_by_character(text):
    """The edge rule a character at a time, as the module docstring says it: what ``fold`` must agree with."""
    chars, edges, edge = [], [], 2
    for ch in text:
        f = "".join(x for c in unicodedata.normalize("NFKD", ch) if not unicodedata.category(c).startswith("M")
                    for x in c.casefold() if x.isalnum())
        if not f:
            if ch.isspace():
                edge = 2
            elif not unicodedata.category(ch).startswith("M"):
                edge = max(edge, 1)
            continue
        chars.append(f)
        edges += [edge] + [0] * (len(f) - 1)
        edge = 0
    return "".join(chars), edges


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZ9 \t.-_/@(ßﬁİǅ①Ⅻ東한\u0301\u0308\u093e\u00a0\u2003\x1c\x00")) | st.characters(),
               max_size=30))
def test_fold_agrees_with_the_rule_a_character_at_a_time(text):
    folded, edges = fold(text)
    assert (folded, list(edges)) == _fold_by_character(text)


def _worded(text, page=1, top=100.0):
    """A PDF-like line: each word 10 pt wide with 5 pt between."""
    words, x = [], 50.0
    for w in text.replace("\t", " ").split():
        words.append((w, Box(x, top, x + 10 * len(w), top + 10)))
        x += 10 * len(w) + 5
    return Line(text=text, page=page, box=Box(50.0, top, x - 5, top + 10), words=tuple(words))


@pytest.mark.parametrize("value, text, box", [
    ("tova@example.org", "Lund | tova@example.org | +46 70 123", (110.0, 270.0)),
    ("Lund", "Lund | tova@example.org | +46 70 123", (50.0, 90.0)),
    ("+46 70 123", "Lund | tova@example.org | +46 70 123", (290.0, 380.0)),
])
def test_the_box_is_the_union_of_the_value_words(value, text, box):
    line = _worded(text)
    found = find_in(value, [line])
    page, got = box_of([line], {i: (a, b) for i, a, b in found.ranges})
    assert page == 1 and (got.x0, got.x1) == box and (got.top, got.bottom) == (100.0, 110.0)


def test_two_lines_alike_but_for_their_words_keep_their_own_word_boxes():
    """A Line compares without its words: the same text at the same line box, its words set a
    little differently (two backends, two documents), must not share one answer."""
    line = _worded("Head Chef Galway")
    moved = line.with_(words=tuple((w, Box(b.x0 + 0.25, b.top, b.x1 + 0.25, b.bottom)) for w, b in line.words))
    assert line == moved
    found = find_in("Head Chef", [line])
    ranges = {i: (a, b) for i, a, b in found.ranges}
    assert box_of([line], ranges)[1].x1 == 135.0
    assert box_of([moved], ranges)[1].x1 == 135.25
    assert box_of([line], ranges)[1].x1 == 135.0


def test_a_box_stays_on_its_first_page_and_a_line_without_words_gives_its_own():
    first, second = _worded("Lund Malmo", page=1), _worded("Uppsala", page=2).with_(index=1)
    assert box_of([first, second])[1] == first.box
    assert box_of([Line(text="Lund", box=None)]) == (1, None)   # DOCX, text: no box
    assert box_of([]) == (None, None)


@pytest.mark.parametrize("path", DOCS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_every_value_has_a_record(path):
    c = resumekit.parse(path, name=path.name, options=PINNED)
    missing = [p for p in traced_pointers(c) if p not in c.meta.provenance]
    assert missing == []
    lines = resumekit.extract(path).lines
    n = len(lines)
    # (a DOCX read by its frames' geometry, extract/docx/frames.py, has boxes: estimated, as a page)
    boxed = path.suffix == ".pdf" or any(line.origin == "frame" for line in lines)
    for pointer, rec in c.meta.provenance.items():
        assert all(0 <= i < n for i in rec.lines), pointer
        if not boxed:
            assert rec.box is None, pointer
        elif rec.lines:
            assert rec.box is not None, pointer
        assert rec.origin in ("metadata", "link") or rec.lines, pointer


def _backends():
    return ["pdfplumber"] + (["pdfium"] if importlib.util.find_spec("pypdfium2") else [])


# an e-mail address cut at the edge of orbit's sidebar (overflow hidden): its box shows what is printed
CLIPPED = {f"unseen-jsonresume/orbit-{who}.pdf": "extract/pdf/hidden.py: the e-mail address is cut at the sidebar's "
           "edge ('…@example.' shows); the address comes from its mailto target" for who in ("henrik", "kenji")}


# the pdfium backend reads no text from pdfTeX's bitmap Type 3 EC fonts (T1 without cm-super)
PDFIUM_NO_TEXT = {"unseen-pdftex2/en-moderncv-timeline.pdf": "pdfium_text.py: no text read from pdfTeX's bitmap "
                  "Type 3 fonts (NoTextLayerError); pdfplumber reads them"}


@pytest.mark.parametrize("backend", _backends())
@pytest.mark.parametrize("path", [pytest.param(p, marks=pytest.mark.xfail(strict=True, reason=CLIPPED[str(
    p.relative_to(FIXTURES))])) if str(p.relative_to(FIXTURES)) in CLIPPED else p for p in PDFS],
    ids=lambda p: str(p.relative_to(FIXTURES)))
def test_pdf_boxes_show_the_name_and_every_contact_value(path, backend, request):
    """Both PDF backends give word boxes (they are built in the shared assembly)."""
    if backend == "pdfium" and str(path.relative_to(FIXTURES)) in PDFIUM_NO_TEXT:
        request.applymarker(pytest.mark.xfail(strict=True, reason=PDFIUM_NO_TEXT[str(path.relative_to(FIXTURES))]))
    m = _measure()
    c = resumekit.parse(path, name=path.name, options=replace(PINNED, pdf_backend=backend))
    with pdfplumber.open(path) as pdf:
        for pointer in m.contact_pointers(c):
            rec = c.meta.provenance[pointer]
            if rec.origin == "link" and not rec.lines:
                continue  # a link on an icon: its text is printed nowhere
            glyphs = m.visible_glyphs(pdf.pages[rec.page - 1])
            crop = m.crop_text(glyphs, rec.box)
            assert m.shows(glyphs, rec.box, m.value_texts(c, pointer)), (pointer, crop)


def test_a_link_on_no_line_keeps_the_page_and_box_of_its_area():
    doc = Document(lines=(_worded("Tova Lind"),), format="pdf",
                   links=(Link(url="https://github.com/tlind", page=1, box=Box(500.0, 40.0, 512.0, 52.0)),))
    c = Candidate(name="Tova Lind", contact=Contact(links=[ProfileLink(url="https://github.com/tlind", kind="github")]),
                  meta=Meta(format="pdf"))
    rec = provenance(Trace(doc), c)["/contact/links/0"]
    assert (rec.origin, rec.lines, rec.page, rec.box) == ("link", [], 1, [500.0, 40.0, 512.0, 52.0])


@pytest.mark.parametrize("rows, box, shown", [
    ([("Tova", 50, 100), ("Lind", 80, 100)], [40, 95, 120, 112], "TovaLind"),
    ([("Lind", 80, 100), ("Tova", 50, 100)], [40, 95, 120, 112], "TovaLind"),      # left to right
    ([("Lund", 50, 120), ("Tova", 50, 100)], [40, 95, 120, 135], "Tova\nLund"),     # top to bottom
    ([("Tova", 50, 100), ("Lind", 300, 100)], [40, 95, 120, 112], "Tova"),          # outside the box
])
def test_crop_text_reads_the_glyphs_inside_a_box(rows, box, shown):
    glyphs = [Glyph(ch, x + 6 * k, x + 6 * k + 6, top, top + 10, 10.0, "F", False, False)
              for word, x, top in rows for k, ch in enumerate(word)]
    assert _measure().crop_text(glyphs, box) == shown


def test_entries_and_their_parts():
    c = resumekit.parse(FIXTURES / "sample.pdf", options=PINNED)
    entry, company, start = (c.meta.provenance[p] for p in ("/experience/0", "/experience/0/company",
                                                            "/experience/0/start"))
    assert set(company.lines) < set(entry.lines) and set(start.lines) < set(entry.lines)
    assert entry.box[0] <= company.box[0] and company.box[2] <= entry.box[2]


def test_provenance_is_deterministic():
    a = resumekit.parse(FIXTURES / "sample.pdf", options=PINNED).meta.provenance
    b = resumekit.parse(FIXTURES / "sample.pdf", options=PINNED).meta.provenance
    assert a == b and list(a) == list(b)


def test_source_of_falls_back_to_the_value_holding_it():
    rec = Provenance(page=2, lines=[7, 8], box=None)
    c = Candidate(meta=Meta(format="text", provenance={"/experience/0": rec}))
    assert c.source_of("/experience/0") == rec
    assert c.source_of("/experience/0/title") == rec                  # no record of its own
    assert c.source_of("/name") is None


def test_redaction_drops_the_records_of_removed_values():
    c = resumekit.parse(FIXTURES / "sample.pdf", options=PINNED)
    blind = c.redacted()
    assert "/name" in c.meta.provenance and "/contact/emails/0" in c.meta.provenance
    assert not any(p == "/name" or p.startswith("/contact/") for p in blind.meta.provenance)
    assert blind.meta.provenance["/experience/0"] == c.meta.provenance["/experience/0"]


@pytest.mark.parametrize("pointer, value", [
    ("/name", "Tova Lind"), ("/contact/emails/1", "b@example.org"), ("/experience/0/title", "Planner"),
    ("/experience/3", None), ("/a~1b", 1), ("/skills/x", None),
])
def test_value_at(pointer, value):
    data = {"name": "Tova Lind", "contact": {"emails": ["a@example.org", "b@example.org"]},
            "experience": [{"title": "Planner"}], "a/b": 1, "skills": []}
    assert value_at(data, pointer) == value


@pytest.mark.parametrize("value, text", [
    ({"title": "Planner", "company": "Corlan", "start": "2019", "end": None, "current": True},
     "Planner · Corlan (2019 – present)"),
    ({"degree": "BSc Forestry", "institution": "Velmont", "start": None, "end": "2019"}, "BSc Forestry · Velmont (? – 2019)"),
    ("Tova\nLind", "Tova Lind"),
])
def test_describe(value, text):
    assert describe(value) == text


def test_explain_prints_each_value_beside_its_lines():
    out, err = io.StringIO(), io.StringIO()
    assert main(["parse", str(FIXTURES / "plain.txt"), "--explain"], stdout=out, stderr=err) == 0
    text = out.getvalue()
    assert text.startswith("# ") and "/name  " in text and "/contact/emails/0  " in text
    assert main(["parse", str(FIXTURES / "plain.txt"), "--explain", "--json"], stdout=out, stderr=err) == 2


_ORDERED = Candidate(name="Ada Quillfeather", contact=Contact(emails=["ada@example.org"]),
                     experience=[{"company": "Brightwater Mills", "title": "Miller", "highlights": ["Ground oats"]},
                                 {"company": "Copperleaf Ltd"}],
                     skills=[{"name": "Milling"}], meta=Meta(format="text"))


@pytest.mark.parametrize("pointer, place", [
    ("", ()),
    ("/name", (1,)),                                  # schema_version comes first
    ("/contact/emails/0", (4, 0, 0)),
    ("/experience/0", (5, 0)),
    ("/experience/0/company", (5, 0, 3)),             # after start, end, current
    ("/experience/0/highlights/0", (5, 0, 7, 0)),
    ("/experience/1", (5, 1)),
    ("/skills/0/name", (9, 0, 0)),
    ("/experience/2", None),                          # no such item
    ("/experience/01", None),                         # not how an index is written
    ("/meta", None),                                  # the records' own field is not ordered
    ("/nickname", None),
    ("name", None),
])
def test_a_pointer_sorts_where_its_value_stands(pointer, place):
    from resumekit.fields.provenance import _place_of
    assert _place_of(_ORDERED, pointer) == place
