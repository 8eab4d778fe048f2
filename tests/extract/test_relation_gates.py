"""Relations the rules used to find in news text and should not (issue 20, precision): names in
a list or a line-up, a state code after a politician, a bracket listing the parts of a bloc,
two names that are not side by side, an acronym and its expansion, places that are clubs, a
score or a person where the property wants something else.

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser. Each case has
a control that differs in the one thing the check reads and still gives its relation.
"""

from __future__ import annotations

import pytest
from handparse import relations_pipeline, table_doc

from teia.extract.entities import ENTITIES
from teia.extract.relations.gates import written_as_name
from teia.extract.relations.mapping import property_classes
from teia.extract.relations.nesting import acronym_of
from teia.extract.regions import state_code


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def facts(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str, str, str]]:
    doc = table_doc(nlp, table, ents, "news.txt")
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    return {(label[r.subject], r.predicate, label[r.object], r.rule.split("+")[0]) for r in doc._.teia_relations}


def pairs(found: set[tuple[str, str, str, str]]) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in found}


# --- a politician's bracket ---------------------------------------------------------------------

MERCADANTE = """
O o DET det 2
deputado deputado NOUN nsubj 8
Aloizio Aloizio PROPN appos 1
Mercadante Mercadante PROPN flat:name 2
( ( PUNCT punct 5
PT PT PROPN appos 2
SP SP PROPN flat:name 5
) ) PUNCT punct 5
votou votar VERB ROOT 8
. . PUNCT punct 8
"""


def test_a_state_code_after_a_politician_is_neither_party_nor_nationality(nlp) -> None:
    assert state_code("SP") and not state_code("PT")
    found = pairs(facts(nlp, MERCADANTE, [("PER", 2, 4), ("ORG", 5, 6), ("LOC", 6, 7)]))
    assert ("Aloizio Mercadante", "memberOf", "PT") in found
    assert not any(o == "SP" for _, _, o in found)
    # a city's state code in brackets is still read: test_news_relations.py (Goiânia (GO))


DUTRA = """
Olívio Olívio PROPN nsubj 5
Dutra Dutra PROPN flat:name 0
( ( PUNCT punct 3
RS RS PROPN appos 0
) ) PUNCT punct 3
discursou discursar VERB ROOT 5
. . PUNCT punct 5
"""


def test_a_state_code_alone_after_a_politician_is_no_nationality(nlp) -> None:
    assert pairs(facts(nlp, DUTRA, [("PER", 0, 2), ("LOC", 3, 4)])) == set()
    # the name of the state, as well as its code
    assert pairs(facts(nlp, DUTRA.replace("RS RS PROPN", "Pará Pará PROPN"), [("PER", 0, 2), ("LOC", 3, 4)])) == set()
    country = DUTRA.replace("RS RS PROPN", "Chile Chile PROPN")
    assert ("Olívio Dutra", "nationality", "Chile") in pairs(facts(nlp, country, [("PER", 0, 2), ("LOC", 3, 4)]))


# --- a bracket listing parts -------------------------------------------------------------------

MERCOSUL = """
O o DET det 1
Mercosul Mercosul PROPN nsubj 9
( ( PUNCT punct 3
Brasil Brasil PROPN appos 1
, , PUNCT punct 5
Argentina Argentina PROPN conj 3
e e CCONJ cc 7
Uruguai Uruguai PROPN conj 3
) ) PUNCT punct 3
cresceu crescer VERB ROOT 9
. . PUNCT punct 9
"""


def test_a_bracket_listing_places_nests_nothing(nlp) -> None:
    ents = [("LOC", 1, 2), ("LOC", 3, 4), ("LOC", 5, 6), ("LOC", 7, 8)]
    assert not any(r == "surface-nesting" for *_, r in facts(nlp, MERCOSUL, ents))


# --- a line-up ------------------------------------------------------------------------------------

LINEUP = """
Jogaram jogar VERB ROOT 0
Simeone Simeone PROPN nsubj 0
, , PUNCT punct 3
Redondo Redondo PROPN appos 1
e e CCONJ cc 5
Maradona Maradona PROPN conj 1
. . PUNCT punct 0
"""


def test_names_of_a_list_of_mixed_categories_are_not_nested(nlp) -> None:
    # the NER typed two players as places and the third as a person
    ents = [("LOC", 1, 2), ("LOC", 3, 4), ("PER", 5, 6)]
    assert not any(r in ("surface-nesting", "appos-entity") for *_, r in facts(nlp, LINEUP, ents))
    # "Launceston, Tasmânia." alone is a place in a place
    pair = LINEUP.replace("e e CCONJ cc 5\nMaradona Maradona PROPN conj 1\n", "")
    assert ("Simeone", "partOf", "Redondo") in pairs(facts(nlp, pair, [("LOC", 1, 2), ("LOC", 3, 4)]))


TRIP = """
Esteve estar VERB ROOT 0
na em_a ADP case 2
Colômbia Colômbia PROPN obl 0
, , PUNCT punct 4
Peru Peru PROPN appos 2
, , PUNCT punct 6
Bolívia Bolívia PROPN conj 4
e e CCONJ cc 8
Equador Equador PROPN conj 4
. . PUNCT punct 0
"""


def test_places_in_a_list_ending_in_e_are_not_nested(nlp) -> None:
    ents = [("LOC", 2, 3), ("LOC", 4, 5), ("LOC", 6, 7), ("LOC", 8, 9)]
    assert not any(p == "partOf" for _, p, _ in pairs(facts(nlp, TRIP, ents)))
    # "em Launceston, Tasmânia, Austrália": a chain of places, each in the next
    chain = TRIP.replace("e e CCONJ cc 8\nEquador Equador PROPN conj 4\n", "").replace("Bolívia Bolívia PROPN conj 4", "Bolívia Bolívia PROPN appos 4")
    assert ("Colômbia", "partOf", "Peru") in pairs(facts(nlp, chain, ents[:3]))


BOARD = """
O o DET det 1
presidente presidente NOUN nsubj 13
do de_o ADP case 3
Banco Banco PROPN nmod 1
Real Real PROPN flat:name 3
, , PUNCT punct 6
Pedro Pedro PROPN appos 1
Lima Lima PROPN flat:name 6
, , PUNCT punct 9
Ana Ana PROPN conj 6
Reis Reis PROPN flat:name 9
e e CCONJ cc 12
Rui Rui PROPN conj 6
votaram votar VERB ROOT 13
. . PUNCT punct 13
"""


def test_the_first_name_of_a_list_is_not_the_title_holder(nlp) -> None:
    ents = [("ORG", 3, 5), ("PER", 6, 8), ("PER", 9, 11), ("PER", 12, 13)]
    assert not any(p == "led" for _, p, _ in pairs(facts(nlp, BOARD, ents)))
    one = BOARD.replace(", , PUNCT punct 9\nAna Ana PROPN conj 6\nReis Reis PROPN flat:name 9\ne e CCONJ cc 12\nRui Rui PROPN conj 6\n", "")
    one = one.replace("nsubj 13", "nsubj 8").replace("ROOT 13", "ROOT 8").replace("punct 13", "punct 8")
    assert ("Pedro Lima", "led", "Banco Real") in pairs(facts(nlp, one, ents[:2]))


