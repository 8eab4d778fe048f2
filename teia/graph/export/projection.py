"""Project the RDF knowledge graph onto a plain property graph (nodes and edges).

Every exporter (GEXF, GraphML, CSV, HTML) draws the same picture of the RDF data: entity
nodes, the relations between them and, optionally, the relation statements and documents
behind them. This module computes that picture once, in a single pass over the triples and
without SPARQL, so that it stays fast on graphs of millions of triples.

The result is a :class:`Projection` (sorted lists of :class:`Node` and :class:`Edge`), which
the writers stream to disk; :func:`project` returns the same thing as a
:class:`networkx.MultiDiGraph` for analysis in Python.
"""

from __future__ import annotations

import calendar
import gc
import math
import os
import re
import tempfile
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, TextIO
from urllib.parse import unquote

import networkx as nx
from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.graph import ConjunctiveGraph, Graph
from rdflib.namespace import PROV, SKOS
from rdflib.plugins.stores.memory import Memory

try:  # the shared vocabulary module; the IRIs below are the same either way
    from teia.ontology.namespace import TEIA as _TEIA_MODULE_NS

    TEIA_NS = str(_TEIA_MODULE_NS)
except Exception:  # pragma: no cover - only while the ontology module is not there
    TEIA_NS = "https://w3id.org/teia/ontology#"

__all__ = [
    "TEIA_NS",
    "REL_NS",
    "ENTITY_CLASSES",
    "Node",
    "Edge",
    "Projection",
    "union_triples",
    "time_bounds",
    "build_projection",
    "project",
    "as_projection",
]

REL_NS = "https://w3id.org/teia/rel/"
NIF_NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"


def _t(local: str) -> URIRef:
    return URIRef(TEIA_NS + local)


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

_RELATION_STATEMENT = _t("RelationStatement")
_DOCUMENT = _t("Document")
_CONFIDENCE = _t("confidence")
_SENTENCE = _t("sentence")
_STATEMENT_TIME = _t("statementTime")
_TIME = _t("time")
_DATE = _t("date")
_START = _t("start")
_END = _t("end")
_REFERS_TO = _t("refersTo")
_PARTICIPATION = frozenset(
    _t(n) for n in ("agent", "defeatedParty", "hasParticipant", "place", "participant")
)
_ANCHOR_OF = URIRef(NIF_NS + "anchorOf")
_REFERENCE_CONTEXT = URIRef(NIF_NS + "referenceContext")
_DCT_TITLE = URIRef("http://purl.org/dc/terms/title")

_DATE_RE = re.compile(r"\s*(-?\d{4,})(?:-(\d{2}))?(?:-(\d{2}))?")

_MENTIONED_IN = "https://w3id.org/teia/ontology#mentionedIn"


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

    def attributes(self) -> dict[str, Any]:
        """Scalar attributes (no empty dates, no lists) as used by networkx and the writers."""
        attrs: dict[str, Any] = {
            "label": self.label,
            "type": self.type,
            "aliases": self.aliases,
            "degree": self.degree,
            "community": self.community,
        }
        if self.first_date:
            attrs["first_date"] = self.first_date
        if self.last_date:
            attrs["last_date"] = self.last_date
        return attrs


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

    def attributes(self) -> dict[str, Any]:
        attrs: dict[str, Any] = {
            "label": self.label,
            "property": self.property,
            "weight": self.weight,
            "confidence": self.confidence,
        }
        if self.start:
            attrs["start"] = self.start
        if self.end:
            attrs["end"] = self.end
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


