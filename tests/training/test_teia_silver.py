"""training/teia_silver.py: teia's mentions made silver NER docs, on Docs built here by hand (no
dependency on /work/shared/data), and once through the shipped pipeline (slow)."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc, Span  # noqa: E402


@pytest.fixture(scope="module")
def ts(training_module):
    return training_module("teia_silver")


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("pt").vocab


def _sdoc(vocab, words, ents=()):
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def _char(doc, s, e):
    return doc[s].idx, doc[e - 1].idx + len(doc[e - 1])


def _tags(doc):
    return [f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else (t.ent_iob_ or "?") for t in doc]


def test_mentions_are_entities_lower_case_o_capitals_missing(ts, vocab):
    words = ["Ontem", "o", "Pedro", "Nunes", "chegou", "a", "Braga", "e", "Ana", "sorriu", "."]
    sdoc = _sdoc(vocab, words)
    mentions = [(*_char(sdoc, 2, 4), "PER"), (*_char(sdoc, 6, 7), "LOC")]
    doc, made_o = ts.silver_doc(vocab, sdoc, 0, len(sdoc.text), mentions)
    assert [t.text for t in doc] == words
    # "e" joins a name and a capitalized word no mention covers: missing as well (convert._ner_doc)
    assert _tags(doc) == ["?", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "?", "?", "O", "O"]
    assert made_o == 0


def test_a_name_the_rules_rejected_is_o_a_date_they_left_is_missing(ts, vocab):
    words = ["A", "Direção", "Geral", "reuniu", "em", "Maio", "."]
    # the NER saw an organization and a date; teia kept neither
    sdoc = _sdoc(vocab, words, [(1, 3, "ORG"), (5, 6, "DATE")])
    doc, made_o = ts.silver_doc(vocab, sdoc, 0, len(sdoc.text), [])
    assert _tags(doc) == ["?", "O", "O", "O", "O", "?", "O"]
    assert made_o == 2
    # the same name kept by the rules (any mention touching it) is not rejected
    kept = [(*_char(sdoc, 1, 3), "ORG")]
    doc, made_o = ts.silver_doc(vocab, sdoc, 0, len(sdoc.text), kept)
    assert _tags(doc)[1:3] == ["B-ORG", "I-ORG"] and made_o == 0


def test_overlapping_and_misaligned_mentions(ts, vocab):
    words = ["O", "Banco", "de", "Portugal", "abriu", "na", "Avenida", "Infante", "Santo", "."]
    sdoc = _sdoc(vocab, words)
    start, end = _char(sdoc, 1, 4)
    mentions = [
        (start, end, "ORG"),
        (*_char(sdoc, 3, 4), "LOC"),  # inside the longer one: dropped, the longer wins
        (sdoc[6].idx + 2, _char(sdoc, 6, 9)[1], "LOC"),  # starts inside a word: its words missing
    ]
    doc, _ = ts.silver_doc(vocab, sdoc, 0, len(sdoc.text), mentions)
    assert _tags(doc) == ["?", "B-ORG", "I-ORG", "I-ORG", "O", "O", "?", "?", "?", "O"]


def test_one_doc_per_sentence_of_a_joined_document(ts, vocab):
    first, second = "A Ana mora em Faro .", "O Rui não ."
    sdoc = Doc(vocab, words=(first + " " + second).split())
    mentions = [(first.index("Ana"), first.index("Ana") + 3, "PER"), (first.index("Faro"), first.index("Faro") + 4, "LOC"),
                (len(first) + 1 + second.index("Rui"), len(first) + 1 + second.index("Rui") + 3, "PER")]
    a, _ = ts.silver_doc(vocab, sdoc, 0, len(first), mentions)
    b, _ = ts.silver_doc(vocab, sdoc, len(first) + 1, len(first) + 1 + len(second), mentions)
    assert [t.text for t in a] == first.split() and [t.text for t in b] == second.split()
    assert [(e.text, e.label_) for e in a.ents] == [("Ana", "PER"), ("Faro", "LOC")]
    assert [(e.text, e.label_) for e in b.ents] == [("Rui", "PER")]


@pytest.mark.slow
def test_through_the_shipped_pipeline(ts):
    from teia.build.steps import BuildOptions, make_pipeline, pipeline_config

    nlp = make_pipeline(pipeline_config(BuildOptions()))
    sentences = ["O ministro António Costa visitou Coimbra em março de 2016.", "Depois voltou a Lisboa."]
    docs, _ = ts.annotate(nlp, spacy.blank("pt").vocab, "t", sentences)
    assert [[t.text for t in d] for d in docs] == [[t.text for t in nlp.make_doc(s)] for s in sentences]
    ents = {(e.text, e.label_) for d in docs for e in d.ents}
    assert {("Coimbra", "LOC"), ("Lisboa", "LOC")} <= ents
    assert any(lab == "PER" and "António Costa" in text for text, lab in ents)
