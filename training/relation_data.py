"""Parse the DBpedia-PT relation sentences and cache the classifier's features (issue 20).

Reads ``dbpedia-pt/relations.jsonl.gz`` (sentence, entity1, type1, entity2, type2, relation),
splits the records **by entity pair** (the unordered pair of names hashed into train 80 % /
dev 10 % / test 10 %: no pair of the test part is in training), parses each distinct sentence
once with the shipped pipeline and writes one JSON line per instance to
``corpus/relations-features.jsonl`` (git-ignored): split, label, the pair's key, the
record's line number in the source file and the features of
:func:`teia.extract.classifier.features.pair_features`. The sentences themselves are not
copied.

Labels are read on the pair in sentence order (``left`` before ``right``): a directed
relation gets ``>`` when the record's entity1 is the left mention, ``<`` otherwise
(``partner`` and ``other`` have no direction). Besides the records, every pair of the NER's
PER/ORG/LOC mentions of the same sentence (at most ``MAX_GAP`` tokens apart) that no record
names is a ``none`` instance (or at most ``--negatives`` of them), so the classifier also
learns that most pairs of names are unrelated.

    python relation_data.py --data ../../shared/data --out corpus/relations-features.jsonl
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from teia.extract.classifier.features import MAX_GAP, pair_features  # noqa: E402
from teia.extract.classifier.labels import UNDIRECTED, direction_label  # noqa: E402

TYPES = {"PERSON": "PER", "LOCATION": "LOC", "ORGANIZATION": "ORG"}
NEGATIVE_CATEGORIES = frozenset(TYPES.values())


def pair_split(a: str, b: str) -> str:
    """``train``, ``dev`` or ``test`` for the unordered pair of names ``a``, ``b``."""
    key = "\x1f".join(sorted((a.strip().lower(), b.strip().lower())))
    bucket = int(hashlib.sha1(key.encode("utf-8")).hexdigest()[:8], 16) % 10
    return "test" if bucket == 0 else "dev" if bucket == 1 else "train"


def _find(doc, sentence: str, name: str, taken: tuple[int, int] | None):
    """Token range of the first occurrence of ``name`` not overlapping ``taken``."""
    pos = sentence.find(name)
    while pos >= 0:
        span = doc.char_span(pos, pos + len(name), alignment_mode="expand")
        if span is not None and (taken is None or span.end <= taken[0] or span.start >= taken[1]):
            return (span.start, span.end)
        pos = sentence.find(name, pos + 1)
    return None


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _name_key(a: str, b: str) -> frozenset[str]:
    return frozenset((a.strip().lower(), b.strip().lower()))


def known_pairs(records: list[dict]) -> dict[frozenset[str], tuple[str, str]]:
    """``{unordered pair of names: (entity1, relation)}`` for every pair of the dataset with a
    single relation (a pair recorded with two different relations is left out)."""
    seen: dict[frozenset[str], set[tuple[str, str]]] = defaultdict(set)
    for rec in records:
        seen[_name_key(rec["entity1"], rec["entity2"])].add((rec["entity1"].strip().lower(), rec["relation"]))
    return {key: next(iter(found)) for key, found in seen.items() if len({r for _, r in found}) == 1 and len(found) == 1}


def instances(
    doc,
    sentence: str,
    records: list[tuple[int, dict]],
    rng: random.Random,
    negatives: int | None,
    known: dict[frozenset[str], tuple[str, str]] | None = None,
):
    """The labelled and the negative instances of one parsed sentence. An unnamed pair whose
    two names the dataset relates in another sentence (``known``) takes that relation (the
    distant-supervision reading) instead of ``none``."""
    ents = [(e.start, e.end, e.label_) for e in doc.ents if e.label_ in NEGATIVE_CATEGORIES]
    others = [(s, e) for s, e, _ in ents]
    named: list[tuple[tuple[int, int], tuple[int, int]]] = []
    out = []
    for line, rec in records:
        a = _find(doc, sentence, rec["entity1"], None)
        b = _find(doc, sentence, rec["entity2"], a) if a is not None else None
        split = pair_split(rec["entity1"], rec["entity2"])
        if a is None or b is None:
            out.append({"split": split, "line": line, "label": direction_label(rec["relation"], True), "missing": True})
            continue
        named.append((a, b))
        first = a[0] < b[0]
        (left, lcat), (right, rcat) = sorted(
            ((a, TYPES[rec["type1"]]), (b, TYPES[rec["type2"]])), key=lambda x: x[0]
        )
        label = direction_label(rec["relation"], first)
        gap = right[0] - left[1]
        feats = pair_features(doc, left, right, lcat, rcat, [o for o in others if not _overlaps(o, left) and not _overlaps(o, right)])
        out.append({"split": split, "line": line, "label": label, "gap": gap, "features": feats})
    candidates = []
    for i, (ls, le, lcat) in enumerate(ents):
        for rs, re_, rcat in ents[i + 1 :]:
            if rs - le > MAX_GAP or rs < le:
                continue
            if any(
                (_overlaps((ls, le), a) and _overlaps((rs, re_), b)) or (_overlaps((ls, le), b) and _overlaps((rs, re_), a))
                for a, b in named
            ):
                continue
            candidates.append(((ls, le, lcat), (rs, re_, rcat)))
    rng.shuffle(candidates)
    for (ls, le, lcat), (rs, re_, rcat) in candidates[:negatives]:
        left_text, right_text = doc[ls:le].text, doc[rs:re_].text
        others_here = [o for o in others if o != (ls, le) and o != (rs, re_)]
        inst = {
            "split": pair_split(left_text, right_text),
            "line": -1,
            "label": "none",
            "gap": rs - le,
            "features": pair_features(doc, (ls, le), (rs, re_), lcat, rcat, others_here),
        }
        found = (known or {}).get(_name_key(left_text, right_text))
        if found is not None:
            entity1, relation = found
            inst["label"] = direction_label(relation, entity1 == left_text.strip().lower())
            inst["distant"] = True
        out.append(inst)
    return out


COMMON = frozenset({"locatedInArea", "origin"})


def _parsed(sentence: str, records: list[tuple[int, dict]], share: int) -> bool:
    """Whether a sentence is parsed: every sentence with a test record (the test split keeps
    its natural distribution), every sentence with a rarer relation, and 1 in ``share`` of
    the sentences that only hold the two relations making up three quarters of the data."""
    if any(pair_split(r["entity1"], r["entity2"]) == "test" for _, r in records):
        return True
    if any(r["relation"] not in COMMON for _, r in records):
        return True
    return int(hashlib.sha1(sentence.encode("utf-8")).hexdigest()[:8], 16) % share == 0


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--out", type=Path, default=HERE / "corpus" / "relations-features.jsonl")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: the shipped pt_teia)")
    ap.add_argument(
        "--negatives", type=int, default=None,
        help="at most N pairs per sentence that no record names labelled none (default: every one)",
    )
    ap.add_argument("--limit", type=int, default=0, help="only the first N sentences (a quick run)")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument(
        "--common-share", type=int, default=4,
        help="parse 1 in N training sentences whose records are all locatedInArea or origin",
    )
    args = ap.parse_args(argv)

    from teia.extract.model import load_pipeline

    source = args.data / "dbpedia-pt" / "relations.jsonl.gz"
    by_sentence: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    with gzip.open(source, "rt", encoding="utf-8") as fh:
        for line, text in enumerate(fh):
            rec = json.loads(text)
            by_sentence[rec["sentence"]].append((line, rec))
    known = known_pairs([rec for recs in by_sentence.values() for _, rec in recs])
    sentences = [s for s in by_sentence if _parsed(s, by_sentence[s], args.common_share)]
    # a fixed shuffle: a run cut short still holds a random share of every split
    sentences.sort(key=lambda s: hashlib.sha1(s.encode("utf-8")).hexdigest())
    if args.limit:
        sentences = sentences[: args.limit]
    nlp = load_pipeline(args.model)
    keep = [p for p in nlp.pipe_names if p not in ("teia_gazetteer", "teia_entities", "teia_time", "teia_events", "teia_relations")]
    rng = random.Random(20)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    words = 0
    with args.out.open("w", encoding="utf-8") as out, nlp.select_pipes(enable=keep):
        for k, doc in enumerate(nlp.pipe(sentences, batch_size=args.batch_size)):
            words += len(doc)
            for inst in instances(doc, sentences[k], by_sentence[sentences[k]], rng, args.negatives, known):
                out.write(json.dumps(inst, ensure_ascii=False) + "\n")
            if (k + 1) % 2000 == 0:
                rate = words / (time.perf_counter() - t0)
                print(f"{k + 1}/{len(sentences)} sentences, {words} tokens, {rate:.0f} tokens/s", flush=True)
    print(f"done: {len(sentences)} sentences, {words} tokens in {time.perf_counter() - t0:.0f} s -> {args.out}")


if __name__ == "__main__":
    main()
