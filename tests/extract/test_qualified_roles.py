"""A word after a role noun that changes who holds the role, and open relations of nouns that
relate nothing of their subject (issue 20, P61e): ``units.json``'s ``role_qualifiers`` read by
:func:`teia.extract.relations.nominal.role_qualifier`; :func:`~teia.extract.relations.found.body_noun_open`,
:func:`~teia.extract.relations.found.person_in_open` and the mapping's ``empty_nouns``. Written
sentences parsed by hand (``text lemma POS dep head``, ``head`` 0-based), as the parser reads them."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.errors import InputError
from teia.extract.relations.units import load_units


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


# "O governador eleito do Ceará, Rui Melo, viajou.": chosen, not yet in office
ELECT = """
O o DET det 1
governador governador NOUN nsubj 9
eleito eleger VERB acl 1
do de_o ADP case 4
Ceará Ceará PROPN nmod 1
, , PUNCT punct 6
Rui Rui PROPN appos 1
Melo Melo PROPN flat:name 6
, , PUNCT punct 6
viajou viajar VERB ROOT 9
. . PUNCT punct 9
"""
ELECT_ENTS = [("LOC", 4, 5), ("PER", 6, 8)]

# the control: "O governador do Ceará, Rui Melo, viajou."
GOVERNOR = """
O o DET det 1
governador governador NOUN nsubj 8
do de_o ADP case 3
Ceará Ceará PROPN nmod 1
, , PUNCT punct 5
Rui Rui PROPN appos 1
Melo Melo PROPN flat:name 5
, , PUNCT punct 5
viajou viajar VERB ROOT 8
. . PUNCT punct 8
"""


def test_an_elect_holds_nothing_yet(nlp) -> None:
    found = facts(nlp, ELECT, ELECT_ENTS)
    assert ("Rui Melo", "keyPersonOf", "Ceará") not in found
    assert ("Rui Melo", "rel:governador_eleito_de", "Ceará") in found


def test_a_governor_without_a_qualifier_keeps_his_role(nlp) -> None:
    assert ("Rui Melo", "keyPersonOf", "Ceará") in facts(nlp, GOVERNOR, [("LOC", 3, 4), ("PER", 5, 7)])


# "Rui Melo, presidente eleito ontem do Sport, viajou.": a participle with words of its own is a
# clause about the holder, no qualifier (the parser makes the club its object)
ELECTED_YESTERDAY = """
Rui Rui PROPN nsubj 9
Melo Melo PROPN flat:name 0
, , PUNCT punct 3
presidente presidente NOUN appos 0
eleito eleger VERB acl 3
ontem ontem ADV advmod 4
do de_o ADP case 7
Sport Sport PROPN nmod 3
, , PUNCT punct 3
viajou viajar VERB ROOT 9
. . PUNCT punct 9
"""


def test_a_participle_with_words_of_its_own_is_no_qualifier(nlp) -> None:
    found = facts(nlp, ELECTED_YESTERDAY, [("PER", 0, 2), ("ORG", 7, 8)])
    assert ("Rui Melo", "led", "Sport") in found
    assert not any("eleito" in p for _, p, _ in found)


# "Rui Melo, presidente honorário do Sport, morreu.": an honour of the club, not its head
HONORARY = """
Rui Rui PROPN nsubj 8
Melo Melo PROPN flat:name 0
, , PUNCT punct 3
presidente presidente NOUN appos 0
honorário honorário ADJ amod 3
do de_o ADP case 6
Sport Sport PROPN nmod 3
, , PUNCT punct 3
morreu morrer VERB ROOT 8
. . PUNCT punct 8
"""

# "Rui Melo, presidente de honra do Sport, morreu."
OF_HONOUR = """
Rui Rui PROPN nsubj 9
Melo Melo PROPN flat:name 0
, , PUNCT punct 3
presidente presidente NOUN appos 0
de de ADP case 5
honra honra NOUN nmod 3
do de_o ADP case 7
Sport Sport PROPN nmod 3
, , PUNCT punct 3
morreu morrer VERB ROOT 9
. . PUNCT punct 9
"""

# the control: "Rui Melo, presidente interino do Sport, morreu.": an acting head leads
INTERIM = HONORARY.replace("honorário honorário", "interino interino")


def test_an_honorary_president_is_affiliated_not_the_head(nlp) -> None:
    for table, club in ((HONORARY, 6), (OF_HONOUR, 7)):
        found = facts(nlp, table, [("PER", 0, 2), ("ORG", club, club + 1)])
        assert ("Rui Melo", "affiliatedWith", "Sport") in found
        assert ("Rui Melo", "led", "Sport") not in found


def test_an_interim_president_leads(nlp) -> None:
    assert ("Rui Melo", "led", "Sport") in facts(nlp, INTERIM, [("PER", 0, 2), ("ORG", 6, 7)])


# "Rui Melo, presidente em exercício da Febec, morreu.": the parser hangs the body on "exercício"
ACTING = OF_HONOUR.replace(
    "de de ADP case 5\nhonra honra NOUN nmod 3\ndo de_o ADP case 7\nSport Sport PROPN nmod 3",
    "em em ADP case 5\nexercício exercício NOUN nmod 3\nda de_o ADP case 7\nFebec Febec PROPN nmod 5",
)


def test_an_acting_president_leads_the_body_of_his_exercise(nlp) -> None:
    assert "exercício" in ACTING
    found = facts(nlp, ACTING, [("PER", 0, 2), ("ORG", 7, 8)])
    assert ("Rui Melo", "led", "Febec") in found
    assert not any(p.startswith("rel:") for _, p, _ in found)


def test_a_qualifier_of_no_kind_is_refused(tmp_path) -> None:
    path = tmp_path / "units.json"
    path.write_text('{"units": ["conselho"], "military": [], "role_qualifiers": {"eleito": "future"}}', encoding="utf-8")
    with pytest.raises(InputError, match="role_qualifiers"):
        load_units(str(path))


# "O candidato ao governo de Minas, Rui Melo, disse.": the name hangs on the body inside the role's phrase
CANDIDATE = """
O o DET det 1
candidato candidato NOUN nsubj 10
ao a_o ADP case 3
governo governo NOUN nmod 1
de de ADP case 5
Minas Minas PROPN nmod 3
, , PUNCT punct 7
Rui Rui PROPN appos 3
Melo Melo PROPN flat:name 7
, , PUNCT punct 7
disse dizer VERB ROOT 10
. . PUNCT punct 10
"""

# the control: "A tesoureira do comitê de Minas, Ana Costa, disse.": a person's noun keeps its relation
TREASURER = """
A o DET det 1
tesoureira tesoureira NOUN nsubj 10
do de_o ADP case 3
comitê comitê NOUN nmod 1
de de ADP case 5
Minas Minas PROPN nmod 3
, , PUNCT punct 7
Ana Ana PROPN appos 1
Costa Costa PROPN flat:name 7
, , PUNCT punct 7
disse dizer VERB ROOT 10
. . PUNCT punct 10
"""


def test_a_person_is_no_body(nlp) -> None:
    found = facts(nlp, CANDIDATE, [("LOC", 5, 6), ("PER", 7, 9)])
    assert not any(s == "Rui Melo" for s, _, _ in found)
    found = facts(nlp, CANDIDATE, [("ORG", 5, 6), ("ORG", 7, 9)])
    assert ("Rui Melo", "rel:governo_de", "Minas") in found  # a body the NER typed so keeps it


# "Visitou o parque Meiji Mura em Inuyama.": a name right after the noun is the body the NER
# took for a person
PARK = """
Visitou visitar VERB ROOT 0
o o DET det 2
parque parque NOUN obj 0
Meiji Meiji PROPN appos 2
Mura Mura PROPN flat:name 3
em em ADP case 6
Inuyama Inuyama PROPN nmod 2
. . PUNCT punct 0
"""


def test_a_body_the_ner_took_for_a_person_keeps_its_noun(nlp) -> None:
    assert ("Meiji Mura", "rel:parque_em", "Inuyama") in facts(nlp, PARK, [("PER", 3, 5), ("LOC", 6, 7)])


def test_a_persons_noun_keeps_its_open_relation(nlp) -> None:
    found = facts(nlp, TREASURER, [("LOC", 5, 6), ("PER", 7, 9)])
    assert ("Ana Costa", "rel:tesoureira_de", "Minas") in found


# "Serrano foi diretor do BC no governo Figueiredo.": a time, not a place
IN_A_GOVERNMENT = """
Serrano Serrano PROPN nsubj 2
foi ser AUX cop 2
diretor diretor NOUN ROOT 2
do de_o ADP case 4
BC BC PROPN nmod 2
no em_o ADP case 6
governo governo NOUN nmod 2
Figueiredo Figueiredo PROPN appos 6
. . PUNCT punct 2
"""

# the control: "Serrano foi diretor do BC no Rio."
IN_RIO = """
Serrano Serrano PROPN nsubj 2
foi ser AUX cop 2
diretor diretor NOUN ROOT 2
do de_o ADP case 4
BC BC PROPN nmod 2
no em_o ADP case 6
Rio Rio PROPN nmod 2
. . PUNCT punct 2
"""


def test_a_nouns_em_to_a_person_is_no_place(nlp) -> None:
    found = facts(nlp, IN_A_GOVERNMENT, [("PER", 0, 1), ("ORG", 4, 5), ("PER", 7, 8)])
    assert ("Serrano", "led", "BC") in found
    assert not any(o == "Figueiredo" for _, _, o in found)
    assert ("Serrano", "rel:diretor_em", "Rio") in facts(nlp, IN_RIO, [("PER", 0, 1), ("ORG", 4, 5), ("LOC", 6, 7)])


# "A Serrambi é um problema da Fiesp.": a noun that relates nothing (empty_nouns)
PROBLEM = """
A o DET det 1
Serrambi Serrambi PROPN nsubj 4
é ser AUX cop 4
um um DET det 4
problema problema NOUN ROOT 4
da de_o ADP case 6
Fiesp Fiesp PROPN nmod 4
. . PUNCT punct 4
"""

# the control: "A Serrambi é uma agência da Fiesp."
AGENCY = PROBLEM.replace("problema problema", "agência agência")


def test_a_problem_relates_nothing(nlp) -> None:
    ents = [("ORG", 1, 2), ("ORG", 6, 7)]
    assert not facts(nlp, PROBLEM, ents)
    assert ("Serrambi", "rel:agência_de", "Fiesp") in facts(nlp, AGENCY, ents)
