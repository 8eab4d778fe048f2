"""Relations in news constructions (issue 20): a state code in brackets (``Goiânia (GO)``), a
place nested through a part of another (``Itatiba, no interior de São Paulo``), a role and its
body before the person (``o presidente da CPI, senador Amir Lando``) and the news roles of the
mapping (``prefeito``, ``senador``...).

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import json

import pytest
from handparse import relations_pipeline, table_doc, table_facts
from spacy.tokens import Doc

from teia.errors import InputError
from teia.extract.entities import find_alias_links, spans_to_mentions
from teia.extract.regions import load_regions, qualifies


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


def make_doc(nlp, table: str, ents: list[tuple[str, int, int]]) -> Doc:
    return table_doc(nlp, table, ents, "news.txt", run=False)


facts = table_facts


# --- state codes ----------------------------------------------------------------------------

GOIANIA = """
A a DET det 1
feira feira NOUN nsubj 2
será ser AUX aux 3
realizada realizar VERB ROOT 3
em em ADP case 5
Goiânia Goiânia PROPN obl 3
( ( PUNCT punct 7
GO GO PROPN appos 5
) ) PUNCT punct 7
. . PUNCT punct 3
"""


def test_a_state_code_after_a_city_is_a_place_of_its_own_not_an_alias(nlp) -> None:
    doc = make_doc(nlp, GOIANIA, [("LOC", 5, 6)])
    new, links = find_alias_links(doc, spans_to_mentions(doc.ents, "news.txt"), "news.txt")
    assert links == []
    # the code the NER missed becomes a place (not a second name of Goiânia)
    assert [(m.text, m.category) for m in new] == [("GO", "LOC")]


GOIAS = """
Goiás Goiás PROPN nsubj 4
( ( PUNCT punct 2
GO GO PROPN appos 0
) ) PUNCT punct 2
cresceu crescer VERB ROOT 4
. . PUNCT punct 4
"""


def test_a_state_code_after_the_state_itself_stays_an_alias(nlp) -> None:
    assert qualifies("Goiânia", "GO", load_regions())
    assert not qualifies("Goiás", "GO", load_regions())
    assert not qualifies("Partido dos Trabalhadores", "PT", load_regions())  # not a state code
    doc = make_doc(nlp, GOIAS, [("LOC", 0, 1)])
    _, links = find_alias_links(doc, spans_to_mentions(doc.ents, "news.txt"), "news.txt")
    assert [(a.text, b.text) for a, b in links] == [("Goiás", "GO")]


def test_a_city_in_brackets_with_its_state_code_is_part_of_the_state(nlp) -> None:
    assert ("Goiânia", "partOf", "GO", "surface-nesting") in facts(nlp, GOIANIA, [("LOC", 5, 6), ("LOC", 7, 8)])


def test_region_lexicon_errors_name_the_file(tmp_path) -> None:
    bad = tmp_path / "regions.json"
    bad.write_text(json.dumps({"codes": {"GO": ""}, "areas": ["interior"]}), encoding="utf-8")
    with pytest.raises(InputError, match="regions.json.*'codes'"):
        load_regions(str(bad))
    bad.write_text(json.dumps({"codes": {"GO": "Goiás"}, "areas": "interior"}), encoding="utf-8")
    with pytest.raises(InputError, match="'areas'"):
        load_regions(str(bad))
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(InputError, match="regions.json:1: the region lexicon is not valid JSON"):
        load_regions(str(bad))
    with pytest.raises(InputError, match="no such region lexicon"):
        load_regions(str(tmp_path / "missing.json"))


def test_area_levels_are_lists_of_words_each_on_one_level(tmp_path) -> None:
    path = tmp_path / "regions.json"
    base = {"codes": {"GO": "Goiás"}, "areas": ["interior"]}
    path.write_text(json.dumps({**base, "area_levels": [["estado"], ["condado", "Estado"]]}), encoding="utf-8")
    with pytest.raises(InputError, match="regions.json: 'area_levels': 'Estado' is on two levels"):
        load_regions(str(path))
    path.write_text(json.dumps({**base, "area_levels": ["estado", "condado"]}), encoding="utf-8")
    with pytest.raises(InputError, match="regions.json: 'area_levels' must be a list of lists"):
        load_regions(str(path))
    good = tmp_path / "levels.json"  # load_regions keeps what it read of a path
    good.write_text(json.dumps({**base, "area_levels": [["estado"], ["condado", "distrito"]]}), encoding="utf-8")
    assert load_regions(str(good)).levels == {"estado": 0, "condado": 1, "distrito": 1}
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(base), encoding="utf-8")
    assert load_regions(str(plain)).levels == {}  # optional in a user's file


# --- a place nested through a part of another -------------------------------------------------

INTERIOR = """
A a DET det 1
fábrica fábrica NOUN nsubj 2
fica ficar VERB ROOT 2
em em ADP case 4
Itatiba Itatiba PROPN obl 2
, , PUNCT punct 7
no em_o ADP case 7
interior interior NOUN obl 2
de de ADP case 9
São São PROPN nmod 7
Paulo Paulo PROPN flat:name 9
. . PUNCT punct 2
"""


def test_a_place_in_the_interior_of_another_is_located_in_it(nlp) -> None:
    found = facts(nlp, INTERIOR, [("LOC", 4, 5), ("LOC", 9, 11)])
    assert ("Itatiba", "locatedIn", "São Paulo", "area-nesting") in found


def test_an_area_noun_takes_a_modifier_of_the_lexicon_before_its_de(nlp) -> None:
    # "A fábrica fica em Itatiba, no interior sudeste de São Paulo.": ``sudeste`` is one of
    # regions.json's area_modifiers, read after the area noun as ``metropolitana`` is
    table = INTERIOR.replace("interior interior NOUN obl 2\n", "interior interior NOUN obl 2\nsudeste sudeste ADJ amod 7\n")
    table = table.replace("de de ADP case 9", "de de ADP case 10").replace("Paulo Paulo PROPN flat:name 9", "Paulo Paulo PROPN flat:name 10")
    found = facts(nlp, table, [("LOC", 4, 5), ("LOC", 10, 12)])
    assert ("Itatiba", "locatedIn", "São Paulo", "area-nesting") in found
    assert "sudeste" in load_regions().modifiers


def test_area_modifiers_are_lower_case_words(tmp_path) -> None:
    path = tmp_path / "modifiers.json"
    base = {"codes": {"GO": "Goiás"}, "areas": ["zona"]}
    path.write_text(json.dumps({**base, "area_modifiers": ["norte", "Sul"]}), encoding="utf-8")
    with pytest.raises(InputError, match="modifiers.json: 'area_modifiers' must be a list of lower-case words"):
        load_regions(str(path))
    good = tmp_path / "good.json"
    good.write_text(json.dumps({**base, "area_modifiers": [" norte"]}), encoding="utf-8")
    assert load_regions(str(good)).modifiers == frozenset({"norte"})
    plain = tmp_path / "plain.json"
    plain.write_text(json.dumps(base), encoding="utf-8")
    assert load_regions(str(plain)).modifiers == frozenset()  # optional in a user's file


def test_an_organization_in_a_region_has_its_seat_there(nlp) -> None:
    table = INTERIOR.replace("Itatiba Itatiba PROPN", "Embraer Embraer PROPN")
    assert ("Embraer", "headquarteredIn", "São Paulo", "area-nesting") in facts(nlp, table, [("ORG", 4, 5), ("LOC", 9, 11)])


# "Pellston é uma vila localizada no estado de Michigan, no Condado de Emmet."
COUNTY = """
Pellston Pellston PROPN nsubj 3
é ser AUX cop 3
uma um DET det 3
vila vila NOUN ROOT 3
localizada localizar VERB acl 3
no em_o ADP case 6
estado estado NOUN obl 4
de de ADP case 8
Michigan Michigan PROPN nmod 6
, , PUNCT punct 11
no em_o ADP case 11
Condado Condado PROPN obl 4
de de ADP case 13
Emmet Emmet PROPN flat:name 11
. . PUNCT punct 3
"""
COUNTY_ENTS = [("LOC", 0, 1), ("LOC", 8, 9), ("LOC", 11, 14)]


def test_a_county_named_after_its_state_is_in_the_state_not_the_state_in_it(nlp) -> None:
    found = facts(nlp, COUNTY, COUNTY_ENTS)
    assert ("Condado de Emmet", "locatedIn", "Michigan", "surface-nesting") in found
    assert not any(s == "Michigan" and o == "Condado de Emmet" for s, _, o, _ in found)


def test_a_microregion_named_after_its_state_is_in_the_state(nlp) -> None:
    # "Monte Sião é uma cidade do estado de Minas Gerais, na microrregião de Poços de Caldas":
    # Brazil's microrregião is below the estado (area_levels); it gave "Minas Gerais locatedIn
    # microrregião de Poços de Caldas"
    table = """
