"""Statements the parse of a predicate noun hid (issue 20, P50d): an adjective's complement hung
beside it on the noun, ``um ator brasileiro natural de Belo Horizonte`` (``bornIn``, and no
``rel:ator_de`` nor a player's team); a participle's ``a`` phrase the parser labelled its agent,
``um político filiado ao Partido X`` (the person ``memberOf`` the party, not the party
filiating the person); ``afiliada à Rede Globo`` (``affiliatedWith``)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def test_natural_hung_beside_its_place_on_the_predicate_noun(nlp) -> None:
    # "Javert Monteiro é um ator brasileiro natural de Belo Horizonte."
    table = """
Javert Javert PROPN nsubj 4
Monteiro Monteiro PROPN flat:name 0
é ser AUX cop 4
um um DET det 4
ator ator NOUN ROOT 4
brasileiro brasileiro ADJ amod 4
natural natural ADJ amod 4
de de ADP case 8
Belo Belo PROPN nmod 4
Horizonte Horizonte PROPN flat:name 8
. . PUNCT punct 4
"""
    found = table_facts(nlp, table, [("PER", 0, 2), ("LOC", 8, 10)])
    assert ("Javert Monteiro", "bornIn", "Belo Horizonte", "adjective-complement") in found
    assert not any(p.startswith("rel:ator") for _, p, _, _ in found)


def test_natural_on_a_de_phrase_of_the_predicate_gives_no_team(nlp) -> None:
    # "Darcy Neto é um jogador de futebol brasileiro, natural de Franca."
    table = """
Darcy Darcy PROPN nsubj 4
Neto Neto PROPN flat:name 0
é ser AUX cop 4
um um DET det 4
jogador jogador NOUN ROOT 4
de de ADP case 6
futebol futebol NOUN nmod 4
brasileiro brasileiro ADJ amod 6
, , PUNCT punct 9
natural natural ADJ amod 6
de de ADP case 11
Franca Franca PROPN nmod 6
. . PUNCT punct 4
"""
    found = table_facts(nlp, table, [("PER", 0, 2), ("LOC", 11, 12)])
    assert ("Darcy Neto", "bornIn", "Franca", "adjective-complement") in found
    assert not any(p == "memberOf" for _, p, _, _ in found)


def test_another_adjective_before_the_complement_is_the_nouns(nlp) -> None:
    # "Javert Monteiro é um ator brasileiro famoso de Belo Horizonte.": no frame of "famoso"
    table = """
Javert Javert PROPN nsubj 4
Monteiro Monteiro PROPN flat:name 0
é ser AUX cop 4
um um DET det 4
ator ator NOUN ROOT 4
brasileiro brasileiro ADJ amod 4
famoso famoso ADJ amod 4
de de ADP case 8
Belo Belo PROPN nmod 4
Horizonte Horizonte PROPN flat:name 8
. . PUNCT punct 4
"""
    found = table_facts(nlp, table, [("PER", 0, 2), ("LOC", 8, 10)])
    assert not any(p == "bornIn" for _, p, _, _ in found)
    assert any(p.startswith("rel:ator") for _, p, _, _ in found)


def _filiado(case_rows: str) -> str:
    # "Marcelo Déda é um advogado filiado ao Partido Verde."
    return f"""
Marcelo Marcelo PROPN nsubj 4
Déda Déda PROPN flat:name 0
é ser AUX cop 4
um um DET det 4
advogado advogado NOUN ROOT 4
filiado filiar VERB acl 4 Gender=Masc|Number=Sing|VerbForm=Part
{case_rows.strip()}
Partido Partido PROPN obl:agent 5
Verde Verde PROPN flat:name 7
. . PUNCT punct 4
"""


def test_a_participles_a_phrase_labelled_its_agent_is_its_oblique(nlp) -> None:
    found = table_facts(nlp, _filiado("ao a_o ADP case 7"), [("PER", 0, 2), ("ORG", 7, 9)])
    assert ("Marcelo Déda", "memberOf", "Partido Verde", "acl-participle") in found
    assert not any(s == "Partido Verde" for s, _, _, _ in found)


def test_a_por_phrase_stays_the_agent(nlp) -> None:
    # "... um advogado filiado pelo Partido Verde": the party filiated him
    found = table_facts(nlp, _filiado("pelo por_o ADP case 7"), [("PER", 0, 2), ("ORG", 7, 9)])
    assert ("Partido Verde", "rel:filiar", "Marcelo Déda", "open:acl-participle") in found
    assert not any(p == "memberOf" for _, p, _, _ in found)


def test_a_broadcaster_affiliated_to_a_network(nlp) -> None:
    # "A TV Tibagi é afiliada ao SBT."
    table = """
A o DET det 1
TV TV PROPN nsubj 4
Tibagi Tibagi PROPN flat:name 1
é ser AUX cop 4
afiliada afiliar VERB ROOT 4 Gender=Fem|Number=Sing|VerbForm=Part
ao a_o ADP case 6
SBT SBT PROPN obl 4
. . PUNCT punct 4
"""
    found = table_facts(nlp, table, [("ORG", 1, 3), ("ORG", 6, 7)])
    assert any(s == "TV Tibagi" and p == "affiliatedWith" and o == "SBT" for s, p, o, _ in found)
