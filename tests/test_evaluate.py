"""scripts/evaluate.py finds the labelled fixture sets (`fixtures/<set>/labels/<id>.json` beside the
document) and rows them per set; the scorer itself lives outside the repository."""
import json

import pytest

from .helpers import script

evaluate = script("evaluate")


def write_set(root, name, docs):
    (root / name / "labels").mkdir(parents=True)
    for stem, ext in docs:
        (root / name / "labels" / f"{stem}.json").write_text(json.dumps({"name": stem}), encoding="utf-8")
        if ext:
            (root / name / f"{stem}{ext}").write_bytes(b"x")


def test_fixture_sets_are_found_with_their_set_in_the_id(tmp_path):
    write_set(tmp_path, "unseen-alpha", [("en-one", ".pdf"), ("de-two", ".docx"), ("no-document", None)])
    write_set(tmp_path, "unseen-beta", [("en-one", ".txt")])
    (tmp_path / "unlabelled").mkdir()
    found = evaluate.documents(tmp_path, ["fixtures"], [], tmp_path)
    assert [(doc_id, path.name) for doc_id, _, path in found] == [
        ("unseen-alpha/de-two", "de-two.docx"), ("unseen-alpha/en-one", "en-one.pdf"),
        ("unseen-beta/en-one", "en-one.txt")]
    assert found[0][1] == {"name": "de-two"}


@pytest.mark.parametrize("only, expected", [
    (["unseen-beta"], ["unseen-beta/en-one"]),
    (["unseen-alpha/en"], ["unseen-alpha/en-one"]),
    (["zoo-"], []),
])
def test_only_filters_fixture_ids_by_prefix(tmp_path, only, expected):
    write_set(tmp_path, "unseen-alpha", [("en-one", ".pdf"), ("de-two", ".docx")])
    write_set(tmp_path, "unseen-beta", [("en-one", ".txt")])
    assert [doc_id for doc_id, _, _ in evaluate.documents(tmp_path, ["fixtures"], only, tmp_path)] == expected


@pytest.mark.parametrize("doc_id, family", [
    ("unseen-pdftex/en-jake", "fix-unseen-pdftex"),
    ("zoo-rcv-classic-de-03", "zoo-rcv-classic"),
    ("zoo-even-04", "zoo-even"),
    ("pdf-07", "dev-pdf-one-column"),
    ("tex-99", "dev-?"),
])
def test_family_of_each_kind_of_id(doc_id, family):
    assert evaluate.family(doc_id, {"pdf-07": "pdf-one-column"}) == family
