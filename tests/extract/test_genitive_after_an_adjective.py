"""A place's ``de`` complement after an adjective of the place is the adjective's (issue 20, P41d).

Wikipedia's Romanian river stubs (``O Rio Barcu é um rio da Romênia afluente do Rio Bahluieţ``)
gave ``Romênia partOf Rio Bahluieţ``: the shipped parser hangs ``afluente`` on ``Romênia`` and the
tributary's river on it too. With a lower-case adjective of the place between the place and the
preposition, the complement is the adjective's (``afluente de``) and no part of the place. The
sentence is parsed by hand as the shipped parser hangs it (see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


TRIBUTARY = """
O o DET det 1
Rio Rio PROPN nsubj 5
Barcu Barcu PROPN flat:name 1
é ser AUX cop 5
um um DET det 5
rio rio NOUN ROOT 5
da de ADP case 7
Romênia Romênia PROPN nmod 5
afluente afluente ADJ amod 7
do de ADP case 10
Rio Rio PROPN nmod 7
Bahluieţ Bahluieţ PROPN flat:name 10
. . PUNCT punct 5
"""

ENTS = [("LOC", 1, 3), ("LOC", 7, 8), ("LOC", 10, 12)]


def facts(nlp, table: str, ents) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


def test_a_places_complement_after_its_adjective_is_no_nesting(nlp) -> None:
    got = facts(nlp, TRIBUTARY, ENTS)
    assert ("Romênia", "partOf", "Rio Bahluieţ") not in got
    assert ("Rio Barcu", "locatedIn", "Romênia") in got


def test_a_places_complement_right_after_it_still_nests(nlp) -> None:
    # "um rio da Romênia do Rio Bahluieţ": no adjective between the two names, the row of
    # "afluente" dropped and the heads after it renumbered
    lines = [row.split() for row in TRIBUTARY.strip().splitlines()]
    del lines[8]
    for cols in lines:
        head = int(cols[-1])
        cols[-1] = str(head - 1 if head > 8 else head)
    table = "\n".join(" ".join(cols) for cols in lines)
    got = facts(nlp, table, [("LOC", 1, 3), ("LOC", 7, 8), ("LOC", 9, 11)])
    assert ("Romênia", "partOf", "Rio Bahluieţ") in got
