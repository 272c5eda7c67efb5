#!/usr/bin/env python3
"""Time PDF extraction per page against bare pdfplumber character extraction on the same files.

    python scripts/bench_pdf.py                        # the PDF fixtures
    python scripts/bench_pdf.py DIR_OR_FILE ... [-n 5]

For each document: pages, lines extracted, the median wall time of
- ``chars``: ``pdfplumber.open`` and ``[p.chars for p in pdf.pages]`` (bare pdfplumber character
  extraction: pdfminer interprets the content streams, pdfplumber turns each character into a
  dict),
- ``read``: ``pdfplumber.open`` and resumekit's own drawing-order pass over every page
  (``extract.pdf.paint.read_page``, which replaces ``page.chars``), and
- ``extract``: ``resumekit.extract`` (the read, plus hidden-text checks, reading order, page
  furniture, glyph repairs and link attachment),
each per page, over ``-n`` runs after one warm-up run; then the overhead of ``extract`` over
``chars`` and the cost of the layout work alone (``extract`` minus ``read``) as a share of
``chars``, in per cent. The last row sums over all documents. A measurement, not a test: nothing
here asserts. Interpreter start and imports are excluded (paid once per process).
"""
from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

import pdfplumber

import benchlib
import resumekit
from resumekit.extract.pdf.paint import read_page

ROOT = Path(__file__).resolve().parent.parent


def documents(args: list[str]) -> list[Path]:
    return benchlib.documents(args, [ROOT / "fixtures"], "*.pdf", recursive=True)


def bare_chars(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(p.chars) for p in pdf.pages)


def paint_read(data: bytes) -> int:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(read_page(p).glyphs) for p in pdf.pages)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="PDF files or folders (default: the PDF fixtures)")
    ap.add_argument("-n", "--runs", type=int, default=5, help="timed runs per document (median reported)")
    args = ap.parse_args(argv)
    print(f"{'document':28} {'pages':>5} {'lines':>5} {'chars ms/p':>10} {'read ms/p':>9} {'extract ms/p':>12} "
          f"{'overhead':>8} {'layout':>7}")
    total_chars = total_read = total_extract = 0.0
    n = 0
    for path in documents(args.paths):
        data = path.read_bytes()
        try:
            doc = resumekit.extract(data, name=path.name)
        except resumekit.ResumekitError as e:
            print(f"{path.name:28} skipped: {e.code}")
            continue
        pages = doc.pages or 1
        chars = benchlib.median_s(lambda: bare_chars(data), args.runs)
        read = benchlib.median_s(lambda: paint_read(data), args.runs)
        extract = benchlib.median_s(lambda: resumekit.extract(data, name=path.name), args.runs)
        total_chars += chars
        total_read += read
        total_extract += extract
        n += 1
        print(f"{path.name:28} {pages:5d} {len(doc.lines):5d} {chars / pages * 1000:10.1f} {read / pages * 1000:9.1f} "
              f"{extract / pages * 1000:12.1f} {(extract / chars - 1) * 100:7.0f}% {(extract - read) / chars * 100:6.0f}%")
    if not n:
        print("no PDF documents found", file=sys.stderr)
        return 1
    print(f"{'all ' + str(n) + ' documents':28} {'':5} {'':5} {total_chars * 1000:10.0f} {total_read * 1000:9.0f} "
          f"{total_extract * 1000:12.0f} {(total_extract / total_chars - 1) * 100:7.0f}% "
          f"{(total_extract - total_read) / total_chars * 100:6.0f}%   (total ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
