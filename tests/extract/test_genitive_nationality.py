"""A town or a club after a person's name is no nationality (issue 20, 23a).

``Johan Cruyff, do Barcelona da Espanha`` (Bosque's news) and ``Marcelo Miranda, do Mato
Grosso`` (MAC-MORPHO) gave ``nationality Barcelona`` and ``nationality Mato Grosso`` through the
genitive rule of a person and a place: only a place ``demonyms.json`` names as a country is a
nationality (``demonyms.town_for_nationality``, which the apposition rules already read). The
sentences are written for the test and parsed by hand (see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


FROM = """
Marcelo Marcelo PROPN nsubj 6
Miranda Miranda PROPN flat:name 0
, , PUNCT punct 4
do de ADP case 4
{place} {place} PROPN nmod 0
, , PUNCT punct 4
falou falar VERB ROOT 6
. . PUNCT punct 6
"""

ENTS = [("PER", 0, 2), ("LOC", 4, 5)]


def facts(nlp, place: str) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, FROM.format(place=place), ENTS)}


def test_a_town_after_a_person_is_no_nationality(nlp) -> None:
    assert not any(p == "nationality" for _, p, _ in facts(nlp, "Chicago"))


def test_a_country_after_a_person_is_a_nationality(nlp) -> None:
    assert ("Marcelo Miranda", "nationality", "Brasil") in facts(nlp, "Brasil")
