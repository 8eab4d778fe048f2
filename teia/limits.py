"""Bounds on the numbers a user can give teia, in one place (no imports: the command line
reads them before any heavy library is loaded)."""

from __future__ import annotations

import math

__all__ = ["MAX_PROCESSES", "MAX_TIMEOUT_S", "valid_timeout"]

MAX_TIMEOUT_S = 86_400.0
"""Longest query timeout accepted, in seconds (a day)."""

MAX_PROCESSES = 256
"""Most extraction processes, Dask workers or parallel uploads accepted."""


def valid_timeout(seconds: float | None) -> bool:
    """Whether ``seconds`` is ``None`` (no limit) or a finite number above 0 and at most
    :data:`MAX_TIMEOUT_S` (``nan``, ``inf`` and ``1e9`` are not)."""
    return seconds is None or (math.isfinite(seconds) and 0 < seconds <= MAX_TIMEOUT_S)
