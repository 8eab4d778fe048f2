"""``extract_all`` with forked worker processes: each worker runs one BLAS thread."""

from __future__ import annotations

import multiprocessing

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


def _blas_threads_in_worker(document: Document):
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
