"""Train, calibrate and evaluate teia's relation classifier (issue 20).

Reads the features ``relation_data.py`` cached (``corpus/relations-features.jsonl``), fits a
multinomial logistic regression with NumPy (mini-batch AdaGrad, L2 penalty, features seen at
least ``--min-count`` times in training, 5 by default), chooses the number of epochs and the
penalty on the dev split, fits a temperature on dev so that the confidences are calibrated, scores the test
split once, and writes

* the model, ``teia/extract/data/relation_model.npz`` (feature names, float16 weights, biases,
  labels, temperature, and per relation the lowest confidence from which its dev predictions
  are ``--target-precision`` right, ``inf`` where none is: what
  :mod:`teia.extract.classifier.model` loads);
* the scores, ``metrics/relations.json`` (per relation and micro over the typed relations,
  ``other`` and ``none`` excluded, on dev and test; the calibration before and after);
* ``--sample N``: N test predictions with their sentences, for reading by hand
  (``logs/relations-sample.tsv``, git-ignored: it holds corpus text).

A pair further apart than :data:`~teia.extract.classifier.features.MAX_GAP` tokens is never
scored at run time, so it counts as predicted ``none``; a record whose names are not found in
its sentence counts the same way (both are reported).

    python relation_train.py [--data ../../shared/data] [--sample 200]
    python relation_train.py --score ../teia/extract/data/relation_model.npz   # a model, as it is
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from teia.extract.classifier.features import MAX_GAP  # noqa: E402
from teia.extract.classifier.labels import MIN_CONFIDENCE, NOT_EMITTED, split_label  # noqa: E402
from teia.extract.classifier.model import RelationModel, softmax  # noqa: E402

from relation_thresholds import by_relation, lowest_threshold  # noqa: E402

DEST = HERE.parent / "teia" / "extract" / "data" / "relation_model.npz"


def load(paths: list[Path]) -> dict[str, list[dict]]:
    splits: dict[str, list[dict]] = {"train": [], "dev": [], "test": []}
    for path in paths:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                try:
                    inst = json.loads(line)
                except json.JSONDecodeError:  # the last line of a run still being written
                    break
                splits[inst["split"]].append(inst)
    return splits


class Encoded:
    """Instances as a padded matrix of feature indices (-1 = padding) and label indices."""

    def __init__(self, insts: list[dict], index: dict[str, int], labels: list[str]) -> None:
        label_index = {lab: k for k, lab in enumerate(labels)}
        rows = [[index[f] for f in inst.get("features", ()) if f in index] for inst in insts]
        width = max((len(r) for r in rows), default=1) or 1
        self.x = np.full((len(rows), width), -1, dtype=np.int32)
        for i, r in enumerate(rows):
            self.x[i, : len(r)] = r
        self.y = np.array([label_index[inst["label"]] for inst in insts], dtype=np.int64)
        # never scored at run time: too far apart, or names not found in the sentence
        self.unscored = np.array([inst.get("missing", False) or inst.get("gap", 0) > MAX_GAP for inst in insts])


def logits(w: np.ndarray, b: np.ndarray, x: np.ndarray) -> np.ndarray:
    padded = np.vstack([w, np.zeros((1, w.shape[1]), dtype=w.dtype)])
    return padded[x].sum(axis=1) + b


def fit(enc: Encoded, n_features: int, n_labels: int, epochs: int, l2: float, lr: float, seed: int, on_epoch=None, weights=None):
    """Mini-batch AdaGrad on the instances of ``enc`` that are scored; ``weights``, one per
    instance, scales each one's share of the loss (all 1 by default)."""
    rng = np.random.default_rng(seed)
    w = np.zeros((n_features, n_labels))
    b = np.zeros(n_labels)
    gw = np.full_like(w, 1e-8)
    gb = np.full_like(b, 1e-8)
    train = np.flatnonzero(~enc.unscored)
    for epoch in range(epochs):
        rng.shuffle(train)
        for start in range(0, len(train), 64):
            batch = train[start : start + 64]
            x, y = enc.x[batch], enc.y[batch]
            p = softmax(logits(w, b, x))
            p[np.arange(len(y)), y] -= 1.0
            if weights is not None:
                p *= weights[batch][:, None]
            p /= len(y)
            # the gradient of the rows the batch touches only (a full-size one per batch
            # would cost the whole weight matrix every 64 instances)
            mask = x >= 0
            rows = np.repeat(np.arange(len(y)), mask.sum(axis=1))
            touched, where = np.unique(x[mask], return_inverse=True)
            grad = np.zeros((len(touched), n_labels))
            np.add.at(grad, where, p[rows])
            grad += l2 * w[touched]
            gw[touched] += grad**2
            w[touched] -= lr * grad / np.sqrt(gw[touched])
            db = p.sum(axis=0)
            gb += db**2
            b -= lr * db / np.sqrt(gb)
        if on_epoch is not None:
            on_epoch(epoch + 1, w, b)
    return w, b


