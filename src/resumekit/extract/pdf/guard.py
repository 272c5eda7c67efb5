"""pdfminer/pdfplumber opened within bounds, and their failures turned into typed errors.

What pdfminer does unbounded on a crafted file, and what bounds it here:
- **Decompression bombs.** ``PDFStream.decode`` inflates FlateDecode/LZW/RunLength streams in
  full (a 2.5 KB file can inflate to 1 GiB), and falls back to a byte-by-byte, quadratic
  ``decompress_corrupted`` on a damaged stream. Here every decoded byte is counted against
  ``ParseOptions.max_pdf_stream_bytes`` while it is produced, in chunks, and the fallback is linear.
- **Quadratic tokens.** The content-stream tokenizer grows a token by concatenating 4 KiB buffer
  by 4 KiB buffer, so one 40 MB number takes hours. Here a content stream is tokenized from one
  buffer (a token is copied once); an absurd number is then dropped by pdfminer as usual.
- **Numbers Python will not parse.** A number of more than 4,300 digits (``int()``'s limit) is
  dropped by pdfminer, which breaks the dictionary around it and loses the document. Here such a
  number in the file (outside compressed streams) is replaced by a ``0`` padded with spaces to
  the same length, so every byte offset of the file stays right.
- **Huge pages.** A page showing hundreds of thousands of glyphs costs seconds and gigabytes in
  pdfplumber. Here a content stream stops after ``max_page_glyphs`` bytes of shown text; the page
  keeps what came before and the document gets a ``page-truncated`` warning.

The bounds are patches of pdfminer's module globals (``pdftypes.zlib``, ``decompress_corrupted``,
``lzwdecode``, ``rldecode``, ``pdfinterp.PDFContentParser``), installed once and inert unless a
:class:`PdfSession` is active in the current context (a ``ContextVar``): other users of pdfminer in
the same process see pdfminer's own behaviour. ``PATCH_POINTS`` lists them; a test fails if a
pdfminer upgrade removes one. What the patches cannot bound (a loop inside pdfminer) is bounded by
the worker process's timeout (:mod:`resumekit.worker`).

Errors: a ResumekitError raised inside pdfminer comes back out unwrapped; encryption becomes
:class:`EncryptedDocumentError`; anything else raised inside pdfminer/pdfplumber (they raise many
bare types on damaged files) becomes :class:`CorruptPDFError` naming the cause; an exception raised
in resumekit's own code is left alone (the API reports it as an internal error).
"""
from __future__ import annotations

import io
import threading
import zlib
from contextvars import ContextVar
from dataclasses import dataclass

import regex

from ...document import Document, ParseWarning
from ...errors import CorruptPDFError, EncryptedDocumentError, ResumekitError
from ...options import ParseOptions, limit_exceeded
from ...sources import Source
from ..blame import raised_in

__all__ = ["PdfSession", "install", "PATCH_POINTS"]

PATCH_POINTS = (
    ("pdfminer.pdftypes", "zlib"),
    ("pdfminer.pdftypes", "decompress_corrupted"),
    ("pdfminer.pdftypes", "lzwdecode"),
    ("pdfminer.pdftypes", "rldecode"),
    ("pdfminer.pdfinterp", "PDFContentParser"),
)
_DEPENDENCIES = ("pdfminer", "pdfplumber")
_CHUNK = 256 * 1024
_WHOLE_STREAM = 1 << 40  # "read everything": a content stream is tokenized from one buffer


@dataclass
class _Limits:
    """The bounds of one PdfSession, and what they cut."""

    stream_bytes: int
    page_glyphs: int
    decoded: int = 0
    truncated_streams: int = 0

    def take(self, n: int) -> None:
        self.decoded += n
        if self.decoded > self.stream_bytes:
            raise limit_exceeded("max_pdf_stream_bytes",
                                 f"the PDF's streams decode to more than {self.stream_bytes:,} bytes "
                                 "(a decompression bomb, or an unusually heavy file)", self.decoded)


_ACTIVE: ContextVar[_Limits | None] = ContextVar("resumekit_pdf_limits", default=None)


