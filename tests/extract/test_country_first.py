"""Two places named the larger first, and documents of a court (issue 20, 24a).

A country named before another place holds it (``Na Espanha, em Granada``: the town is in
Spain, not Spain in the town), unless the other is a continent, a world region, a sea or an
ocean (``em Portugal, na Europa``: ``wider_than_countries`` in ``regions.json``). A court's
ruling or an agency's order (``a Súmula 418 do STJ``, ``a Portaria n.º 314/92 do IPHAN``) the
NER took for an organization is a work the court made (``createdBy``), not a part of it. A
short word cut by its period in a sentence that goes on (``(REsp 1681249/SP, Rel. Ministro
...)``: ``Rel`` for ``Relator``) is no place to nest a name in. A title of nobility the NER cut
from its place (``o Barão de Santa-Pia``) is no part of that place.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import json

import pytest
from handparse import relations_pipeline, table_facts

from teia.errors import InputError
from teia.extract.regions import load_regions


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, "places.txt")


# "Na Espanha, em Granada, os rios transbordam."
FRONTED = """
em em ADP case 2
a o DET det 2
{country} {country} PROPN obl 9
, , PUNCT punct 5
em em ADP case 5
{town} {town} PROPN nmod 2
, , PUNCT punct 2
os o DET det 8
rios rio NOUN nsubj 9
transbordam transbordar VERB ROOT 9
. . PUNCT punct 9
"""
FRONTED_ENTS = [("LOC", 2, 3), ("LOC", 5, 6)]

# "Tanita Tikaram nasceu na Alemanha, em Münster."
BORN = """
Tanita Tanita PROPN nsubj 2
Tikaram Tikaram PROPN flat:name 0
nasceu nascer VERB ROOT 2
em em ADP case 5
a o DET det 5
{country} {country} PROPN obl 2
, , PUNCT punct 8
em em ADP case 8
{town} {town} PROPN nmod 5
. . PUNCT punct 2
"""
BORN_ENTS = [("PER", 0, 2), ("LOC", 5, 6), ("LOC", 8, 9)]


def test_a_town_after_a_country_is_in_the_country(nlp) -> None:
    found = facts(nlp, FRONTED.format(country="Espanha", town="Granada"), FRONTED_ENTS)
    assert ("Granada", "locatedIn", "Espanha", "surface-nesting") in found
    assert not any(s == "Espanha" and o == "Granada" for s, _, o, _ in found)


def test_a_birthplace_after_its_country(nlp) -> None:
    found = facts(nlp, BORN.format(country="Alemanha", town="Münster"), BORN_ENTS)
    assert ("Münster", "locatedIn", "Alemanha", "surface-nesting") in found
    assert ("Tanita Tikaram", "bornIn", "Münster", "svo-active") in found
    assert not any(s == "Alemanha" and o == "Münster" for s, _, o, _ in found)


def test_a_country_before_its_continent_keeps_the_order(nlp) -> None:
    found = facts(nlp, BORN.format(country="Portugal", town="Europa"), BORN_ENTS)
    assert ("Portugal", "locatedIn", "Europa", "surface-nesting") in found
    assert not any(s == "Europa" and o == "Portugal" for s, _, o, _ in found)


def test_a_town_before_its_country_keeps_the_order(nlp) -> None:
    found = facts(nlp, BORN.format(country="Münster", town="Alemanha"), BORN_ENTS)
    assert ("Münster", "locatedIn", "Alemanha", "surface-nesting") in found


def test_two_towns_keep_the_order(nlp) -> None:
    # neither names a country: the text's order, as before ("em Fortaleza, no Ceará")
    found = facts(nlp, BORN.format(country="Fortaleza", town="Ceará"), BORN_ENTS)
    assert ("Fortaleza", "locatedIn", "Ceará", "surface-nesting") in found


def test_wider_than_countries_is_read_folded_and_checked(tmp_path) -> None:
    from teia.extract.regions import wider_than_countries

    assert wider_than_countries("Mar Mediterrâneo") and wider_than_countries("africa")
    assert not wider_than_countries("Espanha")
    base = {"codes": {"GO": "Goiás"}, "areas": ["interior"]}
    bad = tmp_path / "regions.json"
    bad.write_text(json.dumps({**base, "wider_than_countries": "Europa"}), encoding="utf-8")
    with pytest.raises(InputError, match="regions.json: 'wider_than_countries' must be a list of place names"):
        load_regions(str(bad))
    good = tmp_path / "wider.json"
    good.write_text(json.dumps({**base, "wider_than_countries": ["Ásia Menor"]}), encoding="utf-8")
    assert load_regions(str(good)).wider == frozenset({"asia menor"})


# "Negou-se provimento por aplicação da Súmula 418 do STJ."
RULING = """
aplicação aplicação NOUN ROOT 0
de de ADP case 3
a o DET det 3
{head} {head} PROPN nmod 0
418 418 NUM flat:name 3
de de ADP case 7
o o DET det 7
STJ STJ PROPN nmod 3
. . PUNCT punct 0
"""
RULING_ENTS = [("ORG", 3, 5), ("ORG", 7, 8)]


def test_a_courts_ruling_is_its_work_not_its_part(nlp) -> None:
    found = facts(nlp, RULING.format(head="Súmula"), RULING_ENTS)
    assert ("Súmula 418", "createdBy", "STJ", "genitive") in found
    assert not any(p == "partOf" for _, p, _, _ in found)


def test_a_chamber_of_a_court_is_still_its_part(nlp) -> None:
    found = facts(nlp, RULING.format(head="Turma"), RULING_ENTS)
    assert ("Turma 418", "partOf", "STJ", "genitive") in found


# "(REsp 1681249/SP, Rel. Ministro Herman Benjamin, julgado em 05/09/2017)": a citation of a
# ruling; the NER took "Rel", the abbreviation of "Relator", for a place
CITATION = """
( ( PUNCT punct 1
REsp REsp PROPN ROOT 1
1681249 1681249 NUM nummod 1
/ / PUNCT punct 4
SP SP PROPN appos 1
, , PUNCT punct 6
{word} {word} PROPN appos 1
. . PUNCT punct 6
Ministro Ministro PROPN appos 6
Herman Herman PROPN flat:name 8
Benjamin Benjamin PROPN flat:name 8
) ) PUNCT punct 1
"""
CITATION_ENTS = [("LOC", 4, 5), ("LOC", 6, 7), ("PER", 8, 11)]


def test_an_abbreviation_cut_by_its_period_is_no_place(nlp) -> None:
    found = facts(nlp, CITATION.format(word="Rel"), CITATION_ENTS)
    assert not any(o == "Rel" for _, _, o, _ in found)


def test_a_place_before_a_period_in_a_sentence_that_goes_on_is_still_nested(nlp) -> None:
    # a name of four letters or more before its period is a whole word ("SP, Leme. Ministro ...")
    found = facts(nlp, CITATION.format(word="Leme"), CITATION_ENTS)
    assert ("SP", "partOf", "Leme", "surface-nesting") in found


# "O Barão de Santa-Pia está mal.": a title of nobility and its place, one name the NER cut in two
NOBLE = """
o o DET det 1
{title} {title} PROPN nsubj 5
de de ADP case 3
Santa-Pia Santa-Pia PROPN nmod 1
está estar AUX cop 5
mal mal ADV ROOT 5
. . PUNCT punct 5
"""
NOBLE_ENTS = [("LOC", 1, 2), ("LOC", 3, 4)]


def test_a_title_of_nobility_is_no_part_of_its_place(nlp) -> None:
    assert not facts(nlp, NOBLE.format(title="Barão"), NOBLE_ENTS)


def test_a_district_is_still_part_of_its_town(nlp) -> None:
    found = facts(nlp, NOBLE.format(title="Camboinhas"), NOBLE_ENTS)
    assert ("Camboinhas", "partOf", "Santa-Pia", "genitive") in found


# "Estamos em ligação com a Alemanha, com Inglaterra, Estados Unidos." (a HAREM I interview)
REPEATED = """
Estamos estar AUX ROOT 0
em em ADP case 2
ligação ligação NOUN obl 0
{first} {first} ADP case 5
a o DET det 5
Alemanha Alemanha PROPN nmod 2
, , PUNCT punct 8
com com ADP case 8
Inglaterra Inglaterra PROPN conj 5
, , PUNCT punct 10
Estados Estados PROPN conj 5
Unidos Unidos PROPN flat:name 10
. . PUNCT punct 0
"""
REPEATED_ENTS = [("LOC", 5, 6), ("LOC", 8, 9), ("LOC", 10, 12)]


def test_members_of_a_list_that_repeat_their_preposition_are_not_nested(nlp) -> None:
    found = facts(nlp, REPEATED.format(first="com"), REPEATED_ENTS)
    assert not any(s == "Inglaterra" and o == "Estados Unidos" for s, _, o, _ in found)
    # the word before the first name differs: no list the check sees, the comma nests the names
    found = facts(nlp, REPEATED.format(first="sobre"), REPEATED_ENTS)
    assert ("Inglaterra", "partOf", "Estados Unidos", "surface-nesting") in found
