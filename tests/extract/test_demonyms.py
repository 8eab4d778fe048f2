"""Nationality from a demonym before a person's name (issue 20, ``teia/extract/relations/demonyms.py``).

The sentences are written for this test and parsed by hand (one token a line: ``text lemma POS
dep head``, ``head`` 0-based), so the test does not depend on the trained parser.
"""

from __future__ import annotations

import json

import pytest
from handparse import relations_pipeline, table_doc, table_facts

from teia.errors import InputError
from teia.extract.entities import ENTITIES
from teia.extract.demonyms import load_demonyms, names_a_country, spells_a_country


@pytest.fixture(scope="module")
def nlp():
    return relations_pipeline()


facts = table_facts


def nationalities(nlp, table: str, ents: list[tuple[str, int, int]]) -> set[tuple[str, str]]:
    return {(s, o) for s, p, o, rule in facts(nlp, table, ents) if p == "nationality" and rule == "demonym"}


# "O tenista italiano Diego Nargiso jogou na Itália."
TENISTA = """
O o DET det 1
tenista tenista NOUN nsubj 4
italiano italiano ADJ amod 1
Diego Diego PROPN appos 1
Nargiso Nargiso PROPN flat:name 3
jogou jogar VERB ROOT 5
em em ADP case 8
a o DET det 8
Itália Itália PROPN obl 5
. . PUNCT punct 5
"""


def test_a_demonym_after_an_article_and_a_title_gives_the_nationality(nlp) -> None:
    assert nationalities(nlp, TENISTA, [("PER", 3, 5), ("LOC", 8, 9)]) == {("Diego Nargiso", "Itália")}


def test_a_country_the_document_does_not_name_becomes_a_place_without_mentions(nlp) -> None:
    # the same sentence with "Itália" not a place of the document
    doc = table_doc(nlp, TENISTA, [("PER", 3, 5)], "news.txt")
    places = [e for e in doc._.get(ENTITIES) if e.type == "LOC"]
    assert [(e.label, e.mentions) for e in places] == [("Itália", ())]
    (rel,) = [r for r in doc._.teia_relations if r.rule == "demonym"]
    assert (rel.predicate, rel.object) == ("nationality", places[0].id)
    # the evidence shows the adjective; the adjective is no mention of any entity
    assert doc.text[rel.evidence.object_start : rel.evidence.object_end] == "italiano"
    assert all(m.text != "italiano" for m in doc._.teia_mentions or ())


# "Os espanhóis Carlos Costa e Tomás Carbonell voltaram à Espanha."
ESPANHOIS = """
Os o DET det 1
espanhóis espanhol NOUN nsubj 7
Carlos Carlos PROPN appos 1
Costa Costa PROPN flat:name 2
e e CCONJ cc 5
Tomás Tomás PROPN conj 2
Carbonell Carbonell PROPN flat:name 5
voltaram voltar VERB ROOT 7
a a ADP case 10
a o DET det 10
Espanha Espanha PROPN obl 7
. . PUNCT punct 7
"""


def test_a_plural_demonym_takes_every_name_of_the_list(nlp) -> None:
    ents = [("PER", 2, 4), ("PER", 5, 7), ("LOC", 10, 11)]
    assert nationalities(nlp, ESPANHOIS, ents) == {("Carlos Costa", "Espanha"), ("Tomás Carbonell", "Espanha")}


# "O italiano Diego Nargiso e Carlos Costa jogaram na Itália."
SINGULAR = """
O o DET det 1
italiano italiano NOUN nsubj 6
Diego Diego PROPN appos 1
Nargiso Nargiso PROPN flat:name 2
e e CCONJ cc 5
Carlos Carlos PROPN conj 1
Costa Costa PROPN flat:name 5
jogaram jogar VERB ROOT 7
em em ADP case 10
a o DET det 10
Itália Itália PROPN obl 7
. . PUNCT punct 7
"""


def test_a_singular_demonym_is_only_the_next_name(nlp) -> None:
    ents = [("PER", 2, 4), ("PER", 5, 7), ("LOC", 10, 11)]
    assert nationalities(nlp, SINGULAR, ents) == {("Diego Nargiso", "Itália")}


