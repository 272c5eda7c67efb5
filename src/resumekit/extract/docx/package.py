"""A DOCX package opened within bounds, its parts and relationships read with lxml, and its
failures turned into typed errors.

Before anything is parsed, :func:`resumekit.zipguard.check_package` checks the zip against the
DOCX limits of ParseOptions (entries, declared and actual inflated sizes); before the body is
walked, its paragraphs with text are counted against ``max_lines``, and header/footer references
that lead nowhere readable are dropped.

The package is read as the Open Packaging Conventions (ECMA-376 part 2) lay it out, as
python-docx reads it, without python-docx (its import alone cost 60 ms of CPU, and its object
per part and relationship a little more per document): ``[Content_Types].xml`` gives each
part's content type (by part name, else by extension; case-insensitive); relationships are read
from each part's ``_rels/*.rels`` and
walked from the package's own, every internal target of which must exist and have a content
type; the parts of the WordprocessingML types the reader uses (document, styles, numbering,
settings, headers, footers, comments, core properties) are parsed, the others kept as bytes. The
main part is the target of the package's one ``officeDocument`` relationship and must be a Word
document (a macro-enabled document or a template is another kind of Office file).

The XML is parsed by lxml with entities left unresolved, no DTD loading and no network: an
external entity (XXE) is never fetched and an entity-expansion ("billion laughs") document is
refused by libxml2's amplification limit; lxml's ``huge_tree`` stays off, so nesting beyond 256
levels and text nodes beyond 10 MB are refused too. Blank text between tags is dropped, as
python-docx's parser drops it (a ``w:t`` holding only spaces keeps them).

Errors: a ResumekitError passes; a package that is an Office file but not a Word document is
:class:`UnsupportedFormatError`; lxml's limits become errors that say which; anything else
that goes wrong reading the package (a missing part, damaged XML) is :class:`CorruptDocxError`
naming the cause; an exception raised in resumekit's own code while walking the parts is left
alone (the API reports it as an internal error), except lxml's.
"""
from __future__ import annotations

import datetime as _dt
import io
import posixpath
import zipfile

from ...errors import CorruptDocxError, ResumekitError, UnsupportedFormatError
from ...options import ParseOptions, limit_exceeded
from ...safety import check_line_count
from ...sources import Source
from ...zipguard import check_package
from ..blame import raised_in

__all__ = ["DocxSession", "Package", "Part", "Rel", "parse_xml", "WML"]

_DEPENDENCIES = ("lxml",)
_LXML_TEXT_NODE = 10_000_000  # libxml2's XML_MAX_TEXT_LENGTH without huge_tree

_CT = "application/vnd.openxmlformats-officedocument."
WML = _CT + "wordprocessingml."
MAIN_TYPE = WML + "document.main+xml"
CORE_TYPE = "application/vnd.openxmlformats-package.core-properties+xml"
# The parts parsed as XML: the types python-docx reads as XML (anything else is kept as bytes).
XML_TYPES = frozenset({MAIN_TYPE, CORE_TYPE, WML + "header+xml", WML + "footer+xml", WML + "styles+xml",
                       WML + "numbering+xml", WML + "settings+xml", WML + "comments+xml"})
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE_DOCUMENT = RT + "officeDocument"
CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
_PR = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"

_PARSER = None


def parse_xml(blob: bytes):
    """``blob`` parsed as the package's parts are (see the module's docstring)."""
    global _PARSER
    from lxml import etree

    if _PARSER is None:
        _PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, no_network=True,
                                  load_dtd=False, huge_tree=False)
    return etree.fromstring(blob, _PARSER)


class Rel:
    """A relationship: its type, its target as written, and the part it names (internal ones)."""

    __slots__ = ("rid", "reltype", "target_ref", "is_external", "base", "target_part")

    def __init__(self, rid: str, reltype: str, target_ref: str, is_external: bool, base: str):
        self.rid, self.reltype, self.target_ref, self.is_external = rid, reltype, target_ref, is_external
        self.base = base  # the folder of the part it belongs to, where a relative target starts
        self.target_part: Part | None = None


class Part:
    """A part: its name ("/word/document.xml"), content type, bytes, relationships by id (in the
    order written) and, for the types of :data:`XML_TYPES`, its parsed root element."""

    __slots__ = ("name", "content_type", "blob", "rels", "element")

    def __init__(self, name: str, content_type: str, blob: bytes):
        self.name, self.content_type, self.blob = name, content_type, blob
        self.rels: dict[str, Rel] = {}
        self.element = parse_xml(blob) if content_type in XML_TYPES else None

    def related(self, reltype: str, content_type: str):
        """The root element of the part this part's relationship of ``reltype`` names, when that
        part has ``content_type`` (None otherwise)."""
        return _related(self.rels, reltype, content_type)


