"""The ``teia_entities`` component: NER and gazetteer spans → mentions → document-local entities.

It runs after the NER and the gazetteer and before the event and relation components, which
refer to entities through :func:`entity_index`. The pure work is
:func:`teia.extract.resolve.group_mentions`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from teia.extract.gazetteer import KnowledgeBase
from teia.extract.labels import DATE, VALUE, normalize_category
from teia.extract.records import Entity, Mention
from teia.extract.resolve import group_mentions

__all__ = ["EntityIndex", "doc_id_of", "entity_index", "spans_to_mentions"]

MENTIONS = "teia_mentions"
ENTITIES = "teia_entities"
Doc.set_extension(MENTIONS, default=None, force=True)
Doc.set_extension(ENTITIES, default=None, force=True)

DOC_ID_KEY = "teia_doc_id"
"""``doc.user_data`` key holding the document id (set by the pipeline before processing)."""


def doc_id_of(doc: Doc) -> str:
    return str(doc.user_data.get(DOC_ID_KEY, "")) if isinstance(doc.user_data, dict) else ""


def spans_to_mentions(spans: Sequence[Span], doc_id: str) -> list[Mention]:
    """Entity spans → mentions (dates and values are left to the time component)."""
    out = []
    for ent in spans:
        category = normalize_category(ent.label_)
        if category in (DATE, VALUE):
            continue
        source = "gazetteer" if ent.kb_id_ else "ner"
        out.append(Mention(doc_id, ent.start_char, ent.end_char, ent.text, category, source, ent.kb_id_))
    return out


class EntityIndex:
    """Finds the local entity a character span refers to."""

    def __init__(self, entities: Sequence[Entity]) -> None:
        spans = sorted((m.start, m.end, e.id) for e in entities for m in e.mentions)
        self._starts = [s for s, _, _ in spans]
        self._spans = spans

    def at(self, start: int, end: int) -> str | None:
        """The entity whose mention overlaps ``[start, end)`` most (None when none does)."""
        best, best_overlap = None, 0
        i = bisect_right(self._starts, end)
        for s, e, eid in reversed(self._spans[max(0, i - 8) : i]):
            overlap = min(e, end) - max(s, start)
            if overlap > best_overlap:
                best, best_overlap = eid, overlap
        return best

    def span(self, span: Span) -> str | None:
        return self.at(span.start_char, span.end_char)


def entity_index(doc: Doc) -> EntityIndex:
    return EntityIndex(getattr(doc._, ENTITIES) or ())


class EntityGrouper:
    def __init__(self, kb: KnowledgeBase | None) -> None:
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        mentions = spans_to_mentions(doc.ents, doc_id_of(doc))
        doc._.set(MENTIONS, tuple(mentions))
        doc._.set(ENTITIES, group_mentions(mentions, self.kb))
        return doc


@Language.factory("teia_entities", assigns=[f"doc._.{MENTIONS}", f"doc._.{ENTITIES}"])
def make_entity_grouper(nlp: Language, name: str) -> EntityGrouper:
    kb = nlp.get_pipe("teia_gazetteer").kb if "teia_gazetteer" in nlp.pipe_names else None
    return EntityGrouper(kb)
