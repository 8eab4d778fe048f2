"""A role without an article set after a person's name across a comma is that person's (issue 20,
P37a): in ``Guy Spitaels, ministro-presidente da Valónia, Guy Coeme, ministro da Defesa, e Guy
Mathot, ministro regional`` the parser hung ``ministro da Defesa`` on Spitaels, which gave
``Guy Spitaels memberOf Ministério da Defesa``, and the role rule read ``ministro-presidente da
Valónia, Guy Coeme`` as Coeme's role (``Guy Coeme affiliatedWith Valónia``). A role with an
article goes with the name after it (``o director do Teatro Nacional, Ricardo Pais, a responsável
do Teatro Rivoli, Isabel Alves Costa``). Parsed by hand as the shipped parser does."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "ministro da Defesa" (12) hung on Spitaels (1), as the shipped parser did in a longer sentence
GUYS = """
Guy Guy PROPN nsubj 22
Spitaels Spitaels PROPN flat:name 0
, , PUNCT punct 3
ministro-presidente ministro-presidente NOUN appos 0
da de_o ADP case 5
Valónia Valónia PROPN nmod 3
, , PUNCT punct 7
Guy Guy PROPN conj 0
Coeme Coeme PROPN flat:name 7
, , PUNCT punct 10
ministro ministro NOUN appos 0
da de_o ADP case 12
Defesa defesa NOUN nmod 10
, , PUNCT punct 16
e e CCONJ cc 16
Guy Guy PROPN conj 0
Mathot Mathot PROPN flat:name 16
, , PUNCT punct 19
ministro ministro NOUN appos 16
regional regional ADJ amod 19
, , PUNCT punct 19
foram ser AUX aux:pass 22
forçados forçar VERB ROOT 22
. . PUNCT punct 22
"""

GUYS_ENTS = [("PER", 0, 2), ("ORG", 5, 6), ("PER", 7, 9), ("PER", 16, 18)]


def test_a_bare_role_after_a_name_is_that_names(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, GUYS, GUYS_ENTS)}
    assert ("Guy Coeme", "memberOf", "Ministério da Defesa") in facts
    assert ("Guy Spitaels", "affiliatedWith", "Valónia") in facts
    assert not any(s == "Guy Spitaels" and o == "Ministério da Defesa" for s, _, o in facts)
    assert not any(s == "Guy Coeme" and o == "Valónia" for s, _, o in facts)


# a role with its article between two names goes with the name after it
TEATROS = """
O o DET det 1
ministro ministro NOUN nsubj 2
recebeu receber VERB ROOT 2
o o DET det 4
director director NOUN obj 2
do de_o ADP case 6
Teatro teatro PROPN nmod 4
Nacional nacional PROPN amod 6
, , PUNCT punct 9
Ricardo Ricardo PROPN appos 4
Pais Pais PROPN flat:name 9
, , PUNCT punct 9
a o DET det 13
responsável responsável NOUN obj 2
do de_o ADP case 15
Teatro Teatro PROPN nmod 13
Rivoli Rivoli PROPN flat:name 15
, , PUNCT punct 18
Isabel Isabel PROPN appos 13
Alves Alves PROPN flat:name 18
Costa Costa PROPN flat:name 18
. . PUNCT punct 2
"""

TEATROS_ENTS = [("ORG", 6, 8), ("PER", 9, 11), ("ORG", 15, 17), ("PER", 18, 21)]


def test_a_role_with_its_article_goes_with_the_name_after_it(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, TEATROS, TEATROS_ENTS)}
    assert ("Ricardo Pais", "led", "Teatro Nacional") in facts
    assert ("Isabel Alves Costa", "affiliatedWith", "Teatro Rivoli") in facts
    assert not any(s == "Ricardo Pais" and o == "Teatro Rivoli" for s, _, o in facts)
