"""Cache keys for a part's properties elements (``w:pPr``, ``w:rPr``), cut from the part's own text.

The walk keeps what a paragraph's or a run's properties resolve to per their content (see
:func:`.walk._shape`); the content read back through lxml costs a Python object per child and
attribute, about a tenth of an extraction. The same content is the element's text in the part:
two ``<w:rPr>…</w:rPr>`` with the same bytes have the same children and attributes, so the text
is a key at least as fine as the shape (a difference in spacing or quoting only costs a miss).

The text is trusted only where it cannot mislead, else the part gets no keys (the walk falls
back to the shape): the part has no comment, CDATA section, DOCTYPE or processing instruction
(past the XML declaration) that could hold markup; every namespace prefix is bound to one URI
throughout (the same bytes resolve to the same names anywhere); every element opens as
``<w:rPr>`` or ``<w:rPr/>`` (no attribute), none holds another of its kind (a tracked change of
formatting) and there are exactly as many as lxml found, in the same document order. Errs
towards no key.
"""
from __future__ import annotations

import regex

from .styles import W

__all__ = ["text_keys"]

_NAMESPACE = regex.compile(rb'xmlns(?::([^\s=]+))?\s*=\s*(?:"([^"]*)"|\'([^\']*)\')')


def text_keys(root, blob: bytes | None, tags: tuple[str, ...]) -> dict:
    """{element: its text} for every element of ``tags`` (``w:`` names in Clark notation) under
    ``root``, the parsed ``blob``; {} when the text cannot be trusted (see the module docstring)."""
    if not blob or root is None or b"<!" in blob or blob.count(b"<?") > (1 if blob.startswith(b"<?xml") else 0):
        return {}
    bound: dict[bytes | None, bytes] = {}
    for prefix, double, single in _NAMESPACE.findall(blob):
        uri = double or single
        if bound.setdefault(prefix or None, uri) != uri:
            return {}
    if bound.get(b"w") != W.encode():
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
    return out


def _texts(blob: bytes, name: bytes) -> list[bytes] | None:
    """The text of every ``<name>`` element of ``blob``, in order; None when one cannot be cut out."""
    opening, closing = b"<" + name, b"</" + name + b">"
    find, n = blob.find, len(opening)
    out = []
    at = find(opening)
    while at >= 0:
        after = blob[at + n:at + n + 2]
        if after == b"/>":
            end = at + n + 2
        elif after[:1] == b">":
            end = find(closing, at + n)
            if end < 0 or find(opening, at + n, end) >= 0:  # (nested: a tracked change of formatting)
                return None
            end += len(closing)
        elif after[:1] in (b" ", b"\t", b"\r", b"\n", b"/"):
            return None  # attributes, or spaces in the tag
        else:
            at = find(opening, at + n)  # another name that begins alike ("<w:rPrChange")
            continue
        out.append(blob[at:end])
        at = find(opening, end)
    return out
