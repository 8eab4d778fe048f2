"""The SPARQL cookbook on a synthetic graph: rdflib's memory store against Oxigraph.

    python bench/sparql.py [--triples N] [--graph synthetic|real] [--engines rdflib,oxigraph]
                           [--timeout S] [--memory] [--queries GLOB] [--quick]

Loads the synthetic graph (``bench/synthetic.py``, 1M quads by default; ``--graph real``: a
real build of ~``--triples`` quads of the benchmark corpus, ``bench/realgraph.py``) into an rdflib
``Dataset`` (what ``teia query out/`` uses) and into an Oxigraph store (what
``teia build --store`` / ``teia query --store`` / ``teia serve`` use; on disk by default,
``--memory`` for an in-memory store), then runs every ``examples/queries/*.rq`` through
``teia.graph.query.run_query`` on both, with the default graph as the union of the named
graphs. Times are CPU seconds (steady on a busy machine; wall seconds are shown too).
rdflib runs each query once, stopped after ``--timeout`` CPU seconds (``>``); Oxigraph runs
it three times in a forked child with the same CPU limit and the median is reported. Prints a table; no thresholds.
"""

from __future__ import annotations

import argparse
import gc
import shutil
import signal
import statistics
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import realgraph  # noqa: E402
import synthetic  # noqa: E402

QUERIES = HERE.parent / "examples" / "queries"


class _Timeout(BaseException):
    """Raised by the CPU timer; a BaseException so that run_query does not wrap it."""


def _alarm(signum, frame):  # noqa: ARG001
    raise _Timeout()


def timed(fn, timeout: float | None = None):
    """(Clock, result), or (Clock, _Timeout) when ``timeout`` CPU seconds were used up.

    The limit counts CPU time (``ITIMER_PROF``), not wall time, so that a busy machine does
    not turn a slow query into a timeout.
    """
    if timeout:
        signal.signal(signal.SIGPROF, _alarm)
        signal.setitimer(signal.ITIMER_PROF, timeout)
    try:
        with synthetic.Clock() as clock:
            try:
                result = fn()
            except _Timeout:
                result = _Timeout
        return clock, result
    finally:
        if timeout:
            signal.setitimer(signal.ITIMER_PROF, 0)


def _ox_child(conn, store, text: str, name: str, runs: int, timeout: float) -> None:
    import resource

    from teia.graph.query import run_query

    # the kernel stops the child (SIGXCPU) when the query has used `timeout` CPU seconds
    resource.setrlimit(resource.RLIMIT_CPU, (int(timeout) + 1, int(timeout) + 2))
    try:
        for _ in range(runs):
            with synthetic.Clock() as c:
                res = run_query(store, text, name=name)
            conn.send(("ok", c.wall, c.cpu, _shape(res)))
    except BaseException as exc:  # noqa: BLE001
        conn.send(("error", 0.0, 0.0, f"{type(exc).__name__}: {exc}"))
    conn.close()


def oxigraph_runs(store, text: str, name: str, runs: int, timeout: float) -> tuple[list, str | None, str]:
    """Run a query ``runs`` times in a forked child with a CPU-time limit.

    Oxigraph evaluates in Rust, where no Python signal can interrupt it, so the limit is the
    child's RLIMIT_CPU. Returns ([(wall, cpu)...], error or "timeout" or None, result shape).
    """
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_ox_child, args=(child, store, text, name, runs, timeout), daemon=True)
    proc.start()
    child.close()
    times, error, shape = [], None, "-"
    while len(times) < runs:
        try:
            status, wall, cpu, info = parent.recv()
        except EOFError:  # killed by SIGXCPU (or crashed)
            error = "timeout"
            break
        if status != "ok":
            error = info
            break
        times.append((wall, cpu))
        shape = info
    proc.join(5)
    if proc.is_alive():
        proc.kill()
    return times, error, shape


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


def graph_file(graph: str, triples: int, seed: int = 0) -> Path:
    """The N-Quads file of the ``synthetic`` or the ``real`` graph of about ``triples`` quads."""
    if graph == "real":
        return realgraph.ensure(round(triples * realgraph.WORDS_PER_QUAD))
    return synthetic.ensure(triples, seed)


