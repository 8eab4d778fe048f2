"""A relational noun's relations keep only the mapping's typed frames when a rule asks for them
(``typed_only`` of :func:`teia.extract.relations.nominal.noun_relations`), the one reading of
``X faz parte de Y``, ``X é um político, líder do Partido Y`` and ``Jorge Amado, natural de
Itabuna``; otherwise a complement no frame covers gives an open relation.

The sentences are written for this test and parsed by hand (``text lemma POS dep head``).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc

from teia.extract.relations.context import Context
from teia.extract.relations.mapping import default_mapping
from teia.extract.relations.nominal import noun_relations


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


ADMIRER = """
Pedro Pedro PROPN nsubj 2
é ser AUX cop 2
líder líder NOUN ROOT 2
do de_o ADP case 4
Partido Partido PROPN nmod 2
e e CCONJ cc 6
admirador admirador NOUN conj 2
de de ADP case 8
Maria Maria PROPN nmod 6
. . PUNCT punct 2
"""


def _relations(nlp, noun_index: int, **kw) -> set[tuple[str, str]]:
    doc = table_doc(nlp, ADMIRER, [("PER", 0, 1), ("ORG", 4, 5), ("PER", 8, 9)], "typed.txt", run=True)
    ctx = Context(doc, default_mapping())
    subject = ctx.direct(doc[0])
    assert subject is not None
    return {(f.predicate, f.rule) for f in noun_relations(subject, doc[noun_index], ctx, "probe", **kw)}


def test_an_open_frame_is_kept_unless_only_typed_frames_are_asked(nlp) -> None:
    assert _relations(nlp, 6) == {("rel:admirador_de", "open:probe")}  # "admirador de Maria": no frame
    assert _relations(nlp, 6, typed_only=True) == set()


def test_a_typed_frame_is_kept_either_way(nlp) -> None:
    assert ("led", "probe") in _relations(nlp, 2, typed_only=True)  # "líder do Partido"
    assert _relations(nlp, 2, typed_only=True) <= _relations(nlp, 2)
