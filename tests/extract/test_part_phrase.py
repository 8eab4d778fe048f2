"""``fazer parte de`` relates the subject to the noun's complement through the frames of
``parte`` (issue 20, 25e, ``teia/extract/relations/part_phrase.py``): ``O Brasil faz parte do
Mercosul``, ``a cantora que faz parte do grupo Danity Kane``.

The sentences are written for this test and parsed by hand (``text lemma POS dep head``).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


PART = """
Guimarânia Guimarânia PROPN nsubj 1
faz fazer VERB ROOT 1
parte parte NOUN obj 1
da de_a ADP case 4
Microrregião Microrregião PROPN nmod 2
de de ADP case 6
Patos Patos PROPN flat:name 4
. . PUNCT punct 1
"""

MEMBER = """
O o DET det 1
deputado deputado NOUN nsubj 10
Paulo Paulo PROPN appos 1
Lima Lima PROPN flat:name 2
, , PUNCT punct 6
que que PRON nsubj 6
fazia fazer VERB acl:relcl 1
parte parte NOUN obj 6
da de_a ADP case 9
CPI CPI PROPN nmod 7
renunciou renunciar VERB ROOT 10
. . PUNCT punct 10
"""


def test_a_place_that_makes_part_of_another_is_part_of_it(nlp) -> None:
    found = table_facts(nlp, PART, [("LOC", 0, 1), ("LOC", 4, 7)])
    assert ("Guimarânia", "partOf", "Microrregião de Patos", "part-phrase") in found


def test_a_person_who_makes_part_of_an_organization_is_a_member(nlp) -> None:
    found = table_facts(nlp, MEMBER, [("PER", 2, 4), ("ORG", 9, 10)])
    assert ("Paulo Lima", "memberOf", "CPI", "part-phrase") in found


def test_a_part_with_an_article_or_another_verb_relates_nothing(nlp) -> None:
    # "fez a parte de Hamlet": a role played; "tem parte" is no verb of part_verbs
    played = PART.replace("parte parte NOUN obj 1", "a o DET det 3\nparte parte NOUN obj 1").replace(
        "da de_a ADP case 4\nMicrorregião Microrregião PROPN nmod 2\nde de ADP case 6\nPatos Patos PROPN flat:name 4\n. . PUNCT punct 1",
        "da de_a ADP case 5\nMicrorregião Microrregião PROPN nmod 3\nde de ADP case 7\nPatos Patos PROPN flat:name 5\n. . PUNCT punct 1",
    )
    assert not table_facts(nlp, played, [("LOC", 0, 1), ("LOC", 5, 8)])
    other = PART.replace("faz fazer VERB", "tem ter VERB")
    assert not [f for f in table_facts(nlp, other, [("LOC", 0, 1), ("LOC", 4, 7)]) if f[1] == "partOf"]
