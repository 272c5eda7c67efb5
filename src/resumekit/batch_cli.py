"""``resumekit batch``: folders of documents into one output file, a record per file, resumable.

    resumekit batch INPUT... -o results.jsonl [--workers N] [--timeout S] [--glob PATTERN]
                    [--format jsonl|csv|parquet] [--restart] [--quiet]

Inputs are files (taken as they are) and folders (walked for ``--glob`` patterns, default
:data:`~resumekit.batch.DOCUMENT_PATTERNS`). Each document is parsed in a worker process with its
own time and memory bound (:class:`~resumekit.batch.Batch`); every file gets one record
(:mod:`resumekit.records`), a failure too. Rerunning with the same output skips the files that
already have a record for the same path and content (:mod:`resumekit.outputs`).

Stopping: Ctrl-C (SIGINT) or SIGTERM stops the batch cleanly: a record being written is finished,
the documents in the workers are dropped (the next run parses them), the output is closed valid
and the summary says what is left. A hard kill can leave half a line, which the next run drops.

Progress goes to stderr: a bar with rate and ETA on a terminal, a log line every 10% (or minute)
otherwise, one line per failed document, and a summary at the end (parsed, failed by error code,
skipped, elapsed, documents/s, the workers' peak memory). Exit status: 0 when every file has its
record (failed documents included: they are records too), 1 when the output could not be written
to the end (what was written stays valid, and a rerun goes on from there), 2 for usage errors (bad flags, a missing input, an output that cannot be written or
is not a batch output), 128 + the signal number when stopped (130 for Ctrl-C).
"""
from __future__ import annotations

import argparse
import signal
import threading
import time
from collections import Counter
from contextlib import contextmanager
from typing import Iterator, TextIO

from .batch import DOCUMENT_PATTERNS, Batch, default_workers, find_documents
from .errors import OptionsError, ResumekitError
from .options import ParseOptions
from .outputs import FORMATS, Output, open_output, owned_files
from .records import Record, read_and_hash

__all__ = ["add_arguments", "run"]


def add_arguments(p: argparse.ArgumentParser) -> None:
    """The flags of ``batch`` (the parse options are added by the CLI, as for the other commands)."""
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="a document, or a folder to search for documents")
    p.add_argument("-o", "--output", required=True, metavar="FILE",
                   help="where the records go; rerunning with the same file skips what it holds")
    p.add_argument("--format", dest="output_format", choices=FORMATS,
                   help="jsonl (a record per line), csv or parquet (a row of common fields per file); "
                        "default: from the output's suffix, else jsonl")
    p.add_argument("--workers", type=int, metavar="N", help="worker processes (default: the CPUs, at most 4)")
    p.add_argument("--glob", dest="globs", action="append", metavar="PATTERN",
                   help="which files of a folder to parse, e.g. '*.pdf' (repeatable; case-insensitive; "
                        f"default: {' '.join(DOCUMENT_PATTERNS)})")
    p.add_argument("--restart", action="store_true", help="discard the output's records and start over")
    p.add_argument("-q", "--quiet", action="store_true", help="no progress and no line per failed file")


def run(args: argparse.Namespace, options: ParseOptions, out: TextIO, err: TextIO) -> int:
    start = time.monotonic()
    try:
        if args.workers is not None and args.workers < 1:
            raise OptionsError("--workers must be at least 1")
        paths = find_documents(args.inputs, args.globs or DOCUMENT_PATTERNS, exclude=owned_files(args.output))
        output = open_output(args.output, args.output_format, restart=args.restart)
    except ResumekitError as e:
        print(f"resumekit: {e}", file=err)
        return 2
    stop = _Interrupts()
    tally: Counter = Counter()
    try:
        for note in output.notes:
            print(f"resumekit: {note}", file=err)
        todo, tally["skipped"] = _plan(paths, output.done)
        batch = Batch(options, workers=min(args.workers or default_workers(), max(1, len(todo))))
        progress = _Progress(len(todo), err, quiet=args.quiet)
        failure: OSError | None = None
        with stop.installed():
            records = batch.records(todo)
            try:
                for record in records:
                    with stop.deferred():
                        try:
                            output.write(record)
                        except OSError as e:  # a full disk, a vanished mount
                            failure = e
                            break
                        tally["parsed" if record.ok else "failed:" + record.error["code"]] += 1
                        progress.advance(record)
            except KeyboardInterrupt:
                stop.signum = stop.signum or signal.SIGINT  # also when raised without our handler
            finally:
                stop.holding = True  # from here on a signal only marks the run stopped
                records.close()
                progress.close()
                failure = _close(output) or failure
    finally:
        _close(output)
    if failure is not None:
        print(f"resumekit: cannot write the output {output.path}: {failure.strerror or failure}", file=err)
    print(_summary(tally, len(todo), time.monotonic() - start, batch.peak_memory, output, stop.signum), file=err)
    if stop.signum:
        return 128 + stop.signum
    return 1 if failure is not None else 0


