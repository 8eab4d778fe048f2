"""A quoted title and its author (issue 20, ``teia/extract/relations/titles.py``).

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc

from teia.extract.entities import ENTITIES
from teia.extract.relations.found import fresh_id


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def authors(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    doc = table_doc(nlp, table, ents, "news.txt")
    by_id = {e.id: e for e in doc._.get(ENTITIES)}
    return {
        (by_id[r.subject].label, by_id[r.object].label, by_id[r.object].type)
        for r in doc._.teia_relations
        if r.rule == "title-author" and r.predicate == "authorOf"
    }


# '" O Alquimista ", de Paulo Coelho, vendeu muito.'
ALQUIMISTA = """
" " PUNCT punct 2
O o DET det 2
Alquimista Alquimista PROPN nsubj 9
" " PUNCT punct 2
, , PUNCT punct 6
de de ADP case 6
Paulo Paulo PROPN nmod 2
Coelho Coelho PROPN flat:name 6
, , PUNCT punct 6
vendeu vender VERB ROOT 9
muito muito ADV advmod 9
. . PUNCT punct 9
"""


def test_a_quoted_title_then_de_and_a_name_is_the_work_of_that_author(nlp) -> None:
    # the NER found no work: a work node named by the title, without mentions
    assert authors(nlp, ALQUIMISTA, [("PER", 6, 8)]) == {("Paulo Coelho", "O Alquimista", "WORK")}
    doc = table_doc(nlp, ALQUIMISTA, [("PER", 6, 8)], "news.txt")
    (work,) = [e for e in doc._.get(ENTITIES) if e.type == "WORK"]
    assert work.mentions == ()


# the same words, "de Paulo Coelho" hung on the verb (no genitive for the rules to read)
ALQUIMISTA_OBL = ALQUIMISTA.replace("Paulo Paulo PROPN nmod 2", "Paulo Paulo PROPN obl 9")


def test_the_ners_work_inside_the_quotation_marks_is_the_work(nlp) -> None:
    # "Alquimista" tagged a work (without its article): that entity, and no second node
    doc = table_doc(nlp, ALQUIMISTA_OBL, [("WORK", 2, 3), ("PER", 6, 8)], "news.txt")
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    assert sorted(e.label for e in doc._.get(ENTITIES) if e.type == "WORK") == ["Alquimista"]
    found = {(label[r.subject], r.predicate, label[r.object]) for r in doc._.teia_relations if r.rule == "title-author"}
    assert found == {("Paulo Coelho", "authorOf", "Alquimista")}


def test_no_second_statement_where_a_rule_relates_the_two(nlp) -> None:
    # parsed as a genitive, the rules say createdBy(Alquimista, Paulo Coelho): nothing is added
    doc = table_doc(nlp, ALQUIMISTA, [("WORK", 2, 3), ("PER", 6, 8)], "news.txt")
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    assert {(label[r.subject], r.predicate, label[r.object], r.rule) for r in doc._.teia_relations} == {
        ("Alquimista", "createdBy", "Paulo Coelho", "genitive")
    }


# 'Saiu « O Vôo do Búfalo », de James Belasco e Ralph Stayer.'
BUFALO = """
Saiu sair VERB ROOT 0
« « PUNCT punct 3
O o DET det 3
Vôo vôo PROPN nsubj 0
do de ADP case 5
Búfalo Búfalo PROPN nmod 3
» » PUNCT punct 3
, , PUNCT punct 9
de de ADP case 9
James James PROPN nmod 3
Belasco Belasco PROPN flat:name 9
e e CCONJ cc 12
Ralph Ralph PROPN conj 9
Stayer Stayer PROPN flat:name 12
. . PUNCT punct 0
"""


def test_names_joined_by_e_are_co_authors(nlp) -> None:
    found = authors(nlp, BUFALO, [("PER", 9, 11), ("PER", 12, 14)])
    assert found == {("James Belasco", "O Vôo do Búfalo", "WORK"), ("Ralph Stayer", "O Vôo do Búfalo", "WORK")}


# 'Ele disse " vou sair ", de Pedro Lima.': speech in lower case is no title
SPEECH = """
Ele ele PRON nsubj 1
disse dizer VERB ROOT 1
" " PUNCT punct 4
vou ir AUX aux 4
sair sair VERB ccomp 1
" " PUNCT punct 4
, , PUNCT punct 8
de de ADP case 8
Pedro Pedro PROPN obl 1
Lima Lima PROPN flat:name 8
. . PUNCT punct 1
"""


def test_a_quotation_in_lower_case_is_no_title(nlp) -> None:
    assert authors(nlp, SPEECH, [("PER", 8, 10)]) == set()


# '" A Obra ", de ANA Reis Especial para a Folha': the writer of a byline
BYLINE = """
" " PUNCT punct 2
A o DET det 2
Obra obra PROPN ROOT 2
" " PUNCT punct 2
, , PUNCT punct 6
de de ADP case 6
ANA Ana PROPN nmod 2
Reis Reis PROPN flat:name 6
Especial Especial PROPN flat:name 6
para para ADP case 11
a o DET det 11
Folha Folha PROPN nmod 6
"""


def test_the_writer_of_a_byline_is_no_author(nlp) -> None:
    assert authors(nlp, BYLINE, [("PER", 6, 9), ("ORG", 11, 12)]) == set()


def test_a_new_node_takes_an_id_no_entity_of_the_document_has() -> None:
    used = {"e0", "work0", "work0_"}
    assert fresh_id("work0", used) == "work0__" and "work0__" in used
    assert fresh_id("work1", used) == "work1" and fresh_id("work1", used) == "work1_"