# --- names in apposition must be side by side --------------------------------------------------------

ROMARIO = """
Ronaldo Ronaldo PROPN nsubj 1
superou superar VERB ROOT 1
Romário Romário PROPN obj 1
( ( PUNCT punct 4
78% 78% NUM appos 2
) ) PUNCT punct 4
, , PUNCT punct 7
Bebeto Bebeto PROPN appos 2
. . PUNCT punct 1
"""


def test_an_apposition_across_other_words_relates_nothing(nlp) -> None:
    ents = [("PER", 0, 1), ("PER", 2, 3), ("LOC", 7, 8)]
    assert not any(r == "appos-entity" for *_, r in facts(nlp, ROMARIO, ents))
    close = ROMARIO.replace("( ( PUNCT punct 4\n78% 78% NUM appos 2\n) ) PUNCT punct 4\n", "")
    close = close.replace(", , PUNCT punct 7", ", , PUNCT punct 4").replace("Bebeto Bebeto", "Brasil Brasil")
    # (a nationality needs a place the name lists know: test_a_nationality_goes_to_a_known_place)
    assert ("Romário", "nationality", "Brasil") in pairs(facts(nlp, close, [("PER", 0, 1), ("PER", 2, 3), ("LOC", 4, 5)]))


# --- genitives -----------------------------------------------------------------------------------------

ATLETICO = """
Ele ele PRON nsubj 1
treina treinar VERB ROOT 1
o o DET det 3
Atlético Atlético PROPN obj 1
de de ADP case 5
Madrid Madrid PROPN flat:name 3
, , PUNCT punct 8
da de_a ADP case 8
Espanha Espanha PROPN nmod 3
. . PUNCT punct 1
"""


def test_a_place_with_a_comma_before_its_de_is_no_part_of_it(nlp) -> None:
    # a club the NER took for a place is from Spain, not a part of it
    assert not any(p == "partOf" for _, p, _ in pairs(facts(nlp, ATLETICO, [("LOC", 3, 6), ("LOC", 8, 9)])))
    joined = ATLETICO.replace(", , PUNCT punct 8\n", "").replace("case 8", "case 7")
    assert ("Atlético de Madrid", "partOf", "Espanha") in pairs(facts(nlp, joined, [("LOC", 3, 6), ("LOC", 7, 8)]))


SOUSA = """
Contratou contratar VERB ROOT 0
Sousa Sousa PROPN obj 0
, , PUNCT punct 4
do de_o ADP case 4
Bangu Bangu PROPN nmod 1
, , PUNCT punct 7
e e CCONJ cc 7
Pinga Pinga PROPN conj 1
, , PUNCT punct 10
do de_o ADP case 10
Internacional Internacional PROPN nmod 4
. . PUNCT punct 0
"""


def test_a_genitive_with_another_name_between_belongs_to_that_name(nlp) -> None:
    # the parser hung "do Internacional" on "Bangu": it is Pinga's club
    ents = [("PER", 1, 2), ("ORG", 4, 5), ("PER", 7, 8), ("ORG", 10, 11)]
    found = pairs(facts(nlp, SOUSA, ents))
    assert ("Bangu", "partOf", "Internacional") not in found
    assert ("Sousa", "memberOf", "Bangu") in found


SECRETARIA = """
A o DET det 1
Secretaria Secretaria PROPN nsubj 9
do de_o ADP case 3
Verde Verde PROPN nmod 1
e e CCONJ cc 7
do de_o ADP case 7
Meio Meio PROPN flat:name 7
Ambiente Ambiente PROPN nmod 1
abriu abrir VERB ROOT 8
. . PUNCT punct 8
"""


def test_a_genitive_across_a_conjunction_is_part_of_one_name(nlp) -> None:
    # "a Secretaria do Verde e do Meio Ambiente", the NER ending the first name at "Verde"
    table = SECRETARIA.replace("nsubj 9", "nsubj 8")
    table = table.replace("Meio Meio PROPN flat:name 7\nAmbiente Ambiente PROPN nmod 1", "Meio Meio PROPN nmod 1\nAmbiente Ambiente PROPN flat:name 6")
    table = table.replace("case 7\nMeio", "case 6\nMeio")
    assert not any(p == "partOf" for _, p, _ in pairs(facts(nlp, table, [("LOC", 1, 4), ("LOC", 6, 8)])))
    joined = table.replace("e e CCONJ cc 7\n", "").replace("Ambiente Ambiente PROPN flat:name 6", "Ambiente Ambiente PROPN flat:name 5")
    joined = joined.replace("case 6", "case 5").replace("nsubj 8", "nsubj 7").replace("ROOT 8", "ROOT 7").replace("punct 8", "punct 7")
    assert ("Secretaria do Verde", "partOf", "Meio Ambiente") in pairs(facts(nlp, joined, [("LOC", 1, 4), ("LOC", 5, 7)]))


EMBASSY = """
A o DET det 1
embaixada embaixada NOUN nsubj 6
do de_o ADP case 3
Brasil Brasil PROPN nmod 1
em em ADP case 5
Pequim Pequim PROPN nmod 3
abriu abrir VERB ROOT 6
"""


def test_a_place_after_the_name_a_noun_owns_locates_the_noun(nlp) -> None:
    # "a embaixada do Brasil em Pequim": the embassy is in Beijing, Brazil is not
    assert not any(p == "locatedIn" for _, p, _ in pairs(facts(nlp, EMBASSY, [("LOC", 3, 4), ("LOC", 5, 6)])))
    # "hoje embaixador do Brasil em Portugal": a role noun the tagger called an adjective
    ambassador = EMBASSY.replace("embaixada embaixada NOUN", "embaixador embaixador ADJ")
    assert not any(p == "locatedIn" for _, p, _ in pairs(facts(nlp, ambassador, [("LOC", 3, 4), ("LOC", 5, 6)])))
    # a name that is the subject itself: "Chaoyang em Pequim" is a place in a place
    alone = "Chaoyang Chaoyang PROPN nsubj 3\nem em ADP case 2\nPequim Pequim PROPN nmod 0\nabriu abrir VERB ROOT 3\n"
    assert ("Chaoyang", "locatedIn", "Pequim") in pairs(facts(nlp, alone, [("LOC", 0, 1), ("LOC", 2, 3)]))


BOOK = """
O o DET det 1
Colapso Colapso PROPN nsubj 9
da de_a ADP case 3
Modernização Modernização PROPN nmod 1
, , PUNCT punct 6
de de ADP case 6
Robert Robert PROPN nmod 1
Kurz Kurz PROPN flat:name 6
, , PUNCT punct 6
saiu sair VERB ROOT 9
. . PUNCT punct 9
"""