# "Os italianos Diego Nargiso e o técnico Carlos Costa voltaram à Itália."
LIST_BROKEN = """
Os o DET det 1
italianos italiano NOUN nsubj 9
Diego Diego PROPN appos 1
Nargiso Nargiso PROPN flat:name 2
e e CCONJ cc 6
o o DET det 6
técnico técnico NOUN conj 1
Carlos Carlos PROPN appos 6
Costa Costa PROPN flat:name 7
voltaram voltar VERB ROOT 9
a a ADP case 12
a o DET det 12
Itália Itália PROPN obl 9
. . PUNCT punct 9
"""


def test_a_plural_demonym_stops_where_the_list_of_names_does(nlp) -> None:
    ents = [("PER", 2, 4), ("PER", 7, 9), ("LOC", 12, 13)]
    assert nationalities(nlp, LIST_BROKEN, ents) == {("Diego Nargiso", "Itália")}


# "Diego Nargiso falou em italiano com Carlos Costa na Itália."
LANGUAGE = """
Diego Diego PROPN nsubj 2
Nargiso Nargiso PROPN flat:name 0
falou falar VERB ROOT 2
em em ADP case 4
italiano italiano NOUN obl 2
com com ADP case 6
Carlos Carlos PROPN obl 2
Costa Costa PROPN flat:name 6
em em ADP case 10
a o DET det 10
Itália Itália PROPN obl 2
. . PUNCT punct 2
"""


def test_a_language_or_an_adjective_not_opened_by_an_article_is_no_nationality(nlp) -> None:
    ents = [("PER", 0, 2), ("PER", 6, 8), ("LOC", 10, 11)]
    assert nationalities(nlp, LANGUAGE, ents) == set()


def test_the_lexicon_is_checked_when_read(tmp_path) -> None:
    shipped = load_demonyms()
    assert shipped.countries["portuguesa"] == "Portugal"
    assert shipped.countries["norte-americanos"] == "Estados Unidos"
    bad = tmp_path / "demonyms.json"
    bad.write_text(
        json.dumps({"countries": {"A": {"names": ["A"], "demonyms": ["x"]}, "B": {"names": ["B"], "demonyms": ["x"]}}}),
        encoding="utf-8",
    )
    with pytest.raises(InputError, match="belongs to both"):
        load_demonyms(str(bad))
    bad.write_text(json.dumps({"countries": {"A": {"names": ["A"], "demonyms": ["Xis"]}}}), encoding="utf-8")
    with pytest.raises(InputError, match="lower-case"):
        load_demonyms(str(bad))
    bad.write_text('{"countries": {', encoding="utf-8")
    with pytest.raises(InputError, match="demonyms.json:1: the demonym lexicon is not valid JSON"):
        load_demonyms(str(bad))
    with pytest.raises(InputError, match="no such demonym lexicon"):
        load_demonyms(str(tmp_path / "missing.json"))


# "Uma análise da obra do filósofo alemão ANA Reis Especial para a Folha": a byline glued to a headline
BYLINE = """
Uma um DET det 1
análise análise NOUN ROOT 1
de de ADP case 4
a o DET det 4
obra obra NOUN nmod 1
de de ADP case 7
o o DET det 7
filósofo filósofo NOUN nmod 4
alemão alemão ADJ amod 7
ANA Ana PROPN appos 7
Reis Reis PROPN flat:name 9
Especial Especial PROPN flat:name 9
para para ADP case 14
a o DET det 14
Folha Folha PROPN nmod 9
"""


def test_the_writer_of_a_byline_takes_no_nationality(nlp) -> None:
    assert nationalities(nlp, BYLINE, [("PER", 9, 12), ("ORG", 14, 15)]) == set()


# "A montadora alemã BMW comprou a Rover."
MONTADORA = """
A o DET det 1
montadora montadora NOUN nsubj 4
alemã alemão ADJ amod 1
BMW BMW PROPN appos 1
comprou comprar VERB ROOT 4
a o DET det 6
Rover Rover PROPN obj 4
. . PUNCT punct 4
"""


def test_a_demonym_before_an_organization_gives_its_seat(nlp) -> None:
    found = {(s, p, o) for s, p, o, rule in facts(nlp, MONTADORA, [("ORG", 3, 4), ("ORG", 6, 7)]) if rule == "demonym"}
    assert found == {("BMW", "headquarteredIn", "Alemanha")}


