"""Serializations (issue 7, part 6): Turtle, N-Triples, N-Quads, TriG and JSON-LD round trips.

Each format is written with :func:`teia.graph.io.serialize`, read back from a file with
:func:`teia.graph.io.load_graph` and compared by graph isomorphism: the merged triples for
every format, and graph by graph for the formats that keep named graphs (N-Quads, TriG).
JSON-LD is written with the local context (``teia/ontology/context.jsonld``) inline; a
JSON-LD file that points at an external context is refused, never downloaded.
"""

from __future__ import annotations

import json
import urllib.request
from decimal import Decimal

import pytest
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import SKOS

from teia.errors import InputError
from teia.graph.io import load_graph, serialize
from teia.ontology.namespace import CONTEXT_PATH, NIF, REL, TEIA

SUFFIX = {"turtle": ".ttl", "nt": ".nt", "nquads": ".nq", "trig": ".trig", "json-ld": ".jsonld"}
QUAD_FORMATS = ("nquads", "trig")
ID = "https://w3id.org/teia/id/"


def union(ds: Graph) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


def named_graphs(ds: Graph) -> dict[str, Graph]:
    out: dict[str, Graph] = {}
    for s, p, o, ctx in ds.quads((None, None, None, None)):
        name = str(ctx.identifier if isinstance(ctx, Graph) else ctx)
        out.setdefault(name, Graph()).add((s, p, o))
    return out


def round_trip(ds: Graph, fmt: str, tmp_path) -> Dataset:
    path = tmp_path / f"graph{SUFFIX[fmt]}"
    path.write_text(serialize(ds, fmt), encoding="utf-8")
    return load_graph(path)


def assert_same(original: Graph, back: Dataset, fmt: str) -> None:
    assert isomorphic(union(original), union(back)), f"{fmt}: the triples differ after a round trip"
    if fmt in QUAD_FORMATS and original.context_aware:
        before, after = named_graphs(original), named_graphs(back)
        assert sorted(before) == sorted(after), f"{fmt}: the named graphs differ"
        for name, g in before.items():
            assert isomorphic(g, after[name]), f"{fmt}: graph {name} differs after a round trip"


