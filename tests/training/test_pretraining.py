"""The pretraining step of ``training/``: the raw-text dump (training splits only) and the
callback that loads a pretrained encoder into the NER model's own tok2vec. Tiny inline
data and randomly initialised models; no dependency on /work/shared/data."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc, DocBin

TRAINING = Path(__file__).resolve().parents[2] / "training"


@pytest.fixture(scope="module")
def raw_text(training_module):
    return training_module("raw_text")


@pytest.fixture(scope="module")
def callbacks(training_module):
    return training_module("callbacks")


def _write(path: Path, texts: list[str]) -> None:
    nlp = spacy.blank("pt")
    DocBin(docs=[nlp.make_doc(t) for t in texts]).to_disk(path)


def test_raw_text_reads_training_splits_only(raw_text, tmp_path):
    texts = {
        "bosque-train": ["Lenin chegou a Petrogrado em abril."],
        "bosque-test": ["Frase de teste que não pode ser vista."],
        "harem-train": ["A Polónia assinou o tratado.", "   "],
        "harem-test": ["Outra frase de teste."],
        "paramopama-train": ["Varsóvia resistiu."],
        "wikiann-train": ["Józef Piłsudski"],
        "wikiann-dev": ["Frase de validação."],
    }
    for name, docs in texts.items():
        _write(tmp_path / f"{name}.spacy", docs)
    got = list(raw_text.raw_texts(tmp_path))
    assert got == [
        "Lenin chegou a Petrogrado em abril.",
        "A Polónia assinou o tratado.",
        "Varsóvia resistiu.",
        "Józef Piłsudski",
    ]


def test_raw_text_cli_writes_jsonl(raw_text, tmp_path, monkeypatch):
    for name in raw_text.SOURCES:
        _write(tmp_path / f"{name}.spacy", [f"Texto de {name}."])
    out = tmp_path / "raw.jsonl"
    monkeypatch.setattr(sys, "argv", ["raw_text.py", "--corpus", str(tmp_path), "--out", str(out)])
    raw_text.main()
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [d["text"] for d in lines] == [f"Texto de {n}." for n in raw_text.SOURCES]
    assert not out.with_name("raw.jsonl.tmp").exists()


def test_raw_text_lines_are_shuffled_deterministically(raw_text, tmp_path):
    src = tmp_path / "raw-pt.txt"
    lines = [f"Frase número {i} do corpus ." for i in range(50)]
    src.write_text("\n".join(lines[:25]) + "\n\n   \n" + "\n".join(lines[25:]) + "\n", encoding="utf-8")
    first = raw_text.shuffled_lines(src, 0)
    assert sorted(first) == sorted(lines)  # blank lines dropped, every sentence once
    assert first != lines
    assert raw_text.shuffled_lines(src, 0) == first
    assert raw_text.shuffled_lines(src, 1) != first


def test_raw_text_cli_lines(raw_text, tmp_path, monkeypatch):
    src = tmp_path / "raw-pt.txt"
    lines = [f"Lenin escreveu o texto {i} ." for i in range(20)]
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "raw-pt.jsonl"
    monkeypatch.setattr(sys, "argv", ["raw_text.py", "--lines", str(src), "--out", str(out)])
    raw_text.main()
    got = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert got == raw_text.shuffled_lines(src, 0)


def test_raw_text_cli_missing_lines_file(raw_text, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["raw_text.py", "--lines", str(tmp_path / "nope.txt"),
                                      "--out", str(tmp_path / "out.jsonl")])
    with pytest.raises(SystemExit):
        raw_text.main()
    assert "no such file" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl").exists()


def _ner_nlp(width: int):
    from spacy.util import load_config, load_model_from_config

    config = load_config(
        TRAINING / "configs" / "ner.cfg",
        overrides={"components.ner.model.tok2vec.encode.width": width},
    )
    nlp = load_model_from_config(config, auto_fill=True)
    ner = nlp.get_pipe("ner")
    ner.add_label("PER")
    doc = nlp.make_doc("Lenin em Varsóvia")
    nlp.initialize(lambda: [spacy.training.Example(doc, Doc(nlp.vocab, words=[t.text for t in doc]))])
    return nlp


def _encoder(nlp):
    return nlp.get_pipe("ner").model.get_ref("tok2vec").layers[0]


def _pretrained_encoder(width: int):
    from spacy.util import load_config, load_model_from_config

    config = load_config(
        TRAINING / "configs" / "ner-pretrain.cfg",
        overrides={"components.tok2vec.model.encode.width": width},
    )
    nlp = load_model_from_config(config, auto_fill=True)
    model = nlp.get_pipe("tok2vec").model
    model.initialize()
    return model


def _params(model):
    return [node.get_param(n) for node in model.walk() for n in node.param_names if node.has_param(n)]


def test_ner_encoder_config_matches_the_pretraining_config(callbacks, tmp_path):
    """The weights `spacy pretrain configs/ner-pretrain.cfg` writes load into the NER
    model's encoder (same architecture in both configs), and only there."""
    import numpy

    width = 16
    pretrained = _pretrained_encoder(width)
    weights = tmp_path / "model-last.bin"
    weights.write_bytes(pretrained.to_bytes())
    nlp = _ner_nlp(width)
    before = [p.copy() for p in _params(_encoder(nlp))]
    upper_before = [p.copy() for p in _params(nlp.get_pipe("ner").model.get_ref("upper"))]
    callbacks.make_load_ner_tok2vec(str(weights))(nlp)
    after = _params(_encoder(nlp))
    expected = _params(pretrained)
    assert len(after) == len(expected) > 0
    assert all(numpy.array_equal(a, e) for a, e in zip(after, expected))
    assert not all(numpy.array_equal(a, b) for a, b in zip(after, before))
    upper_after = _params(nlp.get_pipe("ner").model.get_ref("upper"))
    assert all(numpy.array_equal(a, b) for a, b in zip(upper_after, upper_before))


