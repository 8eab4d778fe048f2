"""teia.extract.events.tokens: the trigger candidates read from a Doc's arrays are the tokens the
per-token functions pick, on every token of parsed documents."""

from __future__ import annotations

import pytest

from teia.extract.events.lexicon import NOUN_TRIGGERS
from teia.extract.events.tokens import _maybe_noun_triggers, _trigger_word, _verb_lemma, _verb_trigger_lemmas
from teia.extract.pipeline import PipelineConfig, create_pipeline


@pytest.fixture(scope="module")
def docs(parsed_corpus):
    # and a text whose words have no lemma and no POS (the blank pipeline's tokens)
    return [*parsed_corpus, create_pipeline(PipelineConfig(model="blank")).make_doc(parsed_corpus[0].text)]


def test_verb_trigger_lemmas_are_verb_lemma_of_each_token(docs):
    found = 0
    for doc in docs:
        expected = [(t.i, lemma) for t in doc if (lemma := _verb_lemma(t))]
        assert _verb_trigger_lemmas(doc) == expected
        assert _verb_trigger_lemmas(doc) == expected  # again, from the hashes already seen
        found += len(expected)
    assert found > 50


def test_noun_triggers_are_the_tokens_whose_trigger_word_is_one(docs):
    found = 0
    for doc in docs:
        expected = [t.i for t in doc if _trigger_word(t, NOUN_TRIGGERS) in NOUN_TRIGGERS]
        assert [t.i for t in _maybe_noun_triggers(doc, NOUN_TRIGGERS)] == expected
        found += len(expected)
    assert found > 50


def test_a_noun_trigger_by_its_lemma_alone_or_by_its_form_alone(docs):
    from spacy.tokens import Doc

    vocab = docs[0].vocab
    doc = Doc(vocab, words=["a", "batalha", "da", "Kx", "e", "as", "Guerras"], lemmas=["o", "xyz", "de", "guerra", "e", "o", ""])
    expected = [t.i for t in doc if _trigger_word(t, NOUN_TRIGGERS) in NOUN_TRIGGERS]
    assert expected == [1, 3, 6]  # the form "batalha" (its lemma is none), the lemma "guerra", a plural form
    assert [t.i for t in _maybe_noun_triggers(doc, NOUN_TRIGGERS)] == expected
