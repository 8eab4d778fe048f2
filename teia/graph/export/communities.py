"""Communities of the projected graph: deterministic Louvain or label propagation."""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING, Any

import networkx as nx

from teia.errors import ExportError

if TYPE_CHECKING:
    from teia.graph.export.projection import Edge, Node

__all__ = ["LOUVAIN_MAX_EDGES", "COMMUNITY_METHODS", "assign_communities"]

#: Above this many (undirected, aggregated) edges, ``communities=True`` uses label
#: propagation instead of Louvain: networkx's Louvain is pure Python and takes minutes
#: on graphs of a hundred thousand edges.
LOUVAIN_MAX_EDGES = 20_000

COMMUNITY_METHODS = ("louvain", "label_propagation")


def _label_propagation(nodes: list[Node], edges: list[Edge], max_rounds: int = 30) -> list[int]:
    """Asynchronous weighted label propagation in a fixed order (the sorted node order).

    Each node takes the label with the largest total edge weight among its neighbours,
    keeping its own label on a tie that includes it and else a fixed pseudo-random one of
    the tied labels, until no label changes (or ``max_rounds``). No random state, so the
    result is reproducible; on
    integer indexes it is several times faster than networkx's graph-generic version."""
    index = {n.id: i for i, n in enumerate(nodes)}
    nbrs: list[dict[int, float]] = [{} for _ in nodes]
    for e in edges:
        a, b = index[e.source], index[e.target]
        if a == b:
            continue
        na, nb = nbrs[a], nbrs[b]
        na[b] = na.get(b, 0) + e.weight
        nb[a] = nb.get(a, 0) + e.weight
    labels = list(range(len(nodes)))
    order = [v for v in range(len(nodes)) if nbrs[v]]
    for _ in range(max_rounds):
        changed = 0
        for v in order:
            score: dict[int, float] = {}
            for u, w in nbrs[v].items():
                lab = labels[u]
                score[lab] = score.get(lab, 0) + w
            best = max(score.values())
            if score.get(labels[v]) == best:
                continue
            # ties go to a fixed pseudo-random choice: always taking the smallest label
            # would let one label flood across bridges
            labels[v] = max(
                (lab for lab, sc in score.items() if sc == best),
                key=lambda lab: ((lab + 1) * 2654435761 ^ v * 40503) & 0xFFFFFFFF,
            )
            changed += 1
        if not changed:
            break
    return labels


def assign_communities(nodes: list[Node], edges: list[Edge], method: Any = True) -> None:
    """Number the communities of the undirected, weight-summed graph: Louvain (networkx,
    seed 42) or label propagation (:func:`_label_propagation`), both deterministic. Numbers
    go by decreasing size, ties broken by the smallest node id, so they are stable."""
    if method is True or method == "auto":
        pairs = {(e.source, e.target) if e.source <= e.target else (e.target, e.source)
                 for e in edges if e.source != e.target}
        method = "louvain" if len(pairs) <= LOUVAIN_MAX_EDGES else "label_propagation"
    if method == "louvain":
        g = nx.Graph()
        g.add_nodes_from(n.id for n in nodes)
        for e in edges:
            if e.source == e.target:
                continue
            data = g.get_edge_data(e.source, e.target)
            if data is None:
                g.add_edge(e.source, e.target, weight=e.weight)
            else:
                data["weight"] += e.weight
        parts = nx.community.louvain_communities(g, weight="weight", seed=42)
        groups = [sorted(p) for p in parts]
    elif method == "label_propagation":
        labels = _label_propagation(nodes, edges)
        by_label: dict[int, list[str]] = defaultdict(list)
        for n, lab in zip(nodes, labels):
            by_label[lab].append(n.id)  # nodes are sorted, so each group is too
        groups = list(by_label.values())
    else:
        raise ExportError(
            f"unknown community method {method!r}; use True, False or one of "
            + ", ".join(COMMUNITY_METHODS)
        )
    ordered = sorted(groups, key=lambda p: (-len(p), p[0]))
    index = {nid: i for i, part in enumerate(ordered) for nid in part}
    for n in nodes:
        n.community = index.get(n.id, 0)
