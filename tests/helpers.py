"""Small builders for tests: lines and sections from plain strings, the one date range of a text; a script of scripts/ as a module."""
import importlib.util
from pathlib import Path

from resumekit.document import Line, Section, Style


def lines(*rows, bold=()):
    """Lines from strings; "• " starts a bullet, "" starts a new block; indices in ``bold`` are bold."""
    out, block = [], 0
    for row in rows:
        if row == "":
            block += 1
            continue
        bullet = row.startswith("• ")
        text = row[2:] if bullet else row
        n = len(out)
        out.append(Line(text=text, index=n, block=block, bullet=bullet, style=Style(bold=n in bold), origin="test"))
    return tuple(out)


def section(kind, *rows, bold=()):
    return Section(kind=kind, heading=None, lines=lines(*rows, bold=bold))


def one_range(text):
    """(start, end) of the one date range in ``text``, ISO, the end "present" when ongoing."""
    from resumekit.fields.dates import find_dates
    [r] = find_dates(text)
    return r.start.iso(), r.end.iso() if r.end else ("present" if r.current else None)


def xfail(reason: str):
    """A strict xfail mark: a fix shows up as a pass to turn into a plain case."""
    import pytest
    return pytest.mark.xfail(strict=True, reason=reason)


def row_params(table: dict, field: str, known: dict):
    """pytest params (document, row number, expected row) of a table of expected rows by document;
    ``known`` marks some, by (document, field, row number)."""
    import pytest
    return [pytest.param(doc, n, row, id=f"{doc}-{n}", marks=known.get((doc, field, n), ()))
            for doc, rows in table.items() for n, row in enumerate(rows)]


def cached_parser(folder: Path, options):
    """A parse of each document of ``folder`` by name, done once per test session."""
    from functools import lru_cache

    import resumekit
    return lru_cache(maxsize=None)(lambda doc: resumekit.parse(folder / doc, options=options))


def script(name):
    """The module of ``scripts/<name>.py`` (the scripts are not a package)."""
    path = Path(__file__).resolve().parent.parent / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