def test_an_organization_comma_de_a_person_is_no_leader(nlp) -> None:
    # a book the NER took for an organization, then its author
    ents = [("ORG", 1, 4), ("PER", 6, 8)]
    assert not any(p == "led" for _, p, _ in pairs(facts(nlp, BOOK, ents)))
    party = BOOK.replace(", , PUNCT punct 6\n", "", 1).replace("case 6", "case 5").replace("nmod 1\nKurz Kurz PROPN flat:name 6", "nmod 1\nKurz Kurz PROPN flat:name 5")
    party = party.replace("nsubj 9", "nsubj 8").replace("punct 6\nsaiu sair VERB ROOT 9\n. . PUNCT punct 9", "punct 5\nsaiu sair VERB ROOT 8\n. . PUNCT punct 8")
    assert ("Robert Kurz", "led", "Colapso da Modernização") in pairs(facts(nlp, party, [("ORG", 1, 4), ("PER", 5, 7)]))


# --- titles ----------------------------------------------------------------------------------------------

FIESP = """
O o DET det 1
diretor diretor NOUN nsubj 13
da de_a ADP case 3
Fiesp Fiesp PROPN nmod 1
( ( PUNCT punct 5
Federação Federação PROPN appos 1
das de_as ADP case 7
Indústrias Indústrias PROPN nmod 5
) ) PUNCT punct 5
, , PUNCT punct 10
Horácio Horácio PROPN appos 1
Lafer Lafer PROPN flat:name 10
, , PUNCT punct 10
falou falar VERB ROOT 13
. . PUNCT punct 13
"""


def test_an_acronym_and_its_expansion_in_brackets_are_no_title_relation(nlp) -> None:
    found = pairs(facts(nlp, FIESP, [("ORG", 3, 4), ("ORG", 5, 8), ("PER", 10, 12)]))
    assert ("Horácio Lafer", "led", "Fiesp") in found
    assert ("Federação das Indústrias", "led", "Fiesp") not in found


DMB = """
A o DET det 1
Dave Dave PROPN nsubj:pass 8
Matthews Matthews PROPN flat:name 1
Band Band PROPN flat:name 1
( ( PUNCT punct 5
{bracket} {bracket} PROPN appos 1
) ) PUNCT punct 5
foi ser AUX aux:pass 8
criada criar VERB ROOT 8
. . PUNCT punct 8
"""


@pytest.mark.parametrize(
    ("bracket", "related"),
    [
        ("DMB", False),  # its own acronym (the NER took the band for a person)
        ("MB", False),  # the initials of its last words
        ("RCA", True),  # another name: a person's organization in brackets
    ],
)
def test_a_name_and_its_acronym_in_brackets_are_not_related(nlp, bracket: str, related: bool) -> None:
    found = pairs(facts(nlp, DMB.format(bracket=bracket), [("PER", 1, 4), ("ORG", 5, 6)]))
    assert (("Dave Matthews Band", "memberOf", bracket) in found) is related


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("UR", "Detroit Underground Resistance", True),
        ("PT", "Partido dos Trabalhadores", True),
        ("C.N.O.", "Construtora Norberto Odebrecht", True),
        ("SP", "Universidade de São Paulo", False),  # a state code: the state it is in
        ("PSE", "Martin Schulz", False),
        # one word spelled from the starts of the name's words, the first word's first
        ("Femago", "Fundação Estadual do Meio Ambiente de Goiás", True),
        ("Apas", "Associação Paulista dos Supermercados", True),
        ("Abiec", "Associação Brasileira das Indústrias Exportadoras de Carnes Industrializadas", True),
        ("Campinas", "Associação Comercial", False),  # a place: its first letter is not the name's
        ("Paris", "Partido Socialista", False),  # "Par" from the first word, then no "i"
        ("Pará", "Pará", False),  # one word is no expansion
    ],
)
def test_acronym_of(short: str, name: str, expected: bool) -> None:
    assert acronym_of(short, name) is expected


HEADINGS = """
Presidente presidente NOUN ROOT 0
do de_o ADP case 2
Banco Banco PROPN nmod 0
Real Real PROPN flat:name 2
; ; PUNCT punct 5
Jóia Jóia PROPN appos 0
Pesada Pesada PROPN flat:name 5
"""


def test_a_title_and_a_name_in_two_headings_are_not_related(nlp) -> None:
    ents = [("ORG", 2, 4), ("PER", 5, 7)]
    assert pairs(facts(nlp, HEADINGS, ents)) == set()
    comma = HEADINGS.replace("; ; PUNCT", ", , PUNCT")
    assert ("Jóia Pesada", "led", "Banco Real") in pairs(facts(nlp, comma, ents))


# --- names and categories ---------------------------------------------------------------------------------

PIERCE = """
Pierce Pierce PROPN nsubj 1
venceu vencer VERB ROOT 1
Hallard Hallard PROPN obj 1
por por ADP case 4
7/5 7/5 NUM obl 1
. . PUNCT punct 1
"""


def test_a_score_the_ner_took_for_a_name_relates_nothing(nlp) -> None:
    assert written_as_name("Lula") and written_as_name("PT") and written_as_name("bolcheviques")
    assert not written_as_name("7/5") and not written_as_name("5ª") and not written_as_name("6/2")
    assert not written_as_name("US$") and not written_as_name("R$") and written_as_name("Banco do Brasil")
    found = pairs(facts(nlp, PIERCE, [("PER", 0, 1), ("PER", 2, 3), ("PER", 4, 5)]))
    assert ("Pierce", "defeated", "Hallard") in found
    assert not any(o == "7/5" for _, _, o in found)


JOGADOR = """
O o DET det 1
jogador jogador NOUN nsubj 5
do de_o ADP case 3
Bangu Bangu PROPN nmod 1
, , PUNCT punct 5
falou falar VERB ROOT 5
Lira Lira PROPN nsubj 5
. . PUNCT punct 5
"""


def test_a_person_never_fills_an_organization_slot(nlp) -> None:
    assert property_classes()["memberOf"] == ("Agent", "Organization")
    assert property_classes()["keyPersonOf"] == ("Person", "")
    ents_org = [("ORG", 3, 4), ("PER", 6, 7)]
    table = JOGADOR.replace("Lira Lira PROPN nsubj 5", "Lira Lira PROPN appos 1")
    assert ("Lira", "memberOf", "Bangu") in pairs(facts(nlp, table, ents_org))
    # the same construction with a person where the club should be
    assert not any(p == "memberOf" for _, p, _ in pairs(facts(nlp, table, [("PER", 3, 4), ("PER", 6, 7)])))


APAS = """
O o DET det 1
presidente presidente NOUN nsubj 10
da de ADP case 3
Associação Associação PROPN nmod 1
Paulista Paulista PROPN flat:name 3
dos de ADP case 6
Supermercados Supermercados PROPN flat:name 3
( ( PUNCT punct 8
Apas Apas PROPN appos 3
) ) PUNCT punct 8
falou falar VERB ROOT 10
. . PUNCT punct 10
"""


def test_a_name_and_its_acronym_in_lower_case_are_not_related(nlp) -> None:
    """``Associação Paulista dos Supermercados (Apas)``: the NER took the acronym for a place; a
    town in the same bracket is still where the association is."""
    ents = [("ORG", 3, 7), ("LOC", 8, 9)]
    assert pairs(facts(nlp, APAS, ents)) == set()
    town = APAS.replace("Apas Apas PROPN", "Santos Santos PROPN")
    assert ("Associação Paulista dos Supermercados", "headquarteredIn", "Santos") in pairs(facts(nlp, town, ents))


