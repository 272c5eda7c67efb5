"""Hostile and broken files: each ends in a Candidate or the typed error it should, the error names
the file and pickles, and nothing outside the document is ever opened. The files are built by
tests/hostile.py at test time. (Time and memory are measured by scripts/hostile_report.py.)"""
import io
import json
import os
import pickle
import socket
import sys
import zipfile

import pytest

import resumekit
from resumekit import Candidate, ParseOptions, ResumekitError
from resumekit.cli import main
from resumekit.extract.pdf import guard as pdf_guard

from . import hostile
from .hostile import CASES, EMAIL


@pytest.fixture(scope="session")
def hostile_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    hostile.write_all(folder)
    return folder


# Default options, except a smaller glyph budget for the 200,000-glyph page: the 30,000 glyphs kept
# by default take 1.5 s in pdfplumber; the truncation is the same.
OPTIONS = {"many-chars.pdf": ParseOptions(max_page_glyphs=5_000)}


@pytest.fixture(scope="session")
def outcomes(hostile_dir):
    """Every hostile file parsed once, in this process."""
    out = {}
    for name in CASES:
        try:
            out[name] = resumekit.parse(hostile_dir / name, options=OPTIONS.get(name))
        except ResumekitError as e:
            out[name] = e
    return out


def kind(outcome) -> str:
    return "ok" if isinstance(outcome, Candidate) else type(outcome).__name__


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_file_ends_as_expected(name, outcomes, hostile_dir):
    case, outcome = CASES[name], outcomes[name]
    assert kind(outcome) in (case.outcome, *case.also), f"{name}: {case.why}: got {outcome!r}"
    if isinstance(outcome, ResumekitError):
        assert outcome.source == str(hostile_dir / name)
        assert outcome.message and outcome.code and outcome.hint
        back = pickle.loads(pickle.dumps(outcome))
        assert type(back) is type(outcome) and str(back) == str(outcome)
        if case.limit and isinstance(outcome, resumekit.ResourceLimitError):
            assert outcome.limit == case.limit
            assert f"ParseOptions.{case.limit}" in str(outcome)


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c.outcome == "ok" and n != "long-line-markdown.md"])
def test_the_resume_survives(name, outcomes):
    outcome = outcomes[name]
    if isinstance(outcome, Candidate):
        assert EMAIL in outcome.contact.emails, name


def test_what_the_bounds_cut_is_said(outcomes):
    # the 200,000 glyphs are white and 1 pt: what the page kept of them is reported as hidden text
    assert sorted(w.code for w in outcomes["many-chars.pdf"].meta.warnings) == ["hidden-text", "page-truncated"]
    assert outcomes["many-pages.pdf"].meta.pages == 1000
    assert "pages-truncated" in [w.code for w in outcomes["many-pages.pdf"].meta.warnings]
    for name in ("long-line-ok.txt", "long-line-digits.txt", "long-line-markdown.md"):
        assert "long-line-split" in [w.code for w in outcomes[name].meta.warnings], name


def test_text_encodings_decode_to_the_same_resume(outcomes):
    utf8 = resumekit.parse(hostile.TEXT.encode(), name="cv.txt")

    def fields(c):
        return c.model_dump(exclude={"meta"})
    for name in ("utf16.txt", "utf8-bom.txt", "cp1252.txt"):
        assert fields(outcomes[name]) == fields(utf8), name
    latin1 = outcomes["latin1.txt"].model_dump_json()
    assert "café" in latin1 and "Straße" in latin1
    nul = outcomes["nul-bytes.txt"].model_dump_json()
    assert "\\u0000" not in nul and "\\u001b" not in nul and EMAIL in nul


def test_a_lying_zip_is_refused_before_it_inflates(outcomes):
    assert "inflates past its declared size" in outcomes["lying-zip.docx"].message


# ----------------------------------------------------------------------------- nothing outside the document

SECRET = "RESUMEKIT-SECRET-MARKER-5d1e"


def _everything(candidate: Candidate, path) -> str:
    document = resumekit.extract(path)
    return candidate.model_dump_json() + repr(document)


