"""A trade or an office held in an organization, before the person's name (issue 20, P34g):
``Segundo o gerente financeiro da Telesp, Marivaldo Andriolo, a decisão será revista``.

``role-name`` (``roles.py``) reads only role nouns with a ``de`` frame of their own in the
mapping; news trades the mapping left to the wildcard title (``gerente``, ``técnico``,
``assessor``, ``pesquisador``, ``sócio``...) related the name after them to nothing, though
``X, gerente da Telesp`` gave ``affiliatedWith``. The sentences are written for this test and
parsed by hand (``text lemma POS dep head``, ``head`` 0-based) as the shipped parser analysed
such sentences (the name in apposition to the body).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "Segundo o {noun} financeiro da {body}, Marivaldo Andriolo, a decisão dificilmente será revista."
BEFORE_THE_NAME = """
Segundo segundo ADP case 2
o o DET det 2
{noun} {noun} NOUN obl 14
financeiro financeiro ADJ amod 2
da de_o ADP case 5
{body} {body} PROPN nmod 2
, , PUNCT punct 7
Marivaldo Marivaldo PROPN appos 5
Andriolo Andriolo PROPN flat:name 7
, , PUNCT punct 7
a o DET det 11
decisão decisão NOUN nsubj:pass 14
dificilmente dificilmente ADV advmod 14
será ser AUX aux:pass 14
revista rever VERB ROOT 14
. . PUNCT punct 14
"""


def facts(nlp, noun: str, body: str, body_type: str) -> set[tuple[str, str, str, str]]:
    table = BEFORE_THE_NAME.format(noun=noun, body=body)
    return table_facts(nlp, table, [(body_type, 5, 6), ("PER", 7, 9)], "trades.txt")


@pytest.mark.parametrize("noun", ["gerente", "técnico", "assessor", "pesquisadora", "sócio", "consultor", "analista"])
def test_a_trade_before_the_name_is_held_in_the_organization(nlp, noun) -> None:
    assert ("Marivaldo Andriolo", "affiliatedWith", "Telesp", "role-name") in facts(nlp, noun, "Telesp", "ORG")


def test_a_word_of_no_trade_before_the_name_relates_nothing(nlp) -> None:
    # "Segundo o balanço financeiro da Telesp, Marivaldo ...": no trade, no holder
    assert not facts(nlp, "balanço", "Telesp", "ORG")


def test_a_trade_of_a_place_is_no_affiliation(nlp) -> None:
    # "o técnico da Itália, Arrigo Sacchi": a national team the NER took for the country
    assert not any(p == "affiliatedWith" for _, p, *_ in facts(nlp, "técnico", "Itália", "LOC"))




# "Segundo o gerente {case} {part} do Bradesco, João Silva, as vendas cresceram.": the parser
# hangs the body on the noun after the role: "de recepção", a field of the role (a bare "de"), or
# "da loja", a noun with an article (the branch the manager runs)
PART = """
Segundo segundo ADP case 2
o o DET det 2
gerente gerente NOUN obl 14
{case} {lemma} ADP case 4
{part} {part} NOUN nmod 2
do de_o ADP case 6
Bradesco Bradesco PROPN nmod 4
, , PUNCT punct 8
João João PROPN appos 6
Silva Silva PROPN flat:name 8
, , PUNCT punct 8
as o DET det 12
vendas venda NOUN nsubj 14
cresceram crescer VERB ROOT 14
. . PUNCT punct 14
"""


def part_facts(nlp, case: str, lemma: str, part: str) -> set[tuple[str, str, str, str]]:
    table = PART.format(case=case, lemma=lemma, part=part)
    return table_facts(nlp, table, [("ORG", 6, 7), ("PER", 8, 10)], "fields.txt")


def test_a_body_after_a_field_of_the_role_is_the_holder_s_organization(nlp) -> None:
    # "o gerente de recepção do Transamérica, Wagner Vicente": he works there
    assert ("João Silva", "affiliatedWith", "Bradesco", "role-name") in part_facts(nlp, "de", "de", "recepção")


def test_a_body_after_a_noun_with_an_article_is_that_noun_s(nlp) -> None:
    found = part_facts(nlp, "da", "de_o", "loja")
    assert not any(rule == "role-name" for *_, rule in found)
