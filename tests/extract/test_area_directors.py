"""A role qualified by an adjective of its area is an officer of the body, not its head (issue
20, P60m): ``o diretor financeiro da Sadia`` gives ``affiliatedWith`` (``units.json``'s
``area_adjectives``), ``o diretor da Sadia`` keeps ``led``. Written sentences parsed by hand
(``text lemma POS dep head``, ``head`` 0-based)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


# "Rui Melo, diretor financeiro da Sadia, saiu."
AREA = """
Rui Rui PROPN nsubj 8
Melo Melo PROPN flat:name 0
, , PUNCT punct 3
diretor diretor NOUN appos 0
financeiro financeiro ADJ amod 3
da de_o ADP case 6
Sadia Sadia PROPN nmod 3
, , PUNCT punct 3
saiu sair VERB ROOT 8
. . PUNCT punct 8
"""

# the control: "Rui Melo, diretor da Sadia, saiu."
PLAIN = """
Rui Rui PROPN nsubj 7
Melo Melo PROPN flat:name 0
, , PUNCT punct 3
diretor diretor NOUN appos 0
da de_o ADP case 5
Sadia Sadia PROPN nmod 3
, , PUNCT punct 3
saiu sair VERB ROOT 7
. . PUNCT punct 7
"""

# "Rui Melo, diretor geral da Sadia, saiu.": an adjective of no area keeps the head
GENERAL = AREA.replace("financeiro financeiro", "geral geral")


def test_an_area_director_is_an_officer(nlp) -> None:
    found = facts(nlp, AREA, [("PER", 0, 2), ("ORG", 6, 7)])
    assert ("Rui Melo", "affiliatedWith", "Sadia") in found
    assert ("Rui Melo", "led", "Sadia") not in found


def test_a_plain_or_general_director_leads(nlp) -> None:
    assert ("Rui Melo", "led", "Sadia") in facts(nlp, PLAIN, [("PER", 0, 2), ("ORG", 5, 6)])
    found = facts(nlp, GENERAL, [("PER", 0, 2), ("ORG", 6, 7)])
    assert ("Rui Melo", "led", "Sadia") in found
    assert ("Rui Melo", "affiliatedWith", "Sadia") not in found


# "Rui Melo, ex-diretor da Sadia, saiu.": a former holder
FORMER = PLAIN.replace("diretor diretor", "ex-diretor ex-diretor")


def test_a_former_holder_holds_nothing_now(nlp) -> None:
    found = facts(nlp, FORMER, [("PER", 0, 2), ("ORG", 5, 6)])
    assert not any(p in ("led", "affiliatedWith", "keyPersonOf") for _, p, _ in found)
    assert ("Rui Melo", "rel:ex_diretor_de", "Sadia") in found