def predict(w, b, enc: Encoded, none_index: int, temperature: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    p = softmax(logits(w, b, enc.x) / temperature)
    pred = p.argmax(axis=1)
    conf = p.max(axis=1)
    pred[enc.unscored] = none_index
    conf[enc.unscored] = 1.0
    return pred, conf


def scores(gold: np.ndarray, pred: np.ndarray, labels: list[str]) -> dict:
    """Precision, recall and F per relation (the direction must be right) and micro over the
    typed relations (``other``/``none`` excluded); a typed prediction of an untyped pair is a
    false positive, a typed pair predicted ``other``/``none`` a false negative."""
    typed = [k for k, lab in enumerate(labels) if split_label(lab)[0] not in NOT_EMITTED]
    per: dict[str, dict] = {}
    tp_all = fp_all = fn_all = 0
    by_relation: dict[str, list[int]] = {}
    for k in typed:
        by_relation.setdefault(split_label(labels[k])[0], []).append(k)
    for rel, ks in sorted(by_relation.items()):
        ks_arr = np.array(ks)
        gold_in = np.isin(gold, ks_arr)
        pred_in = np.isin(pred, ks_arr)
        tp = int(np.sum(gold_in & (pred == gold)))
        fp = int(np.sum(pred_in & (pred != gold)))
        fn = int(np.sum(gold_in & (pred != gold)))
        per[rel] = _prf(tp, fp, fn) | {"support": int(gold_in.sum())}
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
    return {"micro": _prf(tp_all, fp_all, fn_all), "per_relation": per}


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def nll(w, b, enc: Encoded, temperature: float) -> float:
    keep = ~enc.unscored
    p = softmax(logits(w, b, enc.x[keep]) / temperature)
    return float(-np.mean(np.log(p[np.arange(keep.sum()), enc.y[keep]] + 1e-12)))


def ece(w, b, enc: Encoded, temperature: float, bins: int = 10) -> float:
    """Expected calibration error of the top prediction's confidence."""
    keep = ~enc.unscored
    p = softmax(logits(w, b, enc.x[keep]) / temperature)
    conf, pred = p.max(axis=1), p.argmax(axis=1)
    right = pred == enc.y[keep]
    total = 0.0
    for lo in np.linspace(0, 1, bins, endpoint=False):
        sel = (conf > lo) & (conf <= lo + 1 / bins)
        if sel.any():
            total += sel.sum() / len(conf) * abs(conf[sel].mean() - right[sel].mean())
    return round(float(total), 4)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--features", type=Path, nargs="+", default=[HERE / "corpus" / "relations-features.jsonl"],
        help="feature files of relation_data.py (and relation_news.py), read in order",
    )
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--dest", type=Path, default=DEST)
    ap.add_argument("--metrics", type=Path, default=HERE / "metrics" / "relations.json")
    ap.add_argument("--min-count", type=int, default=5, help="keep the features seen in at least N training instances")
    ap.add_argument("--max-epochs", type=int, default=3)
    ap.add_argument("--l2", type=float, nargs="+", default=[1e-4, 1e-3])
    ap.add_argument("--lr", type=float, default=0.2)
    ap.add_argument(
        "--target-precision", type=float, default=0.9,
        help="per relation, keep predictions from the lowest confidence at which dev precision reaches this",
    )
    ap.add_argument("--sample", type=int, default=0, help="write N test predictions to logs/relations-sample.tsv")
    ap.add_argument(
        "--score", type=Path, metavar="MODEL",
        help="train nothing: print the dev and test micro-F of the model file MODEL on these features",
    )
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    splits = load(args.features)
    if args.score is not None:
        print(json.dumps(score_model(args.score, splits), indent=1))
        return
    train = splits["train"]
    counts = Counter(f for inst in train if "features" in inst for f in set(inst["features"]))
    names = sorted(f for f, c in counts.items() if c >= args.min_count)
    index = {f: i for i, f in enumerate(names)}
    labels = sorted({inst["label"] for insts in splits.values() for inst in insts} | {"none"})
    none_index = labels.index("none")
    enc = {k: Encoded(v, index, labels) for k, v in splits.items()}
    print(f"{len(names)} features, {len(labels)} labels; " + ", ".join(f"{k} {len(v)}" for k, v in splits.items()), flush=True)

    # epochs and penalty: the best dev micro-F (its weights kept: a refit with the same seed
    # would give the same ones)
    best = (-1.0, 0, 0.0, None, None)
    for l2 in args.l2:
        def report(epoch, w, b, l2=l2):
            nonlocal best
            pred, _ = predict(w, b, enc["dev"], none_index)
            f = scores(enc["dev"].y, pred, labels)["micro"]["f"]
            print(f"  l2={l2:g} epoch {epoch}: dev micro-F {f}", flush=True)
            if f > best[0]:
                best = (f, epoch, l2, w.copy(), b.copy())
        fit(enc["train"], len(names), len(labels), args.max_epochs, l2, args.lr, seed=20, on_epoch=report)
    _, epochs, l2, w, b = best

    # temperature: the dev negative log-likelihood
    grid = np.exp(np.linspace(np.log(0.25), np.log(4.0), 41))
    temperature = float(min(grid, key=lambda t: nll(w, b, enc["dev"], t)))

    thresholds = relation_thresholds(w, b, splits["dev"], enc["dev"], labels, none_index, temperature, args.target_precision)

    result = {
        "command": "make -C training relations",
        "features": len(names),
        "labels": labels,
        "instances": {k: len(v) for k, v in splits.items()},
        "unscored": {k: int(e.unscored.sum()) for k, e in enc.items()},
        "chosen_on_dev": {"epochs": epochs, "l2": l2, "temperature": round(temperature, 4)},
        "calibration_dev": {
            "nll_before": round(nll(w, b, enc["dev"], 1.0), 4),
            "nll_after": round(nll(w, b, enc["dev"], temperature), 4),
            "ece_before": ece(w, b, enc["dev"], 1.0),
            "ece_after": ece(w, b, enc["dev"], temperature),
        },
        "calibration_test": {"ece_after": ece(w, b, enc["test"], temperature)},
        "thresholds_dev": {"target_precision": args.target_precision, **{r: _json_threshold(t) for r, t in thresholds.items()}},
    }
    # precision and recall of the typed predictions kept from a confidence on (dev chooses)
    typed_labels = np.array([split_label(lab)[0] not in NOT_EMITTED for lab in labels])
    for split in ("dev", "test"):
        pred, conf = predict(w, b, enc[split], none_index, temperature)
        table = {}
        for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
            kept = np.where(conf >= t, pred, none_index)
            m = scores(enc[split].y, kept, labels)["micro"]
            table[str(t)] = {"precision": m["precision"], "recall": m["recall"], "f": m["f"], "kept": int((typed_labels[kept]).sum())}
        result[f"{split}_by_confidence"] = table
    for split in ("dev", "test"):
        pred, conf = predict(w, b, enc[split], none_index, temperature)
        result[split] = scores(enc[split].y, pred, labels)
        labelled = np.array([inst["line"] >= 0 for inst in splits[split]])
        sub = scores(enc[split].y[labelled], pred[labelled], labels)
        result[split + "_records_only"] = sub["micro"]
        # what the component keeps at its defaults: the relation's threshold and MIN_CONFIDENCE
        floor = np.array([max(MIN_CONFIDENCE, thresholds.get(split_label(lab)[0], 0.0)) for lab in labels])
        kept = np.where(conf >= floor[pred], pred, none_index)
        result[split + "_kept"] = scores(enc[split].y, kept, labels)

    # prune features whose weights are all negligible, store compactly
    model = RelationModel.compact(names, w, b, labels, temperature, thresholds=thresholds)
    args.dest.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.dest)
    result["features_kept"] = len(model.features)
    result["model_bytes"] = args.dest.stat().st_size
    result["seconds"] = round(time.perf_counter() - t0)
    args.metrics.parent.mkdir(parents=True, exist_ok=True)
    args.metrics.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({k: result[k] for k in ("chosen_on_dev", "calibration_dev", "test_records_only", "dev_by_confidence")}, indent=1))
    print(json.dumps(result["test"], indent=1))
    print(json.dumps({"thresholds_dev": result["thresholds_dev"], "test_kept": result["test_kept"]}, indent=1))

    if args.sample:
        write_sample(args, splits["test"], enc["test"], w, b, labels, none_index, temperature)