# "Repórteres investigam a política brasileira CLÓVIS ROSSI": a headline and its byline
SHOUTED = """
Repórteres repórter NOUN nsubj 1
investigam investigar VERB ROOT 1
a o DET det 3
política política NOUN obj 1
brasileira brasileiro ADJ amod 3
CLÓVIS Clóvis PROPN appos 3
ROSSI Rossi PROPN flat:name 5
"""


def test_a_name_in_capitals_after_a_demonym_is_a_byline_not_a_national(nlp) -> None:
    assert nationalities(nlp, SHOUTED, [("PER", 5, 7)]) == set()
    written = SHOUTED.replace("CLÓVIS Clóvis", "Clóvis Clóvis").replace("ROSSI Rossi", "Rossi Rossi")
    assert nationalities(nlp, written, [("PER", 5, 7)]) == {("Clóvis Rossi", "Brasil")}


# "O nome foi traduzido do inglês Table Mountain": a language after a word of translation
TRANSLATED = """
O o DET det 1
nome nome NOUN nsubj:pass 3
foi ser AUX aux:pass 3
traduzido traduzir VERB ROOT 3
do de_o ADP case 5
inglês inglês NOUN obl 3
Table Table PROPN appos 5
Mountain Mountain PROPN flat:name 6
. . PUNCT punct 3
"""

# "O PC (do inglês Personal Computer) chegou": a language in a bracket
BRACKET = """
O o DET det 1
PC PC PROPN nsubj 8
( ( PUNCT punct 4
do de_o ADP case 4
inglês inglês NOUN nmod 1
Personal Personal PROPN appos 4
Computer Computer PROPN flat:name 5
) ) PUNCT punct 4
chegou chegar VERB ROOT 8
. . PUNCT punct 8
"""


@pytest.mark.parametrize("table, ents", [(TRANSLATED, [("ORG", 6, 8)]), (BRACKET, [("ORG", 1, 2), ("PER", 5, 7)])])
def test_a_demonym_read_as_a_language_gives_no_nationality_nor_seat(nlp, table: str, ents) -> None:
    assert not any(rule == "demonym" for *_, rule in facts(nlp, table, ents))
    assert {"(", "traduzido", "sigla"} <= load_demonyms().language_cues


def test_a_person_after_the_same_words_without_a_cue_is_a_national(nlp) -> None:
    # "O filme do inglês Ken Loach estreou": no word of translation before "do inglês"
    table = """
O o DET det 1
filme filme NOUN nsubj 6
do de_o ADP case 3
inglês inglês NOUN nmod 1
Ken Ken PROPN appos 3
Loach Loach PROPN flat:name 4
estreou estrear VERB ROOT 6
. . PUNCT punct 6
"""
    assert nationalities(nlp, table, [("PER", 4, 6)]) == {("Ken Loach", "Inglaterra")}


def test_language_cues_are_checked_when_read(tmp_path) -> None:
    bad = tmp_path / "demonyms.json"
    bad.write_text(json.dumps({"countries": {"A": {"names": ["A"], "demonyms": ["x"]}}, "language_cues": ["Sigla"]}), encoding="utf-8")
    with pytest.raises(InputError, match="language_cues"):
        load_demonyms(str(bad))


# "O corredor zimbabuano Tendai Chimusasa venceu."
ZIMBABUANO = """
O o DET det 1
corredor corredor NOUN nsubj 5
zimbabuano zimbabuano ADJ amod 1
Tendai Tendai PROPN appos 1
Chimusasa Chimusasa PROPN flat:name 3
venceu vencer VERB ROOT 5
. . PUNCT punct 5
"""


def test_the_sovereign_states_the_lexicon_missed_have_their_demonyms(nlp) -> None:
    assert nationalities(nlp, ZIMBABUANO, [("PER", 3, 5)]) == {("Tendai Chimusasa", "Zimbábue")}
    lexicon = load_demonyms()
    for demonym, country in (("suazi", "Essuatíni"), ("trinidadiana", "Trinidad e Tobago"), ("timorense", "Timor-Leste"),
                             ("guineense", "Guiné-Bissau"), ("são-tomenses", "São Tomé e Príncipe"), ("nepalesa", "Nepal")):
        assert lexicon.countries[demonym] == country
    # a country's other names, the older ones too
    assert {lexicon.names[n] for n in ("suazilandia", "zimbabwe", "birmania", "trindade e tobago")} == {
        "Essuatíni", "Zimbábue", "Myanmar", "Trinidad e Tobago"}


