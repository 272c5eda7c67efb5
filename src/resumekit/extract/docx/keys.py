"""Cache keys for a part's properties elements (``w:pPr``, ``w:rPr``), cut from the part's own text.

The walk keeps what a paragraph's or a run's properties resolve to per their content (see
:func:`.walk._shape`); the content read back through lxml costs a Python object per child and
attribute, about a tenth of an extraction. The same content is the element's text in the part:
two ``<w:rPr>…</w:rPr>`` with the same bytes have the same children and attributes, so the text
is a key at least as fine as the shape (a difference in spacing or quoting only costs a miss).

The text is trusted only where it cannot mislead, else the part gets no keys (the walk falls
back to the shape): every namespace prefix is bound to one URI throughout, WordprocessingML's to
``w`` alone (the same bytes resolve to the same names anywhere, and every ``<w:rPr`` outside a
comment, CDATA section or processing instruction opens an element); every element opens as
``<w:rPr>`` or ``<w:rPr/>`` (no attribute) and is closed before the next ``<w:rPr`` (none holds
another: a tracked change of formatting); no text holds ``<!`` or ``<?`` (a comment, CDATA or
processing instruction, where a ``</w:rPr>`` would not close it); and there are exactly as many
as lxml found (an opening written inside a comment adds one), so they pair in document order.
Errs towards no key.
"""
from __future__ import annotations

import regex

from .styles import W

__all__ = ["text_keys"]

_W = W.encode()
_NAMESPACE = regex.compile(rb'xmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')


def text_keys(root, blob: bytes | None, tags: tuple[str, ...]) -> dict:
    """{element: its text} for every element of ``tags`` (``w:`` names in Clark notation) under
    ``root``, the parsed ``blob``; {} when the text cannot be trusted (see the module docstring)."""
    if not blob or root is None:
        return {}
    bound: dict[bytes | None, bytes] = {}
    for prefix, double, single in _NAMESPACE.findall(blob):
        uri = double or single
        if bound.setdefault(prefix or None, uri) != uri or (uri == _W and prefix != b"w"):
            return {}
    if bound.get(b"w") != _W:
        return {}
    out: dict = {}
    for tag in tags:
        texts = _texts(blob, b"w:" + tag.rsplit("}", 1)[1].encode())
        if texts is None:
            return {}
        elements = list(root.iter(tag))
        if len(elements) != len(texts):
            return {}
        out.update(zip(elements, texts))
    every = b"".join(out.values())
    return {} if b"<!" in every or b"<?" in every else out


def _texts(blob: bytes, name: bytes) -> list[bytes] | None:
    """The text of every ``<name>`` element of ``blob``, in order (its content after the start
    tag's ">", or "/>" for an empty-element tag); None when one cannot be cut out."""
    closing = b"</" + name + b">"
    out = []
    for piece in blob.split(b"<" + name)[1:]:  # (each piece runs to the next opening, nested ones too)
        if piece[:1] == b">":
            end = piece.find(closing)
            if end < 0:
                return None  # not closed before the next opening: nested (a tracked change of formatting)
            out.append(piece[:end])
        elif piece[:2] == b"/>":
            out.append(b"/>")
        elif piece[:1] in b" \t\r\n/":
            return None  # attributes or spaces in the tag (or the end of the part)
        # else another name that begins alike ("<w:rPrDefault")
    return out
