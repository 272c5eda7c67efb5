"""The reference date: "present" means the option, else the document's own date, else today —
and nothing but :func:`resumekit.clock.today` reads the clock."""
import datetime as dt
import io
import json
import re
from pathlib import Path

import docx
import pytest

import resumekit
import resumekit.clock as clock
from resumekit.cli import main
from resumekit.clock import reference_date
from resumekit.extract.pdf import pdf_date

from .conftest import FIXTURES
from .hostile import resume_content, simple_pdf

SRC = Path(resumekit.__file__).parent
D = dt.date
TODAY = D(2026, 11, 21)


@pytest.fixture
def fixed_today(monkeypatch):
    monkeypatch.setattr(clock, "today", lambda: TODAY)


@pytest.mark.parametrize("option, document, mentioned, expected", [
    (D(2030, 1, 1), D(2019, 5, 2), [], (D(2030, 1, 1), "option")),          # the option wins over everything
    (D(2001, 1, 1), None, ["2024-03"], (D(2001, 1, 1), "option")),          # ... even before the entries
    (None, D(2019, 5, 2), ["2016", "2018-11"], (D(2019, 5, 2), "document")),  # saved in 2019: present is 2019
    (None, D(2019, 5, 2), [], (D(2019, 5, 2), "document")),                 # no dates to contradict it
    (None, D(2019, 5, 2), ["2019"], (D(2019, 5, 2), "document")),           # a bare year: its first day counts
    (None, D(2019, 5, 2), ["2019-06"], (TODAY, "today")),                   # mentions a later month: stale date
    (None, D(2019, 5, 2), ["2021"], (TODAY, "today")),                      # a template's date, not the author's
    (None, D(1989, 12, 31), [], (TODAY, "today")),                          # before 1990: not a real save date
    (None, D(1990, 1, 1), [], (D(1990, 1, 1), "document")),                 # 1990 itself is accepted
    (None, D(2027, 1, 1), [], (TODAY, "today")),                            # in the future: not trusted
    (None, TODAY, ["2026-11"], (TODAY, "document")),                        # saved today
    (None, None, ["2020"], (TODAY, "today")),                               # no document date
])
def test_reference_date(fixed_today, option, document, mentioned, expected):
    assert reference_date(option, document, mentioned) == expected


@pytest.mark.parametrize("raw, expected", [
    ("D:20190312145501+01'00'", D(2019, 3, 12)),   # the full form
    ("D:20190312", D(2019, 3, 12)),                # no time
    ("D:201903", D(2019, 3, 1)),                   # month precision: its first day
    ("D:2019", D(2019, 1, 1)),                     # year precision
    ("20190312145501Z", D(2019, 3, 12)),           # no "D:" prefix (seen from some producers)
    ("D:20191332000000", None),                    # month 13
    ("D:20190230", None),                          # 30 February
    ("Tue Mar 12 2019", None),                     # not a PDF date
    ("", None),
    (None, None),
])
def test_pdf_date(raw, expected):
    assert pdf_date(raw) == expected


_TEXT = b"Jane Example\n\nEXPERIENCE\nEngineer, Acme Corp    Jan 2016 - Present\n"


def _docx(modified: dt.datetime | None, created: dt.datetime | None) -> bytes:
    """A small résumé whose docProps/core.xml holds the given dates (None: the element is absent)."""
    d = docx.Document()
    for text in ("Jane Example", "EXPERIENCE", "Engineer, Acme Corp\tJan 2016 - Present"):
        d.add_paragraph(text)
    props = d.core_properties
    for name, value in (("modified", modified), ("created", created)):
        if value is None:
            element = getattr(props._element, name)
            if element is not None:
                props._element.remove(element)
        else:
            setattr(props, name, value)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


