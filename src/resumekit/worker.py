"""Documents parsed in worker processes that can be stopped.

A thread cannot be stopped while pdfminer spins in a pure-Python loop or lxml works in C; a
process can. :class:`WorkerPool` runs a function on each document in a child process and gives
back its result or a :class:`~resumekit.errors.ResumekitError`, in the order the documents came:

- **time**: each document has ``ParseOptions.timeout`` seconds; past it the child is killed
  (SIGKILL) and the document gets a :class:`ParseTimeoutError`;
- **memory**: the child limits its own address space to ``ParseOptions.max_memory`` where the OS
  allows (``resource.setrlimit(RLIMIT_AS)``: Linux, most Unixes; not Windows); running out is a
  :class:`ResourceLimitError` naming ``max_memory``;
- **crashes**: a child that dies (a signal, the OOM killer) costs its document a
  :class:`WorkerCrashError`, and a fresh child takes the next document;
- **leaks**: a child is replaced after ``tasks_per_worker`` documents (pdfminer keeps memory);
- **orphans**: on Linux a child is killed by the kernel when its parent dies, however it died.

Errors cross the process boundary by pickling (:meth:`ResumekitError.__reduce__`). A child ignores
SIGINT and logs nothing: the parent owns the terminal. Start method: ``fork`` when the parent is
single-threaded on Linux (cheap: the child inherits the loaded libraries), else ``forkserver`` or
``spawn``, which are safe with threads. ``preload`` names the modules the function needs (for
parsing, :data:`PARSER`): they are imported once, in the parent before it forks or in the fork
server, not by every child anew (``import resumekit`` itself loads none of them).
"""
from __future__ import annotations

import os
import signal
import sys
import threading
import time
from collections import deque
from dataclasses import dataclass
from importlib import import_module
from typing import Any, Callable, Iterable, Iterator, Sequence

from .errors import InternalError, ParseTimeoutError, ResourceLimitError, ResumekitError, WorkerCrashError
from .options import ParseOptions, limit_exceeded

__all__ = ["WorkerPool", "Job", "default_start_method", "PARSER"]

TASKS_PER_WORKER = 50
PARSER = ("resumekit.api",)  # what a worker that parses needs loaded: the stages and the field readers


@dataclass(frozen=True)
class Job:
    """One document: ``source`` is what the function receives (a path or bytes), ``name`` what errors
    call it, ``item`` what the caller passed (it stays in the parent)."""

    source: Any
    name: str
    item: Any = None


def default_start_method() -> str:
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods and threading.active_count() == 1:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _context(method: str, preload: Sequence[str] = ()):
    """The multiprocessing context, with ``preload`` imported where the children will start from:
    here before forking, or in the fork server (with resumekit.batch, where the jobs live), so that
    each child starts with them loaded (else every child imports them anew: most of a second each)."""
    import multiprocessing

    ctx = multiprocessing.get_context(method)
    if method == "fork":
        for module in preload:
            import_module(module)
    elif method == "forkserver":
        import multiprocessing.forkserver as forkserver

        loaded = list(getattr(forkserver._forkserver, "_preload_modules", None) or ["__main__"])
        wanted = [m for m in ("resumekit.batch", *preload) if m not in loaded]
        if wanted:
            ctx.set_forkserver_preload([*loaded, *wanted])
    return ctx


class _Worker:
    def __init__(self, ctx, func: Callable, options: ParseOptions):
        parent, child = ctx.Pipe(duplex=True)
        # the parent a child must outlive no longer than: ours, unless a fork server stands between
        parent_pid = os.getpid() if ctx.get_start_method() != "forkserver" else None
        self.process = ctx.Process(target=_serve, args=(child, func, options, parent_pid), daemon=True,
                                   name="resumekit-worker")
        self.process.start()
        child.close()
        self.conn = parent
        self.done = 0
        self.job: tuple[int, Job] | None = None
        self.deadline: float | None = None

    def submit(self, key: int, job: Job, options: ParseOptions) -> None:
        self.job = (key, job)
        self.deadline = time.monotonic() + options.timeout if options.timeout else None
        try:
            self.conn.send((job.source, job.name))
        except OSError:
            pass  # the child is gone: the pool sees its end of the pipe close and reports a crash

    def stop(self, kill: bool = False) -> None:
        try:
            if kill or not self.process.is_alive():
                self.process.kill()
            else:
                self.conn.send(None)
            self.process.join(timeout=2)
            if self.process.is_alive():
                self.process.kill()
                self.process.join()
        except (OSError, ValueError):
            pass
        finally:
            self.conn.close()


