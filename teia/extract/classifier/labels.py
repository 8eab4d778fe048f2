"""The relation classifier's labels and how each maps onto the ontology.

The classifier reads a pair of mentions in sentence order (``left`` before ``right``) and
predicts one DBpedia relation of the training data (``origin``, ``deathOrBurialPlace``,
``locatedInArea``, ``partOf``, ``keyPerson``, ``parent``, ``partner``, ``successor``,
``influencedBy``) with a direction: ``origin>`` says the left mention is DBpedia's subject
(``Pessoa (Lisboa, 1900)`` → *Pessoa origin Lisboa*), ``origin<`` that the right one is.
``partner`` has no direction; ``other`` (another DBpedia relation) and ``none`` (no relation)
are never emitted.

:func:`ontology_relation` turns a label and the two categories into a teia property with its
subject and object, or ``None`` where the pair of categories makes no sense for the relation
(a person *located in* a place is not said by this data).
"""

from __future__ import annotations

from teia.extract.labels import LOC, ORG, PER

__all__ = [
    "ASSERT_THRESHOLD",
    "MIN_CONFIDENCE",
    "NOT_EMITTED",
    "PROPERTIES",
    "RELATIONS",
    "UNDIRECTED",
    "direction_label",
    "ontology_relation",
    "split_label",
]

RELATIONS = (
    "origin",
    "deathOrBurialPlace",
    "locatedInArea",
    "partOf",
    "keyPerson",
    "parent",
    "partner",
    "successor",
    "influencedBy",
)
"""The typed relations of the training data (``other`` and ``none`` aside)."""

ASSERT_THRESHOLD = 0.9
"""Default confidence from which a classifier relation is asserted (a plain triple): 93 % of
the dev split's typed predictions from 0.9 on are right (``training/metrics/relations.json``,
``dev_by_confidence``); only the surest readings are facts."""
MIN_CONFIDENCE = 0.7
"""Default confidence below which a classifier relation is not kept at all, whatever its
relation's own threshold (:meth:`~teia.extract.classifier.model.RelationModel.threshold`):
the lowest of 0.5, 0.6, 0.7... at which the typed predictions of the dev split are at least
85 % right (``training/metrics/relations.json``, ``dev_by_confidence``: 0.860 at 0.7, 0.815
at 0.6)."""

UNDIRECTED = frozenset({"partner", "other", "none"})
NOT_EMITTED = frozenset({"other", "none"})


def direction_label(relation: str, entity1_left: bool) -> str:
    """The class of a training record: the relation with ``>`` when its entity1 is the left
    mention, ``<`` when it is the right one (no mark for undirected relations)."""
    if relation in UNDIRECTED:
        return relation
    return f"{relation}{'>' if entity1_left else '<'}"


def split_label(label: str) -> tuple[str, bool]:
    """``("origin", True)`` for ``origin>``: the relation, and whether entity1 is the left mention."""
    if label.endswith((">", "<")):
        return label[:-1], label.endswith(">")
    return label, True


# relation -> {(category of entity1, category of entity2): (property, entity1 is the subject)}
_MAP: dict[str, dict[tuple[str, str], tuple[str, bool]]] = {
    "origin": {(PER, LOC): ("bornIn", True), (ORG, LOC): ("locatedIn", True)},
    "deathOrBurialPlace": {(PER, LOC): ("diedOrBuriedIn", True)},
    "locatedInArea": {(LOC, LOC): ("locatedIn", True), (ORG, LOC): ("locatedIn", True)},
    "partOf": {
        (PER, ORG): ("memberOf", True),
        (ORG, PER): ("memberOf", False),
        (ORG, ORG): ("partOf", True),
    },
    "keyPerson": {(ORG, PER): ("keyPersonOf", False), (LOC, PER): ("keyPersonOf", False)},
    "parent": {(PER, PER): ("parentOf", False)},
    "partner": {(PER, PER): ("spouseOf", True)},
    "successor": {(PER, PER): ("succeeded", False), (ORG, ORG): ("succeeded", False)},
    "influencedBy": {(PER, PER): ("influencedBy", True), (PER, ORG): ("influencedBy", True)},
}

PROPERTIES = frozenset(p for table in _MAP.values() for p, _ in table.values())
"""Every teia property the classifier can emit."""


def ontology_relation(label: str, left_category: str, right_category: str) -> tuple[str, bool] | None:
    """``(property, left_is_subject)`` for a predicted label, or ``None`` (not emitted)."""
    relation, entity1_left = split_label(label)
    if relation in NOT_EMITTED:
        return None
    e1, e2 = (left_category, right_category) if entity1_left else (right_category, left_category)
    found = _MAP.get(relation, {}).get((e1, e2))
    if found is None:
        return None
    prop, entity1_subject = found
    return prop, entity1_subject == entity1_left
