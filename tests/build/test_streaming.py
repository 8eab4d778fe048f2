"""The build writes its graph document by document: no whole-corpus rdflib Dataset unless a
format asked for needs one (Turtle, TriG, JSON-LD), and ``--store`` gets each document's graph
as it is written. The files are those of the whole dataset, byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import teia
from teia.build import steps
from teia.errors import InputError
from teia.graph.io import serialize

DOCS = ("02_lenin.txt", "06_batalha_de_varsovia.txt", "08_pilsudski.txt")


@pytest.fixture()
def small_corpus(tmp_path, corpus_dir) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in DOCS:
        shutil.copy(corpus_dir / name, folder / name)
    return folder


@pytest.fixture()
def whole_graphs(monkeypatch) -> list[int]:
    """Counts the whole-corpus datasets the build makes (``steps.graph_of``)."""
    made: list[int] = []
    real = steps.build_dataset

    def counted(*args, **kwargs):
        made.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(steps, "build_dataset", counted)
    return made


def test_default_build_streams_without_the_whole_dataset(small_corpus, tmp_path, whole_graphs):
    out = tmp_path / "out"
    kg = teia.build(small_corpus, out=out, model="blank")
    assert whole_graphs == []  # graph.nq and graph.nt written without it
    assert sorted(p.name for p in out.iterdir()) == ["graph.nq", "graph.nt", "link-log.jsonl", "merge-log.jsonl", "segments.jsonl"]
    assert kg.written.triples == len((out / "graph.nt").read_bytes().splitlines())
    # the dataset, made from the records when first read, serializes to the same bytes
    assert (out / "graph.nq").read_text(encoding="utf-8") == serialize(kg.dataset, "nquads")
    assert (out / "graph.nt").read_text(encoding="utf-8") == serialize(kg.dataset, "nt")
    assert whole_graphs == [1]
    kg.stats()
    assert whole_graphs == [1]  # made once, then kept


def test_whole_graph_formats_only_when_asked(small_corpus, tmp_path, whole_graphs):
    out = tmp_path / "out"
    kg = teia.build(small_corpus, out=out, model="blank", formats=["ttl", "jsonld"])
    assert whole_graphs == [1]
    assert {p.name for p in out.iterdir()} >= {"graph.ttl", "graph.jsonld"}
    assert not (out / "graph.nq").exists() and not (out / "graph.trig").exists()
    assert (out / "graph.ttl").read_text(encoding="utf-8") == serialize(kg.dataset, "turtle")
    assert whole_graphs == [1]  # the build's dataset is the one the result holds


def test_formats_are_checked_before_anything_runs(small_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(steps, "make_pipeline", lambda *a, **k: pytest.fail("extraction started"))
    with pytest.raises(InputError, match=r"--formats nq,rdf: unknown format 'rdf' \(use one or more of nq, nt, ttl, trig, jsonld, or all\)"):
        teia.build(small_corpus, out=tmp_path / "out", formats="nq,rdf")
    assert not (tmp_path / "out").exists()
    assert steps.formats_of(["all"]) == ("nq", "nt", "ttl", "trig", "jsonld")
    assert steps.formats_of(" TTL, .nq ") == ("nq", "ttl")


def test_store_gets_exactly_the_quads_of_the_build(small_corpus, tmp_path):
    import pyoxigraph as ox

    out, store = tmp_path / "out", tmp_path / "store"
    kg = teia.build(small_corpus, out=out, model="blank", store=store, formats="nq")
    assert kg.written.store.added and not kg.written.store.unchanged
    lines = (out / "graph.nq").read_text(encoding="utf-8").splitlines()
    st = ox.Store(str(store))
    loaded = ox.Store()  # the file loaded by Oxigraph (which stores numbers in canonical form)
    loaded.load(path=str(out / "graph.nq"), format=ox.RdfFormat.N_QUADS)
    assert len(st) == len(lines) and set(st) == set(loaded)
    del st

    # without the output folder too, and a second build leaves every document alone
    (small_corpus / DOCS[0]).unlink()
    again = teia.build(small_corpus, model="blank", store=store)
    assert again.written.files == ()
    assert len(again.written.store.removed) == 1 and len(again.written.store.unchanged) == len(DOCS) - 1


def test_store_is_opened_before_extraction(small_corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(steps, "make_pipeline", lambda *a, **k: pytest.fail("extraction started"))
    not_a_store = tmp_path / "notes"
    not_a_store.mkdir()
    (not_a_store / "a.txt").write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="not an Oxigraph store"):
        teia.build(small_corpus, out=tmp_path / "out", store=not_a_store)
    assert not (tmp_path / "out" / "graph.nq").exists()
