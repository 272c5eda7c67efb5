"""DOCX extraction: every line a reader sees, once, in reading order, with its style.

:mod:`.package` opens the package (parts, relationships) and lxml parses its XML; the rest is our
own walk over the XML (python-docx's ``Document.paragraphs`` would miss content controls, text
boxes, nested tables, smart tags, field results and headers). The work is split by what each
module owns:
- :mod:`.styles`: the style hierarchy, heading levels of (localised) style names, numbering;
- :mod:`.walk`: the walk over a story (body, header, footer, text box) into paragraphs and
  table rows, following sections, columns and pages; :mod:`.text`: what the text of a line
  looks like (gaps, symbol bullets, dominant style);
- :mod:`.layout`: reading order where the file's order is not it: label columns of
  multi-column sections, text boxes at the top of the page, bullet glyphs in boxes of their own;
- :mod:`.headings`: heading styles the typography contradicts.

What becomes a line, in reading order:
1. the page headers a reader sees (per section: the first-page one when the section has a
   distinct first page, the default one, the even-page one when the document has even pages),
   their repeated lines said once, a line that is only a page number ("Page 1 of 2", "- 3 -":
   the results of PAGE and NUMPAGES fields between page words) left out as page furniture;
2. the body, as :mod:`.layout` orders it;
3. the page footers, likewise, and a footer line that counts the pages beside nothing but words
   ("Jane Doe – CV – Page 2 of 2") left out too, as the PDF reader drops it (a header that does
   stays: the name may be printed only there).
A line's page comes from the page breaks Word rendered when it saved, else from explicit page
and section breaks; ``Document.pages`` is the count the application saved, when it did.

What the lines carry (docs/lines.md has the whole contract):
- ``origin``: "docx" (the body), "docx:header", "docx:footer", with ":table" inside a table and
  ":textbox" inside a text box ("docx:header:table", "docx:textbox:table"...).
- ``block``: one per paragraph; one per table row (:mod:`.rows`): every line of a row shares its
  row's block, a nested table's lines keep their own row's. A table row is often one entry (a
  job, a degree), so a block boundary inside "docx:table" lines is where an entry may begin; an
  entry may also span two rows, or a layout row hold a whole section.
- TABs: a tab stop, spaces pushing text right, a jump in type size between two words (a large
  name, then a small job title), cells of a row read as one line, and a short dated cell (the
  dates and place of a job) attached after the content it sits beside, so an entry's first line
  carries its dates ("Title⇥2019 – 2021", "Employer⇥Leeds").
- ``column``: the page column in multi-column sections, else None (never a table cell).
Text a reader cannot see (:mod:`.hidden`) is left out, with a ``hidden-text`` warning per kind.
"""
from __future__ import annotations

from functools import cached_property

from ...document import Document, Line
from ...options import ParseOptions
from ...sources import Source
from ...text import clean, counted_label, is_page_number  # (page furniture, as the PDF reader reads it too)
from .headings import trust_headings
from .hidden import drawings, page_colour
from .frames import framed_lines
from .layout import arrange, order_columns, section_geometry
from .package import RT, WML, DocxSession, Package, parse_xml
from .styles import Numbering, Styles, read_theme, w as _w
from .walk import Walker

__all__ = ["extract_docx"]


def extract_docx(source: Source, options: ParseOptions) -> Document:
    # zip bombs refused before a byte is parsed, lxml's and the package's failures typed: see .package
    with DocxSession(source, options) as session:
        return _Extractor(session.package, session.body(), source, options).run()


# ----------------------------------------------------------------------------- the document


