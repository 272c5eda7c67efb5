"""resumekit.dask: the batch engine over a Dask bag gives the records ``resumekit batch`` gives, on
a LocalCluster of two worker processes as on the default scheduler (skipped without the extra)."""
import copyreg
import json
import multiprocessing
import shutil

import pytest

# Importing distributed registers tblib's reducers for every exception class in the process
# (copyreg), which would change how every later test pickles errors: undone right after.
_PICKLING = copyreg.dispatch_table.copy()
dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
pytest.importorskip("fsspec")
copyreg.dispatch_table.clear()
copyreg.dispatch_table.update(_PICKLING)

import resumekit.dask as rdask  # noqa: E402
from resumekit.batch import Batch  # noqa: E402
from resumekit.errors import OptionsError  # noqa: E402

from .conftest import FIXTURES  # noqa: E402

NAMES = ["one-column.pdf", "heading-styles.docx", "minimal.txt", "markdown-front-matter.md"]


@pytest.fixture
def folder(tmp_path):
    for name in NAMES:
        shutil.copy(FIXTURES / name, tmp_path / name)
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type")
    return tmp_path


def local_records(paths):
    return [r.to_dict() for r in sorted(Batch(workers=1).records(paths), key=lambda r: paths.index(r.path))]


@pytest.mark.slow
def test_a_local_cluster_gives_the_records_of_a_local_batch(folder):
    paths = [str(folder / n) for n in [*NAMES, "broken.pdf"]] + [str(folder / "missing.txt")]
    urls = paths[:2] + ["file://" + p for p in paths[2:]]
    with dask.config.set({"distributed.worker.daemon": False}):
        with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, distributed.Client(cluster):
            got = rdask.parse_bag(urls, partition_size=2).compute()
    assert [r["path"] for r in got] == urls
    want = local_records(paths)
    for mine, theirs in zip(got, want):
        assert mine["ok"] == theirs["ok"] and mine["sha256"] == theirs["sha256"]
        if mine["ok"]:
            assert mine["candidate"] == theirs["candidate"]
    assert [r["error"]["code"] for r in got if not r["ok"]] == ["corrupt-pdf", "not-found"]


def test_globs_are_expanded_and_isolate_false_parses_in_the_task(folder):
    bag = rdask.parse_bag(str(folder / "*.pdf"), isolate=False)
    got = bag.compute(scheduler="sync")
    assert [r["path"] for r in got] == [str(folder / "broken.pdf"), str(folder / "one-column.pdf")]
    assert [r["ok"] for r in got] == [False, True]
    assert json.dumps(got)  # plain JSON values, ready for to_textfiles


def test_the_default_scheduler_runs_each_document_in_a_child_process(folder):
    got = rdask.parse_bag([str(folder / "minimal.txt")]).compute(scheduler="threads")
    assert got == local_records([str(folder / "minimal.txt")])


@pytest.mark.parametrize("url, found", [
    ("{d}/*.txt", ["minimal.txt"]),
    ("file://{d}/*.md", ["file://{d}/markdown-front-matter.md"]),
    ("{d}/[hm]*", ["heading-styles.docx", "markdown-front-matter.md", "minimal.txt"]),
    ("{d}/none-*.pdf", []),
    ("{d}/not-a-glob.pdf", ["not-a-glob.pdf"]),  # a plain path is kept as it is, found or not
])
def test_expand(folder, url, found):
    want = [f.format(d=folder) if "{d}" in f else str(folder / f) for f in found]
    assert rdask.expand(url.format(d=folder)) == want


def test_a_daemonic_worker_asks_for_the_setting_it_needs(folder, monkeypatch):
    monkeypatch.setitem(multiprocessing.current_process()._config, "daemon", True)
    with pytest.raises(OptionsError, match="distributed.worker.daemon"):
        rdask.parse_partition([str(folder / "minimal.txt")])
    assert rdask.parse_partition([str(folder / "minimal.txt")], isolate=False)[0]["ok"]
