"""training/mac_morpho_tags.py: MAC-MORPHO sentences as docs holding their tags only, and the
multi-task syntax config, on sentences written here (no dependency on /work/shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
from spacy.tokens import Doc, DocBin  # noqa: E402


@pytest.fixture(scope="module")
def mm(training_module):
    return training_module("mac_morpho_tags")


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("pt")


def test_tagged_doc_holds_the_surface_text_and_the_tags_only(mm, nlp):
    sent = [("Do", "PREP+ART"), ("Rio", "NPROP"), (",", ","), ("ele", "PROPESS"), ("saiu", "V"), (".", ".")]
    doc = mm.tagged_doc(nlp.vocab, sent)
    assert doc.text == "Do Rio, ele saiu."
    assert [t.tag_ for t in doc] == ["PREP+ART", "NPROP", ",", "PROPESS", "V", "."]
    # what the parser, morphologizer and lemmatizer read as missing
    assert not doc.has_annotation("DEP") and not doc.has_annotation("HEAD")
    assert not doc.has_annotation("POS") and not doc.has_annotation("MORPH")
    assert not doc.has_annotation("LEMMA")


def test_build_drops_held_out_and_repeated_sentences(mm, nlp):
    raw_corpus = mm.raw_corpus  # the module the builder itself imported
    held = ["O presidente da câmara municipal de Lisboa anunciou ontem um novo plano."]
    flt = raw_corpus.Filter(raw_corpus.tokenizer(nlp), held)
    words = "o presidente da câmara municipal de Lisboa anunciou tudo .".split()
    held_out = [(w, "X") for w in words]
    kept = [("Ele", "PROPESS"), ("saiu", "V"), (".", ".")]
    docs, counts = mm.build([held_out, kept, kept, [("Fim", "N")]], flt, nlp, limit=0)
    assert [d.text for d in docs] == ["Ele saiu.", "Fim"]
    assert counts == {"held-out": 1, "kept": 2, "duplicate": 1}
    docs, _ = mm.build([kept, [("Fim", "N")]], raw_corpus.Filter(raw_corpus.tokenizer(nlp), []), nlp, limit=1)
    assert [d.text for d in docs] == ["Ele saiu."]


def test_multitask_config_adds_a_tagger_listening_to_the_shared_encoder(mm, tmp_path):
    base = Path(mm.__file__).resolve().parent / "configs" / "syntax.cfg"
    config = mm.multitask_config(base, tmp_path / "parser.json")
    assert config["nlp"]["pipeline"][-1] == "tagger"
    tagger = config["components"]["tagger"]
    assert tagger["model"]["tok2vec"]["@architectures"] == "spacy.Tok2VecListener.v1"
    assert tagger["model"]["tok2vec"]["upstream"] == "tok2vec"
    # MAC-MORPHO's tag of "!" must not read as spaCy's "not this tag" prefix
    assert not "!".startswith(tagger["neg_prefix"])
    assert config["initialize"]["components"]["parser"]["labels"]["path"] == str(tmp_path / "parser.json")
    assert config["training"]["score_weights"]["tag_acc"] is None
    # it builds: the tagger shares the syntax encoder, and the syntax settings are syntax.cfg's
    config.to_disk(tmp_path / "syntax-mm.cfg")
    nlp = spacy.util.load_model_from_config(spacy.util.load_config(tmp_path / "syntax-mm.cfg"), auto_fill=True)
    assert "tagger" in nlp.get_pipe("tok2vec").listening_components
    assert nlp.config["components"]["tok2vec"]["model"]["encode"]["depth"] == 6


def test_a_missing_corpus_folder_is_one_line_and_writes_nothing(mm, tmp_path):
    config_out = tmp_path / "syntax-mm.cfg"
    out = tmp_path / "tags.spacy"
    with pytest.raises(SystemExit) as stop:
        mm.main(["--data", str(tmp_path / "nowhere"), "--out", str(out), "--config-out", str(config_out)])
    assert str(stop.value.code) == f"corpus folder {tmp_path / 'nowhere'} not found"
    assert not config_out.exists() and not out.exists()


def test_stage_config_sources_every_component_and_rebuilds_the_lemmatizer_labels(mm, tmp_path):
    base = Path(mm.__file__).resolve().parent / "configs" / "syntax.cfg"
    first = tmp_path / "syntax-mm.cfg"
    mm.multitask_config(base, tmp_path / "parser.json").to_disk(first)
    config = mm.stage_config(first, tmp_path / "model-best")
    pipeline = config["nlp"]["pipeline"]
    assert pipeline == ["tok2vec", "morphologizer", "trainable_lemmatizer", "parser", "tagger"]
    assert all(config["components"][name] == {"source": str(tmp_path / "model-best")} for name in pipeline)
    # the parser's labels come with its weights, not from the labels file
    assert config["initialize"]["components"] == {}
    assert config["initialize"]["after_init"] == {"@callbacks": "teia.resume_lemmatizer.v1"}
    assert config["training"]["score_weights"]["tag_acc"] is None


def test_known_tags_only_leaves_the_tagger_s_unknown_tags_missing(mm, nlp, tmp_path):
    gold = Doc(nlp.vocab, words=["Ele", "saiu", "."], heads=[1, 1, 1], deps=["nsubj", "ROOT", "punct"],
               lemmas=["ele", "sair", "."])
    tagged = mm.tagged_doc(nlp.vocab, [("Ele", "PROPESS"), ("saiu", "V"), (".", ".-")])
    path = tmp_path / "train.spacy"
    DocBin(docs=[gold, tagged], store_user_data=False).to_disk(path)
    assert mm.known_tags_only(path, ["PROPESS", "V", "."]) == 1
    back = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    assert [t.tag_ for t in back[1]] == ["PROPESS", "V", ""]
    # the gold doc's annotation is kept
    assert [t.dep_ for t in back[0]] == ["nsubj", "ROOT", "punct"]
    assert [t.lemma_ for t in back[0]] == ["ele", "sair", "."]


def test_source_without_a_pipeline_is_one_line(mm, tmp_path):
    with pytest.raises(SystemExit) as stop:
        mm.main(["--source", str(tmp_path / "nowhere"), "--config-out", str(tmp_path / "stage.cfg")])
    assert "--source needs a trained pipeline folder" in str(stop.value.code)
    assert not (tmp_path / "stage.cfg").exists()
