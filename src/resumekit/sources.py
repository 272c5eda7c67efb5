"""Input normalisation: a path, bytes or binary file becomes a :class:`Source` whose format is
sniffed from the bytes, never from the file name (the name only tells Markdown from plain text).

Formats read: "pdf", "docx", "text", "markdown". Everything else that can be recognised (legacy
Word, RTF, ODT, Pages, images, HTML, other zips, binary data) raises
:class:`~resumekit.errors.UnsupportedFormatError` naming what was found.
"""
from __future__ import annotations

import io
import os
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Union

import regex

from .errors import (CorruptDocxError, EmptyInputError, EncryptedDocumentError, InputError, OptionsError,
                     ResourceLimitError, ResumekitError, UnsupportedFormatError)
from .options import ParseOptions, limit_exceeded
from .zipguard import ZIP_ERRORS, check_directory

__all__ = ["Source", "SourceLike", "open_source", "sniff", "decode_text", "looks_like_markdown"]

SourceLike = Union[str, os.PathLike, bytes, bytearray, memoryview, BinaryIO]


class SourceNotFoundError(InputError):
    code = "not-found"
    default_hint = "check the path"


@dataclass(frozen=True)
class Source:
    data: bytes
    name: str
    format: str


def open_source(source: SourceLike, options: ParseOptions | None = None, name: str | None = None) -> Source:
    """Read ``source`` (within ``options.max_bytes``) and decide its format."""
    options = options or ParseOptions()
    data, display = _read(source, options.max_bytes)
    display = name or display
    try:
        fmt = options.format or sniff(data, display, options)
        if options.format and not data.strip():
            raise EmptyInputError("the file is empty")
    except ResumekitError as err:
        raise err.with_source(display) from None
    return Source(data=data, name=display, format=fmt)


def _read(source: SourceLike, limit: int) -> tuple[bytes, str]:
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        name = "<bytes>"
    elif isinstance(source, (str, os.PathLike)):
        path = Path(source)
        name = str(source)
        try:
            size = path.stat().st_size
            if size > limit:
                raise _too_big(size, limit, name)
            with path.open("rb") as fh:
                data = fh.read(limit + 1)
        except FileNotFoundError:
            raise SourceNotFoundError("no such file", source=name) from None
        except IsADirectoryError:
            raise InputError("is a directory, not a document", source=name, hint="pass a file") from None
        except PermissionError:
            raise InputError("permission denied", source=name, hint="check the file's permissions") from None
        except OSError as e:
            raise InputError(f"cannot be read ({e.strerror or e})", source=name) from None
    elif hasattr(source, "read"):
        name = str(getattr(source, "name", "<stream>"))
        data = source.read(limit + 1)
        if isinstance(data, str):
            raise OptionsError("the file object is open in text mode; open it with 'rb'", source=name)
        data = bytes(data or b"")
    else:
        raise OptionsError(f"cannot parse a {type(source).__name__}: pass a path, bytes or a binary file object")
    if len(data) > limit:
        raise _too_big(len(data), limit, name)
    return data, name


