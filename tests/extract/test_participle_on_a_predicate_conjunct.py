"""A participle the parser hung on the last of a copula's coordinated predicate nouns tells of the
copula's subject (issue 20, P46e; :func:`~teia.extract.relations.repairs.predicate_conjunct_owner`).

``Vincent Furnier é um cantor, compositor e ator americano nascido na cidade de Detroit``: the
shipped parser hangs ``nascido`` on ``ator``, a conjunct of ``cantor``, and only ``cantor`` holds
the copula that names the singer. Sentences written for the test and parsed by hand (``text lemma
POS dep head morphology``, see :mod:`handparse`) as the shipped parser read the Wikipedia lead.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "Rui Tavares é um cantor e ator português nascido na cidade de Braga."
SINGER = """
Rui Rui PROPN nsubj 4 _
Tavares Tavares PROPN flat:name 0 _
é ser AUX cop 4 _
um um DET det 4 Gender=Masc|Number=Sing
cantor cantor NOUN ROOT 4 Gender=Masc|Number=Sing
e e CCONJ cc 6 _
ator ator NOUN conj 4 Gender=Masc|Number=Sing
português português ADJ amod 6 Gender=Masc|Number=Sing
nascido nascer VERB acl 6 Gender=Masc|Number=Sing|VerbForm=Part
na em ADP case 10 _
cidade cidade NOUN obl 8 Gender=Fem|Number=Sing
de de ADP case 12 _
Braga Braga PROPN nmod 10 _
. . PUNCT punct 4 _
"""
SINGER_ENTS = [("PER", 0, 2), ("LOC", 12, 13)]


def test_a_participle_on_the_second_predicate_noun_tells_of_the_copula_s_subject(nlp) -> None:
    found = table_facts(nlp, SINGER, SINGER_ENTS, "singer.txt")
    assert ("Rui Tavares", "bornIn", "Braga", "acl-participle") in found


# "Rui Tavares conheceu um cantor e ator nascido em Braga.": no copula, another person's birth
MET = """
Rui Rui PROPN nsubj 2 _
Tavares Tavares PROPN flat:name 0 _
conheceu conhecer VERB ROOT 2 _
um um DET det 4 Gender=Masc|Number=Sing
cantor cantor NOUN obj 2 Gender=Masc|Number=Sing
e e CCONJ cc 6 _
ator ator NOUN conj 4 Gender=Masc|Number=Sing
nascido nascer VERB acl 6 Gender=Masc|Number=Sing|VerbForm=Part
em em ADP case 9 _
Braga Braga PROPN obl 7 _
. . PUNCT punct 2 _
"""


# "Rui Tavares é filho de um médico e de uma professora nascida em Braga.": the conjunct is a
# complement with its own preposition, the mother's birth, not the son's
SON = """
Rui Rui PROPN nsubj 3 _
Tavares Tavares PROPN flat:name 0 _
é ser AUX cop 3 _
filho filho NOUN ROOT 3 Gender=Masc|Number=Sing
de de ADP case 6 _
um um DET det 6 Gender=Masc|Number=Sing
médico médico NOUN nmod 3 Gender=Masc|Number=Sing
e e CCONJ cc 10 _
de de ADP case 10 _
uma um DET det 10 Gender=Fem|Number=Sing
professora professora NOUN conj 3 Gender=Fem|Number=Sing
nascida nascer VERB acl 10 Gender=Fem|Number=Sing|VerbForm=Part
em em ADP case 13 _
Braga Braga PROPN obl 11 _
. . PUNCT punct 3 _
"""


@pytest.mark.parametrize(
    ("table", "ents"),
    [(MET, [("PER", 0, 2), ("LOC", 9, 10)]), (SON, [("PER", 0, 2), ("LOC", 13, 14)])],
    ids=["no-copula", "own-preposition"],
)
def test_another_noun_s_participle_gives_the_person_no_birthplace(nlp, table, ents) -> None:
    found = table_facts(nlp, table, ents, "person.txt")
    assert not any(p == "bornIn" for _, p, *_ in found)
