"""Fuzzing: whatever the input, ``parse`` gives a Candidate or a ResumekitError — and never an
InternalError, which is how resumekit reports its own defects.

Inputs: arbitrary text through the text and Markdown pipelines, résumé-like lines mixed with
arbitrary text, arbitrary bytes through format sniffing, and the fixture PDFs and DOCX files
mutated (bytes flipped, tokens of the format inserted, stretches deleted, duplicated or cut; for
DOCX also well-formed elements inserted into the XML parts, then re-zipped).

``make test`` runs a few dozen derandomized examples per test. ``make fuzz`` sets
RESUMEKIT_FUZZ_EXAMPLES (the total, shared by the tests) and explores with fresh random seeds; a
watchdog fails an example that takes longer than RESUMEKIT_FUZZ_HANG seconds (a hang).
"""
import io
import os
import signal
import zipfile
from contextlib import contextmanager

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import resumekit
from resumekit import Candidate, InternalError, ResumekitError

from .conftest import FIXTURES
from .hostile import RESUME_LINES, TEXT

FUZZ = int(os.environ.get("RESUMEKIT_FUZZ_EXAMPLES", "0"))
HANG = float(os.environ.get("RESUMEKIT_FUZZ_HANG", "60"))
TESTS = 6  # the fuzz tests below share the total


