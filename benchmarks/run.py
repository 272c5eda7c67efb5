#!/usr/bin/env python3
"""All the benchmarks, on the fixtures and on ../shared's dev corpus and zoo when they are there
(``make bench``; never part of ``make test``). What each measures: docs/performance.md.

    python benchmarks/run.py [--shared ../shared] [--runs 3] [--rounds 2] [--only import formats batch dates]

Prints a Markdown report (``--out FILE`` keeps a copy): import and start-up time; per format,
extraction against the rest of a parse with pdfplumber, pypdfium2 and python-docx references;
batch throughput with 1 and 2 workers and the workers' peak memory; the date grammar. The
set-aside documents of ../shared/eval are left out. A measurement, not a test: nothing asserts.
"""
from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_batch  # noqa: E402
import bench_dates  # noqa: E402
import bench_formats  # noqa: E402
import bench_import  # noqa: E402
import common  # noqa: E402

import resumekit  # noqa: E402

PARTS = ("import", "formats", "batch", "dates")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", type=Path, default=common.ROOT.parent / "shared", help="the shared folder")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per document or process (median)")
    ap.add_argument("--rounds", type=int, default=2, help="batch runs per worker count (median)")
    ap.add_argument("--only", nargs="+", choices=PARTS, default=list(PARTS), help="the parts to run")
    ap.add_argument("--corpora", nargs="+", default=["fixtures", "dev", "zoo"], help="the corpora to use")
    ap.add_argument("--out", type=Path, help="also write the report here")
    ap.add_argument("--wall", action="store_true", help="in-process timings in wall time, not CPU time")
    args = ap.parse_args(argv)
    common.set_clock(args.wall)
    report: list[str] = []

    def say(text: str = "") -> None:
        print(text, flush=True)
        report.append(text)

    docs = common.corpora(args.shared if args.shared.is_dir() else None, args.corpora)
    say(f"# resumekit {resumekit.__version__} benchmarks, {time.strftime('%Y-%m-%d')}")
    say(f"Python {platform.python_version()} on {platform.machine()}, {common.cpu_count()} CPUs; corpora: "
        + ", ".join(f"{k} ({len(v)} documents)" for k, v in docs.items()))
    if "import" in args.only:
        say("\n## Import and start-up (whole processes, median of runs)\n")
        say(common.table(bench_import.HEADER, bench_import.measure(max(args.runs, 5))))
        say()
        say(common.table(["package (import resumekit.api)", "cumulative ms"], bench_import.import_costs(10)))
        say()
        say(common.table(["resumekit module", "own import ms"], bench_import.own_modules(10)))
    if "formats" in args.only:
        say(f"\n## Per format: extraction and the rest ({'wall' if args.wall else 'CPU'} ms per document, "
            f"median of {args.runs} runs)\n")
        rows, skipped = [], []
        for name, paths in docs.items():
            measured = [bench_formats.measure(p, args.runs) for p in paths]
            rows += bench_formats.summary(measured, name)
            skipped += [f"{name}/{r['document']} ({r['skipped']})" for r in measured if "skipped" in r]
        say(common.table(bench_formats.SUMMARY_HEADER, rows))
        if skipped:
            say(f"\nnot parsed, left out: {', '.join(skipped)}")
    if "batch" in args.only:
        paths = [p for ps in docs.values() for p in ps]
        say(f"\n## Batch throughput ({len(paths)} documents: {', '.join(docs)}; "
            f"{args.rounds} rounds, worker counts in turn)\n")
        say(common.table(bench_batch.HEADER, bench_batch.measure(paths, [1, 2], args.rounds)))
    if "dates" in args.only:
        say("\n## Date grammar (fixtures)\n")
        say("```")
        say(bench_dates.report(docs.get("fixtures", []), args.runs))
        say("```")
    if args.out:
        args.out.write_text("\n".join(report) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
