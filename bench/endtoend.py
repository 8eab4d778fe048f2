"""teia end to end against the bare spaCy pipeline on the same texts, side by side (issue 19).

    python bench/endtoend.py [--bosque-words 40000] [--model NAME_OR_PATH] [--threads N|inherit]

Two sets of documents: the 56 news and web documents of HAREM II (``harem2-rerelem-dev.xml``
of ``../shared/data``, their plain text only, written under ``bench/.cache/``; skipped when the
shared data is absent) and ~400-word documents of UD Bosque sentences (``bench/extraction.py``'s
corpus, ``--bosque-words`` words). Each set is measured as ``bench/doclength.py`` measures a
corpus, in two child processes one after the other: the bare pipeline (teia's components
disabled, ``nlp.pipe``) and ``teia build``'s work (extraction, corpus resolution, ``graph.nq``
and ``graph.nt`` written through ``teia.build.steps.write_graph``), CPU seconds of the work only.
The figure of the issue is 'bare / teia': teia's words per CPU second relative to the bare
pipeline's (goal: at least 0.7). No thresholds; on a busy machine read the ratio, not the
seconds.

Both children run with one BLAS/OpenMP thread by default (``OMP_NUM_THREADS``,
``OPENBLAS_NUM_THREADS``, ``MKL_NUM_THREADS``, ``BLIS_NUM_THREADS`` set in their environment,
before NumPy loads): with the library's default of a thread per core, the second thread adds
CPU seconds to both sides alike and the ratio comes out higher than teia's own work earns
(docs/benchmarks.md, section 5). ``--threads inherit`` leaves the environment as it is (the
figures before 4 Dec 2026, evening); the report names the setting and the threads each child's
libraries ran.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(ROOT))

import synthetic  # noqa: E402
from doclength import measure, thread_note  # noqa: E402
from extraction import resolve_model, write_corpus  # noqa: E402

HAREM = ROOT.parent / "shared" / "data" / "harem" / "harem2-rerelem-dev.xml"


def harem_texts(folder: Path) -> tuple[Path, int] | None:
    """The HAREM II documents' plain text as ``.txt`` files in ``folder`` (None without the data)."""
    if not HAREM.is_file():
        return None
    from teia.eval.harem import parse_harem

    docs = parse_harem(HAREM)
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for i, d in enumerate(docs):
        path = folder / f"harem-{i:03d}.txt"
        text = d.text.strip() + "\n"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
        words += len(text.split())
    return folder, words


def run(bosque_words: int = 40_000, model: str | None = None, threads: int | None = 1) -> dict:
    model = resolve_model(model)
    print(f"# model: {model}; {synthetic.load_note()}", flush=True)
    sets: list[tuple[str, Path, int]] = []
    harem = harem_texts(synthetic.CACHE / "harem2-dev-texts")
    if harem is not None:
        sets.append(("HAREM II dev texts (56 documents)", *harem))
    folder, words = write_corpus(bosque_words, synthetic.CACHE / f"corpus-{bosque_words}")
    sets.append((f"UD Bosque, ~400-word documents", folder, words))
    rows, results = [], {}
    for name, folder, words in sets:
        bare = measure(folder, "bare", model, threads)
        full = measure(folder, "teia", model, threads)
        results[name] = (words, bare, full)
        print(f"# {thread_note(threads, bare, full)}", flush=True)
        if bare.get("failed") or full.get("failed"):
            rows.append([name, f"{words:,}", "failed", "", "", "", ""])
            continue
        print(f"# {name}: {words:,} words, bare {bare['cpu']:.1f} CPU s, teia {full['cpu']:.1f} "
              f"(extract {full['extract']:.1f}, resolve + nq/nt {full['build']:.1f})", flush=True)
        per_k = lambda s: f"{s / words * 1000:.3f}"  # noqa: E731
        rows.append([name, f"{words:,}", per_k(bare["cpu"]), per_k(full["extract"]), per_k(full["build"]),
                     per_k(full["cpu"]), f"{bare['cpu'] / full['cpu']:.2f}"])
    table = synthetic.print_table(
        f"teia end to end vs the bare pipeline, model {model} (CPU seconds per 1,000 words)",
        ["documents", "words", "bare spaCy", "teia extract", "teia resolve + nq/nt", "teia end to end", "bare / teia"],
        rows,
        note="'bare / teia' = teia's words per CPU s relative to the bare pipeline's on the same texts (goal >= 0.7). "
        + thread_note(threads, *(r for _, bare, full in results.values() for r in (bare, full))) + ".",
    )
    return {"model": model, "table": table, "results": results, "threads": threads}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bosque-words", type=int, default=40_000, help="words of Bosque documents (default 40,000)")
    ap.add_argument("--model", default=None, help="pipeline name or path, or 'blank' (default: shipped or blank)")
    ap.add_argument("--threads", default="1", metavar="N|inherit",
                    help="BLAS/OpenMP threads of both children (default 1; 'inherit': this environment's)")
    args = ap.parse_args()
    if args.threads == "inherit":
        threads = None
    elif args.threads.isdigit() and int(args.threads) > 0:
        threads = int(args.threads)
    else:
        ap.error(f"--threads: a positive number or 'inherit', not {args.threads!r}")
    run(args.bosque_words, args.model, threads)


if __name__ == "__main__":
    main()
