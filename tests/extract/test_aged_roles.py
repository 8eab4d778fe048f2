"""A person's age between the name and the role (issue 20, P34g, ``aged_roles.py``): ``Segundo
José Soares, 43, diretor da Procolor, a estação oferece...``, ``disse a doméstica Dora Carneiro,
37, mãe de Célia Regina``.

The sentences are written for this test and parsed by hand (``text lemma POS dep head``,
``head`` 0-based) as the shipped parser analysed such sentences: the age hung on the name, the
role on the clause's verb or on the title word before the name.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "Segundo José Soares, 43, {noun} da {body}, a estação oferece dois tipos."
ATTRIBUTED = """
Segundo segundo ADP case 1
José José PROPN obl 12
Soares Soares PROPN flat:name 1
, , PUNCT punct 4
43 43 NUM parataxis 1
, , PUNCT punct 4
{noun} {noun} NOUN obl 12
{case} {case} ADP case 8
{body} {body} PROPN nmod 6
, , PUNCT punct 6
a o DET det 11
estação estação NOUN nsubj 12
oferece oferecer VERB ROOT 12
. . PUNCT punct 12
"""


def attributed(nlp, noun: str, case: str, body: str, body_type: str, name_type: str = "PER"):
    table = ATTRIBUTED.format(noun=noun, case=case, body=body)
    return table_facts(nlp, table, [(name_type, 1, 3), (body_type, 8, 9)], "aged.txt")


def test_a_role_after_the_age_is_the_person_s(nlp) -> None:
    assert ("José Soares", "led", "Procolor", "role-age") in attributed(nlp, "diretor", "da", "Procolor", "ORG")


def test_a_role_in_another_person_is_none(nlp) -> None:
    # "professor de Pedro": a teacher's field or pupil the NER took for a person, no affiliation
    found = attributed(nlp, "professor", "de", "Pedro", "PER")
    assert not any(rule == "role-age" for *_, rule in found)


def test_a_place_before_the_number_holds_no_role(nlp) -> None:
    found = attributed(nlp, "diretor", "da", "Procolor", "ORG", name_type="LOC")
    assert not any(rule == "role-age" for *_, rule in found)


# "disse a doméstica Dora Carneiro, 37, mãe de Célia Regina."
KIN = """
disse dizer VERB ROOT 0
a o DET det 2
doméstica doméstica NOUN nsubj 0
Dora Dora PROPN appos 2
Carneiro Carneiro PROPN flat:name 3
, , PUNCT punct 6
37 37 NUM parataxis 2
, , PUNCT punct 6
mãe mãe NOUN appos 2
de de ADP case 10
Célia Célia PROPN nmod 8
Regina Regina PROPN flat:name 10
. . PUNCT punct 0
"""


def test_kin_after_the_age_relates_the_two(nlp) -> None:
    found = table_facts(nlp, KIN, [("PER", 3, 5), ("PER", 10, 12)], "aged.txt")
    assert ("Dora Carneiro", "relativeOf", "Célia Regina", "role-age") in found
