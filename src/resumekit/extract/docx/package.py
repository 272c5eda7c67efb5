"""A DOCX package opened within bounds, and python-docx's and lxml's failures turned into typed errors.

Before python-docx reads a byte, :func:`resumekit.zipguard.check_package` checks the zip against
the DOCX limits of ParseOptions (entries, declared and actual inflated sizes); before the body is
walked, its paragraphs with text are counted against ``max_lines``, and header/footer references
that lead nowhere readable are dropped. The XML is parsed
by lxml with entities left unresolved, no DTD loading and no network (python-docx's parser and
ours, :func:`resumekit.extract.docx._parse_xml`): an external entity (XXE) is never fetched and an
entity-expansion ("billion laughs") document is refused by libxml2's amplification limit; lxml's
``huge_tree`` stays off, so nesting beyond 256 levels and text nodes beyond 10 MB are refused too.

Errors: a ResumekitError passes; a package that is an Office file but not a Word document is
:class:`UnsupportedFormatError`; lxml's limits become errors that say which; anything else
raised inside python-docx or lxml becomes :class:`CorruptDocxError` naming the cause; an
exception raised in resumekit's own code is left alone (the API reports it as an internal error).
"""
from __future__ import annotations

import io

from ...errors import CorruptDocxError, ResumekitError, UnsupportedFormatError
from ...options import ParseOptions, limit_exceeded
from ...safety import check_line_count
from ...sources import Source
from ...zipguard import check_package
from ..blame import raised_in

__all__ = ["DocxSession"]

_DEPENDENCIES = ("docx", "lxml")
_LXML_TEXT_NODE = 10_000_000  # libxml2's XML_MAX_TEXT_LENGTH without huge_tree


class DocxSession:
    """``with DocxSession(source, options) as s:`` — ``s.doc`` is the python-docx Document, opened only
    after the package passed the zip checks; failures inside the block leave it as typed errors."""

    def __init__(self, source: Source, options: ParseOptions):
        self.source = source
        self.options = options
        self.doc = None

    def __enter__(self) -> "DocxSession":
        check_package(self.source.data, self.options)
        try:
            import docx

            self.doc = docx.Document(io.BytesIO(self.source.data))
            _drop_dangling_references(self.doc)
            # refuse a body of a million paragraphs before walking it: lxml counts in C
            check_line_count(int(self.doc.element.body.xpath("count(.//w:p[.//w:t])")), self.options)
        except BaseException as e:
            mapped = self._map(e)
            if mapped is e:
                raise
            raise mapped from None
        return self

    def __exit__(self, typ, exc, tb) -> bool:
        if exc is None:
            return False
        mapped = self._map(exc)
        if mapped is exc:
            return False
        raise mapped from None

    def _map(self, e: BaseException) -> BaseException:
        if isinstance(e, ResumekitError):
            return e
        if isinstance(e, RecursionError):
            return CorruptDocxError("the DOCX's XML is nested too deeply to read")
        if not isinstance(e, Exception) or not raised_in(e, _DEPENDENCIES):
            return e
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


_REFERENCES = tuple(f"{{http://schemas.openxmlformats.org/wordprocessingml/2006/main}}{t}"
                    for t in ("headerReference", "footerReference"))
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"


def _drop_dangling_references(doc) -> None:
    """Remove header/footer references whose relationship is missing, external, or names a part
    that is not XML (a damaged or crafted package): python-docx would hand the walk a part
    without an element tree."""
    rels = doc.part.rels
    for ref in [el for el in doc.element.body.iter(*_REFERENCES)]:
        rel = rels.get(ref.get(_R_ID))
        if rel is None or rel.is_external or getattr(rel.target_part, "element", None) is None:
            ref.getparent().remove(ref)
