"""A minister's portfolio in brackets after the name (issue 20, ``portfolios.py``): ``os
ministros Ciro Gomes (Fazenda) e Marcelo Pimentel (Trabalho)``.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head [morphology]``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc, table_facts

from teia.extract.entities import ENTITIES


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, "cabinet.txt")


MINISTERS = """
Participaram participar VERB ROOT 0
os o DET det 2
ministros ministro NOUN nsubj 0 Number=Plur
Ciro Ciro PROPN appos 2
Gomes Gomes PROPN flat:name 3
( ( PUNCT punct 6
Fazenda Fazenda PROPN appos 3
) ) PUNCT punct 6
e e CCONJ cc 9
Marcelo Marcelo PROPN conj 3
Pimentel Pimentel PROPN flat:name 9
( ( PUNCT punct 12
Saúde Saúde PROPN appos 9
) ) PUNCT punct 12
. . PUNCT punct 0
"""


def test_each_minister_of_a_list_belongs_to_the_ministry_in_brackets(nlp) -> None:
    # the NER tagged neither portfolio
    found = facts(nlp, MINISTERS, [("PER", 3, 5), ("PER", 9, 11)])
    assert ("Ciro Gomes", "memberOf", "Ministério da Fazenda", "portfolio-bracket") in found
    assert ("Marcelo Pimentel", "memberOf", "Ministério da Saúde", "portfolio-bracket") in found


def test_the_ministry_is_a_new_organization_without_mentions(nlp) -> None:
    doc = table_doc(nlp, MINISTERS, [("PER", 3, 5), ("PER", 9, 11)], "cabinet.txt")
    bodies = [e for e in doc._.get(ENTITIES) if e.label.startswith("Ministério")]
    assert [(e.label, e.type, e.mentions) for e in bodies] == [("Ministério da Fazenda", "ORG", ()), ("Ministério da Saúde", "ORG", ())]


ONE_MINISTER = """
O o DET det 1
ministro ministro NOUN nsubj 7 Number=Sing
Beni Beni PROPN appos 1
Veras Veras PROPN flat:name 2
( ( PUNCT punct 5
Planejamento Planejamento PROPN appos 2
) ) PUNCT punct 5
falou falar VERB ROOT 7
. . PUNCT punct 7
"""

STATE = ONE_MINISTER.replace("Planejamento Planejamento PROPN", "CE CE PROPN")
PARTY = ONE_MINISTER.replace("Planejamento Planejamento PROPN", "PSDB PSDB PROPN")
DEPUTY = ONE_MINISTER.replace("ministro ministro", "deputado deputado")


def test_one_minister_and_what_a_bracket_after_a_name_is_not(nlp) -> None:
    assert ("Beni Veras", "memberOf", "Ministério do Planejamento", "portfolio-bracket") in facts(nlp, ONE_MINISTER, [("PER", 2, 4)])
    # a state, a party, and a role with no portfolio
    for table in (STATE, PARTY, DEPUTY):
        assert not any(rule == "portfolio-bracket" for *_, rule in facts(nlp, table, [("PER", 2, 4)]))


NAMED_BEFORE = """
o o DET det 1
Ministério Ministério PROPN nsubj 4
do de_o ADP case 3
Planejamento Planejamento PROPN nmod 1
falou falar VERB ROOT 4
e e CCONJ cc 7
o o DET det 7
ministro ministro NOUN nsubj 12 Number=Sing
Beni Beni PROPN appos 7
Veras Veras PROPN flat:name 8
( ( PUNCT punct 11
Planejamento Planejamento PROPN appos 8
) ) PUNCT punct 11
concordou concordar VERB conj 4
. . PUNCT punct 4
"""


def test_the_document_s_own_ministry_is_the_node(nlp) -> None:
    ents = [("ORG", 1, 4), ("PER", 8, 10)]
    assert ("Beni Veras", "memberOf", "Ministério do Planejamento", "portfolio-bracket") in facts(nlp, NAMED_BEFORE, ents)
    doc = table_doc(nlp, NAMED_BEFORE, ents, "cabinet.txt")
    assert sum(e.label == "Ministério do Planejamento" for e in doc._.get(ENTITIES)) == 1
