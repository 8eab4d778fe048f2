"""Hand-parsed sentences for the relation tests, so they do not depend on the trained parser.

:data:`PLAIN_ENTITIES` names a component that makes one entity per entity span, none of the
refinements of ``teia_entities`` (dropped common nouns, category repairs, aliases), which the
relation tests are not about. :func:`table_doc` builds a Doc from a token table (one token a
line: ``text lemma POS dep head``, ``head`` 0-based in the doc, ``_`` in a lemma for a space)
and entity spans ``(label, first token, end token)``, and runs a pipeline over it; a sixth
column, where given, is the token's morphology (``Mood=Sub|VerbForm=Fin``, ``_`` for none).
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from teia.extract.entities import DOC_ID_KEY, ENTITIES, MENTIONS, doc_id_of, spans_to_mentions
from teia.extract.resolve import group_mentions

PLAIN_ENTITIES = "test_plain_entities"

_NO_SPACE_BEFORE = {",", ".", ")"}


@Language.component(PLAIN_ENTITIES)
def plain_entities(doc: Doc) -> Doc:
    mentions = spans_to_mentions(doc.ents, doc_id_of(doc))
    doc._.set(MENTIONS, tuple(mentions))
    doc._.set(ENTITIES, group_mentions(mentions))
    return doc


def relations_pipeline() -> Language:
    """A blank Portuguese pipeline: the plain entities, then ``teia_relations``."""
    from teia.extract.relations import component as _component  # noqa: F401  (registers teia_relations)

    nlp = spacy.blank("pt")
    nlp.add_pipe(PLAIN_ENTITIES)
    nlp.add_pipe("teia_relations")
    return nlp


def table_doc(nlp: Language, table: str, ents: list[tuple[str, int, int]], doc_id: str, *, run: bool = True) -> Doc:
    """The Doc of ``table`` with the entity spans ``ents``, through ``nlp``'s pipeline when ``run``."""
    rows = [line.split() for line in table.strip().splitlines()]
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE and words[i] != "(" for i in range(len(words))]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        lemmas=[r[1].replace("_", " ") for r in rows],
        pos=[r[2] for r in rows],
        deps=[r[3] for r in rows],
        heads=[int(r[4]) for r in rows],
        morphs=[r[5] if len(r) > 5 and r[5] != "_" else "" for r in rows],
    )
    doc.ents = [Span(doc, s, e, label=lab) for lab, s, e in ents]
    doc.user_data[DOC_ID_KEY] = doc_id
    if run:
        for _, proc in nlp.pipeline:
            doc = proc(doc)
    return doc


def table_facts(
    nlp: Language, table: str, ents: list[tuple[str, int, int]], doc_id: str = "news.txt", *, by: str = "rule"
) -> set[tuple[str, str, str, str]]:
    """The relations ``nlp`` finds in ``table``'s Doc as ``(subject label, predicate, object
    label, X)``, X the relation's field ``by``: its rule, or its ``modality``."""
    doc = table_doc(nlp, table, ents, doc_id)
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    return {(label[r.subject], r.predicate, label[r.object], getattr(r, by)) for r in doc._.teia_relations}


def table_triples(nlp: Language, table: str, ents: list[tuple[str, int, int]], doc_id: str = "news.txt") -> set[tuple[str, str, str]]:
    """The relations ``nlp`` finds in ``table``'s Doc as ``(subject label, predicate, object
    label)`` (:func:`table_facts` without its fourth field)."""
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents, doc_id)}


def table_modality(nlp: Language, table: str, ents: list[tuple[str, int, int]], verb: int, doc_id: str = "news.txt") -> str:
    """The modality the rules give the clause of token ``verb`` of ``table``'s Doc
    (:func:`~teia.extract.relations.modality.clause_modality`). An open relation of a clause that
    states no fact is no statement (issue 20, P52e), so tests of the modality of such a clause
    read it here rather than from a relation."""
    from teia.extract.relations.context import Context
    from teia.extract.relations.mapping import default_mapping
    from teia.extract.relations.modality import clause_modality

    doc = table_doc(nlp, table, ents, doc_id)
    return clause_modality(doc[verb], Context(doc, default_mapping()))
