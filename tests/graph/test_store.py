"""Tests of the on-disk Oxigraph store (teia.graph.store), on small hand-made datasets."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from teia.errors import InputError, OutputError
from teia.graph.query import run_query
from teia.graph.store import (
    ENTITIES_GRAPH,
    bulk_load_files,
    documents_in_dataset,
    documents_in_store,
    load_dataset,
    open_store,
    remove_document,
    replace_document,
    sync_documents,
)

TEIA = Namespace("https://w3id.org/teia/ontology#")
ENT = Namespace("https://w3id.org/teia/id/entity/")
DOC_A = URIRef("https://w3id.org/teia/id/doc/00000000000000aa")
DOC_B = URIRef("https://w3id.org/teia/id/doc/00000000000000bb")
DOC_C = URIRef("https://w3id.org/teia/id/doc/00000000000000cc")


def _doc(ds: Dataset, iri: URIRef, path: str, sha: str, facts: list[tuple]) -> None:
    g = ds.graph(iri)
    g.add((iri, RDF.type, TEIA.Document))
    g.add((iri, TEIA.sha256, Literal(sha)))
    g.add((iri, TEIA.path, Literal(path)))
    for fact in facts:
        g.add(fact)


def _entities(ds: Dataset, labels: dict[str, str]) -> None:
    g = ds.graph(URIRef(ENTITIES_GRAPH))
    for key, label in labels.items():
        g.add((ENT[key], RDF.type, TEIA.Person))
        g.add((ENT[key], RDFS.label, Literal(label, lang="pt")))


def corpus_v1() -> Dataset:
    ds = Dataset()
    _doc(ds, DOC_A, "lenine.txt", "a" * 64, [
        (ENT.lenin, TEIA.memberOf, ENT.bolcheviques),
        (ENT.lenin, RDFS.comment, Literal('Disse: "Todo o poder aos sovietes!"\nFim.', lang="pt")),
    ])
    _doc(ds, DOC_B, "komintern.txt", "b" * 64, [(ENT.zinoviev, TEIA.chairOf, ENT.komintern)])
    _doc(ds, DOC_C, "kronstadt.txt", "c" * 64, [(ENT.kronstadt, RDFS.label, Literal("Kronstadt"))])
    _entities(ds, {"lenin": "Lenine", "zinoviev": "Zinoviev"})
    return ds


def corpus_v2() -> Dataset:
    """A changed (B), an untouched (A), a vanished (C) and a new (D) document."""
    ds = Dataset()
    _doc(ds, DOC_A, "lenine.txt", "a" * 64, [
        (ENT.lenin, TEIA.memberOf, ENT.bolcheviques),
        (ENT.lenin, RDFS.comment, Literal('Disse: "Todo o poder aos sovietes!"\nFim.', lang="pt")),
    ])
    _doc(ds, DOC_B, "komintern.txt", "d" * 64, [(ENT.bukharin, TEIA.chairOf, ENT.komintern)])
    doc_d = URIRef("https://w3id.org/teia/id/doc/00000000000000dd")
    _doc(ds, doc_d, "trotski.txt", "e" * 64, [(ENT.trotsky, TEIA.memberOf, ENT.bolcheviques)])
    _entities(ds, {"lenin": "Lenine", "bukharin": "Bukharine"})
    return ds


def graph_triples(store: ox.Store, iri: str) -> set[str]:
    return {
        f"{q.subject} {q.predicate} {q.object}"
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode(iri))
    }


@pytest.fixture()
def store(tmp_path: Path) -> ox.Store:
    return open_store(tmp_path / "store", create=True)


def test_open_creates_and_reopens(tmp_path: Path) -> None:
    path = tmp_path / "new" / "store"
    st = open_store(path, create=True)
    load_dataset(st, corpus_v1())
    st.flush()
    del st
    again = open_store(path)
    assert len(documents_in_store(again)) == 3


def test_open_missing_store_without_create(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no Oxigraph store"):
        open_store(tmp_path / "nothing")


def test_open_non_store_directory_is_refused_and_untouched(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("not a store", encoding="utf-8")
    with pytest.raises(InputError, match="not an Oxigraph store"):
        open_store(tmp_path, create=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_open_file_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "graph.ttl"
    f.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="is a file"):
        open_store(f)


def test_open_locked_store_says_it_is_in_use(tmp_path: Path) -> None:
    path = tmp_path / "store"
    first = open_store(path, create=True)
    with pytest.raises(OutputError, match="in use"):
        open_store(path)
    # read-only opening is allowed while the writer holds it
    ro = open_store(path, read_only=True)
    assert len(ro) == len(first) == 0


def test_load_and_query(store: ox.Store) -> None:
    load_dataset(store, corpus_v1())
    assert {q.graph_name.value for q in store.quads_for_pattern(None, None, None, None)} == {
        str(DOC_A), str(DOC_B), str(DOC_C), ENTITIES_GRAPH,
    }
    res = run_query(store, "PREFIX t: <https://w3id.org/teia/ontology#> SELECT ?p WHERE { ?d t:path ?p } ORDER BY ?p")
    assert [str(r[0]) for r in res.rows] == ["komintern.txt", "kronstadt.txt", "lenine.txt"]


def test_load_nquads_file_and_bulk_load(tmp_path: Path) -> None:
    nq = tmp_path / "graph.nq"
    nq.write_text(corpus_v1().serialize(format="nquads"), encoding="utf-8")
    a = open_store(tmp_path / "a", create=True)
    load_dataset(a, nq)
    b = open_store(tmp_path / "b", create=True)
    bulk_load_files(b, [nq])
    assert len(a) == len(b) == len(list(corpus_v1().quads((None, None, None, None))))
    assert documents_in_store(a) == documents_in_store(b) == documents_in_dataset(corpus_v1())


def test_load_bad_file_is_input_error(tmp_path: Path, store: ox.Store) -> None:
    bad = tmp_path / "bad.nq"
    bad.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.nq"):
        load_dataset(store, bad)
    txt = tmp_path / "bad.txt"
    txt.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="unknown RDF file type"):
        load_dataset(store, txt)


def test_replace_document_leaves_others_untouched(store: ox.Store) -> None:
    ds = corpus_v1()
    load_dataset(store, ds)
    before_b = graph_triples(store, str(DOC_B))
    before_ent = graph_triples(store, ENTITIES_GRAPH)
    new = [
        (DOC_A, RDF.type, TEIA.Document),
        (ENT.lenin, RDFS.label, Literal("Vladímir Ilitch Lenine", lang="pt")),
        (ENT.lenin, TEIA.born, Literal("1870-04-22", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))),
    ]
    replace_document(store, str(DOC_A), new)
    assert graph_triples(store, str(DOC_B)) == before_b
    assert graph_triples(store, ENTITIES_GRAPH) == before_ent
    res = run_query(store, f"SELECT ?o WHERE {{ GRAPH <{DOC_A}> {{ ?s ?p ?o }} }} ORDER BY ?o", union_default_graph=False)
    assert len(res.rows) == 3
    assert Literal("Vladímir Ilitch Lenine", lang="pt") in [r[0] for r in res.rows]


def test_replace_document_keeps_tricky_literals(store: ox.Store) -> None:
    ds = corpus_v1()
    replace_document(store, str(DOC_A), ds.graph(DOC_A))
    res = run_query(store, "SELECT ?c WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#comment> ?c }")
    assert res.rows == [(Literal('Disse: "Todo o poder aos sovietes!"\nFim.', lang="pt"),)]


def test_remove_document_by_iri_and_by_path(store: ox.Store) -> None:
    load_dataset(store, corpus_v1())
    assert remove_document(store, str(DOC_C)) == [str(DOC_C)]
    assert remove_document(store, "komintern.txt") == [str(DOC_B)]
    assert remove_document(store, "missing.txt") == []
    assert set(documents_in_store(store)) == {str(DOC_A)}
    assert graph_triples(store, ENTITIES_GRAPH)


def test_documents_in_store_reads_hashes(store: ox.Store) -> None:
    load_dataset(store, corpus_v1())
    assert documents_in_store(store) == {str(DOC_A): "a" * 64, str(DOC_B): "b" * 64, str(DOC_C): "c" * 64}


def test_sync_report_and_content(store: ox.Store) -> None:
    first = sync_documents(store, corpus_v1())
    assert first.added == sorted([str(DOC_A), str(DOC_B), str(DOC_C)])
    assert (first.replaced, first.removed, first.unchanged) == ([], [], [])

    doc_a_before = graph_triples(store, str(DOC_A))
    v2 = corpus_v2()
    report = sync_documents(store, v2)
    doc_d = "https://w3id.org/teia/id/doc/00000000000000dd"
    assert report.added == [doc_d]
    assert report.replaced == [str(DOC_B)]
    assert report.removed == [str(DOC_C)]
    assert report.unchanged == [str(DOC_A)]
    assert report.summary() == "1 added, 1 replaced, 1 removed, 1 unchanged"

    assert graph_triples(store, str(DOC_A)) == doc_a_before
    assert not store.contains_named_graph(ox.NamedNode(str(DOC_C)))
    # the store now holds exactly the new dataset
    expected = ox.Store()
    load_dataset(expected, v2)
    assert sorted(map(str, store)) == sorted(map(str, expected))
    # entities graph replaced whole: Zinoviev gone, Bukharin there
    labels = {str(r[0]) for r in run_query(
        store, f"SELECT ?l WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?e <{RDFS.label}> ?l }} }}").rows}
    assert labels == {"Lenine", "Bukharine"}

    again = sync_documents(store, v2)
    assert not again.changed
    assert len(again.unchanged) == 3
