"""A place, a dash and the state or country it is in (issue 20, P44e): the address lines of web
pages (``Gruta do Baú - Lagoa Santa - MG``, ``Moscovo - Rússia``); a
dash between two towns or two countries is a route or a match, and nests nothing."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _line(words: list[str]) -> str:
    """A hand parse of a heading of names and dashes: the first word the root, every other
    word hung on it (the rule reads the text between the names, whatever the parse)."""
    rows = []
    for i, w in enumerate(words):
        pos = "PUNCT" if w in "-–—." else "PROPN"
        rows.append(f"{w} {w} {pos} {'ROOT' if i == 0 else ('punct' if pos == 'PUNCT' else 'flat:name')} 0")
    return "\n".join(rows)


def test_a_town_before_a_state_code_is_in_the_state(nlp) -> None:
    # "Gruta do Baú - Lagoa Santa - MG": the town in the state; the cave before the town is left
    table = _line(["Gruta", "do", "Baú", "-", "Lagoa", "Santa", "-", "MG"])
    found = table_facts(nlp, table, [("LOC", 0, 3), ("LOC", 4, 6), ("LOC", 7, 8)])
    assert ("Lagoa Santa", "partOf", "MG", "dash-nesting") in found
    assert not any(s == "Gruta do Baú" for s, _, _, _ in found)


def test_a_town_before_a_country_is_in_the_country(nlp) -> None:
    table = _line(["Moscovo", "-", "Rússia"])
    found = table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3)])
    assert ("Moscovo", "partOf", "Rússia", "dash-nesting") in found


def test_two_towns_are_a_route(nlp) -> None:
    table = _line(["Lisboa", "-", "Porto"])
    assert not table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3)])


def test_two_countries_are_a_match(nlp) -> None:
    table = _line(["Brasil", "-", "Argentina"])
    assert not table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3)])


def test_a_state_before_its_code_is_not_nested(nlp) -> None:
    table = _line(["Minas", "Gerais", "-", "MG"])
    assert not table_facts(nlp, table, [("LOC", 0, 2), ("LOC", 3, 4)])


def test_stops_of_a_route_before_a_country_are_not_nested(nlp) -> None:
    # "Braga - Porto - Espanha": Porto is no part of Spain
    table = _line(["Braga", "-", "Porto", "-", "Espanha"])
    assert not table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 4, 5)])
    # "Lisboa - Espanha - Marrocos": the chain goes on after the country
    table = _line(["Lisboa", "-", "Espanha", "-", "Marrocos"])
    assert not table_facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 4, 5)])

