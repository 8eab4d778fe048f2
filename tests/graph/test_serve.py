"""Tests of the SPARQL endpoint (teia.graph.serve) against the real Oxigraph server.

Skipped when the ``oxigraph`` executable (PyPI ``oxigraph``) or ``SPARQLWrapper`` is missing.
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS

from teia.errors import InputError, TeiaError
from teia.graph.serve import ServerError, find_oxigraph, serve_forever, start_server
from teia.graph.store import load_dataset, open_store

pytestmark = pytest.mark.skipif(find_oxigraph() is None, reason="the oxigraph server is not installed")
SPARQLWrapper = pytest.importorskip("SPARQLWrapper")

TEIA = Namespace("https://w3id.org/teia/ontology#")
ENT = Namespace("https://w3id.org/teia/id/entity/")
DOC = URIRef("https://w3id.org/teia/id/doc/00000000000000aa")
ENTITIES = URIRef("https://w3id.org/teia/id/graph/entities")

SELECT = """PREFIX t: <https://w3id.org/teia/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?who ?label WHERE { ?who t:memberOf ?org ; rdfs:label ?label } ORDER BY ?who"""


def make_dataset() -> Dataset:
    ds = Dataset()
    doc = ds.graph(DOC)
    doc.add((DOC, RDF.type, TEIA.Document))
    doc.add((ENT.lenin, TEIA.memberOf, ENT.komintern))
    doc.add((ENT.zinoviev, TEIA.memberOf, ENT.komintern))
    ent = ds.graph(ENTITIES)
    ent.add((ENT.lenin, RDFS.label, Literal("Lenine", lang="pt")))
    ent.add((ENT.zinoviev, RDFS.label, Literal("Zinoviev")))
    return ds


@pytest.fixture(scope="module")
def store_dir(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "store"
    store = open_store(path, create=True)
    load_dataset(store, make_dataset())
    store.flush()
    del store  # release the RocksDB lock
    return path


def select(url: str, query: str) -> list[dict]:
    client = SPARQLWrapper.SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(SPARQLWrapper.JSON)
    client.setTimeout(20)
    return client.queryAndConvert()["results"]["bindings"]


EXPECTED = [
    {"who": {"type": "uri", "value": str(ENT.lenin)},
     "label": {"type": "literal", "value": "Lenine", "xml:lang": "pt"}},
    {"who": {"type": "uri", "value": str(ENT.zinoviev)},
     "label": {"type": "literal", "value": "Zinoviev"}},
]


def test_serve_store_and_query_over_http(store_dir: Path) -> None:
    with start_server(store_dir, port=0) as server:
        assert server.url.startswith("http://127.0.0.1:")
        assert server.query_url == server.url + "/query"
        assert select(server.query_url, SELECT) == EXPECTED
        proc = server.process
    assert proc.poll() is not None  # stopped on leaving the block


def test_read_only_server_refuses_updates(store_dir: Path) -> None:
    with start_server(store_dir, port=0) as server:
        client = SPARQLWrapper.SPARQLWrapper(server.query_url, updateEndpoint=server.update_url)
        client.setMethod(SPARQLWrapper.POST)
        client.setQuery(f"INSERT DATA {{ <{ENT.trotsky}> <{TEIA.memberOf}> <{ENT.komintern}> }}")
        with pytest.raises(Exception) as err:
            client.query()
        assert "403" in str(err.value) or "read-only" in str(err.value).lower()
        assert select(server.query_url, SELECT) == EXPECTED


def test_store_stays_readable_while_served(store_dir: Path) -> None:
    with start_server(store_dir, port=0):
        ro = open_store(store_dir, read_only=True)
        assert len(ro) == 5


@pytest.mark.parametrize("suffix,fmt", [(".nq", "nquads"), (".trig", "trig"), (".ttl", "turtle")])
def test_serve_graph_file(tmp_path: Path, suffix: str, fmt: str) -> None:
    ds = make_dataset()
    path = tmp_path / f"graph{suffix}"
    if fmt == "turtle":
        union = ds.graph(DOC) + ds.graph(ENTITIES)
        path.write_text(union.serialize(format="turtle"), encoding="utf-8")
    else:
        path.write_text(ds.serialize(format=fmt), encoding="utf-8")
    with start_server(path, port=0) as server:
        assert select(server.query_url, SELECT) == EXPECTED
        temp_store = server.location
        assert temp_store.exists()
    assert not temp_store.exists()  # the temporary store is removed on stop


def test_port_in_use_is_a_clear_error(store_dir: Path) -> None:
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        with pytest.raises(ServerError, match=f"port {port} is already in use"):
            start_server(store_dir, port=port)


def test_port_taken_by_another_teia_server(store_dir: Path) -> None:
    with start_server(store_dir, port=0) as first:
        with pytest.raises(TeiaError, match="already in use"):
            start_server(store_dir, port=first.port)
        assert first.running


def test_remote_bind_needs_opt_in(store_dir: Path) -> None:
    with pytest.raises(ServerError, match="allow_remote"):
        start_server(store_dir, host="0.0.0.0", port=0)


def test_bad_sources(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such store"):
        start_server(tmp_path / "missing", port=0)
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    with pytest.raises(InputError, match="not an Oxigraph store"):
        start_server(tmp_path, port=0)
    with pytest.raises(InputError, match="not a graph file"):
        start_server(tmp_path / "notes.txt", port=0)
    broken = tmp_path / "broken.nt"
    broken.write_text("<http://a> <http://b> .\n", encoding="utf-8")
    with pytest.raises(InputError, match="cannot load"):
        start_server(broken, port=0)


def test_serve_forever_prints_urls_and_stops(store_dir: Path, monkeypatch) -> None:
    from teia.graph import serve as serve_mod

    lines: list[str] = []

    def interrupt(self) -> int:
        # the endpoint is up when serve_forever blocks: check it, then "press Ctrl-C"
        assert select(self.query_url, SELECT) == EXPECTED
        raise KeyboardInterrupt

    monkeypatch.setattr(serve_mod.ServerHandle, "wait", interrupt)
    assert serve_forever(store_dir, echo=lines.append, port=0) == 0
    assert any(line.startswith("SPARQL endpoint (read-only): http://127.0.0.1:") for line in lines)
    assert any(line.startswith("Query page: ") for line in lines)


def test_same_port_can_be_reused_after_stop(store_dir: Path) -> None:
    with start_server(store_dir, port=0) as first:
        port = first.port
        assert select(first.query_url, SELECT) == EXPECTED
    with start_server(store_dir, port=port) as second:
        assert select(second.query_url, SELECT) == EXPECTED