# --- a place that is not the organization's ----------------------------------------------------

BRANCH = """
A o DET det 1
agência agência NOUN nsubj 7
do de ADP case 3
Banespa Banespa PROPN nmod 1
na em ADP case 5
Vila Vila PROPN nmod 3
Guilherme Guilherme PROPN flat:name 5
fechou fechar VERB ROOT 7
. . PUNCT punct 7
"""


def test_the_place_of_a_branch_is_not_the_seat_of_its_organization(nlp) -> None:
    """``local_nouns`` (a branch, a meeting, a game) keep their ``em`` place: the bank is not
    based where its branch is; its seat (``sede``, no such noun) is where the bank is."""
    ents = [("ORG", 3, 4), ("LOC", 5, 7)]
    assert pairs(facts(nlp, BRANCH, ents)) == set()
    meeting = BRANCH.replace("agência agência", "encontro encontro").replace("A o DET", "O o DET")
    assert pairs(facts(nlp, meeting, ents)) == set()
    seat = BRANCH.replace("agência agência", "sede sede")
    assert ("Banespa", "headquarteredIn", "Vila Guilherme") in pairs(facts(nlp, seat, ents))


MEETING_COMMA = """
O o DET det 1
encontro encontro NOUN nsubj 8
do de ADP case 3
PT PT PROPN nmod 1
, , PUNCT punct 6
em em ADP case 6
Brasília Brasília PROPN nmod 3
, , PUNCT punct 6
acabou acabar VERB ROOT 8
ontem ontem ADV advmod 8
. . PUNCT punct 8
"""


def test_the_place_of_a_meeting_after_a_comma_is_not_the_party_seat(nlp) -> None:
    ents = [("ORG", 3, 4), ("LOC", 6, 7)]
    assert pairs(facts(nlp, MEETING_COMMA, ents)) == set()
    office = MEETING_COMMA.replace("encontro encontro", "sede sede").replace("O o DET", "A o DET")
    assert ("PT", "headquarteredIn", "Brasília") in pairs(facts(nlp, office, ents))


STATION = """
A o DET det 1
esquadra esquadra NOUN nsubj 7
da de ADP case 3
PSP PSP PROPN nmod 1
na em ADP case 5
Foz Foz PROPN nmod 3
Douro Douro PROPN flat:name 5
fechou fechar VERB ROOT 7
. . PUNCT punct 7
"""

PLANT = """
Ele ele PRON nsubj 1
inaugura inaugurar VERB ROOT 1
as o DET det 3
instalações instalação NOUN obj 1
da de ADP case 5
Dan&Cake Dan&Cake PROPN nmod 3
, , PUNCT punct 7
em em ADP case 8
Alverca Alverca PROPN obl 1
. . PUNCT punct 1
"""


def test_the_place_of_what_an_organization_owns_is_not_its_seat(nlp) -> None:
    """Any common noun an organization's name complements keeps the ``em`` place, not only
    ``local_nouns``: a police station, a company's premises (issue 20, 23a: Bosque's news)."""
    ents = [("ORG", 3, 4), ("LOC", 5, 7)]
    assert pairs(facts(nlp, STATION, ents)) == set()
    assert pairs(facts(nlp, PLANT, [("ORG", 5, 6), ("LOC", 8, 9)])) == set()
    # a noun whose own "em" frame says where its owner is: the seat
    seat = STATION.replace("esquadra esquadra", "sede sede")
    assert ("PSP", "headquarteredIn", "Foz Douro") in pairs(facts(nlp, seat, ents))


# "Os remédios foram distribuídos aos pacientes do Hospital São Pedro, em Porto Alegre." (the
# shipped parser's parse: the place hung on the hospital)
PATIENTS = """
Os o DET det 1
remédios remédio NOUN nsubj:pass 3
foram ser AUX aux:pass 3
distribuídos distribuir VERB ROOT 3
aos a_o ADP case 5
pacientes paciente NOUN obl 3
do de_o ADP case 7
Hospital Hospital PROPN nmod 5
São São PROPN flat:name 7
Pedro Pedro PROPN flat:name 7
, , PUNCT punct 12
em em ADP case 12
Porto Porto PROPN nmod 7
Alegre Alegre PROPN flat:name 12
. . PUNCT punct 3
"""


def test_an_organization_that_is_one_place_is_where_its_complement_s_place_is(nlp) -> None:
    """A name opening with a word of ``site_heads`` (a hospital, a school) is one place: the
    ``em`` place after it is its own, the common noun it complements notwithstanding (issue 20,
    P41e: MAC-MORPHO news)."""
    ents = [("ORG", 7, 10), ("LOC", 12, 14)]
    assert ("Hospital São Pedro", "headquarteredIn", "Porto Alegre") in pairs(facts(nlp, PATIENTS, ents))
    # a company is no one place: its employees' place is not its seat
    company = PATIENTS.replace("pacientes paciente", "funcionários funcionário").replace("Hospital Hospital", "Grupo Grupo")
    assert pairs(facts(nlp, company, ents)) == set()


# --- two items of a list parsed as two arguments -----------------------------------------------

ARCHITECTS = """
Ali ali ADV advmod 1
trabalharam trabalhar VERB ROOT 1
Niemeyer Niemeyer PROPN obj 1
, , PUNCT punct 4
Lúcio Lúcio PROPN nsubj 1
Costa Costa PROPN flat:name 4
e e CCONJ cc 7
Le Le PROPN conj 1
Corbusier Corbusier PROPN flat:name 7
. . PUNCT punct 1
"""


def test_names_of_a_list_are_no_subject_and_object(nlp) -> None:
    """The parser made the second of three names the subject and the first the object; a
    comma alone between a subject and its object (an apposition) is no list."""
    ents = [("PER", 2, 3), ("PER", 4, 6), ("PER", 7, 9)]
    assert pairs(facts(nlp, ARCHITECTS, ents)) == set()
    two = ARCHITECTS.replace("e e CCONJ cc 7", "ontem ontem ADV advmod 1").replace("Le Le PROPN conj 1", "à a ADP case 8").replace(
        "Corbusier Corbusier PROPN flat:name 7", "noite noite NOUN obl 1"
    )
    assert ("Lúcio Costa", "rel:trabalhar", "Niemeyer") in pairs(facts(nlp, two, ents[:2]))


CALLED = """
Passarinho Passarinho PROPN nsubj 1
ligou ligar VERB ROOT 1
e e CCONJ cc 3
Marcílio Marcílio PROPN obj 1
indagou indagar VERB conj 1
. . PUNCT punct 1
"""


def test_a_name_after_and_parsed_as_an_object_is_no_object(nlp) -> None:
    ents = [("PER", 0, 1), ("PER", 3, 4)]
    assert pairs(facts(nlp, CALLED, ents)) == set()
    to = CALLED.replace("e e CCONJ cc 3", "para para ADP case 3").replace("Marcílio Marcílio PROPN obj 1", "Marcílio Marcílio PROPN obl 1")
    assert ("Passarinho", "rel:ligar_para", "Marcílio") in pairs(facts(nlp, to, ents))


