"""Roles, kin and companies of news text that the mapping's nouns did not type (issue 20, 28f).

MAC-MORPHO's world and politics pages name a head of government ``premiê`` (``o premiê de
Israel, Yitzhak Rabin``), a leader of a party's bench by the house it sits in (``o líder do PDT
na Câmara``), a widow, a predecessor, a teacher at a university (``professor na USP``), a
resident, a bank, a company or a newspaper of a place; each stayed an open ``rel:premiê_de``,
``rel:líder_em``... Written sentences parsed by hand (``text lemma POS dep head morphology``,
see :mod:`handparse`).
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "{subject} é o {noun} {prep} {object}."
COPULA = """
{subject} {subject} PROPN nsubj 3 _
é ser AUX cop 3 _
o o DET det 3 Gender=Masc|Number=Sing
{noun} {noun} NOUN ROOT 3 Gender=Masc|Number=Sing
{prep} {prep} ADP case 5 _
{obj} {obj} PROPN nmod 3 _
. . PUNCT punct 3 _
"""


def facts(nlp, subject: str, subject_type: str, noun: str, prep: str, obj: str, obj_type: str):
    table = COPULA.format(subject=subject, noun=noun, prep=prep, obj=obj)
    return table_facts(nlp, table, [(subject_type, 0, 1), (obj_type, 5, 6)], "roles.txt")


@pytest.mark.parametrize(
    ("subject", "subject_type", "noun", "prep", "obj", "obj_type", "expected"),
    [
        ("Rabin", "PER", "premiê", "de", "Israel", "LOC", ("Rabin", "led", "Israel")),
        ("Spring", "PER", "vice-premiê", "de", "Irlanda", "LOC", ("Spring", "keyPersonOf", "Irlanda")),
        ("Paes", "PER", "subprefeito", "de", "Botafogo", "LOC", ("Paes", "keyPersonOf", "Botafogo")),
        ("Yoko", "PER", "viúva", "de", "Lennon", "PER", ("Yoko", "relativeOf", "Lennon")),
        # the one named came before the de complement, who succeeded them
        ("Mills", "PER", "antecessor", "de", "Rostenkowski", "PER", ("Rostenkowski", "succeeded", "Mills")),
        ("Salomão", "PER", "líder", "em", "Câmara", "ORG", ("Salomão", "memberOf", "Câmara")),
        ("Oz", "PER", "professor", "em", "USP", "ORG", ("Oz", "affiliatedWith", "USP")),
        ("Duda", "PER", "morador", "de", "Borel", "LOC", ("Duda", "residedIn", "Borel")),
        ("Cariplo", "ORG", "banco", "de", "Itália", "LOC", ("Cariplo", "headquarteredIn", "Itália")),
        ("Telepar", "ORG", "companhia", "de", "Paraná", "LOC", ("Telepar", "headquarteredIn", "Paraná")),
        ("Jornada", "ORG", "jornal", "de", "Chiapas", "LOC", ("Jornada", "headquarteredIn", "Chiapas")),
    ],
)
def test_a_news_role_or_company_noun_is_typed(nlp, subject, subject_type, noun, prep, obj, obj_type, expected) -> None:
    found = {(s, p, o) for s, p, o, _ in facts(nlp, subject, subject_type, noun, prep, obj, obj_type)}
    assert expected in found


def test_a_leader_in_a_place_sits_in_no_house(nlp) -> None:
    # "líder do PT em Santos": the place is the branch's, not a body the leader is a member of
    found = facts(nlp, "Salomão", "PER", "líder", "em", "Santos", "LOC")
    assert not any(p == "memberOf" for _, p, *_ in found)


def test_a_resident_of_an_organization_resided_nowhere(nlp) -> None:
    found = facts(nlp, "Duda", "PER", "morador", "de", "Embraer", "ORG")
    assert not any(p == "residedIn" for _, p, *_ in found)



# "o senador José Bisol (PT), coordenador da CPI, está preocupado.": the parser hangs the name,
# the bracket and the role all on the title word
TITLED_BRACKET = """
o o DET det 1
senador senador NOUN nsubj 13
José José PROPN appos 1
Bisol Bisol PROPN flat:name 2
( ( PUNCT punct 5
{bracket} {bracket} PROPN appos 1
) ) PUNCT punct 5
, , PUNCT punct 8
coordenador coordenador NOUN appos 1
da de_a ADP case 10
CPI CPI PROPN nmod 8
, , PUNCT punct 8
está estar AUX cop 13
preocupado preocupado ADJ ROOT 13
. . PUNCT punct 13
"""


def test_a_role_after_a_titled_name_and_its_bracket_is_the_names(nlp) -> None:
    # the bracket holds the party and the state ("(PT-RS)"), or a photo's "(foto)": the role after it is the person's
    found = table_facts(nlp, TITLED_BRACKET.format(bracket="PT"), [("PER", 2, 4), ("ORG", 5, 6), ("ORG", 10, 11)], "roles.txt")
    assert ("José Bisol", "keyPersonOf", "CPI", "appos-title") in found
    found = table_facts(nlp, TITLED_BRACKET.format(bracket="foto"), [("PER", 2, 4), ("ORG", 10, 11)], "roles.txt")
    assert ("José Bisol", "keyPersonOf", "CPI", "appos-title") in found


# "o senador Guilherme Palmeira (PFL), vice do candidato do PSDB, falou."
TITLED_BRACKET_NESTED = """
o o DET det 1
senador senador NOUN nsubj 14
Guilherme Guilherme PROPN appos 1
Palmeira Palmeira PROPN flat:name 2
( ( PUNCT punct 5
PFL PFL PROPN appos 1
) ) PUNCT punct 5
, , PUNCT punct 8
vice vice NOUN appos 1
do de_o ADP case 10
candidato candidato NOUN nmod 8
do de_o ADP case 12
PSDB PSDB PROPN nmod 10
, , PUNCT punct 8
falou falar VERB ROOT 14
. . PUNCT punct 14
"""


def test_past_a_bracket_a_role_reaches_only_its_own_complements(nlp) -> None:
    # the PSDB is the candidate's, not the vice's: no affiliation of Palmeira with it
    found = table_facts(nlp, TITLED_BRACKET_NESTED, [("PER", 2, 4), ("ORG", 5, 6), ("ORG", 12, 13)], "roles.txt")
    assert not any(s == "Guilherme Palmeira" and o == "PSDB" for s, _, o, _ in found)
