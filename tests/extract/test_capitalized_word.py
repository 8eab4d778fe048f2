"""The one test of a capitalized word (teia.extract.characters.capitalized_word), read by the
characters' evidence and by the entity rule that joins a name cut at a particle."""

from __future__ import annotations

from teia.extract import entities
from teia.extract.characters import capitalized_word


def test_letters_only_the_first_a_capital():
    for word in ("Santos", "Mello", "EUA", "Ávila", "Ó"):
        assert capitalized_word(word), word
    for word in ("santos", "D.", "Sá-Carneiro", "1964", "Carel2", "", "de"):
        assert not capitalized_word(word), word


def test_the_entity_rules_keep_no_twin():
    assert entities.capitalized_word is capitalized_word
    assert not hasattr(entities, "_is_cap_word")
