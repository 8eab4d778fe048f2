"""Wrong statements of HAREM I's training documents, by cause (issue 20, P55e): a verb of what
happens with a subject that cannot happen, a country followed by ``em`` and a town, both
arguments of one verb, and an institution's word alone in the plural.

The sentences are written for the test after the constructions read there and parsed by hand
(``text lemma POS dep head morphology``, see :mod:`handparse`), so the test does not depend on
the trained parser. Each case has a control that differs in the one thing the check reads.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


# --- a verb of what happens -------------------------------------------------------------------

HAPPENING = """
{det} o DET det 1 _
{subject} {subject} {pos} nsubj 2 Number=Sing
{verb} {lemma} VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
em em ADP case 4 _
Lisboa Lisboa PROPN obl 2 Number=Sing
. . PUNCT punct 2 _
"""


def test_a_person_does_not_happen(nlp) -> None:
    """``Pedro ocorreu em Lisboa`` (a misparse's subject): no statement; ``Pedro discursou em
    Lisboa`` keeps its own."""
    ents = [("PER", 1, 2), ("LOC", 4, 5)]
    table = HAPPENING.format(det="o", subject="Pedro", pos="PROPN", verb="ocorreu", lemma="ocorrer")
    assert facts(nlp, table, ents) == set()
    table = HAPPENING.format(det="o", subject="Pedro", pos="PROPN", verb="discursou", lemma="discursar")
    assert facts(nlp, table, ents) == {("Pedro", "rel:discursar_em", "Lisboa")}


def test_an_event_or_an_organization_alone_happens(nlp) -> None:
    """``o Festival aconteceu em Lisboa``: an event keeps it (the mapping's ``locatedIn``), and so
    does a name the NER typed an organization with no other subject (the NER types many events
    so), as an open relation."""
    table = HAPPENING.format(det="o", subject="Festival", pos="PROPN", verb="aconteceu", lemma="acontecer")
    assert facts(nlp, table, [("EVENT", 1, 2), ("LOC", 4, 5)]) == {("Festival", "locatedIn", "Lisboa")}
    assert facts(nlp, table, [("ORG", 1, 2), ("LOC", 4, 5)]) == {("Festival", "rel:acontecer_em", "Lisboa")}


def test_a_second_subject_of_a_verb_of_what_happens_does_not_happen(nlp) -> None:
    """``O fogo ocorreu no restaurante " Porto Fino ", na rua Padrão``, the parser making the
    restaurant's name a second subject: no statement."""
    table = """
O o DET det 1 _
fogo fogo NOUN {dep} 2 Number=Sing
{verb} {lemma} VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
no em ADP case 4 _
restaurante restaurante NOUN obl 2 Number=Sing
" " PUNCT punct 2 _
Porto Porto PROPN nsubj 2 Number=Sing
Fino Fino PROPN flat:name 6 Number=Sing
" " PUNCT punct 2 _
, , PUNCT punct 11 _
na em ADP case 11 _
rua rua NOUN obl 2 Number=Sing
Padrão Padrão PROPN flat:name 11 Number=Sing
. . PUNCT punct 2 _
"""
    ents = [("ORG", 6, 8), ("LOC", 11, 13)]
    assert facts(nlp, table.format(dep="nsubj", verb="ocorreu", lemma="ocorrer"), ents) == set()
    # controls: the name as the only subject (an organization), or another verb, keeps it
    assert facts(nlp, table.format(dep="dep", verb="ocorreu", lemma="ocorrer"), ents) == {("Porto Fino", "rel:ocorrer_em", "rua Padrão")}
    assert facts(nlp, table.format(dep="nsubj", verb="discursou", lemma="discursar"), ents) == {("Porto Fino", "rel:discursar_em", "rua Padrão")}


# --- a country, em and a town, arguments of one verb ------------------------------------------

ACT_PLACE = """
os o DET det 1 _
atletas atleta NOUN nsubj 2 Number=Plur
{verb} {lemma} VERB ROOT 2 Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
o o DET det 4 _
{country} {country} PROPN obj 2 Number=Sing
em em ADP case 6 _
Sydney Sydney PROPN {dep} {head} Number=Sing
. . PUNCT punct 2 _
"""


def test_a_country_and_the_town_of_the_act_are_no_nesting(nlp) -> None:
    """``os atletas representaram o Brasil em Sydney``: where they represented it; Sydney is not
    in Brazil."""
    ents = [("LOC", 4, 5), ("LOC", 6, 7)]
    table = ACT_PLACE.format(verb="representaram", lemma="representar", country="Brasil", dep="obl", head=2)
    assert not {f for f in facts(nlp, table, ents) if f[1] in ("locatedIn", "partOf")}
    # control: the town the parser hangs on the country's name nests ("o Brasil em Sydney" of a
    # noun phrase), and so does a name that is no country
    table = ACT_PLACE.format(verb="representaram", lemma="representar", country="Brasil", dep="nmod", head=4)
    assert {f for f in facts(nlp, table, ents) if f[1] in ("locatedIn", "partOf")}
    table = ACT_PLACE.format(verb="visitaram", lemma="visitar", country="Opera", dep="obl", head=2)
    assert {f for f in facts(nlp, table, ents) if f[1] in ("locatedIn", "partOf")}


# --- an institution's word alone in the plural ------------------------------------------------


def test_an_institutions_word_in_the_plural_names_none() -> None:
    """``desenvolveu trabalhos em Universidades na Franca``: no university in particular, even in
    a document that names one in full (which lets ``a Universidade`` stand for it)."""
    from teia.extract.relations.gates import named_entities
    from teia.extract.relations.mapping import default_mapping
    from teia.records import Entity, Mention

    def entity(eid: str, text: str, category: str = "ORG") -> Entity:
        return Entity(eid, text, category, mentions=(Mention("d", 0, len(text), text, category, "ner", ""),))

    full = entity("e0", "Universidade de Coimbra")
    named = named_entities([full, entity("e1", "Universidades"), entity("e2", "Associações"), entity("e3", "Universidade"), entity("e4", "Santos", "LOC")], default_mapping())
    assert named == {"e0", "e3", "e4"}
