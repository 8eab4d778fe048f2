"""``extract_all`` with forked worker processes: each worker runs one BLAS thread."""

from __future__ import annotations

import multiprocessing

import pytest
from threadpoolctl import threadpool_info

from teia.extract import pipeline
from teia.extract.records import Document

pytestmark = pytest.mark.skipif(
    "fork" not in multiprocessing.get_all_start_methods(), reason="needs fork"
)


def _blas_threads_in_worker(document: Document):
    """Stands in for the per-document extraction: reports the worker's BLAS threads."""
    return document.id, [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def test_forked_workers_run_one_blas_thread(monkeypatch):
    monkeypatch.setattr(pipeline, "_extract_in_worker", _blas_threads_in_worker)
    docs = [Document(id=f"d{i}", text="Lenin chegou a Petrogrado.") for i in range(4)]
    results = list(pipeline._extract_forked(docs, nlp=object(), n_process=2, progress=None))
    assert [doc_id for doc_id, _ in results] == ["d0", "d1", "d2", "d3"]
    for _doc_id, threads in results:
        assert threads, "NumPy's BLAS not found in the worker"
        assert threads == [1] * len(threads)


def test_the_parent_keeps_its_blas_threads(monkeypatch):
    before = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    monkeypatch.setattr(pipeline, "_extract_in_worker", _blas_threads_in_worker)
    docs = [Document(id="d0", text="Varsóvia.")]
    list(pipeline._extract_forked(docs, nlp=object(), n_process=2, progress=None))
    assert [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"] == before
