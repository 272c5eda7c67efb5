"""Batches beyond one machine: the batch engine as a Dask bag (``pip install 'resumekit[dask]'``).

    >>> import resumekit.dask                                              # doctest: +SKIP
    >>> bag = resumekit.dask.parse_bag("s3://uploads/cvs/*.pdf", storage_options={"anon": False})
    >>> bag.map(json.dumps).to_textfiles("s3://results/cvs-*.jsonl")       # one record per file

:func:`parse_bag` maps :func:`parse_partition` over partitions of paths or fsspec URLs (``s3://``,
``gs://``, ``file://``, ``http://``...; a glob is expanded). Each partition runs the engine of
``resumekit batch`` (:class:`resumekit.batch.Batch`): the Dask worker reads and hashes each file
and parses it in a child process of its own, with the time and memory bounds of ParseOptions,
and gives one record per file (:mod:`resumekit.records`), a failure too. Which machines run the
partitions is Dask's business: the default scheduler, a ``LocalCluster`` or a real cluster behind
a ``distributed.Client`` — resumekit has no scheduler of its own.

A Dask worker started by a nanny (``dask worker``, ``LocalCluster``) is a daemon process, which
Python does not let start children: start the workers with ``distributed.worker.daemon: False``
(environment ``DASK_DISTRIBUTED__WORKER__DAEMON=False``) or without a nanny (``dask worker
--no-nanny``). ``isolate=False`` parses in the Dask worker itself instead: the size limits hold,
but a document that hangs holds its task (no ``timeout``) and ``max_memory`` is not enforced.
"""
from __future__ import annotations

import multiprocessing
from typing import Any, Iterable

from .api import _options, parse
from .batch import Batch
from .errors import OptionsError, ResumekitError
from .options import ParseOptions
from .records import Record

__all__ = ["parse_bag", "parse_partition", "expand"]

PARTITION_SIZE = 16


def parse_bag(urls: str | Iterable[str], options: ParseOptions | None = None, *,
              storage_options: dict[str, Any] | None = None, partition_size: int = PARTITION_SIZE,
              npartitions: int | None = None, isolate: bool = True):
    """A ``dask.bag.Bag`` of records (dicts, as the lines of ``resumekit batch``), one per file.

    ``urls``: a path, URL or glob, or an iterable of them (expanded here, in the client).
    ``storage_options``: passed to fsspec (credentials, endpoints). ``partition_size`` files per
    task (or ``npartitions`` tasks). ``isolate``: parse each document in a child process of the
    Dask worker (the default; see the module's notes) or in the Dask worker itself.
    """
    import dask.bag as db

    opts = _options(options, {})
    paths = expand(urls, storage_options)
    if npartitions is not None:
        bag = db.from_sequence(paths, npartitions=npartitions)
    else:
        bag = db.from_sequence(paths, partition_size=partition_size)
    return bag.map_partitions(parse_partition, options=opts, storage_options=storage_options, isolate=isolate)


def parse_partition(urls: Iterable[str], options: ParseOptions | None = None, *,
                    storage_options: dict[str, Any] | None = None, isolate: bool = True) -> list[dict]:
    """The records of ``urls``, in their order (what one task of :func:`parse_bag` runs; usable with
    ``client.map`` or ``client.submit`` too)."""
    urls = list(urls)
    opener = _opener(storage_options)
    if isolate:
        if multiprocessing.current_process().daemon:
            raise OptionsError(
                "this Dask worker is a daemon process and may not start the child processes that bound each "
                "document", hint="start the workers with distributed.worker.daemon: False (environment "
                "DASK_DISTRIBUTED__WORKER__DAEMON=False) or with 'dask worker --no-nanny', or pass isolate=False")
        batch = Batch(options, workers=1, opener=opener)
        found = {r.path: r for r in batch.records(urls)}
        return [found[u].to_dict() for u in urls]
    reader = Batch(options, workers=1, opener=opener)
    return [_in_process(reader, u).to_dict() for u in urls]


def _in_process(reader: Batch, url: str) -> Record:
    job = reader.job(url)
    path, sha = job.item
    try:
        if isinstance(job.source, ResumekitError):
            raise job.source
        return Record(path, sha, candidate_json=parse(job.source, options=reader.options, name=url).model_dump_json())
    except ResumekitError as e:
        return Record.failed(path, sha, e)


def _opener(storage_options: dict[str, Any] | None):
    import fsspec

    return lambda url: fsspec.open(url, "rb", **(storage_options or {}))


def expand(urls: str | Iterable[str], storage_options: dict[str, Any] | None = None) -> list[str]:
    """Paths and URLs, each glob replaced by the files it matches (sorted); a URL keeps its protocol."""
    from fsspec.core import url_to_fs

    out: list[str] = []
    for url in [urls] if isinstance(urls, str) else list(urls):
        if not any(c in url for c in "*?["):
            out.append(url)
            continue
        fs, pattern = url_to_fs(url, **(storage_options or {}))
        found = sorted(fs.glob(pattern))
        out += [fs.unstrip_protocol(p) if "://" in url else p for p in found if fs.isfile(p)]
    return out
