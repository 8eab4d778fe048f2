"""A place's own number stays in its name (issue 17, P50i): ``a Sala 4004``, ``o Terminal 1``, ``a
Rodovia SP 330``, ``a Rua 7`` keep the number after their noun (the ``numbered_places`` table of
``data/entities.json``, the ``street_nouns`` with nothing between), where any other number ending a
place's or a person's name is cut off (``Lisboa 1998``: a year; ``teia.extract.entities._pieces``).
The noun opening the name keeps its number whatever the NER typed the name."""

from __future__ import annotations

import pytest
import spacy

from teia.extract.entities import _pieces
from teia.extract.labels import LOC, PER


def pieces(text: str, name: str, category: str = LOC) -> list[str]:
    """The names :func:`_pieces` reads in the NER span ``name`` of ``text``."""
    doc = spacy.blank("pt")(text)
    span = doc.char_span(text.index(name), text.index(name) + len(name))
    return [doc[a:b].text for a, b in _pieces(doc, span.start, span.end, category)]


@pytest.mark.parametrize(
    "text,name",
    [
        ("A palestra será na Sala 4004 do prédio.", "Sala 4004"),
        ("O encontro foi no Auditório 2 ontem.", "Auditório 2"),
        ("A feira ocupa o Pavilhão 3 inteiro.", "Pavilhão 3"),
        ("O voo sai do Terminal 1 às dez.", "Terminal 1"),
        ("O acidente foi na Rodovia SP 330 ontem.", "Rodovia SP 330"),
        ("O show foi no Hangar 110 em São Paulo.", "Hangar 110"),
        ("Ele mora na Rua 7 há anos.", "Rua 7"),
    ],
)
def test_a_places_own_number_stays(text, name):
    assert pieces(text, name) == [name]


@pytest.mark.parametrize(
    "text,name,expected,category",
    [
        ("Ele esteve em Lisboa 1998 e voltou.", "Lisboa 1998", "Lisboa", LOC),  # a year
        ("O Brasil 2 a 1 foi visto.", "Brasil 2", "Brasil", LOC),  # a score
        ("Ele morou na Rua Costa Aguiar 590 anos.", "Rua Costa Aguiar 590", "Rua Costa Aguiar", LOC),  # a name between
        ("A Sala Cecília Meireles 2 abriu.", "Sala Cecília Meireles 2", "Sala Cecília Meireles", LOC),  # a name, no code
        ("O João 2 chegou.", "João 2", "João", PER),  # a person's name takes no number
    ],
)
def test_any_other_number_is_cut_off(text, name, expected, category):
    assert pieces(text, name, category) == [expected]
