"""A lifespan bracket after an aside on the person's name (issue 20, P61f): another language's
spelling in brackets, a link, a phrase between dashes, ``como é mais conhecido``; the bracket after
another person's name stays that person's, and a name's own bracket stays the lifespan rule's."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _flat(words: list[str]) -> str:
    """A hand parse with every word hung on the first (the rule reads the text, whatever the parse)."""
    rows = []
    for i, w in enumerate(words):
        pos = "PUNCT" if w in ",.()[]-–" else ("NUM" if w.isdigit() else ("PROPN" if w[0].isupper() else "ADP"))
        rows.append(f"{w} {w} {pos} {'ROOT' if i == 0 else 'dep'} 0")
    return "\n".join(rows)


def _facts(nlp, words: list[str], ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, _flat(words), ents)


def test_a_bracket_with_the_name_in_another_language_before_the_lifespan(nlp) -> None:
    # "Joseph Kosma (em húngaro Kozma József), (Budapeste, 1905 – Paris, 1969)"
    words = ["Joseph", "Kosma", "(", "em", "húngaro", "Kozma", "József", ")", ",", "(", "Budapeste", ",", "1905", "–", "Paris", ",", "1969", ")", "."]
    found = _facts(nlp, words, [("PER", 0, 2), ("PER", 5, 7), ("LOC", 10, 11), ("LOC", 14, 15)])
    assert ("Joseph Kosma", "bornIn", "Budapeste", "lifespan-aside") in found
    assert ("Joseph Kosma", "diedIn", "Paris", "lifespan-aside") in found
    assert not any(s == "Kozma József" for s, _, _, _ in found)


def test_a_link_before_the_lifespan(nlp) -> None:
    # "Élton Gomes [URLTOKEN Perfil] (Palmeira, 7 de abril de 1986)"
    words = ["Élton", "Gomes", "[", "URLTOKEN", "Perfil", "]", "(", "Palmeira", ",", "7", "de", "abril", "de", "1986", ")", "."]
    found = _facts(nlp, words, [("PER", 0, 2), ("LOC", 7, 8)])
    assert ("Élton Gomes", "bornIn", "Palmeira", "lifespan-aside") in found


def test_a_phrase_between_dashes_and_how_the_person_is_known(nlp) -> None:
    words = ["Dejan", "Stanković", "-", "em", "sérvio", ",", "Dejan", "-", "(", "Belgrado", ",", "1978", ")", "."]
    found = _facts(nlp, words, [("PER", 0, 2), ("LOC", 9, 10)])
    assert ("Dejan Stanković", "bornIn", "Belgrado", "lifespan-aside") in found
    words = ["Armandinho", ",", "como", "é", "mais", "conhecido", ",", "(", "Porto", "Alegre", ",", "1970", ")", "."]
    found = _facts(nlp, words, [("PER", 0, 1), ("LOC", 8, 10)])
    assert ("Armandinho", "bornIn", "Porto Alegre", "lifespan-aside") in found


def test_a_bracket_after_another_name_is_that_name_s(nlp) -> None:
    # "Terence Hill, nome artístico de Mario Girotti, (Veneza, 1939)": the lifespan rule's, of Mario Girotti
    words = ["Terence", "Hill", ",", "nome", "artístico", "de", "Mario", "Girotti", ",", "(", "Veneza", ",", "1939", ")", "."]
    found = _facts(nlp, words, [("PER", 0, 2), ("PER", 6, 8), ("LOC", 10, 11)])
    assert not any(r == "lifespan-aside" for _, _, _, r in found)


def test_the_name_s_own_lifespan_is_the_lifespan_rule_s(nlp) -> None:
    words = ["Fernando", "Pessoa", "(", "Lisboa", ",", "1888", ")", "(", "em", "inglês", "Pessoa", ")", "."]
    found = _facts(nlp, words, [("PER", 0, 2), ("LOC", 3, 4)])
    assert ("Fernando Pessoa", "bornIn", "Lisboa", "lifespan") in found
    assert not any(r == "lifespan-aside" for _, _, _, r in found)
