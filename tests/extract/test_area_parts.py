"""A place named through a part of it in a locative phrase (issue 20, 26e: ``teia.extract.relations.
area_parts``): ``localizado no norte do estado do Rio Grande do Sul`` places the town in the
state. Written sentences parsed by hand (``text lemma POS dep head morphology``, see
:mod:`handparse`); each case has a control that differs in the one thing the rule reads."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


# "Seberi é um município localizado {case} norte do estado do Paraná."
PART = """
Seberi Seberi PROPN nsubj 3 _
é ser AUX cop 3 _
um um DET det 3 _
município município NOUN ROOT 3 _
localizado localizar VERB acl 3 _
{case} {lemma} ADP case 6 _
{noun} {noun} NOUN obl 4 _
do de_o ADP case 8 _
estado estado NOUN nmod 6 _
do de_o ADP case 10 _
Paraná Paraná PROPN nmod 8 _
. . PUNCT punct 3 _
"""
ENTS = [("LOC", 0, 1), ("LOC", 10, 11)]


def test_a_town_in_a_part_of_a_state_is_in_the_state(nlp) -> None:
    for noun in ("norte", "centro-oeste", "interior"):
        found = statements(nlp, PART.format(case="no", lemma="em_o", noun=noun), ENTS)
        assert ("Seberi", "locatedIn", "Paraná") in found, noun


def test_not_beside_it_nor_through_a_division_or_a_shore(nlp) -> None:
    # "ao norte do estado": to the north of it, outside
    assert ("Seberi", "locatedIn", "Paraná") not in statements(nlp, PART.format(case="ao", lemma="a_o", noun="norte"), ENTS)
    # "na costa do Golfo Pérsico": a shore lies beside what it names
    assert ("Seberi", "locatedIn", "Paraná") not in statements(nlp, PART.format(case="na", lemma="em_o", noun="costa"), ENTS)
