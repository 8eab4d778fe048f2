"""A country is in no division of a country (issue 20, P34f): ``Sumbe é um município de Angola,
na província do Zaire`` puts the town in the province, not Angola; a town that bears a country's
name and no copula's place stays as read."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# as the shipped parser hangs it: the province on the noun, the country its complement
NZETO = """
Sumbe Sumbe PROPN nsubj 3
é ser AUX cop 3
um um DET det 3
município município NOUN ROOT 3
de de ADP case 5
Angola Angola PROPN nmod 3
, , PUNCT punct 8
na em_a ADP case 8
província província NOUN nmod 3
do de_o ADP case 10
Zaire Zaire PROPN nmod 8
. . PUNCT punct 3
"""


def test_a_country_completing_the_copulas_noun_is_not_in_the_province(nlp) -> None:
    found = table_facts(nlp, NZETO, [("LOC", 0, 1), ("LOC", 5, 6), ("LOC", 10, 11)])
    assert not any(s == "Angola" and o == "Zaire" for s, _, o, _ in found)
    assert any(s == "Sumbe" and o == "Zaire" for s, _, o, _ in found)


def test_a_town_named_as_a_country_without_a_copulas_place_stays_in_its_state(nlp) -> None:
    # "O clube era da cidade de Costa Rica, no estado de Goiás": the copula's subject is no place
    table = """
O o DET det 1
clube clube NOUN nsubj 4
era ser AUX cop 4
da de_a ADP case 4
cidade cidade NOUN ROOT 4
de de ADP case 6
Costa Costa PROPN nmod 4
Rica Rica PROPN flat:name 6
, , PUNCT punct 10
no em_o ADP case 10
estado estado NOUN nmod 4
de de ADP case 12
Goiás Goiás PROPN nmod 10
. . PUNCT punct 4
"""
    found = table_facts(nlp, table, [("LOC", 6, 8), ("LOC", 12, 13)])
    assert any(s == "Costa Rica" and o == "Goiás" for s, _, o, _ in found)
