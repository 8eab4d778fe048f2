"""A ``?`` inside a quoted title makes no question of the clause around it (issue 20, 26f).

Found on Wikipedia (``A EMI editou também "The best of Syd Barrett - Wouldn't you miss me?" no
Reino Unido``): the modality read the title's ``?`` as the clause's and made the edition
hypothetical, where the gate that keeps a statement from a question
(:func:`teia.extract.relations.syntax.asked`) already passed over a ``?`` in a quotation opened
after the statement's words. The sentence is written for the test and parsed by hand (see
:mod:`handparse`); its control asks the question outside the quotation marks.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts, table_modality

EDITED = """
A o DET det 1 _
EMI EMI PROPN nsubj 2 Number=Sing
editou editar VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
{open} {open} PUNCT punct 4 _
Nós Nós PROPN obj 2 Number=Sing
? ? PUNCT punct 4 _
{close} {close} PUNCT punct 4 _
no em ADP case 8 _
Brasil Brasil PROPN obl 2 Number=Sing
{end} {end} PUNCT punct 2 _
"""
ENTS = [("ORG", 1, 2), ("LOC", 8, 9)]


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def edited_in(nlp, table: str) -> str:
    found = {(s, p, o): m for s, p, o, m in table_facts(nlp, table, ENTS, by="modality")}
    return found[("EMI", "rel:editar_em", "Brasil")]


def test_a_question_mark_in_a_quoted_title_asks_nothing(nlp) -> None:
    """``A EMI editou "Nós?" no Brasil.``: the title asks, the clause states."""
    assert edited_in(nlp, EDITED.format(open='"', close='"', end=".")) == "asserted"


def test_a_question_mark_of_the_clause_still_asks(nlp) -> None:
    """``A EMI editou "Nós" no Brasil?``: the clause is asked, a yes-or-no question (its open
    relation no statement, P52e)."""
    table = EDITED.format(open='"', close='"', end="?").replace("? ? PUNCT punct 4 _\n", ", , PUNCT punct 4 _\n")
    assert table_modality(nlp, table, ENTS, 2) == "hypothetical"
    assert not any(f[1] == "rel:editar_em" for f in table_facts(nlp, table, ENTS))


DROPPED = """
Lenin Lenin PROPN nsubj 1 Number=Sing
nasceu nascer VERB ROOT 1 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
em em ADP case 3 _
Simbirsk Simbirsk PROPN obl 1 Number=Sing
. . PUNCT punct 1 _
Editou editar VERB ROOT 5 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
" " PUNCT punct 7 _
Nós Nós PROPN obj 5 Number=Sing
{inner} {inner} PUNCT punct 7 _
" " PUNCT punct 7 _
em em ADP case 11 _
Genebra Genebra PROPN obl 5 Number=Sing
{end} {end} PUNCT punct 5 _
"""
DROPPED_ENTS = [("PER", 0, 1), ("LOC", 3, 4), ("LOC", 11, 12)]


def test_a_question_mark_in_a_quoted_title_keeps_the_dropped_subject(nlp) -> None:
    """``Lenin nasceu em Simbirsk. Editou "Nós?" em Genebra.``: the second sentence states, and
    its dropped subject is the topic, Lenin; one reading of "asked" (:func:`~teia.extract.relations.syntax.asked`)
    for the modality and the dropped subject, which counted any later ``?`` before."""
    stated = table_facts(nlp, DROPPED.format(inner="?", end="."), DROPPED_ENTS)
    assert ("Lenin", "rel:editar_em", "Genebra", "open:svo-active+prodrop") in stated
    asked = table_facts(nlp, DROPPED.format(inner=",", end="?"), DROPPED_ENTS)  # 'Editou "Nós," em Genebra?'
    assert not [f for f in asked if f[0] == "Lenin" and f[2] == "Genebra"]
