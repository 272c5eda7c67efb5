"""Accuracy on a labelled corpus, fast, with a summary per template family and per format.

    python scripts/evaluate.py dev          # ../shared/corpus/dev
    python scripts/evaluate.py zoo          # ../shared/zoo
    python scripts/evaluate.py dev zoo -v --only zoo-rcv --save /tmp/now.json --against /tmp/before.json
    python scripts/evaluate.py dev --pdf-backend pdfium     # PDFs read by the pypdfium2 backend
    python scripts/evaluate.py fixtures     # every fixture set of ours that carries scorer labels

``fixtures`` scores the sets under ``fixtures/`` that keep a gold label per document in the
scorer's format (``fixtures/<set>/labels/<id>.json`` beside ``fixtures/<set>/<id>.<ext>``): résumés
of fictional people made by real producers (JSON Resume themes printed by Chromium, pdfTeX,
pandoc, docx.js, LibreOffice). A set's row read before anyone fixed what it showed is the honest
measure of a layout nobody tuned to; docs/accuracy.md keeps those first readings.

The documents are parsed in worker processes by :func:`resumekit.parse_many` (no process start
per document), and scored by the field scorer of ``../shared/eval/score.py`` itself, imported,
so the numbers are the scorer's. Set-aside documents (``eval/set-aside.txt``) are scored into the
totals and the family rows but never detailed: ``-v`` names them only, and no prediction of theirs
is written. ``--against`` prints each family's change from a saved run: a change must not lower
any family or format. ``make eval`` keeps the scorer's own command-per-document route.
"""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

import resumekit
from resumekit.options import PDF_BACKENDS

CORPORA = {"dev": ("corpus/dev/labels", "corpus/dev/docs"), "zoo": ("zoo/labels", "zoo/docs")}
FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CHOICES = (*CORPORA, "fixtures")
DOC_EXTS = (".pdf", ".docx", ".txt", ".md")
SUMMARY = ("overall", "experience exact", "education exact", "location", "name", "skills")


