"""The engine under ``resumekit batch`` and ``resumekit.dask``: records as soon as they are done,
the hash of the very bytes parsed, errors as records, and no worker outliving its parent."""
import contextlib
import hashlib
import io
import os
import subprocess
import sys
import textwrap
import time

import pytest

from resumekit import ParseOptions
from resumekit.batch import Batch
from resumekit.records import Record
from resumekit.worker import Job, WorkerPool

from .conftest import FIXTURES, ROOT


def nap(source, name, options):
    time.sleep(source)
    return source


def test_unordered_results_come_as_they_are_done():
    with WorkerPool(nap, ParseOptions(), workers=2) as pool:
        got = [outcome for _, outcome in pool.run([Job(s, str(s)) for s in (1.0, 0.01, 0.02, 0.03)], ordered=False)]
    assert sorted(got) == [0.01, 0.02, 0.03, 1.0] and got[-1] == 1.0  # the slow one did not hold the others


def test_a_batch_gives_a_record_per_path_with_the_hash_of_its_bytes(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"Marguerite Fallowfield\n" * 200)
    paths = [str(FIXTURES / "minimal.txt"), str(tmp_path / "missing.pdf"), str(big)]
    batch = Batch(ParseOptions(max_bytes=1000), workers=2)
    got = {r.path: r for r in batch.records(paths)}
    assert set(got) == set(paths)
    ok = got[paths[0]]
    assert ok.ok and ok.sha256 == hashlib.sha256((FIXTURES / "minimal.txt").read_bytes()).hexdigest()
    assert (got[paths[1]].error["code"], got[paths[1]].sha256) == ("not-found", None)
    assert got[paths[2]].error["code"] == "resource-limit" and "max-bytes" in got[paths[2]].error["hint"]
    assert got[paths[2]].sha256 == hashlib.sha256(big.read_bytes()).hexdigest()  # hashed, never parsed
    assert batch.peak_memory > 0 or not hasattr(os, "fork")


class Remote:
    """An opener standing for a remote file system: an object store of bytes, and its failures."""

    def __init__(self, objects):
        self.objects = objects

    def __call__(self, url):
        item = self.objects.get(url)
        if item is None:
            raise FileNotFoundError(url)
        if isinstance(item, Exception):
            raise item
        return contextlib.closing(io.BytesIO(item))


def test_a_batch_reads_through_an_opener_and_turns_its_failures_into_records():
    text = (FIXTURES / "minimal.txt").read_bytes()
    store = Remote({"mem://a/cv.txt": text, "mem://a/big.txt": b"x" * 2000,
                    "mem://a/denied.pdf": PermissionError("403 Forbidden")})
    batch = Batch(ParseOptions(max_bytes=1000), workers=1, opener=store)
    got = {r.path: r for r in batch.records(["mem://a/cv.txt", "mem://a/big.txt", "mem://a/denied.pdf",
                                             "mem://a/gone.pdf"])}
    assert got["mem://a/cv.txt"].ok and got["mem://a/cv.txt"].sha256 == hashlib.sha256(text).hexdigest()
    assert got["mem://a/big.txt"].error["code"] == "resource-limit"
    assert "2,000 bytes" in got["mem://a/big.txt"].error["message"]
    assert got["mem://a/denied.pdf"].error["code"] == "bad-input" and "403" in got["mem://a/denied.pdf"].error["message"]
    assert got["mem://a/gone.pdf"].error["code"] == "not-found"


def test_the_batch_candidate_is_the_one_parse_gives():
    import resumekit

    [record] = Batch(workers=1).records([str(FIXTURES / "one-column.pdf")])
    assert isinstance(record, Record)
    assert record.candidate_json == resumekit.parse(FIXTURES / "one-column.pdf").model_dump_json()


HANGING_PARENT = textwrap.dedent("""
    import sys, time
    from resumekit import ParseOptions
    from resumekit.worker import Job, WorkerPool

    def spin(source, name, options):
        while True:
            pass

    if __name__ == "__main__":
        method = sys.argv[1]
        with WorkerPool(spin, ParseOptions(timeout=None), start_method=method) as pool:
            jobs = pool.run([Job("x", "x")])
            import threading
            threading.Thread(target=lambda: next(jobs), daemon=True).start()
            while not pool.busy:
                time.sleep(0.01)
            print([w.process.pid for w in pool.busy.values()][0], flush=True)
            time.sleep(600)
""")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the kernel's parent-death signal is Linux's")
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_a_worker_busy_on_a_hanging_document_dies_with_its_parent(tmp_path, method):
    script = tmp_path / "parent.py"
    script.write_text(HANGING_PARENT)
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    proc = subprocess.Popen([sys.executable, str(script), method], stdout=subprocess.PIPE, text=True, env=env)
    child = int(proc.stdout.readline())
    proc.kill()
    proc.wait()

    def gone():
        try:
            return open(f"/proc/{child}/stat").read().split(")")[-1].split()[0] in "ZX"
        except FileNotFoundError:
            return True

    deadline = time.monotonic() + 30
    while not gone() and time.monotonic() < deadline:
        time.sleep(0.05)
    if not gone():
        os.kill(child, 9)
        pytest.fail("the worker outlived its parent")


def test_a_fork_server_starts_with_resumekit_imported():
    import multiprocessing.forkserver as forkserver

    WorkerPool(nap, ParseOptions(), start_method="forkserver").close()
    assert "resumekit.batch" in forkserver._forkserver._preload_modules


TBLIB_BATCH = textwrap.dedent("""
    import sys
    sys.path.insert(0, sys.argv[1])
    from tests.hostile import CASES
    from resumekit.batch import Batch
    import tblib.pickling_support
    tblib.pickling_support.install()  # what importing distributed does, for every exception class there is
    path = sys.argv[2]
    open(path, "wb").write(CASES["billion-laughs.docx"].build())
    [record] = Batch(workers=1, start_method=sys.argv[3]).records([path])
    print(record.error["code"])
""")


@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_errors_cross_to_the_parent_where_every_exception_pickles_its_cause(tmp_path, method):
    pytest.importorskip("tblib")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run([sys.executable, "-c", TBLIB_BATCH, str(ROOT), str(tmp_path / "laughs.docx"), method],
                         capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "corrupt-docx", out.stderr[-2000:]
