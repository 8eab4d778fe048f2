"""Normalized time values → typed XSD literals (``xsd:gYear``, ``xsd:gYearMonth``, ``xsd:date``)."""

from __future__ import annotations

import re

from rdflib import XSD, Literal, URIRef

__all__ = ["xsd_datatype", "time_literal"]

_PATTERNS: tuple[tuple[re.Pattern[str], URIRef], ...] = (
    (re.compile(r"-?\d{4}"), XSD.gYear),
    (re.compile(r"-?\d{4}-(0[1-9]|1[0-2])"), XSD.gYearMonth),
    (re.compile(r"-?\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"), XSD.date),
)


def xsd_datatype(value: str) -> URIRef | None:
    """The XSD datatype of a single ISO year, year-month or date; None for anything else."""
    for pattern, datatype in _PATTERNS:
        if pattern.fullmatch(value):
            return datatype
    return None


def time_literal(value: str) -> Literal | None:
    """A typed literal for a single normalized value, or None when the value is not one."""
    datatype = xsd_datatype(value)
    return Literal(value, datatype=datatype) if datatype is not None else None
