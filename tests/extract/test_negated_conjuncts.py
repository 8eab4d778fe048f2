"""A name coordinated after another with a negator of its own (issue 20, P20b): ``trabalhou na
Petrobras e não na Vale``, ``ganhou a Taça mas não ao Porto``. The verb is not negated, what it
says of that name is: its statement takes the negative polarity
(:func:`teia.extract.relations.modality.negated_conjunct`). Written sentences parsed by hand
(``text lemma POS dep head``, ``head`` 0-based), as the parser reads them."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def polarities(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, bool]]:
    """(subject label, predicate, object label, polarity) of every relation of the sentence."""
    return table_facts(nlp, table, ents, by="polarity")


# "Pedro Santos trabalhou na Petrobras e não na Vale."
WORKED = """
Pedro Pedro PROPN nsubj 2
Santos Santos PROPN flat:name 0
trabalhou trabalhar VERB ROOT 2
na em_o ADP case 4
Petrobras Petrobras PROPN obl 2
e e CCONJ cc 8
não não ADV advmod 8
na em_o ADP case 8
Vale Vale PROPN conj 4
. . PUNCT punct 2
"""


def test_a_conjunct_with_its_own_negator_is_negative(nlp) -> None:
    facts = polarities(nlp, WORKED, [("PER", 0, 2), ("ORG", 4, 5), ("ORG", 8, 9)])
    assert ("Pedro Santos", "affiliatedWith", "Petrobras", True) in facts
    assert ("Pedro Santos", "affiliatedWith", "Vale", False) in facts
    assert ("Pedro Santos", "affiliatedWith", "Vale", True) not in facts


# "O Benfica ganhou a Taça mas não ao Porto.": the parser hangs the second name on the verb,
# with the conjunction as its own
WON = """
O o DET det 1
Benfica Benfica PROPN nsubj 2
ganhou ganhar VERB ROOT 2
a o DET det 4
Taça Taça PROPN obj 2
mas mas CCONJ cc 8
não não ADV advmod 8
ao a_o ADP case 8
Porto Porto PROPN obl 2
. . PUNCT punct 2
"""


def test_a_second_oblique_after_mas_nao_is_negative(nlp) -> None:
    facts = polarities(nlp, WON, [("ORG", 1, 2), ("MISC", 4, 5), ("ORG", 8, 9)])
    assert ("Benfica", "rel:ganhar_a", "Porto", False) in facts
    assert ("Benfica", "rel:ganhar_a", "Porto", True) not in facts
    assert ("Benfica", "rel:ganhar", "Taça", True) in facts


# "Maria visitou Lisboa e Paris.": no negator, both conjuncts positive
VISITED = """
Maria Maria PROPN nsubj 1
visitou visitar VERB ROOT 1
Lisboa Lisboa PROPN obj 1
e e CCONJ cc 4
Paris Paris PROPN conj 2
. . PUNCT punct 1
"""


def test_a_conjunct_without_a_negator_stays_positive(nlp) -> None:
    facts = polarities(nlp, VISITED, [("PER", 0, 1), ("LOC", 2, 3), ("LOC", 4, 5)])
    assert ("Maria", "rel:visitar", "Paris", True) in facts
    assert ("Maria", "rel:visitar", "Lisboa", True) in facts


# "Pedro trabalhou na Petrobras e não no PSDB da Bahia.": the genitive inside the negated
# phrase is not the clause's, and keeps its polarity
INSIDE = """
Pedro Pedro PROPN nsubj 1
trabalhou trabalhar VERB ROOT 1
na em_o ADP case 3
Petrobras Petrobras PROPN obl 1
e e CCONJ cc 7
não não ADV advmod 7
no em_o ADP case 7
PSDB PSDB PROPN conj 3
da de_o ADP case 9
Bahia Bahia PROPN nmod 7
. . PUNCT punct 1
"""


def test_a_relation_inside_the_negated_phrase_keeps_its_polarity(nlp) -> None:
    facts = polarities(nlp, INSIDE, [("PER", 0, 1), ("ORG", 3, 4), ("ORG", 7, 8), ("LOC", 9, 10)])
    assert ("Pedro", "affiliatedWith", "PSDB", False) in facts
    assert ("PSDB", "headquarteredIn", "Bahia", True) in facts
