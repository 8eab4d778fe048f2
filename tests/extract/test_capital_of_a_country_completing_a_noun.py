"""A capital's apposition hung on the country that completes the copula's noun is the town's
(issue 20, P34f): ``Sheberghan é uma cidade do Afeganistão, capital da província de Jowzjan``
puts Sheberghan in the province, not Afghanistan."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# as the shipped parser hangs it: the apposition on the country
SHEBERGHAN = """
Sheberghan Sheberghan PROPN nsubj 3
é ser AUX cop 3
uma um DET det 3
cidade cidade NOUN ROOT 3
do de_o ADP case 5
Afeganistão Afeganistão PROPN nmod 3
, , PUNCT punct 7
capital capital NOUN appos 5
da de_a ADP case 9
província província NOUN nmod 7
de de ADP case 11
Jowzjan Jowzjan PROPN nmod 9
. . PUNCT punct 3
"""
ENTS = [("LOC", 0, 1), ("LOC", 5, 6), ("LOC", 11, 12)]


def test_the_capital_of_a_province_is_the_town_not_the_country(nlp) -> None:
    found = table_facts(nlp, SHEBERGHAN, ENTS)
    assert ("Sheberghan", "partOf", "Jowzjan", "appos-title") in found
    assert not any(s == "Afeganistão" and o == "Jowzjan" for s, _, o, _ in found)
    assert ("Sheberghan", "partOf", "Afeganistão", "copula-noun") in found


def test_without_a_copula_the_country_takes_nothing(nlp) -> None:
    # "Visitou uma cidade do Afeganistão, capital da província de Jowzjan": no name for the town
    table = SHEBERGHAN.replace("Sheberghan Sheberghan PROPN nsubj 3\né ser AUX cop 3", "Visitou visitar VERB ROOT 0\nentão então ADV advmod 0").replace(
        "cidade cidade NOUN ROOT 3", "cidade cidade NOUN obj 0"
    )
    found = table_facts(nlp, table, [("LOC", 5, 6), ("LOC", 11, 12)])
    assert not any(s == "Afeganistão" and o == "Jowzjan" for s, _, o, _ in found)


def test_a_town_that_completes_the_noun_keeps_its_capital(nlp) -> None:
    # "Guaíba é um bairro da cidade de Salvador, capital do estado da Bahia": Salvador is the capital
    table = SHEBERGHAN.replace("Afeganistão Afeganistão", "Salvador Salvador").replace("Jowzjan Jowzjan", "Bahia Bahia")
    found = table_facts(nlp, table, ENTS)
    assert ("Salvador", "partOf", "Bahia", "appos-title") in found
