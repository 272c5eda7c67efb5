"""meta.warnings: the codes are stable and documented, and the warnings that need the whole parse
(columns, sections not understood, dates not read, not a résumé) are raised where they should be."""
import ast
import re

import pytest

import resumekit
from resumekit.document import Document, Line, Section
from resumekit.fields.diagnostics import parse_warnings, unread_dates
from resumekit.schema import WARNING_CODES, Candidate, Meta

from .conftest import FIXTURES, PINNED, ROOT
from .helpers import lines

SRC = ROOT / "src" / "resumekit"


@pytest.mark.parametrize("text, unread", [
    ("Analyst, Corvid Labs\t13/2019 – 05/2020", ["13/2019"]),   # no thirteenth month
    ("Jan 19 – Mar 21", ["Jan 19", "Mar 21"]),                   # two-digit years need an apostrophe
    ("Mai 19 bis Okt 21", ["Mai 19", "Okt 21"]),                 # the same in German
    ("March – Present", ["March – Present"]),                    # a month and no year anywhere
    ("Juni – heute", ["Juni – heute"]),
    ("01-10/2020", []),                  # day and month, or months: the year alone is read either way
    ("31.02.2019", ["31.02.2019"]),                              # no such day
    ("2019-13", ["2019-13"]),
    ("Jan 2019 – Mar 2021", []),                                 # read: nothing to report
    ("Sept '17 – Present", []),
    ("Dezember 2019 – Januar 2021", []),
    ("Jan – Mar 2020", []),                                      # the start borrows the end's year
    ("2019年4月～2021年3月", []),
    ("Led a team of 20 since May 2019", []),
    ("may 20 people joined", []),                                # prose: a month word needs its capital
    ("GPA 3.85/4.00", []),                                       # not date-shaped
    ("Version 2.1-2019", []),                                    # two different separators
    ("Tel. 030 12/2019", []),                                    # after another number: a phone
    ("Release 1.12.2019 shipped", []),                           # read as a day
])
def test_unread_dates(text, unread):
    assert [text[s:e] for s, e in unread_dates(text)] == unread


def _candidate(is_resume=0.9) -> Candidate:
    return Candidate(meta=Meta(format="pdf", is_resume=is_resume))


def _codes(warnings, code):
    return [(w.page, w.message) for w in warnings if w.code == code]


def test_columns_detected_once_per_page_with_two_columns():
    doc = Document(lines=(Line("Skills", page=1, column=0), Line("Experience", page=1, column=1),
                          Line("More", page=1, column=1), Line("Page two", page=2, column=0),
                          Line("Page three", page=3)), format="pdf")
    found = _codes(parse_warnings(doc, [], _candidate()), "columns-detected")
    assert [p for p, _ in found] == [1] and "2 columns" in found[0][1]


def test_sections_not_understood_and_unreadable_dates():
    head = Line("Hobbies and Curiosities", page=2)
    sections = [Section("other", head, lines("Kite flying")),
                Section("experience", None, lines("Lighthouse keeper\tJan 19 – Mar 21", "• Kept the light on")),
                Section("skills", None, lines("Knots 13/2019"))]   # not an entry section: not looked at
    warnings = parse_warnings(Document(lines=(), format="text"), sections, _candidate())
    assert _codes(warnings, "section-not-understood") == [
        (2, 'the section "Hobbies and Curiosities" was not recognised; its text is kept in other_sections')]
    assert [m for _, m in _codes(warnings, "date-unreadable")] == [
        '"Jan 19" looks like a date but could not be read', '"Mar 21" looks like a date but could not be read']


@pytest.mark.parametrize("is_resume, warned", [(0.1, True), (0.49, True), (0.5, False), (0.95, False), (None, False)])
def test_not_a_resume(is_resume, warned):
    warnings = parse_warnings(Document(lines=(), format="text"), [], _candidate(is_resume))
    assert bool(_codes(warnings, "not-a-resume")) == warned


def test_a_cover_letter_says_so():
    c = resumekit.parse(FIXTURES / "cover-letter.pdf", options=PINNED)
    assert c.meta.is_resume < 0.5 and [w.code for w in c.meta.warnings].count("not-a-resume") == 1


def _codes_in_source() -> set[str]:
    """Every code string the package gives a warning: ParseWarning("code", ...) and Warning(code="code")."""
    found = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in ("ParseWarning", "Warning"):
                args = [a for a in node.args[:1]] + [k.value for k in node.keywords if k.arg == "code"]
                found |= {a.value for a in args if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    return found


def test_every_warning_code_in_the_code_is_registered():
    found = _codes_in_source()
    assert len(found) >= 8
    assert found <= set(WARNING_CODES), f"register these in schema.WARNING_CODES: {found - set(WARNING_CODES)}"


def test_every_registered_code_is_documented():
    docs = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    table = set(re.findall(r"^\| `([a-z-]+)` \|", docs, flags=re.M))
    assert set(WARNING_CODES) <= table
