"""Project the RDF knowledge graph onto a plain property graph (nodes and edges).

Every exporter (GEXF, GraphML, CSV, HTML) draws the same picture of the RDF data: entity
nodes, the relations between them and, optionally, the relation statements and documents
behind them. This module computes that picture once, in a single pass over the triples and
without SPARQL, so that it stays fast on graphs of millions of triples.

The result is a :class:`Projection` (sorted lists of :class:`Node` and :class:`Edge`), which
the writers stream to disk; :func:`project` returns the same thing as a
:class:`networkx.MultiDiGraph` for analysis in Python. The colours and sizes of the nodes are
in :mod:`teia.graph.palette`, the communities in :mod:`teia.graph.export.communities`, the
date arithmetic in :mod:`teia.timevalues` and the writers' shared plumbing in
:mod:`teia.graph.export.writing`.
"""

from __future__ import annotations

import gc
import math
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator, Mapping
from urllib.parse import unquote

import networkx as nx
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.graph import ConjunctiveGraph, Graph
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS
from rdflib.plugins.stores.memory import Memory

from teia.graph.export.communities import assign_communities
from teia.graph.timevalues import time_bounds
from teia.ontology.namespace import DBR, NIF, REL, TEIA
from teia.timevalues import day_bounds, earlier, later

__all__ = [
    "TEIA_NS",
    "REL_NS",
    "ENTITY_CLASSES",
    "Node",
    "Edge",
    "Projection",
    "union_triples",
    "build_projection",
    "project",
    "as_projection",
]

TEIA_NS = str(TEIA)
REL_NS = str(REL)

#: Entity classes, most specific first: a node typed with several of them takes the first.
ENTITY_CLASSES: tuple[str, ...] = (
    "Battle",
    "Revolution",
    "Treaty",
    "Founding",
    "MilitaryConflict",
    "Event",
    "PoliticalParty",
    "MilitaryUnit",
    "State",
    "Organization",
    "Person",
    "Place",
    "Work",
    "Concept",
    "Miscellaneous",
)

_PARTICIPATION = frozenset((TEIA.agent, TEIA.defeatedParty, TEIA.hasParticipant, TEIA.place))
_MENTIONED_IN = str(TEIA.mentionedIn)
_DBPEDIA = str(DBR)


# --------------------------------------------------------------------------- data model


@dataclass
class Node:
    """One node of the projection. ``first_date``/``last_date`` are ISO dates or ``""``."""

    id: str
    label: str
    type: str
    aliases: str = ""
    degree: int = 0
    community: int = 0
    first_date: str = ""
    last_date: str = ""
    evidence: list[str] = field(default_factory=list)
    dbpedia: str = ""
    """The DBpedia resource the entity is ``owl:sameAs`` (``docs/linking.md``), or ``""``."""

    def attributes(self) -> dict[str, Any]:
        """Scalar attributes (no empty dates, no lists) as used by networkx and the writers."""
        attrs: dict[str, Any] = {
            "label": self.label,
            "type": self.type,
            "aliases": self.aliases,
            "degree": self.degree,
            "community": self.community,
        }
        if self.dbpedia:
            attrs["dbpedia"] = self.dbpedia
        return _with_dates(attrs, first_date=self.first_date, last_date=self.last_date)


@dataclass
class Edge:
    """One aggregated edge ``source --property--> target``."""

    source: str
    target: str
    property: str
    label: str
    weight: int = 1
    confidence: float = 1.0
    start: str = ""
    end: str = ""
    first_sentence: str = ""
    last_sentence: str = ""
    """A co-occurrence edge's first and last shared sentence or paragraph (``<doc IRI>#<offset>``)."""

    def attributes(self) -> dict[str, Any]:
        attrs: dict[str, Any] = {
            "label": self.label,
            "property": self.property,
            "weight": self.weight,
            "confidence": self.confidence,
        }
        _with_dates(attrs, start=self.start, end=self.end)
        if self.first_sentence:
            attrs["first_sentence"] = self.first_sentence
            attrs["last_sentence"] = self.last_sentence
        return attrs


