"""A place after a complement of a game or an interview is where the game or the interview was
(issue 20, precision of news statements, 28e).

Found on MAC-MORPHO news: ``No jogo de amanhã contra o Cruzeiro, no Parque Antarctica, ...``
gave ``Cruzeiro headquarteredIn Parque Antarctica`` and ``em entrevista exclusiva à Folha, em
Moscou`` gave ``Folha headquarteredIn Moscou``. A place after the ``de`` complement of a
``local_nouns`` noun (``o encontro do PT, em Brasília``) was already left to the noun; a
complement of another preposition (``contra``, ``a``) now is too, and ``entrevista`` is a
``local_nouns`` noun (not an ``em`` complement, which is itself where the noun is: ``seu
escritório no IIE, em Washington``). The acronym check of a bracket also reads a plural acronym:
``Centros Populares de Cultura (CPCs)`` gave ``Centros Populares de Cultura headquarteredIn
CPCs``.

The sentences are written for the test and parsed by hand (``text lemma POS dep head``, see
:mod:`handparse`) as the trained parser parsed the ones found; each case has a control that
differs in the one thing the check reads.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.extract.relations.nesting import acronym_of


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    """(subject label, predicate, object label) of every relation of the hand-parsed sentence."""
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


# "No {noun} contra o Cruzeiro, no Parque Antarctica, o time venceu."
AGAINST = """
No em_o ADP case 1 _
{noun} {noun} NOUN obl 11 _
{prep} {prep} ADP case 4 _
o o DET det 4 _
Cruzeiro Cruzeiro PROPN nmod 1 _
, , PUNCT punct 1 _
no em_o ADP case 7 _
Parque Parque PROPN obl 11 _
Antarctica Antarctica PROPN flat:name 7 _
, , PUNCT punct 7 _
o o DET det 10 _
time time NOUN nsubj 11 _
venceu vencer VERB ROOT 11 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
. . PUNCT punct 11 _
"""
AGAINST_ENTS = [("ORG", 4, 5), ("LOC", 7, 9)]


@pytest.mark.parametrize(("noun", "prep"), [("jogo", "contra"), ("entrevista", "a")])
def test_a_place_after_a_complement_of_a_game_is_the_games(nlp, noun, prep) -> None:
    """``No jogo contra o Cruzeiro, no Parque Antarctica``, ``Na entrevista ao Cruzeiro, no
    Parque Antarctica``: the club's seat is not the place of the game or of the interview."""
    found = statements(nlp, AGAINST.format(noun=noun, prep=prep), AGAINST_ENTS)
    assert ("Cruzeiro", "headquarteredIn", "Parque Antarctica") not in found


@pytest.mark.parametrize(("noun", "prep"), [("livro", "contra"), ("escritório", "em")])
def test_a_place_after_a_complement_of_another_noun_still_nests(nlp, noun, prep) -> None:
    """Controls: ``No livro contra o Cruzeiro, no Parque Antarctica`` (``livro`` is no
    ``local_nouns`` noun) and ``No escritório no Cruzeiro, no Parque Antarctica`` (an ``em``
    complement is itself where the office is, as in ``seu escritório no IIE, em Washington``):
    the place after the club is still read as its seat."""
    found = statements(nlp, AGAINST.format(noun=noun, prep=prep), AGAINST_ENTS)
    assert ("Cruzeiro", "headquarteredIn", "Parque Antarctica") in found


def test_a_plural_acronym_is_an_acronym() -> None:
    """``CPCs`` for ``Centros Populares de Cultura``, ``ONGs`` for ``Organizações Não
    Governamentais``: the plural's ``s`` is no letter; a word that only ends in ``s`` is no
    acronym of a name it does not spell (``Atlas`` of ``Centros Populares de Cultura``)."""
    assert acronym_of("CPCs", "Centros Populares de Cultura")
    assert acronym_of("ONGs", "Organizações Não Governamentais")
    assert not acronym_of("Atlas", "Centros Populares de Cultura")
