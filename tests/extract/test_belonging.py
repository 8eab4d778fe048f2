"""``pertencer a`` by its subject's category (issue 20, precision of statements, P42b).

The mapping read every ``pertencer a`` as ``memberOf``, whatever belonged: Wikipedia's
``Nova Castilho pertence à Microrregião de Auriflama`` and ``o estádio pertence ao Governo
Municipal`` made a town and a stadium members. A place belonging to a place is a part of it
(``partOf``); a person or an organization belonging to an organization stays a member; a place
belonging to an organization or a person is owned, which no property of the ontology says: the
open relation ``rel:pertencer_a`` only.

The sentences are written for the test and parsed by hand (``text lemma POS dep head``, see
:mod:`handparse`); the cases differ only in the categories the frames read.
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


BELONGS = """
Marapé Marapé PROPN nsubj 1 _
pertence pertencer VERB ROOT 1 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
a a ADP case 4 _
o o DET det 4 _
Tavares Tavares PROPN obl 1 _
. . PUNCT punct 1 _
"""


def test_a_place_belonging_to_a_place_is_part_of_it(nlp) -> None:
    """``Marapé pertence ao Tavares``, both places: ``partOf``, no membership."""
    found = statements(nlp, BELONGS, [("LOC", 0, 1), ("LOC", 4, 5)])
    assert ("Marapé", "partOf", "Tavares") in found
    assert ("Marapé", "memberOf", "Tavares") not in found


@pytest.mark.parametrize("owner", ["ORG", "PER"])
def test_a_place_owned_is_no_member_nor_part(nlp, owner) -> None:
    """A place belonging to an organization or a person: owned, no property says it; the open
    relation of the verb only."""
    found = statements(nlp, BELONGS, [("LOC", 0, 1), (owner, 4, 5)])
    assert not {p for _, p, _ in found} & {"memberOf", "partOf"}
    assert ("Marapé", "rel:pertencer_a", "Tavares") in found


@pytest.mark.parametrize("member", ["PER", "ORG"])
def test_a_person_or_a_body_belonging_to_a_body_is_a_member(nlp, member) -> None:
    """Control: a person or an organization belonging to an organization stays ``memberOf``."""
    assert ("Marapé", "memberOf", "Tavares") in statements(nlp, BELONGS, [(member, 0, 1), ("ORG", 4, 5)])


@pytest.mark.parametrize("member", ["PER", "ORG"])
def test_nothing_is_a_member_of_a_place(nlp, member) -> None:
    """``memberOf`` wants an organization: a person or an organization belonging to a place (on
    Wikipedia mostly a town the NER typed a person, ``Altair pertence à Microrregião de São José
    do Rio Preto``) is no member of it."""
    found = statements(nlp, BELONGS, [(member, 0, 1), ("LOC", 4, 5)])
    assert not {p for _, p, _ in found} & {"memberOf", "partOf"}
    assert ("Marapé", "rel:pertencer_a", "Tavares") in found


BELONGING = """
Marapé Marapé PROPN nsubj 2 _
é ser AUX cop 2 _
pertencente pertencente ADJ ROOT 2 _
a a ADP case 5 _
o o DET det 5 _
Tavares Tavares PROPN obl 2 _
. . PUNCT punct 2 _
"""


def test_the_adjective_pertencente_reads_as_the_verb(nlp) -> None:
    """``Marapé é pertencente ao Tavares`` (issue 20, P52f): the adjective takes the verb's
    frames by category, a place in a place ``partOf`` (Wikipedia's ``São Gabriel do Oeste é
    pertencente à Mesorregião do Centro-Norte``), a person or a body in a body ``memberOf``."""
    found = statements(nlp, BELONGING, [("LOC", 0, 1), ("LOC", 5, 6)])
    assert ("Marapé", "partOf", "Tavares") in found
    assert ("Marapé", "memberOf", "Tavares") in statements(nlp, BELONGING, [("PER", 0, 1), ("ORG", 5, 6)])
    assert ("Marapé", "memberOf", "Tavares") in statements(nlp, BELONGING, [("ORG", 0, 1), ("ORG", 5, 6)])


@pytest.mark.parametrize("owner", ["ORG", "PER"])
def test_a_place_pertencente_to_an_owner_is_no_part(nlp, owner) -> None:
    """Control: a place belonging to an organization or a person (owned) takes no typed frame."""
    found = statements(nlp, BELONGING, [("LOC", 0, 1), (owner, 5, 6)])
    assert not {p for _, p, _ in found} & {"memberOf", "partOf"}


DISTRICT = """
Marapé Marapé PROPN nsubj 3 _
é ser AUX cop 3 _
um um DET det 3 _
distrito distrito NOUN ROOT 3 _
pertencente pertencente ADJ amod 3 _
a a ADP case 7 _
o o DET det 7 _
município município NOUN nmod 3 _
de de ADP case 9 _
Tavares Tavares PROPN nmod 7 _
. . PUNCT punct 3 _
"""


def test_pertencente_on_a_predicate_noun_holds_its_complement(nlp) -> None:
    """``Marapé é um distrito pertencente ao município de Tavares``: the parser hangs the
    complement beside the adjective on the noun, which read it as its own (``rel:distrito_a``);
    it is the adjective's (``origin_adjectives``), a part of the town."""
    found = statements(nlp, DISTRICT, [("LOC", 0, 1), ("LOC", 9, 10)])
    assert ("Marapé", "partOf", "Tavares") in found
    assert not any(p.startswith("rel:") for _, p, _ in found)
