"""A name the NER cut after its common noun is no argument of a statement (issue 20, P58a).

``a Igreja da Inglaterra`` tagged ``Igreja`` and ``Inglaterra``, ``a Igreja inglesa`` tagged
``Igreja``, ``a Comarca de Sabará`` tagged ``Comarca`` and ``Sabará``: the first mention is the
common noun that opens the name, and the graph would make one node of every ``Igreja`` of the
corpus. The sentences are written for this test and parsed by hand (``text lemma POS dep head``,
``head`` 0-based); each case has a control that differs in the one thing the check reads.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def pairs(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


ENTERED = """
Em em ADP case 1
1990 1990 NUM obl 4
, , PUNCT punct 1
Vieira Vieira PROPN nsubj 4
entrou entrar VERB ROOT 4
para para ADP case 7
a o DET det 7
{noun} {noun} PROPN obl 4
{after} {after_lemma} {after_pos} {after_dep} {after_head}
{name} {name} PROPN nmod 7
. . PUNCT punct 4
"""


def entered(noun: str, after: str, name: str) -> str:
    lemma, pos, dep, head = ("de_o", "ADP", "case", 9) if after in ("da", "do") else (after, "ADV", "advmod", 4)
    return ENTERED.format(noun=noun, after=after, after_lemma=lemma, after_pos=pos, after_dep=dep, after_head=head, name=name)


@pytest.mark.parametrize("noun", ["Igreja", "Governo", "Teatro"])
def test_a_common_noun_the_ner_cut_from_its_de_name_is_no_argument(nlp, noun: str) -> None:
    """``Vieira entrou para a Igreja da Inglaterra`` with the NER's ``Igreja`` and
    ``Inglaterra``: no statement of ``Igreja`` (nor ``Igreja partOf Inglaterra``). The whole name
    as one mention is related."""
    table = entered(noun, "da", "Inglaterra")
    cut = pairs(nlp, table, [("PER", 3, 4), ("ORG", 7, 8), ("LOC", 9, 10)])
    assert not any(noun in (s, o) for s, _, o in cut)
    whole = pairs(nlp, table, [("PER", 3, 4), ("ORG", 7, 10)])
    assert any(o == f"{noun} da Inglaterra" for s, _, o in whole if s == "Vieira")


GENTILIC = """
Vieira Vieira PROPN nsubj 1
entrou entrar VERB ROOT 1
para para ADP case 4
a o DET det 4
Igreja Igreja PROPN obl 1
{word} {word} {pos} {dep} {head}
. . PUNCT punct 1
"""


def test_a_common_noun_before_a_gentilic_adjective_is_no_argument(nlp) -> None:
    """``a Igreja inglesa``: the gentilic says which church, and the NER left it out."""
    ents = [("PER", 0, 1), ("ORG", 4, 5)]
    assert pairs(nlp, GENTILIC.format(word="inglesa", pos="ADJ", dep="amod", head=4), ents) == set()
    # an adverb after the noun, no gentilic: the lone word stays, as for a country's one Church
    kept = pairs(nlp, GENTILIC.format(word="cedo", pos="ADV", dep="advmod", head=1), ents)
    assert any(o == "Igreja" for s, _, o in kept if s == "Vieira")


DEPARTMENT = """
Vieira Vieira PROPN nsubj 1
entrou entrar VERB ROOT 1
para para ADP case 4
o o DET det 4
Departamento Departamento PROPN obl 1
de de ADP case 7
a o DET det 7
Receita Receita PROPN nmod 4
Federal Federal PROPN flat:name 7
. . PUNCT punct 1
"""


def test_macmorpho_de_a_after_the_common_noun_is_a_cut_too(nlp) -> None:
    """MAC-MORPHO splits ``da`` into ``de a``: ``o Departamento de a Receita Federal`` with the
    NER's ``Departamento`` and ``Receita Federal`` gives no statement of ``Departamento``; the
    name of two words after ``de a`` is no cut one."""
    from teia.extract.relations.context import Context
    from teia.extract.relations.found import Arg
    from teia.extract.relations.gates import cut_from_its_name
    from teia.extract.relations.mapping import default_mapping

    cut = [("PER", 0, 1), ("ORG", 4, 5), ("ORG", 7, 9)]
    assert not any("Departamento" in (s, o) for s, _, o in pairs(nlp, DEPARTMENT, cut))
    whole = pairs(nlp, DEPARTMENT, [("PER", 0, 1), ("ORG", 4, 9)])
    assert any(o == "Departamento de a Receita Federal" for s, _, o in whole if s == "Vieira")
    doc = table_doc(nlp, DEPARTMENT, cut, "news.txt")
    ctx = Context(doc, default_mapping())
    head, name = doc[4], doc[7:9]
    assert cut_from_its_name(Arg("e1", head.idx, head.idx + len(head), head), ctx)
    assert not cut_from_its_name(Arg("e2", name.start_char, name.end_char, name.root), ctx)
