"""Items of one enumeration are not related to each other, whatever rule read a statement
between them (issue 20, :mod:`teia.extract.relations.enumerations`). Written sentences parsed by
hand (``text lemma POS dep head``, ``head`` 0-based) as the trained parser parsed sentences of
that shape on MAC-MORPHO and Wikipedia; each case has a control that still gives its statement."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def pairs(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


# the third town typed a person by the NER: the nesting rule's own list check let it through
TOWNS = """
As o DET det 1
cidades cidade NOUN nsubj 9
de de ADP case 3
Hamar Hamar PROPN nmod 1
, , PUNCT punct 5
Gjøvik Gjøvik PROPN conj 3
, , PUNCT punct 8
e e CCONJ cc 8
Lillehammer Lillehammer PROPN conj 3
ficam ficar VERB ROOT 9
no em_o ADP case 11
lago lago NOUN obl 9
. . PUNCT punct 9
"""


def test_towns_of_a_list_are_not_nested(nlp) -> None:
    ents = [("LOC", 3, 4), ("LOC", 5, 6), ("PER", 8, 9)]
    assert not any(p == "partOf" for _, p, _ in pairs(nlp, TOWNS, ents))
    # "Hamar, Gjøvik ficam no lago": two names and a comma are an apposition, no list
    two = TOWNS.replace(", , PUNCT punct 8\ne e CCONJ cc 8\nLillehammer Lillehammer PROPN conj 3\n", "")
    two = two.replace("nsubj 9", "nsubj 6").replace("ROOT 9", "ROOT 6").replace("obl 9", "obl 6").replace("case 11", "case 8")
    two = two.replace("punct 9", "punct 6").replace("conj 3", "appos 3")
    assert ("Hamar", "partOf", "Gjøvik") in pairs(nlp, two, ents[:2])


# an agent phrase whose first name is the participle's agent, the others parsed off it
DIRECTED = """
Dirigidos dirigido VERB acl 5
por por ADP case 2
Tadeu Tadeu PROPN obl:agent 0
Jungle Jungle PROPN flat:name 2
, , PUNCT punct 5
Antônio Antônio PROPN ROOT 5
Abujamra Abujamra PROPN flat:name 5
e e CCONJ cc 8
Marcelo Marcelo PROPN conj 5
Tas Tas PROPN flat:name 8
. . PUNCT punct 5
"""


def test_the_agent_and_another_item_of_its_list_are_not_related(nlp) -> None:
    ents = [("PER", 2, 4), ("PER", 5, 7), ("PER", 8, 10)]
    assert pairs(nlp, DIRECTED, ents) == set()


# quoted titles in a list: the parser made the second the subject of the verb
WORKS = """
Escreveu escrever VERB ROOT 0
" " PUNCT punct 2
Werther Werther PROPN obj 0
" " PUNCT punct 2
, , PUNCT punct 6
" " PUNCT punct 6
Fausto Fausto PROPN nsubj 0
" " PUNCT punct 6
e e CCONJ cc 10
" " PUNCT punct 10
Clavigo Clavigo PROPN conj 2
" " PUNCT punct 10
. . PUNCT punct 0
"""


def test_quoted_titles_of_a_list_are_not_related(nlp) -> None:
    ents = [("MISC", 2, 3), ("PER", 6, 7), ("MISC", 10, 11)]
    assert not any(s == "Fausto" and o == "Werther" for s, _, o in pairs(nlp, WORKS, ents))
    # "Escreveu " Werther " Fausto ": no list, the parse's subject stands
    alone = WORKS.replace('" " PUNCT punct 2\n, , PUNCT punct 6\n', '" " PUNCT punct 2\n; ; PUNCT punct 6\n', 1)
    alone = alone.replace("e e CCONJ cc 10\n\" \" PUNCT punct 10\nClavigo Clavigo PROPN conj 2\n\" \" PUNCT punct 10\n", "")
    alone = alone.replace("punct 0\n", "punct 0\n")
    assert ("Fausto", "authorOf", "Werther") in pairs(nlp, alone, ents[:2])


# speakers of a lecture with their institutions in brackets
SPEAKERS = """
Falam falar VERB ROOT 0
Ana Ana PROPN nsubj 0
( ( PUNCT punct 3
USP USP PROPN appos 1
) ) PUNCT punct 3
, , PUNCT punct 6
Rui Rui PROPN appos 1
( ( PUNCT punct 8
Unicamp Unicamp PROPN appos 6
) ) PUNCT punct 8
e e CCONJ cc 11
Paulo Paulo PROPN conj 1
( ( PUNCT punct 13
UFRJ UFRJ PROPN appos 11
) ) PUNCT punct 13
. . PUNCT punct 0
"""


def test_names_of_two_bracketed_items_are_not_related_but_an_item_and_its_bracket_are(nlp) -> None:
    ents = [("PER", 1, 2), ("ORG", 3, 4), ("PER", 6, 7), ("ORG", 8, 9), ("PER", 11, 12), ("ORG", 13, 14)]
    found = pairs(nlp, SPEAKERS, ents)
    items = [("Ana", "USP"), ("Rui", "Unicamp"), ("Paulo", "UFRJ")]
    for s, _, o in found:
        assert (s, o) in items or (o, s) in items, (s, o)
    assert any((s, o) == ("Rui", "Unicamp") for s, _, o in found)
