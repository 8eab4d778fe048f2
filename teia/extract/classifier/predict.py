"""Relations the classifier reads between the entity mentions of each sentence, merged with the
rules' relations.

:func:`model_relations` is a pure function of a parsed ``Doc`` carrying ``teia_entities``:
in every sentence, each pair of PER/ORG/LOC mentions of two different entities at most
:data:`~teia.extract.classifier.features.MAX_GAP` tokens apart is scored, and a typed label
the ontology can hold (:func:`~teia.extract.classifier.labels.ontology_relation`) with a
probability of at least ``min_confidence`` and at least the model's own threshold for that
relation (:meth:`~teia.extract.classifier.model.RelationModel.threshold`) becomes a :class:`~teia.records.Relation`
whose rule is ``model:<name>``. It is asserted (a plain triple in the graph) when its
probability reaches ``assert_threshold``; below, its modality is ``"probable"`` and only the
statement is written. The work is sentence-local: each mention meets the mentions of the next
``MAX_GAP`` tokens only.

:func:`merge_relations` puts them beside the rules' relations: where a rule read the same
relation in the same sentence, one relation stays, the rule's, carrying the model's name too
(``also``); where a rule read another typed relation between the same two entities in that
sentence, the rule wins and the model's reading is only logged.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span

from teia.extract.classifier.features import MAX_GAP, pair_features
from teia.extract.classifier.labels import ASSERT_THRESHOLD, MIN_CONFIDENCE, ontology_relation, split_label
from teia.extract.classifier.model import RelationModel
from teia.extract.entities import ENTITIES, doc_id_of
from teia.extract.headings import fragments, in_fragment
from teia.extract.labels import LOC, ORG, PER
from teia.extract.relations.found import PROBABLE
from teia.extract.relations.rules import relation_order
from teia.records import Evidence, Relation

__all__ = ["PROBABLE", "merge_relations", "model_relations", "pair_candidates"]

log = logging.getLogger(__name__)

CATEGORIES = frozenset({PER, ORG, LOC})
SYMMETRIC = frozenset({"spouseOf"})

Mention = tuple[int, int, str, str]
"""``(token start, token end, entity id, category)``."""


def _mentions(doc: Doc) -> list[Mention]:
    """``(token start, token end, entity id, category)`` of every PER/ORG/LOC mention, in order."""
    entities = doc._.get(ENTITIES) if doc.has_extension(ENTITIES) else None
    out = []
    for ent in entities or ():
        if ent.type not in CATEGORIES:
            continue
        for m in ent.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is not None:
                out.append((span.start, span.end, ent.id, ent.type))
    out.sort()
    return out


def pair_candidates(doc: Doc) -> list[tuple[Span, Mention, Mention, list[str]]]:
    """The pairs the classifier scores in a parsed doc, in text order: ``(sentence, left
    mention, right mention, features)`` for two PER/ORG/LOC mentions of different entities
    in one sentence, at most ``MAX_GAP`` tokens apart (also what ``training/relation_news.py``
    reads its negative pairs from)."""
    if not doc.has_annotation("DEP"):
        return []
    mentions = _mentions(doc)
    if len(mentions) < 2:
        return []
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    candidates = []
    for i, (ls, le, lid, lcat) in enumerate(mentions):
        sent = sents[bisect_right(starts, ls) - 1]
        for j in range(i + 1, len(mentions)):
            rs, re_, rid, rcat = mentions[j]
            if rs - le > MAX_GAP or rs >= sent.end:
                break
            if rs < le or rid == lid:
                continue
            others = [(s, e) for s, e, _, _ in mentions[i + 1 : j] if s >= le and e <= rs]
            feats = pair_features(doc, (ls, le), (rs, re_), lcat, rcat, others)
            candidates.append((sent, mentions[i], mentions[j], feats))
    return candidates


def model_relations(
    doc: Doc,
    model: RelationModel,
    name: str,
    *,
    min_confidence: float = MIN_CONFIDENCE,
    assert_threshold: float = ASSERT_THRESHOLD,
) -> tuple[Relation, ...]:
    """The classifier's relations of a parsed doc, in text order."""
    candidates = pair_candidates(doc)
    if not candidates:
        return ()
    doc_id = doc_id_of(doc)
    rule = f"model:{name}"
    # every pair of the doc scored in one matrix operation
    scored = model.predict_many([feats for *_, feats in candidates])
    found: list[Relation] = []
    pieces: dict[int, tuple[tuple[int, int], ...]] = {}  # headings and list items by sentence
    for (sent, (ls, le, lid, lcat), (rs, re_, rid, rcat), _), (label, p) in zip(candidates, scored):
        if p < min_confidence or p < model.threshold(split_label(label)[0]):
            continue
        if sent.start not in pieces:
            pieces[sent.start] = fragments(sent)
        if any(in_fragment(doc[i], pieces[sent.start]) for i in (ls, le - 1, rs, re_ - 1)):
            continue  # a name of a heading, a list item or a glued title (issue 20)
        mapped = ontology_relation(label, lcat, rcat)
        if mapped is None:
            continue
        prop, left_subject = mapped
        subj, obj = ((ls, le, lid), (rs, re_, rid)) if left_subject else ((rs, re_, rid), (ls, le, lid))
        between_start = doc[le].idx if le < rs else doc[ls].idx
        between_end = doc[rs - 1].idx + len(doc[rs - 1]) if le < rs else doc[le - 1].idx + len(doc[le - 1])
        evidence = Evidence(
            doc_id=doc_id,
            sentence_start=sent.start_char,
            sentence_end=sent.end_char,
            sentence=sent.text,
            trigger_start=between_start,
            trigger_end=between_end,
            subject_start=doc[subj[0]].idx,
            subject_end=doc[subj[1] - 1].idx + len(doc[subj[1] - 1]),
            object_start=doc[obj[0]].idx,
            object_end=doc[obj[1] - 1].idx + len(doc[obj[1] - 1]),
        )
        found.append(
            Relation(
                subject=subj[2],
                predicate=prop,
                object=obj[2],
                evidence=evidence,
                rule=rule,
                confidence=round(p, 3),
                modality="asserted" if p >= assert_threshold else PROBABLE,
            )
        )
    return tuple(_best_per_statement(found))