Monte Monte PROPN nsubj 4
Sião Sião PROPN flat:name 0
é ser AUX cop 4
uma um DET det 4
cidade cidade NOUN ROOT 4
do de_o ADP case 6
estado estado NOUN nmod 4
de de ADP case 8
Minas Minas PROPN nmod 6
Gerais Gerais PROPN flat:name 8
, , PUNCT punct 12
na em_a ADP case 12
microrregião microrregião NOUN nmod 6
de de ADP case 14
Poços Poços PROPN nmod 12
de de ADP case 16
Caldas Caldas PROPN flat:name 14
. . PUNCT punct 4
"""
    found = facts(nlp, table, [("LOC", 0, 2), ("LOC", 8, 10), ("LOC", 12, 17)])
    assert ("microrregião de Poços de Caldas", "locatedIn", "Minas Gerais", "surface-nesting") in found
    assert not any(s == "Minas Gerais" and o == "microrregião de Poços de Caldas" for s, _, o, _ in found)


def test_a_county_named_before_its_state_stays_in_it(nlp) -> None:
    # "... no Condado de Emmet, no estado de Michigan": as read
    table = """
Pellston Pellston PROPN nsubj 3
é ser AUX cop 3
uma um DET det 3
vila vila NOUN ROOT 3
localizada localizar VERB acl 3
no em_o ADP case 6
Condado Condado PROPN obl 4
de de ADP case 8
Emmet Emmet PROPN flat:name 6
, , PUNCT punct 11
no em_o ADP case 11
estado estado NOUN obl 4
de de ADP case 13
Michigan Michigan PROPN nmod 11
. . PUNCT punct 3
"""
    found = facts(nlp, table, [("LOC", 0, 1), ("LOC", 6, 9), ("LOC", 13, 14)])
    assert ("Condado de Emmet", "locatedIn", "Michigan", "area-nesting") in found
    assert not any(s == "Michigan" and o == "Condado de Emmet" for s, _, o, _ in found)


def test_a_province_named_after_its_region_is_part_of_it(nlp) -> None:
    # "Itala é uma comuna da região da Sicília, província de Messina." (a comma alone: partOf)
    table = """
Itala Itala PROPN nsubj 3
é ser AUX cop 3
uma um DET det 3
comuna comuna NOUN ROOT 3
da de_a ADP case 5
região região NOUN nmod 3
da de_a ADP case 7
Sicília Sicília PROPN nmod 5
, , PUNCT punct 9
província província NOUN appos 7
de de ADP case 11
Messina Messina PROPN nmod 9
. . PUNCT punct 3
"""
    found = facts(nlp, table, [("LOC", 0, 1), ("LOC", 7, 8), ("LOC", 9, 12)])
    assert ("província de Messina", "partOf", "Sicília", "surface-nesting") in found
    assert not any(s == "Sicília" and o == "província de Messina" for s, _, o, _ in found)


# "Stroncone é uma comuna da região da Umbria, província de Terni.": the province's noun in
# apposition to the region's name (appos-title, the noun's own partOf frame)
UMBRIA = """
Stroncone Stroncone PROPN nsubj 3
é ser AUX cop 3
uma um DET det 3
comuna comuna NOUN ROOT 3
da de_a ADP case 5
região região NOUN nmod 3
da de_a ADP case 7
Umbria Umbria PROPN nmod 5
, , PUNCT punct 9
província província NOUN appos 7
de de ADP case 11
Terni Terni PROPN nmod 9
. . PUNCT punct 3
"""


def test_a_province_in_apposition_to_its_region_is_part_of_it(nlp) -> None:
    found = facts(nlp, UMBRIA, [("LOC", 0, 1), ("LOC", 7, 8), ("LOC", 11, 12)])
    assert ("Terni", "partOf", "Umbria", "appos-title") in found
    assert not any(s == "Umbria" and o == "Terni" for s, _, o, _ in found)


def test_a_region_in_apposition_to_its_province_holds_it(nlp) -> None:
    # "... da província de Umbria, região de Terni": as read, the province is in the region
    table = UMBRIA.replace("região região NOUN", "província província NOUN").replace("província província NOUN appos", "região região NOUN appos")
    found = facts(nlp, table, [("LOC", 0, 1), ("LOC", 7, 8), ("LOC", 11, 12)])
    assert ("Umbria", "partOf", "Terni", "appos-title") in found
    assert not any(s == "Terni" and o == "Umbria" for s, _, o, _ in found)


# "Em 1935, em Nova York, Balanchine já corria pela cidade." (the NER typed Balanchine a place)
FRONTED = """
Em em ADP case 1
1935 1935 NUM obl 9
, , PUNCT punct 1
em em ADP case 4
Nova Nova PROPN obl 9
York York PROPN flat:name 4
, , PUNCT punct 4
Balanchine Balanchine PROPN nsubj 9
já já ADV advmod 9
corria correr VERB ROOT 9
pela por_a ADP case 11
cidade cidade NOUN obl 9
. . PUNCT punct 9
"""


def test_a_fronted_place_is_not_nested_in_the_subject_after_its_comma(nlp) -> None:
    found = facts(nlp, FRONTED, [("LOC", 4, 6), ("LOC", 7, 8)])
    assert not any(rule == "surface-nesting" for *_, rule in found)


def test_a_place_after_a_place_is_still_nested_in_it(nlp) -> None:
    # "em Nova York, Estados Unidos, X corria": the second place is no subject
    table = FRONTED.replace("Balanchine Balanchine PROPN nsubj 9", "EUA EUA PROPN appos 4")
    assert ("Nova York", "partOf", "EUA", "surface-nesting") in facts(nlp, table, [("LOC", 4, 6), ("LOC", 7, 8)])


def test_two_divisions_of_one_level_nest_neither_way(nlp) -> None:
    # "no departamento de La Paz, na província de Inquisivi": a department holds provinces in
    # Bolivia, a province departments in Argentina
    table = COUNTY.replace("estado estado NOUN", "departamento departamento NOUN").replace("Condado Condado PROPN", "Província Província PROPN")
    found = facts(nlp, table, COUNTY_ENTS)
    assert not any({s, o} == {"Michigan", "Província de Emmet"} for s, _, o, _ in found)


def test_a_county_written_in_lower_case_after_its_state_is_in_it(nlp) -> None:
    # "no Estado de Michigan, no condado de Emmet": the county's noun outside its name
    table = COUNTY.replace("Condado Condado PROPN", "condado condado NOUN").replace("estado estado NOUN", "Estado estado PROPN")
    found = facts(nlp, table, [("LOC", 0, 1), ("LOC", 6, 9), ("LOC", 13, 14)])
    assert ("Emmet", "locatedIn", "Estado de Michigan", "area-nesting") in found
    assert not any(s == "Estado de Michigan" and o == "Emmet" for s, _, o, _ in found)


def test_a_noun_that_is_no_area_nests_nothing(nlp) -> None:
    # "em Itatiba, na fábrica de São Paulo": a factory is not a part of a place
    table = INTERIOR.replace("no em_o ADP case 7\ninterior interior", "na em_a ADP case 7\nfábrica fábrica")
    assert not any(rule == "area-nesting" for *_, rule in facts(nlp, table, [("LOC", 4, 5), ("LOC", 9, 11)]))


# --- a role with its body, then the person ----------------------------------------------------

CPI = """
O o DET det 1
presidente presidente NOUN nsubj 9
da de_a ADP case 3
CPI CPI PROPN nmod 1
, , PUNCT punct 5
senador senador NOUN appos 3
Amir Amir PROPN appos 5
Lando Lando PROPN flat:name 6
, , PUNCT punct 5
leu ler VERB ROOT 9
o o DET det 11
relatório relatório NOUN obj 9
. . PUNCT punct 9
"""


def test_a_role_before_the_title_and_the_name_relates_the_person_to_the_body(nlp) -> None:
    # the parser hung "senador Amir Lando" on "CPI", not on "presidente"
    assert ("Amir Lando", "led", "CPI", "role-name") in facts(nlp, CPI, [("ORG", 3, 4), ("PER", 6, 8)])


SEGUNDO = """
Segundo segundo ADP case 2
o o DET det 2
presidente presidente NOUN obl 9
da de_a ADP case 4
CPI CPI PROPN nmod 2
, , PUNCT punct 2
Amir Amir PROPN nsubj 9
Lando Lando PROPN flat:name 6
vai ir AUX aux 9
votar votar VERB ROOT 9
. . PUNCT punct 9
"""


def test_the_subject_of_the_next_clause_is_not_the_role_holder(nlp) -> None:
    # "Segundo o presidente da CPI, Amir Lando vai votar": Amir Lando is not said to preside it
    assert not any(p == "led" for _, p, _, _ in facts(nlp, SEGUNDO, [("ORG", 4, 5), ("PER", 6, 8)]))


def test_a_verb_between_the_role_and_the_name_stops_the_rule(nlp) -> None:
    table = CPI.replace("senador senador NOUN appos 3", "disse dizer VERB parataxis 9")
    assert not any(rule == "role-name" for *_, rule in facts(nlp, table, [("ORG", 3, 4), ("PER", 6, 8)]))


COMMISSION = """
O o DET det 1
presidente presidente NOUN nsubj 12
da de_a ADP case 3
Comissão comissão NOUN nmod 1
Técnica Técnica PROPN flat:name 3
de de ADP case 6
Pecuária Pecuária PROPN nmod 3
Leiteira Leiteira PROPN flat:name 6
, , PUNCT punct 9
Nelson Nelson PROPN conj 3
Nicolau Nicolau PROPN flat:name 9
, , PUNCT punct 9
afirma afirmar VERB ROOT 12
. . PUNCT punct 12
"""


def test_a_name_parsed_as_a_conjunct_of_the_body_is_the_role_holder(nlp) -> None:
    """The parser made ``Nelson Nicolau`` a conjunct of ``Comissão`` (no ``e`` of its own), and the
    body's argument token is ``Pecuária``, inside its name; an ``e`` makes it a list again."""
    ents = [("ORG", 3, 8), ("PER", 9, 11)]
    assert ("Nelson Nicolau", "led", "Comissão Técnica de Pecuária Leiteira", "role-name") in facts(nlp, COMMISSION, ents)
    listed = COMMISSION.replace(", , PUNCT punct 9\nNelson", "e e CCONJ cc 9\nNelson")
    assert not any(rule == "role-name" for *_, rule in facts(nlp, listed, ents))