def _related(rels: dict[str, Rel], reltype: str, content_type: str):
    """The root element of the part the first internal relationship of ``reltype`` names, when that
    part has ``content_type`` (None otherwise)."""
    rel = next((r for r in rels.values() if r.reltype == reltype and not r.is_external), None)
    part = rel.target_part if rel is not None else None
    return part.element if part is not None and part.content_type == content_type else None


class Package:
    """The parts of a DOCX reachable from the package's relationships; ``main`` is the document."""

    def __init__(self, data: bytes, members: dict[str, bytes | None] | None = None):
        """``members``: every name of the archive and the bytes of those already inflated, as
        :func:`resumekit.zipguard.check_package` returns them (the others are read from ``data``)."""
        self._data, self._members, self._zip = data, members, None
        try:
            self._overrides, self._defaults = _content_types(parse_xml(self._read("[Content_Types].xml")))
            self.parts: dict[str, Part] = {}
            self.rels = self._rels_for("/")
            self._walk(self.rels)
        finally:
            if self._zip is not None:
                self._zip.close()
            self._data = self._members = self._zip = None
        main = [r for r in self.rels.values() if r.reltype == OFFICE_DOCUMENT]
        if not main:
            raise KeyError(f"no relationship of type '{OFFICE_DOCUMENT}' in the package")
        if len(main) > 1:
            raise ValueError(f"multiple relationships of type '{OFFICE_DOCUMENT}' in the package")
        self.main: Part = main[0].target_part  # type: ignore[assignment]
        if self.main.content_type != MAIN_TYPE:
            raise ValueError(f"file is not a Word file, content type is '{self.main.content_type}'")

    def _walk(self, rels: dict[str, Rel]) -> None:
        """Every part the relationships reach, depth first, each read once."""
        for rel in rels.values():
            if rel.is_external:
                continue
            name = _resolve(rel.base, rel.target_ref)
            part = self.parts.get(name)
            if part is None:
                part = self.parts[name] = Part(name, self._content_type(name), self._read(name[1:]))
                part.rels = self._rels_for(name)
                self._walk(part.rels)
            rel.target_part = part

    def _rels_for(self, name: str) -> dict[str, Rel]:
        directory, filename = posixpath.split(name)
        try:
            blob = self._read(posixpath.join(directory, "_rels", f"{filename}.rels")[1:])
        except KeyError:
            return {}
        out: dict[str, Rel] = {}
        for el in parse_xml(blob).iterchildren(_PR):
            rel = Rel(el.get("Id"), el.get("Type"), el.get("Target"), el.get("TargetMode", "Internal") == "External",
                      directory)
            out[rel.rid] = rel
        return out

    def _read(self, name: str) -> bytes:
        """The member ``name``, as ``zipfile.ZipFile.read`` gives it (KeyError when there is none)."""
        if self._members is not None:
            if name not in self._members:
                raise KeyError(f"There is no item named {name!r} in the archive")
            blob = self._members[name]
            if blob is not None:
                return blob
        if self._zip is None:
            self._zip = zipfile.ZipFile(io.BytesIO(self._data))
        return self._zip.read(name)

    def _content_type(self, name: str) -> str:
        found = self._overrides.get(name.lower())
        if found is None:
            found = self._defaults.get(posixpath.splitext(name)[1][1:].lower())
        if found is None:
            raise KeyError(f"no content type for partname '{name}' in [Content_Types].xml")
        return found

    # ---------------------------------------------------------------- what the reader asks

    def core(self) -> tuple[tuple[tuple[str, str], ...], _dt.date | None]:
        """(title and author where set, the day the file was last saved, else created) from the
        core properties; nothing when the package has none."""
        el = _related(self.rels, CORE_PROPERTIES, CORE_TYPE)
        if el is None:
            return (), None
        metadata = tuple((k, v) for k, v in (("title", _text(el, _DC + "title")), ("author", _text(el, _DC + "creator")))
                         if v)
        for prop in ("modified", "created"):
            day = _w3cdtf_day(_text(el, _DCTERMS + prop))
            if day is not None:
                return metadata, day
        return metadata, None


def _resolve(base: str, ref: str) -> str:
    """A relationship's target as a part name: joined to its source's folder, normalised."""
    return posixpath.abspath(posixpath.join(base, ref))


def _content_types(root) -> tuple[dict[str, str], dict[str, str]]:
    overrides: dict[str, str] = {}
    defaults: dict[str, str] = {}
    for el in root.iterchildren(f"{{{_TYPES}}}Override"):
        overrides[el.get("PartName").lower()] = el.get("ContentType")
    for el in root.iterchildren(f"{{{_TYPES}}}Default"):
        defaults[el.get("Extension").lower()] = el.get("ContentType")
    return overrides, defaults


