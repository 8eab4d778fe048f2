"""The post an appointing verb's predicate names is its object's, in the active voice (issue
20, P68g): ``Lula nomeou José Dirceu ministro da Casa Civil`` gave the post to Lula, the clause's
subject, and ``escolheu X para presidente do CNPq`` gave nothing; now the one appointed holds it
(:func:`teia.extract.relations.nominal.appointed_args`, ``relations.json``'s
``appointing_verbs``). A reflexive verb's subject still holds it (``elegeu-se``), an object
pronoun names nobody, and a ``como`` phrase before the object is the subject's. Written sentences
parsed by hand (``text lemma POS dep head``, ``head`` 0-based), as the shipped parser reads them."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_triples


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "Sampaio nomeou Rui Vaz presidente da Lusoporto." (the post parsed as a second object)
NAMED = """
Sampaio Sampaio PROPN nsubj 1
nomeou nomear VERB ROOT 1
Rui Rui PROPN obj 1
Vaz Vaz PROPN flat:name 2
presidente presidente NOUN obj 1
da de_o ADP case 6
Lusoporto Lusoporto PROPN nmod 4
. . PUNCT punct 1
"""


def test_the_object_holds_the_post(nlp) -> None:
    found = table_triples(nlp, NAMED, [("PER", 0, 1), ("PER", 2, 4), ("ORG", 6, 7)])
    assert ("Rui Vaz", "led", "Lusoporto") in found
    assert ("Sampaio", "led", "Lusoporto") not in found


# "A Lusoporto contratou Rui Vaz como técnico do Benfica."
HIRED = """
A o DET det 1
Lusoporto Lusoporto PROPN nsubj 2
contratou contratar VERB ROOT 2
Rui Rui PROPN obj 2
Vaz Vaz PROPN flat:name 3
como como ADP case 6
técnico técnico NOUN xcomp 2
do de_o ADP case 8
Benfica Benfica PROPN nmod 6
. . PUNCT punct 2
"""


def test_a_como_post_after_the_object(nlp) -> None:
    found = table_triples(nlp, HIRED, [("ORG", 1, 2), ("PER", 3, 5), ("ORG", 8, 9)])
    assert ("Rui Vaz", "affiliatedWith", "Benfica") in found


# "O ministro escolheu Rui Vaz para presidente da Lusoporto."
CHOSEN = """
O o DET det 1
ministro ministro NOUN nsubj 2
escolheu escolher VERB ROOT 2
Rui Rui PROPN obj 2
Vaz Vaz PROPN flat:name 3
para para ADP case 6
presidente presidente NOUN obl 2
da de_o ADP case 8
Lusoporto Lusoporto PROPN nmod 6
. . PUNCT punct 2
"""


def test_a_post_after_para(nlp) -> None:
    assert ("Rui Vaz", "led", "Lusoporto") in table_triples(nlp, CHOSEN, [("PER", 3, 5), ("ORG", 8, 9)])


def test_para_with_an_article_is_no_post(nlp) -> None:
    # "escolheu Rui Vaz para a festa da Lusoporto": a purpose, no post
    table = CHOSEN.replace("para para ADP case 6\npresidente presidente NOUN obl 2", "para para ADP case 7\na o DET det 7\nfesta festa NOUN obl 2")
    table = table.replace("da de_o ADP case 8\nLusoporto Lusoporto PROPN nmod 6", "da de_o ADP case 9\nLusoporto Lusoporto PROPN nmod 7")
    assert table_triples(nlp, table, [("PER", 3, 5), ("ORG", 9, 10)]) == set()


# "Sampaio elegeu-se presidente da Lusoporto."
REFLEXIVE = """
Sampaio Sampaio PROPN nsubj 1
elegeu-se eleger VERB ROOT 1
presidente presidente NOUN obj 1
da de_o ADP case 4
Lusoporto Lusoporto PROPN nmod 2
. . PUNCT punct 1
"""


def test_a_reflexive_subject_keeps_the_post(nlp) -> None:
    assert ("Sampaio", "led", "Lusoporto") in table_triples(nlp, REFLEXIVE, [("PER", 0, 1), ("ORG", 4, 5)])


def test_an_object_pronoun_names_nobody(nlp) -> None:
    # "Sampaio nomeou-o presidente da Lusoporto": not Sampaio
    table = REFLEXIVE.replace("elegeu-se eleger", "nomeou-o nomear")
    assert table_triples(nlp, table, [("PER", 0, 1), ("ORG", 4, 5)]) == set()


# "Como presidente da Lusoporto, Sampaio indicou Rui Vaz."
AS_SUBJECT = """
Como como ADP case 1
presidente presidente NOUN obl 6
da de_o ADP case 3
Lusoporto Lusoporto PROPN nmod 1
, , PUNCT punct 1
Sampaio Sampaio PROPN nsubj 6
indicou indicar VERB ROOT 6
Rui Rui PROPN obj 6
Vaz Vaz PROPN flat:name 7
. . PUNCT punct 6
"""


def test_a_como_phrase_before_the_object_is_the_subjects(nlp) -> None:
    found = table_triples(nlp, AS_SUBJECT, [("ORG", 3, 4), ("PER", 5, 6), ("PER", 7, 9)])
    assert ("Sampaio", "led", "Lusoporto") in found
    assert ("Rui Vaz", "led", "Lusoporto") not in found



# "Sampaio escolheu para presidente da Lusoporto." (the one chosen left unnamed)
NO_OBJECT = """
Sampaio Sampaio PROPN nsubj 1
escolheu escolher VERB ROOT 1
para para ADP case 3
presidente presidente NOUN obl 1
da de_o ADP case 5
Lusoporto Lusoporto PROPN nmod 3
. . PUNCT punct 1
"""


def test_a_para_post_of_no_object_names_nobody(nlp) -> None:
    assert table_triples(nlp, NO_OBJECT, [("PER", 0, 1), ("ORG", 5, 6)]) == set()
