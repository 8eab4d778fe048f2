"""A small hand-made teia Dataset shared by the export tests (imported by the other
``test_*_export.py`` modules of this folder), and checks of the projection on it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, SKOS

from teia.graph.export.projection import build_projection, project, union_triples
from teia.graph.timevalues import time_bounds

from teia.ontology.namespace import TEIA  # noqa: E402
REL = Namespace("https://w3id.org/teia/rel/")
ID = Namespace("https://w3id.org/teia/id/")
DOC = Namespace("https://w3id.org/teia/doc/")
XS = Namespace("http://www.w3.org/2001/XMLSchema#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")

LENIN = ID["lenin"]
KOMINTERN = ID["komintern"]
RED_ARMY = ID["exercito-vermelho"]
BATTLE = ID["batalha-de-varsovia"]
PILSUDSKI = ID["pilsudski"]
WARSAW = ID["varsovia"]
POLAND = ID["polonia"]

SCHEMAS = Path(__file__).resolve().parents[3].parent / "shared" / "schemas"
GEXF_RNG = SCHEMAS / "gexf-1.3" / "gexf.rng"


def _statement(g: Graph, name: str, s, p, o, conf: str, sentence: str, doc, time=None):
    st = ID[f"st/{name}"]
    g.add((st, RDF.type, TEIA.RelationStatement))
    g.add((st, RDF.subject, s))
    g.add((st, RDF.predicate, p))
    g.add((st, RDF.object, o))
    g.add((st, TEIA.confidence, Literal(conf, datatype=XS.decimal)))
    g.add((st, TEIA.sentence, Literal(sentence, lang="pt")))
    g.add((st, PROV.wasDerivedFrom, doc))
    if time is not None:
        g.add((st, TEIA.statementTime, time))
    g.add((s, p, o))
    return st


def sample_dataset() -> Dataset:
    """Lenin, the Komintern, the Red Army, the battle of Warsaw (1920-08), Piłsudski..."""
    ds = Dataset()
    shared = ds.graph(URIRef("https://w3id.org/teia/graph/entities"))
    doc1 = ds.graph(DOC["lenin"])
    doc2 = ds.graph(DOC["varsovia"])

    def entity(iri, cls, label, *aliases):
        shared.add((iri, RDF.type, TEIA[cls]))
        shared.add((iri, RDFS.label, Literal(label, lang="pt")))
        for alias in aliases:
            shared.add((iri, SKOS.altLabel, Literal(alias, lang="pt")))

    entity(LENIN, "Person", "Vladimir Lenin", "Lenin", "Vladimir Ilitch Ulianov")
    entity(KOMINTERN, "Organization", "Komintern", "Internacional Comunista")
    entity(RED_ARMY, "MilitaryUnit", "Exército Vermelho")
    entity(BATTLE, "Battle", "Batalha de Varsóvia", "Milagre do Vístula")
    shared.add((BATTLE, RDF.type, TEIA.Event))  # a more general class too
    entity(PILSUDSKI, "Person", "Józef Piłsudski", "Piłsudski")
    entity(WARSAW, "Place", "Varsóvia")
    entity(POLAND, "State", "Polónia")
    # linked to Wikipedia (docs/linking.md): the exports carry a 'dbpedia' node attribute
    shared.add((LENIN, OWL.sameAs, URIRef("http://pt.dbpedia.org/resource/Lenin")))
    shared.add((LENIN, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q1394")))
    for d in (DOC["lenin"], DOC["varsovia"]):
        shared.add((d, RDF.type, TEIA.Document))
        shared.add((d, RDFS.label, Literal(d.rsplit("/", 1)[1] + ".txt")))

    # the battle, with a time interval and a month
    t_battle = ID["time/batalha-de-varsovia"]
    doc2.add((BATTLE, TEIA.agent, PILSUDSKI))
    doc2.add((BATTLE, TEIA.defeatedParty, RED_ARMY))
    doc2.add((BATTLE, TEIA.hasParticipant, POLAND))
    doc2.add((BATTLE, TEIA.place, WARSAW))
    doc2.add((BATTLE, TEIA.time, t_battle))
    doc2.add((BATTLE, TEIA.date, Literal("1920-08", datatype=XS.gYearMonth)))
    doc2.add((t_battle, RDF.type, TEIA.TimeInterval))
    doc2.add((t_battle, TEIA.start, Literal("1920-08-13", datatype=XS.date)))
    doc2.add((t_battle, TEIA.end, Literal("1920-08-25", datatype=XS.date)))

    t_1919 = ID["time/1919"]
    doc1.add((t_1919, RDF.type, TEIA.TimeInterval))
    doc1.add((t_1919, TEIA.start, Literal("1919", datatype=XS.gYear)))
    doc1.add((t_1919, TEIA.end, Literal("1919", datatype=XS.gYear)))
    t_1920 = ID["time/1920"]
    doc1.add((t_1920, RDF.type, TEIA.TimeInterval))
    doc1.add((t_1920, TEIA.start, Literal("1920", datatype=XS.gYear)))
    doc1.add((t_1920, TEIA.end, Literal("1920", datatype=XS.gYear)))

    _statement(doc1, "1", LENIN, TEIA.founded, KOMINTERN, "0.9",
               "Em 1919, Lenin fundou a Komintern em Moscovo.", DOC["lenin"], t_1919)
    _statement(doc1, "2", LENIN, TEIA.led, RED_ARMY, "0.8",
               "Lenin dirigiu o Exército Vermelho durante a guerra.", DOC["lenin"], t_1920)
    _statement(doc2, "3", LENIN, TEIA.led, RED_ARMY, "0.6",
               "O Exército Vermelho, sob as ordens de Lenin, avançou sobre Varsóvia.",
               DOC["varsovia"])
    _statement(doc2, "4", RED_ARMY, REL["atacar_em"], WARSAW, "0.7",
               "O Exército Vermelho atacou em Varsóvia em agosto de 1920.", DOC["varsovia"],
               Literal("1920-08", datatype=XS.gYearMonth))
    _statement(doc2, "5", PILSUDSKI, REL["derrotar"], RED_ARMY, "0.3",
               "Piłsudski terá derrotado o Exército Vermelho.", DOC["varsovia"])

    m = ID["mention/varsovia-1"]
    doc2.add((m, RDF.type, TEIA.Mention))
    doc2.add((m, TEIA.refersTo, PILSUDSKI))
    doc2.add((m, NIF.anchorOf, Literal("o marechal Piłsudski")))
    doc2.add((m, PROV.wasDerivedFrom, DOC["varsovia"]))
    return ds


def add_awkward_entity(ds: Dataset) -> URIRef:
    """An entity whose label and aliases need escaping in every format."""
    g = ds.graph(URIRef("https://w3id.org/teia/graph/entities"))
    odd = ID["odd%20%26-entity"]
    g.add((odd, RDF.type, TEIA.Work))
    g.add((odd, RDFS.label, Literal('Manifesto "A & B" </script><!-- x\n linha', lang="pt")))
    g.add((odd, SKOS.altLabel, Literal("alias; com, vírgula")))
    g.add((odd, SKOS.altLabel, Literal("outro\x01 <alias>")))
    g.add((LENIN, REL["escrever"], odd))
    return odd


@pytest.fixture
def dataset() -> Dataset:
    return sample_dataset()


def test_union_covers_every_named_graph(dataset):
    triples = set(union_triples(dataset))
    assert (BATTLE, TEIA.agent, PILSUDSKI) in triples
    assert (LENIN, RDFS.label, Literal("Vladimir Lenin", lang="pt")) in triples


def test_time_bounds_widen_years_and_months():
    assert time_bounds(Literal("1920", datatype=XS.gYear)) == ("1920-01-01", "1920-12-31")
    assert time_bounds(Literal("1920-02", datatype=XS.gYearMonth)) == ("1920-02-01", "1920-02-29")
    assert time_bounds(Literal("1920-08-13", datatype=XS.date)) == ("1920-08-13", "1920-08-13")
    assert time_bounds(Literal("não é data")) is None
    assert time_bounds(Literal("1920-02-30", datatype=XS.date)) is None
    assert time_bounds(Literal("1900-02", datatype=XS.gYearMonth))[1] == "1900-02-28"
    assert time_bounds(Literal("-0044-03-15", datatype=XS.date)) == ("-0044-03-15",) * 2
    assert time_bounds(Literal("1920-08-13T10:00:00Z", datatype=XS.dateTime))[0] == "1920-08-13"


def test_projection_nodes_and_edges(dataset):
    g = project(dataset)
    assert set(g.nodes) == {str(x) for x in (LENIN, KOMINTERN, RED_ARMY, BATTLE, PILSUDSKI,
                                                WARSAW, POLAND)}
    lenin = g.nodes[str(LENIN)]
    assert lenin["label"] == "Vladimir Lenin"
    assert lenin["type"] == "Person"
    assert lenin["aliases"] == "Lenin; Vladimir Ilitch Ulianov"
    assert lenin["first_date"] == "1919-01-01" and lenin["last_date"] == "1920-12-31"
    assert g.nodes[str(BATTLE)]["type"] == "Battle"  # the most specific class wins
    assert g.nodes[str(RED_ARMY)]["aliases"] == ""
    led = g.edges[str(LENIN), str(RED_ARMY), str(TEIA.led)]
    assert led["weight"] == 2 and led["confidence"] == 0.8 and led["label"] == "led"
    assert (led["start"], led["end"]) == ("1920-01-01", "1920-12-31")
    attack = g.edges[str(RED_ARMY), str(WARSAW), str(REL["atacar_em"])]
    assert attack["label"] == "rel:atacar_em" and attack["weight"] == 1
    assert (attack["start"], attack["end"]) == ("1920-08-01", "1920-08-31")
    agent = g.edges[str(BATTLE), str(PILSUDSKI), str(TEIA.agent)]
    assert (agent["start"], agent["end"]) == ("1920-08-01", "1920-08-31")
    assert agent["confidence"] == 1.0
    for _n, attrs in g.nodes(data=True):
        assert None not in attrs.values()
        assert isinstance(attrs["community"], int)
    assert g.nodes[str(POLAND)]["degree"] == 1
    assert g.nodes[str(RED_ARMY)]["degree"] == 4


def test_projection_is_deterministic(dataset):
    a = build_projection(dataset)
    b = build_projection(sample_dataset())
    assert a == b


def test_min_confidence_drops_weak_statements_and_their_triples(dataset):
    g = project(dataset, min_confidence=0.65)
    assert not g.has_edge(str(PILSUDSKI), str(RED_ARMY))
    led = g.edges[str(LENIN), str(RED_ARMY), str(TEIA.led)]
    assert led["weight"] == 1
    assert g.has_edge(str(BATTLE), str(PILSUDSKI))  # asserted participation stays


def test_include_statements_and_documents(dataset):
    g = project(dataset, include_statements=True, include_documents=True)
    st = str(ID["st/1"])
    assert g.nodes[st]["type"] == "RelationStatement"
    assert g.nodes[st]["label"].startswith("Em 1919, Lenin")
    assert g.has_edge(st, str(LENIN), str(RDF.subject))
    assert g.has_edge(st, str(KOMINTERN), str(RDF.object))
    assert g.nodes[str(DOC["lenin"])]["type"] == "Document"
    assert g.nodes[str(DOC["lenin"])]["label"] == "lenin.txt"
    assert g.has_edge(str(PILSUDSKI), str(DOC["varsovia"]))
    plain = project(dataset)
    assert st not in plain and str(DOC["lenin"]) not in plain


def test_node_classes_restricts_nodes(dataset):
    g = project(dataset, node_classes=["Person", TEIA.MilitaryUnit])
    assert set(g.nodes) == {str(LENIN), str(PILSUDSKI), str(RED_ARMY)}
    assert g.number_of_edges() == 2  # led, derrotar


def test_evidence_sentences(dataset):
    p = build_projection(dataset)
    by_id = {n.id: n for n in p.nodes}
    ev = by_id[str(RED_ARMY)].evidence
    assert len(ev) == 3
    assert ev[0] == "Lenin dirigiu o Exército Vermelho durante a guerra."
    assert "o marechal Piłsudski" in by_id[str(PILSUDSKI)].evidence


def test_plain_graph_works_too(dataset):
    g = Graph()
    for t in union_triples(dataset):
        g.add(t)
    assert build_projection(g) == build_projection(dataset)


def test_predicate_index_fast_path_matches_generic_path(dataset):
    from teia.graph.export.projection import predicate_index

    def flatten(graph):
        return {(s, p, o) for p, by_obj in predicate_index(graph) for o, subs in by_obj.items()
                for s in subs}

    assert flatten(dataset) == set(union_triples(dataset))
    named = dataset.graph(DOC["lenin"])  # shares the store with the other graphs
    assert flatten(named) == set(named.triples((None, None, None)))
    assert not any(p == TEIA.agent for _s, p, _o in flatten(named))


def test_community_methods(dataset):
    louvain = {n.id: n.community for n in build_projection(dataset, communities="louvain").nodes}
    assert louvain == {n.id: n.community for n in build_projection(dataset).nodes}
    assert louvain[str(LENIN)] == louvain[str(KOMINTERN)]
    lpa = build_projection(dataset, communities="label_propagation")
    assert all(n.community >= 0 for n in lpa.nodes)
    assert {n.community for n in build_projection(dataset, communities=False).nodes} == {0}
    from teia.errors import ExportError

    with pytest.raises(ExportError, match="community"):
        build_projection(dataset, communities="leiden")


def test_label_propagation_finds_two_cliques():
    from teia.graph.export.communities import assign_communities
    from teia.graph.export.projection import Edge, Node

    ids = [f"https://w3id.org/teia/id/n{i}" for i in range(8)]
    nodes = [Node(id=i, label=i, type="Person") for i in ids]
    edges = [Edge(ids[a], ids[b], "p", "p") for a, b in
             [(0, 1), (0, 2), (0, 3), (1, 2), (1, 3), (2, 3),
              (4, 5), (4, 6), (4, 7), (5, 6), (5, 7), (6, 7), (3, 4)]]
    assign_communities(nodes, edges, "label_propagation")
    first = [n.community for n in nodes]
    assert len(set(first[:4])) == 1 and len(set(first[4:])) == 1 and first[0] != first[4]
    assign_communities(nodes, edges, "label_propagation")
    assert [n.community for n in nodes] == first
