"""``sequer`` alone before the verb negates its clause (issue 20, P40b): the Brazilian ``ele
sequer visitou Lisboa`` (he did not even visit it), and ``nem sequer``, which the parser reads as
an oblique ``sequer`` with ``nem`` as its preposition; not in a condition (``se sequer
nasceu``), nor the ``sem sequer`` the parser hangs on the verb before an infinitive
(:func:`teia.extract.relations.modality.negated`, the mapping's ``bare_negators``). Written
sentences parsed by hand (``text lemma POS dep head``, ``head`` 0-based), as the parser reads
them."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "Maria Silva sequer nasceu em Lisboa."
BARE = """
Maria Maria PROPN nsubj 3
Silva Silva PROPN flat:name 0
sequer sequer ADV advmod 3
nasceu nascer VERB ROOT 3
em em ADP case 5
Lisboa Lisboa PROPN obl 3
. . PUNCT punct 3
"""

# "Maria Silva nem sequer nasceu em Lisboa."
NEM_SEQUER = """
Maria Maria PROPN nsubj 4
Silva Silva PROPN flat:name 0
nem nem ADP case 3
sequer sequer ADV obl 4
nasceu nascer VERB ROOT 4
em em ADP case 6
Lisboa Lisboa PROPN obl 4
. . PUNCT punct 4
"""

# "Se Maria Silva sequer nasceu em Lisboa, ninguém soube."
CONDITION = """
Se se SCONJ mark 4
Maria Maria PROPN nsubj 4
Silva Silva PROPN flat:name 1
sequer sequer ADV advmod 4
nasceu nascer VERB advcl 9
em em ADP case 6
Lisboa Lisboa PROPN obl 4
, , PUNCT punct 4
ninguém ninguém PRON nsubj 9
soube saber VERB ROOT 9
. . PUNCT punct 9
"""

# "Pedro Santos trabalhou na Petrobras sem sequer visitar Lisboa."
WITHOUT = """
Pedro Pedro PROPN nsubj 2
Santos Santos PROPN flat:name 0
trabalhou trabalhar VERB ROOT 2
na em_o ADP case 4
Petrobras Petrobras PROPN obl 2
sem sem ADP case 6
sequer sequer ADV obl 2
visitar visitar VERB advcl 2
Lisboa Lisboa PROPN obj 7
. . PUNCT punct 2
"""


def test_sequer_before_the_verb_negates_it(nlp) -> None:
    facts = table_facts(nlp, BARE, [("PER", 0, 2), ("LOC", 5, 6)], by="polarity")
    assert ("Maria Silva", "bornIn", "Lisboa", False) in facts
    assert ("Maria Silva", "bornIn", "Lisboa", True) not in facts


def test_nem_sequer_read_as_an_oblique_negates_the_verb(nlp) -> None:
    facts = table_facts(nlp, NEM_SEQUER, [("PER", 0, 2), ("LOC", 6, 7)], by="polarity")
    assert ("Maria Silva", "bornIn", "Lisboa", False) in facts
    assert ("Maria Silva", "bornIn", "Lisboa", True) not in facts


def test_sequer_in_a_condition_negates_nothing(nlp) -> None:
    facts = table_facts(nlp, CONDITION, [("PER", 1, 3), ("LOC", 6, 7)], by="polarity")
    assert ("Maria Silva", "bornIn", "Lisboa", True) in facts
    assert ("Maria Silva", "bornIn", "Lisboa", False) not in facts


def test_sem_sequer_does_not_negate_the_verb_it_hangs_on(nlp) -> None:
    facts = table_facts(nlp, WITHOUT, [("PER", 0, 2), ("ORG", 4, 5), ("LOC", 8, 9)], by="polarity")
    assert ("Pedro Santos", "affiliatedWith", "Petrobras", True) in facts
    assert ("Pedro Santos", "affiliatedWith", "Petrobras", False) not in facts
