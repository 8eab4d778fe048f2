"""A name opening a sentence typed by the noun of its copula predicate
(teia.extract.predicate_types, through refine_mentions), on hand-built Docs."""

from __future__ import annotations

import json

import pytest

from teia.errors import InputError
from teia.extract import entities
from teia.extract.entity_words import entity_words
from teia.extract.labels import LOC, ORG, PER
from tests.extract.test_entities import doc_of, toks


def refined(doc, words=None):
    return [(m.text, m.category, m.source) for m in entities.refine_mentions(doc, entities.spans_to_mentions(doc.ents, "d"), "d", words)]


def test_a_municipality_the_ner_took_for_a_common_word_is_a_place():
    # "Pedreiras" opening the sentence, the plural of "pedreira": dropped as a capitalized common word
    tokens = toks("Pedreiras é um município brasileiro do estado do Maranhão .",
                  "NOUN AUX DET NOUN ADJ ADP NOUN ADP PROPN PUNCT", "pedreira ser um = = de = de = =")
    doc = doc_of(tokens, [(0, 1, "PER"), (8, 9, "LOC")])
    assert refined(doc) == [("Pedreiras", LOC, "rule"), ("Maranhão", LOC, "ner")]


def test_a_city_the_ner_missed_is_added_and_one_of_many_municipalities_too():
    tokens = toks("Cambé é uma cidade do Paraná .", "PROPN AUX DET NOUN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(5, 6, "LOC")])
    assert refined(doc) == [("Cambé", LOC, "rule"), ("Paraná", LOC, "ner")]
    tokens = toks("Pirapora é hoje um dos 217 municípios de Minas .", "PROPN AUX ADV DET ADP NUM NOUN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(8, 9, "LOC")])
    assert refined(doc)[0] == ("Pirapora", LOC, "rule")


def test_a_club_typed_a_place_is_an_organization_in_every_mention_of_the_page():
    tokens = toks("Guaraní foi um clube de futebol . O Guaraní venceu .",
                  "PROPN AUX DET NOUN ADP NOUN PUNCT DET PROPN VERB PUNCT")
    doc = doc_of(tokens, [(0, 1, "LOC"), (8, 9, "LOC")], sent_starts=[i in (0, 7) for i in range(11)])
    assert refined(doc) == [("Guaraní", ORG, "ner"), ("Guaraní", ORG, "ner")]


def test_a_footballer_typed_a_place_is_a_person_and_a_company_is_no_producer():
    tokens = toks("Paraná foi um futebolista brasileiro .", "PROPN AUX DET NOUN ADJ PUNCT")
    doc = doc_of(tokens, [(0, 1, "LOC")])
    assert refined(doc) == [("Paraná", PER, "ner")]
    tokens = toks("Ford Motor Company é uma produtora de automóveis .", "PROPN PROPN PROPN AUX DET NOUN ADP NOUN PUNCT")
    doc = doc_of(tokens, [(0, 3, "PER")])
    assert refined(doc) == [("Ford Motor Company", ORG, "ner")]


def test_a_music_group_the_ner_took_for_a_person_or_missed_is_an_organization():
    # issue 17, P50h: Wikipedia's bands named "grupo" in the lead were persons, so memberOf/founded had no object
    tokens = toks("Cypress Hill é um grupo de hip-hop latino formado em South Gate .",
                  "PROPN PROPN AUX DET NOUN ADP NOUN ADJ VERB ADP PROPN PROPN PUNCT")
    doc = doc_of(tokens, [(0, 2, "PER"), (10, 12, "LOC")])
    assert refined(doc) == [("Cypress Hill", ORG, "ner"), ("South Gate", LOC, "ner")]
    tokens = toks("Orishas é um grupo de rap originário de Cuba .", "PROPN AUX DET NOUN ADP NOUN ADJ ADP PROPN PUNCT")
    doc = doc_of(tokens, [(8, 9, "LOC")])
    assert refined(doc) == [("Orishas", ORG, "rule"), ("Cuba", LOC, "ner")]


def test_the_whole_name_before_the_copula_even_where_the_parser_cut_a_sentence():
    tokens = toks("Ouro Preto foi a capital de Minas Gerais .", "NOUN ADJ AUX DET NOUN ADP PROPN PROPN PUNCT", "ouro preto = = = = = = =")
    doc = doc_of(tokens, [(1, 2, "LOC"), (6, 8, "LOC")], sent_starts=[i in (0, 1) for i in range(9)])
    assert refined(doc) == [("Ouro Preto", LOC, "rule"), ("Minas Gerais", LOC, "ner")]


def test_a_stop_word_opening_a_name_of_two_words_or_more():
    # spaCy's Portuguese stop words hold "boa", "grupo", "são", "nova": "Boa União é um bairro",
    # "Grupo Massa é uma empresa" (the NER's organization and person); a function word stays out
    tokens = toks("Boa União é um bairro da cidade .", "PROPN PROPN AUX DET NOUN ADP NOUN PUNCT")
    doc = doc_of(tokens, [(0, 2, "ORG")])
    assert refined(doc) == [("Boa União", LOC, "ner")]
    tokens = toks("Grupo Massa é uma empresa brasileira .", "PROPN PROPN AUX DET NOUN ADJ PUNCT")
    doc = doc_of(tokens, [(0, 2, "PER")])
    assert refined(doc) == [("Grupo Massa", ORG, "ner")]
    tokens = toks("Mas Pedro é um município ?", "CCONJ PROPN AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(1, 2, "PER")])
    assert refined(doc) == [("Pedro", PER, "ner")]
    tokens = toks("Este é um município .", "PRON AUX DET NOUN PUNCT")
    assert refined(doc_of(tokens)) == []


def test_a_capitalized_particle_opening_a_name_of_two_words_or_more():
    # "De" tagged a preposition: the NER kept the rest (a person), or nothing at all
    tokens = toks("De Soto é uma cidade localizada no estado de Geórgia .",
                  "ADP PROPN AUX DET NOUN VERB ADP NOUN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(1, 2, "PER"), (9, 10, "LOC")])
    assert refined(doc) == [("De Soto", LOC, "rule"), ("Geórgia", LOC, "ner")]
    tokens = toks("De Motte é uma cidade americana .", "ADP PROPN AUX DET NOUN ADJ PUNCT")
    assert refined(doc_of(tokens)) == [("De Motte", LOC, "rule")]
    tokens = toks("Dos Hermanas é um município da Espanha .", "ADP PROPN AUX DET NOUN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(1, 2, "ORG"), (6, 7, "LOC")])
    assert refined(doc)[0] == ("Dos Hermanas", LOC, "rule")
    # a fronted "de" phrase before "era o" (verse) and a newsroom desk are no names
    tokens = toks("De Espanha era o poeta ilustre filho .", "ADP PROPN AUX DET NOUN ADJ NOUN PUNCT")
    doc = doc_of(tokens, [(1, 2, "LOC")])
    assert refined(doc) == [("Espanha", LOC, "ner")]
    tokens = toks("Da Redação Walter Leal é um jornalista .", "ADP PROPN PROPN PROPN AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(2, 4, "PER")])
    assert refined(doc) == [("Walter Leal", PER, "ner")]
    # the particle alone, or "E" before a name, opens none
    tokens = toks("De é uma cidade .", "ADP AUX DET NOUN PUNCT")
    assert refined(doc_of(tokens)) == []
    tokens = toks("E Lisboa é uma cidade .", "CCONJ PROPN AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(1, 2, "PER")])
    assert refined(doc) == [("Lisboa", LOC, "ner")]


def test_a_bracket_between_the_name_and_the_copula():
    tokens = toks("Alquézar ( Alquezra em aragonês ) é um município da Espanha .",
                  "PROPN PUNCT PROPN ADP NOUN PUNCT AUX DET NOUN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(0, 1, "PER"), (2, 3, "ORG"), (10, 11, "LOC")])
    assert refined(doc)[0] == ("Alquézar", LOC, "ner")
    tokens = toks("Exxon Mobil ( ExxonMobil ) , é uma empresa .", "PROPN PROPN PUNCT PROPN PUNCT PUNCT AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(0, 2, "PER")])
    assert refined(doc) == [("Exxon Mobil", ORG, "ner")]


def test_a_noun_beside_a_name_types_it_a_place_or_an_organization():
    tokens = toks("sai de Alice Springs , cidade no centro da Austrália .", "VERB ADP PROPN PROPN PUNCT NOUN ADP NOUN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(2, 4, "PER"), (9, 10, "LOC")])
    assert refined(doc)[0] == ("Alice Springs", LOC, "ner")
    tokens = toks("diretor da Inal , uma das fabricantes nacionais .", "NOUN ADP PROPN PUNCT DET ADP NOUN ADJ PUNCT")
    doc = doc_of(tokens, [(2, 3, "LOC")])
    assert refined(doc) == [("Inal", ORG, "ner")]


def test_a_participle_after_the_noun_beside_a_name_opens_no_clause():
    # MAC-MORPHO: "pela Paubrasil, empresa acusada de financiar as campanhas": the tagger's verb is
    # the noun's participle, so the noun types the NER's place; a finite verb there is the next
    # clause's ("em Bilbau, a universidade tem", "Em Ovar, uma equipa esteve a perder")
    tokens = toks("golpeada pela Paubrasil , empresa acusada de financiar campanhas .", "VERB ADP PROPN PUNCT NOUN VERB ADP VERB NOUN PUNCT")
    doc = doc_of(tokens, [(2, 3, "LOC")])
    doc[5].set_morph("Gender=Fem|Number=Sing|VerbForm=Part")
    assert refined(doc) == [("Paubrasil", ORG, "ner")]
    tokens = toks("em Ovar , uma empresa tem lucros .", "ADP PROPN PUNCT DET NOUN VERB NOUN PUNCT")
    doc = doc_of(tokens, [(1, 2, "LOC")])
    doc[5].set_morph("Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")
    assert refined(doc) == [("Ovar", LOC, "ner")]


def test_local_beside_a_persons_name_leaves_it_a_person_and_a_towns_noun_still_types():
    # P49c: "local" in apposition after a known given name speaks of the clause's place, not of the man
    tokens = toks("as terras passam para Antônio de Brito , local onde este estabelece um engenho .",
                  "DET NOUN VERB ADP PROPN ADP PROPN PUNCT NOUN ADV PRON VERB DET NOUN PUNCT")
    assert refined(doc_of(tokens, [(4, 7, "PER")])) == [("Antônio de Brito", PER, "ner")]
    # no given name first: the apposition's "local" still types the name a place
    tokens = toks("a festa foi em Herzogenaurach , local de nascimento do atleta .",
                  "DET NOUN AUX ADP PROPN PUNCT NOUN ADP NOUN ADP NOUN PUNCT")
    assert refined(doc_of(tokens, [(4, 5, "PER")])) == [("Herzogenaurach", LOC, "ner")]
    # a town's noun after a name opening with a given name still types it ("Nelson" is one)
    tokens = toks("nasceu em Nelson , cidade portuária da Nova Zelândia .",
                  "VERB ADP PROPN PUNCT NOUN ADJ ADP PROPN PROPN PUNCT")
    assert refined(doc_of(tokens, [(2, 3, "PER"), (7, 9, "LOC")]))[0] == ("Nelson", LOC, "ner")


def test_no_type_from_a_title_before_a_name_a_clause_subject_or_a_persons_noun():
    for text, pos, ents, want in (
        ("o correspondente no Brasil , jornalista Angus Foster .", "DET NOUN ADP PROPN PUNCT NOUN PROPN PROPN PUNCT",
         [(3, 4, "LOC"), (6, 8, "PER")], [("Brasil", LOC, "ner"), ("Angus Foster", PER, "ner")]),
        ("em Bilbau , a universidade tem uma biblioteca .", "ADP PROPN PUNCT DET NOUN VERB DET NOUN PUNCT",
         [(1, 2, "LOC")], [("Bilbau", LOC, "ner")]),
        ("Em Ovar , uma equipa esteve a perder .", "ADP PROPN PUNCT DET NOUN AUX ADP VERB PUNCT",
         [(1, 2, "LOC")], [("Ovar", LOC, "ner")]),
        ("dirigida por Ronaldo Goldoni , equipe esta que venceu .", "VERB ADP PROPN PROPN PUNCT NOUN DET PRON VERB PUNCT",
         [(2, 4, "PER")], [("Ronaldo Goldoni", PER, "ner")]),
        ("em Maceió , filho do secretário , morreu .", "ADP PROPN PUNCT NOUN ADP NOUN PUNCT VERB PUNCT",
         [(1, 2, "LOC")], [("Maceió", LOC, "ner")]),
    ):
        assert refined(doc_of(toks(text, pos), ents)) == want, text


def test_no_name_but_a_pronoun_a_lowercase_subject_or_a_heading_run_into_the_sentence():
    for text, pos in (
        ("Este é um município brasileiro .", "PRON AUX DET NOUN ADJ PUNCT"),
        ("Mas foi uma cidade importante .", "CCONJ AUX DET NOUN ADJ PUNCT"),
        ("Pedro e eu fomos a uma cidade .", "PROPN CCONJ PRON VERB ADP DET NOUN PUNCT"),
        ("Ele visitou Cambé , que é uma cidade .", "PRON VERB PROPN PUNCT PRON AUX DET NOUN PUNCT"),
        ("Cambé é um lugar bonito .", "PROPN AUX DET NOUN ADJ PUNCT"),
    ):
        doc = doc_of(toks(text, pos))
        assert refined(doc) == [], text
    # "História": the section's heading; "A Rádio Mantiqueira" the name, an organization already
    tokens = toks("História A Rádio Mantiqueira é uma emissora de rádio .", "NOUN DET PROPN PROPN AUX DET NOUN ADP NOUN PUNCT")
    doc = doc_of(tokens, [(2, 4, "ORG")])
    assert refined(doc) == [("Rádio Mantiqueira", ORG, "ner")]
    # a town no list knows: the predicate types it (a known one, "Geografia Goiânia", the heading
    # rule cuts off first, test_entities)
    tokens = toks("Geografia Ipumirim é a capital de Goiás .", "PROPN PROPN AUX DET NOUN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(0, 2, "MISC"), (6, 7, "LOC")])
    assert refined(doc) == [("Ipumirim", LOC, "rule"), ("Goiás", LOC, "ner")]


def test_a_users_spot_noun_leaves_a_persons_name_a_person_and_one_no_place_noun_is_refused(tmp_path):
    # the spot nouns are data (entities.json "spot_nouns"), read from the lexicon the rules get
    assert entity_words().spot_nouns == {"local", "locais"}
    tokens = toks("as terras passam para Antônio de Brito , lugar onde este estabelece um engenho .",
                  "DET NOUN VERB ADP PROPN ADP PROPN PUNCT NOUN ADV PRON VERB DET NOUN PUNCT")
    doc = doc_of(tokens, [(4, 7, "PER")])
    user = tmp_path / "spots.json"
    user.write_text(json.dumps({"entities": {"predicate_nouns": {"lugar": "LOC"}}}), encoding="utf-8")
    assert refined(doc, entity_words(str(user))) == [("Antônio de Brito", LOC, "ner")]  # "lugar" types it a place
    user.write_text(json.dumps({"entities": {"predicate_nouns": {"lugar": "LOC"}, "spot_nouns": ["lugar", "lugares"]}}), encoding="utf-8")
    assert refined(doc, entity_words(str(user))) == [("Antônio de Brito", PER, "ner")]
    # a spot noun no table types a place would never be read: refused, as a capitalized one
    user.write_text(json.dumps({"entities": {"spot_nouns": ["sítio"]}}), encoding="utf-8")
    with pytest.raises(InputError, match="spot_nouns.*sítio"):
        entity_words(str(user))
    user.write_text(json.dumps({"entities": {"spot_nouns": ["Local"]}}), encoding="utf-8")
    with pytest.raises(InputError, match="spot_nouns.*Local"):
        entity_words(str(user))


def test_a_users_predicate_noun_types_the_name_and_a_bad_type_is_refused(tmp_path):
    user = tmp_path / "lex.json"
    user.write_text(json.dumps({"entities": {"predicate_nouns": {"desembargador": "PER"}}}), encoding="utf-8")
    # (not two surnames, which are a man's without the noun: "Silva Pinto")
    tokens = toks("Tabajara Pinto foi um desembargador .", "PROPN PROPN AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(0, 2, "LOC")])
    assert refined(doc) == [("Tabajara Pinto", LOC, "ner")]
    assert refined(doc, entity_words(str(user))) == [("Tabajara Pinto", PER, "ner")]
    user.write_text(json.dumps({"entities": {"predicate_nouns": {"herdade": "FARM"}}}), encoding="utf-8")
    with pytest.raises(InputError, match="predicate_nouns.*herdade"):
        entity_words(str(user))


def test_a_song_or_a_policy_is_no_person():
    # "música" and "política" also name a song and a policy: no trade of a person ("person_roles")
    tokens = toks("Garota de Ipanema é uma música de Tom Jobim .", "PROPN ADP PROPN AUX DET NOUN ADP PROPN PROPN PUNCT")
    doc = doc_of(tokens, [(0, 3, "LOC"), (7, 9, "PER")])
    assert refined(doc) == [("Garota de Ipanema", LOC, "ner"), ("Tom Jobim", PER, "ner")]
    tokens = toks("Bolsa Família é uma política pública de renda .", "PROPN PROPN AUX DET NOUN ADJ ADP NOUN PUNCT")
    doc = doc_of(tokens, [(0, 2, "ORG")])
    assert refined(doc) == [("Bolsa Família", ORG, "ner")]
    # the masculine trades still type their subject
    tokens = toks("Bolsa Família foi um músico brasileiro .", "PROPN PROPN AUX DET NOUN ADJ PUNCT")
    doc = doc_of(tokens, [(0, 2, "ORG")])
    assert refined(doc) == [("Bolsa Família", PER, "ner")]


def test_another_name_of_it_between_the_name_and_the_copula():
    # Wikipedia leads give the short name before the predicate: the name before the naming words
    # is the copula's subject (teia.extract.naming), the NER's person a club
    tokens = toks("O Högadals Idrottssällskap , ou simplesmente Högadals IS , é um clube de futebol .",
                  "DET PROPN PROPN PUNCT CCONJ ADV PROPN PROPN PUNCT AUX DET NOUN ADP NOUN PUNCT")
    doc = doc_of(tokens, [(1, 3, "PER"), (6, 8, "PER")])
    assert refined(doc)[0] == ("Högadals Idrottssällskap", ORG, "ner")
    tokens = toks("A Comunidade Habitacional I , mais conhecida como Cohatrac I , é um bairro de São Luís .",
                  "DET PROPN PROPN PROPN PUNCT ADV ADJ ADP PROPN PROPN PUNCT AUX DET NOUN ADP PROPN PROPN PUNCT")
    doc = doc_of(tokens, [(1, 4, "ORG"), (8, 10, "PER"), (15, 17, "LOC")])
    assert refined(doc)[0] == ("Comunidade Habitacional I", LOC, "ner")
    # no naming words: the clause between is no other name, the copula has no name before it
    tokens = toks("O Högadals Idrottssällskap , fundado em Estocolmo , é um clube de futebol .",
                  "DET PROPN PROPN PUNCT VERB ADP PROPN PUNCT AUX DET NOUN ADP NOUN PUNCT")
    doc = doc_of(tokens, [(1, 3, "PER"), (6, 7, "LOC")])
    assert refined(doc) == [("Högadals Idrottssällskap", PER, "ner"), ("Estocolmo", LOC, "ner")]


def test_a_lead_naming_its_town_in_two_languages_types_both_names():
    # "X (em basco) ou Y (em castelhano) é um município": both names are the town's, the NER's
    # person and organization places; the glosses emptied to "(em )" as some leads have them
    tokens = toks("Arcentales ( em castelhano ) ou Artzentales ( em basco ) é um município da Espanha .",
                  "PROPN PUNCT ADP NOUN PUNCT CCONJ PROPN PUNCT ADP NOUN PUNCT AUX DET NOUN ADP PROPN PUNCT")
    doc = doc_of(tokens, [(0, 1, "PER"), (6, 7, "ORG"), (15, 16, "LOC")])
    assert refined(doc) == [("Arcentales", LOC, "ner"), ("Artzentales", LOC, "ner"), ("Espanha", LOC, "ner")]
    tokens = toks("Sant Joan de Moró ( em ) ou San Juan de Moró ( em ) é um município .",
                  "PROPN PROPN ADP PROPN PUNCT ADP PUNCT CCONJ PROPN PROPN ADP PROPN PUNCT ADP PUNCT AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(0, 4, "PER"), (8, 12, "PER")])
    assert refined(doc) == [("Sant Joan de Moró", LOC, "ner"), ("San Juan de Moró", LOC, "ner")]
    # the copula's noun gives the type: a singer stays a person
    tokens = toks("Joan Manuel ( em catalão ) ou Juan Manuel ( em castelhano ) é um cantor .",
                  "PROPN PROPN PUNCT ADP NOUN PUNCT CCONJ PROPN PROPN PUNCT ADP NOUN PUNCT AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(0, 2, "LOC"), (7, 9, "PER")])
    assert refined(doc) == [("Joan Manuel", PER, "ner"), ("Juan Manuel", PER, "ner")]


def test_two_names_without_a_gloss_or_not_opening_the_sentence_are_left():
    # no bracket before "ou": two people, either of whom may be the singer, as the NER read them
    tokens = toks("Pedro ou Paulo é um cantor .", "PROPN CCONJ PROPN AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(0, 1, "LOC"), (2, 3, "ORG")])
    assert refined(doc) == [("Pedro", LOC, "ner"), ("Paulo", ORG, "ner")]
    # a bracket of another kind before "ou"
    tokens = toks("Arcentales ( 1990 ) ou Artzentales é um município .", "PROPN PUNCT NUM PUNCT CCONJ PROPN AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(0, 1, "PER"), (5, 6, "PER")])
    assert refined(doc) == [("Arcentales", PER, "ner"), ("Artzentales", PER, "ner")]
    # the first name does not open the sentence
    tokens = toks("Disse que Arcentales ( em ) ou Artzentales ( em ) é um município .",
                  "VERB SCONJ PROPN PUNCT ADP PUNCT CCONJ PROPN PUNCT ADP PUNCT AUX DET NOUN PUNCT")
    doc = doc_of(tokens, [(2, 3, "PER"), (7, 8, "PER")])
    assert [c for _, c, _ in refined(doc)] == [PER, PER]


def test_a_duo_or_a_trio_in_a_lead_is_an_organization_but_not_the_member_named_after_it():
    # issue 17, P51b: "dupla", "trio", "quarteto" (ensemble_nouns) type a lead's name, not the name after them
    tokens = toks("Roxette é uma dupla de música pop rock .", "PROPN AUX DET NOUN ADP NOUN NOUN NOUN PUNCT")
    assert refined(doc_of(tokens, [(0, 1, "PER")])) == [("Roxette", ORG, "ner")]
    tokens = toks("Deee-lite foi um trio de música house .", "PROPN AUX DET NOUN ADP NOUN NOUN PUNCT")
    assert refined(doc_of(tokens)) == [("Deee-lite", ORG, "rule")]
    tokens = toks("a banda foi formada pela dupla Tina Weymouth e Chris Frantz .",
                  "DET NOUN AUX VERB ADP NOUN PROPN PROPN CCONJ PROPN PROPN PUNCT")
    doc = doc_of(tokens, [(6, 8, "PER"), (9, 11, "PER")])
    assert refined(doc) == [("Tina Weymouth", PER, "ner"), ("Chris Frantz", PER, "ner")]
    # a noun of predicate_nouns still types the name after it ("a banda X")
    tokens = toks("tocou com a banda Titãs .", "VERB ADP DET NOUN PROPN PUNCT")
    assert refined(doc_of(tokens, [(4, 5, "PER")])) == [("Titãs", ORG, "ner")]


def test_a_bands_noun_beside_a_persons_name_makes_it_the_band():
    # the guard of "Ronaldo Goldoni, equipe esta que" (a team's noun after its coach) lets a band's noun through
    tokens = toks("Mler Ife Dada , banda portuguesa formada em Cascais .", "PROPN PROPN PROPN PUNCT NOUN ADJ VERB ADP PROPN PUNCT")
    doc = doc_of(tokens, [(0, 3, "PER"), (8, 9, "LOC")])
    assert refined(doc) == [("Mler Ife Dada", ORG, "ner"), ("Cascais", LOC, "ner")]
    tokens = toks("tocou com Mutantes , um trio paulista .", "VERB ADP PROPN PUNCT DET NOUN ADJ PUNCT")
    assert refined(doc_of(tokens, [(2, 3, "PER")])) == [("Mutantes", ORG, "ner")]


def test_a_lead_name_with_an_ampersand_or_an_apostrophe_is_read_whole():
    tokens = toks("Zezé Di Camargo & Luciano é uma dupla sertaneja .", "PROPN PROPN PROPN CCONJ PROPN AUX DET NOUN ADJ PUNCT")
    doc = doc_of(tokens, [(0, 3, "PER"), (4, 5, "PER")])
    assert refined(doc) == [("Zezé Di Camargo & Luciano", ORG, "rule")]
    tokens = toks("Leaves ' Eyes é uma banda de metal .", "PROPN PUNCT PROPN AUX DET NOUN ADP NOUN PUNCT")
    assert refined(doc_of(tokens)) == [("Leaves ' Eyes", ORG, "rule")]
    tokens = toks("Racionais MC 's é um grupo de rap .", "PROPN PROPN PART AUX DET NOUN ADP NOUN PUNCT")
    assert refined(doc_of(tokens, [(0, 2, "PER")])) == [("Racionais MC 's", ORG, "rule")]
    # a quote closing before the copula is no possessive: no name
    tokens = toks("O ' Nome ' é um grupo de rap .", "DET PUNCT PROPN PUNCT AUX DET NOUN ADP NOUN PUNCT")
    assert refined(doc_of(tokens)) == []


def test_an_ensemble_noun_a_person_or_a_place_noun_is_refused(tmp_path):
    assert {"dupla", "trio", "banda"} <= entity_words().ensemble_nouns
    user = tmp_path / "lex.json"
    user.write_text(json.dumps({"entities": {"ensemble_nouns": ["maestro"], "predicate_nouns": {"maestro": "PER"}}}), encoding="utf-8")
    with pytest.raises(InputError, match="ensemble_nouns.*maestro"):
        entity_words(str(user))
