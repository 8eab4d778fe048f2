"""The SPARQL cookbook on a synthetic graph: rdflib's memory store against Oxigraph.

    python bench/sparql.py [--triples N] [--timeout S] [--memory] [--quick]

Loads the synthetic graph (``bench/synthetic.py``, 1M quads by default) into an rdflib
``Dataset`` (what ``teia query out/`` uses) and into an Oxigraph store (what
``teia build --store`` / ``teia query --store`` / ``teia serve`` use; on disk by default,
``--memory`` for an in-memory store), then runs every ``examples/queries/*.rq`` through
``teia.graph.query.run_query`` on both, with the default graph as the union of the named
graphs. rdflib runs each query once with a timeout (``>`` when exceeded); Oxigraph runs it
three times and the median is reported. Prints a table; no thresholds.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import signal
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import synthetic  # noqa: E402

QUERIES = HERE.parent / "examples" / "queries"


class _Timeout(BaseException):
    """Raised by the alarm; a BaseException so that run_query does not wrap it."""


def _alarm(signum, frame):  # noqa: ARG001
    raise _Timeout()


def timed(fn, timeout: float | None = None):
    """(seconds, result) or (None, None) when the timeout was hit."""
    if timeout:
        signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    t0 = time.perf_counter()
    try:
        result = fn()
        return time.perf_counter() - t0, result
    except _Timeout:
        return None, None
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_REAL, 0)


def _shape(result) -> str:
    if result is None:
        return "-"
    if result.kind == "select":
        return f"{len(result.rows)} rows"
    if result.kind == "ask":
        return str(result.boolean)
    return f"{len(result.graph)} triples"


def query_files(pattern: str = "*.rq") -> list[Path]:
    files = sorted(QUERIES.glob(pattern))
    if not files:
        raise SystemExit(f"no query in {QUERIES}")
    return files


def run(
    triples: int, timeout: float, memory: bool = False, seed: int = 0, pattern: str = "*.rq", ds=None
) -> dict:
    """Run the comparison; ``ds`` is the graph already loaded with rdflib (its load time is then
    not measured here)."""
    import pyoxigraph as ox

    from teia.errors import QueryError
    from teia.graph.query import run_query
    from teia.graph.store import bulk_load_files, open_store

    path = synthetic.ensure(triples, seed)
    quads = synthetic.count_quads(path)
    print(f"# graph: {path.name}, {quads:,} quads; {synthetic.load_note()}", flush=True)

    gc.collect()
    t_rdflib = None
    if ds is None:
        t_rdflib, ds = timed(lambda: synthetic.load_rdflib(path))
    store_dir = None
    if memory:
        store = ox.Store()
        t_ox, _ = timed(lambda: store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS))
        where = "in memory"
    else:
        store_dir = Path(tempfile.mkdtemp(prefix="store-", dir=synthetic.CACHE))
        store = open_store(store_dir / "db", create=True)
        t_ox, _ = timed(lambda: bulk_load_files(store, [path]))
        where = "on disk (RocksDB, bulk loader)"
    rows = [["load", seconds_or(t_rdflib), seconds_or(t_ox), ratio(t_rdflib, t_ox), f"{quads:,} quads", ""]]
    if t_rdflib is None:
        rows = [["load", "(shared)", seconds_or(t_ox), "-", f"{quads:,} quads", ""]]

    results = []
    for q in query_files(pattern):
        text = q.read_text(encoding="utf-8")
        gc.collect()
        try:
            t_r, res_r = timed(lambda: run_query(ds, text, name=q.name), timeout)
        except QueryError as exc:
            t_r, res_r = None, None
            print(f"# rdflib: {exc}", file=sys.stderr)
        ox_times, res_o = [], None
        try:
            for _ in range(3):
                t, res_o = timed(lambda: run_query(store, text, name=q.name))
                ox_times.append(t)
            t_o = statistics.median(ox_times)
        except QueryError as exc:
            t_o = None
            print(f"# oxigraph: {exc}", file=sys.stderr)
        r_txt = f"> {timeout:.0f}" if t_r is None and res_r is None else synthetic.seconds(t_r)
        same = ""
        if res_r is not None and res_o is not None:
            same = "same" if _shape(res_r) == _shape(res_o) else f"DIFFER ({_shape(res_r)})"
        rows.append([q.name, r_txt, synthetic.seconds(t_o), ratio(t_r, t_o, timeout), _shape(res_o), same])
        results.append({"query": q.name, "rdflib": t_r, "oxigraph": t_o})
    table = synthetic.print_table(
        f"SPARQL on {quads:,} quads: rdflib Dataset vs Oxigraph {where} (seconds)",
        ["query", "rdflib", "oxigraph", "speed-up", "result", "rdflib result"],
        rows,
        note=(
            f"rdflib: one run, timeout {timeout:.0f} s (\"> T\": stopped; the speed-up is then a lower bound). "
            "Oxigraph: median of 3 runs. Both through teia.graph.query.run_query with the union default graph."
        ),
    )
    if store_dir is not None:
        del store
        shutil.rmtree(store_dir, ignore_errors=True)
    return {"table": table, "load": (t_rdflib, t_ox), "queries": results}


def seconds_or(t: float | None) -> str:
    return synthetic.seconds(t)


def ratio(slow: float | None, fast: float | None, timeout: float | None = None) -> str:
    if fast is None:
        return "-"
    fast = max(fast, 1e-4)
    if slow is None:
        return f"> {timeout / fast:.0f}x" if timeout else "-"
    r = slow / fast
    return f"{r:.0f}x" if r >= 10 else f"{r:.1f}x"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--timeout", type=float, default=120.0, help="per-query timeout for rdflib (s)")
    ap.add_argument("--memory", action="store_true", help="in-memory Oxigraph store instead of on disk")
    ap.add_argument("--queries", default="*.rq", help="glob of examples/queries to run")
    ap.add_argument("--quick", action="store_true", help="100k quads, 30 s timeout")
    args = ap.parse_args()
    if args.quick:
        args.triples, args.timeout = 100_000, 30.0
    run(args.triples, args.timeout, args.memory, pattern=args.queries)


if __name__ == "__main__":
    main()