def fuzz_settings(examples: int):
    if FUZZ:
        return settings(max_examples=-(-FUZZ // TESTS), deadline=None, database=None, print_blob=True,
                        suppress_health_check=list(HealthCheck))
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


class Hang(BaseException):
    """Not an Exception: no handler in the code under test may swallow it."""


@contextmanager
def watchdog(seconds: float):
    if not hasattr(signal, "SIGALRM"):
        yield
        return

    def fire(signum, frame):
        raise Hang(f"an example ran longer than {seconds:g} s")

    old = signal.signal(signal.SIGALRM, fire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def only_candidate_or_typed_error(data: bytes, **kw) -> None:
    with watchdog(HANG):
        try:
            result = resumekit.parse(data, **kw)
        except InternalError as e:
            raise AssertionError(f"a defect of resumekit: {e} (cause: {e.__cause__!r})") from e
        except ResumekitError as e:
            assert e.code and e.message
            return
    assert isinstance(result, Candidate)
    result.model_dump_json()


# ----------------------------------------------------------------------------- text

LINES = RESUME_LINES + TEXT.splitlines() + [
    "EXPERIENCE", "Education", "Skills: Python, Go", "Jan 2020 – Present", "2019-2021", "03/2018 - 12/2019",
    "mara@example.org", "+44 20 7946 0123", "https://github.com/example", "linkedin.com/in/example",
    "• Built things", "- item", "1. First", "| a | b |", "|---|---|", "# Heading", "## Sub", "**bold** *it*",
    "[link](https://example.com)", "<https://example.org>", "---", "===", "\t\tindented", "Leeds, UK",
]


@fuzz_settings(60)
@given(st.text(max_size=3000), st.sampled_from(["text", "markdown"]))
def test_arbitrary_text(text, fmt):
    only_candidate_or_typed_error(text.encode("utf-8", "surrogatepass"), format=fmt)


@fuzz_settings(60)
@given(st.lists(st.one_of(st.sampled_from(LINES), st.text(max_size=120)), max_size=60),
       st.sampled_from(["text", "markdown"]))
def test_resume_like_lines(lines, fmt):
    only_candidate_or_typed_error("\n".join(lines).encode("utf-8", "surrogatepass"), format=fmt)


@fuzz_settings(60)
@given(st.binary(max_size=4096), st.sampled_from([None, "cv.md", "cv.pdf", "cv.docx"]))
def test_arbitrary_bytes(data, name):
    only_candidate_or_typed_error(data, name=name)


# ----------------------------------------------------------------------------- mutated fixtures

PDFS = [p.read_bytes() for p in sorted(FIXTURES.glob("*.pdf"))]
DOCXS = [p.read_bytes() for p in sorted(FIXTURES.glob("*.docx"))]
PDF_TOKENS = [b"<<", b">>", b"[", b"]", b"(", b")", b"<", b">", b"/", b" 0 R", b" 1 0 obj", b"endobj", b"stream\n",
              b"endstream", b"xref", b"trailer", b"startxref", b"%%EOF", b"99999999999999999999", b"-1", b"0",
              b"3.5e9", b"/Length 0", b"/Filter /FlateDecode", b"/Filter /LZWDecode", b"/Filter /RunLengthDecode",
              b"/Filter /ASCII85Decode", b"/Filter /ASCIIHexDecode", b"BT", b"ET", b" Tj", b" TJ", b" Tf", b" Td",
              b" Tm", b" cm", b" Do", b"BI /W 1 /H 1 ID", b"EI", b"\\", b"\x00", b"\xff", b"/Kids [", b"/Parent",
              b"/Type /Page", b"/Font", b"/Encoding", b"/ToUnicode", b"/Annots", b"/URI", b"/Rotate 90", b"q", b"Q"]
XML_TOKENS = [b"<", b">", b"&", b"&amp;", b"\"", b"'", b"<!DOCTYPE x [<!ENTITY a \"b\">]>", b"&a;", b"<![CDATA[",
              b"]]>", b"<?pi?>", b"\xff\xfe", b"\x00", b"\xc3", b"w:val=\"999999999999\"", b"w:val=\"-1\"", b"r:id=\"\""]
XML_ELEMENTS = [b"<w:p><w:r><w:t>x</w:t></w:r></w:p>", b"<w:r><w:t xml:space=\"preserve\"> y </w:t></w:r>",
                b"<w:tbl><w:tr><w:tc><w:p/></w:tc></w:tr></w:tbl>", b"<w:br/>", b"<w:tab/>", b"<w:cr/>",
                b"<w:sdt><w:sdtContent><w:p/></w:sdtContent></w:sdt>", b"<w:hyperlink r:id=\"rId999\"><w:r/></w:hyperlink>",
                b"<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>", b"<w:r><w:instrText>HYPERLINK \"x\"</w:instrText></w:r>",
                b"<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", b"<w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr>",
                b"<w:rPr><w:b/><w:sz w:val=\"x\"/></w:rPr>", b"<w:pPr><w:numPr><w:ilvl w:val=\"99\"/></w:numPr></w:pPr>",
                b"<w:style w:styleId=\"a\"><w:basedOn w:val=\"a\"/></w:style>", b"<w:txbxContent><w:p/></w:txbxContent>",
                b"<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\">"
                b"<mc:Fallback><w:p/></mc:Fallback></mc:AlternateContent>", b"<w:vMerge/>", b"<w:del><w:r/></w:del>"]

position = st.integers(min_value=0, max_value=2 ** 31)


def mutations(tokens):
    return st.lists(st.one_of(
        st.tuples(st.just("flip"), position, st.integers(0, 255)),
        st.tuples(st.just("insert"), position, st.sampled_from(tokens)),
        st.tuples(st.just("delete"), position, st.integers(1, 512)),
        st.tuples(st.just("duplicate"), position, st.integers(1, 4096), position),
        st.tuples(st.just("truncate"), position),
    ), min_size=1, max_size=8)


def mutate(data: bytes, ops) -> bytes:
    buf = bytearray(data)
    for op in ops:
        if not buf:
            break
        at = op[1] % len(buf)
        if op[0] == "flip":
            buf[at] = op[2]
        elif op[0] == "insert":
            buf[at:at] = op[2]
        elif op[0] == "delete":
            del buf[at:at + op[2]]
        elif op[0] == "duplicate":
            buf[op[3] % len(buf):op[3] % len(buf)] = buf[at:at + op[2]]
        elif op[0] == "truncate":
            del buf[at:]
    return bytes(buf)


@fuzz_settings(40)
@given(st.sampled_from(range(len(PDFS))), mutations(PDF_TOKENS))
def test_mutated_pdf(which, ops):
    only_candidate_or_typed_error(mutate(PDFS[which], ops))


@fuzz_settings(30)
@given(st.sampled_from(range(len(DOCXS))), mutations(XML_TOKENS + [b"PK\x03\x04", b"PK\x01\x02", b"PK\x05\x06"]))
def test_mutated_docx_bytes(which, ops):
    only_candidate_or_typed_error(mutate(DOCXS[which], ops))


def rezip(data: bytes, member: int, change) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    xml = [i for i in src.infolist() if i.filename.endswith((".xml", ".rels"))]
    target = xml[member % len(xml)].filename
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            body = src.read(info)
            zf.writestr(info.filename, change(body) if info.filename == target else body)
    return out.getvalue()


def insert_elements(body: bytes, ops) -> bytes:
    buf = bytearray(body)
    for at, element in ops:
        ends = [i for i in range(at % max(len(buf), 1), len(buf)) if buf[i] == 0x3E][:1]  # after the next '>'
        if ends:
            buf[ends[0] + 1:ends[0] + 1] = element
    return bytes(buf)


@fuzz_settings(40)
@given(st.sampled_from(range(len(DOCXS))), st.integers(0, 50),
       st.one_of(mutations(XML_TOKENS + XML_ELEMENTS).map(lambda ops: ("bytes", ops)),
                 st.lists(st.tuples(position, st.sampled_from(XML_ELEMENTS)), min_size=1, max_size=6)
                 .map(lambda ops: ("elements", ops))))
def test_mutated_docx_parts(which, member, how):
    kind, ops = how
    change = (lambda b: mutate(b, ops)) if kind == "bytes" else (lambda b: insert_elements(b, ops))
    only_candidate_or_typed_error(rezip(DOCXS[which], member, change))


@pytest.mark.parametrize("name,ops", [
    ("sample.pdf", [("flip", 331, 0)]),  # a cell's words past its glyphs: extract/pdf/cell_tops.py indexed no glyph
])
def test_mutated_pdf_found_before(name, ops):
    """Mutations the fuzzer found defects with, kept as examples of their own."""
    only_candidate_or_typed_error(mutate((FIXTURES / name).read_bytes(), ops))
