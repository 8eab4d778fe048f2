"""A person and a relative joined by ``e`` (issue 20, ``kin_conjunct.py``): ``Castor e seu
sobrinho César``; and the kinship nouns of the mapping (``sobrinho``, ``cunhado``...).

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser; the parses
are the shipped parser's kind of mistakes (the relative an oblique of the main verb).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


NEPHEW = """
Azevedo Azevedo PROPN nsubj 1
trabalhou trabalhar VERB ROOT 1
para para ADP case 3
Castor Castor PROPN obl 1
e e CCONJ cc 6
seu seu DET det 6
sobrinho sobrinho NOUN conj 3
César César PROPN obl 1
em em ADP case 9
Guarapari Guarapari PROPN obl 1
. . PUNCT punct 1
"""

SONS = """
Diogo Diogo PROPN nsubj 7
e e CCONJ cc 3
seus seu DET det 3
filhos filho NOUN conj 0
Joaquim Joaquim PROPN appos 3
e e CCONJ cc 6
João João PROPN conj 4
chegaram chegar VERB ROOT 7
. . PUNCT punct 7
"""

BROTHER_IN_LAW = """
Ricardo Ricardo PROPN nsubj 7
Ulson Ulson PROPN flat:name 0
, , PUNCT punct 3
cunhado cunhado NOUN appos 0
de de ADP case 5
Quércia Quércia PROPN nmod 3
, , PUNCT punct 3
é ser AUX cop 7
candidato candidato NOUN ROOT 7
. . PUNCT punct 7
"""


def kin(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in found if p == "relativeOf"}


def test_the_relative_is_the_kin_of_the_name_before_it_not_of_the_subject(nlp) -> None:
    found = table_facts(nlp, NEPHEW, [("PER", 0, 1), ("PER", 3, 4), ("PER", 7, 8), ("LOC", 9, 10)])
    assert ("Castor", "relativeOf", "César", "kin-conj") in found
    assert kin(found) == {("Castor", "César")}


def test_a_plural_kinship_noun_takes_every_name_of_its_list(nlp) -> None:
    found = table_facts(nlp, SONS, [("PER", 0, 1), ("PER", 4, 5), ("PER", 6, 7)])
    assert {("Diogo", "Joaquim"), ("Diogo", "João")} <= kin(found)


def test_no_kin_without_a_kinship_noun(nlp) -> None:
    table = NEPHEW.replace("sobrinho sobrinho", "sócio sócio")
    assert not kin(table_facts(nlp, table, [("PER", 0, 1), ("PER", 3, 4), ("PER", 7, 8), ("LOC", 9, 10)]))


def test_kinship_nouns_beyond_parents_and_siblings(nlp) -> None:
    # "cunhado", "sobrinho", "genro"...: relativeOf, not an open rel:cunhado_de
    found = table_facts(nlp, BROTHER_IN_LAW, [("PER", 0, 2), ("PER", 5, 6)])
    assert ("Ricardo Ulson", "Quércia") in kin(found)
    assert not {f for f in found if f[1].startswith("rel:")}


def test_two_relatives_of_the_subject_are_not_each_other_s(nlp) -> None:
    # "Juliano nomeou sua esposa Manlia e sua filha Dídia": both Juliano's kin
    table = """
Juliano Juliano PROPN nsubj 1
nomeou nomear VERB ROOT 1
sua seu DET det 3
esposa esposa NOUN obj 1
Manlia Manlia PROPN appos 3
e e CCONJ cc 7
sua seu DET det 7
filha filha NOUN conj 3
Dídia Dídia PROPN appos 7
. . PUNCT punct 1
"""
    found = kin(table_facts(nlp, table, [("PER", 0, 1), ("PER", 4, 5), ("PER", 8, 9)]))
    assert ("Manlia", "Dídia") not in found and ("Dídia", "Manlia") not in found



# "Os criminosos mataram José Lima, 52, seu filho, Pedro Lima, 17, e um vizinho.": a list of
# victims, the son the first's; the parser hangs the son on the first as a conjunct, the age
# as a parataxis
LIST_SON = """
Os o DET det 1
criminosos criminoso NOUN nsubj 2
mataram matar VERB ROOT 2
José José PROPN obj 2
Lima Lima PROPN flat:name 3
, , PUNCT punct 6
52 52 NUM parataxis 3
, , PUNCT punct 9
seu seu DET det 9
filho filho NOUN appos 3
, , PUNCT punct 11
Pedro Pedro PROPN conj 3
Lima Lima PROPN flat:name 11
, , PUNCT punct 14
17 17 NUM parataxis 11
, , PUNCT punct 18
e e CCONJ cc 18
um um DET det 18
vizinho vizinho NOUN conj 3
. . PUNCT punct 2
"""

# "Os bandidos renderam a diretora Ana Prado, e seu marido, Rui Prado, na escola."
COMMA_E_HUSBAND = """
Os o DET det 1
bandidos bandido NOUN nsubj 2
renderam render VERB ROOT 2
a o DET det 4
diretora diretora NOUN obj 2
Ana Ana PROPN appos 4
Prado Prado PROPN flat:name 5
, , PUNCT punct 10
e e CCONJ cc 10
seu seu DET det 10
marido marido NOUN conj 4
, , PUNCT punct 12
Rui Rui PROPN appos 10
Prado Prado PROPN flat:name 12
, , PUNCT punct 12
na em_o ADP case 16
escola escola NOUN obl 2
. . PUNCT punct 2
"""

# "O empresário deixa a mulher, Marta Rocha, seu filho, Pedro Rocha, e dois netos.": the
# businessman's wife and son, not the wife's son
LEAVES_WIFE_AND_SON = """
O o DET det 1
empresário empresário NOUN nsubj 2
deixa deixar VERB ROOT 2
a o DET det 4
mulher mulher NOUN obj 2
, , PUNCT punct 6
Marta Marta PROPN appos 4
Rocha Rocha PROPN flat:name 6
, , PUNCT punct 10
seu seu DET det 10
filho filho NOUN conj 4
, , PUNCT punct 12
Pedro Pedro PROPN appos 4
Rocha Rocha PROPN flat:name 12
, , PUNCT punct 12
e e CCONJ cc 17
dois dois NUM nummod 17
netos neto NOUN conj 4
. . PUNCT punct 2
"""


def test_a_relative_in_a_list_after_the_first_name_and_its_age(nlp) -> None:
    found = table_facts(nlp, LIST_SON, [("PER", 3, 5), ("PER", 11, 13)])
    assert ("José Lima", "relativeOf", "Pedro Lima", "kin-conj") in found


def test_a_relative_after_a_comma_and_e(nlp) -> None:
    found = table_facts(nlp, COMMA_E_HUSBAND, [("PER", 5, 7), ("PER", 12, 14)])
    assert ("Ana Prado", "relativeOf", "Rui Prado", "kin-conj") in found


def test_no_kin_in_a_list_without_a_kinship_noun(nlp) -> None:
    table = LIST_SON.replace("filho filho", "vizinho vizinho")
    assert not kin(table_facts(nlp, table, [("PER", 3, 5), ("PER", 11, 13)]))


def test_a_list_after_a_kinship_noun_lists_the_subject_s_kin(nlp) -> None:
    # "a mulher, Marta Rocha, seu filho, Pedro Rocha": both the businessman's, not Marta's son
    found = kin(table_facts(nlp, LEAVES_WIFE_AND_SON, [("PER", 6, 8), ("PER", 12, 14)]))
    assert ("Marta Rocha", "Pedro Rocha") not in found and ("Pedro Rocha", "Marta Rocha") not in found
