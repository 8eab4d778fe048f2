"""Records → RDF.

:func:`build_dataset` turns the extractions of a corpus and their cross-document
:class:`~teia.records.Resolution` into an ``rdflib.Dataset``:

- the named graph ``{base}graph/entities`` describes the corpus-wide entities (type, label,
  aliases, external identifiers), the merge decisions and the build activity;
- one named graph per document, named by the document IRI, holds everything read in that
  document: the document's description, mentions (NIF offsets), times, events, the plain
  relation triples and their :class:`teia:RelationStatement` nodes with the evidence.

Rebuilding or removing one document therefore touches only its own named graph. Nothing here
imports spaCy; the records are the whole interface.

The build runs in two steps that the single-process and the distributed build
(:mod:`teia.build.distributed`) share: :func:`plan_graph` makes the corpus-wide decisions (entity classes
and IRIs) once, then :func:`build_entities_graph` and :func:`build_document_graph` write the
shared graph and each document's graph, the latter from a small picklable
:class:`DocumentContext`.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from functools import lru_cache

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.term import Node
from rdflib import namespace as rdfns

from teia.errors import TeiaError
from teia.records import (
    DBPEDIA_ID_PREFIX,
    MILITARY_UNIT_SOURCE,
    Evidence,
    Event,
    Extraction,
    Quotation,
    Relation,
    Resolution,
    TimeExpression,
)
from teia.graph.iris import DEFAULT_BASE, IriMinter, kind_of, mint, short_hash, slugify
from teia.graph.timevalues import day_literals, precision_days, time_literal
from teia.ontology import namespace as teians
from teia.ontology.namespace import CATEGORY_CLASS, DBR, EVENT_CLASSES, REL, WD, WIKIPEDIA, Terms, bind_prefixes

__all__ = [
    "BuildInfo",
    "DocumentContext",
    "GraphPlan",
    "build_dataset",
    "build_document_graph",
    "build_entities_graph",
    "document_iri",
    "document_triples",
    "entities_graph_iri",
    "entities_triples",
    "new_dataset",
    "plan_graph",
    "predicate_iri",
]

LANG = "pt"

# the vocabularies, each term looked up once (a namespace mints a new URIRef at every access,
# after checking the name for a DefinedNamespace): a build writes several per mention
TEIA, NIF = Terms(teians.TEIA), Terms(teians.NIF)
RDF, RDFS, XSD, PROV = Terms(rdfns.RDF), Terms(rdfns.RDFS), Terms(rdfns.XSD), Terms(rdfns.PROV)
FOAF, OWL, SKOS = Terms(rdfns.FOAF), Terms(rdfns.OWL), Terms(rdfns.SKOS)


@dataclass(frozen=True, slots=True)
class BuildInfo:
    """What produced the graph (recorded as a ``prov:Activity``)."""

    software_version: str
    model: str
    config_hash: str
    timestamp: str = ""


def entities_graph_iri(base: str = DEFAULT_BASE) -> URIRef:
    return mint(base, "graph", "entities")


def document_iri(key: str, base: str = DEFAULT_BASE) -> URIRef:
    return mint(base, "doc", key)


def predicate_iri(name: str) -> URIRef:
    """The property IRI of a relation's predicate: ``"led"`` → ``teia:led``, ``"rel:x_em"`` → ``rel:x_em``."""
    if name.startswith("rel:"):
        return REL[name[4:]]
    try:
        return TEIA[name]
    except AttributeError:
        raise TeiaError(f"relation predicate {name!r} is not a property of the teia ontology") from None


@lru_cache(maxsize=1024)
def _decimal(x: float) -> Literal:
    # confidences take a few values (rounded to three decimals): one Literal each
    return Literal(Decimal(f"{x:.3f}"), datatype=XSD.decimal)


@lru_cache(maxsize=1 << 16)
def _plain(text: str) -> Literal:
    """``Literal(text)``, one object per text: a name's every mention, rule ids, kinds and values
    of times recur in a build (a ``Literal`` is slow to make, and the writers render each object
    once)."""
    return Literal(text)


