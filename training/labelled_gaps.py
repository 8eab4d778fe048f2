"""Which distant labels of DBpedia-PT's Wikipedia sentences the rules leave without a statement
(issue 20).

``dbpedia-pt/relations.jsonl.gz`` names, for each sentence, two entities and the DBpedia
relation between them (not checked by hand: expect noise). This reads the sentences in the
order ``statement_dump.py --source wikipedia`` reads them (``--offset``, ``--limit``), keeps
the ones with a label of a typed relation (``--relations``) whose records all belong to the
relation classifier's ``--split`` (``train`` by default: the split by entity pair of
``relation_data.pair_split``; a sentence with a record of another split, any relation, is
skipped, so the classifier's test part is never read), runs the shipped pipeline with
the rules and without the relation classifier, and for each label finds the two entities (an
entity with a mention whose text holds the labelled name or is held by it) and the statements
between them, either way. Each label is one line of ``--out`` (git-ignored ``logs/``: it quotes
the text): the relation, the two names, ``missing`` (no entity for a name), ``none`` (both found,
no statement) or the statements' predicates, the words between the two first mentions, the
sentence. It prints the counts by relation and outcome, and the most frequent words between
the names of the labels left with no statement.

    python labelled_gaps.py --data ../../shared/data --offset 60000 --limit 6000
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import statement_dump  # noqa: E402  (the slice, in its order)
from relation_data import pair_split  # noqa: E402  (the classifier's split by entity pair)

TYPED = ("partOf", "locatedInArea", "origin", "deathOrBurialPlace", "keyPerson", "parent", "partner", "successor")


def labels_by_sentence(data: Path, relations: set[str], split: str = "train") -> dict[str, list[tuple[str, str, str]]]:
    """``{sentence: [(relation, entity1, entity2)]}`` of the labels of ``relations``, for the
    sentences whose every record (any relation) has its pair in ``split`` (``all``: every one)."""
    out: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    other: set[str] = set()
    with gzip.open(data / "dbpedia-pt" / "relations.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if split != "all" and pair_split(rec["entity1"], rec["entity2"]) != split:
                other.add(rec["sentence"])
            elif rec["relation"] in relations:
                out[rec["sentence"]].append((rec["relation"], rec["entity1"], rec["entity2"]))
    for sentence in other:
        out.pop(sentence, None)
    return out


def find_entity(entities, name: str):
    """The entity with a mention holding ``name`` or held by it, the longest such mention first."""
    low = name.lower()
    best = None
    for e in entities:
        for m in e.mentions:
            t = m.text.lower()
            if low in t or (len(t) > 2 and t in low):
                if best is None or len(t) > len(best[1].text):
                    best = (e, m)
    return best


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--offset", type=int, default=60000)
    ap.add_argument("--limit", type=int, default=6000)
    ap.add_argument("--relations", default=",".join(TYPED))
    ap.add_argument("--split", choices=("train", "dev", "all"), default="train", help="the classifier's split the labels are read from; all: every label, the test part too, as passes before P52f read them")
    ap.add_argument("--out", type=Path, default=HERE / "logs" / "labelled-gaps.tsv")
    ap.add_argument("--top", type=int, default=40)
    args = ap.parse_args(argv)
    if not (args.data / "dbpedia-pt" / "relations.jsonl.gz").is_file():
        sys.exit(f"labelled_gaps.py: error: {args.data}/dbpedia-pt/relations.jsonl.gz not found (--data is the shared data folder)")

    from teia.extract.entities import ENTITIES
    from teia.extract.pipeline import PipelineConfig, create_pipeline, make_doc
    from teia.extract.relations.component import RELATIONS
    from teia.records import Document

    labels = labels_by_sentence(args.data, set(args.relations.split(",")), args.split)
    sentences = statement_dump.slice_sentences(args.data, "wikipedia", args.offset, args.limit)
    chosen = [(args.offset + k, s) for k, s in enumerate(sentences) if s in labels]
    print(f"{len(sentences)} sentences, {len(chosen)} with a typed label", flush=True)
    nlp = create_pipeline(PipelineConfig(relation_model=False))

    def docs():
        for k, sent in chosen:
            yield make_doc(nlp, Document(f"wikipedia-{k}", sent))

    t0 = time.perf_counter()
    outcomes: Counter = Counter()
    between_none: Counter = Counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        out.write("sentence\trelation\tentity1\tentity2\toutcome\tbetween\ttext\n")
        for (k, sent), doc in zip(chosen, nlp.pipe(docs(), batch_size=32)):
            entities = doc._.get(ENTITIES) or ()
            rels = doc._.get(RELATIONS) or ()
            for relation, name1, name2 in labels[sent]:
                a, b = find_entity(entities, name1), find_entity(entities, name2)
                between = ""
                if a is None or b is None:
                    outcome = "missing"
                elif a[0].id == b[0].id:
                    outcome = "same"
                else:
                    preds = sorted({f"{r.predicate}{'' if r.subject == a[0].id else '^'}{'' if r.asserted else '?'}" for r in rels if {r.subject, r.object} == {a[0].id, b[0].id}})
                    outcome = " ".join(preds) if preds else "none"
                    lo, hi = sorted((a[1], b[1]), key=lambda m: m.start)
                    between = doc.text[lo.end : hi.start].strip() if hi.start >= lo.end else ""
                key = outcome if outcome in ("missing", "same", "none") else ("typed" if any(not p.startswith("rel:") for p in outcome.split()) else "open only")
                outcomes[(relation, key)] += 1
                if outcome == "none" and len(between.split()) <= 6:
                    between_none[f"{relation} | {between}"] += 1
                row = (k, relation, name1, name2, outcome, between, sent)
                out.write("\t".join(str(x).replace("\t", " ") for x in row) + "\n")
    print(f"{len(chosen)} sentences parsed in {time.perf_counter() - t0:.0f} s -> {args.out}")
    for relation in sorted({r for r, _ in outcomes}):
        row = {key: n for (r, key), n in outcomes.items() if r == relation}
        print(f"{relation:20s} " + ", ".join(f"{key} {n}" for key, n in sorted(row.items())))
    print("\n== words between the two names of a label with no statement")
    for key, n in between_none.most_common(args.top):
        print(f"{n:5d}  {key}")


if __name__ == "__main__":
    main()
