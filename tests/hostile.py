"""Hostile and broken documents, built at test time (nothing here is committed as a file).

Each case is a file a résumé parser meets in strangers' uploads: empty and truncated files, wrong
extensions, encrypted PDFs, reference cycles, decompression bombs, XXE and entity expansion,
odd encodings and lines that make naive regular expressions backtrack. ``CASES`` maps a file name
to how to build it and what parsing it must give; ``write_all(folder)`` writes them all (used by
``scripts/hostile_report.py``).

The résumé inside is the fictional one of ``fixtures/make_fixtures.py`` (PLAIN_TXT). PDFs are
written by hand (``PdfWriter``) because most cases are about their structure; DOCX packages too,
for the same reason. Deterministic: a seeded RNG and fixed zip timestamps.
"""
from __future__ import annotations

import functools
import hashlib
import io
import random
import struct
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fixtures"))
from make_fixtures import PLAIN_TXT, ZIP_DATE_TIME  # noqa: E402

GIB = 1 << 30
MIB = 1 << 20
NAME = "OSKAR VELLACOTT"
EMAIL = "oskar.vellacott@example.com"
RESUME_LINES = [line for line in PLAIN_TXT.splitlines()
                if line.strip() and not set(line.strip()) <= set("=-")]


@dataclass(frozen=True)
class Case:
    """``build()`` gives the bytes; ``outcome`` is "ok" (a Candidate) or an error class name;
    ``also`` lists other acceptable outcomes; ``limit`` the ParseOptions limit a ResourceLimitError
    must name; ``why`` says what the file is."""

    build: Callable[[], bytes]
    outcome: str
    why: str
    also: tuple[str, ...] = ()
    limit: str | None = None


# ----------------------------------------------------------------------------- PDF


def pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def resume_content(lines=RESUME_LINES, top: int = 760, size: int = 10) -> bytes:
    out = [b"BT /F1 %d Tf 14 TL 56 %d Td" % (size, top)]
    for line in lines:
        out.append(pdf_string(line) + b" Tj T*")
    out.append(b"ET")
    return b"\n".join(out)


def stream(data: bytes, extra: bytes = b"") -> bytes:
    return b"<< /Length %d %s>>\nstream\n" % (len(data), extra) + data + b"\nendstream"


FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


class PdfWriter:
    """Objects numbered from 1 in the order added; ``build`` writes the header, the bodies, a
    classic xref table and the trailer."""

    def __init__(self):
        self.bodies: list[bytes] = []

    def add(self, body: bytes = b"null") -> int:
        self.bodies.append(body)
        return len(self.bodies)

    def set(self, num: int, body: bytes) -> None:
        self.bodies[num - 1] = body

    def build(self, root: int, trailer: bytes = b"", shift: int = 0, startxref: int | None = None,
              prev_self: bool = False) -> bytes:
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for num, body in enumerate(self.bodies, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % num + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(self.bodies) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % (off + shift)
        prev = b" /Prev %d" % xref if prev_self else b""
        out += b"trailer\n<< /Size %d /Root %d 0 R%s %s>>\n" % (len(self.bodies) + 1, root, prev, trailer)
        out += b"startxref\n%d\n%%%%EOF\n" % (xref if startxref is None else startxref)
        return bytes(out)


def pdf_start() -> tuple[PdfWriter, int, int, int]:
    """A writer holding the catalog, page tree and font objects (filled by ``pdf_one_page``)."""
    w = PdfWriter()
    return w, w.add(), w.add(), w.add(FONT)


def pdf_one_page(w: PdfWriter, catalog: int, tree: int, font: int, contents: bytes, resources: bytes = b"",
                 trailer: bytes = b"") -> bytes:
    """Finish a one-page PDF started by ``pdf_start``; ``contents`` is a reference or an array of them."""
    page = w.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> "
                 b"%s>> /Contents %s >>" % (tree, font, resources, contents))
    w.set(tree, b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % page)
    w.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
    return w.build(catalog, trailer=trailer)