@pytest.mark.parametrize("modified, created, expected", [
    (dt.datetime(2019, 4, 30, 10), dt.datetime(2018, 1, 1), (D(2019, 4, 30), "document", 40)),  # modified first
    (None, dt.datetime(2018, 12, 31), (D(2018, 12, 31), "document", 36)),   # else created
    (dt.datetime(2012, 5, 1), None, (TODAY, "today", 131)),                 # saved before its own 2016 entry
    (dt.datetime(2031, 5, 1), None, (TODAY, "today", 131)),                 # saved in the future
    (None, None, (TODAY, "today", 131)),                                    # no dates at all
])
def test_docx_document_date(fixed_today, modified, created, expected):
    c = resumekit.parse(_docx(modified, created))
    assert (c.meta.reference_date, c.meta.reference_date_source, c.experience_months) == expected


def test_text_has_no_document_date(fixed_today):
    c = resumekit.parse(_TEXT)
    assert (c.meta.reference_date, c.meta.reference_date_source, c.experience_months) == (TODAY, "today", 131)


def test_option_fixes_present_whatever_the_day(monkeypatch):
    options = resumekit.ParseOptions(reference_date=D(2030, 1, 1))
    seen = set()
    for today in (D(2026, 1, 1), D(2031, 6, 1), D(2040, 2, 2)):
        monkeypatch.setattr(clock, "today", lambda today=today: today)
        c = resumekit.parse(_TEXT, options=options)
        seen.add((c.experience_months, c.meta.reference_date, c.meta.reference_date_source))
    assert seen == {(169, D(2030, 1, 1), "option")}


def test_cli_as_of(capsys):
    assert main(["parse", str(FIXTURES / "sample.pdf"), "--json", "--as-of", "2030-01-01"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["meta"]["reference_date"] == "2030-01-01"
    assert data["meta"]["reference_date_source"] == "option"


@pytest.mark.parametrize("bad", ["2030-13-01", "01/02/2030", "soon"])
def test_cli_as_of_must_be_a_date(capsys, bad):
    with pytest.raises(SystemExit) as e:
        main(["parse", str(FIXTURES / "sample.pdf"), "--as-of", bad])
    assert e.value.code == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err


# Calls that read the wall clock for a date. Elapsed-time clocks (time.monotonic, perf_counter)
# are for timeouts and are allowed anywhere.
_CLOCK = re.compile(r"\b(?:date\.today|datetime\.(?:now|utcnow|today)|time\.time|time\.localtime|time\.gmtime)\s*\(")


def test_only_clock_reads_the_clock():
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if p.name != "clock.py" and _CLOCK.search(p.read_text(encoding="utf-8"))]
    assert offenders == []


def _pdf_with_info(info: bytes) -> bytes:
    """A one-page résumé PDF whose /Info dictionary is ``info`` (object 6: after catalog, page
    tree, font, contents and page)."""
    lines = ["Jane Example", "EXPERIENCE", "Engineer, Acme Corp    Jan 2016 - Present"]
    return simple_pdf([resume_content(lines)], objects=lambda w: w.add(info), trailer=b"/Info 6 0 R ")


@pytest.mark.parametrize("info, expected", [
    (b"<< /ModDate (D:20190430120000Z) /CreationDate (D:20180101) >>", (D(2019, 4, 30), "document", 40)),
    (b"<< /CreationDate (D:20181231235959+01'00') >>", (D(2018, 12, 31), "document", 36)),  # no ModDate
    (b"<< /ModDate (yesterday) /CreationDate (D:20181231) >>", (D(2018, 12, 31), "document", 36)),  # unreadable
    (b"<< /ModDate (D:19850101) >>", (TODAY, "today", 131)),                  # before 1990
    (b"<< /Producer (Nobody) >>", (TODAY, "today", 131)),                     # no date
])
def test_pdf_document_date(fixed_today, info, expected):
    c = resumekit.parse(_pdf_with_info(info))
    assert (c.meta.reference_date, c.meta.reference_date_source, c.experience_months) == expected
