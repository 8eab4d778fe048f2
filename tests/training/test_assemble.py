"""training/assemble.py --lemmatizer: the lemmatizer comes from another pipeline with its own
copy of that pipeline's encoder, the other syntax components keep listening to the syntax
encoder. Tiny pipelines initialized here (no training, no shared data): the syntax pipeline's
lemmatizer only knows the identity edit tree, the other one only "append zz", so whose
lemmatizer runs shows in every lemma."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from spacy.training import Example  # noqa: E402

LISTENER = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "tok2vec"}
SENTENCES = [
    ("Ana comprou livros .", ["PROPN", "VERB", "NOUN", "PUNCT"], [1, 1, 1, 1], ["nsubj", "ROOT", "obj", "punct"]),
    ("O gato dorme .", ["DET", "NOUN", "VERB", "PUNCT"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"]),
    ("Rui leu cartas .", ["PROPN", "VERB", "NOUN", "PUNCT"], [1, 1, 1, 1], ["nsubj", "ROOT", "obj", "punct"]),
]
TEXT = "Ana leu o livro ."


def _examples(nlp, lemma_of):
    examples = []
    for text, pos, heads, deps in SENTENCES:
        words = text.split()
        gold = {"words": words, "pos": pos, "heads": heads, "deps": deps, "lemmas": [lemma_of(w) for w in words]}
        examples.append(Example.from_dict(nlp.make_doc(text), gold))
    return examples


def _pipeline(path, components, lemma_of, seed):
    spacy.util.fix_random_seed(seed)
    nlp = spacy.blank("pt")
    nlp.add_pipe("tok2vec")
    if "morphologizer" in components:
        nlp.add_pipe("morphologizer", config={"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": LISTENER}})
    nlp.add_pipe("trainable_lemmatizer", config={"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": LISTENER}})
    if "parser" in components:
        nlp.add_pipe("parser", config={"model": {
            "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "parser",
            "extra_state_tokens": False, "hidden_width": 32, "maxout_pieces": 2, "use_upper": True,
            "tok2vec": LISTENER}})
    examples = _examples(nlp, lemma_of)
    nlp.initialize(lambda: examples)
    nlp.to_disk(path)
    return nlp


@pytest.fixture(scope="module")
def pipelines(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("assemble")
    syntax = _pipeline(tmp / "syntax", {"morphologizer", "parser"}, lambda w: w, seed=1)
    _pipeline(tmp / "lemmas", set(), lambda w: w + "zz", seed=2)
    spacy.util.fix_random_seed(3)
    ner = spacy.blank("pt")
    ner.add_pipe("ner")
    ner.initialize(lambda: [Example.from_dict(ner.make_doc("Ana leu ."), {"entities": ["U-PER", "O", "O"]})])
    ner.to_disk(tmp / "ner")
    return tmp, syntax


def test_the_lemmatizer_comes_with_its_own_encoder_and_the_rest_keeps_the_syntax_one(training_module, pipelines):
    assemble = training_module("assemble")
    tmp, syntax = pipelines
    assemble.assemble(tmp / "syntax", tmp / "ner", tmp / "out", lemmatizer=tmp / "lemmas")
    nlp = spacy.load(tmp / "out")
    assert nlp.pipe_names == ["tok2vec", "morphologizer", "trainable_lemmatizer", "parser", "ner"]
    assert nlp.get_pipe("tok2vec").listening_components == ["morphologizer", "parser"]
    lemma_model = nlp.config["components"]["trainable_lemmatizer"]["model"]["tok2vec"]
    assert lemma_model["@architectures"] != "spacy.Tok2VecListener.v1"
    doc, alone = nlp(TEXT), syntax(TEXT)
    assert [t.lemma_ for t in doc] == [t.text + "zz" for t in doc]
    assert [t.lemma_ for t in alone] == [t.text for t in alone]
    # the parse is still the syntax pipeline's
    assert [t.head.i for t in doc] == [t.head.i for t in alone]
    assert [t.dep_ for t in doc] == [t.dep_ for t in alone]


def test_without_the_option_the_syntax_pipeline_s_lemmatizer_stays(training_module, pipelines):
    assemble = training_module("assemble")
    tmp, _ = pipelines
    assemble.assemble(tmp / "syntax", tmp / "ner", tmp / "out-own")
    nlp = spacy.load(tmp / "out-own")
    assert "trainable_lemmatizer" in nlp.get_pipe("tok2vec").listening_components
    assert [t.lemma_ for t in nlp(TEXT)] == TEXT.split()
