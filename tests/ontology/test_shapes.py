"""The SHACL shapes accept a well-formed teia graph and explain what is wrong with bad ones."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import RDF, RDFS, Dataset, Graph, Literal, Namespace

from teia.graph.validate import ValidationResult, Violation, format_report, validate
from teia.ontology.namespace import NIF, TEIA

XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
PROV = Namespace("http://www.w3.org/ns/prov#")
ID = Namespace("https://w3id.org/teia/id/")
ENTITIES = ID["graph/entities"]

DOC = ID["doc/revolucao"]
LENINE = ID["person/lenine"]
PETROGRADO = ID["place/petrogrado"]
BOLCHEVIQUES = ID["organization/bolcheviques"]
TOMADA = ID["event/tomada-do-palacio-de-inverno"]
QUANDO = ID["time/1917-11-07"]
STATEMENT = ID["statement/1"]
NEGATED = ID["statement/2"]
MENTION = ID["mention/1"]
BUILD = ID["build/1"]


def conforming() -> Dataset:
    """A small graph as the builder writes it: entity descriptions + one document graph."""
    ds = Dataset()
    shared = ds.graph(ENTITIES)
    doc = ds.graph(DOC)

    shared.add((DOC, RDF.type, TEIA.Document))
    shared.add((DOC, TEIA.path, Literal("revolucao.txt")))
    shared.add((DOC, TEIA.sha256, Literal("ab" * 32)))
    for node, kind, label in (
        (LENINE, TEIA.Person, "Lenine"),
        (PETROGRADO, TEIA.Place, "Petrogrado"),
        (BOLCHEVIQUES, TEIA.PoliticalParty, "bolcheviques"),
        (TOMADA, TEIA.Event, "tomada do Palácio de Inverno"),
    ):
        shared.add((node, RDF.type, kind))
        shared.add((node, RDFS.label, Literal(label, lang="pt")))
        shared.add((node, TEIA.mentionedIn, DOC))

    # A plain triple and its statement node.
    doc.add((LENINE, TEIA.memberOf, BOLCHEVIQUES))
    doc.add((STATEMENT, RDF.type, TEIA.RelationStatement))
    doc.add((STATEMENT, RDF.subject, LENINE))
    doc.add((STATEMENT, RDF.predicate, TEIA.memberOf))
    doc.add((STATEMENT, RDF.object, BOLCHEVIQUES))
    doc.add((STATEMENT, PROV.wasDerivedFrom, DOC))
    doc.add((STATEMENT, PROV.wasGeneratedBy, BUILD))
    doc.add((STATEMENT, TEIA.sentence, Literal("Lenine dirigia os bolcheviques.")))
    doc.add((STATEMENT, TEIA.rule, Literal("svo.dirigir")))
    doc.add((STATEMENT, TEIA.confidence, Literal(Decimal("0.8"))))
    doc.add((STATEMENT, TEIA.polarity, Literal(True)))
    doc.add((STATEMENT, TEIA.modality, Literal("asserted")))
    doc.add((STATEMENT, TEIA.evidence, MENTION))
    # A negated relation: statement only.
    doc.add((NEGATED, RDF.type, TEIA.RelationStatement))
    doc.add((NEGATED, RDF.subject, LENINE))
    doc.add((NEGATED, RDF.predicate, TEIA.bornIn))
    doc.add((NEGATED, RDF.object, PETROGRADO))
    doc.add((NEGATED, PROV.wasDerivedFrom, DOC))
    doc.add((NEGATED, TEIA.sentence, Literal("Lenine não nasceu em Petrogrado.")))
    doc.add((NEGATED, TEIA.rule, Literal("svo.nascer_em")))
    doc.add((NEGATED, TEIA.confidence, Literal(Decimal("1"))))
    doc.add((NEGATED, TEIA.polarity, Literal(False)))

    doc.add((MENTION, RDF.type, TEIA.Mention))
    doc.add((MENTION, NIF.beginIndex, Literal(0, datatype=XSD.nonNegativeInteger)))
    doc.add((MENTION, NIF.endIndex, Literal(6, datatype=XSD.nonNegativeInteger)))
    doc.add((MENTION, NIF.anchorOf, Literal("Lenine")))
    doc.add((MENTION, NIF.referenceContext, DOC))
    doc.add((MENTION, TEIA.refersTo, LENINE))

    doc.add((TOMADA, TEIA.agent, BOLCHEVIQUES))
    doc.add((TOMADA, TEIA.place, PETROGRADO))
    doc.add((TOMADA, TEIA.time, QUANDO))
    doc.add((TOMADA, TEIA.date, Literal("1917-11-07", datatype=XSD.date)))
    doc.add((TOMADA, TEIA.trigger, Literal("tomada")))
    doc.add((QUANDO, RDF.type, TEIA.TimeInterval))
    doc.add((QUANDO, TEIA.start, Literal("1917-11-07", datatype=XSD.date)))
    doc.add((QUANDO, TEIA.end, Literal("1917-11", datatype=XSD.gYearMonth)))
    doc.add((QUANDO, TEIA.text, Literal("a 7 de novembro de 1917")))
    doc.add((QUANDO, TEIA.granularity, Literal("day")))
    doc.add((QUANDO, TEIA.normalized, Literal(True)))

    quote = ID["quotation/1"]
    doc.add((quote, RDF.type, TEIA.Quotation))
    doc.add((quote, TEIA.author, LENINE))
    doc.add((quote, TEIA.quotedText, Literal("Todo o poder aos sovietes!", lang="pt")))
    doc.add((quote, TEIA.date, Literal("1917", datatype=XSD.gYear)))
    doc.add((quote, PROV.wasDerivedFrom, DOC))
    return ds


def shared(ds: Dataset) -> Graph:
    return ds.graph(ENTITIES)


def document(ds: Dataset) -> Graph:
    return ds.graph(DOC)


def failing(ds: Dataset, **kwargs: str) -> tuple[ValidationResult, str]:
    result = validate(ds, **kwargs)
    assert not result.conforms
    assert result.violations
    return result, format_report(result)


def focus_nodes(result: ValidationResult, fragment: str) -> set:
    return {v.focus for v in result.violations if fragment in v.message}


# --- a good graph ---------------------------------------------------------------------------


def test_conforming_graph_passes() -> None:
    result = validate(conforming())
    assert result.conforms, format_report(result)
    assert result.violations == ()
    assert bool(result)
    assert "conforms" in format_report(result)
    assert "no problems" in format_report(result)


def test_a_plain_graph_and_a_file_are_accepted(tmp_path: Path) -> None:
    ds = conforming()
    union = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    assert validate(union).conforms
    path = tmp_path / "grafo.trig"
    ds.serialize(path, format="trig")
    assert validate(path).conforms
    with pytest.raises(Exception, match="no such graph file"):
        validate(tmp_path / "absent.ttl")


def test_only_some_event_facts_are_needed() -> None:
    ds = conforming()
    document(ds).remove((TOMADA, TEIA.agent, None))
    document(ds).remove((TOMADA, TEIA.time, None))
    assert validate(ds).conforms  # the place alone says enough


# --- entities ----------------------------------------------------------------------------------


def test_entity_with_two_kinds_fails() -> None:
    ds = conforming()
    shared(ds).add((LENINE, RDF.type, TEIA.Place))
    result, report = failing(ds)
    assert focus_nodes(result, "more than one kind") == {LENINE}
    assert "This entity has more than one kind" in report
    assert str(LENINE) in report
    assert "(rdf:type)" in report


def test_entity_without_name_fails() -> None:
    ds = conforming()
    shared(ds).remove((BOLCHEVIQUES, RDFS.label, None))
    result, report = failing(ds)
    assert focus_nodes(result, "has no name") == {BOLCHEVIQUES}
    assert "This entity has no name (rdfs:label)." in report


def test_entity_names_must_be_one_and_portuguese() -> None:
    ds = conforming()
    shared(ds).remove((PETROGRADO, RDFS.label, None))
    shared(ds).add((PETROGRADO, RDFS.label, Literal("Petrogrado")))  # no language tag
    shared(ds).add((LENINE, RDFS.label, Literal("Vladimir Ilitch", lang="pt")))  # a second name
    result, report = failing(ds)
    assert focus_nodes(result, "exactly one Portuguese name") == {PETROGRADO, LENINE}
    assert focus_nodes(result, "does not say which language") == {PETROGRADO}
    assert "(2×)" in report


def test_wikipedia_links_are_checked() -> None:
    from rdflib import URIRef
    from rdflib.namespace import FOAF, OWL

    ds = conforming()
    shared(ds).add((LENINE, OWL.sameAs, URIRef("http://pt.dbpedia.org/resource/Lenin")))
    shared(ds).add((LENINE, FOAF.isPrimaryTopicOf, URIRef("http://pt.wikipedia.org/wiki/Lenin")))
    assert validate(ds).conforms
    shared(ds).add((LENINE, FOAF.isPrimaryTopicOf, URIRef("http://en.wikipedia.org/wiki/Lenin")))
    shared(ds).add((PETROGRADO, OWL.sameAs, Literal("São Petersburgo")))
    result, report = failing(ds)
    assert focus_nodes(result, "more than one Wikipedia article") == {LENINE}
    assert focus_nodes(result, "Portuguese Wikipedia article") == {LENINE}
    assert focus_nodes(result, "must point to a resource") == {PETROGRADO}


def test_subclass_instances_are_checked_as_entities() -> None:
    ds = conforming()
    party = ID["organization/mencheviques"]
    shared(ds).add((party, RDF.type, TEIA.PoliticalParty))  # no label
    result, _ = failing(ds)
    assert focus_nodes(result, "has no name") == {party}


# --- relation statements -------------------------------------------------------------------------


def test_statement_without_evidence_sentence_fails() -> None:
    ds = conforming()
    document(ds).remove((STATEMENT, TEIA.sentence, None))
    result, report = failing(ds)
    assert focus_nodes(result, "lacks the sentence") == {STATEMENT}
    assert "The statement lacks the sentence that supports it (teia:sentence)" in report
    assert "(teia:sentence)" in report


def test_statement_without_document_rule_or_polarity_fails() -> None:
    ds = conforming()
    document(ds).remove((NEGATED, PROV.wasDerivedFrom, None))
    document(ds).remove((NEGATED, TEIA.rule, None))
    document(ds).remove((NEGATED, TEIA.polarity, None))
    document(ds).remove((NEGATED, RDF.object, None))
    result, report = failing(ds)
    assert focus_nodes(result, "which document") == {NEGATED}
    assert focus_nodes(result, "which extraction rule") == {NEGATED}
    assert focus_nodes(result, "asserts or denies") == {NEGATED}
    assert focus_nodes(result, "exactly one object") == {NEGATED}
    assert "4 problems on 1 node" in report


@pytest.mark.parametrize(
    "confidence",
    [Literal(Decimal("1.5")), Literal(Decimal("-0.1")), Literal(0.8), Literal("0.8")],
    ids=["above-one", "negative", "double", "string"],
)
def test_confidence_must_be_a_decimal_between_zero_and_one(confidence: Literal) -> None:
    ds = conforming()
    document(ds).set((STATEMENT, TEIA.confidence, confidence))
    result, report = failing(ds)
    assert focus_nodes(result, "confidence") == {STATEMENT}
    assert "decimal number between 0 and 1" in report


def test_statement_evidence_must_be_a_mention() -> None:
    ds = conforming()
    document(ds).remove((MENTION, RDF.type, TEIA.Mention))
    result, _ = failing(ds)
    assert focus_nodes(result, "must be mentions of the text") == {STATEMENT}


# --- dates -------------------------------------------------------------------------------------


def test_date_as_plain_string_fails() -> None:
    ds = conforming()
    document(ds).set((TOMADA, TEIA.date, Literal("7 de novembro de 1917")))
    document(ds).set((QUANDO, TEIA.start, Literal("1917")))
    result, report = failing(ds)
    assert focus_nodes(result, "The date (teia:date) is not a calendar value") == {TOMADA}
    assert focus_nodes(result, "The start (teia:start) is not a calendar value") == {QUANDO}
    assert "xsd:gYear" in report and "xsd:gYearMonth" in report and "xsd:date" in report


def test_ill_formed_calendar_value_fails() -> None:
    ds = conforming()
    document(ds).set((QUANDO, TEIA.end, Literal("1917-13", datatype=XSD.gYearMonth)))
    result, _ = failing(ds)
    assert focus_nodes(result, "The end (teia:end) is not a calendar value") == {QUANDO}


def test_years_and_months_are_calendar_values() -> None:
    ds = conforming()
    document(ds).set((QUANDO, TEIA.start, Literal("1917", datatype=XSD.gYear)))
    document(ds).set((TOMADA, TEIA.endDate, Literal("1918-03", datatype=XSD.gYearMonth)))
    assert validate(ds).conforms


# --- events --------------------------------------------------------------------------------------


def test_event_with_nothing_is_reported_as_a_warning() -> None:
    ds = conforming()
    battle = ID["event/batalha-de-varsovia"]
    shared(ds).add((battle, RDF.type, TEIA.Battle))
    shared(ds).add((battle, RDFS.label, Literal("Batalha de Varsóvia", lang="pt")))
    result = validate(ds)
    report = format_report(result)
    assert result.conforms, "an event the text only names is a remark, not an invalid graph"
    assert focus_nodes(result, "neither who took part") == {battle}
    assert {v.severity for v in result.violations} == {"Warning"}
    assert "[Warning] This event says neither who took part, nor where, nor when" in report
    assert "teia:hasParticipant | teia:agent" in report


# --- mentions -------------------------------------------------------------------------------------


def test_mention_offsets_are_checked() -> None:
    ds = conforming()
    document(ds).remove((MENTION, NIF.anchorOf, None))
    document(ds).set((MENTION, NIF.beginIndex, Literal(9, datatype=XSD.nonNegativeInteger)))
    result, _ = failing(ds)
    assert focus_nodes(result, "exact text it covers") == {MENTION}
    assert focus_nodes(result, "where it starts") == {MENTION}  # begins after its end


def test_mention_offsets_must_be_non_negative_integers() -> None:
    ds = conforming()
    document(ds).set((MENTION, NIF.endIndex, Literal("6")))
    result, _ = failing(ds)
    assert focus_nodes(result, "where it ends") == {MENTION}


# --- other records -----------------------------------------------------------------------------


def test_merge_decision_status_is_accepted_or_rejected() -> None:
    ds = conforming()
    decision = ID["merge/1"]
    shared(ds).add((decision, RDF.type, TEIA.MergeDecision))
    shared(ds).add((decision, TEIA.mergedInto, LENINE))
    shared(ds).add((decision, TEIA.mergedLabel, Literal("Ilitch")))
    shared(ds).add((decision, TEIA.mergeRule, Literal("surname")))
    shared(ds).add((decision, TEIA.mergeStatus, Literal("maybe")))
    result, _ = failing(ds)
    assert focus_nodes(result, "«accepted» or «rejected»") == {decision}


def test_quotation_needs_text_and_author() -> None:
    ds = conforming()
    quote = ID["quotation/2"]
    document(ds).add((quote, RDF.type, TEIA.Quotation))
    document(ds).add((quote, TEIA.author, LENINE))
    result, _ = failing(ds)
    assert focus_nodes(result, "quoted words") == {quote}


# --- the report ---------------------------------------------------------------------------------


def test_report_groups_by_message_and_limits_examples() -> None:
    ds = conforming()
    nameless = [ID[f"person/p{i}"] for i in range(7)]
    for node in nameless:
        shared(ds).add((node, RDF.type, TEIA.Person))
    result, report = failing(ds)
    assert all(isinstance(v, Violation) for v in result.violations)
    assert {v.severity for v in result.violations} == {"Violation"}
    assert report.count("This entity has no name") == 1
    assert "(7×)" in report
    assert "… and 2 more" in report
    assert sum(1 for line in report.splitlines() if line.startswith("  - ")) <= 5 + 5
    assert "does NOT conform" in report
    assert "pyshacl" not in report
    assert "Validation Report" in result.text  # pyshacl's own text is kept


def test_messages_in_portuguese() -> None:
    ds = conforming()
    document(ds).remove((STATEMENT, TEIA.sentence, None))
    result, report = failing(ds, lang="pt")
    assert focus_nodes(result, "Falta à afirmação a frase que a sustenta") == {STATEMENT}
    with pytest.raises(ValueError):
        validate(ds, lang="fr")