class PdfSession:
    """``with PdfSession(source, options) as s:`` — ``s.pdf`` is the pdfplumber document; pdfminer is
    bounded inside the block and its failures leave it as typed errors. ``s.finish(document)`` adds
    the warnings of what the bounds cut."""

    def __init__(self, source: Source, options: ParseOptions):
        self.source = source
        self.limits = _Limits(stream_bytes=options.max_pdf_stream_bytes, page_glyphs=options.max_page_glyphs)
        self.pdf = None
        self._token = None

    def __enter__(self) -> "PdfSession":
        install()
        import pdfplumber

        self._token = _ACTIVE.set(self.limits)
        try:
            self.pdf = pdfplumber.open(io.BytesIO(_tame_numbers(self.source.data)))
        except BaseException as e:
            _ACTIVE.reset(self._token)
            mapped = _map(e)
            if mapped is e:
                raise
            raise mapped from None
        return self

    def __exit__(self, typ, exc, tb) -> bool:
        try:
            if self.pdf is not None:
                try:
                    self.pdf.close()  # pdfplumber re-reads every page here; a damaged one may raise again
                except Exception:
                    pass
        finally:
            _ACTIVE.reset(self._token)
        if exc is None:
            if self.limits.decoded > self.limits.stream_bytes:
                self.limits.take(0)  # a library swallowed the limit error: raise it after all
            return False
        mapped = _map(exc)
        if mapped is exc:
            return False
        raise mapped from None

    def finish(self, document: Document) -> Document:
        if not self.limits.truncated_streams:
            return document
        warning = ParseWarning("page-truncated",
                               f"{self.limits.truncated_streams} page content stream(s) showed more than "
                               f"{self.limits.page_glyphs:,} glyphs; the rest of each was not read "
                               "(raise ParseOptions.max_page_glyphs to read it)")
        return document.with_(warnings=document.warnings + (warning,))


_INT_DIGITS = 4300  # sys.int_info.default_max_str_digits
_DIGIT_MASK = bytes(1 if 0x30 <= b <= 0x39 else 0 for b in range(256))
# Starts only where a run of digits starts: linear even on runs of 4,299 digits (without the
# look-behind, a file of such runs took minutes).
_HUGE_NUMBER = regex.compile(rb"(?<![0-9])[0-9]{%d,}" % _INT_DIGITS)


def _tame_numbers(data: bytes) -> bytes:
    if data.translate(_DIGIT_MASK).find(b"\x01" * _INT_DIGITS) < 0:  # the common case, at memchr speed
        return data
    return _HUGE_NUMBER.sub(lambda m: b"0" + b" " * (len(m.group()) - 1), data)


def _map(e: BaseException) -> BaseException:
    """The typed error for an exception leaving pdfminer/pdfplumber; ``e`` itself when it is ours."""
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfplumber.utils.exceptions import PdfminerException

    if isinstance(e, ResumekitError):
        return e
    if isinstance(e, PdfminerException) and e.args and isinstance(e.args[0], BaseException):
        return _map(e.args[0])  # pdfplumber's wrapper around what pdfminer (or our guard) raised
    if isinstance(e, PDFPasswordIncorrect):
        return EncryptedDocumentError("the PDF is encrypted and needs a password to open")
    if isinstance(e, PDFEncryptionError):
        text = str(e)
        if "Unknown filter" in text:
            return EncryptedDocumentError(
                "the PDF is encrypted for particular recipients (a certificate security handler), which no "
                "password opens", hint="ask the author for an unprotected copy")
        return EncryptedDocumentError(f"the PDF is encrypted in a way resumekit cannot open ({text[:80]})",
                                      hint="ask the author for an unprotected copy")
    if isinstance(e, RecursionError):
        return CorruptPDFError("the PDF's objects are nested too deeply to read")
    if isinstance(e, Exception) and raised_in(e, _DEPENDENCIES):
        return CorruptPDFError(f"the PDF cannot be read ({_detail(e)})")
    return e


def _detail(e: BaseException) -> str:
    text = " ".join(str(e).split()) or type(e).__name__
    return text if len(text) <= 160 else text[:157] + "..."


# ----------------------------------------------------------------------------- the patches

_INSTALLED = False
_LOCK = threading.Lock()


def install() -> None:
    """Patch pdfminer once (idempotent, thread-safe). Inert outside a PdfSession."""
    global _INSTALLED
    if _INSTALLED:
        return
    with _LOCK:
        if _INSTALLED:
            return
        from pdfminer import pdfinterp, pdftypes

        if hasattr(pdftypes, "zlib"):
            pdftypes.zlib = _BoundedZlib()
        for name, bounded in (("decompress_corrupted", _inflate_tolerant), ("lzwdecode", _lzwdecode),
                              ("rldecode", _rldecode)):
            if hasattr(pdftypes, name):
                setattr(pdftypes, name, _when_active(getattr(pdftypes, name), bounded))
        if hasattr(pdfinterp, "PDFContentParser"):
            pdfinterp.PDFContentParser = _bounded_content_parser(pdfinterp.PDFContentParser)
        _INSTALLED = True


def _when_active(original, bounded):
    def call(data, *args, **kwargs):
        limits = _ACTIVE.get()
        if limits is None:
            return original(data, *args, **kwargs)
        return bounded(data, limits)

    call.__wrapped__ = original
    call.__name__ = getattr(original, "__name__", "decode")
    return call