def score_model(path: Path, splits: dict[str, list[dict]]) -> dict:
    """Micro P/R/F over the typed relations of a saved model on the dev and test instances:
    of its most probable label (``micro``, what training chooses epochs by) and of what the
    component keeps at its defaults (``kept``: the relation's threshold and ``MIN_CONFIDENCE``).
    Pairs never scored at run time count as ``none``, as in training."""
    model = RelationModel.read(path)
    labels = list(model.labels)
    unknown = sorted({inst["label"] for insts in splits.values() for inst in insts} - set(labels))
    if unknown:
        sys.exit(f"relation_train.py: {path} has no label {', '.join(unknown)} of these features")
    none_index = labels.index("none")
    floor = np.array([max(MIN_CONFIDENCE, model.threshold(split_label(lab)[0])) for lab in labels])
    result: dict = {"model": str(path), "features": len(model.features)}
    for split in ("dev", "test"):
        insts = splits[split]
        enc = Encoded(insts, {}, labels)
        best = model.predict_many([inst.get("features", ()) for inst in insts])
        pred = np.array([labels.index(lab) for lab, _ in best], dtype=np.int64)
        conf = np.array([c for _, c in best])
        pred[enc.unscored] = none_index
        kept = np.where(conf >= floor[pred], pred, none_index)
        result[split] = {"micro": scores(enc.y, pred, labels)["micro"], "kept": scores(enc.y, kept, labels)["micro"]}
    return result


