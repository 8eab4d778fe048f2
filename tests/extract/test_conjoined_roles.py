"""Two roles of one person joined by ``e`` (issue 20, ``conjoined_roles.py``): ``Kazuo Sugahara,
diretor da Cianê e presidente da Abit``.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head [morphology]``, ``head`` 0-based) as the shipped parser analysed them, so the test does
not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, "roles.txt")


def pairs(found) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in found}


# the second role hangs on the first
AFTER_THE_NAME = """
Kazuo Kazuo PROPN nsubj 11
Sugahara Sugahara PROPN flat:name 0
, , PUNCT punct 3
diretor diretor NOUN appos 0
da de_o ADP case 5
Cianê Cianê PROPN nmod 3
e e CCONJ cc 7
presidente presidente NOUN conj 3
da de_o ADP case 9
Abit Abit PROPN nmod 7
, , PUNCT punct 3
disse dizer VERB ROOT 11
. . PUNCT punct 11
"""


def test_the_second_of_two_roles_after_a_name_is_the_name_s_too(nlp) -> None:
    found = facts(nlp, AFTER_THE_NAME, [("PER", 0, 2), ("ORG", 5, 6), ("ORG", 9, 10)])
    assert ("Kazuo Sugahara", "led", "Cianê", "appos-title") in found
    assert ("Kazuo Sugahara", "led", "Abit", "role-conj") in found


# the parser hung "vice-presidente" on "AFA", the first role's complement
ON_THE_COMPLEMENT = """
Segundo segundo ADP case 1
Julio Julio PROPN obl 15
Grondona Grondona PROPN flat:name 1
, , PUNCT punct 4
presidente presidente NOUN appos 1
da de_o ADP case 6
AFA AFA PROPN nmod 4
e e CCONJ cc 8
vice-presidente vice-presidente NOUN conj 6 Number=Sing
da de_o ADP case 10
Fifa Fifa PROPN nmod 8
, , PUNCT punct 4
a o DET det 13
Copa Copa PROPN nsubj 15
foi ser AUX cop 15
boa bom ADJ ROOT 15
. . PUNCT punct 15
"""


def test_a_second_role_the_parser_hung_on_the_first_role_s_complement(nlp) -> None:
    found = facts(nlp, ON_THE_COMPLEMENT, [("PER", 1, 3), ("ORG", 6, 7), ("ORG", 10, 11), ("ORG", 13, 14)])
    assert ("Julio Grondona", "keyPersonOf", "Fifa", "role-conj") in found
    assert ("Julio Grondona", "led", "AFA") in pairs(found)
    assert ("Julio Grondona", "led", "Fifa") not in pairs(found)


# the name comes after both roles, in apposition to the second
BEFORE_THE_NAME = """
O o DET det 1
presidente presidente NOUN nsubj 13
do de_o ADP case 3
Sindicato Sindicato PROPN nmod 1
dos de_os ADP case 5
Corretores Corretores PROPN nmod 3
e e CCONJ cc 7
diretor diretor NOUN conj 3
da de_a ADP case 9
Fenaseg Fenaseg PROPN nmod 7
, , PUNCT punct 11
João João PROPN appos 7
Possiede Possiede PROPN flat:name 11
criticou criticar VERB ROOT 13
o o DET det 15
plano plano NOUN obj 13
. . PUNCT punct 13
"""


def test_two_roles_before_a_name_are_both_the_name_s(nlp) -> None:
    found = facts(nlp, BEFORE_THE_NAME, [("ORG", 3, 6), ("ORG", 9, 10), ("PER", 11, 13)])
    assert ("João Possiede", "led", "Fenaseg") in pairs(found)
    assert ("João Possiede", "led", "Sindicato dos Corretores", "role-conj") in found


# "pesquisadora" and its complement "FGV" both hung on "Ipea"
STRANDED = """
Aspásia Aspásia PROPN nsubj 11
Camargo Camargo PROPN flat:name 0
, , PUNCT punct 3
presidente presidente NOUN appos 0
do de_o ADP case 5
Ipea Ipea PROPN nmod 3
e e CCONJ cc 7
pesquisadora pesquisador NOUN conj 5 Number=Sing
da de_a ADP case 9
FGV FGV PROPN nmod 5
, , PUNCT punct 3
criticou criticar VERB ROOT 11
o o DET det 13
plano plano NOUN obj 11
. . PUNCT punct 11
"""


def test_the_second_role_s_complement_is_not_the_first_role_s(nlp) -> None:
    found = pairs(facts(nlp, STRANDED, [("PER", 0, 2), ("ORG", 5, 6), ("ORG", 9, 10)]))
    assert ("Aspásia Camargo", "led", "Ipea") in found
    assert ("Aspásia Camargo", "led", "FGV") not in found  # was read through "Ipea"
    assert ("Aspásia Camargo", "affiliatedWith", "FGV") in found


# "partidário" is a proxy noun (``os partidários de X``): a singular one without an article is a role
PARTISAN = """
Ahmad Ahmad PROPN nsubj:pass 13
Bahar Bahar PROPN flat:name 0
, , PUNCT punct 3
chefe chefe NOUN appos 0
da de_a ADP case 5
Fatah Fatah PROPN nmod 3
de de ADP case 7
Gaza Gaza PROPN nmod 5
e e CCONJ cc 9
partidário partidário NOUN conj 5 Number=Sing
do de_o ADP case 11
Hamas Hamas PROPN nmod 9
foi ser AUX aux:pass 13
preso prender VERB ROOT 13
. . PUNCT punct 13
"""


def test_a_second_role_is_no_item_of_the_first_role_s_complement(nlp) -> None:
    found = pairs(facts(nlp, PARTISAN, [("PER", 0, 2), ("ORG", 5, 6), ("LOC", 7, 8), ("ORG", 11, 12)]))
    assert ("Ahmad Bahar", "led", "Fatah") in found
    assert ("Ahmad Bahar", "led", "Hamas") not in found
    assert ("Ahmad Bahar", "affiliatedWith", "Hamas") in found


# two people: the second role has an article of its own
TWO_PEOPLE = """
O o DET det 1
presidente presidente NOUN nsubj 11
da de_a ADP case 3
Fiesp Fiesp PROPN nmod 1
e e CCONJ cc 6
o o DET det 6
ministro ministro NOUN conj 3
da de_a ADP case 8
Cultura Cultura PROPN nmod 6
, , PUNCT punct 10
Rui Rui PROPN appos 6
discutiram discutir VERB ROOT 11
. . PUNCT punct 11
"""


def test_a_second_role_with_its_own_article_is_another_person_s(nlp) -> None:
    found = facts(nlp, TWO_PEOPLE, [("ORG", 3, 4), ("ORG", 8, 9), ("PER", 10, 11)])
    assert not any(s == "Rui" and o == "Fiesp" for s, _, o, _ in found)


# two people, each with a role, joined by "e": the parser made "Mário" a subject with an "e"
TWO_APPOSITIONS = """
Paulo Paulo PROPN nsubj 15
Francini Francini PROPN flat:name 0
, , PUNCT punct 3
diretor diretor NOUN appos 0
da de_a ADP case 5
Fiesp Fiesp PROPN nmod 3
, , PUNCT punct 8
e e CCONJ cc 8
Mário Mário PROPN nsubj 15
Amato Amato PROPN flat:name 8
, , PUNCT punct 11
presidente presidente NOUN appos 8
da de_a ADP case 13
CNI CNI PROPN nmod 11
, , PUNCT punct 11
criticaram criticar VERB ROOT 15
o o DET det 17
plano plano NOUN obj 15
. . PUNCT punct 15
"""



def test_the_second_of_two_people_each_with_a_role_keeps_the_role(nlp) -> None:
    found = facts(nlp, TWO_APPOSITIONS, [("PER", 0, 2), ("ORG", 5, 6), ("PER", 8, 10), ("ORG", 13, 14)])
    assert ("Paulo Francini", "led", "Fiesp", "appos-title") in found
    assert ("Mário Amato", "led", "CNI", "appos-title") in found
    # the check it must not weaken, "Passarinho ligou e Marcílio indagou", is test_relation_gates'


# "do governador ..., Iris, e do líder ..., Luiz": each role with its own preposition, two people
TWO_GENITIVES = """
o o DET det 1
apoio apoio NOUN ROOT 1
do de_o ADP case 3
governador governador NOUN nmod 1
de de ADP case 5
Goiás Goiás PROPN nmod 3
, , PUNCT punct 7
Iris Iris PROPN appos 3
, , PUNCT punct 11
e e CCONJ cc 11
do de_o ADP case 11
líder líder NOUN conj 3
do de_o ADP case 13
PFL PFL PROPN nmod 11
, , PUNCT punct 15
Luiz Luiz PROPN appos 11
. . PUNCT punct 1
"""


def test_a_second_role_with_its_own_preposition_is_another_person_s(nlp) -> None:
    found = pairs(facts(nlp, TWO_GENITIVES, [("LOC", 5, 6), ("PER", 7, 8), ("ORG", 13, 14), ("PER", 15, 16)]))
    assert ("Luiz", "keyPersonOf", "Goiás") not in found
    assert ("Iris", "led", "PFL") not in found


# a copula says the first role of the subject; the parser hung the second role on the first's complement
AFTER_A_COPULA = """
Rita Rita PROPN nsubj 3
Moura Moura PROPN flat:name 0
é ser AUX cop 3
vice-presidente vice-presidente NOUN ROOT 3
da de_a ADP case 5
Liga Liga PROPN nmod 3
de de ADP case 7
Remo Remo PROPN nmod 5
e e CCONJ cc 9
presidente presidente NOUN conj 5
do de_o ADP case 11
Clube Clube PROPN nmod 9
Naval Naval PROPN flat:name 11
. . PUNCT punct 3
"""


def test_the_second_of_two_roles_a_copula_gives_is_the_subject_s_too(nlp) -> None:
    found = facts(nlp, AFTER_A_COPULA, [("PER", 0, 2), ("ORG", 5, 8), ("ORG", 11, 13)])
    assert ("Rita Moura", "keyPersonOf", "Liga de Remo", "copula-noun") in found
    assert ("Rita Moura", "led", "Clube Naval", "role-conj") in found


def _insert(table: str, at: int, row: str) -> str:
    """``table`` with ``row`` put before its token ``at`` (the heads after it moved on by one)."""
    rows = table.strip().splitlines()
    moved = []
    for line in rows:
        cols = line.split()
        cols[4] = str(int(cols[4]) + (int(cols[4]) >= at))
        moved.append(" ".join(cols))
    return "\n".join(moved[:at] + [row] + moved[at:])


# "Rita Moura não é vice-presidente ...": the negator hangs on the first role
NEGATED_COPULA = _insert(AFTER_A_COPULA, 2, "não não ADV advmod 4")


def test_a_negated_copula_negates_the_second_role(nlp) -> None:
    doc = table_doc(nlp, NEGATED_COPULA, [("PER", 0, 2), ("ORG", 6, 9), ("ORG", 12, 14)], "roles.txt")
    second = [r for r in doc._.teia_relations if r.rule == "role-conj"]
    assert second and not any(r.polarity for r in second)


# a name in apposition to the second role is another person's
ANOTHER_AFTER_A_COPULA = _insert(_insert(AFTER_A_COPULA, 13, "Ana Ana PROPN appos 9"), 13, ", , PUNCT punct 14")


def test_a_name_apposed_to_the_second_role_after_a_copula_holds_it(nlp) -> None:
    found = pairs(facts(nlp, ANOTHER_AFTER_A_COPULA, [("PER", 0, 2), ("ORG", 5, 8), ("ORG", 11, 13), ("PER", 14, 15)]))
    assert ("Rita Moura", "keyPersonOf", "Liga de Remo") in found
    assert ("Rita Moura", "led", "Clube Naval") not in found
    assert ("Ana", "led", "Clube Naval") in found


# the parser hung the second role on the first role's common-noun complement
ON_A_COMMON_COMPLEMENT = """
Rui Rui PROPN nsubj 3
Lopes Lopes PROPN flat:name 0
é ser AUX cop 3
consultor consultor NOUN ROOT 3
de de ADP case 5
seguros seguro NOUN nmod 3
e e CCONJ cc 7
diretor diretor NOUN conj 5
do de_o ADP case 9
Centro Centro PROPN nmod 7
Naval Naval PROPN flat:name 9
. . PUNCT punct 3
"""


def test_a_second_role_on_a_common_complement_of_the_first_after_a_copula(nlp) -> None:
    found = facts(nlp, ON_A_COMMON_COMPLEMENT, [("PER", 0, 2), ("ORG", 9, 11)])
    assert ("Rui Lopes", "led", "Centro Naval", "role-conj") in found
