"""Every asserted relation triple of a built graph can be traced to its sentence (issue 6).

The graph is built with the shipped pipeline, once on short documents written for this test
and once on the sample corpus: each plain triple whose property is a relation property must
have a ``teia:RelationStatement`` with the same subject, property and object, asserted
(polarity true, modality ``asserted``), derived from a document, whose ``teia:sentence`` is the
document text between its ``nif:beginIndex`` and ``nif:endIndex``, and whose evidence mentions
(trigger, subject, object) spell the text they point at and lie inside that sentence (except
a dropped subject recovered from an earlier sentence, rule ``...+prodrop``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import PROV

import teia
from teia.graph.builder import document_iri
from teia.ontology.namespace import NIF, TEIA

ROOT = Path(__file__).resolve().parents[2]

# properties that events write on their own (event roles and places), with no statement node
EVENT_PROPERTIES = frozenset({TEIA.agent, TEIA.defeatedParty, TEIA.patient, TEIA.hasParticipant, TEIA.place})

DOCS = {
    "kropotkin.txt": (
        "Piotr Kropotkin nasceu em Moscou em 1842. Em 1917 voltou à Rússia e viveu em Dmitrov, "
        "perto de Moscou, onde morreu em 1921. Kropotkin não apoiou o governo bolchevique."
    ),
    "frunze.txt": (
        "Mikhail Frunze comandou a Frente Sul do Exército Vermelho. A Frente Sul derrotou o general "
        "Wrangel na Crimeia em novembro de 1920. Frunze foi eleito presidente do Conselho Militar "
        "Revolucionário em 1925, e Trotsky poderia ter apoiado a sua nomeação."
    ),
}


def _texts(kg: teia.KnowledgeGraph) -> dict[URIRef, str]:
    return {document_iri(ex.document.key): ex.document.text for ex in kg.extractions}


def _check(kg: teia.KnowledgeGraph) -> int:
    ds = kg.dataset
    texts = _texts(kg)
    statements = set(ds.subjects(RDF.type, TEIA.RelationStatement))
    assert statements, "the build found no relation at all"
    properties = {ds.value(st, RDF.predicate) for st in statements} - EVENT_PROPERTIES
    by_triple: dict[tuple, list] = {}
    for st in statements:
        key = (ds.value(st, RDF.subject), ds.value(st, RDF.predicate), ds.value(st, RDF.object))
        by_triple.setdefault(key, []).append(st)
    checked = 0
    for s, p, o, _ in ds.quads((None, None, None, None)):
        if p not in properties or p == RDF.predicate:
            continue
        asserted = [
            st
            for st in by_triple.get((s, p, o), [])
            if ds.value(st, TEIA.polarity) == Literal(True) and ds.value(st, TEIA.modality) == Literal("asserted")
        ]
        assert asserted, f"no asserted statement for {s} {p} {o}"
        for st in asserted:
            doc = ds.value(st, PROV.wasDerivedFrom)
            assert doc in texts, f"{st} is not derived from a built document"
            text = texts[doc]
            begin, end = ds.value(st, NIF.beginIndex).toPython(), ds.value(st, NIF.endIndex).toPython()
            sentence = str(ds.value(st, TEIA.sentence))
            assert 0 <= begin < end <= len(text)
            assert text[begin:end] == sentence
            mentions = list(ds.objects(st, TEIA.evidence))
            assert mentions, f"{st} has no evidence mention"
            prodrop = "+prodrop" in str(ds.value(st, TEIA.rule))
            inside = 0
            for m in mentions:
                mb, me = ds.value(m, NIF.beginIndex).toPython(), ds.value(m, NIF.endIndex).toPython()
                assert str(ds.value(m, NIF.anchorOf)) == text[mb:me]
                if begin <= mb < me <= end:
                    inside += 1
                else:
                    # only a dropped subject, recovered from an earlier sentence, lies outside
                    assert prodrop and me <= begin, f"evidence of {st} outside its sentence"
            assert inside >= 1
        checked += 1
    # and the other way round: every asserted relation record became a plain triple
    for ex in kg.extractions:
        for r in ex.relations:
            if r.asserted:
                assert any(
                    str(p).endswith(r.predicate.removeprefix("rel:")) for (_, p, _) in by_triple
                ), r
    return checked


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> teia.KnowledgeGraph:
    root = tmp_path_factory.mktemp("docs")
    for name, text in DOCS.items():
        (root / name).write_text(text, encoding="utf-8")
    return teia.build(root)


def test_written_documents_every_asserted_triple_has_its_sentence(written):
    assert _check(written) >= 3


def test_negated_and_hypothetical_relations_are_statements_only(written):
    ds = written.dataset
    for st in ds.subjects(RDF.type, TEIA.RelationStatement):
        if ds.value(st, TEIA.polarity) == Literal(False) or ds.value(st, TEIA.modality) != Literal("asserted"):
            s, p, o = ds.value(st, RDF.subject), ds.value(st, RDF.predicate), ds.value(st, RDF.object)
            others = [
                x
                for x in ds.subjects(RDF.subject, s)
                if ds.value(x, RDF.predicate) == p
                and ds.value(x, RDF.object) == o
                and ds.value(x, TEIA.polarity) == Literal(True)
                and ds.value(x, TEIA.modality) == Literal("asserted")
            ]
            if not others:
                assert not list(ds.quads((s, p, o, None))), (s, p, o)


def test_sample_corpus_every_asserted_triple_has_its_sentence():
    kg = teia.build(ROOT / "corpus")
    assert _check(kg) >= 30