def test_the_reciprocal_rule_still_relates_coordinated_subjects(nlp) -> None:
    table = """
Audrey Audrey PROPN nsubj 5
Hepburn Hepburn PROPN flat:name 0
e e CCONJ cc 3
Mel Mel PROPN conj 0
Ferrer Ferrer PROPN flat:name 3
casaram casar VERB ROOT 5
. . PUNCT punct 5
"""
    assert ("Audrey Hepburn", "relativeOf", "Mel Ferrer") in pairs(facts(nlp, table, [("PER", 0, 2), ("PER", 3, 5)]))


# --- conditions and questions ------------------------------------------------------------------

IF_WON = """
Se se SCONJ mark 3
o o DET det 2
Brasil Brasil PROPN nsubj 3
vencer vencer VERB advcl 8
a o DET det 5
Suécia Suécia PROPN obj 3
, , PUNCT punct 3
a o DET det 7
seleção seleção NOUN nsubj 9
viaja viajar VERB ROOT 9
. . PUNCT punct 9
"""


def _modalities(nlp, table: str, ents, morph: dict[int, str] | None = None) -> set[tuple[str, str, str, str]]:
    doc = table_doc(nlp, table, ents, "news.txt", run=False)
    for i, m in (morph or {}).items():
        doc[i].set_morph(m)
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    label = {e.id: e.label for e in doc._.get(ENTITIES)}
    return {(label[r.subject], r.predicate, label[r.object], r.modality) for r in doc._.teia_relations}


def test_a_condition_is_hypothetical(nlp) -> None:
    ents = [("LOC", 2, 3), ("LOC", 5, 6)]
    assert _modalities(nlp, IF_WON, ents) == {("Brasil", "defeated", "Suécia", "hypothetical")}
    # the parser took "se" for a pronoun: the future subjunctive still says it
    pronoun = IF_WON.replace("Se se SCONJ mark 3", "Se se PRON expl 3")
    assert _modalities(nlp, pronoun, ents) == {("Brasil", "defeated", "Suécia", "asserted")}
    fut = "Mood=Sub|Number=Sing|Person=3|Tense=Fut|VerbForm=Fin"
    assert _modalities(nlp, pronoun, ents, {3: fut}) == {("Brasil", "defeated", "Suécia", "hypothetical")}
    # a clitic after a verb is no condition, even parsed as a "mark" ("veio se juntar")
    clitic = """
O o DET det 1
Brasil Brasil PROPN nsubj 2
veio vir VERB ROOT 2
se se SCONJ mark 4
juntar juntar VERB xcomp 2
à a ADP case 6
Suécia Suécia PROPN obl 4
. . PUNCT punct 2
"""
    assert _modalities(nlp, clitic, [("LOC", 1, 2), ("LOC", 6, 7)]) == {("Brasil", "rel:juntar_a", "Suécia", "asserted")}


def test_a_question_is_hypothetical(nlp) -> None:
    table = """
O o DET det 1
Brasil Brasil PROPN nsubj 2
venceu vencer VERB ROOT 2
a o DET det 4
Suécia Suécia PROPN obj 2
{end} {end} PUNCT punct 2
"""
    ents = [("LOC", 1, 2), ("LOC", 4, 5)]
    assert _modalities(nlp, table.format(end="?"), ents) == {("Brasil", "defeated", "Suécia", "hypothetical")}
    assert _modalities(nlp, table.format(end="."), ents) == {("Brasil", "defeated", "Suécia", "asserted")}

    # a question word takes the clause for granted, "Quando o Brasil venceu a Suécia?", but the
    # text does not state it: probable (issue 20, eighteenth pass; syntax.asked)
    def when(end: str) -> str:
        rows = (line.split() for line in table.format(end=end).strip().splitlines())
        return "Quando quando ADV advmod 3\n" + "\n".join(" ".join(r[:4] + [str(int(r[4]) + 1)]) for r in rows)

    assert _modalities(nlp, when("?"), [("LOC", 2, 3), ("LOC", 5, 6)]) == {("Brasil", "defeated", "Suécia", "probable")}
    assert _modalities(nlp, when("."), [("LOC", 2, 3), ("LOC", 5, 6)]) == {("Brasil", "defeated", "Suécia", "asserted")}


def test_a_nominal_statement_of_a_question_is_probable(nlp) -> None:
    """``Giuliani era o presidente da câmara de que cidade?``: a copula's role read from a
    question is not asserted (issue 20, eighteenth pass: 6 of the sixteenth pass's sample of
    HAREM II dev came from questions)."""
    table = """
Giuliani Giuliani PROPN nsubj 3
era ser AUX cop 3
o o DET det 3
presidente presidente NOUN ROOT 3
do de_o ADP case 5
PSDB PSDB PROPN nmod 3
{tail}
"""
    ents = [("PER", 0, 1), ("ORG", 5, 6)]
    asserted = _modalities(nlp, table.format(tail=". . PUNCT punct 3"), ents)
    assert asserted and {m for *_, m in asserted} == {"asserted"}
    asked = _modalities(nlp, table.format(tail="em em ADP case 7\nque que DET det 8\nano ano NOUN obl 3\n? ? PUNCT punct 3"), ents)
    assert {r[:3] for r in asked} == {r[:3] for r in asserted}
    assert {m for *_, m in asked} == {"probable"}


def test_a_question_mark_of_a_quotation_or_of_another_clause_asks_nothing() -> None:
    from teia.extract.relations.syntax import asked

    text = 'O chileno Victor Farias, em " O que é a Metafísica? ", diz que Heidegger...'
    assert not asked(text, (text.index("Farias") + 6,), len(text))
    text = '" Quem matou Odete Roitman? ", perguntou Ana.'
    assert asked(text, (text.index("Roitman") + 7,), len(text))
    text = '" Por quê? ", perguntou Lula em Brasília.'
    assert not asked(text, (text.index("Brasília"),), len(text))
    text = "Em que ano nasceu Christian von Holst em Gdansk?"
    assert asked(text, (text.index("Gdansk") + 6,), len(text))
    text = "Mas não deve haver negociações? Claro que o Sinn Fein negocia com o Ira."
    assert not asked(text, (text.index("Ira") + 3,), len(text))
    # a lifespan's unknown place: "(Niterói, 1909 — ?, 1997)"
    text = "Arthur Machado (Niterói, 1 de janeiro de 1909 — ?, 20 de fevereiro de 1997) foi um futebolista."
    assert not asked(text, (text.index("Niterói") + 7,), len(text))


def test_a_form_of_address_alone_is_no_name(nlp) -> None:
    """``O Sr. construiu...``: an interviewer's ``o Sr.`` the NER took for a person."""
    table = """
O o DET det 1
{name} {name} PROPN nsubj 2
visitou visitar VERB ROOT 2
Brasília Brasília PROPN obj 2
. . PUNCT punct 2
"""
    ents = [("PER", 1, 2), ("LOC", 3, 4)]
    assert pairs(facts(nlp, table.format(name="Sr."), ents)) == set()
    assert ("Lula", "rel:visitar", "Brasília") in pairs(facts(nlp, table.format(name="Lula"), ents))