@lru_cache(maxsize=1 << 14)
def _tagged(text: str) -> Literal:
    """``Literal(text, lang=LANG)``, one object per text (time expressions, triggers, event labels)."""
    return Literal(text, lang=LANG)


_BOOLEANS = (Literal(False), Literal(True))


@lru_cache(maxsize=1 << 16)
def _offset(n: int) -> Literal:
    # the same offsets recur (a mention's begin and end, a statement's evidence): one Literal
    return Literal(n, datatype=XSD.nonNegativeInteger)


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """What writing one document's graph needs to know about the corpus.

    Small and picklable, so a worker process (or a Dask worker on another host) can write a
    document's named graph without the rest of the corpus: the base IRI, the build activity
    IRI and the global IRI of each of the document's local entity ids.
    """

    base: str
    build_iri: str
    entity_iris: tuple[tuple[str, str], ...] = ()
    event_dates: tuple[tuple[str, str, str], ...] = ()
    """(local entity id, start, end) of the named events of the document: the one date of the
    event across the corpus (see :func:`choose_event_dates`)."""

    def iri_map(self) -> dict[str, URIRef]:
        return {local: URIRef(iri) for local, iri in self.entity_iris}


class _DocumentWriter:
    """Writes one document's named graph (into an rdflib graph or a set of triples: only
    ``g.add`` is used)."""

    def __init__(self, ex: Extraction, context: DocumentContext, g: Graph | set) -> None:
        self.ex = ex
        self.doc = ex.document
        self.key = self.doc.key  # a hash of the whole text: worked out once, not per mention
        self.base = context.base
        self.build_iri = URIRef(context.build_iri)
        self.iri = document_iri(self.key, context.base)
        self.g = g
        self.local = context.iri_map()
        self.event_dates = {local: (start, end) for local, start, end in context.event_dates}
        # a mention or a time written once per document: an evidence span is often a mention
        # already written, a relation's time one of the document's times (the same triples)
        self._mentions: dict[tuple[int, int, str], URIRef] = {}
        self._times: dict[TimeExpression, URIRef] = {}

    def entity(self, local_id: str) -> URIRef:
        return self.local[local_id]

    def write(self) -> None:
        g, d = self.g, self.doc
        g.add((self.iri, RDF.type, TEIA.Document))
        g.add((self.iri, TEIA.path, Literal(d.id)))
        g.add((self.iri, TEIA.sha256, Literal(d.sha256)))
        if d.title:
            g.add((self.iri, RDFS.label, Literal(d.title, lang=LANG)))
        for ent in self.ex.entities:
            e_iri = self.entity(ent.id)
            g.add((e_iri, TEIA.mentionedIn, self.iri))
            for m in ent.mentions:
                m_iri = self.mention(m.start, m.end, m.text)
                g.add((m_iri, TEIA.refersTo, e_iri))
                g.add((e_iri, TEIA.hasMention, m_iri))
        for t in self.ex.times:
            self.time(t)
        for ev in self.ex.events:
            self.event(ev)
        for rel in self.ex.relations:
            self.relation(rel)
        for q in self.ex.quotations:
            self.quotation(q)

    def mention(self, start: int, end: int, text: str) -> URIRef:
        known = self._mentions.get((start, end, text))
        if known is not None:
            return known
        iri = self._mentions[start, end, text] = mint(self.base, "mention", f"{self.key}/{start}-{end}")
        g = self.g
        g.add((iri, RDF.type, TEIA.Mention))
        g.add((iri, NIF.beginIndex, _offset(start)))
        g.add((iri, NIF.endIndex, _offset(end)))
        g.add((iri, NIF.anchorOf, _plain(text)))
        g.add((iri, TEIA.inDocument, self.iri))
        return iri

    def time(self, t: TimeExpression) -> URIRef:
        known = self._times.get(t)
        if known is not None:
            return known
        self._times[t] = iri = self._time(t)
        return iri

    def _time(self, t: TimeExpression) -> URIRef:
        key = t.value if t.normalized and t.value else f"{self.key}-{t.start_char}-{t.end_char}"
        iri = mint(self.base, "time", slugify(f"{key}-{t.qualifier}" if t.qualifier else key))
        g = self.g
        g.add((iri, RDF.type, TEIA.TimeInterval))
        g.add((iri, TEIA.normalized, _BOOLEANS[bool(t.normalized and t.value)]))
        g.add((iri, TEIA.kind, _plain(t.kind)))
        if t.normalized and t.value:
            g.add((iri, RDFS.label, _plain(t.value)))
            g.add((iri, TEIA.value, _plain(t.value)))
            if t.granularity:
                g.add((iri, TEIA.granularity, _plain(t.granularity)))
            for prop, val in ((TEIA.start, t.start or t.value), (TEIA.end, t.end or t.value)):
                lit = time_literal(val)
                if lit is not None:
                    g.add((iri, prop, lit))
            self._days(iri, t.start or t.value, t.end or t.value)
            if t.qualifier:
                g.add((iri, TEIA.qualifier, _plain(t.qualifier)))
        else:
            g.add((iri, RDFS.label, _tagged(t.text)))
        if t.note:
            g.add((iri, TEIA.calendarNote, Literal(t.note, lang=LANG)))
        if t.relative:
            g.add((iri, TEIA.relative, _BOOLEANS[True]))
            if t.anchor:
                g.add((iri, TEIA.anchor, _plain(t.anchor)))
        m_iri = self.mention(t.start_char, t.end_char, t.text)
        g.add((m_iri, TEIA.refersTo, iri))
        g.add((iri, TEIA.text, _plain(t.text)))
        return iri

    def evidence(self, node: URIRef, ev: Evidence) -> None:
        g = self.g
        g.add((node, PROV.wasDerivedFrom, self.iri))
        g.add((node, PROV.wasGeneratedBy, self.build_iri))
        g.add((node, TEIA.inDocument, self.iri))
        sentence, start, end = _trimmed(ev.sentence, ev.sentence_start, ev.sentence_end)
        g.add((node, TEIA.sentence, Literal(sentence)))
        g.add((node, NIF.beginIndex, _offset(start)))
        g.add((node, NIF.endIndex, _offset(end)))
        text = self.doc.text
        for start, end in (
            (ev.trigger_start, ev.trigger_end),
            (ev.subject_start, ev.subject_end),
            (ev.object_start, ev.object_end),
        ):
            if 0 <= start < end <= len(text):
                g.add((node, TEIA.evidence, self.mention(start, end, text[start:end])))

    def event(self, ev: Event) -> URIRef:
        g = self.g
        if ev.entity:
            iri = self.entity(ev.entity)
        else:
            iri = mint(self.base, kind_of(ev.type), f"{self.key}-{slugify(ev.label)}-{ev.evidence.sentence_start}")
            g.add((iri, RDF.type, EVENT_CLASSES.get(ev.type, TEIA.Event)))
            g.add((iri, RDFS.label, _tagged(ev.label)))
        roles = {"agent": TEIA.agent, "defeated": TEIA.defeatedParty, "patient": TEIA.patient}
        for p in ev.participants:
            g.add((iri, roles.get(p.role, TEIA.hasParticipant), self.entity(p.entity)))
        if ev.place:
            g.add((iri, TEIA.place, self.entity(ev.place)))
        if ev.time is not None:
            t_iri = self.time(ev.time)
            g.add((iri, TEIA.time, t_iri))
            chosen = self.event_dates.get(ev.entity) if ev.entity else None
            if chosen is not None:  # a named event: the same one date in every document
                self._dates(iri, *chosen)
            else:
                self._date(iri, ev.time)
        if ev.trigger:
            g.add((iri, TEIA.trigger, _tagged(ev.trigger)))
        self.evidence(iri, ev.evidence)
        g.add((iri, TEIA.rule, _plain(ev.rule or "event")))
        g.add((iri, TEIA.confidence, _decimal(ev.confidence)))
        return iri

    def _date(self, node: URIRef, t: TimeExpression) -> None:
        if t.normalized and t.value:
            self._dates(node, t.start or t.value, t.end or t.value)

    def _dates(self, node: URIRef, start_value: str, end_value: str) -> None:
        start = time_literal(start_value)
        end = time_literal(end_value)
        if start is not None:
            self.g.add((node, TEIA.date, start))
        if end is not None and end != start:
            self.g.add((node, TEIA.endDate, end))
        self._days(node, start_value, end_value)

    def _days(self, node: URIRef, start_value: str, end_value: str) -> None:
        bounds = day_literals(start_value, end_value)
        if bounds is not None:
            self.g.add((node, TEIA.firstDay, bounds[0]))
            self.g.add((node, TEIA.lastDay, bounds[1]))

    def relation(self, rel: Relation) -> URIRef:
        g = self.g
        s, o = self.entity(rel.subject), self.entity(rel.object)
        p = predicate_iri(rel.predicate)
        ev = rel.evidence
        key = f"{self.key}|{rel.rule}|{ev.sentence_start}|{ev.trigger_start}|{s}|{p}|{o}"
        st = mint(self.base, "statement", short_hash(key, 16))
        if rel.asserted:
            g.add((s, p, o))
        g.add((st, RDF.type, TEIA.RelationStatement))
        g.add((st, RDF.subject, s))
        g.add((st, RDF.predicate, p))
        g.add((st, RDF.object, o))
        self.evidence(st, ev)
        for rule in (rel.rule, *rel.also):
            g.add((st, TEIA.rule, _plain(rule)))
        g.add((st, TEIA.confidence, _decimal(rel.confidence)))
        g.add((st, TEIA.polarity, Literal(rel.polarity)))
        g.add((st, TEIA.modality, _plain(rel.modality)))
        if rel.time is not None:
            g.add((st, TEIA.statementTime, self.time(rel.time)))
        if rel.place:
            g.add((st, TEIA.statementPlace, self.entity(rel.place)))
        return st

    def quotation(self, q: Quotation) -> URIRef:
        g = self.g
        iri = mint(self.base, "quotation", short_hash(f"{self.key}|{q.evidence.sentence_start}|{q.text}", 16))
        g.add((iri, RDF.type, TEIA.Quotation))
        g.add((iri, TEIA.author, self.entity(q.author)))
        g.add((iri, TEIA.quotedText, Literal(q.text, lang=LANG)))
        if q.time is not None:
            g.add((iri, TEIA.time, self.time(q.time)))
            self._date(iri, q.time)
        self.evidence(iri, q.evidence)
        g.add((iri, TEIA.rule, _plain(q.rule or "quotation")))
        g.add((iri, TEIA.confidence, _decimal(q.confidence)))
        return iri


