"""Items of a list of ``de`` phrases are not parts of each other (issue 20, 23a).

``Algumas ... eram da Lusa, do Laboratório Nacional de Engenharia Civil (LNEC) e da empresa
ANA`` (Bosque's news) gave ``Lusa partOf Laboratório Nacional de Engenharia Civil``: the parser
hung the second phrase on the first name and the third on it as a conjunct. A ``de`` phrase set
off by a comma, with a later ``de`` conjunct on the same name, is an item of the list; without
that conjunct the phrase after the comma still nests (``a Juventude Socialista, do PS``). The
sentences are written for the test and parsed by hand (see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


OWNERS = """
Elas ela PRON nsubj 4
eram ser AUX cop 4
da de ADP case 4
Juventude Juventude PROPN ROOT 4
Socialista Socialista PROPN flat:name 4
, , PUNCT punct 7
do de ADP case 7
PS PS PROPN nmod 4
e e CCONJ cc 10
da de ADP case 10
CGTP CGTP PROPN conj 4
. . PUNCT punct 4
"""

ENTS = [("ORG", 3, 5), ("ORG", 7, 8), ("ORG", 10, 11)]


def facts(nlp, table: str, ents) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


def test_items_of_a_list_of_de_phrases_are_no_parts_of_each_other(nlp) -> None:
    assert ("Juventude Socialista", "partOf", "PS") not in facts(nlp, OWNERS, ENTS)


def test_a_de_phrase_after_a_comma_without_a_list_still_nests(nlp) -> None:
    rows = OWNERS.strip().splitlines()
    alone = "\n".join(rows[:8] + [". . PUNCT punct 4"])
    assert ("Juventude Socialista", "partOf", "PS") in facts(nlp, alone, ENTS[:2])
