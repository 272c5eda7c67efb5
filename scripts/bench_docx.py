#!/usr/bin/env python3
"""Time DOCX extraction and full parsing, per document, in one process (interpreter start and
imports excluded: they are paid once per process, not per document).

    python scripts/bench_docx.py                       # the DOCX fixtures
    python scripts/bench_docx.py DIR_OR_FILE ... [-n 7] [--memory]

For each document: size, lines extracted, the median wall time of ``resumekit.extract`` and of
``resumekit.parse`` over ``-n`` runs (after one warm-up run), and with ``--memory`` the peak
Python allocation of one parse (tracemalloc). A measurement, not a test: nothing here asserts.
"""
from __future__ import annotations

import argparse
import sys
import tracemalloc
from pathlib import Path

import benchlib
import resumekit

ROOT = Path(__file__).resolve().parent.parent


def documents(args: list[str]) -> list[Path]:
    return benchlib.documents(args, [ROOT / "fixtures" / "docx", *sorted((ROOT / "fixtures").glob("*.docx"))], "*.docx")


def median_ms(fn, runs: int) -> float:
    return benchlib.median_s(fn, runs) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="DOCX files or folders (default: the DOCX fixtures)")
    ap.add_argument("-n", "--runs", type=int, default=7, help="timed runs per document (median reported)")
    ap.add_argument("--memory", action="store_true", help="also report the peak allocation of one parse")
    args = ap.parse_args(argv)
    paths = documents(args.paths)
    if not paths:
        print("no .docx documents found", file=sys.stderr)
        return 1
    header = f"{'document':32} {'KB':>6} {'lines':>5} {'extract ms':>10} {'parse ms':>9}"
    print(header + (f" {'peak MB':>8}" if args.memory else ""))
    extract_total = parse_total = 0.0
    for path in paths:
        data = path.read_bytes()
        lines = len(resumekit.extract(data, name=path.name).lines)
        extract_ms = median_ms(lambda: resumekit.extract(data, name=path.name), args.runs)
        parse_ms = median_ms(lambda: resumekit.parse(data, name=path.name), args.runs)
        extract_total += extract_ms
        parse_total += parse_ms
        row = f"{path.name:32} {len(data) / 1024:6.0f} {lines:5d} {extract_ms:10.1f} {parse_ms:9.1f}"
        if args.memory:
            tracemalloc.start()
            resumekit.parse(data, name=path.name)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            row += f" {peak / 2**20:8.1f}"
        print(row)
    n = len(paths)
    print(f"{'mean of ' + str(n):32} {'':>6} {'':>5} {extract_total / n:10.1f} {parse_total / n:9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
