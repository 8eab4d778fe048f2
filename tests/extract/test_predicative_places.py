"""A place after ``ficar`` with a predicative participle is the participle's (issue 20, 23a).

``A Plataforma de Esquerda deverá ainda ficar representada nos concelhos de ... Soure`` (Bosque's
news) gave ``Plataforma de Esquerda headquarteredIn Soure`` through ``ficar em``'s frame: the
party is represented there, not based there. With a predicative (``ficar representada``,
``ficou sediada``), the participle's own frame reads the place; the verb alone (``a Embraer
fica em São José``) keeps its frame. The sentences are written for the test and parsed by
hand (see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


REPRESENTED = """
A o DET det 1
Plataforma Plataforma PROPN nsubj 2
ficou ficar VERB ROOT 2
{participle} {lemma} {pos} xcomp 2
em em ADP case 5
Soure Soure PROPN obl 2
. . PUNCT punct 2
"""

ENTS = [("ORG", 1, 2), ("LOC", 5, 6)]


def facts(nlp, participle: str, lemma: str, pos: str = "VERB") -> set[tuple[str, str, str]]:
    table = REPRESENTED.format(participle=participle, lemma=lemma, pos=pos)
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ENTS)}


def test_a_place_where_an_organization_is_represented_is_not_its_seat(nlp) -> None:
    assert facts(nlp, "representada", "representar") == set()
    assert facts(nlp, "conhecida", "conhecido", "ADJ") == set()


def test_a_participle_that_places_keeps_its_own_frame(nlp) -> None:
    assert facts(nlp, "sediada", "sediar") == {("Plataforma", "headquarteredIn", "Soure")}


LOCATED = """
A o DET det 1
Plataforma Plataforma PROPN nsubj 2
fica ficar VERB ROOT 2
em em ADP case 4
Soure Soure PROPN obl 2
. . PUNCT punct 2
"""


def test_the_verb_alone_keeps_its_frame(nlp) -> None:
    found = {(s, p, o) for s, p, o, _ in table_facts(nlp, LOCATED, [("ORG", 1, 2), ("LOC", 4, 5)])}
    assert found == {("Plataforma", "headquarteredIn", "Soure")}
