"""Every name of a list in apposition to a plural noun is a subject of the clause (issue 20, 20x):
``os pesquisadores Ana Lima, Rui Faria e Gil Costa receberam o Prêmio Moinho``, ``criada pelos
empresários Dave Robinson e Andrew Jakeman`` (the parser hangs the first name on the noun and
the others on the first, so only the first was read); not a list of objects, nor a singular noun
with names after it (``o engenheiro Osamu Goto, ex-McLaren e Honda``).

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based, the morphology after it), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


RESEARCHERS = """
Os o DET det 1
pesquisadores pesquisador NOUN nsubj 10 Number=Plur
Ana Ana PROPN appos 1
Lima Lima PROPN flat:name 2
, , PUNCT punct 5
Rui Rui PROPN conj 2
Faria Faria PROPN flat:name 5
e e CCONJ cc 8
Gil Gil PROPN conj 2
Costa Costa PROPN flat:name 8
visitaram visitar VERB ROOT 10
Lisboa Lisboa PROPN obj 10
. . PUNCT punct 10
"""

FOUNDED = """
Stiff Stiff PROPN nsubj:pass 3
Records Records PROPN flat:name 0
foi ser AUX aux:pass 3
fundada fundar VERB ROOT 3
pelos por_os ADP case 5
empresários empresário NOUN obl:agent 3 Number=Plur
Dave Dave PROPN appos 5
Robinson Robinson PROPN flat:name 6
e e CCONJ cc 9
Andrew Andrew PROPN conj 6
Jakeman Jakeman PROPN flat:name 9
. . PUNCT punct 3
"""

STATIONS = """
Rui Rui PROPN nsubj 1
visitou visitar VERB ROOT 1
as o DET det 3
estações estação NOUN obj 1 Number=Plur
Tatuapé Tatuapé PROPN appos 3
e e CCONJ cc 6
Santana Santana PROPN conj 4
. . PUNCT punct 1
"""

def test_every_name_listed_after_a_plural_subject_noun_is_a_subject(nlp) -> None:
    found = table_facts(nlp, RESEARCHERS, [("PER", 2, 4), ("PER", 5, 7), ("PER", 8, 10), ("LOC", 11, 12)])
    assert {s for s, p, o, _ in found if p == "rel:visitar" and o == "Lisboa"} == {"Ana Lima", "Rui Faria", "Gil Costa"}
    assert not [f for f in found if f[0] in ("Ana Lima", "Rui Faria", "Gil Costa") and f[2] in ("Ana Lima", "Rui Faria", "Gil Costa")]


def test_every_name_listed_after_a_plural_agent_noun_is_an_agent(nlp) -> None:
    found = table_facts(nlp, FOUNDED, [("ORG", 0, 2), ("PER", 6, 8), ("PER", 9, 11)])
    assert {s for s, p, o, _ in found if p == "founded" and o == "Stiff Records"} == {"Dave Robinson", "Andrew Jakeman"}


def test_no_list_after_a_singular_noun_nor_of_objects(nlp) -> None:
    singular = RESEARCHERS.replace("Os o DET", "O o DET").replace("pesquisadores pesquisador NOUN nsubj 10 Number=Plur", "pesquisador pesquisador NOUN nsubj 10 Number=Sing")
    found = table_facts(nlp, singular, [("PER", 2, 4), ("PER", 5, 7), ("PER", 8, 10), ("LOC", 11, 12)])
    assert {s for s, p, o, _ in found if p == "rel:visitar"} == {"Ana Lima"}
    objects = table_facts(nlp, STATIONS, [("PER", 0, 1), ("LOC", 4, 5), ("LOC", 6, 7)])
    assert {o for _, p, o, _ in objects if p == "rel:visitar"} == {"Tatuapé"}


# issue 20, P59h: a singular noun of a group of people (the mapping's group_nouns), and a list
# subject after its verb with the object parsed as a second subject before it
DUO = """
A o DET det 1
dupla dupla NOUN nsubj 7 Number=Sing
Sérgio Sérgio PROPN appos 1
Miguez Miguez PROPN flat:name 2
e e CCONJ cc 5
Bel Bel PROPN conj 2
Berlinck Berlinck PROPN flat:name 5
visitou visitar VERB ROOT 7
Lisboa Lisboa PROPN obj 7
. . PUNCT punct 7
"""


def test_every_name_listed_after_a_group_noun_is_a_subject(nlp) -> None:
    ents = [("PER", 2, 4), ("PER", 5, 7), ("LOC", 8, 9)]
    found = table_facts(nlp, DUO, ents)
    assert {s for s, p, o, _ in found if p == "rel:visitar" and o == "Lisboa"} == {"Sérgio Miguez", "Bel Berlinck"}
    # another singular noun: one person named, the name after "e" not the noun's
    firm = table_facts(nlp, DUO.replace("dupla dupla", "diretora diretor"), ents)
    assert {s for s, p, o, _ in firm if p == "rel:visitar" and o == "Lisboa"} == {"Sérgio Miguez"}


LEFT = """
Deixaram deixar VERB ROOT 0 Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
o o DET det 2 Number=Sing
PMDB PMDB PROPN nsubj 0 Gender=Masc|Number=Sing
os o DET det 4 Number=Plur
deputados deputado NOUN nsubj 0 Gender=Masc|Number=Plur
José José PROPN appos 4
Genoíno Genoíno PROPN flat:name 5
e e CCONJ cc 8
Aloizio Aloizio PROPN conj 5
Mercadante Mercadante PROPN flat:name 8
. . PUNCT punct 0
"""


def test_a_list_subject_after_the_verb_takes_the_singular_name_before_it_as_object(nlp) -> None:
    ents = [("ORG", 2, 3), ("PER", 5, 7), ("PER", 8, 10)]
    found = table_facts(nlp, LEFT, ents)
    assert {s for s, p, o, _ in found if p == "rel:deixar" and o == "PMDB"} == {"José Genoíno", "Aloizio Mercadante"}
    # a singular verb: either may be its subject, so no object is read
    singular = LEFT.replace("Number=Plur|Person=3|Tense=Past", "Number=Sing|Person=3|Tense=Past").replace("Deixaram", "Deixou")
    assert not table_facts(nlp, singular, ents)
    # a place before the list: where, with the preposition taken for an article ("Chegam a Brasília os ministros")
    assert not table_facts(nlp, LEFT, [("LOC", 2, 3), ("PER", 5, 7), ("PER", 8, 10)])
    # a comma between the two: items of one list the parser split, neither the other's object
    assert not table_facts(nlp, LEFT_LISTED, [("ORG", 2, 3), ("PER", 6, 8), ("PER", 9, 11)])


LEFT_LISTED = """
Deixaram deixar VERB ROOT 0 Mood=Ind|Number=Plur|Person=3|Tense=Past|VerbForm=Fin
o o DET det 2 Number=Sing
PMDB PMDB PROPN nsubj 0 Gender=Masc|Number=Sing
, , PUNCT punct 5
os o DET det 5 Number=Plur
deputados deputado NOUN nsubj 0 Gender=Masc|Number=Plur
José José PROPN appos 5
Genoíno Genoíno PROPN flat:name 6
e e CCONJ cc 9
Aloizio Aloizio PROPN conj 6
Mercadante Mercadante PROPN flat:name 9
. . PUNCT punct 0
"""
