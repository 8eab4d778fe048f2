"""A name in a phrase of comparison, topic, exception, concession or absence takes no part in
the act of the clause (``tão diversos quanto MF Doom``, ``mais estudado do que Caetano``, ``tal
como Alice in Chains``, ``quanto a Portugal``, ``sem o atacante Muller``): the mapping's
``aside_markers`` make such a phrase no oblique (:func:`teia.extract.relations.clauses.oblique`)
and no complement of a relational noun (issue 20, P25d: on the issue-20 dumps of develop slices
all 36 such open statements read were wrong or said nothing). Written sentences parsed by hand
(``text lemma POS dep head``, ``head`` 0-based), the parses the shipped parser gave them."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.extract.relations.mapping import default_mapping


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def predicates(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[str]:
    return {p for _, p, _, _ in table_facts(nlp, table, ents, by="modality")}


# "Quanto a Portugal, Ferreira reafirmou ontem a posição."
TOPIC = """
Quanto quanto ADV case 2
a a ADP fixed 0
Portugal Portugal PROPN obl 5
, , PUNCT punct 2
Ferreira Ferreira PROPN nsubj 5
reafirmou reafirmar VERB ROOT 5
ontem ontem ADV advmod 5
a o DET det 8
posição posição NOUN obj 5
. . PUNCT punct 5
"""

# "O Santos jogou sem o atacante Muller."
ABSENCE = """
O o DET det 1
Santos Santos PROPN nsubj 2
jogou jogar VERB ROOT 2
sem sem ADP case 5
o o DET det 5
atacante atacante NOUN obl 2
Muller Muller PROPN appos 5
. . PUNCT punct 2
"""

# "Tal como Alice in Chains, Soundgarden exibe uma componente pesada."
LIKE = """
Tal tal ADV case 2
como como ADP fixed 0
Alice Alice PROPN obl 7
in in PROPN flat:name 2
Chains Chains PROPN flat:name 2
, , PUNCT punct 2
Soundgarden Soundgarden PROPN nsubj 7
exibe exibir VERB ROOT 7
uma um DET det 9
componente componente NOUN obj 7
pesada pesado ADJ amod 9
. . PUNCT punct 7
"""

# "Chico Buarque foi mais estudado do que Caetano."
THAN = """
Chico Chico PROPN nsubj:pass 4
Buarque Buarque PROPN flat:name 0
foi ser AUX aux:pass 4
mais mais ADV advmod 4
estudado estudar VERB ROOT 4
do de_o ADP case 7
que que PRON fixed 5
Caetano Caetano PROPN obl 4
. . PUNCT punct 4
"""


def test_a_topic_phrase_is_no_argument(nlp) -> None:
    assert predicates(nlp, TOPIC, [("LOC", 2, 3), ("PER", 4, 5)]) == set()


def test_an_absent_player_is_no_argument(nlp) -> None:
    assert predicates(nlp, ABSENCE, [("ORG", 1, 2), ("PER", 6, 7)]) == set()


def test_a_standard_of_comparison_is_no_argument(nlp) -> None:
    assert predicates(nlp, LIKE, [("ORG", 2, 5), ("ORG", 6, 7)]) == set()
    assert predicates(nlp, THAN, [("PER", 0, 2), ("PER", 7, 8)]) == set()


def test_a_plain_preposition_still_relates() -> None:
    mapping = default_mapping()
    assert mapping.sets_aside("quanto") and mapping.sets_aside("de_que") and mapping.sets_aside("em_vez_de")
    assert not mapping.sets_aside("com") and not mapping.sets_aside("a_lado_de") and not mapping.sets_aside("em")


def test_a_with_phrase_after_the_verb_stays(nlp) -> None:
    # "O Santos jogou com o atacante Muller."
    table = ABSENCE.replace("sem sem", "com com")
    assert "rel:jogar_com" in predicates(nlp, table, [("ORG", 1, 2), ("PER", 6, 7)])
