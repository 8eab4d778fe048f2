"""A name coordinated with an object that is the next clause's subject (issue 20, precision of
news statements, 28e).

Found on MAC-MORPHO news: ``Senna conquistou a pole e Prost ficou em segundo`` gave ``Senna
attacked Prost`` and ``Lula renegou o aborto e Quércia voltou a chamar ...`` gave ``Lula
rel:renegar Quércia``. The parser made the name a conjunct of the object and hung the next
finite verb, which has no subject of its own, on the first clause as an ``advcl`` or a
``parataxis`` instead of a ``conj``; the name is that verb's subject, not a second object.

The sentences are written for the test and parsed by hand (``text lemma POS dep head
morphology``, see :mod:`handparse`) as the trained parser parsed the ones found; each case has a
control that differs in the one thing the check reads.
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


FINITE = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"

# "Rui venceu a corrida e Ana morreu em Lisboa": "morreu" hung on "venceu" ({dep})
STRANDED = """
Rui Rui PROPN nsubj 1 Number=Sing
venceu vencer VERB ROOT 1 {finite}
a o DET det 3 _
corrida corrida NOUN obj 1 Gender=Fem|Number=Sing
e e CCONJ cc 5 _
Ana Ana PROPN conj 3 Number=Sing
{verb} {lemma} VERB {dep} 1 {morph}
em em ADP case 8 _
Lisboa Lisboa PROPN obl 6 Number=Sing
. . PUNCT punct 1 _
"""
STRANDED_ENTS = [("PER", 0, 1), ("PER", 5, 6), ("LOC", 8, 9)]


@pytest.mark.parametrize("dep", ["advcl", "parataxis", "conj"])
def test_a_name_before_a_finite_verb_without_subject_is_its_subject(nlp, dep) -> None:
    """``Rui venceu a corrida e Ana morreu em Lisboa``: Ana died in Lisbon; Rui did not beat
    her, whether the parser hung ``morreu`` as a ``conj``, an ``advcl`` or a ``parataxis``."""
    table = STRANDED.format(finite=FINITE, verb="morreu", lemma="morrer", dep=dep, morph=FINITE)
    found = statements(nlp, table, STRANDED_ENTS)
    assert ("Rui", "defeated", "Ana") not in found
    assert ("Ana", "diedIn", "Lisboa") in found


def test_a_name_before_an_infinitive_is_still_an_object(nlp) -> None:
    """Control: ``Rui venceu a corrida e Ana, para morrer em Lisboa`` (an infinitive, not a
    finite verb, after the name): the name stays a conjunct of the object."""
    table = STRANDED.format(finite=FINITE, verb="morrer", lemma="morrer", dep="advcl", morph="VerbForm=Inf")
    assert ("Rui", "defeated", "Ana") in statements(nlp, table, STRANDED_ENTS)
