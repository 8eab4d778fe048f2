"""The relation classifier (issue 20): labels and their ontology mapping, pair features, the
weights file, the component's relations and their merge with the rules' relations."""

from __future__ import annotations

import logging
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc, Span

from teia.errors import ModelError
from teia.extract.classifier.features import MAX_GAP, pair_features, span_head
from teia.extract.classifier.labels import direction_label, ontology_relation, split_label
from teia.extract.classifier.model import DEFAULT_MODEL_PATH, RelationModel, load_model
from teia.extract.classifier.predict import PROBABLE, merge_relations, model_relations
from teia.extract.entities import DOC_ID_KEY, ENTITIES, MENTIONS, spans_to_mentions
from teia.records import Evidence, Relation
from teia.extract.resolve import group_mentions

# "Pessoa ( Lisboa , 1888 ) foi um poeta ." with a hand-written parse
WORDS = ["Fernando", "Pessoa", "(", "Lisboa", ",", "1888", ")", "foi", "um", "poeta", "."]
LEMMAS = ["Fernando", "Pessoa", "(", "Lisboa", ",", "1888", ")", "ser", "um", "poeta", "."]
POS = ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "NUM", "PUNCT", "AUX", "DET", "NOUN", "PUNCT"]
DEPS = ["nsubj", "flat:name", "punct", "appos", "punct", "nmod", "punct", "cop", "det", "ROOT", "punct"]
HEADS = [9, 0, 3, 0, 5, 3, 3, 9, 9, 9, 9]


def pessoa_doc(ents=(("Fernando Pessoa", 0, 2, "PER"), ("Lisboa", 3, 4, "LOC"))) -> Doc:
    nlp = spacy.blank("pt")
    spaces = [True] * len(WORDS)
    spaces[-2] = spaces[-1] = False
    doc = Doc(nlp.vocab, words=WORDS, spaces=spaces, lemmas=LEMMAS, pos=POS, deps=DEPS, heads=HEADS)
    doc.ents = [Span(doc, s, e, label=lab) for _, s, e, lab in ents]
    doc.user_data[DOC_ID_KEY] = "pessoa.txt"
    mentions = spans_to_mentions(doc.ents, "pessoa.txt")
    doc._.set(MENTIONS, tuple(mentions))
    doc._.set(ENTITIES, group_mentions(mentions))
    return doc


def tiny_model(feature: str = "BF=(", label: str = "origin>", weight: float = 4.0) -> RelationModel:
    labels = ["none", "origin>", "parent<", "other"]
    features = [feature, "T=PER_LOC"]
    w = np.zeros((2, len(labels)), dtype=np.float16)
    w[0, labels.index(label)] = weight
    return RelationModel(features=features, weights=w, bias=np.zeros(len(labels), dtype=np.float32), labels=labels)


# --- labels ---------------------------------------------------------------------------------


def test_direction_labels_round_trip() -> None:
    assert direction_label("origin", True) == "origin>"
    assert direction_label("parent", False) == "parent<"
    assert direction_label("partner", False) == "partner"
    assert split_label("successor<") == ("successor", False)
    assert split_label("none") == ("none", True)


@pytest.mark.parametrize(
    ("label", "left", "right", "expected"),
    [
        ("origin>", "PER", "LOC", ("bornIn", True)),  # Pessoa (Lisboa, 1888)
        ("origin<", "LOC", "PER", ("bornIn", False)),  # natural de Lisboa, Pessoa...
        ("deathOrBurialPlace>", "PER", "LOC", ("diedOrBuriedIn", True)),
        ("locatedInArea>", "LOC", "LOC", ("locatedIn", True)),
        ("partOf>", "ORG", "PER", ("memberOf", False)),  # the band ... formed by X: X member of it
        ("partOf>", "PER", "ORG", ("memberOf", True)),
        ("keyPerson>", "ORG", "PER", ("keyPersonOf", False)),
        ("parent>", "PER", "PER", ("parentOf", False)),  # X, filho de Y: Y parent of X
        ("successor>", "PER", "PER", ("succeeded", False)),  # X's successor Y: Y succeeded X
        ("partner", "PER", "PER", ("spouseOf", True)),
        ("influencedBy>", "PER", "PER", ("influencedBy", True)),
        ("origin>", "LOC", "LOC", None),  # no such mapping
        ("other", "PER", "LOC", None),
        ("none", "PER", "PER", None),
    ],
)
def test_ontology_mapping(label, left, right, expected) -> None:
    assert ontology_relation(label, left, right) == expected


# --- features -------------------------------------------------------------------------------


