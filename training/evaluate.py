"""Score a pipeline on the held-out data and write ``metrics/scores.json``.

* Bosque ``test``: POS, morphology, lemma, UAS, LAS, sentence F (spaCy's scorers; the
  text is re-tokenized by the pipeline and aligned to the gold surface tokens).
* NER per label (precision, recall, F) on the HAREM I test documents and on the
  Paramopama held-out split, plus the micro-F over PER/ORG/LOC/DATE/VALUE on HAREM.
  A predicted entity that touches a token whose gold annotation is missing (HAREM
  COISA/OUTRO/OMITIDO; Paramopama capitalized O) is neither right nor wrong.

With ``--dev`` the ``dev`` splits are scored as well (``bosque_dev``, ``harem_dev``,
``paramopama_dev``): pipelines are chosen on them, never on ``test``. ``--dev-only`` scores
the dev splits alone, so that candidates can be compared without their test scores being
computed at all.

    python evaluate.py [MODEL_DIR] [--corpus corpus] [--out metrics/scores.json] [--dev | --dev-only] [--beam-width N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy
from spacy.training import Corpus

HERE = Path(__file__).resolve().parent
MICRO_LABELS = ("PER", "ORG", "LOC", "DATE", "VALUE")
SYNTAX_KEYS = ("pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_p", "sents_r", "sents_f")


def _examples(nlp, path: Path):
    return list(Corpus(str(path))(nlp))


def score_syntax(nlp, path: Path) -> dict:
    examples = _examples(nlp, path)
    t0 = time.perf_counter()
    scores = nlp.evaluate(examples)
    elapsed = time.perf_counter() - t0
    out = {k: round(float(scores[k]), 4) for k in SYNTAX_KEYS if scores.get(k) is not None}
    out["tokens"] = sum(len(eg.reference) for eg in examples)
    out["words_per_second_eval"] = round(out["tokens"] / elapsed)
    return out


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def _f(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def prf(tp: int, fp: int, fn: int) -> dict:
    """Precision, recall and F of the counts (rounded to 4 places), then the counts."""
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    return {"p": round(p, 4), "r": round(r, 4), "f": round(_f(p, r), 4), "tp": tp, "fp": fp, "fn": fn}


def _rates(scores: dict) -> dict:
    """P, R and F of a :func:`prf` result, without the counts (the micro rows of the scores)."""
    return {k: scores[k] for k in ("p", "r", "f")}


def ner_counts(examples) -> dict[str, dict[str, int]]:
    """Exact-match tp/fp/fn per label, the way spaCy's NER scorer counts them: a
    prediction whose aligned gold tokens include a missing one is skipped."""
    counts: dict[str, dict[str, int]] = {}

    def get(label: str) -> dict[str, int]:
        return counts.setdefault(label, {"tp": 0, "fp": 0, "fn": 0})

    for eg in examples:
        gold = {(e.label_, e.start, e.end) for e in eg.reference.ents}
        x2y = eg.alignment.x2y
        for ent in eg.predicted.ents:
            c = get(ent.label_)
            idx = x2y[ent.start : ent.end]
            if not len(idx):
                continue
            span = eg.reference[idx[0] : idx[-1] + 1]
            if any(t.ent_iob == 0 for t in span):
                continue
            key = (ent.label_, int(idx[0]), int(idx[-1]) + 1)
            if key in gold:
                c["tp"] += 1
                gold.remove(key)
            else:
                c["fp"] += 1
        for label, _s, _e in gold:
            get(label)["fn"] += 1
    return counts


def score_ner(nlp, path: Path) -> dict:
    examples = _examples(nlp, path)
    keep = [n for n in nlp.pipe_names if n == "ner"]
    with nlp.select_pipes(enable=keep):
        for eg, doc in zip(examples, nlp.pipe([eg.predicted for eg in examples], batch_size=64)):
            eg.predicted = doc
    per_type = ner_counts(examples)
    result: dict = {"per_label": {}}
    tp = fp = fn = 0
    for label in sorted(per_type):
        c = per_type[label]
        result["per_label"][label] = prf(c["tp"], c["fp"], c["fn"])
        if label in MICRO_LABELS:
            tp, fp, fn = tp + c["tp"], fp + c["fp"], fn + c["fn"]
    result["micro_" + "_".join(MICRO_LABELS)] = _rates(prf(tp, fp, fn))
    per_label = result["per_label"].values()
    result["micro_all"] = _rates(prf(*(sum(v[k] for v in per_label) for k in ("tp", "fp", "fn"))))
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("model", nargs="?", type=Path, default=HERE / "output" / "pt_teia")
    ap.add_argument("--corpus", type=Path, default=HERE / "corpus")
    ap.add_argument("--out", type=Path, default=HERE / "metrics" / "scores.json")
    ap.add_argument("--dev", action="store_true", help="also score the dev splits (bosque_dev, harem_dev, paramopama_dev)")
    ap.add_argument("--dev-only", action="store_true", help="score the dev splits and not the test splits")
    ap.add_argument("--beam-width", type=int, default=1, metavar="N",
                    help="decode the parser and the NER with a beam of N analyses (trained greedily; 1: greedy)")
    args = ap.parse_args()
    if args.beam_width < 1:
        ap.error(f"--beam-width must be 1 or more, not {args.beam_width}")
    if not (args.model / "config.cfg").is_file():
        ap.error(f"{args.model}: no spaCy pipeline there (no config.cfg)")
    dev, test = args.dev or args.dev_only, not args.dev_only
    nlp = spacy.load(args.model)
    scores: dict = {"model": nlp.meta.get("name"), "version": nlp.meta.get("version")}
    if args.beam_width > 1:
        for name in ("parser", "ner"):
            if name in nlp.pipe_names:
                nlp.get_pipe(name).cfg["beam_width"] = args.beam_width
        scores["beam_width"] = args.beam_width
    if "parser" in nlp.pipe_names:
        if dev:
            scores["bosque_dev"] = score_syntax(nlp, args.corpus / "bosque-dev.spacy")
        if test:
            scores["bosque_test"] = score_syntax(nlp, args.corpus / "bosque-test.spacy")
    if "ner" in nlp.pipe_names:
        if dev:
            scores["harem_dev"] = score_ner(nlp, args.corpus / "harem-dev.spacy")
            scores["paramopama_dev"] = score_ner(nlp, args.corpus / "paramopama-dev.spacy")
        if test:
            scores["harem_test"] = score_ner(nlp, args.corpus / "harem-test.spacy")
            scores["paramopama_test"] = score_ner(nlp, args.corpus / "paramopama-test.spacy")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(scores, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for part in ("bosque_dev", "bosque_test"):
        if part in scores:
            print(f"Bosque {part[7:]}: " + "  ".join(f"{k}={v}" for k, v in scores[part].items()))
    for part in ("harem_dev", "paramopama_dev", "harem_test", "paramopama_test"):
        if part not in scores:
            continue
        print(f"\n{part}: label     P      R      F   (tp/fp/fn)")
        for label, v in scores[part]["per_label"].items():
            print(f"  {label:8} {v['p']:.3f}  {v['r']:.3f}  {v['f']:.3f}  ({v['tp']}/{v['fp']}/{v['fn']})")
        m = scores[part]["micro_" + "_".join(MICRO_LABELS)]
        print(f"  micro {'/'.join(MICRO_LABELS)}: P={m['p']:.3f} R={m['r']:.3f} F={m['f']:.3f}")
        m = scores[part]["micro_all"]
        print(f"  micro all labels: P={m['p']:.3f} R={m['r']:.3f} F={m['f']:.3f}")
    print(f"\nwrote {args.out}")


if __name__ == "__main__":
    main()
