"""A place set off by a comma after a titled person's name (and age) says where the person comes
from (issue 20, P30e): ``o criador Roberto Carvalho, de São Paulo`` founded no São Paulo, ``o
estudante Pedro Silva, 8, de Catanduva`` studies no Catanduva; a title that heads a place keeps
it (``o prefeito Paulo Maluf, de São Paulo``). Parsed by hand as the shipped parser does."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


CRIADOR = """
Ela ela PRON nsubj:pass 2
foi ser AUX aux:pass 2
adquirida adquirir VERB ROOT 2
pelo por_o ADP case 4
criador criador NOUN obl:agent 2
Roberto Roberto PROPN appos 4
Carvalho Carvalho PROPN flat:name 5
, , PUNCT punct 9
de de ADP case 9
Campinas Campinas PROPN nmod 4
. . PUNCT punct 2
"""

ESTUDANTE = """
O o DET det 1
estudante estudante NOUN nsubj 9
Pedro Pedro PROPN appos 1
Silva Silva PROPN flat:name 2
, , PUNCT punct 5
8 8 NUM parataxis 1
, , PUNCT punct 5
de de ADP case 8
Catanduva Catanduva PROPN nmod 1
morreu morrer VERB ROOT 9
. . PUNCT punct 9
"""

PREFEITO = """
O o DET det 1
prefeito prefeito NOUN nsubj 8
Paulo Paulo PROPN appos 1
Maluf Maluf PROPN flat:name 2
, , PUNCT punct 6
de de ADP case 6
Campinas Campinas PROPN nmod 1
, , PUNCT punct 6
viajou viajar VERB ROOT 8
. . PUNCT punct 8
"""

def test_the_place_after_a_breeders_name_is_where_he_comes_from(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, CRIADOR, [("PER", 5, 7), ("LOC", 9, 10)])}
    assert not any(o == "Campinas" for _, _, o in facts)


def test_the_place_after_a_students_age_is_where_he_comes_from(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, ESTUDANTE, [("PER", 2, 4), ("LOC", 8, 9)])}
    assert not any(o == "Catanduva" for _, _, o in facts)


def test_a_mayor_keeps_the_town_after_his_name(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, PREFEITO, [("PER", 2, 4), ("LOC", 6, 7)])}
    assert ("Paulo Maluf", "keyPersonOf", "Campinas") in facts


# a list item with its own preposition the parser hung inside the name, so the name looks caseless
AGENCIAS = """
as o DET det 1
agências agência NOUN nsubj 9
do de_o ADP case 3
Banespa Banespa PROPN nmod 1
e e CCONJ cc 6
da de_o ADP case 6
Nossa Nossa PROPN det 7
Caixa Caixa PROPN nmod 1
vão ir AUX aux 9
oferecer oferecer VERB ROOT 9
impressos impresso NOUN obj 9
. . PUNCT punct 9
"""


def test_a_second_bank_with_its_own_preposition_is_no_name_of_the_agencies(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, AGENCIAS, [("ORG", 3, 4), ("ORG", 6, 8)])}
    assert not any(s == "Nossa Caixa" and o == "Banespa" for s, _, o in facts)


# a ranking: the names after "1º)" are no apposition to the ranking's noun
RANKING = """
A o DET det 1
classificação classificação NOUN ROOT 1
do de_o ADP case 3
GP GP PROPN nmod 1
: : PUNCT punct 7
1º 1º ADJ appos 3
) ) PUNCT punct 5
Scott Scott PROPN appos 1
Goodyear Goodyear PROPN flat:name 7
. . PUNCT punct 1
"""


def test_a_name_in_a_ranking_is_not_affiliated_with_the_race(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, RANKING, [("ORG", 3, 4), ("PER", 7, 9)])}
    assert ("Scott Goodyear", "affiliatedWith", "GP") not in facts
