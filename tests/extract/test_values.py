"""teia_values: percentages, amounts, measures and ordinal places as VALUE entities (issue 17, P52a).

Hand-built Docs: the words, the NER's entities and teia's mentions are set by the test, so that
each case reads what the rule does with them, not what the model would tag."""

from __future__ import annotations

import json

import spacy
from spacy.tokens import Doc, Span

from teia.extract.entities import MENTIONS
from teia.extract.entity_words import entity_words
from teia.extract.pipeline import TEIA_COMPONENTS, PipelineConfig, create_pipeline
from teia.extract.temporal import EXTENSION as TIMES
from teia.extract.timex import find_times
from teia.extract.values import ValueTagger, mend_values
from teia.records import Mention

_VOCAB = spacy.blank("pt").vocab


def doc_of(words: str, ents: list[tuple[int, int, str]] = (), mentions: list[tuple[int, int, str]] = (), times: bool = False) -> Doc:
    """A Doc of the words (split at spaces), the NER's entities ``(start, end, label)`` as token
    ranges, teia's mentions as token ranges and, with ``times``, the time expressions of its text."""
    doc = Doc(_VOCAB, words=words.split())
    doc.ents = [Span(doc, a, b, label=label) for a, b, label in ents]
    spans = [doc[a:b] for a, b, _ in mentions]
    doc._.set(MENTIONS, [Mention("d", s.start_char, s.end_char, s.text, c) for s, (_, _, c) in zip(spans, mentions)])
    doc._.set(TIMES, find_times(doc.text) if times else [])
    return doc


def values(doc: Doc, words=None) -> list[str]:
    mend_values(doc, words or entity_words())
    return [e.text for e in doc.ents if e.label_ == "VALUE"]


def test_a_percentage_is_a_value_whatever_the_ner_made_of_it():
    # MAC-MORPHO: a headline the NER made one organization; "15 por cento" the NER's date
    doc = doc_of("Vendas de máquinas cresce 99,73 % .", [(0, 7, "ORG")])
    assert values(doc) == ["99,73 %"]
    assert [e.label_ for e in doc.ents] == ["VALUE"]  # no mention held the headline: nothing else stays
    doc = doc_of("subiu 15 por cento , e 40% depois", [(1, 4, "DATE")])
    assert values(doc) == ["15 por cento", "40%"]


def test_an_amount_of_money_by_its_sign_its_currency_or_its_unit_of_account():
    # the NER typed the sign a place and left the number; it had the number of URVs and of euros alone
    doc = doc_of("vendeu por Cr$ 208,2 milhões ou 7.635 URVs , 500 euros e 35 milhões de dólares", [(2, 3, "LOC"), (6, 7, "VALUE"), (9, 10, "VALUE")])
    assert values(doc) == ["Cr$ 208,2 milhões", "7.635 URVs", "500 euros", "35 milhões de dólares"]
    doc = doc_of("Benetton investe US$ 80 mi na mídia", [(2, 5, "VALUE")])
    assert values(doc) == ["US$ 80 mi"]  # a headline's scale, not a tail to drop
    assert all(e.label_ == "VALUE" for e in doc.ents)
    # a sign after a number: the euro's, not the real's, which opens the next price of a list
    assert values(doc_of("custa 500 € , Editora 34 R$ 10,50")) == ["500 €", "R$ 10,50"]


def test_a_measure_keeps_its_unit_and_a_scaled_count_leaves_the_thing_counted_out():
    doc = doc_of("a 21 graus centígrados , em 230 mil metros quadrados , 6 milhões de judeus , pesava 70kg , 2 pontos percentuais", [(1, 2, "VALUE")])
    assert values(doc) == ["21 graus centígrados", "230 mil metros quadrados", "6 milhões", "70kg", "2 pontos percentuais"]
    # a thing counted is no unit: the NER's number stays alone, and no number alone is added
    doc = doc_of("morreram 79 pessoas e 2 desaparecidos", [(1, 2, "VALUE")])
    assert values(doc) == ["79"]


def test_an_ordinal_place_but_not_a_name_an_article_nor_a_coordinate():
    assert values(doc_of("É o 3º leilão e o 12 º ano , a 2.ª edição")) == ["3º", "12 º", "2.ª"]
    # HAREM I train: the articles of a treaty are a work; "o 5.º Exército" opens a name; degrees
    assert values(doc_of("relativamente aos artigos 42 º e 137 º , em matérias")) == []
    assert values(doc_of("o 5.º Exército recuou")) == []
    assert values(doc_of("o imperador D. Pedro 2º empenhava-se", mentions=[(2, 4, "PER")])) == []
    assert values(doc_of("Editora Rocco ( r. Rodrigo Silva , 26 , 5.º andar )")) == []
    assert values(doc_of("no paralelo 19º ' 49")) == []


def test_a_time_expression_and_a_mention_keep_their_words():
    # the time component's duration stays a time; a phone number is a mention (a place)
    doc = doc_of("viveu durante 20 anos em Lisboa", times=True)
    assert [t.text for t in doc._.get(TIMES)] == ["durante 20 anos"]
    assert values(doc) == []
    doc = doc_of("ligue 236 200 810 horas", mentions=[(1, 4, "LOC")])
    assert values(doc) == []
    # a price glued to a review's headline: the price is the value, the name after it stays
    doc = doc_of("R$ 14,50 Trakl transforma grito", [(0, 3, "PER")], mentions=[(2, 3, "PER")])
    assert values(doc) == ["R$ 14,50"]
    assert [(e.text, e.label_) for e in doc.ents] == [("R$ 14,50", "VALUE"), ("Trakl", "PER")]


def test_the_ners_value_drops_the_words_in_lower_case_after_it_but_not_a_half():
    # the NER's values run over a preposition or the thing counted, which HAREM leaves out
    doc = doc_of("custou US$ 9 milhões esse ano e 4,5 milhões de t a mais , 45 mil tratores , 5% sobre", [(1, 6, "VALUE"), (7, 10, "VALUE"), (14, 17, "VALUE"), (18, 20, "VALUE")])
    assert values(doc) == ["US$ 9 milhões", "4,5 milhões de t", "45 mil", "5%"]
    doc = doc_of("viveu 99 anos e meio", [(1, 5, "VALUE")])
    assert values(doc) == ["99 anos e meio"]
    # a wider value holding a number or a capital, or one starting elsewhere, stays as the NER has it
    doc = doc_of("de 20 a 25 anos e US$ 150/200 por ha", [(1, 5, "VALUE"), (6, 8, "VALUE")])
    assert values(doc) == ["20 a 25 anos", "US$ 150/200"]


def test_a_users_lexicon_adds_units(tmp_path):
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps({"version": 1, "entities": {"measure_units": ["braças"]}}), encoding="utf-8")
    doc = doc_of("uma corda de 10 braças")
    assert values(doc) == []
    tagger = ValueTagger(entity_words(str(path)))
    assert [e.text for e in tagger(doc_of("uma corda de 10 braças")).ents] == ["10 braças"]


def test_the_pipeline_runs_it_after_the_time_expressions():
    nlp = create_pipeline(PipelineConfig(model="blank"))
    assert TEIA_COMPONENTS.index("teia_time") < TEIA_COMPONENTS.index("teia_values")
    assert nlp.pipe_names.index("teia_time") < nlp.pipe_names.index("teia_values")
    doc = nlp("A inflação foi de 4,63% em outubro de 1994.")
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "VALUE"] == [("4,63%", "VALUE")]
