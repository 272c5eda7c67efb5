import io
import json

import pytest

from resumekit import __version__
from resumekit.cli import main

from .conftest import FIXTURES


def run(argv, stdin: bytes | None = None, monkeypatch=None):
    out, err = io.StringIO(), io.StringIO()
    if stdin is not None:
        monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(stdin)))
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_json_for_one_file():
    code, out, err = run(["parse", str(FIXTURES / "plain.txt"), "--json"])
    assert code == 0 and err == ""
    data = json.loads(out)
    assert data["schema_version"] == "1.0" and data["meta"]["format"] == "text"


def test_one_json_object_per_line_for_several_files():
    files = [str(FIXTURES / n) for n in ("plain.txt", "minimal.txt", "markdown-front-matter.md")]
    code, out, _ = run(["parse", *files, "--json"])
    rows = out.strip().split("\n")
    assert code == 0 and len(rows) == 3
    assert all(json.loads(r)["meta"] for r in rows)


def test_a_bad_file_does_not_stop_the_batch(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    code, out, err = run(["parse", str(bad), str(FIXTURES / "minimal.txt"), "--json"])
    assert code == 1
    assert len(out.strip().split("\n")) == 1
    assert err.count("\n") == 1 and "broken.pdf" in err and "Traceback" not in err


def test_stdin(monkeypatch):
    code, out, _ = run(["parse", "-", "--json"], stdin=b"Jane Example\njane@example.com\n", monkeypatch=monkeypatch)
    assert code == 0 and json.loads(out)["contact"]["emails"] == ["jane@example.com"]


def test_summary_and_lines_views():
    code, out, _ = run(["parse", str(FIXTURES / "one-column.pdf")])
    assert code == 0 and "experience" in out
    code, out, _ = run(["lines", str(FIXTURES / "one-column.pdf")])
    assert code == 0 and "▸ experience" in out


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["parse"])
    assert e.value.code == 2
    with pytest.raises(SystemExit) as e:
        main(["parse", "x.pdf", "--format", "rtf"])
    assert e.value.code == 2
    assert main(["parse", "x.pdf", "--max-pages", "0"]) == 2


def test_version(capsys):
    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0 and __version__ in capsys.readouterr().out