def load_scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("score", shared / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def family(doc_id: str, layouts: dict[str, str]) -> str:
    """zoo-rcv-classic-de-03 -> zoo-rcv-classic; zoo-even-04 -> zoo-even; dev ids -> their layout."""
    if "/" in doc_id:
        return f"fix-{doc_id.split('/')[0]}"
    if doc_id.startswith("zoo-"):
        parts = doc_id.split("-")
        while parts and (parts[-1].isdigit() or len(parts[-1]) == 2 and parts[-1].isalpha()):
            parts.pop()
        return "-".join(parts)
    return f"dev-{layouts.get(doc_id, '?')}"


def documents(shared: Path, corpora: list[str], only: list[str], fixtures: Path = FIXTURES) -> list[tuple[str, dict, Path]]:
    out = []
    for name in corpora:
        if name == "fixtures":
            folders = [(d / "labels", d, f"{d.name}/") for d in sorted(fixtures.iterdir()) if (d / "labels").is_dir()]
        else:
            folders = [(*(shared / p for p in CORPORA[name]), "")]
        for labels, docs, prefix in folders:
            out.extend(labelled(labels, docs, prefix, only))
    return out


def labelled(labels: Path, docs: Path, prefix: str, only: list[str]) -> list[tuple[str, dict, Path]]:
    """(id, gold, document) of every label in ``labels`` whose document ``docs`` holds."""
    out = []
    for label in sorted(labels.glob("*.json")):
        doc_id = prefix + label.stem
        if only and not any(doc_id == o or doc_id.startswith(o) for o in only):
            continue
        path = next((docs / f"{label.stem}{ext}" for ext in DOC_EXTS if (docs / f"{label.stem}{ext}").exists()), None)
        if path is not None:
            out.append((doc_id, json.loads(label.read_text(encoding="utf-8")), path))
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", choices=CHOICES)
    ap.add_argument("--shared", type=Path, default=Path("../shared"), help="the shared folder (default ../shared)")
    ap.add_argument("--fixtures", type=Path, default=FIXTURES, help="the folder of fixture sets (default fixtures/)")
    ap.add_argument("--only", nargs="*", default=[], help="ids or id prefixes to score")
    ap.add_argument("-j", "--jobs", type=int, default=2)
    ap.add_argument("-v", "--verbose", action="store_true", help="what each tuning document missed")
    ap.add_argument("--pred-dir", type=Path, help="write each tuning document's prediction here")
    ap.add_argument("--save", type=Path, help="write the family summary here (JSON)")
    ap.add_argument("--against", type=Path, help="a summary saved by --save: print the change per family")
    ap.add_argument("--pdf-backend", choices=PDF_BACKENDS, default="pdfplumber",
                    help="how PDF pages are read (default pdfplumber)")
    ap.add_argument("--timeout", type=float, default=resumekit.ParseOptions().timeout,
                    help="seconds a document may take (default: the library's); raise it on a loaded "
                         "machine, where a timeout is the machine's, not the document's")
    a = ap.parse_args(argv)

    score = load_scorer(a.shared)
    aside_file = a.shared / "eval" / "set-aside.txt"
    set_aside = {w for w in aside_file.read_text().split() if not w.startswith("#")} if aside_file.exists() else set()
    layouts = {}
    manifest = a.shared / "corpus" / "manifest.csv"
    if manifest.exists():
        with manifest.open(encoding="utf-8") as f:
            layouts = {row["id"]: f"{row['format']}-{row['layout']}" for row in csv.DictReader(f)}
    docs = documents(a.shared, a.corpora, a.only, a.fixtures)
    if not docs:
        print("no labelled documents found", file=sys.stderr)
        return 2

    counters = {"all": score.new_counters(), "tuning": score.new_counters(), "set aside": score.new_counters()}
    groups: dict[str, tuple] = defaultdict(score.new_counters)
    sizes: dict[str, int] = defaultdict(int)
    failures = []
    by_path = {str(path): (doc_id, gold) for doc_id, gold, path in docs}
    options = resumekit.ParseOptions(pdf_backend=a.pdf_backend, timeout=a.timeout)
    for item, outcome in resumekit.parse_many([str(p) for _, _, p in docs], options, workers=a.jobs):
        doc_id, gold = by_path[item]
        hidden = doc_id in set_aside
        if isinstance(outcome, resumekit.ResumekitError):
            failures.append((doc_id, f"{outcome.code}: {outcome}"))
            raw = {}
        else:
            raw = json.loads(outcome.model_dump_json())
            if a.pred_dir and not hidden:
                a.pred_dir.mkdir(parents=True, exist_ok=True)
                (a.pred_dir / f"{doc_id}.json").write_text(json.dumps(raw, indent=1, ensure_ascii=False))
        pred = score.adapt(raw)
        problems = score.score_doc(gold, pred, raw, *counters["all"])
        score.score_doc(gold, pred, raw, *counters["set aside" if hidden else "tuning"])
        fmt = Path(item).suffix.lstrip(".")
        where = "fixtures" if "/" in doc_id else "zoo" if doc_id.startswith("zoo-") else "dev"
        for g in (family(doc_id, layouts), f"format {fmt} ({where})"):
            score.score_doc(gold, pred, raw, *groups[g])
            sizes[g] += 1
        if a.verbose:
            if hidden:
                print(f"--- {doc_id} set aside: details hidden")
            else:
                print(f"--- {doc_id}")
                for p in problems:
                    print(f"  {p}")

    rows, overall = score.table(*counters["all"])
    print(f"{'field':24} {'score':>6}  detail")
    for label, value, detail in rows:
        print(f"{label:24} {'  n/a' if value is None else f'{value:6.3f}'}  {detail}")
    print(f"documents: {len(docs)}  failures: {len(failures)}")
    for doc_id, err in failures:
        print(f"  FAIL {doc_id}" + ("" if doc_id in set_aside else f": {err}"))
    summary = {}
    for name in sorted(groups, key=lambda g: (g.startswith("format"), g)):
        rows, ov = score.table(*groups[name])
        values = {label: value for label, value, _ in rows}
        summary[name] = {"n": sizes[name], "overall": ov, **{k: values.get(k) for k in SUMMARY[1:]}}
    before = json.loads(a.against.read_text()) if a.against else {}
    print(f"\n{'family':30} {'n':>3} " + " ".join(f"{k[:12]:>13}" for k in SUMMARY))
    for name, s in summary.items():
        cells = []
        for k in SUMMARY:
            v, b = s[k], before.get(name, {}).get(k)
            delta = "" if b is None or v is None or abs(v - b) < 0.0005 else f"{v - b:+.3f}"
            cells.append(f"{'-' if v is None else f'{v:.3f}'}{delta:>7}" if delta else f"{'-' if v is None else f'{v:.3f}'}")
        print(f"{name:30} {s['n']:>3} " + " ".join(f"{c:>13}" for c in cells))
    aside = sum(doc_id in set_aside for doc_id, _, _ in docs)
    split = {k: score.table(*v)[1] for k, v in counters.items()
             if k != "all" and (aside if k == "set aside" else len(docs) - aside)}
    if aside:
        print("\n" + "  ".join(f"overall ({k}): {v:.3f}" for k, v in split.items()))
    print(f"overall: {overall:.3f}")
    if a.save:
        summary["_total"] = {"overall": overall, **{f"overall ({k})": v for k, v in split.items()}}
        a.save.write_text(json.dumps(summary, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
