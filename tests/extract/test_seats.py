"""An organization's seat said with ``com sede em`` (issue 20, eleventh pass).

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, "seats.txt")


ON_THE_NAME = """
a o DET det 1
Gerdau Gerdau PROPN nsubj 8
, , PUNCT punct 4
com com ADP case 4
sede sede NOUN nmod 1
em em ADP case 6
Porto Porto PROPN nmod 4
Alegre Alegre PROPN flat:name 6
comprou comprar VERB ROOT 8
a o DET det 10
usina usina NOUN obj 8
. . PUNCT punct 8
"""

ON_THE_PREDICATE = """
a o DET det 1
TV TV PROPN nsubj 5
Urbana Urbana PROPN flat:name 1
é ser AUX cop 5
uma um DET det 5
emissora emissora NOUN ROOT 5
de de ADP case 7
televisão televisão NOUN nmod 5
com com ADP case 9
sede sede NOUN nmod 7
em em ADP case 11
Canoas Canoas PROPN nmod 9
. . PUNCT punct 5
"""

HAS_A_SEAT = """
a o DET det 1
Federação Federação PROPN nsubj 8
Nacional Nacional PROPN flat:name 1
, , PUNCT punct 5
que que PRON nsubj 5
tem ter VERB acl:relcl 1
sede sede NOUN obj 5
em em ADP case 8
Recife Recife PROPN nmod 6
votou votar VERB ROOT 9
. . PUNCT punct 9
"""

ON_ANOTHER_VERB = """
a o DET det 1
Gerdau Gerdau PROPN nsubj 2
abriu abrir VERB ROOT 2
uma um DET det 4
filial filial NOUN obj 2
com com ADP case 6
sede sede NOUN obl 2
em em ADP case 8
Recife Recife PROPN nmod 6
. . PUNCT punct 2
"""


def test_a_seat_on_the_name_on_the_predicate_noun_and_with_ter(nlp) -> None:
    assert facts(nlp, ON_THE_NAME, [("ORG", 1, 2), ("LOC", 6, 8)]) == {("Gerdau", "headquarteredIn", "Porto Alegre", "seat-with")}
    assert ("TV Urbana", "headquarteredIn", "Canoas", "seat-with") in facts(nlp, ON_THE_PREDICATE, [("ORG", 1, 3), ("LOC", 11, 12)])
    assert ("Federação Nacional", "headquarteredIn", "Recife", "seat-with") in facts(nlp, HAS_A_SEAT, [("ORG", 1, 3), ("LOC", 8, 9)])


def test_no_seat_through_another_verb_or_for_a_person(nlp) -> None:
    # "abriu uma filial com sede em Recife": the branch's seat, not the company's
    assert not any(r == "seat-with" for *_, r in facts(nlp, ON_ANOTHER_VERB, [("ORG", 1, 2), ("LOC", 8, 9)]))
    # a person has no seat
    assert facts(nlp, ON_THE_NAME, [("PER", 1, 2), ("LOC", 6, 8)]) == set()


# "A Petrobras, com sede no Rio, anunciou lucros.": the parser hung the phrase on the verb
ON_THE_VERB = """
a o DET det 1
Petrobras Petrobras PROPN nsubj 9
, , PUNCT punct 4
com com ADP case 4
sede sede NOUN obl 9
em em ADP case 7
o o DET det 7
Rio Rio PROPN nmod 4
, , PUNCT punct 4
anunciou anunciar VERB ROOT 9
lucros lucro NOUN obj 9
. . PUNCT punct 9
"""

# "A Rádio Gaúcha é uma rádio brasileira com sede em Canoas.": on the predicate noun's adjective
ON_THE_ADJECTIVE = """
a o DET det 1
Rádio Rádio PROPN nsubj 5
Gaúcha Gaúcha PROPN flat:name 1
é ser AUX cop 5
uma um DET det 5
rádio rádio NOUN ROOT 5
brasileira brasileiro ADJ amod 5
com com ADP case 8
sede sede NOUN obl 6
em em ADP case 10
Canoas Canoas PROPN nmod 8
. . PUNCT punct 5
"""


def test_a_seat_set_off_after_the_subject_or_on_the_predicate_adjective(nlp) -> None:
    assert facts(nlp, ON_THE_VERB, [("ORG", 1, 2), ("LOC", 7, 8)]) == {("Petrobras", "headquarteredIn", "Rio", "seat-with")}
    assert ("Rádio Gaúcha", "headquarteredIn", "Canoas", "seat-with") in facts(nlp, ON_THE_ADJECTIVE, [("ORG", 1, 3), ("LOC", 10, 11)])
    # not set off by commas right after the subject: "A Gerdau abriu uma filial com sede em Recife"
    assert not any(r == "seat-with" for *_, r in facts(nlp, ON_ANOTHER_VERB, [("ORG", 1, 2), ("LOC", 8, 9)]))
