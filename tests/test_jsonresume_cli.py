"""The parse command's formats: --format names the output (json, jsonresume, summary) and still
accepts the input formats it always took; --input-format forces the input."""
import io
import json

import pytest

from resumekit.cli import main

from .conftest import FIXTURES
from .jsonresume_validation import json_resume_validator, problems


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_format_jsonresume():
    code, out, err = run(["parse", str(FIXTURES / "one-column.pdf"), "--format", "jsonresume", "--as-of", "2026-01-01"])
    data = json.loads(out)
    assert code == 0 and err == "" and data["work"] and problems(json_resume_validator(), data) == []


def test_format_jsonresume_for_several_files_is_one_object_per_line():
    files = [str(FIXTURES / n) for n in ("plain.txt", "minimal.txt")]
    code, out, _ = run(["parse", *files, "--format", "jsonresume"])
    rows = out.strip().split("\n")
    assert code == 0 and len(rows) == 2 and all(json.loads(r)["basics"]["name"] for r in rows)


@pytest.mark.parametrize("argv, what", [
    (["--json"], "candidate"),
    (["--format", "json"], "candidate"),
    (["--format", "summary"], "summary"),
    ([], "summary"),
    (["--json", "--format", "jsonresume"], "jsonresume"),
    (["--format", "markdown"], "summary"),              # an input format, as before
    (["--format", "markdown", "--json"], "candidate"),
    (["--input-format", "markdown", "--format", "jsonresume"], "jsonresume"),
])
def test_output_formats(argv, what):
    code, out, _ = run(["parse", str(FIXTURES / "markdown-front-matter.md"), *argv])
    assert code == 0
    if what == "summary":
        assert out.startswith(str(FIXTURES / "markdown-front-matter.md") + ": ")
    else:
        data = json.loads(out)
        assert ("schema_version" in data) == (what == "candidate") and ("basics" in data) == (what == "jsonresume")


def test_input_format_is_forced():
    code, out, _ = run(["parse", str(FIXTURES / "markdown-front-matter.md"), "--input-format", "text", "--json"])
    assert code == 0 and json.loads(out)["meta"]["format"] == "text"
    code, out, _ = run(["parse", str(FIXTURES / "markdown-front-matter.md"), "--format", "text", "--json"])
    assert code == 0 and json.loads(out)["meta"]["format"] == "text"


@pytest.mark.parametrize("argv", [
    ["--input-format", "pdf", "--format", "text"],      # two input formats
    ["--json", "--format", "summary"],                  # two outputs
    ["--redact-employers"],                             # needs --redact
])
def test_contradictions_are_usage_errors(argv):
    code, out, err = run(["parse", str(FIXTURES / "minimal.txt"), *argv])
    assert code == 2 and out == "" and ("contradict" in err or "needs --redact" in err)


def test_an_unknown_format_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as e:
        main(["parse", str(FIXTURES / "minimal.txt"), "--format", "yaml"])
    assert e.value.code == 2


def test_lines_still_takes_an_input_format():
    code, out, _ = run(["lines", str(FIXTURES / "markdown-front-matter.md"), "--format", "text"])
    assert code == 0 and ": text," in out.splitlines()[0]
