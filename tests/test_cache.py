"""Tables kept on disk (resumekit.cache), and the vocabularies read back from their file
identical to the ones built from the TOML files."""
import pytest

from resumekit import cache, vocab


@pytest.fixture
def folders(tmp_path, monkeypatch):
    paths = [tmp_path / "package" / "t.marshal", tmp_path / "user" / "t.marshal"]
    monkeypatch.setattr(cache, "_paths", lambda name, version: [p.with_name(f"{name}-{version}.marshal")
                                                                 for p in paths])
    return tmp_path


@pytest.mark.parametrize("table", [
    {"Marlow": ("GB", 14_000, False, True), "codes": ["WA", "ON"]},
    ("months", ("janvier", "january"), {"eras": (("令和", 2019),)}),
])
def test_a_table_is_built_once_then_read_back(folders, table):
    built = []
    assert cache.kept("t", "1", lambda: built.append(1) or table) == table
    assert cache.kept("t", "1", lambda: built.append(1) or table) == table
    assert built == [1]
    assert (folders / "package" / "t-1.marshal").exists()


def test_another_version_is_another_file_and_a_damaged_file_is_built_again(folders):
    assert cache.kept("t", "1", lambda: "one") == "one"
    assert cache.kept("t", "2", lambda: "two") == "two"
    (folders / "package" / "t-2.marshal").write_bytes(b"\x00 not marshal")
    assert cache.kept("t", "2", lambda: "again") == "again"


def test_an_unwritable_place_falls_back_to_the_next(folders):
    (folders / "package").write_text("a file where the folder would be")
    assert cache.kept("t", "1", lambda: [1, 2]) == [1, 2]
    assert (folders / "user" / "t-1.marshal").exists()


def test_the_kept_vocabularies_are_the_built_ones():
    languages = [vocab._read(c) for c in vocab.codes()]
    assert [vocab.load(c) for c in vocab.codes()] == languages
    assert vocab.merged() == vocab._merge(languages)


def test_writing_a_version_removes_the_other_versions_of_that_table_only(folders):
    cache.kept("t", "1", lambda: "one")
    cache.kept("other", "1", lambda: "another table")
    cache.kept("t", "2", lambda: "two")
    assert sorted(p.name for p in (folders / "package").iterdir()) == ["other-1.marshal", "t-2.marshal"]
