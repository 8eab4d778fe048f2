"""Lists of days and months that share their month or their year with the last item:
``nos dias 12 e 13 de março de 1994``, ``em março e abril de 1994``.

The rules see only the last item whole (``13 de março de 1994``, ``abril de 1994``): the earlier
days are bare numbers no rule reads as a date, and an earlier month has no year of its own.
:func:`spread` makes each earlier day its own expression with the last item's month and year
(``nos dias 12`` → ``1994-03-12``), and gives an earlier day or month without a year the year
of the item the list ends with (``em março`` → ``1994-03``). Ranges are not lists: ``de 12 a 15
de março`` and ``entre 12 e 15 de março`` are one interval of the rules (:mod:`.calendar_rules`),
and an interval ending a list passes nothing on.
"""

from __future__ import annotations

import re

from teia.extract.timex.lexicon import PREP, _DAY, _MONTH, _ORD
from teia.extract.timex.values import _Val, _single, _ymd

Chosen = tuple[int, int, _Val]

_DAY_ITEM = rf"(?:{_DAY}){_ORD}"
_ITEM = re.compile(rf"(?P<d>{_DAY}){_ORD}")
_LIST_BEFORE = re.compile(
    rf"(?<![\w/.,:-])(?P<head>(?:{PREP}\s+)?(?:(?:[oa]s?\s+)?dias?\s+)?)"
    rf"(?P<items>{_DAY_ITEM}(?:\s*,\s*{_DAY_ITEM})*)(?:\s*,?\s+(?P<conj>e|ou)\s+|\s*,\s*)$",
    re.I,
)
"""The days before the last one, at the end of the text before it: ``nos dias 12 e ``, ``a 5, 6
e ``, ``no dia 12 ou ``; commas alone after ``dias`` (``nos dias 4, 5, ``)."""

_DAY_FIRST = re.compile(rf"(?P<d>{_DAY}){_ORD}\s+de\s", re.I)
"""The start of a full date that opens with its day (``13 de março``), no preposition before it
(``em 13 de março`` is no list's last item)."""

_JOINT = re.compile(r"\s*(?:,\s*)?(?:e|ou)\s+|\s*,\s*", re.I)
"""What joins two items of a list: ``e``, ``ou``, a comma."""

_LOOKBACK = 80

_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\s*,\s*$", re.I)
"""A month and a comma right before a month: ``janeiro, `` of ``em janeiro, fevereiro``."""

_MONTHS_AFTER = re.compile(rf"(?:\s*,\s*{_MONTH})*\s*,?\s+(?:e|ou)\s+(?:em\s+)?{_MONTH}\b", re.I)
"""The rest of a list of months after one of its middle items: ``, março e abril``, `` ou em
março``."""


def inside_month_list(text: str, start: int, end: int) -> bool:
    """Whether the month at ``start``-``end`` stands between two others in a list of months, after a
    comma (``fevereiro`` in ``em janeiro, fevereiro e março de 1920``): a month and a comma before
    it, and more months after it up to a last one after ``e`` or ``ou``. A month after a comma with
    no such list around it (``em maio, Março foi embora``) is no middle item."""
    return _MONTH_BEFORE.search(text, max(0, start - 20), start) is not None and _MONTHS_AFTER.match(text, end) is not None


def _single_day(v: _Val) -> bool:
    return v.normalized and not v.relative and not v.note and not v.rel and v.granularity == "day" and v.start == v.end


def _days_before(text: str, start: int, v: _Val) -> list[tuple[int, int, int]] | None:
    """The earlier days of a list whose last item is the day at ``start`` (``v``): (start, end,
    day) each, in ascending order; None when the text before it is no list of days."""
    if not _single_day(v) or not _DAY_FIRST.match(text, start):
        return None
    m = _LIST_BEFORE.search(text, max(0, start - _LOOKBACK), start)
    if m is None or m.end() != start:
        return None
    if not m["conj"] and not re.search(r"dias\s+$", m["head"], re.I):
        return None  # "4, 5 de maio" without "dias" may be a list of anything
    last = int(v.start[-2:])
    days = []
    at = m.start("items")
    for item in _ITEM.finditer(m["items"]):
        days.append((at + item.start(), at + item.end(), int(item["d"])))
    if any(a[2] >= b for a, b in zip(days, [d for _, _, d in days[1:]] + [last])):
        return None  # "12 e 13" counts up; "15 e 3 de março" is no list of days
    if m["head"]:
        days[0] = (m.start(), days[0][1], days[0][2])
    return days


