"""The ontology file, the TEIA namespace class and the JSON-LD context agree and are sound."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal

import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.compare import isomorphic

from teia.ontology.namespace import (
    CATEGORY_CLASS,
    CONTEXT_PATH,
    ENTITY_CLASSES,
    EVENT_CLASSES,
    NIF,
    ONTOLOGY_IRI,
    ONTOLOGY_PATH,
    REL,
    SHAPES_PATH,
    TEIA,
    WD,
    WDT,
    load_ontology,
)

NS = str(TEIA._NS)
# A plain Namespace: rdflib's XSD warns when pytest probes module attributes.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SCHEMA = Namespace("https://schema.org/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

# Namespaces whose terms may be used as domains, ranges or super-classes without being defined
# in teia.ttl.
EXTERNAL = (
    str(XSD),
    str(RDF),
    str(RDFS),
    str(OWL),
    str(SCHEMA),
    str(PROV),
    str(NIF),
)

REQUIRED_CLASSES = """Entity Agent Person Organization PoliticalParty MilitaryUnit State Place Event
    MilitaryConflict Battle Revolution Treaty Founding Quotation Work Concept TimeInterval Document
    Mention RelationStatement Build MergeDecision Miscellaneous""".split()

ENTITY_RELATIONS = """led commanded founded defeated supported attacked signed united memberOf
    hasMember bornIn diedIn headquarteredIn partOf hasPart locatedIn succeeded allyOf foughtAgainst
    affiliatedWith createdBy authorOf relativeOf residedIn nationality participantIn""".split()

REQUIRED_OBJECT_PROPERTIES = ENTITY_RELATIONS + """relatedTo hasParticipant agent defeatedParty place
    time mentionedIn hasMention refersTo inDocument evidence statementTime statementPlace author
    mergedInto""".split()

REQUIRED_DATATYPE_PROPERTIES = """trigger start end value granularity qualifier calendarNote
    relative normalized text date endDate sentence rule confidence polarity modality quotedText
    path sha256 softwareVersion modelName modelVersion configHash mergedLabel mergeRule
    mergeEvidence mergeStatus""".split()


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


def teia_terms(graph: Graph) -> set[str]:
    return {
        str(s)[len(NS) :]
        for s in graph.subjects(RDF.type, None)
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }


def defined_classes(graph: Graph) -> set[URIRef]:
    return {
        s
        for s in graph.subjects(RDF.type, OWL.Class)
        if isinstance(s, URIRef) and str(s).startswith(NS)
    }


def super_properties(graph: Graph, prop: URIRef) -> set[URIRef]:
    return set(graph.transitive_objects(prop, RDFS.subPropertyOf)) - {prop}


def super_classes(graph: Graph, cls: URIRef) -> set[URIRef]:
    return set(graph.transitive_objects(cls, RDFS.subClassOf))


# --- the namespace class and the Turtle file -----------------------------------------------


def test_every_term_of_the_ttl_is_in_the_namespace_class(onto: Graph) -> None:
    missing = teia_terms(onto) - set(TEIA.__annotations__)
    assert not missing, f"declared in teia.ttl but not in TEIA: {sorted(missing)}"


def test_every_term_of_the_namespace_class_is_declared_in_the_ttl(onto: Graph) -> None:
    missing = set(TEIA.__annotations__) - teia_terms(onto)
    assert not missing, f"in TEIA but not declared in teia.ttl: {sorted(missing)}"


def test_namespace_class_is_closed() -> None:
    assert TEIA.Person == URIRef(NS + "Person")
    assert TEIA["memberOf"] == URIRef(NS + "memberOf")
    with pytest.raises(AttributeError):
        TEIA.Persn  # noqa: B018  (a typo must fail loudly)


def test_required_terms_have_the_agreed_kinds(onto: Graph) -> None:
    for name in REQUIRED_CLASSES:
        assert (TEIA[name], RDF.type, OWL.Class) in onto, name
    for name in REQUIRED_OBJECT_PROPERTIES:
        assert (TEIA[name], RDF.type, OWL.ObjectProperty) in onto, name
    for name in REQUIRED_DATATYPE_PROPERTIES:
        assert (TEIA[name], RDF.type, OWL.DatatypeProperty) in onto, name


def test_shipped_files_exist() -> None:
    for path in (ONTOLOGY_PATH, SHAPES_PATH, CONTEXT_PATH):
        assert path.is_file(), path


def test_rel_namespace_is_outside_the_ontology_namespace() -> None:
    assert str(REL["exilar_em"]) == "https://w3id.org/teia/rel/exilar_em"
    assert not str(REL).startswith(NS)


# --- ontology header, labels and comments --------------------------------------------------


def test_ontology_header(onto: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef(
        "https://w3id.org/teia/ontology/0.1.0"
    )


@pytest.mark.parametrize("annotation", [RDFS.label, RDFS.comment])
def test_every_term_is_described_in_portuguese_and_english(
    onto: Graph, annotation: URIRef
) -> None:
    problems = []
    for name in sorted(teia_terms(onto)):
        values = [v for v in onto.objects(TEIA[name], annotation) if isinstance(v, Literal)]
        languages = sorted(v.language or "" for v in values)
        if languages != ["en", "pt"]:
            problems.append(f"{name}: {languages}")
    assert not problems, f"{annotation} must be given once @pt and once @en: {problems}"


# --- structure -------------------------------------------------------------------------------


def _refers_to_known_class(onto: Graph, node: object) -> bool:
    if isinstance(node, BNode):
        members = onto.value(node, OWL.unionOf)
        return members is not None and all(
            _refers_to_known_class(onto, m) for m in Collection(onto, members)
        )
    if not isinstance(node, URIRef):
        return False
    if str(node).startswith(NS):
        return any(
            (node, RDF.type, kind) in onto for kind in (OWL.Class, RDFS.Datatype)
        )
    return str(node).startswith(EXTERNAL)


def test_domains_ranges_and_superclasses_are_known(onto: Graph) -> None:
    problems = []
    for predicate in (RDFS.domain, RDFS.range, RDFS.subClassOf):
        for subject, target in onto.subject_objects(predicate):
            if str(subject).startswith(NS) and not _refers_to_known_class(onto, target):
                problems.append(f"{subject} {predicate} {target}")
    assert not problems, problems


def test_properties_are_either_object_or_datatype_properties(onto: Graph) -> None:
    objects = set(onto.subjects(RDF.type, OWL.ObjectProperty))
    datatypes = set(onto.subjects(RDF.type, OWL.DatatypeProperty))
    assert not objects & datatypes
    for prop in datatypes:
        rng = onto.value(prop, RDFS.range)
        if rng is not None:
            assert str(rng).startswith(str(XSD)) or rng == TEIA.TemporalValue, prop
    for prop in objects:
        rng = onto.value(prop, RDFS.range)
        if rng is not None:
            assert not str(rng).startswith(str(XSD)), prop


def test_temporal_value_is_year_month_or_day(onto: Graph) -> None:
    union = onto.value(onto.value(TEIA.TemporalValue, OWL.equivalentClass), OWL.unionOf)
    assert set(Collection(onto, union)) == {XSD.gYear, XSD.gYearMonth, XSD.date}
    for name in ("start", "end", "date", "endDate"):
        assert onto.value(TEIA[name], RDFS.range) == TEIA.TemporalValue


def test_class_hierarchy(onto: Graph) -> None:
    assert RDF.Statement in super_classes(onto, TEIA.RelationStatement)
    assert PROV.Activity in super_classes(onto, TEIA.Build)
    assert TEIA.Agent in super_classes(onto, TEIA.Person)
    assert TEIA.Organization in super_classes(onto, TEIA.PoliticalParty)
    assert TEIA.MilitaryConflict in super_classes(onto, TEIA.Battle)
    for record in ("Quotation", "TimeInterval", "Document", "Mention", "RelationStatement"):
        assert TEIA.Entity not in super_classes(onto, TEIA[record]), record


def test_entity_and_event_class_tables_match_the_hierarchy(onto: Graph) -> None:
    entity_classes = {c for c in defined_classes(onto) if TEIA.Entity in super_classes(onto, c)}
    assert set(ENTITY_CLASSES.values()) == entity_classes
    event_classes = {c for c in defined_classes(onto) if TEIA.Event in super_classes(onto, c)}
    assert set(EVENT_CLASSES.values()) == event_classes
    assert EVENT_CLASSES["Battle"] == TEIA.Battle
    for name, cls in {**ENTITY_CLASSES, **EVENT_CLASSES}.items():
        assert cls == TEIA[name]


def test_category_classes() -> None:
    assert dict(CATEGORY_CLASS) == {
        "PER": TEIA.Person,
        "ORG": TEIA.Organization,
        "LOC": TEIA.Place,
        "EVENT": TEIA.Event,
        "WORK": TEIA.Work,
        "CONCEPT": TEIA.Concept,
        "MISC": TEIA.Miscellaneous,
    }
    assert set(CATEGORY_CLASS.values()) <= set(ENTITY_CLASSES.values())


def test_related_to_is_the_most_general_relation(onto: Graph) -> None:
    for name in ENTITY_RELATIONS + ["hasParticipant", "agent", "defeatedParty", "place"]:
        assert TEIA.relatedTo in super_properties(onto, TEIA[name]), name
    for name in ("agent", "defeatedParty", "patient"):
        assert TEIA.hasParticipant in super_properties(onto, TEIA[name]), name


def test_characteristics(onto: Graph) -> None:
    for name in ("confidence", "polarity", "bornIn", "diedIn"):
        assert (TEIA[name], RDF.type, OWL.FunctionalProperty) in onto, name
    for name in ("allyOf", "foughtAgainst", "relativeOf"):
        assert (TEIA[name], RDF.type, OWL.SymmetricProperty) in onto, name
    inverses = {
        ("memberOf", "hasMember"),
        ("partOf", "hasPart"),
        ("createdBy", "authorOf"),
        ("participantIn", "hasParticipant"),
        ("hasMention", "refersTo"),
    }
    for left, right in inverses:
        assert (TEIA[left], OWL.inverseOf, TEIA[right]) in onto, (left, right)


def test_datatypes_of_provenance_properties(onto: Graph) -> None:
    expected = {
        "confidence": XSD.decimal,
        "polarity": XSD.boolean,
        "relative": XSD.boolean,
        "normalized": XSD.boolean,
        "sentence": XSD.string,
        "rule": XSD.string,
        "value": XSD.string,
    }
    for name, datatype in expected.items():
        assert onto.value(TEIA[name], RDFS.range) == datatype, name


def test_alignments(onto: Graph) -> None:
    close = {
        "Person": WD.Q5,
        "Organization": WD.Q43229,
        "PoliticalParty": WD.Q7278,
        "Battle": WD.Q178561,
        "Revolution": WD.Q10931,
        "Treaty": WD.Q131569,
        "bornIn": WDT.P19,
        "diedIn": WDT.P20,
        "memberOf": WDT.P463,
        "foundedBy": WDT.P112,
        "place": WDT.P276,
        "hasParticipant": WDT.P710,
        "start": WDT.P580,
        "end": WDT.P582,
    }
    for name, target in close.items():
        assert (TEIA[name], SKOS.closeMatch, target) in onto, name
    assert SCHEMA.Person in super_classes(onto, TEIA.Person)
    assert SCHEMA.birthPlace in super_properties(onto, TEIA.bornIn)
    assert SCHEMA.memberOf in super_properties(onto, TEIA.memberOf)


def test_ontology_and_validation_do_not_import_spacy() -> None:
    code = (
        "import sys, teia.ontology.namespace, teia.graph.validate;"
        "sys.exit(1 if 'spacy' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_ontology_package_import_is_lazy() -> None:
    code = "import sys, teia.ontology; sys.exit(1 if 'rdflib' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


# --- JSON-LD context --------------------------------------------------------------------------


def _context() -> dict:
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


def test_context_defines_every_term_and_prefix(onto: Graph) -> None:
    context = _context()
    for prefix in ("teia", "rdfs", "skos", "prov", "nif", "xsd", "schema"):
        assert prefix in context, prefix
    assert context["teia"] == NS
    for name in teia_terms(onto):
        entry = context[name]
        iri = entry["@id"] if isinstance(entry, dict) else entry
        assert iri == f"teia:{name}", name
        if (TEIA[name], RDF.type, OWL.ObjectProperty) in onto:
            assert entry["@type"] == "@id", name
    for value in context.values():  # nothing that would make a JSON-LD processor go online
        if isinstance(value, str):
            assert not value.endswith(".jsonld"), value


def test_json_ld_round_trip_with_the_local_context() -> None:
    ex = Namespace("https://w3id.org/teia/id/")
    graph = Graph()
    person, city, statement, mention, doc, when = (
        ex["person/lenine"],
        ex["place/simbirsk"],
        ex["statement/1"],
        ex["mention/1"],
        ex["doc/d1"],
        ex["time/t1"],
    )
    graph.add((person, RDF.type, TEIA.Person))
    graph.add((person, RDFS.label, Literal("Lenine", lang="pt")))
    graph.add((person, TEIA.bornIn, city))
    graph.add((city, RDF.type, TEIA.Place))
    graph.add((statement, RDF.type, TEIA.RelationStatement))
    graph.add((statement, RDF.subject, person))
    graph.add((statement, RDF.predicate, TEIA.bornIn))
    graph.add((statement, RDF.object, city))
    graph.add((statement, PROV.wasDerivedFrom, doc))
    graph.add((statement, TEIA.sentence, Literal("Lenine nasceu em Simbirsk.")))
    graph.add((statement, TEIA.confidence, Literal(Decimal("0.85"))))
    graph.add((statement, TEIA.polarity, Literal(True)))
    graph.add((statement, TEIA.evidence, mention))
    graph.add((statement, REL["nascer_em"], city))
    graph.add((mention, NIF.beginIndex, Literal(17, datatype=XSD.nonNegativeInteger)))
    graph.add((mention, NIF.anchorOf, Literal("Simbirsk")))
    graph.add((when, TEIA.start, Literal("1870", datatype=XSD.gYear)))
    graph.add((when, TEIA.end, Literal("1870-04-22", datatype=XSD.date)))
    graph.add((when, TEIA.normalized, Literal(True)))

    text = graph.serialize(format="json-ld", context=_context())
    assert '"bornIn"' in text  # the context's short names were used
    back = Graph().parse(data=text, format="json-ld")
    assert isomorphic(graph, back)


# --- OWL RL consistency ----------------------------------------------------------------------


def _owl_rl_errors(data: Graph) -> list[str]:
    import owlrl  # installed with pyshacl

    graph = load_ontology()
    for triple in data:
        graph.add(triple)
    owlrl.DeductiveClosure(
        owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False
    ).expand(graph)
    errors = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
    return [str(m) for m in graph.objects(None, errors.error)]


def _small_history() -> Graph:
    ex = Namespace("https://w3id.org/teia/id/")
    g = Graph()
    g.add((ex["person/lenine"], RDF.type, TEIA.Person))
    g.add((ex["person/trotski"], RDF.type, TEIA.Person))
    g.add((ex["place/simbirsk"], RDF.type, TEIA.Place))
    g.add((ex["party/bolcheviques"], RDF.type, TEIA.PoliticalParty))
    g.add((ex["battle/varsovia"], RDF.type, TEIA.Battle))
    g.add((ex["person/lenine"], TEIA.bornIn, ex["place/simbirsk"]))
    g.add((ex["person/lenine"], TEIA.memberOf, ex["party/bolcheviques"]))
    g.add((ex["person/lenine"], TEIA.led, ex["party/bolcheviques"]))
    g.add((ex["person/trotski"], TEIA.commanded, ex["battle/varsovia"]))
    g.add((ex["battle/varsovia"], TEIA.agent, ex["party/bolcheviques"]))
    g.add((ex["battle/varsovia"], TEIA.place, ex["place/simbirsk"]))
    g.add((ex["person/lenine"], TEIA.allyOf, ex["person/trotski"]))
    return g


def test_ontology_with_typical_data_is_owl_rl_consistent() -> None:
    data = _small_history()
    assert _owl_rl_errors(data) == []


def test_disjoint_kinds_are_detected_by_owl_rl() -> None:
    data = _small_history()
    data.add((URIRef("https://w3id.org/teia/id/person/lenine"), RDF.type, TEIA.Place))
    assert _owl_rl_errors(data), "a person that is also a place must be inconsistent"