def simple_pdf(pages: list[bytes], *, page_extra: bytes = b"", resources: bytes = b"", catalog_extra: bytes = b"",
               trailer: bytes = b"", objects: Callable[[PdfWriter], None] | None = None, **build) -> bytes:
    """A PDF whose pages show the given content streams with Helvetica as /F1."""
    w = PdfWriter()
    catalog, tree, font = w.add(), w.add(), w.add(FONT)
    kids = []
    for content in pages:
        c = w.add(stream(content))
        kids.append(w.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> "
                          b"%s>> /Contents %d 0 R %s>>" % (tree, font, resources, c, page_extra)))
    w.set(tree, b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids)))
    w.set(catalog, b"<< /Type /Catalog /Pages %d 0 R %s>>" % (tree, catalog_extra))
    if objects:
        objects(w)
    return w.build(catalog, trailer=trailer, **build)


def resume_pdf() -> bytes:
    half = len(RESUME_LINES) // 2
    return simple_pdf([resume_content(RESUME_LINES[:half]), resume_content(RESUME_LINES[half:])])


def pdf_truncated() -> bytes:
    data = resume_pdf()
    return data[: int(len(data) * 0.6)]


def pdf_garbage_prefix() -> bytes:
    head = b"".join(b"X-Upload-Header-%03d: value\r\n" % i for i in range(40))[:1024]
    return head + resume_pdf()


def pdf_corrupt_xref() -> bytes:
    data = simple_pdf([resume_content()], shift=7, startxref=10 ** 7)
    return data


def pdf_xref_loop() -> bytes:
    return simple_pdf([resume_content()], prev_self=True)


def pdf_pages_loop() -> bytes:
    w = PdfWriter()
    catalog, tree, font = w.add(), w.add(), w.add(FONT)
    content = w.add(stream(resume_content()))
    page = w.add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> >> "
                 b"/Contents %d 0 R >>" % (tree, font, content))
    w.set(tree, b"<< /Type /Pages /Kids [%d 0 R %d 0 R] /Count 2 >>" % (page, tree))
    w.set(catalog, b"<< /Type /Catalog /Pages %d 0 R >>" % tree)
    return w.build(catalog)


def pdf_xobject_loop() -> bytes:
    w, catalog, tree, font = pdf_start()
    x1, x2 = w.add(), w.add()
    form = b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 %d 0 R >> " \
           b"/XObject << /X1 %d 0 R /X2 %d 0 R >> >> " % (font, x1, x2)
    w.set(x1, stream(resume_content(RESUME_LINES[:6]) + b"\n/X2 Do", form))
    w.set(x2, stream(b"/X1 Do", form))
    content = w.add(stream(b"/X1 Do"))
    return pdf_one_page(w, catalog, tree, font, b"%d 0 R" % content, resources=b"/XObject << /X1 %d 0 R >> " % x1)


def pdf_deep_nesting(depth: int = 5_000) -> bytes:
    deep = b"[" * depth + b"1" + b"]" * depth
    content = resume_content() + b"\nBT /F1 10 Tf 56 60 Td " + deep + b" TJ ET"
    annot = b"<< /Type /Annot /Subtype /Link /Rect [56 700 300 720] /Border " + deep + \
            b" /A << /S /URI /URI (https://vellacott.example.dev/) >> >>"

    def extra(w: PdfWriter) -> None:
        w.add(annot)
        w.add(b"<< /Title " + deep + b" >>")
    n = 3 + 2 + 1  # catalog, tree, font, content, page -> the annotation is object 6, the info 7
    return simple_pdf([content], page_extra=b"/Annots [%d 0 R] " % n, trailer=b"/Info %d 0 R " % (n + 1),
                      objects=extra)


def pdf_huge_numbers() -> bytes:
    big, huge = b"9" * 400, b"9" * 5_000
    content = b"1 0 0 1 0 " + big + b" cm\nq " + huge + b" 0 0 1 0 0 cm Q\n" + resume_content() + \
        b"\nBT /F1 " + big + b" Tf " + huge + b" 5 Td (x) Tj ET"
    return simple_pdf([content], page_extra=b"/Rotate " + huge + b" ")


def pdf_long_token(length: int = 40 * MIB) -> bytes:
    data = resume_content() + b"\nBT /F1 10 Tf 56 40 Td " + b"1" * length + b" Tj ET"
    w, catalog, tree, font = pdf_start()
    content = w.add(stream(zlib.compress(data, 9), b"/Filter /FlateDecode "))
    return pdf_one_page(w, catalog, tree, font, b"%d 0 R" % content)


