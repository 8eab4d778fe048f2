"""The records contract between ``teia.extract`` and ``teia.graph``.

Extraction turns a :class:`Document` into an :class:`Extraction` made only of the frozen
dataclasses below; the graph side turns those into RDF. Neither side imports the other's
libraries: nothing here knows about spaCy or rdflib, and every field is a plain value
(``str``, ``int``, ``float``, ``bool``, tuples of records), so records pickle cheaply and
travel between processes or Dask workers.

Offsets are Python string indices (code points) into :attr:`Document.text`, end exclusive.
Entity identifiers inside one :class:`Extraction` are document-local (``"e0"``, ``"e1"``...);
cross-document resolution maps them to global keys (see :mod:`teia.extract.resolve`).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace

__all__ = [
    "CLUB_SOURCE",
    "MILITARY_UNIT_SOURCE",
    "PORTFOLIO_UNIT_SOURCE",
    "UNIT_SOURCE",
    "as_category",
    "mention_name",
    "unit_mention",
    "with_span",
    "Document",
    "Sentence",
    "Mention",
    "Entity",
    "TimeExpression",
    "Participant",
    "Event",
    "Evidence",
    "Relation",
    "Quotation",
    "Extraction",
    "MergeDecision",
    "LinkDecision",
    "DBPEDIA_ID_PREFIX",
    "Resolution",
]


@dataclass(frozen=True, slots=True)
class Document:
    """One source text.

    ``id`` is the document's path relative to the corpus root it was read from, in POSIX
    form (``"corpus/lenin.txt"`` read as ``lenin.txt`` from ``corpus/``), so the same corpus
    gives the same ids on any machine. ``sha256`` is the hash of the decoded text.
    """

    id: str
    text: str
    encoding: str = "utf-8"
    title: str = ""

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """A short stable key from the path and the content (used to mint the document IRI)."""
        digest = hashlib.sha256(f"{self.id}\x00{self.sha256}".encode()).hexdigest()
        return digest[:16]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document, by offsets."""

    doc_id: str
    start: int
    end: int
    text: str


MILITARY_UNIT_SOURCE = "unit:military"
"""``Mention.source`` of a military unit named by a common-noun phrase (``exército do sul``):
an organization whose mentions all have it is a ``teia:MilitaryUnit`` in the graph."""
CLUB_SOURCE = "ner:club"
"""``Mention.source`` of a name of the NER that a sports rule made a club's, a club named by its
town (``o Porto venceu o Benfica por 2-1``, ``joga no Porto``): the mention keeps its organization
and casts no vote, neither among its document's mentions of the name nor among the corpus's
entities of it, so that the town's other mentions stay places and the graph has the club and the
town as two nodes (:func:`teia.extract.resolve.document.repair_corpus_categories`)."""
UNIT_SOURCE = "unit"
"""``Mention.source`` of the unit of a role named by a phrase (``conselho``, ``presidente do
Banco Central``)."""
PORTFOLIO_UNIT_SOURCE = "unit:portfolio"
"""``Mention.source`` of the unit of a role named by its portfolio (``Fazenda`` in ``ministro da
Fazenda``, whose entity is labelled ``Ministério da Fazenda``): the graph's node is the body, and
HAREM scores the word an abstraction (:func:`teia.eval.harem.system_mentions`)."""


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text naming something.

    ``category`` is one of :data:`teia.extract.labels.ENTITY_CATEGORIES`; ``source`` tells which
    component produced it (``"ner"``, ``"gazetteer"``, ``"rule"``); ``kb_id`` is the key of a
    knowledge-base entry when the gazetteer matched one.
    """

    doc_id: str
    start: int
    end: int
    text: str
    category: str
    source: str = "ner"
    kb_id: str = ""


def as_category(m: Mention, category: str, *, kb_id: str | None = None) -> Mention:
    """``m`` with another category, its span, source and knowledge-base key kept (``kb_id`` given,
    that key instead: ``""`` drops a match the text contradicts)."""
    if kb_id is None:
        return replace(m, category=category)
    return replace(m, category=category, kb_id=kb_id)


def with_span(m: Mention, start: int, end: int, text: str) -> Mention:
    """``m`` cut or stretched to ``text`` at ``start``-``end`` of the same document, its category,
    source and knowledge-base key kept."""
    return replace(m, start=start, end=end, text=text)


@dataclass(frozen=True, slots=True)
class Entity:
    """Mentions of one real-world thing, with the label chosen to name it."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    kb_id: str = ""
    external_ids: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression and its normalized value.

    ``value`` is ISO-like: ``"1917"`` (year), ``"1918-01"`` (month), ``"1917-11-07"`` (day),
    ``"192X"``-style values are never used: decades and centuries are intervals with
    ``start``/``end`` and a ``granularity`` of ``"decade"`` or ``"century"``. ``start`` and ``end``
    are ISO dates or partial dates bounding the interval the expression denotes (equal to
    ``value`` for a single year, month or day). ``qualifier`` keeps fuzzy parts (``"early"``,
    ``"mid"``, ``"late"``, ``"approx"``). An expression that cannot be normalized has
    ``normalized = False`` and empty ``value``, ``start`` and ``end``: it keeps its text only.
    ``kind`` is ``"date"`` (calendar), ``"duration"`` or ``"frequency"``; ``relative`` marks
    values computed from ``anchor`` (the text of the absolute date it was anchored on).
    """

    doc_id: str
    start_char: int
    end_char: int
    text: str
    kind: str = "date"
    value: str = ""
    granularity: str = ""
    start: str = ""
    end: str = ""
    qualifier: str = ""
    normalized: bool = True
    relative: bool = False
    anchor: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Participant:
    """An entity taking part in an event, with its role (``agent``, ``patient``, ``defeated``...)."""

    entity: str
    role: str = "participant"


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: document, sentence and the character spans involved."""

    doc_id: str
    sentence_start: int
    sentence_end: int
    sentence: str
    trigger_start: int = -1
    trigger_end: int = -1
    subject_start: int = -1
    subject_end: int = -1
    object_start: int = -1
    object_end: int = -1


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened: a battle, a revolution, a treaty, a founding...

    ``type`` is an event class name of the ontology (``"Battle"``, ``"Revolution"``...).
    ``entity`` is the id of the named-event entity when the event has a name in the text
    (``"a Batalha de Varsóvia"``); ``place`` is an entity id; ``time`` the expression dating it.
    """

    id: str
    type: str
    label: str
    evidence: Evidence
    trigger: str = ""
    entity: str = ""
    participants: tuple[Participant, ...] = ()
    place: str = ""
    time: TimeExpression | None = None
    rule: str = ""
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link between two entities, read from one sentence.

    ``predicate`` is a property name of the ontology (``"led"``, ``"memberOf"``...) or, for a
    frame the mapping does not cover, an open relation ``"rel:<lemma>_<prep>"``.
    ``polarity`` is False for negated clauses; ``modality`` is ``"asserted"``, or
    ``"hypothetical"`` / ``"reported"`` / ``"obligation"`` for clauses that are not plain facts.
    Only positive, asserted relations become plain triples in the graph. ``also`` names the
    other extractors that read the same relation in the same sentence (the relation
    classifier's ``model:<name>`` beside a rule).
    """

    subject: str
    predicate: str
    object: str
    evidence: Evidence
    rule: str
    confidence: float = 1.0
    polarity: bool = True
    modality: str = "asserted"
    time: TimeExpression | None = None
    place: str = ""
    also: tuple[str, ...] = ()

    @property
    def asserted(self) -> bool:
        return self.polarity and self.modality == "asserted"


