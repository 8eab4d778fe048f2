"""Time values as plain strings: the ground floor shared by ``extract``, ``graph`` and the exports.

A normalized time value is an ISO year, year-month or date (``"1917"``, ``"1918-01"``,
``"1917-11-07"``, negative years allowed), a truncated value without a year (``"--11-07"``) or
an interval ``start/end`` of two of those. This module reads such strings and knows nothing
else: no rdflib, no spaCy, no records.

* :func:`xsd_type`: the XSD datatype local name of a single value (``gYear``, ``date``...);
* :func:`day_bounds`: the first and last day a value covers, as ISO dates;
* :func:`earlier` / :func:`later`: the earlier / later of two ISO dates, ``""`` meaning unknown.
"""

from __future__ import annotations

import calendar
import re

__all__ = ["xsd_type", "day_bounds", "earlier", "later"]

_DATE_RE = re.compile(r"\s*(-?\d{4,})(?:-(\d{2}))?(?:-(\d{2}))?")


def day_bounds(lexical: str) -> tuple[str, str] | None:
    """The first and last day covered by a year, year-month or date (a dateTime's date part
    counts), as ISO ``YYYY-MM-DD`` strings; None when ``lexical`` is none of those."""
    m = _DATE_RE.match(lexical)
    if not m:
        return None
    year_s, month_s, day_s = m.groups()
    year = int(year_s)
    if year == 0:  # no year zero in xsd:date (1.0), which GEXF uses
        return None
    ytext = f"{'-' if year < 0 else ''}{abs(year):04d}"
    if month_s is None:
        return f"{ytext}-01-01", f"{ytext}-12-31"
    month = int(month_s)
    if not 1 <= month <= 12:
        return None
    # month lengths of the proleptic Gregorian calendar; 1 BCE (-0001 here) is a leap year
    leap_year = year if year > 0 else year + 1
    last = calendar.monthrange(2000 if leap_year == 0 else abs(leap_year), month)[1]
    if day_s is None:
        return f"{ytext}-{month:02d}-01", f"{ytext}-{month:02d}-{last:02d}"
    day = int(day_s)
    if not 1 <= day <= last:
        return None
    return f"{ytext}-{month:02d}-{day:02d}", f"{ytext}-{month:02d}-{day:02d}"


def _date_key(d: str) -> tuple[int, str]:
    # ISO dates compare as strings except for negative years; order those first
    if d.startswith("-"):
        return (-int(d[1:].split("-", 1)[0]), d)
    return (1 << 30, d)


def earlier(a: str, b: str) -> str:
    """The earlier of two ISO dates; an empty one (unknown) gives the other."""
    return _pick(min, a, b)


def later(a: str, b: str) -> str:
    """The later of two ISO dates; an empty one (unknown) gives the other."""
    return _pick(max, a, b)


def _pick(choose, a: str, b: str) -> str:
    if not a:
        return b
    if not b:
        return a
    if a[0] != "-" and b[0] != "-":
        return choose(a, b)
    return choose(a, b, key=_date_key)


_XSD = (
    (re.compile(r"^-?\d{4}$"), "gYear"),
    (re.compile(r"^-?\d{4}-(0[1-9]|1[0-2])$"), "gYearMonth"),
    (re.compile(r"^-?\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"), "date"),
    (re.compile(r"^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"), "gMonthDay"),
    (re.compile(r"^--(0[1-9]|1[0-2])$"), "gMonth"),
)


def xsd_type(value: str) -> str:
    """The XSD datatype local name for a single normalized value.

    ``"1917"`` -> ``"gYear"``, ``"1918-01"`` -> ``"gYearMonth"``, ``"1917-11-07"`` -> ``"date"``,
    and for values without a year ``"--11-07"`` -> ``"gMonthDay"``, ``"--12"`` -> ``"gMonth"``.
    Raises :class:`ValueError` for anything else (intervals must be split into start and end).
    """
    for pattern, name in _XSD:
        if pattern.match(value):
            return name
    raise ValueError(f"not a single ISO date value: {value!r}")
