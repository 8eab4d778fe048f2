"""A real teia graph of about a million quads, for the SPARQL benchmark.

    python bench/realgraph.py [--words N] [--model blank|PATH]

Builds (``teia.build``, default model, linking on) the benchmark corpus of
``bench/extraction.py``: documents of ~400 words cut from UD Bosque sentences, repeated in
a new shuffled order with new ids beyond the ~210k words of Bosque, so names recur across
hundreds of documents as in a real collection. The sorted N-Quads are written once to
``bench/.cache/real-<words>-<model>.nq`` and reused. About 1.2 quads per word: the default
850,000 words give ~1M quads. The build takes several CPU minutes and ~3 GB of memory.

Where :mod:`synthetic` gives any size in a second with a controlled shape (its popular
entities are mentioned in hundreds of documents, every class and property is present),
this graph is what the pipeline really writes: its labels, IRIs, dates, links and the
sparsity of events and relations on news text.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import synthetic  # noqa: E402
from extraction import resolve_model, write_corpus  # noqa: E402

WORDS_PER_QUAD = 0.85  # measured on pt_teia builds of this corpus: ~1.2 quads per word
WORDS = round(1_000_000 * WORDS_PER_QUAD)


def cache_path(words: int, model: str) -> Path:
    return synthetic.CACHE / f"real-{words}-{Path(model).name}.nq"


def ensure(words: int = WORDS, model: str | None = None, *, quiet: bool = False) -> Path:
    """The N-Quads file of the build of ``words`` words of the benchmark corpus (built once)."""
    import teia
    from teia.graph.io import sorted_nquads

    model = resolve_model(model)
    path = cache_path(words, model)
    if path.exists():
        return path
    folder, n = write_corpus(words, synthetic.CACHE / f"corpus-{words}")
    t0, c0 = time.perf_counter(), time.process_time()
    kg = teia.build([folder], model=None if model == "pt_teia" else model)
    text = sorted_nquads(kg.dataset)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    if not quiet:
        print(f"# real graph: {n:,} words, model {model}, {text.count(chr(10)):,} quads -> {path} "
              f"({time.perf_counter() - t0:.0f} s wall, {time.process_time() - c0:.0f} CPU s)", flush=True)
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=WORDS)
    ap.add_argument("--model", default=None, help="blank, a path, or the shipped model (default)")
    args = ap.parse_args()
    path = ensure(args.words, args.model)
    print(f"{path}  {synthetic.count_quads(path):,} quads  {path.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
