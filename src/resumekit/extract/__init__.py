"""Extraction: a :class:`~resumekit.sources.Source` of any supported format into one
:class:`~resumekit.document.Document`. One table row per format; PDF has one row per backend
(``ParseOptions.pdf_backend``).

An extractor's module (and the library it reads with: pdfplumber, pypdfium2, lxml) is imported when
the first document of its format is read, not before: text and Markdown never load a PDF or DOCX
reader.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable

from ..document import Document
from ..options import ParseOptions
from ..sources import Source

__all__ = ["EXTRACTORS", "PDF_EXTRACTORS", "extractor", "extract_source"]

Extractor = Callable[[Source, ParseOptions], Document]

# backend -> (module under resumekit.extract, function)
PDF_EXTRACTORS: dict[str, tuple[str, str]] = {
    "pdfplumber": ("pdf.plumber", "extract_pdf"),
    "pdfium": ("pdf.pdfium", "extract_pdf_pdfium"),
}

# format -> (module under resumekit.extract, function); "pdf" is read by the backend the options name
EXTRACTORS: dict[str, tuple[str, str]] = {
    "docx": ("docx", "extract_docx"),
    "text": ("plain", "extract_text"),
    "markdown": ("markdown", "extract_markdown"),
}


def extractor(fmt: str, pdf_backend: str = "pdfplumber") -> Extractor:
    """The extractor of a format (of a PDF backend), its module imported on first use."""
    module, name = PDF_EXTRACTORS[pdf_backend] if fmt == "pdf" else EXTRACTORS[fmt]
    return getattr(import_module(f".{module}", __name__), name)


def extract_source(source: Source, options: ParseOptions) -> Document:
    return extractor(source.format, options.pdf_backend)(source, options)
