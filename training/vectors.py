"""Train floret vectors on the raw corpus (``make -C training vectors``).

``floret`` is a build-time tool only (``pip install floret``, the ``training`` extra of
``pyproject.toml``); the shipped pipeline reads the converted table with spaCy alone.

floret keeps ONE hash table for words and their character n-grams: every word, known or
not, gets the sum of the rows its n-grams (``minn``..``maxn`` characters, with ``<``/``>``
word boundaries) hash to. Portuguese inflects by suffix (``-ção``/``-ções``, ``-ava``,
``-mente``), so 3- to 5-character n-grams carry most of what a word's form says. The
table's size is ``rows x dim`` float32 values; 50,000 x 100 is 20 MB inside the model.

    python vectors.py --raw corpus/raw-pt.txt --out output/vectors/pt-floret
    python -m spacy init vectors pt output/vectors/pt-floret.floret output/vectors/floret --mode floret
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--raw", type=Path, default=Path("corpus/raw-pt.txt"))
    ap.add_argument("--out", type=Path, default=Path("output/vectors/pt-floret"),
                    help="prefix: writes PREFIX.floret (spaCy's input) and PREFIX.bin")
    ap.add_argument("--model", choices=("skipgram", "cbow"), default="cbow")
    ap.add_argument("--dim", type=int, default=100)
    ap.add_argument("--rows", type=int, default=50000, help="hash table rows (floret bucket)")
    ap.add_argument("--minn", type=int, default=3)
    ap.add_argument("--maxn", type=int, default=5)
    ap.add_argument("--hash-count", type=int, default=1)
    ap.add_argument("--min-count", type=int, default=3)
    ap.add_argument("--epoch", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    args = ap.parse_args(argv)
    try:
        import floret
    except ImportError:
        sys.exit("vectors.py needs the build-time package floret: pip install floret")
    if not args.raw.is_file():
        sys.exit(f"raw corpus {args.raw} not found (run `make -C training raw` first)")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    start = time.time()
    model = floret.train_unsupervised(
        str(args.raw), model=args.model, mode="floret", dim=args.dim, bucket=args.rows,
        minn=args.minn, maxn=args.maxn, hashCount=args.hash_count, minCount=args.min_count,
        epoch=args.epoch, thread=args.threads, verbose=1,
    )
    model.save_floret_vectors(str(args.out) + ".floret")
    print(f"floret {args.model}: {args.rows} rows x {args.dim} dims, n-grams {args.minn}-{args.maxn}, "
          f"{len(model.words)} words seen >= {args.min_count} times, {time.time() - start:.0f} s "
          f"-> {args.out}.floret")


if __name__ == "__main__":
    main()