def _text(el, tag: str) -> str:
    child = el.find(tag)
    return (child.text or "") if child is not None else ""


def _w3cdtf_day(text: str) -> _dt.date | None:
    """The UTC day of a W3CDTF date-time ("2003-12-31T10:14:55-08:00", "2003-12", "2003"), None when
    it is not one."""
    stamp = None
    for template in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d", "%Y-%m", "%Y"):
        try:
            stamp = _dt.datetime.strptime(text[:19], template)
            break
        except ValueError:
            continue
    if stamp is None:
        return None
    offset = text[19:]
    if len(offset) == 6 and offset[0] in "+-" and offset[1:3].isdigit() and offset[4:6].isdigit() and offset[3] == ":":
        sign = -1 if offset[0] == "+" else 1
        stamp += _dt.timedelta(hours=sign * int(offset[1:3]), minutes=sign * int(offset[4:6]))
    elif len(offset) == 6:
        return None
    return stamp.date()


class DocxSession:
    """``with DocxSession(source, options) as s:`` — ``s.package`` is the opened :class:`Package`,
    opened only after the zip passed its checks; failures inside the block leave it as typed errors."""

    def __init__(self, source: Source, options: ParseOptions):
        self.source = source
        self.options = options
        self.package: Package | None = None

    def __enter__(self) -> "DocxSession":
        members = check_package(self.source.data, self.options)
        try:
            self.package = Package(self.source.data, members)
        except ResumekitError:
            raise
        except RecursionError:
            raise CorruptDocxError("the DOCX's XML is nested too deeply to read") from None
        except Exception as e:  # reading the package: whatever fails, the file is damaged
            raise self._described(e) from None
        try:
            _drop_dangling_references(self.package, self.body())
            # refuse a body of a million paragraphs before walking it: lxml counts in C, when the part
            # has more "<" than the limit has lines (each element opens with one: fewer hold fewer paragraphs)
            if self.package.main.blob.count(b"<") > self.options.max_lines:
                check_line_count(int(self.body().xpath("count(.//w:p[.//w:t])", namespaces={"w": _W})), self.options)
        except BaseException as e:
            mapped = self._map(e)
            if mapped is e:
                raise
            raise mapped from None
        return self

    def body(self):
        body = self.package.main.element.find(f"{{{_W}}}body")
        if body is None:
            raise CorruptDocxError("the DOCX's document part has no body")
        return body

    def __exit__(self, typ, exc, tb) -> bool:
        if exc is None:
            return False
        mapped = self._map(exc)
        if mapped is exc:
            return False
        raise mapped from None

    def _map(self, e: BaseException) -> BaseException:
        """An error raised while the package is walked: typed when lxml raised it."""
        if isinstance(e, ResumekitError):
            return e
        if isinstance(e, RecursionError):
            return CorruptDocxError("the DOCX's XML is nested too deeply to read")
        if not isinstance(e, Exception) or not raised_in(e, _DEPENDENCIES):
            return e
        return self._described(e)

    def _described(self, e: Exception) -> ResumekitError:
        text = " ".join(str(e).split())
        if isinstance(e, ValueError) and "content type" in text:
            return UnsupportedFormatError("the package is an Office file but not a Word document", found="ooxml")
        if "amplification" in text or "entity reference loop" in text.lower():
            return CorruptDocxError("the DOCX's XML declares entities that expand without bound (an entity-expansion "
                                    "attack); refused")
        if "Excessive depth" in text:
            return CorruptDocxError("the DOCX's XML is nested more than 256 levels deep")
        if "Text node too long" in text or "Resource limit exceeded" in text:
            if self.options.max_chars < _LXML_TEXT_NODE:
                return limit_exceeded("max_chars", "the DOCX holds a single run of text longer than "
                                                   f"{self.options.max_chars:,} characters")
            return CorruptDocxError(f"the DOCX holds a run of text longer than the XML parser's limit "
                                    f"of {_LXML_TEXT_NODE:,} characters")
        detail = text or type(e).__name__
        return CorruptDocxError(f"the DOCX cannot be read ({detail[:160]})")


_REFERENCES = tuple(f"{{{_W}}}{t}" for t in ("headerReference", "footerReference"))
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _drop_dangling_references(package: Package, body) -> None:
    """Remove header/footer references whose relationship is missing, external, or names a part
    that is not XML (a damaged or crafted package): the walk needs a part with an element tree."""
    rels = package.main.rels
    for ref in list(body.iter(*_REFERENCES)):
        rel = rels.get(ref.get(_R_ID))
        if rel is None or rel.is_external or rel.target_part is None or rel.target_part.element is None:
            ref.getparent().remove(ref)
