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
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
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


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    sh = sub.add_parser("sheet", help="a reading sheet of a slice's statements (quotes the text: write it to logs/)")
    sh.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    sh.add_argument("--source", choices=statement_dump.SOURCES, default="harem1-train")
    sh.add_argument("--offset", type=int, default=0)
    sh.add_argument("--limit", type=int, default=1000)
    sh.add_argument("--out", type=Path, default=HERE / "logs" / "statement-sheet.tsv")
    args = ap.parse_args(argv)
    if not args.data.is_dir():
        sys.exit(f"statement_scorer.py: error: data folder {args.data} not found")
    if args.command == "sheet":
        texts = statement_dump.slice_texts(args.data, args.source, args.offset, args.limit)
        found = list(statements(args.data, args.source, texts))
        write_sheet(found, args.out)
        print(f"{len(texts)} texts, {len(found)} statements -> {args.out}")


if __name__ == "__main__":
    main()
