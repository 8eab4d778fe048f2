"""Whose a participle is when the parser hung it inside a ``de`` complement and the noun it tells
of lies outside the phrase it hangs on (issue 20, P60k): after a role noun's name in apposition
(``o leilão do empresário X realizado em``: the auction's), on a noun whose name in apposition
is of another gender than the participle (``do movimento Ética na CEI, criada por``: the
commission's), and on a noun of another gender whose outer ``de`` noun agrees with it (``o
universo da seleção de X enfraquecido``: the universe's, not X's).

The sentences are written for the test and parsed by hand (``text lemma POS dep head
morphology``, see :mod:`handparse`); each case has a control that differs in the one thing the
check reads.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    """(subject label, predicate, object label, modality) of every relation of the hand-parsed sentence."""
    return table_facts(nlp, table, ents, by="modality")


def of(found: set[tuple[str, str, str, str]], name: str) -> set[tuple[str, str, str, str]]:
    return {f for f in found if name in (f[0], f[2])}


# --- a participle after a role noun's name in apposition, inside a `de` complement ------------

# "O filho do empresário Pedro Silva (Sharp) nascido em Lisboa falou."
SON = """
{article} o DET det 1 Gender={gender}|Number=Sing
{noun} {noun} NOUN nsubj 13 Gender={gender}|Number=Sing
do de_o ADP case 3 _
empresário empresário NOUN nmod 1 Gender=Masc|Number=Sing
Pedro Pedro PROPN appos 3 Gender=Masc|Number=Sing
Silva Silva PROPN flat:name 4 _
( ( PUNCT punct 7 _
Sharp Sharp PROPN parataxis 3 Gender=Masc|Number=Sing
) ) PUNCT punct 7 _
nascido nascer VERB acl 3 Gender=Masc|Number=Sing|VerbForm=Part
em em ADP case 11 _
Lisboa Lisboa PROPN obl 9 Gender=Fem|Number=Sing
{comma} , PUNCT punct 9 _
falou falar VERB ROOT 13 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
. . PUNCT punct 13 _
"""
SON_ENTS = [("PER", 4, 6), ("ORG", 7, 8), ("LOC", 11, 12)]


def son(noun="filho", gender="Masc") -> str:
    return SON.format(article="O" if gender == "Masc" else "A", noun=noun, gender=gender, comma=",")


def test_a_participle_after_a_role_nouns_apposed_name_is_the_outer_nouns(nlp) -> None:
    # the son was born in Lisbon, not the businessman; the son names nothing: no statement
    assert of(statements(nlp, son(), SON_ENTS), "Lisboa") == set()


def test_a_participle_of_another_gender_than_the_outer_noun_stays_the_names(nlp) -> None:
    # "a filha do empresário Pedro Silva (Sharp) nascido em Lisboa": the daughter is no "nascido"
    found = statements(nlp, son(noun="filha", gender="Fem"), SON_ENTS)
    assert ("Pedro Silva", "bornIn", "Lisboa", "asserted") in found


# --- a participle of another gender than its noun and the noun's apposed name --------------

# "O movimento Ética da CEI, criada por Pedro Silva, acabou."
MOVEMENT = """
{article} o DET det 1 Gender={gender}|Number=Sing
{noun} {noun} NOUN nsubj 11 Gender={gender}|Number=Sing
Ética Ética PROPN appos 1 Gender={name_gender}|Number=Sing
da de_o ADP case 4 _
CEI CEI PROPN nmod 1 Gender=Fem|Number=Sing
, , PUNCT punct 6 _
criada criar VERB acl 1 Gender=Fem|Number=Sing|VerbForm=Part
por por ADP case 8 _
Pedro Pedro PROPN obl:agent 6 Gender=Masc|Number=Sing
Silva Silva PROPN flat:name 8 _
, , PUNCT punct 6 _
acabou acabar VERB ROOT 11 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
. . PUNCT punct 11 _
"""
MOVEMENT_ENTS = [("ORG", 2, 3), ("ORG", 4, 5), ("PER", 8, 10)]


def movement(noun="movimento", gender="Masc", name_gender="Masc") -> str:
    return MOVEMENT.format(article="O" if gender == "Masc" else "A", noun=noun, gender=gender, name_gender=name_gender)


def test_a_participle_of_another_gender_than_the_noun_and_its_name_is_the_complements(nlp) -> None:
    found = statements(nlp, movement(), MOVEMENT_ENTS)
    assert ("Pedro Silva", "founded", "CEI", "asserted") in found
    assert not any(o == "Ética" and p == "founded" for _, p, o, _ in found)


def test_a_participle_that_agrees_with_the_noun_stays_its_names(nlp) -> None:
    # "a frente Ética da CEI, criada por": the front was created
    found = statements(nlp, movement(noun="frente", gender="Fem"), MOVEMENT_ENTS)
    assert ("Pedro Silva", "founded", "Ética", "asserted") in found


def test_a_participle_that_agrees_with_the_apposed_name_stays_its(nlp) -> None:
    # the name's own gender (as the tagger gives it) is the participle's: the writer's agreement
    found = statements(nlp, movement(name_gender="Fem"), MOVEMENT_ENTS)
    assert ("Pedro Silva", "founded", "Ética", "asserted") in found


# --- the agreeing-noun repair when an outer `de` noun agrees --------------------------------

# "O catálogo da obra de Pedro Silva nascido em Lisboa saiu."
CATALOGUE = """
{article} o DET det 1 Gender={gender}|Number=Sing
{noun} {noun} NOUN nsubj 11 Gender={gender}|Number=Sing
da de_o ADP case 3 _
obra obra NOUN nmod 1 Gender=Fem|Number=Sing
de de ADP case 5 _
Pedro Pedro PROPN nmod 3 Gender=Masc|Number=Sing
Silva Silva PROPN flat:name 5 _
nascido nascer VERB acl 3 Gender=Masc|Number=Sing|VerbForm=Part
em em ADP case 9 _
Lisboa Lisboa PROPN obl 7 Gender=Fem|Number=Sing
, , PUNCT punct 7 _
saiu sair VERB ROOT 11 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
. . PUNCT punct 11 _
"""
CATALOGUE_ENTS = [("PER", 5, 7), ("LOC", 9, 10)]


def catalogue(noun="catálogo", gender="Masc") -> str:
    return CATALOGUE.format(article="O" if gender == "Masc" else "A", noun=noun, gender=gender)


def test_the_agreeing_noun_repair_gives_nothing_when_an_outer_noun_agrees(nlp) -> None:
    # the participle, hung on "obra", may be the catalogue's as well as the man's
    assert of(statements(nlp, catalogue(), CATALOGUE_ENTS), "Lisboa") == set()


def test_the_agreeing_noun_repair_stays_when_the_outer_noun_disagrees(nlp) -> None:
    # "a lista da obra de Pedro Silva nascido em Lisboa": only the man is "nascido"
    found = statements(nlp, catalogue(noun="lista", gender="Fem"), CATALOGUE_ENTS)
    assert ("Pedro Silva", "bornIn", "Lisboa", "asserted") in found
