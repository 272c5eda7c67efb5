#!/usr/bin/env python3
"""Audit every regular expression in resumekit for super-linear time on hostile lines.

    python scripts/regex_audit.py [--n 2000] [--all]

Finds every pattern: module-level compiled ones (with the methods the module calls on them) and
literal patterns passed inline to ``regex.sub/match/search/split/...``. Each is run the way the
code runs it (``match`` anchored at the start, everything else scanning) over hostile one-line
inputs (a head, a unit repeated, a tail) of length n and 4n; patterns in the field readers and
segmentation get their input through ``clean()`` first, as in the pipeline. A pattern is SLOW
when its time grows clearly faster than linearly and it takes more than 20 ms at 4n. A benchmark,
not a test: timings depend on the machine. Exit status 1 when a pattern is SLOW.
"""
from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import re
import sys
import time
from pathlib import Path

import regex

import resumekit
from resumekit.text import clean

UNITS = ["a.", "a@", "1-", "1 ", " ", ".", "a", "@", "+1 ", "(1)", "[a](", "**a", "<a ", "http://a", "www.",
         "a\t", "• ", "-", "19", "a, ", "x:", "\\", "#", "Jan 2020 - ", "a-", "a_", "é", "a b", "1.", "1/",
         "a@a.", "@a.", "(", "1)", ":", "a:", "ab", "A ", "a|", "![a](", "<http://", "--", " -", "| ", "**",
         "! ", "!", "__", "*", "_", "a(", ")a", "1,", " 1", "a'", "\"", "Ab ", "a\u00ad", "2020 ", "·", "\u2028"]
HEADS = ["", "a", "1 "]
TAILS = ["", "!", "\x01", "a", " ", "@", ")"]
CLEANED = ("resumekit.fields", "resumekit.segment")
SCANNING = {"search", "findall", "finditer", "sub", "subn", "split"}


def patterns() -> list[tuple[str, object, str, bool]]:
    """(where, compiled pattern, "match" or "scan", input cleaned first)."""
    found: dict[tuple[str, int, str], tuple[str, object, str, bool]] = {}
    root = Path(resumekit.__file__).parent
    for info in pkgutil.walk_packages([str(root)], "resumekit."):
        if info.name.endswith("__main__"):
            continue
        mod = importlib.import_module(info.name)
        src = Path(mod.__file__).read_text(encoding="utf-8")
        cleaned = info.name.startswith(CLEANED)
        for name, obj in vars(mod).items():
            if isinstance(obj, (regex.Pattern, re.Pattern)):
                used = set(re.findall(rf"\b{re.escape(name)}\.(\w+)\(", src)) or {"search"}
                how = "scan" if used & SCANNING else "match"
                found.setdefault((obj.pattern, obj.flags, how), (f"{info.name}.{name}", obj, how, cleaned))
        for node in ast.walk(ast.parse(src)):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in ("regex", "re")
                    and node.func.attr in SCANNING | {"match", "fullmatch"}
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                flags = 0
                for kw in node.keywords:
                    if kw.arg == "flags":
                        flags = eval(compile(ast.Expression(kw.value), "<flags>", "eval"), {"regex": regex, "re": re})
                if len(node.args) > 2 and node.func.attr in ("match", "search", "fullmatch", "findall", "finditer"):
                    flags = eval(compile(ast.Expression(node.args[2]), "<flags>", "eval"), {"regex": regex, "re": re})
                p = regex.compile(node.args[0].value, flags)
                how = "scan" if node.func.attr in SCANNING else "match"
                found.setdefault((p.pattern, p.flags, how), (f"{info.name}:{node.lineno}", p, how, cleaned))
    return list(found.values())


def timed(p, how: str, s: str, budget: float) -> float:
    if isinstance(p.pattern, bytes):
        s = s.encode("utf-8")
    t = time.perf_counter()
    try:
        if how == "match":
            p.match(s, timeout=budget)
        else:
            p.findall(s, timeout=budget)
    except TimeoutError:
        return budget
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000, help="length of the short input (the long one is 4x)")
    ap.add_argument("--budget", type=float, default=1.0, help="seconds before one call is cut off")
    ap.add_argument("--all", action="store_true", help="list every pattern, not only the slow ones")
    args = ap.parse_args()
    pats = patterns()
    print(f"{len(pats)} patterns; inputs: head + unit x n + tail, {len(HEADS) * len(UNITS) * len(TAILS)} shapes, "
          f"n={args.n} and {4 * args.n} characters")
    slow = 0
    for where, p, how, cleaned in sorted(pats, key=lambda x: x[0]):
        worst = (0.0, 0.0, 0.0, "", ("", "", ""))
        for head in HEADS:
            for unit in UNITS:
                for tail in TAILS:
                    def make(n):
                        s = head + unit * (n // len(unit)) + tail
                        return clean(s) if cleaned else s
                    t1 = timed(p, how, make(args.n), args.budget)
                    if t1 < 0.001:
                        continue
                    t4 = timed(p, how, make(4 * args.n), args.budget)
                    ratio = t4 / t1
                    if (ratio, t4) > worst[:2]:
                        worst = (ratio, t4, t1, f"{head!r}+{unit!r}*n+{tail!r}", (head, unit, tail))
        ratio, t4, t1, shape, _ = worst
        bad = t4 > 0.02 and ratio > 7
        if bad:  # measure again, best of three, before calling it slow (a GC pause is not backtracking)
            head, unit, tail = worst[4]
            make = (lambda n: clean(head + unit * (n // len(unit)) + tail) if cleaned
                    else head + unit * (n // len(unit)) + tail)
            t1 = min(timed(p, how, make(args.n), args.budget) for _ in range(3))
            t4 = min(timed(p, how, make(4 * args.n), args.budget) for _ in range(3))
            ratio = t4 / max(t1, 1e-6)
            bad = t4 > 0.02 and ratio > 7
        slow += bad
        if bad or args.all:
            print(f"{'SLOW' if bad else 'ok  '} {how:5} {t1 * 1000:7.1f} ms -> {t4 * 1000:7.1f} ms (x{ratio:4.1f}) "
                  f"{shape:28} {where}  {p.pattern[:80]!r}")
    print(f"{slow} pattern(s) grow faster than linearly")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
