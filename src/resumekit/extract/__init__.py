"""Extraction: a :class:`~resumekit.sources.Source` of any supported format into one
:class:`~resumekit.document.Document`. One table row per format.

An extractor's module (and the library it reads with: pdfplumber, lxml) is imported when the first
document of its format is read, not before: text and Markdown never load a PDF or DOCX reader.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable

from ..document import Document
from ..options import ParseOptions
from ..sources import Source

__all__ = ["EXTRACTORS", "extractor", "extract_source"]

Extractor = Callable[[Source, ParseOptions], Document]

# format -> (module under resumekit.extract, function)
EXTRACTORS: dict[str, tuple[str, str]] = {
    "pdf": ("pdf", "extract_pdf"),
    "docx": ("docx", "extract_docx"),
    "text": ("plain", "extract_text"),
    "markdown": ("plain", "extract_markdown"),
}


def extractor(fmt: str) -> Extractor:
    """The extractor of a format, its module imported on first use."""
    module, name = EXTRACTORS[fmt]
    return getattr(import_module(f".{module}", __name__), name)


def extract_source(source: Source, options: ParseOptions) -> Document:
    return extractor(source.format)(source, options)
