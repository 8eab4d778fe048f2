"""Items of a list, each followed by the place it comes from, are no appositions of the noun the
list opens with (issue 20, P32e): in ``o grupo de Antígua, Los Papines, de Cuba, o Trilok Gurtu,
da Índia, o Teka Ensemble, da Hungria, e o Queen Regiment`` the parser hangs the later names on
``grupo`` as appositions, which gave ``Trilok Gurtu rel:grupo_de Antígua`` and ``Teka Ensemble
rel:grupo_de Índia``. A name with its origin and no further item keeps its role. Parsed by hand as
the shipped parser does."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


GRUPOS = """
Participam participar VERB ROOT 0
o o DET det 2
grupo grupo NOUN nsubj 0
de de ADP case 4
Antígua Antígua PROPN nmod 2
, , PUNCT punct 6
Los Los PROPN conj 4
Papines Papines PROPN flat:name 6
, , PUNCT punct 10
de de ADP case 10
Cuba Cuba PROPN nmod 4
, , PUNCT punct 13
o o DET det 13
Trilok Trilok PROPN appos 2
Gurtu Gurtu PROPN flat:name 13
, , PUNCT punct 17
da de_o ADP case 17
Índia Índia PROPN nmod 2
, , PUNCT punct 20
o o DET det 20
Teka Teka PROPN appos 2
Ensemble Ensemble PROPN flat:name 20
, , PUNCT punct 24
da de_o ADP case 24
Hungria Hungria PROPN nmod 20
, , PUNCT punct 28
e e CCONJ cc 28
o o DET det 28
Queen Queen PROPN conj 2
Regiment Regiment PROPN flat:name 28
. . PUNCT punct 0
"""

GRUPOS_ENTS = [
    ("LOC", 4, 5),
    ("ORG", 6, 8),
    ("LOC", 10, 11),
    ("PER", 13, 15),
    ("LOC", 17, 18),
    ("ORG", 20, 22),
    ("LOC", 24, 25),
    ("ORG", 28, 30),
]


def test_list_items_after_their_origins_are_not_the_groups_appositions(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, GRUPOS, GRUPOS_ENTS)}
    assert not any(s in ("Trilok Gurtu", "Teka Ensemble") and p.startswith("rel:grupo") for s, p, _ in facts)


# one name and where it comes from, nothing listed after: the apposition stands
BATERISTA = """
O o DET det 1
baterista baterista NOUN nsubj 10
do de_o ADP case 3
Olodum Olodum PROPN nmod 1
, , PUNCT punct 5
Pedro Pedro PROPN appos 1
Silva Silva PROPN flat:name 5
, , PUNCT punct 9
de de ADP case 9
Salvador Salvador PROPN nmod 1
tocou tocar VERB ROOT 10
. . PUNCT punct 10
"""


def test_one_name_with_its_origin_keeps_its_role(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, BATERISTA, [("ORG", 3, 4), ("PER", 5, 7), ("LOC", 9, 10)])}
    # a band's drummer is a member of it (P52f's frame for baterista; affiliatedWith before)
    assert ("Pedro Silva", "memberOf", "Olodum") in facts