@dataclass(frozen=True, slots=True)
class Quotation:
    """Quoted or reported speech: who said what, when."""

    id: str
    author: str
    text: str
    evidence: Evidence
    time: TimeExpression | None = None
    rule: str = ""
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: Document
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    quotations: tuple[Quotation, ...] = ()
    model: str = field(default="", compare=False)


@dataclass(frozen=True, slots=True)
class MergeDecision:
    """Why two names were taken for one entity (or kept apart, when ``status`` is rejected)."""

    entity: str
    label: str
    merged: str
    rule: str
    evidence: str
    status: str = "accepted"


DBPEDIA_ID_PREFIX = "dbpedia:"
"""Prefix of a linked Wikipedia article in :attr:`Entity.external_ids`: ``dbpedia:Rio_Vístula``
(the title with ``_`` for spaces, IRI-safe), ``owl:sameAs`` its DBpedia resource in the graph."""


@dataclass(frozen=True, slots=True)
class LinkDecision:
    """Whether an entity was linked to a Wikipedia/DBpedia article, and why.

    ``article`` is the article's title (``"Varsóvia"``), empty for a NIL decision; ``status`` is
    ``"linked"``, ``"nil"`` or ``"rejected"`` (the user's override file refused the link);
    ``rule`` says which evidence decided (``"kb"``, ``"title"``, ``"alias"``, ``"context"``,
    ``"override"``, ``"ambiguous"``, ``"weak"``, ``"kept-apart"``...); ``candidates`` are the
    articles considered as ``(title, score)``, best first.
    """

    entity: str
    label: str
    article: str
    status: str
    rule: str
    score: float = 0.0
    candidates: tuple[tuple[str, float], ...] = ()
    evidence: str = ""


@dataclass(frozen=True, slots=True)
class Resolution:
    """The corpus-wide entities and how each document's local entities map onto them.

    ``mapping`` holds ``(doc_id, local_id, global_id)`` triples; ``entities`` are global, with
    the aliases and mentions of all the local entities merged into them.
    """

    entities: tuple[Entity, ...] = ()
    mapping: tuple[tuple[str, str, str], ...] = ()
    merges: tuple[MergeDecision, ...] = ()
    links: tuple[LinkDecision, ...] = ()

    def index(self) -> dict[tuple[str, str], str]:
        """``(doc_id, local_id) -> global_id`` as a dict (build it once, then look up)."""
        return {(d, local): g for d, local, g in self.mapping}


def unit_mention(m: Mention) -> bool:
    """Whether ``m`` is the phrase naming the unit of a role (:data:`UNIT_SOURCE`,
    :data:`MILITARY_UNIT_SOURCE`, :data:`PORTFOLIO_UNIT_SOURCE`)."""
    return m.source in (UNIT_SOURCE, MILITARY_UNIT_SOURCE, PORTFOLIO_UNIT_SOURCE)


def mention_name(ent: Entity, m: Mention) -> str:
    """The name ``m`` gives ``ent``: its text, but the entity's label for the unit of a role,
    whose text may name only a portfolio (``Fazenda`` of the ``Ministério da Fazenda``)."""
    return ent.label if unit_mention(m) else m.text