def test_a_name_closed_by_a_comma_is_the_role_holder_even_as_a_subject(nlp) -> None:
    """``O candidato do PT, Lula, desde já trabalha``: the parser made the name the subject, but a
    comma closes the apposition (``Segundo o presidente da CPI, Amir Lando vai votar``: none)."""
    table = """
O o DET det 1
candidato candidato NOUN dep 8
do de_o ADP case 3
PT PT PROPN nmod 1
, , PUNCT punct 5
Lula Lula PROPN nsubj 8
, , PUNCT punct 5
desde desde ADV advmod 8
trabalha trabalhar VERB ROOT 8
. . PUNCT punct 8
"""
    ents = [("ORG", 3, 4), ("PER", 5, 6)]
    assert ("Lula", "memberOf", "PT", "role-name") in facts(nlp, table, ents)
    unclosed = table.replace(", , PUNCT punct 5\ndesde", "ontem ontem ADV advmod 8\ndesde")
    assert not any(rule == "role-name" for *_, rule in facts(nlp, unclosed, ents))


# --- the news roles of the mapping ---------------------------------------------------------------

MALUF = """
Paulo Paulo PROPN nsubj 7
Maluf Maluf PROPN flat:name 0
, , PUNCT punct 3
prefeito prefeito NOUN appos 0
de de ADP case 5
São São PROPN nmod 3
Paulo Paulo PROPN flat:name 5
visitou visitar VERB ROOT 7
a a DET det 9
feira feira NOUN obj 7
. . PUNCT punct 7
"""


def test_a_mayor_is_a_key_person_of_the_city(nlp) -> None:
    assert ("Paulo Maluf", "keyPersonOf", "São Paulo", "appos-title") in facts(nlp, MALUF, [("PER", 0, 2), ("LOC", 5, 7)])


def test_a_senator_of_a_party_is_a_member_of_it(nlp) -> None:
    table = MALUF.replace("prefeito prefeito", "senador senador").replace("de de ADP case 5\nSão São PROPN nmod 3\nPaulo Paulo PROPN flat:name 5", "do de_o ADP case 5\nPMDB PMDB PROPN nmod 3\nhoje hoje ADV advmod 7")
    found = facts(nlp, table, [("PER", 0, 2), ("ORG", 5, 6)])
    assert ("Paulo Maluf", "memberOf", "PMDB", "appos-title") in found
    # a place is no party: the role stays an open relation there
    found = facts(nlp, MALUF.replace("prefeito prefeito", "senador senador"), [("PER", 0, 2), ("LOC", 5, 7)])
    assert not any(p == "memberOf" for _, p, _, _ in found)


# --- a personal pronoun as the subject ----------------------------------------------------------

PRONOUN = """
Lula Lula PROPN nsubj 1
nasceu nascer VERB ROOT 1
em em ADP case 3
Garanhuns Garanhuns PROPN obl 1
. . PUNCT punct 1
Ele ele PRON nsubj 6
fundou fundar VERB ROOT 6
o o DET det 8
PT PT PROPN obj 6
e e CCONJ cc 10
trabalhou trabalhar VERB conj 6
na em_a ADP case 12
Villares Villares PROPN obl 10
. . PUNCT punct 6
"""


def test_a_pronoun_subject_is_the_discourse_topic(nlp) -> None:
    found = facts(nlp, PRONOUN, [("PER", 0, 1), ("LOC", 3, 4), ("ORG", 8, 9), ("ORG", 12, 13)])
    assert ("Lula", "founded", "PT", "svo-active+pronoun") in found
    # the coordinated verb shares the pronoun, and so the topic
    assert ("Lula", "affiliatedWith", "Villares", "conj-shared+pronoun") in found