def hand_made() -> Dataset:
    """A small dataset with the literal kinds teia writes, plus awkward text."""
    ds = Dataset(default_union=True)
    doc = URIRef(ID + "doc/0123456789abcdef")
    ents = ds.graph(URIRef(ID + "graph/entities"))
    g = ds.graph(doc)
    lenin = URIRef(ID + "person/vladimir-lenin")
    party = URIRef(ID + "organization/partido-bolchevique")
    st = URIRef(ID + "statement/00aa11bb22cc33dd")
    t = URIRef(ID + "time/1920-08-13-1920-08-25")
    ents.add((lenin, RDF.type, TEIA.Person))
    ents.add((lenin, RDFS.label, Literal("Vladimir Lenin", lang="pt")))
    ents.add((lenin, SKOS.altLabel, Literal("Lênin", lang="pt")))
    ents.add((lenin, SKOS.altLabel, Literal("Ulianov", lang="pt-BR")))
    ents.add((URIRef(ID + "build/abc"), RDF.type, TEIA.Build))
    ents.add((URIRef(ID + "build/abc"), URIRef("http://www.w3.org/ns/prov#startedAtTime"), Literal("2026-11-27T21:00:00+00:00", datatype=XSD.dateTime)))
    g.add((doc, RDF.type, TEIA.Document))
    g.add((doc, TEIA.path, Literal("sub dir/ação «citação».txt")))
    g.add((lenin, TEIA.led, party))
    g.add((lenin, REL["exilar_em"], URIRef(ID + "place/suíça")))
    g.add((st, RDF.type, TEIA.RelationStatement))
    g.add((st, RDF.subject, lenin))
    g.add((st, RDF.predicate, TEIA.led))
    g.add((st, RDF.object, party))
    g.add((st, TEIA.sentence, Literal('Ele disse: "já"\n\tEm 1903, «liderou» a facção\\bolchevique.')))
    g.add((st, TEIA.confidence, Literal(Decimal("0.700"))))
    g.add((st, TEIA.polarity, Literal(False)))
    g.add((st, TEIA.modality, Literal("asserted")))
    g.add((st, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
    g.add((st, NIF.endIndex, Literal(57, datatype=XSD.nonNegativeInteger)))
    g.add((st, TEIA.statementTime, t))
    g.add((t, RDF.type, TEIA.TimeInterval))
    g.add((t, TEIA.start, Literal("1920-08-13", datatype=XSD.date)))
    g.add((t, TEIA.end, Literal("1920-08-25", datatype=XSD.date)))
    g.add((t, TEIA.normalized, Literal(True)))
    g.add((t, TEIA.text, Literal("")))
    for value, dt in (("1920", XSD.gYear), ("1920-08", XSD.gYearMonth)):
        g.add((URIRef(ID + f"time/{value}"), TEIA.start, Literal(value, datatype=dt)))
    ds.add((URIRef("urn:x:default"), RDFS.comment, Literal("a triple in the default graph")))
    # one node read in two documents: in the merged graph its properties have two values, the
    # first of them "falsy" (offset 0, false, empty text, integer 0), which rdflib's JSON-LD
    # converter used to drop
    battle = URIRef(ID + "battle/batalha-de-varsovia")
    other = ds.graph(URIRef(ID + "doc/fedcba9876543210"))
    for graph, begin, polarity, text, count in ((g, 0, False, "", 0), (other, 296, True, "x", 3)):
        graph.add((battle, NIF.beginIndex, Literal(begin, datatype=XSD.nonNegativeInteger)))
        graph.add((battle, TEIA.polarity, Literal(polarity)))
        graph.add((battle, TEIA.text, Literal(text)))
        graph.add((battle, URIRef("https://example.org/count"), Literal(count)))
        graph.add((battle, URIRef("https://example.org/flag"), Literal(not polarity)))
    return ds


@pytest.mark.parametrize("fmt", list(SUFFIX))
def test_hand_made_dataset_round_trips(fmt, tmp_path):
    ds = hand_made()
    assert_same(ds, round_trip(ds, fmt, tmp_path), fmt)


@pytest.mark.parametrize("fmt", list(SUFFIX))
def test_plain_graph_round_trips(fmt, tmp_path):
    g = union(hand_made())
    back = round_trip(g, fmt, tmp_path)
    assert isomorphic(g, union(back))


@pytest.fixture(scope="module")
def corpus_dataset(blank_corpus_graph):
    kg, out = blank_corpus_graph
    return kg.dataset, out


@pytest.mark.parametrize("fmt", list(SUFFIX))
def test_corpus_graph_round_trips(fmt, corpus_dataset, tmp_path):
    ds, _ = corpus_dataset
    assert_same(ds, round_trip(ds, fmt, tmp_path), fmt)


@pytest.mark.parametrize("name", ["graph.ttl", "graph.nt", "graph.trig", "graph.jsonld"])
def test_build_output_files_hold_the_same_graph(name, corpus_dataset):
    ds, out = corpus_dataset
    reference = load_graph(out / "graph.nq")
    assert_same(ds, reference, "nquads")
    path = out / name
    if not path.exists():
        pytest.skip(f"the build does not write {name}")
    fmt = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld"}[path.suffix]
    assert_same(reference, load_graph(path), fmt)


def test_ntriples_and_nquads_are_deterministic(corpus_dataset):
    ds, out = corpus_dataset
    for fmt, name in (("nt", "graph.nt"), ("nquads", "graph.nq")):
        text = serialize(ds, fmt)
        assert text == serialize(load_graph(out / "graph.nq"), fmt)
        assert text == (out / name).read_text(encoding="utf-8")
        lines = text.splitlines()
        assert lines == sorted(set(lines))


def test_trig_does_not_depend_on_the_order_graphs_were_added(corpus_dataset):
    """rdflib writes a dataset's graphs in its store's order; teia sorts them, so the same
    quads added in another order give the same TriG bytes, and the TriG reads back whole."""
    ds, _ = corpus_dataset
    graphs = [g for g in ds.graphs() if len(g)]
    assert len(graphs) > 2
    copies = []
    for order in (graphs, list(reversed(graphs))):
        copy = Dataset()
        for ns_prefix, ns in ds.namespaces():
            copy.bind(ns_prefix, ns)
        for g in order:
            target = copy.graph(g.identifier)
            for triple in sorted(g):
                target.add(triple)
        copies.append(serialize(copy, "trig"))
    assert copies[0] == copies[1]
    back = Dataset()
    back.parse(data=copies[0], format="trig")
    assert serialize(back, "nquads") == serialize(ds, "nquads")


def test_jsonld_does_not_depend_on_the_order_triples_were_added(corpus_dataset):
    """The JSON-LD converter lists nodes and values in the store's order; teia sorts the
    arrays, so the same triples added in another order give the same bytes."""
    ds, _ = corpus_dataset
    triples = sorted(set(serialize(ds, "nt").splitlines()))
    texts = []
    for order in (triples, list(reversed(triples))):
        g = Graph()
        for ns_prefix, ns in ds.namespaces():
            g.bind(ns_prefix, ns)
        g.parse(data="\n".join(order) + "\n", format="nt")
        texts.append(serialize(g, "json-ld"))
    assert texts[0] == texts[1]
    back = Graph()
    back.parse(data=texts[0], format="json-ld")
    assert serialize(back, "nt") == serialize(ds, "nt")


def test_jsonld_uses_the_local_context_inline():
    text = serialize(hand_made(), "json-ld")
    doc = json.loads(text)
    local = json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]
    assert doc["@context"] == local
    assert '"altLabel"' in text and '"label"' in text, "terms of the context compact the output"
    assert "https://w3id.org/teia/ontology#led" not in text


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("teia tried to download a JSON-LD context")

    monkeypatch.setattr(urllib.request, "urlopen", refuse)


@pytest.mark.parametrize(
    "context",
    [
        "https://example.org/context.jsonld",
        ["https://example.org/context.jsonld", {"ex": "https://example.org/"}],
        {"@version": 1.1, "@import": "https://example.org/context.jsonld"},
    ],
)
def test_jsonld_with_an_external_context_is_refused_offline(context, tmp_path, no_network):
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps({"@context": context, "@id": "https://example.org/a", "label": "x"}), encoding="utf-8")
    with pytest.raises(InputError, match="does not fetch"):
        load_graph(path)


