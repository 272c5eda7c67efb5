#!/usr/bin/env python3
"""How many predicted skills get a canonical name, and which do not.

    python scripts/skill_coverage.py [DOCS_DIR] [--top 30]

Parses every document in DOCS_DIR (default: ../shared/corpus/dev/docs beside the repository),
then reports the share of predicted skills whose ``canonical`` is set, the most frequent names
left without one, and the time ``canonical_skill`` takes over all of them (the table is loaded
before the clock starts). A measurement, not a test: nothing here asserts, nothing is written.
"""
from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

import resumekit
from resumekit.fields.canonical import canonical_skill

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("docs", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev" / "docs")
    ap.add_argument("--top", type=int, default=30, help="how many unmatched names to list")
    args = ap.parse_args(argv)
    names: list[str] = []
    failed = 0
    for path in sorted(p for p in args.docs.iterdir() if p.is_file()):
        try:
            names += [s.name for s in resumekit.parse(path).skills]
        except resumekit.ResumekitError:
            failed += 1
    canonical_skill("Python")  # load the table outside the timing
    start = time.perf_counter()
    found = [canonical_skill(n) for n in names]
    elapsed = time.perf_counter() - start
    matched = sum(1 for f in found if f)
    unmatched = Counter(n for n, f in zip(names, found) if not f)
    print(f"{matched}/{len(names)} predicted skills have a canonical name "
          f"({matched / max(len(names), 1):.1%}); {failed} documents failed to parse")
    print(f"canonical_skill over {len(names)} names: {elapsed * 1000:.1f} ms")
    print(f"most frequent without one ({len(unmatched)} distinct):")
    for name, n in unmatched.most_common(args.top):
        print(f"  {n:3d}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
