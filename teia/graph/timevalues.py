"""Normalized time values → typed XSD literals (``xsd:gYear``, ``xsd:gYearMonth``, ``xsd:date``).

The value syntax is the one :mod:`teia.extract.timex` writes; :func:`teia.timevalues.xsd_type`
classifies the values; the graph keeps only the three calendar types its SHACL shapes accept
(a day or month without a year, ``--08-16``, gets no typed literal).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rdflib import XSD, Literal, URIRef

from teia.timevalues import xsd_type
from teia.timevalues import day_bounds

__all__ = ["xsd_datatype", "time_literal", "time_bounds", "day_literals", "precision_days"]

_CALENDAR = {"gYear": XSD.gYear, "gYearMonth": XSD.gYearMonth, "date": XSD.date}


def xsd_datatype(value: str) -> URIRef | None:
    """The XSD datatype of a single ISO year, year-month or date; None for anything else."""
    try:
        return _CALENDAR.get(xsd_type(value))
    except ValueError:
        return None


def time_literal(value: str) -> Literal | None:
    """A typed literal for a single normalized value, or None when the value is not one."""
    datatype = xsd_datatype(value)
    return Literal(value, datatype=datatype) if datatype is not None else None


def time_bounds(value: Any) -> tuple[str, str] | None:
    """The first and last day covered by a date literal (xsd:gYear, gYearMonth, date,
    dateTime or a plain string in those shapes), as ISO ``YYYY-MM-DD`` strings."""
    if not isinstance(value, Literal):
        return None
    return day_bounds(str(value))


def day_literals(start: str, end: str) -> tuple[Literal, Literal] | None:
    """``xsd:date`` literals of the first day of ``start`` and the last day of ``end``: values
    that order by time whatever the precision (``ORDER BY`` on a mix of ``xsd:gYear`` and
    ``xsd:date`` values orders by datatype first)."""
    first, last = day_bounds(start), day_bounds(end)
    if first is None or last is None:
        return None
    return Literal(first[0], datatype=XSD.date), Literal(last[1], datatype=XSD.date)


def precision_days(start: str, end: str) -> int | None:
    """How many days the interval from ``start`` to ``end`` spans (1 for a day; fewer is more
    precise); None when either is not a calendar value of a year after 0."""
    first, last = day_bounds(start), day_bounds(end)
    if first is None or last is None:
        return None
    try:
        return (date.fromisoformat(last[1]) - date.fromisoformat(first[0])).days + 1
    except ValueError:  # a year before 1
        return None
