"""A player of a team (issue 20, 25e): ``jogar``/``atuar`` ``em``/``por`` and ``militar em`` a
team or party give ``memberOf`` between a person and an organization (frames of
``relations.json``); with a place (``jogou no Maracanã``) or an organization as the subject
(``o Palmeiras joga no Morumbi``) the open relation stays.

The sentences are written for this test and parsed by hand (``text lemma POS dep head``).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


PLAYS = """
O o DET det 1
atacante atacante NOUN nsubj 3
Edmundo Edmundo PROPN appos 1
joga jogar VERB ROOT 3
no em_o ADP case 5
Palmeiras Palmeiras PROPN obl 3
desde desde ADP case 7
1993 1993 NUM obl 3
. . PUNCT punct 3
"""

SERVES = """
Armin Armin PROPN nsubj 2
Bačinović Bačinović PROPN flat:name 0
milita militar VERB ROOT 2
no em_o ADP case 4
Palermo Palermo PROPN obl 2
. . PUNCT punct 2
"""


def test_a_person_who_plays_in_a_team_is_a_member_of_it(nlp) -> None:
    assert ("Edmundo", "memberOf", "Palmeiras", "svo-active") in table_facts(nlp, PLAYS, [("PER", 2, 3), ("ORG", 5, 6)])
    for verb in ("atua atuar", "jogou jogar"):
        table = PLAYS.replace("joga jogar", verb)
        assert ("Edmundo", "memberOf", "Palmeiras", "svo-active") in table_facts(nlp, table, [("PER", 2, 3), ("ORG", 5, 6)])
    by = PLAYS.replace("no em_o ADP", "pelo por_o ADP")
    assert ("Edmundo", "memberOf", "Palmeiras", "svo-active") in table_facts(nlp, by, [("PER", 2, 3), ("ORG", 5, 6)])
    assert ("Armin Bačinović", "memberOf", "Palermo", "svo-active") in table_facts(nlp, SERVES, [("PER", 0, 2), ("ORG", 4, 5)])


def test_a_game_in_a_place_or_a_team_that_plays_is_no_membership(nlp) -> None:
    venue = table_facts(nlp, PLAYS, [("PER", 2, 3), ("LOC", 5, 6)])
    assert not any(p == "memberOf" for _, p, _, _ in venue)
    team = table_facts(nlp, PLAYS, [("ORG", 2, 3), ("LOC", 5, 6)])
    assert not any(p == "memberOf" for _, p, _, _ in team)


DRUMMER = """
Alan Alan PROPN nsubj 3
White White PROPN flat:name 0
foi ser AUX cop 3
baterista baterista NOUN ROOT 3
do de_o ADP case 5
Oasis Oasis PROPN nmod 3
. . PUNCT punct 3
"""


@pytest.mark.parametrize("noun", ["baterista", "guitarrista", "baixista", "tecladista"])
def test_a_player_of_a_band_is_a_member_of_it(nlp, noun) -> None:
    """``Alan White foi baterista do Oasis`` (issue 20, P52f): a band's player is a member, as a
    team's (the fallback of any role noun of a person in an organization said ``affiliatedWith``)."""
    found = table_facts(nlp, DRUMMER.replace("baterista baterista", f"{noun} {noun}"), [("PER", 0, 2), ("ORG", 5, 6)])
    assert ("Alan White", "memberOf", "Oasis", "copula-noun") in found
    assert not any(p == "affiliatedWith" for _, p, _, _ in found)


def test_a_guitarist_of_a_country_keeps_the_nationality(nlp) -> None:
    """Control: with a country after it the noun says a nationality, as before."""
    found = table_facts(nlp, DRUMMER.replace("baterista baterista", "guitarrista guitarrista").replace("Oasis Oasis", "Brasil Brasil"), [("PER", 0, 2), ("LOC", 5, 6)])
    assert ("Alan White", "nationality", "Brasil", "copula-noun") in found
    assert not any(p == "memberOf" for _, p, _, _ in found)


COACHES = """
Carlos Carlos PROPN nsubj 3
Alberto Alberto PROPN flat:name 0
Parreira Parreira PROPN flat:name 0
treinou treinar VERB ROOT 3
o o DET det 5
Fluminense Fluminense PROPN obj 3
em em ADP case 7
1984 1984 NUM obl 3
. . PUNCT punct 3
"""

COACHED_BY = """
O o DET det 1
Vasco Vasco PROPN nsubj:pass 3
foi ser AUX aux:pass 3
treinado treinar VERB ROOT 3
por por ADP case 5
Joel Joel PROPN obl:agent 3
Santana Santana PROPN flat:name 5
. . PUNCT punct 3
"""


def test_a_coach_who_trains_a_club_is_affiliated_with_it(nlp) -> None:
    """``Parreira treinou o Fluminense``, ``o Vasco foi treinado por Joel Santana`` (issue 20,
    P62i): a coach works for the club, as ``o técnico do Fluminense`` says; he does not lead it."""
    found = table_facts(nlp, COACHES, [("PER", 0, 3), ("ORG", 5, 6)])
    assert ("Carlos Alberto Parreira", "affiliatedWith", "Fluminense", "svo-active") in found
    assert not any(p in ("led", "memberOf") for _, p, _, _ in found)
    passive = table_facts(nlp, COACHED_BY, [("ORG", 1, 2), ("PER", 5, 7)])
    assert ("Joel Santana", "affiliatedWith", "Vasco", "passive-agent") in passive


def test_a_team_that_trains_or_a_place_trained_in_is_no_affiliation(nlp) -> None:
    """Control: a club as the subject (``o Palmeiras treinou o Vasco``, a practice game) or a
    place as the object relates no coach."""
    team = table_facts(nlp, COACHES, [("ORG", 0, 3), ("ORG", 5, 6)])
    assert not any(p == "affiliatedWith" for _, p, _, _ in team)
    place = table_facts(nlp, COACHES, [("PER", 0, 3), ("LOC", 5, 6)])
    assert not any(p == "affiliatedWith" for _, p, _, _ in place)
