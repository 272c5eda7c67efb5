#!/usr/bin/env python3
"""Per-format, per-document time: extraction against the rest, with bare-library references.

    python benchmarks/bench_formats.py                          # the fixtures
    python benchmarks/bench_formats.py DIR_OR_FILE ... [-n 3] [--per-document] [--memory]

For each document, in one process (interpreter start and imports excluded, paid once per
process), the median over ``-n`` runs after one warm-up run (the answers resumekit keeps per text
forgotten before each run: see ``common.forget_texts``), in CPU time of the process (``--wall``
for wall time; on a shared machine CPU time does not count the waits for a core), of:
- ``extract``: ``resumekit.extract`` (reading the format into lines in reading order);
- ``rest``: ``segment`` and ``assemble`` on that Document (sections and field readers);
- ``parse``: the two added (the document's whole parse);
and the references on the same bytes:
- PDF: ``chars``, ``pdfplumber.open`` and ``page.chars`` of every page (bare pdfplumber character
  extraction); ``read``, our drawing-order pass alone (``extract.pdf.paint.read_page``, what
  replaces ``page.chars``); ``pdfium``, pypdfium2's plain text of every page (a C library: the
  floor for a second backend);
- DOCX: ``docx``, python-docx opening the file and reading every paragraph's text.
Then per format: documents, pages, the median and total of each column, and the share of a
parse spent in extraction. ``--memory``: the peak Python allocation of one parse (tracemalloc).
A measurement, not a test: nothing here asserts.
"""
from __future__ import annotations

import argparse
import io
import logging
import statistics
import sys
import tracemalloc
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

import resumekit  # noqa: E402
from resumekit.options import ParseOptions  # noqa: E402

logging.getLogger("pdfminer").setLevel(logging.ERROR)  # the bare references log what resumekit handles
OPTIONS = ParseOptions(reference_date=__import__("datetime").date(2026, 1, 1))


def bare_chars(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(p.chars) for p in pdf.pages)


def paint_read(data: bytes) -> int:
    import pdfplumber

    from resumekit.extract.pdf.paint import read_page

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(read_page(p).glyphs) for p in pdf.pages)


def pdfium_text(data: bytes) -> int:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(data)
    try:
        total = 0
        for i in range(len(pdf)):
            page = pdf[i]
            text = page.get_textpage()
            total += len(text.get_text_range())
            text.close()
            page.close()
        return total
    finally:
        pdf.close()


def docx_paragraphs(data: bytes) -> int:
    import docx

    return sum(len(p.text) for p in docx.Document(io.BytesIO(data)).paragraphs)


REFERENCES = {"pdf": {"chars": bare_chars, "read": paint_read, "pdfium": pdfium_text},
              "docx": {"docx": docx_paragraphs}}


def measure(path: Path, runs: int, memory: bool = False) -> dict | None:
    """One document's row (times in ms), or None when it does not parse."""
    data = path.read_bytes()
    try:
        doc = resumekit.extract(data, name=path.name, options=OPTIONS)
        resumekit.assemble(doc, resumekit.segment(doc), options=OPTIONS)
    except resumekit.ResumekitError as e:
        return {"document": path.name, "format": "-", "skipped": e.code}
    row = {"document": path.name, "format": doc.format, "pages": doc.pages or 1, "kb": len(data) / 1024,
           "lines": len(doc.lines),
           "extract": common.median_s(lambda: resumekit.extract(data, name=path.name, options=OPTIONS), runs) * 1000,
           "rest": common.median_s(lambda: resumekit.assemble(doc, resumekit.segment(doc), options=OPTIONS),
                                   runs) * 1000}
    row["parse"] = row["extract"] + row["rest"]
    for name, fn in REFERENCES.get(doc.format, {}).items():
        row[name] = common.median_s(lambda: fn(data), runs) * 1000
    if memory:
        tracemalloc.start()
        resumekit.parse(data, name=path.name, options=OPTIONS)
        row["peak_mb"] = tracemalloc.get_traced_memory()[1] / 2 ** 20
        tracemalloc.stop()
    return row


COLUMNS = ("parse", "extract", "rest", "chars", "read", "pdfium", "docx")


def summary(rows: list[dict], corpus: str) -> list[list]:
    """Per format: documents, pages, median and total ms of each column, extraction's share."""
    by_format: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if "skipped" not in r:
            by_format[r["format"]].append(r)
    out = []
    for fmt, rs in sorted(by_format.items()):
        pages = sum(r["pages"] for r in rs)
        cells: list = [corpus, fmt, len(rs), pages]
        for col in COLUMNS:
            vals = [r[col] for r in rs if col in r]
            cells.append(f"{statistics.median(vals):,.1f} / {sum(vals):,.0f}" if vals else "")
        total_extract, total_rest = sum(r["extract"] for r in rs), sum(r["rest"] for r in rs)
        cells.append(f"{100 * total_extract / (total_extract + total_rest):.0f} %")
        if fmt == "pdf":
            cells.append(f"{sum(r['extract'] for r in rs) / pages:,.1f}")
            chars = [r["chars"] for r in rs if "chars" in r]
            cells.append(f"{statistics.median(r['extract'] for r in rs) / statistics.median(chars):.2f}x" if chars else "")
        else:
            cells += ["", ""]
        out.append(cells)
    return out


SUMMARY_HEADER = ["corpus", "format", "docs", "pages", *(f"{c} ms (median / total)" for c in COLUMNS),
                  "extraction share", "extract ms/page", "extract / chars (medians)"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", help="documents or folders (default: the fixtures)")
    ap.add_argument("-n", "--runs", type=int, default=3, help="timed runs per document (median reported)")
    ap.add_argument("--per-document", action="store_true", help="a row per document too")
    ap.add_argument("--memory", action="store_true", help="the peak Python allocation of one parse")
    ap.add_argument("--wall", action="store_true", help="wall time instead of this process's CPU time")
    args = ap.parse_args(argv)
    common.set_clock(args.wall)
    paths = common.documents(args.paths, common.corpora(None)["fixtures"])
    rows = [measure(p, args.runs, args.memory) for p in paths]
    print(common.table(SUMMARY_HEADER, summary(rows, "named" if args.paths else "fixtures")))
    skipped = [f"{r['document']} ({r['skipped']})" for r in rows if "skipped" in r]
    if skipped:
        print(f"\nnot parsed, left out: {', '.join(skipped)}")
    if args.per_document:
        cols = ["document", "format", "pages", "kb", "lines", *COLUMNS] + (["peak_mb"] if args.memory else [])
        print()
        print(common.table(cols, [[r.get(c, "") for c in cols] for r in rows if "skipped" not in r]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
