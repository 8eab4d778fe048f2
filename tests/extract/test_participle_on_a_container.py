"""A participle set off by a comma that the parser hung on the place containing an earlier noun
tells of that noun (issue 20, P29e; :func:`~teia.extract.relations.repairs.container_owner`).

``Andradas é um município brasileiro do estado de Minas Gerais, situado no distrito de Poços``:
the town is in the district, not the state (a microregion, ``na microrregião de Poços de Caldas``,
the Wikipedia leads' phrase, names no place through its complement: ``divisions.NAMED_AFTER_A_TOWN``). Written sentences parsed by hand
(``text lemma POS dep head morphology``, see :mod:`handparse`), as the shipped parser read the
Wikipedia leads.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


# "Andradas é um município brasileiro do estado de Minas, situado no distrito de Poços."
TOWN = """
Andradas Andradas PROPN nsubj 3 _
é ser AUX cop 3 _
um um DET det 3 Gender=Masc|Number=Sing
município município NOUN ROOT 3 Gender=Masc|Number=Sing
brasileiro brasileiro ADJ amod 3 Gender=Masc|Number=Sing
do de ADP case 6 _
estado estado NOUN nmod 3 Gender=Masc|Number=Sing
de de ADP case 8 _
Minas Minas PROPN nmod 6 _
, , PUNCT punct 10 _
{participle} {lemma} VERB acl 8 Gender={gender}|Number=Sing|VerbForm=Part
no em ADP case 12 _
distrito distrito NOUN obl 10 Gender=Masc|Number=Sing
de de ADP case 14 _
Poços Poços PROPN nmod 12 _
. . PUNCT punct 3 _
"""
TOWN_ENTS = [("LOC", 0, 1), ("LOC", 8, 9), ("LOC", 14, 15)]


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _town(participle: str, gender: str) -> str:
    return TOWN.format(participle=participle, lemma="situar", gender=gender)


def test_a_set_off_participle_on_the_containing_place_tells_of_the_town(nlp) -> None:
    found = table_facts(nlp, _town("situado", "Masc"), TOWN_ENTS, "town.txt")
    assert ("Andradas", "locatedIn", "Poços", "acl-participle") in found
    assert not any(s == "Minas" and p == "locatedIn" for s, p, *_ in found)


def test_a_participle_disagreeing_with_the_earlier_noun_stays_the_place_s(nlp) -> None:
    # "situada", feminine: not the town's (município), so the parser's reading is kept
    found = table_facts(nlp, _town("situada", "Fem"), TOWN_ENTS, "town.txt")
    assert not any(s == "Andradas" and o == "Poços" for s, _, o, *_ in found)


# "O aeroporto serve o distrito de Urucu, localizado em Coari.": the district is Urucu, which
# completes no earlier noun (the district is the verb's), so the participle stays Urucu's
DISTRICT = """
O o DET det 1 Gender=Masc|Number=Sing
aeroporto aeroporto NOUN nsubj 2 Gender=Masc|Number=Sing
serve servir VERB ROOT 2 _
o o DET det 4 Gender=Masc|Number=Sing
distrito distrito NOUN obj 2 Gender=Masc|Number=Sing
de de ADP case 6 _
Urucu Urucu PROPN nmod 4 _
, , PUNCT punct 8 _
localizado localizar VERB acl 6 Gender=Masc|Number=Sing|VerbForm=Part
em em ADP case 10 _
Coari Coari PROPN obl 8 _
. . PUNCT punct 2 _
"""


def test_a_place_completing_no_noun_keeps_its_participle(nlp) -> None:
    found = table_facts(nlp, DISTRICT, [("LOC", 6, 7), ("LOC", 10, 11)], "district.txt")
    assert ("Urucu", "locatedIn", "Coari", "acl-participle") in found


# "Brejo, município no estado de Minas (Brasil), localizado no distrito de Poços.": the
# town's noun set beside its name
APPOSED = """
Brejo Brejo PROPN ROOT 0 _
, , PUNCT punct 2 _
município município NOUN appos 0 Gender=Masc|Number=Sing
no em ADP case 4 _
estado estado NOUN nmod 2 Gender=Masc|Number=Sing
de de ADP case 6 _
Minas Minas PROPN nmod 4 _
( ( PUNCT punct 8 _
Brasil Brasil PROPN appos 6 _
) ) PUNCT punct 8 _
, , PUNCT punct 11 _
localizado localizar VERB acl 4 Gender=Masc|Number=Sing|VerbForm=Part
no em ADP case 13 _
distrito distrito NOUN obl 11 Gender=Masc|Number=Sing
de de ADP case 15 _
Poços Poços PROPN nmod 13 _
. . PUNCT punct 0 _
"""


def test_the_participle_of_a_noun_set_beside_a_name_tells_of_the_name(nlp) -> None:
    ents = [("LOC", 0, 1), ("LOC", 6, 7), ("LOC", 8, 9), ("LOC", 15, 16)]
    found = table_facts(nlp, APPOSED, ents, "apposed.txt")
    assert ("Brejo", "locatedIn", "Poços", "acl-participle") in found
    assert not any(s == "Minas" and o == "Poços" for s, _, o, *_ in found)
