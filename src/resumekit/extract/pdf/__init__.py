"""PDF: a backend reads what each page paints (glyphs with font, size, colour, box; shapes;
images; link annotations); the shared modules beside it turn that into lines:

- :mod:`.plumber`: the pdfplumber/pdfminer backend (the default); :mod:`.pdfium`: the pypdfium2
  backend (``ParseOptions.pdf_backend="pdfium"``), with :mod:`.pdfium_text` (glyphs from PDFium's
  text page) and :mod:`.pdfium_api` (its C functions); :mod:`.lines`: the page-to-lines assembly
  the backends share;
- :mod:`.guard`: pdfminer bounded (bombs, huge pages, quadratic tokens) and its failures typed;
- :mod:`.paint`: our pdfminer device, recording what each page paints in drawing order;
- :mod:`.fonts`: font names to weight and slant; :mod:`.layout`: glyphs to words and rows;
- :mod:`.columns`: reading order across columns, sidebars and label columns;
- :mod:`.hidden`: text a reader cannot see; :mod:`.furniture`: running headers, footers and page
  numbers; :mod:`.hyphens`: words hyphenated across line ends; :mod:`.broken`: addresses broken
  where a narrow column ends; :mod:`.unmapped`: lost ligatures and fonts without a Unicode map.
"""
__all__ = ["extract_pdf", "pdf_date"]


def __getattr__(name: str):
    """The backend is imported on first use: the DOCX reader shares .layout and .hidden without it."""
    if name in __all__:
        from . import plumber

        return getattr(plumber, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