PREDICATIVE = """
Kolchak Kolchak PROPN nsubj 1
proclamou proclamar VERB ROOT 1
símbolo símbolo NOUN xcomp 1
supremo supremo ADJ amod 2
da de ADP case 5
Rússia Rússia PROPN nmod 2
. . PUNCT punct 1
"""


def test_an_open_predicative_needs_a_person_as_its_own_subject(nlp) -> None:
    """An open ``xcomp-noun`` relation stays for a person named in its clause and goes for a
    subject that is no person (a work, a place the NER typed so)."""
    assert ("Kolchak", "rel:símbolo_de", "Rússia") in pairs(facts(nlp, PREDICATIVE, [("PER", 0, 1), ("LOC", 5, 6)]))
    assert pairs(facts(nlp, PREDICATIVE, [("WORK", 0, 1), ("LOC", 5, 6)])) == set()


DEFENDED = """
Mesquita Mesquita PROPN nsubj 1
defendeu defender VERB ROOT 1
a o DET det 3
resolução resolução NOUN obj 1
{sep}
do de_o ADP case 6
CFM CFM PROPN obl 1
. . PUNCT punct 1
"""


@pytest.mark.parametrize(
    "sep, related",
    [
        (", , PUNCT punct 6", False),  # "defendeu a resolução, do CFM": the resolution's, hung on the verb
        ("- - PUNCT punct 6", False),  # a byline between dashes: "- Da Sucursal de Brasília -"
        ("ontem ontem ADV advmod 1", True),  # "defendeu a resolução ontem do CFM": the verb's own
    ],
)
def test_an_open_relation_through_a_de_set_off_by_a_comma_is_no_statement(nlp, sep: str, related: bool) -> None:
    found = pairs(facts(nlp, DEFENDED.format(sep=sep), [("PER", 0, 1), ("ORG", 6, 7)]))
    assert (("Mesquita", "rel:defender_de", "CFM") in found) is related


SURVEY = """
A o DET det 1
Fundacentro Fundacentro PROPN nsubj 2
iniciou iniciar VERB ROOT 2
pesquisa pesquisa NOUN obj 2
em em ADP case 5
Santos Santos PROPN nmod 3
, , PUNCT punct 7
Guarujá Guarujá PROPN appos 3
e e CCONJ cc 9
Cubatão Cubatão PROPN conj 3
. . PUNCT punct 2
"""


def test_names_going_on_a_complements_list_are_not_the_nouns(nlp) -> None:
    """``iniciou pesquisa em Santos, Guarujá e Cubatão``: the parser hung the list's later items
    on ``pesquisa`` (an apposition and a conjunct); the research is no place."""
    ents = [("ORG", 1, 2), ("LOC", 5, 6), ("LOC", 7, 8), ("LOC", 9, 10)]
    assert not any(o in ("Guarujá", "Cubatão") for _, _, o in pairs(facts(nlp, SURVEY, ents)))
    # a named object's own conjuncts still share the verb: "visitou Santos, Guarujá e Cubatão"
    visited = (
        SURVEY.replace("pesquisa pesquisa NOUN obj 2", "hoje hoje ADV advmod 2")
        .replace("em em ADP case 5", "o o DET det 5")
        .replace("Santos Santos PROPN nmod 3", "Santos Santos PROPN obj 2")
        .replace("PROPN appos 3", "PROPN conj 5")
        .replace("PROPN conj 3", "PROPN conj 5")
    )
    found = pairs(facts(nlp, visited, ents))
    assert {("Fundacentro", "rel:iniciar", o) for o in ("Santos", "Guarujá", "Cubatão")} <= found


CAPITAL = """
Lula Lula PROPN nsubj 1
visitou visitar VERB ROOT 1
a o DET det 3
capital capital NOUN obj 1
da de_a ADP case 5
Polônia Polônia PROPN nmod 3
, , PUNCT punct 7
Varsóvia Varsóvia PROPN appos 3
. . PUNCT punct 1
"""


def test_one_name_in_apposition_after_a_complement_is_the_nouns(nlp) -> None:
    """``visitou a capital da Polônia, Varsóvia``: one name after the complement is no list."""
    found = pairs(facts(nlp, CAPITAL, [("PER", 0, 1), ("LOC", 5, 6), ("LOC", 7, 8)]))
    assert ("Lula", "rel:visitar", "Varsóvia") in found


BYLINE = """
Da de_a ADP case 1
Agência Agência PROPN ROOT 1
Folha Folha PROPN flat:name 1
, , PUNCT punct 5
em em ADP case 5
Recife Recife PROPN nmod 1
"""


def test_the_place_after_a_bylines_desk_is_no_seat(nlp) -> None:
    """``Da Agência Folha, em Recife``: where the report was written from."""
    ents = [("ORG", 1, 3), ("LOC", 5, 6)]
    assert pairs(facts(nlp, BYLINE, ents)) == set()
    # the same organization and place inside a sentence: its seat
    seat = BYLINE.replace("Da de_a ADP case 1", "A o DET det 1")
    assert ("Agência Folha", "headquarteredIn", "Recife") in pairs(facts(nlp, seat, ents))


LAUNCH = """
A o DET det 1
Iluminuras Iluminuras PROPN nsubj 2
lança lançar VERB ROOT 2
" " PUNCT punct 5
A o DET det 5
{first} {first} PROPN obj 2
no em_o ADP case 7
{second} {second} PROPN nmod 5
do de_o ADP case 9
Outro Outro PROPN nmod 7
" " PUNCT punct 5
. . PUNCT punct 2
"""


def test_a_name_inside_a_longer_quoted_title_is_no_argument(nlp) -> None:
    """``lança " A Criança no Discurso do Outro "``: the NER's ``Criança`` is a piece of the title."""
    ents = [("ORG", 1, 2), ("PER", 5, 6)]
    assert pairs(facts(nlp, LAUNCH.format(first="Criança", second="Discurso"), ents)) == set()
    # a quotation with words in lower case is no title: "a criança no discurso do outro"-like speech
    speech = LAUNCH.format(first="Criança", second="discurso").replace("Outro Outro", "outro outro")
    assert ("Iluminuras", "rel:lançar", "Criança") in pairs(facts(nlp, speech, ents))
    # a title the name covers is the name
    whole = LAUNCH.format(first="Criança", second="Discurso")
    assert ("Iluminuras", "rel:lançar", "Criança no Discurso do Outro") in pairs(facts(nlp, whole, [("ORG", 1, 2), ("WORK", 5, 10)]))


FROM = """
Paulo Paulo PROPN nsubj 6
Braga Braga PROPN flat:name 0
, , PUNCT punct 4
do de_o ADP case 4
{place} {place} PROPN nmod 0
, , PUNCT punct 4
falou falar VERB ROOT 6
. . PUNCT punct 6
"""


def test_a_nationality_goes_to_a_known_place(nlp) -> None:
    """``Paulo Braga, do Cetem``: an institute the NER typed a place is no nationality; a
    country of the name lists is (``Troy Kemp, das Bahamas``)."""
    ents = [("PER", 0, 2), ("LOC", 4, 5)]
    assert not any(p == "nationality" for _, p, _ in pairs(facts(nlp, FROM.format(place="Cetem"), ents)))
    assert ("Paulo Braga", "nationality", "Paraguai") in pairs(facts(nlp, FROM.format(place="Paraguai"), ents))


