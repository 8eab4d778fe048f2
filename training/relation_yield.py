"""Relation statements per 1,000 words on HAREM II dev documents, with and without the relation
classifier, and a sample of the classifier's statements to read by hand (issue 20).

    python relation_yield.py [--data ../../shared/data] [--sample 100] [--seed 20] [--sample-of statements]

Runs the full pipeline on the 56 documents of ``harem/harem2-rerelem-dev.xml`` (the dev half
of HAREM II: reading it is allowed, it is not a test set) once without ``teia_relation_model``
and once with it, and counts the relation statements of each run (every ``Relation`` record:
what becomes a ``teia:RelationStatement``), the asserted ones (plain triples) and the words.
``--sample N`` writes N of the classifier's statements, drawn with ``--seed``, to
``logs/relation-yield-sample.tsv`` (git-ignored: it quotes the corpus) with a blank
``correct`` column to fill in by hand; with ``--sample-of statements`` the sample is drawn from
every statement of the run without the classifier (what the rules give) and written to
``logs/relation-yield-statements.tsv``.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--seed", type=int, default=20)
    ap.add_argument(
        "--sample-of",
        choices=("classifier", "statements"),
        default="classifier",
        help="draw the sample from the classifier's statements (default) or from every statement of the run without it",
    )
    args = ap.parse_args(argv)

    from teia.eval.relations import parse_rerelem
    from teia.extract.pipeline import PipelineConfig, create_pipeline, extract
    from teia.records import Document

    docs = [Document(id=rd.id, text=rd.text) for rd in parse_rerelem(args.data / "harem" / "harem2-rerelem-dev.xml")]
    words = sum(len(d.text.split()) for d in docs)
    print(f"{len(docs)} documents, {words:,} words")
    found = {}
    for name, config in (("without", PipelineConfig(relation_model=False)), ("with", PipelineConfig(relation_model=True))):
        nlp = create_pipeline(config)
        found[name] = [(d, ex) for d in docs for ex in [extract(d, nlp)]]
        rels = [r for _, ex in found[name] for r in ex.relations]
        asserted = [r for r in rels if r.asserted]
        print(
            f"{name} the classifier: {len(rels)} statements ({1000 * len(rels) / words:.2f} per 1,000 words), "
            f"{len(asserted)} asserted ({1000 * len(asserted) / words:.2f} per 1,000 words)"
        )
    own = [r for _, ex in found["with"] for r in ex.relations if r.rule.startswith("model:")]
    for t in (0.7, 0.8, 0.9):
        kept = sum(1 for r in own if r.confidence >= t)
        print(f"  classifier statements of its own with confidence >= {t}: {kept} ({1000 * kept / words:.2f} per 1,000 words)")
    model_rels = [
        (d, ex, r) for d, ex in found["with"] for r in ex.relations if r.rule.startswith("model:") or any(a.startswith("model:") for a in r.also)
    ]
    only = sum(1 for _, _, r in model_rels if r.rule.startswith("model:"))
    print(f"classifier statements: {only} of its own, {len(model_rels) - only} agreeing with a rule")
    by_rule = Counter(r.rule.removeprefix("open:").split("+")[0] for _, ex in found["without"] for r in ex.relations)
    print("statements without the classifier, by rule: " + ", ".join(f"{k} {n}" for k, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))))
    if args.sample:
        rng = random.Random(args.seed)
        if args.sample_of == "statements":
            pool = [(d, ex, r) for d, ex in found["without"] for r in ex.relations]
            out = HERE / "logs" / "relation-yield-statements.tsv"
        else:
            pool = model_rels
            out = HERE / "logs" / "relation-yield-sample.tsv"
        chosen = rng.sample(pool, min(args.sample, len(pool)))
        out.parent.mkdir(exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            fh.write("correct\tdoc\tsubject\tpredicate\tobject\tconfidence\tasserted\trule\tsentence\n")
            for d, ex, r in chosen:
                ev = r.evidence
                labels = {e.id: e.label for e in ex.entities}
                subj = d.text[ev.subject_start : ev.subject_end]
                obj = d.text[ev.object_start : ev.object_end]
                sentence = " ".join(ev.sentence.split())
                fh.write(
                    f"\t{d.id}\t{subj} [{labels.get(r.subject, '')}]\t{r.predicate}\t{obj} [{labels.get(r.object, '')}]"
                    f"\t{r.confidence:.2f}\t{r.asserted}\t{'+'.join((r.rule, *r.also))}\t{sentence}\n"
                )
        print(f"sample of {len(chosen)} -> {out}")


if __name__ == "__main__":
    main()
