"""training/configs/lemma-frozen.cfg (issue 17, P69l): a new lemmatizer is trained on a sourced
pipeline's encoder while the encoder, morphologizer and parser stay as they were. A tiny source
pipeline is initialized here (test_assemble.py's, no shared data) whose lemmatizer only knows the identity edit tree;
the training data's lemmas all append "zz", so the trained pipeline's lemmas show that the new
lemmatizer ran, and the frozen components' parameters are compared byte for byte."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import DocBin  # noqa: E402

from tests.training.test_assemble import _examples, _pipeline  # noqa: E402

CONFIG = Path(__file__).resolve().parents[2] / "training" / "configs" / "lemma-frozen.cfg"
FROZEN = ("tok2vec", "morphologizer", "parser")


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

    # the syntax pipeline of test_assemble.py: its lemmatizer knows only the identity edit tree
    _pipeline(tmp_path / "source", {"morphologizer", "parser"}, lambda w: w, seed=1)
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
