"""The entity categories: the one table every part of teia reads them from.

A category is the label a mention carries (``PER``, ``ORG``...). For each one, :data:`TABLE`
gives the ontology class its entities become (none for dates and values, which become
literals) and its name in HAREM, the annotation scheme of the Portuguese evaluation and
training corpora. The extraction (:mod:`teia.extract.labels`), the ontology
(:data:`teia.ontology.namespace.CATEGORY_CLASS`), the evaluation (:mod:`teia.eval.harem`) and
the training converters (``training/convert.py``) all derive their tables from this one.

Ground floor: no imports beyond the standard library.
"""

from __future__ import annotations

from typing import NamedTuple

__all__ = [
    "PER", "ORG", "LOC", "DATE", "EVENT", "WORK", "CONCEPT", "VALUE", "MISC",
    "Category", "TABLE", "ENTITY_CATEGORIES", "NODE_CATEGORIES", "CLASS_OF", "HAREM_OF", "FOREIGN_LABELS",
]

PER = "PER"
ORG = "ORG"
LOC = "LOC"
DATE = "DATE"
EVENT = "EVENT"
WORK = "WORK"
CONCEPT = "CONCEPT"
VALUE = "VALUE"
MISC = "MISC"


class Category(NamedTuple):
    """One category: its label, the local name of its ontology class (``""``: a literal, not a
    node), its HAREM name (``""``: none) and the labels other pipelines give it."""

    label: str
    ontology_class: str
    harem: str
    other_labels: tuple[str, ...] = ()


TABLE: tuple[Category, ...] = (
    Category(PER, "Person", "PESSOA", ("PERSON",)),
    Category(ORG, "Organization", "ORGANIZACAO"),
    Category(LOC, "Place", "LOCAL", ("GPE",)),
    Category(DATE, "", "TEMPO", ("TIME",)),
    Category(EVENT, "Event", "ACONTECIMENTO"),
    Category(WORK, "Work", "OBRA", ("WORK_OF_ART",)),
    Category(CONCEPT, "Concept", "ABSTRACCAO"),
    Category(VALUE, "", "VALOR"),
    Category(MISC, "Miscellaneous", ""),
)

ENTITY_CATEGORIES = tuple(c.label for c in TABLE)
"""All categories a :class:`~teia.records.Mention` may carry."""

NODE_CATEGORIES = tuple(c.label for c in TABLE if c.ontology_class)
"""Categories that become entity nodes (dates and values become literals instead)."""

CLASS_OF = {c.label: c.ontology_class for c in TABLE if c.ontology_class}
"""Category → local name of its ontology class."""

HAREM_OF = {c.label: c.harem for c in TABLE if c.harem}
"""Category → its HAREM name."""

FOREIGN_LABELS = {
    name: c.label for c in TABLE for name in (c.label, *c.other_labels, *((c.harem,) if c.harem else ()))
}
"""Labels of other pipelines and corpora (spaCy's WikiNER-trained ``pt_core_news_*``, HAREM),
and ours, mapped onto our categories, so that ``--model pt_core_news_lg`` works."""
