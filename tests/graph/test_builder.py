"""The RDF builder on hand-made records (no spaCy)."""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from teia.records import (
    Document,
    Entity,
    Event,
    Evidence,
    Extraction,
    Mention,
    Relation,
    TimeExpression,
)
from teia.extract.resolve import resolve_corpus
from teia.graph.builder import BuildInfo, build_dataset, document_iri, entities_graph_iri
from teia.graph.io import sorted_nquads, sorted_ntriples
from teia.ontology.namespace import NIF, TEIA

TEXT = "Lenin liderou os bolcheviques. Lenin não aceitou a proposta. A Batalha de Varsóvia ocorreu em agosto de 1920."
DOC = Document("doc.txt", TEXT)


def m(text: str, category: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(text, start + 1)
    return Mention(DOC.id, start, start + len(text), text, category)


def ev(sentence: str) -> Evidence:
    s = TEXT.index(sentence)
    return Evidence(DOC.id, s, s + len(sentence), sentence)


def extraction() -> Extraction:
    lenin = Entity("e0", "Lenin", "PER", mentions=(m("Lenin", "PER"), m("Lenin", "PER", 1)))
    bolch = Entity("e1", "bolcheviques", "ORG", mentions=(m("bolcheviques", "ORG"),))
    battle = Entity("e2", "Batalha de Varsóvia", "EVENT", mentions=(m("Batalha de Varsóvia", "EVENT"),))
    t = TEXT.index("em agosto de 1920")
    when = TimeExpression(DOC.id, t, t + 17, "em agosto de 1920", value="1920-08", granularity="month", start="1920-08", end="1920-08")
    return Extraction(
        document=DOC,
        entities=(lenin, bolch, battle),
        times=(when,),
        events=(Event("v0", "Battle", "Batalha de Varsóvia", ev("A Batalha de Varsóvia ocorreu em agosto de 1920."), entity="e2", time=when, rule="named-event"),),
        relations=(
            Relation("e0", "led", "e1", ev("Lenin liderou os bolcheviques."), "svo-active", 0.9),
            Relation("e0", "rel:aceitar", "e1", ev("Lenin não aceitou a proposta."), "open:svo", 0.5, polarity=False),
        ),
    )


def build():
    ex = extraction()
    res = resolve_corpus([ex])
    return build_dataset([ex], res, base="https://example.org/", info=BuildInfo("0.1.0", "pt_test-0", "abc")), res


def test_entities_graph_holds_types_and_labels():
    ds, _ = build()
    g = ds.graph(entities_graph_iri("https://example.org/"))
    lenin = URIRef("https://example.org/person/lenin")
    assert (lenin, RDF.type, TEIA.Person) in g
    assert (lenin, RDFS.label, Literal("Lenin", lang="pt")) in g
    battle = URIRef("https://example.org/battle/batalha-de-varsovia")
    assert (battle, RDF.type, TEIA.Battle) in g, "the event record refines the named event's class"
    assert (battle, RDF.type, TEIA.Event) not in g


def test_asserted_relation_is_a_plain_triple_with_a_statement():
    ds, _ = build()
    doc_graph = ds.graph(document_iri(DOC.key, "https://example.org/"))
    lenin = URIRef("https://example.org/person/lenin")
    bolch = URIRef("https://example.org/organization/bolcheviques")
    assert (lenin, TEIA.led, bolch) in doc_graph
    (st,) = doc_graph.subjects(RDF.predicate, TEIA.led)
    assert (st, RDF.type, TEIA.RelationStatement) in doc_graph
    assert doc_graph.value(st, TEIA.sentence) == Literal("Lenin liderou os bolcheviques.")
    assert doc_graph.value(st, PROV.wasDerivedFrom) == document_iri(DOC.key, "https://example.org/")
    assert doc_graph.value(st, TEIA.confidence) == Literal("0.900", datatype=XSD.decimal)
    assert doc_graph.value(st, NIF.beginIndex).toPython() == 0


def test_negated_relation_has_only_its_statement():
    ds, _ = build()
    rel = URIRef("https://w3id.org/teia/rel/aceitar")
    assert not list(ds.quads((None, rel, None, None)))
    (st,) = {q[0] for q in ds.quads((None, RDF.predicate, rel, None))}
    assert ds.value(st, TEIA.polarity) == Literal(False)


def test_times_are_typed_and_events_dated():
    ds, _ = build()
    battle = URIRef("https://example.org/battle/batalha-de-varsovia")
    assert Literal("1920-08", datatype=XSD.gYearMonth) in set(ds.objects(battle, TEIA.date))
    t = next(ds.objects(battle, TEIA.time))
    assert ds.value(t, TEIA.start) == Literal("1920-08", datatype=XSD.gYearMonth)


def test_mentions_point_back_to_entities_with_offsets():
    ds, _ = build()
    lenin = URIRef("https://example.org/person/lenin")
    mentions = sorted(int(ds.value(mm, NIF.beginIndex)) for mm in ds.objects(lenin, TEIA.hasMention))
    assert mentions == [0, TEXT.index("Lenin não")]


def test_aliases_and_merge_log_across_documents():
    other = Document("b.txt", "Lênin voltou.")
    ex2 = Extraction(other, entities=(Entity("e0", "Lênin", "PER", mentions=(Mention("b.txt", 0, 5, "Lênin", "PER"),)),))
    res = resolve_corpus([extraction(), ex2])
    ds = build_dataset([extraction(), ex2], res, base="https://example.org/")
    lenin = URIRef("https://example.org/person/lenin")
    assert (lenin, SKOS.altLabel, Literal("Lênin", lang="pt")) in ds.graph(entities_graph_iri("https://example.org/"))
    assert any(md.rule == "exact" and "Lênin" in md.evidence for md in res.merges)


def test_output_is_deterministic():
    a = sorted_ntriples(build()[0])
    b = sorted_ntriples(build()[0])
    assert a == b
    assert sorted_nquads(build()[0]) == sorted_nquads(build()[0])
    assert a.splitlines() == sorted(a.splitlines())


def test_evidence_sentence_is_written_without_surrounding_blank_lines():
    """A sentence that the segmenter started at a paragraph break (``\\n\\n``) is written
    trimmed, with offsets that still select exactly it in the document text."""
    text = "Título\n\n  Lenin liderou os bolcheviques.\n"
    doc = Document("par.txt", text)
    raw_start = text.index("\n\n")
    raw = text[raw_start:]
    lenin = Entity("e0", "Lenin", "PER", mentions=(Mention(doc.id, text.index("Lenin"), text.index("Lenin") + 5, "Lenin", "PER"),))
    bolch_at = text.index("bolcheviques")
    bolch = Entity("e1", "bolcheviques", "ORG", mentions=(Mention(doc.id, bolch_at, bolch_at + 12, "bolcheviques", "ORG"),))
    rel = Relation("e0", "led", "e1", Evidence(doc.id, raw_start, len(text), raw), "svo-active", 0.9)
    ex = Extraction(document=doc, entities=(lenin, bolch), relations=(rel,))
    ds = build_dataset([ex], resolve_corpus([ex]), base="https://example.org/", info=BuildInfo("0.1.0", "pt_test-0", "abc"))
    ((node, _, literal, graph),) = set(ds.quads((None, TEIA.sentence, None, None)))
    sentence = str(literal)
    begin = int(ds.value(node, NIF.beginIndex))
    end = int(ds.value(node, NIF.endIndex))
    assert sentence == "Lenin liderou os bolcheviques."
    assert text[begin:end] == sentence