def test_jsonld_with_a_nested_external_context_is_refused(tmp_path, no_network):
    path = tmp_path / "nested.jsonld"
    doc = {"@context": {"ex": "https://example.org/"}, "@graph": [{"@context": "https://example.org/c.jsonld", "@id": "ex:a"}]}
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InputError, match="does not fetch"):
        load_graph(path)


def test_jsonld_that_is_not_json_is_a_clean_error(tmp_path):
    path = tmp_path / "broken.jsonld"
    path.write_text('{"@context": {', encoding="utf-8")
    with pytest.raises(InputError, match="not valid json-ld"):
        load_graph(path)


def test_jsonld_without_context_reads_with_the_local_one(tmp_path, no_network):
    path = tmp_path / "bare.jsonld"
    path.write_text(json.dumps({"@id": ID + "person/x", "label": {"@value": "X", "@language": "pt"}}), encoding="utf-8")
    g = union(load_graph(path))
    assert (URIRef(ID + "person/x"), RDFS.label, Literal("X", lang="pt")) in g


# characters str.splitlines breaks at that N-Triples leaves unescaped inside a literal
LINE_LIKE = "\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"


def test_sorted_lines_keep_literals_with_line_like_characters(tmp_path):
    from teia.build.distributed import read_shard_lines
    from teia.build.tasks import dataset_quads
    from teia.graph.io import sorted_nquads, sorted_ntriples

    ds = Dataset()
    g = ds.graph(URIRef(ID + "doc/a"))
    for n, ch in enumerate(LINE_LIKE):
        g.add((URIRef(ID + f"e{n}"), RDFS.label, Literal(f"antes{ch}depois", lang="pt")))
    g.add((URIRef(ID + "e9"), RDFS.comment, Literal("linha\nnova\r\ttab")))
    quads = sorted_nquads(ds)
    assert quads.count("\n") == len(LINE_LIKE) + 1  # one line per quad, none cut
    (tmp_path / "g.nq").write_text(quads, encoding="utf-8")
    back = load_graph(tmp_path / "g.nq")
    assert isomorphic(union(back), union(ds))
    triples = sorted_ntriples(ds)
    assert triples.count("\n") == len(LINE_LIKE) + 1
    assert isomorphic(Graph().parse(data=triples, format="nt"), union(ds))
    assert "".join(dataset_quads(ds)) == quads  # the distributed run's lines
    (tmp_path / "part.nq").write_text(quads, encoding="utf-8")
    assert "".join(read_shard_lines(tmp_path / "part.nq")) == quads
