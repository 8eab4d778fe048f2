"""Two leftovers of issue 20 (P67a): a former holder's word before the role, in any case (``O
ANTIGO chefe de Estado do Uruguai, Julio Sanguinetti``, ``o antigo ministro``: ``units.json``'s
``role_qualifiers`` kind ``former``, read as ``ex-``: the open ``rel:ex_chefe_de``, no ``led``),
and a ``como`` phrase set off by commas (``Portugal manteve, como a ONU, uma política``): a
comparison, no argument of the verb. Written sentences parsed by hand (``text lemma POS dep
head``, ``head`` 0-based), as the shipped parser reads them, each with a control."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.extract.relations.units import load_units


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in table_facts(nlp, table, ents)}


# "O {word} chefe de Estado do Uruguai, Julio Sanguinetti, votou." (the NER's "Estado do Uruguai")
CHIEF = """
O o DET det 2
{word} {lemma} ADJ amod 2
chefe chefe NOUN nsubj 11
de de ADP case 4
Estado Estado PROPN nmod 2
do de_o ADP case 6
Uruguai Uruguai PROPN nmod 4
, , PUNCT punct 8
Julio Julio PROPN appos 2
Sanguinetti Sanguinetti PROPN flat:name 8
, , PUNCT punct 8
votou votar VERB ROOT 11
. . PUNCT punct 11
"""
CHIEF_ENTS = [("LOC", 4, 7), ("PER", 8, 10)]


@pytest.mark.parametrize("word", ["antigo", "ANTIGO", "Antigo"])
def test_a_former_chief_leads_nothing_now(nlp, word) -> None:
    found = facts(nlp, CHIEF.format(word=word, lemma=word), CHIEF_ENTS)
    assert not any(p == "led" for s, p, o in found)
    assert ("Julio Sanguinetti", "rel:ex_chefe_de", "Estado do Uruguai") in found


def test_the_capitals_the_ner_took_for_a_name_are_no_object(nlp) -> None:
    # the NER's "ANTIGO" a mention of its own: no "led ANTIGO" nor "rel:ex_chefe_de ANTIGO"
    found = facts(nlp, CHIEF.format(word="ANTIGO", lemma="ANTIGO"), [("ORG", 1, 2), *CHIEF_ENTS])
    assert not any(o == "ANTIGO" for s, p, o in found)
    assert ("Julio Sanguinetti", "rel:ex_chefe_de", "Estado do Uruguai") in found


def test_another_adjective_keeps_the_role(nlp) -> None:
    # the control: "O atual chefe de Estado do Uruguai, Julio Sanguinetti, votou."
    found = facts(nlp, CHIEF.format(word="atual", lemma="atual"), CHIEF_ENTS)
    assert ("Julio Sanguinetti", "led", "Estado do Uruguai") in found


def test_former_is_a_kind_of_the_shipped_qualifiers() -> None:
    assert load_units().qualifier_kinds["antiga"] == "former"


# "Portugal manteve, como a ONU, uma política de força." (the parser's "política" a conjunct of "ONU")
SET_OFF = """
Portugal Portugal PROPN nsubj 1
manteve manter VERB ROOT 1
, , PUNCT punct 5
como como ADP case 5
a o DET det 5
ONU ONU PROPN obl 1
, , PUNCT punct 8
uma um DET det 8
política política NOUN conj 5
de de ADP case 10
força força NOUN nmod 8
. . PUNCT punct 1
"""
SET_OFF_ENTS = [("LOC", 0, 1), ("ORG", 5, 6)]


def test_como_between_commas_compares(nlp) -> None:
    assert not any(o == "ONU" for s, p, o in facts(nlp, SET_OFF, SET_OFF_ENTS))


def test_como_without_a_comma_before_is_an_argument(nlp) -> None:
    # the control: "Portugal manteve como a ONU, uma política de força." (no comma before "como")
    table = """
Portugal Portugal PROPN nsubj 1
manteve manter VERB ROOT 1
como como ADP case 4
a o DET det 4
ONU ONU PROPN obl 1
, , PUNCT punct 7
uma um DET det 7
política política NOUN conj 4
de de ADP case 9
força força NOUN nmod 7
. . PUNCT punct 1
"""
    assert ("Portugal", "rel:manter_como", "ONU") in facts(nlp, table, [("LOC", 0, 1), ("ORG", 4, 5)])
