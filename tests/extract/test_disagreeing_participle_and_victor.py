"""Two typed statements Wikipedia leads repeated wrongly (issue 20, 27a).

``um município brasileiro da região Centro-Oeste, situado no estado de X``: the participle the
parser hung on ``região`` disagrees with it and tells of the town
(:func:`~teia.extract.relations.repairs.disagreeing_complement_owner`); ``vencedor do Grammy``:
a prize won is no one beaten, nor an affiliation (the mapping's ``vencedor`` frame takes a person).

Written sentences parsed by hand (``text lemma POS dep head morphology``, see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "Jateí é um município brasileiro da região Centro-Oeste, situado no estado de Goiás."
TOWN = """
Jateí Jateí PROPN nsubj 3 _
é ser AUX cop 3 _
um um DET det 3 Gender=Masc|Number=Sing
município município NOUN ROOT 3 Gender=Masc|Number=Sing
brasileiro brasileiro ADJ amod 3 Gender=Masc|Number=Sing
da de ADP case 6 _
região região NOUN nmod 3 Gender=Fem|Number=Sing
Centro-Oeste Centro-Oeste PROPN appos 6 _
, , PUNCT punct 9 _
{participle} {lemma} VERB acl 6 Gender={gender}|Number=Sing|VerbForm=Part
no em ADP case 11 _
estado estado NOUN obl 9 Gender=Masc|Number=Sing
de de ADP case 13 _
Goiás Goiás PROPN nmod 11 _
. . PUNCT punct 3 _
"""
TOWN_ENTS = [("LOC", 0, 1), ("LOC", 7, 8), ("LOC", 13, 14)]


def test_a_participle_disagreeing_with_a_complement_tells_of_the_noun_before_it(nlp) -> None:
    found = table_facts(nlp, TOWN.format(participle="situado", lemma="situar", gender="Masc"), TOWN_ENTS, "town.txt")
    assert ("Jateí", "locatedIn", "Goiás", "acl-participle") in found
    assert not any(s == "Centro-Oeste" and p == "locatedIn" for s, p, *_ in found)


def test_a_participle_agreeing_with_the_complement_stays_its(nlp) -> None:
    # "a região Centro-Oeste, situada no estado de Goiás": the region's (as the parser read it)
    found = table_facts(nlp, TOWN.format(participle="situada", lemma="situar", gender="Fem"), TOWN_ENTS, "town.txt")
    assert ("Centro-Oeste", "locatedIn", "Goiás", "acl-participle") in found
    assert not any(s == "Jateí" and p == "locatedIn" and o == "Goiás" for s, p, o, *_ in found)


# "Robert Plant é o vencedor do {name}."
VICTOR = """
Robert Robert PROPN nsubj 4 _
Plant Plant PROPN flat:name 0 _
é ser AUX cop 4 _
o o DET det 4 Gender=Masc|Number=Sing
vencedor vencedor NOUN ROOT 4 Gender=Masc|Number=Sing
de de ADP case 6 _
{name} {name} PROPN nmod 4 _
. . PUNCT punct 4 _
"""


def test_the_victor_of_a_prize_defeated_no_one(nlp) -> None:
    # "vencedor do Grammy", the NER typing the prize an organization: neither defeated nor affiliatedWith
    found = table_facts(nlp, VICTOR.format(name="Grammy"), [("PER", 0, 2), ("ORG", 6, 7)], "victor.txt")
    assert not any(p in ("defeated", "affiliatedWith") for _, p, *_ in found)
    found = table_facts(nlp, VICTOR.format(name="Eurovisão"), [("PER", 0, 2), ("EVENT", 6, 7)], "victor.txt")
    assert not any(p == "defeated" for _, p, *_ in found)


def test_the_victor_of_a_person_defeated_them(nlp) -> None:
    found = table_facts(nlp, VICTOR.format(name="Napoleão"), [("PER", 0, 2), ("PER", 6, 7)], "victor.txt")
    assert ("Robert Plant", "defeated", "Napoleão", "copula-noun") in found
