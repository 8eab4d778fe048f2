"""Pairing gold and system items one to one, best candidate pairs first."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["one_to_one"]


def one_to_one(pairs: Iterable[tuple[object, int, int]]) -> list[tuple[int, int]]:
    """``(gold index, system index)`` pairs taken in the order given (best first), each gold
    and each system item used once. ``pairs`` are ``(rank, gold index, system index)``."""
    used_g: set[int] = set()
    used_s: set[int] = set()
    out: list[tuple[int, int]] = []
    for _rank, gi, si in pairs:
        if gi in used_g or si in used_s:
            continue
        used_g.add(gi)
        used_s.add(si)
        out.append((gi, si))
    return out
