"""Lookups a long document asked again and again, now made once (P50s: the extraction of a
32,000-word document): the shipped entity word lists, the known places among a document's people,
the people the kin rules read, the verb forms of the dialogue and news tags.

The answers are the same as before; what is tested is that the work is not repeated (the sample
graph, the records of a 32,028-word document and the HAREM I dev counts are compared in
``docs/benchmarks.md``)."""

from __future__ import annotations

import json

import pytest
from handparse import relations_pipeline, table_doc

import teia.extract.entities as entities
from teia.extract.entities import ENTITIES
from teia.extract.entity_words import entity_words
from teia.extract.relations import kin_conjunct
from teia.extract.relations.gates import known_place_name, known_place_names
from teia.extract.relations.kin_conjunct import named_people
from teia.records import Entity


def test_the_shipped_word_lists_are_read_once_and_a_users_file_still_extends_them(tmp_path) -> None:
    assert entity_words() is entity_words()  # contest_verb_of asks for them per name
    user = tmp_path / "words.json"
    user.write_text(json.dumps({"entities": {"person_roles": ["desembargador"]}}), encoding="utf-8")
    extended = entity_words(str(user))
    assert extended is not entity_words() and "desembargador" in extended.person_roles
    assert "desembargador" not in entity_words().person_roles


@pytest.fixture
def title_lookups(monkeypatch) -> list[list[str]]:
    """The names of each call of ``title_types`` that the known places make."""
    calls: list[list[str]] = []
    real = entities.title_types

    def counted(names, *args, **kwargs):
        names = list(names)
        calls.append(names)
        return real(names, *args, **kwargs)

    monkeypatch.setattr(entities, "title_types", counted)
    return calls


NAMES = ["Inglaterra", "Paris", "Calcutá", "Saskatoon", "Jardim", "Pedro Silva", "Rui Lobo"]


def test_the_known_places_among_names_ask_the_knowledge_base_once(title_lookups) -> None:
    found = known_place_names(NAMES)
    # a country as written, a place of the name lists, two titles of places only; not a common
    # noun that only towns' titles with a bracket hold, nor a person (Silva, Lobo: surnames, not asked)
    assert found == {"Inglaterra", "Paris", "Calcutá", "Saskatoon"}
    assert len(title_lookups) == 1 and sorted(title_lookups[0]) == ["Calcutá", "Jardim", "Saskatoon"]
    assert {n for n in NAMES if known_place_name(n)} == found  # one name at a time: the same answers


PEOPLE = """
Rui Rui PROPN nsubj 2
Lobo Lobo PROPN flat:name 0
viu ver VERB ROOT 2
Ana Ana PROPN obj 2
Reis Reis PROPN flat:name 3
em em ADP case 6
Saskatoon Saskatoon PROPN obl 2
. . PUNCT punct 2
"""


def test_the_people_of_a_document_are_read_once_for_the_three_kin_rules(title_lookups) -> None:
    doc = table_doc(relations_pipeline(), PEOPLE, [("PER", 0, 2), ("PER", 3, 5), ("PER", 6, 7)], "d", run=False)
    people = [Entity(f"e{k}", m.text, "PER", mentions=(m,)) for k, m in enumerate(entities.spans_to_mentions(doc.ents, "d"))]
    doc._.set(ENTITIES, tuple(people))
    first = named_people(doc)
    assert [doc.text[s:e] for s, e, _ in first] == ["Rui Lobo", "Ana Reis"]  # Saskatoon: a place's title
    assert named_people(doc) is first and len(title_lookups) == 1  # the couple and kin-pair rules ask again
    doc._.set(ENTITIES, tuple(people[:1]))  # a new entity list (the rules add nodes): read again
    assert [doc.text[s:e] for s, e, _ in named_people(doc)] == ["Rui Lobo"]
    assert kin_conjunct.named_people is named_people


def test_a_verb_form_is_worked_out_once() -> None:
    entities._verb_form.cache_clear()
    assert entities._verb_form("disse") and entities._verb_form("afirmou") and not entities._verb_form("lobo")
    assert entities._verb_form("disse")
    info = entities._verb_form.cache_info()
    assert (info.hits, info.misses) == (1, 3)


def test_a_long_documents_joined_text_is_checked_once_and_kept_for_the_rules(monkeypatch) -> None:
    import spacy

    from teia.extract import pieces
    from teia.extract.docindex import doc_text

    monkeypatch.setattr(pieces, "PIECE_CHARS", 40)
    text = "O Rui Lobo chegou a Lisboa.\n\nA Ana Reis partiu para o Porto.\n\nNada mais se soube.\n"
    doc = pieces.process_long(spacy.blank("pt"), text, "teia.doc_id", "d", [])
    assert doc.user_data["teia.text"] == (len(doc), text)  # the check's join, which the rules read again
    assert doc_text(doc) is doc.user_data["teia.text"][1] and doc.text == text
