"""The distributed build (issue 11): 1 worker against 2, and its overhead against the plain build.

    python bench/distributed.py [--docs 150] [--model blank] [--repeat 1]

The corpus is the sample corpus (``corpus/*.txt``, ``*.md``) copied over and over under new
names until it has ``--docs`` documents (each copy ends with its own line, so every document
has its own text and hash). It is built, in this order:

- plain: ``teia.api.build`` (one process, what ``teia build`` runs);
- sharded, in process: ``teia.build.distributed.build_distributed`` with no cluster (the same
  tasks, run one after the other here: the cost of the sharded path itself);
- 1 worker / 2 workers: ``build_distributed`` on a local Dask cluster of that many worker
  processes (1 thread each). The cluster is started before the clock starts (its start-up
  is printed apart: with ``--cluster`` it is paid once, not per build).

Each build writes the usual ``graph.*`` files, and the script checks they are the same
``graph.nq`` every time. Reported: wall time of each build, the time of the parallel
phases (extraction and shard writing, the part the workers share), the speed-up of 2
workers over 1 and the overhead of the 1-worker build over the plain one. Goals: speed-up
>= 1.7x, overhead <= 15%. Prints a table and writes ``bench/.cache/distributed.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
# this file is called distributed.py: keep its folder off the path, so `import distributed`
# finds Dask's package
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != HERE]
sys.path.insert(0, str(ROOT))


def make_corpus(folder: Path, n_docs: int) -> list[str]:
    sources = sorted(p for p in (ROOT / "corpus").iterdir() if p.suffix in (".txt", ".md") and p.name != "README.md")
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(n_docs):
        src = sources[i % len(sources)]
        data = src.read_bytes()
        name = f"c{i // len(sources):03d}_{src.name}"
        (folder / name).write_bytes(data + f"\n\nCopia {i}.\n".encode("ascii"))
        names.append(name)
    return names


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--model", default="blank")
    parser.add_argument("--repeat", type=int, default=1, help="Builds per setting; the best time is kept.")
    args = parser.parse_args()

    import distributed

    from teia.api import build
    from teia.build.distributed import build_distributed

    work = Path(tempfile.mkdtemp(prefix="teia-bench-dist-"))
    corpus = work / "corpus"
    make_corpus(corpus, args.docs)
    results: dict[str, dict] = {}
    reference = None

    def record(name: str, seconds: float, out: Path, phases: dict | None = None) -> None:
        nonlocal reference
        graph = (out / "graph.nq").read_bytes()
        if reference is None:
            reference = graph
        same = graph == reference
        best = results.get(name)
        if best is None or seconds < best["seconds"]:
            results[name] = {"seconds": round(seconds, 2), "phases": phases or {}, "same_graph": same, "load": load_average()}
        print(f"{name:>22}: {seconds:7.1f}s  same graph.nq: {same}  load {load_average()}  {phases or ''}", flush=True)

    print(f"corpus: {args.docs} documents in {corpus}; model {args.model}; load {load_average()}", flush=True)
    for r in range(args.repeat):
        out = work / f"plain-{r}"
        t = time.perf_counter()
        build(str(corpus), out=out, model=args.model)
        record("plain", time.perf_counter() - t, out)

        out = work / f"inproc-{r}"
        t = time.perf_counter()
        res = build_distributed(str(corpus), out=out, model=args.model)
        record("sharded, in process", time.perf_counter() - t, out, res.timings)

    for n in (1, 2):
        t = time.perf_counter()
        cluster = distributed.LocalCluster(
            n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        )
        client = distributed.Client(cluster)
        client.wait_for_workers(n)
        startup = time.perf_counter() - t
        print(f"cluster of {n} worker(s) started in {startup:.1f}s", flush=True)
        try:
            for r in range(args.repeat):
                out = work / f"w{n}-{r}"
                t = time.perf_counter()
                res = build_distributed(str(corpus), out=out, model=args.model, client=client)
                seconds = time.perf_counter() - t
                phases = dict(res.timings)
                phases["parallel"] = round(phases.get("extract", 0) + phases.get("write", 0), 2)
                record(f"{n} worker(s)", seconds, out, phases)
                results[f"{n} worker(s)"]["cluster_startup"] = round(startup, 1)
        finally:
            client.close()
            cluster.close()

    w1, w2, plain = results["1 worker(s)"], results["2 worker(s)"], results["plain"]
    summary = {
        "docs": args.docs,
        "model": args.model,
        "cpus": os.cpu_count(),
        "speedup_total": round(w1["seconds"] / w2["seconds"], 2),
        "speedup_parallel_phases": round(w1["phases"]["parallel"] / w2["phases"]["parallel"], 2),
        "overhead_1_worker_vs_plain": round(w1["seconds"] / plain["seconds"] - 1, 3),
        "overhead_in_process_vs_plain": round(results["sharded, in process"]["seconds"] / plain["seconds"] - 1, 3),
        "all_same_graph": all(v["same_graph"] for v in results.values()),
        "runs": results,
    }
    print()
    print("| build | wall (s) | extract (s) | write shards (s) | merge (s) |")
    print("|---|---:|---:|---:|---:|")
    for name, v in results.items():
        ph = v["phases"]
        print(f"| {name} | {v['seconds']:.1f} | {ph.get('extract', '')} | {ph.get('write', '')} | {ph.get('merge', '')} |")
    print()
    for key in ("speedup_total", "speedup_parallel_phases", "overhead_1_worker_vs_plain", "overhead_in_process_vs_plain", "all_same_graph"):
        print(f"{key}: {summary[key]}")
    cache = HERE / ".cache"
    cache.mkdir(exist_ok=True)
    (cache / "distributed.json").write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