def _with_dates(attrs: dict[str, Any], **dates: str) -> dict[str, Any]:
    """``attrs`` with the dates that are known (an empty date is left out)."""
    attrs.update((key, value) for key, value in dates.items() if value)
    return attrs


@dataclass
class Projection:
    """Sorted nodes and edges; what every writer consumes."""

    nodes: list[Node]
    edges: list[Edge]

    def __len__(self) -> int:
        return len(self.nodes)

    @property
    def types(self) -> list[str]:
        return sorted({n.type for n in self.nodes})

    def to_networkx(self) -> nx.MultiDiGraph:
        g = nx.MultiDiGraph()
        for n in self.nodes:
            g.add_node(n.id, **n.attributes())
        for e in self.edges:
            g.add_edge(e.source, e.target, key=e.property, **e.attributes())
        return g


# --------------------------------------------------------------------------- helpers


def union_triples(graph: Graph) -> Iterator[tuple[Any, Any, Any]]:
    """Yield every triple of ``graph``; for a Dataset, of all its graphs (default included).

    A triple stored in several named graphs is yielded once per graph; the projection
    counts statements by their node, so duplicates do not inflate weights.
    """
    if isinstance(graph, ConjunctiveGraph):  # Dataset is a ConjunctiveGraph in rdflib 7
        for s, p, o, _ctx in graph.quads((None, None, None, None)):
            yield s, p, o
    else:
        yield from graph.triples((None, None, None))


def predicate_index(graph: Graph) -> Iterator[tuple[Any, Mapping[Any, Iterable[Any]]]]:
    """Yield ``(predicate, {object: subjects})`` for the union of ``graph``'s triples.

    With rdflib's default in-memory store this reads the store's own predicate index when
    the graph covers the whole store (a Dataset or ConjunctiveGraph, or a Graph alone in its
    store), which avoids building a Python tuple per triple; otherwise it groups
    :func:`union_triples` by predicate.
    """
    store = graph.store
    pos = getattr(store, "_Memory__pos", None) if type(store) is Memory else None
    if isinstance(pos, dict) and (
        isinstance(graph, ConjunctiveGraph) or len(store) == len(graph)
    ):
        for p, by_object in pos.items():
            if by_object:
                yield p, by_object
        return
    index: dict[Any, dict[Any, list[Any]]] = {}
    for s, p, o in union_triples(graph):
        by_obj = index.get(p)
        if by_obj is None:
            by_obj = index[p] = {}
        subjects = by_obj.get(o)
        if subjects is None:
            by_obj[o] = [s]
        else:
            subjects.append(s)
    yield from index.items()


def _local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            tail = iri.rsplit(sep, 1)[1]
            if tail:
                return tail
    return iri


def _fallback_label(iri: str) -> str:
    tail = unquote(_local_name(iri)).replace("_", " ").strip()
    return tail or iri


def predicate_label(iri: str) -> str:
    """Short edge label: ``led`` for teia properties, ``rel:atacar_em`` for open ones."""
    if iri.startswith(REL_NS):
        return "rel:" + iri[len(REL_NS):]
    if iri.startswith(TEIA_NS):
        return iri[len(TEIA_NS):]
    return _local_name(iri)


def _class_iris(node_classes: Iterable[str | URIRef] | None) -> dict[URIRef, int]:
    """Class IRI → priority (lower wins) for the node classes asked for."""
    if node_classes is None:
        names: list[str] = list(ENTITY_CLASSES)
    else:
        names = [str(c) for c in node_classes]
    out: dict[URIRef, int] = {}
    for i, name in enumerate(names):
        iri = URIRef(name if ":" in name else TEIA_NS + name)
        out.setdefault(iri, i)
    return out


def _class_name(iri: URIRef) -> str:
    s = str(iri)
    if s.startswith(TEIA_NS):
        return s[len(TEIA_NS):]
    return _local_name(s)


def _to_float(lit: Any) -> float | None:
    if not isinstance(lit, Literal):
        return None
    try:
        v = float(str(lit))
    except ValueError:
        return None
    return v if math.isfinite(v) else None


