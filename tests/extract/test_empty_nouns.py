"""An open relation of a noun that names an outcome, a figure, a judgement or a spot (the
mapping's ``empty_nouns``: ``surpresa``, ``vitória``, ``lado``...) is only ``probable`` (issue 20,
:func:`teia.extract.relations.found.empty_noun_open`). Written sentences parsed by hand
(``text lemma POS dep head``, ``head`` 0-based); the control swaps the noun for a relational one."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc

from teia.extract.entities import ENTITIES
from teia.extract.relations.mapping import default_mapping


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents) -> set[tuple[str, str, str, str]]:
    doc = table_doc(nlp, table, ents, "news.txt")
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    return {(label[r.subject], r.predicate, label[r.object], r.modality) for r in doc._.teia_relations}


# "A Arábia Saudita, surpresa da Copa, venceu."
SURPRISE = """
A o DET det 1
Arábia Arábia PROPN nsubj 8
Saudita Saudita PROPN flat:name 1
, , PUNCT punct 4
surpresa surpresa NOUN appos 1
da de_o ADP case 6
Copa Copa PROPN nmod 4
, , PUNCT punct 4
venceu vencer VERB ROOT 8
. . PUNCT punct 8
"""


def test_an_open_relation_of_an_empty_noun_is_probable(nlp) -> None:
    assert {"surpresa", "vitória", "lado", "referência"} <= default_mapping().empty_nouns
    ents = [("LOC", 1, 3), ("ORG", 6, 7)]
    assert ("Arábia Saudita", "rel:surpresa_de", "Copa", "probable") in statements(nlp, SURPRISE, ents)
    # "A Arábia Saudita, rival da Copa, venceu": a noun that relates the two stays asserted
    rival = SURPRISE.replace("surpresa surpresa NOUN", "rival rival NOUN")
    assert ("Arábia Saudita", "rel:rival_de", "Copa", "asserted") in statements(nlp, rival, ents)
