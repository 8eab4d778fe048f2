"""A list of divisions after a larger one (issue 20, ``nesting.surface_nesting``): ``no estado
americano de Illinois, no Condado de Cook e Condado de Kane`` puts each county in the state, as a
single county is put (``division_order``); a list of places of no lower level, or one that goes
on, nests nothing (``na Hungria, na Baviera e na Áustria``).

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# as the shipped parser hangs it: the second county coordinated with the first county's name
TWO_COUNTIES = """
Alpena Alpena PROPN nsubj 3
é ser AUX cop 3
uma um DET det 3
cidade cidade NOUN ROOT 3
localizada localizar VERB acl 3
no em_o ADP case 6
estado estado NOUN obl 4
americano americano ADJ amod 6
de de ADP case 9
Arkansas Arkansas PROPN nmod 6
, , PUNCT punct 12
no em_o ADP case 12
Condado Condado PROPN obl 4
de de ADP case 14
Boone Boone PROPN nmod 12
e e CCONJ cc 16
Condado Condado PROPN conj 14
de de ADP case 18
Carroll Carroll PROPN nmod 16
. . PUNCT punct 3
"""
ENTS = [("LOC", 0, 1), ("LOC", 9, 10), ("LOC", 12, 15), ("LOC", 16, 19)]


def test_each_county_of_a_list_after_a_state_is_in_the_state(nlp) -> None:
    found = {(s, p, o) for s, p, o, _ in table_facts(nlp, TWO_COUNTIES, ENTS)}
    assert ("Condado de Boone", "locatedIn", "Arkansas") in found
    assert ("Condado de Carroll", "locatedIn", "Arkansas") in found
    assert not any(s == "Arkansas" for s, _, _ in found)


def test_a_list_of_places_of_no_lower_level_nests_nothing(nlp) -> None:
    # the places before the list named by no division noun: nothing ranks them
    table = TWO_COUNTIES.replace("estado estado NOUN obl 4", "país país NOUN obl 4")
    found = {(s, o) for s, _, o, _ in table_facts(nlp, table, ENTS)}
    assert ("Condado de Boone", "Arkansas") not in found and ("Condado de Carroll", "Arkansas") not in found
    # the list goes on past its last name ("e em outras regiões"): no nesting either
    going_on = TWO_COUNTIES.replace(". . PUNCT punct 3", "e e CCONJ cc 21\nem em ADP case 21\noutras outro DET det 22\nregiões região NOUN conj 12\n. . PUNCT punct 3")
    found = {(s, o) for s, _, o, _ in table_facts(nlp, going_on, ENTS)}
    assert ("Condado de Carroll", "Arkansas") not in found


LISTED_COUNTRIES = """
Ele ele PRON nsubj 1
viveu viver VERB ROOT 1
na em_a ADP case 3
Hungria Hungria PROPN obl 1
, , PUNCT punct 6
na em_a ADP case 6
Baviera Baviera PROPN conj 3
e e CCONJ cc 9
na em_a ADP case 9
Áustria Áustria PROPN conj 3
. . PUNCT punct 1
"""


def test_a_list_of_places_after_a_place_nests_nothing(nlp) -> None:
    found = table_facts(nlp, LISTED_COUNTRIES, [("LOC", 3, 4), ("LOC", 6, 7), ("LOC", 9, 10)])
    assert not found


# as the shipped parser hangs it: the country coordinated with the bridge, no apposition of Paris
# (the surface reading alone can nest Paris in France)
BRIDGE = """
A o DET det 1
princesa princesa NOUN nsubj 2
morreu morrer VERB ROOT 2
no em_o ADP case 4
túnel túnel NOUN obl 2
da de_a ADP case 6
Ponte Ponte PROPN nmod 4
de de ADP case 8
l'Alma l'Alma PROPN nmod 6
, , PUNCT punct 11
em em ADP case 11
Paris Paris PROPN nmod 6
, , PUNCT punct 13
França França PROPN conj 6
. . PUNCT punct 2
"""
BRIDGE_ENTS = [("LOC", 4, 9), ("LOC", 11, 12), ("LOC", 13, 14)]


def test_a_place_after_a_name_and_em_is_in_the_country_after_it(nlp) -> None:
    # ", em Paris" after the bridge is no list's gap: a list of places each under "em" would put
    # "em" before França too
    found = {(s, p, o) for s, p, o, _ in table_facts(nlp, BRIDGE, BRIDGE_ENTS)}
    assert ("Paris", "partOf", "França") in found


def test_a_list_of_places_each_under_em_stays_unnested(nlp) -> None:
    # "na Alemanha, na Itália, França": three countries of a list, none in another
    table = (
        BRIDGE.replace("no em_o ADP case 4\ntúnel túnel NOUN obl 2", "na em_a ADP case 4\nAlemanha Alemanha PROPN obl 2")
        .replace("da de_a ADP case 6\nPonte Ponte PROPN nmod 4\nde de ADP case 8\nl'Alma l'Alma PROPN nmod 6\n", "")
        .replace(", , PUNCT punct 11\nem em ADP case 11\nParis Paris PROPN nmod 6", ", , PUNCT punct 7\nna em_a ADP case 7\nItália Itália PROPN conj 4")
        .replace(", , PUNCT punct 13\nFrança França PROPN conj 6", ", , PUNCT punct 9\nFrança França PROPN conj 4")
    )
    doc_words = [line.split()[0] for line in table.strip().splitlines()]
    assert doc_words == ["A", "princesa", "morreu", "na", "Alemanha", ",", "na", "Itália", ",", "França", "."]
    found = {(s, o) for s, _, o, _ in table_facts(nlp, table, [("LOC", 4, 5), ("LOC", 7, 8), ("LOC", 9, 10)])}
    assert not found