def _best_per_statement(found: list[Relation]) -> list[Relation]:
    """One relation per sentence, subject, predicate and object: the most confident."""
    best: dict[tuple, Relation] = {}
    for rel in found:
        key = (rel.evidence.sentence_start, *_pair(rel), rel.predicate)
        old = best.get(key)
        if old is None or rel.confidence > old.confidence:
            best[key] = rel
    return sorted(best.values(), key=lambda r: (r.evidence.sentence_start, r.evidence.subject_start, r.evidence.object_start, r.predicate))


def _pair(rel: Relation) -> tuple[str, str]:
    if rel.predicate in SYMMETRIC:
        a, b = sorted((rel.subject, rel.object))
        return a, b
    return rel.subject, rel.object


def merge_relations(rules: Sequence[Relation], model: Sequence[Relation]) -> tuple[Relation, ...]:
    """The rules' relations with the classifier's beside them (see the module docstring)."""
    by_pair: dict[tuple[int, frozenset[str]], list[int]] = defaultdict(list)
    out = list(rules)
    for k, rel in enumerate(out):
        by_pair[(rel.evidence.sentence_start, frozenset((rel.subject, rel.object)))].append(k)
    extra = []
    for rel in model:
        ruled = [k for k in by_pair.get((rel.evidence.sentence_start, frozenset((rel.subject, rel.object))), ()) if out[k].polarity]
        same = [k for k in ruled if out[k].predicate == rel.predicate and _pair(out[k]) == _pair(rel)]
        if same:
            for k in same:
                if rel.rule not in out[k].also:
                    out[k] = replace(out[k], also=(*out[k].also, rel.rule), confidence=max(out[k].confidence, rel.confidence))
            continue
        typed = [k for k in ruled if not out[k].predicate.startswith("rel:")]
        if typed:
            log.info(
                "%s:%d: the rules read %s; %s read %s (%s, %s) with confidence %.2f: the rules win",
                rel.evidence.doc_id,
                rel.evidence.sentence_start,
                ", ".join(sorted({out[k].predicate for k in typed})),
                rel.rule,
                rel.predicate,
                rel.subject,
                rel.object,
                rel.confidence,
            )
            continue
        extra.append(rel)
    if not extra:
        return tuple(out)
    merged = out + extra
    merged.sort(key=relation_order)
    return tuple(merged)
