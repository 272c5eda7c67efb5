"""The fixtures of fixtures/unseen-frames (built by make_unseen_frames.py, stop 25): fictional
people's résumés converted from PDF to Word by LibreOffice's PDF import, as PDF-to-Word converters
write them: every printed line a text frame of its own at its place on the page, a page's frames
written by their tops (two columns interleaved line by line in the file), all pages anchored in one
empty paragraph, letter-spaced headings, bullets as drawn dots or symbol-font frames of their own.
The PDFs converted are fixtures of ours (Chromium, JSON Resume themes, pdfTeX, XeTeX, LibreOffice);
the expected values come from their gold labels (``labels/<name>.json``, copied beside the
converted documents), the truth by construction.

What the parser still misreads is marked xfail (strict, with the module that decides it): a fix
shows up as a pass to turn into a plain case."""
import json

from .conftest import FIXTURES, PINNED
from .helpers import UnseenSet, printed_set_tests, xfail

UNSEEN = FIXTURES / "unseen-frames"
LABELS = {f"{p.stem}.docx": json.loads(p.read_text(encoding="utf-8")) for p in (UNSEEN / "labels").glob("*.json")}
CITY = {"de-moderncv-fancy": "Dresden", "en-altacv": "Bristol", "en-deedy": "Seattle", "fr-multicol": "Lille",
        "gridbars-kenji": "Seattle", "macchiato-grace": "Geelong", "orbit-kenji": None, "rail-ingrid": "Heidelberg",
        "ro-lo-europass": "Cluj-Napoca", "twocol-henrik": "Gothenburg"}

CONTACT = {f: (g["name"], g["emails"][0], g["phones"][0], CITY[f[:-5]]) for f, g in LABELS.items()}
EXPERIENCE = {f: [(j["title"], j["company"], j["start"], j["end"]) for j in g["experience"]] for f, g in LABELS.items()}
EDUCATION = {f: [(s["degree"], s["institution"], s["start"], s["end"]) for s in g["education"]]
             for f, g in LABELS.items()}
SKILLS = {f: g["skills"] for f, g in LABELS.items() if g.get("skills")}
LANGUAGES = {f: g["languages"] for f, g in LABELS.items() if g.get("languages")}
SECTIONS = {f: ["header"] + g.get("sections", []) for f, g in LABELS.items()}

# read as the PDFs they were made from are read (their own sets keep the same xfails)
_DEEDY = ("extract/pdf/columns.py (as en-deedy.pdf of unseen-pdftex): the two minipage columns are read as cells "
          "of one table")
_FANCY = ("extract/pdf/layout.py (as de-moderncv-fancy.pdf): moderncv fancy's justified first line ('Projektleiterin "
          "  Brückenbau,   Weißeritz ⇥ 04/2019–heute'): the stretched word gaps are read as cells")
_RAIL = ("fields/date_cells.py, extract/pdf/columns.py (as rail-ingrid.pdf of unseen-htmlcv): a rail of years beside "
         "the degree and the school is read as a column of its own, the years apart from their schools")
_EUROPASS = ("extract/pdf/labels.py (as ro-lo-europass.pdf of unseen-intl2): the old Europass's label column, "
             "right-aligned and wrapped over two lines, is read into one line with the value beside it")
_MULTICOL = ("extract/pdf/columns.py (as fr-multicol.pdf of unseen-pdftex2): multicol's columns at the foot of the "
             "page are read across as rows, a word hyphenated at a column's end ('cou-' / 'rant') is not put back")
KNOWN: dict = {
    # (document, field, row): xfail("module: what it misreads")
    **{("en-deedy.docx", field, n): xfail(_DEEDY) for field, n in (
        ("experience", 0), ("experience", 1), ("experience", 2), ("education", 0), ("education", 1), ("skills", 0))},
    **{("de-moderncv-fancy.docx", "experience", n): xfail(_FANCY) for n in (0, 1)},
    **{("rail-ingrid.docx", "education", n): xfail(_RAIL) for n in (0, 1)},
    **{("ro-lo-europass.docx", field, n): xfail(_EUROPASS) for field, n in (
        ("name", 0), ("city", 0), ("experience", 0), ("experience", 1), ("education", 0), ("skills", 0),
        ("languages", 0))},
    ("fr-multicol.docx", "skills", 0): xfail(_MULTICOL),
    # the conversion's own
    ("fr-multicol.docx", "experience", 0): xfail(
        "extract/docx/frames.py: an accent written at the end of one frame, its letter opening the next ('Maison "
        "Deˆ' / 'ule & Fils'), is built on the letter before ('Dêule')"),
    ("gridbars-kenji.docx", "name", 0): xfail(
        "extract/docx/frames.py: glyph widths are estimated, so the e-mail address broken at the sidebar's edge "
        "('…@example.co' / 'm') ends short of the column's edge by the estimate and extract/pdf/broken.py leaves it"),
    ("twocol-henrik.docx", "education", 0): xfail(
        "extract/docx/frames.py: glyph widths are estimated, so a school's name wrapped in its cell beside the dates "
        "('Stockholm School of' / 'Economics') does not fill the cell by the estimate and extract/pdf/wraps.py "
        "leaves the wrap"),
}


CHECKS = UnseenSet(UNSEEN, PINNED, CONTACT, SECTIONS, EXPERIENCE, EDUCATION, SKILLS, LANGUAGES)
_parse = CHECKS.parse


def test_every_fixture_is_checked():
    assert {p.name for p in UNSEEN.glob("*.docx")} == set(CONTACT) == set(CITY_DOCS)
    assert {p.stem for p in (UNSEEN / "labels").glob("*.json")} == {f[:-5] for f in LABELS}


CITY_DOCS = {f"{k}.docx" for k in CITY}


def test_every_document_is_read_by_its_frames():
    from resumekit.api import extract
    for doc in sorted(CONTACT):
        assert {line.origin for line in extract(UNSEEN / doc, options=PINNED).lines} == {"frame"}, doc


globals().update(printed_set_tests(CHECKS, KNOWN))  # name and contact, city, jobs, schools, skills, languages
