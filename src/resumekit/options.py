"""ParseOptions: every knob of a parse in one typed, frozen object, validated once."""
from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, fields, replace

from .errors import OptionsError

__all__ = ["ParseOptions", "FORMATS"]

FORMATS = ("pdf", "docx", "text", "markdown")


@dataclass(frozen=True, slots=True)
class ParseOptions:
    """How to parse. Every limit, when exceeded, raises :class:`~resumekit.errors.ResourceLimitError`
    naming the option to raise.

    format:          force "pdf", "docx", "text" or "markdown" instead of sniffing the bytes.
    language:        force the body language (ISO 639-1) instead of detecting it.
    reference_date:  "today" for derived facts such as ``experience_months`` (default: today).
    max_bytes:       largest input accepted.
    max_pages:       most PDF pages read.
    max_chars:       most characters of text kept from a document.
    max_docx_bytes:  most bytes a DOCX may inflate to (all parts read together).
    max_docx_parts:  most members a DOCX zip may hold.
    timeout:         seconds a document may take, when parsed in a worker (CLI, batch); None: no limit.
    """

    format: str | None = None
    language: str | None = None
    reference_date: _dt.date | None = None
    max_bytes: int = 50 * 1024 * 1024
    max_pages: int = 60
    max_chars: int = 2_000_000
    max_docx_bytes: int = 200 * 1024 * 1024
    max_docx_parts: int = 2_000
    timeout: float | None = 30.0

    def __post_init__(self) -> None:
        if self.format is not None and self.format not in FORMATS:
            raise OptionsError(f"format must be one of {', '.join(FORMATS)}, not {self.format!r}")
        if self.language is not None and (not isinstance(self.language, str) or not self.language.isalpha()):
            raise OptionsError(f"language must be an ISO 639-1 code such as 'en', not {self.language!r}")
        if self.reference_date is not None and not isinstance(self.reference_date, _dt.date):
            raise OptionsError("reference_date must be a datetime.date")
        for f in fields(self):
            if f.name.startswith("max_"):
                value = getattr(self, f.name)
                if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                    raise OptionsError(f"{f.name} must be a positive integer, not {value!r}")
        if self.timeout is not None and (not isinstance(self.timeout, (int, float)) or self.timeout <= 0):
            raise OptionsError(f"timeout must be a positive number of seconds or None, not {self.timeout!r}")

    def replace(self, **changes) -> "ParseOptions":
        return replace(self, **changes)

    @property
    def today(self) -> _dt.date:
        return self.reference_date or _dt.date.today()