def test_xxe_never_reads_the_file_it_names(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    doc = tmp_path / "xxe.docx"
    doc.write_bytes(hostile.docx_xxe(secret.as_uri()))
    candidate = resumekit.parse(doc)
    assert EMAIL in candidate.contact.emails
    assert SECRET not in _everything(candidate, doc)


_opened: list[str] | None = None


def _audit(event, args):
    if _opened is not None and event in ("open", "os.open", "socket.connect", "urllib.Request"):
        _opened.append(f"{event} {args[0]!r}")


@pytest.fixture
def audited():
    """Python-level opens and connections while parsing (an audit hook: it cannot be removed, so it
    records only inside this fixture)."""
    global _opened
    if not getattr(sys, "_resumekit_audit", False):
        sys.addaudithook(_audit)
        sys._resumekit_audit = True
    _opened = []
    yield _opened
    _opened = None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_xxe_opens_nothing_and_connects_nowhere(tmp_path, audited):
    # Reading a named pipe blocks until someone writes, and nobody does: a parser that tried to
    # resolve the entities (in Python or in libxml2's C) would hang, and the worker's timeout
    # would fail this test. The listening socket counts connection attempts; the audit hook
    # sees Python-level opens.
    fifo_entity, fifo_dtd, fifo_param = (tmp_path / n for n in ("entity", "dtd", "param"))
    for f in (fifo_entity, fifo_dtd, fifo_param):
        os.mkfifo(f)
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    server.setblocking(False)
    port = server.getsockname()[1]
    doctype = (f'<!DOCTYPE w:document SYSTEM "{fifo_dtd.as_uri()}" ['
               f'<!ENTITY xxe SYSTEM "{fifo_entity.as_uri()}">'
               f'<!ENTITY net SYSTEM "http://127.0.0.1:{port}/entity">'
               f'<!ENTITY % param SYSTEM "{fifo_param.as_uri()}"> %param;]>')
    body = hostile.paragraphs_xml() + "<w:p><w:r><w:t>&xxe;&net;</w:t></w:r></w:p>"
    doc = tmp_path / "xxe-everything.docx"
    doc.write_bytes(hostile.docx_bytes(body, doctype=doctype))

    [(_, outcome)] = list(resumekit.parse_many([doc], ParseOptions(timeout=20), workers=1))
    if isinstance(outcome, ResumekitError):
        assert outcome.code == "corrupt-docx", outcome  # refusing the DTD is fine; hanging is not
    else:
        assert EMAIL in outcome.contact.emails
    in_process = resumekit.parse(doc) if not isinstance(outcome, ResumekitError) else None
    with pytest.raises(BlockingIOError):
        server.accept()
    server.close()
    outside = [o for o in audited if str(tmp_path) in o and str(doc) not in o]
    assert outside == []
    assert in_process is None or in_process.model_dump() == outcome.model_dump()


def test_parsing_opens_only_the_input(hostile_dir, audited):
    for name in ("xxe.docx", "active-content.pdf", "deep-nesting.pdf", "nul-bytes.txt", "docx-renamed.pdf"):
        try:
            resumekit.parse(hostile_dir / name)
        except ResumekitError:
            pass
    inside = [o for o in audited if str(hostile_dir) in o]
    assert all(o.startswith("open ") for o in inside)
    assert {o.split(" ", 1)[1].strip("'") for o in inside} <= {str(hostile_dir / n) for n in CASES}
    assert not [o for o in audited if o.startswith(("socket.connect", "urllib"))]


# ----------------------------------------------------------------------------- the pdfminer patches


def test_pdfminer_still_has_every_patch_point():
    import importlib

    for module, name in pdf_guard.PATCH_POINTS:
        assert hasattr(importlib.import_module(module), name), f"{module}.{name} is gone: the PDF guard is blind"


def test_the_pdfminer_patches_are_inert_outside_a_parse():
    import zlib

    from pdfminer import pdfinterp, pdftypes

    pdf_guard.install()
    data = zlib.compress(b"x" * 1000)
    assert pdftypes.zlib.decompress(data) == b"x" * 1000
    assert pdftypes.rldecode(b"\x02abc\xfex\x80") == b"abcxxx"
    parser = pdfinterp.PDFContentParser([pdftypes.PDFStream({}, b"1 0 0 1 0 0 cm")])
    assert parser.BUFSIZ == 4096


# ----------------------------------------------------------------------------- the command line


def test_cli_reports_every_hostile_file_without_a_traceback(hostile_dir):
    names = ["flate-bomb.pdf", "zip-bomb.docx", "encrypted.pdf", "xref-loop.pdf", "long-token.pdf",
             "billion-laughs.docx", "binary.txt", "nul-bytes.txt", "xobject-loop.pdf"]
    out, err = io.StringIO(), io.StringIO()
    code = main(["parse", "--json", "--jobs", "2", *(str(hostile_dir / n) for n in names)], stdout=out, stderr=err)
    errors = [line for line in err.getvalue().splitlines() if line]
    assert code == 1
    assert len(errors) == 6 and all(line.startswith("resumekit: ") for line in errors)
    assert "Traceback" not in err.getvalue()
    assert [json.loads(row)["contact"]["emails"] for row in out.getvalue().splitlines()] == [[EMAIL]] * 3


def test_cli_flags_reach_the_options(hostile_dir, capsys):
    small = str(hostile_dir / "nul-bytes.txt")
    assert main(["parse", str(hostile_dir / "many-pages.pdf"), "--max-pages", "2", "--timeout", "20"]) == 0
    assert "only the first 2 of 1000 pages" in capsys.readouterr().out
    assert main(["parse", small, "--max-lines", "5", "--max-memory", "0"]) == 1
    assert "(CLI: --max-lines)" in capsys.readouterr().err
    assert main(["lines", small, "--timeout", "0"]) == 0
    assert main(["lines", str(hostile_dir / "zip-bomb.docx"), "--max-docx-bytes", "1000"]) == 1
    assert "--max-docx-bytes" in capsys.readouterr().err
    assert main(["parse", small, "--timeout", "-1"]) == 2


def test_zip_checks_read_the_end_record_before_the_directory():
    from resumekit.zipguard import check_directory

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for i in range(50):
            zf.writestr(f"p{i}.xml", "<x/>")
    with pytest.raises(resumekit.ResourceLimitError) as e:
        check_directory(buf.getvalue(), 10)
    assert e.value.limit == "max_docx_parts" and e.value.details["value"] == 50
    check_directory(buf.getvalue(), 50)


def test_numbers_python_cannot_parse_become_a_zero_of_the_same_length():
    from resumekit.extract.pdf.guard import _tame_numbers

    data = b"<< /Rotate " + b"9" * 5_000 + b" /W 12 >> " + b"1" * 4_299
    out = _tame_numbers(data)
    assert len(out) == len(data)
    assert out.startswith(b"<< /Rotate 0 ") and b" /W 12 >> " + b"1" * 4_299 in out
    assert _tame_numbers(b"1" * 4_299) == b"1" * 4_299
