"""``conquistar`` attacks a place, not a cup (issue 20, precision of news statements, 28e).

The mapping read every ``conquistar`` with an object as ``attacked``: ``O FC Porto conquista a
sua oitava Taça de Portugal`` gave ``FC Porto attacked Taça de Portugal``, and on Wikipedia's
football biographies ``conquistou a Euro 2004``, ``dois Campeonatos da Superliga``. Of 12
``attacked`` statements of ``conquistar`` in 800 MAC-MORPHO and Wikipedia sentences with
``conquist-``, the 10 whose object the NER typed an organization or an event were all wrong; a
place stays conquered (``Santarém, conquistada por D. Afonso Henriques``). The frame now wants a
place; another object is read as an open relation (``rel:conquistar``).

The sentences are written for the test and parsed by hand (``text lemma POS dep head``, see
:mod:`handparse`); the control differs in the one thing the frame reads, the object's category.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every relation of the hand-parsed sentence."""
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


CONQUERED = """
O o DET det 1 _
Porto Porto PROPN nsubj 2 _
conquistou conquistar VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
a o DET det 4 _
Taça Taça PROPN obj 2 _
. . PUNCT punct 2 _
"""


@pytest.mark.parametrize("category", ["EVENT", "ORG"])
def test_a_cup_won_is_no_attack(nlp, category) -> None:
    """``O Porto conquistou a Taça``, the cup typed an event or an organization: no attack, an
    open relation of the verb."""
    found = statements(nlp, CONQUERED, [("ORG", 1, 2), (category, 4, 5)])
    assert ("Porto", "attacked", "Taça") not in found
    assert ("Porto", "rel:conquistar", "Taça") in found


def test_a_place_conquered_is_attacked(nlp) -> None:
    """Control: the object typed a place (``conquistou Santarém``): ``attacked``, as before."""
    assert ("Porto", "attacked", "Taça") in statements(nlp, CONQUERED, [("ORG", 1, 2), ("LOC", 4, 5)])
