"""The colours and sizes of the nodes, for drawing a graph the way the exports draw it.

The GEXF, GraphML and HTML exports colour nodes by type with :data:`TYPE_COLORS` (the legend
is in the README and ``docs/exports.md``); these helpers give the same colours to a picture
drawn in Python, so a matplotlib figure and Gephi agree. Plain hex strings: any plotting
library takes them.
"""

from __future__ import annotations

import math
from typing import Any, Iterable

__all__ = ["TYPE_COLORS", "OTHER_COLOR", "color_of", "rgb_of", "size_of", "node_colors", "legend_entries"]

#: Node colour by type, shared by the GEXF and HTML exports (docs/exports.md has the legend).
TYPE_COLORS: dict[str, str] = {
    "Person": "#E15759",
    "Organization": "#4E79A7",
    "PoliticalParty": "#A0CBE8",
    "MilitaryUnit": "#59A14F",
    "State": "#F28E2B",
    "Place": "#EDC948",
    "Event": "#B07AA1",
    "MilitaryConflict": "#7B4F9E",
    "Battle": "#D37295",
    "Revolution": "#FF9DA7",
    "Treaty": "#9D7660",
    "Founding": "#D7B5A6",
    "Work": "#76B7B2",
    "Concept": "#BAB0AC",
    "Miscellaneous": "#79706E",
    "RelationStatement": "#D9D9D9",
    "Document": "#4D4D4D",
}
#: Colour of a type missing from :data:`TYPE_COLORS` (a class given in ``node_classes``).
OTHER_COLOR = "#999999"


def color_of(node_type: str) -> str:
    """The colour of a type (its local name: ``"Person"``, ``"Battle"``), as ``#RRGGBB``;
    :data:`OTHER_COLOR` for a type without one."""
    return TYPE_COLORS.get(node_type, OTHER_COLOR)


def rgb_of(node_type: str) -> tuple[int, int, int]:
    """The colour of a type as an ``(r, g, b)`` triple of 0-255 integers."""
    h = color_of(node_type).lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def size_of(degree: int) -> float:
    """Node size by degree: 5 + 3·√degree, two decimals."""
    return round(5.0 + 3.0 * math.sqrt(max(0, degree)), 2)


def node_colors(graph: Any, nodes: Iterable[Any] | None = None) -> list[str]:
    """The colour of each node of a networkx graph made by ``to_networkx()``, from its
    ``type`` attribute, in the order of ``nodes`` (default: the graph's own order)."""
    return [color_of(graph.nodes[n].get("type", "")) for n in (graph.nodes if nodes is None else nodes)]


def legend_entries(types: Iterable[str]) -> list[tuple[str, str]]:
    """``(type, colour)`` pairs for a legend, one per distinct type, sorted by type."""
    return [(t, color_of(t)) for t in sorted(set(types))]
