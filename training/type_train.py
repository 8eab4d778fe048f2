"""Train and cross-validate teia's mention type model (issue 17, :mod:`teia.extract.mention_types`).

Two steps, both on HAREM I's **train** documents only (``teia_ner_eval.harem1_documents``):

``--dump``: every document goes through the shipped pipeline with the type model off; each of its
mentions whose category the model may give (:data:`LABELS`) is written to ``corpus/types-train.jsonl``
(git-ignored) with its features (:func:`~teia.extract.mention_types.type_features`), its document,
its entity cluster, the hard evidence it has, and its gold label: the category of the HAREM gold
mention on its span as ``teia_ner_eval.py`` scores it (HAREM's title convention: a person's span
widened over a title before it), ``none`` when no gold mention has that span, ``missing`` when the
mention touches a COISA/OUTRO/OMITIDO span (not scored) or is a unit HAREM does not mark. The
``none`` and ``missing`` mentions are not trained on (the model chooses a category, not whether a
mention is one), but they are scored and retyped with their clusters, as at run time.

Training (the default): 5 folds by document; for each penalty and number of epochs, the
out-of-fold log-loss; the best one's out-of-fold probabilities choose the temperature (the
log-loss again), then the retyping threshold and the evidence left alone (:data:`EVIDENCE`
subsets) by the net number of mentions the retyping puts right (wrong to right minus right to
wrong, by cluster as at run time). Both with and without the rules' own category as a feature
(``cat=``, ``src=``); ``--with-category``/``--without-category`` force one. The final model is
fitted on every train document and written to ``teia/extract/data/type_model.npz``, the
figures to ``metrics/types.json``.

    python type_train.py --dump [--data ../../shared/data]
    python type_train.py [--dump-file corpus/types-train.jsonl]
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from teia.extract.mention_types import EVIDENCE, TYPE_LABELS as LABELS, TypeModel  # noqa: E402
from teia.extract.softmax import softmax  # noqa: E402

from relation_train import Encoded, fit, logits  # noqa: E402

DEST = HERE.parent / "teia" / "extract" / "data" / "type_model.npz"
DUMPS = {"harem": HERE / "corpus" / "types-harem-train.jsonl", "lener": HERE / "corpus" / "types-lener-train.jsonl"}
LENER_LABELS = ("LOC", "ORG", "PER")
"""LeNER-Br's categories among :data:`LABELS` (its laws, rulings and dates are not scored)."""
OWN = ("cat=", "src=")
"""The features that are the rules' own category and source."""
FOLDS = 5
THRESHOLDS = (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98)


# --- the dump --------------------------------------------------------------------------------


def gold_label(text: str, gold, start: int, end: int, shown: str, titles: bool = True) -> str:
    """The label of teia's mention ``start``-``end`` against ``gold`` (``teia_ner_eval.Gold``):
    the category L such that the mention, typed L and, with ``titles``, put in HAREM's convention
    as the scorer does (:func:`teia.eval.harem.with_titles`), is a gold mention; ``none`` if there
    is none."""
    from teia.categories import HAREM_OF
    from teia.eval.harem import SysMention, with_titles

    for label in LABELS:
        harem = HAREM_OF[label]
        m = SysMention(start, end, shown, harem)
        if titles:
            (m,) = with_titles(text, [m])
        if m.category == harem and (m.start, m.end, label) in gold.mentions:
            return label
    return "none"


def dump(data: Path, out: Path, limit: int | None = None, source: str = "harem") -> None:
    import teia_ner_eval as ner

    from teia.build.steps import BuildOptions, make_pipeline, pipeline_config
    from teia.eval.harem import system_mentions
    from teia.extract.entities import name_kind
    from teia.extract.mention_types import name_evidence, type_features
    from teia.extract.pipeline import make_doc
    from teia.records import Document

    nlp = make_pipeline(pipeline_config(BuildOptions()))
    nlp.get_pipe("teia_entities").type_model = False
    if source == "lener":
        docs = ner.lener_documents(data, "train")[:limit]
    else:
        docs = ner.harem1_documents(data, "train")[:limit]
    out.parent.mkdir(parents=True, exist_ok=True)
    counts: Counter = Counter()
    with out.open("w", encoding="utf-8") as fh:
        for hdoc in docs:
            sdoc = nlp(make_doc(nlp, Document(hdoc.docid, hdoc.text)))
            gold = ner.gold_of(hdoc)
            scored = {(m.start, m.end) for m in system_mentions(sdoc, names_only=True)}
            owner = {(m.start, m.end): e.id for e in sdoc._.teia_entities or () for m in e.mentions}
            mentions = list(sdoc._.teia_mentions or ())
            evidence = name_evidence(sdoc, mentions, name_kind(sdoc))
            for m, (span, ev) in zip(mentions, evidence):
                if m.category not in LABELS:
                    label = "other"  # its cluster is left alone at run time
                elif (m.start, m.end) not in scored or any(m.start < b and a < m.end for a, b in gold.missing):
                    label = "missing"
                else:
                    label = gold_label(hdoc.text, gold, m.start, m.end, m.text, titles=source == "harem")
                counts[label] += 1
                rec = {
                    "source": source,
                    "doc": hdoc.docid,
                    "cluster": owner.get((m.start, m.end), f"m{m.start}"),
                    "start": m.start,
                    "end": m.end,
                    "category": m.category,
                    "label": label,
                    "hard": sorted(ev.hard()),
                    "features": type_features(span, ev) if span is not None else [],
                }
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{len(docs)} documents -> {out}: " + ", ".join(f"{k} {n}" for k, n in counts.most_common()))


