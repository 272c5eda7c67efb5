"""DOCX: every line a reader sees, once, in reading order, with its style (see :mod:`.reader`).

- :mod:`.package`: the zip opened within limits, its failures typed;
- :mod:`.reader`: the document's stories (headers, body, footers) into one :class:`Document`;
- :mod:`.walk`: the walk over a story into paragraphs and table rows; :mod:`.rows`: how a table
  row reads (asides, grids, one block per row); :mod:`.hidden`: text a reader cannot see;
- :mod:`.styles`: style hierarchy, heading levels, numbering; :mod:`.text`: a line's text and
  dominant style; :mod:`.layout`: reading order of columns and text boxes;
  :mod:`.headings`: heading styles the typography contradicts.
"""
from .reader import extract_docx

__all__ = ["extract_docx"]
