"""Exports of the knowledge graph to graph-analysis formats: GEXF, GraphML, CSV and HTML.

Every format goes through the same projection of the RDF data onto nodes and edges
(:mod:`teia.graph.export.projection`), then through a writer registered in
:data:`EXPORTERS` under its format name, the way rdflib registers serializers::

    from teia.graph.export import export
    export(dataset, "gexf", "out/graph.gexf", min_confidence=0.5)

:func:`export` refuses unknown formats and graphs with nothing to draw, and never leaves a
partial file behind (each writer writes to a temporary file in the target directory and
moves it into place). Nothing here imports spaCy.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from teia.errors import ExportError
from teia.graph.export.csv import write_csv
from teia.graph.export.gexf import write_gexf
from teia.graph.export.graphml import write_graphml
from teia.graph.export.html import write_html
from teia.graph.export.projection import (
    PROJECTION_OPTIONS,
    Projection,
    as_projection,
    build_projection,
    project,
    union_triples,
)

__all__ = [
    "Exporter",
    "EXPORTERS",
    "export",
    "formats",
    "register",
    "project",
    "build_projection",
    "union_triples",
    "Projection",
    "write_gexf",
    "write_graphml",
    "write_csv",
    "write_html",
]

Writer = Callable[..., list[str]]


@dataclass(frozen=True)
class Exporter:
    """A registered format: its writer, the usual file extension and a one-line summary."""

    name: str
    write: Writer
    extension: str
    description: str


EXPORTERS: dict[str, Exporter] = {}


def register(name: str, write: Writer, extension: str, description: str) -> Exporter:
    """Register (or replace) the writer of format ``name``."""
    exporter = Exporter(name.lower(), write, extension, description)
    EXPORTERS[exporter.name] = exporter
    return exporter


register("gexf", write_gexf, ".gexf", "GEXF 1.3 for Gephi, with colours, sizes and dates")
register("graphml", write_graphml, ".graphml", "GraphML with typed keys (Gephi, Cytoscape, yEd)")
register("csv", write_csv, ".csv", "Gephi spreadsheet tables: <stem>-nodes.csv, <stem>-edges.csv")
register("html", write_html, ".html", "one self-contained page to explore in a browser")


def formats() -> list[str]:
    """The known format names, sorted."""
    return sorted(EXPORTERS)


def export(graph: Any, fmt: str, path: str | os.PathLike[str], **options: Any) -> list[str]:
    """Export ``graph`` (an rdflib Graph or Dataset) to ``path`` in format ``fmt``.

    ``options`` are the projection's (``node_classes``, ``include_statements``,
    ``include_documents``, ``min_confidence``, ``communities``, ``max_evidence``), the
    co-occurrence layer's (``cooccurrence="sentence"`` or ``"paragraph"`` with ``segments``,
    the objects of a build's ``segments.jsonl``: see :mod:`teia.graph.cooccurrence`) plus the
    writer's own. Returns the files written. Raises :class:`~teia.errors.ExportError` for an
    unknown format or option and for a graph with no entity node, and
    :class:`~teia.errors.OutputError` when the file cannot be written.
    """
    exporter = EXPORTERS.get(str(fmt).lower())
    if exporter is None:
        raise ExportError(f"unknown export format {fmt!r}; known formats: {', '.join(formats())}")
    if Path(path).is_dir():  # a folder (a build's output folder): graph.<ext> inside it
        path = Path(path) / f"graph{exporter.extension}"
    min_conf = options.get("min_confidence", 0.0)
    try:
        min_conf = float(min_conf)
    except (TypeError, ValueError):
        raise ExportError(f"min_confidence must be a number, not {min_conf!r}") from None
    if "min_confidence" in options:
        options["min_confidence"] = min_conf
    level = options.pop("cooccurrence", None)
    segments = options.pop("segments", None)
    if level is not None and segments is None:
        raise ExportError("cooccurrence needs the segments (sentence and paragraph offsets) of the build")
    proj_opts = {k: v for k, v in options.items() if k in PROJECTION_OPTIONS}
    writer_opts = {k: v for k, v in options.items() if k not in PROJECTION_OPTIONS}
    try:
        proj = as_projection(graph, **proj_opts)
    except TypeError as exc:
        raise ExportError(str(exc)) from None
    if not any(n.type not in ("RelationStatement", "Document") for n in proj.nodes):
        raise ExportError("nothing to export: the graph has no entity nodes")
    if level is not None:
        from teia.graph.cooccurrence import with_cooccurrence

        proj = with_cooccurrence(proj, graph, segments, level)
    return exporter.write(proj, path, **writer_opts)
