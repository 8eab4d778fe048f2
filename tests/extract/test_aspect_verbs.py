"""An aspectual verb that carries an infinitive (``vir a``, ``passar a``, ``voltar a``: the
mapping's ``aspect_verbs``) says when or whether the act happens, the infinitive what it is: an
oblique the parser hung on the aspectual verb is the infinitive's (``Em Lisboa, Pessoa viria a
publicar um livro`` gave ``rel:vir_em Lisboa``; now ``rel:publicar_em``), and a mapped frame of
the infinitive applies to it (``Em 1920, Silva passou a trabalhar na Petrobras`` →
``affiliatedWith``). A verb of the list without such an infinitive keeps its obliques (``veio
para o Brasil`` → ``rel:vir_para``). Issue 20, P23b. Written sentences parsed by hand (``text
lemma POS dep head [morph]``, ``head`` 0-based)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def predicates(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {f[:3] for f in table_facts(nlp, table, ents)}


# "Em Lisboa, Pessoa veio a publicar um livro."
CAME_TO = """
Em em ADP case 1
Lisboa Lisboa PROPN obl 4
, , PUNCT punct 1
Pessoa Pessoa PROPN nsubj 4
veio vir VERB ROOT 4 Mood=Ind|Tense=Past|VerbForm=Fin
a a SCONJ mark 6
publicar publicar VERB xcomp 4 VerbForm=Inf
um um DET det 8
livro livro NOUN obj 6
. . PUNCT punct 4
"""


def test_the_oblique_of_an_aspectual_verb_is_its_infinitives(nlp) -> None:
    facts = predicates(nlp, CAME_TO, [("LOC", 1, 2), ("PER", 3, 4)])
    assert ("Pessoa", "rel:publicar_em", "Lisboa") in facts
    assert not any(p.startswith("rel:vir") for _, p, _ in facts)


def test_a_mapped_frame_of_the_infinitive_applies(nlp) -> None:
    # "Em Lisboa, Silva passou a trabalhar para a Petrobras."
    table = """
Em em ADP case 1
Lisboa Lisboa PROPN obl 4
, , PUNCT punct 1
Silva Silva PROPN nsubj 4
passou passar VERB ROOT 4 Mood=Ind|Tense=Past|VerbForm=Fin
a a SCONJ mark 6
trabalhar trabalhar VERB xcomp 4 VerbForm=Inf
para para ADP case 9
a o DET det 9
Petrobras Petrobras PROPN obl 6
. . PUNCT punct 4
"""
    facts = predicates(nlp, table, [("LOC", 1, 2), ("PER", 3, 4), ("ORG", 9, 10)])
    assert ("Silva", "affiliatedWith", "Petrobras") in facts
    assert not any(p.startswith("rel:passar") for _, p, _ in facts)


def test_an_aspectual_verb_without_an_infinitive_keeps_its_obliques(nlp) -> None:
    # "Pessoa veio para Lisboa."
    table = """
Pessoa Pessoa PROPN nsubj 1
veio vir VERB ROOT 1 Mood=Ind|Tense=Past|VerbForm=Fin
para para ADP case 3
Lisboa Lisboa PROPN obl 1
. . PUNCT punct 1
"""
    assert ("Pessoa", "rel:vir_para", "Lisboa") in predicates(nlp, table, [("PER", 0, 1), ("LOC", 3, 4)])


def test_where_of_an_aspectual_verb_is_its_infinitives(nlp) -> None:
    # "Pessoa foi para Lisboa, onde veio a morrer."
    table = """
Pessoa Pessoa PROPN nsubj 1
foi ir VERB ROOT 1 Mood=Ind|Tense=Past|VerbForm=Fin
para para ADP case 3
Lisboa Lisboa PROPN obl 1
, , PUNCT punct 6
onde onde PRON obl 6 PronType=Rel
veio vir VERB acl:relcl 3 Mood=Ind|Tense=Past|VerbForm=Fin
a a SCONJ mark 8
morrer morrer VERB xcomp 6 VerbForm=Inf
. . PUNCT punct 1
"""
    facts = predicates(nlp, table, [("PER", 0, 1), ("LOC", 3, 4)])
    assert ("Pessoa", "diedIn", "Lisboa") in facts
    assert not any(p.startswith("rel:vir") for _, p, _ in facts)


def test_an_aspectual_verb_in_the_conditional_tells_a_later_fact(nlp) -> None:
    # "Pessoa foi para Lisboa, onde viria a morrer.": the future in the past of a narrative
    table = """
Pessoa Pessoa PROPN nsubj 1
foi ir VERB ROOT 1 Mood=Ind|Tense=Past|VerbForm=Fin
para para ADP case 3
Lisboa Lisboa PROPN obl 1
, , PUNCT punct 6
onde onde PRON obl 6 PronType=Rel
viria vir VERB acl:relcl 3 Mood=Cnd|VerbForm=Fin
a a SCONJ mark 8
morrer morrer VERB xcomp 6 VerbForm=Inf
. . PUNCT punct 1
"""
    facts = table_facts(nlp, table, [("PER", 0, 1), ("LOC", 3, 4)], by="modality")
    assert ("Pessoa", "diedIn", "Lisboa", "asserted") in facts


def test_an_aspectual_verb_in_the_conditional_under_a_condition_is_hypothetical(nlp) -> None:
    # "Se optar, Leonardo passaria a jogar no Flamengo."
    table = """
Se se SCONJ mark 1
optar optar VERB advcl 4 Mood=Sub|Tense=Fut|VerbForm=Fin
, , PUNCT punct 1
Leonardo Leonardo PROPN nsubj 4
passaria passar VERB ROOT 4 Mood=Cnd|VerbForm=Fin
a a SCONJ mark 6
jogar jogar VERB xcomp 4 VerbForm=Inf
no em_o ADP case 8
Flamengo Flamengo PROPN obl 6
. . PUNCT punct 4
"""
    facts = table_facts(nlp, table, [("PER", 3, 4), ("ORG", 8, 9)], by="modality")
    assert ("Leonardo", "memberOf", "Flamengo", "hypothetical") in facts  # a player of a team (25e)
