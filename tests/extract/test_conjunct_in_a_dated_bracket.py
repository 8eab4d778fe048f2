"""A name the parser coordinated with a subject across a bracket that gives dates is no second
subject (issue 20, P32f; :func:`~teia.extract.relations.syntax.conjuncts`).

``Eurípedes Malavolta (Araraquara, 13 de Agosto de 1926 — Piracicaba, 19 de Janeiro de 2008) foi
professor da Universidade de São Paulo``: the parser hung ``Piracicaba``, the place of his death,
as a conjunct of the subject, which gave ``Piracicaba affiliatedWith Universidade de São Paulo``.
Written sentences parsed by hand (``text lemma POS dep head morphology``, see :mod:`handparse`),
as the shipped parser read the Wikipedia leads.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


# "Malavolta (Araraquara, {first} — Piracicaba, {second}) foi professor da USP."
LEAD = """
Malavolta Malavolta PROPN nsubj 11 _
( ( PUNCT punct 2 _
Araraquara Araraquara PROPN parataxis 0 _
, , PUNCT punct 4 _
{first} {first} {pos} parataxis 2 _
— — PUNCT punct 6 _
Piracicaba Piracicaba PROPN conj 0 _
, , PUNCT punct 8 _
{second} {second} {pos} appos 6 _
) ) PUNCT punct 8 _
foi ser AUX cop 11 _
professor professor NOUN ROOT 11 Gender=Masc|Number=Sing
da de ADP case 13 _
USP USP PROPN nmod 11 _
. . PUNCT punct 11 _
"""
LEAD_ENTS = [("PER", 0, 1), ("LOC", 2, 3), ("LOC", 6, 7), ("ORG", 13, 14)]


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _subjects_of_usp(found: set[tuple[str, str, str, str]]) -> set[str]:
    return {s for s, _, o, _ in found if o == "USP"}


def test_a_place_in_a_dated_bracket_is_no_second_subject(nlp) -> None:
    found = table_facts(nlp, LEAD.format(first="1926", second="2008", pos="NUM"), LEAD_ENTS, "lead.txt")
    assert _subjects_of_usp(found) == {"Malavolta"}


def test_a_name_in_a_bracket_without_a_number_stays_a_conjunct(nlp) -> None:
    # "(Araraquara, fundador — Piracicaba, reitor)": no year nor date, so maybe other names of
    # the subject; the parser's coordination is kept
    found = table_facts(nlp, LEAD.format(first="fundador", second="reitor", pos="NOUN"), LEAD_ENTS, "lead.txt")
    assert "Piracicaba" in _subjects_of_usp(found)


# "Lenin (1870) e Trotsky foram membros do PCUS.": the bracket closes before the conjunct
CLOSED = """
Lenin Lenin PROPN nsubj 7 _
( ( PUNCT punct 2 _
1870 1870 NUM appos 0 _
) ) PUNCT punct 2 _
e e CCONJ cc 5 _
Trotsky Trotsky PROPN conj 0 _
foram ser AUX cop 7 _
membros membro NOUN ROOT 7 Gender=Masc|Number=Plur
do de ADP case 9 _
PCUS PCUS PROPN nmod 7 _
. . PUNCT punct 7 _
"""


def test_a_conjunct_after_a_closed_bracket_stays_a_subject(nlp) -> None:
    found = table_facts(nlp, CLOSED, [("PER", 0, 1), ("PER", 5, 6), ("ORG", 9, 10)], "closed.txt")
    assert {s for s, _, o, _ in found if o == "PCUS"} == {"Lenin", "Trotsky"}
