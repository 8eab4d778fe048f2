"""An open relation of a noun that names an outcome, a figure, a judgement or a spot (the
mapping's ``empty_nouns``: ``surpresa``, ``vitória``, ``lado``...) is only ``probable`` (issue 20,
:func:`teia.extract.relations.found.empty_noun_open`). Written sentences parsed by hand
(``text lemma POS dep head``, ``head`` 0-based); the control swaps the noun for a relational one."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.extract.relations.mapping import default_mapping


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    """(subject label, predicate, object label, modality) of every relation of the hand-parsed sentence."""
    return table_facts(nlp, table, ents, by="modality")


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
