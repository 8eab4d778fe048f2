from __future__ import annotations

from teia.graph.iris import IriMinter, kind_of, slugify


def test_slugify_folds_accents_and_polish_letters():
    assert slugify("Józef Piłsudski") == "jozef-pilsudski"
    assert slugify("União das Repúblicas Socialistas Soviéticas") == "uniao-das-republicas-socialistas-sovieticas"
    assert slugify("Exército Vermelho") == "exercito-vermelho"


def test_slugify_is_never_empty_and_stays_distinct_for_non_latin():
    a, b = slugify("Ленин"), slugify("Троцкий")
    assert a and b and a != b


def test_kind_of():
    assert kind_of("PoliticalParty") == "political-party"
    assert kind_of("Person") == "person"


def test_collisions_get_distinct_iris_independent_of_order():
    ents = [("k1", "person", "Lenin"), ("k2", "person", "Lênin"), ("k3", "place", "Lenin")]
    first = IriMinter("https://example.org/").assign(ents)
    second = IriMinter("https://example.org/").assign(list(reversed(ents)))
    assert first == second
    assert len(set(first.values())) == 3
    assert str(first["k1"]) == "https://example.org/person/lenin"
    assert str(first["k3"]) == "https://example.org/place/lenin"
