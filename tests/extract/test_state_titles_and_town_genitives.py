"""Two causes of wrong ``partOf`` statements on Bosque's news (issue 20, P64f).

* ``O ANTIGO chefe de Estado do Uruguai, Julio Sanguinetti`` gave ``Julio Sanguinetti partOf
  Uruguai`` through ``titled-mention``: the NER's ``Estado do Uruguai`` opens with ``Estado``,
  whose ``de`` frame is a place's (``partOf``), and the rule read it as a title. A title opens
  with a role noun (``units.role_nouns``), and a person is part of no state.
* ``o comandante da GNR do Cacém`` gave ``GNR partOf Cacém`` through ``genitive``: the NER typed
  the town an organization. A name the knowledge base knows as a place and the annotated
  corpora do not give as one is read as a place by the genitive (``headquarteredIn``); a town the
  corpora know that the NER still typed an organization is a club or a body named after it
  (``Porto``) and keeps the organization's rule.

The sentences are written for the test and parsed by hand (see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


TITLE = """
O o DET det 1
{role} {role_lemma} {role_pos} nsubj 10
de de ADP case 3
{word} {word} PROPN nmod 1
do de_o ADP case 5
Uruguai Uruguai PROPN nmod 3
, , PUNCT punct 7
Julio Julio PROPN appos 1
Sanguinetti Sanguinetti PROPN flat:name 7
, , PUNCT punct 7
votou votar VERB ROOT 10
. . PUNCT punct 10
"""


def titled(nlp, table: str, ents) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, rule in table_facts(nlp, table, ents, "news.txt") if rule == "titled-mention"}


def test_a_state_after_a_compound_role_is_no_title_of_the_person(nlp) -> None:
    table = TITLE.format(role="chefe", role_lemma="chefe", role_pos="NOUN", word="Estado")
    facts = {(s, p, o) for s, p, o, _ in table_facts(nlp, table, [("ORG", 3, 6), ("PER", 7, 9)], "news.txt")}
    assert not any(p == "partOf" and s == "Julio Sanguinetti" for s, p, o in facts)


def test_a_role_noun_opening_the_mention_is_still_a_title(nlp) -> None:
    # "O Presidente do Uruguai, Julio Sanguinetti": the NER's title, a role noun first
    table = """
O o DET det 1
Presidente Presidente PROPN nsubj 8
do de_o ADP case 3
Uruguai Uruguai PROPN nmod 1
, , PUNCT punct 5
Julio Julio PROPN appos 1
Sanguinetti Sanguinetti PROPN flat:name 5
, , PUNCT punct 5
votou votar VERB ROOT 8
. . PUNCT punct 8
"""
    facts = titled(nlp, table, [("PER", 1, 4), ("PER", 5, 7)])
    assert facts and all(s == "Julio Sanguinetti" and p != "partOf" for s, p, o in facts)


GENITIVE = """
O o DET det 1
comandante comandante NOUN nsubj 6
da de_o ADP case 3
GNR GNR PROPN nmod 1
do de_o ADP case 5
{town} {town} PROPN nmod 3
falou falar VERB ROOT 6
. . PUNCT punct 6
"""


def genitive(nlp, town: str) -> set[tuple[str, str, str]]:
    facts = table_facts(nlp, GENITIVE.format(town=town), [("ORG", 3, 4), ("ORG", 5, 6)], "news.txt")
    return {(s, p, o) for s, p, o, rule in facts if rule == "genitive"}


def test_a_town_the_ner_typed_an_organization_is_the_seat(nlp) -> None:
    assert genitive(nlp, "Cacém") == {("GNR", "headquarteredIn", "Cacém")}


def test_a_town_the_corpora_know_typed_an_organization_stays_one(nlp) -> None:
    # "Porto" typed an organization is the club or a body named after the city
    assert genitive(nlp, "Porto") == {("GNR", "partOf", "Porto")}


def test_an_organization_no_list_knows_as_a_place_keeps_part_of(nlp) -> None:
    assert genitive(nlp, "SOCI") == {("GNR", "partOf", "SOCI")}
