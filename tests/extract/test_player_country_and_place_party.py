"""A country after a player's noun is his nationality, not a body he belongs to, and a place set
off by a comma before an organization's ``de`` is no part of it (issue 20, P67b).

``John Smith, um jogador da Austrália`` gave ``memberOf Austrália`` (the mapping's ``jogador``
frame takes any complement; the national team he plays for has no node): it is now read as
``futebolista`` is, ``nationality``. ``Euskadi, do Partido Nacionalista Basco`` gave ``Euskadi
partOf Partido Nacionalista Basco`` through the genitive's ``LOC de ORG`` rule; past a comma
the complement is no owner of the place (``a Cidade Universitária da USP``, with no comma,
stays a part).

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


PLAYER = """
John John PROPN nsubj 7
Smith Smith PROPN flat:name 0
, , PUNCT punct 4
um um DET det 4
jogador jogador NOUN appos 0
da de_a ADP case 6
Austrália Austrália PROPN nmod 4
marcou marcar VERB ROOT 7
. . PUNCT punct 7
"""

PLACE_PARTY = """
Euskadi Euskadi PROPN nsubj 7
, , PUNCT punct 3
do de_o ADP case 3
Partido Partido PROPN nmod 0
Nacionalista Nacionalista PROPN flat:name 3
Basco Basco PROPN flat:name 3
, , PUNCT punct 3
votou votar VERB ROOT 7
. . PUNCT punct 7
"""

CAMPUS = """
A o DET det 1
Cidade Cidade PROPN nsubj 5
Universitária Universitária PROPN flat:name 1
da de_a ADP case 4
USP USP PROPN nmod 1
fica ficar VERB ROOT 5
longe longe ADV advmod 5
. . PUNCT punct 5
"""


def test_a_player_of_a_country_is_of_its_nationality(nlp) -> None:
    facts = table_facts(nlp, PLAYER, [("PER", 0, 2), ("LOC", 6, 7)])
    assert ("John Smith", "nationality", "Austrália", "appos-title") in facts
    assert not [f for f in facts if f[1] == "memberOf"]


def test_a_player_of_a_club_stays_its_member(nlp) -> None:
    facts = table_facts(nlp, PLAYER.replace("Austrália", "Mariners"), [("PER", 0, 2), ("ORG", 6, 7)])
    assert ("John Smith", "memberOf", "Mariners", "appos-title") in facts


def test_a_place_before_a_party_past_a_comma_is_no_part_of_it(nlp) -> None:
    facts = table_facts(nlp, PLACE_PARTY, [("LOC", 0, 1), ("ORG", 3, 6)])
    assert not [f for f in facts if f[1] == "partOf"]


def test_a_place_of_an_organization_without_a_comma_stays_its_part(nlp) -> None:
    facts = table_facts(nlp, CAMPUS, [("LOC", 1, 3), ("ORG", 4, 5)])
    assert ("Cidade Universitária", "partOf", "USP", "genitive") in facts
