"""Raw text for pretraining the CNN tok2vecs (``spacy pretrain``), from the training splits.

Writes one JSON line ``{"text": ...}`` per document of the converted *training* files
(Bosque ``train``, the HAREM I training documents, Paramopama ``train``, WikiANN
``train``). Dev and test text is left out, so no held-out score sees text the encoder was
pretrained on.

    python raw_text.py --corpus corpus --out corpus/raw.jsonl

With ``--lines`` it writes instead the lines of a text file with one sentence a line (the
deduplicated raw corpus ``corpus/raw-pt.txt`` of ``raw_corpus.py``, held-out sentences
already removed), one JSON line each, in an order shuffled with ``--seed``, so that the
batches of ``spacy pretrain`` (which reads the file in order) mix every source:

    python raw_text.py --lines corpus/raw-pt.txt --out corpus/raw-pt.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
import random
from pathlib import Path

import spacy
from spacy.tokens import DocBin

SOURCES = ("bosque-train", "harem-train", "paramopama-train", "wikiann-train")


def raw_texts(corpus: Path):
    """Yield the text of every training document, in a fixed order."""
    vocab = spacy.blank("pt").vocab
    for name in SOURCES:
        path = corpus / f"{name}.spacy"
        for doc in DocBin().from_disk(path).get_docs(vocab):
            text = doc.text.strip()
            if text:
                yield text


def shuffled_lines(path: Path, seed: int) -> list[str]:
    """The non-empty lines of *path*, stripped, in an order fixed by *seed*."""
    with path.open(encoding="utf-8") as f:
        lines = [line.strip() for line in f]
    lines = [line for line in lines if line]
    random.Random(seed).shuffle(lines)
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--out", type=Path, default=Path("corpus/raw.jsonl"))
    parser.add_argument("--lines", type=Path, default=None,
                        help="a text file, one sentence a line, instead of the training splits")
    parser.add_argument("--seed", type=int, default=0, help="shuffle seed for --lines")
    args = parser.parse_args()
    if args.lines is not None and not args.lines.is_file():
        parser.error(f"--lines: no such file: {args.lines}")
    texts = shuffled_lines(args.lines, args.seed) if args.lines is not None else raw_texts(args.corpus)
    tmp = args.out.with_name(args.out.name + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8") as f:
        for text in texts:
            f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
            n += 1
    os.replace(tmp, args.out)
    print(f"{n} documents -> {args.out}")


if __name__ == "__main__":
    main()
