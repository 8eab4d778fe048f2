"""A relative clause without a comma that the parser hung on a place completing an earlier noun
tells of that noun (issue 20, P32f; :func:`~teia.extract.relations.repairs.restrictive_relative_owner`).

``O rio Itinga é um rio de Minas Gerais que deságua no Rio Jequitinhonha``: the river flows into
the other river, not the state. Written sentences parsed by hand (``text lemma POS dep head
morphology``, see :mod:`handparse`), as the shipped parser read the Wikipedia leads.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


# "Itinga é um rio de Minas{comma} que deságua no Jequitinhonha."
RIVER = """
Itinga Itinga PROPN nsubj 3 _
é ser AUX cop 3 _
um um DET det 3 Gender=Masc|Number=Sing
rio rio NOUN ROOT 3 Gender=Masc|Number=Sing
{case} {case} ADP case 5 _
Minas Minas PROPN nmod 3 Number=Sing
{comma}que que PRON nsubj {verb} Gender=Masc|Number=Sing|PronType=Rel
deságua desaguar VERB acl:relcl 5 Mood=Ind|Number={number}|Person=3|Tense=Pres|VerbForm=Fin
no em ADP case {obj} _
Jequitinhonha Jequitinhonha PROPN obl {verb} _
. . PUNCT punct 3 _
"""


def _river(comma: bool = False, number: str = "Sing", case: str = "de") -> str:
    table = RIVER.replace("{comma}", ", , PUNCT punct 8 _\n" if comma else "")
    shift = 1 if comma else 0
    return table.format(verb=7 + shift, obj=9 + shift, number=number, case=case)


def _ents(comma: bool = False) -> list[tuple[str, int, int]]:
    shift = 1 if comma else 0
    return [("LOC", 0, 1), ("LOC", 5, 6), ("LOC", 9 + shift, 10 + shift)]


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _subjects(found: set[tuple[str, str, str, str]]) -> set[str]:
    return {s for s, p, o, _ in found if o == "Jequitinhonha" and p.startswith("rel:desaguar")}


def test_a_restrictive_relative_on_a_noun_s_place_tells_of_the_noun(nlp) -> None:
    found = table_facts(nlp, _river(), _ents(), "river.txt")
    assert _subjects(found) == {"Itinga"}


def test_a_relative_set_off_by_a_comma_stays_the_place_s(nlp) -> None:
    # "um rio em Minas, que deságua ...": the parser's reading is kept
    found = table_facts(nlp, _river(comma=True, case="em"), _ents(comma=True), "river.txt")
    assert _subjects(found) == {"Minas"}
    # after a `de` complement the clause set off tells of the noun too (issue 20, P58b:
    # :func:`~teia.extract.relations.repairs.origin_relative_owner`)
    found = table_facts(nlp, _river(comma=True), _ents(comma=True), "river.txt")
    assert _subjects(found) == {"Itinga"}


def test_a_plural_verb_after_a_singular_noun_stays_the_place_s(nlp) -> None:
    found = table_facts(nlp, _river(number="Plur"), _ents(), "river.txt")
    assert "Itinga" not in _subjects(found)


# "Vila Nova é um bairro da cidade de Lisboa que fica no Tejo.": the city is named by the place,
# so the clause hung on the place is left to it
CITY = """
Vila Vila PROPN nsubj 3 _
Nova Nova PROPN flat:name 0 _
é ser AUX cop 3 _
um um DET det 3 Gender=Masc|Number=Sing
bairro bairro NOUN ROOT 3 Gender=Masc|Number=Sing
da de ADP case 6 _
cidade cidade NOUN nmod 4 Gender=Fem|Number=Sing
de de ADP case 8 _
Lisboa Lisboa PROPN nmod 6 _
que que PRON nsubj 10 PronType=Rel
fica ficar VERB acl:relcl 8 Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin
no em ADP case 12 _
Tejo Tejo PROPN obl 10 _
. . PUNCT punct 4 _
"""


def test_a_relative_on_the_place_a_division_noun_names_stays_the_place_s(nlp) -> None:
    found = table_facts(nlp, CITY, [("LOC", 0, 2), ("LOC", 8, 9), ("LOC", 12, 13)], "city.txt")
    assert not any(s == "Vila Nova" and o == "Tejo" for s, _, o, _ in found)