def _day_bounds(lexical: str) -> tuple[str, str] | None:
    m = _DATE_RE.match(lexical)
    if not m:
        return None
    year_s, month_s, day_s = m.groups()
    year = int(year_s)
    if year == 0:  # no year zero in xsd:date (1.0), which GEXF uses
        return None
    ytext = f"{'-' if year < 0 else ''}{abs(year):04d}"
    if month_s is None:
        return f"{ytext}-01-01", f"{ytext}-12-31"
    month = int(month_s)
    if not 1 <= month <= 12:
        return None
    # month lengths of the proleptic Gregorian calendar; 1 BCE (-0001 here) is a leap year
    leap_year = year if year > 0 else year + 1
    last = calendar.monthrange(2000 if leap_year == 0 else abs(leap_year), month)[1]
    if day_s is None:
        return f"{ytext}-{month:02d}-01", f"{ytext}-{month:02d}-{last:02d}"
    day = int(day_s)
    if not 1 <= day <= last:
        return None
    return f"{ytext}-{month:02d}-{day:02d}", f"{ytext}-{month:02d}-{day:02d}"


def time_bounds(value: Any) -> tuple[str, str] | None:
    """The first and last day covered by a date literal (xsd:gYear, gYearMonth, date,
    dateTime or a plain string in those shapes), as ISO ``YYYY-MM-DD`` strings."""
    if not isinstance(value, Literal):
        return None
    return _day_bounds(str(value))


def _date_key(d: str) -> tuple[int, str]:
    # ISO dates compare as strings except for negative years; order those first
    if d.startswith("-"):
        return (-int(d[1:].split("-", 1)[0]), d)
    return (1 << 30, d)


