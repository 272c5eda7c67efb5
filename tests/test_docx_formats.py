"""Formats that are not a DOCX, though they come from Word or look like one, are named."""
import pytest

from resumekit.errors import EncryptedDocumentError, UnsupportedFormatError
from resumekit.sources import sniff

from .test_sources import _zip


@pytest.mark.parametrize("data, found", [
    (b'<?xml version="1.0"?><pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage"/>',
     "word-xml"),
    (b'\xef\xbb\xbf<?xml version="1.0"?><w:wordDocument '
     b'xmlns:w="http://schemas.microsoft.com/office/word/2003/wordml"/>', "word-xml"),
    (b'<?xml version="1.0"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>',
     "fodt"),
    (_zip({"Index/Document.iwa": b"x", "Metadata/Properties.plist": b"x"}), "pages"),
    (_zip({"[Content_Types].xml": b"x", "xl/workbook.xml": b"<x/>"}), "xlsx"),
])
def test_other_formats_are_named(data, found):
    with pytest.raises(UnsupportedFormatError) as e:
        sniff(data)
    assert e.value.found == found and "DOCX" in str(e.value)


def test_an_encrypted_docx_is_not_called_a_doc():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 200 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(EncryptedDocumentError):
        sniff(ole)
