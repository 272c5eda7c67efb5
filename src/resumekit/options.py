"""ParseOptions: every knob of a parse in one typed, frozen object, validated once."""
from __future__ import annotations

import datetime as _dt
import importlib.util
from dataclasses import dataclass, fields, replace

from .errors import OptionsError, ResourceLimitError

__all__ = ["ParseOptions", "FORMATS", "PDF_BACKENDS", "limit_exceeded"]

FORMATS = ("pdf", "docx", "text", "markdown")
PDF_BACKENDS = ("pdfplumber", "pdfium")

MiB = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """How to parse.

    format:          force "pdf", "docx", "text" or "markdown" instead of sniffing the bytes.
    language:        force the body language (ISO 639-1) instead of detecting it.
    reference_date:  the date "present" means for derived facts such as ``experience_months``
                     (CLI ``--as-of``); default: the document's own date when it is trustworthy,
                     else today (see :mod:`resumekit.clock`).
    pdf_backend:     "pdfplumber" (the default) or "pdfium": how PDF pages are read. "pdfium"
                     extracts about twice as fast, with the same results on all but a few
                     documents, and needs the ``resumekit[fast]`` extra (pypdfium2); see
                     docs/performance.md ("PDF backends").

    Limits. Exceeding one raises :class:`~resumekit.errors.ResourceLimitError` naming the option to
    raise, except the two marked "truncates", which keep the start of the document and add a
    warning to ``meta.warnings``.

    max_bytes:            largest input accepted.
    max_pages:            most PDF pages read (truncates).
    max_page_glyphs:      most glyphs read from one PDF page, counted as bytes of shown strings
                          (truncates: the rest of the page is skipped).
    max_pdf_stream_bytes: most bytes the streams of a PDF may decode to, all together
                          (decompression bombs).
    max_docx_bytes:       most bytes a DOCX may inflate to, all parts together (zip bombs).
    max_docx_xml_bytes:   most bytes one XML part of a DOCX may inflate to (it is parsed in memory).
    max_docx_parts:       most members a DOCX zip may hold.
    max_chars:            most characters of text kept from a document.
    max_lines:            most lines a document may have.
    timeout:              seconds a document may take; enforced only where documents are parsed in
                          a worker process (the CLI, :func:`resumekit.parse_many`); None: no limit.
    max_memory:           bytes of address space a worker process may add to what it starts with
                          (where the OS can limit it: not Windows); enforced only in worker
                          processes; None: no limit.
    """

    format: str | None = None
    language: str | None = None
    reference_date: _dt.date | None = None
    pdf_backend: str = "pdfplumber"
    max_bytes: int = 50 * MiB
    max_pages: int = 60
    max_page_glyphs: int = 30_000
    max_pdf_stream_bytes: int = 128 * MiB
    max_docx_bytes: int = 200 * MiB
    max_docx_xml_bytes: int = 32 * MiB
    max_docx_parts: int = 2_000
    max_chars: int = 2_000_000
    max_lines: int = 10_000
    timeout: float | None = 30.0
    max_memory: int | None = 1024 * MiB

    def __post_init__(self) -> None:
        if self.format is not None and self.format not in FORMATS:
            raise OptionsError(f"format must be one of {', '.join(FORMATS)}, not {self.format!r}")
        if self.language is not None and (not isinstance(self.language, str) or not self.language.isalpha()):
            raise OptionsError(f"language must be an ISO 639-1 code such as 'en', not {self.language!r}")
        if self.reference_date is not None and not isinstance(self.reference_date, _dt.date):
            raise OptionsError("reference_date must be a datetime.date")
        if self.pdf_backend not in PDF_BACKENDS:
            raise OptionsError(f"pdf_backend must be one of {', '.join(PDF_BACKENDS)}, not {self.pdf_backend!r}")
        if self.pdf_backend == "pdfium" and importlib.util.find_spec("pypdfium2") is None:
            raise OptionsError("pdf_backend 'pdfium' needs pypdfium2: pip install 'resumekit[fast]'")
        for f in fields(self):
            if f.name.startswith("max_"):
                value = getattr(self, f.name)
                if value is None and f.name == "max_memory":
                    continue
                if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                    raise OptionsError(f"{f.name} must be a positive integer, not {value!r}")
        if self.timeout is not None and (not isinstance(self.timeout, (int, float)) or isinstance(self.timeout, bool)
                                         or not self.timeout > 0):
            raise OptionsError(f"timeout must be a positive number of seconds or None, not {self.timeout!r}")

    def replace(self, **changes) -> "ParseOptions":
        return replace(self, **changes)


def limit_exceeded(limit: str, message: str, value: int | float | None = None) -> ResourceLimitError:
    """The error for an exceeded limit of :class:`ParseOptions`: it names the option and how to raise it."""
    flag = "--" + limit.replace("_", "-")
    return ResourceLimitError(message, limit=limit, value=value,
                              hint=f"raise ParseOptions.{limit} (CLI: {flag}) to parse it")
