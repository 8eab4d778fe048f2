"""A line of dialogue opened by a dash (issue 20, P24b; :mod:`teia.extract.relations.dialogue`):
the name spoken to and the narrator's tag after the speech are no arguments of a fact. Written
sentences parsed by hand as the shipped parser parses them (``text lemma POS dep head``,
``head`` 0-based)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc, table_facts

from teia.extract.relations.dialogue import vocative
from teia.extract.relations.found import Arg


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


# "— Leandrinho, anda ao Jardim Botânico." (the parser: Leandrinho nsubj of anda)
VOCATIVE = """
— — PUNCT punct 1
Leandrinho Leandrinho PROPN nsubj 3
, , PUNCT punct 1
anda andar VERB ROOT 3
ao a ADP case 5
Jardim Jardim PROPN obl 3
Botânico Botânico PROPN flat:name 5
. . PUNCT punct 3
"""


def test_the_name_spoken_to_is_no_subject(nlp) -> None:
    ents = [("PER", 1, 2), ("LOC", 5, 7)]
    assert facts(nlp, VOCATIVE, ents) == set()
    # without the comma the name is the clause's subject: "— Leandrinho anda ao Jardim Botânico."
    rows = """
— — PUNCT punct 1
Leandrinho Leandrinho PROPN nsubj 2
anda andar VERB ROOT 2
ao a ADP case 4
Jardim Jardim PROPN obl 2
Botânico Botânico PROPN flat:name 4
. . PUNCT punct 2
"""
    assert facts(nlp, rows, [("PER", 1, 2), ("LOC", 4, 6)]) == {("Leandrinho", "rel:andar_a", "Jardim Botânico")}
    # nor is a name opening a sentence with no dash a vocative: "Leandrinho, de volta, anda ao Jardim Botânico."
    narrated = """
Leandrinho Leandrinho PROPN nsubj 5
, , PUNCT punct 3
de de ADP case 3
volta volta NOUN obl 5
, , PUNCT punct 3
anda andar VERB ROOT 5
ao a ADP case 7
Jardim Jardim PROPN obl 5
Botânico Botânico PROPN flat:name 7
. . PUNCT punct 5
"""
    assert facts(nlp, narrated, [("PER", 0, 1), ("LOC", 7, 9)]) == {("Leandrinho", "rel:andar_a", "Jardim Botânico")}


# "— Mess Lethierry, a pena de morte é ordenada por Deus." (the parser: the name nsubj:pass)
ADDRESSED = """
— — PUNCT punct 1
Mess Mess PROPN nsubj:pass 9
Lethierry Lethierry PROPN flat:name 1
, , PUNCT punct 1
a o DET det 5
pena pena NOUN nsubj:pass 9
de de ADP case 7
morte morte NOUN nmod 5
é ser AUX aux:pass 9
ordenada ordenar VERB ROOT 9
por por ADP case 11
Deus Deus PROPN obl:agent 9
. . PUNCT punct 9
"""


def test_the_name_spoken_to_is_no_object_of_a_passive(nlp) -> None:
    assert facts(nlp, ADDRESSED, [("PER", 1, 3), ("PER", 11, 12)]) == set()


# "— Vá jantar comigo, em Santa Teresa, disse o Palha." (the dash a sentence of its own, the
# place hung on the tag)
TAG = """
— — PUNCT ROOT 0
Vá ir AUX aux 2
jantar jantar VERB advcl 9
comigo comigo ADV advmod 2
, , PUNCT punct 6
em em ADP case 6
Santa Santa PROPN obl 9
Teresa Teresa PROPN flat:name 6
, , PUNCT punct 6
disse dizer VERB ROOT 9
o o DET det 11
Palha Palha PROPN nsubj 9
. . PUNCT punct 9
"""

# "— Triste, sim, triste, concordou João das Mercês." (the parser: Triste nsubj, the speaker obj)
AGREED = """
— — PUNCT punct 1
Triste Triste NOUN nsubj 7
, , PUNCT punct 3
sim sim ADV advmod 5
, , PUNCT punct 3
triste triste ADJ amod 1
, , PUNCT punct 1
concordou concordar VERB ROOT 7
João João PROPN obj 7
das de_o ADP case 10
Mercês Mercês PROPN nmod 8
. . PUNCT punct 7
"""


def test_a_name_of_the_speech_is_no_argument_of_the_narrators_tag(nlp) -> None:
    assert facts(nlp, TAG, [("LOC", 6, 8), ("PER", 11, 12)]) == set()
    assert facts(nlp, AGREED, [("PER", 1, 2), ("PER", 8, 11)]) == set()
    # the same words narrated, no dash: "Em Santa Teresa, disse o Palha." keeps its place
    narrated = """
Em em ADP case 1
Santa Santa PROPN obl 4
Teresa Teresa PROPN flat:name 1
, , PUNCT punct 1
disse dizer VERB ROOT 4
o o DET det 6
Palha Palha PROPN nsubj 4
. . PUNCT punct 4
"""
    assert facts(nlp, narrated, [("LOC", 1, 3), ("PER", 6, 7)]) == {("Palha", "rel:dizer_em", "Santa Teresa")}


# "— Matias, o leiloeiro que passava pela Rua de São José, escorregou." (an apposition between
# two commas: Matias is who slipped, not the one spoken to)
APPOSED = """
— — PUNCT punct 1
Matias Matias PROPN nsubj 14
, , PUNCT punct 1
o o DET det 4
leiloeiro leiloeiro NOUN nsubj 14
que que PRON obj 6
passava passar VERB acl:relcl 4
ontem ontem ADV advmod 6
pela por_o ADP case 9
Rua Rua PROPN obl 6
de de ADP case 11
São São PROPN nmod 9
José José PROPN flat:name 11
, , PUNCT punct 6
escorregou escorregar VERB ROOT 14
. . PUNCT punct 14
"""


def test_a_name_with_an_apposition_is_no_vocative(nlp) -> None:
    doc = table_doc(nlp, APPOSED, [("PER", 1, 2), ("LOC", 9, 13)], "novel.txt", run=False)
    sent = next(iter(doc.sents))
    assert not vocative(Arg("e0", doc[1].idx, doc[1].idx + len("Matias"), doc[1]), sent)
    doc = table_doc(nlp, VOCATIVE, [("PER", 1, 2), ("LOC", 5, 7)], "novel.txt", run=False)
    assert vocative(Arg("e0", doc[1].idx, doc[1].idx + len("Leandrinho"), doc[1]), next(iter(doc.sents)))
