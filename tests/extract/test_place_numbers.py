"""A place's own number stays in its name (issue 17, P50i): ``a Sala 4004``, ``o Terminal 1``, ``a
Rodovia SP 330``, ``a Rua 7`` keep the number after their noun (the ``numbered_places`` table of
``data/entities.json``, the ``street_nouns`` with nothing between), where any other number ending a
place's or a person's name is cut off (``Lisboa 1998``: a year; ``teia.extract.entities._pieces``).
The noun opening the name keeps its number whatever the NER typed the name."""

from __future__ import annotations

import pytest
import spacy

from teia.extract.entities import _pieces
from teia.extract.labels import DATE, LOC, ORG, PER


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


@pytest.mark.parametrize(
    "text,name,expected",
    [
        ("O recital é no Auditório Cláudio Santoro Terça, às 20h.", "Auditório Cláudio Santoro Terça", "Auditório Cláudio Santoro"),
        ("Peça no Teatro Municipal Sexta-Feira às 21h.", "Teatro Municipal Sexta-Feira", "Teatro Municipal"),
        ("Missa na Igreja Matriz Domingo de manhã.", "Igreja Matriz Domingo", "Igreja Matriz"),
    ],
)
def test_a_weekday_closing_a_name_is_cut_off(text, name, expected):
    """A listing's day of the week the NER ran a venue's name into (issue 17, P51a)."""
    assert pieces(text, name) == [expected]


def test_a_weekday_closing_a_venue_the_ner_took_for_a_person():
    text = "Banda 21h, Auditório Cláudio Santoro Terça Orquestra Sinfônica 21h."
    assert pieces(text, "Auditório Cláudio Santoro Terça", PER) == ["Auditório Cláudio Santoro"]


@pytest.mark.parametrize(
    "text,name,category",
    [
        ("Na Quarta-Feira de Cinzas o bloco parou.", "Quarta-Feira de Cinzas", LOC),  # the weekday opens the name
        ("A procissão da Sexta-Feira Santa saiu.", "Sexta-Feira Santa", LOC),
        ("Ele visitou a Quinta da Regaleira em Sintra.", "Quinta da Regaleira", LOC),
        ("Ele voou para Santo Domingo ontem.", "Santo Domingo", LOC),  # a city the lists know
        ("Ouvimos Plácido Domingo cantar.", "Plácido Domingo", PER),  # a person's surname
        ("A loja Sexta abriu.", "Sexta", LOC),  # nothing before it
        ("A Cláusula Sexta - O presente Convênio vigora.", "Cláusula Sexta", LOC),  # an ordinal
    ],
)
def test_a_weekday_of_the_names_own_stays(text, name, category):
    assert pieces(text, name, category) == [name]


def widened(text: str, names: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The mentions :func:`_place_numbers` leaves of ``names`` (text, category) in ``text``."""
    from teia.extract.entities import _place_numbers
    from teia.records import Mention

    doc = spacy.blank("pt")(text)
    ms = [Mention("d", text.index(n), text.index(n) + len(n), n, c) for n, c in names]
    return [(m.text, m.category) for m in _place_numbers(doc, ms, text)]


@pytest.mark.parametrize(
    "text,names,expected",
    [
        ("O voo sai do Terminal 1 às dez.", [("Terminal", LOC)], [("Terminal 1", LOC)]),
        ("A feira ocupa o Pavilhão 3 inteiro.", [("Pavilhão", LOC)], [("Pavilhão 3", LOC)]),
        ("O acidente foi na Rodovia SP 330 ontem.", [("Rodovia SP", LOC)], [("Rodovia SP 330", LOC)]),
        ("A Rodovia SP 330 ontem.", [("Rodovia SP", LOC), ("330", DATE)], [("Rodovia SP 330", LOC)]),  # the number's date goes
        ("Ele esteve em Lisboa 1998 e voltou.", [("Lisboa", LOC)], None),  # no noun of numbered_places
        ("O Terminal Rodoviário 2 fechou.", [("Terminal Rodoviário", LOC)], None),  # a name, no code, between
        ("O Pavilhão 3 Irmãos abriu.", [("Pavilhão", LOC), ("3 Irmãos", ORG)], None),  # over another name
    ],
)
def test_a_place_goes_on_over_its_own_number(text, names, expected):
    """The NER's span ended before the number (issue 17, P51a); ``None``: nothing changes."""
    assert widened(text, names) == (names if expected is None else expected)
