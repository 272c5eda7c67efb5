"""``resumekit batch``: one record per file whatever the file, nothing repeated on a rerun, and a
stop at any moment (Ctrl-C, SIGTERM, a hard kill) loses no completed record and leaves a file the
next run completes."""
import io
import json
import os
import signal
import subprocess
import sys
import time

import pytest

from resumekit import batch_cli
from resumekit.cli import main
from resumekit.records import COLUMN_NAMES

from .conftest import FIXTURES, ROOT

RESUME = """{name}
{email} · +44 7700 900{n:03d}

EXPERIENCE
Orchard Systems Analyst, Hollowmere Cider Co, 2017 - 2022
• Forecast the pressing season

SKILLS
Python, SQL
"""


def resume(n: int) -> bytes:
    name = ["Perpetua Lindqvist", "Ambrose Okonkwo-Reyes", "Saoirse Vandermeer", "Tobias Achterberg",
            "Ines Kowalczyk-Moreau", "Caspian Mwangi", "Rosalind Tveit", "Elio Marchetti-Hale"][n % 8]
    return RESUME.format(name=name, email=f"{name.split()[0].lower()}{n}@example.org", n=n).encode()


def corpus(root, n_text=3):
    """A folder of documents of every outcome: text, PDF and DOCX résumés, a broken PDF, an empty
    file, a legacy .doc, and files the default patterns leave alone."""
    root.mkdir()
    for i in range(n_text):
        (root / f"cv-{i}.txt").write_bytes(resume(i))
    (root / "pdf").mkdir()
    (root / "pdf" / "one-column.pdf").write_bytes((FIXTURES / "one-column.pdf").read_bytes())
    (root / "heading-styles.docx").write_bytes((FIXTURES / "heading-styles.docx").read_bytes())
    (root / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog")
    (root / "empty.txt").write_bytes(b"")
    (root / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504)
    (root / "labels.json").write_text("{}")
    (root / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return n_text + 5


def run(argv):
    out, err = io.StringIO(), io.StringIO()
    code = main(argv, stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_one_record_per_file_whatever_happened_to_it(tmp_path):
    n = corpus(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    code, stdout, err = run(["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "2"])
    assert code == 0 and stdout == "" and "Traceback" not in err
    got = records(out)
    assert len(got) == n == len({r["path"] for r in got})
    by_name = {os.path.basename(r["path"]): r for r in got}
    assert {k for k, r in by_name.items() if r["ok"]} == {"cv-0.txt", "cv-1.txt", "cv-2.txt", "one-column.pdf",
                                                          "heading-styles.docx"}
    assert {k: r["error"]["code"] for k, r in by_name.items() if not r["ok"]} == {
        "broken.pdf": "corrupt-pdf", "empty.txt": "empty-file", "old.doc": "unsupported-format"}
    assert by_name["cv-1.txt"]["candidate"]["name"] == "Ambrose Okonkwo-Reyes"
    assert by_name["cv-1.txt"]["sha256"] == __import__("hashlib").sha256(resume(1)).hexdigest()
    assert f"{n} documents" in err and "5 parsed, 3 failed" in err and "corrupt-pdf 1" in err
    assert err.count("[corrupt-pdf]") == 1  # a line per failed file


def test_a_rerun_adds_nothing_and_a_changed_file_is_parsed_again(tmp_path):
    n = corpus(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    args = ["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "2"]
    assert run(args)[0] == 0
    before = out.read_bytes()
    code, _, err = run(args)
    assert code == 0 and out.read_bytes() == before and f"nothing to do: {n} skipped" in err
    (tmp_path / "in" / "cv-0.txt").write_bytes(resume(5))  # new content, same path
    code, _, err = run(args + ["--quiet"])
    assert code == 0 and out.read_bytes().startswith(before)
    assert [r["candidate"]["name"] for r in records(out)[n:]] == ["Caspian Mwangi"]
    assert "1 document in" in err and f"{n - 1} skipped" in err and "[" not in err  # quiet: no line per file
    code, _, err = run(args + ["--restart"])
    assert code == 0 and len(records(out)) == n


def test_a_folder_without_documents_says_so(tmp_path):
    corpus(tmp_path / "in")
    code, _, err = run(["batch", str(tmp_path / "in"), "-o", str(tmp_path / "out.jsonl"), "--glob", "*.xlsx"])
    assert code == 0 and "no documents found" in err and (tmp_path / "out.jsonl").read_bytes() == b""


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_csv_and_parquet_hold_a_row_per_file(tmp_path, fmt):
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    n = corpus(tmp_path / "in")
    out = tmp_path / f"out.{fmt}"
    assert run(["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "2"])[0] == 0
    assert run(["batch", str(tmp_path / "in"), "-o", str(out)])[0] == 0
    if fmt == "csv":
        import csv

        rows = list(csv.DictReader(out.open(encoding="utf-8")))
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
        assert json.loads(next(r for r in rows if r["path"].endswith("cv-2.txt"))["candidate"])["skills"]
    assert len(rows) == n and list(rows[0])[:len(COLUMN_NAMES)] == list(COLUMN_NAMES)
    cv = next(r for r in rows if r["path"].endswith("cv-2.txt"))
    assert cv["name"] == "Saoirse Vandermeer" and cv["email"] == "saoirse2@example.org"
    assert cv["latest_company"] == "Hollowmere Cider Co" and cv["skills"] == "Python; SQL"


@pytest.mark.parametrize("argv", [
    ["batch", "{tmp}/missing", "-o", "{tmp}/out.jsonl"],                     # no such input
    ["batch", "{in}", "-o", "{tmp}"],                                        # the output is a folder
    ["batch", "{in}", "-o", "{tmp}/no/such/folder/out.jsonl"],               # nor can it be created
    ["batch", "{in}", "-o", "{in}/cv-0.txt"],                                # a file that is no batch output
    ["batch", "{in}", "-o", "{tmp}/out.jsonl", "--workers", "0"],
    ["batch", "{in}", "-o", "{tmp}/out.jsonl", "--max-pages", "0"],
])
def test_usage_errors_exit_2(tmp_path, argv):
    corpus(tmp_path / "in")
    code, _, err = run([a.format(tmp=tmp_path, **{"in": tmp_path / "in"}) for a in argv])
    assert code == 2 and err.startswith("resumekit: ") and err.count("\n") == 1
    assert (tmp_path / "in" / "cv-0.txt").read_bytes() == resume(0)


@pytest.mark.parametrize("argv", [["batch", "x"], ["batch", "x", "-o", "y", "--format", "xlsx"],
                                  ["batch", "-o", "y"]])
def test_bad_flags_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as e:
        main(argv)
    assert e.value.code == 2


def test_a_signal_while_a_record_is_written_stops_after_it(tmp_path, monkeypatch):
    """Ctrl-C during a write: the record is finished, the batch stops, the next run does the rest."""
    n = corpus(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    advance = batch_cli._Progress.advance

    def interrupted(self, record):  # runs inside the write's protected block
        if self.done == 2:
            signal.raise_signal(signal.SIGINT)
        advance(self, record)

    monkeypatch.setattr(batch_cli._Progress, "advance", interrupted)
    code, _, err = run(["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "1"])
    assert code == 130 and "stopped by SIGINT after 3 documents" in err and f"other {n - 3}" in err
    assert len(records(out)) == 3 and out.read_bytes().endswith(b"\n")
    monkeypatch.undo()
    code, _, err = run(["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "2"])
    assert code == 0 and f"{n - 3} documents" in err and "3 skipped" in err
    got = records(out)
    assert len(got) == n == len({r["path"] for r in got})


def test_a_full_disk_stops_the_batch_with_what_was_written_kept(tmp_path, monkeypatch):
    from resumekit.outputs import LineOutput

    n = corpus(tmp_path / "in")
    out = tmp_path / "out.jsonl"
    write = LineOutput.write
    calls = []

    def full(self, record):
        calls.append(record)
        if len(calls) == 3:
            raise OSError(28, "No space left on device")
        write(self, record)

    monkeypatch.setattr(LineOutput, "write", full)
    code, _, err = run(["batch", str(tmp_path / "in"), "-o", str(out), "--workers", "2"])
    assert code == 1 and "cannot write the output" in err and "No space left on device" in err
    assert len(records(out)) == 2 and "Traceback" not in err
    monkeypatch.undo()
    code, _, err = run(["batch", str(tmp_path / "in"), "-o", str(out)])
    assert code == 0 and len(records(out)) == n == len({r["path"] for r in records(out)})


def wait_for(condition, proc, what, limit=120.0):
    deadline = time.monotonic() + limit
    while not condition():
        if proc.poll() is not None:
            pytest.fail(f"the batch ended ({proc.returncode}) before {what}: {proc.stderr.read()}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"gave up waiting for {what}")
        time.sleep(0.05)


def line_count(path):
    return path.read_bytes().count(b"\n") if path.exists() else 0


def start_batch(args):
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen([sys.executable, "-m", "resumekit", "batch", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, text=True)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs a named pipe to hold the batch still")
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=lambda s: s.name)
def test_a_signal_mid_run_keeps_every_completed_record_and_a_rerun_finishes(tmp_path, sig):
    first, later = tmp_path / "first", tmp_path / "later"
    n = corpus(first, n_text=4)
    later.mkdir()
    for i in range(4, 6):
        (later / f"cv-{i}.txt").write_bytes(resume(i))
    held = tmp_path / "held.txt"
    os.mkfifo(held)  # reading it blocks until someone writes: the batch stops there, mid-run
    out = tmp_path / "out.jsonl"
    args = [str(first), str(held), str(later), "-o", str(out), "--workers", "1"]
    proc = start_batch(args)
    wait_for(lambda: line_count(out) == n, proc, "the first folder's records")
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig and f"stopped by {sig.name}" in err and "Traceback" not in err
    kept = out.read_bytes()
    assert kept.endswith(b"\n") and len(records(out)) == n
    held.unlink()
    held.write_bytes(resume(7))
    code, _, err = run(["batch", *args])
    assert code == 0 and "3 documents" in err and f"{n} skipped" in err
    assert out.read_bytes().startswith(kept)
    got = records(out)
    assert len(got) == n + 3 == len({r["path"] for r in got})


@pytest.mark.skipif(not hasattr(os, "mkfifo") or not sys.platform.startswith("linux"), reason="POSIX, /proc")
def test_a_hard_kill_leaves_no_worker_behind_and_the_next_run_completes(tmp_path):
    first = tmp_path / "first"
    n = corpus(first, n_text=2)
    held = tmp_path / "held.txt"
    os.mkfifo(held)
    out = tmp_path / "out.jsonl"
    args = [str(first), str(held), "-o", str(out), "--workers", "1"]
    proc = start_batch(args)
    wait_for(lambda: line_count(out) == n, proc, "the first folder's records")
    children = [int(p) for p in open(f"/proc/{proc.pid}/task/{proc.pid}/children").read().split()]
    assert children  # the idle worker
    proc.kill()
    proc.communicate()
    with open(out, "ab") as fh:
        fh.write(b'{"path": "half a rec')  # what a kill in the middle of a write leaves

    def gone(pid):
        try:
            return open(f"/proc/{pid}/stat").read().split(")")[-1].split()[0] in "ZX"
        except FileNotFoundError:
            return True

    deadline = time.monotonic() + 30
    while not all(gone(p) for p in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(gone(p) for p in children)
    held.unlink()
    held.write_bytes(resume(7))
    code, _, err = run(["batch", *args])
    assert code == 0 and "dropped a half-written last record" in err and "1 document in" in err
    assert len(records(out)) == n + 1
