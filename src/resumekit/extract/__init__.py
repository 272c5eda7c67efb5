"""Extraction: a :class:`~resumekit.sources.Source` of any supported format into one
:class:`~resumekit.document.Document`. One table row per format; PDF has one row per backend
(``ParseOptions.pdf_backend``)."""
from __future__ import annotations

from typing import Callable

from ..document import Document
from ..options import ParseOptions
from ..sources import Source
from .docx import extract_docx
from .pdf import extract_pdf
from .pdf.pdfium import extract_pdf_pdfium
from .plain import extract_markdown, extract_text

__all__ = ["EXTRACTORS", "PDF_EXTRACTORS", "extract_source"]

Extractor = Callable[[Source, ParseOptions], Document]

PDF_EXTRACTORS: dict[str, Extractor] = {
    "pdfplumber": extract_pdf,
    "pdfium": extract_pdf_pdfium,
}


def _pdf(source: Source, options: ParseOptions) -> Document:
    return PDF_EXTRACTORS[options.pdf_backend](source, options)


EXTRACTORS: dict[str, Extractor] = {
    "pdf": _pdf,
    "docx": extract_docx,
    "text": extract_text,
    "markdown": extract_markdown,
}


def extract_source(source: Source, options: ParseOptions) -> Document:
    return EXTRACTORS[source.format](source, options)
