"""A role held in a board's field relates its holder to the board's organization (issue 20,
P68g): ``o presidente do conselho de administração da APSS, Coelho da Mota`` gave nothing, the
organization two complements below the role, under ``administração``; now the holder is
affiliated with it, as a head of any part of an organization is
(:func:`teia.extract.relations.nominal.board_of_field`, ``relations.json``'s ``board_nouns``).
Written sentences parsed by hand (``text lemma POS dep head``, ``head`` 0-based), as the
shipped parser reads them."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_triples


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "O presidente do conselho de administração da Lusoporto, Rui Vaz, falou ontem."
# (the parser hangs the name on the organization)
BEFORE = """
O o DET det 1
presidente presidente NOUN nsubj 13
do de_o ADP case 3
conselho conselho NOUN nmod 1
de de ADP case 5
administração administração NOUN nmod 3
da de_o ADP case 7
Lusoporto Lusoporto PROPN nmod 5
, , PUNCT punct 9
Rui Rui PROPN appos 7
Vaz Vaz PROPN flat:name 9
, , PUNCT punct 9
ontem ontem ADV advmod 13
falou falar VERB ROOT 13
. . PUNCT punct 13
"""


def test_a_board_role_before_the_name(nlp) -> None:
    found = table_triples(nlp, BEFORE, [("ORG", 7, 8), ("PER", 9, 11)])
    assert ("Rui Vaz", "affiliatedWith", "Lusoporto") in found
    assert not any(p == "led" for _, p, _ in found)  # the board's head, not the firm's


# "Ana Reis, presidente da comissão de ética da Cimentos Tejo, demitiu-se."
AFTER = """
Ana Ana PROPN nsubj 13
Reis Reis PROPN flat:name 0
, , PUNCT punct 3
presidente presidente NOUN appos 0
da de_o ADP case 5
comissão comissão NOUN nmod 3
de de ADP case 7
ética ética NOUN nmod 5
da de_o ADP case 9
Cimentos Cimentos PROPN nmod 7
Tejo Tejo PROPN flat:name 9
, , PUNCT punct 3
ontem ontem ADV advmod 13
demitiu-se demitir VERB ROOT 13
. . PUNCT punct 13
"""


def test_a_board_role_after_the_name(nlp) -> None:
    found = table_triples(nlp, AFTER, [("PER", 0, 2), ("ORG", 9, 11)])
    assert ("Ana Reis", "affiliatedWith", "Cimentos Tejo") in found


# "O presidente da associação de moradores da Rocinha, Rui Vaz, falou."
NEIGHBOURS = """
O o DET det 1
presidente presidente NOUN nsubj 12
da de_o ADP case 3
associação associação NOUN nmod 1
de de ADP case 5
moradores morador NOUN nmod 3
da de_o ADP case 7
Rocinha Rocinha PROPN nmod 5
, , PUNCT punct 9
Rui Rui PROPN appos 7
Vaz Vaz PROPN flat:name 9
, , PUNCT punct 9
falou falar VERB ROOT 12
. . PUNCT punct 12
"""


def test_no_board_noun_or_a_place_relates_nothing(nlp) -> None:
    # "associação" is no board of the mapping's, and a place is no board's organization
    assert table_triples(nlp, NEIGHBOURS, [("LOC", 7, 8), ("PER", 9, 11)]) == set()
    table = NEIGHBOURS.replace("associação associação", "comissão comissão")
    assert table_triples(nlp, table, [("LOC", 7, 8), ("PER", 9, 11)]) == set()
