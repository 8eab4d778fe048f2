"""CSV export in the layout of Gephi's spreadsheet import (nodes table + edges table).

``path`` is a stem: ``out/graph``, ``out/graph.csv`` and ``out/graph-nodes.csv`` all write
``out/graph-nodes.csv`` and ``out/graph-edges.csv``. Both are UTF-8 with a header row,
quoted by the :mod:`csv` module where needed; empty cells mean "unknown".

- nodes: ``Id, Label, Type, Aliases, Degree, Community, Start, End``
- edges: ``Source, Target, Type, Label, Weight, Confidence, Start, End, Property``
  (``Type`` is ``Directed``, ``Undirected`` for co-occurrence edges; ``Property`` is the full
  IRI of the relation), plus ``FirstSentence, LastSentence`` when the export carries
  co-occurrence edges
"""

from __future__ import annotations

import csv as _csv
import os
from pathlib import Path
from typing import Any

from teia.graph.export.projection import as_projection
from teia.graph.export.writing import atomic_files, split_options

__all__ = ["write_csv", "csv_paths", "NODE_COLUMNS", "EDGE_COLUMNS"]

NODE_COLUMNS = ("Id", "Label", "Type", "Aliases", "Degree", "Community", "Start", "End", "DBpedia")
EDGE_COLUMNS = (
    "Source", "Target", "Type", "Label", "Weight", "Confidence", "Start", "End", "Property",
)
COOCCURRENCE_COLUMNS = ("FirstSentence", "LastSentence")
"""Added to the edges table only when it carries co-occurrence edges."""


def csv_paths(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    """The (nodes, edges) files that ``path`` names."""
    p = Path(path)
    name = p.name
    if name.lower().endswith(".csv"):
        name = name[:-4]
    for suffix in ("-nodes", "-edges"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    if not name:
        name = "graph"
    return p.with_name(f"{name}-nodes.csv"), p.with_name(f"{name}-edges.csv")


def _num(x: float) -> str:
    text = repr(float(x))
    return text[:-2] if text.endswith(".0") else text


def write_csv(graph: Any, path: str | os.PathLike[str], **options: Any) -> list[str]:
    """Write ``graph`` as ``<stem>-nodes.csv`` and ``<stem>-edges.csv``; both appear
    together or not at all. Options: the projection's. Returns the two paths."""
    proj_opts, _own = split_options(options, (), "csv")
    proj = as_projection(graph, **proj_opts)
    nodes_path, edges_path = csv_paths(path)
    with atomic_files(nodes_path, edges_path, newline="") as (nf, ef):
        nw = _csv.writer(nf, lineterminator="\n")
        nw.writerow(NODE_COLUMNS)
        nw.writerows(
            (n.id, n.label, n.type, n.aliases, n.degree, n.community, n.first_date,
             n.last_date, n.dbpedia)
            for n in proj.nodes
        )
        ew = _csv.writer(ef, lineterminator="\n")
        co = any(e.first_sentence for e in proj.edges)
        ew.writerow(EDGE_COLUMNS + (COOCCURRENCE_COLUMNS if co else ()))
        ew.writerows(
            (e.source, e.target, "Undirected" if e.first_sentence else "Directed", e.label, e.weight,
             _num(e.confidence), e.start, e.end, e.property, *((e.first_sentence, e.last_sentence) if co else ()))
            for e in proj.edges
        )
    return [os.fspath(nodes_path), os.fspath(edges_path)]
