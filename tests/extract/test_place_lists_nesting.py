"""Places nested into a list or the wrong way round (issue 20, P62k): a bracket of names joined by
``e`` after a place lists its parts, not the place it is in (``nos Estados de São Paulo (Orlândia
e Cândido Mota)``, the second typed a person); two known places the NER joined into one name hold
nothing (``o Ceará (Juazeiro do Norte e Fortaleza)``); a part of a known place after a place holds
it, and is not the apposed title's holder (``o bairro de Jardim Carioca, na Ilha do Governador,
Zona Norte do Rio de Janeiro``)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _phrase(words: list[str]) -> str:
    """A hand parse of a name and what follows it: the first word the root, every other word hung
    on it (the nesting rules read the text between the names, whatever the parse)."""
    rows = []
    for i, w in enumerate(words):
        pos = "PUNCT" if w in "(),." else ("CCONJ" if w == "e" else ("ADP" if w in ("de", "do") else "PROPN"))
        dep = "ROOT" if i == 0 else {"PUNCT": "punct", "CCONJ": "cc", "ADP": "case"}.get(pos, "flat:name")
        rows.append(f"{w} {w} {pos} {dep} 0")
    return "\n".join(rows)


def _nesting(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, _ in found if p in ("partOf", "locatedIn")}


def test_a_bracket_list_of_mixed_categories_holds_no_place(nlp) -> None:
    words = ["Estados", "de", "São", "Paulo", "(", "Orlândia", "e", "Cândido", "Mota", ")"]
    found = table_facts(nlp, _phrase(words), [("LOC", 0, 4), ("LOC", 5, 6), ("PER", 7, 9)])
    assert ("Estados de São Paulo", "Orlândia") not in _nesting(found)
    assert not any(r == "surface-nesting" for *_, r in found)


def test_a_bracket_of_two_names_without_e_still_nests(nlp) -> None:
    # "Martin Schulz (PSE, DE)": his party and his country, no list
    words = ["Martin", "Schulz", "(", "PSE", ",", "Alemanha", ")"]
    found = table_facts(nlp, _phrase(words), [("PER", 0, 2), ("ORG", 3, 4), ("LOC", 5, 6)])
    assert any(s == "Martin Schulz" and o == "PSE" and r == "surface-nesting" for s, _, o, r in found)


def test_two_known_places_joined_into_one_name_hold_nothing(nlp) -> None:
    words = ["Ceará", "(", "Juazeiro", "do", "Norte", "e", "Fortaleza", ")"]
    found = table_facts(nlp, _phrase(words), [("LOC", 0, 1), ("LOC", 2, 7)])
    assert not _nesting(found)


def test_a_country_named_with_e_still_holds_its_town(nlp) -> None:
    words = ["Sarajevo", ",", "Bósnia", "e", "Herzegovina"]
    found = table_facts(nlp, _phrase(words), [("LOC", 0, 1), ("LOC", 2, 5)])
    assert ("Sarajevo", "Bósnia e Herzegovina") in _nesting(found)


BAIRRO = """
Village Village PROPN nsubj 3
é ser AUX cop 3
um um DET det 3
sub-bairro sub-bairro NOUN ROOT 3
do de_o ADP case 5
bairro bairro NOUN nmod 3
de de ADP case 7
Jardim Jardim PROPN nmod 5
Carioca Carioca PROPN flat:name 7
, , PUNCT punct 11
na em_a ADP case 11
Ilha Ilha PROPN nmod 5
do de_o ADP case 13
Governador Governador PROPN nmod 11
, , PUNCT punct 15
Zona Zona PROPN appos 5
Norte Norte PROPN flat:name 15
do de_o ADP case 18
Rio Rio PROPN nmod 15
de de ADP case 20
Janeiro Janeiro PROPN nmod 18
. . PUNCT punct 3
"""


def test_a_part_of_a_known_place_after_a_place_is_no_bairro_of_the_first(nlp) -> None:
    ents = [("LOC", 0, 1), ("LOC", 7, 9), ("LOC", 11, 14), ("LOC", 15, 21)]
    found = table_facts(nlp, BAIRRO, ents)
    assert ("Zona Norte do Rio de Janeiro", "Jardim Carioca") not in _nesting(found)
    assert ("Ilha do Governador", "Zona Norte do Rio de Janeiro") in _nesting(found)


PRESIDENT = """
O o DET det 1
presidente presidente NOUN nsubj 7
do de_o ADP case 3
Afeganistão Afeganistão PROPN nmod 1
, , PUNCT punct 5
Burhanuddin Burhanuddin PROPN appos 1
Rabbani Rabbani PROPN flat:name 5
chegou chegar VERB ROOT 7
. . PUNCT punct 7
"""


def test_a_person_the_ner_typed_a_place_keeps_the_apposed_title(nlp) -> None:
    found = table_facts(nlp, PRESIDENT, [("LOC", 3, 4), ("LOC", 5, 7)])
    assert any(s == "Burhanuddin Rabbani" and o == "Afeganistão" and r == "appos-title" for s, _, o, r in found)


def test_a_street_after_a_known_place_is_in_it(nlp) -> None:
    # "em Pinheiros, na Rua Fradique Coutinho": the street in the neighbourhood
    words = ["Pinheiros", ",", "na", "Rua", "Fradique", "Coutinho"]
    found = table_facts(nlp, _phrase(words), [("LOC", 0, 1), ("LOC", 3, 6)])
    assert ("Rua Fradique Coutinho", "Pinheiros") in _nesting(found)
    assert ("Pinheiros", "Rua Fradique Coutinho") not in _nesting(found)


def test_a_building_before_a_street_stays_in_it(nlp) -> None:
    words = ["Teatro", "Oficina", ",", "na", "Rua", "Jaceguai"]
    found = table_facts(nlp, _phrase(words), [("LOC", 0, 2), ("LOC", 4, 6)])
    assert ("Teatro Oficina", "Rua Jaceguai") in _nesting(found)


def test_a_person_s_bracket_list_still_names_his_band(nlp) -> None:
    # "Dave Grohl (Foo Fighters e Nirvana)": the bands he plays in, not places
    words = ["Dave", "Grohl", "(", "Foo", "Fighters", "e", "Nirvana", ")"]
    found = table_facts(nlp, _phrase(words), [("PER", 0, 2), ("ORG", 3, 5), ("LOC", 6, 7)])
    assert any(s == "Dave Grohl" and o == "Foo Fighters" and r == "surface-nesting" for s, _, o, r in found)


def test_a_building_before_its_address_in_a_bracket_stays_in_the_street(nlp) -> None:
    words = ["Shopping", "da", "Gávea", "(", "Rua", "Marquês", "de", "São", "Vicente", ")"]
    found = table_facts(nlp, _phrase(words), [("LOC", 0, 3), ("LOC", 4, 9)])
    assert ("Rua Marquês de São Vicente", "Shopping da Gávea") not in _nesting(found)
