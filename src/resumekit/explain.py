"""``resumekit parse FILE --explain``: each value of the Candidate beside the lines it came from.

One block per record of ``meta.provenance``, in the Candidate's order::

    /contact/emails/0  "jane@example.org"  page 1 [54.0, 103.8, 171.9, 113.8]  confidence 0.97
           2 │ jane@example.org | +44 7700 900123 | Leeds, UK

The line numbers are those of ``resumekit lines``; a record of origin ``link``, ``metadata`` or
``section`` says so (see docs/schema.md, *Provenance*).
"""
from __future__ import annotations

from typing import Any

from .document import Document
from .schema import Candidate

__all__ = ["explain_view", "value_at", "describe"]

MAX_LINES = 8
WIDTH = 110


def value_at(data: Any, pointer: str) -> Any:
    """The value at an RFC 6901 pointer of a JSON-like structure; None when there is none."""
    for token in pointer.split("/")[1:]:
        token = token.replace("~1", "/").replace("~0", "~")
        if isinstance(data, list):
            data = data[int(token)] if token.isdigit() and int(token) < len(data) else None
        elif isinstance(data, dict):
            data = data.get(token)
        else:
            return None
    return data


def describe(value: Any) -> str:
    """A value on one line: a string as it is, an entry as "title · company (start – end)"."""
    if isinstance(value, dict):
        names = [value.get(k) for k in ("title", "degree", "name", "company", "institution", "raw", "url", "heading",
                                        "text") if isinstance(value.get(k), str) and value.get(k)]
        text = " · ".join(dict.fromkeys(names[:2]))
        if value.get("start") or value.get("end") or value.get("current"):
            text += f" ({value.get('start') or '?'} – {'present' if value.get('current') else value.get('end') or ''})"
        return text
    text = " ".join(str(value).split())
    return text if len(text) <= 80 else text[:79] + "…"


def explain_view(document: Document, c: Candidate) -> str:
    data = c.model_dump(mode="json")
    lines = {line.index: line for line in document.lines}
    rows = [f"# {document.source}: {document.format}, {len(document.lines)} lines, "
            f"{len(c.meta.provenance)} values traced"]
    for pointer, rec in c.meta.provenance.items():
        head = f'{pointer}  "{describe(value_at(data, pointer))}"'
        if rec.page is not None:
            head += f"  page {rec.page}"
        if rec.box:
            head += "  [" + ", ".join(f"{v:.1f}" for v in rec.box) + "]"
        if rec.confidence is not None:
            head += f"  confidence {rec.confidence:.2f}"
        if rec.origin != "text":
            head += f"  ({rec.origin})"
        rows.append(head)
        for i in rec.lines[:MAX_LINES]:
            text = lines[i].plain if i in lines else ""
            rows.append(f"    {i:>4} │ " + (text if len(text) <= WIDTH else text[:WIDTH - 1] + "…"))
        if len(rec.lines) > MAX_LINES:
            rows.append(f"         │ … {len(rec.lines) - MAX_LINES} more lines")
    return "\n".join(rows) + "\n"
