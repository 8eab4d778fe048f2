"""Counts by class and by property, for ``teia stats``."""

from __future__ import annotations

from collections import Counter
from typing import Any

from rdflib import RDF, Dataset, Graph

__all__ = ["graph_stats"]


def graph_stats(graph: Graph) -> dict[str, Any]:
    """Triples, distinct subjects, named graphs, and counts by class and by property."""
    quads = graph.quads((None, None, None, None)) if isinstance(graph, Dataset) else ((s, p, o, None) for s, p, o in graph)
    triples: set = set()
    graphs: set = set()
    for s, p, o, g in quads:
        triples.add((s, p, o))
        if g is not None:
            graphs.add(g)
    classes: Counter[str] = Counter()
    properties: Counter[str] = Counter()
    typed: set = set()
    for s, p, o in triples:
        properties[graph.namespace_manager.normalizeUri(p)] += 1
        if p == RDF.type and (s, o) not in typed:
            typed.add((s, o))
            classes[graph.namespace_manager.normalizeUri(o)] += 1
    return {
        "triples": len(triples),
        "subjects": len({s for s, _, _ in triples}),
        "named_graphs": len(graphs - {Dataset().default_graph.identifier}) if graphs else 0,
        "classes": dict(sorted(classes.items(), key=lambda kv: (-kv[1], kv[0]))),
        "properties": dict(sorted(properties.items(), key=lambda kv: (-kv[1], kv[0]))),
    }