BYLINE_GLUED = """
O o DET det 1
Ocidente Ocidente PROPN nsubj 2
entende entender VERB ROOT 2
a o DET det 4
ligação ligação NOUN obj 2
SHEILA SHEILA PROPN nmod 4
SCHVARZMAN SCHVARZMAN PROPN flat:name 5
{word} {word} ADJ amod 5
para para ADP case 10
a o DET det 10
Folha Folha PROPN obl 2
"""


def test_the_names_of_a_byline_are_no_arguments(nlp) -> None:
    """A headline and its byline glued by the sentence splitter: ``O Ocidente entende a ligação
    SHEILA SCHVARZMAN Especial para a Folha``."""
    ents = [("LOC", 1, 2), ("PER", 5, 7), ("ORG", 10, 11)]
    assert pairs(facts(nlp, BYLINE_GLUED.format(word="Especial"), ents)) == set()
    # another word there is no byline: "... SCHVARZMAN sozinha para a Folha"
    assert ("Ocidente", "rel:entender_para", "Folha") in pairs(facts(nlp, BYLINE_GLUED.format(word="sozinha"), ents))


MODAL = """
A o DET det 1
Microsoft Microsoft PROPN nsubj 2
deve dever VERB ROOT 2
lançar lançar VERB xcomp 2
o o DET det 5
Excel Excel PROPN obj 2
. . PUNCT punct 2
"""


def test_a_modal_with_an_infinitive_relates_nothing_itself(nlp) -> None:
    """``A Microsoft deve lançar o Excel`` with the object hung on the modal: no ``rel:dever``."""
    ents = [("ORG", 1, 2), ("MISC", 5, 6)]
    assert not any(p.startswith("rel:dever") for _, p, _ in pairs(facts(nlp, MODAL, ents)))
    # a modal verb with no infinitive is a verb of its own: "o Brasil deve dinheiro ao FMI"
    owes = """
O o DET det 1
Brasil Brasil PROPN nsubj 2
deve dever VERB ROOT 2
dinheiro dinheiro NOUN obj 2
ao a_o ADP case 5
FMI FMI PROPN obl 2
. . PUNCT punct 2
"""
    assert ("Brasil", "rel:dever_a", "FMI") in pairs(facts(nlp, owes, [("LOC", 1, 2), ("ORG", 5, 6)]))


# --- a newspaper page's furniture ---------------------------------------------------------------

# "Covas ataca Quércia e Fleury Editoria: Brasil PáGINA: 1-6 O senador Mário Covas visitou Santos."
# (a headline, the page's furniture and the report's first sentence, glued by the splitter)
FURNITURE = """
Covas Covas PROPN nsubj 1
ataca atacar VERB ROOT 1
Quércia Quércia PROPN obj 1
e e CCONJ cc 4
Fleury Fleury PROPN conj 2
Editoria Editoria PROPN flat:name 4
: : PUNCT punct 7
Brasil Brasil PROPN appos 4
PáGINA PáGINA PROPN flat:name 7
: : PUNCT punct 10
1-6 1-6 NUM nummod 7
O o DET det 12
senador senador NOUN nsubj 15
Mário Mário PROPN appos 12
Covas Covas PROPN flat:name 13
visitou visitar VERB parataxis 1
Santos Santos PROPN obj 15
. . PUNCT punct 1
"""


def test_a_statement_over_page_furniture_is_dropped(nlp) -> None:
    """Issue 20, eighteenth pass: the furniture's words become names (``Fleury Editoria``) of
    statements that are no facts; a headline's own statement before it and the report's after
    it stay."""
    ents = [("PER", 0, 1), ("PER", 2, 3), ("PER", 4, 6), ("LOC", 7, 8), ("PER", 13, 15), ("LOC", 16, 17)]
    found = pairs(facts(nlp, FURNITURE, ents))
    assert ("Mário Covas", "attacked", "Quércia") in found  # "Covas" resolved to the full name
    assert ("Mário Covas", "rel:visitar", "Santos") in found
    assert not any("Editoria" in s or "Editoria" in o or o == "Brasil" for s, _, o in found)
    # the same words without the furniture: "Fleury" is a name of the headline's statement
    plain = FURNITURE.replace("PáGINA PáGINA", "Pereira Pereira").replace("Editoria Editoria", "Filho Filho")
    assert ("Mário Covas", "attacked", "Fleury Filho") in pairs(facts(nlp, plain, ents))


def test_furniture_of_a_page() -> None:
    from teia.extract.relations.gates import on_furniture

    text = "Covas ataca Quércia Editoria: Mais! PáGINA: Especial A-1 O senador visitou Santos PÁG."
    whole = (0, len(text))
    assert on_furniture(text, (0, text.index("Mais")), whole)
    assert on_furniture(text, (text.index("A-1"), text.index("O senador")), whole)
    assert not on_furniture(text, (0, text.index(" Editoria")), whole)
    assert not on_furniture(text, (text.index("O senador"), text.index("Santos") + 6), whole)
    assert on_furniture(text, (text.index("O senador"), len(text) - 1), whole)
    text = "FHC sai da Fazenda Editoria: Ilustrada PáGINA 5-12 FHC sai da Fazenda"  # no colon after the page
    assert on_furniture(text, (0, text.index("Ilustrada")), (0, len(text)))
    # the splitter cut the furniture: "Ricardo Rocha não volta ao time Editoria: | Esporte PáGINA: 4-4"
    text = "Ricardo Rocha não volta ao time Editoria: Esporte PáGINA: 4-4 Ricardo Rocha não volta ao time"
    cut = text.index("Esporte")
    assert on_furniture(text, (0, cut - 2), (0, cut))


# "A violação ao art. 381, III, do CPC." (the NER's III, the parser's apposition to "art.")
ITEM = """
A o DET det 1
violação violação NOUN ROOT 1
ao a_o ADP case 3
art. artigo NOUN nmod 1
381 381 NUM nummod 3
, , PUNCT punct 6
III III PROPN appos 3
, , PUNCT punct 6
do de_o ADP case 9
CPC CPC PROPN nmod 6
. . PUNCT punct 1
"""


def test_a_roman_numeral_alone_is_no_name(nlp) -> None:
    assert not written_as_name("III") and not written_as_name("IV") and not written_as_name("XXI")
    assert written_as_name("Luiz XIV") and written_as_name("Ivo") and written_as_name("Vi")
    assert facts(nlp, ITEM, [("ORG", 6, 7), ("ORG", 9, 10)]) == set()


# "Quando Pádua entrou na sala, Capitu, em pé, esperava." (the parser: Capitu the object of entrou)
STRAY = """
Quando quando SCONJ mark 2
Pádua Pádua PROPN nsubj 2
entrou entrar VERB ROOT 2
na em_o ADP case 4
sala sala NOUN obl 2
, , PUNCT punct 6
Capitu Capitu PROPN obj 2
, , PUNCT punct 6
em em ADP advmod 6
pé pé NOUN fixed 8
, , PUNCT punct 6
esperava esperar VERB parataxis 2
. . PUNCT punct 2
"""