def test_pair_features_read_the_words_between_and_the_path() -> None:
    doc = pessoa_doc()
    assert span_head(doc, 0, 2).text == "Fernando"
    feats = pair_features(doc, (0, 2), (3, 4), "PER", "LOC")
    assert "T=PER_LOC" in feats
    assert "BS=(" in feats and "BF=(" in feats and "D=1" in feats
    assert "P=^appos" in feats  # Lisboa hangs off Fernando
    assert "PRE=<s>" in feats and "POST=," in feats
    # the same pair read with another mention between
    assert "M=1" in pair_features(doc, (0, 2), (9, 10), "PER", "CONCEPT", others=[(3, 4)])


def test_pair_features_without_a_parse_have_no_path() -> None:
    nlp = spacy.blank("pt")
    doc = nlp("Pessoa nasceu em Lisboa")
    feats = pair_features(doc, (0, 1), (3, 4), "PER", "LOC")
    assert not any(f.startswith("P=") for f in feats)
    assert "BS=nasceu_em" in feats


def test_pair_features_list_the_words_between_once_in_text_order() -> None:
    nlp = spacy.blank("pt")
    doc = nlp("Ana viu ontem a casa nova de pedra e a torre velha de Rui")
    feats = pair_features(doc, (0, 1), (13, 14), "PER", "PER")
    between = [f[2:] for f in feats if f.startswith("B=")]
    assert between == ["viu", "ontem", "a", "casa", "nova", "de", "pedra", "e", "torre", "velha"]


# --- the weights file -----------------------------------------------------------------------


def test_model_round_trip_and_prediction(tmp_path) -> None:
    model = tiny_model()
    path = tmp_path / "m.npz"
    model.save(path)
    again = RelationModel.read(path)
    assert list(again.labels) == list(model.labels)
    label, p = again.predict(["BF=(", "unknown"])
    assert label == "origin>" and p > 0.9
    assert again.predict([])[0] in again.labels  # nothing known: the biases alone
    assert abs(again.probabilities(["T=PER_LOC"]).sum() - 1.0) < 1e-9


def test_per_relation_thresholds_round_trip_and_default_to_none(tmp_path) -> None:
    model = tiny_model()
    model.thresholds = {"origin": 0.8, "parent": float("inf")}
    path = tmp_path / "m.npz"
    model.save(path)
    again = RelationModel.read(path)
    assert again.threshold("origin") == 0.8 and again.threshold("parent") == float("inf")
    assert again.threshold("partner") == 0.0  # no threshold chosen: only the component's minimum
    assert tiny_model().threshold("origin") == 0.0
    with pytest.raises(ModelError, match="thresholds must lie between 0 and 1"):
        RelationModel(features=[], weights=np.zeros((0, 2)), bias=np.zeros(2), labels=["none", "other"], thresholds={"origin": 1.5})


def test_bad_model_files_are_one_clear_error(tmp_path) -> None:
    bad = tmp_path / "bad.npz"
    bad.write_bytes(b"not a numpy file")
    with pytest.raises(ModelError, match="cannot read the relation model"):
        RelationModel.read(bad)
    with pytest.raises(ModelError, match="does not exist"):
        load_model(str(tmp_path / "missing.npz"))
    with pytest.raises(ModelError, match="do not match"):
        RelationModel(features=["a"], weights=np.zeros((2, 2)), bias=np.zeros(2), labels=["none", "other"])


# --- relations from a doc -------------------------------------------------------------------


def test_model_relations_emit_typed_calibrated_statements() -> None:
    doc = pessoa_doc()
    rels = model_relations(doc, tiny_model(), "tiny", min_confidence=0.5, assert_threshold=0.99)
    assert len(rels) == 1
    rel = rels[0]
    labels = {e.id: e.label for e in doc._.get(ENTITIES)}
    assert (labels[rel.subject], rel.predicate, labels[rel.object]) == ("Fernando Pessoa", "bornIn", "Lisboa")
    assert rel.rule == "model:tiny"
    assert 0.5 <= rel.confidence < 0.99 and rel.modality == PROBABLE and not rel.asserted
    ev = rel.evidence
    assert doc.text[ev.subject_start : ev.subject_end] == "Fernando Pessoa"
    assert doc.text[ev.object_start : ev.object_end] == "Lisboa"
    assert ev.sentence == doc.text
    # a lower threshold asserts it; a higher minimum drops it
    assert model_relations(doc, tiny_model(), "tiny", assert_threshold=0.5)[0].asserted
    assert model_relations(doc, tiny_model(), "tiny", min_confidence=0.999) == ()


def test_model_relations_keep_a_relation_only_from_its_own_threshold() -> None:
    doc = pessoa_doc()
    model = tiny_model()
    (rel,) = model_relations(doc, model, "tiny", min_confidence=0.5)
    model.thresholds = {"origin": rel.confidence + 0.001}
    assert model_relations(doc, model, "tiny", min_confidence=0.5) == ()
    model.thresholds = {"origin": rel.confidence - 0.001, "parent": float("inf")}
    assert len(model_relations(doc, model, "tiny", min_confidence=0.5)) == 1
    # the component's minimum still applies above a lower threshold of the model
    assert model_relations(doc, model, "tiny", min_confidence=rel.confidence + 0.001) == ()


