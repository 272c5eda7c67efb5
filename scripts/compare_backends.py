#!/usr/bin/env python3
"""The two PDF backends side by side, in one process and one run: speed and agreement.

    python scripts/compare_backends.py                      # dev + zoo PDFs in ../shared, and the PDF fixtures
    python scripts/compare_backends.py fixtures -n 1        # only the fixtures, one timed run
    python scripts/compare_backends.py dev -v               # list every field that differs, and why
    python scripts/compare_backends.py dev --glyphs         # pdfium without word items (one per glyph)

For each PDF, each backend (``ParseOptions(pdf_backend=...)``) is timed in turn, alternating, over
``-n`` runs after one warm-up run each, so both see the same machine load; reported per group of
documents: the median time per document of ``extract`` (the backend and the shared assembly into a
Document) and of ``parse`` (extract, then segmentation and the field readers, which are the same
code for both), and the ratio pdfium / pdfplumber. Interpreter start and imports are excluded.

Agreement: the share of top-level Candidate fields (``FIELDS``) that come out identical, over all
documents of a group. ``-v`` lists each differing field with a reason: the first line whose text
differs between the two Documents, else the first line whose style (size, bold, italic) or column
differs, else a difference in links or warnings. Set-aside documents (``eval/set-aside.txt``) are
left out: never read, parsed or timed. A measurement, not a test: nothing here asserts.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import resumekit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from common import forget_texts  # noqa: E402

BACKENDS = ("pdfplumber", "pdfium")
FIELDS = ("name", "headline", "summary", "contact", "experience", "volunteer", "education", "projects", "skills",
          "languages", "certifications", "publications", "awards", "interests", "other_sections",
          "experience_months")
GROUPS = {"dev": "corpus/dev/docs", "zoo": "zoo/docs"}


def documents(shared: Path, groups: list[str]) -> list[tuple[str, Path]]:
    out = []
    for g in groups:
        folder = ROOT / "fixtures" if g == "fixtures" else shared / GROUPS[g]
        out += [(g, p) for p in sorted(folder.rglob("*.pdf") if g == "fixtures" else folder.glob("*.pdf"))
                if "golden" not in p.parts]
    return out


def run(data: bytes, name: str, options: resumekit.ParseOptions):
    """(extract seconds, parse seconds, Document, Candidate or the error). The answers resumekit
    keeps per text are forgotten first: the other backend's run must not answer this one's."""
    forget_texts()
    t0 = time.perf_counter()
    try:
        doc = resumekit.extract(data, options=options, name=name)
    except resumekit.ResumekitError as e:
        return time.perf_counter() - t0, time.perf_counter() - t0, None, e
    t1 = time.perf_counter()
    cand = resumekit.assemble(doc, resumekit.segment(doc), options=options)
    t2 = time.perf_counter()
    return t1 - t0, t2 - t0, doc, cand


def reason(a, b) -> str:
    """Why two Documents (pdfplumber's, pdfium's) may read differently: the first difference."""
    if a is None or b is None:
        return "one backend failed"
    for la, lb in zip(a.lines, b.lines):
        if la.text != lb.text:
            k = next((i for i, (x, y) in enumerate(zip(la.text, lb.text)) if x != y), min(len(la.text), len(lb.text)))
            k = max(0, k - 25)
            return f"line {la.index}: {la.text[k:k + 60]!r} | {lb.text[k:k + 60]!r}"
    if len(a.lines) != len(b.lines):
        return f"{len(a.lines)} | {len(b.lines)} lines"
    for la, lb in zip(a.lines, b.lines):
        if (la.style.size, la.style.bold, la.style.italic) != (lb.style.size, lb.style.bold, lb.style.italic):
            return f"style of line {la.index} {la.text[:40]!r}: {la.style} | {lb.style}"
        if la.column != lb.column or la.block != lb.block:
            return f"column/block of line {la.index} {la.text[:40]!r}"
        if la.links != lb.links:
            return f"links of line {la.index} {la.text[:40]!r}"
    if a.links != b.links:
        return "loose links"
    if [w.code for w in a.warnings] != [w.code for w in b.warnings]:
        return f"warnings {[w.code for w in a.warnings]} | {[w.code for w in b.warnings]}"
    return "same lines (fields read from the same text differ?)"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("groups", nargs="*", default=["dev", "zoo", "fixtures"], choices=[*GROUPS, "fixtures"])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared", help="the shared folder (default ../shared)")
    ap.add_argument("-n", "--runs", type=int, default=3, help="timed runs per document and backend, at least 1 (median kept)")
    ap.add_argument("--only", nargs="*", default=[], help="ids or id prefixes to compare")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each differing field with a reason")
    ap.add_argument("--save", type=Path, help="write the per-document results here (JSON)")
    ap.add_argument("--glyphs", action="store_true", help="pdfium: one item per glyph (no word items)")
    a = ap.parse_args(argv)
    if a.glyphs:
        from resumekit.extract.pdf import pdfium
        pdfium.WORD_ITEMS = False
    a.runs = max(a.runs, 1)
    aside_file = a.shared / "eval" / "set-aside.txt"
    set_aside = {w for w in aside_file.read_text().split() if not w.startswith("#")} if aside_file.exists() else set()
    options = {b: resumekit.ParseOptions(pdf_backend=b) for b in BACKENDS}
    rows = []
    for group, path in documents(a.shared, a.groups or ["dev", "zoo", "fixtures"]):
        if path.stem in set_aside and group != "fixtures":
            continue
        if a.only and not any(path.stem.startswith(o) for o in a.only):
            continue
        data = path.read_bytes()
        times = {b: ([], []) for b in BACKENDS}
        out = {}
        for k in range(a.runs + 1):
            for b in BACKENDS:
                te, tp, doc, cand = run(data, path.name, options[b])
                out[b] = (doc, cand)
                if k:  # the first run warms caches and lazy imports
                    times[b][0].append(te)
                    times[b][1].append(tp)
        (da, ca), (db, cb) = out["pdfplumber"], out["pdfium"]
        if isinstance(ca, Exception) or isinstance(cb, Exception):
            same = {f: type(ca) is type(cb) for f in FIELDS}
        else:
            ja, jb = json.loads(ca.model_dump_json()), json.loads(cb.model_dump_json())
            same = {f: ja[f] == jb[f] for f in FIELDS}
        row = {"group": group, "doc": path.stem,
               **{f"{b} {kind}": statistics.median(times[b][i]) for b in BACKENDS
                  for i, kind in enumerate(("extract", "parse"))},
               "differs": [f for f, ok in same.items() if not ok]}
        if row["differs"]:
            row["why"] = reason(da, db)
        rows.append(row)
        if a.verbose and row["differs"]:
            print(f"{group:8} {path.stem:28} {', '.join(row['differs'])}: {row['why']}", flush=True)
    report(rows)
    if a.save:
        a.save.write_text(json.dumps(rows, indent=1, ensure_ascii=False))
    return 0


def report(rows: list[dict]) -> None:
    print(f"\n{'group':10} {'docs':>4} {'extract ms: plumber':>19} {'pdfium':>7} {'ratio':>6}   "
          f"{'parse ms: plumber':>17} {'pdfium':>7} {'ratio':>6}   {'fields same':>11}  docs all same")
    groups = sorted({r["group"] for r in rows}, key=lambda g: list(GROUPS).index(g) if g in GROUPS else 9)
    for g in [*groups, "all"]:
        rs = [r for r in rows if g in ("all", r["group"])]
        if not rs:
            continue
        med = {k: statistics.median(r[k] for r in rs) * 1000 for k in rs[0] if k.endswith(("extract", "parse"))}
        fields = len(rs) * len(FIELDS)
        same = fields - sum(len(r["differs"]) for r in rs)
        print(f"{g:10} {len(rs):4d} {med['pdfplumber extract']:19.1f} {med['pdfium extract']:7.1f} "
              f"{med['pdfium extract'] / med['pdfplumber extract']:6.3f}   {med['pdfplumber parse']:17.1f} "
              f"{med['pdfium parse']:7.1f} {med['pdfium parse'] / med['pdfplumber parse']:6.3f}   "
              f"{same / fields:11.1%}  {sum(not r['differs'] for r in rs)}/{len(rs)}")
    counts = Counter(f for r in rows for f in r["differs"])
    if counts:
        print("fields that differ (documents): " + ", ".join(f"{f} {n}" for f, n in counts.most_common()))


if __name__ == "__main__":
    sys.exit(main())
