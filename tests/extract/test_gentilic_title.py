"""A gentilic the parser reads as the noun a name is set beside says where the name is from, and
relates it to nothing (issue 20, P32e): ``o belga Thierry Stump, em Itapevi`` gave ``Thierry Stump
rel:belga_em Itapevi``, ``o holandês " Belle " (1992), da diretora Irma Achten`` gave ``Belle
rel:holandês_de Irma Achten``; the nationality stays (the demonym rule's), and a common noun in the
same place keeps its open relation. Parsed by hand as the shipped parser does."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _sentence(noun: str) -> str:
    return f"""
O o DET det 1
{noun} {noun} NOUN nsubj 8
Thierry Thierry PROPN appos 1
Stump Stump PROPN flat:name 2
, , PUNCT punct 6
em em ADP case 6
Itapevi Itapevi PROPN nmod 1
, , PUNCT punct 6
construiu construir VERB ROOT 8
o o DET det 10
barco barco NOUN obj 8
. . PUNCT punct 8
"""


ENTS = [("PER", 2, 4), ("LOC", 6, 7)]


def test_a_gentilic_before_a_name_relates_it_to_nothing(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, _sentence("belga"), ENTS)}
    assert not any(p.startswith("rel:belga") for _, p, _ in facts)


def test_a_common_noun_before_a_name_keeps_its_open_relation(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, _sentence("sócio"), ENTS)}
    assert ("Thierry Stump", "rel:sócio_em", "Itapevi") in facts