def test_a_plural_pronoun_or_no_person_before_relates_nothing(nlp) -> None:
    plural = PRONOUN.replace("Ele ele PRON", "Eles eles PRON")
    assert not any(rule.endswith("+pronoun") for *_, rule in facts(nlp, plural, [("PER", 0, 1), ("LOC", 3, 4), ("ORG", 8, 9), ("ORG", 12, 13)]))
    # the first sentence's subject is a place: there is no topic to read the pronoun as
    assert not any(rule.endswith("+pronoun") for *_, rule in facts(nlp, PRONOUN, [("LOC", 0, 1), ("LOC", 3, 4), ("ORG", 8, 9), ("ORG", 12, 13)]))


def test_another_person_named_after_the_topic_blocks_the_pronoun(nlp) -> None:
    # "Lula encontrou Sarney. Ele fundou o PT": "ele" may be either
    table = PRONOUN.replace("nasceu nascer VERB ROOT 1\nem em ADP case 3\nGaranhuns Garanhuns PROPN obl 1", "encontrou encontrar VERB ROOT 1\no o DET det 3\nSarney Sarney PROPN obj 1")
    found = facts(nlp, table, [("PER", 0, 1), ("PER", 3, 4), ("ORG", 8, 9), ("ORG", 12, 13)])
    assert not any(rule.endswith("+pronoun") for *_, rule in found)


def test_ela_needs_a_topic_that_reads_as_a_woman(nlp) -> None:
    ela = PRONOUN.replace("Ele ele PRON", "Ela ela PRON")
    ents = [("PER", 0, 1), ("LOC", 3, 4), ("ORG", 8, 9), ("ORG", 12, 13)]
    # "Pedro ... Ela fundou": not him ("Lula", ending in "a", would pass: a heuristic)
    assert not any(rule.endswith("+pronoun") for *_, rule in facts(nlp, ela.replace("Lula Lula PROPN", "Pedro Pedro PROPN"), ents))
    found = facts(nlp, ela.replace("Lula Lula PROPN", "Marisa Marisa PROPN"), ents)
    assert ("Marisa", "founded", "PT", "svo-active+pronoun") in found


# --- birth and death places in brackets ------------------------------------------------------------

LIFESPAN = """
Fernando Fernando PROPN nsubj 16
Pessoa Pessoa PROPN flat:name 0
( ( PUNCT punct 3
Lisboa Lisboa PROPN appos 0
, , PUNCT punct 5
13 13 NUM nmod 3
de de ADP case 7
junho junho NOUN nmod 5
de de ADP case 9
1888 1888 NUM nmod 7
— — PUNCT punct 11
Porto Porto PROPN appos 3
, , PUNCT punct 13
1935 1935 NUM nmod 11
) ) PUNCT punct 3
foi ser AUX cop 16
poeta poeta NOUN ROOT 16
. . PUNCT punct 16
"""


def test_a_lifespan_bracket_gives_the_birth_and_death_places(nlp) -> None:
    found = facts(nlp, LIFESPAN, [("PER", 0, 2), ("LOC", 3, 4), ("LOC", 11, 12)])
    assert ("Fernando Pessoa", "bornIn", "Lisboa", "lifespan") in found
    assert ("Fernando Pessoa", "diedIn", "Porto", "lifespan") in found
    # not a nationality, and the birthplace is not part of the place of death
    assert {p for _, p, _, _ in found} == {"bornIn", "diedIn"}


def test_a_bracket_without_a_year_is_no_lifespan(nlp) -> None:
    # "Fernando Pessoa (Lisboa) foi poeta": a place in brackets, read by the nesting rule
    table = "\n".join(line for k, line in enumerate(LIFESPAN.strip().splitlines()) if not 4 <= k <= 13)
    table = table.replace("foi ser AUX cop 16", "foi ser AUX cop 6").replace("poeta poeta NOUN ROOT 16", "poeta poeta NOUN ROOT 6")
    table = table.replace("Fernando Fernando PROPN nsubj 16", "Fernando Fernando PROPN nsubj 6").replace(". . PUNCT punct 16", ". . PUNCT punct 6").replace(") ) PUNCT punct 3", ") ) PUNCT punct 3")
    found = facts(nlp, table, [("PER", 0, 2), ("LOC", 3, 4)])
    assert not any(rule == "lifespan" for *_, rule in found)
    # and a town in a person's bracket is no nationality (issue 20, 20a: demonyms.town_for_nationality)
    assert not any(p == "nationality" for _, p, _, _ in found)


# "Sky Ferreira (Los Angeles, Califórnia, 8 de julho de 1992) é cantora."
REGION_LIFESPAN = """
Sky Sky PROPN nsubj 16
Ferreira Ferreira PROPN flat:name 0
( ( PUNCT punct 3
Los Los PROPN appos 0
Angeles Angeles PROPN flat:name 3
, , PUNCT punct 6
Califórnia Califórnia PROPN appos 3
, , PUNCT punct 8
8 8 NUM nmod 3
de de ADP case 10
julho julho NOUN nmod 8
de de ADP case 12
1992 1992 NUM nmod 10
) ) PUNCT punct 3
é ser AUX cop 16
uma um DET det 16
cantora cantora NOUN ROOT 16
. . PUNCT punct 16
"""


def test_a_lifespan_may_name_the_region_after_the_birthplace(nlp) -> None:
    found = facts(nlp, REGION_LIFESPAN, [("PER", 0, 2), ("LOC", 3, 5), ("LOC", 6, 7)])
    assert ("Sky Ferreira", "bornIn", "Los Angeles", "lifespan") in found
    assert not any(p == "nationality" for _, p, _, _ in found)


# "Franz Reuleaux (Eschweiler (Renânia), 30 de setembro de 1829 — Charlottenburg, 20 de agosto
# de 1905) foi engenheiro.": the birthplace written as its Wikipedia title, with its bracket
TITLED_LIFESPAN = """
Franz Franz PROPN nsubj 23
Reuleaux Reuleaux PROPN flat:name 0
( ( PUNCT punct 3
Eschweiler Eschweiler PROPN appos 0
( ( PUNCT punct 5
Renânia Renânia PROPN appos 3
) ) PUNCT punct 5
, , PUNCT punct 8
30 30 NUM nmod 3
de de ADP case 10
setembro setembro NOUN nmod 8
de de ADP case 12
1829 1829 NUM nmod 10
— — PUNCT punct 14
Charlottenburg Charlottenburg PROPN appos 3
, , PUNCT punct 16
20 20 NUM nmod 14
de de ADP case 18
agosto agosto NOUN nmod 16
de de ADP case 20
1905 1905 NUM nmod 18
) ) PUNCT punct 3
foi ser AUX cop 23
engenheiro engenheiro NOUN ROOT 23
. . PUNCT punct 23
"""


def test_a_lifespan_place_may_keep_its_titles_bracket(nlp) -> None:
    # issue 17 (26a): the bracket of "Eschweiler (Renânia)" hid the lifespan from its reader
    found = facts(nlp, TITLED_LIFESPAN, [("PER", 0, 2), ("LOC", 3, 4), ("LOC", 5, 6), ("LOC", 14, 15)])
    assert ("Franz Reuleaux", "bornIn", "Eschweiler", "lifespan") in found
    assert ("Franz Reuleaux", "diedIn", "Charlottenburg", "lifespan") in found
    # the place of death is no part of the birthplace's region, nor the person of a place
    assert not any(p in ("partOf", "locatedIn") and s != "Eschweiler" for s, p, _, _ in found)


def test_a_dated_bracket_is_a_lifespan_whatever_the_name_was_typed(nlp) -> None:
    # "Lima (Monte Alegre, 11 de agosto de 1983)": the NER typed the footballer a place
    found = facts(nlp, REGION_LIFESPAN, [("LOC", 0, 2), ("LOC", 3, 5), ("LOC", 6, 7)])
    assert not any(s == "Sky Ferreira" for s, _, _, _ in found)


