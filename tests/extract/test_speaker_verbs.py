"""Two arguments the parse gives open relations that belong to no one's act (issue 20, P25d):

* a place in the lifespan bracket after a name (``Robert (Reunião, 16 de novembro de 1983) é um
  futebolista de ...``) is where the person was born, which the ``lifespan`` rule reads; hung by
  the parse on the sentence's predicate it is no subject of it
  (:func:`teia.extract.relations.gates._bracket_place`);
* a verb whose ending only the first person has (``falei``, ``sei``, ``digo``, ``fomos``) has
  the speaker for its subject, never a name a coordinated clause or the parse gave it
  (``Maria chegou e falei com Pedro`` → no ``Maria rel:falar_com Pedro``), unless the name is
  coordinated with ``eu`` or ``nós`` (:func:`teia.extract.relations.gates._speaker_verb`).

Written sentences parsed by hand (``text lemma POS dep head [morph]``, ``head`` 0-based)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents, by="modality")}


# "Robert (Reunião, 16 de novembro de 1983) é um futebolista de Vila Nova."
BRACKET = """
Robert Robert PROPN nsubj 12
( ( PUNCT punct 2
Reunião Reunião PROPN conj 0
, , PUNCT punct 4
16 16 NUM appos 0
de de ADP case 6
novembro novembro NOUN nmod 4
de de ADP case 8
1983 1983 NUM nmod 6
) ) PUNCT punct 4
é ser AUX cop 12
um um DET det 12
futebolista futebolista NOUN ROOT 12
de de ADP case 14
Vila Vila PROPN nmod 12
Nova Nova PROPN flat:name 14
. . PUNCT punct 12
"""


def test_a_place_in_a_lifespan_bracket_is_no_subject(nlp) -> None:
    found = facts(nlp, BRACKET, [("PER", 0, 1), ("LOC", 2, 3), ("LOC", 14, 16)])
    assert ("Reunião", "rel:futebolista_de", "Vila Nova") not in found
    assert ("Robert", "rel:futebolista_de", "Vila Nova") in found
    assert ("Robert", "bornIn", "Reunião") in found


# "Maria chegou e falei com Pedro."
SPEAKER = """
Maria Maria PROPN nsubj 1
chegou chegar VERB ROOT 1 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
e e CCONJ cc 3
falei falar VERB conj 1 Mood=Ind|Number=Sing|Person=1|Tense=Past|VerbForm=Fin
com com ADP case 5
Pedro Pedro PROPN obl 3
. . PUNCT punct 1
"""


def test_a_first_person_verb_takes_no_name_for_subject(nlp) -> None:
    assert ("Maria", "rel:falar_com", "Pedro") not in facts(nlp, SPEAKER, [("PER", 0, 1), ("PER", 5, 6)])


def test_a_third_person_verb_keeps_it(nlp) -> None:
    table = SPEAKER.replace("falei falar VERB conj 1 Mood=Ind|Number=Sing|Person=1", "falou falar VERB conj 1 Mood=Ind|Number=Sing|Person=3")
    assert ("Maria", "rel:falar_com", "Pedro") in facts(nlp, table, [("PER", 0, 1), ("PER", 5, 6)])


def test_a_name_coordinated_with_eu_keeps_it(nlp) -> None:
    # "Pedro e eu fomos a Lisboa."
    table = """
Pedro Pedro PROPN nsubj 3
e e CCONJ cc 2
eu eu PRON conj 0
fomos ir VERB ROOT 3 Mood=Ind|Number=Plur|Person=1|Tense=Past|VerbForm=Fin
a a ADP case 5
Lisboa Lisboa PROPN obl 3
. . PUNCT punct 3
"""
    assert ("Pedro", "rel:ir_a", "Lisboa") in facts(nlp, table, [("PER", 0, 1), ("LOC", 5, 6)])
