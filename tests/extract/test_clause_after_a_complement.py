"""A participle or a relative clause the parser hung on a name that completes an earlier common
noun with ``de``, when the clause tells of that noun (issue 20, P58b): a participle without a
comma that agrees with the noun (a name needs no restrictive participle), and a relative clause
set off by a comma after a place (the place says where the noun is from). The clause's
statements go to the noun when it names an entity, and are dropped when it does not.

The last part (issue 20, P60k): whose a participle is when the noun it tells of lies outside the
phrase the parser hung it on: after a role noun's name in apposition (``o leilão do empresário X
realizado em``: the auction's), on a noun whose name in apposition is of another gender than the
participle (``do movimento Ética na CEI, criada por``: the commission's), and on a noun of
another gender whose outer ``de`` noun agrees with it (``o universo da seleção de X
enfraquecido``: the universe's, not X's).

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


# --- a participle without a comma after a `de` complement ----------------------------------

# "O teatro do Porto dirigido por Pedro Silva fechou."
THEATRE = """
{article} o DET det 1 Gender={noun_gender}|Number=Sing
{noun} {noun} NOUN nsubj 8 Gender={noun_gender}|Number=Sing
do de_o ADP case 3 _
Porto Porto PROPN nmod 1 Gender=Masc|Number=Sing
{participle} dirigir VERB acl 3 Gender={gender}|Number=Sing|VerbForm=Part
por por ADP case 6 _
Pedro Pedro PROPN obl:agent 4 Gender=Masc|Number=Sing
Silva Silva PROPN flat:name 6 _
fechou fechar VERB ROOT 8 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
. . PUNCT punct 8 _
"""
THEATRE_ENTS = [("LOC", 3, 4), ("PER", 6, 8)]


def theatre(noun="teatro", noun_gender="Masc", participle="dirigido", gender="Masc") -> str:
    article = "O" if noun_gender == "Masc" else "A"
    return THEATRE.format(article=article, noun=noun, noun_gender=noun_gender, participle=participle, gender=gender)


def test_a_participle_without_a_comma_after_a_de_complement_is_the_nouns(nlp) -> None:
    # the theatre is run by Pedro Silva, not the town: no statement of Porto, and the theatre
    # names no entity
    assert statements(nlp, theatre(), THEATRE_ENTS) == set()


def test_a_participle_of_another_gender_than_the_noun_stays_the_names(nlp) -> None:
    # "a peça do Porto dirigido por": the play cannot be "dirigido"
    found = statements(nlp, theatre(noun="peça", noun_gender="Fem"), THEATRE_ENTS)
    assert ("Pedro Silva", "led", "Porto", "asserted") in found


def test_a_division_noun_names_the_place_the_participle_tells_of(nlp) -> None:
    # "o município do Porto dirigido por Pedro Silva": the town is the place
    found = statements(nlp, theatre(noun="município"), THEATRE_ENTS)
    assert ("Pedro Silva", "led", "Porto", "asserted") in found


# "O teatro Rivoli do Porto dirigido por Pedro Silva fechou."
NAMED_THEATRE = """
O o DET det 1 Gender=Masc|Number=Sing
teatro teatro NOUN nsubj 9 Gender=Masc|Number=Sing
Rivoli Rivoli PROPN appos 1 Gender=Masc|Number=Sing
do de_o ADP case 4 _
Porto Porto PROPN nmod 1 Gender=Masc|Number=Sing
dirigido dirigir VERB acl 4 Gender=Masc|Number=Sing|VerbForm=Part
por por ADP case 7 _
Pedro Pedro PROPN obl:agent 5 Gender=Masc|Number=Sing
Silva Silva PROPN flat:name 7 _
fechou fechar VERB ROOT 9 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
. . PUNCT punct 9 _
"""


def test_the_participle_moves_to_the_noun_that_names_an_entity(nlp) -> None:
    found = statements(nlp, NAMED_THEATRE, [("ORG", 2, 3), ("LOC", 4, 5), ("PER", 7, 9)])
    assert ("Pedro Silva", "led", "Rivoli", "asserted") in found
    assert not any(p == "led" and o == "Porto" for _, p, o, _ in found)


# "A história de Louise e de Bovary criada por Flaubert."
STORY = """
A o DET det 1 Gender=Fem|Number=Sing
história história NOUN ROOT 1 Gender=Fem|Number=Sing
de de ADP case 3 _
Louise Louise PROPN nmod 1 Gender=Fem|Number=Sing
e e CCONJ cc 6 _
de de ADP case 6 _
Bovary Bovary PROPN conj 3 Gender=Fem|Number=Sing
criada criar VERB acl 3 Gender=Fem|Number=Sing|VerbForm=Part
por por ADP case 9 _
Flaubert Flaubert PROPN obl:agent 7 Gender=Masc|Number=Sing
. . PUNCT punct 1 _
"""


def test_a_participle_after_a_later_conjunct_of_the_name_stays_the_names(nlp) -> None:
    # "a trajetória de Louise e da Madame Bovary criada por Flaubert": the nearer name's
    found = statements(nlp, STORY, [("PER", 3, 4), ("PER", 6, 7), ("PER", 9, 10)])
    assert ("Flaubert", "founded", "Bovary", "asserted") in found


# --- a relative clause set off by a comma after a place that completes a noun ---------------

# "O pesquisador Nelson Neto, de Cruz Alta, que participou do Fórum, falou."
RESEARCHER = """
O o DET det 1 Gender=Masc|Number={number}
{noun} {lemma} NOUN nsubj 14 Gender=Masc|Number={number}
Nelson Nelson PROPN appos 1 Gender=Masc|Number=Sing
Neto Neto PROPN flat:name 2 _
, , PUNCT punct 6 _
de de ADP case 6 _
Cruz Cruz PROPN nmod 1 Gender=Fem|Number=Sing
Alta Alta PROPN flat:name 6 _
, , PUNCT punct 10 _
que que PRON nsubj 10 PronType=Rel
participou participar VERB acl:relcl 6 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
do de_o ADP case 12 _
Fórum Fórum PROPN obl 10 Gender=Masc|Number=Sing
, , PUNCT punct 10 _
falou falar VERB ROOT 14 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
. . PUNCT punct 14 _
"""


def researcher(noun="pesquisador", number="Sing", lemma="pesquisador") -> str:
    return RESEARCHER.format(noun=noun, lemma=lemma, number=number)


def test_a_relative_clause_after_a_place_completing_a_noun_is_the_nouns(nlp) -> None:
    found = statements(nlp, researcher(), [("PER", 2, 4), ("LOC", 6, 8), ("EVENT", 12, 13)])
    assert ("Nelson Neto", "participantIn", "Fórum", "asserted") in found
    assert not any(s == "Cruz Alta" for s, *_ in found)


def test_a_relative_clause_after_a_place_is_dropped_when_the_noun_names_nothing(nlp) -> None:
    # "O pesquisador de Cruz Alta, que participou do Fórum": the researcher's name not one the
    # NER found (the words left untagged)
    assert statements(nlp, researcher(), [("LOC", 6, 8), ("EVENT", 12, 13)]) == set()


def test_a_relative_clause_after_a_name_that_is_no_place_stays_the_names(nlp) -> None:
    # "a tese de McCarthy, que estudou com Habermas": the name's
    found = statements(nlp, researcher(), [("PER", 2, 4), ("ORG", 6, 8), ("EVENT", 12, 13)])
    assert ("Cruz Alta", "participantIn", "Fórum", "asserted") in found


def test_a_relative_clause_in_another_number_than_the_noun_stays_the_places(nlp) -> None:
    # "Os pesquisadores ..., de Cruz Alta, que participou": a singular verb is not the plural noun's
    found = statements(nlp, researcher(noun="pesquisadores", number="Plur"), [("PER", 2, 4), ("LOC", 6, 8), ("EVENT", 12, 13)])
    assert ("Cruz Alta", "participantIn", "Fórum", "asserted") in found


def test_a_relative_clause_after_a_works_author_stays_the_authors(nlp) -> None:
    # "uma carta de Campos Salles, que presidiu o Brasil": a work's `de` complement is its author,
    # whom the NER may have taken for a place
    found = statements(nlp, researcher(noun="livro", lemma="livro"), [("LOC", 6, 8), ("EVENT", 12, 13)])
    assert ("Cruz Alta", "participantIn", "Fórum", "asserted") in found


# --- (P60k) the noun a participle tells of outside the phrase it hangs on ---------------------


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


@pytest.mark.parametrize(
    "table",
    [
        movement(noun="frente", gender="Fem"),  # "a frente Ética da CEI, criada por": the front was created
        movement(name_gender="Fem"),  # the name's own gender (the tagger's) is the participle's
    ],
)
def test_a_participle_that_agrees_with_the_noun_or_its_apposed_name_stays_the_names(nlp, table) -> None:
    assert ("Pedro Silva", "founded", "Ética", "asserted") in statements(nlp, table, MOVEMENT_ENTS)


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
