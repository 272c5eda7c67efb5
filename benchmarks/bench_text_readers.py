#!/usr/bin/env python3
"""Time the readers of text shapes on pathological input: the monospaced layout reader
(``extract/text_columns.read_layout``) and the Markdown reader (``extract/markdown``), each input
at two sizes, so that a time growing faster than the input shows.

    python benchmarks/bench_text_readers.py [--scale 1]

Every input is invented: rows that are all gutter candidates, many candidate columns, very long
rows, a row of spaces, tabs, letter-spaced rows, "(cid:N)" runs; Markdown lines of backslashes,
brackets, escaped rules and nested HTML. The parser's own limits bound them (2,000,000
characters, 10,000 lines with text). A measurement, not a test: nothing here asserts.
"""
from __future__ import annotations

import argparse
import time

from resumekit.extract.markdown import extract_markdown
from resumekit.extract.text_columns import read_layout
from resumekit.options import ParseOptions
from resumekit.sources import Source


def _gutter_rows(n: int) -> list[str]:
    shapes = ["Left cell {i}".ljust(30) + "Right column text", "Left alone", " " * 30 + "right alone", ""]
    return [shapes[i % 4].format(i=i) for i in range(n)]


LAYOUT = {
    "every row a gutter candidate (n rows)": _gutter_rows,
    "rows of two-spaced cells, 200 wide (n rows)": lambda n: ["  ".join(["ab"] * 50)] * n,
    "staggered cells (n rows)": lambda n: ["  " * (i % 100) + "ab  cd  ef" for i in range(n)],
    "five rows of two-spaced words (n * 25 wide)": lambda n: ["ab  " * (n * 25 // 4)] * 5,
    "one word of n * 10 letters, then a space": lambda n: ["    " + "a" * (n * 10) + " b  c"],
    "letter-spaced row (n * 25 wide)": lambda n: ["  ".join("A" * (n * 25 // 3))],
    "letter-spaced row and a tail (n * 25 wide)": lambda n: ["  ".join("A" * (n * 25 // 3)) + "  AB"],
    "a row of n * 25 spaces then a letter": lambda n: [" " * (n * 25) + "x"],
    "tabs (n * 25 wide)": lambda n: ["a\t\t" * (n * 25 // 3)],
    "(cid:N) runs (n * 25 wide)": lambda n: ["(cid:12) " * (n * 25 // 9)],
}

MARKDOWN = {
    "a line of n * 25 backslashes": lambda n: "\\" * (n * 25),
    "n * 5 escaped rule characters": lambda n: "\\_" * (n * 5),
    "escaped link brackets (n * 2)": lambda n: "[\\[" * (n * 2) + "](https://example.com)",
    "brackets and parentheses (n * 5)": lambda n: "[a](" * (n * 5),
    "HTML nested n deep": lambda n: "<b><i>" * n + "Quill" + "</i></b>" * n,
    "lone emphasis tags (n * 5)": lambda n: "<b>" * (n * 5),
    "n / 4 table rows of HTML": lambda n: "<table>" + "<tr><td><p>2019</p><p>Quill</p></td><td>Ode</td></tr>" * (n // 4)
                                     + "</table>",
}


def _time(f, *args) -> float:
    start = time.perf_counter()
    f(*args)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, default=1, help="multiply the sizes")
    args = parser.parse_args()
    sizes = (1000 * args.scale, 4000 * args.scale)
    print(f"| input | n = {sizes[0]:,} | n = {sizes[1]:,} | ratio |")
    print("|---|---:|---:|---:|")
    for name, make in LAYOUT.items():
        times = [_time(read_layout, make(n)) for n in sizes]
        print(f"| read_layout: {name} | {times[0] * 1000:.1f} ms | {times[1] * 1000:.1f} ms | {times[1] / max(times[0], 1e-6):.1f} |")
    options = ParseOptions()
    for name, make in MARKDOWN.items():
        times = [_time(extract_markdown, Source(data=make(n).encode(), name="cv.md", format="markdown"), options)
                 for n in sizes]
        print(f"| markdown: {name} | {times[0] * 1000:.1f} ms | {times[1] * 1000:.1f} ms | {times[1] / max(times[0], 1e-6):.1f} |")


if __name__ == "__main__":
    main()
