#!/usr/bin/env python3
"""Time the date grammar: ``find_dates`` over the lines of real documents, and over hostile text.

    python benchmarks/bench_dates.py                    # the fixture documents
    python benchmarks/bench_dates.py DIR_OR_FILE ... [-n 7] [--wall]

Documents are extracted once (not timed); then ``find_dates`` runs over every line of every
document, and over each document's whole text, ``-n`` times after one warm-up run; the median
is reported (CPU time of the process, or ``--wall``), with the number of dates found; then the
time to build the grammar from the vocabulary (what importing the module costs: the patterns'
compilation). The hostile strings are those of ``tests/test_dates.py::test_hostile_strings_are_linear``.
The import of the whole parser is measured apart, by ``benchmarks/bench_import.py``. A measurement, not a test: nothing here asserts.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

import regex  # noqa: E402

import resumekit  # noqa: E402
from resumekit.fields import dates  # noqa: E402
from resumekit.fields.dates import find_dates  # noqa: E402
from resumekit.vocab import merged  # noqa: E402

HOSTILE = {
    '"1-" * 100000': "1-" * 100_000,
    '"a." * 100000': "a." * 100_000,
    '"2019-" * 40000': "2019-" * 40_000,
    '"May 2019, " * 20000': "May 2019, " * 20_000,
    '"2019年" * 40000': "2019年" * 40_000,
    '"09/1996 " * 25000': "09/1996 " * 25_000,
}


def median_ms(fn, runs: int) -> float:
    return common.median_s(fn, runs) * 1000


def report(paths: list[Path], runs: int) -> str:
    lines: list[str] = []
    texts: list[str] = []
    for path in paths:
        try:
            doc = resumekit.extract(path)
        except resumekit.ResumekitError:
            continue
        lines += [l.plain for l in doc.lines]
        texts.append(doc.text)
    found = sum(len(find_dates(l)) for l in lines)
    chars = sum(len(l) for l in lines)
    out = [f"{len(texts)} documents, {len(lines)} lines, {chars} characters, {found} dates (line by line)"]
    per_line = median_ms(lambda: [find_dates(l) for l in lines], runs)
    whole = median_ms(lambda: [find_dates(t) for t in texts], runs)
    out.append(f"find_dates per line:   {per_line:8.1f} ms  ({per_line * 1000 / max(len(lines), 1):.1f} µs/line)")
    out.append(f"find_dates whole text: {whole:8.1f} ms")
    # what every process pays at import (older versions named the class _Grammar)
    grammar = getattr(dates, "Grammar", None) or getattr(dates, "_Grammar")
    built = median_ms(lambda: (regex.purge(), grammar(merged())), 3)
    out.append(f"grammar built:         {built:8.1f} ms  (main pattern {len(dates._GRAMMAR.pattern.pattern):,} characters)")
    for name, text in HOSTILE.items():
        out.append(f"hostile {name:24} {median_ms(lambda: find_dates(text), 3):8.1f} ms")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="documents or folders (default: the fixtures)")
    ap.add_argument("-n", "--runs", type=int, default=7, help="timed runs (median reported)")
    ap.add_argument("--wall", action="store_true", help="wall time instead of this process's CPU time")
    args = ap.parse_args(argv)
    common.set_clock(args.wall)
    print(report(common.documents(args.paths, common.corpora(None)["fixtures"]), args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
