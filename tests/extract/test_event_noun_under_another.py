"""An event noun under ``sob`` or ``com`` is another's act over the clause's subject (issue 20,
P37a): in ``Sob o comando de Kirmayr, Sabatini venceu`` Kirmayr commands, and the noun rule read
``Sabatini commanded Kirmayr``; in ``Com direção de Roberto de Oliveira, a Bandeirantes prepara``
Oliveira directs (``Bandeirantes led Roberto de Oliveira``). A frame whose agent is the noun's own
complement stays (``Com o apoio da Renault, Prost venceu`` → ``Renault supported Prost``), and so
does the subject's own act as an object (``assumiu o comando do Exército``). Parsed by hand as the
shipped parser does."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


COMANDO = """
Sob sob ADP case 2
o o DET det 2
comando comando NOUN obl 7
de de ADP case 4
Kirmayr Kirmayr PROPN nmod 2
, , PUNCT punct 2
Sabatini Sabatini PROPN nsubj 7
venceu vencer VERB ROOT 7
11 11 NUM nummod 9
torneios torneio NOUN obj 7
. . PUNCT punct 7
"""

DIRECAO = """
Com com ADP case 1
direção direção NOUN obl 9
de de ADP case 3
Roberto Roberto PROPN nmod 1
de de ADP case 5
Oliveira Oliveira PROPN nmod 3
, , PUNCT punct 1
a o DET det 8
Bandeirantes Bandeirantes PROPN nsubj 9
prepara preparar VERB ROOT 9
um um DET det 11
documentário documentário NOUN obj 9
. . PUNCT punct 9
"""

APOIO = """
Com com ADP case 2
o o DET det 2
apoio apoio NOUN obl 7
da de_o ADP case 4
Renault Renault PROPN nmod 2
, , PUNCT punct 2
Prost Prost PROPN nsubj 7
venceu vencer VERB ROOT 7
a o DET det 9
corrida corrida NOUN obj 7
. . PUNCT punct 7
"""

ASSUMIU = """
Kirmayr Kirmayr PROPN nsubj 1
assumiu assumir VERB ROOT 1
o o DET det 3
comando comando NOUN obj 1
do de_o ADP case 5
Exército Exército PROPN nmod 3
. . PUNCT punct 1
"""


def test_a_command_over_the_subject_is_not_the_subjects(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, COMANDO, [("PER", 4, 5), ("PER", 6, 7)])}
    assert not any(s == "Sabatini" and o == "Kirmayr" for s, _, o in facts)


def test_a_direction_with_com_is_not_the_subjects(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, DIRECAO, [("PER", 3, 6), ("ORG", 8, 9)])}
    assert ("Bandeirantes", "led", "Roberto de Oliveira") not in facts


def test_a_support_given_by_the_complement_stays(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, APOIO, [("ORG", 4, 5), ("PER", 6, 7)])}
    assert ("Renault", "supported", "Prost") in facts


def test_the_subjects_own_command_stays(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, ASSUMIU, [("PER", 0, 1), ("ORG", 5, 6)])}
    assert ("Kirmayr", "commanded", "Exército") in facts