def _day_value(v: _Val, day: int) -> _Val | None:
    """The day ``day`` of the month of ``v`` (``1994-03-13`` or ``--03-13``)."""
    head = v.start[:-3]
    year = int(head[:4]) if not head.startswith("--") else None
    value = _ymd(year, int(head[-2:]), day)
    return _single(value, "day") if value else None


def _spread_days(text: str, chosen: list[Chosen]) -> list[Chosen]:
    replaced: set[int] = set()
    added: list[Chosen] = []
    for start, end, v in chosen:
        days = _days_before(text, start, v)
        if not days:
            continue
        lo = days[0][0]
        # an expression inside the list must be one of its days read alone ("no dia 12" as a day of
        # an unknown month); anything else there leaves the list as it is
        inside = [i for i, (s, e, _) in enumerate(chosen) if s < start and e > lo]
        spans = {(s, e) for s, e, _ in days}
        if any((chosen[i][0], chosen[i][1]) not in spans or chosen[i][2].rel[:1] != ("day_of_month",) for i in inside):
            continue
        items = [(s, e, _day_value(v, d)) for s, e, d in days]
        if any(val is None for _, _, val in items):
            continue
        replaced.update(inside)
        added.extend(items)  # type: ignore[arg-type]
    if not added:
        return chosen
    out = [c for i, c in enumerate(chosen) if i not in replaced] + added
    out.sort(key=lambda c: c[0])
    return out


def _year_of(v: _Val) -> str | None:
    """The year of a day or a month with its year (``1994-04``), None otherwise."""
    if v.normalized and not v.relative and not v.rel and v.start == v.end and v.granularity in ("day", "month"):
        if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", v.start):
            return v.start[:4]
    return None


def _month_day(start: str) -> tuple[int, int]:
    """(month, day) of ``1994-04``, ``1994-04-13``, ``--04`` or ``--04-13`` (day 0 for a month)."""
    parts = start.lstrip("-").split("-")[-2:] if start.startswith("--") else start.split("-")[1:]
    return int(parts[0]), int(parts[1]) if len(parts) > 1 else 0


def _carry_years(text: str, chosen: list[Chosen]) -> list[Chosen]:
    """Give the year of a list's last item to the earlier items without one, from the right, as
    long as they come before it in the year (``em dezembro e janeiro de 1995`` crosses a new year:
    ``dezembro`` takes none)."""
    out = list(chosen)
    year: str | None = None
    later = (13, 0)  # (month, day) of the item the year was last given to
    for i in range(len(out) - 1, -1, -1):
        start, end, v = out[i]
        if year is not None and i + 1 < len(out):
            joint = _JOINT.fullmatch(text, end, out[i + 1][0])
            if joint is None:
                year = None
        if year is not None and v.yearless and not v.note and v.start == v.end and v.granularity in ("day", "month"):
            value = _ymd(int(year), int(v.start[2:4]), int(v.start[5:7]) if v.granularity == "day" else None)
            if value is None or _month_day(v.start) >= later:
                year = None
            else:
                out[i] = (start, end, _single(value, v.granularity, v.qualifier))
                later = _month_day(v.start)
            continue
        year = _year_of(v)
        if year is not None:
            later = _month_day(v.start)
    return out


def spread(text: str, chosen: list[Chosen]) -> list[Chosen]:
    """``chosen`` (the expressions the rules found, in text order) with each earlier day of a list
    of days added (``nos dias 12 e 13 de março``: ``nos dias 12`` too) and each earlier day or month
    of a list given the year of its last item when it has none (``em março e abril de 1994``)."""
    return _carry_years(text, _spread_days(text, chosen))


__all__ = ["inside_month_list", "spread"]
