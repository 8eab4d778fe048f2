"""The colours of the entity types, for drawing a graph the way the exports colour it.

The GEXF, GraphML and HTML exports colour nodes by type with :data:`TYPE_COLORS` (the legend
is in the README and ``docs/exports.md``); these helpers give the same colours to a picture
drawn in Python, so a matplotlib figure and Gephi agree. Plain hex strings: any plotting
library takes them.
"""

from __future__ import annotations

from typing import Any, Iterable

from teia.graph.export.projection import OTHER_COLOR, TYPE_COLORS

__all__ = ["TYPE_COLORS", "OTHER_COLOR", "color_of", "node_colors", "legend_entries"]


def color_of(node_type: str) -> str:
    """The colour of a type (its local name: ``"Person"``, ``"Battle"``), as ``#RRGGBB``;
    :data:`OTHER_COLOR` for a type without one."""
    return TYPE_COLORS.get(node_type, OTHER_COLOR)


def node_colors(graph: Any, nodes: Iterable[Any] | None = None) -> list[str]:
    """The colour of each node of a networkx graph made by ``to_networkx()``, from its
    ``type`` attribute, in the order of ``nodes`` (default: the graph's own order)."""
    return [color_of(graph.nodes[n].get("type", "")) for n in (graph.nodes if nodes is None else nodes)]


def legend_entries(types: Iterable[str]) -> list[tuple[str, str]]:
    """``(type, colour)`` pairs for a legend, one per distinct type, sorted by type."""
    return [(t, color_of(t)) for t in sorted(set(types))]
