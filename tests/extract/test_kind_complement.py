"""A participle the parser hung on a bare noun of kind (``um clube de futebol sediado em X``)
is the noun's that the kind completes (issue 20: :func:`~teia.extract.relations.repairs.kind_complement_head`).

Written sentences parsed by hand (``text lemma POS dep head morphology``, see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "O Deventer Clube é um clube de futebol sediado em Deventer."
CLUB = """
O o DET det 1 Gender=Masc|Number=Sing
Deventer Deventer PROPN nsubj 5 Gender=Masc|Number=Sing
Clube Clube PROPN flat:name 1 _
é ser AUX cop 5 _
um um DET det 5 Gender=Masc|Number=Sing
clube clube NOUN ROOT 5 Gender={gender}|Number=Sing
de de ADP case 7 _
{kind} {kind} NOUN nmod 5 Gender=Masc|Number=Sing
sediado sediar VERB acl 7 Gender=Masc|Number=Sing|VerbForm=Part
em em ADP case 10 _
Zwolle Zwolle PROPN obl 8 _
. . PUNCT punct 5 _
"""
ENTS = [("ORG", 1, 3), ("LOC", 10, 11)]


def test_a_participle_on_a_kind_is_the_named_nouns(nlp) -> None:
    found = table_facts(nlp, CLUB.format(gender="Masc", kind="futebol"), ENTS, "kind.txt")
    assert ("Deventer Clube", "headquarteredIn", "Zwolle", "acl-participle") in found


def test_not_when_the_participle_disagrees_with_the_noun_or_the_complement_is_a_thing(nlp) -> None:
    # "uma fábrica de café sediado": the participle is not the (feminine) noun's
    found = table_facts(nlp, CLUB.format(gender="Fem", kind="futebol"), ENTS, "kind.txt")
    assert not any(s == "Deventer Clube" for s, *_ in found)
    # "um clube do bairro sediado em": a complement with its article is a thing of its own
    found = table_facts(nlp, THING, [("ORG", 1, 3), ("LOC", 11, 12)], "kind.txt")
    assert not any(s == "Deventer Clube" for s, *_ in found)


# "O Deventer Clube é um clube do bairro sediado em Zwolle."
THING = """
O o DET det 1 Gender=Masc|Number=Sing
Deventer Deventer PROPN nsubj 5 Gender=Masc|Number=Sing
Clube Clube PROPN flat:name 1 _
é ser AUX cop 5 _
um um DET det 5 Gender=Masc|Number=Sing
clube clube NOUN ROOT 5 Gender=Masc|Number=Sing
de de ADP case 8 _
o o DET det 8 Gender=Masc|Number=Sing
bairro bairro NOUN nmod 5 Gender=Masc|Number=Sing
sediado sediar VERB acl 8 Gender=Masc|Number=Sing|VerbForm=Part
em em ADP case 11 _
Zwolle Zwolle PROPN obl 9 _
. . PUNCT punct 5 _
"""
