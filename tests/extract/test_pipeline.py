"""``extract_all`` with forked worker processes: each worker runs one BLAS thread, and a
worker that dies, stops or raises is an error in the parent, never an endless wait."""

from __future__ import annotations

import multiprocessing
import os
import subprocess
import sys
import textwrap

import pytest
from threadpoolctl import threadpool_info

from teia.extract import pipeline
from teia.records import Document

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork"
)


def _blas_threads() -> list[int]:
    """Threads of each BLAS library loaded in this process."""
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def _blas_threads_in_worker(nlp, document: Document):
    """Stands in for the per-document extraction: reports the worker's BLAS threads."""
    return document.id, _blas_threads()


def test_forked_workers_run_one_blas_thread(monkeypatch):
    monkeypatch.setattr(pipeline, "_extract_in_worker", _blas_threads_in_worker)
    docs = [Document(id=f"d{i}", text="Lenin chegou a Petrogrado.") for i in range(4)]
    results = list(pipeline._extract_forked(docs, nlp=object(), n_process=2, progress=None))
    assert [doc_id for doc_id, _ in results] == ["d0", "d1", "d2", "d3"]
    for _doc_id, threads in results:
        assert threads, "NumPy's BLAS not found in the worker"
        assert threads == [1] * len(threads)


def test_the_parent_keeps_its_blas_threads(monkeypatch):
    before = _blas_threads()
    monkeypatch.setattr(pipeline, "_extract_in_worker", _blas_threads_in_worker)
    docs = [Document(id="d0", text="Varsóvia.")]
    list(pipeline._extract_forked(docs, nlp=object(), n_process=2, progress=None))
    assert _blas_threads() == before


def _extraction_error(setup: str, worker: str, n_docs: int) -> str:
    """Run ``setup`` (which defines the function ``worker``, the per-document work) and then
    ``_extract_forked`` over ``n_docs`` documents in a fresh interpreter; return the line of
    the WorkerError, after checking that no worker process is left. A fresh interpreter
    because the old pool waited forever on a dead worker: a regression must end as a failed
    test (a generous timeout), not as a hung suite."""
    code = textwrap.dedent(setup) + textwrap.dedent(f"""
        import multiprocessing
        from teia.errors import WorkerError
        from teia.extract import pipeline
        from teia.records import Document

        pipeline._extract_in_worker = {worker}
        docs = [Document(id=f"d{{i}}", text="Lenin chegou.") for i in range({n_docs})]
        try:
            list(pipeline._extract_forked(docs, nlp=None, n_process=2, progress=None))
        except WorkerError as exc:
            print("ERROR", exc)
        print("LEFT", len(multiprocessing.active_children()))
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    error, left = done.stdout.splitlines()
    assert left == "LEFT 0"
    assert error.startswith("ERROR extraction worker (process ")
    return error


def test_a_killed_worker_is_one_clear_error():
    error = _extraction_error("""
        import os, signal

        def dies_on_d3(nlp, document):
            if document.id == "d3":
                os.kill(os.getpid(), signal.SIGKILL)
            return document.id
    """, "dies_on_d3", 8)
    assert "was killed by SIGKILL while working on" in error and "d3" in error


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="the stall check reads /proc")
def test_a_worker_blocked_on_a_lock_held_at_fork_is_stopped():
    # the hazard of forking a threaded process: a thread of the parent holds a lock at the
    # moment of the fork; in the worker no thread will ever release it. The parent's SIGTERM
    # handler is a Python function, as during a build (teia.graph.outdir).
    error = _extraction_error("""
        import signal, threading
        from teia.extract import workers

        signal.signal(signal.SIGTERM, lambda signum, frame: None)
        workers.STALL_S = 1.0
        workers._CHECK_S = 0.2
        held, taken, never = threading.Lock(), threading.Event(), threading.Event()

        def holder():
            with held:
                taken.set()
                never.wait()

        threading.Thread(target=holder, daemon=True).start()
        taken.wait()

        def needs_the_lock(nlp, document):
            with held:
                return document.id
    """, "needs_the_lock", 4)
    assert "stopped: it used no CPU time for 1 s while working on d" in error


def test_an_exception_in_a_worker_is_raised_in_the_parent(monkeypatch):
    def fails_on_d2(nlp, document):
        if document.id == "d2":
            raise ValueError(f"cannot read {document.id}")
        return document.id

    monkeypatch.setattr(pipeline, "_extract_in_worker", fails_on_d2)
    docs = [Document(id=f"d{i}", text="Varsóvia.") for i in range(5)]
    with pytest.raises(ValueError, match="cannot read d2") as info:
        list(pipeline._extract_forked(docs, nlp=None, n_process=2, progress=None))
    assert any("in a worker process" in note for note in getattr(info.value, "__notes__", []))
    assert multiprocessing.active_children() == []


def test_results_come_in_input_order_from_uneven_workers(monkeypatch):
    def slow_on_even(nlp, document):
        n = int(document.id[1:])
        sum(range(200_000 if n % 2 == 0 else 1))  # uneven work, no sleeping
        return document.id

    monkeypatch.setattr(pipeline, "_extract_in_worker", slow_on_even)
    docs = [Document(id=f"d{i}", text="x") for i in range(25)]
    assert list(pipeline._extract_forked(docs, nlp=None, n_process=3, progress=None)) == [d.id for d in docs]
