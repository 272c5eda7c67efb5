"""Batch records and the files they go to: a record per input, the flat row of common fields, a
file that can be read back after any stop (a half-written last line dropped), never appended to
when it is not a batch output."""
import hashlib
import io
import json
import os

import pytest

from resumekit.batch import find_documents
from resumekit.errors import CorruptPDFError, OptionsError
from resumekit.outputs import format_for, open_output, owned_files
from resumekit.records import COLUMN_NAMES, Record, candidate_row, read_and_hash

CANDIDATE = {
    "name": "Wilhelmina Ostrander", "headline": "Hydrologist",
    "contact": {"emails": ["w.ostrander@example.org", "wo@example.net"],
                "phones": [{"raw": "+44 7700 900456", "e164": "+447700900456"}],
                "location": {"raw": "Carlisle, UK", "city": "Carlisle", "region": None, "country": "UK"},
                "links": [{"url": "https://www.linkedin.com/in/wostrander", "kind": "linkedin", "label": None},
                          {"url": "https://ostrander.example.org", "kind": "website", "label": None}]},
    "experience": [{"title": "Field Hydrologist", "company": "Rillstone Water", "start": "2015", "end": "2019"},
                   {"title": "Senior Hydrologist", "company": "Brackenmoor Survey", "start": "2019-06", "end": None,
                    "current": True}],
    "education": [{"degree": "BSc Geography", "institution": "Fellside College", "start": "2009", "end": "2012"},
                  {"degree": "MSc Hydrology", "field_of_study": "Hydrology", "institution": "Tarnbeck University",
                   "start": "2012", "end": "2013"}],
    "skills": [{"name": "GIS"}, {"name": "Python"}],
    "languages": [{"name": "English", "proficiency": "native"}, {"name": "Welsh", "proficiency": None}],
    "certifications": [],
    "experience_months": 130,
    "meta": {"format": "pdf", "pages": 2, "language": "en", "parser_version": "9.9",
             "warnings": [{"code": "page-truncated"}, {"code": "hidden-text"}, {"code": "hidden-text"}]},
}


def test_the_row_of_a_candidate():
    row = candidate_row(CANDIDATE)
    assert set(row) | {"path", "sha256", "ok", "error_code", "error_message"} == set(COLUMN_NAMES)
    assert row == {
        "name": "Wilhelmina Ostrander", "headline": "Hydrologist", "email": "w.ostrander@example.org",
        "phone": "+447700900456", "location": "Carlisle, UK", "city": "Carlisle", "region": None, "country": "UK",
        "linkedin": "https://www.linkedin.com/in/wostrander", "github": None, "website": "https://ostrander.example.org",
        "latest_title": "Senior Hydrologist", "latest_company": "Brackenmoor Survey", "latest_start": "2019-06",
        "latest_end": "present", "experience_count": 2, "experience_months": 130,
        "latest_degree": "MSc Hydrology", "latest_field_of_study": "Hydrology",
        "latest_institution": "Tarnbeck University", "education_count": 2, "skills": "GIS; Python",
        "languages": "English (native); Welsh", "certifications": None, "document_format": "pdf", "pages": 2,
        "language": "en", "warnings": "hidden-text; page-truncated", "parser_version": "9.9",
    }


@pytest.mark.parametrize("entries, expected", [
    ([], None),
    ([{"title": "A"}, {"title": "B"}], "A"),                                          # no dates: the first
    ([{"title": "A", "end": "2018"}, {"title": "B", "end": "2021-03"}], "B"),          # the latest end
    ([{"title": "A", "start": "2022"}, {"title": "B", "end": "2021-12"}], "A"),        # a start without end counts
    ([{"title": "A", "end": "2030"}, {"title": "B", "current": True, "start": "2001"}], "B"),  # current wins
    ([{"title": "A", "end": "2020"}, {"title": "B", "end": "2020"}], "A"),            # a tie: the first
])
def test_the_latest_role(entries, expected):
    assert candidate_row({"experience": entries})["latest_title"] == expected


def test_a_phone_without_e164_keeps_its_raw_form_and_empty_candidates_give_empty_cells():
    row = candidate_row({"contact": {"phones": [{"raw": "0161 496 0000", "e164": None}]}})
    assert row["phone"] == "0161 496 0000"
    assert candidate_row({})["skills"] is None and candidate_row({})["experience_count"] == 0


