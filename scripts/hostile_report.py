#!/usr/bin/env python3
"""Run every file of a hostile-corpus folder through the CLI and tabulate outcome, time and memory.

    python scripts/hostile_report.py FOLDER [--out table.md] [--timeout S]
    python tests/hostile.py /tmp/own && python scripts/hostile_report.py /tmp/own   # our own cases

FOLDER is a generated corpus, e.g. ``python ../shared/corpus/hostile/make_hostile.py /tmp/hostile``;
its ``manifest.json``, when present, gives the expected behaviour of each file. Each file is parsed
by ``python -m resumekit parse FILE --json`` in a fresh process (so through the worker process,
with the default limits); the time is wall-clock for the whole command (interpreter start
included) and the memory is the peak resident set of the largest process of the command (the CLI
or its worker), from ``wait4``. A row meets the bars when the command gave a Candidate or a typed
error, in under 10 s, under 1 GB, with no traceback on stderr.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

TIME_BAR = 10.0
MEMORY_BAR = 1024 ** 3


def run(path: Path, timeout: float | None) -> dict:
    cmd = [sys.executable, "-m", "resumekit", "parse", str(path), "--json"]
    if timeout is not None:
        cmd += ["--timeout", str(timeout)]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    streams: dict[str, bytes] = {}
    readers = [threading.Thread(target=lambda n=n: streams.__setitem__(n, getattr(proc, n).read()))
               for n in ("stdout", "stderr")]
    for t in readers:
        t.start()
    _, status, usage = os.wait4(proc.pid, 0)  # rusage of the command and of the worker it waited for
    proc.returncode = os.waitstatus_to_exitcode(status)
    for t in readers:
        t.join()
    out, err = streams["stdout"], streams["stderr"]
    seconds = time.perf_counter() - start
    peak = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    stderr = err.decode("utf-8", "replace")
    row = {"file": path.name, "bytes": path.stat().st_size, "seconds": seconds, "peak": peak,
           "exit": proc.returncode, "traceback": "Traceback" in stderr}
    if proc.returncode == 0:
        data = json.loads(out)
        warnings = [w["code"] for w in data["meta"]["warnings"]]
        found = data["name"] or (data["contact"]["emails"] or ["no name"])[0]
        row["outcome"] = "Candidate: " + found + (f" (warnings: {', '.join(warnings)})" if warnings else "")
        row["typed"] = True
    else:
        line = stderr.strip().splitlines()[-1] if stderr.strip() else f"exit status {proc.returncode}"
        code = line.rsplit("[", 1)[-1].rstrip("]") if line.endswith("]") else None
        message = line.split(": ", 2)[-1].rsplit(" [", 1)[0] if code else line
        row["outcome"] = f"`{code}`: {message}" if code else f"untyped: {line}"
        row["typed"] = bool(code) and line.startswith("resumekit: ") and proc.returncode == 1
    row["bars"] = row["typed"] and seconds < TIME_BAR and peak < MEMORY_BAR and not row["traceback"]
    return row


def table(rows: list[dict], expected: dict[str, str]) -> str:
    head = "| file | bytes | expected (manifest) | outcome | time | peak memory | bars |\n|---|---:|---|---|---:|---:|:-:|"
    lines = [head]
    for r in rows:
        outcome = r["outcome"].replace("|", "\\|")
        if len(outcome) > 150:
            outcome = outcome[:147] + "..."
        lines.append(f"| `{r['file']}` | {r['bytes']:,} | {expected.get(r['file'], '')} | {outcome} | "
                     f"{r['seconds']:.2f} s | {r['peak'] / 1024 ** 2:,.0f} MB | {'✓' if r['bars'] else '✗'} |")
    slow = max(rows, key=lambda r: r["seconds"])
    big = max(rows, key=lambda r: r["peak"])
    ok = sum(r["bars"] for r in rows)
    lines.append("")
    lines.append(f"{ok} of {len(rows)} files within the bars; slowest {slow['seconds']:.2f} s (`{slow['file']}`), "
                 f"largest {big['peak'] / 1024 ** 2:,.0f} MB (`{big['file']}`); "
                 f"{sum(r['traceback'] for r in rows)} traceback(s) on stderr.")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path, help="write the table here (default: standard output)")
    ap.add_argument("--timeout", type=float, help="passed to resumekit parse --timeout (default: its own)")
    args = ap.parse_args(argv)
    manifest = args.folder / "manifest.json"
    expected = {}
    if manifest.exists():
        expected = {f["file"]: f["expected"] for f in json.loads(manifest.read_text())["files"]}
    files = sorted(p for p in args.folder.iterdir() if p.is_file() and p.name != "manifest.json")
    rows = []
    for path in files:
        rows.append(run(path, args.timeout))
        r = rows[-1]
        print(f"{r['file']:34} {r['seconds']:6.2f} s {r['peak'] / 1024 ** 2:7.0f} MB  {r['outcome'][:90]}",
              file=sys.stderr)
    text = table(rows, expected)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0 if all(r["bars"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
