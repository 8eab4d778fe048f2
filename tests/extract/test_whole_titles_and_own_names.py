"""Three kinds of wrong statement of HAREM I's training documents (issue 20, P69h).

* A whole title the NER took for a name, its body inside the mention (``a Governadora Civil do
  Distrito de Lisboa``), names a post as a bare title does (``bare_titles.py``): the holder the
  sentence names beside it stands for it, else the statement goes.
* A naming verb in the active with a reflexive ``se`` or a dative ``lhe`` gives another name of
  the thing, not a second entity (``que se chamava Dalva Sentini``): no open statement.
* A place the NER ran into its address line, a dash and a state's code (``Recife - PE``), is
  no name: no statement.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline
from test_bare_titles import facts

from teia.extract.relations.gates import run_into_its_state


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


WHOLE_TITLE_HOLDER = """
A o DET det 1
Governadora Governadora PROPN nsubj 11
Civil Civil PROPN flat:name 1
do de_o ADP case 4
Distrito Distrito PROPN nmod 1
de de ADP case 6
Évora Évora PROPN nmod 4
, , PUNCT punct 8
Ana Ana PROPN appos 1
Bastos Bastos PROPN flat:name 8
, , PUNCT punct 8
visitou visitar VERB ROOT 11
a o DET det 13
Embrapa Embrapa PROPN obj 11
. . PUNCT punct 11
"""
# the title is one person's mention, as HAREM tags it
WHOLE_TITLE_HOLDER_ENTS = [("PER", 1, 7), ("PER", 8, 10), ("ORG", 13, 14)]


def test_the_holder_beside_a_whole_title_stands_for_it(nlp) -> None:
    found = facts(nlp, WHOLE_TITLE_HOLDER, WHOLE_TITLE_HOLDER_ENTS)
    assert ("Ana Bastos", "rel:visitar", "Embrapa") in found
    assert not any("Governadora Civil do Distrito de Évora" in (s, o) for s, _, o in found)


WHOLE_TITLE_ALONE = """
O o DET det 1
Presidente Presidente PROPN nsubj 6
da de_o ADP case 3
Câmara Câmara PROPN nmod 1
de de ADP case 5
Beja Beja PROPN nmod 3
inaugurou inaugurar VERB ROOT 6
o o DET det 8
Cineteatro Cineteatro PROPN obj 6
Pax Pax PROPN flat:name 8
Julia Julia PROPN flat:name 8
. . PUNCT punct 6
"""
WHOLE_TITLE_ALONE_ENTS = [("PER", 1, 6), ("ORG", 8, 11)]


def test_a_whole_title_with_no_holder_is_no_argument(nlp) -> None:
    found = facts(nlp, WHOLE_TITLE_ALONE, WHOLE_TITLE_ALONE_ENTS)
    assert not any(s == "Presidente da Câmara de Beja" for s, _, _ in found), found


CALLED_ITSELF = """
A o DET det 1
vila vila NOUN nsubj 10
de de ADP case 3
Odemira Odemira PROPN nmod 1
, , PUNCT punct 6
que que PRON nsubj 6
se se PRON expl 6
chamava chamar VERB acl:relcl 3
Vila Vila PROPN obj 6
Nova Nova PROPN flat:name 7
, , PUNCT punct 6
cresceu crescer VERB ROOT 10
. . PUNCT punct 10
"""
CALLED_ITSELF_ENTS = [("LOC", 3, 4), ("LOC", 7, 9)]

CALLED_IT = """
Os o DET det 1
viajantes viajante NOUN nsubj 2
gostaram gostar VERB ROOT 2
tanto tanto ADV advmod 2
de de ADP case 5
Sintra Sintra PROPN obl 2
que que PRON nsubj 8
lhe ele PRON iobj 8
chamaram chamar VERB acl:relcl 5
Glorioso Glorioso PROPN obj 8
Éden Éden PROPN flat:name 9
. . PUNCT punct 2
"""
CALLED_IT_ENTS = [("LOC", 5, 6), ("LOC", 9, 11)]

# the same verb with no clitic: "chamar" a person, a second entity
SUMMONED = """
O o DET det 1
Benfica Benfica PROPN nsubj 2
chamou chamar VERB ROOT 2
Rui Rui PROPN obj 2
Costa Costa PROPN flat:name 3
. . PUNCT punct 2
"""
SUMMONED_ENTS = [("ORG", 1, 2), ("PER", 3, 5)]


def test_a_naming_verb_with_se_or_lhe_relates_no_second_entity(nlp) -> None:
    for table, ents in ((CALLED_ITSELF, CALLED_ITSELF_ENTS), (CALLED_IT, CALLED_IT_ENTS)):
        found = facts(nlp, table, ents)
        assert not any(p.startswith("rel:chamar") for _, p, _ in found), found
    assert ("Benfica", "rel:chamar", "Rui Costa") in facts(nlp, SUMMONED, SUMMONED_ENTS)


RUN_ON = """
O o DET det 1
Museu Museu PROPN nsubj 11
da de_o ADP case 3
Inconfidência Inconfidência PROPN nmod 1
, , PUNCT punct 6
em em ADP case 6
Ouro Ouro PROPN nmod 1
Preto Preto PROPN flat:name 6
- - PUNCT punct 9
MG MG PROPN appos 6
, , PUNCT punct 6
abriu abrir VERB ROOT 11
. . PUNCT punct 11
"""


def test_a_place_run_into_its_state_code_is_no_argument(nlp) -> None:
    # the NER ran the town into its address line: "Ouro Preto - MG" is one mention
    run_on = facts(nlp, RUN_ON, [("ORG", 1, 4), ("LOC", 6, 10)])
    assert not any("Ouro Preto - MG" in (s, o) for s, _, o in run_on), run_on
    # the town alone is read as before
    alone = facts(nlp, RUN_ON, [("ORG", 1, 4), ("LOC", 6, 8)])
    assert any(o == "Ouro Preto" for s, _, o in alone if s == "Museu da Inconfidência"), alone


def test_run_into_its_state_reads_a_dash_and_a_code() -> None:
    for text in ("Recife - PE - CEP 50.000-000", "Angra dos Reis - R.J.", "Lagoa Santa - MG"):
        assert run_into_its_state(text), text
    # a route, a match, a place with no dash, a hyphenated name
    for text in ("Rio - São Paulo", "Brasil - Argentina", "Lagoa Santa", "Rio-Niterói"):
        assert not run_into_its_state(text), text