# --------------------------------------------------------------------------- projection


def build_projection(
    graph: Graph,
    *,
    node_classes: Iterable[str | URIRef] | None = None,
    include_statements: bool = False,
    include_documents: bool = False,
    min_confidence: float = 0.0,
    communities: bool | str = True,
    max_evidence: int = 3,
) -> Projection:
    """Compute the node/edge picture of ``graph`` (an rdflib Graph or Dataset).

    - Nodes: IRIs typed with one of ``node_classes`` (teia class local names or full IRIs;
      default :data:`ENTITY_CLASSES`), plus relation statements and documents when asked.
    - Edges: triples between two nodes whose property is in the teia or open-relation
      namespace, aggregated by (subject, property, object) with the relation statements
      (``rdf:subject/predicate/object``) that support them: ``weight`` is the number of
      statements (at least 1), ``confidence`` their maximum (1.0 for a triple asserted
      without any statement), ``start``/``end`` the span of their ``teia:statementTime``.
      Participation edges of an event without statement times take the event's dates.
    - Statements below ``min_confidence`` are dropped; an edge all of whose statements
      were dropped is dropped too.
    - ``communities``: ``True`` (Louvain, seed 42, up to
      :data:`~teia.graph.export.communities.LOUVAIN_MAX_EDGES` edges; label propagation
      above), ``"louvain"``, ``"label_propagation"`` or ``False`` (all 0).
    """
    # the projection allocates many small containers and no cycles: pausing the cyclic
    # garbage collector saves a good share of the time on large graphs
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        facts = _read_facts(graph, _class_iris(node_classes))
        picture = _Picture(facts)
        kept = picture.aggregate_statements(min_confidence)
        picture.add_asserted_triples(min_confidence)
        picture.date_nodes()
        edges = picture.relation_edges()
        if include_statements:
            edges += picture.statement_nodes(kept)
        if include_documents:
            edges += picture.document_nodes(kept)
        picture.mention_evidence()
        nodes, edges = picture.assemble(edges, max_evidence)
        if communities and nodes:
            assign_communities(nodes, edges, communities)
        return Projection(nodes=nodes, edges=edges)
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class _Facts:
    """What the projection reads of the graph, gathered in one pass over the predicates."""

    types: dict[Any, int] = field(default_factory=dict)  # node -> best class priority
    type_iri: dict[Any, URIRef] = field(default_factory=dict)
    statement_nodes: set[Any] = field(default_factory=set)
    labels: dict[Any, list[Literal]] = field(default_factory=lambda: defaultdict(list))
    label_rank: dict[Any, int] = field(default_factory=dict)
    alt_labels: dict[Any, set[str]] = field(default_factory=lambda: defaultdict(set))
    dbpedia: dict[Any, str] = field(default_factory=dict)  # node -> its pt.dbpedia.org resource
    st_subject: dict[Any, Any] = field(default_factory=dict)
    st_predicate: dict[Any, Any] = field(default_factory=dict)
    st_object: dict[Any, Any] = field(default_factory=dict)
    confidence: dict[Any, float] = field(default_factory=dict)
    sentence: dict[Any, str] = field(default_factory=dict)
    derived_from: dict[Any, set[Any]] = field(default_factory=lambda: defaultdict(set))
    context_of: dict[Any, Any] = field(default_factory=dict)
    times: dict[Any, list[Any]] = field(default_factory=lambda: defaultdict(list))  # teia:time / date / statementTime
    iv_start: dict[Any, Any] = field(default_factory=dict)
    iv_end: dict[Any, Any] = field(default_factory=dict)
    refers_to: list[tuple[Any, Any]] = field(default_factory=list)
    anchor_of: dict[Any, str] = field(default_factory=dict)
    candidates: list[tuple[Any, Any, Any]] = field(default_factory=list)


