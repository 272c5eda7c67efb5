"""Worker processes: a document that hangs, crashes or eats memory costs its own typed error and
nothing else; results come back in order; errors and Candidates cross the process boundary."""
import io
import os
import signal

import pytest

import resumekit
from resumekit import (Candidate, ParseOptions, ParseTimeoutError, ResourceLimitError, ResumekitError,
                       WorkerCrashError)
from resumekit.worker import Job, WorkerPool

from .conftest import FIXTURES

TEXT = (FIXTURES / "minimal.txt").read_bytes()


def spin(source, name, options):
    while True:  # a pure-Python loop that never ends, like pdfminer on a crafted file
        pass


def crash(source, name, options):
    os.kill(os.getpid(), signal.SIGSEGV)


def hog(source, name, options):
    return bytearray(4 * 1024 ** 3)  # 4 GiB


def pid(source, name, options):
    return os.getpid()


def echo(source, name, options):
    if source == "boom":
        raise ValueError("a defect")
    return source


def run(func, sources, **kw):
    options = kw.pop("options", ParseOptions())
    with WorkerPool(func, options, **kw) as pool:
        return [outcome for _, outcome in pool.run(Job(s, f"doc{i}") for i, s in enumerate(sources))]


def test_a_hang_is_stopped_and_the_next_document_still_parses():
    first, second = run(lambda s, n, o: spin(s, n, o) if s == "hang" else s, ["hang", "fine"],
                        options=ParseOptions(timeout=0.5), start_method="fork")
    assert isinstance(first, ParseTimeoutError) and first.limit == "timeout" and first.source == "doc0"
    assert "ParseOptions.timeout" in str(first)
    assert second == "fine"


@pytest.mark.skipif(not hasattr(signal, "SIGSEGV"), reason="POSIX signals")
def test_a_crash_costs_one_document():
    outcomes = run(lambda s, n, o: crash(s, n, o) if s == "crash" else s, ["a", "crash", "b"], start_method="fork")
    assert outcomes[0] == "a" and outcomes[2] == "b"
    assert isinstance(outcomes[1], WorkerCrashError) and "SIGSEGV" in outcomes[1].message


@pytest.mark.skipif(os.name != "posix", reason="address-space limits need setrlimit")
def test_memory_is_limited():
    [outcome] = run(hog, ["x"], options=ParseOptions(max_memory=256 * 1024 ** 2))
    assert isinstance(outcome, ResourceLimitError) and outcome.limit == "max_memory"
    assert "(CLI: --max-memory)" in str(outcome)


def test_a_defect_in_the_function_is_an_internal_error():
    assert isinstance(run(echo, ["boom"])[0], resumekit.InternalError)


def test_results_come_back_in_order_and_workers_are_recycled():
    outcomes = run(pid, list(range(9)), workers=2, tasks_per_worker=2)
    assert len(outcomes) == 9 and len(set(outcomes)) >= 5
    assert run(echo, list(range(40)), workers=3) == list(range(40))


def test_parse_many_takes_paths_bytes_and_files_and_never_raises(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4\n garbage")
    sources = [FIXTURES / "plain.txt", bad, TEXT, tmp_path / "missing.pdf", io.BytesIO(TEXT), 42]
    results = list(resumekit.parse_many(sources, workers=2))
    assert [r[0] for r in results] == sources
    kinds = [type(r[1]).__name__ for r in results]
    assert kinds == ["Candidate", "CorruptPDFError", "Candidate", "SourceNotFoundError", "Candidate", "OptionsError"]
    assert results[1][1].source == str(bad)
    assert results[4][1].model_dump() == results[2][1].model_dump()


def test_parse_many_with_spawned_workers():
    # "spawn" pickles the function by name and starts a fresh interpreter: what Windows and macOS do
    [(_, outcome)] = list(resumekit.parse_many([FIXTURES / "minimal.txt"], start_method="spawn"))
    assert isinstance(outcome, Candidate) and outcome.contact.emails


def test_parse_many_is_lazy():
    def endless():
        while True:
            yield TEXT
    first = next(resumekit.parse_many(endless(), workers=1))
    assert isinstance(first[1], Candidate)


def test_invalid_options_are_raised():
    with pytest.raises(ResumekitError):
        list(resumekit.parse_many([TEXT], options="fast"))


def stuck_in_c(source, name, options):
    import re

    return re.match(r"(a+)+$", "a" * 40 + "!")  # exponential backtracking inside the C regex engine


def test_a_document_stuck_in_c_is_stopped_too():
    [outcome] = run(stuck_in_c, ["x"], options=ParseOptions(timeout=0.5))
    assert isinstance(outcome, ParseTimeoutError)
