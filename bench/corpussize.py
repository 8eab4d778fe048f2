"""CPU seconds per 1,000 words and peak RSS of teia on corpora of growing size, up to 1M words.

    python bench/corpussize.py [--sizes 10000,100000,1000000] [--model NAME_OR_PATH] [--quick]

The corpora are the documents of ``bench/extraction.py`` (~400-word documents of UD Bosque
sentences; the sample corpus repeated without Bosque) written as ``.txt`` files under
``bench/.cache/``. Each size is measured in two child processes as in ``bench/doclength.py``:
the bare spaCy pipeline (teia's components disabled, ``nlp.pipe``) and teia end to end
(extraction, corpus resolution, the graph files of a default build: sorted N-Quads and
N-Triples written document graph by document graph), CPU seconds of the
work only and the child's peak RSS. Prints a table; no thresholds. The 1M-word row takes long
(about an hour of CPU): run it under ``nice`` in the background.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import synthetic  # noqa: E402
from doclength import measure  # noqa: E402
from extraction import make_documents, resolve_model, write_corpus  # noqa: E402

SIZES = (10_000, 100_000, 1_000_000)


def run(sizes: tuple[int, ...] = SIZES, model: str | None = None) -> dict:
    model = resolve_model(model)
    _, _, source = make_documents(1)
    print(f"# model: {model}; corpus: {source}; {synthetic.load_note()}", flush=True)
    rows, results = [], {}
    for size in sizes:
        folder, words = write_corpus(size, synthetic.CACHE / f"corpus-{size}")
        bare = measure(folder, "bare", model)
        full = measure(folder, "teia", model)
        results[size] = (words, bare, full)
        if bare.get("failed") or full.get("failed"):
            rows.append([f"{words:,}", "failed" if bare.get("failed") else "", "failed" if full.get("failed") else "",
                         "", "", f"{bare['rss']:.0f}", f"{full['rss']:.0f}"])
            continue
        print(f"# {words:,} words: bare {bare['cpu']:.1f} CPU s, teia {full['cpu']:.1f} CPU s "
              f"(extract {full['extract']:.1f}, resolve + nq/nt {full['build']:.1f}, {full['quads']:,} quads), "
              f"RSS {bare['rss']:.0f} / {full['rss']:.0f} MB", flush=True)
        rows.append([
            f"{words:,}",
            f"{bare['cpu'] / words * 1000:.3f}",
            f"{full['extract'] / words * 1000:.3f}",
            f"{full['cpu'] / words * 1000:.3f}",
            f"{bare['cpu'] / full['cpu']:.2f}",
            f"{bare['rss']:.0f}",
            f"{full['rss']:.0f}",
        ])
    table = synthetic.print_table(
        f"Corpora of growing size, model {model} (CPU seconds per 1,000 words; peak RSS in MB)",
        ["words", "bare spaCy", "teia extract", "teia end to end (+ nq, nt)", "bare / teia", "RSS bare", "RSS teia"],
        rows,
        note="'bare / teia' = words per CPU s of teia end to end relative to the bare pipeline on the same documents.",
    )
    return {"model": model, "table": table, "results": results}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default=",".join(str(s) for s in SIZES), help="comma-separated corpus sizes in words")
    ap.add_argument("--model", default=None, help="pipeline name or path, or 'blank' (default: shipped or blank)")
    ap.add_argument("--quick", action="store_true", help="10,000 and 40,000 words")
    args = ap.parse_args()
    sizes = (10_000, 40_000) if args.quick else tuple(int(x) for x in args.sizes.split(","))
    run(sizes, args.model)


if __name__ == "__main__":
    main()