class WorkerPool:
    """``with WorkerPool(func, options, workers=2) as pool: for job, result in pool.run(jobs): ...``

    ``func(source, name, options)`` runs in a child; it must be importable by name (a module-level
    function) unless the start method is ``fork``. ``result`` is what it returned, or the
    ResumekitError it raised or that stopped it. ``preload``: modules ``func`` needs, imported once
    for all the children (see the module's docstring).
    """

    def __init__(self, func: Callable, options: ParseOptions | None = None, *, workers: int = 1,
                 tasks_per_worker: int = TASKS_PER_WORKER, start_method: str | None = None,
                 preload: Sequence[str] = ()):
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.func = func
        self.options = options or ParseOptions()
        self.size = workers
        self.tasks_per_worker = tasks_per_worker
        self.ctx = _context(start_method or default_start_method(), preload)
        self.idle: list[_Worker] = []
        self.busy: dict[Any, _Worker] = {}  # connection -> worker

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for w in self.idle:
            w.stop()
        for w in self.busy.values():
            w.stop(kill=True)
        self.idle, self.busy = [], {}

    def run(self, jobs: Iterable[Job], ordered: bool = True) -> Iterator[tuple[Job, Any]]:
        """Results in the order of ``jobs`` (at most ``4 x workers`` results wait for an earlier one),
        or with ``ordered=False`` each as soon as it is there."""
        pending = iter(jobs)
        waiting: deque[int] = deque()
        results: dict[int, tuple[Job, Any]] = {}
        key = 0
        exhausted = False
        while True:
            while not exhausted and len(self.busy) < self.size and len(waiting) < 4 * self.size:
                job = next(pending, None)
                if job is None:
                    exhausted = True
                    break
                self._worker().submit(key, job, self.options)
                if ordered:
                    waiting.append(key)
                key += 1
            if not self.busy:
                break
            for worker, outcome in self._collect():
                k, job = worker.job
                worker.job = None
                if not ordered:
                    yield job, outcome
                    continue
                results[k] = (job, outcome)
            while waiting and waiting[0] in results:
                yield results.pop(waiting.popleft())
        while waiting:
            yield results.pop(waiting.popleft())

    def _worker(self) -> _Worker:
        worker = self.idle.pop() if self.idle else _Worker(self.ctx, self.func, self.options)
        self.busy[worker.conn] = worker
        return worker

    def _release(self, worker: _Worker, alive: bool) -> None:
        del self.busy[worker.conn]
        worker.done += 1
        if alive and worker.done < self.tasks_per_worker:
            self.idle.append(worker)
        else:
            worker.stop(kill=not alive)

    def _collect(self) -> list[tuple[_Worker, Any]]:
        """Wait for the next result, death or deadline among the busy workers."""
        deadlines = [w.deadline for w in self.busy.values() if w.deadline is not None]
        timeout = max(0.0, min(deadlines) - time.monotonic()) if deadlines else None
        from multiprocessing.connection import wait  # loaded with the context

        ready = wait(list(self.busy), timeout)
        out = []
        for conn in ready:
            worker = self.busy[conn]
            try:
                outcome, alive = conn.recv()
            except (EOFError, OSError):
                worker.process.join(timeout=2)
                outcome, alive = _crashed(worker), False
            except Exception as e:  # a result that does not unpickle
                outcome, alive = InternalError(f"the worker's result could not be read ({type(e).__name__})",
                                               source=worker.job[1].name), False
            self._release(worker, alive)
            out.append((worker, outcome))
        now = time.monotonic()
        for worker in [w for w in self.busy.values() if w.deadline is not None and w.deadline <= now]:
            name = worker.job[1].name
            self._release(worker, alive=False)
            out.append((worker, ParseTimeoutError(
                f"parsing took longer than {self.options.timeout:g} s and was stopped", source=name,
                limit="timeout", value=self.options.timeout,
                hint="raise ParseOptions.timeout (CLI: --timeout) to give it longer")))
        return out


