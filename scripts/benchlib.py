"""What the benchmark scripts share: the documents to time and a median timer."""
from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Callable


def documents(args: list[str], defaults: list[Path], pattern: str, recursive: bool = False) -> list[Path]:
    """The files named, and the files matching ``pattern`` in the folders named (``defaults``
    when nothing is named)."""
    out: list[Path] = []
    for p in [Path(a) for a in args] or defaults:
        if p.is_dir():
            out.extend(sorted(p.rglob(pattern) if recursive else p.glob(pattern)))
        else:
            out.append(p)
    return out


def median_s(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``fn`` in seconds over ``runs`` runs, after one warm-up run (caches,
    lazy imports)."""
    fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)
