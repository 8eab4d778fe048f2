"""Acts a news sentence does not assert (issue 20, P48e): a clause a condition hangs on is the
condition's consequence (``Se o Santos vencer, Parreira voltará ao Brasil``: hypothetical; not
after a condition in the indicative, ``Se o Santos venceu, ...``, a fact set beside it), an
infinitive after ``esperar`` is hoped for (``a Peugeot esperava vender carros no Salão``), and a
relative clause whose ``que`` carries a preposition the tagger did not call a pronoun does not
make its antecedent the subject (``a Junta de que trata o Decreto``: the decree deals with the
board, not the board with the decree).
Written sentences parsed by hand (``text lemma POS dep head [morphology]``, ``head`` 0-based)."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts, table_modality


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, by="modality")


# "Se o Santos vencer, Parreira voltará ao Brasil." (the tagger calls a regular future
# subjunctive an infinitive)
CONDITIONED = """
Se se SCONJ mark 3
o o DET det 2
Santos Santos PROPN nsubj 3
vencer vencer VERB advcl 6 VerbForm=Inf
, , PUNCT punct 3
Parreira Parreira PROPN nsubj 6
voltará voltar VERB ROOT 6 Mood=Ind|Tense=Fut|VerbForm=Fin
ao a_o ADP case 8
Brasil Brasil PROPN obl 6
. . PUNCT punct 6
"""
CONDITIONED_ENTS = [("ORG", 2, 3), ("PER", 5, 6), ("LOC", 8, 9)]


def test_a_clause_a_condition_hangs_on_is_hypothetical(nlp) -> None:
    assert table_modality(nlp, CONDITIONED, CONDITIONED_ENTS, 6) == "hypothetical"
    # an open relation of it is no statement (P52e)
    assert not any(f[1] == "rel:voltar_a" for f in statements(nlp, CONDITIONED, CONDITIONED_ENTS))


def test_a_clause_after_a_time_clause_in_the_past_stays_a_fact(nlp) -> None:
    # "Quando o Santos venceu, Parreira voltou ao Brasil."
    table = (
        CONDITIONED.replace("Se se SCONJ", "Quando quando SCONJ")
        .replace("vencer vencer VERB advcl 6 VerbForm=Inf", "venceu vencer VERB advcl 6 Mood=Ind|Tense=Past|VerbForm=Fin")
        .replace("voltará voltar VERB ROOT 6 Mood=Ind|Tense=Fut|VerbForm=Fin", "voltou voltar VERB ROOT 6 Mood=Ind|Tense=Past|VerbForm=Fin")
    )
    assert ("Parreira", "rel:voltar_a", "Brasil", "asserted") in statements(nlp, table, CONDITIONED_ENTS)


def test_a_condition_in_the_indicative_leaves_the_clause_a_fact(nlp) -> None:
    # "Se o Santos venceu, Parreira voltará ao Brasil.": a fact set beside the clause
    table = CONDITIONED.replace("vencer vencer VERB advcl 6 VerbForm=Inf", "venceu vencer VERB advcl 6 Mood=Ind|Tense=Past|VerbForm=Fin")
    assert ("Parreira", "rel:voltar_a", "Brasil", "asserted") in statements(nlp, table, CONDITIONED_ENTS)
    # "Se o Santos vencesse, ...": the subjunctive, a condition
    table = CONDITIONED.replace("vencer vencer VERB advcl 6 VerbForm=Inf", "vencesse vencer VERB advcl 6 Mood=Sub|Tense=Imp|VerbForm=Fin")
    assert table_modality(nlp, table, CONDITIONED_ENTS, 6) == "hypothetical"


def test_a_clitic_se_before_a_gerund_opens_no_condition(nlp) -> None:
    # "Ronaldo voltou ao Brasil, se transferindo para o Flamengo.", the clitic hung as a mark
    table = """