# what each predicate the projection reads is for (predicates not listed are candidate edges
# when they are teia or open-relation properties)
_TYPE, _LABEL, _ALT_LABEL, _ONE_VALUE, _CONFIDENCE, _FIRST_TEXT, _TIME, _REFERS, _DERIVED, _SAME_AS = range(10)
_ROLE: dict[URIRef, int] = {
    RDF.type: _TYPE,
    RDFS.label: _LABEL,
    SKOS.prefLabel: _LABEL,
    DCTERMS.title: _LABEL,
    SKOS.altLabel: _ALT_LABEL,
    RDF.subject: _ONE_VALUE,
    RDF.predicate: _ONE_VALUE,
    RDF.object: _ONE_VALUE,
    TEIA.start: _ONE_VALUE,
    TEIA.end: _ONE_VALUE,
    NIF.referenceContext: _ONE_VALUE,
    TEIA.confidence: _CONFIDENCE,
    TEIA.sentence: _FIRST_TEXT,
    NIF.anchorOf: _FIRST_TEXT,
    TEIA.statementTime: _TIME,
    TEIA.time: _TIME,
    TEIA.date: _TIME,
    TEIA.refersTo: _REFERS,
    PROV.wasDerivedFrom: _DERIVED,
    OWL.sameAs: _SAME_AS,
}
_LABEL_RANK = {RDFS.label: 0, SKOS.prefLabel: 1, DCTERMS.title: 2}


def _read_facts(graph: Graph, classes: dict[URIRef, int]) -> _Facts:
    f = _Facts()
    one_value = {
        RDF.subject: f.st_subject, RDF.predicate: f.st_predicate, RDF.object: f.st_object,
        TEIA.start: f.iv_start, TEIA.end: f.iv_end, NIF.referenceContext: f.context_of,
    }
    first_text = {TEIA.sentence: f.sentence, NIF.anchorOf: f.anchor_of}
    teia_ns, rel_ns = TEIA_NS, REL_NS
    for p, by_object in predicate_index(graph):
        role = _ROLE.get(p)
        if role is None:
            if p.startswith(rel_ns) or p.startswith(teia_ns):
                f.candidates.extend((s, p, o) for o, subjects in by_object.items() if type(o) is URIRef for s in subjects)
        elif role == _TYPE:
            _read_types(f, by_object, classes)
        elif role == _LABEL:
            _read_labels(f, by_object, _LABEL_RANK[p])
        elif role == _ALT_LABEL:
            for o, subjects in by_object.items():
                text = str(o)
                for s in subjects:
                    f.alt_labels[s].add(text)
        elif role == _SAME_AS:
            for o, subjects in by_object.items():
                if type(o) is URIRef and o.startswith(_DBPEDIA):
                    for s in subjects:
                        if s not in f.dbpedia or str(o) < f.dbpedia[s]:  # one per node, the same on every run
                            f.dbpedia[s] = str(o)
        elif role == _ONE_VALUE:
            target = one_value[p]
            for o, subjects in by_object.items():
                for s in subjects:
                    target[s] = o
        elif role == _CONFIDENCE:
            for o, subjects in by_object.items():
                v = _to_float(o)
                if v is None:
                    continue
                for s in subjects:
                    old = f.confidence.get(s)
                    f.confidence[s] = v if old is None else max(old, v)
        elif role == _FIRST_TEXT:
            texts = first_text[p]
            for o, subjects in by_object.items():
                text = str(o)
                for s in subjects:
                    old_text = texts.get(s)
                    if old_text is None or text < old_text:
                        texts[s] = text
        elif role == _TIME:
            for o, subjects in by_object.items():
                for s in subjects:
                    f.times[s].append(o)
        elif role == _REFERS:
            f.refers_to.extend((s, o) for o, subjects in by_object.items() for s in subjects)
        elif role == _DERIVED:
            for o, subjects in by_object.items():
                for s in subjects:
                    f.derived_from[s].add(o)
    return f


def _read_types(f: _Facts, by_object: Mapping[Any, Iterable[Any]], classes: dict[URIRef, int]) -> None:
    for o, subjects in by_object.items():
        prio = classes.get(o)
        if prio is not None:
            for s in subjects:
                if type(s) is URIRef:
                    old = f.types.get(s)
                    if old is None or prio < old:
                        f.types[s] = prio
                        f.type_iri[s] = o
        elif o == TEIA.RelationStatement:
            f.statement_nodes.update(subjects)


