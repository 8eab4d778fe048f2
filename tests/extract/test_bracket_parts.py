"""The places a bracket lists after a place are its parts (issue 20, P61d): ``a Iugoslávia (Sérvia
e Montenegro)``; not a line-up's players the NER typed places, a country under a town, a state
under a town, nor a bracket holding anything but the list."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _phrase(words: list[str]) -> str:
    """A hand parse of a noun phrase and its bracket: the first word the root, every other word
    hung on it (the rule reads the text between the names, whatever the parse)."""
    rows = []
    for i, w in enumerate(words):
        pos = "PUNCT" if w in "(),." else ("CCONJ" if w == "e" else ("DET" if w in ("a", "o") else "PROPN"))
        dep = "ROOT" if i == 0 else {"PUNCT": "punct", "CCONJ": "cc", "DET": "det"}.get(pos, "flat:name")
        rows.append(f"{w} {w} {pos} {dep} 0")
    return "\n".join(rows)


def test_each_place_a_bracket_lists_after_a_place_is_part_of_it(nlp) -> None:
    # "a Iugoslávia (Sérvia e Montenegro)": both republics in the federation
    table = _phrase(["Iugoslávia", "(", "Sérvia", "e", "Montenegro", ")"])
    found = table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 4, 5)])
    assert ("Sérvia", "partOf", "Iugoslávia", "bracket-parts") in found
    assert ("Montenegro", "partOf", "Iugoslávia", "bracket-parts") in found


def test_a_longer_list_with_commas_gives_every_item(nlp) -> None:
    table = _phrase(["Europa", "(", "França", ",", "Alemanha", "e", "Itália", ")"])
    found = table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 4, 5), ("LOC", 6, 7)])
    assert {(s, o) for s, p, o, r in found if r == "bracket-parts" and p == "partOf"} == {
        ("França", "Europa"),
        ("Alemanha", "Europa"),
        ("Itália", "Europa"),
    }


def test_players_the_ner_typed_places_are_no_parts(nlp) -> None:
    # a line-up: "Argentina (Maradona e Caniggia)", the players no known places
    table = _phrase(["Argentina", "(", "Maradona", "e", "Caniggia", ")"])
    found = table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 4, 5)])
    assert not any(r == "bracket-parts" for _, _, _, r in found)


def test_a_town_holds_no_country_nor_state(nlp) -> None:
    table = _phrase(["Genebra", "(", "Suíça", "e", "França", ")"])
    found = table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 4, 5)])
    assert not any(r == "bracket-parts" for _, _, _, r in found)
    table = _phrase(["Barretos", "(", "SP", "e", "MG", ")"])
    found = table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 4, 5)])
    assert not any(r == "bracket-parts" for _, _, _, r in found)


def test_a_bracket_with_more_than_the_list_or_one_place_is_no_list_of_parts(nlp) -> None:
    # "Ceará (Caucaia e Fortaleza, em março)": more than names inside
    table = _phrase(["Ceará", "(", "Caucaia", "e", "Fortaleza", ",", "março", ")"])
    found = table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 4, 5)])
    assert not any(r == "bracket-parts" for _, _, _, r in found)
    # "Fortaleza (Ceará)": one place in a bracket is where the name is (surface-nesting's)
    table = _phrase(["Fortaleza", "(", "Ceará", ")"])
    found = table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3)])
    assert not any(r == "bracket-parts" for _, _, _, r in found)
    assert ("Fortaleza", "partOf", "Ceará", "surface-nesting") in found


def test_the_same_list_closed_after_its_last_place_is_one(nlp) -> None:
    # the control of the test above: the same names, nothing else in the bracket
    table = _phrase(["Ceará", "(", "Caucaia", "e", "Fortaleza", ")"])
    found = table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 4, 5)])
    assert ("Caucaia", "partOf", "Ceará", "bracket-parts") in found
    assert ("Fortaleza", "partOf", "Ceará", "bracket-parts") in found
