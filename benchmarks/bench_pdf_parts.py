#!/usr/bin/env python3
"""Where a PDF extraction's time goes, part by part, for one backend: what is left to cut.

    python benchmarks/bench_pdf_parts.py                          # the dev PDFs, pdfium backend
    python benchmarks/bench_pdf_parts.py --backend pdfplumber
    python benchmarks/bench_pdf_parts.py --glyphs                 # pdfium, one item per glyph (no word items)
    python benchmarks/bench_pdf_parts.py fixtures/sample.pdf -n 5

Per document, in one process (imports paid once), the whole ``resumekit.extract`` is timed ``-n``
times after a warm-up (the answers kept per text forgotten before each run) and the fastest run
is kept; during it, the stages of the shared assembly (:mod:`resumekit.extract.pdf.lines`) and of
the pdfium backend are timed where they are called (a stage's time includes the stages it
calls: ``reading order`` holds the rows it makes again for each side of a gutter). For pdfium,
``bare PDFium text`` is a reference outside the extraction: loading each page and its text page
and reading its text in one call, the C library's floor; ``C, pages and text pages`` is the same
C work timed inside the extraction (page objects built from the content stream, the text page),
and ``extract less the backend's Python`` the extraction less the backend's per-page work but
its C: what a backend that cost nothing in Python would leave (the floor of this design).
Reported: the median and the mean over documents of each part, in CPU ms (``--wall`` for wall
time). The set-aside documents of ``../shared/eval/set-aside.txt`` are left out. A measurement,
not a test: nothing asserts.
"""
from __future__ import annotations

import argparse
import ctypes
import statistics
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common  # noqa: E402

import resumekit  # noqa: E402

ASSEMBLY = (("split_hidden", "hidden text"), ("overrule", "hidden text"), ("unreadable_fonts", "unmapped fonts"),
            ("rows_of", "rows (once per page)"), ("document_edges", "column edges"),
            ("reading_order", "reading order"), ("furniture", "furniture"), ("known_words", "lost letters"),
            ("lost_letter", "lost letters"), ("_page_lines", "lines"), ("join_hyphenated", "hyphens"))
PAGE, C_PAGES = "pdfium: the backend, all of a page (C included)", "pdfium: C, pages and text pages"
FLOOR = "extract less the backend's Python (C + assembly)"
PDFIUM = (("_read_page", PAGE), ("read_glyphs", "pdfium: glyphs and words (all of the text page)"),
          ("_walk", "pdfium: object walk"),
          ("bound_streams", "pdfium: stream bound"), ("_links", "pdfium: links"))
PDFIUM_TEXT = (("pdfium_text", "read_chars", "pdfium: glyphs (per character)"),
               ("pdfium_words", "read_words", "pdfium: words (per word)"),
               # per text object, wherever it is called: its style, clip and matrix read (about ten
               # C calls), its marked content, and the objects the text page leaves out (spaces)
               ("pdfium_text", "_describe", "pdfium: text objects described (per object)"),
               ("pdfium_words", "_describe", "pdfium: text objects described (per object)"),
               ("pdfium", "drop_actual_text", "pdfium: marked content (per object)"),
               ("pdfium_text", "_blank", "pdfium: blank text objects (spaces)"),
               ("pdfium_words", "interleaved", "pdfium: interleaving check"))
# PDFium's own work on a page, in C: its objects (content stream parsed) and its text page
PDFIUM_C = (("load_page", C_PAGES), ("load_text", C_PAGES), ("close_page", C_PAGES), ("close_text", C_PAGES))


def _timed(spent: dict[str, float], module, name: str, label: str) -> None:
    f = getattr(module, name)

    def call(*args, **kwargs):
        t = common.CLOCK()
        try:
            return f(*args, **kwargs)
        finally:
            spent[label] += common.CLOCK() - t
    call.__wrapped__ = f
    setattr(module, name, call)


def _bare_pdfium(data: bytes) -> None:
    from resumekit.extract.pdf.pdfium_api import LOCK, load_api
    api = load_api()
    api = SimpleNamespace(**{k: getattr(f, "__wrapped__", f) for k, f in vars(api).items()})  # not timed as parts
    with LOCK:
        doc = api.load(data, len(data), None)
        if not doc:
            return
        try:
            for i in range(api.page_count(doc)):
                page = api.load_page(doc, i)
                text = api.load_text(page)
                n = api.count_chars(text)
                api.get_text(text, 0, n, (ctypes.c_ushort * (n + 1))())
                api.close_text(text)
                api.close_page(page)
        finally:
            api.close_doc(doc)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("paths", nargs="*", help="PDFs or folders (default: the dev PDFs of ../shared)")
    ap.add_argument("--shared", type=Path, default=common.ROOT.parent / "shared")
    ap.add_argument("--backend", choices=("pdfium", "pdfplumber"), default="pdfium")
    ap.add_argument("-n", "--runs", type=int, default=2, help="timed runs per document (the fastest kept)")
    ap.add_argument("--wall", action="store_true", help="wall time instead of this process's CPU time")
    ap.add_argument("--glyphs", action="store_true", help="pdfium: one item per glyph (no word items)")
    a = ap.parse_args(argv)
    common.set_clock(a.wall)
    paths = (common.documents(a.paths, [], (".pdf",)) if a.paths
             else [p for p in common.corpora(a.shared, ("dev",)).get("dev", []) if p.suffix == ".pdf"])
    from resumekit.extract.pdf import lines, pdfium
    spent: dict[str, float] = defaultdict(float)
    for name, label in ASSEMBLY:
        _timed(spent, lines, name, label)
    if a.backend == "pdfium":
        import importlib
        for name, label in PDFIUM:
            _timed(spent, pdfium, name, label)
        for module, name, label in PDFIUM_TEXT:
            _timed(spent, importlib.import_module(f"resumekit.extract.pdf.{module}"), name, label)
        from resumekit.extract.pdf.pdfium_api import load_api
        api = load_api()
        for name, label in PDFIUM_C:
            _timed(spent, api, name, label)
        pdfium.WORD_ITEMS = not a.glyphs
    options = resumekit.ParseOptions(pdf_backend=a.backend)
    parts: dict[str, list[float]] = defaultdict(list)
    for path in paths:
        data = path.read_bytes()
        best: dict[str, float] | None = None
        for run in range(max(a.runs, 1) + 1):  # the first run warms caches and lazy imports
            spent.clear()
            common.forget_texts()
            t = common.CLOCK()
            try:
                resumekit.extract(data, options=options, name=path.name)
            except resumekit.ResumekitError:
                pass
            spent["extract"] = common.CLOCK() - t
            if a.backend == "pdfium":
                spent[FLOOR] = spent["extract"] - spent[PAGE] + spent[C_PAGES]
                t = common.CLOCK()
                _bare_pdfium(data)
                spent["bare PDFium text (reference)"] = common.CLOCK() - t
            if run and (best is None or spent["extract"] < best["extract"]):
                best = dict(spent)
        for k, v in (best or {}).items():
            parts[k].append(v)
    print(f"{a.backend}, {len(paths)} PDFs, {'wall' if a.wall else 'CPU'} ms per document")
    print(f"{'part':50} {'median':>8} {'mean':>8}")
    for k, v in sorted(parts.items(), key=lambda kv: -statistics.median(kv[1])):
        print(f"{k:50} {statistics.median(v) * 1000:8.1f} {statistics.mean(v) * 1000:8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
