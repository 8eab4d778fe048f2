"""Wrong ``memberOf`` from a person's bracket and wrong ``partOf`` between a product and its
maker (issue 20, P65g).

* A bracket after a person names a body he belongs to (``José Sarney (PMDB-AP)``), but not when
  it gives his rank (``Jim Courier (24º ATP)``), an award he won (``Sergi Belbel (Prémio Nacional
  da Literatura Catalã)``), the two makers of the car he drives (``Luca Badoer
  (Reynard/Cosworth)``) or his birthplace and its date across a dash (``Mina Seinfeld
  (Dorohoi, Romênia - 14 de setembro de 1944)``: a lifespan, so ``bornIn``).
* ``o Twingo, da Renault``: two organizations joined by ``de`` after a comma are a part and its
  whole only when the first is named as a body (``o Hospital São Paulo, da Escola Paulista de
  Medicina``); ``a CPI da CUT``, an inquiry, looks into the body of its complement.

The sentences are written for the test and parsed by hand (see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.extract.lifespans import lifespan_bracket, lifespan_parts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents, "news.txt")}


BRACKET = """
{first} {first} PROPN nsubj {verb}
{last} {last} PROPN flat:name 0
( ( PUNCT punct 3
{inside}
) ) PUNCT punct 3
venceu vencer VERB ROOT {verb}
. . PUNCT punct {verb}
"""


def bracket(first: str, last: str, inside: list[str]) -> str:
    verb = 4 + len(inside)
    return BRACKET.format(first=first, last=last, inside="\n".join(inside), verb=verb).strip("\n")


def test_a_ranking_in_a_persons_bracket_is_no_body(nlp) -> None:
    table = bracket("Jim", "Courier", ["24º 24º ADJ amod 4", "ATP ATP PROPN appos 0"])
    got = facts(nlp, table, [("PER", 0, 2), ("ORG", 3, 5)])
    assert not any(p == "memberOf" for s, p, o in got)
    table = bracket("Jim", "Courier", ["24º 24º ADJ amod 4", "ATP ATP PROPN appos 0"])
    got = facts(nlp, table, [("PER", 0, 2), ("ORG", 4, 5)])  # the NER's name without the number
    assert not any(p == "memberOf" for s, p, o in got)


def test_an_award_in_a_persons_bracket_is_no_body(nlp) -> None:
    table = bracket("Sergi", "Belbel", ["Prémio Prémio PROPN appos 0", "Nacional Nacional PROPN flat:name 3"])
    got = facts(nlp, table, [("PER", 0, 2), ("ORG", 3, 5)])
    assert not any(p == "memberOf" for s, p, o in got)


def test_two_makers_joined_by_a_slash_are_no_body(nlp) -> None:
    table = bracket("Luca", "Badoer", ["Reynard Reynard PROPN appos 0", "/ / PUNCT punct 5", "Cosworth Cosworth PROPN conj 3"])
    got = facts(nlp, table, [("PER", 0, 2), ("LOC", 3, 4), ("ORG", 5, 6)])
    assert not any(p == "memberOf" for s, p, o in got)


def test_a_party_in_a_persons_bracket_is_still_his(nlp) -> None:
    table = bracket("José", "Sarney", ["PMDB PMDB PROPN appos 0"])
    assert ("José Sarney", "memberOf", "PMDB") in facts(nlp, table, [("PER", 0, 2), ("ORG", 3, 4)])


def test_a_birthplace_and_its_date_across_a_dash_are_a_lifespan() -> None:
    inner = "Dorohoi, Romênia - 14 de setembro de 1944"
    assert lifespan_parts(inner) == [(0, len("Dorohoi"))]
    assert lifespan_bracket(f"Mina Seinfeld ({inner}) é professora.", len("Mina Seinfeld"))
    # a bare year after the dash may be a death's: no lifespan read this way
    assert lifespan_parts("Lisboa - 1935") is None


PRODUCT = """
O o DET det 1
{head} {head} PROPN nsubj {verb}
{rest}
, , PUNCT punct {maker}
da de ADP case {maker}
{maker_word} {maker_word} PROPN nmod 1
, , PUNCT punct {maker}
vendeu vender VERB ROOT {verb}
. . PUNCT punct {verb}
"""


def product(head: str, rest: list[str], maker: str) -> str:
    n = len(rest)
    return PRODUCT.format(head=head, rest="\n".join(rest), maker=4 + n, maker_word=maker, verb=6 + n).replace("\n\n", "\n")


def test_a_product_after_a_comma_is_no_part_of_its_maker(nlp) -> None:
    table = product("Twingo", [], "Renault")
    got = facts(nlp, table, [("ORG", 1, 2), ("ORG", 4, 5)])
    assert ("Twingo", "partOf", "Renault") not in got


def test_a_body_after_a_comma_is_still_a_part(nlp) -> None:
    table = product("Hospital", ["Central Central PROPN flat:name 1"], "Unifesp")
    got = facts(nlp, table, [("ORG", 1, 3), ("ORG", 5, 6)])
    assert ("Hospital Central", "partOf", "Unifesp") in got


def test_an_inquiry_is_no_part_of_the_body_it_looks_into(nlp) -> None:
    table = """
A o DET det 1
CPI CPI PROPN nsubj 4
da de ADP case 3
CUT CUT PROPN nmod 1
ouviu ouvir VERB ROOT 4
o o DET det 6
ministro ministro NOUN obj 4
. . PUNCT punct 4
"""
    got = facts(nlp, table, [("ORG", 1, 2), ("ORG", 3, 4)])
    assert ("CPI", "partOf", "CUT") not in got