def deflate_repeated(prefix: bytes, unit: bytes, total: int, suffix: bytes) -> bytes:
    """Raw deflate of ``prefix + unit*k + suffix`` (about ``total`` bytes) from one compressed
    megabyte: after a full flush the compressor restarts, so the same input compresses to the
    same bytes, which are repeated instead of compressed again."""
    block = unit if len(unit) >= MIB // 2 else unit * (MIB // len(unit))
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    head = c.compress(prefix) + c.flush(zlib.Z_FULL_FLUSH)
    seg = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)
    assert seg == again, "zlib did not restart after a full flush"
    return head + seg * (total // len(block)) + c.compress(suffix) + c.flush()


def adler32_of_constant(byte: int, n: int) -> int:
    """Adler-32 of ``n`` copies of one byte, in closed form (RFC 1950)."""
    a = (1 + n * byte) % 65521
    b = (n + byte * n * (n + 1) // 2) % 65521
    return (b << 16) | a


def pdf_flate_bomb() -> bytes:
    n = GIB
    inner = b"\x78\xda" + deflate_repeated(b"", b" ", n, b"") + struct.pack(">I", adler32_of_constant(32, n))
    outer = zlib.compress(inner, 9)
    w, catalog, tree, font = pdf_start()
    good = w.add(stream(resume_content()))
    bomb = w.add(stream(outer, b"/Filter [/FlateDecode /FlateDecode] "))
    return pdf_one_page(w, catalog, tree, font, b"[%d 0 R %d 0 R]" % (good, bomb))


def pdf_many_pages(n: int = 1_000) -> bytes:
    pages = [resume_content()] + [resume_content([f"Appendix page {i}"]) for i in range(2, n + 1)]
    return simple_pdf(pages)


def pdf_many_chars(lines: int = 500, per_line: int = 400) -> bytes:
    rng = random.Random(6)
    words = ["kubernetes", "python", "cloud", "lead", "agile", "data", "api", "team", "go", "sre"]
    noise = [b"BT /F1 1 Tf 1 1 1 rg 20 100 Td 1 TL"]  # below the résumé, running off the page
    for _ in range(lines):
        text = ""
        while len(text) < per_line:
            text += rng.choice(words) + " "
        noise.append(pdf_string(text[:per_line]) + b" Tj T*")
    noise.append(b"ET")
    return simple_pdf([resume_content() + b"\n" + b"\n".join(noise)])


def pdf_image_only() -> bytes:
    w, h = 120, 24
    rng = random.Random(13)
    pixels = bytes(rng.choice((0, 255)) for _ in range(w * h))
    image = stream(zlib.compress(pixels), b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
                                          b"/BitsPerComponent 8 /Filter /FlateDecode " % (w, h))

    def extra(wr: PdfWriter) -> None:
        wr.add(image)
    return simple_pdf([b"q 480 0 0 96 56 640 cm /Im1 Do Q"], resources=b"/XObject << /Im1 6 0 R >> ", objects=extra)


def pdf_active_content() -> bytes:
    def extra(w: PdfWriter) -> None:
        w.add(stream(b"@echo off\r\necho this file is inert in a test\r\n", b"/Type /EmbeddedFile "))
        w.add(b"<< /Type /Annot /Subtype /Link /Rect [56 700 300 720] /A << /S /Launch /F (cmd.exe) >> >>")
    catalog = (b"/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >> "
               b"/Names << /EmbeddedFiles << /Names [(run.bat) << /Type /Filespec /F (run.bat) /EF << /F 6 0 R >> >>] >> >> ")
    return simple_pdf([resume_content()], catalog_extra=catalog, page_extra=b"/Annots [7 0 R] ", objects=extra)


# The standard security handler, revision 2 (RC4, 40-bit key): PDF 1.7, 7.6.3.
_PAD = bytes.fromhex("28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a")


def rc4(key: bytes, data: bytes) -> bytes:
    s = list(range(256))
    j = 0
    for i in range(256):
        j = (j + s[i] + key[i % len(key)]) % 256
        s[i], s[j] = s[j], s[i]
    out = bytearray()
    i = j = 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + s[i]) % 256
        s[i], s[j] = s[j], s[i]
        out.append(byte ^ s[(s[i] + s[j]) % 256])
    return bytes(out)


def pdf_encrypted(user: bytes = b"resume", owner: bytes = b"owner-secret") -> bytes:
    doc_id = hashlib.md5(b"resumekit hostile " + user).digest()
    perms = -44  # printing allowed, copying and changing not
    o = rc4(hashlib.md5((owner + _PAD)[:32]).digest()[:5], (user + _PAD)[:32])
    key = hashlib.md5((user + _PAD)[:32] + o + struct.pack("<i", perms) + doc_id).digest()[:5]
    u = rc4(key, _PAD)
    w, catalog, tree, font = pdf_start()
    content = w.add()
    obj_key = hashlib.md5(key + struct.pack("<i", content)[:3] + b"\x00\x00").digest()[:10]
    w.set(content, stream(rc4(obj_key, resume_content())))
    enc = w.add(b"<< /Filter /Standard /V 1 /R 2 /Length 40 /O <%s> /U <%s> /P %d >>" % (o.hex().encode(),
                                                                                      u.hex().encode(), perms))
    ids = doc_id.hex().encode()
    return pdf_one_page(w, catalog, tree, font, b"%d 0 R" % content,
                        trailer=b"/Encrypt %d 0 R /ID [<%s> <%s>] " % (enc, ids, ids))


def pdf_encrypted_pubsec() -> bytes:
    def extra(w: PdfWriter) -> None:
        w.add(b"<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s4 /V 4 /Length 128 /Recipients [<3082>] >>")
    return simple_pdf([resume_content()], trailer=b"/Encrypt 6 0 R /ID [<00112233> <00112233>] ", objects=extra)


# ----------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '</Types>')
PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
    'Target="docProps/core.xml"/>'
    '</Relationships>')


