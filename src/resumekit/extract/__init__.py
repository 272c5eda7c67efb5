"""Extraction: a :class:`~resumekit.sources.Source` of any supported format into one
:class:`~resumekit.document.Document`. One table row per format."""
from __future__ import annotations

from typing import Callable

from ..document import Document
from ..options import ParseOptions
from ..sources import Source
from .docx import extract_docx
from .pdf import extract_pdf
from .plain import extract_markdown, extract_text

__all__ = ["EXTRACTORS", "extract_source"]

EXTRACTORS: dict[str, Callable[[Source, ParseOptions], Document]] = {
    "pdf": extract_pdf,
    "docx": extract_docx,
    "text": extract_text,
    "markdown": extract_markdown,
}


def extract_source(source: Source, options: ParseOptions) -> Document:
    return EXTRACTORS[source.format](source, options)
