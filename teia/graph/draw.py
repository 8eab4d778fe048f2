"""Pictures of a graph with matplotlib: the network and the timeline of its events.

matplotlib is optional for teia (``pip install 'teia[notebooks]'``); these functions import it
when called and raise a :class:`~teia.errors.TeiaError` saying how to install it when it is
missing. Colours come from :mod:`teia.graph.palette`, the same as the exports'. Every layout is
seeded, so the same graph gives the same picture.
"""

from __future__ import annotations

from typing import Any, Iterable

import networkx as nx

from teia.errors import TeiaError
from teia.graph.palette import color_of, legend_entries
from teia.graph.timeline import day_range

__all__ = ["nodes_named", "network_view", "draw_network", "draw_timeline"]

_LABEL_CHARS = 48


def _pyplot():
    try:
        import matplotlib.pyplot as plt
    except ImportError:
        raise TeiaError("matplotlib is needed for drawing: pip install matplotlib, or pip install 'teia[notebooks]'") from None
    return plt


def nodes_named(graph: nx.Graph, names: Iterable[str]) -> list[Any]:
    """The nodes of a ``to_networkx()`` graph whose label or one of whose aliases is one of
    ``names`` (ignoring case), sorted by label then id. A node id given as a name is kept too."""
    wanted = {n.strip().casefold() for n in names}
    found = []
    for node, data in graph.nodes(data=True):
        own = {str(data.get("label", "")), *str(data.get("aliases", "")).split("; "), str(node)}
        if wanted & {n.strip().casefold() for n in own if n}:
            found.append(node)
    return sorted(found, key=lambda n: (str(graph.nodes[n].get("label", "")), str(n)))


def network_view(graph: nx.Graph, focus: Iterable[str] = ()) -> nx.Graph:
    """A simple undirected view fit for a picture: the largest connected group of nodes plus
    the nodes named in ``focus`` (labels or aliases, see :func:`nodes_named`), with the node
    attributes of ``graph``. The smaller groups and the nodes without any relation are left
    out (``nx.connected_components`` on the same view counts them)."""
    simple = nx.Graph(graph.to_undirected()) if graph.is_directed() or graph.is_multigraph() else graph
    if simple.number_of_nodes() == 0:
        return simple.copy()
    largest = max(nx.connected_components(simple), key=lambda c: (len(c), min(map(str, c))))
    return simple.subgraph(set(largest) | set(nodes_named(simple, focus))).copy()


def _degree(graph: nx.Graph, node: Any) -> int:
    value = graph.nodes[node].get("degree")
    return int(value) if isinstance(value, (int, float)) else graph.degree(node)


def _size(graph: nx.Graph, node: Any) -> float:
    """Marker area in points², growing with degree."""
    return 20 + 15 * _degree(graph, node)


def draw_network(
    graph: nx.Graph,
    *,
    focus: Iterable[str] = (),
    top: int = 12,
    ax: Any = None,
    seed: int = 42,
    title: str | None = None,
) -> Any:
    """Draw ``graph`` (for instance a :func:`network_view`) and return the matplotlib Axes.

    Nodes are coloured by type (:mod:`teia.graph.palette`) and sized by degree (the
    ``degree`` attribute of ``to_networkx()``, else the degree in ``graph``); a legend lists the
    types. Names are written for the ``top`` nodes of highest degree (ties by label) and always
    for the nodes named in ``focus``, whatever their degree. The layout is ForceAtlas2, the
    one Gephi users know, with a fixed ``seed``.
    """
    plt = _pyplot()
    if ax is None:
        _fig, ax = plt.subplots(figsize=(8, 6))
    nodes = sorted(graph.nodes, key=str)
    if not nodes:
        ax.axis("off")
        return ax
    pos = nx.forceatlas2_layout(graph.subgraph(nodes), seed=seed, max_iter=500, gravity=1.0)
    nx.draw_networkx_edges(graph, pos, ax=ax, edge_color="#cccccc", width=0.7)
    types = [str(graph.nodes[n].get("type", "")) for n in nodes]
    nx.draw_networkx_nodes(
        graph, pos, nodelist=nodes, ax=ax, node_color=[color_of(t) for t in types],
        node_size=[_size(graph, n) for n in nodes], edgecolors="white", linewidths=0.5,
    )
    label = {n: str(graph.nodes[n].get("label", n)) for n in nodes}
    central = sorted(nodes, key=lambda n: (-_degree(graph, n), label[n], str(n)))[: max(0, top)]
    focused = nodes_named(graph, focus)
    rest = [n for n in central if n not in set(focused)]
    _place_labels(ax, [(label[n], pos[n], _size(graph, n) ** 0.5 / 2) for n in [*focused, *rest]])
    ax.legend(
        handles=[plt.Line2D([], [], marker="o", ls="", color=c, label=t) for t, c in legend_entries(types)],
        loc="upper left", bbox_to_anchor=(1.0, 1.0), fontsize=8, frameon=False,
    )
    if title:
        ax.set_title(title)
    ax.axis("off")
    return ax


