"""A club's place after a verb of a contest is where the match was, not its seat (issue 20).

``A Portuguesa enfrenta o Paysandu no Canindé`` read off the text by the surface nesting gave
``Paysandu headquarteredIn Canindé``. Sentences written for the test and parsed by hand
(``text lemma POS dep head morphology``, see :mod:`handparse`); each has a control that differs in
the one thing the check reads.
"""
from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


MATCH = """
A o DET det 1 _
Portuguesa Portuguesa PROPN nsubj 2 _
{verb} {lemma} VERB ROOT 2 _
o o DET det 4 _
Paysandu Paysandu PROPN {dep} 2 _
no em_o ADP case 6 _
Canindé Canindé PROPN {place_dep} {place_head} _
. . PUNCT punct 2 _
"""
ENTS = [("ORG", 1, 2), ("ORG", 4, 5), ("LOC", 6, 7)]


def seats(nlp, table: str, ents=ENTS) -> set[tuple[str, str, str]]:
    """The places the rules put a name in (the surface nesting's or the genitive's, as the parse goes)."""
    facts = table_facts(nlp, table, ents, by="rule")
    return {(s, p, o) for s, p, o, _ in facts if p in ("headquarteredIn", "locatedIn")}


@pytest.mark.parametrize(("verb", "lemma"), [("enfrenta", "enfrentar"), ("venceu", "vencer"), ("goleou", "golear")])
def test_a_club_met_at_a_place_is_not_seated_there(nlp, verb, lemma) -> None:
    for place_dep, place_head in (("obl", 2), ("nmod", 4)):  # the parser hangs the place on either
        table = MATCH.format(verb=verb, lemma=lemma, dep="obj", place_dep=place_dep, place_head=place_head)
        assert seats(nlp, table) == set()


def test_a_club_after_another_verb_keeps_its_seat(nlp) -> None:
    """``A Portuguesa contratou o Paysandu no Canindé`` (no contest): the seat stays."""
    table = MATCH.format(verb="contratou", lemma="contratar", dep="obj", place_dep="nmod", place_head=4)
    assert seats(nlp, table) == {("Paysandu", "headquarteredIn", "Canindé")}


def test_a_venue_the_ner_typed_a_place_is_where_it_is(nlp) -> None:
    """``... enfrenta o Minerven no estádio Cachamai, na Venezuela``: a venue typed a place keeps
    its place, a match or not."""
    table = MATCH.format(verb="enfrenta", lemma="enfrentar", dep="obj", place_dep="nmod", place_head=4)
    ents = [("ORG", 1, 2), ("LOC", 4, 5), ("LOC", 6, 7)]
    assert seats(nlp, table, ents) == {("Paysandu", "locatedIn", "Canindé")}
