"""A place with its own ``em`` after a comma that the parser hung inside the clause's ``em``
place is where the clause is too (issue 20, P23c:
:func:`~teia.extract.relations.repairs.place_after_place`).

Written sentences parsed by hand (``text lemma POS dep head``, see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "Union Dale é um distrito localizado no estado de Pensilvânia, no Condado de Susquehanna."
DISTRICT = """
Union Union PROPN nsubj 4
Dale Dale PROPN flat:name 0
é ser AUX cop 4
um um DET det 4
distrito distrito NOUN ROOT 4
localizado localizar VERB acl 4
em em ADP case 8
o o DET det 8
estado estado NOUN obl 5
de de ADP case 10
Pensilvânia Pensilvânia PROPN nmod 8
{comma} {comma} PUNCT punct 14
em em ADP case 14
o o DET det 14
Condado Condado PROPN nmod 8
de de ADP case 16
Susquehanna Susquehanna PROPN nmod 14
. . PUNCT punct 4
"""
ENTS = [("LOC", 0, 2), ("LOC", 10, 11), ("LOC", 14, 17)]


def test_a_place_after_a_comma_inside_the_place_of_a_clause(nlp) -> None:
    found = table_facts(nlp, DISTRICT.format(comma=","), ENTS, "places.txt")
    assert ("Union Dale", "locatedIn", "Pensilvânia", "acl-participle") in found
    assert ("Union Dale", "locatedIn", "Condado de Susquehanna", "acl-participle") in found


def test_not_without_the_comma(nlp) -> None:
    found = table_facts(nlp, DISTRICT.format(comma="-"), ENTS, "places.txt")
    assert ("Union Dale", "locatedIn", "Pensilvânia", "acl-participle") in found
    assert not any(s == "Union Dale" and o == "Condado de Susquehanna" for s, _, o, _ in found)
