"""Smoke test of the benchmark's synthetic graph generator (shape only, no timings)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from rdflib import RDF, URIRef
from rdflib.namespace import SKOS, XSD

BENCH = Path(__file__).resolve().parents[1] / "bench"
T = "https://w3id.org/teia/ontology#"


@pytest.fixture(scope="module")
def synthetic():
    spec = importlib.util.spec_from_file_location("teia_bench_synthetic", BENCH / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def small(synthetic, tmp_path_factory):
    path = synthetic.ensure(2000, seed=7, path=tmp_path_factory.mktemp("syn") / "g.nq", quiet=True)
    return path, synthetic.load_rdflib(path)


def test_deterministic_for_a_seed(synthetic):
    a = list(synthetic.generate(2000, seed=7))
    assert a == list(synthetic.generate(2000, seed=7))
    assert a != list(synthetic.generate(2000, seed=8))
    assert len(a) == len(set(a))  # no duplicate quad


def test_size_is_about_the_target(synthetic, small):
    path, _ = small
    n = synthetic.count_quads(path)
    assert 2000 <= n < 2000 + 4000  # documents are added whole


def test_named_graphs_entities_and_documents(small):
    _, ds = small
    names = {str(g.identifier) for g in ds.graphs()}
    assert "https://w3id.org/teia/id/graph/entities" in names
    docs = set(ds.subjects(RDF.type, URIRef(T + "Document")))
    assert docs and all(str(d) in names for d in docs)  # one named graph per document
    assert set(ds.subjects(RDF.type, URIRef(T + "Person")))
    assert set(ds.objects(None, SKOS.altLabel))


def test_statements_mentions_events(small):
    _, ds = small
    statements = set(ds.subjects(RDF.type, URIRef(T + "RelationStatement")))
    assert statements
    for st in statements:
        conf = ds.value(st, URIRef(T + "confidence"))
        assert conf is not None and conf.datatype == XSD.decimal and 0 < conf.toPython() < 1
        assert ds.value(st, RDF.subject) is not None and ds.value(st, URIRef(T + "sentence")) is not None
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    mention = next(iter(ds.subjects(RDF.type, URIRef(T + "Mention"))))
    begin, end = ds.value(mention, URIRef(nif + "beginIndex")), ds.value(mention, URIRef(nif + "endIndex"))
    assert begin.datatype == XSD.nonNegativeInteger and begin.toPython() < end.toPython()
    assert set(ds.subjects(URIRef(T + "time"), None))  # events with a time
    assert set(ds.subjects(RDF.type, URIRef(T + "TimeInterval")))


def test_cookbook_runs_on_it(small):
    from teia.graph.query import run_query

    _, ds = small
    people = Path(__file__).resolve().parents[1] / "examples" / "queries" / "people.rq"
    res = run_query(ds, people.read_text(encoding="utf-8"))
    assert res.kind == "select" and res.rows


def test_days_and_wikipedia_links_as_the_builder_writes_them(small):
    _, ds = small
    first, last = URIRef(T + "firstDay"), URIRef(T + "lastDay")
    for t in ds.subjects(RDF.type, URIRef(T + "TimeInterval")):
        a, b = ds.value(t, first), ds.value(t, last)
        assert a.datatype == XSD.date and b.datatype == XSD.date and str(a) <= str(b)
        assert str(a)[:4] == str(ds.value(t, URIRef(T + "start")))[:4]
    owl_same = URIRef("http://www.w3.org/2002/07/owl#sameAs")
    topic = URIRef("http://xmlns.com/foaf/0.1/isPrimaryTopicOf")
    linked = [s for s, o in ds.subject_objects(owl_same) if str(o).startswith("http://pt.dbpedia.org/resource/")]
    assert linked and all(ds.value(s, topic) is not None for s in linked)


@pytest.mark.parametrize(
    ("args", "said"),
    [(["--base", "/nonexistent-checkout"], "--base /nonexistent-checkout: no checkout with a .venv"), (["--base", "/nonexistent-checkout", "--lines", "a,b"], "--lines 'a,b'")],
)
def test_mentionscans_refuses_bad_arguments_in_one_line(args, said, capsys):
    spec = importlib.util.spec_from_file_location("teia_bench_mentionscans", BENCH / "mentionscans.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    with pytest.raises(SystemExit) as stop:
        module.main(args)
    assert stop.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert said in err[-1] and "Traceback" not in "\n".join(err)
