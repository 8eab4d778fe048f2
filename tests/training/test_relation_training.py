"""The relation classifier's training scripts (issue 20): the split by entity pair, the fit and
the scores, on small data written for the test."""

from __future__ import annotations

import json
import random

import numpy as np
import pytest


def test_split_is_by_unordered_pair_and_stable(training_module) -> None:
    data = training_module("relation_data")
    assert data.pair_split("Lisboa", "Portugal") == data.pair_split("portugal", " Lisboa ")
    splits = [data.pair_split(f"a{i}", f"b{i}") for i in range(2000)]
    share = {k: splits.count(k) / len(splits) for k in ("train", "dev", "test")}
    assert 0.75 < share["train"] < 0.85 and 0.07 < share["test"] < 0.13 and 0.07 < share["dev"] < 0.13


def test_scores_count_direction_and_exclude_untyped(training_module) -> None:
    train = training_module("relation_train")
    labels = ["none", "origin<", "origin>", "other"]
    gold = np.array([2, 2, 1, 3, 0])
    pred = np.array([2, 1, 1, 2, 0])  # right, wrong direction, right, typed for other, none
    micro = train.scores(gold, pred, labels)["micro"]
    assert (micro["tp"], micro["fp"], micro["fn"]) == (2, 2, 1)
    assert micro["precision"] == 0.5 and micro["recall"] == round(2 / 3, 4)


def _toy_rows() -> list[dict]:
    """300 pairs whose label one feature gives away: 240 train, 30 dev, 30 test."""
    rng = random.Random(0)
    rows = []
    for i in range(300):
        label = rng.choice(["origin>", "none", "partOf<"])
        cue = {"origin>": "BS=(", "none": "BS=e", "partOf<": "BS=membro_de"}[label]
        feats = [cue, "T=PER_LOC", f"noise={rng.randint(0, 20)}"]
        split = "train" if i < 240 else "dev" if i < 270 else "test"
        rows.append({"split": split, "line": i, "label": label, "gap": 2, "features": feats})
    return rows


def test_fit_learns_a_separable_toy_problem(training_module, tmp_path) -> None:
    train = training_module("relation_train")
    rows = _toy_rows()
    rows.append({"split": "test", "line": 999, "label": "origin>", "missing": True})
    path = tmp_path / "f.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows) + '{"split": "tr', encoding="utf-8")
    dest, metrics = tmp_path / "m.npz", tmp_path / "m.json"
    train.main(["--features", str(path), "--dest", str(dest), "--metrics", str(metrics), "--max-epochs", "3", "--l2", "1e-4"])
    result = json.loads(metrics.read_text(encoding="utf-8"))
    assert result["instances"]["test"] == 31  # the cut last line is ignored
    assert result["unscored"]["test"] == 1  # names not found: counted as missed
    assert result["test"]["micro"]["precision"] == 1.0
    assert result["test"]["micro"]["fn"] == 1
    from teia.extract.classifier.model import RelationModel

    model = RelationModel.read(dest)
    assert model.predict(["BS=(", "T=PER_LOC"])[0] == "origin>"
    assert 0.25 <= model.temperature <= 4.0
    # a threshold per typed relation, chosen on dev: the toy cues are never wrong there
    assert model.thresholds == {"origin": 0.5, "partOf": 0.5}
    assert result["thresholds_dev"] == {"target_precision": 0.9, "origin": 0.5, "partOf": 0.5}
    assert result["test_kept"]["micro"]["precision"] == 1.0


def test_score_reads_a_saved_model_as_training_scored_it(training_module, tmp_path) -> None:
    train = training_module("relation_train")
    rows = _toy_rows()
    for row in rows[:4]:  # seen in four training pairs: under the default --min-count of 5
        row["features"].append("rare=1")
    path = tmp_path / "f.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    dest, metrics = tmp_path / "m.npz", tmp_path / "m.json"
    train.main(["--features", str(path), "--dest", str(dest), "--metrics", str(metrics), "--max-epochs", "2", "--l2", "1e-4"])
    result = json.loads(metrics.read_text(encoding="utf-8"))
    seen = {f for r in rows if r["split"] == "train" for f in r["features"]}
    assert result["features"] == len(seen) - 1  # all but rare=1

    scored = train.score_model(dest, train.load([path]))
    assert scored["dev"]["micro"] == result["dev"]["micro"]
    assert scored["test"]["micro"] == result["test"]["micro"]
    assert scored["test"]["kept"] == result["test_kept"]["micro"]

    rows.append({"split": "dev", "line": 300, "label": "founder>", "gap": 2, "features": ["BS=e"]})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with pytest.raises(SystemExit, match="has no label founder>"):
        train.score_model(dest, train.load([path]))


def test_per_relation_threshold_is_the_lowest_reaching_the_target(training_module) -> None:
    thresholds = training_module("relation_thresholds")
    predictions = [(0.55, False), (0.65, False), (0.75, True), (0.85, True), (0.95, True)]
    assert thresholds.lowest_threshold(predictions, 0.9) == 0.66
    assert thresholds.lowest_threshold(predictions, 0.7) == 0.56
    assert thresholds.lowest_threshold(predictions, 0.6) == 0.5
    assert thresholds.lowest_threshold([(0.99, False)], 0.5) is None
    groups = thresholds.by_relation(
        [{"label": "origin>"}, {"label": "none"}, {"label": "partOf<"}],
        [("origin>", 0.9), ("origin<", 0.8), ("none", 0.99)],
    )
    assert groups == {"origin": [(0.9, True), (0.8, False)]}


def test_unnamed_pairs_are_none_unless_the_dataset_relates_their_names(training_module) -> None:
    import spacy
    from spacy.tokens import Doc, Span

    data = training_module("relation_data")
    records = [
        {"entity1": "Sintra", "relation": "locatedInArea", "entity2": "Portugal"},
        {"entity1": "Ana", "relation": "partner", "entity2": "Rui"},
        {"entity1": "Rui", "relation": "origin", "entity2": "Ana"},  # two relations: left out
    ]
    known = data.known_pairs(records)
    assert known == {frozenset(("sintra", "portugal")): ("sintra", "locatedInArea")}
    # "Portugal , Sintra e Lisboa ." with Lisboa-Sintra the sentence's own record
    words = ["Portugal", ",", "Sintra", "e", "Lisboa", "."]
    doc = Doc(spacy.blank("pt").vocab, words=words)
    doc.ents = [Span(doc, 0, 1, "LOC"), Span(doc, 2, 3, "LOC"), Span(doc, 4, 5, "LOC")]
    sentence = doc.text
    own = [(7, {"entity1": "Sintra", "type1": "LOCATION", "relation": "other", "entity2": "Lisboa", "type2": "LOCATION"})]
    out = data.instances(doc, sentence, own, random.Random(0), None, known)
    labels = sorted((inst["label"], inst.get("distant", False), inst["line"]) for inst in out)
    # the record; Portugal-Sintra read from another record (Sintra is entity1, on the right);
    # Portugal-Lisboa unrelated
    assert labels == [("locatedInArea<", True, -1), ("none", False, -1), ("other", False, 7)]
    assert [inst["label"] for inst in data.instances(doc, sentence, own, random.Random(0), None)].count("none") == 2