def _close(output: Output) -> OSError | None:
    """Close the output (for Parquet: write it); what stopped it, if anything."""
    try:
        output.close()
    except OSError as e:
        return e
    return None


def _plan(paths: list[str], done: set) -> tuple[list[str], int]:
    """The paths still to parse, and how many are skipped: a path with a record is read and hashed
    here to see whether its content changed since."""
    done_paths = {p for p, _ in done}
    todo: list[str] = []
    skipped = 0
    for path in paths:
        if path in done_paths:
            try:
                with open(path, "rb") as fh:
                    sha = read_and_hash(fh, 0)[1]
            except OSError:
                sha = None
            if (path, sha) in done:
                skipped += 1
                continue
        todo.append(path)
    return todo, skipped


class _Interrupts:
    """SIGINT and SIGTERM raise KeyboardInterrupt where the batch is, except inside ``deferred()``
    (writing a record), where it is raised once the block is done, and after ``holding`` is set,
    when a signal only marks the run stopped. ``signum``: the signal that stopped the run."""

    def __init__(self):
        self.holding = False
        self.pending = False
        self.signum = 0

    def _handle(self, signum, frame) -> None:
        self.signum = self.signum or signum
        if self.holding:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def installed(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield  # signals reach the main thread only
            return
        old = {s: signal.signal(s, self._handle) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            yield
        finally:
            for s, handler in old.items():
                signal.signal(s, handler)

    @contextmanager
    def deferred(self) -> Iterator[None]:
        self.holding = True
        try:
            yield
        finally:
            self.holding = False
            if self.pending:
                self.pending = False
                raise KeyboardInterrupt


class _Progress:
    """A tqdm bar on a terminal; plain lines every 10% (or minute) otherwise; a line per failure."""

    EVERY_S = 60.0

    def __init__(self, total: int, err: TextIO, quiet: bool = False):
        self.total, self.err, self.quiet = total, err, quiet
        self.done = self.failed = 0
        self.start = self.last = time.monotonic()
        self.step = max(1, -(-total // 10))
        self.bar = None
        if not quiet and total and _isatty(err):
            from tqdm import tqdm

            self.bar = tqdm(total=total, file=err, unit="doc", dynamic_ncols=True, smoothing=0.05,
                            desc="resumekit batch")

    def advance(self, record: Record) -> None:
        self.done += 1
        if not record.ok:
            self.failed += 1
            if not self.quiet:
                line = f"resumekit: {record.path}: {record.error.get('message')} [{record.error.get('code')}]"
                if self.bar is not None:
                    self.bar.write(line, file=self.err)
                else:
                    print(line, file=self.err)
        if self.bar is not None:
            self.bar.update(1)
            if not record.ok:
                self.bar.set_postfix(failed=self.failed, refresh=False)
            return
        now = time.monotonic()
        if not self.quiet and (self.done % self.step == 0 or now - self.last >= self.EVERY_S) and self.done < self.total:
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            print(f"resumekit batch: {self.done}/{self.total} ({self.done * 100 // self.total}%), {self.failed} failed, "
                  f"{rate:.2f} documents/s, about {_duration((self.total - self.done) / rate)} left",
                  file=self.err, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _summary(tally: Counter, todo: int, elapsed: float, peak: int, output: Output, signum: int) -> str:
    failed = {k.split(":", 1)[1]: n for k, n in tally.items() if k.startswith("failed:")}
    processed = tally["parsed"] + sum(failed.values())
    if not todo and not tally["skipped"]:
        return "resumekit batch: no documents found (see --glob)"
    if not todo and not signum:
        return f"resumekit batch: nothing to do: {tally['skipped']} skipped, already in {output.path}"
    text = f"{processed} document{'' if processed == 1 else 's'} in {elapsed:.1f} s ({processed / max(elapsed, 1e-9):.2f} documents/s): " \
           f"{tally['parsed']} parsed, {sum(failed.values())} failed"
    if failed:
        text += " (" + ", ".join(f"{code} {n}" for code, n in sorted(failed.items(), key=lambda kv: (-kv[1], kv[0]))) + ")"
    if tally["skipped"]:
        text += f"; {tally['skipped']} skipped, already in {output.path}"
    if peak:
        text += f"; peak worker memory {peak / 2 ** 20:.0f} MB"
    if signum:
        name = signal.Signals(signum).name
        return (f"resumekit batch: stopped by {name} after {text}; the records are in {output.path}: run the same "
                f"command again for the other {todo - processed}")
    return f"resumekit batch: {text} -> {output.path}"


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"
