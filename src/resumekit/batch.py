"""Many documents, each parsed in a worker process: a batch never dies because one file is bad.

    >>> for path, result in resumekit.parse_many(paths, workers=4):      # doctest: +SKIP
    ...     if isinstance(result, resumekit.ResumekitError):
    ...         print(result.code, result)                                # "timeout", "corrupt-pdf"...
    ...     else:
    ...         store(path, result)                                       # a Candidate

Unlike :func:`resumekit.parse`, which runs in the caller's process, every document here gets the
whole of ParseOptions: ``timeout`` (the worker is killed past it) and ``max_memory`` too. See
:mod:`resumekit.worker` for how.

:class:`Batch` is the same engine for files on disk, as ``resumekit batch`` uses it: it finds the
documents under folders (:func:`find_documents`), reads and hashes each in the parent (the hash is
of the very bytes parsed) and yields one :class:`~resumekit.records.Record` per file as soon as it
is done, in no fixed order, the Candidate already serialised by the worker.

Importing this module loads no parser: the workers' function imports :mod:`resumekit.api` where it
runs, and the pool preloads it once for all the workers (:data:`resumekit.worker.PARSER`).
"""
from __future__ import annotations

import fnmatch
import os
import sys
from typing import TYPE_CHECKING, BinaryIO, Callable, ContextManager, Iterable, Iterator, Sequence

from .errors import InputError, OptionsError, ResumekitError
from .options import ParseOptions
from .records import Record, read_and_hash
from .worker import PARSER, TASKS_PER_WORKER, Job, WorkerPool

if TYPE_CHECKING:
    from .schema import Candidate
    from .sources import SourceLike

__all__ = ["parse_many", "Batch", "find_documents", "DOCUMENT_PATTERNS"]

# What a folder is searched for by default: what resumekit reads, and the formats it refuses by name
# (so a folder's .doc files get a record saying so instead of being passed over in silence).
DOCUMENT_PATTERNS = ("*.pdf", "*.docx", "*.txt", "*.md", "*.markdown", "*.text", "*.doc", "*.rtf", "*.odt")


def default_workers() -> int:
    """Worker processes when none are asked for: the CPUs, at most 4."""
    return min(4, os.cpu_count() or 1)


def _workers(workers: int | None, tasks_per_worker: int) -> int:
    count = workers if workers is not None else default_workers()
    if not isinstance(count, int) or count < 1 or not isinstance(tasks_per_worker, int) or tasks_per_worker < 1:
        raise OptionsError(f"workers and tasks_per_worker must be positive integers, not {workers!r}, "
                           f"{tasks_per_worker!r}")
    return count


def parse_many(sources: Iterable[SourceLike], options: ParseOptions | None = None, *, workers: int | None = None,
               tasks_per_worker: int = TASKS_PER_WORKER,
               start_method: str | None = None) -> Iterator[tuple[SourceLike, Candidate | ResumekitError]]:
    """Parse each source in a worker process; yield ``(source, Candidate or ResumekitError)`` in the
    order of ``sources`` (read lazily: an endless iterable is fine).

    ``sources``: paths or bytes (sent to a worker as they are), or binary file objects (read here,
    within ``max_bytes``). ``workers``: processes working at once (default: the CPUs, at most 4).
    ``tasks_per_worker``: documents a worker parses before a fresh one replaces it.
    ``start_method``: a :mod:`multiprocessing` start method (default: see :mod:`resumekit.worker`).
    Errors are returned, never raised, except an invalid ``options`` (:class:`OptionsError`).
    """
    opts = _options(options)
    count = _workers(workers, tasks_per_worker)
    with WorkerPool(parse_job, opts, workers=count, tasks_per_worker=tasks_per_worker,
                    start_method=start_method, preload=PARSER) as pool:
        for job, outcome in pool.run(job_for(s, opts) for s in sources):
            yield job.item, outcome


def _options(options: ParseOptions | None) -> ParseOptions:
    from .api import _options as checked

    return checked(options, {})


def parse_job(source, name: str | None, options: ParseOptions) -> Candidate:
    """What a worker runs for one document of :func:`parse_many`."""
    from .api import parse

    if isinstance(source, ResumekitError):  # the parent could not read it
        raise source
    return parse(source, options=options, name=name)


def job_for(source: SourceLike, options: ParseOptions) -> Job:
    """The worker job for one source: paths and bytes as they are, file objects read here."""
    if isinstance(source, (str, os.PathLike)):
        return Job(os.fspath(source), str(source), source)
    if isinstance(source, (bytes, bytearray, memoryview)):
        return Job(bytes(source), "<bytes>", source)
    name = str(getattr(source, "name", "<stream>"))
    if not hasattr(source, "read"):
        return Job(OptionsError(f"cannot parse a {type(source).__name__}: pass a path, bytes or a binary file object"),
                   name, source)
    try:
        data = source.read(options.max_bytes + 1)
    except Exception as e:
        return Job(InputError(f"cannot be read ({type(e).__name__}: {e})", source=name), name, source)
    if isinstance(data, str):
        return Job(OptionsError("the file object is open in text mode; open it with 'rb'", source=name), name, source)
    return Job(bytes(data or b""), name, source)


