"""GEXF 1.3 export: schema validity, read-back with networkx, dynamics, colours, determinism."""

from __future__ import annotations

import networkx as nx
import pytest
from lxml import etree
from test_export_sample import (
    BATTLE,
    GEXF_RNG,
    ID,
    LENIN,
    PILSUDSKI,
    RED_ARMY,
    REL,
    TEIA,
    WARSAW,
    add_awkward_entity,
    sample_dataset,
)

from teia.graph.export import write_gexf
from teia.graph.palette import TYPE_COLORS, rgb_of, size_of

GEXF = "{http://gexf.net/1.3}"
VIZ = "{http://gexf.net/1.3/viz}"


@pytest.fixture(scope="module")
def rng():
    if not GEXF_RNG.exists():
        pytest.skip(f"GEXF schemas not found at {GEXF_RNG}")
    return etree.RelaxNG(etree.parse(str(GEXF_RNG)))


def assert_valid(rng, path):
    doc = etree.parse(str(path))
    assert rng.validate(doc), rng.error_log


def test_valid_against_gexf_13_rng(tmp_path, rng):
    out = tmp_path / "g.gexf"
    write_gexf(sample_dataset(), out)
    assert_valid(rng, out)
    root = etree.parse(str(out)).getroot()
    assert root.get("version") == "1.3"
    assert root.nsmap[None] == "http://gexf.net/1.3"
    assert root.nsmap["viz"] == "http://gexf.net/1.3/viz"


def test_valid_with_every_option_and_awkward_text(tmp_path, rng):
    ds = sample_dataset()
    add_awkward_entity(ds)
    out = tmp_path / "g.gexf"
    write_gexf(ds, out, include_statements=True, include_documents=True,
               description="Teste <&>", lastmodified="2026-11-27")
    assert_valid(rng, out)
    static = tmp_path / "static.gexf"
    write_gexf(ds, static, dynamic=False, viz=False)
    assert_valid(rng, static)
    assert b'mode="static"' in static.read_bytes()


def test_read_back_with_networkx(tmp_path):
    out = tmp_path / "g.gexf"
    write_gexf(sample_dataset(), out)
    g = nx.read_gexf(out)
    assert g.number_of_nodes() == 7 and g.number_of_edges() == 8
    lenin = g.nodes[str(LENIN)]
    assert lenin["label"] == "Vladimir Lenin"
    assert lenin["type"] == "Person"
    assert lenin["aliases"] == "Lenin; Vladimir Ilitch Ulianov"
    assert lenin["degree"] == 2 and isinstance(lenin["community"], int)
    assert (lenin["start"], lenin["end"]) == ("1919-01-01", "1920-12-31")
    assert (lenin["first_date"], lenin["last_date"]) == ("1919-01-01", "1920-12-31")
    battle = g.nodes[str(BATTLE)]
    assert battle["type"] == "Battle"
    assert (battle["start"], battle["end"]) == ("1920-08-01", "1920-08-31")
    led = g.edges[str(LENIN), str(RED_ARMY)]
    assert led["label"] == "led" and led["weight"] == 2.0
    assert led["property"] == str(TEIA.led) and led["confidence"] == 0.8
    assert (led["start"], led["end"]) == ("1920-01-01", "1920-12-31")
    attack = g.edges[str(RED_ARMY), str(WARSAW)]
    assert attack["label"] == "rel:atacar_em" and attack["property"] == str(REL["atacar_em"])
    weak = g.edges[str(PILSUDSKI), str(RED_ARMY)]
    assert "start" not in weak and "end" not in weak  # no date known: always present


def test_dynamic_mode_and_dates_on_elements(tmp_path):
    out = tmp_path / "g.gexf"
    write_gexf(sample_dataset(), out)
    root = etree.parse(str(out)).getroot()
    graph = root.find(f"{GEXF}graph")
    assert graph.get("mode") == "dynamic" and graph.get("timeformat") == "date"
    assert graph.get("defaultedgetype") == "directed"
    dated = [n for n in graph.iter(f"{GEXF}node") if n.get("start")]
    assert len(dated) == 7
    assert sum(1 for e in graph.iter(f"{GEXF}edge") if e.get("start")) == 7


