"""Who a participle and an agent phrase tell of (issue 20, precision of the open statements, 26f).

Two misreadings found on Wikipedia and MAC-MORPHO sentences: the ``obl:agent`` the parser gives
an active verb's ``por`` phrase (``que atualmente joga pelo UAG``), which made the phrase's name
the verb's agent and the relative's antecedent its patient (``UAG rel:jogar José``); and the
names of a participle's own agent phrase the parser hung, as conjuncts, on the noun the
participle modifies (``uma banda formada ... pelo vocalista Graham Bonnet, o tecladista Jimmy
Waldo e ...``), which made them things the participle tells of (``Graham Bonnet rel:formar
Jimmy Waldo``, ``Jimmy Waldo rel:formar_em Los Angeles``).

The sentences are written for the test and parsed by hand (``text lemma POS dep head
morphology``, see :mod:`handparse`), as the trained parser parsed the ones found; each case has
a control that differs in the one thing the check reads.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every relation of the hand-parsed sentence."""
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


# --- a "por" phrase of an active verb -------------------------------------------------------

PLAYS_FOR = """
Rui Rui PROPN nsubj 3 Number=Sing
é ser AUX cop 3 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
um um DET det 3 _
futebolista futebolista NOUN ROOT 3 Number=Sing
, , PUNCT punct 7 _
que que PRON nsubj 7 PronType=Rel
hoje hoje ADV advmod 7 _
{verb} {lemma} VERB acl:relcl 3 {morph}
pelo por ADP case 9 _
Cruzeiro Cruzeiro PROPN obl:agent 7 Number=Sing
. . PUNCT punct 3 _
"""
PLAYS_FOR_ENTS = [("PER", 0, 1), ("ORG", 9, 10)]
FINITE = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"


def test_a_por_phrase_of_an_active_verb_is_no_agent(nlp) -> None:
    """``Rui é um futebolista, que hoje joga pelo Cruzeiro``: the parser's ``obl:agent`` of a
    finite verb is a ``por`` phrase, read as an oblique: Rui plays for the club (``jogar por``
    a team is the mapping's ``memberOf``), the club does not play Rui."""
    found = statements(nlp, PLAYS_FOR.format(verb="joga", lemma="jogar", morph=FINITE), PLAYS_FOR_ENTS)
    assert ("Cruzeiro", "rel:jogar", "Rui") not in found
    assert found == {("Rui", "memberOf", "Cruzeiro")}


def test_the_agent_of_a_participle_stays_one(nlp) -> None:
    """``..., que hoje é contratado pelo Cruzeiro`` without its auxiliary: a participle's
    ``obl:agent`` is its agent, and the antecedent its patient."""
    table = PLAYS_FOR.format(verb="contratado", lemma="contratar", morph="Gender=Masc|Number=Sing|VerbForm=Part")
    found = statements(nlp, table, PLAYS_FOR_ENTS)
    assert ("Cruzeiro", "rel:contratar", "Rui") in found


# --- the names of a participle's agent phrase -----------------------------------------------

FORMED_BY = """
Alcatrazz Alcatrazz PROPN nsubj 3 Number=Sing
foi ser AUX cop 3 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
uma um DET det 3 _
banda banda NOUN ROOT 3 Gender=Fem|Number=Sing
formada formar VERB acl 3 Gender=Fem|Number=Sing|VerbForm=Part
em em ADP case 6 _
Seattle Seattle PROPN obl 4 Number=Sing
pelo por ADP case 8 _
vocalista vocalista NOUN obl:agent 4 Number=Sing
Rui Rui PROPN appos 8 Number=Sing
, , PUNCT punct 12 _
o o DET det 12 _
tecladista tecladista NOUN conj {conj_head} Number=Sing
Luís Luís PROPN appos 12 Number=Sing
. . PUNCT punct 3 _
"""
FORMED_BY_ENTS = [("ORG", 0, 1), ("LOC", 6, 7), ("PER", 9, 10), ("PER", 13, 14)]


def test_a_name_after_the_participle_is_not_what_it_tells_of(nlp) -> None:
    """``Alcatrazz foi uma banda formada em Seattle pelo vocalista Rui, o tecladista Luís``
    with ``tecladista`` hung on ``banda``: Luís is a founder, not a thing Rui formed in Seattle."""
    found = statements(nlp, FORMED_BY.format(conj_head=3), FORMED_BY_ENTS)
    assert ("Rui", "rel:formar", "Luís") not in found
    assert ("Luís", "rel:formar_em", "Seattle") not in found
    assert ("Alcatrazz", "rel:formar_em", "Seattle") in found
    assert ("Rui", "memberOf", "Alcatrazz") in found  # a member (P33c), the place kept open


def test_a_name_before_the_participle_is_what_it_tells_of(nlp) -> None:
    """``Rui e Luís, formados em Lisboa``: both names come before the participle, and both
    were formed there."""
    table = """
Rui Rui PROPN ROOT 0 Number=Sing
e e CCONJ cc 2 _
Luís Luís PROPN conj 0 Number=Sing
, , PUNCT punct 4 _
formados formar VERB acl 0 Gender=Masc|Number=Plur|VerbForm=Part
em em ADP case 6 _
Lisboa Lisboa PROPN obl 4 Number=Sing
. . PUNCT punct 0 _
"""
    found = statements(nlp, table, [("PER", 0, 1), ("PER", 2, 3), ("LOC", 6, 7)])
    assert {("Rui", "rel:formar_em", "Lisboa"), ("Luís", "rel:formar_em", "Lisboa")} <= found

