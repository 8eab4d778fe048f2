"""training/configs/lemma-frozen.cfg (issue 17, P69l): a new lemmatizer is trained on a sourced
pipeline's encoder while the encoder, morphologizer and parser stay as they were. A tiny source
pipeline is initialized here (no shared data) whose lemmatizer only knows the identity edit tree;
the training data's lemmas all append "zz", so the trained pipeline's lemmas show that the new
lemmatizer ran, and the frozen components' parameters are compared byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402

CONFIG = Path(__file__).resolve().parents[2] / "training" / "configs" / "lemma-frozen.cfg"
LISTENER = {"@architectures": "spacy.Tok2VecListener.v1", "width": 96, "upstream": "tok2vec"}
SENTENCES = [
    ("Ana comprou livros .", ["PROPN", "VERB", "NOUN", "PUNCT"], [1, 1, 1, 1], ["nsubj", "ROOT", "obj", "punct"]),
    ("O gato dorme .", ["DET", "NOUN", "VERB", "PUNCT"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "punct"]),
    ("Rui leu cartas .", ["PROPN", "VERB", "NOUN", "PUNCT"], [1, 1, 1, 1], ["nsubj", "ROOT", "obj", "punct"]),
]
FROZEN = ("tok2vec", "morphologizer", "parser")


def _examples(nlp, lemma_of):
    examples = []
    for text, pos, heads, deps in SENTENCES:
        words = text.split()
        gold = {"words": words, "pos": pos, "heads": heads, "deps": deps, "lemmas": [lemma_of(w) for w in words]}
        examples.append(Example.from_dict(nlp.make_doc(text), gold))
    return examples


def _source(path: Path) -> None:
    spacy.util.fix_random_seed(1)
    nlp = spacy.blank("pt")
    nlp.add_pipe("tok2vec")
    nlp.add_pipe("morphologizer", config={"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": LISTENER}})
    nlp.add_pipe("trainable_lemmatizer", config={"model": {"@architectures": "spacy.Tagger.v2", "tok2vec": LISTENER}})
    nlp.add_pipe("parser", config={"model": {
        "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "parser",
        "extra_state_tokens": False, "hidden_width": 32, "maxout_pieces": 2, "use_upper": True,
        "tok2vec": LISTENER}})
    nlp.initialize(lambda: _examples(nlp, lambda w: w))
    nlp.to_disk(path)


def _corpus(path: Path) -> None:
    nlp = spacy.blank("pt")
    docs = [eg.reference for eg in _examples(nlp, lambda w: w + "zz")]
    DocBin(docs=docs * 4).to_disk(path)


def _weights(model) -> list[tuple[str, str, bytes]]:
    """Every parameter of a thinc model, by layer (a layer's attrs, such as the dropout rate
    training sets on the parser's, are not weights and may change)."""
    return [(layer.name, param, layer.get_param(param).tobytes())
            for layer in model.walk() for param in layer.param_names if layer.has_param(param)]


def test_only_the_new_lemmatizer_learns_and_it_listens_to_the_frozen_encoder(tmp_path):
    from spacy.cli.train import train

    _source(tmp_path / "source")
    _corpus(tmp_path / "corpus.spacy")
    train(CONFIG, tmp_path / "out", overrides={
        "paths.source": str(tmp_path / "source"), "paths.vectors": None,
        "paths.train": str(tmp_path / "corpus.spacy"), "paths.dev": str(tmp_path / "corpus.spacy"),
        "training.max_steps": 4, "training.eval_frequency": 2,
    })
    nlp = spacy.load(tmp_path / "out" / "model-last")
    source = spacy.load(tmp_path / "source")
    for name in FROZEN:
        assert _weights(nlp.get_pipe(name).model) == _weights(source.get_pipe(name).model), name
    assert nlp.pipe_names == ["tok2vec", "morphologizer", "trainable_lemmatizer", "parser"]
    # one encoder: the new lemmatizer listens to the sourced one, as the morphologizer and parser do
    assert nlp.get_pipe("tok2vec").listening_components == ["morphologizer", "trainable_lemmatizer", "parser"]
    doc = nlp("Ana leu cartas .")
    assert [t.lemma_ for t in doc] == [t.text + "zz" for t in doc]
    # the parse and tags are the source pipeline's
    before = source("Ana leu cartas .")
    assert [t.lemma_ for t in before] == [t.text for t in before]
    assert [(t.head.i, t.dep_, t.pos_) for t in doc] == [(t.head.i, t.dep_, t.pos_) for t in before]
