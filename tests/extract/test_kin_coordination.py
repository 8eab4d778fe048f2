"""A possessive kinship noun among coordinated subjects is the earlier conjunct's (issue 20, 23a).

``O ex-presidente Fernando Collor, sua mulher Rosane e o secretário Luís Carlos Chaves jantaram``
(Bosque's news) gave ``Luís Carlos Chaves relativeOf Rosane`` as well as Collor's: every subject of
the clause was taken for the possessor of ``sua mulher``. When the kinship noun is a later
conjunct of the subject, only a conjunct named before it is. The sentences are written for the
test and parsed by hand (see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


DINNER = """
O o DET det 1
presidente presidente NOUN nsubj 11
Collor Collor PROPN appos 1
, , PUNCT punct 5
sua seu DET det 5
mulher mulher NOUN conj 1
Rosane Rosane PROPN appos 5
e e CCONJ cc 9
o o DET det 9
secretário secretário NOUN conj 1
Chaves Chaves PROPN appos 9
jantaram jantar VERB ROOT 11
. . PUNCT punct 11
"""

ENTS = [("PER", 2, 3), ("PER", 6, 7), ("PER", 10, 11)]


def kin(nlp, table: str, ents) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in table_facts(nlp, table, ents) if p == "relativeOf"}


def test_the_possessor_of_a_later_conjunct_is_named_before_it(nlp) -> None:
    assert kin(nlp, DINNER, ENTS) == {("Collor", "Rosane")}


def test_a_kinship_noun_that_is_no_conjunct_keeps_every_subject(nlp) -> None:
    """``Collor e Chaves visitaram sua mãe, Rosane``: both subjects are read as the possessor,
    as before (the check is about a kinship noun among the subjects only)."""
    table = """
Collor Collor PROPN nsubj 3
e e CCONJ cc 2
Chaves Chaves PROPN conj 0
visitaram visitar VERB ROOT 3
sua seu DET det 5
mãe mãe NOUN obj 3
, , PUNCT punct 7
Rosane Rosane PROPN appos 5
. . PUNCT punct 3
"""
    found = kin(nlp, table, [("PER", 0, 1), ("PER", 2, 3), ("PER", 7, 8)])
    assert ("Collor", "Rosane") in found
