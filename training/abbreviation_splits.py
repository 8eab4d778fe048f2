"""Count the sentence cuts the shipped pipeline makes after an abbreviation (issue 17), on text
with known sentence ends: a MAC-MORPHO slice (news; its sentences as the corpus gives them,
joined ten at a time into a text) or a slice of the Wikipedia sentences of DBpedia-PT (one
sentence each, so any cut inside is wrong). Never a test split.

    python abbreviation_splits.py --source mac-morpho --every 10 [--without] [--data ../../shared/data]
    python abbreviation_splits.py --source wikipedia --every 25 [--without]

``--every N`` takes every Nth MAC-MORPHO file (sorted by name) or Wikipedia sentence.
``--without`` runs the tokenizer as the model has it, without teia's abbreviations
(``teia/extract/data/abbreviations.json``), for the figures before. The report: words,
sentence starts known and found, starts found that the text does not have ("wrong cuts"),
those right after a short word ending with a period (``Prof.``, ``séc.``: "after an
abbreviation", with the words), and known starts not found.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import re
import sys
import zipfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import raw_corpus  # noqa: E402  (MAC-MORPHO back to surface text)

HERE = Path(__file__).resolve().parent
GROUP = 10
"""MAC-MORPHO sentences joined into one text."""
_SHORT_WORD_BEFORE = re.compile(r"(?:^|\s)\(?(\S{1,6}\.)\s*$")


def mac_morpho_texts(data: Path, every: int) -> Iterator[list[str]]:
    with zipfile.ZipFile(data / "raw-pt" / "mac_morpho.zip") as z:
        names = sorted(n for n in z.namelist() if n.endswith(".txt"))[::every]
        for name in names:
            with z.open(name) as raw:
                sents = [raw_corpus.join_words(w) for w in raw_corpus.mac_morpho_words(io.TextIOWrapper(raw, encoding="iso-8859-1"))]
            for k in range(0, len(sents), GROUP):
                yield sents[k : k + GROUP]


def wikipedia_texts(data: Path, every: int) -> Iterator[list[str]]:
    with gzip.open(data / "dbpedia-pt" / "relations.jsonl.gz", "rt", encoding="utf-8") as f:
        for k, line in enumerate(f):
            if k % every == 0:
                yield [json.loads(line)["sentence"]]


def count(nlp, groups: list[list[str]]) -> dict:
    texts, known = [], []
    for group in groups:
        starts, offset = [], 0
        for sent in group:
            starts.append(offset)
            offset += len(sent) + 1
        texts.append(" ".join(group))
        known.append(set(starts))
    words = found = wrong = missed = 0
    after: Counter[str] = Counter()
    for text, gold, doc in zip(texts, known, nlp.pipe(texts, batch_size=64)):
        words += sum(1 for t in doc if not t.is_punct)
        starts = {s.start_char for s in doc.sents}
        found += len(starts)
        missed += len(gold - starts)
        for start in starts - gold:
            wrong += 1
            hit = _SHORT_WORD_BEFORE.search(text, 0, start)
            if hit:
                after[hit.group(1)] += 1
    return {
        "texts": len(texts),
        "words": words,
        "known_starts": sum(len(g) for g in known),
        "found_starts": found,
        "wrong_cuts": wrong,
        "wrong_cuts_after_abbreviation": sum(after.values()),
        "missed_starts": missed,
        "after": dict(after.most_common()),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", choices=("mac-morpho", "wikipedia"), required=True)
    ap.add_argument("--every", type=int, default=10, help="every Nth MAC-MORPHO file or Wikipedia sentence")
    ap.add_argument("--data", type=Path, default=HERE.parent.parent / "shared" / "data")
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: the shipped one)")
    ap.add_argument("--without", action="store_true", help="without teia's abbreviations (the figures before)")
    args = ap.parse_args(argv)
    if args.every < 1:
        print("error: --every must be 1 or more", file=sys.stderr)
        return 2
    from teia.extract.abbreviations import add_abbreviations
    from teia.extract.model import load_pipeline

    nlp = load_pipeline(args.model)
    if not args.without:
        add_abbreviations(nlp)
    read = mac_morpho_texts if args.source == "mac-morpho" else wikipedia_texts
    try:
        groups = list(read(args.data, args.every))
    except FileNotFoundError as exc:
        print(f"error: {exc.filename} not found (pass --data)", file=sys.stderr)
        return 2
    result = count(nlp, groups)
    print(f"{args.source}, every {args.every}, {'without' if args.without else 'with'} teia's abbreviations: "
          + ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in result.items() if k != "after"))
    print("  after: " + ", ".join(f"{w} {n}" for w, n in result["after"].items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