def relation_thresholds(w, b, insts, enc: Encoded, labels, none_index, temperature, target: float) -> dict[str, float]:
    """Per typed relation, the lowest confidence from which its predictions on ``enc`` (dev)
    are at least ``target`` right; ``inf`` where no confidence is, or where the relation is
    never predicted."""
    pred, conf = predict(w, b, enc, none_index, temperature)
    scored = np.flatnonzero(~enc.unscored)
    groups = by_relation([insts[i] for i in scored], [(labels[pred[i]], float(conf[i])) for i in scored])
    out = {}
    for relation in sorted({split_label(lab)[0] for lab in labels} - NOT_EMITTED):
        found = lowest_threshold(groups.get(relation, []), target)
        out[relation] = float("inf") if found is None else found
    return out


def _json_threshold(t: float) -> float | None:
    return None if t == float("inf") else t


def write_sample(args, insts, enc, w, b, labels, none_index, temperature) -> None:
    """A random sample of test records the model gives a typed relation to, with their
    sentences (read by hand to estimate the precision the noisy labels hide)."""
    pred, conf = predict(w, b, enc, none_index, temperature)
    typed = [
        i for i, inst in enumerate(insts)
        if inst["line"] >= 0 and split_label(labels[pred[i]])[0] not in NOT_EMITTED
    ]
    rng = random.Random(20)
    chosen = sorted(rng.sample(typed, min(args.sample, len(typed))), key=lambda i: insts[i]["line"])
    wanted = {insts[i]["line"]: i for i in chosen}
    out = HERE / "logs" / "relations-sample.tsv"
    out.parent.mkdir(exist_ok=True)
    with gzip.open(args.data / "dbpedia-pt" / "relations.jsonl.gz", "rt", encoding="utf-8") as fh, out.open("w", encoding="utf-8") as dst:
        dst.write("line\tpredicted\tconfidence\tgold\tentity1\tentity2\tsentence\n")
        for line, text in enumerate(fh):
            if line in wanted:
                rec, i = json.loads(text), wanted[line]
                dst.write(f"{line}\t{labels[pred[i]]}\t{conf[i]:.2f}\t{insts[i]['label']}\t{rec['entity1']}\t{rec['entity2']}\t{rec['sentence']}\n")
    print(f"sample of {len(chosen)} -> {out}")


if __name__ == "__main__":
    main()
