"""The type model's training script (issue 17, P64t): the gold label of a mention, the folds, the
retyping by cluster and its counts, on records written for the test."""

from __future__ import annotations

import numpy as np


def _rec(doc, cluster, category, label, hard=(), source="harem"):
    return {"source": source, "doc": doc, "cluster": cluster, "category": category, "label": label,
            "hard": list(hard), "features": ["w=x"]}


def test_gold_label_follows_the_scorers_title_convention(training_module) -> None:
    types = training_module("type_train")
    ner = training_module("teia_ner_eval")
    text = "Disse o presidente Sampaio em Lisboa."
    gold = ner.Gold(mentions={(8, 26, "PER"), (30, 36, "LOC")})
    # the bare name typed PER is the gold mention widened over its title
    assert types.gold_label(text, gold, 19, 26, "Sampaio") == "PER"
    assert types.gold_label(text, gold, 19, 26, "Sampaio", titles=False) == "none"
    assert types.gold_label(text, gold, 30, 36, "Lisboa") == "LOC"
    assert types.gold_label(text, gold, 0, 5, "Disse") == "none"


def test_folds_are_by_document_and_lener_pieces_run_together(training_module) -> None:
    types = training_module("type_train")
    recs = [_rec(f"h{i}", "e0", "LOC", "LOC") for i in range(10)] + [_rec(f"l{i:02d}", "e0", "LOC", "LOC", source="lener") for i in range(10)]
    recs.append(_rec("h3", "e1", "ORG", "ORG"))
    fold = types.folds_of(recs)
    assert list(fold[:10]) == [0, 1, 2, 3, 4, 0, 1, 2, 3, 4]
    assert list(fold[10:20]) == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]
    assert fold[20] == fold[3]  # the same document, the same fold


def test_retyping_is_by_cluster_and_counted_against_gold(training_module) -> None:
    types = training_module("type_train")
    labels = list(types.LABELS)
    org = np.zeros(len(labels))
    org[labels.index("ORG")] = 1.0
    flat = np.full(len(labels), 1 / len(labels))
    recs = [
        _rec("d", "e0", "LOC", "ORG"),   # confident: ORG
        _rec("d", "e0", "LOC", "ORG"),   # no opinion, same cluster
        _rec("d", "e1", "LOC", "LOC"),   # confident ORG, but wrong
        _rec("d", "e2", "LOC", "ORG", hard=["kind"]),  # left alone with keep={"kind"}
    ]
    p = np.vstack([org, flat, org, org])
    after = types.retype(recs, p, 0.5, frozenset({"kind"}))
    assert after == ["ORG", "ORG", "ORG", "LOC"]
    counts = types.outcome(recs, after)
    assert (counts["fixed"], counts["broken"], counts["net"]) == (2, 1, 1)
    assert counts["retype_precision"] == round(2 / 3, 3)
    assert types.retype(recs, p, 0.6, frozenset())[:2] == ["LOC", "LOC"]  # the cluster's mean is under 0.6
