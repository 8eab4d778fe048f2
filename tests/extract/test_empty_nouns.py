"""An open relation of a noun that names an outcome, a figure, a judgement or a spot (the
mapping's ``empty_nouns``: ``surpresa``, ``vitória``, ``lado``...) is no statement (issue 20,
:func:`teia.extract.relations.found.empty_noun_open`; ``probable`` until P52e), and one of a noun that names an act
or a state (its word ends in one of the mapping's ``act_noun_endings``: ``presença``,
``dependência``, ``revelação``) with a person for subject is only ``probable`` (issue 20, P44d,
:func:`teia.extract.relations.found.act_noun_open`). Written sentences parsed by hand (``text
lemma POS dep head``, ``head`` 0-based); the controls swap the noun for a relational one, or the
person for an organization."""

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


def test_an_open_relation_of_an_empty_noun_is_no_statement(nlp) -> None:
    assert {"surpresa", "vitória", "lado", "referência"} <= default_mapping().empty_nouns
    ents = [("LOC", 1, 3), ("ORG", 6, 7)]
    assert not any(f[1] == "rel:surpresa_de" for f in statements(nlp, SURPRISE, ents))
    # "A Arábia Saudita, rival da Copa, venceu": a noun that relates the two stays asserted
    rival = SURPRISE.replace("surpresa surpresa NOUN", "rival rival NOUN")
    assert ("Arábia Saudita", "rel:rival_de", "Copa", "asserted") in statements(nlp, rival, ents)


# "A presença de Rui Costa, Presidente do Conselho, animou." (the title parsed as the noun's
# second complement, with no preposition, as the parser reads "respectivamente Presidente ...")
PRESENCE = """
A o DET det 1
presença presença NOUN nsubj 10
de de ADP case 3
Rui Rui PROPN nmod 1
Costa Costa PROPN flat:name 3
, , PUNCT punct 6
Presidente presidente NOUN nmod 1
do de_o ADP case 8
Conselho Conselho PROPN nmod 6
, , PUNCT punct 6
animou animar VERB ROOT 10
. . PUNCT punct 10
"""

# "Pedro Alves, revelação de Telê Santana, venceu."
REVELATION = """
Pedro Pedro PROPN nsubj 8
Alves Alves PROPN flat:name 0
, , PUNCT punct 3
revelação revelação NOUN appos 0
de de ADP case 5
Telê Telê PROPN nmod 3
Santana Santana PROPN flat:name 5
, , PUNCT punct 3
venceu vencer VERB ROOT 8
. . PUNCT punct 8
"""


def test_the_endings_are_the_shipped_ones() -> None:
    assert {"ção", "ência", "ença", "mento"} <= default_mapping().act_noun_endings


def test_a_title_apposed_to_an_act_is_probable(nlp) -> None:
    # "A influência de Rui Costa, Presidente do Conselho, animou."
    influence = PRESENCE.replace("presença presença", "influência influência")
    ents = [("PER", 3, 5), ("PER", 6, 9)]
    found = statements(nlp, influence, ents)
    assert ("Presidente do Conselho", "rel:influência_de", "Rui Costa", "probable") in found
    assert not any(m == "asserted" and p == "rel:influência_de" for _, p, _, m in found)
    # a presence is one of the empty_nouns since P61e: no statement at all
    assert not any(p == "rel:presença_de" for _, p, _, _ in statements(nlp, PRESENCE, ents))


def test_a_person_as_an_act_is_probable_a_role_or_an_organization_stays(nlp) -> None:
    ents = [("PER", 0, 2), ("PER", 5, 7)]
    assert ("Pedro Alves", "rel:revelação_de", "Telê Santana", "probable") in statements(nlp, REVELATION, ents)
    # "Pedro Alves, rival de Telê Santana": a noun a person can be stays asserted
    rival = REVELATION.replace("revelação revelação NOUN", "rival rival NOUN")
    assert ("Pedro Alves", "rel:rival_de", "Telê Santana", "asserted") in statements(nlp, rival, ents)
    # "Embraer SA, revelação de Telê Santana": an organization may be one, and keeps it
    company = REVELATION.replace("Pedro Pedro PROPN nsubj 8\nAlves Alves PROPN flat:name 0", "Embraer Embraer PROPN nsubj 8\nSA SA PROPN flat:name 0")
    assert ("Embraer SA", "rel:revelação_de", "Telê Santana", "asserted") in statements(nlp, company, [("ORG", 0, 2), ("PER", 5, 7)])