class Batch:
    """``for record in Batch(options, workers=2).records(paths): ...``: a :class:`Record` per path,
    each as soon as its worker is done. ``peak_memory``: the largest resident set a worker reported
    after a document (bytes; 0 where the OS does not say), the pages it shares with the parent included.
    """

    def __init__(self, options: ParseOptions | None = None, *, workers: int | None = None,
                 tasks_per_worker: int = TASKS_PER_WORKER, start_method: str | None = None,
                 opener: Callable[[str], ContextManager[BinaryIO]] | None = None):
        self.options = _options(options)
        self.workers = _workers(workers, tasks_per_worker)
        self.tasks_per_worker = tasks_per_worker
        self.start_method = start_method
        self.opener = opener
        self.peak_memory = 0

    def records(self, paths: Iterable[str]) -> Iterator[Record]:
        with WorkerPool(record_job, self.options, workers=self.workers, tasks_per_worker=self.tasks_per_worker,
                        start_method=self.start_method, preload=PARSER) as pool:
            for job, outcome in pool.run((self.job(p) for p in paths), ordered=False):
                path, sha = job.item
                if isinstance(outcome, ResumekitError):
                    yield Record.failed(path, sha, outcome)
                else:
                    candidate_json, peak = outcome
                    self.peak_memory = max(self.peak_memory, peak)
                    yield Record(path, sha, candidate_json=candidate_json)

    def job(self, path: str) -> Job:
        """The bytes and their hash, read here with ``opener`` (default: a local file). A local file
        that cannot be read or is over ``max_bytes`` goes as its path, for the worker to raise the
        error :func:`resumekit.parse` would; for another opener the error is made here."""
        if self.opener is None:
            try:
                with open(path, "rb") as fh:
                    data, sha = read_and_hash(fh, self.options.max_bytes)
            except OSError:
                return Job(path, path, (path, None))
            return Job(path if data is None else data, path, (path, sha))
        from .sources import SourceNotFoundError, _too_big as too_big

        try:
            with self.opener(path) as fh:
                data, sha, size = read_and_hash(fh, self.options.max_bytes, with_size=True)
        except FileNotFoundError:
            return Job(SourceNotFoundError("no such file", source=path), path, (path, None))
        except Exception as e:  # whatever the file system raises: a refused credential, a network error
            error = InputError(f"cannot be read ({type(e).__name__}: {str(e)[:200]})", source=path)
            return Job(error, path, (path, None))
        if data is None:
            return Job(too_big(size, self.options.max_bytes, path), path, (path, sha))
        return Job(data, path, (path, sha))


def record_job(source, name: str | None, options: ParseOptions) -> tuple[str, int]:
    """What a worker runs for one document of a :class:`Batch`: the Candidate as JSON, and the
    worker's peak resident set so far."""
    candidate = parse_job(source, name, options)
    return candidate.model_dump_json(), peak_memory()


def peak_memory() -> int:
    """This process's peak resident set in bytes (0 where the OS does not say)."""
    try:
        import resource
    except ImportError:
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024


def find_documents(inputs: Sequence[str], patterns: Sequence[str] = DOCUMENT_PATTERNS,
                   exclude: Iterable[str] = ()) -> list[str]:
    """The files to parse: each file named, as it is (whatever its name); under each folder named,
    the files matching one of ``patterns``, found in sorted order. Patterns are shell patterns,
    case-insensitive, matched against the file's name (or, with a "/", its path below the folder).
    Hidden files and folders are skipped; so are links to folders, files that are not regular
    files and the ``exclude`` paths (the batch's own output). Paths are normalised ("./a//b" is
    "a/b") and a path named twice counts once. Raises :class:`OptionsError` for an input that does
    not exist."""
    skip = {os.path.realpath(p) for p in exclude}
    pats = [p.lower() for p in patterns]
    seen: set[str] = set()
    out: list[str] = []

    def add(path: str) -> None:
        path = os.path.normpath(path)
        if path not in seen and os.path.realpath(path) not in skip:
            seen.add(path)
            out.append(path)

    for item in inputs:
        if os.path.isdir(item):
            for folder, dirs, files in os.walk(item):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    path = os.path.join(folder, name)
                    rel = os.path.relpath(path, item).replace(os.sep, "/").lower()
                    if not name.startswith(".") and os.path.isfile(path) and any(
                            fnmatch.fnmatchcase(rel if "/" in p else name.lower(), p) for p in pats):
                        add(path)
        elif os.path.exists(item):
            add(item)
        else:
            raise OptionsError(f"no such file or folder: {item}")
    return out
