"""Zip archives (DOCX packages) checked within the limits of ParseOptions before a library reads them.

Three checks, cheapest first, each before the work it protects:
1. the end-of-central-directory record: the entry count and the directory's size, read from the
   last bytes of the file before ``zipfile`` builds one object per entry;
2. the central directory: the declared inflated sizes, all parts together and each XML part alone;
3. the members themselves, inflated once in bounded chunks: the actual sizes are counted while
   inflating, so a member that inflates past its declared size (a lying header) or past a limit is
   refused after at most a chunk too many, never read whole. A deflated member that inflates
   whole, to its declared size and checksum, is handed on (:func:`check_package` returns it), so
   that the reader does not inflate it a second time.

Errs towards refusing: an archive whose directory cannot be read is a damaged DOCX.
"""
from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import Iterable

from .errors import CorruptDocxError
from .options import ParseOptions, limit_exceeded

__all__ = ["check_directory", "check_package", "ZIP_ERRORS"]

ZIP_ERRORS = (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, KeyError,
              NotImplementedError, RuntimeError, struct.error, zlib.error)

_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_EOCD64 = b"PK\x06\x06"
_MIN_ENTRY = 46  # a central-directory entry with an empty name
_DIRECTORY_BYTES_PER_PART = 1024  # generous: DOCX part names are short
_CHUNK = 64 * 1024
# Members parsed as XML by their name (and any others [Content_Types].xml declares XML).
_XML_SUFFIXES = (".xml", ".rels", ".vml")


def check_directory(data: bytes, max_parts: int) -> None:
    """Refuse an archive whose end record announces more entries (or a larger directory) than
    ``max_parts`` allows, before anything parses the directory. Unreadable records are left to
    ``zipfile``, which raises on them."""
    found = _directory_size(data)
    if found is None:
        return
    entries, directory_bytes = found
    if entries > max_parts:
        raise limit_exceeded("max_docx_parts", f"the zip archive holds {entries:,} entries, more than the limit "
                                               f"of {max_parts:,}", entries)
    if directory_bytes > max_parts * _DIRECTORY_BYTES_PER_PART:
        raise limit_exceeded("max_docx_parts", f"the zip archive's directory takes {directory_bytes:,} bytes, room "
                                               f"for more than the limit of {max_parts:,} entries",
                             directory_bytes // _MIN_ENTRY)


def _directory_size(data: bytes) -> tuple[int, int] | None:
    """(entries, central directory bytes) from the end record, or None when there is none."""
    at = data.rfind(_EOCD, max(0, len(data) - 65557))
    if at < 0 or at + 22 > len(data):
        return None
    entries, size = struct.unpack_from("<xxxxxxxxxxHI", data, at)
    if entries == 0xFFFF or size == 0xFFFFFFFF:  # Zip64: the real numbers are in the Zip64 record
        loc = at - 20
        if loc >= 0 and data[loc:loc + 4] == _EOCD64_LOCATOR:
            (rec,) = struct.unpack_from("<Q", data, loc + 8)
            if rec + 56 <= len(data) and data[rec:rec + 4] == _EOCD64:
                entries, size = struct.unpack_from("<QQ", data, rec + 32)
    return entries, size


def check_package(data: bytes, options: ParseOptions) -> dict[str, bytes | None]:
    """Check a DOCX package against ``max_docx_parts``, ``max_docx_bytes`` and ``max_docx_xml_bytes``:
    the directory first, then the declared sizes, then the actual sizes while inflating.
    Raises ResourceLimitError or CorruptDocxError; returns when the package is safe to open, with
    every name of the archive and, for a member it inflated whole, the bytes
    ``zipfile.ZipFile.read`` gives for that name (None: read it from the archive)."""
    check_directory(data, options.max_docx_parts)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = [i for i in zf.infolist() if not i.is_dir()]
            members: dict[str, bytes | None] = dict.fromkeys(zf.namelist())
            if len(infos) > options.max_docx_parts:
                raise limit_exceeded("max_docx_parts", f"the DOCX holds {len(infos):,} parts, more than the limit "
                                                       f"of {options.max_docx_parts:,}", len(infos))
            xml_names = _xml_parts(zf, infos, options)
            declared = sum(i.file_size for i in infos)
            if declared > options.max_docx_bytes:
                raise _too_big(declared, options, "declares")
            for info in infos:
                if info.filename in xml_names and info.file_size > options.max_docx_xml_bytes:
                    raise _xml_too_big(info.filename, info.file_size, options, "declares")
            total = 0
            for info in infos:
                budget = options.max_docx_bytes - total
                if info.filename in xml_names:
                    budget = min(budget, options.max_docx_xml_bytes)
                size, members[info.filename] = _inflated(zf, data, info, budget)  # (a name written twice: the last)
                if size > info.file_size:
                    raise CorruptDocxError(f"the zip member {info.filename!r} inflates past its declared size of "
                                           f"{info.file_size:,} bytes (a zip bomb or a damaged file)")
                if info.filename in xml_names and size > options.max_docx_xml_bytes:
                    raise _xml_too_big(info.filename, size, options, "inflated")
                total += size
                if total > options.max_docx_bytes:
                    raise _too_big(total, options, "inflated")
    except ZIP_ERRORS:
        raise CorruptDocxError("the DOCX's zip structure is damaged (perhaps a truncated file)") from None
    return members


def _too_big(size: int, options: ParseOptions, how: str):
    what = f"would inflate to {size:,} bytes," if how == "declares" else "inflates to"
    return limit_exceeded("max_docx_bytes", f"the DOCX {what} more than the limit of {options.max_docx_bytes:,} "
                                            "bytes (a zip bomb, or an unusually heavy file)", size)


def _xml_too_big(name: str, size: int, options: ParseOptions, how: str):
    what = f"would inflate to {size:,} bytes," if how == "declares" else "inflates to"
    return limit_exceeded("max_docx_xml_bytes", f"the DOCX part {name!r} {what} more than the limit of "
                                                f"{options.max_docx_xml_bytes:,} bytes", size)


def _xml_parts(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], options: ParseOptions) -> set[str]:
    """Members a DOCX reader parses as XML: by name, and by the content types the package declares
    (a crafted package can declare its main part under any name)."""
    names = {i.filename for i in infos if i.filename.lower().endswith(_XML_SUFFIXES)}
    info = next((i for i in infos if i.filename == "[Content_Types].xml"), None)
    if info is None or info.file_size > options.max_docx_xml_bytes:
        return names
    xml_exts, xml_parts = _declared_xml(_read_bounded(zf, info, options.max_docx_xml_bytes))
    for i in infos:
        ext = i.filename.rsplit(".", 1)[-1].lower() if "." in i.filename else ""
        if ext in xml_exts or "/" + i.filename in xml_parts:
            names.add(i.filename)
    return names


