"""Raw text for pretraining the CNN tok2vecs (``spacy pretrain``), from the training splits.

Writes one JSON line ``{"text": ...}`` per document of the converted *training* files
(Bosque ``train``, the HAREM I training documents, Paramopama ``train``, WikiANN
``train``). Dev and test text is left out, so no held-out score sees text the encoder was
pretrained on.

    python raw_text.py --corpus corpus --out corpus/raw.jsonl
"""

from __future__ import annotations

import argparse
import json
import os
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path("corpus"))
    parser.add_argument("--out", type=Path, default=Path("corpus/raw.jsonl"))
    args = parser.parse_args()
    tmp = args.out.with_name(args.out.name + ".tmp")
    n = 0
    with tmp.open("w", encoding="utf-8") as f:
        for text in raw_texts(args.corpus):
            f.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
            n += 1
    os.replace(tmp, args.out)
    print(f"{n} documents -> {args.out}")


if __name__ == "__main__":
    main()
