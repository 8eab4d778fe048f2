"""Brackets and appositions the relation rules misread (issue 20, 20a): a gloss in brackets is
no place (``do Kimbundo (MataKu = nádegas)``), a reference to an article of a statute is no
role (``(art. 11 do Estatuto Social)``), and a naming verb's passive gives another name, not an
agent (``o Sistema de Posicionamento Global, conhecido por GPS``). Written sentences parsed by
hand (``text lemma POS dep head morphology``, see :mod:`handparse`); each case has a control
that differs in the one thing the check reads."""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_facts

from teia.extract.relations.mapping import default_mapping
from teia.extract.relations.nesting import gloss_bracket


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def statements(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    return table_facts(nlp, table, ents, by="modality")


# "A palavra vem do Kimbundo (MataKu = nádegas)."
GLOSS = """
A o DET det 1 _
palavra palavra NOUN nsubj 2 _
vem vir VERB ROOT 2 _
do de_o ADP case 4 _
Kimbundo Kimbundo PROPN obl 2 _
( ( PUNCT punct 6 _
MataKu MataKu PROPN appos 4 _
{sign} {sign} {pos} {dep} 6 _
nádegas nádega NOUN {noun_dep} 6 _
) ) PUNCT punct 6 _
. . PUNCT punct 2 _
"""


def test_a_gloss_in_brackets_is_no_place_of_the_name(nlp) -> None:
    ents = [("LOC", 4, 5), ("LOC", 6, 7)]
    gloss = GLOSS.format(sign="=", pos="SYM", dep="punct", noun_dep="appos")
    assert statements(nlp, gloss, ents) == set()
    # "do Kimbundo (MataKu, nádegas)": without the sign the bracket reads as before, a place
    plain = GLOSS.format(sign=",", pos="PUNCT", dep="punct", noun_dep="appos")
    assert {p for _, p, _, _ in statements(nlp, plain, ents)} == {"partOf"}


def test_gloss_bracket_reads_the_bracket_after_the_name_only() -> None:
    text = "do Kimbundo (MataKu = nádegas) e do Tupi (Ybytu)"
    assert gloss_bracket(text, text.index("Kimbundo") + len("Kimbundo"))
    assert not gloss_bracket(text, text.index("Tupi") + len("Tupi"))
    assert not gloss_bracket("Madison (EUA) = capital", len("Madison"))


# "O CMN é eleito pela Assembleia Geral (art. 11 do Estatuto Social)."
ARTICLE = """
O o DET det 1 _
CMN CMN PROPN nsubj:pass 3 _
é ser AUX aux:pass 3 _
eleito eleger VERB ROOT 3 Gender=Masc|Number=Sing|VerbForm=Part
pela por_a ADP case 5 _
Assembleia Assembleia PROPN obl:agent 3 _
Geral Geral PROPN flat:name 5 _
( ( PUNCT punct 8 _
{noun} {lemma} NOUN appos 5 _
11 11 NUM nummod 8 _
do de_o ADP case 11 _
Estatuto Estatuto PROPN nmod 8 _
Social Social PROPN flat:name 11 _
) ) PUNCT punct 8 _
. . PUNCT punct 3 _
"""


def test_an_article_of_a_statute_in_brackets_is_no_role(nlp) -> None:
    assert {"artigo", "parágrafo", "inciso", "cláusula"} <= default_mapping().empty_nouns
    ents = [("ORG", 1, 2), ("ORG", 5, 7), ("ORG", 11, 13)]
    found = statements(nlp, ARTICLE.format(noun="art.", lemma="artigo"), ents)
    assert not any(f[1] == "rel:artigo_de" for f in found)  # an empty noun's relation is no statement (P52e)
    assert ("Assembleia Geral", "rel:eleger", "CMN", "asserted") in found  # a lone "Conselho" is no name (gates)
    # another noun there keeps its open relation asserted: "(anexo 11 do Estatuto Social)"
    found = statements(nlp, ARTICLE.format(noun="anexo", lemma="anexo"), ents)
    assert ("Assembleia Geral", "rel:anexo_de", "Estatuto Social", "asserted") in found


# "O Sistema de Posicionamento Global, conhecido por GPS, é americano."
KNOWN = """
O o DET det 1 _
Sistema Sistema PROPN nsubj 11 _
de de ADP case 3 _
Posicionamento Posicionamento PROPN nmod 1 _
Global Global PROPN flat:name 3 _
, , PUNCT punct 6 _
{participle} {lemma} VERB acl 1 Gender=Masc|Number=Sing|VerbForm=Part
{prep} {prep_lemma} ADP case 8 _
GPS GPS PROPN {dep} 6 _
, , PUNCT punct 6 _
é ser AUX cop 11 _
americano americano ADJ ROOT 11 _
. . PUNCT punct 11 _
"""
KNOWN_ENTS = [("ORG", 1, 5), ("ORG", 8, 9)]


def test_a_naming_verbs_passive_gives_a_name_not_an_agent(nlp) -> None:
    assert {"conhecer", "chamar", "denominar", "apelidar"} <= default_mapping().naming_verbs
    by = KNOWN.format(participle="conhecido", lemma="conhecer", prep="por", prep_lemma="por", dep="obl:agent")
    assert statements(nlp, by, KNOWN_ENTS) == set()  # not "GPS rel:conhecer Sistema..."
    # "conhecido como GPS": another name, kept only as a probable statement
    as_ = KNOWN.format(participle="conhecido", lemma="conhecer", prep="como", prep_lemma="como", dep="obl")
    assert statements(nlp, as_, KNOWN_ENTS) == {("Sistema de Posicionamento Global", "rel:conhecer_como", "GPS", "probable")}
    # another verb's passive keeps its agent: "..., financiado por GPS, ..."
    other = KNOWN.format(participle="financiado", lemma="financiar", prep="por", prep_lemma="por", dep="obl:agent")
    assert ("GPS", "rel:financiar", "Sistema de Posicionamento Global", "asserted") in statements(nlp, other, KNOWN_ENTS)


# "O museu fica na cidade de Mata, Rio Grande do Sul." as the parser read it: the state in
# apposition to "cidade"
CITY_STATE = """
O o DET det 1 _
museu museu NOUN nsubj 2 _
fica ficar VERB ROOT 2 _
na em_a ADP case 4 _
cidade cidade NOUN obl 2 _
de de ADP case 6 _
Mata Mata PROPN nmod 4 _
{sep} {sep} PUNCT punct 8 _
Rio Rio PROPN appos 4 _
Grande Grande PROPN flat:name 8 _
do de_o ADP case 11 _
Sul Sul PROPN nmod 8 _
. . PUNCT punct 2 _
"""


def test_a_place_after_a_place_and_a_comma_is_no_apposition_of_the_noun(nlp) -> None:
    ents = [("LOC", 6, 7), ("LOC", 8, 12)]
    found = {(s, p, o) for s, p, o, _ in statements(nlp, CITY_STATE.format(sep=","), ents)}
    assert ("Rio Grande do Sul", "partOf", "Mata") not in found  # the state holds the town
    assert ("Mata", "partOf", "Rio Grande do Sul") in found  # surface-nesting's reading
    # a person there is the noun's apposition: "o prefeito de Lisboa, João Soares" (a person's
    # name: one a place's name takes no person's property, test_relation_gates.py)
    table = CITY_STATE.replace("cidade cidade NOUN", "prefeito prefeito NOUN").format(sep=",")
    for place, person in (("Rio", "João"), ("Grande", "Soares"), ("Sul", "Couto")):
        table = table.replace(f"{place} {place} PROPN", f"{person} {person} PROPN")
    found = {(s, p, o) for s, p, o, _ in statements(nlp, table, [("LOC", 6, 7), ("PER", 8, 12)])}
    assert ("João Soares do Couto", "keyPersonOf", "Mata") in found


# "A associação, com sede na Rua de D. Vasco, 7, 7050 Montemor, caça." as the parser read it
ADDRESS = """
A o DET det 1 _
associação associação NOUN nsubj 17 _
, , PUNCT punct 4 _
com com ADP case 4 _
sede sede NOUN nmod 1 _
na em_a ADP case 6 _
Rua Rua PROPN nmod 4 _
de de ADP case 8 _
D. D. PROPN nmod 6 _
Vasco Vasco PROPN flat:name 8 _
, , PUNCT punct 11 _
{number} {number} NUM parataxis 6 _
, , PUNCT punct 14 _
7050 7050 NUM nummod 14 _
Montemor Montemor PROPN appos 4 _
, , PUNCT punct 14 _
mas mas CCONJ cc 17 _
caça caçar VERB ROOT 17 _
"""


def test_a_place_after_a_house_number_is_no_apposition_of_the_noun(nlp) -> None:
    ents = [("LOC", 6, 10), ("LOC", 14, 15)]
    found = {(s, p, o) for s, p, o, _ in statements(nlp, ADDRESS.format(number="7"), ents)}
    assert ("Montemor", "headquarteredIn", "Rua de D. Vasco") not in found


# "Tostão II (Santos, 6 de novembro 57) é um futebolista." with a bracket the lifespan rule does
# not read (a year of two digits; "6 de novembro 1957", without the "de", it reads since 26e)
BIRTH_BRACKET = """
Tostão Tostão PROPN nsubj 12 _
II II PROPN flat:name 0 _
( ( PUNCT punct 3 _
{place} {place} PROPN appos 0 _
, , PUNCT punct 5 _
6 6 NUM nummod 3 _
de de ADP case 7 _
novembro novembro NOUN nmod 5 _
57 57 NUM nummod 7 _
) ) PUNCT punct 3 _
é ser AUX cop 12 _
um um DET det 12 _
futebolista futebolista NOUN ROOT 12 _
. . PUNCT punct 12 _
"""


def test_a_town_in_a_persons_bracket_is_no_nationality(nlp) -> None:
    town = {(s, p, o) for s, p, o, _ in statements(nlp, BIRTH_BRACKET.format(place="Santos"), [("PER", 0, 2), ("LOC", 3, 4)])}
    assert ("Tostão II", "nationality", "Santos") not in town
    # a country there is one: "Tostão II (Portugal, 6 de novembro 57)"
    country = {(s, p, o) for s, p, o, _ in statements(nlp, BIRTH_BRACKET.format(place="Portugal"), [("PER", 0, 2), ("LOC", 3, 4)])}
    assert ("Tostão II", "nationality", "Portugal") in country