def test_a_death_date_without_its_place_still_makes_a_lifespan(nlp) -> None:
    # "Francisco Reis (Juiz de Fora, 1937 — 24 de novembro de 2010) foi professor."
    table = """
Francisco Francisco PROPN nsubj 16
Reis Reis PROPN flat:name 0
( ( PUNCT punct 3
Juiz Juiz PROPN appos 0
de de ADP case 5
Fora Fora PROPN nmod 3
, , PUNCT punct 7
1937 1937 NUM nmod 3
— — PUNCT punct 9
24 24 NUM nmod 3
de de ADP case 11
novembro novembro NOUN nmod 9
de de ADP case 13
2010 2010 NUM nmod 11
) ) PUNCT punct 3
foi ser AUX cop 16
professor professor NOUN ROOT 16
"""
    found = facts(nlp, table, [("PER", 0, 2), ("LOC", 3, 6)])
    assert ("Francisco Reis", "bornIn", "Juiz de Fora", "lifespan") in found
    assert not any(p == "nationality" for _, p, _, _ in found)


# "Ele leu Roughing It, de Mark Twain (Signet, 1987)."
EDITION = """
Ele ele PRON nsubj 1
leu ler VERB ROOT 1
Roughing Roughing PROPN obj 1
It It PROPN flat:name 2
, , PUNCT punct 6
de de ADP case 6
{first} {first} PROPN nmod 2
{last} {last} PROPN flat:name 6
( ( PUNCT punct 9
{place} {place} PROPN appos 6
, , PUNCT punct 11
1987 1987 NUM nmod 9
) ) PUNCT punct 9
. . PUNCT punct 1
"""


def test_a_publisher_and_a_year_after_an_authors_name_is_no_lifespan(nlp) -> None:
    table = EDITION.format(first="Mark", last="Twain", place="Signet")
    found = facts(nlp, table, [("MISC", 2, 4), ("PER", 6, 8), ("LOC", 9, 10)])
    assert not any(o == "Signet" for _, _, o, _ in found)


def test_a_birthplace_and_a_year_after_a_name_not_an_authors_is_a_lifespan(nlp) -> None:
    table = EDITION.format(first="Mark", last="Twain", place="Florida").replace(", , PUNCT punct 6\nde de ADP case 6", "e e CCONJ cc 6\ncom com ADP case 6")
    found = facts(nlp, table, [("MISC", 2, 4), ("PER", 6, 8), ("LOC", 9, 10)])
    assert ("Mark Twain", "bornIn", "Florida", "lifespan") in found


SPOKESWOMAN = """
a o DET det 1
porta-voz porta-voz NOUN nsubj 9
do de_o ADP case 3
conselho conselho NOUN nmod 1
diretor diretor ADJ amod 3
, , PUNCT punct 6
Ana Ana PROPN appos 1
Lima Lima PROPN flat:name 6
, , PUNCT punct 6
falou falar VERB ROOT 9
. . PUNCT punct 9
"""


def test_a_news_role_of_an_unnamed_body_makes_the_body_an_organization(nlp) -> None:
    # "porta-voz" is a role of the mapping (keyPersonOf): its unit phrase becomes an entity
    assert ("Ana Lima", "keyPersonOf", "conselho diretor", "appos-title") in facts(nlp, SPOKESWOMAN, [("PER", 6, 8)])


# --- the head of a part of an organization (issue 20, eleventh pass) -------------------------

DEPARTMENT_HEAD = """
diz dizer VERB ROOT 0
Walter Walter PROPN nsubj 0
Brasil Brasil PROPN flat:name 1
, , PUNCT punct 4
diretor diretor NOUN appos 1
de de ADP case 6
investimentos investimento NOUN nmod 4
do de_o ADP case 8
Unibanco Unibanco PROPN nmod 6
. . PUNCT punct 0
"""

HEAD_OF_STATE = """
o o DET det 1
chefe chefe NOUN nsubj 10
de de ADP case 3
Estado Estado NOUN nmod 1
da de_a ADP case 5
Polônia Polônia PROPN nmod 3
, , PUNCT punct 7
Lech Lech PROPN appos 1
Walesa Walesa PROPN flat:name 7
, , PUNCT punct 7
chegou chegar VERB ROOT 10
. . PUNCT punct 10
"""

PART_OF_A_PLACE = """
o o DET det 1
diretor diretor NOUN nsubj 10
da de_a ADP case 3
sucursal sucursal NOUN nmod 1
de de ADP case 5
Brasília Brasília PROPN nmod 3
, , PUNCT punct 7
Gilberto Gilberto PROPN appos 1
Dimenstein Dimenstein PROPN flat:name 7
, , PUNCT punct 7
falou falar VERB ROOT 10
. . PUNCT punct 10
"""

CLASSIFIER = """
o o DET det 1
presidente presidente NOUN nsubj 9
da de_a ADP case 3
empresa empresa NOUN nmod 1
Varig Varig PROPN appos 3
, , PUNCT punct 6
Rubel Rubel PROPN appos 1
Thomas Thomas PROPN flat:name 6
, , PUNCT punct 6
falou falar VERB ROOT 9
. . PUNCT punct 9
"""


def test_the_head_of_a_department_works_for_the_organization_he_does_not_lead_it(nlp) -> None:
    found = facts(nlp, DEPARTMENT_HEAD, [("PER", 1, 3), ("ORG", 8, 9)])
    assert ("Walter Brasil", "affiliatedWith", "Unibanco", "appos-title") in found
    assert not any(p == "led" for _, p, _, _ in found)


def test_heads_of_state_names_and_parts_of_places(nlp) -> None:
    # Estado passes the role on to its owner
    assert ("Lech Walesa", "led", "Polônia", "appos-title") in facts(nlp, HEAD_OF_STATE, [("LOC", 5, 6), ("PER", 7, 9)])
    # the director of a city's branch is no fact about the city
    assert facts(nlp, PART_OF_A_PLACE, [("LOC", 5, 6), ("PER", 7, 9)]) == set()
    # a noun before a name is no part: "a empresa Varig" is Varig
    assert ("Rubel Thomas", "led", "Varig", "appos-title") in facts(nlp, CLASSIFIER, [("ORG", 4, 5), ("PER", 6, 8)])


# --- a role after a titled name, hung on the title word (issue 20, eleventh pass) ------------

TITLED_NAME = """
o o DET det 1
escritor escritor NOUN nsubj 11
Jorge Jorge PROPN appos 1
Amado Amado PROPN flat:name 2
, , PUNCT punct 5
membro membro NOUN appos 1
da de_a ADP case 7
Academia Academia PROPN nmod 5
de de ADP case 9
Letras Letras PROPN nmod 7
, , PUNCT punct 5
lançou lançar VERB ROOT 11
o o DET det 13
livro livro NOUN obj 11
. . PUNCT punct 11
"""

TITLED_OWNER = """
o o DET det 1
empresário empresário NOUN nsubj 9
Antônio Antônio PROPN appos 1
Moraes Moraes PROPN flat:name 2
, , PUNCT punct 5
dono dono NOUN appos 1
do de_o ADP case 7
Votorantim Votorantim PROPN nmod 5
, , PUNCT punct 5
criticou criticar VERB ROOT 9
. . PUNCT punct 9
"""

TITLED_PARTNER_OF_A_PLACE = """
o o DET det 1
advogado advogado NOUN nsubj 9
Marco Marco PROPN appos 1
Lima Lima PROPN flat:name 2
, , PUNCT punct 5
sócio sócio NOUN appos 1
de de ADP case 7
Americana Americana PROPN nmod 5
, , PUNCT punct 5
falou falar VERB ROOT 9
. . PUNCT punct 9
"""


