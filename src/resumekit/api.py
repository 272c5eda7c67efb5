"""The public verbs, and the one place the stages are wired:

    source --extract--> Document --segment--> [Section] --assemble--> Candidate

``parse`` runs all three. Only bad input raises, always a :class:`~resumekit.errors.ResumekitError`
naming the document; an unexpected failure inside a stage is wrapped once, here. Between extraction
and the field readers, :func:`resumekit.safety.bound_document` cuts absurd lines and refuses
absurd line counts.

These run in the caller's process: the limits of :class:`ParseOptions` that guard sizes hold, but
``timeout`` and ``max_memory`` need a process that can be stopped — use :func:`resumekit.parse_many`
(or the CLI) for files from strangers.
"""
from __future__ import annotations

from .document import Document, Section
from .errors import InternalError, OptionsError, ResourceLimitError, ResumekitError
from .extract import extract_source
from .fields.assemble import assemble as _assemble
from .options import ParseOptions
from .safety import bound_document
from .schema import Candidate
from .segment import segment as _segment
from .sources import SourceLike, open_source

__all__ = ["parse", "extract", "segment", "assemble"]


def _options(options: ParseOptions | None, overrides: dict) -> ParseOptions:
    if options is not None and not isinstance(options, ParseOptions):
        raise OptionsError(f"options must be a ParseOptions, not {type(options).__name__}")
    options = options or ParseOptions()
    return options.replace(**overrides) if overrides else options


def extract(source: SourceLike, *, options: ParseOptions | None = None, format: str | None = None,
            name: str | None = None) -> Document:
    """Read ``source`` (a path, bytes or binary file object) into a :class:`Document`."""
    opts = _options(options, {"format": format} if format else {})
    src = open_source(source, opts, name=name)
    try:
        return bound_document(extract_source(src, opts), opts)
    except ResumekitError as err:
        raise err.with_source(src.name) from None
    except MemoryError:
        raise _out_of_memory(src.name) from None
    except RecursionError:
        raise InternalError("the document is nested too deeply to read", source=src.name) from None
    except Exception as e:  # a defect: wrap once, with the file name
        raise InternalError(f"extraction failed unexpectedly ({type(e).__name__}: {str(e)[:200]})",
                            source=src.name) from e


def _out_of_memory(name: str | None) -> ResumekitError:
    return ResourceLimitError("parsing the document ran out of memory", source=name, limit="max_memory",
                              hint="in a worker, raise ParseOptions.max_memory (CLI: --max-memory); "
                                   "otherwise parse it on a machine with more memory")


def segment(document: Document) -> list[Section]:
    """Group a Document's lines into sections with a kind."""
    return _segment(document)


def assemble(document: Document, sections: list[Section], *, options: ParseOptions | None = None) -> Candidate:
    """Read sections into a :class:`Candidate`."""
    return _assemble(document, sections, _options(options, {}))


def parse(source: SourceLike, *, options: ParseOptions | None = None, format: str | None = None,
          name: str | None = None) -> Candidate:
    """Parse a résumé into a :class:`Candidate`.

    ``source``: a path (str or PathLike), bytes, or a binary file object. ``format`` forces
    "pdf", "docx", "text" or "markdown" instead of sniffing the bytes; ``name`` is the document
    name used in errors (defaults to the path). Raises :class:`ResumekitError` for bad input.
    """
    opts = _options(options, {"format": format} if format else {})
    return candidate_of(extract(source, options=opts, name=name), opts)


def candidate_of(document: Document, options: ParseOptions) -> Candidate:
    """Segment and assemble an extracted Document, every failure a :class:`ResumekitError` naming
    the document (what :func:`parse` does after extraction)."""
    try:
        return assemble(document, segment(document), options=options)
    except ResumekitError as err:
        raise err.with_source(document.source) from None
    except MemoryError:
        raise _out_of_memory(document.source) from None
    except Exception as e:
        raise InternalError(f"reading the fields failed unexpectedly ({type(e).__name__}: {str(e)[:200]})",
                            source=document.source) from e
