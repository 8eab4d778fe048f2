"""GraphML export: typed keys, read-back with networkx, escaping, determinism."""

from __future__ import annotations

import networkx as nx
from lxml import etree
from test_export_sample import (
    KOMINTERN,
    LENIN,
    PILSUDSKI,
    RED_ARMY,
    TEIA,
    add_awkward_entity,
    sample_dataset,
)

from teia.graph.export import write_graphml

NS = "{http://graphml.graphdrawing.org/xmlns}"


def test_keys_are_typed(tmp_path):
    out = tmp_path / "g.graphml"
    write_graphml(sample_dataset(), out)
    root = etree.parse(str(out)).getroot()
    keys = {(k.get("for"), k.get("attr.name")): k.get("attr.type") for k in root.iter(f"{NS}key")}
    assert keys[("node", "label")] == "string"
    assert keys[("node", "degree")] == "int"
    assert keys[("node", "community")] == "int"
    assert keys[("node", "size")] == "double"
    assert keys[("edge", "weight")] == "double"
    assert keys[("edge", "confidence")] == "double"
    assert keys[("edge", "property")] == "string"


def test_read_back_with_networkx(tmp_path):
    out = tmp_path / "g.graphml"
    write_graphml(sample_dataset(), out)
    g = nx.read_graphml(out)
    assert g.is_directed()
    assert g.number_of_nodes() == 7 and g.number_of_edges() == 8
    lenin = g.nodes[str(LENIN)]
    assert lenin["label"] == "Vladimir Lenin" and lenin["type"] == "Person"
    assert lenin["aliases"] == "Lenin; Vladimir Ilitch Ulianov"
    assert lenin["degree"] == 2 and isinstance(lenin["degree"], int)
    assert (lenin["first_date"], lenin["last_date"]) == ("1919-01-01", "1920-12-31")
    assert lenin["dbpedia"] == "http://pt.dbpedia.org/resource/Lenin"  # not the Wikidata item
    assert "dbpedia" not in g.nodes[str(KOMINTERN)]
    assert (lenin["r"], lenin["g"], lenin["b"]) == (0xE1, 0x57, 0x59)
    led = g.edges[str(LENIN), str(RED_ARMY)]
    assert led["label"] == "led" and led["property"] == str(TEIA.led)
    assert led["weight"] == 2.0 and led["confidence"] == 0.8
    assert (led["start"], led["end"]) == ("1920-01-01", "1920-12-31")
    assert "start" not in g.edges[str(PILSUDSKI), str(RED_ARMY)]


def test_awkward_text_and_determinism(tmp_path):
    ds = sample_dataset()
    odd = add_awkward_entity(ds)
    a, b = tmp_path / "a.graphml", tmp_path / "b.graphml"
    write_graphml(ds, a, include_statements=True, include_documents=True)
    write_graphml(ds, b, include_statements=True, include_documents=True)
    assert a.read_bytes() == b.read_bytes()
    g = nx.read_graphml(a)
    assert g.nodes[str(odd)]["label"] == 'Manifesto "A & B" </script><!-- x\n linha'
    assert all(n for n in g.nodes)


def test_without_viz_keys(tmp_path):
    out = tmp_path / "g.graphml"
    write_graphml(sample_dataset(), out, viz=False, min_confidence=0.5)
    g = nx.read_graphml(out)
    assert "r" not in g.nodes[str(LENIN)]
    assert not g.has_edge(str(PILSUDSKI), str(RED_ARMY))
