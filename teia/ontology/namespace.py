"""The teia vocabulary as Python names.

:class:`TEIA` lists every term that ``teia.ttl`` declares in the ontology namespace, and
nothing else: ``_fail = True`` turns a typo (``TEIA.Persn``) into an ``AttributeError``
instead of a silently wrong IRI. A test checks the class and the Turtle file against each
other in both directions, so a term added to one must be added to the other.

This module imports rdflib only (never spaCy) and reads no file at import time.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path
from types import MappingProxyType
from typing import Final, Mapping

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from teia.categories import CLASS_OF

__all__ = [
    "TEIA",
    "REL",
    "NIF",
    "ITSRDF",
    "SCHEMA",
    "WD",
    "WDT",
    "DBR",
    "WIKIPEDIA",
    "ONTOLOGY_IRI",
    "ONTOLOGY_VERSION_IRI",
    "DEFAULT_BASE_IRI",
    "ONTOLOGY_PATH",
    "SHAPES_PATH",
    "CONTEXT_PATH",
    "CATEGORY_CLASS",
    "EVENT_CLASSES",
    "ENTITY_CLASSES",
    "load_ontology",
    "load_shapes",
    "bind_prefixes",
    "Terms",
]


class TEIA(DefinedNamespace):
    """Terms of the teia ontology (``https://w3id.org/teia/ontology#``)."""

    _NS = Namespace("https://w3id.org/teia/ontology#")
    _fail = True

    # --- Classes: entities --------------------------------------------------------------
    Entity: URIRef
    Agent: URIRef
    Person: URIRef
    Organization: URIRef
    PoliticalParty: URIRef
    MilitaryUnit: URIRef
    State: URIRef
    Place: URIRef
    Event: URIRef
    MilitaryConflict: URIRef
    Battle: URIRef
    Revolution: URIRef
    Treaty: URIRef
    Founding: URIRef
    Work: URIRef
    Concept: URIRef
    Miscellaneous: URIRef

    # --- Classes: records -----------------------------------------------------------------
    Quotation: URIRef
    TimeInterval: URIRef
    Document: URIRef
    Mention: URIRef
    RelationStatement: URIRef
    Build: URIRef
    MergeDecision: URIRef

    # --- Datatypes ------------------------------------------------------------------------
    TemporalValue: URIRef

    # --- Relations between entities -------------------------------------------------------
    relatedTo: URIRef
    led: URIRef
    commanded: URIRef
    founded: URIRef
    foundedBy: URIRef
    defeated: URIRef
    supported: URIRef
    attacked: URIRef
    signed: URIRef
    united: URIRef
    memberOf: URIRef
    hasMember: URIRef
    bornIn: URIRef
    diedIn: URIRef
    diedOrBuriedIn: URIRef
    keyPersonOf: URIRef
    parentOf: URIRef
    spouseOf: URIRef
    influencedBy: URIRef
    headquarteredIn: URIRef
    partOf: URIRef
    hasPart: URIRef
    locatedIn: URIRef
    succeeded: URIRef
    allyOf: URIRef
    foughtAgainst: URIRef
    affiliatedWith: URIRef
    createdBy: URIRef
    authorOf: URIRef
    relativeOf: URIRef
    residedIn: URIRef
    nationality: URIRef
    participantIn: URIRef

    # --- Events ---------------------------------------------------------------------------
    hasParticipant: URIRef
    agent: URIRef
    patient: URIRef
    defeatedParty: URIRef
    place: URIRef
    time: URIRef
    trigger: URIRef
    date: URIRef
    endDate: URIRef
    firstDay: URIRef
    lastDay: URIRef

    # --- Times ----------------------------------------------------------------------------
    start: URIRef
    end: URIRef
    value: URIRef
    granularity: URIRef
    qualifier: URIRef
    calendarNote: URIRef
    relative: URIRef
    anchor: URIRef
    kind: URIRef
    normalized: URIRef
    text: URIRef

    # --- Provenance -----------------------------------------------------------------------
    mentionedIn: URIRef
    hasMention: URIRef
    refersTo: URIRef
    inDocument: URIRef
    sentence: URIRef
    evidence: URIRef
    rule: URIRef
    confidence: URIRef
    polarity: URIRef
    modality: URIRef
    statementTime: URIRef
    statementPlace: URIRef
    quotedText: URIRef
    author: URIRef
    path: URIRef
    sha256: URIRef
    softwareVersion: URIRef
    modelName: URIRef
    modelVersion: URIRef
    configHash: URIRef
    mergedInto: URIRef
    mergedLabel: URIRef
    mergeRule: URIRef
    mergeEvidence: URIRef
    mergeStatus: URIRef


REL: Final = Namespace("https://w3id.org/teia/rel/")
"""Open relations, ``rel:<lemma>_<preposition>`` (e.g. ``rel:exilar_em``); sub-properties of
``teia:relatedTo``."""

NIF: Final = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
"""NIF 2.0 core, for mention offsets (``nif:beginIndex``, ``nif:endIndex``, ``nif:anchorOf``)."""

ITSRDF: Final = Namespace("http://www.w3.org/2005/11/its/rdf#")
SCHEMA: Final = Namespace("https://schema.org/")
WD: Final = Namespace("http://www.wikidata.org/entity/")
WDT: Final = Namespace("http://www.wikidata.org/prop/direct/")
DBR: Final = Namespace("http://pt.dbpedia.org/resource/")
"""Portuguese DBpedia resources: a linked entity is ``owl:sameAs dbr:<Title>``."""
WIKIPEDIA: Final = Namespace("http://pt.wikipedia.org/wiki/")
"""Portuguese Wikipedia pages: a linked entity ``foaf:isPrimaryTopicOf`` its article's page."""

ONTOLOGY_IRI: Final = URIRef("https://w3id.org/teia/ontology")
ONTOLOGY_VERSION_IRI: Final = URIRef("https://w3id.org/teia/ontology/0.1.0")
DEFAULT_BASE_IRI: Final = "https://w3id.org/teia/id/"
"""Where data IRIs (entities, documents, statements) live unless the user picks another base."""

_HERE = files(__package__ or "teia.ontology")
ONTOLOGY_PATH: Final = Path(str(_HERE / "teia.ttl"))
SHAPES_PATH: Final = Path(str(_HERE / "shapes.ttl"))
CONTEXT_PATH: Final = Path(str(_HERE / "context.jsonld"))

CATEGORY_CLASS: Final[Mapping[str, URIRef]] = MappingProxyType(
    {category: TEIA[name] for category, name in CLASS_OF.items()}
)
"""NER category → entity class. Categories absent here (DATE, VALUE) become literals."""

EVENT_CLASSES: Final[Mapping[str, URIRef]] = MappingProxyType(
    {
        name: TEIA[name]
        for name in ("Event", "MilitaryConflict", "Battle", "Revolution", "Treaty", "Founding")
    }
)
"""Event classes (``teia:Event`` and its sub-classes) by local name: ``EVENT_CLASSES["Battle"]``."""

ENTITY_CLASSES: Final[Mapping[str, URIRef]] = MappingProxyType(
    {
        name: TEIA[name]
        for name in (
            "Entity",
            "Agent",
            "Person",
            "Organization",
            "PoliticalParty",
            "MilitaryUnit",
            "State",
            "Place",
            "Event",
            "MilitaryConflict",
            "Battle",
            "Revolution",
            "Treaty",
            "Founding",
            "Work",
            "Concept",
            "Miscellaneous",
        )
    }
)
"""Every entity class (``teia:Entity`` and its sub-classes) by local name."""


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the usual teia prefixes on ``graph`` (in place) and return it."""
    graph.bind("teia", TEIA._NS)
    graph.bind("rel", REL)
    graph.bind("nif", NIF)
    graph.bind("itsrdf", ITSRDF)
    graph.bind("schema", SCHEMA, replace=True)
    graph.bind("prov", "http://www.w3.org/ns/prov#")
    graph.bind("skos", "http://www.w3.org/2004/02/skos/core#")
    graph.bind("owl", "http://www.w3.org/2002/07/owl#")
    graph.bind("foaf", "http://xmlns.com/foaf/0.1/")
    graph.bind("dbr", DBR)
    return graph


def load_ontology() -> Graph:
    """Parse the shipped ontology (``teia.ttl``) into a new graph."""
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


def load_shapes() -> Graph:
    """Parse the shipped SHACL shapes (``shapes.ttl``) into a new graph."""
    return Graph().parse(SHAPES_PATH, format="turtle")


class Terms:
    """A namespace's terms as plain attributes, each looked up once.

    ``TEIA.Mention`` checks the name against the vocabulary (``_fail``) and mints a new
    ``URIRef`` at every access, and so does ``NIF.beginIndex`` (minting only): code that writes a
    term per mention or per statement reads it through ``Terms(TEIA).Mention`` instead, which
    asks the namespace the first time (an unknown name still fails there) and keeps the answer.
    ``terms[name]`` asks the namespace every time."""

    def __init__(self, namespace: object) -> None:
        object.__setattr__(self, "_namespace", namespace)

    def __getattr__(self, name: str) -> URIRef:  # only for a name not read before
        if name.startswith("__"):
            raise AttributeError(name)
        term = getattr(self._namespace, name)
        object.__setattr__(self, name, term)
        return term

    def __getitem__(self, name: str) -> URIRef:
        return self._namespace[name]

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("the terms of a namespace are read only")
