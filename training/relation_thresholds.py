"""Per-relation confidence thresholds of the relation classifier, chosen on the dev part
(DBpedia-PT dev pairs and the dev share of the news pairs of ``relation_news.py``).

For each relation the shipped model predicts on the dev part of the cached features
(``corpus/relations-features.jsonl``, written by ``relation_data.py``), prints the precision of
its typed predictions kept from a few confidences (a prediction is right only with the gold
label and its direction, as in ``relation_train.py``) and the lowest confidence, in steps of
0.01 from 0.5, at which that precision reaches ``--target``. The test part is not read.

    python relation_thresholds.py [--features corpus/relations-features.jsonl corpus/relations-news.jsonl] [--target 0.9]

``relation_train.py`` stores the thresholds of ``--target-precision`` (0.9) in the model; this
script shows how they were reached and what another target would give.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from teia.extract.classifier.features import MAX_GAP  # noqa: E402
from teia.extract.classifier.labels import NOT_EMITTED, split_label  # noqa: E402

SHOWN = (0.5, 0.7, 0.8, 0.9, 0.95)


def lowest_threshold(predictions: list[tuple[float, bool]], target: float, start: float = 0.5) -> float | None:
    """The lowest confidence (steps of 0.01 from ``start``) from which the share of right
    predictions reaches ``target``; None when no confidence does."""
    for step in range(round(start * 100), 100):
        t = step / 100
        kept = [ok for p, ok in predictions if p >= t]
        if kept and sum(kept) / len(kept) >= target:
            return t
    return None


def by_relation(instances: list[dict], predictions: list[tuple[str, float]]) -> dict[str, list[tuple[float, bool]]]:
    """Each typed prediction's confidence and whether it is right, grouped by relation."""
    out: dict[str, list[tuple[float, bool]]] = defaultdict(list)
    for inst, (label, p) in zip(instances, predictions):
        relation, _ = split_label(label)
        if relation not in NOT_EMITTED:
            out[relation].append((p, label == inst["label"]))
    return dict(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--features", type=Path, nargs="+",
        default=[HERE / "corpus" / "relations-features.jsonl", HERE / "corpus" / "relations-news.jsonl"],
    )
    ap.add_argument("--model", default=None, help="model file (default: the shipped one)")
    ap.add_argument("--target", type=float, default=0.9)
    args = ap.parse_args(argv)

    from teia.extract.classifier.model import load_model

    model = load_model(args.model)
    dev = []
    for path in args.features:
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                inst = json.loads(line)
                # what the component scores: found pairs within MAX_GAP tokens
                if inst["split"] == "dev" and not inst.get("missing") and inst.get("gap", 0) <= MAX_GAP:
                    dev.append(inst)
    groups = by_relation(dev, model.predict_many([inst["features"] for inst in dev]))
    print(f"{len(dev)} dev pairs; precision of the typed predictions kept from a confidence")
    for relation, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        cells = []
        for t in SHOWN:
            kept = [ok for p, ok in items if p >= t]
            cells.append(f"{t}: {sum(kept)}/{len(kept)}" + (f" = {sum(kept) / len(kept):.2f}" if kept else ""))
        print(
            f"{relation} ({len(items)} predicted): " + "; ".join(cells)
            + f"; P >= {args.target} from {lowest_threshold(items, args.target)} (the model's own: {model.threshold(relation)})"
        )


if __name__ == "__main__":
    main()
