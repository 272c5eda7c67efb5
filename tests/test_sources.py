import io
import zipfile

import pytest

from resumekit.errors import CorruptDocxError, EmptyInputError, ResourceLimitError, UnsupportedFormatError
from resumekit.options import ParseOptions
from resumekit.sources import decode_text, open_source, sniff


def _zip(names: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for n, data in names.items():
            zf.writestr(n, data)
    return buf.getvalue()


@pytest.mark.parametrize("data, name, expected", [
    (b"%PDF-1.7\n...", None, "pdf"),
    (b"From: mail\r\n" * 20 + b"%PDF-1.4\n", None, "pdf"),           # junk before the header
    (_zip({"[Content_Types].xml": b"x", "word/document.xml": b"<w/>"}), None, "docx"),
    (b"Jane Doe\njane@example.com\n", None, "text"),
    (b"# Jane Doe\n\n## Experience\n- [Site](https://x.dev)\n", None, "markdown"),
    (b"Jane Doe\n", "cv.md", "markdown"),                              # the name tells Markdown from text
    ("Zoë Müller\n".encode("utf-16"), None, "text"),                   # UTF-16 with BOM
])
def test_sniff(data, name, expected):
    assert sniff(data, name) == expected


@pytest.mark.parametrize("data, found", [
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "doc"),
    (b"{\\rtf1\\ansi hello}", "rtf"),
    (_zip({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}), "odt"),
    (_zip({"a.txt": b"hello"}), "zip"),
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 50, "png"),
    (b"<!DOCTYPE html><html><body>error</body></html>", "html"),
    (bytes(range(256)) * 64, "binary"),
])
def test_sniff_unsupported(data, found):
    with pytest.raises(UnsupportedFormatError) as e:
        sniff(data)
    assert e.value.found == found


def test_sniff_empty_and_damaged():
    with pytest.raises(EmptyInputError):
        sniff(b"")
    with pytest.raises(EmptyInputError):
        sniff(b"  \n\t ")
    with pytest.raises(CorruptDocxError):
        sniff(_zip({"[Content_Types].xml": b"x"}))
    with pytest.raises(CorruptDocxError):
        sniff(_zip({"word/document.xml": b"<w/>"})[:40])


@pytest.mark.parametrize("data, expected", [
    ("héllo".encode("utf-8"), "héllo"),
    ("\ufeffhéllo".encode("utf-8"), "héllo"),
    ("héllo".encode("utf-16-le"), "héllo"),                  # UTF-16 without a BOM
    ("héllo".encode("cp1252"), "héllo"),                     # not UTF-8: the 8-bit fallback
    (b"a\x00b\x1b[0mc\r\nd", "ab[0mc\nd"),                 # NUL and escape removed, CRLF folded
])
def test_decode_text(data, expected):
    assert decode_text(data) == expected


def test_open_source_kinds(tmp_path):
    p = tmp_path / "cv.txt"
    p.write_bytes(b"Jane Doe\n")
    assert open_source(str(p)).format == "text"
    assert open_source(p).name == str(p)
    assert open_source(b"Jane").name == "<bytes>"
    assert open_source(io.BytesIO(b"Jane")).format == "text"


def test_open_source_limit(tmp_path):
    with pytest.raises(ResourceLimitError) as e:
        open_source(b"x" * 100, ParseOptions(max_bytes=10))
    assert e.value.limit == "max_bytes"
    assert "max_bytes" in str(e.value)