Ronaldo Ronaldo PROPN nsubj 1
voltou voltar VERB ROOT 1 Mood=Ind|Tense=Past|VerbForm=Fin
ao a_o ADP case 3
Brasil Brasil PROPN obl 1
, , PUNCT punct 6
se se PRON mark 6
transferindo transferir VERB advcl 1 VerbForm=Ger
para para ADP case 9
o o DET det 9
Flamengo Flamengo PROPN obl 6
. . PUNCT punct 1
"""
    facts = statements(nlp, table, [("PER", 0, 1), ("LOC", 3, 4), ("ORG", 9, 10)])
    assert ("Ronaldo", "rel:voltar_a", "Brasil", "asserted") in facts


def test_a_clitic_se_after_another_mark_opens_no_condition(nlp) -> None:
    # "A Dyna busca a ISO para se fortalecer.", the clitic tagged a conjunction and hung as a mark
    table = """
A o DET det 1
Dyna Dyna PROPN nsubj 2
busca buscar VERB ROOT 2 Mood=Ind|Tense=Pres|VerbForm=Fin
a o DET det 4
ISO ISO PROPN obj 2
para para SCONJ mark 7
se se SCONJ mark 7
fortalecer fortalecer VERB advcl 2 VerbForm=Inf
. . PUNCT punct 2
"""
    facts = statements(nlp, table, [("ORG", 1, 2), ("ORG", 4, 5)])
    assert ("Dyna", "rel:buscar", "ISO", "asserted") in facts
    # "A Dyna busca a ISO se se fortalecer.": a condition
    conditioned = table.replace("para para SCONJ mark 7\nse se SCONJ mark 7", "se se SCONJ mark 7\nse se PRON expl 7")
    assert table_modality(nlp, conditioned, [("ORG", 1, 2), ("ORG", 4, 5)], 2) == "hypothetical"


# "A Peugeot esperava vender carros no Salão."
HOPED = """
A o DET det 1
Peugeot Peugeot PROPN nsubj 2
esperava esperar VERB ROOT 2 Mood=Ind|Tense=Imp|VerbForm=Fin
vender vender VERB xcomp 2 VerbForm=Inf
carros carro NOUN obj 3
no em_o ADP case 6
Salão Salão PROPN obl 3
. . PUNCT punct 2
"""
HOPED_ENTS = [("ORG", 1, 2), ("ORG", 6, 7)]


def test_an_infinitive_after_esperar_is_hypothetical(nlp) -> None:
    assert table_modality(nlp, HOPED, HOPED_ENTS, 3) == "hypothetical"
    # "A Peugeot conseguiu vender carros no Salão.": done
    done = HOPED.replace("esperava esperar", "conseguiu conseguir")
    assert ("Peugeot", "rel:vender_em", "Salão", "asserted") in statements(nlp, done, HOPED_ENTS)


# "A Junta de Conciliação de que trata o Decreto aprovou o pedido.", as the parser gave it:
# ``que`` a conjunction with its own ``de``, the decree the verb's object
TREATED = """
A o DET det 1
Junta Junta PROPN nsubj 11
de de ADP case 3
Conciliação Conciliação PROPN nmod 1
de de SCONJ case 5
que que SCONJ obl 6
trata tratar VERB acl:relcl 1 Mood=Ind|Tense=Pres|VerbForm=Fin
o o DET det 8
Decreto Decreto PROPN obj 6
n n PROPN flat:name 8
º º PROPN flat:name 8
aprovou aprovar VERB ROOT 11
o o DET det 13
pedido pedido NOUN obj 11
. . PUNCT punct 11
"""
TREATED_ENTS = [("ORG", 1, 4), ("WORK", 8, 9)]


def test_a_relative_with_a_preposition_makes_its_antecedent_no_subject(nlp) -> None:
    facts = statements(nlp, TREATED, TREATED_ENTS)
    assert not [f for f in facts if f[1].startswith("rel:tratar")]
    # "A Junta de Conciliação que trata o Decreto ...": the pronoun is the subject
    plain = TREATED.replace("de de SCONJ case 5\nque que SCONJ obl 6", "que que PRON nsubj 6 PronType=Rel\n, , PUNCT punct 6")
    assert ("Junta de Conciliação", "rel:tratar", "Decreto", "asserted") in statements(nlp, plain, TREATED_ENTS)


# "A Petrobras, para a qual trabalha Pedro Silva, anunciou lucro.", as the parser gave it (P49b):
# ``para`` a mark of the verb, ``qual`` its subject, the person after the verb its object
WORKS_FOR = """
A o DET det 1
Petrobras Petrobras PROPN nsubj 10
, , PUNCT punct 6
para para ADP mark 6
a o DET det 5
qual qual PRON nsubj 6 PronType=Rel
trabalha trabalhar VERB acl:relcl 1 Mood=Ind|Tense=Pres|VerbForm=Fin
Pedro Pedro PROPN obj 6
Silva Silva PROPN flat:name 7
, , PUNCT punct 6
anunciou anunciar VERB ROOT 10 Mood=Ind|Tense=Past|VerbForm=Fin
lucro lucro NOUN obj 10
. . PUNCT punct 10
"""
WORKS_FOR_ENTS = [("ORG", 1, 2), ("PER", 7, 9)]


def test_a_relative_pronoun_after_its_preposition_is_no_subject(nlp) -> None:
    facts = statements(nlp, WORKS_FOR, WORKS_FOR_ENTS)
    assert not [f for f in facts if f[0] == "Petrobras"]
    # the name after the verb works, for the company: trabalhar para is an employment
    assert {f[0] for f in facts} == {"Pedro Silva"} and any(f[2] == "Petrobras" for f in facts)


def test_a_relative_pronoun_with_its_own_case_keeps_the_preposition(nlp) -> None:
    # "A Petrobras, pela qual hoje trabalha Pedro Silva, ...": "pela" the pronoun's case, the
    # pronoun the parser's object, the person its subject
    table = WORKS_FOR.replace(
        "para para ADP mark 6\na o DET det 5\nqual qual PRON nsubj 6 PronType=Rel",
        "pela por_o ADP case 4\nqual qual PRON obj 6 PronType=Rel\nhoje hoje ADV advmod 6",
    ).replace("Pedro Pedro PROPN obj 6", "Pedro Pedro PROPN nsubj 6")
    facts = statements(nlp, table, WORKS_FOR_ENTS)
    assert ("Pedro Silva", "rel:trabalhar_por", "Petrobras", "asserted") in facts
    assert ("Pedro Silva", "rel:trabalhar", "Petrobras", "asserted") not in facts


def test_a_relative_with_a_preposition_keeps_a_subject_before_the_verb(nlp) -> None:
    # "A Vale, com a qual a Petrobras negocia o Bradesco, anunciou.": the subject is the one before
    # the verb; the name after it stays the object
    table = """
