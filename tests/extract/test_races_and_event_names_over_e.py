"""Event names teia typed organizations or places (issue 17, P69v): a Grand Prix, a race, a
procession and a convention before de, a beer festival, and an event's name the NER read over its
``e`` (``a 34ª Exposição Agropecuária e Industrial``)."""

from __future__ import annotations

from teia.extract.entities import MENTIONS, EntityGrouper
from teia.extract.labels import EVENT, LOC, ORG, PER
from tests.extract.test_entities import doc_of, toks


def _mentions(doc):
    EntityGrouper(None)(doc)
    return [(m.text, m.category) for m in getattr(doc._, MENTIONS)]


def test_a_grand_prix_a_race_a_procession_and_a_convention_before_de_are_events():
    # MAC-MORPHO's sports section: the NER tags "o GP do Brasil" an organization, "a Corrida de
    # São Silvestre" a place; Wikipedia: "o Círio de Nazaré", "a Convenção de Aguascalientes"
    cases = [
        ("venceu o GP do Brasil ontem", "VERB DET PROPN ADP PROPN ADV", (2, 5, "ORG"), "GP do Brasil"),
        ("o GP da Espanha de 1990", "DET PROPN ADP PROPN ADP NUM", (1, 6, "ORG"), "GP da Espanha de 1990"),
        ("correu a Corrida de São Silvestre", "VERB DET PROPN ADP PROPN PROPN", (2, 6, "LOC"), "Corrida de São Silvestre"),
        ("durante o Círio de Nazaré", "ADP DET PROPN ADP PROPN", (2, 5, "ORG"), "Círio de Nazaré"),
        ("na Convenção de Aguascalientes", "ADP PROPN ADP PROPN", (1, 4, "ORG"), "Convenção de Aguascalientes"),
    ]
    for words, tags, span, name in cases:
        assert _mentions(doc_of(toks(words, tags), [span])) == [(name, EVENT)], words


def test_those_words_without_de_stay_what_the_ner_says():
    # a firm, the Easter candle, a body
    for words, tags, span, name, label in [
        ("a GP Investimentos comprou", "DET PROPN PROPN VERB", (1, 3, "ORG"), "GP Investimentos", ORG),
        ("o Círio Pascal foi aceso", "DET PROPN PROPN AUX VERB", (1, 3, "PER"), "Círio Pascal", PER),
        ("a Convenção Batista Brasileira reuniu", "DET PROPN PROPN PROPN VERB", (1, 4, "ORG"), "Convenção Batista Brasileira", ORG),
    ]:
        assert _mentions(doc_of(toks(words, tags), [span])) == [(name, label)], words


def test_a_beer_festival_opening_the_name_is_an_event():
    # Wikipedia: the NER tags "a Oktoberfest de Igrejinha" and "a Oktoberfest" places
    doc = doc_of(toks("a Oktoberfest de Igrejinha atrai turistas", "DET PROPN ADP PROPN VERB NOUN"), [(1, 4, "LOC")])
    assert _mentions(doc) == [("Oktoberfest de Igrejinha", EVENT)]
    doc = doc_of(toks("visitou a Oktoberfest em outubro", "VERB DET PROPN ADP NOUN"), [(2, 3, "LOC")])
    assert _mentions(doc) == [("Oktoberfest", EVENT)]


def test_an_event_name_the_ner_read_over_its_e_is_one_event():
    # MAC-MORPHO: the NER's organization or place over the "e"; the rule's run stopped at it and
    # left the NER's type
    for words, tags, span, name in [
        (
            "foi destaque da 34ª Exposição Agropecuária e Industrial ontem",
            "AUX NOUN ADP ADJ PROPN PROPN CCONJ PROPN ADV",
            (3, 8, "ORG"),
            "34ª Exposição Agropecuária e Industrial",
        ),
        (
            "abriu a 45ª Feira de Ciência e Engenharia ontem",
            "VERB DET ADJ PROPN ADP PROPN CCONJ PROPN ADV",
            (2, 8, "LOC"),
            "45ª Feira de Ciência e Engenharia",
        ),
        (
            "A 14ª Exposição Estadual de Animais e Produtos Derivados abriu",
            "DET ADJ PROPN PROPN ADP PROPN CCONJ PROPN PROPN VERB",
            (0, 9, "ORG"),
            "14ª Exposição Estadual de Animais e Produtos Derivados",
        ),
    ]:
        assert _mentions(doc_of(toks(words, tags), [span])) == [(name, EVENT)], words


def test_two_events_joined_by_e_stay_as_the_ner_has_them():
    # a second event head or an article after the "e": two events, not one name
    doc = doc_of(
        toks("venceu o Torneio Relâmpago e Torneio Municipal", "VERB DET PROPN PROPN CCONJ PROPN PROPN"),
        [(2, 7, "ORG")],
    )
    assert _mentions(doc) == [("Torneio Relâmpago e Torneio Municipal", ORG)]
    doc = doc_of(
        toks("a Exposição Nacional e a Mostra Funcional", "DET PROPN PROPN CCONJ DET PROPN PROPN"),
        [(1, 7, "ORG")],
    )
    assert _mentions(doc) == [("Exposição Nacional e a Mostra Funcional", ORG)]


def test_a_capitalized_e_after_an_event_name_is_a_glued_sentences_verb():
    # Wikipedia: a heading glued to its sentence, "Círio de Nossa Senhora de Nazaré É realizado"
    doc = doc_of(
        toks("Festival de Inverno É realizado em julho", "PROPN ADP PROPN AUX VERB ADP NOUN"),
        [(0, 3, "ORG")],
    )
    assert _mentions(doc) == [("Festival de Inverno", EVENT)]
