"""An adjective's complement of a mapped frame (issue 20): ``X é natural de Y`` (the copula
predicate's ``obl``, which the noun rules did not read) and ``X, natural de Y`` / ``X, casado com
Y`` (an adjective set off by a comma after a name: :func:`~teia.extract.relations.nominal.apposed_adjective`).

Written sentences parsed by hand (``text lemma POS dep head``, see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, "adjectives.txt")


# "Paulo Portas é natural de Lisboa."
COPULA = """
Paulo Paulo PROPN nsubj 3
Portas Portas PROPN flat:name 0
é ser AUX cop 3
{adjective} {adjective} ADJ ROOT 3
de de ADP case 5
Lisboa Lisboa PROPN obl 3
. . PUNCT punct 3
"""

# "O escritor Jorge Amado, natural de Itabuna, morreu."
APPOSED = """
O o DET det 1
escritor escritor NOUN nsubj 9
Jorge Jorge PROPN appos 1
Amado Amado PROPN flat:name 2
{comma} {comma} PUNCT punct 5
natural natural ADJ amod 2
de de ADP case 7
Itabuna Itabuna PROPN obl 5
, , PUNCT punct 5
morreu morrer VERB ROOT 9
. . PUNCT punct 9
"""


def test_a_native_of_a_place_was_born_there(nlp) -> None:
    assert facts(nlp, COPULA.format(adjective="natural"), [("PER", 0, 2), ("LOC", 5, 6)]) == {
        ("Paulo Portas", "bornIn", "Lisboa", "copula-noun")
    }
    assert facts(nlp, APPOSED.format(comma=","), [("PER", 2, 4), ("LOC", 7, 8)]) == {
        ("Jorge Amado", "bornIn", "Itabuna", "apposed-adjective")
    }


def test_no_open_relation_of_an_adjective_nor_one_not_set_off(nlp) -> None:
    # "é responsável de Lisboa": no frame of the mapping, no open relation
    assert facts(nlp, COPULA.format(adjective="responsável"), [("PER", 0, 2), ("LOC", 5, 6)]) == set()
    # without the comma the adjective may be the noun's ("o escritor Jorge Amado natural de ..."): nothing
    assert facts(nlp, APPOSED.format(comma="-"), [("PER", 2, 4), ("LOC", 7, 8)]) == set()


# "A leitora Rita Moura, residente em Santos, reclama." (issue 20, P29f)
RESIDENT = """
A o DET det 1
leitora leitora NOUN nsubj 9
Rita Rita PROPN appos 1
Moura Moura PROPN flat:name 2
, , PUNCT punct 5
residente residente ADJ {dep} 2
em em ADP case 7
Santos Santos PROPN nmod 5
, , PUNCT punct 5
reclama reclamar VERB ROOT 9
. . PUNCT punct 9
"""


def test_a_resident_of_a_place_lives_there(nlp) -> None:
    for dep in ("amod", "appos"):
        found = {(s, p, o) for s, p, o, _ in facts(nlp, RESIDENT.format(dep=dep), [("PER", 2, 4), ("LOC", 7, 8)])}
        assert found == {("Rita Moura", "residedIn", "Santos")}
