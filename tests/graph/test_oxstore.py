"""teia.load() with the Oxigraph backend: the same answers as rdflib's memory store."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import RDF, XSD

import teia
from teia.errors import InputError
from teia.graph.io import sorted_nquads
from teia.graph.oxstore import TeiaOxigraphStore, load_file, oxigraph_of
from teia.graph.query import run_query
from teia.graph.store import bulk_load_files, open_store
from teia.ontology.namespace import TEIA

QUERIES = Path(__file__).resolve().parents[2] / "examples" / "queries"


@pytest.fixture(scope="module")
def both(blank_corpus_graph):
    _, out = blank_corpus_graph
    return teia.load(out, backend="memory"), teia.load(out, backend="oxigraph")


def test_backends_are_what_was_asked(both):
    memory, ox = both
    assert oxigraph_of(memory.dataset) is None
    assert isinstance(ox.dataset, Dataset) and isinstance(ox.dataset.store, TeiaOxigraphStore)
    assert oxigraph_of(ox.dataset) is not None


def test_same_quads_and_terms(both):
    memory, ox = both
    assert len(ox.dataset) == len(memory.dataset)

    def quads(ds):  # Oxigraph writes decimals in canonical form: 0.7 for the 0.700 of the file
        return {
            tuple(Literal(format(Decimal(str(t)).normalize(), "f"), datatype=XSD.decimal) if isinstance(t, Literal) and t.datatype == XSD.decimal else t for t in q)
            for q in ds.quads((None, None, None, None))
        }

    assert quads(ox.dataset) == quads(memory.dataset)
    assert sorted_nquads(ox.dataset).count("\n") == sorted_nquads(memory.dataset).count("\n")
    # a plain string comes back plain (no explicit xsd:string), as rdflib parses it
    status = next(ox.dataset.objects(None, TEIA.mergeStatus))
    assert status.datatype is None and status == Literal(str(status))
    begin = next(ox.dataset.objects(None, URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex")))
    assert begin.datatype == XSD.nonNegativeInteger


def _normal_row(row) -> tuple[str, ...]:
    """Oxigraph writes numbers in canonical form (0.5 for 0.500); GROUP_CONCAT order is unspecified."""

    def normal(t) -> str:
        if t is None:
            return ""
        if isinstance(t, Literal) and t.datatype in (XSD.decimal, XSD.integer, XSD.nonNegativeInteger):
            return format(Decimal(str(t)).normalize(), "f")
        return " | ".join(sorted(str(t).split(" | ")))  # GROUP_CONCAT keeps the language on Oxigraph only

    return tuple(map(normal, row))


@pytest.mark.parametrize("name", sorted(p.name for p in QUERIES.glob("*.rq")))
def test_cookbook_answers_are_the_same(both, name):
    memory, ox = both
    text = (QUERIES / name).read_text(encoding="utf-8")
    a, b = memory.query(text), ox.query(text)
    assert a.vars == b.vars
    assert sorted(map(_normal_row, a.rows)) == sorted(map(_normal_row, b.rows))


def test_library_functions_agree(both):
    memory, ox = both
    assert ox.stats() == memory.stats()
    assert ox.timeline() == memory.timeline()
    assert ox.validate().conforms == memory.validate().conforms
    g1, g2 = memory.to_networkx(), ox.to_networkx()
    assert (g1.number_of_nodes(), g1.number_of_edges()) == (g2.number_of_nodes(), g2.number_of_edges())


def test_auto_picks_the_memory_store_for_a_small_graph(blank_corpus_graph):
    _, out = blank_corpus_graph
    assert oxigraph_of(teia.load(out).dataset) is None


def test_auto_picks_oxigraph_from_the_threshold(blank_corpus_graph, monkeypatch):
    import teia.api

    _, out = blank_corpus_graph
    monkeypatch.setattr(teia.api, "OXIGRAPH_FROM_BYTES", (out / "graph.nq").stat().st_size)
    assert oxigraph_of(teia.load(out).dataset) is not None


def test_a_store_directory_is_loaded_read_only_in_place(blank_corpus_graph, tmp_path):
    _, out = blank_corpus_graph
    store = open_store(tmp_path / "store", create=True)
    bulk_load_files(store, [out / "graph.nq"])
    del store
    kg = teia.load(tmp_path / "store")
    people = run_query(kg.dataset, "SELECT ?p WHERE { ?p a <https://w3id.org/teia/ontology#Person> }")
    assert people.rows
    assert set(kg.dataset.subjects(RDF.type, TEIA.Person)) == {r[0] for r in people.rows}
    with pytest.raises(InputError, match="backend='oxigraph'"):
        teia.load(tmp_path / "store", backend="memory")


def test_bad_input_is_one_clear_error(tmp_path):
    bad = tmp_path / "graph.nq"
    bad.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="graph.nq"):
        teia.load(bad, backend="oxigraph")
    empty = tmp_path / "empty.nq"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        load_file(empty)
    with pytest.raises(InputError, match="jsonld"):
        load_file(tmp_path / "graph.jsonld")
    with pytest.raises(ValueError, match="backend"):
        teia.load(bad, backend="fast")


def test_teia_query_keeps_a_big_graph_in_oxigraph(blank_corpus_graph, monkeypatch):
    import csv
    import io

    from typer.testing import CliRunner

    import teia.api
    import teia.graph.query as q
    from teia.cli import app

    _, out = blank_corpus_graph
    people = str(QUERIES / "people.rq")

    def names() -> list[str]:
        res = CliRunner().invoke(app, ["query", str(out), people, "--format", "csv"])
        assert res.exit_code == 0, res.output
        return sorted(row["name"] for row in csv.DictReader(io.StringIO(res.stdout)))

    calls = []
    real = q._run_oxigraph
    monkeypatch.setattr(q, "_run_oxigraph", lambda *a, **k: calls.append(1) or real(*a, **k))
    small = names()
    assert not calls  # below the threshold: rdflib
    monkeypatch.setattr(teia.api, "OXIGRAPH_FROM_BYTES", 1)
    assert names() == small and calls  # from the threshold on: the same answers, from Oxigraph
