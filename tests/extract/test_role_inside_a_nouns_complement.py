"""A name in the ``de`` complement of a person's role is the role's unit, not the complement of
the noun the role hangs on under another preposition (issue 20, P39b): in ``A mineira Contagem é
outra grande concentração eleitoral, com prefeito do PSDB`` (Bosque dev) the copula's noun read
through ``prefeito`` to the PSDB and gave ``Contagem rel:concentração_com PSDB``. A complement that
is no role is still read through (``candidato ao governo do Estado``: the state), and so is a
role under ``de``. Parsed by hand as the shipped parser does."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


CONTAGEM = """
A o DET det 1
mineira mineira NOUN amod 2
Contagem Contagem PROPN nsubj 6
é ser AUX cop 6
outra outro DET det 6
grande grande ADJ amod 6
concentração concentração NOUN ROOT 6
eleitoral eleitoral ADJ amod 6
, , PUNCT punct 10
com com ADP case 10
{noun} {noun} NOUN nmod 6
do de_o ADP case 12
PSDB PSDB PROPN nmod 10
. . PUNCT punct 6
"""

CONTAGEM_ENTS = [("LOC", 2, 3), ("ORG", 12, 13)]


def test_a_role_under_com_keeps_its_unit(nlp) -> None:
    facts = table_facts(nlp, CONTAGEM.format(noun="prefeito"), CONTAGEM_ENTS)
    assert not any(s == "Contagem" and o == "PSDB" for s, _, o, _ in facts), facts


def test_a_noun_that_is_no_role_is_read_through(nlp) -> None:
    # "com apoio do PSDB": the support is the PSDB's, the noun's complement
    facts = table_facts(nlp, CONTAGEM.format(noun="apoio"), CONTAGEM_ENTS)
    assert any(s == "Contagem" and o == "PSDB" for s, _, o, _ in facts), facts


CARRILHO = """
Carrilho Carrilho PROPN nsubj 1
acrescentou acrescentar VERB ROOT 1
alguns algum DET det 3
ataques ataque NOUN obj 1
ao a_o ADP case 5
{noun} {noun} NOUN nmod 3
do de_o ADP case 7
PSD PSD PROPN nmod 5
. . PUNCT punct 1
"""

CARRILHO_ENTS = [("PER", 0, 1), ("ORG", 7, 8)]


def test_attacks_on_a_partys_leader_are_not_on_the_party(nlp) -> None:
    facts = table_facts(nlp, CARRILHO.format(noun="líder"), CARRILHO_ENTS)
    assert not any(o == "PSD" for _, _, o, _ in facts), facts
    # a noun that is no role is read through: "ataques ao governo do PSD" are on the party's government
    facts = table_facts(nlp, CARRILHO.format(noun="governo"), CARRILHO_ENTS)
    assert any(s == "Carrilho" and o == "PSD" for s, _, o, _ in facts), facts
