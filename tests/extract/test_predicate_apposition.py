"""A role apposed to a predicate noun is the subject's (issue 20, 26e:
``teia.extract.relations.predicate_apposition``): ``Jyrki Katainen é um político finlandês, líder
do Partido Verde`` → led. Written sentences parsed by hand (``text lemma POS dep head
morphology``, see :mod:`handparse`); each case has a control that differs in the one thing the
rule reads."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


# "Katainen é um político finlandês, líder do Partido Verde."
ROLE = """
Katainen Katainen PROPN nsubj 3 _
é ser AUX cop 3 _
um um DET det 3 _
político político NOUN ROOT 3 _
finlandês finlandês ADJ amod 3 _
{comma} {comma} PUNCT punct 6 _
{role} {role} NOUN appos 3 _
do de_o ADP case 8 _
Partido Partido PROPN nmod 6 _
Verde Verde PROPN flat:name 8 _
. . PUNCT punct 3 _
"""


def test_a_role_after_a_comma_is_the_subjects(nlp) -> None:
    found = statements(nlp, ROLE.format(comma=",", role="líder"), [("PER", 0, 1), ("ORG", 8, 10)])
    assert ("Katainen", "led", "Partido Verde") in found
    found = statements(nlp, ROLE.format(comma=",", role="membro"), [("PER", 0, 1), ("ORG", 8, 10)])
    assert ("Katainen", "memberOf", "Partido Verde") in found


def test_not_a_clubs_sentence(nlp) -> None:
    # a club's sentence: "o clube é um clube ..., um distrito da cidade de Belém" says no role
    found = statements(nlp, ROLE.format(comma=",", role="líder"), [("ORG", 0, 1), ("ORG", 8, 10)])
    assert ("Katainen", "led", "Partido Verde") not in found
