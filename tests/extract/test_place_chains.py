"""A town, its region and its country, commas between them (issue 20, P61f): ``localizado em
Denver, Colorado, Estados Unidos``, a lifespan bracket's ``(Pasadena, Califórnia, EUA, ...``; three
places and two commas that are a list (``Suécia, Noruega, Finlândia``) nest nothing."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _places(words: list[str]) -> tuple[str, list[tuple[str, int, int]]]:
    """A hand parse of ``em`` and names between commas (the first word the root, every other hung
    on it: the rule reads the text between the names, whatever the parse) and a place mention for
    each run of capitalized words."""
    rows, ents = [], []
    start = None
    for i, w in enumerate(words + ["."]):
        pos = "PUNCT" if w in ",." else ("PROPN" if w[0].isupper() else ("CCONJ" if w == "e" else "ADP"))
        dep = "ROOT" if i == 0 else {"PUNCT": "punct", "PROPN": "flat:name", "CCONJ": "cc", "ADP": "case"}[pos]
        rows.append(f"{w} {w} {pos} {dep} 0")
        if pos == "PROPN" and start is None:
            start = i
        if pos != "PROPN" and start is not None:
            ents.append(("LOC", start, i))
            start = None
    return "\n".join(rows), ents


def test_a_town_its_state_and_its_country_each_in_the_next(nlp) -> None:
    table, ents = _places(["em", "Denver", ",", "Colorado", ",", "Estados", "Unidos"])
    found = table_facts(nlp, table, ents)
    assert ("Denver", "partOf", "Colorado", "place-chain") in found
    assert ("Colorado", "partOf", "Estados Unidos", "place-chain") in found
    assert not any(s == "Denver" and o == "Estados Unidos" for s, _, o, _ in found)


def test_a_list_of_countries_is_no_chain(nlp) -> None:
    table, ents = _places(["em", "Suécia", ",", "Noruega", ",", "Finlândia"])
    assert not table_facts(nlp, table, ents)


def test_a_list_of_towns_not_ending_in_a_country_is_no_chain(nlp) -> None:
    table, ents = _places(["em", "Joinville", ",", "Criciúma", ",", "Itajaí"])
    assert not table_facts(nlp, table, ents)


def test_a_list_that_began_before_the_three_is_no_chain(nlp) -> None:
    # "em Lisboa, Porto, Braga, Espanha": Porto is no part of Braga
    table, ents = _places(["em", "Lisboa", ",", "Porto", ",", "Braga", ",", "Espanha"])
    assert not table_facts(nlp, table, ents)


def test_a_list_that_goes_on_after_the_country_is_no_chain(nlp) -> None:
    table, ents = _places(["em", "Lisboa", ",", "Porto", ",", "Espanha", "e", "França"])
    assert not table_facts(nlp, table, ents)


def test_two_states_before_a_country_are_a_list(nlp) -> None:
    # "São Paulo, Rio de Janeiro, Brasil": São Paulo is no part of Rio de Janeiro
    table, ents = _places(["em", "São", "Paulo", ",", "Rio", "de", "Janeiro", ",", "Brasil"])
    table = table.replace("de de ADP case 0", "de de ADP flat:name 0")
    ents = [("LOC", 1, 3), ("LOC", 4, 7), ("LOC", 8, 9)]
    assert not table_facts(nlp, table, ents)
