"""All of teia's benchmarks in sequence (``make bench``), sized to finish in ~15 minutes on 2 cores.

    python bench/run_all.py [--quick] [--model NAME] [--out FILE]

1. extraction (bench/extraction.py): words/s of teia against the bare spaCy pipeline, 1 and 2
   processes, on --words (default 50,000);
   then bench/doclength.py: CPU s per 1,000 words and peak RSS on ONE document of 1k, 4k, 16k
   and 64k words (--doc-sizes), teia end to end next to the bare spaCy pipeline; and
   bench/corpussize.py: the same on corpora of ~400-word documents (--corpus-sizes, default
   10k and 100k words; the 1M-word row is ``bench/corpussize.py``'s default, about an hour);
   and bench/endtoend.py: teia end to end against the bare pipeline on the HAREM II dev texts
   and 40k words of Bosque documents, side by side;
2. SPARQL (bench/sparql.py): the cookbook on the synthetic graph (default 1M quads), rdflib vs
   Oxigraph on disk as `teia query --store` and `teia serve` use it (--memory: in memory), each
   query limited to --timeout CPU s (default 20);
3. export (bench/export.py): teia's GEXF export against networkx's, same graph, sharing the
   rdflib load of step 2;
4. memory (bench/memory.py): peak RSS of ``teia build`` on three corpus sizes (default
   20k/40k/80k words) and of the export of the synthetic graph.

The scripts can be run alone with larger sizes (their defaults are the full runs documented in
docs/benchmarks.md). Prints every table, then writes them all to --out (default
bench/.cache/results.md). No thresholds: the goals are read by people.
"""

from __future__ import annotations

import argparse
import gc
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import synthetic  # noqa: E402


def machine() -> str:
    import networkx
    import pyoxigraph
    import rdflib
    import spacy

    cpu = "?"
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = "?"
    try:
        for line in open("/proc/meminfo", encoding="utf-8"):
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
                break
    except OSError:
        pass
    import os

    return (
        f"{os.cpu_count()} CPUs ({cpu}), {mem} RAM; Python {platform.python_version()}, spaCy {spacy.__version__}, "
        f"rdflib {rdflib.__version__}, pyoxigraph {pyoxigraph.__version__}, networkx {networkx.__version__}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes (a few minutes)")
    ap.add_argument("--model", default=None, help="pipeline for extraction and memory (default: shipped or blank)")
    ap.add_argument("--words", type=int, default=50_000, help="extraction corpus")
    ap.add_argument("--triples", type=int, default=1_000_000, help="synthetic graph for SPARQL, export, memory")
    ap.add_argument("--timeout", type=float, default=20.0, help="per-query CPU-time limit (s), both engines")
    ap.add_argument("--memory", action="store_true", help="Oxigraph in memory instead of on disk (as teia query --store)")
    ap.add_argument("--sizes", default="20000,40000,80000", help="memory: corpus sizes in words")
    ap.add_argument("--doc-sizes", default="1000,4000,16000,64000", help="document length sweep: words per document")
    ap.add_argument("--corpus-sizes", default="10000,100000",
                    help="corpus size sweep: words (add 1000000 for the 1M-word row, about an hour more)")
    ap.add_argument("--out", type=Path, default=synthetic.CACHE / "results.md")
    args = ap.parse_args()
    if args.quick:
        args.words, args.triples, args.timeout, args.sizes = 20_000, 100_000, 20.0, "10000,20000,40000"
        args.doc_sizes, args.corpus_sizes = "1000,16000", "10000"

    import corpussize
    import doclength
    import endtoend
    import export
    import extraction
    import memory
    import sparql

    started = time.perf_counter()
    header = f"# teia benchmarks\n\n{machine()}\n\n{synthetic.load_note()}\n"
    print(header, flush=True)
    tables, steps = [], []

    def step(name: str, fn):
        t0 = time.perf_counter()
        try:
            res = fn()
            tables.append(res["table"])
        except Exception as exc:  # noqa: BLE001 - one failing benchmark must not hide the others
            tables.append(f"\n### {name}\n\nFAILED: {type(exc).__name__}: {exc}")
            print(tables[-1], flush=True)
            res = None
        steps.append((name, time.perf_counter() - t0))
        print(f"# {name}: {time.perf_counter() - t0:.0f} s (total {time.perf_counter() - started:.0f} s)", flush=True)
        return res

    step("extraction", lambda: extraction.run(args.words, args.model, (1, 2)))
    step("document length", lambda: doclength.run(tuple(int(x) for x in args.doc_sizes.split(",")), args.model))
    step("corpus size", lambda: corpussize.run(tuple(int(x) for x in args.corpus_sizes.split(",")), args.model))
    step("end to end", lambda: endtoend.run(10_000 if args.quick else 40_000, args.model))
    gc.collect()
    path = synthetic.ensure(args.triples)
    t0 = time.perf_counter()
    ds = synthetic.load_rdflib(path)
    t_load = time.perf_counter() - t0
    print(f"# rdflib load of {path.name}: {t_load:.1f} s (shared by SPARQL and export)", flush=True)
    step("sparql", lambda: sparql.run(args.triples, args.timeout, memory=args.memory, ds=ds))
    step("export", lambda: export.run(args.triples, ds=ds))
    del ds
    gc.collect()
    step("memory", lambda: memory.run(tuple(int(x) for x in args.sizes.split(",")), args.model, args.triples,
                                      load_row=False))
    total = time.perf_counter() - started
    summary = synthetic.print_table(
        "Time per benchmark (s)",
        ["benchmark", "seconds"],
        [[n, f"{t:.0f}"] for n, t in steps] + [["rdflib load (shared)", f"{t_load:.0f}"], ["total", f"{total:.0f}"]],
        note=synthetic.load_note(),
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(header + "\n".join(tables) + "\n" + summary + "\n", encoding="utf-8")
    print(f"\n# tables written to {args.out}", flush=True)


if __name__ == "__main__":
    main()
