"""A role, its body and the person's name with no comma between (issue 20, ``roles.py``): ``a
decisão foi anunciada pelo diretor do BC Gustavo Franco``, ``o prefeito de Chicago Richard
Daley``.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based) as the shipped parser analysed them (the name in apposition to the
body), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, "glued.txt")


AGENT = """
A o DET det 1
decisão decisão NOUN nsubj:pass 3
foi ser AUX aux:pass 3
anunciada anunciar VERB ROOT 3
pelo por_o ADP case 5
diretor diretor NOUN obl:agent 3
do de_o ADP case 7
BC BC PROPN nmod 5
Gustavo Gustavo PROPN appos 7
Franco Franco PROPN flat:name 8
. . PUNCT punct 3
"""


def test_a_name_right_after_the_role_s_body_holds_the_role(nlp) -> None:
    assert ("Gustavo Franco", "led", "BC", "role-name") in facts(nlp, AGENT, [("ORG", 7, 8), ("PER", 8, 10)])


# the same words, but the name is the subject of the next clause
SUBJECT = """
Segundo segundo ADP case 2
o o DET det 2
diretor diretor NOUN obl 8
do de_o ADP case 4
BC BC PROPN nmod 2
Gustavo Gustavo PROPN nsubj 8
Franco Franco PROPN flat:name 5
vai ir AUX aux 8
subir subir VERB ROOT 8
. . PUNCT punct 8
"""

# the NER cut one name in two: a title opens the "person"
FOUNDATION = """
O o DET det 1
presidente presidente NOUN nsubj 6
da de_a ADP case 3
Fundação Fundação PROPN nmod 1
Padre Padre PROPN appos 3
Anchieta Anchieta PROPN flat:name 4
renunciou renunciar VERB ROOT 6
. . PUNCT punct 6
"""


def test_no_role_for_a_subject_of_the_next_clause_nor_a_piece_of_the_body_s_name(nlp) -> None:
    assert not any(rule == "role-name" for *_, rule in facts(nlp, SUBJECT, [("ORG", 4, 5), ("PER", 5, 7)]))
    assert not any(rule == "role-name" for *_, rule in facts(nlp, FOUNDATION, [("ORG", 3, 4), ("PER", 4, 6)]))


# "... dono da Paubrasil Ltda. Flávio não foi localizado": a sentence the splitter missed
LIMITED = """
o o DET det 1
dono dono NOUN ROOT 1
da de_a ADP case 3
Paubrasil Paubrasil PROPN nmod 1
Ltda. Ltda. PROPN flat:name 3
Flávio Flávio PROPN appos 3
Maluf Maluf PROPN flat:name 5
saiu sair VERB acl 1
. . PUNCT punct 1
"""


def test_no_role_across_a_name_ending_with_a_period(nlp) -> None:
    assert not any(rule == "role-name" for *_, rule in facts(nlp, LIMITED, [("ORG", 3, 5), ("PER", 5, 7)]))


def test_a_former_role_holds_its_open_relation(nlp) -> None:
    # "anunciada pelo ex-diretor do BC Gustavo Franco": no typed relation (a former director
    # holds nothing in the bank now, P60m), the open one keeps the "ex"
    table = AGENT.replace("diretor diretor", "ex-diretor ex-diretor")
    found = facts(nlp, table, [("ORG", 7, 8), ("PER", 8, 10)])
    assert ("Gustavo Franco", "rel:ex_diretor_de", "BC", "open:role-name") in found
    assert not {f for f in found if f[1] in ("led", "affiliatedWith")}


# issue 20, 20x: a compound role, one part of which has a frame, the name hung on the body
COMPOUND = """
O o DET det 1
inspetor-chefe inspetor-chefe NOUN nsubj 9
da de_a ADP case 3
Polícia Polícia PROPN nmod 1
Federal Federal PROPN flat:name 3
, , PUNCT punct 6
Rui Rui PROPN appos 3
Lima Lima PROPN flat:name 6
, , PUNCT punct 6
relacionou relacionar VERB ROOT 9
dicas dica NOUN obj 9
. . PUNCT punct 9
"""


def test_a_compound_role_counts_when_a_part_of_it_does(nlp) -> None:
    ents = [("ORG", 3, 5), ("PER", 6, 8)]
    assert ("Rui Lima", "affiliatedWith", "Polícia Federal", "role-name") in facts(nlp, COMPOUND, ents)
    # no part of "homem-forte" is a role of the mapping
    strongman = COMPOUND.replace("inspetor-chefe inspetor-chefe", "homem-forte homem-forte")
    assert not [f for f in facts(nlp, strongman, ents) if f[0] == "Rui Lima"]