def _too_big(size: int, limit: int, name: str) -> ResourceLimitError:
    return limit_exceeded("max_bytes", f"the file is {size:,} bytes, more than the limit of {limit:,}",
                          size).with_source(name)


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAGIC = (
    (b"{\\rtf", "rtf (Rich Text Format)"),
    (b"\x89PNG", "png image"),
    (b"\xff\xd8\xff", "jpeg image"),
    (b"GIF8", "gif image"),
    (b"II*\x00", "tiff image"),
    (b"MM\x00*", "tiff image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"Rar!", "rar archive"),
    (b"7z\xbc\xaf", "7z archive"),
)

# Office documents saved as one XML file (Word's "XML Document", flat OpenDocument).
_OFFICE_XML = (
    (b"schemas.microsoft.com/office/2006/xmlPackage", "a Word XML document (flat OPC)", "word-xml"),
    (b"schemas.microsoft.com/office/word/2003/wordml", "a Word 2003 XML document", "word-xml"),
    (b"urn:oasis:names:tc:opendocument:xmlns:office", "a flat OpenDocument file (.fodt)", "fodt"),
)


# Readers accept junk before the header (mail or HTTP headers saved with the file); 8 KiB is generous.
_PDF_HEADER = regex.compile(rb"%PDF-\d")
_INK = regex.compile(rb"[^ \t\r\n\x00\x0c]")  # a byte that is not blank: found without copying the file
_PDF_WINDOW = 8192


def sniff(data: bytes, name: str | None = None, options: ParseOptions | None = None) -> str:
    """The format of ``data``: "pdf", "docx", "text" or "markdown"; raises for anything else."""
    if not _INK.search(data):
        raise EmptyInputError("the file is empty")
    head = data[:1024]
    if _PDF_HEADER.search(data[:_PDF_WINDOW]):
        return "pdf"
    if data.startswith(b"PK"):
        return _sniff_zip(data, (options or ParseOptions()).max_docx_parts)
    if data.startswith(_OLE):
        _sniff_ole(data)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            hint = "run OCR on it, or parse the original document" if "image" in what else None
            raise UnsupportedFormatError(f"this is a {what}, not a résumé document resumekit reads",
                                         hint=hint, found=what.split()[0])
    low = head.lstrip().lower()
    if low.startswith((b"<!doctype html", b"<html")):
        raise UnsupportedFormatError("this is an HTML page", hint="print it to PDF and parse that", found="html")
    if low.removeprefix(b"\xef\xbb\xbf").startswith(b"<?xml"):
        for marker, what, found in _OFFICE_XML:
            if marker in data[:4096]:
                raise UnsupportedFormatError(f"this is {what}, not a DOCX", found=found,
                                             hint="open it and save it as DOCX or PDF, then parse that")
    if _binary_junk(data):
        raise UnsupportedFormatError("the bytes are neither PDF, DOCX nor text", found="binary",
                                     hint="check that this is the document you meant to parse")
    if name and name.lower().endswith((".md", ".markdown", ".mdown")):
        return "markdown"
    return "markdown" if looks_like_markdown(decode_text(data[:20000])) else "text"


def _sniff_ole(data: bytes) -> None:
    """An OLE2 compound file: an Office document encrypted with a password (Word stores an encrypted
    DOCX as an OLE file holding an "EncryptedPackage" stream), or a legacy binary .doc/.xls/.ppt."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise EncryptedDocumentError("this is a password-protected Office document (an encrypted DOCX)")
    raise UnsupportedFormatError("this is a legacy Word 97-2003 .doc (OLE) file, which resumekit does not read",
                                 hint="save it as DOCX or PDF and parse that", found="doc")


def _sniff_zip(data: bytes, max_parts: int) -> str:
    check_directory(data, max_parts)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            mimetype = ""
            if "mimetype" in names:
                with zf.open("mimetype") as fh:
                    mimetype = fh.read(100).decode("ascii", "replace")
    except ZIP_ERRORS:
        raise CorruptDocxError("this is a damaged zip archive (perhaps a truncated DOCX)") from None
    found = set(names)
    if "word/document.xml" in found or any(n.endswith("/document.xml") and n.startswith("word") for n in names):
        return "docx"
    if "opendocument.text" in mimetype:
        raise UnsupportedFormatError("this is an OpenDocument text (.odt) file", found="odt",
                                     hint="save it as DOCX or PDF and parse that")
    if "opendocument" in mimetype:
        raise UnsupportedFormatError("this is an OpenDocument file that is not a text document", found="odf")
    if any(n.startswith("xl/") for n in names):
        raise UnsupportedFormatError("this is an Excel workbook", found="xlsx")
    if any(n.startswith("ppt/") for n in names):
        raise UnsupportedFormatError("this is a PowerPoint presentation", found="pptx")
    if "Index/Document.iwa" in found or "index.xml" in found:
        raise UnsupportedFormatError("this is an Apple Pages document", found="pages",
                                     hint="export it from Pages as DOCX or PDF and parse that")
    if "[Content_Types].xml" in found:
        raise CorruptDocxError("this Office file has no main document part (word/document.xml)")
    raise UnsupportedFormatError("this is a zip archive, not a DOCX", found="zip",
                                 hint="unpack it and parse the résumé inside")


_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode_text(data: bytes) -> str:
    """Text from bytes: by BOM, then strict UTF-8, then BOM-less UTF-16, then cp1252 / Latin-1.
    NUL bytes and other control characters (but TAB, LF, CR, FF) are removed; CRLF becomes LF."""
    text = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(codec.replace("-sig", ""), errors="replace")
            break
    if text is None:
        codec = _bomless_utf16(data[:4096])
        if codec:
            text = data.decode(codec, errors="replace")
        else:
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError:
                try:
                    text = data.decode("cp1252")
                except UnicodeDecodeError:
                    text = data.decode("latin-1")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", text)


def _bomless_utf16(sample: bytes) -> str | None:
    """UTF-16 without a BOM: NULs in (almost) every other byte, on one side only."""
    half = len(sample) // 2
    if half < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > half * 0.4 and even < half * 0.05:
        return "utf-16-le"
    if even > half * 0.4 and odd < half * 0.05:
        return "utf-16-be"
    return None


_CONTROLS = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _binary_junk(data: bytes) -> bool:
    """Random or binary bytes: control bytes (other than TAB/LF/CR/FF, and NULs of UTF-16) in more
    than a few percent of the sample, or undecodable text."""
    sample = data[:8192]
    if any(sample.startswith(bom) for bom, _ in _BOMS):
        return False
    if _bomless_utf16(sample[:4096]):
        return False
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 0) or b == 127)
    if controls > len(sample) * 0.05:
        return True
    try:
        sample.decode("utf-8")
        return False
    except UnicodeDecodeError as e:
        if e.start >= len(sample) - 4:  # a character cut by the sample's end
            return False
    # Not UTF-8: legacy 8-bit text has few bytes above 0x7f; random bytes have half.
    high = sum(1 for b in sample if b >= 0x80)
    return high > len(sample) * 0.3


# Linear: a link's text and target stop at the next bracket, so no character is scanned twice.
_MD_SIGNS = regex.compile(r"(?m)^(?:#{1,6} \S|[-*] \[.\] |\*\*[^*\n]+\*\*|---[ \t]*$)|\[[^\[\]\n]+\]\([^()\[\]\s]+\)")


def looks_like_markdown(text: str) -> bool:
    """Front matter, ``#`` headings or ``[text](url)`` links in the first 20 kB."""
    sample = text[:20000]
    if sample.startswith("---\n"):
        return True
    return len(_MD_SIGNS.findall(sample)) >= 2
