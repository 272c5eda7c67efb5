"""scripts/reprint.py converts only the dev corpus's tuning documents, never a set-aside one, and
never writes inside the repository (the converted files hold real people's text)."""
import json

import pytest

from .helpers import script

reprint = script("reprint")


def write_dev(root, stems, aside, corpus=("corpus", "dev")):
    (root / "eval").mkdir(parents=True, exist_ok=True)
    (root / "eval" / "set-aside.txt").write_text("# comment line\n" + " ".join(aside) + "\n", encoding="utf-8")
    labels, docs = root.joinpath(*corpus, "labels"), root.joinpath(*corpus, "docs")
    labels.mkdir(parents=True)
    docs.mkdir(parents=True)
    for stem, ext in stems:
        (labels / f"{stem}.json").write_text(json.dumps({"name": stem}), encoding="utf-8")
        if ext:
            (docs / f"{stem}{ext}").write_bytes(b"x")


def test_set_aside_and_unlabelled_documents_are_never_taken(tmp_path):
    write_dev(tmp_path, [("pdf-01", ".pdf"), ("pdf-02", ".pdf"), ("docx-01", ".docx"), ("tex-01", None)],
              aside=["pdf-02", "zoo-even-09"])
    found = reprint.tuning_documents(tmp_path)
    assert [(doc.name, label.name) for doc, label in found] == [("docx-01.docx", "docx-01.json"),
                                                                ("pdf-01.pdf", "pdf-01.json")]


def test_the_zoo_is_read_from_its_own_folder_with_its_set_aside_ids_left_out(tmp_path):
    write_dev(tmp_path, [("pdf-01", ".pdf")], aside=["zoo-b-02"])
    write_dev(tmp_path, [("zoo-a-01", ".pdf"), ("zoo-b-02", ".docx")], aside=["zoo-b-02"], corpus=("zoo",))
    found = reprint.tuning_documents(tmp_path, "zoo")
    assert [doc.name for doc, _ in found] == ["zoo-a-01.pdf"]


@pytest.mark.parametrize("route, source, target", [
    ("docx-pdf", ".docx", ".pdf"), ("docx-rewrite", ".docx", ".docx"),
    ("docx-txt", ".docx", ".txt"), ("pdf-docx", ".pdf", ".docx"), ("docx-md", ".docx", ".md"),
    ("docx-pandoc", ".docx", ".docx"), ("docx-html-pdf", ".docx", ".pdf"), ("pdf-txt", ".pdf", ".txt"),
])
def test_each_route_reads_one_format_and_writes_another_evaluate_scores(route, source, target):
    assert reprint.ROUTES[route][:2] == (source, target)
    assert target in script("evaluate").DOC_EXTS


def test_every_route_ends_in_its_target_suffix_and_names_a_known_tool():
    for route, (_, target, steps) in reprint.ROUTES.items():
        assert reprint.step_suffix(steps[-1]) == target, route
        assert all(step[0] in reprint.TOOLS for step in steps), route


def test_a_missing_program_is_named_and_nothing_is_converted(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(reprint.shutil, "which", lambda name: None if name == "pandoc" else "/bin/true")
    assert reprint.missing_tools(["docx-pdf", "docx-txt"]) == []
    assert reprint.missing_tools(["docx-md", "docx-pdf"]) == ["pandoc"]
    out = tmp_path / "out"
    assert reprint.main(["--shared", str(tmp_path), "--out", str(out), "--routes", "docx-md"]) == 2
    assert "pandoc" in capsys.readouterr().err
    assert not out.exists()


def test_output_inside_the_repository_is_refused(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(reprint.shutil, "which", lambda name: "/bin/true")
    inside = reprint.Path(reprint.__file__).resolve().parent / "reprint-out"
    assert reprint.main(["--shared", str(tmp_path), "--out", str(inside), "--routes", "docx-pdf"]) == 2
    assert "outside the repository" in capsys.readouterr().err
    assert not inside.exists()


def test_keep_leaves_a_converted_route_and_converts_an_empty_one(monkeypatch, tmp_path):
    write_dev(tmp_path, [("docx-01", ".docx")], aside=[])
    monkeypatch.setattr(reprint.shutil, "which", lambda name: "/bin/true")
    out = tmp_path / "out"
    (out / "docx-pdf" / "labels").mkdir(parents=True)
    (out / "docx-pdf" / "labels" / "docx-01.json").write_text("{}", encoding="utf-8")
    (out / "docx-txt" / "labels").mkdir(parents=True)  # an earlier run that converted nothing
    asked = []
    monkeypatch.setattr(reprint, "convert", lambda route, sources, folder, work, timeout: asked.append(route) or [])
    assert reprint.main(["--shared", str(tmp_path), "--out", str(out), "--keep", "--routes", "docx-pdf", "docx-txt"]) == 0
    assert asked == ["docx-txt"]
    assert (out / "docx-pdf" / "labels" / "docx-01.json").exists()