def test_ner_encoder_callback_without_weights_is_a_no_op(callbacks):
    import numpy

    nlp = _ner_nlp(16)
    before = [p.copy() for p in _params(_encoder(nlp))]
    assert callbacks.make_load_ner_tok2vec(None)(nlp) is nlp
    assert all(numpy.array_equal(a, b) for a, b in zip(_params(_encoder(nlp)), before))


def test_ner_encoder_callback_missing_file(callbacks, tmp_path):
    nlp = _ner_nlp(16)
    with pytest.raises(FileNotFoundError, match="pretrained NER encoder not found"):
        callbacks.make_load_ner_tok2vec(str(tmp_path / "nope.bin"))(nlp)


def test_ner_pretraining_config_has_the_ner_encoder_settings():
    """`ner-pretrain.cfg` must describe the encoder in `ner.cfg`, setting for setting."""
    from spacy.util import load_config

    ner = load_config(TRAINING / "configs" / "ner.cfg", interpolate=True)
    pre = load_config(TRAINING / "configs" / "ner-pretrain.cfg", interpolate=True)
    assert pre["components"]["tok2vec"]["model"] == ner["components"]["ner"]["model"]["tok2vec"]


def test_resume_lemmatizer_rebuilds_the_tree_labels_a_loaded_lemmatizer_lacks(callbacks, tmp_path):
    from spacy.training import Example

    nlp = spacy.blank("pt")
    nlp.add_pipe("trainable_lemmatizer", config={"min_tree_freq": 1})
    words = ["casas", "disse", "o"]
    examples = [Example(nlp.make_doc(" ".join(words)), Doc(nlp.vocab, words=words, lemmas=["casa", "dizer", "o"]))]
    nlp.initialize(lambda: examples)
    trained = dict(nlp.get_pipe("trainable_lemmatizer").tree2label)
    assert len(trained) == 3
    nlp.to_disk(tmp_path / "model")
    loaded = spacy.load(tmp_path / "model")
    lemmatizer = loaded.get_pipe("trainable_lemmatizer")
    # spaCy 3.8.18 loads the labels but leaves this map empty: training would read every
    # lemma as label 0
    # the callback reaches the component while spaCy has it disabled (as init_nlp runs it)
    with loaded.select_pipes(disable=["trainable_lemmatizer"]):
        assert callbacks.make_resume_lemmatizer()(loaded) is loaded
    assert lemmatizer.tree2label == trained
