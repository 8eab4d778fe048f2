"""Open relations of news that relate nothing the text states (issue 20, P64e): clauses offered as
alternatives (``estuda duas saídas: escalar X ou chamar Y``), what would have been under a
condition (``Se o Brasil tivesse vencido, Lula teria viajado a Lisboa``), a comparison (``Como na
ONU, o Brasil defendeu a paz``), a bare name after a noun's ``de`` name that the parser hung on the
noun (``com golos de Franck Burnier e Anton Drobnjak``) and a conjunct with a preposition of its
own (``lançado pela gravadora Philips, do Rio de Janeiro``). Written sentences parsed by hand
(``text lemma POS dep head [morphology]``, ``head`` 0-based), each with a control that differs in
the one thing read."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts, table_modality


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, by="modality")


def triples(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str]]:
    return {f[:3] for f in statements(nlp, table, ents)}


# "Felipão estuda duas saídas: escalar o atacante Ronaldo ou chamar o meia Rivaldo." (the
# parser's "escalar" a conjunct of "estuda", "chamar" one of "escalar")
OFFERED = """
Felipão Felipão PROPN nsubj 1
estuda estudar VERB ROOT 1 Mood=Ind|Tense=Pres|VerbForm=Fin
duas dois NUM nummod 3
saídas saída NOUN obj 1 Gender=Fem|Number=Plur
: : PUNCT punct 5
escalar escalar VERB conj 1 VerbForm=Inf
o o DET det 7
atacante atacante NOUN obj 5 Gender=Masc|Number=Sing
Ronaldo Ronaldo PROPN appos 7
ou ou CCONJ cc 10
chamar chamar VERB conj 5 VerbForm=Inf
o o DET det 12
meia meia NOUN obj 10 Gender=Masc|Number=Sing
Rivaldo Rivaldo PROPN appos 12
. . PUNCT punct 1
"""
OFFERED_ENTS = [("PER", 0, 1), ("PER", 8, 9), ("PER", 13, 14)]


def test_clauses_offered_as_alternatives_state_nothing(nlp) -> None:
    assert table_modality(nlp, OFFERED, OFFERED_ENTS, 5) == "hypothetical"
    assert table_modality(nlp, OFFERED, OFFERED_ENTS, 10) == "hypothetical"
    assert table_modality(nlp, OFFERED, OFFERED_ENTS, 1) == "asserted"  # he does study them
    assert not {("Felipão", "rel:escalar", "Ronaldo"), ("Felipão", "rel:chamar", "Rivaldo")} & triples(nlp, OFFERED, OFFERED_ENTS)


def test_clauses_joined_by_e_stay_facts(nlp) -> None:
    # "... escalar o atacante Ronaldo e chamar o meia Rivaldo."
    table = OFFERED.replace("ou ou CCONJ", "e e CCONJ")
    assert {("Felipão", "rel:escalar", "Ronaldo", "asserted"), ("Felipão", "rel:chamar", "Rivaldo", "asserted")} <= statements(nlp, table, OFFERED_ENTS)


def test_a_gerund_after_ou_offers_no_alternative(nlp) -> None:
    # "... escalar o atacante Ronaldo ou, talvez, chamando o meia Rivaldo": the gerund qualifies
    table = OFFERED.replace("chamar chamar VERB conj 5 VerbForm=Inf", "chamando chamar VERB conj 5 VerbForm=Ger")
    assert table_modality(nlp, table, OFFERED_ENTS, 5) == "asserted"


def test_ou_seja_offers_nothing(nlp) -> None:
    # "... escalar o atacante Ronaldo, ou seja, ..." with "seja" hung as a conjunct
    table = OFFERED.replace("chamar chamar VERB conj 5 VerbForm=Inf", "seja ser AUX conj 5 Mood=Sub|Tense=Pres|VerbForm=Fin")
    assert table_modality(nlp, table, OFFERED_ENTS, 5) == "asserted"
    # "... escalar o atacante Ronaldo ou seja chamar o meia Rivaldo", "seja" a fixed part of "ou"
    lines = OFFERED.strip("\n").split("\n")
    lines.insert(10, "seja ser VERB fixed 9 Mood=Sub|Tense=Pres|VerbForm=Fin")
    shifted = []
    for k, line in enumerate(lines):
        text, lemma, pos, dep, head, *morph = line.split(" ")
        head = int(head) + (1 if int(head) >= 10 and k != 10 else 0)
        shifted.append(" ".join([text, lemma, pos, dep, str(head), *morph]))
    table = "\n" + "\n".join(shifted) + "\n"
    ents = [("PER", 0, 1), ("PER", 8, 9), ("PER", 14, 15)]
    assert table_modality(nlp, table, ents, 11) == "asserted"
    assert table_modality(nlp, table, ents, 5) == "asserted"


# "Se o Brasil tivesse vencido a Argentina, Lula teria viajado a Lisboa."
WOULD_HAVE = """
Se se SCONJ mark 4
o o DET det 2
Brasil Brasil PROPN nsubj 4
tivesse ter AUX aux 4 Mood=Sub|Tense=Imp|VerbForm=Fin
vencido vencer VERB advcl 10 VerbForm=Part
a o DET det 6
Argentina Argentina PROPN obj 4
, , PUNCT punct 4
Lula Lula PROPN nsubj 10
teria ter AUX aux 10 Mood=Cnd|VerbForm=Fin
viajado viajar VERB ROOT 10 VerbForm=Part
a a ADP case 12
Lisboa Lisboa PROPN obl 10
. . PUNCT punct 10
"""
WOULD_HAVE_ENTS = [("LOC", 2, 3), ("LOC", 6, 7), ("PER", 8, 9), ("LOC", 12, 13)]


def test_a_conditional_perfect_under_a_condition_is_what_would_have_been(nlp) -> None:
    assert table_modality(nlp, WOULD_HAVE, WOULD_HAVE_ENTS, 10) == "hypothetical"
    assert not any(f[1].startswith("rel:viajar") for f in statements(nlp, WOULD_HAVE, WOULD_HAVE_ENTS))


def test_a_conditional_perfect_alone_is_still_reported(nlp) -> None:
    # "Lula teria viajado a Lisboa.": the journalistic "allegedly"
    table = """
