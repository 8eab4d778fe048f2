"""A noun in the singular set after the last item of a list is that item's (issue 20, P39b): in
``companhias como a Xerox, Kodak, QMS, Digital e Pennant, empresa da IBM`` (Bosque dev) the parser
hung ``empresa`` on the list's first item and the apposition rule gave ``Xerox rel:empresa_de
IBM``. A noun in the plural keeps the parse's reading, and one name alone keeps its noun. Parsed
by hand as the shipped parser does."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "empresa" (13) hung on Xerox (3), the list's first item, as the shipped parser does
LIST = """
companhias companhia NOUN nsubj 1
estiveram estar VERB ROOT 1
como como ADP case 3
Xerox Xerox PROPN obl 1
, , PUNCT punct 5
Kodak Kodak PROPN conj 3
, , PUNCT punct 7
Digital Digital PROPN conj 3
e e CCONJ cc 9
Pennant Pennant PROPN conj 3
, , PUNCT punct 11
{noun} {noun} NOUN appos 3 Number={number}
da de_o ADP case 13
IBM IBM PROPN nmod 11
. . PUNCT punct 1
"""

LIST_ENTS = [("ORG", 3, 4), ("ORG", 5, 6), ("ORG", 7, 8), ("ORG", 9, 10), ("ORG", 13, 14)]


def test_a_singular_noun_after_the_last_item_is_that_items(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, LIST.format(noun="empresa", number="Sing"), LIST_ENTS)}
    assert ("Pennant", "rel:empresa_de", "IBM") in facts, facts
    assert not any(s == "Xerox" and o == "IBM" for s, _, o in facts), facts


def test_a_plural_noun_keeps_the_parse(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, LIST.format(noun="empresas", number="Plur"), LIST_ENTS)}
    assert not any(s == "Pennant" and o == "IBM" for s, _, o in facts), facts


ONE = """
Pennant Pennant PROPN nsubj 5
, , PUNCT punct 2
empresa empresa NOUN appos 0 Number=Sing
da de_o ADP case 4
IBM IBM PROPN nmod 2
chegou chegar VERB ROOT 5
. . PUNCT punct 5
"""


def test_one_name_keeps_its_noun(nlp) -> None:
    facts = {f[:3] for f in table_facts(nlp, ONE, [("ORG", 0, 1), ("ORG", 4, 5)])}
    assert ("Pennant", "rel:empresa_de", "IBM") in facts, facts
