"""A precomputed drawing of the graph for the HTML page: positions in pixels, deterministic.

The page draws the nodes where this module put them, at once, instead of letting the
browser's physics settle for seconds (a screenshot at load showed an empty canvas). Connected
nodes get a Fruchterman-Reingold layout (force-directed, computed with NumPy, the same input
giving the same positions); the smaller components and the nodes without any edge are gathered
in rows beside the main drawing instead of floating in a ring around it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

__all__ = ["layout", "SPACING"]

SPACING = 70.0
"""Typical distance between neighbouring nodes, in pixels."""

_ITERATIONS = 150
_SEED = 20
_EXACT = 400  # up to this many nodes every pair repels; above, a sample of this many does


def _force_directed(n: int, edges: np.ndarray) -> np.ndarray:
    """Fruchterman-Reingold on the unit square, with a weak pull to the centre. Up to
    :data:`_EXACT` nodes every pair repels (O(n²) a step); above, each step draws that many
    nodes (seeded, so the layout stays deterministic) and their repulsion stands for all,
    scaled by n / sample: O(n × 400) a step, so the page's 3,000 nodes take seconds, not
    minutes."""
    rng = np.random.RandomState(_SEED)
    pos = rng.rand(n, 2)
    if n == 1:
        return pos
    k = 1.0 / math.sqrt(n)
    step = 0.1
    cool = step / (_ITERATIONS + 1)
    src, dst = (edges[:, 0], edges[:, 1]) if len(edges) else (np.zeros(0, int), np.zeros(0, int))
    for _ in range(_ITERATIONS):
        if n <= _EXACT:
            others, weight = pos, 1.0
        else:
            others, weight = pos[rng.choice(n, _EXACT, replace=False)], n / _EXACT
        delta = pos[:, None, :] - others[None, :, :]
        dist2 = np.maximum((delta**2).sum(axis=-1), 1e-6)
        disp = (delta * (weight * k * k / dist2)[..., None]).sum(axis=1)  # repulsion
        if len(src):
            d = pos[src] - pos[dst]
            length = np.sqrt((d**2).sum(axis=1))[:, None]
            pull = d * length / k  # attraction along the edges
            np.add.at(disp, src, -pull)
            np.add.at(disp, dst, pull)
        disp -= (pos - pos.mean(axis=0)) * (0.02 * n * k)  # gravity
        length = np.maximum(np.sqrt((disp**2).sum(axis=1)), 1e-9)[:, None]
        pos += disp / length * np.minimum(length, step)
        step -= cool
    return pos


def _components(n: int, pairs: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Connected components (lists of node numbers), largest first, then by first node."""
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))


def _place(members: list[int], pairs: list[tuple[int, int]], side: float) -> np.ndarray:
    """Force-directed positions of one component in a square of ``side`` pixels centred on 0."""
    local = {g: j for j, g in enumerate(members)}
    arr = np.array([(local[a], local[b]) for a, b in pairs], dtype=int).reshape(-1, 2)
    pos = _force_directed(len(members), arr)
    lo, hi = pos.min(axis=0), pos.max(axis=0)
    return (pos - (lo + hi) / 2) * (side / max(float((hi - lo).max()), 1e-9))


def layout(ids: Sequence[str], edges: Sequence[tuple[str, str]]) -> dict[str, tuple[int, int]]:
    """Pixel positions of ``ids``: the largest connected component force-directed in a square
    whose side grows with the square root of its size; to its right, the smaller components in
    cells, row by row, then the isolated nodes in rows."""
    index = {node: i for i, node in enumerate(ids)}
    pairs = sorted({(min(index[a], index[b]), max(index[a], index[b]))
                    for a, b in edges if a in index and b in index and a != b})
    comps = _components(len(ids), pairs)
    by_comp: dict[int, list[tuple[int, int]]] = {}
    comp_of = {i: c for c, members in enumerate(comps) for i in members}
    for a, b in pairs:
        by_comp.setdefault(comp_of[a], []).append((a, b))
    linked = [c for c in comps if len(c) > 1]
    alone = [c[0] for c in comps if len(c) == 1]
    xy: dict[int, tuple[float, float]] = {}
    side = SPACING * math.sqrt(len(linked[0])) * 1.3 if linked else SPACING * 6
    left, y = side / 2 + SPACING, -side / 2  # the rest to the right: screens are wide
    if linked:  # the main drawing
        for i, (x0, y0) in zip(linked[0], _place(linked[0], by_comp[comp_of[linked[0][0]]], side)):
            xy[i] = (x0, y0)
    cell = SPACING * 2.2
    per_row = max(1, int(side // cell))
    for j, members in enumerate(linked[1:]):  # small components, one per cell
        row, col = divmod(j, per_row)
        cx, cy = left + (col + 0.5) * cell, y + (row + 0.5) * cell
        for i, (x0, y0) in zip(members, _place(members, by_comp[comp_of[members[0]]], cell * 0.55)):
            xy[i] = (cx + x0, cy + y0)
    if len(linked) > 1:
        y += math.ceil((len(linked) - 1) / per_row) * cell + SPACING * 0.5
    per_row = max(1, int(side // (SPACING * 1.6)))
    for j, i in enumerate(alone):  # nodes without edges, gathered in rows
        row, col = divmod(j, per_row)
        xy[i] = (left + col * SPACING * 1.6, y + row * SPACING * 0.6)
    return {ids[i]: (int(round(x)), int(round(y0))) for i, (x, y0) in xy.items()}