class GraphPlan:
    """The corpus-wide decisions of a build: entity classes and IRIs, the build activity.

    Computed once from the resolution (and the events, which refine the class of named
    events); then :meth:`document_context` hands each document what it needs, so documents can
    be written one at a time, in any order, in any process.
    """

    def __init__(
        self, extractions: Sequence[Extraction], resolution: Resolution, base: str, info: BuildInfo | None
    ) -> None:
        self.base = base
        self.resolution = resolution
        self.index = resolution.index()
        minter = IriMinter(base)
        self.classes: dict[str, URIRef] = {}
        for ent in resolution.entities:
            self.classes[ent.id] = CATEGORY_CLASS.get(ent.type, TEIA.Miscellaneous)
            if ent.mentions and all(m.source == MILITARY_UNIT_SOURCE for m in ent.mentions):
                self.classes[ent.id] = TEIA.MilitaryUnit
        self.refine_event_classes(extractions)
        self.entity_iris = minter.assign(
            (e.id, kind_of(str(self.classes[e.id]).rsplit("#", 1)[-1]), e.label) for e in resolution.entities
        )
        self.info = info or BuildInfo("", "", "")
        self.build_iri = mint(base, "build", self.info.config_hash or "unknown")
        self._by_doc: dict[str, list[tuple[str, str]]] = defaultdict(list)
        self._dates_by_doc: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        dates = choose_event_dates(extractions, self.index)
        for doc_id, local, gid in resolution.mapping:
            self._by_doc[doc_id].append((local, str(self.entity_iris[gid])))
            if gid in dates:
                self._dates_by_doc[doc_id].append((local, *dates[gid]))

    def refine_event_classes(self, extractions: Sequence[Extraction]) -> None:
        """A named event's class is the most specific class its event records agree on."""
        votes: dict[str, Counter[str]] = defaultdict(Counter)
        for ex in extractions:
            for ev in ex.events:
                if ev.entity and ev.type in EVENT_CLASSES:
                    votes[self.index[(ex.document.id, ev.entity)]][ev.type] += 1
        for gid, counter in votes.items():
            specific = {t: n for t, n in counter.items() if t != "Event"} or dict(counter)
            best = sorted(specific.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
            self.classes[gid] = EVENT_CLASSES[best]

    def document_context(self, doc_id: str) -> DocumentContext:
        return DocumentContext(
            self.base,
            str(self.build_iri),
            tuple(sorted(self._by_doc.get(doc_id, ()))),
            tuple(sorted(self._dates_by_doc.get(doc_id, ()))),
        )


def choose_event_dates(extractions: Sequence[Extraction], index: Mapping[tuple[str, str], str]) -> dict[str, tuple[str, str]]:
    """The one date of each named event (an event entity) across the corpus.

    Documents may date the same event differently (``1924`` in one, ``21 de janeiro de 1924``
    in another); the event gets the most precise date (the interval of fewest days), then the
    one given most often, then the earliest. The other dates stay on the time nodes
    (``teia:time``) of their documents.
    """
    seen: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for ex in extractions:
        for ev in ex.events:
            t = ev.time
            if ev.entity and t is not None and t.normalized and t.value:
                seen[index[(ex.document.id, ev.entity)]][(t.start or t.value, t.end or t.value)] += 1
    chosen = {}
    for gid, counts in seen.items():
        ranked = []
        for (start, end), n in counts.items():
            days = precision_days(start, end)
            ranked.append((days if days is not None else 1 << 30, -n, start, end))
        _, _, start, end = min(ranked)
        chosen[gid] = (start, end)
    return chosen


def plan_graph(
    extractions: Sequence[Extraction],
    resolution: Resolution,
    *,
    base: str = DEFAULT_BASE,
    info: BuildInfo | None = None,
) -> GraphPlan:
    """Decide entity classes and IRIs for a corpus.

    Only the documents' ids and events are read from ``extractions``: compact summaries (an
    :class:`Extraction` holding just its document and events) give the same plan.
    """
    return GraphPlan(extractions, resolution, base, info)


def new_dataset() -> Dataset:
    """An empty dataset with teia's prefixes, as every builder output starts."""
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    return ds


def build_entities_graph(plan: GraphPlan, ds: Dataset | None = None) -> Graph:
    """Write the shared entities graph (entities, merge decisions, build activity) into ``ds``."""
    ds = ds if ds is not None else new_dataset()
    g = ds.graph(entities_graph_iri(plan.base))
    _write_entities(plan, g)
    return g


def entities_triples(plan: GraphPlan) -> tuple[URIRef, set[tuple[Node, Node, Node]]]:
    """The name and the triples of the shared entities graph, as a set (no rdflib graph):
    what :func:`build_entities_graph` writes."""
    triples: set[tuple[Node, Node, Node]] = set()
    _write_entities(plan, triples)
    return entities_graph_iri(plan.base), triples


def document_triples(extraction: Extraction, context: DocumentContext) -> tuple[URIRef, set[tuple[Node, Node, Node]]]:
    """The name and the triples of one document's graph, as a set (no rdflib graph): what
    :func:`build_document_graph` writes."""
    triples: set[tuple[Node, Node, Node]] = set()
    _DocumentWriter(extraction, context, triples).write()
    return document_iri(extraction.document.key, context.base), triples


def _write_entities(plan: GraphPlan, g: Graph | set) -> None:
    """The triples of the entities graph, added to ``g`` (a graph or a set)."""
    resolution = plan.resolution
    for ent in resolution.entities:
        iri = plan.entity_iris[ent.id]
        g.add((iri, RDF.type, plan.classes[ent.id]))
        g.add((iri, RDFS.label, Literal(ent.label, lang=LANG)))
        for alias in ent.aliases:
            g.add((iri, SKOS.altLabel, Literal(alias, lang=LANG)))
        for ext in ent.external_ids:
            if ext.startswith("wd:"):
                g.add((iri, OWL.sameAs, WD[ext[3:]]))
            elif ext.startswith(DBPEDIA_ID_PREFIX):  # a Wikipedia article the entity was linked to
                g.add((iri, OWL.sameAs, DBR[ext[len(DBPEDIA_ID_PREFIX):]]))
                g.add((iri, FOAF.isPrimaryTopicOf, WIKIPEDIA[ext[len(DBPEDIA_ID_PREFIX):]]))
    for m in resolution.merges:
        node = mint(plan.base, "merge", short_hash(f"{m.entity}|{m.merged}|{m.rule}", 16))
        g.add((node, RDF.type, TEIA.MergeDecision))
        g.add((node, TEIA.mergedInto, plan.entity_iris[m.entity]))
        g.add((node, TEIA.mergedLabel, Literal(m.merged, lang=LANG)))
        g.add((node, TEIA.mergeRule, Literal(m.rule)))
        g.add((node, TEIA.mergeEvidence, Literal(m.evidence)))
        g.add((node, TEIA.mergeStatus, Literal(m.status)))
    b, info = plan.build_iri, plan.info
    g.add((b, RDF.type, TEIA.Build))
    g.add((b, TEIA.softwareVersion, Literal(info.software_version)))
    g.add((b, TEIA.modelName, Literal(info.model)))
    g.add((b, TEIA.configHash, Literal(info.config_hash)))
    if info.timestamp:
        g.add((b, PROV.startedAtTime, Literal(info.timestamp, datatype=XSD.dateTime)))


def build_document_graph(extraction: Extraction, context: DocumentContext, ds: Dataset | None = None) -> Graph:
    """Write one document's named graph into ``ds`` (a new dataset when omitted) and return it."""
    ds = ds if ds is not None else new_dataset()
    g = ds.graph(document_iri(extraction.document.key, context.base))
    _DocumentWriter(extraction, context, g).write()
    return g


def build_dataset(
    extractions: Sequence[Extraction],
    resolution: Resolution,
    *,
    base: str = DEFAULT_BASE,
    info: BuildInfo | None = None,
) -> Dataset:
    """The RDF dataset of a corpus: a shared entities graph plus one named graph per document."""
    plan = plan_graph(extractions, resolution, base=base, info=info)
    ds = new_dataset()
    build_entities_graph(plan, ds)
    for ex in extractions:
        build_document_graph(ex, plan.document_context(ex.document.id), ds)
    return ds


def _trimmed(sentence: str, start: int, end: int) -> tuple[str, int, int]:
    """A sentence without the blank lines and spaces the segmenter left around it (a sentence
    after a paragraph break starts with ``\\n\\n``), its offsets moved to match."""
    stripped = sentence.strip()
    if not stripped or end - start != len(sentence):
        return sentence, start, end
    lead = len(sentence) - len(sentence.lstrip())
    return stripped, start + lead, start + lead + len(stripped)


def config_hash(parts: Iterable[str]) -> str:
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:16]