def test_model_relations_skip_untyped_far_and_unparsed_pairs() -> None:
    doc = pessoa_doc()
    assert model_relations(doc, tiny_model(label="none"), "tiny") == ()
    # the label does not fit the categories (a person's origin needs PER, LOC)
    doc2 = pessoa_doc(ents=(("Fernando Pessoa", 0, 2, "PER"), ("Lisboa", 3, 4, "PER")))
    assert model_relations(doc2, tiny_model(), "tiny") == ()
    blank = spacy.blank("pt")("Pessoa ( Lisboa )")
    assert model_relations(blank, tiny_model(), "tiny") == ()
    assert MAX_GAP >= 10


def _rel(pred: str, subj: str, obj: str, rule: str, conf: float = 0.9, start: int = 0) -> Relation:
    ev = Evidence("d", start, start + 10, "x" * 10, 0, 1, 0, 1, 2, 3)
    return Relation(subject=subj, predicate=pred, object=obj, evidence=ev, rule=rule, confidence=conf)


def test_merge_agreeing_relations_make_one_statement_with_both() -> None:
    rule = _rel("bornIn", "e1", "e2", "svo-active", conf=0.8)
    model = _rel("bornIn", "e1", "e2", "model:m", conf=0.95)
    (merged,) = merge_relations([rule], [model])
    assert merged.rule == "svo-active" and merged.also == ("model:m",) and merged.confidence == 0.95


def test_merge_disagreeing_relations_keep_the_rule_and_log_the_model(caplog) -> None:
    rule = _rel("diedIn", "e1", "e2", "svo-active")
    model = _rel("bornIn", "e1", "e2", "model:m")
    with caplog.at_level(logging.INFO, logger="teia.extract.classifier.predict"):
        assert merge_relations([rule], [model]) == (rule,)
    assert "the rules win" in caplog.text and "bornIn" in caplog.text


def test_merge_keeps_model_relations_beside_open_or_unrelated_rules() -> None:
    open_rule = _rel("rel:viver_em", "e1", "e2", "svo-active")
    other_pair = _rel("led", "e3", "e4", "svo-active")
    other_sentence = _rel("bornIn", "e1", "e2", "svo-active", start=50)
    model = _rel("bornIn", "e1", "e2", "model:m")
    merged = merge_relations([open_rule, other_pair, other_sentence], [model])
    assert model in merged and len(merged) == 4


def test_merge_of_a_symmetric_relation_ignores_the_direction() -> None:
    rule = _rel("spouseOf", "e1", "e2", "nominal")
    model = _rel("spouseOf", "e2", "e1", "model:m")
    (merged,) = merge_relations([rule], [model])
    assert merged.also == ("model:m",)


# --- the shipped model ----------------------------------------------------------------------


@pytest.mark.skipif(not DEFAULT_MODEL_PATH.exists(), reason="the relation model is not trained")
def test_shipped_model_loads_and_knows_every_relation() -> None:
    model = load_model()
    relations = {split_label(label)[0] for label in model.labels}
    assert {"origin", "deathOrBurialPlace", "locatedInArea", "partOf", "none", "other"} <= relations
    assert model.weights.dtype == np.float16 and 0.1 < model.temperature < 10


# --- the threshold option -------------------------------------------------------------------


def test_the_classifier_is_off_by_default_and_the_option_reaches_pipeline_and_hash() -> None:
    from teia.build.steps import BuildOptions, build_info, pipeline_config
    from teia.extract.model import shipped_model_path
    from teia.extract.pipeline import PipelineConfig, create_pipeline

    assert PipelineConfig().relation_model is False and pipeline_config(BuildOptions()).relation_model is False
    on = BuildOptions(base="b", relation_model=True)
    options = BuildOptions(base="b", relation_model=True, relation_threshold=0.95)
    config = pipeline_config(options)
    assert config.relation_model is True and config.relation_threshold == 0.95
    assert pipeline_config(on).relation_threshold == 0.9
    default_hash = build_info("m", BuildOptions(base="b")).config_hash
    assert build_info("m", on).config_hash != default_hash
    assert build_info("m", options).config_hash not in (default_hash, build_info("m", on).config_hash)
    # the default threshold, given or not, leaves the hash as it was
    assert build_info("m", BuildOptions(base="b", relation_model=True, relation_threshold=0.9)).config_hash == build_info("m", on).config_hash
    if not (shipped_model_path() / "config.cfg").exists() or not DEFAULT_MODEL_PATH.exists():
        pytest.skip("the shipped model or the relation model is not installed")
    nlp = create_pipeline(config)
    assert nlp.pipe_names[-1] == "teia_relation_model"
    assert nlp.get_pipe("teia_relation_model").assert_threshold == 0.95
    assert "teia_relation_model" not in create_pipeline(PipelineConfig()).pipe_names
    assert "teia_relation_model" not in create_pipeline(PipelineConfig(model="blank", relation_model=True)).pipe_names


