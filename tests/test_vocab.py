"""Every vocabulary file is well-formed: adding a language is adding a file that passes this."""
import tomllib
from importlib import resources

import pytest

from resumekit.vocab import SECTION_KINDS, codes, load, merged, validate

FILES = sorted(p for p in resources.files("resumekit.vocab").iterdir() if p.name.endswith(".toml"))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_file_is_valid(path):
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert validate(data, path.name[:-5]) == []


@pytest.mark.parametrize("code", codes())
def test_loads(code):
    v = load(code)
    assert v.code == code
    assert len(v.months) == 12
    assert v.present


def test_validator_catches_mistakes():
    assert validate({"code": "xx"})  # no name, no headings, no months
    bad = {"code": "en", "name": "English", "headings": {"experience": ["x"], "education": ["y"], "skills": ["z"],
                                                          "nonsense": ["q"]},
           "dates": {"months": [["a"]] * 11, "present": ["now"]}}
    problems = validate(bad)
    assert any("nonsense" in p for p in problems)
    assert any("twelve" in p for p in problems)


def test_merged_covers_every_kind_it_names():
    m = merged()
    assert set(m.headings) <= set(SECTION_KINDS)
    assert "english" in m.language_names
