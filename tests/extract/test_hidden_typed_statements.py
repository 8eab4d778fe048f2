"""Statements the parse of a predicate noun hid (issue 20, P50d): an adjective's complement hung
beside it on the noun, ``um ator brasileiro natural de Belo Horizonte`` (``bornIn``, and no
``rel:ator_de`` nor a player's team); a participle's ``a`` phrase the parser labelled its agent,
``um político filiado ao Partido X`` (the person ``memberOf`` the party, not the party
filiating the person); a role after the predicate's adjectives without a comma, ``um político
angolano membro do MPLA`` (``memberOf``)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


_ACTOR = """
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
"""``Javert Monteiro é um ator brasileiro natural de Belo Horizonte.``"""


def test_natural_hung_beside_its_place_on_the_predicate_noun(nlp) -> None:
    found = table_facts(nlp, _ACTOR, [("PER", 0, 2), ("LOC", 8, 10)])
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
    table = _ACTOR.replace("natural natural ADJ", "famoso famoso ADJ")
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


def test_natural_after_a_band_keeps_the_bands_place(nlp) -> None:
    # "Leathermouth é uma banda de punk natural de Newark.": the band says what its subject is
    table = """
Leathermouth Leathermouth PROPN nsubj 3
é ser AUX cop 3
uma um DET det 3
banda banda NOUN ROOT 3
de de ADP case 5
punk punk NOUN nmod 3
natural natural ADJ amod 5
de de ADP case 8
Newark Newark PROPN nmod 5
. . PUNCT punct 3
"""
    found = table_facts(nlp, table, [("ORG", 0, 1), ("LOC", 8, 9)])
    assert ("Leathermouth", "headquarteredIn", "Newark", "copula-noun") in found
    assert not any(r == "adjective-complement" for _, _, _, r in found)


_POLITICIAN = """
Fernando Fernando PROPN nsubj 4
Dúnem Dúnem PROPN flat:name 0
é ser AUX cop 4
um um DET det 4
político político NOUN ROOT 4
angolano angolano ADJ amod 4
membro membro NOUN nmod 4
do de_o ADP case 8
MPLA MPLA PROPN nmod 6
. . PUNCT punct 4
"""
"""``Fernando Dúnem é um político angolano membro do MPLA.``"""


def test_a_role_after_the_predicates_adjectives_without_a_comma(nlp) -> None:
    found = table_facts(nlp, _POLITICIAN, [("PER", 0, 2), ("ORG", 8, 9)])
    assert ("Fernando Dúnem", "memberOf", "MPLA", "predicate-apposition") in found


def test_a_caseless_noun_after_another_word_is_no_role_of_the_subject(nlp) -> None:
    # "Fernando Dúnem é um político angolano hoje membro do MPLA.": an adverb between (token 6,
    # the rows after it one further on)
    rows = _POLITICIAN.strip().splitlines()
    shifted = [" ".join(r.split()[:4] + [str(int(r.split()[4]) + (int(r.split()[4]) >= 6))]) for r in rows[6:]]
    table = "\n".join(rows[:6] + ["hoje hoje ADV advmod 7"] + shifted)
    found = table_facts(nlp, table, [("PER", 0, 2), ("ORG", 9, 10)])
    assert not any(r == "predicate-apposition" for _, _, _, r in found)