def test_a_threshold_without_the_classifier_is_refused() -> None:
    from teia.build.steps import BuildOptions
    from teia.errors import InputError

    with pytest.raises(InputError, match="relation-model"):
        BuildOptions(relation_threshold=0.8)


def test_the_run_key_follows_the_classifier_option() -> None:
    from teia.build.distributed import run_key
    from teia.build.steps import BuildOptions, pipeline_config

    keys = {
        run_key(pipeline_config(options), None, "b", 4, False)
        for options in (BuildOptions(), BuildOptions(relation_model=True), BuildOptions(relation_model=True, relation_threshold=0.5))
    }
    assert len(keys) == 3


def test_cli_refuses_a_threshold_outside_0_1(tmp_path) -> None:
    from typer.testing import CliRunner

    from teia.cli import app

    res = CliRunner().invoke(app, ["build", str(tmp_path), "--relation-model", "--relation-threshold", "1.5", "-o", str(tmp_path / "o")])
    assert res.exit_code != 0 and "relation-threshold" in res.output


def test_cli_refuses_a_threshold_without_relation_model(tmp_path) -> None:
    from typer.testing import CliRunner

    from teia.cli import app

    (tmp_path / "a.txt").write_text("Lenine nasceu em Simbirsk.", encoding="utf-8")
    res = CliRunner().invoke(app, ["build", str(tmp_path / "a.txt"), "--relation-threshold", "0.8", "-o", str(tmp_path / "o")])
    assert res.exit_code != 0 and "--relation-model" in res.output and "Traceback" not in res.output
    assert not (tmp_path / "o" / "graph.nq").exists()


def test_a_default_build_has_no_classifier_statement_and_the_option_adds_them(tmp_path, monkeypatch) -> None:
    from teia.api import build
    from teia.extract.classifier import model as model_module
    from teia.extract.softmax import cached_model
    from teia.extract.model import shipped_model_path

    if not (shipped_model_path() / "config.cfg").exists():
        pytest.skip("the shipped model is not installed")
    # the wiring, not the shipped weights (which say little about a short text): a model that
    # reads a person-place pair opening a sentence as a birthplace
    weights = tmp_path / "every-pair.npz"
    tiny_model(feature="PRE=<s>", weight=8.0).save(weights)
    monkeypatch.setattr(model_module, "DEFAULT_MODEL_PATH", weights)
    cached_model.cache_clear()
    source = tmp_path / "pessoa.txt"
    source.write_text("Fernando Pessoa escreveu poemas em Lisboa.\n", encoding="utf-8")
    try:
        plain = build([source], out=tmp_path / "plain")
        with_model = build([source], out=tmp_path / "with", relation_model=True)
    finally:
        cached_model.cache_clear()
    assert "model:dbpedia-pt" not in (tmp_path / "plain" / "graph.nq").read_text(encoding="utf-8")
    assert "model:dbpedia-pt" in (tmp_path / "with" / "graph.nq").read_text(encoding="utf-8")
    assert all(r.rule != "model:dbpedia-pt" and "model:dbpedia-pt" not in r.also for ex in plain.extractions for r in ex.relations)
    found = [r for ex in with_model.extractions for r in ex.relations if r.rule == "model:dbpedia-pt"]
    assert [r.predicate for r in found] == ["bornIn"]
    assert plain.info.config_hash != with_model.info.config_hash


def test_predict_many_equals_predict_one_by_one() -> None:
    model = tiny_model()
    pairs = [["BF=(", "T=PER_LOC"], [], ["unknown"], ["T=PER_LOC"], ["BF=("]]
    many = model.predict_many(pairs)
    for (label, p), features in zip(many, pairs):
        one_label, one_p = model.predict(features)
        assert label == one_label and abs(p - one_p) < 1e-6
    assert model.predict_many([]) == []


def test_every_property_the_classifier_emits_is_in_the_ontology() -> None:
    from teia.extract.classifier.labels import PROPERTIES
    from teia.graph.builder import predicate_iri

    assert {"bornIn", "diedOrBuriedIn", "keyPersonOf", "parentOf", "spouseOf", "influencedBy"} <= PROPERTIES
    for prop in PROPERTIES:
        predicate_iri(prop)  # raises for a property the ontology lacks
