"""A clause that ``sem`` opens did not happen (issue 20, P42a): ``saiu de Lisboa sem trabalhar na
Petrobras``, ``sem que Pedro Santos trabalhasse na Petrobras`` give the infinitive's or the
subjunctive's statements the negative polarity; the main clause keeps its own. Not ``sem`` before
a noun (no clause), not twice negated (``não saiu ... sem trabalhar``, ``não sem antes
trabalhar``: it happened), and in a condition the ``sem`` clause is as hypothetical as the verb
it depends on (:func:`teia.extract.relations.modality.negated`, the mapping's
``negating_marks``). Written sentences parsed by hand (``text lemma POS dep head morph``,
``head`` 0-based), as the parser reads them."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


# "Pedro Santos viveu em Lisboa sem trabalhar na Petrobras."
WITHOUT = """
Pedro Pedro PROPN nsubj 2 _
Santos Santos PROPN flat:name 0 _
viveu viver VERB ROOT 2 Mood=Ind|Tense=Past|VerbForm=Fin
em em ADP case 4 _
Lisboa Lisboa PROPN obl 2 _
sem sem SCONJ mark 6 _
trabalhar trabalhar VERB advcl 2 VerbForm=Inf
na em_o ADP case 8 _
Petrobras Petrobras PROPN obl 6 _
. . PUNCT punct 2 _
"""

# "Lisboa cresceu sem que Pedro Santos trabalhasse na Petrobras."
WITHOUT_THAT = """
Lisboa Lisboa PROPN nsubj 1 _
cresceu crescer VERB ROOT 1 Mood=Ind|Tense=Past|VerbForm=Fin
sem sem SCONJ mark 6 _
que que SCONJ mark 6 _
Pedro Pedro PROPN nsubj 6 _
Santos Santos PROPN flat:name 4 _
trabalhasse trabalhar VERB advcl 1 Mood=Sub|Tense=Imp|VerbForm=Fin
na em_o ADP case 8 _
Petrobras Petrobras PROPN obl 6 _
. . PUNCT punct 1 _
"""

# "Pedro Santos não viveu em Lisboa sem trabalhar na Petrobras."
NOT_WITHOUT = """
Pedro Pedro PROPN nsubj 3 _
Santos Santos PROPN flat:name 0 _
não não ADV advmod 3 Polarity=Neg
viveu viver VERB ROOT 3 Mood=Ind|Tense=Past|VerbForm=Fin
em em ADP case 5 _
Lisboa Lisboa PROPN obl 3 _
sem sem SCONJ mark 7 _
trabalhar trabalhar VERB advcl 3 VerbForm=Inf
na em_o ADP case 9 _
Petrobras Petrobras PROPN obl 7 _
. . PUNCT punct 3 _
"""

# "Pedro Santos viveu em Lisboa, não sem antes trabalhar na Petrobras."
NOT_WITHOUT_BEFORE = """
Pedro Pedro PROPN nsubj 2 _
Santos Santos PROPN flat:name 0 _
viveu viver VERB ROOT 2 Mood=Ind|Tense=Past|VerbForm=Fin
em em ADP case 4 _
Lisboa Lisboa PROPN obl 2 _
, , PUNCT punct 9 _
não não ADV advmod 8 Polarity=Neg
sem sem ADP case 8 _
antes antes ADV advmod 9 _
trabalhar trabalhar VERB advcl 2 VerbForm=Inf
na em_o ADP case 11 _
Petrobras Petrobras PROPN obl 9 _
. . PUNCT punct 2 _
"""

# "Pedro Santos viveu em Lisboa sem nunca trabalhar na Petrobras." ("sem nunca" on "viveu")
WITHOUT_EVER = """
Pedro Pedro PROPN nsubj 2 _
Santos Santos PROPN flat:name 0 _
viveu viver VERB ROOT 2 Mood=Ind|Tense=Past|VerbForm=Fin
em em ADP case 4 _
Lisboa Lisboa PROPN obl 2 _
sem sem ADP case 6 _
nunca nunca ADV advmod 2 _
trabalhar trabalhar VERB advcl 2 VerbForm=Inf
na em_o ADP case 9 _
Petrobras Petrobras PROPN obl 7 _
. . PUNCT punct 2 _
"""

# "Pedro Santos trabalhou na Petrobras sem o apoio de Lisboa."
WITHOUT_A_NOUN = """
Pedro Pedro PROPN nsubj 2 _
Santos Santos PROPN flat:name 0 _
trabalhou trabalhar VERB ROOT 2 Mood=Ind|Tense=Past|VerbForm=Fin
na em_o ADP case 4 _
Petrobras Petrobras PROPN obl 2 _
sem sem ADP case 7 _
o o DET det 7 _
apoio apoio NOUN obl 2 _
de de ADP case 9 _
Lisboa Lisboa PROPN nmod 7 _
. . PUNCT punct 2 _
"""

# "Se Pedro Santos sair de Lisboa sem trabalhar na Petrobras, ninguém saberá."
IN_A_CONDITION = """
Se se SCONJ mark 3 _
Pedro Pedro PROPN nsubj 3 _
Santos Santos PROPN flat:name 1 _
sair sair VERB advcl 12 VerbForm=Inf
de de ADP case 5 _
Lisboa Lisboa PROPN obl 3 _
sem sem SCONJ mark 7 _
trabalhar trabalhar VERB advcl 3 VerbForm=Inf
na em_o ADP case 9 _
Petrobras Petrobras PROPN obl 7 _
, , PUNCT punct 3 _
ninguém ninguém PRON nsubj 12 _
saberá saber VERB ROOT 12 Mood=Ind|Tense=Fut|VerbForm=Fin
. . PUNCT punct 12 _
"""

# "Pedro Santos não quis viver em Lisboa sem trabalhar na Petrobras." ("trabalhar" on "viver",
# the complement of the negated "quis")
NOT_WANTED_WITHOUT = """
Pedro Pedro PROPN nsubj 3 _
Santos Santos PROPN flat:name 0 _
não não ADV advmod 3 Polarity=Neg
quis querer VERB ROOT 3 Mood=Ind|Tense=Past|VerbForm=Fin
viver viver VERB xcomp 3 VerbForm=Inf
em em ADP case 6 _
Lisboa Lisboa PROPN obl 4 _
sem sem SCONJ mark 8 _
trabalhar trabalhar VERB advcl 4 VerbForm=Inf
na em_o ADP case 10 _
Petrobras Petrobras PROPN obl 8 _
. . PUNCT punct 3 _
"""

# "Lisboa cresceu sem Pedro Santos ter trabalhado na Petrobras." ("sem" on the auxiliary)
WITHOUT_ON_THE_AUXILIARY = """
Lisboa Lisboa PROPN nsubj 1 _
cresceu crescer VERB ROOT 1 Mood=Ind|Tense=Past|VerbForm=Fin
sem sem SCONJ mark 5 _
Pedro Pedro PROPN nsubj 6 _
Santos Santos PROPN flat:name 3 _
ter ter AUX aux 6 VerbForm=Inf
trabalhado trabalhar VERB advcl 1 VerbForm=Part
na em_o ADP case 8 _
Petrobras Petrobras PROPN obl 6 _
. . PUNCT punct 1 _
"""

WORKED = ("Pedro Santos", "affiliatedWith", "Petrobras")
LIVED = ("Pedro Santos", "residedIn", "Lisboa")

CASES = {
    # sentence: (table, entity spans, facts found, facts not found), a fact with its polarity
    "sem + infinitive": (WITHOUT, [("PER", 0, 2), ("LOC", 4, 5), ("ORG", 8, 9)], [(*WORKED, False), (*LIVED, True)], [(*WORKED, True)]),
    "sem que + subjunctive": (WITHOUT_THAT, [("LOC", 0, 1), ("PER", 4, 6), ("ORG", 8, 9)], [(*WORKED, False)], [(*WORKED, True)]),
    "não on the verb above": (NOT_WITHOUT, [("PER", 0, 2), ("LOC", 5, 6), ("ORG", 9, 10)], [(*WORKED, True)], [(*WORKED, False)]),
    "não on the verb the verb above complements": (
        NOT_WANTED_WITHOUT,
        [("PER", 0, 2), ("LOC", 6, 7), ("ORG", 10, 11)],
        [(*WORKED, True)],
        [(*WORKED, False)],
    ),
    "não sem antes": (NOT_WITHOUT_BEFORE, [("PER", 0, 2), ("LOC", 4, 5), ("ORG", 11, 12)], [(*WORKED, True)], [(*WORKED, False)]),
    "sem nunca hung on the verb": (
        WITHOUT_EVER,
        [("PER", 0, 2), ("LOC", 4, 5), ("ORG", 9, 10)],
        [(*WORKED, False), (*LIVED, True)],
        [(*WORKED, True), (*LIVED, False)],
    ),
    "sem on the auxiliary": (
        WITHOUT_ON_THE_AUXILIARY,
        [("LOC", 0, 1), ("PER", 3, 5), ("ORG", 8, 9)],
        [(*WORKED, False)],
        [(*WORKED, True)],
    ),
    "sem + noun": (WITHOUT_A_NOUN, [("PER", 0, 2), ("ORG", 4, 5), ("LOC", 9, 10)], [(*WORKED, True)], [(*WORKED, False)]),
}


@pytest.mark.parametrize("case", list(CASES))
def test_the_polarity_of_a_sem_clause(nlp, case: str) -> None:
    table, ents, found, absent = CASES[case]
    facts = table_facts(nlp, table, ents, by="polarity")
    for fact in found:
        assert fact in facts
    for fact in absent:
        assert fact not in facts


def test_a_sem_clause_in_a_condition_is_hypothetical(nlp) -> None:
    ents = [("PER", 1, 3), ("LOC", 5, 6), ("ORG", 9, 10)]
    assert (*WORKED, False) in table_facts(nlp, IN_A_CONDITION, ents, by="polarity")
    assert (*WORKED, "hypothetical") in table_facts(nlp, IN_A_CONDITION, ents, by="modality")