def _min_date(a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    if a[0] != "-" and b[0] != "-":
        return a if a <= b else b
    return min(a, b, key=_date_key)


def _max_date(a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    if a[0] != "-" and b[0] != "-":
        return a if a >= b else b
    return max(a, b, key=_date_key)


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
    - ``communities``: ``True`` (Louvain, seed 42, up to :data:`LOUVAIN_MAX_EDGES` edges;
      label propagation above), ``"louvain"``, ``"label_propagation"`` or ``False`` (all 0).
    """
    # the projection allocates many small containers and no cycles: pausing the cyclic
    # garbage collector saves a good share of the time on large graphs
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build_projection(
            graph,
            node_classes=node_classes,
            include_statements=include_statements,
            include_documents=include_documents,
            min_confidence=min_confidence,
            communities=communities,
            max_evidence=max_evidence,
        )
    finally:
        if was_enabled:
            gc.enable()


def _build_projection(
    graph: Graph,
    *,
    node_classes: Iterable[str | URIRef] | None = None,
    include_statements: bool = False,
    include_documents: bool = False,
    min_confidence: float = 0.0,
    communities: bool | str = True,
    max_evidence: int = 3,
) -> Projection:
    classes = _class_iris(node_classes)

    types: dict[Any, int] = {}  # node -> best class priority
    type_iri: dict[Any, URIRef] = {}
    statement_nodes: set[Any] = set()
    labels: dict[Any, list[Literal]] = defaultdict(list)
    alt_labels: dict[Any, set[str]] = defaultdict(set)
    st_subject: dict[Any, Any] = {}
    st_predicate: dict[Any, Any] = {}
    st_object: dict[Any, Any] = {}
    confidence: dict[Any, float] = {}
    sentence: dict[Any, str] = {}
    derived_from: dict[Any, set[Any]] = defaultdict(set)
    context_of: dict[Any, Any] = {}
    times: dict[Any, list[Any]] = defaultdict(list)  # teia:time / teia:date / statementTime
    iv_start: dict[Any, Any] = {}
    iv_end: dict[Any, Any] = {}
    refers_to: list[tuple[Any, Any]] = []
    anchor_of: dict[Any, str] = {}
    candidates: list[tuple[Any, Any, Any]] = []

    RDF_TYPE = RDF.type
    code = {
        RDF_TYPE: 1,
        RDFS.label: 2,
        SKOS.prefLabel: 2,
        _DCT_TITLE: 2,
        SKOS.altLabel: 3,
        RDF.subject: 4,
        RDF.predicate: 5,
        RDF.object: 6,
        _CONFIDENCE: 7,
        _SENTENCE: 8,
        _STATEMENT_TIME: 9,
        _TIME: 9,
        _DATE: 9,
        _START: 10,
        _END: 11,
        _REFERS_TO: 12,
        _ANCHOR_OF: 13,
        PROV.wasDerivedFrom: 14,
        _REFERENCE_CONTEXT: 15,
    }
    teia_ns, rel_ns = TEIA_NS, REL_NS
    label_preds = {RDFS.label: 0, SKOS.prefLabel: 1, _DCT_TITLE: 2}
    label_pred_of: dict[Any, int] = {}
    single: dict[int, dict[Any, Any]] = {
        4: st_subject, 5: st_predicate, 6: st_object, 10: iv_start, 11: iv_end, 15: context_of,
    }

    for p, by_object in predicate_index(graph):
        c = code.get(p)
        if c is None:
            if p.startswith(rel_ns) or p.startswith(teia_ns):
                for o, subjects in by_object.items():
                    if type(o) is URIRef:
                        for s in subjects:
                            candidates.append((s, p, o))
            continue
        if c == 1:
            for o, subjects in by_object.items():
                prio = classes.get(o)
                if prio is not None:
                    for s in subjects:
                        if type(s) is URIRef:
                            old = types.get(s)
                            if old is None or prio < old:
                                types[s] = prio
                                type_iri[s] = o
                elif o == _RELATION_STATEMENT:
                    statement_nodes.update(subjects)
        elif c == 2:
            rank = label_preds[p]
            for o, subjects in by_object.items():
                if not isinstance(o, Literal):
                    continue
                for s in subjects:
                    old = label_pred_of.get(s)
                    if old is None or rank < old:
                        label_pred_of[s] = rank
                        labels[s] = [o]
                    elif rank == old:
                        labels[s].append(o)
        elif c == 3:
            for o, subjects in by_object.items():
                text = str(o)
                for s in subjects:
                    alt_labels[s].add(text)
        elif c in (4, 5, 6, 10, 11, 15):
            target = single[c]
            for o, subjects in by_object.items():
                for s in subjects:
                    target[s] = o
        elif c == 7:
            for o, subjects in by_object.items():
                v = _to_float(o)
                if v is None:
                    continue
                for s in subjects:
                    old_c = confidence.get(s)
                    confidence[s] = v if old_c is None else max(old_c, v)
        elif c == 8 or c == 13:
            texts = sentence if c == 8 else anchor_of
            for o, subjects in by_object.items():
                text = str(o)
                for s in subjects:
                    old_s = texts.get(s)
                    if old_s is None or text < old_s:
                        texts[s] = text
        elif c == 9:
            for o, subjects in by_object.items():
                for s in subjects:
                    times[s].append(o)
        elif c == 12:
            for o, subjects in by_object.items():
                for s in subjects:
                    refers_to.append((s, o))
        elif c == 14:
            for o, subjects in by_object.items():
                for s in subjects:
                    derived_from[s].add(o)

    # ---- time values → (start, end)
    literal_bounds: dict[str, tuple[str, str]] = {}
    node_bounds: dict[Any, tuple[str, str]] = {}

    def bounds_of(value: Any) -> tuple[str, str]:
        if isinstance(value, Literal):
            lexical = str(value)
            got = literal_bounds.get(lexical)
            if got is None:
                got = literal_bounds[lexical] = _day_bounds(lexical) or ("", "")
            return got
        got = node_bounds.get(value)
        if got is None:
            got = node_bounds[value] = _interval_bounds(value)
        return got

    def _interval_bounds(value: Any) -> tuple[str, str]:
        start = end = ""
        sv = iv_start.get(value)
        if sv is not None:
            b = time_bounds(sv)
            if b:
                start = b[0]
        ev = iv_end.get(value)
        if ev is not None:
            b = time_bounds(ev)
            if b:
                end = b[1]
        return start, end

    def span(subject: Any) -> tuple[str, str]:
        start = end = ""
        for v in times.get(subject, ()):
            a, b = bounds_of(v)
            start = _min_date(start, a)
            end = _max_date(end, b)
        return start, end

    # ---- node set
    entity_ids = set(types)
    node_kind: dict[Any, str] = {s: _class_name(type_iri[s]) for s in entity_ids}

    # ---- statements: which are kept, and what they support
    statements = set(statement_nodes)
    statements.update(s for s in st_subject if s in st_predicate and s in st_object)
    kept_statements: list[Any] = []
    for st in statements:
        if st not in st_subject or st not in st_predicate or st not in st_object:
            continue
        if confidence.get(st, 1.0) < min_confidence:
            continue
        kept_statements.append(st)

    @dataclass
    class _Agg:
        count: int = 0
        conf: float | None = None
        start: str = ""
        end: str = ""
        asserted: bool = False

    aggs: dict[tuple[Any, Any, Any], _Agg] = {}
    evidence: dict[Any, list[tuple[float, str]]] = defaultdict(list)
    node_start: dict[Any, str] = {}
    node_end: dict[Any, str] = {}

    def widen(node: Any, a: str, b: str) -> None:
        if a:
            node_start[node] = _min_date(node_start.get(node, ""), a)
        if b:
            node_end[node] = _max_date(node_end.get(node, ""), b)

    for st in kept_statements:
        s, p, o = st_subject[st], st_predicate[st], st_object[st]
        a, b = span(st)
        conf = confidence.get(st)
        text = sentence.get(st)
        for node in (s, o):
            if node in entity_ids:
                widen(node, a, b)
                if text:
                    evidence[node].append((conf if conf is not None else 1.0, text))
        if s not in entity_ids or o not in entity_ids or type(p) is not URIRef:
            continue
        agg = aggs.get((s, p, o))
        if agg is None:
            agg = aggs[(s, p, o)] = _Agg()
        agg.count += 1
        if conf is not None:
            agg.conf = conf if agg.conf is None else max(agg.conf, conf)
        agg.start = _min_date(agg.start, a)
        agg.end = _max_date(agg.end, b)

    # statements below the threshold: their plain triples go too
    dropped: set[tuple[Any, Any, Any]] = set()
    if min_confidence > 0:
        for st in statements:
            if confidence.get(st, 1.0) < min_confidence and st in st_subject:
                dropped.add((st_subject[st], st_predicate.get(st), st_object.get(st)))

    for s, p, o in candidates:
        if s not in entity_ids or o not in entity_ids:
            continue
        key = (s, p, o)
        agg = aggs.get(key)
        if agg is None:
            if key in dropped:
                continue
            agg = aggs[key] = _Agg()
            if p in _PARTICIPATION and s in times:
                agg.start, agg.end = span(s)
        agg.asserted = True

    # ---- node dates: own times, statement times, incident edges
    for node in entity_ids:
        if node in times:
            a, b = span(node)
            widen(node, a, b)
    for (s, _p, o), agg in aggs.items():
        if agg.start or agg.end:
            widen(s, agg.start, agg.end)
            widen(o, agg.start, agg.end)

    edges: list[Edge] = []
    for (s, p, o), agg in aggs.items():
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

    extra_nodes: dict[Any, str] = {}
    if include_statements:
        subj, obj = str(RDF.subject), str(RDF.object)
        for st in kept_statements:
            s, o = st_subject[st], st_object[st]
            if s not in entity_ids and o not in entity_ids:
                continue
            if type(st) is not URIRef:
                continue  # blank nodes have no stable id
            extra_nodes[st] = "RelationStatement"
            a, b = span(st)
            widen(st, a, b)
            conf = confidence.get(st)
            for pred, target in ((subj, s), (obj, o)):
                if target in entity_ids:
                    edges.append(
                        Edge(str(st), str(target), pred, predicate_label(pred),
                             1, round(conf, 6) if conf is not None else 1.0, a, b)
                    )
            text = sentence.get(st)
            if text:
                evidence[st].append((conf if conf is not None else 1.0, text))
    if include_documents:
        mentioned: set[tuple[Any, Any]] = set()
        for m, ent in refers_to:
            if ent not in entity_ids:
                continue
            docs = set(derived_from.get(m, ()))
            ctx = context_of.get(m)
            if ctx is not None:
                docs.add(ctx)
            for d in docs:
                if type(d) is URIRef:
                    mentioned.add((ent, d))
        for st in kept_statements:
            for d in derived_from.get(st, ()):
                if type(d) is not URIRef:
                    continue
                for ent in (st_subject[st], st_object[st]):
                    if ent in entity_ids:
                        mentioned.add((ent, d))
                if st in extra_nodes:
                    extra_nodes.setdefault(d, "Document")
                    pred = str(PROV.wasDerivedFrom)
                    edges.append(Edge(str(st), str(d), pred, "wasDerivedFrom"))
        for ent, d in mentioned:
            if d in entity_ids:
                continue
            extra_nodes.setdefault(d, "Document")
            edges.append(Edge(str(ent), str(d), _MENTIONED_IN, "mentionedIn"))

    # ---- evidence from mentions
    for m, ent in refers_to:
        if ent in entity_ids:
            text = sentence.get(m) or anchor_of.get(m)
            if text:
                evidence[ent].append((0.0, text))

    # ---- assemble nodes
    def label_of(node: Any) -> str:
        cands = labels.get(node)
        if cands:
            pt = [str(lit) for lit in cands if (lit.language or "").lower().startswith("pt")]
            pool = pt or [str(lit) for lit in cands if not lit.language] or [str(x) for x in cands]
            text = min(pool).strip()
            if text:
                return text
        if node in node_kind or node in extra_nodes:
            if extra_nodes.get(node) == "RelationStatement":
                text = sentence.get(node, "").strip()
                if text:
                    return text if len(text) <= 80 else text[:79] + "…"
        return _fallback_label(str(node))

    all_nodes: dict[str, Node] = {}
    for node in list(entity_ids) + [n for n in extra_nodes if n not in entity_ids]:
        nid = str(node)
        if not nid:
            continue
        label = label_of(node)
        aliases = sorted(a for a in alt_labels.get(node, ()) if a and a != label)
        ev_sorted = sorted(set(evidence.get(node, ())), key=lambda x: (-x[0], x[1]))
        ev: list[str] = []
        for _c, text in ev_sorted:
            if text not in ev:
                ev.append(text)
            if len(ev) >= max_evidence:
                break
        all_nodes[nid] = Node(
            id=nid,
            label=label,
            type=node_kind.get(node) or extra_nodes[node],
            aliases="; ".join(aliases),
            first_date=node_start.get(node, ""),
            last_date=node_end.get(node, ""),
            evidence=ev,
        )

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
    edges = unique

    for e in edges:
        all_nodes[e.source].degree += 1
        all_nodes[e.target].degree += 1

    nodes = [all_nodes[k] for k in sorted(all_nodes)]
    if communities and nodes:
        _assign_communities(nodes, edges, communities)
    return Projection(nodes=nodes, edges=edges)


#: Above this many (undirected, aggregated) edges, ``communities=True`` uses label
#: propagation instead of Louvain: networkx's Louvain is pure Python and takes minutes
#: on graphs of a hundred thousand edges.
LOUVAIN_MAX_EDGES = 20_000

COMMUNITY_METHODS = ("louvain", "label_propagation")


def _label_propagation(nodes: list[Node], edges: list[Edge], max_rounds: int = 30) -> list[int]:
    """Asynchronous weighted label propagation in a fixed order (the sorted node order).

    Each node takes the label with the largest total edge weight among its neighbours,
    keeping its own label on a tie that includes it and else a fixed pseudo-random one of
    the tied labels, until no label changes (or ``max_rounds``). No random state, so the
    result is reproducible; on
    integer indexes it is several times faster than networkx's graph-generic version."""
    index = {n.id: i for i, n in enumerate(nodes)}
    nbrs: list[dict[int, float]] = [{} for _ in nodes]
    for e in edges:
        a, b = index[e.source], index[e.target]
        if a == b:
            continue
        na, nb = nbrs[a], nbrs[b]
        na[b] = na.get(b, 0) + e.weight
        nb[a] = nb.get(a, 0) + e.weight
    labels = list(range(len(nodes)))
    order = [v for v in range(len(nodes)) if nbrs[v]]
    for _ in range(max_rounds):
        changed = 0
        for v in order:
            score: dict[int, float] = {}
            for u, w in nbrs[v].items():
                lab = labels[u]
                score[lab] = score.get(lab, 0) + w
            best = max(score.values())
            if score.get(labels[v]) == best:
                continue
            # ties go to a fixed pseudo-random choice: always taking the smallest label
            # would let one label flood across bridges
            labels[v] = max(
                (lab for lab, sc in score.items() if sc == best),
                key=lambda lab: ((lab + 1) * 2654435761 ^ v * 40503) & 0xFFFFFFFF,
            )
            changed += 1
        if not changed:
            break
    return labels


def _assign_communities(nodes: list[Node], edges: list[Edge], method: Any = True) -> None:
    """Number the communities of the undirected, weight-summed graph: Louvain (networkx,
    seed 42) or label propagation (:func:`_label_propagation`), both deterministic. Numbers
    go by decreasing size, ties broken by the smallest node id, so they are stable."""
    from teia.errors import ExportError

    if method is True or method == "auto":
        pairs = {(e.source, e.target) if e.source <= e.target else (e.target, e.source)
                 for e in edges if e.source != e.target}
        method = "louvain" if len(pairs) <= LOUVAIN_MAX_EDGES else "label_propagation"
    if method == "louvain":
        g = nx.Graph()
        g.add_nodes_from(n.id for n in nodes)
        for e in edges:
            if e.source == e.target:
                continue
            data = g.get_edge_data(e.source, e.target)
            if data is None:
                g.add_edge(e.source, e.target, weight=e.weight)
            else:
                data["weight"] += e.weight
        parts = nx.community.louvain_communities(g, weight="weight", seed=42)
        groups = [sorted(p) for p in parts]
    elif method == "label_propagation":
        labels = _label_propagation(nodes, edges)
        by_label: dict[int, list[str]] = defaultdict(list)
        for n, lab in zip(nodes, labels):
            by_label[lab].append(n.id)  # nodes are sorted, so each group is too
        groups = list(by_label.values())
    else:
        raise ExportError(
            f"unknown community method {method!r}; use True, False or one of "
            + ", ".join(COMMUNITY_METHODS)
        )
    ordered = sorted(groups, key=lambda p: (-len(p), p[0]))
    index = {nid: i for i, part in enumerate(ordered) for nid in part}
    for n in nodes:
        n.community = index.get(n.id, 0)


def as_projection(graph: Any, **options: Any) -> Projection:
    """``graph`` itself if it is already a :class:`Projection`, else its projection.

    Only the projection options are taken from ``options``; the rest are ignored here.
    """
    if isinstance(graph, Projection):
        return graph
    if isinstance(graph, Graph):
        keys = ("node_classes", "include_statements", "include_documents",
                "min_confidence", "communities", "max_evidence")
        return build_projection(graph, **{k: options[k] for k in keys if k in options})
    raise TypeError(f"cannot export a {type(graph).__name__}; expected an rdflib Graph")


PROJECTION_OPTIONS = frozenset(
    {"node_classes", "include_statements", "include_documents", "min_confidence",
     "communities", "max_evidence"}
)


def project(
    graph: Graph,
    *,
    node_classes: Iterable[str | URIRef] | None = None,
    include_statements: bool = False,
    include_documents: bool = False,
    min_confidence: float = 0.0,
    communities: bool | str = True,
) -> nx.MultiDiGraph:
    """The projection of ``graph`` as a MultiDiGraph (edge keys are the property IRIs)."""
    return build_projection(
        graph,
        node_classes=node_classes,
        include_statements=include_statements,
        include_documents=include_documents,
        min_confidence=min_confidence,
        communities=communities,
    ).to_networkx()


# --------------------------------------------------------------------------- shared style

#: Node colour by type, shared by the GEXF and HTML exports (docs/exports.md has the legend).
TYPE_COLORS: dict[str, str] = {
    "Person": "#E15759",
    "Organization": "#4E79A7",
    "PoliticalParty": "#A0CBE8",
    "MilitaryUnit": "#59A14F",
    "State": "#F28E2B",
    "Place": "#EDC948",
    "Event": "#B07AA1",
    "MilitaryConflict": "#7B4F9E",
    "Battle": "#D37295",
    "Revolution": "#FF9DA7",
    "Treaty": "#9D7660",
    "Founding": "#D7B5A6",
    "Work": "#76B7B2",
    "Concept": "#BAB0AC",
    "Miscellaneous": "#79706E",
    "RelationStatement": "#D9D9D9",
    "Document": "#4D4D4D",
}
#: Colour of a type missing from :data:`TYPE_COLORS` (a class given in ``node_classes``).
OTHER_COLOR = "#999999"


def color_of(node_type: str) -> str:
    return TYPE_COLORS.get(node_type, OTHER_COLOR)


def rgb_of(node_type: str) -> tuple[int, int, int]:
    h = color_of(node_type).lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def size_of(degree: int) -> float:
    """Node size by degree: 5 + 3·√degree, two decimals."""
    return round(5.0 + 3.0 * math.sqrt(max(0, degree)), 2)


# --------------------------------------------------------------------------- writer plumbing


def split_options(
    options: dict[str, Any], writer_keys: Iterable[str], fmt: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split ``options`` into (projection options, writer options); reject unknown ones."""
    from teia.errors import ExportError

    writer_keys = set(writer_keys)
    proj = {k: v for k, v in options.items() if k in PROJECTION_OPTIONS}
    own = {k: v for k, v in options.items() if k in writer_keys}
    unknown = sorted(set(options) - set(proj) - set(own))
    if unknown:
        known = ", ".join(sorted(PROJECTION_OPTIONS | writer_keys))
        raise ExportError(
            f"unknown option(s) for {fmt} export: {', '.join(unknown)} (known: {known})"
        )
    return proj, own


@contextmanager
def atomic_files(*paths: str | os.PathLike[str], newline: str | None = "\n") -> Iterator[list[TextIO]]:
    """Open temporary UTF-8 text files next to ``paths``; on success move them all into
    place with :func:`os.replace`, on failure delete them, so that no partial file is left."""
    from teia.errors import OutputError

    targets = [Path(p) for p in paths]
    temps: list[Path] = []
    handles: list[TextIO] = []
    try:
        current = targets[0]
        for target in targets:
            current = target
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                       dir=target.parent)
            temps.append(Path(tmp))
            handles.append(open(fd, "w", encoding="utf-8", newline=newline))
    except OSError as exc:
        for h in handles:
            h.close()
        for t in temps:
            t.unlink(missing_ok=True)
        raise OutputError(f"cannot write {current}: {exc.strerror or exc}") from exc
    try:
        yield handles
        for h in handles:
            h.close()
        for tmp, target in zip(temps, targets):
            os.chmod(tmp, 0o644 & ~_umask())
            os.replace(tmp, target)
    except BaseException as exc:
        for h in handles:
            h.close()
        for t in temps:
            t.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {targets[0]}: {exc.strerror or exc}") from exc
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_XML_ATTR_ESCAPES = str.maketrans(
    {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
     "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
)


def xml_attr(value: str) -> str:
    """``value`` escaped for a double-quoted XML attribute (characters XML forbids are
    dropped; newlines and tabs kept as character references)."""
    if _XML_INVALID.search(value):
        value = _XML_INVALID.sub("", value)
    return value.translate(_XML_ATTR_ESCAPES)


def xml_text(value: str) -> str:
    if _XML_INVALID.search(value):
        value = _XML_INVALID.sub("", value)
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
