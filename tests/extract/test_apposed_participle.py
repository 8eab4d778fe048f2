"""A participle the parser hung on a name's apposition tells of the name (issue 20, P61d):
``Pedro Lima, cantor brasileiro, nascido em Juazeiro``; not when it agrees with a complement of
the apposed noun that has an article (``vizinho do sítio, comprado por``), nor when it is of
another gender than the noun (``irmão de Ana, nascida em Braga``)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

MS = "Gender=Masc|Number=Sing"
FS = "Gender=Fem|Number=Sing"
PART_MS = f"{MS}|VerbForm=Part"
PART_FS = f"{FS}|VerbForm=Part"


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def test_a_participle_on_a_name_s_apposition_is_the_name_s(nlp) -> None:
    # "Pedro Lima, cantor brasileiro, nascido em Juazeiro, falou."
    table = f"""
Pedro Pedro PROPN nsubj 10
Lima Lima PROPN flat:name 0
, , PUNCT punct 3
cantor cantor NOUN appos 0 {MS}
brasileiro brasileiro ADJ amod 3 {MS}
, , PUNCT punct 6
nascido nascer VERB acl 3 {PART_MS}
em em ADP case 8
Juazeiro Juazeiro PROPN obl 6
, , PUNCT punct 6
falou falar VERB ROOT 10
. . PUNCT punct 10
"""
    found = table_facts(nlp, table, [("PER", 0, 2), ("LOC", 8, 9)])
    assert ("Pedro Lima", "bornIn", "Juazeiro", "acl-participle") in found


def test_a_kind_complement_of_the_apposed_noun_owns_no_participle(nlp) -> None:
    # "A MBR, uma empresa de mineração, sediada em Santos, exporta ferro.": a bare "de" tells
    # the company's kind; the company, the MBR, has its seat in Santos
    table = f"""
A o DET det 1 {FS}
MBR MBR PROPN nsubj 12
, , PUNCT punct 4
uma um DET det 4 {FS}
empresa empresa NOUN appos 1 {FS}
de de ADP case 6
mineração mineração NOUN nmod 4 {FS}
, , PUNCT punct 8
sediada sediar VERB acl 4 {PART_FS}
em em ADP case 10
Santos Santos PROPN obl 8
, , PUNCT punct 8
exporta exportar VERB ROOT 12
ferro ferro NOUN obj 12
. . PUNCT punct 12
"""
    found = table_facts(nlp, table, [("ORG", 1, 2), ("LOC", 10, 11)])
    assert ("MBR", "headquarteredIn", "Santos", "acl-participle") in found


def test_a_complement_with_an_article_that_agrees_owns_the_participle(nlp) -> None:
    # "Pedro Lima, vizinho do sítio, comprado por João Silva, falou.", "comprado" hung on
    # "vizinho": the farm was bought, not Pedro Lima
    table = f"""
Pedro Pedro PROPN nsubj 12
Lima Lima PROPN flat:name 0
, , PUNCT punct 3
vizinho vizinho NOUN appos 0 {MS}
do de_o ADP case 5 {MS}
sítio sítio NOUN nmod 3 {MS}
, , PUNCT punct 7
comprado comprar VERB acl 3 {PART_MS}
por por ADP case 9
João João PROPN obl:agent 7
Silva Silva PROPN flat:name 9
, , PUNCT punct 7
falou falar VERB ROOT 12
. . PUNCT punct 12
"""
    found = table_facts(nlp, table, [("PER", 0, 2), ("PER", 9, 11)])
    assert not any({s, o} == {"Pedro Lima", "João Silva"} for s, _, o, _ in found)


def test_a_participle_of_another_gender_than_the_apposed_noun_is_not_the_name_s(nlp) -> None:
    # "Pedro Lima, irmão de Ana, nascida em Braga, falou.", "nascida" hung on "irmão"
    table = f"""
Pedro Pedro PROPN nsubj 11
Lima Lima PROPN flat:name 0
, , PUNCT punct 3
irmão irmão NOUN appos 0 {MS}
de de ADP case 5
Ana Ana PROPN nmod 3
, , PUNCT punct 7
nascida nascer VERB acl 3 {PART_FS}
em em ADP case 9
Braga Braga PROPN obl 7
, , PUNCT punct 7
falou falar VERB ROOT 11
. . PUNCT punct 11
"""
    found = table_facts(nlp, table, [("PER", 0, 2), ("PER", 5, 6), ("LOC", 9, 10)])
    assert ("Pedro Lima", "bornIn", "Braga", "acl-participle") not in found


def test_a_work_organized_by_its_editor_was_not_founded(nlp) -> None:
    # '"Rever Hollywood", uma coletânea organizada por Burch, saiu.': organizar founds an
    # organization or an event (relations.json), a book only has an editor: the open relation
    table = f"""
Rever Rever PROPN nsubj 9
Hollywood Hollywood PROPN flat:name 0
, , PUNCT punct 4
uma um DET det 4 {FS}
coletânea coletânea NOUN appos 0 {FS}
organizada organizar VERB acl 4 {PART_FS}
por por ADP case 7
Burch Burch PROPN obl:agent 5
, , PUNCT punct 5
saiu sair VERB ROOT 9
. . PUNCT punct 9
"""
    found = table_facts(nlp, table, [("WORK", 0, 2), ("PER", 7, 8)])
    assert ("Burch", "rel:organizar", "Rever Hollywood", "open:acl-participle") in found
    assert not any(p == "founded" for _, p, _, _ in found)


def test_an_adjective_the_tagger_took_for_a_participle_tells_nothing(nlp) -> None:
    # "Pedro Lima, um músico cândido com Ana, falou.", "cândido" tagged a participle (of a verb
    # "candir") hung on "músico", as the tagger took "discos rígidos" for one of "reger": a
    # participle is written -ado/-ido with no accent on its stem
    table = f"""
Pedro Pedro PROPN nsubj 10
Lima Lima PROPN flat:name 0
, , PUNCT punct 4
um um DET det 4 {MS}
músico músico NOUN appos 0 {MS}
cândido candir VERB acl 4 {PART_MS}
com com ADP case 7
Ana Ana PROPN obl 5
, , PUNCT punct 5
falou falar VERB ROOT 10
. . PUNCT punct 10
"""
    found = table_facts(nlp, table, [("PER", 0, 2), ("PER", 7, 8)])
    assert not any({s, o} == {"Pedro Lima", "Ana"} for s, _, o, _ in found)


def test_countries_that_compose_a_bloc_are_not_its_authors(nlp) -> None:
    # "o Nafta (bloco composto por EUA e Canadá)": compor gives authorOf of a work only
    # (relations.json); countries composing a bloc keep the open relation
    table = f"""
o o DET det 1 {MS}
Nafta Nafta PROPN ROOT 1
( ( PUNCT punct 3
bloco bloco NOUN appos 1 {MS}
composto compor VERB acl 3 {PART_MS}
por por ADP case 6
EUA EUA PROPN obl:agent 4
e e CCONJ cc 8
Canadá Canadá PROPN conj 6
) ) PUNCT punct 3
"""
    found = table_facts(nlp, table, [("ORG", 1, 2), ("LOC", 6, 7), ("LOC", 8, 9)])
    assert ("EUA", "rel:compor", "Nafta", "open:acl-participle") in found
    assert not any(p == "authorOf" for _, p, _, _ in found)
