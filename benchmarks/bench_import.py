#!/usr/bin/env python3
"""Import and start-up time: what every process that parses pays once before its first document.

    python benchmarks/bench_import.py [-n 7] [--top 12]

Whole processes, run side by side: ``-n`` rounds after one warm-up round, each round running
every command once in turn (so that a change in the machine's load hits all alike); the median
of each figure (wall time and CPU time of the process, from ``wait4``; the peak resident set),
and each command's CPU time over ``import pydantic``'s in the same round (median of the rounds):
- ``python -c pass``: the interpreter alone, the floor;
- ``python -c "import pydantic"``: the reference (``import resumekit`` should cost at most 1.5x);
- ``python -c "import resumekit"``: the library: its names, nothing loaded until used;
- ``python -c "import resumekit.cli"`` and ``resumekit --version``: the command line's start;
- ``python -c "import resumekit.api"``: the parser (segmentation, field readers, schema);
- ``parse a text file``: a one-shot parse of ``fixtures/plain.txt`` in the process, first-use
  tables (places, skills, phone metadata) included;
then ``python -X importtime -c "import resumekit.api"`` once: the packages that cost most, each
with everything it imports first (a package imported by another one counts in both), and
resumekit's own modules by the time their own code takes at import. A measurement, not a test:
nothing here asserts.
"""
from __future__ import annotations

import argparse
import re
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common  # noqa: E402

COMMANDS = [
    ("python -c pass", [sys.executable, "-c", "pass"]),
    ("import pydantic", [sys.executable, "-c", "import pydantic"]),
    ("import resumekit", [sys.executable, "-c", "import resumekit"]),
    ("import resumekit.cli", [sys.executable, "-c", "import resumekit.cli"]),
    ("resumekit --version", [common.executable(), "--version"]),
    ("import resumekit.api", [sys.executable, "-c", "import resumekit.api"]),
    ("parse a text file", [sys.executable, "-c",
                           f"import resumekit; resumekit.parse({str(common.ROOT / 'fixtures' / 'plain.txt')!r})"]),
]
REFERENCE = "import pydantic"


def timed(cmd: list[str]) -> tuple[float, float, int]:
    """(wall s, CPU s, peak RSS bytes) of one run."""
    return common.run_process(cmd)[:3]


def measure(runs: int) -> list[list]:
    samples: dict[str, list[tuple[float, float, int]]] = {name: [] for name, _ in COMMANDS}
    for round_ in range(runs + 1):  # the first round warms up
        for name, cmd in COMMANDS:
            sample = timed(cmd)
            if round_:
                samples[name].append(sample)
    base_cpu = statistics.median(s[1] for s in samples[COMMANDS[0][0]]) * 1000
    rows = []
    for name, _ in COMMANDS:
        got = samples[name]
        cpu = statistics.median(s[1] for s in got) * 1000
        ratio = statistics.median(a[1] / b[1] for a, b in zip(got, samples[REFERENCE]))
        rows.append([name, statistics.median(s[0] for s in got) * 1000, cpu, cpu - base_cpu, f"{ratio:.2f}x",
                     statistics.median(s[2] for s in got) / 2 ** 20])
    return rows


HEADER = ["process", "wall ms", "CPU ms", "CPU ms over the interpreter", f"CPU / {REFERENCE}", "peak MB"]


def importtime(module: str) -> list[tuple[int, str, int, int]]:
    """``python -X importtime -c "import MODULE"``: (depth, module, self µs, cumulative µs) per line."""
    err = subprocess.run([sys.executable, "-X", "importtime", "-c", f"import {module}"], capture_output=True,
                         text=True).stderr
    out = []
    for line in err.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)", line)
        if m:
            out.append((len(m.group(3)) // 2, m.group(4), int(m.group(1)), int(m.group(2))))
    return out


def own_modules(top: int, module: str = "resumekit.api") -> list[list]:
    """The modules of ``module`` itself that cost most to import, by their own time (their code at
    import: compiling patterns, building tables), without what they import."""
    rows = [(name, own) for _, name, own, _ in importtime(module) if name.split(".")[0] == module.split(".")[0]]
    return [[name, us / 1000] for name, us in sorted(rows, key=lambda kv: -kv[1])[:top]]


def import_costs(top: int, module: str = "resumekit.api") -> list[list]:
    """What each top-level package costs to import under ``module``: the cumulative time of each
    place it is first entered from another package, summed (``-X importtime`` prints a module's
    line after its children's, indented by depth)."""
    entries = [(depth, name, cumulative) for depth, name, _, cumulative in importtime(module)]
    costs: dict[str, int] = {}
    stack: list[str] = []
    for depth, name, cumulative in reversed(entries):  # parents before children
        del stack[depth:]
        package = name.split(".")[0]
        if not stack or stack[-1].split(".")[0] != package:
            costs[package] = costs.get(package, 0) + cumulative
        stack.append(name)
    total = costs.get(module.split(".")[0], 0)
    rows = [[name, us / 1000] for name, us in sorted(costs.items(), key=lambda kv: -kv[1])
            if name != module.split(".")[0]][:top]
    return [[f"{module} (all)", total / 1000], *rows]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--runs", type=int, default=7, help="runs of each process (median reported)")
    ap.add_argument("--top", type=int, default=12, help="packages listed by import cost")
    args = ap.parse_args(argv)
    print(common.table(HEADER, measure(args.runs)))
    print()
    print(common.table(["package (import resumekit.api, -X importtime)", "cumulative ms"], import_costs(args.top)))
    print()
    print(common.table(["resumekit module", "own import ms"], own_modules(args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