def test_continental_demonyms_are_gentilics_of_no_country(tmp_path) -> None:
    shipped = load_demonyms()
    assert shipped.gentilic("Americano") and shipped.gentilic("europeia") and shipped.gentilic("Britânica")
    assert "americano" not in shipped.countries  # no nationality is read from it
    assert not shipped.gentilic("Lisboa")
    bad = tmp_path / "demonyms.json"
    country = {"A": {"names": ["A"], "demonyms": ["ax"]}}
    bad.write_text(json.dumps({"countries": country, "continental_demonyms": ["ax"]}), encoding="utf-8")
    with pytest.raises(InputError, match="both 'A'"):
        load_demonyms(str(bad))
    bad.write_text(json.dumps({"countries": country, "continental_demonyms": ["Europeu"]}), encoding="utf-8")
    with pytest.raises(InputError, match="'continental_demonyms' must be"):
        load_demonyms(str(bad))


# "O empresário gaúcho Jorge Gerdau visitou a Bahia.": a state's gentilic, no nationality
GAUCHO = """
O o DET det 1
empresário empresário NOUN nsubj 5
gaúcho gaúcho ADJ amod 1
Jorge Jorge PROPN appos 1
Gerdau Gerdau PROPN flat:name 3
visitou visitar VERB ROOT 5
a o DET det 7
Bahia Bahia PROPN obj 5
. . PUNCT punct 5
"""


def test_regional_gentilics_are_gentilics_of_no_nation(nlp, tmp_path) -> None:
    shipped = load_demonyms()
    # Brazil's states and regions, Portugal's regions: gentilics for the entity rules only
    for form in ("gaúcha", "paulistas", "fluminense", "potiguares", "nordestinos", "alentejano", "açorianas", "madeirense"):
        assert form in shipped.regional and form not in shipped.countries
        assert shipped.gentilic(form, regional=True) and not shipped.gentilic(form)
    # cities' gentilics, Brazilian, Portuguese and foreign, every form: read as a state's
    for form in ("paulistanas", "belo-horizontino", "manauaras", "recifense", "lisboetas", "portuense", "nova-iorquinas", "madrilenhos"):
        assert form in shipped.regional and shipped.gentilic(form, regional=True) and not shipped.gentilic(form)
    # one that is also an empire's or a club fan's is left out: "o romano", "o santista"
    assert not shipped.gentilic("romano", regional=True) and not shipped.gentilic("santista", regional=True)
    # a people of two countries or of a part of the world: a gentilic, no country's
    assert shipped.gentilic("coreana") and shipped.gentilic("árabes") and "coreana" not in shipped.countries
    # the nationality rule does not read a state's gentilic
    assert nationalities(nlp, GAUCHO, [("PER", 3, 5), ("LOC", 7, 8)]) == set()
    assert nationalities(nlp, TENISTA, [("PER", 3, 5), ("LOC", 8, 9)]) == {("Diego Nargiso", "Itália")}
    bad = tmp_path / "demonyms.json"
    country = {"A": {"names": ["A"], "demonyms": ["ax"]}}
    bad.write_text(json.dumps({"countries": country, "regional_demonyms": ["ax"]}), encoding="utf-8")
    with pytest.raises(InputError, match="both a region's and 'A'"):
        load_demonyms(str(bad))
    bad.write_text(json.dumps({"countries": country, "continental_demonyms": ["bx"], "regional_demonyms": ["bx"]}), encoding="utf-8")
    with pytest.raises(InputError, match="both a region's and 'a continent'"):
        load_demonyms(str(bad))
    bad.write_text(json.dumps({"countries": country, "regional_demonyms": ["Paulista"]}), encoding="utf-8")
    with pytest.raises(InputError, match="'regional_demonyms' must be"):
        load_demonyms(str(bad))


def test_a_country_spelled_as_the_lexicon_writes_it() -> None:
    assert spells_a_country("Inglaterra") and spells_a_country("Argélia")
    assert names_a_country("Argelia") and not spells_a_country("Argelia")
    assert not spells_a_country("inglaterra") and not spells_a_country("Lisboa")
