#!/usr/bin/env python3
"""Time the date grammar: ``find_dates`` over the lines of real documents, and over hostile text.

    python scripts/bench_dates.py                       # the fixture documents
    python scripts/bench_dates.py DIR_OR_FILE ... [-n 7]

Documents are extracted once (not timed); then ``find_dates`` runs over every line of every
document, and over each document's whole text, ``-n`` times after one warm-up run; the median
is reported, with the number of dates found. The hostile strings are those of
``tests/test_dates.py::test_hostile_strings_are_linear``. Import cost is measured apart:
``python -X importtime -c "import resumekit.fields.dates"``. A measurement, not a test:
nothing here asserts.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import resumekit
from resumekit.fields.dates import find_dates

from bench_docx import median_ms

ROOT = Path(__file__).resolve().parent.parent
SUFFIXES = (".pdf", ".docx", ".txt", ".md")
HOSTILE = {
    '"1-" * 100000': "1-" * 100_000,
    '"a." * 100000': "a." * 100_000,
    '"2019-" * 40000': "2019-" * 40_000,
    '"May 2019, " * 20000': "May 2019, " * 20_000,
    '"2019年" * 40000': "2019年" * 40_000,
    '"09/1996 " * 25000': "09/1996 " * 25_000,
}


def documents(args: list[str]) -> list[Path]:
    paths = [Path(a) for a in args] or [ROOT / "fixtures"]
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(q for q in p.rglob("*") if q.suffix in SUFFIXES and "golden" not in q.parts)
        else:
            out.append(p)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="documents or folders (default: the fixtures)")
    ap.add_argument("-n", "--runs", type=int, default=7, help="timed runs (median reported)")
    args = ap.parse_args(argv)
    lines: list[str] = []
    texts: list[str] = []
    for path in documents(args.paths):
        try:
            doc = resumekit.extract(path)
        except resumekit.ResumekitError as e:
            print(f"skipped {path.name}: {e.code}", file=sys.stderr)
            continue
        lines += [l.plain for l in doc.lines]
        texts.append(doc.text)
    found = sum(len(find_dates(l)) for l in lines)
    chars = sum(len(l) for l in lines)
    print(f"{len(texts)} documents, {len(lines)} lines, {chars} characters, {found} dates (line by line)")
    per_line = median_ms(lambda: [find_dates(l) for l in lines], args.runs)
    whole = median_ms(lambda: [find_dates(t) for t in texts], args.runs)
    print(f"find_dates per line:   {per_line:8.1f} ms  ({per_line * 1000 / max(len(lines), 1):.1f} µs/line)")
    print(f"find_dates whole text: {whole:8.1f} ms")
    for name, text in HOSTILE.items():
        print(f"hostile {name:24} {median_ms(lambda: find_dates(text), 3):8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
