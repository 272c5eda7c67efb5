"""The DOCX package (resumekit.extract.docx.package): parts, relationships, content types, core
properties, and a damaged or foreign package's typed errors. Packages are written here by hand."""
import datetime as dt

import pytest

import resumekit
from resumekit.errors import CorruptDocxError, UnsupportedFormatError
from resumekit.extract.docx.package import MAIN_TYPE, Package, _w3cdtf_day
from tests.hostile import CONTENT_TYPES, W_NS, core_xml, document_xml, zip_bytes

REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CORE_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
PARAGRAPH = '<w:p><w:r><w:t>Wren Halloway, joiner</w:t></w:r></w:p>'


def _rels(*rels: tuple[str, ...]) -> str:
    """Relationships from (id, type, target[, target mode])."""
    return ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(f'<Relationship Id="{r[0]}" Type="{r[1]}" Target="{r[2]}"'
                      + (f' TargetMode="{r[3]}"' if len(r) > 3 else "") + "/>" for r in rels)
            + '</Relationships>')


def _package(main_rels: str | None = None, content_types: str = CONTENT_TYPES, core: str | None = core_xml(),
             package_rels: str | None = None, extra: dict | None = None, main: str = "word/document.xml") -> bytes:
    parts = {"[Content_Types].xml": content_types,
             "_rels/.rels": package_rels or _rels(("rId1", REL + "officeDocument", main), ("rId2", CORE_REL,
                                                                                          "docProps/core.xml")),
             main: document_xml(PARAGRAPH)}
    if core is not None:
        parts["docProps/core.xml"] = core
    if main_rels is not None:
        folder, name = main.rsplit("/", 1)
        parts[f"{folder}/_rels/{name}.rels"] = main_rels
    parts.update(extra or {})
    return zip_bytes(parts)


@pytest.mark.parametrize("text, day", [
    ("2024-03-05T10:14:55Z", dt.date(2024, 3, 5)),
    ("2024-03-05T23:30:00-02:00", dt.date(2024, 3, 6)),  # 01:30 UTC the next day
    ("2024-03-05T00:30:00+01:00", dt.date(2024, 3, 4)),
    ("2024-03-05", dt.date(2024, 3, 5)),
    ("2024-03", dt.date(2024, 3, 1)),
    ("2024", dt.date(2024, 1, 1)),
    ("2024-03-05T10:14:55.250Z", dt.date(2024, 3, 5)),  # fractions of a second: the offset is not read
    ("2024-03-05T10:14:55+0a:00", None),
    ("yesterday", None),
    ("", None),
])
def test_a_saved_date_is_the_utc_day(text, day):
    assert _w3cdtf_day(text) == day


def test_parts_are_reached_through_relationships_whatever_their_folder():
    header = f'<w:hdr xmlns:w="{W_NS}"><w:p><w:r><w:t>Letterhead of Wren</w:t></w:r></w:p></w:hdr>'
    types = CONTENT_TYPES.replace("</Types>", '<Override PartName="/PARTS/HEAD.XML" ContentType='
                                  '"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                                  '</Types>')
    pkg = Package(_package(_rels(("rH", REL + "header", "../parts/head.xml"),
                                 ("rL", REL + "hyperlink", "https://wren.example/", "External")), types,
                           extra={"parts/head.xml": header}))
    assert pkg.main.content_type == MAIN_TYPE
    head = pkg.main.rels["rH"].target_part
    assert head.name == "/parts/head.xml" and head.element is not None  # the content type matched whatever its case
    assert pkg.main.rels["rL"].is_external and pkg.main.rels["rL"].target_ref == "https://wren.example/"
    assert pkg.main.rels["rL"].target_part is None


@pytest.mark.parametrize("core, metadata, day", [
    (core_xml("Wren Halloway"), (("title", "Wren Halloway"), ("author", "resumekit tests")), None),
    (core_xml("").replace("</cp:coreProperties>", '<dcterms:modified xmlns:dcterms="http://purl.org/dc/terms/">'
                          '2023-11-02T08:00:00Z</dcterms:modified></cp:coreProperties>'),
     (("author", "resumekit tests"),), dt.date(2023, 11, 2)),
    (None, (), None),  # no core properties: nothing is made up (no title, no date)
])
def test_core_properties(core, metadata, day):
    pkg = Package(_package(core=core, package_rels=None if core is not None else
                           _rels(("rId1", REL + "officeDocument", "word/document.xml"))))
    assert pkg.core() == (metadata, day)


@pytest.mark.parametrize("package, error, words", [
    (_package(main_rels=_rels(("rS", REL + "styles", "styles.xml"))), CorruptDocxError, "no item named"),
    (_package(package_rels=_rels(("rId2", CORE_REL, "docProps/core.xml"))), CorruptDocxError, "officeDocument"),
    (_package(package_rels=_rels(("rId1", REL + "officeDocument", "word/document.xml"),
                                 ("rId3", REL + "officeDocument", "word/document.xml"))),
     CorruptDocxError, "multiple"),
    (_package(content_types=CONTENT_TYPES.replace(MAIN_TYPE, "application/vnd.ms-word.document.macroEnabled.main+xml")),
     UnsupportedFormatError, "not a Word document"),
    (_package(extra={"word/document.xml": "<w:document>"}), CorruptDocxError, "cannot be read"),
    (_package(main="word/body.bin", content_types=CONTENT_TYPES.replace("/word/document.xml", "/word/other.xml")),
     CorruptDocxError, "no content type"),
])
def test_a_damaged_or_foreign_package_is_a_typed_error(package, error, words):
    with pytest.raises(error) as e:
        resumekit.extract(package, format="docx")
    assert words in str(e.value)


def _wrong_checksum(data: bytes, name: str) -> bytes:
    """The package with the central directory's CRC-32 of ``name`` changed (what zipfile checks)."""
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_len = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + name_len] == name.encode():
            crc = int.from_bytes(data[at + 16:at + 20], "little") ^ 1
            return data[:at + 16] + crc.to_bytes(4, "little") + data[at + 20:]
        at = data.find(b"PK\x01\x02", at + 4)
    raise AssertionError(name)


def test_the_zip_guard_hands_on_the_members_it_inflated_as_zipfile_reads_them():
    import io
    import zipfile

    from resumekit.options import ParseOptions
    from resumekit.zipguard import check_package

    data = _package(extra={"word/media/kiln.bin": bytes(range(256)) * 300})
    members = check_package(data, ParseOptions())
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        assert set(members) == set(zf.namelist())
        for name in zf.namelist():
            assert members[name] == zf.read(name)  # every part here is deflated and sound: inflated once
    broken = _wrong_checksum(data, "word/document.xml")
    assert check_package(broken, ParseOptions())["word/document.xml"] is None  # left to zipfile, which refuses it
    with pytest.raises(CorruptDocxError, match="cannot be read"):
        resumekit.extract(broken, format="docx")
    assert "Wren Halloway" in resumekit.extract(data, format="docx").text
