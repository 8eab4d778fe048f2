"""A bare title the NER took for a name is no argument (issue 20, ``bare_titles.py``): its holder
stands for it where the sentence names one, else the statement goes.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser; the entity
spans are the NER's as HAREM tags a title (the title alone a person).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts
from test_titled_mentions import TITLE_FIRST, TITLE_FIRST_ENTS

from teia.extract.relations.bare_titles import bare_title
from teia.extract.relations.mapping import default_mapping
from teia.extract.relations.units import role_nouns


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents, "news.txt")}


def test_a_bare_title_is_a_role_noun_with_its_office_adjectives_and_no_name() -> None:
    roles = role_nouns(default_mapping())
    for label in ("Governador", "Governadora Civil", "Secretário-Geral", "Secretário Executivo", "Ex-Presidente", "Rei"):
        assert bare_title(label, roles), label
    # a name, a body, a surname shaped like an office adjective, a word in lower case first
    for label in ("Presidente Getúlio Vargas", "Presidente da República", "Presidente Amaral", "General Electric", "governador", "Chefe de Estado"):
        assert not bare_title(label, roles), label


HOLDER_AFTER = """
O o DET det 1
Governador Governador PROPN nsubj 10
do de_o ADP case 3
Estado Estado PROPN nmod 1
de de ADP case 5
Goiás Goiás PROPN nmod 3
, , PUNCT punct 7
Luiz Luiz PROPN appos 1
Fleury Fleury PROPN flat:name 7
, , PUNCT punct 7
visitou visitar VERB ROOT 10
a o DET det 12
Embrapa Embrapa PROPN obj 10
. . PUNCT punct 10
"""
HOLDER_AFTER_ENTS = [("PER", 1, 2), ("LOC", 3, 6), ("PER", 7, 9), ("ORG", 12, 13)]


def test_the_holder_named_beside_the_title_stands_for_it(nlp) -> None:
    found = facts(nlp, HOLDER_AFTER, HOLDER_AFTER_ENTS)
    assert ("Luiz Fleury", "rel:visitar", "Embrapa") in found
    assert ("Luiz Fleury", "keyPersonOf", "Estado de Goiás") in found  # titled-mention's
    assert not any("Governador" in (s, o) for s, _, o in found)


OBJECT_TITLE = """
A o DET det 1
Embrapa Embrapa PROPN nsubj 2
recebeu receber VERB ROOT 2
o o DET det 4
Governador Governador PROPN obj 2
do de_o ADP case 6
Estado Estado PROPN nmod 4
de de ADP case 8
Goiás Goiás PROPN nmod 6
, , PUNCT punct 10
Luiz Luiz PROPN appos 4
Fleury Fleury PROPN flat:name 10
. . PUNCT punct 2
"""


def test_a_title_as_object_gives_way_to_its_holder(nlp) -> None:
    found = facts(nlp, OBJECT_TITLE, [("ORG", 1, 2), ("PER", 4, 5), ("LOC", 6, 9), ("PER", 10, 12)])
    assert ("Embrapa", "rel:receber", "Luiz Fleury") in found
    assert not any("Governador" in (s, o) for s, _, o in found)


NO_HOLDER = """
O o DET det 1
Rei Rei PROPN nsubj 2
fundou fundar VERB ROOT 2
o o DET det 4
Mosteiro Mosteiro PROPN obj 2
de de ADP case 6
Alcobaça Alcobaça PROPN nmod 4
. . PUNCT punct 2
"""

NAMED = """
O o DET det 1
Presidente Presidente PROPN nsubj 3
Amaral Amaral PROPN flat:name 1
fundou fundar VERB ROOT 3
o o DET det 5
Mosteiro Mosteiro PROPN obj 3
de de ADP case 7
Alcobaça Alcobaça PROPN nmod 5
. . PUNCT punct 3
"""


def test_a_bare_title_without_a_holder_is_no_argument_but_a_name_after_a_title_is(nlp) -> None:
    assert facts(nlp, NO_HOLDER, [("PER", 1, 2), ("ORG", 4, 7)]) == set()
    assert facts(nlp, NAMED, [("PER", 1, 3), ("ORG", 5, 8)]) == {("Presidente Amaral", "founded", "Mosteiro de Alcobaça")}


# TITLE_FIRST: "A Governadora Civil do Distrito de Lisboa, Teresa Caeiro, visitou Mafra.", then a
# sentence of the title alone
HELD_BEFORE = TITLE_FIRST.rstrip("\n") + """
A o DET det 15
Embrapa Embrapa PROPN nsubj 16
recebeu receber VERB ROOT 16
a o DET det 18
Governadora Governadora PROPN obj 16
Civil Civil PROPN flat:name 18
. . PUNCT punct 16
"""
HELD_BEFORE_ENTS = [*TITLE_FIRST_ENTS, ("ORG", 15, 16), ("PER", 18, 20)]


def test_the_one_holder_the_document_names_for_the_same_title_stands_for_it(nlp) -> None:
    found = facts(nlp, HELD_BEFORE, HELD_BEFORE_ENTS)
    assert ("Embrapa", "rel:receber", "Teresa Caeiro") in found
    assert not any("Governadora Civil" in (s, o) for s, _, o in found)


def test_a_body_named_by_a_noun_of_an_act_is_no_title(nlp) -> None:
    # "comando de" has a role's frame, but it is a noun of an act: "Comando Militar" is a body
    table = NAMED.replace("Presidente Presidente", "Comando Comando").replace("Amaral Amaral", "Militar Militar")
    assert facts(nlp, table, [("ORG", 1, 3), ("ORG", 5, 8)]) != set()


def test_a_place_named_after_a_holder_is_no_title(nlp) -> None:
    # "Professor Jamil" is a town: its name ends like an office adjective, but a place is not read
    table = NAMED.replace("Presidente Presidente", "Professor Professor").replace("Amaral Amaral", "Jamil Jamil")
    assert facts(nlp, table, [("LOC", 1, 3), ("ORG", 5, 8)]) != set()