def test_records_round_trip_as_one_line():
    ok = Record("cvs/a b\n.pdf", "ab" * 32, candidate_json=json.dumps(CANDIDATE))
    bad = Record.failed("cvs/ü.pdf", None, CorruptPDFError("the PDF cannot be read", source="x"))
    for record in (ok, bad):
        line = record.to_json()
        assert "\n" not in line and list(json.loads(line))[:3] == ["path", "sha256", "ok"]
        assert Record.from_json(line) == Record.from_json(Record.from_json(line).to_json())
        assert Record.from_json(line).key == record.key
    assert json.loads(ok.to_json())["candidate"] == CANDIDATE
    assert json.loads(bad.to_json())["error"] == {"code": "corrupt-pdf", "message": "the PDF cannot be read",
                                                  "hint": CorruptPDFError.default_hint}
    assert "ü" in bad.to_json()
    assert bad.row()["error_code"] == "corrupt-pdf" and bad.row()["name"] is None and bad.row()["ok"] is False


@pytest.mark.parametrize("text", ['["path"]', '{"name": "x"}', "not json", '{"path": 3, "ok": true}'])
def test_what_is_not_a_record(text):
    with pytest.raises(ValueError):
        Record.from_json(text)


@pytest.mark.parametrize("size, keep, held", [(0, 10, True), (10, 10, True), (11, 10, False), (3_000_000, 5, False)])
def test_read_and_hash(size, keep, held):
    data = bytes(range(256)) * (size // 256) + b"x" * (size % 256)
    got, sha, n = read_and_hash(io.BytesIO(data), keep, chunk=4096, with_size=True)
    assert sha == hashlib.sha256(data).hexdigest() and n == size
    assert (got == data) if held else got is None


@pytest.mark.parametrize("path, fmt, expected", [
    ("out.jsonl", None, "jsonl"), ("out.CSV", None, "csv"), ("out.parquet", None, "parquet"),
    ("out.txt", None, "jsonl"), ("out.csv", "jsonl", "jsonl"), ("out", "parquet", "parquet"),
])
def test_the_output_format(path, fmt, expected):
    assert format_for(path, fmt) == expected


def test_an_unknown_output_format_is_a_usage_error():
    with pytest.raises(OptionsError):
        format_for("out.jsonl", "xlsx")


def tree(root, names):
    for name in names:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")


FOLDER = ["b.pdf", "A.PDF", "c.docx", "notes.json", "old.doc", "readme.md", ".hidden.pdf", ".git/x.pdf",
          "sub/d.txt", "sub/deeper/e.pdf", "sub/f.png"]


@pytest.mark.parametrize("patterns, expected", [
    (None, ["A.PDF", "b.pdf", "c.docx", "old.doc", "readme.md", "sub/d.txt", "sub/deeper/e.pdf"]),
    (["*.pdf"], ["A.PDF", "b.pdf", "sub/deeper/e.pdf"]),                      # case-insensitive
    (["sub/*.pdf"], ["sub/deeper/e.pdf"]),                                    # a "/": the path below the folder
    (["*.png", "*.json"], ["notes.json", "sub/f.png"]),
])
def test_finding_the_documents_of_a_folder(tmp_path, patterns, expected):
    tree(tmp_path, FOLDER)
    found = find_documents([str(tmp_path)], *([patterns] if patterns else []))
    assert found == [os.path.join(str(tmp_path), *e.split("/")) for e in expected]


def test_named_files_are_taken_as_they_are_once_and_the_output_is_left_out(tmp_path):
    tree(tmp_path, ["a.pdf", "b.pdf", "odd.name", "out.jsonl", "sub/c.txt"])
    found = find_documents([str(tmp_path / "odd.name"), str(tmp_path) + "/./", str(tmp_path / "sub" / ".." / "a.pdf")],
                           ["*.pdf", "*.jsonl"], exclude=owned_files(str(tmp_path / "out.jsonl")))
    assert [os.path.basename(p) for p in found] == ["odd.name", "a.pdf", "b.pdf"]
    with pytest.raises(OptionsError, match="no such file or folder"):
        find_documents([str(tmp_path / "missing")])


def record(i, ok=True):
    if ok:
        return Record(f"docs/{i}.pdf", f"{i:064x}", candidate_json=json.dumps({"name": f"Person {i}\nSecond"}))
    return Record.failed(f"docs/{i}.pdf", None, CorruptPDFError("cannot be read"))


def write(path, records, fmt=None, restart=False):
    with open_output(str(path), fmt, restart=restart) as out:
        for r in records:
            out.write(r)
    return out


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_line_output_reads_back_what_it_holds(tmp_path, fmt):
    path = tmp_path / f"out.{fmt}"
    write(path, [record(1), record(2, ok=False)])
    write(path, [record(3)])
    text = path.read_text(encoding="utf-8")
    assert text.count("\n") == (3 if fmt == "jsonl" else 4) and text.endswith("\n")  # one line per record
    out = open_output(str(path))
    out.close()
    assert out.done == {record(1).key, record(2, ok=False).key, record(3).key} and out.found == 3
    assert not out.notes
    write(path, [], restart=True)
    assert open_output(str(path)).done == set()


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_a_half_written_last_record_is_dropped(tmp_path, fmt):
    path = tmp_path / f"out.{fmt}"
    write(path, [record(1), record(2)])
    whole = path.read_bytes()
    path.write_bytes(whole[:-7])  # a hard kill in the middle of the last write
    out = open_output(str(path))
    out.write(record(3))
    out.close()
    assert out.done == {record(1).key} and "half-written" in out.notes[0]
    assert open_output(str(path)).done == {record(1).key, record(3).key}


def test_a_damaged_line_inside_the_file_is_kept_and_counted(tmp_path):
    path = tmp_path / "out.jsonl"
    write(path, [record(1)])
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("{ damaged\n")
    write(path, [record(2)])
    out = open_output(str(path))
    out.close()
    assert out.done == {record(1).key, record(2).key} and out.unreadable == 1 and "not records" in out.notes[0]


@pytest.mark.parametrize("name, text", [
    ("out.jsonl", "name,email\nAda,ada@example.org\n"),     # someone's CSV under a .jsonl name
    ("out.csv", "name,email\nAda,ada@example.org\n"),       # another CSV
    ("out.jsonl", '{"id": 1}\n'),                           # another JSON lines file
])
def test_a_file_that_is_not_a_batch_output_is_never_appended_to(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(OptionsError, match="not a resumekit batch"):
        open_output(str(path))
    assert path.read_text() == text
    write(path, [record(1)], restart=True)
    assert open_output(str(path)).done == {record(1).key}


@pytest.mark.parametrize("make", [lambda p: p.mkdir(), lambda p: None])
def test_an_output_that_cannot_be_written_is_a_usage_error(tmp_path, make):
    path = tmp_path / "out.jsonl"
    make(path)
    target = path if path.exists() else tmp_path / "no-such-folder" / "out.jsonl"
    with pytest.raises(OptionsError, match="cannot write the output"):
        open_output(str(target))


@pytest.mark.skipif(os.name != "posix", reason="advisory locks")
@pytest.mark.parametrize("name", ["out.jsonl", "out.parquet"])
def test_a_second_batch_on_the_same_output_is_refused(tmp_path, name):
    if name.endswith(".parquet"):
        pytest.importorskip("pyarrow")
    first = open_output(str(tmp_path / name))
    with pytest.raises(OptionsError, match="another batch is writing"):
        open_output(str(tmp_path / name))
    first.close()
    open_output(str(tmp_path / name)).close()


def test_a_csv_row_is_one_line_and_reads_in_pandas_terms(tmp_path):
    import csv

    path = tmp_path / "out.csv"
    write(path, [record(1), record(2, ok=False)])
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert list(rows[0]) == list(COLUMN_NAMES)
    assert rows[0]["name"] == "Person 1 Second" and rows[0]["ok"] == "true" and rows[0]["experience_count"] == "0"
    assert rows[1]["ok"] == "false" and rows[1]["error_code"] == "corrupt-pdf" and rows[1]["sha256"] == ""


def test_parquet_is_rewritten_whole_and_a_journal_left_by_a_kill_is_merged(tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    write(path, [record(1), record(2, ok=False)])
    assert not os.path.exists(str(path) + ".partial.jsonl")
    table = pq.read_table(path)
    assert table.column_names == [*COLUMN_NAMES, "candidate"] and table.num_rows == 2
    out = open_output(str(path))
    out.write(record(3))  # then killed: no close
    out.journal.close()
    out = open_output(str(path))
    assert out.done == {record(1).key, record(2, ok=False).key, record(3).key}
    out.close()
    rows = pq.read_table(path).to_pylist()
    assert [r["path"] for r in rows] == ["docs/1.pdf", "docs/2.pdf", "docs/3.pdf"]
    assert json.loads(rows[2]["candidate"]) == {"name": "Person 3\nSecond"} and rows[1]["ok"] is False
    assert not os.path.exists(str(path) + ".partial.jsonl")


def test_an_empty_parquet_batch_still_leaves_a_valid_file_and_other_parquet_is_refused(tmp_path):
    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    path = tmp_path / "out.parquet"
    write(path, [])
    assert pq.read_table(path).num_rows == 0
    other = tmp_path / "other.parquet"
    pq.write_table(pa.table({"id": [1, 2]}), other)
    with pytest.raises(OptionsError, match="columns differ"):
        open_output(str(other))


def test_parquet_without_pyarrow_is_a_usage_error(tmp_path, monkeypatch):
    import builtins

    real = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    with pytest.raises(OptionsError, match="resumekit\\[parquet\\]"):
        open_output(str(tmp_path / "out.parquet"))
