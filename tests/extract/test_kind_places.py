"""A name after a noun of its kind, then a comma and its place (issue 20, ``kind_places.py``):
``o frigorífico Aurora, de Santa Catarina``, ``na boate Fred's, no Rio``.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), as the shipped parser parses them: the ``em`` place hung on the
verb, the name an apposition of its noun. The names are typed as the NER types such names in
news (a firm or a venue a person, a farm a place), which no other rule relates to the place.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


FIRM = """
O o DET det 1
frigorífico frigorífico NOUN nsubj 7
Aurora Aurora PROPN appos 1
, , PUNCT punct 5
de de ADP case 5
Chapecó Chapecó PROPN nmod 2
, , PUNCT punct 5
lançou lançar VERB ROOT 7
uma um DET det 9
linguiça linguiça NOUN obj 7
. . PUNCT punct 7
"""

VENUE = """
Ele ele PRON nsubj 1
dançou dançar VERB ROOT 1
na em ADP case 3
boate boate NOUN obl 1
Krypton Krypton PROPN appos 3
, , PUNCT punct 7
no em ADP case 7
Rio Rio PROPN obl 1
. . PUNCT punct 1
"""

SIGNING = """
Ele ele PRON nsubj 1
assinou assinar VERB ROOT 1
com com ADP case 4
a o DET det 4
empresa empresa NOUN obl 1
Aurora Aurora PROPN appos 4
, , PUNCT punct 8
em em ADP case 8
Brasília Brasília PROPN obl 1
, , PUNCT punct 8
um um DET det 11
contrato contrato NOUN obj 1
. . PUNCT punct 1
"""

BREEDER = FIRM.replace("frigorífico frigorífico", "criador criador")


def placed(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, rule in found if rule == "kind-place"}


def test_a_firm_after_its_noun_is_seated_in_its_de_place_whatever_the_ner_typed_it(nlp) -> None:
    found = table_facts(nlp, FIRM, [("PER", 2, 3), ("LOC", 5, 6)])
    assert placed(found) == {("Aurora", "headquarteredIn", "Chapecó")}


def test_a_venue_is_in_its_em_place_even_hung_on_the_verb(nlp) -> None:
    found = table_facts(nlp, VENUE, [("PER", 4, 5), ("LOC", 7, 8)])
    assert placed(found) == {("Krypton", "locatedIn", "Rio")}


def test_a_firm_s_em_place_hung_on_the_verb_is_the_act_s(nlp) -> None:
    assert not placed(table_facts(nlp, SIGNING, [("PER", 5, 6), ("LOC", 8, 9)]))


def test_a_noun_of_no_kind_places_nothing(nlp) -> None:
    # "o criador Paulo, de Chapecó": where a person is from, no property
    assert not placed(table_facts(nlp, BREEDER, [("PER", 2, 3), ("LOC", 5, 6)]))


def test_a_place_that_does_not_close_the_phrase_is_no_seat(nlp) -> None:
    table = FIRM.replace(", , PUNCT punct 5\nlançou", "Futebol Futebol PROPN flat:name 5\nlançou")
    assert not placed(table_facts(nlp, table, [("PER", 2, 3), ("LOC", 5, 6)]))


BRANCH = """
Afirma afirmar VERB ROOT 0
Rui Rui PROPN nsubj 0
, , PUNCT punct 3
gerente gerente NOUN appos 1
do de ADP case 6
banco banco NOUN nmod 3
Aurora Aurora PROPN appos 5
, , PUNCT punct 9
em em ADP case 9
Assis Assis PROPN nmod 6
. . PUNCT punct 0
"""

OWN_NAME = """
Ele ele PRON nsubj 2
foi ser AUX aux:pass 2
arrematado arrematar VERB ROOT 2
pela por ADP case 4
Agropecuária Agropecuária PROPN obl:agent 2
Schwanck Schwanck PROPN flat:name 4
, , PUNCT punct 8
de de ADP case 8
Uruguaiana Uruguaiana PROPN nmod 4
. . PUNCT punct 2
"""


def test_a_firm_s_em_place_under_its_name_is_a_branch_s(nlp) -> None:
    # "gerente do banco Aurora, em Assis": the bank's branch is there, not its seat
    assert not placed(table_facts(nlp, BRANCH, [("PER", 1, 2), ("PER", 6, 7), ("LOC", 9, 10)]))


def test_a_name_whose_first_word_is_a_kind_noun_is_of_that_kind(nlp) -> None:
    found = table_facts(nlp, OWN_NAME, [("PER", 4, 6), ("LOC", 8, 9)])
    assert placed(found) == {("Agropecuária Schwanck", "headquarteredIn", "Uruguaiana")}