# "A Boeing comprou, em 1990, a Embraer." (a phrase set off by two commas before the object)
BOUGHT = """
A o DET det 1
Boeing Boeing PROPN nsubj 2
comprou comprar VERB ROOT 2
, , PUNCT punct 2
em em ADP case 5
1990 1990 NUM obl 2
, , PUNCT punct 2
a o DET det 8
Embraer Embraer PROPN obj 2
. . PUNCT punct 2
"""


def test_an_object_past_a_lone_comma_begins_the_next_clause(nlp) -> None:
    assert pairs(facts(nlp, STRAY, [("PER", 1, 2), ("PER", 6, 7)])) == set()
    semicolon = STRAY.replace(", , PUNCT punct 6\nCapitu", "; ; PUNCT punct 2\nCapitu")
    assert pairs(facts(nlp, semicolon, [("PER", 1, 2), ("PER", 6, 7)])) == set()
    assert pairs(facts(nlp, BOUGHT, [("ORG", 1, 2), ("ORG", 8, 9)])) == {("Boeing", "rel:comprar", "Embraer")}
    # "A Boeing comprou a rival, a Embraer." (the name apposed to an object before it stays)
    apposed = """
A o DET det 1
Boeing Boeing PROPN nsubj 2
comprou comprar VERB ROOT 2
a o DET det 4
rival rival NOUN obj 2
, , PUNCT punct 7
a o DET det 7
Embraer Embraer PROPN obj 2
. . PUNCT punct 2
"""
    assert pairs(facts(nlp, apposed, [("ORG", 1, 2), ("ORG", 7, 8)])) == {("Boeing", "rel:comprar", "Embraer")}
    # "A AACD promove, em novembro, em São Paulo, a Feira." (phrases set off after a comma right
    # after the verb: three commas, the object still the verb's)
    promoted = """
A o DET det 1
AACD AACD PROPN nsubj 2
promove promover VERB ROOT 2
, , PUNCT punct 5
em em ADP case 5
novembro novembro NOUN obl 2
, , PUNCT punct 8
em em ADP case 8
São São PROPN obl 2
Paulo Paulo PROPN flat:name 8
, , PUNCT punct 12
a o DET det 12
Feira Feira PROPN obj 2
. . PUNCT punct 2
"""
    assert pairs(facts(nlp, promoted, [("ORG", 1, 2), ("LOC", 8, 10), ("EVENT", 12, 13)])) >= {("AACD", "rel:promover", "Feira")}


JOINED = """
Vieira Vieira PROPN nsubj 1
entrou entrar VERB ROOT 1
para para ADP case 4
a o DET det 4
{name} {name} PROPN obl 1
. . PUNCT punct 1
"""


@pytest.mark.parametrize("name", ["Congregação", "Ordem", "Museu", "Universidade", "Comitê", "Empresa", "Município", "Comarca"])
def test_a_lone_common_noun_of_an_institution_is_no_argument(nlp, name: str) -> None:
    """``Vieira entrou para a Congregação``: one capitalized common noun of an institution, no
    acronym nor proper noun after it, names no institution in particular (issue 20, seed-157
    sample: bare ``Museu``, ``Ordem``, ``Congregação``), nor does one of a country's division
    (P58a: ``O Município dispõe de``, ``sede de uma Comarca``); a name of its own stays (``a
    Unicamp``)."""
    ents = [("PER", 0, 1), ("ORG", 4, 5)]
    assert pairs(facts(nlp, JOINED.format(name=name), ents)) == set()
    assert pairs(facts(nlp, JOINED.format(name="Unicamp"), ents))


def test_a_lone_institution_word_stays_where_the_document_names_it_in_full() -> None:
    """``o Museu da Lourinhã ... o Museu``: the document names the museum in full, and the word
    alone is that one; a one-of-a-kind body of a country (``o Congresso``) is a name anyway."""
    from teia.extract.relations.gates import named_entities
    from teia.extract.relations.mapping import default_mapping
    from teia.records import Entity, Mention

    def entity(i: str, text: str) -> Entity:
        return Entity(i, text, "ORG", mentions=(Mention("d", 0, len(text), text, "ORG"),))

    mapping = default_mapping()
    museu, congresso, lourinha = entity("e1", "Museu"), entity("e2", "Congresso"), entity("e3", "Museu da Lourinhã")
    assert named_entities([museu, congresso], mapping) == {"e2"}
    assert named_entities([museu, congresso, lourinha], mapping) == {"e1", "e2", "e3"}



RISES = """
O o DET det 2
{first} {first_lemma} {first_pos} nsubj 3
Itapemirim Itapemirim PROPN {second_dep} 1
nasce nascer VERB ROOT 3
na em_o ADP case 5
Serra Serra PROPN obl 3
do de_o ADP case 7
Caparaó Caparaó PROPN nmod 5
. . PUNCT punct 3
"""

PERSON_ONLY = frozenset(p for p, (domain, _) in property_classes().items() if domain == "Person")


@pytest.mark.parametrize(
    ("first", "first_pos", "born"),
    [
        ("rio", "NOUN", False),  # a noun of a place opens the name the NER typed a person
        ("Rio", "PROPN", False),
        ("João", "PROPN", True),  # no noun of a place: the person's frame holds
    ],
)
def test_a_place_that_rises_somewhere_is_not_born_there(nlp, first: str, first_pos: str, born: bool) -> None:
    """``O rio Itapemirim nasce na Serra do Caparaó``: a river the NER typed a person takes no
    ``bornIn``, nor any person-only property; a person named alike still does."""
    dep = "flat:name" if first_pos == "PROPN" else "nmod"
    lemma = first if first_pos == "PROPN" else first.lower()
    table = RISES.format(first=first, first_lemma=lemma, first_pos=first_pos, second_dep=dep)
    found = pairs(facts(nlp, table, [("PER", 1, 3), ("LOC", 5, 8)]))
    assert "bornIn" in PERSON_ONLY
    assert ((f"{first} Itapemirim", "bornIn", "Serra do Caparaó") in found) is born
    if not born:
        assert not any(p in PERSON_ONLY for _, p, _ in found)


RISES_ONE = """
O o DET det 1
{name} {name} PROPN nsubj 2
nasce nascer VERB ROOT 2
nos em_o ADP case 4
Andes Andes PROPN obl 2
. . PUNCT punct 2
"""


@pytest.mark.parametrize(("name", "born"), [("Amazonas", False), ("Itapemirim", True)])
def test_a_name_the_name_lists_give_a_place_is_not_born(nlp, name: str, born: bool) -> None:
    """``O Amazonas nasce nos Andes``: a name the shipped lists give a place takes no ``bornIn``
    whatever the NER typed it; a name they lack keeps it (nothing says it is no person)."""
    found = pairs(facts(nlp, RISES_ONE.format(name=name), [("PER", 1, 2), ("LOC", 4, 5)]))
    assert ((name, "bornIn", "Andes") in found) is born
