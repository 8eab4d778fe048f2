"""A neighbourhood or a parish named after a town is in the town (issue 20, P34f): the text goes
from the larger place to the smaller (``em Salvador, no bairro de Brotas``), while a building or a
street named before the neighbourhood stays in it (``no Estádio Pituaçu, no bairro de Brotas``)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


TOWN_BAIRRO = """
O o DET det 1
estádio estádio NOUN nsubj 2
fica ficar VERB ROOT 2
em em ADP case 4
Salvador Salvador PROPN obl 2
, , PUNCT punct 7
no em_o ADP case 7
bairro bairro NOUN nmod 4
de de ADP case 9
Brotas Brotas PROPN nmod 7
. . PUNCT punct 2
"""

TOWN_PARISH = """
O o DET det 1
clube clube NOUN nsubj 2
tem ter VERB ROOT 2
sede sede NOUN obj 2
em em ADP case 5
Lisboa Lisboa PROPN nmod 3
, , PUNCT punct 8
na em_a ADP case 8
freguesia freguesia NOUN nmod 5
de de ADP case 10
Belém Belém PROPN nmod 8
. . PUNCT punct 2
"""


def test_a_neighbourhood_named_after_a_town_is_in_the_town(nlp) -> None:
    found = table_facts(nlp, TOWN_BAIRRO, [("LOC", 4, 5), ("LOC", 9, 10)])
    assert ("Brotas", "locatedIn", "Salvador", "surface-nesting") in found
    assert not any(s == "Salvador" and o == "Brotas" for s, _, o, _ in found)


def test_a_parish_named_after_a_town_is_in_the_town(nlp) -> None:
    found = table_facts(nlp, TOWN_PARISH, [("LOC", 5, 6), ("LOC", 10, 11)])
    assert ("Belém", "locatedIn", "Lisboa", "area-nesting") in found
    assert not any(s == "Lisboa" and o == "Belém" for s, _, o, _ in found)


def test_a_venue_named_before_a_neighbourhood_stays_in_it(nlp) -> None:
    # "O jogo foi no Estádio Pituaçu, no bairro de Brotas": the stadium is in the neighbourhood
    table = """
O o DET det 1
jogo jogo NOUN nsubj 3
foi ser AUX cop 3
no em_o ADP case 4
Estádio Estádio PROPN ROOT 3
Pituaçu Pituaçu PROPN flat:name 4
, , PUNCT punct 8
no em_o ADP case 8
bairro bairro NOUN nmod 4
de de ADP case 10
Brotas Brotas PROPN nmod 8
. . PUNCT punct 3
"""
    found = table_facts(nlp, table, [("LOC", 4, 6), ("LOC", 10, 11)])
    assert ("Estádio Pituaçu", "locatedIn", "Brotas", "surface-nesting") in found
    assert not any(s == "Brotas" for s, _, _, _ in found)


def test_a_place_named_after_a_town_with_a_higher_division_holds_the_town(nlp) -> None:
    # "em Salvador, no estado da Bahia": the state holds the town, as read
    table = TOWN_BAIRRO.replace("bairro bairro NOUN", "estado estado NOUN").replace("Brotas Brotas", "Bahia Bahia")
    found = table_facts(nlp, table, [("LOC", 4, 5), ("LOC", 9, 10)])
    assert any(s == "Salvador" and o == "Bahia" for s, _, o, _ in found)
    assert not any(s == "Bahia" and o == "Salvador" for s, _, o, _ in found)
