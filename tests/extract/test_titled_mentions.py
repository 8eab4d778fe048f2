"""A capitalized title the NER took for a name, beside a person (issue 20,
``titled_mentions.py``): ``a Governadora Civil do Distrito de Lisboa, Teresa Caeiro``.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head [morphology]``, ``head`` 0-based), so the test does not depend on the trained parser;
the entity spans are the NER's as the shipped model gives them (the whole title one person).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc, table_facts

from teia.extract.entities import ENTITIES

RULE = "titled-mention"


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def titled(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, rule in table_facts(nlp, table, ents, "news.txt") if rule == RULE}


TITLE_FIRST = """
A o DET det 1
Governadora Governadora PROPN nsubj 11
Civil Civil PROPN flat:name 1
do de_o ADP case 4
Distrito Distrito PROPN nmod 1
de de ADP case 6
Lisboa Lisboa PROPN nmod 4
, , PUNCT punct 8
Teresa Teresa PROPN appos 1
Caeiro Caeiro PROPN flat:name 8
, , PUNCT punct 8
visitou visitar VERB ROOT 11
Mafra Mafra PROPN obj 11
. . PUNCT punct 11
"""
TITLE_FIRST_ENTS = [("PER", 1, 7), ("PER", 8, 10), ("LOC", 12, 13)]


def test_a_person_after_a_title_the_ner_took_for_a_name_holds_the_post(nlp) -> None:
    assert titled(nlp, TITLE_FIRST, TITLE_FIRST_ENTS) == {("Teresa Caeiro", "keyPersonOf", "Distrito de Lisboa")}


def test_the_titles_body_is_a_new_node_a_place_by_its_division_noun(nlp) -> None:
    doc = table_doc(nlp, TITLE_FIRST, TITLE_FIRST_ENTS, "news.txt")
    bodies = [(e.label, e.type, e.mentions) for e in doc._.get(ENTITIES) if e.label == "Distrito de Lisboa"]
    assert bodies == [("Distrito de Lisboa", "LOC", ())]


PERSON_FIRST = """
José José PROPN nsubj 10
Vitorino Vitorino PROPN flat:name 0
, , PUNCT punct 3
Presidente Presidente PROPN appos 0
da de_o ADP case 5
Câmara Câmara PROPN nmod 3
Municipal Municipal PROPN flat:name 5
de de ADP case 8
Faro Faro PROPN nmod 5
, , PUNCT punct 3
abriu abrir VERB ROOT 10
a o DET det 12
feira feira NOUN obj 10
. . PUNCT punct 10
"""


def test_a_person_before_a_title_holds_the_post(nlp) -> None:
    assert titled(nlp, PERSON_FIRST, [("PER", 0, 2), ("PER", 3, 9)]) == {("José Vitorino", "led", "Câmara Municipal de Faro")}


ONE_WORD_BODY = """
José José PROPN nsubj 7
Vitorino Vitorino PROPN flat:name 0
, , PUNCT punct 3
Presidente Presidente PROPN appos 0
da de_o ADP case 5
Câmara Câmara PROPN nmod 3
, , PUNCT punct 3
falou falar VERB ROOT 7
. . PUNCT punct 7
"""


def test_a_title_whose_body_is_one_common_word_names_no_body(nlp) -> None:
    # "o Presidente da Câmara": which chamber, the words alone do not say
    assert titled(nlp, ONE_WORD_BODY, [("PER", 0, 2), ("PER", 3, 6)]) == set()


SPLIT_BODY = """
Segundo segundo ADP case 2
o o DET det 2
Director Director PROPN obl 11
do de_o ADP case 4
Museu Museu PROPN nmod 2
de de ADP case 6
Faro Faro PROPN nmod 4
, , PUNCT punct 8
Carlos Carlos PROPN appos 2
Lopes Lopes PROPN flat:name 8
, , PUNCT punct 8
acabou acabar VERB ROOT 11
. . PUNCT punct 11
"""


def test_a_title_cut_at_its_role_takes_the_next_mention_for_its_body(nlp) -> None:
    # the NER: "Director" a person, "Museu de Faro" an organization
    assert titled(nlp, SPLIT_BODY, [("PER", 2, 3), ("ORG", 4, 7), ("PER", 8, 10)]) == {("Carlos Lopes", "led", "Museu de Faro")}


COPULA = """
Evando Evando PROPN nsubj 5
Mirra Mirra PROPN flat:name 0
é ser AUX cop 5
o o DET det 5
novo novo ADJ amod 5
Presidente Presidente PROPN ROOT 5
do de_o ADP case 7
CNPq CNPq PROPN nmod 5
. . PUNCT punct 5
"""


NEGATED = """
Evando Evando PROPN nsubj 6
Mirra Mirra PROPN flat:name 0
não não ADV advmod 6
é ser AUX cop 6
o o DET det 6
novo novo ADJ amod 6
Presidente Presidente PROPN ROOT 6
do de_o ADP case 8
CNPq CNPq PROPN nmod 6
. . PUNCT punct 6
"""


def test_a_title_as_a_copulas_predicate_is_its_subjects_post_unless_negated(nlp) -> None:
    assert titled(nlp, COPULA, [("PER", 0, 2), ("PER", 5, 8)]) == {("Evando Mirra", "led", "CNPq")}
    assert titled(nlp, NEGATED, [("PER", 0, 2), ("PER", 6, 9)]) == set()


COMPOUND = """
José José PROPN nsubj 8
Vitorino Vitorino PROPN flat:name 0
, , PUNCT punct 3
Secretário Secretário PROPN appos 0
de de ADP case 5
Estado Estado PROPN nmod 3
da de_o ADP case 7
Cultura Cultura PROPN nmod 5
falou falar VERB ROOT 8
. . PUNCT punct 8
"""
CHAMPION = """
José José PROPN nsubj 9
Vitorino Vitorino PROPN flat:name 0
, , PUNCT punct 3
Presidente Presidente PROPN appos 0
Campeão Campeão PROPN flat:name 3
da de_o ADP case 6
Copa Copa PROPN nmod 3
do de_o ADP case 8
Brasil Brasil PROPN nmod 6
falou falar VERB ROOT 9
. . PUNCT punct 9
"""
RESPECTIVELY = """
José José PROPN nsubj 10
Vitorino Vitorino PROPN flat:name 0
, , PUNCT punct 4
respectivamente respectivamente ADV advmod 4
Presidente Presidente PROPN appos 0
da de_o ADP case 6
Câmara Câmara PROPN nmod 4
Municipal Municipal PROPN flat:name 6
de de ADP case 9
Faro Faro PROPN nmod 6
falou falar VERB ROOT 10
. . PUNCT punct 10
"""


def test_a_compound_title_a_noun_after_the_role_and_a_respectively_list_are_no_post(nlp) -> None:
    assert titled(nlp, COMPOUND, [("PER", 0, 2), ("PER", 3, 8)]) == set()
    assert titled(nlp, CHAMPION, [("PER", 0, 2), ("PER", 3, 9)]) == set()
    assert titled(nlp, RESPECTIVELY, [("PER", 0, 2), ("PER", 4, 10)]) == set()


MINISTER = """
Okinori Okinori PROPN nsubj 3
Kaya Kaya PROPN flat:name 0
foi ser AUX cop 3
Ministro Ministro PROPN ROOT 3
das de_o ADP case 5
Finanças Finanças PROPN nmod 3
do de_o ADP case 7
Japão Japão PROPN nmod 5
de de ADP case 9
1941 1941 NUM nmod 3
. . PUNCT punct 3
"""


def test_a_portfolios_body_is_its_ministry_and_a_date_run_into_the_title_ends_it(nlp) -> None:
    # the NER ran the title into the year: "Ministro das Finanças do Japão de 1941"
    assert titled(nlp, MINISTER, [("PER", 0, 2), ("PER", 3, 10)]) == {("Okinori Kaya", "memberOf", "Ministério das Finanças do Japão")}


COUNTRY = """
O o DET det 1
Presidente Presidente PROPN nsubj 9
de de ADP case 3
Angola Angola PROPN nmod 1
, , PUNCT punct 5
José José PROPN appos 1
Eduardo Eduardo PROPN flat:name 5
, , PUNCT punct 5
ontem ontem ADV advmod 9
chegou chegar VERB ROOT 9
. . PUNCT punct 9
"""


def test_a_countrys_one_word_is_a_body_a_place_but_not_a_portfolios(nlp) -> None:
    assert titled(nlp, COUNTRY, [("PER", 1, 4), ("PER", 5, 7)]) == {("José Eduardo", "led", "Angola")}
    doc = table_doc(nlp, COUNTRY, [("PER", 1, 4), ("PER", 5, 7)], "news.txt")
    assert [(e.type, e.mentions) for e in doc._.get(ENTITIES) if e.label == "Angola"] == [("LOC", ())]
    minister = COUNTRY.replace("Presidente Presidente", "Ministro Ministro")
    assert titled(nlp, minister, [("PER", 1, 4), ("PER", 5, 7)]) == set()
