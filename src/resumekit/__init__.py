"""resumekit: résumés and CVs (PDF, DOCX, plain text, Markdown) into a typed, validated Candidate.

    >>> import resumekit
    >>> candidate = resumekit.parse("cv.pdf")          # doctest: +SKIP
    >>> candidate.name, [job.company for job in candidate.experience]   # doctest: +SKIP

The stages are public too: ``extract(source) -> Document``, ``segment(document) -> [Section]``,
``assemble(document, sections) -> Candidate``. Bad input raises a ``ResumekitError``.
``parse_many(paths)`` parses in worker processes with a hard time and memory limit per document.

``import resumekit`` loads nothing but the version: each name below is imported from its module
the first time it is used (PEP 562), so a program that only needs ``__version__`` or the errors
does not pay for pydantic, the field readers' tables or any format library, and a format library
(pdfplumber, lxml) is loaded when the first document of that format is read.
"""
from __future__ import annotations

import sys
from importlib import import_module

from . import _version
from ._version import __version__

# name -> the module that defines it
_LAZY = {
    **dict.fromkeys(("parse", "extract", "segment", "assemble"), "api"),
    "parse_many": "batch",
    **dict.fromkeys(("Box", "Document", "Line", "Link", "ParseWarning", "Run", "Section", "Style"), "document"),
    **dict.fromkeys(("CorruptDocumentError", "CorruptDocxError", "CorruptPDFError", "EmptyInputError",
                     "EncryptedDocumentError", "InputError", "InternalError", "NoTextLayerError", "OptionsError",
                     "ParseTimeoutError", "ResourceLimitError", "ResumekitError", "UnsupportedFormatError",
                     "WorkerCrashError"), "errors"),
    "ParseOptions": "options",
    **dict.fromkeys(("Award", "Candidate", "Certification", "Contact", "Education", "Experience", "Grade", "Language",
                     "Location", "Meta", "OtherSection", "Phone", "ProfileLink", "Project", "Publication", "Skill"),
                    "schema"),
}

__all__ = [
    "__version__", "parse", "parse_many", "extract", "segment", "assemble", "ParseOptions",
    "Candidate", "Contact", "Phone", "Location", "ProfileLink", "Experience", "Education", "Grade", "Project",
    "Skill", "Language", "Certification", "Publication", "Award", "OtherSection", "Meta",
    "Document", "Line", "Section", "Style", "Box", "Link", "Run", "ParseWarning",
    "ResumekitError", "InputError", "EmptyInputError", "UnsupportedFormatError", "CorruptDocumentError",
    "CorruptPDFError", "CorruptDocxError", "EncryptedDocumentError", "NoTextLayerError", "ResourceLimitError",
    "ParseTimeoutError", "WorkerCrashError", "OptionsError", "InternalError",
]


class _Package(type(_version)):  # a module type; ``import types`` would be one more import
    """The package: ``resumekit.extract`` and ``resumekit.segment`` name the stage functions, as they
    always have, though submodules share those names; loading a submodule binds it on its package
    (``setattr``), which must not replace the function."""

    def __setattr__(self, name: str, value: object) -> None:
        if name in _SHADOWED and isinstance(value, type(_version)):
            return  # the submodule stays reachable as sys.modules["resumekit.extract"]
        super().__setattr__(name, value)


_SHADOWED = ("extract", "segment")
sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> object:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value  # once: the next use is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


TYPE_CHECKING = False  # typing's own flag, without importing typing (type checkers know the name)
if TYPE_CHECKING:  # what type checkers and IDEs see: the same names, imported eagerly
    from .api import assemble, extract, parse, segment
    from .batch import parse_many
    from .document import Box, Document, Line, Link, ParseWarning, Run, Section, Style
    from .errors import (CorruptDocumentError, CorruptDocxError, CorruptPDFError, EmptyInputError,
                         EncryptedDocumentError, InputError, InternalError, NoTextLayerError, OptionsError,
                         ParseTimeoutError, ResourceLimitError, ResumekitError, UnsupportedFormatError,
                         WorkerCrashError)
    from .options import ParseOptions
    from .schema import (Award, Candidate, Certification, Contact, Education, Experience, Grade, Language, Location,
                         Meta, OtherSection, Phone, ProfileLink, Project, Publication, Skill)
