"""A copula's partitive predicate (issue 20, P32g): ``X é um dos 70 bairros da cidade de Y``, ``X
foi um dos fundadores da Y``. The parser makes the numeral ``um`` the predicate and hangs the noun
on it with ``dos``; the noun's frames relate the copula's subject to the noun's complement, as
``X é um bairro de Y`` does. Parsed by hand as the shipped parser parses these sentences."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


BAIRRO = """
Bañado Bañado PROPN nsubj 2
é ser AUX cop 2
um um NUM ROOT 2
dos de_o ADP case 5
70 70 NUM nummod 5
bairros bairro NOUN nmod 2
da de_o ADP case 7
cidade cidade NOUN nmod 5
de de ADP case 9
Assunção Assunção PROPN nmod 7
. . PUNCT punct 2
"""

FUNDADOR = """
Abreu Abreu PROPN nsubj 3
Sodré Sodré PROPN flat:name 0
foi ser AUX cop 3
um um NUM ROOT 3
dos de_o ADP case 5
fundadores fundador NOUN nmod 3
da de_o ADP case 7
Aliança Aliança PROPN nmod 5
Liberal Liberal PROPN flat:name 7
. . PUNCT punct 3
"""

PRESIDENTE = """
Haris Haris PROPN nsubj 3
Silajdžić Silajdžić PROPN flat:name 0
é ser AUX cop 3
uma um PRON ROOT 3
das de_o ADP case 5
presidentes presidente NOUN nmod 3
atuais atual ADJ amod 5
da de_o ADP case 8
Bósnia Bósnia PROPN nmod 5
. . PUNCT punct 3
"""

EMISSORA = """
TV tv PROPN nsubj 4
Liberal Liberal PROPN flat:name 0
Tucuruí Tucuruí PROPN flat:name 0
é ser AUX cop 4
uma um NUM ROOT 4
das de_o ADP case 6
emissoras emissora NOUN nmod 4
da de_o ADP case 8
Rede Rede PROPN nmod 6
Liberal Liberal PROPN flat:name 8
. . PUNCT punct 4
"""

# the numeral with no noun after it: "um dos maiores do mundo" names no noun to read
MAIORES = """
Bañado Bañado PROPN nsubj 2
é ser AUX cop 2
um um NUM ROOT 2
dos de_o ADP case 4
maiores grande ADJ nmod 2
de de ADP case 6
Assunção Assunção PROPN nmod 4
. . PUNCT punct 2
"""


def test_one_of_the_districts_of_a_town_is_part_of_it(nlp) -> None:
    facts = table_facts(nlp, BAIRRO, [("LOC", 0, 1), ("LOC", 9, 10)])
    assert ("Bañado", "partOf", "Assunção", "copula-partitive") in facts


def test_one_of_the_founders_founded_it(nlp) -> None:
    facts = table_facts(nlp, FUNDADOR, [("PER", 0, 2), ("ORG", 7, 9)])
    assert ("Abreu Sodré", "founded", "Aliança Liberal", "copula-partitive") in facts


def test_one_of_the_presidents_led_it(nlp) -> None:
    facts = table_facts(nlp, PRESIDENTE, [("PER", 0, 2), ("LOC", 8, 9)])
    assert ("Haris Silajdžić", "led", "Bósnia", "copula-partitive") in facts


def test_a_noun_with_no_frame_gives_its_open_relation(nlp) -> None:
    facts = table_facts(nlp, EMISSORA, [("ORG", 0, 3), ("ORG", 8, 10)])
    assert ("TV Liberal Tucuruí", "rel:emissora_de", "Rede Liberal", "open:copula-partitive") in facts


def test_a_numeral_with_no_noun_relates_nothing(nlp) -> None:
    assert table_facts(nlp, MAIORES, [("LOC", 0, 1), ("LOC", 6, 7)]) == set()