def _declared_xml(blob: bytes) -> tuple[set[str], set[str]]:
    """(extensions, part names) that [Content_Types].xml maps to an XML content type."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(blob, parser)
    except etree.LxmlError:
        return set(), set()
    exts, parts = set(), set()
    for el in root:
        if not isinstance(el.tag, str):
            continue
        kind = (el.get("ContentType") or "").lower()
        if not kind.endswith("xml"):
            continue
        if el.tag.endswith("}Default") and el.get("Extension"):
            exts.add(el.get("Extension").lower())
        elif el.tag.endswith("}Override") and el.get("PartName"):
            parts.add(el.get("PartName"))
    return exts, parts


def _read_bounded(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with zf.open(info) as fh:
        return fh.read(limit + 1)


def _inflated(zf: zipfile.ZipFile, data: bytes, info: zipfile.ZipInfo, budget: int) -> tuple[int, bytes | None]:
    """Bytes the member inflates to, counted chunk by chunk; stops one chunk past ``budget`` or past
    the declared size, whichever comes first. Deflate is inflated from the raw bytes so that a
    member longer than its header says is seen (``zipfile`` would silently cut it). With the count,
    the inflated bytes when they are what ``zipfile`` would read: a deflated member, inflated whole
    to its declared size and CRC, whose local header ``zipfile`` accepts; else None."""
    stop = min(budget, info.file_size)
    if info.compress_type == zipfile.ZIP_STORED:
        return info.compress_size, None
    if info.compress_type != zipfile.ZIP_DEFLATED or info.flag_bits & 0x1:
        return _counted(_zip_chunks(zf, info), stop), None
    chunks: list[bytes] = []
    size = _counted(_inflate(_raw_member(data, info)), stop, chunks)
    if size != info.file_size or not _plain_header(data, info):
        return size, None
    blob = b"".join(chunks)
    return size, blob if zlib.crc32(blob) == info.CRC else None


def _counted(chunks: Iterable[bytes], stop: int, kept: list[bytes] | None = None) -> int:
    total = 0
    for chunk in chunks:
        total += len(chunk)
        if kept is not None:
            kept.append(chunk)
        if total > stop:
            break
    return total


def _plain_header(data: bytes, info: zipfile.ZipInfo) -> bool:
    """Whether ``zipfile`` opens the member without complaint: its local header names it as the
    directory does, and it needs no feature ``zipfile`` refuses (patched data, strong encryption)."""
    if info.flag_bits & (0x20 | 0x40):
        return False
    at = info.header_offset
    local_flags, = struct.unpack_from("<H", data, at + 6)
    name_len, = struct.unpack_from("<H", data, at + 26)
    name = data[at + 30:at + 30 + name_len]
    try:
        written = name.decode("utf-8" if local_flags & 0x800 else "cp437")
    except UnicodeDecodeError:
        return False
    return written == info.orig_filename


def _zip_chunks(zf: zipfile.ZipFile, info: zipfile.ZipInfo):
    with zf.open(info) as fh:
        while chunk := fh.read(_CHUNK):
            yield chunk


def _raw_member(data: bytes, info: zipfile.ZipInfo) -> memoryview:
    at = info.header_offset
    if data[at:at + 4] != b"PK\x03\x04":
        raise zipfile.BadZipFile("bad local header")
    name_len, extra_len = struct.unpack_from("<HH", data, at + 26)
    start = at + 30 + name_len + extra_len
    return memoryview(data)[start:start + info.compress_size]


def _inflate(raw: memoryview):
    """Raw deflate, inflated in chunks of at most ``_CHUNK`` output bytes."""
    d = zlib.decompressobj(-15)
    pos = 0
    while not d.eof:
        if d.unconsumed_tail:
            piece = d.unconsumed_tail
        elif pos < len(raw):
            piece = raw[pos:pos + _CHUNK]
            pos += _CHUNK
        else:
            break
        out = d.decompress(piece, _CHUNK)
        if not out and d.unconsumed_tail == piece:
            break  # no progress: damaged data, reported when a library reads it
        if out:
            yield out