_LABEL_STEPS = ((0, 1), (0, -1), (0, 2), (0, -2), (1, 3), (-1, -3))
"""Where a name may go around its node, tried in turn until it overlaps no other name:
(horizontal, vertical) in steps of one line, from the node's edge."""


def _place_labels(ax: Any, labels: list[tuple[str, Any, float]]) -> None:
    """Write the names ``(text, position, node radius in points)`` in order (the first are
    placed first); a name that would cover one already written moves below or further from its
    node, and takes the last place tried when none is free."""
    placed = []
    for text, xy, radius in labels:
        for step_x, step_y in _LABEL_STEPS:
            dy = (radius + 5) * (1 if step_y > 0 else -1) + 9 * (step_y - (1 if step_y > 0 else -1))
            note = ax.annotate(
                text, xy, xytext=(12 * step_x, dy), textcoords="offset points", ha="center", va="center",
                fontsize=7.5, bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.75),
            )
            box = note.get_window_extent()
            if not any(box.overlaps(other) for other in placed) or (step_x, step_y) == _LABEL_STEPS[-1]:
                placed.append(box)
                break
            note.remove()


def _short(text: str) -> str:
    return text if len(text) <= _LABEL_CHARS else text[: _LABEL_CHARS - 1].rstrip() + "…"


def _rows(events: Any) -> list[Any]:
    if hasattr(events, "itertuples"):  # a pandas DataFrame of timeline rows
        return list(events.itertuples(index=False))
    return list(events)


def draw_timeline(
    events: Any,
    *,
    highlight: Iterable[Any] = (),
    start: int | str | None = None,
    end: int | str | None = None,
    ax: Any = None,
    title: str | None = None,
) -> Any:
    """Draw timeline rows (what :meth:`KnowledgeGraph.timeline` returns, or a DataFrame of
    them) as one bar per event, from its first to its last day, and return the Axes.

    The earliest event is at the top. Each bar is coloured by the event's type and named
    beside it with the event's label (cut at 48 characters) and its dates as the text gives
    them: to the right of the bar, or to its left when there is no room on the right. A
    single day is drawn as a dot. Events in ``highlight`` (rows or event IRIs) are
    named in bold. ``start`` and ``end`` (years or ISO dates) set the horizontal axis; by
    default it spans the events.
    """
    plt = _pyplot()
    import matplotlib.dates as mdates

    rows = _rows(events)
    bold = {h if isinstance(h, str) else h.event for h in highlight}
    if ax is None:
        _fig, ax = plt.subplots(figsize=(8, 1.2 + 0.28 * max(1, len(rows))))
    lo = day_range(start)[0] if start is not None else min((r.first_day for r in rows), default=None)
    hi = day_range(end)[1] if end is not None else max((r.last_day for r in rows), default=None)
    if lo is None or hi is None:
        ax.set_yticks([])
        return ax
    x_lo, x_hi = mdates.date2num(lo), mdates.date2num(hi) + 1
    span = max(1.0, x_hi - x_lo)
    for y, row in enumerate(rows):
        color = color_of(row.type)
        first = max(x_lo, mdates.date2num(row.first_day))
        last = min(x_hi, mdates.date2num(row.last_day) + 1)
        ax.barh(y, max(0.0, last - first), left=first, height=0.55, color=color)
        ax.plot(first + 0.5, y, marker="o", color=color, markersize=4)  # a single day stays visible
    ax.set_yticks([])
    ax.set_ylim(len(rows) - 0.4, -0.6)  # earliest on top
    ax.set_xlim(x_lo, x_hi)
    frame = ax.get_window_extent()
    for y, row in enumerate(rows):
        first = max(x_lo, mdates.date2num(row.first_day))
        last = min(x_hi, mdates.date2num(row.last_day) + 1)
        dates = row.start if row.start == row.end else f"{row.start} – {row.end}"
        name = ax.text(
            last + span / 150, y, f"{_short(row.label)}  ({dates})", ha="left", va="center", fontsize=7.5,
            fontweight="bold" if row.event in bold else "normal",
            bbox=dict(boxstyle="square,pad=0.05", fc="white", ec="none", alpha=0.7),
        )
        box = name.get_window_extent()
        if box.x1 > frame.x1 and box.width < ax.transData.transform((first, y))[0] - frame.x0:
            name.set_x(first - span / 150)  # no room on the right: write it on the left
            name.set_horizontalalignment("right")
    ax.xaxis.set_major_locator(mdates.YearLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
    ax.grid(axis="x", color="#dddddd")
    ax.set_axisbelow(True)
    ax.legend(
        handles=[plt.Line2D([], [], marker="s", ls="", color=c, label=t) for t, c in legend_entries(r.type for r in rows)],
        loc="lower left", fontsize=8, frameon=False,
    )
    if title:
        ax.set_title(title)
    return ax
