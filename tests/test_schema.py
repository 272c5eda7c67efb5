"""The Candidate's JSON Schema: `resumekit schema` prints it, every output validates against it (and a
broken one does not), and docs/schema.md's field reference is generated from it."""
import importlib.util
import io
import json

import pytest
from jsonschema import Draft202012Validator

import resumekit
from resumekit.cli import main
from resumekit.schema import SCHEMA_VERSION, Candidate, Meta, json_schema

from .conftest import FIXTURES, PINNED, ROOT
from .jsonresume_validation import candidate_validator, problems

DOCS = sorted(p for p in FIXTURES.rglob("*") if p.suffix in (".pdf", ".docx", ".txt", ".md")
              and p.name != "README.md" and "golden" not in p.parts)


def _schema_docs():
    spec = importlib.util.spec_from_file_location("schema_docs", ROOT / "scripts" / "schema_docs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_schema_command_prints_the_schema_with_its_version():
    out = io.StringIO()
    assert main(["schema"], stdout=out) == 0
    printed = json.loads(out.getvalue())
    assert printed == json_schema() and printed["schema_version"] == SCHEMA_VERSION
    Draft202012Validator.check_schema(printed)
    assert set(printed["required"]) == set(Candidate.model_fields)      # every key is always printed


@pytest.mark.parametrize("path", DOCS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_every_output_is_valid(path):
    c = resumekit.parse(path, name=path.name, options=PINNED)
    assert problems(candidate_validator(), json.loads(c.model_dump_json())) == []
    assert problems(candidate_validator(), json.loads(c.redacted().model_dump_json())) == []


@pytest.mark.parametrize("breakage", [
    lambda d: d.pop("skills"),                                        # a key missing
    lambda d: d["contact"].update(emails="jo@example.org"),           # a list that is a string
    lambda d: d["meta"].update(format="rtf"),                         # a value outside its set
    lambda d: d.update(surprise=True),                                # a key the schema does not have
    lambda d: d["experience"].append({"start": "March 2020"}),        # a date in the wrong form
])
def test_a_broken_output_is_invalid(breakage):
    data = json.loads(Candidate(meta=Meta(format="text")).model_dump_json())
    assert problems(candidate_validator(), data) == []
    breakage(data)
    assert problems(candidate_validator(), data)


def test_docs_field_reference_is_generated_from_the_schema():
    docs = _schema_docs()
    text = (ROOT / "docs" / "schema.md").read_text(encoding="utf-8")
    assert docs.current(text) == docs.render(), "docs/schema.md is out of date: run `python scripts/schema_docs.py`"
    for model in docs.MODELS:
        for name in model.model_fields:
            assert f"| `{name}` |" in text


@pytest.mark.parametrize("annotation, written", [
    (str, "str"), (str | None, "str?"), (list[str], "[str]"), (Meta, "Meta"), (float | None, "float?"),
])
def test_type_names_in_the_docs(annotation, written):
    assert _schema_docs().type_name(annotation) == written