def _crashed(worker: _Worker) -> ResumekitError:
    code = worker.process.exitcode
    if code is not None and code < 0:
        try:
            how = f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            how = f"was killed by signal {-code}"
    else:
        how = f"exited with status {code}"
    hint = None
    if code == -signal.SIGKILL:
        hint = "the system may have stopped it for using too much memory; lower ParseOptions.max_memory"
    return WorkerCrashError(f"the worker process parsing the document {how}", source=worker.job[1].name,
                            hint=hint, exitcode=code)


# ----------------------------------------------------------------------------- in the child


def _serve(conn, func: Callable, options: ParseOptions, parent_pid: int | None = None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent_pid)
    _quiet()
    _limit_memory(options.max_memory)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError, KeyboardInterrupt):
            return
        if job is None:
            return
        source, name = job
        alive = True
        try:
            outcome = func(source, name, options)
        except ResumekitError as e:
            outcome = e
        except MemoryError:
            outcome, alive = _memory_error(name, options), False
        except BaseException as e:  # a defect: wrap once, keep serving
            outcome = InternalError(f"parsing failed unexpectedly ({type(e).__name__}: {str(e)[:200]})", source=name)
        if isinstance(outcome, ResourceLimitError) and outcome.limit == "max_memory":
            alive = False  # a process that ran out of memory is not trusted with the next document
        if isinstance(outcome, BaseException):
            _detach(outcome)
        try:
            conn.send((outcome, alive))
        except Exception as e:  # an unpicklable result
            conn.send((InternalError(f"the result could not be sent back ({type(e).__name__})", source=name), True))
        if not alive:
            return


def _detach(error: BaseException) -> None:
    """An error crosses to the parent as its own message, without the exceptions it was raised
    from or during, and without its traceback: those stay here. (A library that registers
    reducers for every exception, as ``distributed`` does through tblib when imported, would
    otherwise try to pickle an lxml or pdfminer cause, and fail or recurse.)"""
    error.__cause__ = error.__context__ = None
    error.__suppress_context__ = True
    error.__traceback__ = None


def _die_with_parent(parent_pid: int | None) -> None:
    """Linux: have the kernel kill this child when its parent dies, so that a parent killed hard
    (SIGKILL, the OOM killer) leaves no worker spinning on a hostile file. Elsewhere a child still
    ends when it next reads from the closed pipe."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(0)  # the parent died before the call


def _memory_error(name: str, options: ParseOptions) -> ResumekitError:
    if options.max_memory:
        return limit_exceeded("max_memory", f"parsing the document needed more than {options.max_memory:,} bytes "
                                            "of memory", options.max_memory).with_source(name)
    return ResourceLimitError("parsing the document ran out of memory", source=name, limit="max_memory")


def _limit_memory(limit: int | None) -> None:
    """Address space: what the child starts with (a forked child shares its parent's) plus ``limit``."""
    if not limit:
        return
    try:
        import resource
    except ImportError:  # Windows
        return
    try:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        total = _address_space() + limit
        if hard != resource.RLIM_INFINITY:
            total = min(total, hard)
        resource.setrlimit(resource.RLIMIT_AS, (total, hard))
    except (ValueError, OSError, AttributeError):
        pass


def _address_space() -> int:
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def _quiet() -> None:
    """Libraries' log records, warnings and crash dumps stay in the child: the parent owns stderr."""
    import faulthandler
    import logging
    import warnings

    faulthandler.disable()  # a dump would go to an inherited descriptor, not to fd 2
    logging.disable(logging.CRITICAL)
    warnings.simplefilter("ignore")
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:
        pass