A o DET det 1
Vale Vale PROPN nsubj 12
, , PUNCT punct 8
com com ADP case 5
a o DET det 5
qual qual PRON obl 8 PronType=Rel
a o DET det 7
Petrobras Petrobras PROPN nsubj 8
negocia negociar VERB acl:relcl 1 Mood=Ind|Tense=Pres|VerbForm=Fin
o o DET det 10
Bradesco Bradesco PROPN obj 8
, , PUNCT punct 8
anunciou anunciar VERB ROOT 12 Mood=Ind|Tense=Past|VerbForm=Fin
. . PUNCT punct 12
"""
    facts = statements(nlp, table, [("ORG", 1, 2), ("ORG", 7, 8), ("ORG", 10, 11)])
    assert ("Petrobras", "rel:negociar_com", "Vale", "asserted") in facts
    assert not [f for f in facts if f[0] == "Bradesco"]


@pytest.mark.slow
def test_the_person_after_para_a_qual_works_for_the_company_through_the_pipeline() -> None:
    from teia.extract.pipeline import PipelineConfig, create_pipeline, make_doc
    from teia.records import Document

    nlp = create_pipeline(PipelineConfig(relation_model=False))
    doc = nlp(make_doc(nlp, Document("x", "A Petrobras, para a qual trabalha Pedro Silva, anunciou lucro.")))
    label = {e.id: e.label for e in doc._.teia_entities}
    facts = {(label[r.subject], r.predicate, label[r.object]) for r in doc._.teia_relations}
    assert not [f for f in facts if f[0] == "Petrobras" and f[2] == "Pedro Silva"]
    assert [f for f in facts if f[0] == "Pedro Silva" and f[2] == "Petrobras"]