Lula Lula PROPN nsubj 2
teria ter AUX aux 2 Mood=Cnd|VerbForm=Fin
viajado viajar VERB ROOT 2 VerbForm=Part
a a ADP case 4
Lisboa Lisboa PROPN obl 2
. . PUNCT punct 2
"""
    assert ("Lula", "rel:viajar_a", "Lisboa", "reported") in statements(nlp, table, [("PER", 0, 1), ("LOC", 4, 5)])


# "Como na ONU, o Brasil defendeu a paz."
COMPARED = """
Como como ADV case 2
na em_o ADP case 2
ONU ONU PROPN obl 6
, , PUNCT punct 2
o o DET det 5
Brasil Brasil PROPN nsubj 6
defendeu defender VERB ROOT 6 Mood=Ind|Tense=Past|VerbForm=Fin
a o DET det 8
paz paz NOUN obj 6
. . PUNCT punct 6
"""
COMPARED_ENTS = [("ORG", 2, 3), ("LOC", 5, 6)]


def test_como_before_a_preposition_compares(nlp) -> None:
    assert not any(f[2] == "ONU" for f in statements(nlp, COMPARED, COMPARED_ENTS))


def test_the_preposition_alone_keeps_its_argument(nlp) -> None:
    # "Na ONU, o Brasil defendeu a paz."
    table = """
Na em_o ADP case 1
ONU ONU PROPN obl 5
, , PUNCT punct 1
o o DET det 4
Brasil Brasil PROPN nsubj 5
defendeu defender VERB ROOT 5 Mood=Ind|Tense=Past|VerbForm=Fin
a o DET det 7
paz paz NOUN obj 5
. . PUNCT punct 5
"""
    assert ("Brasil", "rel:defender_em", "ONU", "asserted") in statements(nlp, table, [("ORG", 1, 2), ("LOC", 4, 5)])


# "O Bastia venceu o Lens com golos de Franck Burnier e Anton Drobnjak." (the parser's
# "Anton" a conjunct of "golos")
GOALS = """
O o DET det 1
Bastia Bastia PROPN nsubj 2
venceu vencer VERB ROOT 2 Mood=Ind|Tense=Past|VerbForm=Fin
o o DET det 4
Lens Lens PROPN obj 2
com com ADP case 6
golos golo NOUN obl 2 Gender=Masc|Number=Plur
de de ADP case 8
Franck Franck PROPN nmod 6
Burnier Burnier PROPN flat:name 8
e e CCONJ cc 11
Anton Anton PROPN conj 6
Drobnjak Drobnjak PROPN flat:name 11
. . PUNCT punct 2
"""
GOALS_ENTS = [("ORG", 1, 2), ("ORG", 4, 5), ("PER", 8, 10), ("PER", 11, 13)]


def test_a_bare_name_after_a_nouns_de_name_is_no_argument(nlp) -> None:
    assert not any(f[2] == "Anton Drobnjak" for f in statements(nlp, GOALS, GOALS_ENTS))


def test_a_name_after_a_noun_without_a_de_name_stays_its_argument(nlp) -> None:
    # the noun's complement names nobody (no entity on "Franck Burnier")
    ents = [("ORG", 1, 2), ("ORG", 4, 5), ("PER", 11, 13)]
    assert ("Bastia", "rel:vencer_com", "Anton Drobnjak", "asserted") in statements(nlp, GOALS, ents)


# "O álbum Tropicália, lançado pela gravadora Philips, do Rio de Janeiro, chegou às lojas."
# (the parser's "Rio" a conjunct of "gravadora")
LAUNCHED = """
O o DET det 1
álbum álbum NOUN nsubj 14 Gender=Masc|Number=Sing
Tropicália Tropicália PROPN appos 1
, , PUNCT punct 4
lançado lançar VERB acl 1 Gender=Masc|Number=Sing|VerbForm=Part|Voice=Pass
pela por_o ADP case 6
gravadora gravadora NOUN obl:agent 4 Gender=Fem|Number=Sing
Philips Philips PROPN appos 6
, , PUNCT punct 10
do de_o ADP case 10
Rio Rio PROPN conj 6
de de ADP case 12
Janeiro Janeiro PROPN flat:name 10
, , PUNCT punct 10
chegou chegar VERB ROOT 14 Mood=Ind|Tense=Past|VerbForm=Fin
às a_o ADP case 16
lojas loja NOUN obl 14
. . PUNCT punct 14
"""
LAUNCHED_ENTS = [("WORK", 2, 3), ("ORG", 7, 8), ("LOC", 10, 13)]


def test_a_conjunct_with_another_preposition_is_no_second_agent(nlp) -> None:
    facts = triples(nlp, LAUNCHED, LAUNCHED_ENTS)
    assert ("Philips", "rel:lançar", "Tropicália") in facts
    assert ("Rio de Janeiro", "rel:lançar", "Tropicália") not in facts


def test_a_conjunct_with_the_same_preposition_is_a_second_agent(nlp) -> None:
    # "... lançado pela gravadora Philips, pela EMI, ..."
    table = LAUNCHED.replace("do de_o ADP case 10", "pela por_o ADP case 10")
    facts = triples(nlp, table, LAUNCHED_ENTS)
    assert ("Rio de Janeiro", "rel:lançar", "Tropicália") in facts