def core_xml(title: str = "CV", doctype: str = "") -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + doctype +
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            f'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{title}</dc:title>'
            '<dc:creator>resumekit tests</dc:creator></cp:coreProperties>')


def xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paragraphs_xml(lines=RESUME_LINES) -> str:
    return "".join(f'<w:p><w:r><w:t xml:space="preserve">{xml_escape(t)}</w:t></w:r></w:p>' for t in lines)


def document_xml(body: str, doctype: str = "") -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{doctype}'
            f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>')


def zip_bytes(parts: dict[str, bytes | str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, ZIP_DATE_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


def docx_bytes(body: str | None = None, *, doctype: str = "", core: str | None = None,
               extra: dict[str, bytes | str] | None = None) -> bytes:
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": PACKAGE_RELS,
             "word/document.xml": document_xml(paragraphs_xml() if body is None else body, doctype),
             "docProps/core.xml": core or core_xml()}
    parts.update(extra or {})
    return zip_bytes(parts)


def docx_truncated() -> bytes:
    data = docx_bytes()
    return data[: len(data) // 2]


def docx_missing_main_part() -> bytes:
    return zip_bytes({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": PACKAGE_RELS,
                      "docProps/core.xml": core_xml()})


def ole_file(stream_name: str) -> bytes:
    """An OLE2 compound file header plus a directory entry naming ``stream_name`` (enough to sniff)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + struct.pack("<HHH", 0x3E, 3, 0xFFFE) + b"\x00" * 486
    entry = stream_name.encode("utf-16-le").ljust(64, b"\x00") + struct.pack("<H", 2 * (len(stream_name) + 1))
    return header + entry.ljust(128, b"\x00") + b"\x00" * 4096


def docx_rtf() -> bytes:
    return b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Helvetica;}}\\f0\\fs20 " + \
        b"\\par ".join(line.encode("cp1252", "replace") for line in RESUME_LINES[:5]) + b"}"


def docx_odt() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype", ZIP_DATE_TIME), "application/vnd.oasis.opendocument.text")
        zf.writestr(zipfile.ZipInfo("content.xml", ZIP_DATE_TIME), "<office:document-content/>")
    return buf.getvalue()


def hand_zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip written by hand from (name, raw deflate data, CRC-32, declared size), so that a
    declared size can be anything."""
    out, central = bytearray(), bytearray()
    for name, raw, crc, size in members:
        n = name.encode()
        offset = len(out)
        out += struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(raw), size, len(n), 0) + n + raw
        central += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(raw), size, len(n),
                               0, 0, 0, 0, 0, offset) + n
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), len(out), 0)
    return bytes(out + central + end)


