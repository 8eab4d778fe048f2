"""A relative ``onde`` with a preposition of its own stands for that preposition, not for ``em``
(issue 20, P68u; :func:`~teia.extract.relations.clauses._where_preposition`).

``Deusdete ... foi socorrido no Hospital Nardini, de onde saiu ontem`` gave ``rel:sair_em``: he
left the hospital, he did not leave anything in it. Written sentences parsed by hand (``text
lemma POS dep head morphology``, see :mod:`handparse`), with ``onde`` as the shipped parser gives
it, an ``advmod`` or an ``obl`` of the relative clause's verb.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

# "Rui Costa visitou Lisboa, {case} onde saiu."
LEFT = """
Rui Rui PROPN nsubj 2 _
Costa Costa PROPN flat:name 0 _
visitou visitar VERB ROOT 2 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
Lisboa Lisboa PROPN obj 2 _
, , PUNCT punct 6 _
{case}onde onde PRON {dep} 6 PronType=Rel
saiu sair VERB acl:relcl 3 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
. . PUNCT punct 2 _
"""

ENTS = [("PER", 0, 2), ("LOC", 3, 4)]


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def _left(case: str, dep: str) -> str:
    table = LEFT.replace("{dep}", dep)
    if not case:
        return table.replace("{case}", "")
    # the preposition is a token of its own before "onde": the heads after it move by one
    rows = table.strip().splitlines()
    shifted = []
    for row in rows:
        cols = row.split()
        if cols[0] == "{case}onde":
            shifted.append(f"{case} {case} ADP case 6 _")
            cols[0] = "onde"
        if int(cols[4]) >= 5:
            cols[4] = str(int(cols[4]) + 1)
        shifted.append(" ".join(cols))
    return "\n".join(shifted)


def _sair(found: set[tuple[str, str, str, str]]) -> set[str]:
    return {p for s, p, o, _ in found if s == "Rui Costa" and o == "Lisboa" and p.startswith("rel:sair")}


@pytest.mark.parametrize("dep", ["advmod", "obl"])
def test_de_onde_is_the_place_left(nlp, dep) -> None:
    assert _sair(table_facts(nlp, _left("de", dep), ENTS)) == {"rel:sair_de"}


@pytest.mark.parametrize("dep", ["advmod", "obl"])
def test_onde_alone_is_still_where(nlp, dep) -> None:
    assert _sair(table_facts(nlp, _left("", dep), ENTS)) == {"rel:sair_em"}
