"""The bounds between extraction and the field readers, applied in one place (``api.extract``).

The field readers and segmentation run many regular expressions and per-word loops on each line;
they are written for lines a person writes. Here a Document is made safe for them:
1. a line longer than ``LINE_CHARS`` (a 4 MB line of one word, a DOCX run without a break) is cut
   into pieces of at most that many characters, at a space or TAB where there is one near the
   cut, each piece a block of its own (so that no reader joins them back into one line as a
   wrapped paragraph); nothing is dropped, and a ``long-line-split`` warning says so;
2. a document with more than ``ParseOptions.max_lines`` lines (after the cut) is refused: the cost
   of reading fields grows with the number of lines, and no résumé has that many.

Longest line in the labelled corpus: under 500 characters; ``LINE_CHARS`` is ten times that.
"""
from __future__ import annotations

from .document import Document, Line, ParseWarning
from .options import ParseOptions, limit_exceeded

__all__ = ["bound_document", "check_line_count", "LINE_CHARS"]

LINE_CHARS = 5_000
_LOOK_BACK = LINE_CHARS // 5  # how far back from a cut a space is looked for


def bound_document(document: Document, options: ParseOptions) -> Document:
    if any(len(line.text) > LINE_CHARS for line in document.lines):
        document = _split_long_lines(document)
    check_line_count(len(document.lines), options)
    return document


def check_line_count(count: int, options: ParseOptions) -> None:
    """Refuse ``count`` lines over ``max_lines``; extractors call it early with a cheap upper bound."""
    if count > options.max_lines:
        raise limit_exceeded("max_lines", f"the document has {count:,} lines, more than the limit of "
                                          f"{options.max_lines:,}", count)


def _split_long_lines(document: Document) -> Document:
    lines: list[Line] = []
    split = 0
    pages = set()
    shift = 0  # blocks added so far: the blocks after a cut line move down
    for line in document.lines:
        if len(line.text) <= LINE_CHARS:
            lines.append(line.with_(index=len(lines), block=line.block + shift))
            continue
        split += 1
        pages.add(line.page)
        pieces = _pieces(line.text)
        for k, piece in enumerate(pieces):
            lines.append(line.with_(text=piece, raw=None, index=len(lines), runs=(), block=line.block + shift + k,
                                    bullet=line.bullet and k == 0, links=line.links if k == 0 else ()))
        shift += max(len(pieces) - 1, 0)
    page = pages.pop() if len(pages) == 1 else None
    warning = ParseWarning("long-line-split", f"{split} line(s) longer than {LINE_CHARS:,} characters were cut "
                                              "into pieces", page)
    return document.with_(lines=tuple(lines), warnings=document.warnings + (warning,))


def _pieces(text: str) -> list[str]:
    out = []
    start = 0
    while len(text) - start > LINE_CHARS:
        end = start + LINE_CHARS
        cut = max(text.rfind(" ", end - _LOOK_BACK, end), text.rfind("\t", end - _LOOK_BACK, end))
        end = cut if cut > start else end
        piece = text[start:end].strip(" \t")
        if piece:
            out.append(piece)
        start = end
    rest = text[start:].strip(" \t")
    if rest:
        out.append(rest)
    return out
