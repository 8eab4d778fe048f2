"""training/evaluate.py: which splits are scored (dev for choosing, test for reporting), on a
tiny NER pipeline and sentences written here (no dependency on /work/shared/data)."""

from __future__ import annotations

import json
import sys

import pytest

spacy = pytest.importorskip("spacy")

from spacy.tokens import DocBin  # noqa: E402
from spacy.training import Example  # noqa: E402

SENTENCES = [
    ("Lenin chegou a Moscou em março .", [(0, 1, "PER"), (3, 4, "LOC")]),
    ("A Rússia assinou o tratado .", [(1, 2, "LOC")]),
    ("Pilsudski governou a Polônia .", [(0, 1, "PER"), (3, 4, "LOC")]),
]


def _doc(nlp, words, ents):
    doc = spacy.tokens.Doc(nlp.vocab, words=words.split())
    doc.ents = [doc.char_span(doc[s].idx, doc[e - 1].idx + len(doc[e - 1]), label=lab) for s, e, lab in ents]
    return doc


@pytest.fixture(scope="module")
def setup(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("evaluate")
    nlp = spacy.blank("pt")
    nlp.add_pipe("ner")
    docs = [_doc(nlp, words, ents) for words, ents in SENTENCES]
    nlp.initialize(lambda: [Example(nlp.make_doc(d.text), d) for d in docs])
    nlp.to_disk(tmp / "model")
    corpus = tmp / "corpus"
    corpus.mkdir()
    for split in ("harem-dev", "paramopama-dev", "harem-test", "paramopama-test"):
        DocBin(docs=docs).to_disk(corpus / f"{split}.spacy")
    return tmp


def _run(evaluate, setup, monkeypatch, *flags):
    out = setup / ("scores" + "".join(flags) + ".json")
    argv = ["evaluate.py", str(setup / "model"), "--corpus", str(setup / "corpus"), "--out", str(out), *flags]
    monkeypatch.setattr(sys, "argv", argv)
    evaluate.main()
    return json.loads(out.read_text(encoding="utf-8"))


def test_dev_only_scores_no_test_split(training_module, setup, monkeypatch):
    evaluate = training_module("evaluate")
    scores = _run(evaluate, setup, monkeypatch, "--dev-only")
    assert {"harem_dev", "paramopama_dev"} <= set(scores)
    assert not any(key.endswith("_test") for key in scores)


def test_dev_adds_dev_to_test(training_module, setup, monkeypatch):
    evaluate = training_module("evaluate")
    plain = _run(evaluate, setup, monkeypatch)
    both = _run(evaluate, setup, monkeypatch, "--dev")
    assert {"harem_test", "paramopama_test"} <= set(plain)
    assert not any(key.endswith("_dev") for key in plain)
    assert {"harem_dev", "paramopama_dev", "harem_test", "paramopama_test"} <= set(both)
    # the same data in every split: the dev and test scores of one run agree
    assert both["harem_dev"] == both["harem_test"] == plain["harem_test"]


def test_beam_width_decodes_the_ner_with_a_beam(training_module, setup, monkeypatch):
    evaluate = training_module("evaluate")
    loaded = []
    load = evaluate.spacy.load

    def keep(path, *args, **kwargs):
        loaded.append(load(path, *args, **kwargs))
        return loaded[-1]

    monkeypatch.setattr(evaluate.spacy, "load", keep)
    greedy = _run(evaluate, setup, monkeypatch, "--dev-only")
    beam = _run(evaluate, setup, monkeypatch, "--dev-only", "--beam-width", "3")
    assert [nlp.get_pipe("ner").cfg["beam_width"] for nlp in loaded] == [1, 3]
    assert "beam_width" not in greedy and beam["beam_width"] == 3
    assert {"harem_dev", "paramopama_dev"} <= set(beam)


def test_beam_width_below_one_is_a_usage_error(training_module, setup, monkeypatch, capsys):
    evaluate = training_module("evaluate")
    with pytest.raises(SystemExit) as stop:
        _run(evaluate, setup, monkeypatch, "--beam-width", "0")
    assert stop.value.code == 2
    assert "--beam-width must be 1 or more, not 0" in capsys.readouterr().err


def test_a_model_folder_without_a_pipeline_is_a_usage_error(training_module, setup, monkeypatch, capsys):
    evaluate = training_module("evaluate")
    monkeypatch.setattr(sys, "argv", ["evaluate.py", str(setup / "corpus"), "--out", str(setup / "never.json")])
    with pytest.raises(SystemExit) as stop:
        evaluate.main()
    assert stop.value.code == 2
    assert "no spaCy pipeline there (no config.cfg)" in capsys.readouterr().err
    assert not (setup / "never.json").exists()
