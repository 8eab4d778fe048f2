"""A group formed or made up of people (issue 20, P33c, after P32g's measurement).

``formar``, ``compor`` and ``constituir`` in the passive with people as the agent and an
organization as the patient give ``memberOf`` (``uma banda formada por X e Y``, ``o grupo era
composto por X e Y``); the membership holds apart from the act of forming, so an ``em`` place of
the clause is no place of it and stays the band's own open ``rel:formar_em`` (frame field
``placed``). A frame that keeps its place (``fundada em Braga por Rui``) is untouched.

The sentences are written for the test and parsed by hand (``text lemma POS dep head
morphology``, see :mod:`handparse`) as the shipped parser parses such sentences.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.errors import InputError
from teia.extract.relations.mapping import load_mapping

PART = "Gender=Fem|Number=Sing|VerbForm=Part"
PAST = "Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin"


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def places(nlp, table: str, ents: list[tuple[str, int, int]]) -> dict[tuple[str, str, str], str]:
    """(subject, predicate, object) → the relation's place (an entity id, or ``""``)."""
    return {(s, p, o): x for s, p, o, x in table_facts(nlp, table, ents, by="place")}


FORMED_IN_BY = """
Os o DET det 1 _
Tigres Tigres PROPN nsubj 4 Number=Plur
são ser AUX cop 4 Mood=Ind|Number=Plur|Person=3|Tense=Pres|VerbForm=Fin
uma um DET det 4 _
banda banda NOUN ROOT 4 Gender=Fem|Number=Sing
{verb} {lemma} VERB acl 4 Gender=Fem|Number=Sing|VerbForm=Part
em em ADP case 7 _
Braga Braga PROPN obl 5 Number=Sing
por por ADP case 9 _
Ana Ana PROPN obl:agent 5 Number=Sing
e e CCONJ cc 11 _
Rui Rui PROPN conj 9 Number=Sing
. . PUNCT punct 4 _
"""
FORMED_ENTS = [("ORG", 1, 2), ("LOC", 7, 8), ("PER", 9, 10), ("PER", 11, 12)]


def test_people_a_band_is_formed_by_are_its_members_and_it_keeps_its_place(nlp) -> None:
    """``Os Tigres são uma banda formada em Braga por Ana e Rui``: both are members, without a
    place; Braga stays where the band was formed."""
    found = places(nlp, FORMED_IN_BY.format(verb="formada", lemma="formar"), FORMED_ENTS)
    assert found.get(("Ana", "memberOf", "Tigres")) == ""
    assert found.get(("Rui", "memberOf", "Tigres")) == ""
    assert ("Tigres", "rel:formar_em", "Braga") in found
    assert ("Ana", "rel:formar", "Tigres") not in found


def test_constituir_reads_alike(nlp) -> None:
    """``... uma banda constituída em Braga por Ana e Rui``."""
    found = places(nlp, FORMED_IN_BY.format(verb="constituída", lemma="constituir"), FORMED_ENTS)
    assert {("Ana", "memberOf", "Tigres"), ("Rui", "memberOf", "Tigres"), ("Tigres", "rel:constituir_em", "Braga")} <= set(found)


COMPOSED_BY = """
Trovante Trovante PROPN nsubj:pass 2 Number=Sing
era ser AUX aux:pass 2 Mood=Ind|Number=Sing|Person=3|Tense=Imp|VerbForm=Fin
composto compor VERB ROOT 2 Gender=Masc|Number=Sing|VerbForm=Part
por por ADP case 4 _
Ana Ana PROPN obl:agent 2 Number=Sing
e e CCONJ cc 6 _
Rui Rui PROPN conj 4 Number=Sing
. . PUNCT punct 2 _
"""


def test_a_group_composed_of_people_has_them_as_members_not_authors(nlp) -> None:
    """``Trovante era composto por Ana e Rui``: members (it was ``authorOf``)."""
    found = places(nlp, COMPOSED_BY, [("ORG", 0, 1), ("PER", 4, 5), ("PER", 6, 7)])
    assert set(found) == {("Ana", "memberOf", "Trovante"), ("Rui", "memberOf", "Trovante")}


def test_a_work_composed_keeps_its_author(nlp) -> None:
    """``Rui compôs Lisboa Antiga``: the active verb and a work keep ``authorOf``."""
    table = f"""
Rui Rui PROPN nsubj 1 Number=Sing
compôs compor VERB ROOT 1 {PAST}
Lisboa Lisboa PROPN obj 1 Number=Sing
Antiga Antiga PROPN flat:name 2 Number=Sing
. . PUNCT punct 1 _
"""
    found = places(nlp, table, [("PER", 0, 1), ("WORK", 2, 4)])
    assert set(found) == {("Rui", "authorOf", "Lisboa Antiga")}


def test_a_placed_frame_still_takes_the_place(nlp) -> None:
    """``Os Tigres são uma banda fundada em Braga por Ana e Rui``: ``founded`` is the act itself,
    Braga its place, and no open ``rel:fundar_em`` beside it."""
    found = places(nlp, FORMED_IN_BY.format(verb="fundada", lemma="fundar"), FORMED_ENTS)
    assert found.get(("Ana", "founded", "Tigres"))
    assert not any(p == "rel:fundar_em" for _, p, _ in found)


def test_placed_is_checked(tmp_path) -> None:
    """``placed`` is a boolean, and only a verb frame may set it false."""
    bad = tmp_path / "m.json"
    bad.write_text('{"version": 1, "nouns": [{"lemma": "membro", "prep": "de", "predicate": "memberOf", "placed": false}]}')
    with pytest.raises(InputError):
        load_mapping(bad)
    bad.write_text('{"version": 1, "verbs": [{"lemma": "formar", "prep": "", "predicate": "memberOf", "placed": "no"}]}')
    with pytest.raises(InputError):
        load_mapping(bad)