def run(
    triples: int, timeout: float, memory: bool = False, seed: int = 0, pattern: str = "*.rq", ds=None,
    graph: str = "synthetic", engines: tuple[str, ...] = ("rdflib", "oxigraph"),
) -> dict:
    """Run the comparison; ``ds`` is the graph already loaded with rdflib (its load time is then
    not measured here). Without ``"rdflib"`` in ``engines`` only Oxigraph is measured."""
    import pyoxigraph as ox

    from teia.errors import QueryError
    from teia.graph.query import run_query
    from teia.graph.store import bulk_load_files, open_store

    path = graph_file(graph, triples, seed)
    quads = synthetic.count_quads(path)
    print(f"# graph: {path.name}, {quads:,} quads; {synthetic.load_note()}", flush=True)

    gc.collect()
    t_rdflib = None
    with_rdflib = "rdflib" in engines
    if ds is None and with_rdflib:
        c, ds = timed(lambda: synthetic.load_rdflib(path))
        t_rdflib = c.wall
    store_dir = None
    if memory:
        store = ox.Store()
        t_ox = timed(lambda: store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS))[0].wall
        where = "in memory"
    else:
        store_dir = Path(tempfile.mkdtemp(prefix="store-", dir=synthetic.CACHE))
        store = open_store(store_dir / "db", create=True)
        t_ox = timed(lambda: bulk_load_files(store, [path]))[0].wall
        where = "on disk (RocksDB, bulk loader)"
    rows = [["load (wall s)", seconds_or(t_rdflib), seconds_or(t_ox), ratio(t_rdflib, t_ox), f"{quads:,} quads", "", ""]]
    if t_rdflib is None and with_rdflib:
        rows = [["load (wall s)", "(shared)", seconds_or(t_ox), "-", f"{quads:,} quads", "", ""]]

    results = []
    for q in query_files(pattern):
        text = q.read_text(encoding="utf-8")
        gc.collect()
        r_clock, res_r, r_txt, r_cpu = None, None, "error", None
        try:
            if with_rdflib:
                r_clock, res_r = timed(lambda: run_query(ds, text, name=q.name), timeout)
            else:
                r_txt = "-"
        except QueryError as exc:
            print(f"# rdflib: {exc}", file=sys.stderr)
        if res_r is _Timeout:
            res_r, r_txt = None, f"> {timeout:.0f}"
        elif r_clock is not None:
            r_txt, r_cpu = synthetic.seconds(r_clock.cpu), r_clock.cpu
        times, error, shape_o = oxigraph_runs(store, text, q.name, 3, timeout)
        o_cpu = statistics.median(c for _, c in times) if times and not error else None
        o_txt = f"> {timeout:.0f}" if error == "timeout" else "error" if error else synthetic.seconds(o_cpu)
        if error and error != "timeout":
            print(f"# oxigraph: {error}", file=sys.stderr)
        same = ""
        if res_r is not None and o_cpu is not None:
            same = "same" if _shape(res_r) == shape_o else f"DIFFER ({_shape(res_r)})"
        walls = f"{synthetic.seconds(r_clock.wall) if r_cpu else '-'} / " + (
            synthetic.seconds(statistics.median(w for w, _ in times)) if o_cpu is not None else "-"
        )
        rows.append([q.name, r_txt, o_txt, ratio(r_cpu, o_cpu, timeout if r_txt.startswith(">") else None),
                     shape_o, same, walls])
        print(f"# {q.name}: rdflib {r_txt}, oxigraph {o_txt} CPU s", flush=True)
        results.append({"query": q.name, "rdflib": r_cpu, "oxigraph": o_cpu})
    table = synthetic.print_table(
        f"SPARQL on {quads:,} quads ({graph} graph): rdflib Dataset vs Oxigraph {where} (CPU seconds)",
        ["query", "rdflib", "oxigraph", "speed-up", "result", "rdflib result", "wall s rdflib / ox"],
        rows,
        note=(
            f"CPU seconds of the query (load row: wall seconds). rdflib: one run in process, stopped after "
            f"{timeout:.0f} CPU s (\"> T\"; the speed-up is then a lower bound). Oxigraph: median of 3 runs in a "
            "forked child limited to the same CPU time. Both through teia.graph.query.run_query with the "
            "union default graph; 'result' compares row counts."
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
    ap.add_argument("--graph", choices=("synthetic", "real"), default="synthetic",
                    help="the synthetic graph, or a real build of the benchmark corpus (bench/realgraph.py)")
    ap.add_argument("--engines", default="rdflib,oxigraph", help="comma-separated: rdflib, oxigraph")
    ap.add_argument("--timeout", type=float, default=120.0, help="per-query timeout for rdflib (s)")
    ap.add_argument("--memory", action="store_true", help="in-memory Oxigraph store instead of on disk")
    ap.add_argument("--queries", default="*.rq", help="glob of examples/queries to run")
    ap.add_argument("--quick", action="store_true", help="100k quads, 30 s timeout")
    args = ap.parse_args()
    if args.quick:
        args.triples, args.timeout = 100_000, 30.0
    engines = tuple(e.strip() for e in args.engines.split(",") if e.strip())
    run(args.triples, args.timeout, args.memory, pattern=args.queries, graph=args.graph, engines=engines)


if __name__ == "__main__":
    main()
