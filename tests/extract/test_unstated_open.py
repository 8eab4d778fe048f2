"""An open relation (``rel:…``) of a clause that states no fact is no statement (issue 20,
P52e): a threat, an attempt or a condition's consequence (modality ``hypothetical``), what must
be done (``obligation``), and the open relations of a light verb (``fez uma apresentação no
Estúdio``). A mapped relation keeps its modality (``Lenin pode ter nascido em Simbirsk``). A
clitic ``se`` after a preposition is no condition (``passou a se chamar``); the ``que`` of an
outer clause before a conditional ``se`` leaves it one.
Written sentences parsed by hand (``text lemma POS dep head``, ``head`` 0-based)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts, table_modality


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, by="modality")


# "Julian Lennon ameaça processar Yoko Ono."
THREAT = """
Julian Julian PROPN nsubj 2
Lennon Lennon PROPN flat:name 0
ameaça ameaçar VERB ROOT 2
processar processar VERB xcomp 2
Yoko Yoko PROPN obj 3
Ono Ono PROPN flat:name 4
. . PUNCT punct 2
"""
THREAT_ENTS = [("PER", 0, 2), ("PER", 4, 6)]


def test_a_threatened_act_is_no_open_statement(nlp) -> None:
    facts = statements(nlp, THREAT, THREAT_ENTS)
    assert not any(p == "rel:processar" for _, p, _, _ in facts)
    # the act done: "Julian Lennon conseguiu processar Yoko Ono"
    done = THREAT.replace("ameaça ameaçar", "conseguiu conseguir")
    assert ("Julian Lennon", "rel:processar", "Yoko Ono", "asserted") in statements(nlp, done, THREAT_ENTS)


# "Arafat deve chegar ao Egito."
MUST = """
Arafat Arafat PROPN nsubj 2
deve dever AUX aux 2
chegar chegar VERB ROOT 2
ao a_o ADP case 4
Egito Egito PROPN obl 2
. . PUNCT punct 2
"""


def test_what_must_be_done_is_no_open_statement(nlp) -> None:
    ents = [("PER", 0, 1), ("LOC", 4, 5)]
    assert not any(p == "rel:chegar_a" for _, p, _, _ in statements(nlp, MUST, ents))
    done = MUST.replace("deve dever AUX aux 2", "vai ir AUX aux 2")
    assert ("Arafat", "rel:chegar_a", "Egito", "asserted") in statements(nlp, done, ents)


def test_a_mapped_relation_keeps_its_modality(nlp) -> None:
    # "Lenin pode ter nascido em Simbirsk."
    table = """
Lenin Lenin PROPN nsubj 3
pode poder AUX aux 3
ter ter AUX aux 3
nascido nascer VERB ROOT 3
em em ADP case 5
Simbirsk Simbirsk PROPN obl 3
. . PUNCT punct 3
"""
    ents = [("PER", 0, 1), ("LOC", 5, 6)]
    assert ("Lenin", "bornIn", "Simbirsk", "hypothetical") in statements(nlp, table, ents)


# "Jullie fez uma apresentação no Estúdio Cento."
SHOW = """
Jullie Jullie PROPN nsubj 1
fez fazer VERB ROOT 1
uma um DET det 3
apresentação apresentação NOUN obj 1
no em_o ADP case 5
Estúdio Estúdio PROPN obl 1
Cento Cento PROPN flat:name 5
. . PUNCT punct 1
"""


def test_a_light_verb_relates_nothing(nlp) -> None:
    ents = [("PER", 0, 1), ("ORG", 5, 7)]
    assert not any(p.startswith("rel:fazer") for _, p, _, _ in statements(nlp, SHOW, ents))
    # "Jullie cantou no Estúdio Cento": a verb of its own meaning keeps its place
    sang = """
Jullie Jullie PROPN nsubj 1
cantou cantar VERB ROOT 1
no em_o ADP case 3
Estúdio Estúdio PROPN obl 1
Cento Cento PROPN flat:name 3
. . PUNCT punct 1
"""
    ents = [("PER", 0, 1), ("ORG", 3, 5)]
    assert ("Jullie", "rel:cantar_em", "Estúdio Cento", "asserted") in statements(nlp, sang, ents)


# "O grupo The Sputniks passou a se chamar The Snakes." (the parser's marks: "a" and "se")
RENAMED = """
O o DET det 1
grupo grupo NOUN nsubj 4
The The PROPN appos 1
Sputniks Sputniks PROPN flat:name 2
passou passar VERB ROOT 4
a a SCONJ mark 7
se se SCONJ mark 7
chamar chamar VERB xcomp 4 VerbForm=Inf
The The PROPN obj 7
Snakes Snakes PROPN flat:name 8
. . PUNCT punct 4
"""


def test_a_clitic_se_after_a_preposition_is_no_condition(nlp) -> None:
    ents = [("ORG", 2, 4), ("ORG", 8, 10)]
    assert ("The Sputniks", "rel:chamar", "The Snakes", "asserted") in statements(nlp, RENAMED, ents)


def test_the_que_of_an_outer_clause_before_a_conditional_se_leaves_the_condition(nlp) -> None:
    # "Parreira disse que se o Santos vencer volta ao Brasil.": "que" is the mark of "volta"
    table = """
Parreira Parreira PROPN nsubj 1
disse dizer VERB ROOT 1
que que SCONJ mark 7
se se SCONJ mark 6
o o DET det 5
Santos Santos PROPN nsubj 6
vencer vencer VERB advcl 7 VerbForm=Inf
volta voltar VERB ccomp 1 Mood=Ind|Tense=Pres|VerbForm=Fin
ao a_o ADP case 9
Brasil Brasil PROPN obl 7
. . PUNCT punct 1
"""
    ents = [("PER", 0, 1), ("ORG", 5, 6), ("LOC", 9, 10)]
    assert table_modality(nlp, table, ents, 6) == "hypothetical"  # the condition's own clause
