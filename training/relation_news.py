"""Negative pairs from news text for the relation classifier (issue 20).

The Wikipedia sentences of DBpedia-PT are first sentences of biographies and place articles;
news text names people, places and organizations side by side (lists of sponsors, of
ministers, places of a long sentence) far more often, and most such pairs are unrelated.
This script reads MAC-MORPHO's Folha de São Paulo sentences (``raw-pt/mac_morpho.zip``, no
test set of the project; a sentence sharing an 8-gram with a held-out text is dropped, as in
``raw_corpus.py``), runs the shipped pipeline with the rules and without the classifier, and
writes every pair the classifier would score (:func:`teia.extract.classifier.predict.
pair_candidates`) as a ``none`` instance, in the format of ``relation_data.py``, unless a
rule reads a relation between the two entities in that sentence (such a pair is skipped, not
labelled). Labels are noisy: a relation no rule reads is called ``none``; ``--sample N``
writes N of them with their sentences to ``logs/relation-news-sample.tsv`` (git-ignored) to
read by hand. Sentences go to ``train`` (90 %) or ``dev`` (10 %) by a hash of their text, so
the per-relation thresholds chosen on dev also see news pairs; the test part stays DBpedia's.

    python relation_news.py --data ../../shared/data --limit 20000 --out corpus/relations-news.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

import raw_corpus  # noqa: E402  (MAC-MORPHO's sentences and the held-out filter)

SOURCE = "mac-morpho"


def news_split(sentence: str) -> str:
    """``train`` or ``dev`` (one in ten) for a news sentence."""
    return "dev" if int(hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:8], 16) % 10 == 0 else "train"


def may_hold_a_pair(sentence: str) -> bool:
    """At least two capitalized words after the first: a cheap test before parsing."""
    words = sentence.split()[1:]
    return sum(1 for w in words if w[:1].isupper()) >= 2


def negative_instances(doc, rules) -> list[tuple[dict, str, str]]:
    """The ``none`` instances of one parsed sentence, the pairs no rule relates, each with
    the text of its two mentions."""
    from teia.extract.classifier.predict import pair_candidates

    ruled = {(r.evidence.sentence_start, frozenset((r.subject, r.object))) for r in rules}
    out = []
    for sent, (ls, le, lid, _), (rs, re_, rid, _), feats in pair_candidates(doc):
        if (sent.start_char, frozenset((lid, rid))) in ruled:
            continue
        inst = {"split": news_split(doc.text), "line": -1, "label": "none", "gap": rs - le, "source": SOURCE, "features": feats}
        out.append((inst, doc[ls:le].text, doc[rs:re_].text))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=HERE / "corpus" / "relations-news.jsonl")
    ap.add_argument("--limit", type=int, default=20000, help="parse the first N candidate sentences of a fixed shuffle")
    ap.add_argument("--sample", type=int, default=0, help="write N negative pairs to logs/relation-news-sample.tsv")
    ap.add_argument("--batch-size", type=int, default=64)
    args = ap.parse_args(argv)

    import spacy

    from teia.extract.entities import DOC_ID_KEY
    from teia.extract.pipeline import PipelineConfig, create_pipeline
    from teia.extract.relations.component import RELATIONS

    blank = spacy.blank("pt")
    flt = raw_corpus.Filter(lambda text: [t.text for t in blank.make_doc(text)], raw_corpus.held_out_texts(args.data))
    kept = dropped = 0
    sentences = []
    for sent in raw_corpus.mac_morpho(args.data):
        if not may_hold_a_pair(sent):
            continue
        if flt.check([t.text for t in blank.make_doc(sent)]) == "kept":
            sentences.append(sent)
            kept += 1
        else:
            dropped += 1
    print(f"{kept} MAC-MORPHO sentences with two capitalized words kept, {dropped} held-out or repeated dropped", flush=True)
    sentences.sort(key=lambda s: hashlib.sha1(s.encode("utf-8")).hexdigest())
    if args.limit:
        sentences = sentences[: args.limit]

    nlp = create_pipeline(PipelineConfig(relation_model=False))
    t0 = time.perf_counter()
    words = written = 0
    sample: list[tuple[str, str, str]] = []
    rng = random.Random(20)
    args.out.parent.mkdir(parents=True, exist_ok=True)

    def docs():
        for k, sent in enumerate(sentences):
            doc = nlp.make_doc(sent)
            doc.user_data[DOC_ID_KEY] = f"{SOURCE}-{k}"
            yield doc

    with args.out.open("w", encoding="utf-8") as out:
        for k, doc in enumerate(nlp.pipe(docs(), batch_size=args.batch_size)):
            words += len(doc)
            found = negative_instances(doc, doc._.get(RELATIONS) or ())
            for inst, _, _ in found:
                out.write(json.dumps(inst, ensure_ascii=False) + "\n")
            written += len(found)
            if args.sample and found:
                _, left, right = rng.choice(found)
                sample.append((doc.text, left, right))
            if (k + 1) % 2000 == 0:
                rate = words / (time.perf_counter() - t0)
                print(f"{k + 1}/{len(sentences)} sentences, {written} pairs, {rate:.0f} tokens/s", flush=True)
    print(f"done: {len(sentences)} sentences, {words} tokens, {written} none pairs in {time.perf_counter() - t0:.0f} s -> {args.out}")
    if args.sample:
        dest = HERE / "logs" / "relation-news-sample.tsv"
        dest.parent.mkdir(exist_ok=True)
        chosen = rng.sample(sample, min(args.sample, len(sample)))
        with dest.open("w", encoding="utf-8") as fh:
            fh.write("related\tleft\tright\tsentence\n")
            for text, left, right in chosen:
                fh.write(f"\t{left}\t{right}\t{text}\n")
        print(f"sample of {len(chosen)} -> {dest}")


if __name__ == "__main__":
    main()
