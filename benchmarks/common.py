"""What the benchmarks share: the documents to time, a median timer, whole-process runs, tables.

Corpora: ``fixtures`` (our own documents, always there) and, when ``../shared`` is present,
``dev`` (../shared/corpus/dev/docs) and ``zoo`` (../shared/zoo/docs). The set-aside documents
(../shared/eval/set-aside.txt) are left out: they are not parsed here at all.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".pdf", ".docx", ".txt", ".md")


def set_aside(shared: Path | None) -> set[str]:
    path = shared / "eval" / "set-aside.txt" if shared else None
    if not path or not path.exists():
        return set()
    return {w for line in path.read_text().splitlines() if not line.startswith("#") for w in line.split()}


def corpora(shared: Path | None, names: Sequence[str] = ("fixtures", "dev", "zoo")) -> dict[str, list[Path]]:
    """The documents of each corpus that is there, sorted, without the set-aside ones."""
    hidden = set_aside(shared)
    out: dict[str, list[Path]] = {}
    for name in names:
        if name == "fixtures":
            found = [p for p in ROOT.joinpath("fixtures").rglob("*")
                     if p.suffix in SUFFIXES and "golden" not in p.parts and p.name != "README.md"]
        else:
            if shared is None:
                continue
            folder = (shared / "corpus" / "dev" / "docs") if name == "dev" else (shared / "zoo" / "docs")
            if not folder.is_dir():
                continue
            found = [p for p in folder.iterdir() if p.suffix in SUFFIXES and p.stem not in hidden]
        out[name] = sorted(found)
    return out


def documents(args: Sequence[str], defaults: Sequence[Path], suffixes: Sequence[str] = SUFFIXES) -> list[Path]:
    """The files named, and the files with one of ``suffixes`` in the folders named (``defaults``
    when nothing is named)."""
    out: list[Path] = []
    for p in [Path(a) for a in args] or list(defaults):
        if p.is_dir():
            out.extend(sorted(q for q in p.rglob("*") if q.suffix in suffixes and "golden" not in q.parts))
        else:
            out.append(p)
    return out


CLOCK = time.process_time  # in-process timings count this process's CPU time: see set_clock


def set_clock(wall: bool) -> None:
    """In-process timings in CPU seconds of this process (the default: the machine is shared, and
    the time spent waiting for a core is not ours), or in wall seconds."""
    global CLOCK
    CLOCK = time.perf_counter if wall else time.process_time


# Answers kept per text (module, function with an lru_cache): a batch shares them across its
# documents, but a document timed again must not be answered from its own previous run, so they are
# forgotten before each timed run (the ones a version of resumekit lacks are skipped).
PER_TEXT_CACHES = (("resumekit.document", "_cells"), ("resumekit.document", "_plain"), ("resumekit.text", "key"), ("resumekit.headings", "heading_text"), ("resumekit.headings", "heading_kind"), ("resumekit.text", "is_caps"), ("resumekit.text", "_urls_in"),
                   ("resumekit.fields.dates", "_dates_in"), ("resumekit.fields.dates", "_has_ordered_shape"),
                   ("resumekit.fields.lists", "spoken_language"),
                   ("resumekit.fields.location", "_kind"), ("resumekit.fields.location", "_parse_location"),
                   ("resumekit.fields.location", "_bare"),
                   ("resumekit.fields.contact", "_phones_in"), ("resumekit.extract.pdf.hidden", "contrast"),
                   ("resumekit.fields.locate", "fold"), ("resumekit.fields.locate", "_stream"),
                   ("resumekit.fields.locate", "_texts"),
                   ("resumekit.fields.pattern", "part_features"),
                   ("resumekit.fields.phrases", "_segments"),
                   ("resumekit.fields.phrases", "title_like"), ("resumekit.fields.phrases", "org_like"),
                   ("resumekit.fields.phrases", "degree_like"), ("resumekit.fields.phrases", "institution_like"),
                   ("resumekit.fields.name", "is_name"), ("resumekit.fields.degree_line", "header_pieces"),
                   ("resumekit.fields.prose", "_prose"),
                   ("resumekit.fields.entries", "split_entries"), ("resumekit.fields.prose", "_line_dates"),
                   ("resumekit.fields.canonical", "_exact"))


def forget_texts() -> None:
    """Empty the caches of :data:`PER_TEXT_CACHES` that are loaded."""
    for module, name in PER_TEXT_CACHES:
        clear = getattr(getattr(sys.modules.get(module), name, None), "cache_clear", None)
        if clear is not None:
            clear()


def median_s(fn: Callable[[], object], runs: int) -> float:
    """Median time of ``fn`` in seconds (see :data:`CLOCK`) over ``runs`` runs, after one warm-up
    run (caches of the vocabulary, lazy imports); the answers kept per text are forgotten before
    each run (see :func:`forget_texts`)."""
    fn()
    times = []
    for _ in range(max(1, runs)):
        forget_texts()
        t = CLOCK()
        fn()
        times.append(CLOCK() - t)
    return statistics.median(times)


# Runs a command and prints its wall seconds, CPU seconds, peak resident set and exit status. A
# small process of its own: a child's peak counts the process it was forked from, and the
# benchmark process is large by then.
_LAUNCHER = """
import json, os, sys, time
start = time.perf_counter()
pid = os.fork()
if pid == 0:
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    os.execvp(sys.argv[1], sys.argv[1:])
_, status, usage = os.wait4(pid, 0)
peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
print(json.dumps([time.perf_counter() - start, usage.ru_utime + usage.ru_stime, peak, os.waitstatus_to_exitcode(status)]))
"""


def run_process(cmd: Sequence[str]) -> tuple[float, float, int, str]:
    """Run a command to its end: (wall s, CPU s, peak resident set in bytes of the largest
    process among it and the children it waited for, stderr). Raises when it fails."""
    proc = subprocess.run([sys.executable, "-c", _LAUNCHER, *cmd], capture_output=True)
    err = proc.stderr.decode("utf-8", "replace")
    wall, cpu, peak, status = json.loads(proc.stdout)
    if status != 0:
        raise RuntimeError(f"{' '.join(cmd[:4])} ... exited {status}: {err[-500:]}")
    return wall, cpu, peak, err


def table(header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A Markdown table; numbers right-aligned."""
    def cell(v: object) -> str:
        if isinstance(v, float):
            return f"{v:,.1f}"
        return f"{v:,}" if isinstance(v, int) else str(v)

    cells = [[cell(v) for v in row] for row in rows]
    numeric = [all(isinstance(r[i], (int, float)) for r in rows) if rows else False for i in range(len(header))]
    lines = ["| " + " | ".join(header) + " |",
             "| " + " | ".join("---:" if n else "---" for n in numeric) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in cells]
    return "\n".join(lines)


def cpu_count() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def executable(name: str = "resumekit") -> str:
    """The console script of this interpreter's environment."""
    path = Path(sys.executable).with_name(name)
    return str(path) if path.exists() else name
