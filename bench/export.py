"""GEXF export of a synthetic graph: teia's exporter against the naive networkx path.

    python bench/export.py [--triples N] [--quick]

Both start from the same loaded rdflib ``Dataset`` (the load is timed apart):

- teia: ``teia.graph.export.export(ds, "gexf", path)``: one pass over the triples that
  projects entities and their relations onto nodes and edges, then a streaming writer;
- naive: ``rdflib.extras.external_graph_libs.rdflib_to_networkx_multidigraph`` on the union
  triples of ``ds`` (every triple becomes an edge keyed by ``str(p)``, every literal a node)
  then ``networkx.write_gexf``.

The two files do not hold the same picture (the naive one is the raw triple graph, which is
the point: it is what one gets without a projection); the table gives both sizes.
Prints a table; no thresholds.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))

import synthetic  # noqa: E402


def teia_export(ds, path: Path) -> None:
    from teia.graph.export import export

    export(ds, "gexf", path)


def naive_export(ds, path: Path):
    import networkx as nx
    from rdflib.extras.external_graph_libs import rdflib_to_networkx_multidigraph

    class UnionTriples:  # the Dataset iterates quads; the converter wants the union triples
        def __iter__(self):
            return ds.triples((None, None, None))

    # str(p): write_gexf refuses URIRef attribute values (the converter's default key is p)
    with synthetic.Clock() as conv:
        g = rdflib_to_networkx_multidigraph(UnionTriples(), edge_attrs=lambda s, p, o: {"key": str(p)})
    with synthetic.Clock() as write:
        nx.write_gexf(g, path)
    return conv, write, g.number_of_nodes(), g.number_of_edges()


def _gexf_counts(path: Path) -> tuple[int, int]:
    nodes = edges = 0
    with open(path, "rb") as handle:
        for line in handle:
            nodes += line.count(b"<node ")
            edges += line.count(b"<edge ")
    return nodes, edges


def run(triples: int, seed: int = 0, skip_naive: bool = False, ds=None) -> dict:
    """Run the comparison; ``ds`` is the graph already loaded with rdflib (reused, not timed)."""
    path = synthetic.ensure(triples, seed)
    quads = synthetic.count_quads(path)
    print(f"# graph: {path.name}, {quads:,} quads; {synthetic.load_note()}", flush=True)
    t_load = None
    if ds is None:
        t0 = time.perf_counter()
        ds = synthetic.load_rdflib(path)
        t_load = time.perf_counter() - t0
    out = Path(tempfile.mkdtemp(prefix="export-", dir=synthetic.CACHE))
    ours_path, naive_path = out / "teia.gexf", out / "naive.gexf"

    gc.collect()
    with synthetic.Clock() as ours:
        teia_export(ds, ours_path)
    n_ours, e_ours = _gexf_counts(ours_path)
    rows = [["teia export(ds, \"gexf\")", synthetic.seconds(ours.cpu), "1.0x", synthetic.seconds(ours.wall),
             f"{ours_path.stat().st_size / 1e6:.1f} MB", f"{n_ours:,}", f"{e_ours:,}"]]
    t_naive = None
    if not skip_naive:
        gc.collect()
        conv, write, n_naive, e_naive = naive_export(ds, naive_path)
        t_naive = conv.cpu + write.cpu
        rows.append([
            f"naive: to_networkx {synthetic.seconds(conv.cpu)} + write_gexf {synthetic.seconds(write.cpu)}",
            synthetic.seconds(t_naive),
            f"{t_naive / ours.cpu:.1f}x slower",
            synthetic.seconds(conv.wall + write.wall),
            f"{naive_path.stat().st_size / 1e6:.1f} MB",
            f"{n_naive:,}",
            f"{e_naive:,}",
        ])
    table = synthetic.print_table(
        f"GEXF export of {quads:,} quads (CPU seconds; the rdflib load"
        + (f", {synthetic.seconds(t_load)} s," if t_load is not None else "")
        + " is not included)",
        ["path", "CPU s", "vs teia", "wall s", "file", "nodes", "edges"],
        rows,
        note="teia's file is the entity graph (entities, aggregated relation edges with weight, "
        "confidence and dates); the naive file is every triple as an edge.",
    )
    for p in (ours_path, naive_path):
        if p.exists():
            os.unlink(p)
    os.rmdir(out)
    return {"table": table, "teia": ours.cpu, "naive": t_naive, "load": t_load}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--triples", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="100k quads")
    ap.add_argument("--teia-only", action="store_true", help="skip the naive path (used by memory.py)")
    args = ap.parse_args()
    if args.quick:
        args.triples = 100_000
    run(args.triples, skip_naive=args.teia_only)


if __name__ == "__main__":
    main()