def test_attribute_declarations_are_typed(tmp_path):
    out = tmp_path / "g.gexf"
    write_gexf(sample_dataset(), out)
    root = etree.parse(str(out)).getroot()
    decl = {
        (a.getparent().get("class"), a.get("title")): a.get("type")
        for a in root.iter(f"{GEXF}attribute")
    }
    assert decl == {
        ("node", "type"): "string",
        ("node", "aliases"): "string",
        ("node", "degree"): "integer",
        ("node", "community"): "integer",
        ("node", "first_date"): "string",
        ("node", "last_date"): "string",
        ("node", "dbpedia"): "string",
        ("edge", "property"): "string",
        ("edge", "confidence"): "double",
    }


def test_colors_by_type_and_size_by_degree(tmp_path):
    out = tmp_path / "g.gexf"
    write_gexf(sample_dataset(), out)
    g = nx.read_gexf(out)
    for _node, attrs in g.nodes(data=True):
        color = attrs["viz"]["color"]
        assert (color["r"], color["g"], color["b"]) == rgb_of(attrs["type"])
        assert attrs["viz"]["size"] == size_of(attrs["degree"])
    person = g.nodes[str(LENIN)]["viz"]["color"]
    assert "#{:02X}{:02X}{:02X}".format(person["r"], person["g"], person["b"]) == TYPE_COLORS[
        "Person"
    ]
    assert size_of(0) == 5.0 and size_of(4) == 11.0


def test_no_empty_ids_no_none_no_lists(tmp_path):
    ds = sample_dataset()
    add_awkward_entity(ds)
    out = tmp_path / "g.gexf"
    write_gexf(ds, out, include_statements=True, include_documents=True)
    text = out.read_text(encoding="utf-8")
    assert 'id=""' not in text and "None" not in text
    root = etree.parse(str(out)).getroot()
    ids = [n.get("id") for n in root.iter(f"{GEXF}node")]
    assert all(ids) and len(ids) == len(set(ids))
    assert all(e.get("id") for e in root.iter(f"{GEXF}edge"))


def test_awkward_text_round_trips(tmp_path):
    ds = sample_dataset()
    odd = add_awkward_entity(ds)
    out = tmp_path / "g.gexf"
    write_gexf(ds, out)
    g = nx.read_gexf(out)
    attrs = g.nodes[str(odd)]
    assert attrs["label"] == 'Manifesto "A & B" </script><!-- x\n linha'
    assert attrs["aliases"] == "alias; com, vírgula; outro <alias>"  # \x01 is not XML
    assert attrs["type"] == "Work"


def test_byte_identical_exports(tmp_path):
    a, b = tmp_path / "a.gexf", tmp_path / "b.gexf"
    write_gexf(sample_dataset(), a)
    write_gexf(sample_dataset(), b)
    assert a.read_bytes() == b.read_bytes()


def test_min_confidence_filters_edges(tmp_path):
    out = tmp_path / "g.gexf"
    write_gexf(sample_dataset(), out, min_confidence=0.65)
    g = nx.read_gexf(out)
    assert not g.has_edge(str(PILSUDSKI), str(RED_ARMY))
    assert g.edges[str(LENIN), str(RED_ARMY)]["weight"] == 1.0
    assert g.has_edge(str(BATTLE), str(PILSUDSKI))


def test_include_statements_adds_statement_nodes(tmp_path, rng):
    out = tmp_path / "g.gexf"
    write_gexf(sample_dataset(), out, include_statements=True)
    assert_valid(rng, out)
    g = nx.read_gexf(out)
    st = str(ID["st/2"])
    assert g.nodes[st]["type"] == "RelationStatement"
    assert g.has_edge(st, str(LENIN)) and g.has_edge(st, str(RED_ARMY))
    assert sum(1 for _n, t in g.nodes(data="type") if t == "RelationStatement") == 5
