"""A statement scorer learned from statements read by hand, and what it would be worth (issue 20).

The readings are tab-separated files under ``training/readings/`` (see its README): one
statement of the rules a row, named by its key (source, document, sentence offset, rule,
predicate, subject, object), with ``right`` or ``wrong``. This script reruns the pipeline on the
readings' texts (:func:`statement_dump.slice_texts` and :func:`statement_dump.parsed_docs`: the
same texts and the same pipeline the statements were read from), finds each read statement again
by its key, describes it by features the pipeline already has (:func:`features`: the rule, typed
or open, the property or the verb's lexicon status, modality, the two categories, where each
mention came from, the words, commas and brackets between the two, the sentence's length and
capitals, a dropped subject) and fits a logistic model of ``wrong`` on them with the shared
trainer of the relation classifier (``relation_train.fit``; the model is a
:class:`~teia.extract.softmax.SoftmaxModel`).

``sheet`` writes a reading sheet for a slice: the key columns with the sentence quoted, to read
(into git-ignored ``logs/``: it quotes the text)::

    python statement_scorer.py sheet --data ../../shared/data --source harem1-train --limit 1000 --out logs/sheet.tsv

``cv`` cross-validates the model on readings, five folds grouped by document (no document's
statements both trained on and scored), and prints for each threshold how many wrong statements
a cut at that probability of ``wrong`` would catch, how many right ones it would lose, and the
precision of what stays; ``--check FILE`` trains on all of the first readings and scores the
check file the same way::

    python statement_scorer.py cv --data ../../shared/data readings/p68s-harem1-train.tsv [--check readings/OTHER.tsv]
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import statement_dump  # noqa: E402  (the slices, the pipeline run, lemma_status)

COLUMNS = ("source", "document", "sentence", "rule", "predicate", "subject", "object", "asserted", "confidence", "label", "cause")
"""The columns of a readings file, in order (the header row spells them so)."""
KEY = COLUMNS[:7]
"""The columns that name a statement."""
LABELS = ("right", "wrong")
FOLDS = 5
THRESHOLDS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)


@dataclass
class Found:
    """A statement of the rules, with the doc it was read from."""

    source: str
    doc_id: str
    doc: object  # the spaCy Doc
    relation: object  # teia.records.Relation
    labels: dict

    @property
    def key(self) -> tuple[str, ...]:
        r = self.relation
        return (self.source, self.doc_id, str(r.evidence.sentence_start), r.rule, r.predicate, self.labels[r.subject], self.labels[r.object])


def clean(value: object) -> str:
    """One field of a tab-separated row: no tab, no line break."""
    return " ".join(str(value).split())


def statements(data: Path, source: str, texts: list[tuple[str, str]]):
    """Every statement of the rules in ``texts`` (``(id, text)`` of ``source``), as :class:`Found`."""
    from teia.extract.relations.component import RELATIONS

    for doc_id, doc in statement_dump.parsed_docs(texts):
        labels = {e.id: e.label for e in doc._.teia_entities}
        for r in doc._.get(RELATIONS) or ():
            yield Found(source, doc_id, doc, r, labels)


def write_sheet(found: list[Found], out: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        f.write("\t".join((*COLUMNS, "text")) + "\n")
        for s in found:
            r = s.relation
            row = (*s.key, "yes" if r.asserted else "no", r.confidence, "", "", r.evidence.sentence)
            f.write("\t".join(clean(x) for x in row) + "\n")


def read_readings(path: Path) -> list[dict]:
    """The rows of a readings file; a fault is one line naming the file and the row."""
    try:
        with path.open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    except OSError as err:
        sys.exit(f"statement_scorer.py: error: {path}: cannot read it ({err.strerror or err})")
    except UnicodeDecodeError as err:
        sys.exit(f"statement_scorer.py: error: {path}: not UTF-8 text (byte {err.start})")
    if not rows or tuple(rows[0][: len(COLUMNS)]) != COLUMNS:
        sys.exit(f"statement_scorer.py: error: {path}: the header must be {' '.join(COLUMNS)}")
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(row):
            continue
        rec = dict(zip(COLUMNS, row))
        if len(row) < len(COLUMNS) - 1 or rec.get("label") not in LABELS:
            sys.exit(f"statement_scorer.py: error: {path} row {n}: {len(row)} fields, label {rec.get('label')!r}")
        rec.setdefault("cause", "")
        out.append(rec)
    return out


def texts_of(data: Path, readings: list[dict]) -> dict[str, list[tuple[str, str]]]:
    """Per source, the texts the readings name, read again by :func:`statement_dump.slice_texts`
    (a sentence source's ids are ``SOURCE-K``: one slice from the lowest K to the highest)."""
    wanted: dict[str, set[str]] = defaultdict(set)
    for rec in readings:
        wanted[rec["source"]].add(rec["document"])
    out = {}
    for source, ids in wanted.items():
        if source in statement_dump.HAREM1:
            texts = statement_dump.slice_texts(data, source, 0, 100_000)
        else:
            ks = [int(i.rsplit("-", 1)[1]) for i in ids]
            texts = statement_dump.slice_texts(data, source, min(ks), max(ks) - min(ks) + 1)
        out[source] = [t for t in texts if t[0] in ids]
        missing = ids - {t[0] for t in out[source]}
        if missing:
            sys.exit(f"statement_scorer.py: error: {source}: no text for {', '.join(sorted(missing)[:5])}")
    return out


def bucket(n: float, edges: tuple[float, ...]) -> str:
    """The first of ``edges`` that ``n`` is at most, or ``>`` the last: ``3`` of ``(0, 2, 5)`` is ``5``."""
    for e in edges:
        if n <= e:
            return f"{e:g}"
    return f">{edges[-1]:g}"


def mention_of(entity, start: int, end: int):
    """The entity's mention at ``start``-``end``, else one overlapping it, else ``None`` (a subject
    taken from the discourse has no mention in the sentence)."""
    overlapping = [m for m in entity.mentions if m.start < end and start < m.end]
    exact = [m for m in overlapping if (m.start, m.end) == (start, end)]
    return (exact or overlapping or [None])[0]


def name_features(role: str, entity, mention, label: str) -> list[str]:
    """What an argument's name looks like: its category, where its mention came from, its shape."""
    words = label.split()
    out = [f"{role}:type={entity.type}", f"{role}:source={mention.source if mention else 'none'}",
           f"{role}:words={bucket(len(words), (1, 2, 3, 5))}", f"{role}:mentions={bucket(len(entity.mentions), (1, 2))}"]
    if entity.kb_id:
        out.append(f"{role}:kb")
    if label[:1].islower():
        out.append(f"{role}:lower")
    if any(w[:1].islower() and w not in ("de", "da", "do", "das", "dos", "e") for w in words[1:]):
        out.append(f"{role}:inner-lower")
    if any(c.isdigit() for c in label):
        out.append(f"{role}:digit")
    if " - " in label or "|" in label:
        out.append(f"{role}:dash")
    if mention is not None and mention.text != label:
        out.append(f"{role}:relabelled")
    return out


def features(found: Found, is_verb) -> list[str]:
    """The statement's features, all from what the pipeline already made (the rule, the records
    and the doc's tokens); none reads a word list of this script's own."""
    r, doc = found.relation, found.doc
    ev = r.evidence
    base, *marks = r.rule.removeprefix("open:").split("+")
    open_ = r.predicate.startswith("rel:")
    out = [f"rule={base}", "open" if open_ else "typed", f"modality={r.modality}", f"confidence={bucket(r.confidence, (0.35, 0.4, 0.5, 0.6, 0.8))}"]
    out += [f"mark={m}" for m in marks]
    if not r.polarity:
        out.append("negated")
    if open_:
        parts = r.predicate.removeprefix("rel:").split("_")
        out.append(f"open-prep={'_'.join(parts[1:]) or 'none'}")
        if base not in statement_dump.NOUN_RULES:
            out.append(f"open-verb={statement_dump.lemma_status(r.predicate, is_verb)[1]}")
    else:
        out.append(f"property={r.predicate}")
    ents = {e.id: e for e in doc._.teia_entities}
    subj, obj = ents[r.subject], ents[r.object]
    sm = mention_of(subj, ev.subject_start, ev.subject_end)
    om = mention_of(obj, ev.object_start, ev.object_end)
    out += name_features("subj", subj, sm, found.labels[r.subject])
    out += name_features("obj", obj, om, found.labels[r.object])
    out.append(f"pair={subj.type}-{obj.type}")
    # the sentence and what lies between the two mentions
    sent = doc.char_span(ev.sentence_start, ev.sentence_end, alignment_mode="expand")
    tokens = list(sent) if sent is not None else []
    out.append(f"sentence-tokens={bucket(len(tokens), (8, 15, 30, 50))}")
    letters = [c for c in ev.sentence if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.5 * len(letters):
        out.append("sentence-capitals")
    if not any(t.pos_ in ("VERB", "AUX") for t in tokens):
        out.append("sentence-no-verb")
    if "|" in ev.sentence or ev.sentence.count(" - ") >= 2:
        out.append("sentence-separators")
    if sm is None or om is None:
        out.append("argument-outside")
    else:
        first, second = sorted(((sm.start, sm.end), (om.start, om.end)))
        out.append("subject-first" if sm.start <= om.start else "object-first")
        between = doc.char_span(first[1], second[0], alignment_mode="contract") if second[0] > first[1] else None
        btoks = list(between) if between is not None else []
        out.append(f"between-tokens={bucket(len(btoks), (0, 1, 3, 6, 10, 20))}")
        text = ev.sentence[max(first[1] - ev.sentence_start, 0) : max(second[0] - ev.sentence_start, 0)]
        commas = text.count(",")
        out.append(f"between-commas={bucket(commas, (0, 1))}")
        if "(" in text or ")" in text:
            out.append("between-bracket")
        if " - " in text or "–" in text:
            out.append("between-dash")
        if ":" in text or ";" in text:
            out.append("between-colon")
        if any(t.pos_ in ("VERB", "AUX") for t in btoks):
            out.append("between-verb")
        if any(t.lower_ in ("e", "ou") and t.dep_ == "cc" for t in btoks):
            out.append("between-conjunction")
    return out


def instances(data: Path, readings: list[dict]) -> tuple[list[dict], list[dict]]:
    """Each reading's statement found again in a fresh run, as ``{"features", "label", "doc",
    "reading"}``; and the readings whose key no statement of the run has."""
    from teia.extract.relations.mapping import default_mapping

    mapping = default_mapping()
    by_key = {tuple(rec[c] for c in KEY): rec for rec in readings}
    found_keys = set()
    out = []
    for source, texts in texts_of(data, readings).items():
        for s in statements(data, source, texts):
            rec = by_key.get(s.key)
            if rec is None or s.key in found_keys:
                continue
            found_keys.add(s.key)
            out.append({"features": features(s, mapping.is_verb), "label": rec["label"], "doc": (source, s.doc_id), "reading": rec})
    lost = [rec for k, rec in by_key.items() if k not in found_keys]
    return out, lost


def folds_of(insts: list[dict]) -> np.ndarray:
    """Each instance's fold: its document's rank (sorted ids) modulo :data:`FOLDS`, so that no
    document is both trained on and scored."""
    docs = {d: k % FOLDS for k, d in enumerate(sorted({i["doc"] for i in insts}))}
    return np.array([docs[i["doc"]] for i in insts])


def train(insts: list[dict], min_count: int, epochs: int, l2: float, lr: float):
    """A model of ``wrong`` fitted on ``insts`` by :func:`relation_train.fit` (the features seen
    at least ``min_count`` times), as it would be shipped: a
    :class:`~teia.extract.softmax.SoftmaxModel` of float16 weights."""
    from relation_train import Encoded, fit
    from teia.extract.softmax import SoftmaxModel

    counts = Counter(f for i in insts for f in set(i["features"]))
    names = sorted(f for f, c in counts.items() if c >= min_count)
    enc = Encoded(insts, {f: k for k, f in enumerate(names)}, list(LABELS))
    w, b = fit(enc, len(names), len(LABELS), epochs, l2, lr, seed=17)
    return SoftmaxModel.compact(names, w, b, LABELS, temperature=1.0)


def p_wrong(model, insts: list[dict]) -> np.ndarray:
    return model.probabilities_many([i["features"] for i in insts])[:, list(model.labels).index("wrong")]


def out_of_fold(insts: list[dict], **how) -> np.ndarray:
    """Every instance's probability of ``wrong`` from a model fitted on the other folds."""
    fold = folds_of(insts)
    p = np.zeros(len(insts))
    for k in range(FOLDS):
        test = np.flatnonzero(fold == k)
        model = train([i for i, f in zip(insts, fold) if f != k], **how)
        p[test] = p_wrong(model, [insts[i] for i in test])
    return p


def cut_table(insts: list[dict], p: np.ndarray, thresholds=THRESHOLDS) -> list[dict]:
    """Per threshold, what a cut at ``p(wrong) >= t`` does: wrong caught, right lost, precision
    of what stays (and the same for the asserted statements only)."""
    wrong = np.array([i["label"] == "wrong" for i in insts])
    asserted = np.array([i["reading"]["asserted"] == "yes" for i in insts])
    rows = [{"threshold": None, "flagged": 0, "wrong caught": 0, "right lost": 0, "kept": len(insts),
             "precision": (~wrong).sum() / len(insts), "asserted precision": (~wrong & asserted).sum() / max(asserted.sum(), 1)}]
    for t in thresholds:
        flag = p >= t
        keep = ~flag
        rows.append({
            "threshold": t, "flagged": int(flag.sum()), "wrong caught": int((flag & wrong).sum()), "right lost": int((flag & ~wrong).sum()),
            "kept": int(keep.sum()), "precision": (keep & ~wrong).sum() / max(keep.sum(), 1),
            "asserted precision": (keep & asserted & ~wrong).sum() / max((keep & asserted).sum(), 1),
        })
    return rows


def auc(insts: list[dict], p: np.ndarray) -> float:
    """The chance that a wrong statement scores above a right one (ties count half): 0.5 is a
    scorer that knows nothing."""
    wrong = np.array([i["label"] == "wrong" for i in insts])
    pw, pr = p[wrong][:, None], p[~wrong][None, :]
    if not pw.size or not pr.size:
        return float("nan")
    return float(((pw > pr).sum() + 0.5 * (pw == pr).sum()) / (pw.size * pr.size))


def print_table(title: str, insts: list[dict], p: np.ndarray, thresholds=THRESHOLDS, confidence: bool = False) -> None:
    """The table of :func:`cut_table` in Markdown; ``confidence``: the score is ``1 - confidence``
    and the first column gives the confidence cut at."""
    rows = cut_table(insts, p, thresholds)
    n_wrong = sum(i["label"] == "wrong" for i in insts)
    n_right = len(insts) - n_wrong
    print(f"\n{title}: {len(insts)} statements, {n_right} right, {n_wrong} wrong; AUC {auc(insts, p):.3f}")
    print(f"| {'confidence at most' if confidence else 'p(wrong) at least'} | flagged | wrong caught | right lost | precision of the rest | asserted: precision of the rest |")
    print("| --- | --- | --- | --- | --- | --- |")
    for r in rows:
        t = "none (as now)" if r["threshold"] is None else f"{1 - r['threshold'] if confidence else r['threshold']:.3g}"
        print(f"| {t} | {r['flagged']} | {r['wrong caught']} of {n_wrong} ({r['wrong caught'] / max(n_wrong, 1):.0%}) | "
              f"{r['right lost']} of {n_right} ({r['right lost'] / max(n_right, 1):.0%}) | {r['precision']:.3f} | {r['asserted precision']:.3f} |")


def confidence_table(insts: list[dict]) -> None:
    """The same cuts made by the rules' own confidence instead of a model: each statement of at
    most a confidence flagged."""
    conf = np.array([float(i["reading"]["confidence"]) for i in insts])
    levels = sorted(set(conf))[:6]
    print_table("the rules' own confidence, 1 - confidence as the score", insts, 1 - conf, thresholds=tuple(1 - c for c in levels), confidence=True)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    sh = sub.add_parser("sheet", help="a reading sheet of a slice's statements (quotes the text: write it to logs/)")
    sh.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    sh.add_argument("--source", choices=statement_dump.SOURCES, default="harem1-train")
    sh.add_argument("--offset", type=int, default=0)
    sh.add_argument("--limit", type=int, default=1000)
    sh.add_argument("--out", type=Path, default=HERE / "logs" / "statement-sheet.tsv")
    cv = sub.add_parser("cv", help="cross-validate the scorer on readings, grouped by document")
    cv.add_argument("readings", type=Path, nargs="+")
    cv.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    cv.add_argument("--check", type=Path, nargs="*", default=[], help="readings to score with a model of all the others")
    cv.add_argument("--min-count", type=int, default=2)
    cv.add_argument("--epochs", type=int, default=30)
    cv.add_argument("--l2", type=float, default=0.01)
    cv.add_argument("--lr", type=float, default=0.1)
    cv.add_argument("--weights", action="store_true", help="print the model's heaviest features (fitted on all the readings)")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        sys.exit(f"statement_scorer.py: error: data folder {args.data} not found")
    if args.command == "sheet":
        texts = statement_dump.slice_texts(args.data, args.source, args.offset, args.limit)
        found = list(statements(args.data, args.source, texts))
        write_sheet(found, args.out)
        print(f"{len(texts)} texts, {len(found)} statements -> {args.out}")
    elif args.command == "cv":
        how = {"min_count": args.min_count, "epochs": args.epochs, "l2": args.l2, "lr": args.lr}
        readings = [rec for path in args.readings for rec in read_readings(path)]
        insts, lost = instances(args.data, readings)
        for rec in lost:
            print("not made now:", " | ".join(rec[c] for c in KEY), rec["label"])
        p = out_of_fold(insts, **how)
        confidence_table(insts)
        print_table(f"cross-validation, {FOLDS} folds by document ({', '.join(str(x) for x in args.readings)})", insts, p)
        if args.check or args.weights:
            model = train(insts, **how)
        for path in args.check:
            check, lost = instances(args.data, read_readings(path))
            for rec in lost:
                print("not made now:", " | ".join(rec[c] for c in KEY), rec["label"])
            print_table(f"check, trained on all {len(insts)}: {path}", check, p_wrong(model, check))
        if args.weights:
            names, w = model.features, np.asarray(model.weights, dtype=np.float64)
            d = w[:, LABELS.index("wrong")] - w[:, LABELS.index("right")]
            order = np.argsort(d)
            print("\ntowards wrong:", ", ".join(f"{names[k]} {d[k]:+.2f}" for k in order[::-1][:15]))
            print("towards right:", ", ".join(f"{names[k]} {d[k]:+.2f}" for k in order[:15]))


if __name__ == "__main__":
    main()