def deflated(name: str, data: bytes | str) -> tuple[str, bytes, int, int]:
    data = data.encode() if isinstance(data, str) else data
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return name, c.compress(data) + c.flush(), zlib.crc32(data), len(data)


def docx_with_document(raw: bytes, crc: int, declared: int) -> bytes:
    """The résumé package with word/document.xml replaced by raw deflate data declaring ``declared`` bytes."""
    return hand_zip([deflated("[Content_Types].xml", CONTENT_TYPES), deflated("_rels/.rels", PACKAGE_RELS),
                     ("word/document.xml", raw, crc, declared), deflated("docProps/core.xml", core_xml())])


@functools.lru_cache(maxsize=1)
def bomb_document() -> tuple[bytes, int, int]:
    """word/document.xml of 1 GiB (the résumé, then empty paragraphs), deflated: (raw, CRC, size)."""
    prefix = document_xml(paragraphs_xml()).split("</w:body>")[0].encode()
    suffix = b"</w:body></w:document>"
    block = b"<w:p/>" * (MIB // 6)
    count = GIB // len(block)
    raw = deflate_repeated(prefix, block, count * len(block), suffix)
    crc = zlib.crc32(prefix)
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    return raw, zlib.crc32(suffix, crc), len(prefix) + count * len(block) + len(suffix)


def docx_zip_bomb() -> bytes:
    """word/document.xml declares (and inflates to) 1 GiB."""
    raw, crc, size = bomb_document()
    return docx_with_document(raw, crc, size)


def docx_lying_zip() -> bytes:
    """word/document.xml declares 4 KB but inflates to 1 GiB (the headers lie)."""
    raw, crc, _ = bomb_document()
    return docx_with_document(raw, crc, 4096)


def docx_many_parts(n: int = 3_000) -> bytes:
    extra = {f"customXml/item{i}.xml": "<x/>" for i in range(n)}
    return docx_bytes(extra=extra)


def docx_xml_bomb() -> bytes:
    """A document.xml of 40 MB of empty paragraphs: below max_docx_bytes, above max_docx_xml_bytes."""
    return docx_bytes(paragraphs_xml() + "<w:p/>" * (40 * MIB // 6))


def docx_xxe(target: str = "file:///etc/passwd") -> bytes:
    doctype = f'<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "{target}">]>'
    body = paragraphs_xml() + '<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>'
    core_doctype = f'<!DOCTYPE cp:coreProperties [<!ENTITY xxe SYSTEM "{target}">]>'
    return docx_bytes(body, doctype=doctype, core=core_xml("&xxe;", core_doctype))


def docx_billion_laughs() -> bytes:
    ents = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{("&lol%d;" % (i - 1)) * 10}">' for i in range(1, 10)]
    doctype = "<!DOCTYPE w:document [" + "".join(ents) + "]>"
    return docx_bytes(paragraphs_xml() + "<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>", doctype=doctype)


def docx_deep_nesting(depth: int = 2_000) -> bytes:
    nested = "<w:tbl><w:tr><w:tc>" * depth + "<w:p/>" + "</w:tc></w:tr></w:tbl>" * depth
    return docx_bytes(paragraphs_xml() + nested + "<w:p/>")


def docx_huge_run(n: int = 20 * MIB) -> bytes:
    return docx_bytes(paragraphs_xml() + "<w:p><w:r><w:t>" + "x" * n + "</w:t></w:r></w:p>")


# ----------------------------------------------------------------------------- text

TEXT = PLAIN_TXT + "\nRéférences: sur demande — café, Übung, Straße\n"


def text_nul_bytes() -> bytes:
    raw = TEXT.encode()
    cut = raw.index(b"\n\n")
    return raw[:cut] + b"\x00" * 4096 + b"\x0c\x1b[31m" + raw[cut:].replace(b" ", b" \x00", 20)


def text_binary() -> bytes:
    return random.Random(2).randbytes(64 * 1024)


CASES: dict[str, Case] = {
    # PDF
    "zero-byte.pdf": Case(lambda: b"", "EmptyInputError", "0 bytes"),
    "random-bytes.pdf": Case(lambda: random.Random(1).randbytes(64 * 1024), "UnsupportedFormatError",
                             "64 KiB of random bytes named .pdf"),
    "html-renamed.pdf": Case(lambda: b"<!DOCTYPE html><html><head><title>502</title></head><body>Bad gateway"
                                     b"</body></html>", "UnsupportedFormatError", "an HTML error page saved as .pdf"),
    "docx-renamed.pdf": Case(docx_bytes, "ok", "a valid DOCX named .pdf: the bytes decide"),
    "truncated.pdf": Case(pdf_truncated, "CorruptPDFError", "a valid 2-page PDF cut at 60%", also=("ok",)),
    "garbage-prefix.pdf": Case(pdf_garbage_prefix, "ok", "1 KiB of mail headers before %PDF-"),
    "corrupt-xref.pdf": Case(pdf_corrupt_xref, "ok", "every xref offset 7 bytes off, startxref past the end"),
    "xref-loop.pdf": Case(pdf_xref_loop, "CorruptPDFError", "the trailer's /Prev points at its own xref",
                          also=("ok",)),
    "pages-loop.pdf": Case(pdf_pages_loop, "ok", "the page tree lists itself among its kids",
                           also=("CorruptPDFError",)),
    "xobject-loop.pdf": Case(pdf_xobject_loop, "ok", "two form XObjects that paint each other"),
    "deep-nesting.pdf": Case(pdf_deep_nesting, "CorruptPDFError", "arrays nested 5,000 deep in the Info dict, "
                             "an annotation and a TJ operand", also=("ok",)),
    "huge-numbers.pdf": Case(pdf_huge_numbers, "ok", "400- and 5,000-digit operands and /Rotate"),
    "long-token.pdf": Case(pdf_long_token, "ok", "a 40 MiB number token in a compressed content stream"),
    "flate-bomb.pdf": Case(pdf_flate_bomb, "ResourceLimitError", "a stream that inflates twice to 1 GiB",
                           limit="max_pdf_stream_bytes"),
    "many-pages.pdf": Case(pdf_many_pages, "ok", "1,000 pages (the first max_pages are read)"),
    "many-chars.pdf": Case(pdf_many_chars, "ok", "200,000 white 1 pt glyphs under the résumé"),
    "image-only.pdf": Case(pdf_image_only, "NoTextLayerError", "one page, one image, no text"),
    "active-content.pdf": Case(pdf_active_content, "ok", "JavaScript, a launch action, an embedded .bat"),
    "encrypted.pdf": Case(pdf_encrypted, "EncryptedDocumentError", "RC4-40 with a user password"),
    "encrypted-no-user-password.pdf": Case(lambda: pdf_encrypted(user=b""), "ok",
                                           "RC4-40 with an empty user password: opens"),
    "encrypted-pubsec.pdf": Case(pdf_encrypted_pubsec, "EncryptedDocumentError", "certificate (public-key) security"),
    # DOCX
    "empty.docx": Case(lambda: b"", "EmptyInputError", "0 bytes named .docx"),
    "not-a-zip.docx": Case(lambda: TEXT.encode(), "ok", "plain text named .docx: read as text"),
    "truncated.docx": Case(docx_truncated, "CorruptDocxError", "a DOCX cut in half"),
    "doc-renamed.docx": Case(lambda: ole_file("WordDocument"), "UnsupportedFormatError", "a Word 97 .doc"),
    "encrypted.docx": Case(lambda: ole_file("EncryptedPackage"), "EncryptedDocumentError",
                           "a password-protected DOCX (an OLE file holding EncryptedPackage)"),
    "rtf-renamed.docx": Case(docx_rtf, "UnsupportedFormatError", "RTF named .docx"),
    "odt-renamed.docx": Case(docx_odt, "UnsupportedFormatError", "OpenDocument text named .docx"),
    "missing-main-part.docx": Case(docx_missing_main_part, "CorruptDocxError", "relationships point at a missing part"),
    "zip-bomb.docx": Case(docx_zip_bomb, "ResourceLimitError", "document.xml declares and inflates to 1 GiB",
                          limit="max_docx_bytes"),
    "lying-zip.docx": Case(docx_lying_zip, "CorruptDocxError", "document.xml declares 4 KB, inflates to 1 GiB"),
    "many-parts.docx": Case(docx_many_parts, "ResourceLimitError", "3,000 members", limit="max_docx_parts"),
    "xml-bomb.docx": Case(docx_xml_bomb, "ResourceLimitError", "a 40 MB document.xml of empty paragraphs",
                          limit="max_docx_xml_bytes"),
    "xxe.docx": Case(docx_xxe, "ok", "an external entity to file:///etc/passwd, left unresolved"),
    "billion-laughs.docx": Case(docx_billion_laughs, "CorruptDocxError", "entities nested 10 deep x 10 wide",
                                also=("ok",)),
    "deep-nesting.docx": Case(docx_deep_nesting, "CorruptDocxError", "2,000 nested tables", also=("ok",)),
    "huge-text-run.docx": Case(docx_huge_run, "ResourceLimitError", "one 20 MB text run", limit="max_chars",
                               also=("CorruptDocxError",)),
    # text
    "empty.txt": Case(lambda: b"", "EmptyInputError", "0 bytes"),
    "utf16.txt": Case(lambda: TEXT.encode("utf-16"), "ok", "UTF-16 LE with BOM"),
    "utf8-bom.txt": Case(lambda: b"\xef\xbb\xbf" + TEXT.encode(), "ok", "UTF-8 with BOM"),
    "latin1.txt": Case(lambda: TEXT.replace("–", "-").replace("—", "-").replace("•", "-").encode("latin-1"), "ok",
                       "Latin-1: not UTF-8"),
    "cp1252.txt": Case(lambda: TEXT.encode("cp1252"), "ok", "Windows-1252 (en dashes, bullets)"),
    "nul-bytes.txt": Case(text_nul_bytes, "ok", "NULs, a 4 KiB NUL run, form feed, ANSI escapes"),
    "long-line.txt": Case(lambda: b"a." * 1_000_000 + b"a@" * 1_000_000, "ResourceLimitError",
                          "4 MB on one line: over max_chars", limit="max_chars"),
    "long-line-ok.txt": Case(lambda: TEXT.encode() + b"a." * 150_000 + b"a@" * 150_000 + b"\n", "ok",
                             "600 KB on one line, under max_chars: cut into pieces, read in linear time"),
    "long-line-digits.txt": Case(lambda: TEXT.encode() + b"1-" * 300_000 + b"\n", "ok",
                                 "600 KB of '1-1-1-' on one line"),
    "long-line-markdown.md": Case(lambda: b"# Oskar\n" + b"**a" * 100_000 + b"[a](" * 75_000 + b"\n", "ok",
                                  "600 KB of emphasis and link openers on one Markdown line"),
    "layout-columns.txt": Case(lambda: TEXT.encode() + "".join(
        f"Left cell {i}{' ' * 20}Right column text\nLeft alone\n{' ' * 32}right alone\n\n" for i in range(1500)).encode()
        + ("  ".join(["ab"] * 50) + "\n").encode() * 1000, "ok",
        "monospaced layout text: every row a gutter candidate, then rows of two-spaced cells (a candidate column every third)"),
    "markdown-escapes.md": Case(lambda: b"# Oskar\n" + TEXT.encode() + b"\\" * 100_000 + b"\n" + b"\\_" * 50_000 + b"\n"
                                + b"[\\[" * 50_000 + b"](https://example.com)\n" + b"<b><i>" * 20_000 + b"x"
                                + b"</i></b>" * 20_000 + b"\n" + b"<b>" * 50_000 + b"\n", "ok",
                                "Markdown of backslashes, escaped rules and link brackets, HTML nested 40,000 deep, lone tags"),
    "many-lines.txt": Case(lambda: b"a\n" * 20_000, "ResourceLimitError", "20,000 one-letter lines",
                           limit="max_lines"),
    "binary.txt": Case(text_binary, "UnsupportedFormatError", "64 KiB of random bytes named .txt"),
}


def write_all(folder: Path, names=None) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, case in CASES.items():
        if names and name not in names:
            continue
        path = folder / name
        path.write_bytes(case.build())
        out.append(path)
    return out


if __name__ == "__main__":
    for p in write_all(Path(sys.argv[1]), set(sys.argv[2:]) or None):
        print(f"{p.name:32} {p.stat().st_size:>12,} bytes")