# --- cross-validation ------------------------------------------------------------------------


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def strip_own(recs: list[dict]) -> list[dict]:
    return [r | {"features": [f for f in r["features"] if not f.startswith(OWN)]} for r in recs]


def vocabulary(recs: list[dict], min_count: int) -> list[str]:
    counts = Counter(f for r in recs if r["label"] in LABELS for f in set(r["features"]))
    return sorted(f for f, c in counts.items() if c >= min_count)


def encode(recs: list[dict], names: list[str]) -> Encoded:
    index = {f: i for i, f in enumerate(names)}
    labels = list(LABELS)
    # every record is encoded; the unlabelled ones get label 0 and are never trained on
    return Encoded([r | {"label": r["label"] if r["label"] in LABELS else labels[0]} for r in recs], index, labels)


def trainable(enc: Encoded, recs: list[dict]) -> Encoded:
    keep = np.array([r["label"] in LABELS for r in recs])
    sub = Encoded.__new__(Encoded)
    sub.x, sub.y, sub.unscored = enc.x[keep], enc.y[keep], np.zeros(int(keep.sum()), dtype=bool)
    return sub


def folds_of(recs: list[dict]) -> np.ndarray:
    """Each record's fold: a HAREM I document's rank modulo :data:`FOLDS` (the documents are
    independent texts); LeNER-Br's pieces of 50 sentences in :data:`FOLDS` runs of consecutive
    pieces (a ruling runs over several pieces, and its names with it: a fold of every fifth piece
    would have been trained on the pieces around it)."""
    fold = {}
    for source in sorted({r["source"] for r in recs}):
        docs = sorted({r["doc"] for r in recs if r["source"] == source})
        if source == "harem":
            fold.update({(source, d): k % FOLDS for k, d in enumerate(docs)})
        else:
            fold.update({(source, d): k * FOLDS // len(docs) for k, d in enumerate(docs)})
    return np.array([fold[(r["source"], r["doc"])] for r in recs])


def weights_of(recs: list[dict], lener_weight: float) -> np.ndarray:
    return np.array([lener_weight if r["source"] == "lener" else 1.0 for r in recs])


def out_of_fold(recs, min_count, l2s, max_epochs, lr, lener_weight) -> dict:
    """Per (l2, epochs), the out-of-fold logits of every record (each fold's vocabulary and
    weights from the other folds only)."""
    fold = folds_of(recs)
    z: dict[tuple[float, int], np.ndarray] = {}
    for k in range(FOLDS):
        train_recs = [r for r, f in zip(recs, fold) if f != k]
        names = vocabulary(train_recs, min_count)
        enc_train = trainable(encode(train_recs, names), train_recs)
        weights = weights_of([r for r in train_recs if r["label"] in LABELS], lener_weight)
        test_idx = np.flatnonzero(fold == k)
        enc_test = encode([recs[i] for i in test_idx], names)
        for l2 in l2s:
            def keep(epoch, w, b, l2=l2):
                z.setdefault((l2, epoch), np.zeros((len(recs), len(LABELS))))[test_idx] = logits(w, b, enc_test.x)
            fit(enc_train, len(names), len(LABELS), max_epochs, l2, lr, seed=17, on_epoch=keep, weights=weights)
    return z


def log_loss(z: np.ndarray, y: np.ndarray, labelled: np.ndarray, temperature: float = 1.0) -> float:
    p = softmax(z[labelled] / temperature)
    return float(-np.mean(np.log(p[np.arange(labelled.sum()), y[labelled]] + 1e-12)))


def retype(recs: list[dict], p: np.ndarray, threshold: float, keep: frozenset[str]) -> list[str]:
    """Each record's category after the retyping, by cluster as
    :func:`teia.extract.mention_types.retype_mentions` does."""
    clusters: dict[tuple[str, str], list[int]] = {}
    for i, r in enumerate(recs):
        clusters.setdefault((r["doc"], r["cluster"]), []).append(i)
    out = [r["category"] for r in recs]
    for members in clusters.values():
        if any(recs[i]["category"] not in LABELS or not recs[i]["features"] or keep & set(recs[i]["hard"]) for i in members):
            continue
        mean = p[members].mean(axis=0)
        best = int(mean.argmax())
        if mean[best] >= threshold and {recs[i]["category"] for i in members} != {LABELS[best]}:
            for i in members:
                out[i] = LABELS[best]
    return out


def outcome(recs: list[dict], after: list[str]) -> dict:
    """The scored mentions the retyping changes: wrong to right, right to wrong, wrong to
    another wrong; the net gain and the retype precision (right after, of those changed)."""
    fixed = broken = other = changed_unlabelled = 0
    by: Counter = Counter()
    for r, new in zip(recs, after):
        if new == r["category"]:
            continue
        if r["label"] not in LABELS:
            changed_unlabelled += 1
            continue
        if new == r["label"]:
            fixed += 1
        elif r["category"] == r["label"]:
            broken += 1
        else:
            other += 1
        by[f"{r['category']}->{new}"] += 1
    changed = fixed + broken + other
    return {
        "net": fixed - broken,
        "fixed": fixed,
        "broken": broken,
        "wrong_to_wrong": other,
        "retype_precision": round(fixed / changed, 3) if changed else None,
        "changed_unscored": changed_unlabelled,
        "by_change": dict(by.most_common()),
    }


def accuracy_by_category(recs: list[dict], predicted: list[str]) -> dict:
    table = {}
    for lab in LABELS:
        idx = [i for i, r in enumerate(recs) if r["label"] == lab]
        if idx:
            table[lab] = {"n": len(idx), "model": round(sum(predicted[i] == lab for i in idx) / len(idx), 3),
                          "rules": round(sum(recs[i]["category"] == lab for i in idx) / len(idx), 3)}
    labelled = [i for i, r in enumerate(recs) if r["label"] in LABELS]
    table["all"] = {"n": len(labelled), "model": round(sum(predicted[i] == recs[i]["label"] for i in labelled) / len(labelled), 3),
                    "rules": round(sum(recs[i]["category"] == recs[i]["label"] for i in labelled) / len(labelled), 3)}
    return table


def cross_validate(recs: list[dict], args) -> dict:
    """Penalty, epochs and temperature by the out-of-fold log-loss of HAREM I train's mentions;
    the threshold and the evidence left alone by the net gain of the retyping on them. LeNER-Br's
    figures (when its mentions are trained on) are reported beside, never chosen by."""
    z = out_of_fold(recs, args.min_count, args.l2, args.max_epochs, args.lr, args.lener_weight)
    enc = encode(recs, [])
    harem = np.array([r["source"] == "harem" for r in recs])
    labelled = np.array([r["label"] in LABELS for r in recs]) & harem
    losses = {key: log_loss(v, enc.y, labelled) for key, v in z.items()}
    (l2, epochs) = min(losses, key=losses.get)
    grid = np.exp(np.linspace(np.log(0.25), np.log(4.0), 41))
    temperature = float(min(grid, key=lambda t: log_loss(z[(l2, epochs)], enc.y, labelled, t)))
    p = softmax(z[(l2, epochs)] / temperature)
    predicted = [LABELS[k] for k in p.argmax(axis=1)]
    sources = sorted({r["source"] for r in recs})
    parts = {src: [i for i, r in enumerate(recs) if r["source"] == src] for src in sources}
    choices = []
    for n in range(len(EVIDENCE) + 1):
        for keep in itertools.combinations(EVIDENCE, n):
            for t in THRESHOLDS:
                after = retype(recs, p, t, frozenset(keep))
                o = {src: outcome([recs[i] for i in idx], [after[i] for i in idx]) for src, idx in parts.items()}
                choices.append((o["harem"]["net"], t, keep, o))
    net, threshold, keep, best = max(choices, key=lambda c: (c[0], c[1], -len(c[2])))
    short = ("net", "fixed", "broken", "wrong_to_wrong", "retype_precision")
    return {
        "l2": l2,
        "epochs": epochs,
        "log_loss": round(losses[(l2, epochs)], 4),
        "log_loss_by_setting": {f"l2={a:g} epochs={b}": round(v, 4) for (a, b), v in sorted(losses.items())},
        "temperature": round(temperature, 4),
        "accuracy_by_category": {src: accuracy_by_category([recs[i] for i in idx], [predicted[i] for i in idx]) for src, idx in parts.items()},
        "threshold": threshold,
        "keep": list(keep),
        "retyping": best,
        "by_threshold_at_keep": {str(t): {src: {k: o[src][k] for k in short} for src in sources} for _, t, kp, o in choices if kp == keep},
        "by_keep_at_threshold": {",".join(kp) or "-": {src: {k: o[src][k] for k in short} for src in sources} for _, t, kp, o in choices if t == threshold},
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dump", action="store_true", help="write the mentions of HAREM I train with their features")
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--source", choices=tuple(DUMPS), default="harem", help="--dump: HAREM I train or LeNER-Br train")
    ap.add_argument("--dump-file", type=Path, default=None, help="the dump to write (--dump) or HAREM I's to read")
    ap.add_argument("--lener-file", type=Path, default=DUMPS["lener"])
    ap.add_argument("--lener-weight", type=float, default=0.0,
                    help="train on LeNER-Br train's PER/ORG/LOC mentions too, each weighing this much (0: not read)")
    ap.add_argument("--limit", type=int, default=None, help="--dump: the first N documents only")
    ap.add_argument("--dest", type=Path, default=DEST)
    ap.add_argument("--metrics", type=Path, default=HERE / "metrics" / "types.json")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--max-epochs", type=int, default=12)
    ap.add_argument("--l2", type=float, nargs="+", default=[1e-4, 1e-3, 1e-2])
    ap.add_argument("--lr", type=float, default=0.2)
    own = ap.add_mutually_exclusive_group()
    own.add_argument("--with-category", action="store_true", help="use the rules' category as a feature, whatever the CV says")
    own.add_argument("--without-category", action="store_true", help="never use it")
    args = ap.parse_args(argv)
    if args.dump:
        dump(args.data, args.dump_file or DUMPS[args.source], args.limit, args.source)
        return

    t0 = time.perf_counter()
    recs = load(args.dump_file or DUMPS["harem"])
    if args.lener_weight > 0:
        recs += [r for r in load(args.lener_file) if r["label"] in LENER_LABELS or r["label"] not in LABELS]
    print(f"{len(recs)} mentions, " + ", ".join(f"{k} {n}" for k, n in Counter(r["label"] for r in recs).most_common()), flush=True)
    variants = {}
    if not args.without_category:
        variants["with_category"] = cross_validate(recs, args)
    if not args.with_category:
        variants["without_category"] = cross_validate(strip_own(recs), args)
    for name, v in variants.items():
        print(name, json.dumps({k: v[k] for k in ("l2", "epochs", "log_loss", "temperature", "threshold", "keep", "retyping")}), flush=True)
    # the variant whose retyping puts more HAREM I train mentions right, then the better log-loss
    chosen = max(variants, key=lambda k: (variants[k]["retyping"]["harem"]["net"], -variants[k]["log_loss"]))
    cv = variants[chosen]
    final = recs if chosen == "with_category" else strip_own(recs)
    names = vocabulary(final, args.min_count)
    enc = trainable(encode(final, names), final)
    weights = weights_of([r for r in final if r["label"] in LABELS], args.lener_weight)
    w, b = fit(enc, len(names), len(LABELS), cv["epochs"], cv["l2"], args.lr, seed=17, weights=weights)
    model = TypeModel.compact(names, w, b, LABELS, cv["temperature"], threshold=cv["threshold"], keep=tuple(cv["keep"]))
    args.dest.parent.mkdir(parents=True, exist_ok=True)
    model.save(args.dest)
    result = {
        "command": "make -C training types",
        "data": "HAREM I train documents (teia_ner_eval.harem1_documents), 5 folds by document"
        + (f"; LeNER-Br train's PER/ORG/LOC mentions, weight {args.lener_weight}, 5 folds by document" if args.lener_weight > 0 else ""),
        "mentions": dict(Counter(r["label"] for r in recs).most_common()),
        "chosen": chosen,
        "cross_validation": variants,
        "features_kept": len(model.features),
        "model_bytes": args.dest.stat().st_size,
        "seconds": round(time.perf_counter() - t0),
    }
    args.metrics.parent.mkdir(parents=True, exist_ok=True)
    args.metrics.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"chosen: {chosen}; {result['features_kept']} features, {result['model_bytes']} bytes -> {args.dest}")


if __name__ == "__main__":
    main()
