"""A trade noun with a country for complement says the person's nationality (issue 20, 20z):
``Emil Welti foi um político da Suíça``, ``X é um futebolista de Portugal`` → ``nationality``,
instead of the open ``rel:político_de``. Only a country of ``demonyms.json`` (by its mention or
its entity's label) is one: a town stays the open relation it was (``um futebolista da cidade de
São Paulo``), and a club is the wildcard's organization (``jogador do São Paulo``).

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.extract.demonyms import names_a_country


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


POLITICIAN = """
Emil Emil PROPN nsubj 4
Welti Welti PROPN flat:name 0
foi ser AUX cop 4
um um DET det 4
político político NOUN ROOT 4
da de_a ADP case 6
Suíça Suíça PROPN nmod 4
. . PUNCT punct 4
"""

PLAYER = """
Rui Rui PROPN nsubj 3
é ser AUX cop 3
um um DET det 3
futebolista futebolista NOUN ROOT 3
de de ADP case 5
Portugal Portugal PROPN nmod 3
. . PUNCT punct 3
"""

TOWN = """
Rui Rui PROPN nsubj 3
é ser AUX cop 3
um um DET det 3
futebolista futebolista NOUN ROOT 3
da de_a ADP case 5
cidade cidade NOUN nmod 3
de de ADP case 7
São São PROPN nmod 5
Paulo Paulo PROPN flat:name 7
. . PUNCT punct 3
"""

CLUB = """
Rui Rui PROPN nsubj 3
é ser AUX cop 3
um um DET det 3
futebolista futebolista NOUN ROOT 3
do de_o ADP case 5
São São PROPN nmod 3
Paulo Paulo PROPN flat:name 5
. . PUNCT punct 3
"""


def test_a_trade_of_a_country_is_a_nationality(nlp) -> None:
    politician = table_facts(nlp, POLITICIAN, [("PER", 0, 2), ("LOC", 6, 7)])
    assert ("Emil Welti", "nationality", "Suíça", "copula-noun") in politician
    assert not [f for f in politician if f[1].startswith("rel:")]
    assert ("Rui", "nationality", "Portugal", "copula-noun") in table_facts(nlp, PLAYER, [("PER", 0, 1), ("LOC", 5, 6)])


def test_a_trade_of_a_town_or_a_club_is_no_nationality(nlp) -> None:
    town = table_facts(nlp, TOWN, [("PER", 0, 1), ("LOC", 7, 9)])
    assert not [f for f in town if f[1] == "nationality"]
    assert ("Rui", "rel:futebolista_de", "São Paulo", "open:copula-noun") in town
    club = table_facts(nlp, CLUB, [("PER", 0, 1), ("ORG", 5, 7)])
    assert ("Rui", "affiliatedWith", "São Paulo", "copula-noun") in club
    # the NER's place for the club: still no country
    assert not [f for f in table_facts(nlp, CLUB, [("PER", 0, 1), ("LOC", 5, 7)]) if f[1] == "nationality"]


def test_the_countries_are_the_demonym_lexicons() -> None:
    assert names_a_country("Suíça") and names_a_country("Estados Unidos") and names_a_country("Republica Checa")
    assert not names_a_country("São Paulo") and not names_a_country("Ceará")
