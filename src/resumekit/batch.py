"""Many documents, each parsed in a worker process: a batch never dies because one file is bad.

    >>> for path, result in resumekit.parse_many(paths, workers=4):      # doctest: +SKIP
    ...     if isinstance(result, resumekit.ResumekitError):
    ...         print(result.code, result)                                # "timeout", "corrupt-pdf"...
    ...     else:
    ...         store(path, result)                                       # a Candidate

Unlike :func:`resumekit.parse`, which runs in the caller's process, every document here gets the
whole of ParseOptions: ``timeout`` (the worker is killed past it) and ``max_memory`` too. See
:mod:`resumekit.worker` for how.
"""
from __future__ import annotations

import os
from typing import Iterable, Iterator

from .api import _options, parse
from .errors import InputError, OptionsError, ResumekitError
from .options import ParseOptions
from .schema import Candidate
from .sources import SourceLike
from .worker import TASKS_PER_WORKER, Job, WorkerPool

__all__ = ["parse_many"]


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
    opts = _options(options, {})
    count = workers if workers is not None else min(4, os.cpu_count() or 1)
    if not isinstance(count, int) or count < 1 or not isinstance(tasks_per_worker, int) or tasks_per_worker < 1:
        raise OptionsError(f"workers and tasks_per_worker must be positive integers, not {workers!r}, "
                           f"{tasks_per_worker!r}")
    with WorkerPool(parse_job, opts, workers=count, tasks_per_worker=tasks_per_worker,
                    start_method=start_method) as pool:
        for job, outcome in pool.run(job_for(s, opts) for s in sources):
            yield job.item, outcome


def parse_job(source, name: str | None, options: ParseOptions) -> Candidate:
    """What a worker runs for one document of :func:`parse_many`."""
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
