"""The one error hierarchy of resumekit.

Every failure a caller can meet is a :class:`ResumekitError`. Each subclass has a stable ``code``
(``"empty-file"``, ``"password-required"``...), names the document it is about (``source``) and
says what to do next (``hint``). Errors are raised once, where the cause is known, and they
pickle (batch workers send them across processes).
"""
from __future__ import annotations

from typing import Any

__all__ = [
    "ResumekitError",
    "InputError",
    "EmptyInputError",
    "UnsupportedFormatError",
    "CorruptDocumentError",
    "CorruptPDFError",
    "CorruptDocxError",
    "EncryptedDocumentError",
    "NoTextLayerError",
    "ResourceLimitError",
    "ParseTimeoutError",
    "WorkerCrashError",
    "OptionsError",
    "InternalError",
]


def _rebuild(cls: type, message: str, source: str | None, hint: str | None, details: dict) -> Exception:
    err = cls.__new__(cls)
    ResumekitError.__init__(err, message, source=source, hint=hint, **details)
    return err


class ResumekitError(Exception):
    """Base class: ``code`` (stable, machine-readable), ``message``, ``source`` (file name), ``hint``."""

    code = "error"
    default_hint: str | None = None

    def __init__(self, message: str, *, source: str | None = None, hint: str | None = None, **details: Any):
        self.message = message
        self.source = source
        self.hint = hint if hint is not None else self.default_hint
        self.details = details
        super().__init__(message)

    def __str__(self) -> str:
        text = f"{self.source}: {self.message}" if self.source else self.message
        if self.hint:
            text = f"{text} ({self.hint})"
        return text

    def __reduce__(self):
        return _rebuild, (type(self), self.message, self.source, self.hint, dict(self.details))

    def with_source(self, source: str | None) -> "ResumekitError":
        """Name the document, unless a name is already set. Returns self."""
        if self.source is None and source:
            self.source = source
        return self


class InputError(ResumekitError):
    """The document itself cannot be parsed."""

    code = "bad-input"


class EmptyInputError(InputError):
    code = "empty-file"
    default_hint = "the file has no content; check the upload"


class UnsupportedFormatError(InputError):
    """The bytes are a format resumekit does not read (``details['found']`` names it)."""

    code = "unsupported-format"
    default_hint = "save the document as PDF or DOCX and parse that"

    @property
    def found(self) -> str | None:
        return self.details.get("found")


class CorruptDocumentError(InputError):
    code = "corrupt-document"
    default_hint = "the file is damaged; export it again from the application that made it"


class CorruptPDFError(CorruptDocumentError):
    code = "corrupt-pdf"


class CorruptDocxError(CorruptDocumentError):
    code = "corrupt-docx"


class EncryptedDocumentError(InputError):
    code = "password-required"
    default_hint = "remove the password (print or save it unprotected) and parse that copy"


class NoTextLayerError(InputError):
    code = "no-text-layer"
    default_hint = "it is a scanned or image-only document; run OCR on it first"


class ResourceLimitError(ResumekitError):
    """A limit of :class:`~resumekit.options.ParseOptions` was exceeded (``details['limit']`` names it)."""

    code = "resource-limit"

    @property
    def limit(self) -> str | None:
        return self.details.get("limit")


class ParseTimeoutError(ResourceLimitError):
    """The document took longer than ``ParseOptions.timeout``; its worker process was stopped."""

    code = "timeout"


class WorkerCrashError(ResumekitError):
    """The worker process parsing the document died (a signal, or the system killing it), most likely
    because the file drives a library into a crash or the memory limit. The other documents of a
    batch are not affected."""

    code = "worker-crashed"
    default_hint = "the file is probably malformed; export it again, or report it if it opens elsewhere"


class OptionsError(ResumekitError, ValueError):
    """An invalid argument or option passed by the caller."""

    code = "invalid-options"


class InternalError(ResumekitError):
    """A defect in resumekit itself, wrapped once with the document's name."""

    code = "internal-error"
    default_hint = "this is a bug in resumekit; please report it with the document if you can"
