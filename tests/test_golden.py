"""Golden snapshots: every fixture document's Candidate JSON and lines view, compared exactly.

Regenerate only on purpose: ``make golden`` (pytest --update-golden), then review the diff.
A missing golden file fails. "Present" is pinned by an option (``conftest.PINNED``), and a test
moves the clock to prove nothing else leaks in.
"""
import datetime as dt
import json

import pytest

import resumekit
import resumekit.clock
from resumekit.cli import lines_view

from .conftest import FIXTURES, PINNED

GOLDEN = FIXTURES / "golden"
DOCS = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".pdf", ".docx", ".txt", ".md")
              and p.name != "README.md" and GOLDEN not in p.parents)


def _golden(path, suffix: str):
    """fixtures/pdf/two-column.pdf -> fixtures/golden/pdf/two-column.pdf.json"""
    rel = path.relative_to(FIXTURES)
    target = GOLDEN / rel.parent / f"{rel.name}{suffix}"
    target.parent.mkdir(parents=True, exist_ok=True)
    return target


def _candidate_json(path) -> str:
    c = resumekit.parse(path, name=path.name, options=PINNED)
    data = json.loads(c.model_dump_json())
    data["meta"]["parser_version"] = "*"  # a version bump is not a change of behaviour
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _lines(path) -> str:
    doc = resumekit.extract(path, name=path.name)
    return lines_view(doc, resumekit.segment(doc))


def _check(actual: str, golden, update: bool) -> None:
    if update:
        golden.write_text(actual, encoding="utf-8")
        return
    assert golden.exists(), f"missing golden {golden.name}: run `make golden` and review it"
    assert actual == golden.read_text(encoding="utf-8"), f"{golden.name} differs; if intended, run `make golden`"


def test_every_fixture_is_covered():
    assert len(DOCS) >= 8


def _id(path) -> str:
    return str(path.relative_to(FIXTURES))


@pytest.mark.parametrize("path", DOCS, ids=_id)
def test_candidate_snapshot(path, update_golden):
    _check(_candidate_json(path), _golden(path, ".json"), update_golden)


@pytest.mark.parametrize("path", DOCS, ids=_id)
def test_lines_snapshot(path, update_golden):
    _check(_lines(path), _golden(path, ".lines.txt"), update_golden)


@pytest.mark.parametrize("today", [dt.date(2027, 2, 1), dt.date(2039, 7, 15)])
def test_snapshots_do_not_move_with_the_clock(monkeypatch, today):
    """Two different "today"s, the same snapshots: output depends on the bytes and the options only."""
    monkeypatch.setattr(resumekit.clock, "today", lambda: today)
    for path in DOCS:
        _check(_candidate_json(path), _golden(path, ".json"), update=False)
        _check(_lines(path), _golden(path, ".lines.txt"), update=False)
