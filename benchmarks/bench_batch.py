#!/usr/bin/env python3
"""Batch throughput with 1 and 2 workers, and the peak memory of a worker.

    python benchmarks/bench_batch.py                         # the fixtures
    python benchmarks/bench_batch.py DIR_OR_FILE ... [--rounds 2] [--workers 1 2]

Runs ``resumekit batch FILES -o OUT --workers N --restart -q`` as a whole process, the worker
counts in turn (1, 2, 1, 2... for ``--rounds`` rounds, so that a change in the machine's load
hits both alike), and reports per worker count the median wall time of the command (interpreter
start and imports included), documents per second, the speed-up over the first count (the same
round's pair, then the median), the peak resident set of a worker as the workers report it
(``getrusage`` in the worker; the pages a forked worker shares with its parent counted) and of
the largest process of the command (``wait4``, in a small launcher process).
The output goes to a temporary folder. A measurement, not a test: nothing here asserts.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

PEAK = re.compile(r"peak worker memory (\d+) MB")


def run_batch(paths: list[Path], workers: int, out: Path) -> dict:
    cmd = [common.executable(), "batch", *map(str, paths), "-o", str(out), "--workers", str(workers), "--restart", "-q"]
    wall, _, rss, err = common.run_process(cmd)
    peak = PEAK.search(err)
    return {"wall": wall, "rss": rss, "worker": int(peak.group(1)) if peak else 0}


def measure(paths: list[Path], counts: list[int], rounds: int) -> list[list]:
    runs: dict[int, list[dict]] = {n: [] for n in counts}
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.jsonl"
        run_batch(paths[:2], counts[0], out)  # warm-up: the page cache, the interpreter's files
        for _ in range(rounds):
            for n in counts:
                runs[n].append(run_batch(paths, n, out))
    rows = []
    for n in counts:
        walls = [r["wall"] for r in runs[n]]
        speedup = statistics.median(a["wall"] / b["wall"] for a, b in zip(runs[counts[0]], runs[n]))
        rows.append([n, len(paths), statistics.median(walls), len(paths) / statistics.median(walls),
                     f"{speedup:.2f}x", max(r["worker"] for r in runs[n]), max(r["rss"] for r in runs[n]) // 2 ** 20])
    return rows


HEADER = ["workers", "documents", "wall s (median)", "documents/s", "speed-up", "peak MB per worker",
          "peak MB, largest process"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="documents or folders (default: the fixtures)")
    ap.add_argument("--rounds", type=int, default=2, help="runs of each worker count (median reported)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker counts to compare")
    args = ap.parse_args(argv)
    paths = common.documents(args.paths, common.corpora(None)["fixtures"])
    print(common.table(HEADER, measure(paths, args.workers, args.rounds)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