class _Extractor:
    """Headers, body and footers of one opened DOCX into a :class:`Document`."""

    def __init__(self, package: Package, body, source: Source, options: ParseOptions):
        self.package = package
        self.main = main = package.main
        self.body = body
        self.source = source
        self.options = options
        self.settings = main.related(RT + "settings", WML + "settings+xml")
        theme = read_theme(self._related_xml("/theme"), self._settings_element("clrSchemeMapping"))
        self.styles = Styles(main.related(RT + "styles", WML + "styles+xml"), theme)
        numbering = Numbering(main.related(RT + "numbering", WML + "numbering+xml"))
        self.sections = [section_geometry(s) for s in _section_props(body)] or [section_geometry(None)]
        rendered = next(body.iter(_w("lastRenderedPageBreak")), None) is not None
        drawn = drawings(body, theme)
        for part in self._story_parts():
            drawn = drawn | drawings(part.element, theme)
        page = page_colour(main.element, theme)
        self.walker = Walker(self.styles, numbering, options, self.sections, rendered,
                             backdrops=(drawn.flow(page), drawn.boxes(page)))

    def run(self) -> Document:
        walker = self.walker
        walked = walker.body(self.body, self.main)
        body = framed_lines(walked, self.sections, self.body, self.source, self.options)  # frames by geometry
        if body is None:
            body = arrange(order_columns(walked, self.sections), self.sections)
        saved_pages = self._pages()
        last = max((l.page for l in body), default=1)
        pages = max(saved_pages or 0, last)  # a page count saved by a template can be stale
        header = [l.with_(page=1) for l in self._stories("headers", "docx:header", pages)]
        footer = [l.with_(page=last) for l in self._stories("footers", "docx:footer", pages)]
        lines = trust_headings(header + body + footer, walker.style_of)
        blocks: dict[int, int] = {}
        final = []
        for i, line in enumerate(lines):
            block = blocks.setdefault(line.block, len(blocks))
            final.append(line.with_(index=i, block=block))
        warnings = walker.hidden.warnings()
        metadata, saved_on = self.package.core()  # docProps/core.xml: title, author, dcterms:modified or created
        return Document(lines=tuple(final), format="docx", source=self.source.name, pages=saved_pages,
                        producer=self._app_name(), metadata=metadata, warnings=tuple(warnings),
                        date=saved_on)

    def _stories(self, kind: str, origin: str, pages: int) -> list[Line]:
        """The header (or footer) parts a reader sees, in order, their repeated lines said once.

        Per section: the first-page one when the section has a distinct first page, the default
        one (unless the document is that single first page), the even-page one when the document
        has distinct even pages; a section without its own reference repeats the previous one's."""
        even = self._setting("evenAndOddHeaders")
        rels = self.main.rels
        current: dict[str, str] = {}
        parts = []
        for geom in self.sections:
            current.update(dict(getattr(geom, kind)))
            wanted = ["first"] if geom.title_page else []
            if not (geom.title_page and pages == 1):
                wanted.append("default")
            if even:
                wanted.append("even")
            for kind_ in wanted:
                rel = rels.get(current.get(kind_, ""))
                if (rel is not None and not rel.is_external and rel.target_part.element is not None
                        and rel.target_part not in parts):
                    parts.append(rel.target_part)
        seen: set[str] = set()
        out: list[Line] = []
        for part in parts:
            for line in arrange(self.walker.story(part.element, part, origin)):
                text = line.text.replace("\t", " ")
                if line.text not in seen and not is_page_number(text) and not (kind == "footers" and counted_label(text)):
                    seen.add(line.text)
                    out.append(line)
        return out

    def _story_parts(self) -> list:
        """Every header and footer part of the document (that is XML)."""
        return [rel.target_part for rel in self.main.rels.values() if not rel.is_external
                and rel.reltype.endswith(("/header", "/footer")) and rel.target_part.element is not None]

    def _settings_element(self, tag: str):
        return self.settings.find(_w(tag)) if self.settings is not None else None

    def _setting(self, tag: str) -> bool:
        el = self._settings_element(tag)
        return el is not None and el.get(_w("val")) not in ("0", "false", "off")

    def _related_xml(self, reltype_end: str):
        try:
            for rel in self.main.rels.values():
                if rel.reltype.endswith(reltype_end) and not rel.is_external:
                    return parse_xml(rel.target_part.blob)
        except Exception:
            return None
        return None

    @cached_property
    def _extended_properties(self):
        """``docProps/app.xml`` parsed once, or None."""
        try:
            for rel in self.package.rels.values():
                if rel.reltype.endswith("/extended-properties"):
                    return parse_xml(rel.target_part.blob)
        except Exception:
            return None
        return None

    def _extended(self, tag: str) -> str | None:
        root = self._extended_properties
        el = root.find(f"{{{_EXT}}}{tag}") if root is not None else None
        return el.text.strip() if el is not None and el.text and el.text.strip() else None

    def _app_name(self) -> str | None:
        app, ver = self._extended("Application"), self._extended("AppVersion")
        return clean(f"{app} {ver}" if ver else app) if app else None

    def _pages(self) -> int | None:
        pages = self._extended("Pages")
        return int(pages) or None if pages and pages.isdigit() else None


_EXT = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def _section_props(body) -> list:
    """The body's section properties in order: each section-ending paragraph's, then the body's."""
    out = []
    for sect in body.iter(_w("sectPr")):
        parent = sect.getparent()
        if parent is body or (parent.tag == _w("pPr") and parent.getparent().tag == _w("p")):
            out.append(sect)
    return out
