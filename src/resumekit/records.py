"""Batch records: one per input file, whatever happened to it, and the flat row tables make of it.

A record is one line of JSON (``resumekit batch``'s JSONL output, :func:`resumekit.dask.parse_bag`)::

    {"path": "cvs/a.pdf", "sha256": "9f2c...", "ok": true, "candidate": {...}}
    {"path": "cvs/b.pdf", "sha256": "41d0...", "ok": false,
     "error": {"code": "corrupt-pdf", "message": "...", "hint": "..."}}

``path`` and ``sha256`` (of the bytes that were parsed; ``null`` when the file could not be read)
identify the input: a rerun skips a file whose (path, sha256) already has a record. ``error.code``
is the stable code of the :class:`~resumekit.errors.ResumekitError`. Nothing in a record depends
on the clock or the machine beyond what the Candidate itself says.

:data:`COLUMNS` is the flat view for CSV and Parquet: the record's identity and outcome, then the
common scalar fields of the Candidate (the first email and phone, the latest role and education,
counts, skills and languages joined with "; ").
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any, BinaryIO

from .errors import ResumekitError

__all__ = ["Record", "COLUMNS", "read_and_hash"]

# (column, type): "string", "bool" or "int"; the order of the CSV header and the Parquet schema.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("path", "string"), ("sha256", "string"), ("ok", "bool"), ("error_code", "string"), ("error_message", "string"),
    ("name", "string"), ("headline", "string"), ("email", "string"), ("phone", "string"),
    ("location", "string"), ("city", "string"), ("region", "string"), ("country", "string"),
    ("linkedin", "string"), ("github", "string"), ("website", "string"),
    ("latest_title", "string"), ("latest_company", "string"), ("latest_start", "string"), ("latest_end", "string"),
    ("experience_count", "int"), ("experience_months", "int"),
    ("latest_degree", "string"), ("latest_field_of_study", "string"), ("latest_institution", "string"),
    ("education_count", "int"), ("skills", "string"), ("languages", "string"), ("certifications", "string"),
    ("document_format", "string"), ("pages", "int"), ("language", "string"), ("warnings", "string"),
    ("parser_version", "string"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)
JOIN = "; "

_COMPACT = {"ensure_ascii": False, "separators": (",", ":")}


@dataclass(frozen=True)
class Record:
    """The outcome for one input: ``candidate_json`` (the Candidate as JSON text) when it parsed,
    else ``error`` (``{"code", "message", "hint"}``)."""

    path: str
    sha256: str | None
    candidate_json: str | None = None
    error: dict | None = None

    @property
    def ok(self) -> bool:
        return self.candidate_json is not None

    @property
    def key(self) -> tuple[str, str | None]:
        return self.path, self.sha256

    @classmethod
    def failed(cls, path: str, sha256: str | None, error: ResumekitError) -> "Record":
        return cls(path, sha256, error={"code": error.code, "message": error.message, "hint": error.hint})

    def to_json(self) -> str:
        """The record as one line of JSON (no newline), identity first."""
        head = f'{{"path":{json.dumps(self.path, **_COMPACT)},"sha256":{json.dumps(self.sha256)}'
        if self.ok:
            return f'{head},"ok":true,"candidate":{self.candidate_json}}}'
        return f'{head},"ok":false,"error":{json.dumps(self.error, **_COMPACT)}}}'

    @classmethod
    def from_json(cls, text: str | bytes) -> "Record":
        """A record read back; ``ValueError`` when the text is not one."""
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("path"), str) or "ok" not in data:
            raise ValueError("not a resumekit batch record")
        sha = data.get("sha256")
        if data["ok"]:
            return cls(data["path"], sha, candidate_json=json.dumps(data.get("candidate"), **_COMPACT))
        return cls(data["path"], sha, error=dict(data.get("error") or {}))

    def to_dict(self) -> dict[str, Any]:
        """The record as the JSON line reads (the Candidate as a dict)."""
        return json.loads(self.to_json())

    def row(self) -> dict[str, Any]:
        """The flat row of :data:`COLUMNS` (``None`` where there is no value)."""
        row = dict.fromkeys(COLUMN_NAMES)
        row.update(path=self.path, sha256=self.sha256, ok=self.ok)
        if not self.ok:
            row.update(error_code=(self.error or {}).get("code"), error_message=(self.error or {}).get("message"))
            return row
        row.update(candidate_row(json.loads(self.candidate_json)))
        return row


def candidate_row(c: dict) -> dict[str, Any]:
    """The scalar columns of a Candidate in its JSON form."""
    contact = c.get("contact") or {}
    location = contact.get("location") or {}
    phones = contact.get("phones") or []
    links = contact.get("links") or []
    meta = c.get("meta") or {}
    job = _latest(c.get("experience") or [])
    school = _latest(c.get("education") or [])

    def link(kind: str) -> str | None:
        return next((l["url"] for l in links if l.get("kind") == kind), None)

    return {
        "name": c.get("name"), "headline": c.get("headline"),
        "email": _first(contact.get("emails")),
        "phone": (phones[0].get("e164") or phones[0].get("raw")) if phones else None,
        "location": location.get("raw"), "city": location.get("city"), "region": location.get("region"),
        "country": location.get("country"),
        "linkedin": link("linkedin"), "github": link("github"), "website": link("website"),
        "latest_title": job.get("title"), "latest_company": job.get("company"),
        "latest_start": job.get("start"), "latest_end": "present" if job.get("current") else job.get("end"),
        "experience_count": len(c.get("experience") or []), "experience_months": c.get("experience_months"),
        "latest_degree": school.get("degree"), "latest_field_of_study": school.get("field_of_study"),
        "latest_institution": school.get("institution"), "education_count": len(c.get("education") or []),
        "skills": _joined(s.get("name") for s in c.get("skills") or []),
        "languages": _joined(l.get("name", "") + (f" ({l['proficiency']})" if l.get("proficiency") else "")
                             for l in c.get("languages") or []),
        "certifications": _joined(x.get("name") for x in c.get("certifications") or []),
        "document_format": meta.get("format"), "pages": meta.get("pages"), "language": meta.get("language"),
        "warnings": _joined(sorted({w.get("code") for w in meta.get("warnings") or []})),
        "parser_version": meta.get("parser_version"),
    }


def _latest(entries: list[dict]) -> dict:
    """The current entry, else the one that ended (or started) last; the first in the document on a
    tie (dateless entries: the first). Partial ISO dates compare as strings."""
    best: dict = {}
    best_key: tuple | None = None
    for e in entries:
        key = (bool(e.get("current")), e.get("end") or e.get("start") or "")
        if best_key is None or key > best_key:
            best, best_key = e, key
    return best


def _first(values) -> str | None:
    return values[0] if values else None


def _joined(values) -> str | None:
    text = JOIN.join(v for v in values if v)
    return text or None


def read_and_hash(fh: BinaryIO, keep: int, chunk: int = 1 << 20, with_size: bool = False):
    """Read a binary file to its end: ``(bytes, sha256 hex)``, the bytes ``None`` when there are
    more than ``keep`` of them (hashed all the same, never held); ``with_size``: ``(bytes, sha256
    hex, size)``."""
    digest = hashlib.sha256()
    parts: list[bytes] | None = []
    size = 0
    while True:
        block = fh.read(chunk)
        if not block:
            break
        digest.update(block)
        size += len(block)
        if parts is not None:
            parts.append(block)
            if size > keep:
                parts = None
    data = b"".join(parts) if parts is not None else None
    return (data, digest.hexdigest(), size) if with_size else (data, digest.hexdigest())
