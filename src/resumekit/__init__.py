"""resumekit: résumés and CVs (PDF, DOCX, plain text, Markdown) into a typed, validated Candidate.

    >>> import resumekit
    >>> candidate = resumekit.parse("cv.pdf")          # doctest: +SKIP
    >>> candidate.name, [job.company for job in candidate.experience]   # doctest: +SKIP

The stages are public too: ``extract(source) -> Document``, ``segment(document) -> [Section]``,
``assemble(document, sections) -> Candidate``. Bad input raises a ``ResumekitError``.
``parse_many(paths)`` parses in worker processes with a hard time and memory limit per document.
"""
from ._version import __version__
from .api import assemble, extract, parse, segment
from .batch import parse_many
from .document import Box, Document, Line, Link, ParseWarning, Run, Section, Style
from .errors import (CorruptDocumentError, CorruptDocxError, CorruptPDFError, EmptyInputError, EncryptedDocumentError,
                     InputError, InternalError, NoTextLayerError, OptionsError, ParseTimeoutError, ResourceLimitError,
                     ResumekitError, UnsupportedFormatError, WorkerCrashError)
from .options import ParseOptions
from .schema import (Award, Candidate, Certification, Contact, Education, Experience, Grade, Language, Location, Meta,
                     OtherSection, Phone, ProfileLink, Project, Publication, Skill)

__all__ = [
    "__version__", "parse", "parse_many", "extract", "segment", "assemble", "ParseOptions",
    "Candidate", "Contact", "Phone", "Location", "ProfileLink", "Experience", "Education", "Grade", "Project",
    "Skill", "Language", "Certification", "Publication", "Award", "OtherSection", "Meta",
    "Document", "Line", "Section", "Style", "Box", "Link", "Run", "ParseWarning",
    "ResumekitError", "InputError", "EmptyInputError", "UnsupportedFormatError", "CorruptDocumentError",
    "CorruptPDFError", "CorruptDocxError", "EncryptedDocumentError", "NoTextLayerError", "ResourceLimitError",
    "ParseTimeoutError", "WorkerCrashError", "OptionsError", "InternalError",
]
