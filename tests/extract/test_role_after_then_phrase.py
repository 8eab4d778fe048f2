"""A post the person held then, set after the name by ``na época`` / ``à época`` / ``na altura``,
with the role noun parsed as a modifier of the time noun (issue 20, P47e;
``repairs.role_after_then_phrase``): ``João Silva, na época governador de Minas Gerais, assinou
o decreto`` gives the same ``keyPersonOf`` as ``João Silva, atual governador de ...``.

The sentences are written for this test and parsed by hand (``text lemma POS dep head``,
``head`` 0-based) as the shipped parser analysed them: ``época`` an oblique of the main verb, the
role noun an ``amod`` of ``época``, its ``de`` complement under the role noun.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc, table_facts

from teia.extract.relations.repairs import role_after_then_phrase


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _sentence(name: str, name_pos: str, case: str, time: str, role: str) -> str:
    # "{name} Silva, {case} {time} {role} de Minas Gerais, assinou o decreto."
    return f"""
{name} {name} {name_pos} nsubj 10
Silva Silva PROPN flat:name 0
, , PUNCT punct 4
{case} em_o ADP case 4
{time} {time} NOUN obl 10
{role} {role} NOUN amod 4
de de ADP case 7
Minas Minas PROPN nmod 5
Gerais Gerais PROPN flat:name 7
, , PUNCT punct 4
assinou assinar VERB ROOT 10
o o DET det 12
decreto decreto NOUN obj 10
. . PUNCT punct 10
"""


ENTS = [("PER", 0, 2), ("LOC", 7, 9)]


@pytest.mark.parametrize(("case", "time"), [("na", "época"), ("à", "época"), ("na", "altura")])
def test_a_role_held_then_is_the_name_s_post(nlp, case: str, time: str) -> None:
    found = table_facts(nlp, _sentence("João", "PROPN", case, time, "governador"), ENTS)
    assert ("João Silva", "keyPersonOf", "Minas Gerais", "appos-title") in found


def test_the_repair_gives_the_name_s_head(nlp) -> None:
    doc = table_doc(nlp, _sentence("João", "PROPN", "na", "época", "governador"), ENTS, "news.txt", run=False)
    head = role_after_then_phrase(doc[5])
    assert head is not None and head.i == 0


def test_another_time_noun_is_no_apposition(nlp) -> None:
    # "João Silva, na semana governador ...": only the nouns of "at that time" open one
    doc = table_doc(nlp, _sentence("João", "PROPN", "na", "semana", "governador"), ENTS, "news.txt", run=False)
    assert role_after_then_phrase(doc[5]) is None
    found = table_facts(nlp, _sentence("João", "PROPN", "na", "semana", "governador"), ENTS)
    assert not [f for f in found if f[1] == "keyPersonOf"]


def test_a_common_noun_before_the_comma_is_no_name(nlp) -> None:
    # "Joãozinho" tagged a common noun: the role is no apposition of a name
    doc = table_doc(nlp, _sentence("joão", "NOUN", "na", "época", "governador"), [("LOC", 7, 9)], "news.txt", run=False)
    assert role_after_then_phrase(doc[5]) is None


# "Rubio foi condenado pela investigação ordenada por Ruiz, então governador de Guerrero." as
# the parser read it: the role after "então" an apposition of "investigação", not of "Ruiz"
RUIZ = """
Rubio Rubio PROPN nsubj:pass 2
foi ser AUX aux:pass 2
condenado condenar VERB ROOT 2
pela por_o ADP case 4
investigação investigação NOUN obl 2
ordenada ordenar VERB acl 4
por por ADP case 7
Ruiz Ruiz PROPN obl:agent 5
, , PUNCT punct 10
então então ADV advmod 10
governador governador NOUN appos 4
de de ADP case 12
Guerrero Guerrero PROPN nmod 10
. . PUNCT punct 2
"""

RUIZ_ENTS = [("PER", 0, 1), ("PER", 7, 8), ("LOC", 12, 13)]


def test_a_role_after_entao_hung_on_another_noun_is_the_name_s(nlp) -> None:
    found = table_facts(nlp, RUIZ, RUIZ_ENTS)
    assert ("Ruiz", "keyPersonOf", "Guerrero", "appos-title") in found
    doc = table_doc(nlp, RUIZ, RUIZ_ENTS, "news.txt", run=False)
    assert role_after_then_phrase(doc[10]).i == 7


def test_a_role_after_entao_without_a_comma_is_left_alone(nlp) -> None:
    # "... ordenada por Ruiz então governador ...": no comma, no apposition read
    table = RUIZ.replace(", , PUNCT punct 10\n", "")
    table = "\n".join(
        " ".join(w[:-1] + [str(int(w[-1]) - 1 if int(w[-1]) > 8 else int(w[-1]))]) if w else ""
        for w in (line.split() for line in table.split("\n"))
    )
    doc = table_doc(nlp, table, [("PER", 0, 1), ("PER", 7, 8), ("LOC", 11, 12)], "news.txt", run=False)
    assert doc[9].text == "governador" and role_after_then_phrase(doc[9]) is None


# "Falou a mulher de Rui Melo, então ministra da Saúde." as parsed: the role an apposition of
# "mulher", whose complement the name is
WIFE = """
Falou falar VERB ROOT 0
a o DET det 2
mulher mulher NOUN nsubj 0
de de ADP case 4
Rui Rui PROPN nmod 2
Melo Melo PROPN flat:name 4
, , PUNCT punct 8
então então ADV advmod 8
ministra ministro NOUN appos 2
da de_o ADP case 10
Saúde Saúde PROPN nmod 8
. . PUNCT punct 0
"""


def test_a_role_after_entao_on_the_noun_the_name_completes_stays_that_noun_s(nlp) -> None:
    doc = table_doc(nlp, WIFE, [("PER", 4, 6), ("ORG", 10, 11)], "news.txt", run=False)
    assert role_after_then_phrase(doc[8]) is None
    found = table_facts(nlp, WIFE, [("PER", 4, 6), ("ORG", 10, 11)])
    assert not [f for f in found if f[0] == "Rui Melo" and f[2] == "Saúde"]
