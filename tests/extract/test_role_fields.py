"""A role's field is not its body (issue 20, P20b): ``catedrático de Língua Portuguesa do Colégio
Militar``, ``professora de Matemática da Universidade de Coimbra`` relate the person to the
organization after the field, and a field alone (``professor de Física``) is no affiliation
(:func:`teia.extract.relations.nominal._a_field`). Written sentences parsed by hand (``text
lemma POS dep head``, ``head`` 0-based), as the parser reads them."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


# "Carlos Lopes, catedrático de Língua Portuguesa do Colégio Militar, morreu."
CHAIR = """
Carlos Carlos PROPN nsubj 11
Lopes Lopes PROPN flat:name 0
, , PUNCT punct 3
catedrático catedrático NOUN appos 0
de de ADP case 5
Língua Língua PROPN nmod 3
Portuguesa Portuguesa PROPN flat:name 5
do de_o ADP case 8
Colégio Colégio PROPN nmod 5
Militar Militar PROPN flat:name 8
, , PUNCT punct 3
morreu morrer VERB ROOT 11
. . PUNCT punct 11
"""


def test_the_role_goes_to_the_body_after_the_field(nlp) -> None:
    # the NER typed the field an organization: the bare "de" and the body after it tell
    found = facts(nlp, CHAIR, [("PER", 0, 2), ("ORG", 5, 7), ("ORG", 8, 10)])
    assert ("Carlos Lopes", "affiliatedWith", "Colégio Militar") in found
    assert not any(o == "Língua Portuguesa" for _, _, o in found)


# "Ana Costa foi professora de Matemática da Universidade de Coimbra."
TEACHER = """
Ana Ana PROPN nsubj 3
Costa Costa PROPN flat:name 0
foi ser AUX cop 3
professora professor NOUN ROOT 3
de de ADP case 5
Matemática Matemática PROPN nmod 3
da de_o ADP case 7
Universidade Universidade PROPN nmod 5
de de ADP case 9
Coimbra Coimbra PROPN flat:name 7
. . PUNCT punct 3
"""


def test_a_concept_field_gives_way_to_its_body(nlp) -> None:
    found = facts(nlp, TEACHER, [("PER", 0, 2), ("CONCEPT", 5, 6), ("ORG", 7, 10)])
    assert ("Ana Costa", "affiliatedWith", "Universidade de Coimbra") in found
    assert not any(o == "Matemática" for _, _, o in found)


# "Rui Alves é professor de Física."
PHYSICS = """
Rui Rui PROPN nsubj 3
Alves Alves PROPN flat:name 0
é ser AUX cop 3
professor professor NOUN ROOT 3
de de ADP case 5
Física Física PROPN nmod 3
. . PUNCT punct 3
"""


def test_a_field_alone_is_no_affiliation(nlp) -> None:
    found = facts(nlp, PHYSICS, [("PER", 0, 2), ("CONCEPT", 5, 6)])
    assert not any(o == "Física" for _, _, o in found)


# "Rui Alves é professor da USP.": a body after "da" stays the object
USP = """
Rui Rui PROPN nsubj 3
Alves Alves PROPN flat:name 0
é ser AUX cop 3
professor professor NOUN ROOT 3
da de_o ADP case 5
USP USP PROPN nmod 3
. . PUNCT punct 3
"""


def test_a_body_after_an_article_stays(nlp) -> None:
    assert ("Rui Alves", "affiliatedWith", "USP") in facts(nlp, USP, [("PER", 0, 2), ("ORG", 5, 6)])


# A role qualified by an adjective of its area is an officer of the body, not its head, and a
# former holder holds nothing now (issue 20, P60m: units.json's area_adjectives, nominal.noun_relations).

# "Rui Melo, diretor financeiro da Sadia, saiu."
AREA = """
Rui Rui PROPN nsubj 8
Melo Melo PROPN flat:name 0
, , PUNCT punct 3
diretor diretor NOUN appos 0
financeiro financeiro ADJ amod 3
da de_o ADP case 6
Sadia Sadia PROPN nmod 3
, , PUNCT punct 3
saiu sair VERB ROOT 8
. . PUNCT punct 8
"""

# the control: "Rui Melo, diretor da Sadia, saiu."
PLAIN = """
Rui Rui PROPN nsubj 7
Melo Melo PROPN flat:name 0
, , PUNCT punct 3
diretor diretor NOUN appos 0
da de_o ADP case 5
Sadia Sadia PROPN nmod 3
, , PUNCT punct 3
saiu sair VERB ROOT 7
. . PUNCT punct 7
"""

# "Rui Melo, diretor geral da Sadia, saiu.": an adjective of no area keeps the head
GENERAL = AREA.replace("financeiro financeiro", "geral geral")


def test_an_area_director_is_an_officer(nlp) -> None:
    found = facts(nlp, AREA, [("PER", 0, 2), ("ORG", 6, 7)])
    assert ("Rui Melo", "affiliatedWith", "Sadia") in found
    assert ("Rui Melo", "led", "Sadia") not in found


def test_a_plain_or_general_director_leads(nlp) -> None:
    assert ("Rui Melo", "led", "Sadia") in facts(nlp, PLAIN, [("PER", 0, 2), ("ORG", 5, 6)])
    found = facts(nlp, GENERAL, [("PER", 0, 2), ("ORG", 6, 7)])
    assert ("Rui Melo", "led", "Sadia") in found
    assert ("Rui Melo", "affiliatedWith", "Sadia") not in found


# "Rui Melo, ex-diretor da Sadia, saiu.": a former holder
FORMER = PLAIN.replace("diretor diretor", "ex-diretor ex-diretor")


def test_a_former_holder_holds_nothing_now(nlp) -> None:
    found = facts(nlp, FORMER, [("PER", 0, 2), ("ORG", 5, 6)])
    assert not any(p in ("led", "affiliatedWith", "keyPersonOf") for _, p, _ in found)
    assert ("Rui Melo", "rel:ex_diretor_de", "Sadia") in found
