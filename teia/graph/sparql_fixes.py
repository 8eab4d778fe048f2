"""A workaround for rdflib's SPARQL engine, applied once when :mod:`teia.graph.query` loads.

**Aggregates with DISTINCT over unbound values.** In rdflib 7 an aggregate with ``DISTINCT``
(``GROUP_CONCAT(DISTINCT ?x)``, ``SUM(DISTINCT ?x)``, ``MIN``/``MAX``/``AVG``/``SAMPLE``...)
evaluates its expression on every row before asking whether the value was seen, and a row
where ``?x`` is unbound (the usual case under ``OPTIONAL``) stops the whole query with
"Variable x is not bound". SPARQL 1.1 (section 18.5) leaves such rows out of the aggregate.
rdflib fixed this for ``COUNT`` alone (its ``Counter.use_row`` skips them); the same rule is
given here to the base class the other aggregates inherit it from.
"""

from __future__ import annotations

from typing import Any

from rdflib.plugins.sparql import aggregates
from rdflib.plugins.sparql.sparql import NotBoundError

__all__ = ["apply"]


def _use_row(self: Any, row: Any) -> bool:
    """Take a row for a DISTINCT aggregate if its value is bound and not seen yet."""
    try:
        return aggregates._eval(self.expr, row) not in self.seen
    except NotBoundError:
        return False


def apply() -> None:
    """Install the workaround (idempotent)."""
    aggregates.Accumulator.use_row = _use_row  # type: ignore[method-assign]
