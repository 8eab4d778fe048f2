"""Items of a list of names read as arguments they are not (issue 20, 20a): names after a noun of
a prepositional phrase parsed as the verb's subject (``Deixou estas palavras aos jovens
professores Almir Câmara, Antônio Houaiss e Celso Cunha``), and a name after a noun of a list of
kinds and names put in apposition to the list's first noun (``carros Fiat, motos Honda e camiões
Volvo``). Written sentences parsed by hand (``text lemma POS dep head morphology``, see
:mod:`handparse`), as the parser read them; each case has a control."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.extract.relations.repairs import subject_after_oblique_noun


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, by="modality")


# "Deixou estas palavras em Advertência aos jovens professores Almir Câmara e Celso Cunha."
LEFT = """
Deixou deixar VERB ROOT 0 Mood=Ind|Number=Sing|Person=3|Tense=Past|VerbForm=Fin
estas este DET det 2 _
palavras palavra NOUN obj 0 _
em em ADP case 4 _
Advertência Advertência PROPN obl 0 _
{prep} {prep_lemma} {prep_pos} {prep_dep} 6 _
jovens jovem ADJ amod 7 _
professores professor NOUN punct 0 Gender=Masc|Number=Plur
Almir Almir PROPN nsubj 0 _
Câmara Câmara PROPN flat:name 8 _
e e CCONJ cc 11 _
Celso Celso PROPN conj 8 _
Cunha Cunha PROPN flat:name 11 _
. . PUNCT punct 0 _
"""
LEFT_ENTS = [("LOC", 4, 5), ("PER", 8, 10), ("PER", 11, 13)]


def test_names_after_a_noun_opened_by_a_preposition_are_no_subject(nlp) -> None:
    table = LEFT.format(prep="aos", prep_lemma="a_o", prep_pos="ADP", prep_dep="case")
    assert facts(nlp, table, LEFT_ENTS) == set()  # not "Almir Câmara rel:deixar_em Advertência"
    # without the preposition the noun phrase is the subject and the names name it:
    # "Deixaram estas palavras em Advertência os jovens professores Almir Câmara e Celso Cunha"
    table = LEFT.format(prep="os", prep_lemma="o", prep_pos="DET", prep_dep="det")
    found = facts(nlp, table, LEFT_ENTS)
    # probable, not asserted: the place where the verb did something to a common noun,
    # "palavras" (found.act_place_open, P20b); the subject is what this test reads
    assert ("Almir Câmara", "rel:deixar_em", "Advertência", "probable") in found


def test_subject_after_oblique_noun_reads_adjectives_and_one_article() -> None:
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.blank("pt")
    # "Venceu no domingo o piloto Ayrton Senna": the noun has an article of its own after the
    # prepositional phrase, the subject it is
    words = ["Venceu", "no", "domingo", "o", "piloto", "Ayrton", "Senna"]
    doc = Doc(nlp.vocab, words=words, pos=["VERB", "ADP", "NOUN", "DET", "NOUN", "PROPN", "PROPN"],
              deps=["ROOT", "case", "obl", "det", "dep", "nsubj", "flat:name"], heads=[0, 2, 0, 4, 0, 0, 5])
    assert not subject_after_oblique_noun(doc[5])
    # "Disse para os alunos Pedro Lima": para, an article, a noun
    words = ["Disse", "para", "os", "alunos", "Pedro", "Lima"]
    doc = Doc(nlp.vocab, words=words, pos=["VERB", "ADP", "DET", "NOUN", "PROPN", "PROPN"],
              deps=["ROOT", "case", "det", "obl", "nsubj", "flat:name"], heads=[0, 3, 3, 0, 0, 4])
    assert subject_after_oblique_noun(doc[4])


# "Vendem-se carros Fiat, motos Honda e camiões Volvo em Braga." as the parser read it
KINDS = """
Vendem-se vender VERB det 1 _
carros carro NOUN ROOT 1 Gender=Masc|Number=Plur
Fiat Fiat PROPN appos 1 _
, , PUNCT punct 4 _
motos moto NOUN appos 1 Gender=Masc|Number=Plur
Honda Honda PROPN appos 4 _
e e CCONJ cc 7 _
{noun} {noun_lemma} {noun_pos} conj 1 _
Volvo Volvo PROPN appos 1 _
em em ADP case 10 _
Braga Braga PROPN nmod 1 _
. . PUNCT punct 1 _
"""
KINDS_ENTS = [("ORG", 2, 3), ("ORG", 5, 6), ("ORG", 8, 9), ("LOC", 10, 11)]


def test_a_name_after_another_noun_of_a_list_is_that_nouns(nlp) -> None:
    found = {(s, p, o) for s, p, o, _ in facts(nlp, KINDS.format(noun="camiões", noun_lemma="camião", noun_pos="NOUN"), KINDS_ENTS)}
    assert ("Volvo", "rel:carro_em", "Braga") not in found
    assert ("Honda", "rel:carro_em", "Braga") not in found
    assert ("Fiat", "rel:carro_em", "Braga") in found  # the name right after the noun
    # a word that is no common noun before the name leaves it to the parser's noun
    found = {(s, p, o) for s, p, o, _ in facts(nlp, KINDS.format(noun="ainda", noun_lemma="ainda", noun_pos="ADV"), KINDS_ENTS)}
    assert ("Volvo", "rel:carro_em", "Braga") in found
