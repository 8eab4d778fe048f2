"""Statements of a noun in apposition to a name and of a bracket after one that news misreads
(issue 20, P59i): an open relation of the noun through another preposition than ``de`` or
``em`` (``a modelo Ana Sousa com Vila Lua``: no ``rel:modelo_com``), a role held in a department
the text names with a capital (``o diretor de Normas do Banco Aurora``: works for the bank, does
not lead it), a word of an acronym's spelling out that the NER took for a place (``a Cagel (Companhia de Águas de
Gelo)``, the whole bracket typed a place), and a state's code after a town named like a country
(``de Montenegro (RS)``: the town is in the state).
Written sentences parsed by hand (``text lemma POS dep head morphology``, see :mod:`handparse`);
each case has a control that differs in the one thing the check reads."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.extract.relations.nesting import in_expansion


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


# "O diretor de Normas do Banco Aurora, Rui Matos, falou."
PART = """
O o DET det 1 _
diretor diretor NOUN nsubj 11 _
de de ADP case 3 _
Normas norma NOUN nmod 1 _
do de_o ADP case 5 _
Banco Banco PROPN nmod 3 _
Aurora Aurora PROPN flat:name 5 _
, , PUNCT punct 8 _
Rui Rui PROPN appos 1 _
Matos Matos PROPN flat:name 8 _
, , PUNCT punct 8 _
falou falar VERB ROOT 11 _
. . PUNCT punct 11 _
"""


def test_a_role_in_a_capitalized_department_is_no_head_of_its_owner(nlp) -> None:
    ents = [("ORG", 5, 7), ("PER", 8, 10)]
    assert ("Rui Matos", "affiliatedWith", "Banco Aurora") in facts(nlp, PART, ents)
    assert ("Rui Matos", "led", "Banco Aurora") not in facts(nlp, PART, ents)
    # "Normas" a name the NER found: no unnamed part between the role and the bank
    named = facts(nlp, PART, [("ORG", 3, 4), *ents])
    assert ("Rui Matos", "affiliatedWith", "Banco Aurora") not in named


# "O diretor de Arrecadação Fiscal do Instituto Prata, Rui Matos, falou.": the parser hangs the
# department and the organization side by side on the role
SIBLING = """
O o DET det 1 _
diretor diretor NOUN nsubj 12 _
de de ADP case 3 _
{part} {part} PROPN nmod 1 _
Fiscal Fiscal PROPN flat:name 3 _
do de_o ADP case 6 _
Instituto Instituto PROPN nmod 1 _
Prata Prata PROPN flat:name 6 _
, , PUNCT punct 9 _
Rui Rui PROPN appos 1 _
Matos Matos PROPN flat:name 9 _
, , PUNCT punct 9 _
falou falar VERB ROOT 12 _
. . PUNCT punct 12 _
"""


def test_a_department_beside_the_organization_makes_the_role_an_affiliation(nlp) -> None:
    ents = [("ORG", 6, 8), ("PER", 9, 11)]
    found = facts(nlp, SIBLING.format(part="Arrecadação"), ents)
    assert ("Rui Matos", "affiliatedWith", "Instituto Prata") in found
    assert ("Rui Matos", "led", "Instituto Prata") not in found
    # the same department a name the NER found: the role is the organization's own
    named = facts(nlp, SIBLING.format(part="Arrecadação"), [("ORG", 3, 5), *ents])
    assert ("Rui Matos", "affiliatedWith", "Instituto Prata") not in named


# "Encontrei a modelo Ana Sousa com Vila Lua." / "... em Paris Norte." / "... da Agência Lua."
MODEL = """
Encontrei encontrar VERB ROOT 0 _
a o DET det 2 _
modelo modelo NOUN obj 0 _
Ana Ana PROPN appos 2 _
Sousa Sousa PROPN flat:name 3 _
{prep} {prep_lemma} ADP case 6 _
{place} {place} PROPN nmod 2 _
{place2} {place2} PROPN flat:name 6 _
. . PUNCT punct 0 _
"""


def test_an_open_relation_of_an_apposed_noun_needs_de_or_em(nlp) -> None:
    # "com Vila Lua": where (or whom) she met with, no relation of the model
    with_ = MODEL.format(prep="com", prep_lemma="com", place="Vila", place2="Lua")
    assert not any(p.startswith("rel:modelo") for _, p, _ in facts(nlp, with_, [("PER", 3, 5), ("LOC", 6, 8)]))
    # "em Paris Norte": where she works stays an open relation (P58c's role held in a place)
    at = MODEL.format(prep="em", prep_lemma="em", place="Paris", place2="Norte")
    assert ("Ana Sousa", "rel:modelo_em", "Paris Norte") in facts(nlp, at, [("PER", 3, 5), ("LOC", 6, 8)])
    # "da Agência Lua": the organization the model works for stays (the mapping types it)
    of = MODEL.format(prep="da", prep_lemma="de_o", place="Agência", place2="Lua")
    assert ("Ana Sousa", "affiliatedWith", "Agência Lua") in facts(nlp, of, [("PER", 3, 5), ("ORG", 6, 8)])


# "Segundo a Cagel (Companhia de Águas de Gelo), não falta água."
EXPANSION = """
Segundo segundo ADP case 2 _
a o DET det 2 _
{name} {name} PROPN obl 12 _
( ( PUNCT punct 4 _
Companhia Companhia PROPN appos 2 _
de de ADP case 6 _
Águas Águas PROPN nmod 4 _
de de ADP case 8 _
Gelo Gelo PROPN nmod 6 _
) ) PUNCT punct 4 _
, , PUNCT punct 2 _
não não ADV advmod 12 _
falta faltar VERB ROOT 12 _
água água NOUN nsubj 12 _
. . PUNCT punct 12 _
"""


def test_a_word_of_an_acronyms_spelling_out_is_no_place_of_it(nlp) -> None:
    # the NER took the whole spelling out for a place
    ents = [("ORG", 2, 3), ("LOC", 4, 9)]
    assert facts(nlp, EXPANSION.format(name="Cagel"), ents) == set()
    # a name the bracket does not spell out: the place in the bracket is its seat, as before
    found = facts(nlp, EXPANSION.format(name="Mariposa"), ents)
    assert found == {("Mariposa", "headquarteredIn", "Companhia de Águas de Gelo")}


def test_in_expansion_reads_the_spelling_out_up_to_its_comma() -> None:
    text = "o Secovi (Sindicato das Empresas de Compra Venda Locação e Imóveis, de São Paulo)"
    name = (text.index("Secovi"), text.index("Secovi") + len("Secovi"))
    close = text.index(")")
    inside = (text.index("Imóveis"), text.index("Imóveis") + len("Imóveis"))
    after = (text.index("São Paulo"), text.index("São Paulo") + len("São Paulo"))
    assert in_expansion(text, name, inside, close)
    assert not in_expansion(text, name, after, close)


# "O frango foi criado pela Frangosul, de Montenegro (RS)."
TOWN_AND_STATE = """
O o DET det 1 _
frango frango NOUN nsubj:pass 3 _
foi ser AUX aux:pass 3 _
criado criar VERB ROOT 3 _
pela por_a ADP case 5 _
Frangosul Frangosul PROPN obl:agent 3 _
, , PUNCT punct 8 _
de de ADP case 8 _
{town} {town} PROPN nmod 5 _
( ( PUNCT punct 10 _
{state} {state} PROPN parataxis 8 _
) ) PUNCT punct 10 _
. . PUNCT punct 3 _
"""


def test_a_state_code_after_a_town_named_as_a_country_holds_the_town(nlp) -> None:
    ents = [("ORG", 5, 6), ("LOC", 8, 9), ("LOC", 10, 11)]
    found = facts(nlp, TOWN_AND_STATE.format(town="Montenegro", state="RS"), ents)
    assert ("Montenegro", "partOf", "RS") in found
    assert ("RS", "partOf", "Montenegro") not in found
    # a country and a town after it keep the country's order: the town is in the country
    found = facts(nlp, TOWN_AND_STATE.format(town="Montenegro", state="Podgorica"), ents)
    assert ("Podgorica", "partOf", "Montenegro") in found
