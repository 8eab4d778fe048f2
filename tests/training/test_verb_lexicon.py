"""training/verb_lexicon.py: which words of a text are taken as infinitives (no dependency on
/work/shared/data)."""

from __future__ import annotations

from collections import Counter

import pytest

pytest.importorskip("spacy")


@pytest.fixture(scope="module")
def verb_lexicon(training_module):
    return training_module("verb_lexicon")


def test_own_forms_make_a_verb(verb_lexicon):
    words = Counter("militar militou amordaçou amordaçando lugar pomada pomadas consulado consulados superam vendeu".split())
    found = verb_lexicon.own_forms(words)
    assert {"militar", "amordaçar"} <= found
    # an infinitive's shape and "-ado"/"-ada" nouns are no evidence, nor "-eram" ("superam" is superar's)
    assert not found & {"lugar", "pomar", "consular", "super", "vender"}


def test_future_subjunctives_are_no_infinitives(verb_lexicon):
    for word in ("fizer", "tiver", "obtiver", "dispuser", "sobrevier", "quiser", "for", "der"):
        assert verb_lexicon._NOT_INFINITIVE.fullmatch(word), word
    for word in ("fazer", "ter", "obter", "dispor", "vir", "querer", "dizer", "ceder", "viver"):
        assert not verb_lexicon._NOT_INFINITIVE.fullmatch(word), word
