"""The name of God is a person's name wherever the capitalized word stands (teia.extract.deity)."""

from __future__ import annotations

from teia.extract.entities import MENTIONS, EntityGrouper
from teia.extract.labels import LOC, ORG, PER, WORK

from tests.extract.test_entities import doc_of, toks


def mentions(doc):
    EntityGrouper(None)(doc)
    return [(m.text, m.category) for m in doc._.get(MENTIONS)]


def test_god_left_out_by_the_ner_is_a_person():
    # HAREM I train: "graças a Deus, hoje não tenho problema", "Que sonho horrível, meu Deus!"
    doc = doc_of(toks("e graças a Deus , meu Deus !", "CCONJ NOUN ADP PROPN PUNCT DET PROPN PUNCT"))
    assert mentions(doc) == [("Deus", PER), ("Deus", PER)]


def test_words_before_god_in_a_ner_name_are_cut_off():
    # Machado: "Meu Deus, que será de mim?", "— Santo Deus!", the NER's organizations; HAREM I dev
    # "Para agrado de Deus Nosso Senhor", the NER's organization, is "Deus Nosso Senhor"
    doc = doc_of(toks("Meu Deus , santo Deus", "DET PROPN PUNCT ADJ PROPN"), [(0, 2, "ORG"), (3, 5, "LOC")])
    assert mentions(doc) == [("Deus", PER), ("Deus", PER)]
    tokens = toks("Para agrado de Deus Nosso Senhor", "ADP NOUN ADP PROPN PROPN PROPN")
    doc = doc_of(tokens, [(0, 6, "ORG")])
    assert mentions(doc) == [("Deus Nosso Senhor", PER)]


def test_a_name_holding_god_after_de_stays_as_it_is():
    # "o Partido de Deus" (HAREM I train, Hizbollah), "a Cidade de Deus" the NER missed,
    # a work's title the NER found
    tokens = toks("o Partido de Deus e a Cidade de Deus e O Deus das Pequenas Coisas", "DET PROPN ADP PROPN CCONJ DET PROPN ADP PROPN CCONJ DET PROPN ADP PROPN PROPN")
    doc = doc_of(tokens, [(1, 4, "ORG"), (10, 15, "WORK")])
    assert mentions(doc) == [("Partido de Deus", ORG), ("O Deus das Pequenas Coisas", WORK)]


def test_the_lowercase_word_is_no_name():
    doc = doc_of(toks("o deus Marte", "DET NOUN PROPN"), [(2, 3, "LOC")])
    assert mentions(doc) == [("Marte", LOC)]


def test_the_epithet_after_god_is_part_of_the_name():
    # HAREM I dev: "Para agrado de Deus Nosso Senhor e perpétuo logro de Satanás", no NER name;
    # a verb after it is none (a headline "Deus Criou")
    tokens = toks("agrado de Deus Nosso Senhor e Deus Criou", "NOUN ADP PROPN DET PROPN CCONJ PROPN VERB")
    assert mentions(doc_of(tokens)) == [("Deus Nosso Senhor", PER), ("Deus", PER)]


def test_every_mention_of_the_name_in_a_long_document_is_found_after_a_cut_one():
    # a name cut to start at "Deus" ("Meu Deus" of the NER) before a "Deus" no mention holds: the
    # second mention's text is read from the document, not from the first one's
    from teia.extract.deity import deity_mentions
    from teia.extract.labels import ORG, PER
    from teia.records import Mention
    from tests.extract.test_entities import doc_of, toks

    doc = doc_of(toks("Meu Deus ! Graças a Deus .", "PRON PROPN PUNCT NOUN ADP PROPN PUNCT"), [])
    found = deity_mentions(doc, [Mention("d", 0, 8, "Meu Deus", ORG)], "d", frozenset({"deus"}))
    assert [(m.text, m.category, m.start) for m in found] == [("Deus", PER, 4), ("Deus", PER, 20)]
