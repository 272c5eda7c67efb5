"""Validators for the tests and for scripts/check_interop.py: the official JSON Resume schema
(vendored in tests/data, see its VENDORED.md) with the "email" and "uri" format checks of the
project's own validator, and the Candidate's own JSON Schema (``resumekit schema``)."""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import regex
from jsonschema import Draft7Validator, Draft202012Validator, FormatChecker

from resumekit.schema import json_schema

JSON_RESUME_DIR = Path(__file__).resolve().parent / "data" / "jsonresume-schema-1.3.1"

# node jsonschema 1.4 (lib/helpers.js FORMAT_REGEXPS), which @jsonresume/schema's validator.js uses.
_NODE_EMAIL = regex.compile(
    r"^(?:[\w!#$%&'*+\-/=?^`{|}~]+\.)*[\w!#$%&'*+\-/=?^`{|}~]+@(?:(?:(?:[a-zA-Z0-9](?:[a-zA-Z0-9\-](?!\.)){0,61}"
    r"[a-zA-Z0-9]?\.)+[a-zA-Z0-9](?:[a-zA-Z0-9\-](?!$)){0,61}[a-zA-Z0-9]?)|(?:\[(?:(?:[01]?\d{1,2}|2[0-4]\d|25[0-5])"
    r"\.){3}(?:[01]?\d{1,2}|2[0-4]\d|25[0-5])\]))$", regex.ASCII)
_NODE_URI = regex.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$")


def _formats() -> FormatChecker:
    checker = FormatChecker()
    checker.checks("email")(lambda s: not isinstance(s, str) or bool(_NODE_EMAIL.match(s)))
    checker.checks("uri")(lambda s: not isinstance(s, str) or bool(_NODE_URI.match(s)))
    return checker


@lru_cache(maxsize=1)
def json_resume_validator() -> Draft7Validator:
    schema = json.loads((JSON_RESUME_DIR / "schema.json").read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema, format_checker=_formats())


@lru_cache(maxsize=1)
def candidate_validator() -> Draft202012Validator:
    schema = json_schema()
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema, format_checker=FormatChecker())


def problems(validator, document) -> list[str]:
    """Each validation error as "path: message" (empty when valid)."""
    return [f"/{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(document)]