def _read_labels(f: _Facts, by_object: Mapping[Any, Iterable[Any]], rank: int) -> None:
    for o, subjects in by_object.items():
        if not isinstance(o, Literal):
            continue
        for s in subjects:
            old = f.label_rank.get(s)
            if old is None or rank < old:
                f.label_rank[s] = rank
                f.labels[s] = [o]
            elif rank == old:
                f.labels[s].append(o)


@dataclass
class _Aggregate:
    """The statements and triples behind one edge."""

    count: int = 0
    conf: float | None = None
    start: str = ""
    end: str = ""
    asserted: bool = False


class _Picture:
    """The projection being assembled from the :class:`_Facts` of a graph."""

    def __init__(self, facts: _Facts) -> None:
        self.f = facts
        self.entity_ids = set(facts.types)
        self.node_kind: dict[Any, str] = {s: _class_name(facts.type_iri[s]) for s in self.entity_ids}
        self.extra_nodes: dict[Any, str] = {}
        self.aggs: dict[tuple[Any, Any, Any], _Aggregate] = {}
        self.evidence: dict[Any, list[tuple[float, str]]] = defaultdict(list)
        self.node_start: dict[Any, str] = {}
        self.node_end: dict[Any, str] = {}
        self._literal_bounds: dict[str, tuple[str, str]] = {}
        self._node_bounds: dict[Any, tuple[str, str]] = {}

    # ---- time values → (start, end)
    def _bounds_of(self, value: Any) -> tuple[str, str]:
        if isinstance(value, Literal):
            lexical = str(value)
            got = self._literal_bounds.get(lexical)
            if got is None:
                got = self._literal_bounds[lexical] = day_bounds(lexical) or ("", "")
            return got
        got = self._node_bounds.get(value)
        if got is None:
            got = self._node_bounds[value] = self._interval_bounds(value)
        return got

    def _interval_bounds(self, value: Any) -> tuple[str, str]:
        start = end = ""
        sv = self.f.iv_start.get(value)
        if sv is not None:
            b = time_bounds(sv)
            if b:
                start = b[0]
        ev = self.f.iv_end.get(value)
        if ev is not None:
            b = time_bounds(ev)
            if b:
                end = b[1]
        return start, end

    def span(self, subject: Any) -> tuple[str, str]:
        """The first and last day of the time values of ``subject``."""
        start = end = ""
        for v in self.f.times.get(subject, ()):
            a, b = self._bounds_of(v)
            start = earlier(start, a)
            end = later(end, b)
        return start, end

    def widen(self, node: Any, a: str, b: str) -> None:
        if a:
            self.node_start[node] = earlier(self.node_start.get(node, ""), a)
        if b:
            self.node_end[node] = later(self.node_end.get(node, ""), b)

    # ---- statements: which are kept, and what they support
    def _statements(self) -> set[Any]:
        f = self.f
        statements = set(f.statement_nodes)
        statements.update(s for s in f.st_subject if s in f.st_predicate and s in f.st_object)
        return statements

    def aggregate_statements(self, min_confidence: float) -> list[Any]:
        """Count the kept statements into their edges; returns the kept statements."""
        f, entity_ids = self.f, self.entity_ids
        kept: list[Any] = []
        for st in self._statements():
            if st not in f.st_subject or st not in f.st_predicate or st not in f.st_object:
                continue
            if f.confidence.get(st, 1.0) < min_confidence:
                continue
            kept.append(st)
        for st in kept:
            s, p, o = f.st_subject[st], f.st_predicate[st], f.st_object[st]
            a, b = self.span(st)
            conf = f.confidence.get(st)
            text = f.sentence.get(st)
            for node in (s, o):
                if node in entity_ids:
                    self.widen(node, a, b)
                    if text:
                        self.evidence[node].append((conf if conf is not None else 1.0, text))
            if s not in entity_ids or o not in entity_ids or type(p) is not URIRef:
                continue
            agg = self.aggs.get((s, p, o))
            if agg is None:
                agg = self.aggs[(s, p, o)] = _Aggregate()
            agg.count += 1
            if conf is not None:
                agg.conf = conf if agg.conf is None else max(agg.conf, conf)
            agg.start = earlier(agg.start, a)
            agg.end = later(agg.end, b)
        return kept

    def add_asserted_triples(self, min_confidence: float) -> None:
        """Add the plain triples between two nodes, except those whose statements were all
        below the threshold."""
        f, entity_ids = self.f, self.entity_ids
        dropped: set[tuple[Any, Any, Any]] = set()
        if min_confidence > 0:
            for st in self._statements():
                if f.confidence.get(st, 1.0) < min_confidence and st in f.st_subject:
                    dropped.add((f.st_subject[st], f.st_predicate.get(st), f.st_object.get(st)))
        for s, p, o in f.candidates:
            if s not in entity_ids or o not in entity_ids:
                continue
            key = (s, p, o)
            agg = self.aggs.get(key)
            if agg is None:
                if key in dropped:
                    continue
                agg = self.aggs[key] = _Aggregate()
                if p in _PARTICIPATION and s in f.times:
                    agg.start, agg.end = self.span(s)
            agg.asserted = True

    def date_nodes(self) -> None:
        """Node dates: own times, statement times, incident edges."""
        for node in self.entity_ids:
            if node in self.f.times:
                a, b = self.span(node)
                self.widen(node, a, b)
        for (s, _p, o), agg in self.aggs.items():
            if agg.start or agg.end:
                self.widen(s, agg.start, agg.end)
                self.widen(o, agg.start, agg.end)

    def relation_edges(self) -> list[Edge]:
        edges: list[Edge] = []
        for (s, p, o), agg in self.aggs.items():
            ps = str(p)
            edges.append(
                Edge(
                    source=str(s),
                    target=str(o),
                    property=ps,
                    label=predicate_label(ps),
                    weight=max(1, agg.count),
                    confidence=round(agg.conf, 6) if agg.conf is not None else 1.0,
                    start=agg.start,
                    end=agg.end,
                )
            )
        return edges

    def statement_nodes(self, kept: list[Any]) -> list[Edge]:
        """Relation statements as nodes, with edges to their subject and object."""
        f, entity_ids = self.f, self.entity_ids
        edges: list[Edge] = []
        subj, obj = str(RDF.subject), str(RDF.object)
        for st in kept:
            s, o = f.st_subject[st], f.st_object[st]
            if s not in entity_ids and o not in entity_ids:
                continue
            if type(st) is not URIRef:
                continue  # blank nodes have no stable id
            self.extra_nodes[st] = "RelationStatement"
            a, b = self.span(st)
            self.widen(st, a, b)
            conf = f.confidence.get(st)
            for pred, target in ((subj, s), (obj, o)):
                if target in entity_ids:
                    edges.append(
                        Edge(str(st), str(target), pred, predicate_label(pred),
                             1, round(conf, 6) if conf is not None else 1.0, a, b)
                    )
            text = f.sentence.get(st)
            if text:
                self.evidence[st].append((conf if conf is not None else 1.0, text))
        return edges

    def document_nodes(self, kept: list[Any]) -> list[Edge]:
        """Documents as nodes, with ``mentionedIn`` edges from the entities they mention."""
        f, entity_ids = self.f, self.entity_ids
        edges: list[Edge] = []
        mentioned: set[tuple[Any, Any]] = set()
        for m, ent in f.refers_to:
            if ent not in entity_ids:
                continue
            docs = set(f.derived_from.get(m, ()))
            ctx = f.context_of.get(m)
            if ctx is not None:
                docs.add(ctx)
            for d in docs:
                if type(d) is URIRef:
                    mentioned.add((ent, d))
        for st in kept:
            for d in f.derived_from.get(st, ()):
                if type(d) is not URIRef:
                    continue
                for ent in (f.st_subject[st], f.st_object[st]):
                    if ent in entity_ids:
                        mentioned.add((ent, d))
                if st in self.extra_nodes:
                    self.extra_nodes.setdefault(d, "Document")
                    pred = str(PROV.wasDerivedFrom)
                    edges.append(Edge(str(st), str(d), pred, "wasDerivedFrom"))
        for ent, d in mentioned:
            if d in entity_ids:
                continue
            self.extra_nodes.setdefault(d, "Document")
            edges.append(Edge(str(ent), str(d), _MENTIONED_IN, "mentionedIn"))
        return edges

    def mention_evidence(self) -> None:
        for m, ent in self.f.refers_to:
            if ent in self.entity_ids:
                text = self.f.sentence.get(m) or self.f.anchor_of.get(m)
                if text:
                    self.evidence[ent].append((0.0, text))

    def label_of(self, node: Any) -> str:
        cands = self.f.labels.get(node)
        if cands:
            pt = [str(lit) for lit in cands if (lit.language or "").lower().startswith("pt")]
            pool = pt or [str(lit) for lit in cands if not lit.language] or [str(x) for x in cands]
            text = min(pool).strip()
            if text:
                return text
        if node in self.node_kind or node in self.extra_nodes:
            if self.extra_nodes.get(node) == "RelationStatement":
                text = self.f.sentence.get(node, "").strip()
                if text:
                    return text if len(text) <= 80 else text[:79] + "…"
        return _fallback_label(str(node))

    def _node(self, node: Any, nid: str, max_evidence: int) -> Node:
        label = self.label_of(node)
        aliases = sorted(a for a in self.f.alt_labels.get(node, ()) if a and a != label)
        ev_sorted = sorted(set(self.evidence.get(node, ())), key=lambda x: (-x[0], x[1]))
        ev: list[str] = []
        for _c, text in ev_sorted:
            if text not in ev:
                ev.append(text)
            if len(ev) >= max_evidence:
                break
        return Node(
            id=nid,
            label=label,
            type=self.node_kind.get(node) or self.extra_nodes[node],
            aliases="; ".join(aliases),
            first_date=self.node_start.get(node, ""),
            last_date=self.node_end.get(node, ""),
            evidence=ev,
            dbpedia=self.f.dbpedia.get(node, ""),
        )

    def assemble(self, edges: list[Edge], max_evidence: int) -> tuple[list[Node], list[Edge]]:
        """The sorted nodes and the sorted, de-duplicated edges between them, with degrees."""
        all_nodes: dict[str, Node] = {}
        for node in list(self.entity_ids) + [n for n in self.extra_nodes if n not in self.entity_ids]:
            nid = str(node)
            if nid:
                all_nodes[nid] = self._node(node, nid, max_evidence)
        edges = [e for e in edges if e.source in all_nodes and e.target in all_nodes]
        edges.sort(key=lambda e: (e.source, e.target, e.property))
        # two rows with the same key can only come from the include_* options; keep one
        unique: list[Edge] = []
        for e in edges:
            if unique and (unique[-1].source, unique[-1].target, unique[-1].property) == (
                e.source, e.target, e.property
            ):
                continue
            unique.append(e)
        for e in unique:
            all_nodes[e.source].degree += 1
            all_nodes[e.target].degree += 1
        return [all_nodes[k] for k in sorted(all_nodes)], unique


def as_projection(graph: Any, **options: Any) -> Projection:
    """``graph`` itself if it is already a :class:`Projection`, else its projection.

    Only the projection options are taken from ``options``; the rest are ignored here.
    """
    if isinstance(graph, Projection):
        return graph
    if isinstance(graph, Graph):
        return build_projection(graph, **{k: v for k, v in options.items() if k in PROJECTION_OPTIONS})
    raise TypeError(f"cannot export a {type(graph).__name__}; expected an rdflib Graph")


PROJECTION_OPTIONS = frozenset(
    {"node_classes", "include_statements", "include_documents", "min_confidence",
     "communities", "max_evidence"}
)


def project(graph: Graph, **options: Any) -> nx.MultiDiGraph:
    """The projection of ``graph`` as a MultiDiGraph (edge keys are the property IRIs);
    ``options`` are those of :func:`build_projection`."""
    return build_projection(graph, **options).to_networkx()