def test_a_role_after_a_titled_name_is_the_names(nlp) -> None:
    assert ("Jorge Amado", "memberOf", "Academia de Letras", "appos-title") in facts(nlp, TITLED_NAME, [("PER", 2, 4), ("ORG", 7, 10)])
    # an owner of an organization is a key person of it
    assert ("Antônio Moraes", "keyPersonOf", "Votorantim", "appos-title") in facts(nlp, TITLED_OWNER, [("PER", 2, 4), ("ORG", 7, 8)])
    # an open role to a place says where the person is from, not a relation
    assert facts(nlp, TITLED_PARTNER_OF_A_PLACE, [("PER", 2, 4), ("LOC", 7, 8)]) == set()


# --- an object the parser gave a preposition ------------------------------------------------

# "do Colorado" parsed as the object of "vem", with its preposition as its case marker
VEM_DO = """
Cindy Cindy PROPN nsubj 2
Reich Reich PROPN flat:name 0
vem vir VERB ROOT 2
do de ADP case 4
Colorado Colorado PROPN obj 2
. . PUNCT punct 2
"""

# "ao desembargador Raul Quental" parsed as an object, the name its apposition
PEDIU_AO = """
Nunes Nunes PROPN nsubj 1
pediu pedir VERB ROOT 1
ao a ADP case 3
desembargador desembargador NOUN obj 1
Raul Raul PROPN appos 3
Quental Quental PROPN flat:name 4
a o DET det 7
saída saída NOUN obj 1
. . PUNCT punct 1
"""

# "para Castor" parsed as the object of "trabalhou"
TRABALHOU_PARA = """
Azevedo Azevedo PROPN nsubj 1
trabalhou trabalhar VERB ROOT 1
para para ADP case 3
Castor Castor PROPN obj 1
em em ADP case 5
Guarapari Guarapari PROPN obl 1
. . PUNCT punct 1
"""


def test_an_object_with_a_preposition_of_its_own_keeps_the_preposition(nlp) -> None:
    got = facts(nlp, VEM_DO, [("PER", 0, 2), ("LOC", 4, 5)])
    assert ("Cindy Reich", "rel:vir_de", "Colorado", "open:svo-active") in got
    assert not any(p == "rel:vir" for _, p, _, _ in got)
    got = facts(nlp, PEDIU_AO, [("PER", 0, 1), ("PER", 4, 6)])
    assert ("Nunes", "rel:pedir_a", "Raul Quental", "open:svo-active") in got
    assert not any(p == "rel:pedir" for _, p, _, _ in got)


def test_an_object_with_a_preposition_reaches_the_verbs_frame(nlp) -> None:
    # the mapping's frame of "trabalhar para" applies as it does to an oblique
    got = {(s, p, o) for s, p, o, _ in facts(nlp, TRABALHOU_PARA, [("PER", 0, 1), ("PER", 3, 4), ("LOC", 5, 6)])}
    assert ("Azevedo", "affiliatedWith", "Castor") in got
    assert ("Azevedo", "rel:trabalhar", "Castor") not in got


def test_a_bare_a_before_an_object_is_read_as_the_article(nlp) -> None:
    table = VEM_DO.replace("vem vir", "vende vender").replace("do de ADP case", "a a ADP case")
    got = facts(nlp, table, [("ORG", 0, 2), ("ORG", 4, 5)])
    assert ("Cindy Reich", "rel:vender", "Colorado", "open:svo-active") in got


# "a" before a place, read by the lemmatizer as the article (lemma "o") but parsed as a case marker
FOI_A = """
Charles Charles PROPN nsubj 1
foi ir VERB ROOT 1
ontem ontem ADV advmod 1
a o ADP case 4
Hollywood Hollywood PROPN obl 1
. . PUNCT punct 1
"""


def test_a_case_marker_lemmatized_as_the_article_is_the_preposition_a(nlp) -> None:
    got = facts(nlp, FOI_A, [("PER", 0, 1), ("LOC", 4, 5)])
    assert got, "the clause gives a relation"
    assert not any(p.endswith("_o") for _, p, _, _ in got)
    assert any(s == "Charles" and o == "Hollywood" for s, _, o, _ in got)


# --- issue 20 (20p): a branch's place, distances, newsroom desks, object control ------------

BRANCH_OF_A_PAPER = """
O o DET det 1
diretor diretor NOUN nsubj 13
da de_a ADP case 3
sucursal sucursal NOUN nmod 1
de de ADP case 5
Brasília Brasília PROPN nmod 3
da de_a ADP case 7
Folha Folha PROPN nmod 5
, , PUNCT punct 9
Josias Josias PROPN appos 1
de de ADP case 11
Souza Souza PROPN nmod 9
, , PUNCT punct 9
falou falar VERB ROOT 13
. . PUNCT punct 13
"""

SHOP_IN_A_STREET = """
A o DET det 1
loja loja NOUN nsubj 8
da de_a ADP case 3
rua rua NOUN nmod 1
Augusta Augusta PROPN flat:name 3
de de ADP case 6
São São PROPN nmod 3
Paulo Paulo PROPN flat:name 6
fechou fechar VERB ROOT 8
. . PUNCT punct 8
"""


def test_the_place_of_a_branch_is_no_part_of_the_branchs_owner(nlp) -> None:
    got = facts(nlp, BRANCH_OF_A_PAPER, [("LOC", 5, 6), ("ORG", 7, 8), ("PER", 9, 12)])
    assert not any((s, o) == ("Brasília", "Folha") for s, _, o, _ in got)
    # a place after the branch's place still locates it
    got = facts(nlp, SHOP_IN_A_STREET, [("LOC", 3, 5), ("LOC", 6, 8)])
    assert any((s, o) == ("rua Augusta", "São Paulo") for s, _, o, _ in got)


DISTANCE = """
Barretos Barretos PROPN nsubj 10
( ( PUNCT punct 3
438 438 NUM nummod 3
km km NOUN appos 0
a a ADP case 5
noroeste noroeste NOUN nmod 3
de de ADP case 7
São São PROPN nmod 5
Paulo Paulo PROPN flat:name 7
) ) PUNCT punct 3
cresceu crescer VERB ROOT 10
. . PUNCT punct 10
"""


def test_a_distance_from_a_city_relates_no_names(nlp) -> None:
    ents = [("LOC", 0, 1), ("LOC", 7, 9)]
    assert facts(nlp, DISTANCE, ents) == set()
    # the same apposition with another noun still relates the names (through "de": an apposed
    # noun's open relation through "a" is none since P59i)
    other = DISTANCE.replace("km km NOUN", "cidade cidade NOUN").replace("a a ADP case 5", "de de ADP case 5")
    assert any((s, o) == ("Barretos", "São Paulo") for s, _, o, _ in facts(nlp, other, ents))
    # and "km" with "de" none
    assert facts(nlp, DISTANCE.replace("a a ADP case 5", "de de ADP case 5"), ents) == set()


def test_names_of_a_newsroom_desk_in_a_byline() -> None:
    from teia.extract.relations.gates import byline_name

    def named(text: str, name: str) -> bool:
        start = text.index(name)
        return byline_name(text, start, start + len(name))

    glued = "Vargas Llosa retoma literatura JOSÉ GERALDO Couto Da Reportagem Local Depois de uma incursão"
    assert named(glued, "JOSÉ GERALDO Couto")  # the writer before the desk
    assert named(glued, "JOSÉ GERALDO Couto Da Reportagem Local")  # the NER took the desk in
    assert not named(glued, "Vargas Llosa")
    desk = "Da Redação No Mais! do dia 3/7, os cientistas José Luís Fiori e Mangabeira Unger criticam a candidatura"
    assert named(desk, "Redação No Mais")
    assert not named(desk, "José Luís Fiori")
    assert named("Da Sucursal de Brasília O ministro Ciro Gomes disse", "Brasília")
    assert not named("Da Sucursal de Brasília O ministro Ciro Gomes disse", "Ciro Gomes")
    # the names of the report after the desk are the report's
    after = "Da Redação Desde que ganhou o Leão de Ouro em Veneza, o cineasta Milcho Manchevski virou um nômade"
    assert not any(named(after, n) for n in ("Leão de Ouro", "Veneza", "Milcho Manchevski"))
    assert not named("O repórter deixou a redação da Folha em Brasília", "Brasília")
    # a headline's last name before the desk is the headline's; a writer's is printed in capitals
    headline = "Escritora Dacia Maraini chega hoje ao Brasil Da Reportagem Local A escritora italiana"
    assert not named(headline, "Brasil")
    assert named("SHEILA Schvarzman Da Reportagem Local A escritora", "SHEILA Schvarzman")


