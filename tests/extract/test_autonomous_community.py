"""Spain's autonomous community is a division of the first order (issue 20, P36a): the noun of two
words ``comunidade autónoma`` (``autônoma``) has the level of ``estado`` in ``regions.json``, so a
country is in none (``Cuevas é um município da Espanha, província de Sória, comunidade autónoma de
Castela e Leão``: no ``Espanha partOf Castela e Leão``); ``comunidade`` alone is on no level."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.extract.relations.areas import area_level
from teia.extract.regions import load_regions


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _level(text: str, name: str) -> int | None:
    start = text.index(name)
    return area_level(text, start, start + len(name))


def test_an_autonomous_community_is_on_the_level_of_a_state() -> None:
    state = load_regions().levels["estado"]
    assert _level("um município na comunidade autónoma de Castela e Leão", "Castela e Leão") == state
    assert _level("uma vila da Comunidade Autônoma da Galiza", "Galiza") == state
    assert _level("um município da Comunidade Autónoma de Madrid", "Comunidade Autónoma de Madrid") == state
    # the noun alone, or another adjective after it, is no division
    assert _level("a vila da comunidade de Madrid", "Madrid") is None
    assert _level("na Comunidade de Madrid", "Comunidade de Madrid") is None
    assert _level("na comunidade judaica de Lisboa", "Lisboa") is None
    # the nouns of one word are read as before
    assert _level("no estado americano de Michigan", "Michigan") == state
    assert _level("na província de Sória", "Sória") == load_regions().levels["província"]


# as the shipped parser hangs it: the province and the community in apposition to the country
CUEVAS = """
Cuevas Cuevas PROPN nsubj 3
é ser AUX cop 3
um um DET det 3
município município NOUN ROOT 3
da de_o ADP case 5
Espanha Espanha PROPN nmod 3
, , PUNCT punct 7
província província NOUN appos 5
de de ADP case 9
Sória Sória PROPN nmod 7
, , PUNCT punct 11
comunidade comunidade NOUN appos 5
autónoma autónomo ADJ amod 11
de de ADP case 14
Castela Castela PROPN nmod 11
e e CCONJ cc 16
Leão Leão PROPN conj 14
. . PUNCT punct 3
"""


def test_a_country_is_in_no_autonomous_community(nlp) -> None:
    found = table_facts(nlp, CUEVAS, [("LOC", 0, 1), ("LOC", 5, 6), ("LOC", 9, 10), ("LOC", 14, 17)])
    assert not any(s == "Espanha" and o == "Castela e Leão" for s, _, o, _ in found)
    assert any(s == "Cuevas" and p == "partOf" and o == "Castela e Leão" for s, p, o, _ in found)
    assert any(s == "Cuevas" and o == "Sória" for s, _, o, _ in found)


# the province first, the community after it in "na", the country last (coordinated with the community)
SORIA_FIRST = """
Cuevas Cuevas PROPN nsubj 3
é ser AUX cop 3
um um DET det 3
município município NOUN ROOT 3
da de_o ADP case 5
província província NOUN nmod 3
de de ADP case 7
Sória Sória PROPN nmod 5
, , PUNCT punct 10
na em_o ADP case 10
comunidade comunidade NOUN nmod 5
autónoma autónomo ADJ amod 10
de de ADP case 13
Castela Castela PROPN nmod 10
e e CCONJ cc 15
Leão Leão PROPN conj 13
, , PUNCT punct 17
Espanha Espanha PROPN conj 13
. . PUNCT punct 3
"""


def test_the_town_keeps_its_places_when_the_country_comes_last(nlp) -> None:
    found = table_facts(nlp, SORIA_FIRST, [("LOC", 0, 1), ("LOC", 7, 8), ("LOC", 13, 16), ("LOC", 17, 18)])
    assert not any(s == "Espanha" and p in {"partOf", "locatedIn"} and o == "Castela e Leão" for s, p, o, _ in found)
    assert any(s == "Cuevas" and o == "Sória" for s, _, o, _ in found)
