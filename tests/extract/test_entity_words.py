"""The word lists of the entity rules as data (``teia/extract/data/entities.json``), extended by the
``entities`` section of a user's ``--lexicon`` file."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from teia.cli import app
from teia.errors import InputError
from teia.extract import entities
from teia.extract.entity_words import DATA_PATH, SCHEMA, entity_words
from teia.extract.labels import EVENT, LOC, ORG, PER
from tests.extract.test_entities import doc_of, toks


def write(path, data):
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_the_shipped_file_has_every_table_and_the_rules_read_it():
    data = json.loads(DATA_PATH.read_text(encoding="utf-8"))
    assert set(data) - {"version", "comment"} == set(SCHEMA)
    shipped = entity_words()
    assert "fotojornalista" in shipped.person_roles and entities.PERSON_ROLES == shipped.person_roles
    assert entities.PERSON_TITLES == entities.ABBREVIATED_TITLES | shipped.person_titles
    assert "rua" in shipped.street_nouns and "ferro" not in shipped.place_classifiers


def _refined(doc, words=None):
    return [(m.text, m.category) for m in entities.refine_mentions(doc, entities.spans_to_mentions(doc.ents, "d"), "d", words)]


def test_a_users_role_makes_the_name_after_it_a_person(tmp_path):
    # one word: two surnames with no article before them are a man's without the role
    # (test_entities.py::test_two_surnames_with_no_article_before_them_are_a_man)
    tokens = toks("O desembargador Quaresma julgou o caso", "DET NOUN PROPN VERB DET NOUN")
    doc = doc_of(tokens, [(2, 3, "LOC")])
    assert _refined(doc) == [("Quaresma", LOC)]
    user = write(tmp_path / "historian.json", {"version": 1, "entities": {"person_roles": ["desembargador", "capitão-mor"]}})
    words = entity_words(user)
    assert "desembargador" in words.person_roles and "fotojornalista" in words.person_roles
    assert _refined(doc, words) == [("Quaresma", PER)]


def test_a_users_street_noun_makes_the_street(tmp_path):
    tokens = toks("Mora na calçada Bolívia", "VERB ADP NOUN PROPN")
    doc = doc_of(tokens, [(3, 4, "LOC")])
    assert _refined(doc) == [("Bolívia", LOC)]
    words = entity_words(write(tmp_path / "streets.json", {"entities": {"street_nouns": ["calcada"]}}))
    assert _refined(doc, words) == [("calçada Bolívia", LOC)]


def test_a_users_field_of_study_makes_a_concept(tmp_path):
    from teia.extract.labels import CONCEPT, ORG

    tokens = toks("licenciatura em Museologia Aplicada", "NOUN ADP PROPN PROPN")
    doc = doc_of(tokens, [(2, 4, "ORG")])
    assert _refined(doc) == [("Museologia Aplicada", ORG)]
    words = entity_words(write(tmp_path / "fields.json", {"entities": {"fields": ["museologia"]}}))
    assert _refined(doc, words) == [("Museologia Aplicada", CONCEPT)]


@pytest.mark.parametrize(
    "table,word,needle",
    [
        ("person_roles", "Desembargador", "'Desembargador' is not in lower case"),
        ("street_nouns", "calçada", "'calçada' is not folded"),
        ("fields", "Economia", "'Economia' is not folded"),
        ("person_roles", 3, "3 is not a word"),
        ("multiword_event_heads", "regata", "'regata' is not two or more words"),
        ("multiword_event_heads", "Volta Ciclística", "'Volta Ciclística' is not folded"),
        ("feminine_titles", "vereadora", "'vereadora' is in neither 'person_titles' nor 'name_titles'"),
        ("venue_heads", "estádio", "'estádio' is not folded"),
        ("product_nouns", "empresa", "'empresa' also types the name after it a place or an organization"),
        ("product_nouns", "Chip", "'Chip' is not in lower case"),
        ("vehicle_models", "Gol", "'Gol' is not in lower case"),
        ("vehicle_models", "uno mille electronic", "'uno mille electronic' is not one or two words"),
        ("vehicle_models", "range  rover", "'range  rover' is not one or two words"),
        ("complement_nouns", "preços", "'preços' is not folded"),
        ("act_event_heads", "guerra", "'guerra' is also an event head"),
        ("act_event_heads", "Independência", "'Independência' is not folded"),
        ("year_event_heads", "copa", "'copa' is also an event head"),
        ("year_event_heads", "Euro", "'Euro' is not folded"),
        ("state_verbs", "assinou", "'assinou' is no verb's infinitive"),
        ("state_act_nouns", "acordo de paz", "'acordo de paz' is not one word"),
    ],
)
def test_a_bad_entry_is_one_error_naming_the_file_and_table(tmp_path, table, word, needle):
    bad = write(tmp_path / "bad.json", {"entities": {table: [word]}})
    with pytest.raises(InputError) as err:
        entity_words(bad)
    assert bad in str(err.value) and table in str(err.value) and needle in str(err.value)


@pytest.mark.parametrize(
    "entry,needle",
    [({"palácio": "LOC"}, "'palácio' is not folded"), ({"teatro": "PER"}, "'teatro': \"PER\" is not one of LOC, ORG")],
)
def test_a_premises_head_is_folded_and_types_a_place_or_an_organization(tmp_path, entry, needle):
    bad = write(tmp_path / "bad.json", {"entities": {"premises_heads": entry}})
    with pytest.raises(InputError) as err:
        entity_words(bad)
    assert "premises_heads" in str(err.value) and needle in str(err.value)
    assert entity_words(write(tmp_path / "ok.json", {"entities": {"premises_heads": {"boliche": "ORG"}}})).premises_heads["boliche"] == ORG


def test_a_bad_entities_section_fails_the_build_in_one_line(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("O desembargador Silva julgou o caso.\n", encoding="utf-8")
    bad = write(tmp_path / "bad.json", {"entities": {"person_roles": ["Desembargador"]}})
    result = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path / "o"), "-m", "blank", "-q", "--lexicon", bad])
    assert result.exit_code == 2
    assert "teia: error:" in result.output and "'Desembargador' is not in lower case" in result.output
    assert "Traceback" not in result.output


def test_a_users_event_head_names_an_event(tmp_path):
    tokens = toks("A Regata Internacional começou ontem", "DET PROPN PROPN VERB ADV")
    doc = doc_of(tokens, [])
    assert entities.find_event_names(doc, [], "d") == ([], set())
    words = entity_words(write(tmp_path / "sea.json", {"entities": {"event_heads": ["regata"]}}))
    assert "congresso" in words.event_heads and "batalha" in words.lowercase_event_heads
    named, _ = entities.find_event_names(doc, [], "d", words)
    assert [(m.text, m.category) for m in named] == [("Regata Internacional", EVENT)]
    grouped = entities.EntityGrouper(None, words=words)(doc_of(tokens, []))
    assert [(m.text, m.category) for m in grouped._.get(entities.MENTIONS)] == [("Regata Internacional", EVENT)]


def test_a_users_head_of_two_words_names_an_event(tmp_path):
    tokens = toks("a Volta Ciclística de Portugal começou", "DET PROPN ADJ ADP PROPN VERB")
    assert entities.find_event_names(doc_of(tokens, []), [], "d") == ([], set())
    words = entity_words(write(tmp_path / "cycling.json", {"entities": {"multiword_event_heads": ["volta ciclistica"]}}))
    assert "grande premio" in words.multiword_event_heads
    named, _ = entities.find_event_names(doc_of(tokens, []), [], "d", words)
    assert [(m.text, m.category) for m in named] == [("Volta Ciclística de Portugal", EVENT)]


def test_a_users_match_word_makes_a_town_its_club_in_a_match_report(tmp_path):
    from teia.extract.labels import ORG

    # "ganhar" is not a shipped match word: with a score alone the town stays a place
    tokens = toks("O Norwich ganhou ao Southampton por 1-0", "DET PROPN VERB ADP PROPN ADP NUM")
    doc = doc_of(tokens, [(1, 2, "LOC"), (4, 5, "LOC")])
    assert _refined(doc) == [("Norwich", LOC), ("Southampton", LOC)]
    words = entity_words(write(tmp_path / "football.json", {"entities": {"match_words": ["ganh"]}}))
    assert "venc" in words.match_words
    assert _refined(doc, words) == [("Norwich", ORG), ("Southampton", LOC)]


def test_a_users_sentence_opener_is_left_out_of_the_name_after_it(tmp_path):
    # "Outrossim Vilaboim votou": an adverb the shipped table lacks stays in the NER's name until a
    # user's lexicon lists it; an entry that is no one word of letters is refused
    tokens = toks("Outrossim Vilaboim votou contra", "ADV PROPN VERB ADV")
    doc = doc_of(tokens, [(0, 2, "PER")])
    assert _refined(doc) == [("Outrossim Vilaboim", PER)]
    words = entity_words(write(tmp_path / "openers.json", {"entities": {"sentence_openers": ["outrossim"]}}))
    assert "ontem" in words.sentence_openers and _refined(doc, words) == [("Vilaboim", PER)]
    with pytest.raises(InputError, match="sentence_openers.*por isso"):
        entity_words(write(tmp_path / "bad.json", {"entities": {"sentence_openers": ["por isso"]}}))


def test_a_users_role_acronym_names_a_person_after_a_masculine_article(tmp_path):
    # "o PF" (a federal policeman) stays the NER's organization until a user's lexicon lists "pf";
    # an entry in the plural or not of letters is refused (the plural is read from the singular)
    from teia.extract.labels import ORG

    doc = doc_of(toks("o PF atirou", "DET PROPN VERB"), [(1, 2, "ORG")])
    assert _refined(doc) == [("PF", ORG)]
    words = entity_words(write(tmp_path / "roles.json", {"entities": {"role_acronyms": ["pf"]}}))
    assert "pm" in words.role_acronyms and _refined(doc, words) == [("PF", PER)]
    with pytest.raises(InputError, match="role_acronyms.*'pms'"):
        entity_words(write(tmp_path / "bad.json", {"entities": {"role_acronyms": ["pms"]}}))