def test_a_name_the_ner_ran_into_the_byline_word() -> None:
    from teia.extract.relations.gates import byline_name

    def named(text: str, name: str) -> bool:
        start = text.index(name)
        return byline_name(text, start, start + len(name))

    # the NER may take the byline's word into the writer's name: every word of the byline's table
    for word in ("Especial", "Free-lance", "Freelance", "Colaboração", "COLABORAÇÃO"):
        text = f"O livro saiu ontem JOSÉ Reis {word} para a Folha Depois de uma década"
        assert named(text, f"JOSÉ Reis {word}")
    assert not named("O livro Especial saiu ontem", "O livro Especial")  # no paper after it
    assert not named("O Plano Especial de Obras para a cidade", "Plano Especial de Obras")


GLUED_DESK = """
Vargas Vargas PROPN nsubj 2
Llosa Llosa PROPN flat:name 0
retoma retomar VERB ROOT 2
literatura literatura NOUN obj 2
JOSÉ JOSÉ PROPN obj 2
GERALDO GERALDO PROPN flat:name 4
Couto Couto PROPN flat:name 4
Da de_a ADP case 8
Reportagem reportagem NOUN obl 2
Local Local ADJ amod 8
. . PUNCT punct 2
"""


def test_the_writer_of_a_byline_is_no_argument(nlp) -> None:
    assert facts(nlp, GLUED_DESK, [("PER", 0, 2), ("PER", 4, 10)]) == set()
    # the same clause without the desk relates the names
    plain = GLUED_DESK.replace("Da de_a ADP case 8\nReportagem reportagem NOUN obl 2\nLocal Local ADJ amod 8\n", "")
    assert ("Vargas Llosa", "rel:retomar", "JOSÉ GERALDO Couto", "open:svo-active") in facts(nlp, plain, [("PER", 0, 2), ("PER", 4, 7)])


OBJECT_CONTROL = """
Serginho Serginho PROPN nsubj 1
orientou orientar VERB ROOT 1
Ranielli Ranielli PROPN obj 1
a a SCONJ mark 4
jogar jogar VERB advcl 1 VerbForm=Inf
em em ADP case 6
Santos Santos PROPN obl 4
. . PUNCT punct 1
"""

SUBJECT_CONTROL = """
Serginho Serginho PROPN nsubj 1
decidiu decidir VERB ROOT 1
jogar jogar VERB xcomp 1 VerbForm=Inf
em em ADP case 4
Santos Santos PROPN obl 2
. . PUNCT punct 1
"""


def test_the_object_before_an_infinitive_complement_is_its_subject(nlp) -> None:
    ents = [("PER", 0, 1), ("PER", 2, 3), ("LOC", 6, 7)]
    got = facts(nlp, OBJECT_CONTROL, ents)
    assert ("Ranielli", "rel:jogar_em", "Santos", "open:xcomp-control") in got
    assert not any(s == "Serginho" and o == "Santos" for s, _, o, _ in got)
    # parsed as an xcomp: the same
    as_xcomp = OBJECT_CONTROL.replace("a a SCONJ mark 4", "a a ADP mark 4").replace("VERB advcl 1", "VERB xcomp 1")
    assert ("Ranielli", "rel:jogar_em", "Santos", "open:xcomp-control") in facts(nlp, as_xcomp, ents)
    # an adverbial clause of another kind keeps the subject's: "antes de jogar"
    other = OBJECT_CONTROL.replace("a a SCONJ mark 4", "antes_de antes_de ADP mark 4")
    assert ("Serginho", "rel:jogar_em", "Santos", "open:xcomp-control") in facts(nlp, other, ents)
    # an adverbial the parser made an xcomp ("o fez pouco antes de fugir"): the subject's
    before = OBJECT_CONTROL.replace("a a SCONJ mark 4", "de de ADP mark 4").replace("VERB advcl 1", "VERB xcomp 1")
    assert ("Serginho", "rel:jogar_em", "Santos", "open:xcomp-control") in facts(nlp, before, ents)
    # no object: the subject controls
    assert ("Serginho", "rel:jogar_em", "Santos", "open:xcomp-control") in facts(nlp, SUBJECT_CONTROL, [("PER", 0, 1), ("LOC", 4, 5)])


RELATIVE_OBJECT = """
o o DET det 1
desafio desafio NOUN ROOT 1
que que PRON obj 4 PronType=Rel
Crane Crane PROPN nsubj 4
conseguiu conseguir VERB acl:relcl 1
enfrentar enfrentar VERB xcomp 4 VerbForm=Inf
em em ADP case 7
Bridge Bridge PROPN obl 5
. . PUNCT punct 1
"""


def test_a_relative_pronoun_on_the_head_verb_does_not_control_the_infinitive(nlp) -> None:
    # "o desafio que Crane conseguiu enfrentar em Bridge" (with "tentou" the clause states no act,
    # and its open relation is no statement, P52e)
    got = facts(nlp, RELATIVE_OBJECT, [("PER", 3, 4), ("WORK", 7, 8)])
    assert ("Crane", "rel:enfrentar_em", "Bridge", "open:xcomp-control") in got


AREA_IN_BRACKETS = """
Bangu Bangu PROPN nsubj 7
( ( PUNCT punct 2
zona zona NOUN appos 0
oeste oeste ADJ amod 2
do de_o ADP case 5
Rio Rio PROPN nmod 2
) ) PUNCT punct 2
cresceu crescer VERB ROOT 7
. . PUNCT punct 7
"""

DIRECTION_FROM_A_PLACE = """
Bangu Bangu PROPN nsubj 7
( ( PUNCT punct 3
a a ADP case 3
oeste oeste NOUN appos 0
de de ADP case 5
Rio Rio PROPN nmod 3
) ) PUNCT punct 3
cresceu crescer VERB ROOT 7
. . PUNCT punct 7
"""


def test_an_area_of_a_place_in_apposition_nests_the_name_in_it(nlp) -> None:
    ents = [("LOC", 0, 1), ("LOC", 5, 6)]
    # "Bangu (zona oeste do Rio)": in Rio, not rel:zona_de
    got = facts(nlp, AREA_IN_BRACKETS, ents)
    assert ("Bangu", "locatedIn", "Rio", "area-nesting") in got
    assert not any(p.startswith("rel:") for _, p, _, _ in got)
    # an organization there has its seat there ("a Polinter (centro do Rio)")
    assert ("Bangu", "headquarteredIn", "Rio", "area-nesting") in facts(nlp, AREA_IN_BRACKETS, [("ORG", 0, 1), ("LOC", 5, 6)])
    # a person is no part of a place: the open relation stays
    assert not any(p in ("locatedIn", "residedIn") for _, p, _, _ in facts(nlp, AREA_IN_BRACKETS, [("PER", 0, 1), ("LOC", 5, 6)]))
    # a noun the mapping has a frame for keeps it ("município de X": partOf)
    municipality = AREA_IN_BRACKETS.replace("zona zona NOUN", "município município NOUN")
    assert ("Bangu", "partOf", "Rio", "appos-title") in facts(nlp, municipality, ents)