class _BoundedZlib:
    """Stands in for the ``zlib`` module inside ``pdfminer.pdftypes``: ``decompress`` is counted
    against the active limits; every other name is zlib's own."""

    def __getattr__(self, name):
        return getattr(zlib, name)

    @staticmethod
    def decompress(data, *args, **kwargs):
        limits = _ACTIVE.get()
        if limits is None or args or kwargs:
            return zlib.decompress(data, *args, **kwargs)
        return _inflate_strict(data, limits)


def _feed(d, piece, limits: _Limits, out: list[bytes]) -> None:
    """Inflate ``piece`` with ``d`` in bounded output chunks, counting each."""
    while piece and not d.eof:
        chunk = d.decompress(piece, _CHUNK)
        if chunk:
            limits.take(len(chunk))
            out.append(chunk)
        tail = d.unconsumed_tail
        if not chunk and len(tail) == len(piece):
            break
        piece = tail


def _drain(d, limits: _Limits, out: list[bytes]) -> None:
    """Output zlib still holds once all input is in."""
    while not d.eof and (chunk := d.decompress(b"", _CHUNK)):
        limits.take(len(chunk))
        out.append(chunk)


def _inflate_strict(data: bytes, limits: _Limits) -> bytes:
    """``zlib.decompress(data)``, bounded: the same result and the same errors."""
    d = zlib.decompressobj()
    out: list[bytes] = []
    view = memoryview(data)
    for start in range(0, len(view), _CHUNK):
        _feed(d, view[start:start + _CHUNK], limits, out)
        if d.eof:
            break
    _drain(d, limits, out)
    if not d.eof:
        raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
    return b"".join(out)


def _inflate_tolerant(data: bytes, limits: _Limits) -> bytes:
    """pdfminer's ``decompress_corrupted``, linear and bounded: inflate what can be inflated; an error
    before the last 3 bytes (the checksum) still raises ``zlib.error``, as pdfminer's does."""
    d = zlib.decompressobj()
    out: list[bytes] = []
    view = memoryview(data)
    for start in range(0, len(view), _CHUNK):
        piece = view[start:start + _CHUNK]
        saved, kept = d.copy(), len(out)
        try:
            _feed(d, piece, limits, out)
            continue
        except zlib.error:
            d = saved
            del out[kept:]
        for k in range(len(piece)):  # find the byte pdfminer would stop at
            try:
                _feed(d, piece[k:k + 1], limits, out)
            except zlib.error:
                if start + k < len(data) - 3:
                    raise
                return b"".join(out)
    _drain(d, limits, out)
    return b"".join(out)


def _lzwdecode(data: bytes, limits: _Limits) -> bytes:
    from pdfminer.lzw import LZWDecoder

    out = []
    for chunk in LZWDecoder(io.BytesIO(data)).run():
        limits.take(len(chunk))
        out.append(chunk)
    return b"".join(out)


def _rldecode(data: bytes, limits: _Limits) -> bytes:
    """RunLengthDecode (PDF 1.7, 7.4.5), counted as it grows; a truncated run ends the data."""
    out = bytearray()
    i, n = 0, len(data)
    while i < n:
        length = data[i]
        i += 1
        if length == 128:
            break
        if length < 128:
            piece = data[i:i + length + 1]
            i += length + 1
        elif i < n:
            piece = data[i:i + 1] * (257 - length)
            i += 1
        else:
            break
        limits.take(len(piece))
        out += piece
    return bytes(out)


def _shown_bytes(obj) -> int:
    if isinstance(obj, bytes):
        return len(obj)
    if isinstance(obj, list):
        return sum(len(x) for x in obj if isinstance(x, bytes))
    return 0


def _bounded_content_parser(base: type) -> type:
    from pdfminer.psparser import PSEOF

    class BoundedContentParser(base):
        """pdfminer's content-stream parser; inside a PdfSession it tokenizes each stream from one
        buffer and stops a stream after ``max_page_glyphs`` bytes of strings."""

        _shown = 0

        @property
        def BUFSIZ(self) -> int:  # noqa: N802 (pdfminer's name)
            return _WHOLE_STREAM if _ACTIVE.get() is not None else base.BUFSIZ

        def nextobject(self):
            pos, obj = super().nextobject()
            limits = _ACTIVE.get()
            if limits is not None:
                self._shown += _shown_bytes(obj)
                if self._shown > limits.page_glyphs:
                    limits.truncated_streams += 1
                    raise PSEOF("page glyph budget exhausted")
            return pos, obj

    BoundedContentParser.__name__ = BoundedContentParser.__qualname__ = base.__name__
    BoundedContentParser.__module__ = base.__module__
    return BoundedContentParser
