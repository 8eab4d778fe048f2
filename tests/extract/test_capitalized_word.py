"""The one test of a capitalized word (teia.extract.characters.capitalized_word), read by the
characters' evidence and by the entity rule that joins a name cut at a particle, and of a
capitalized token (capitalized_token), read by the entity rules and the predicate typing."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from teia.extract import entities, predicate_types
from teia.extract.characters import capitalized_token, capitalized_word


def test_letters_only_the_first_a_capital():
    for word in ("Santos", "Mello", "EUA", "Ávila", "Ó"):
        assert capitalized_word(word), word
    for word in ("santos", "D.", "Sá-Carneiro", "1964", "Carel2", "", "de"):
        assert not capitalized_word(word), word


def test_the_entity_rules_keep_no_twin():
    assert entities.capitalized_word is capitalized_word
    assert not hasattr(entities, "_is_cap_word")


def test_a_capitalized_token_opens_with_a_capital_and_holds_a_letter():
    words = ["Santos", "D.", "Sá-Carneiro", "EUA", "santos", "1964", "(", "de"]
    doc = Doc(spacy.blank("pt").vocab, words=words)
    assert [tok.text for tok in doc if capitalized_token(tok)] == ["Santos", "D.", "Sá-Carneiro", "EUA"]


def test_the_entity_rules_and_the_predicate_typing_keep_no_twin():
    assert entities.capitalized_token is capitalized_token and predicate_types.capitalized_token is capitalized_token
    assert not hasattr(entities, "_is_cap") and not hasattr(predicate_types, "_cap")


def test_the_event_names_read_the_same_test():
    # entities' own _cap also took a Roman numeral, which opens with a capital letter anyway
    # (issue 17, P68c): one test serves both
    assert not hasattr(entities, "_cap")
    doc = Doc(spacy.blank("pt").vocab, words=["o", "XV", "Congresso", "IV.", "de", "Lisboa"])
    assert [tok.text for tok in doc if capitalized_token(tok)] == ["XV", "Congresso", "IV.", "Lisboa"]