def test_a_direction_from_a_place_is_no_area_of_it(nlp) -> None:
    # "Zvezdni Gorodok (a nordeste de Moscou)": outside the city
    got = facts(nlp, DIRECTION_FROM_A_PLACE, [("LOC", 0, 1), ("LOC", 5, 6)])
    assert not any(p == "locatedIn" for _, p, _, _ in got)


# "o assalto à agência do Banco em Madureira (zona norte do Rio) foi rápido": the parser hangs
# the bracket on the bank, not on the district right before it
AREA_OF_THE_NAME_BEFORE = """
O o DET det 1
assalto assalto NOUN nsubj 17
a a ADP case 4
a o DET det 4
agência agência NOUN nmod 1
de de ADP case 7
o o DET det 7
Banco Banco PROPN nmod 4
em em ADP case 9
Madureira Madureira PROPN nmod 7
( ( PUNCT punct 11
zona zona NOUN appos 7
norte norte ADJ amod 11
de de ADP case 14
Rio Rio PROPN nmod 11
) ) PUNCT punct 11
foi ser AUX cop 17
rápido rápido ADJ ROOT 17
. . PUNCT punct 17
"""


def test_an_area_in_brackets_is_the_name_s_right_before_it(nlp) -> None:
    ents = [("ORG", 7, 8), ("LOC", 9, 10), ("LOC", 14, 15)]
    got = facts(nlp, AREA_OF_THE_NAME_BEFORE, ents)
    # Madureira is in Rio, read from the text whatever the parse
    assert ("Madureira", "locatedIn", "Rio", "area-nesting") in got
    # the bank is not (its agency in Madureira is), neither by a typed nor by an open relation
    assert not any(s == "Banco" and o == "Rio" for s, _, o, _ in got)
    # a bracket that goes on past the place is not read
    longer = AREA_OF_THE_NAME_BEFORE.replace(") ) PUNCT punct 11", ", , PUNCT punct 11")
    assert ("Madureira", "locatedIn", "Rio", "area-nesting") not in facts(nlp, longer, ents)
    # a noun the mapping has a frame for keeps it ("(município do Rio)": partOf, not locatedIn)
    municipality = AREA_OF_THE_NAME_BEFORE.replace("zona zona NOUN", "município município NOUN")
    assert ("Madureira", "locatedIn", "Rio", "area-nesting") not in facts(nlp, municipality, ents)


ACCORDING_TO = """
A o DET det 1
Ceval Ceval PROPN nsubj 4
é ser AUX cop 4
a o DET det 4
líder líder NOUN ROOT 4
, , PUNCT punct 7
segundo segundo ADP case 7
Ignez Ignez PROPN nmod 4
. . PUNCT punct 4
"""


def test_the_source_of_a_claim_is_no_complement_of_a_noun(nlp) -> None:
    ents = [("ORG", 1, 2), ("PER", 7, 8)]
    # "a Ceval é a líder, segundo Ignez": Ignez says so, no rel:líder_segundo
    assert not any(p.startswith("rel:") for _, p, _, _ in facts(nlp, ACCORDING_TO, ents))
    # a complement of the noun is read
    complement = ACCORDING_TO.replace("segundo segundo ADP case 7", "de de ADP case 7")
    assert any((s, o) in (("Ceval", "Ignez"), ("Ignez", "Ceval")) for s, _, o, _ in facts(nlp, complement, ents))


# "Clarice Niskier, (Rio de Janeiro, 12 de setembro de 1959) é atriz.": a comma before the bracket
COMMA_LIFESPAN = """
Clarice Clarice PROPN nsubj 15
Niskier Niskier PROPN flat:name 0
, , PUNCT punct 4
( ( PUNCT punct 4
Rio Rio PROPN conj 0
de de ADP case 6
Janeiro Janeiro PROPN nmod 4
, , PUNCT punct 8
12 12 NUM appos 4
de de ADP case 10
setembro setembro NOUN nmod 8
de de ADP case 12
1959 1959 NUM nmod 10
) ) PUNCT punct 8
é ser AUX cop 15
atriz atriz NOUN ROOT 15
. . PUNCT punct 15
"""


def test_a_lifespan_bracket_after_a_comma(nlp) -> None:
    found = facts(nlp, COMMA_LIFESPAN, [("PER", 0, 2), ("LOC", 4, 7)])
    assert found == {("Clarice Niskier", "bornIn", "Rio de Janeiro", "lifespan")}


def test_unranked_divisions_are_words_of_no_level(tmp_path) -> None:
    path = tmp_path / "unranked.json"
    base = {"codes": {"GO": "Goiás"}, "areas": ["interior"], "area_levels": [["estado"]]}
    path.write_text(json.dumps({**base, "unranked_divisions": ["distrito", "Estado"]}), encoding="utf-8")
    with pytest.raises(InputError, match="unranked.json: 'unranked_divisions' that 'area_levels' ranks: Estado"):
        load_regions(str(path))
    path.write_text(json.dumps({**base, "unranked_divisions": "distrito"}), encoding="utf-8")
    with pytest.raises(InputError, match="'unranked_divisions' must be a list of words"):
        load_regions(str(path))
    good = tmp_path / "good.json"
    good.write_text(json.dumps({**base, "unranked_divisions": ["Distrito "]}), encoding="utf-8")
    assert load_regions(str(good)).unranked == frozenset({"distrito"})
    assert load_regions().unranked >= {"distrito", "cantão"}


# --- a list of capitalized words the NER took only partly -------------------------------------

# "Suntuosa, Bela, Elegante, Magnífica, Soberba." (Machado de Assis): adjectives the NER took in
# part for places
ADJECTIVES = """
Suntuosa suntuoso ADJ ROOT 0
, , PUNCT punct 2
Bela belo ADJ conj 0
, , PUNCT punct 4
Elegante elegante ADJ conj 0
, , PUNCT punct 6
Magnífica magnífico ADJ conj 0
, , PUNCT punct 8
Soberba soberbo ADJ conj 0
. . PUNCT punct 0
"""

# "Saus, Camallera i Llampaies é um município da Espanha.": one town's name, listing its villages
TOWN_OF_VILLAGES = """
Saus Saus PROPN nsubj 6
, , PUNCT punct 2
Camallera Camallera PROPN conj 0
i i CCONJ cc 4
Llampaies Llampaies PROPN conj 0
é ser AUX cop 6
um um DET det 6
município município NOUN ROOT 6
da de_a ADP case 9
Espanha Espanha PROPN nmod 6
. . PUNCT punct 6
"""


def test_places_inside_a_list_of_capitalized_words_are_not_nested(nlp) -> None:
    found = facts(nlp, ADJECTIVES, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 6, 7), ("LOC", 8, 9)])
    assert not any(rule == "surface-nesting" for *_, rule in found)
    found = facts(nlp, TOWN_OF_VILLAGES, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 9, 10)])
    assert not any(rule == "surface-nesting" for *_, rule in found)


def test_a_place_after_a_place_is_nested_when_no_capitalized_word_goes_on(nlp) -> None:
    # the same words, the list's other words in lower case: "Saus, Camallera, com as suas aldeias"
    # and "Lisboa, Portugal" as ever
    table = TOWN_OF_VILLAGES.replace("i i CCONJ cc 4", "com com ADP case 4").replace("Llampaies Llampaies PROPN", "aldeias aldeia NOUN")
    assert ("Saus", "partOf", "Camallera", "surface-nesting") in facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 9, 10)])
    table = ADJECTIVES.replace("Elegante elegante ADJ", "elegante elegante ADJ")
    found = facts(nlp, table, [("LOC", 0, 1), ("LOC", 2, 3), ("LOC", 6, 7), ("LOC", 8, 9)])
    assert ("Suntuosa", "partOf", "Bela", "surface-nesting") in found
    assert ("Magnífica", "partOf", "Soberba", "surface-nesting") in found
