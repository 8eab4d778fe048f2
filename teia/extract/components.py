"""spaCy components of teia, registered by name.

Each factory is a thin shell over a pure function of this package; importing this module
registers them (``teia.extract.pipeline`` does it before building a pipeline).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from teia.extract.gazetteer import KnowledgeBase, iter_names, load_kb
from teia.extract.labels import PER, normalize_category

__all__ = ["Gazetteer", "GAZETTEER_SPANS"]

GAZETTEER_SPANS = "teia_gazetteer"
"""``doc.spans`` key holding every knowledge-base match (before overlap resolution)."""


class Gazetteer:
    """Marks knowledge-base names as entities; gazetteer matches win over overlapping NER spans."""

    def __init__(self, nlp: Language, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        by_entry: dict[str, list[Doc]] = {}
        for name, entry in iter_names(kb):
            by_entry.setdefault(entry.id, []).append(nlp.make_doc(name))
        for kb_id, patterns in sorted(by_entry.items()):
            self.matcher.add(kb_id, patterns)

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            entry = self.kb.get(doc.vocab.strings[match_id])
            if entry is None:  # pragma: no cover - the matcher only knows kb ids
                continue
            spans.append(Span(doc, start, end, label=entry.type, kb_id=entry.id))
        ents = list(doc.ents)  # doc.ents walks the whole Doc: read it once, not per span
        people = [ent for ent in ents if normalize_category(ent.label_) == PER]
        people_starts = [ent.start for ent in people]
        spans = filter_spans([s for s in spans if not self._inside_other_person(people, people_starts, s)])
        doc.spans[GAZETTEER_SPANS] = spans
        if spans:
            # spans and entities are sorted and do not overlap among themselves: the one span
            # that can overlap an entity is the last one starting before the entity ends
            starts = [s.start for s in spans]

            def overlaps(ent: Span) -> bool:
                i = bisect_left(starts, ent.end) - 1
                return i >= 0 and spans[i].end > ent.start

            doc.ents = filter_spans([*(ent for ent in ents if not overlaps(ent)), *spans])
        return doc


    def _inside_other_person(self, people: list[Span], people_starts: list[int], span: Span) -> bool:
        """A person's name of the knowledge base inside a longer person name the NER found, whose
        given name is not the entry's: ``Ulianov`` in ``Alexandre Ulianov`` (Lenin's brother) is
        not Lenin. The NER's name is kept."""
        from teia.extract.resolve import given_name_conflict

        entry = self.kb.get(span.kb_id_)
        if entry is None or entry.type != PER:
            return False
        i = bisect_right(people_starts, span.start) - 1  # the one name that can hold the span
        if i < 0:
            return False
        ent = people[i]
        if span.end <= ent.end and len(ent) > len(span):
            return any(given_name_conflict(ent.text, name) for name in entry.names)
        return False


@Language.factory(
    "teia_gazetteer",
    default_config={"kb_paths": [], "include_default": True},
)
def make_gazetteer(nlp: Language, name: str, kb_paths: Sequence[str], include_default: bool) -> Gazetteer:
    return Gazetteer(nlp, load_kb(list(kb_paths), include_default=include_default))
