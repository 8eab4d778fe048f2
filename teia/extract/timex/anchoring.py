"""Relative expressions anchored on the nearest previous absolute date of the document: shifts,
truncations and approximate windows, and the records of the chosen expressions."""

from __future__ import annotations

import re
from datetime import date, timedelta

from teia.records import TimeExpression
from teia.extract.timex.lexicon import GRANULARITIES
from teia.extract.timex.relative_rules import WINDOWS
from teia.extract.timex.values import _Val, _interval, _single, _unnormalized, _ymd, easter


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _shift(point: str, unit: str, n: int) -> str | None:
    """Shift a single ISO value by ``n`` units; None when the value is too coarse."""
    if not re.match(r"^\d{4}", point):
        return None
    y = int(point[:4])
    if unit == "year":
        return f"{y + n:04d}"
    if unit == "month":
        if len(point) < 7:
            return None
        yy, mm = _add_months(y, int(point[5:7]), n)
        return f"{yy:04d}-{mm:02d}"
    if len(point) < 10:
        return None
    d = date.fromisoformat(point[:10])
    if unit == "day":
        return (d + timedelta(days=n)).isoformat()
    if unit == "week":
        return (d + timedelta(days=7 * n)).isoformat()
    return None


def _truncate(point: str, unit: str) -> str | None:
    if not re.match(r"^\d{4}", point):
        return None
    size = {"year": 4, "month": 7, "day": 10}.get(unit)
    if size is None or len(point) < size:
        return None
    return point[:size]


def _edge_day(point: str, last: bool) -> date | None:
    """The first (or last) day of a single value at month or day granularity."""
    if re.match(r"^\d{4}-\d{2}-\d{2}$", point):
        return date.fromisoformat(point)
    if re.match(r"^\d{4}-\d{2}$", point):
        y, m = int(point[:4]), int(point[5:7])
        if not last:
            return date(y, m, 1)
        yy, mm = _add_months(y, m, 1)
        return date(yy, mm, 1) - timedelta(days=1)
    return None


def _window(unit: str, n: int, anchor: TimeExpression) -> _Val | None:
    """``nos dias/nas semanas/nos meses seguintes`` (``anteriores``): the :data:`WINDOWS` units
    right after the end (before the start) of the anchor, qualifier ``approx``. Days give a day
    interval; weeks and months a month interval (a vague count of weeks is no day-precise
    window). None when the anchor is coarser than the unit needs (a day for days, a month for
    weeks and months)."""
    after = n > 0
    if unit == "month":
        point = _truncate(anchor.end if after else anchor.start, "month")
        if point is None:
            return None
        y, m = int(point[:4]), int(point[5:7])
        a = _add_months(y, m, 1 if after else -WINDOWS["month"])
        b = _add_months(y, m, WINDOWS["month"] if after else -1)
        return _interval(f"{a[0]:04d}-{a[1]:02d}", f"{b[0]:04d}-{b[1]:02d}", "month", "approx")
    point = anchor.end if after else anchor.start
    if unit == "day" and len(point) < 10:
        return None  # "nos dias seguintes" after a month: which days is unknown
    edge = _edge_day(point, last=after)
    if edge is None:
        return None
    span = timedelta(days=WINDOWS[unit] * (7 if unit == "week" else 1))
    lo, hi = (edge + timedelta(days=1), edge + span) if after else (edge - span, edge - timedelta(days=1))
    if unit == "day":
        return _interval(lo.isoformat(), hi.isoformat(), "day", "approx")
    a, b = lo.isoformat()[:7], hi.isoformat()[:7]
    return _single(a, "month", "approx") if a == b else _interval(a, b, "month", "approx")


def _apply(rel: tuple, anchor: TimeExpression) -> _Val | None:
    mode, unit, n, q = rel
    if anchor.granularity not in ("day", "month", "year", "season"):
        return None
    if mode == "vague":
        return None
    if mode == "window":
        return _window(unit, n, anchor)
    if mode == "day_of_month":
        base = _truncate(anchor.end, "month")
        if base is None or _truncate(anchor.start, "month") != base:
            return None
        y, mo = int(base[:4]), int(base[5:7])
        a, b = _ymd(y, mo, unit), _ymd(y, mo, n)
        if not a or not b:
            return None
        return _single(a, "day", q) if a == b else _interval(a, b, "day", q)
    if mode in ("short_year", "short_year_months"):
        # "agosto de 93": 1993 or 2093, whichever is nearer the anchor's year (a two-digit year
        # is one of the writer's century or the one before; "93" after "em 1426" is still 1993;
        # after a year before 1000, "em 54" of Roman history, it has no value)
        base = _truncate(anchor.start, "year")
        if base is None or int(base) < 1000:
            return None
        year = min((1900 + unit, 2000 + unit), key=lambda y: abs(y - int(base)))
        if mode == "short_year_months":  # "no primeiro semestre de 94": the months of that year
            first, last = n
            return _interval(f"{year:04d}-{first:02d}", f"{year:04d}-{last:02d}", "month", q)
        month, day = n
        v = _ymd(year, month, day)
        return _single(v, "day" if day else "month" if month else "year", q) if v else None
    if mode == "short_years":
        # "de 48 até 54", "em 93/94": the first year as a two-digit year alone, the second after it
        base = _truncate(anchor.start, "year")
        if base is None or int(base) < 1000:
            return None
        first = min((1900 + unit, 2000 + unit), key=lambda y: abs(y - int(base)))
        return _interval(f"{first:04d}", f"{first + (n - unit) % 100:04d}", "year", q)
    if mode == "season":
        # "na primavera seguinte": the first such season after the end of the anchor (before its start)
        first, last = unit
        edge = anchor.end if n > 0 else anchor.start
        point, year = _truncate(edge, "month"), _truncate(edge, "year")
        if year is None:
            return None
        y = int(year)
        if point is None:  # a year: the season of the year after (before) it
            y += n
        elif n > 0:
            y += 1 if int(point[5:7]) >= first else 0
        else:
            y -= 1 if int(point[5:7]) <= last else 0
        return _interval(f"{y:04d}-{first:02d}", f"{y:04d}-{last:02d}", "season", q)
    if mode == "feast":
        # "a Páscoa" (no year): the movable feast in the anchor's year
        base = _truncate(anchor.start, "year")
        day = easter(int(base)) if base is not None else None
        return _single((day + timedelta(days=n)).isoformat(), "day", q) if day else None
    if mode == "month_of_year":
        base = _truncate(anchor.end if n >= 0 else anchor.start, "year")
        if base is None:
            return None
        return _single(f"{int(base) + n:04d}-{unit:02d}", "month", q)
    if mode == "shift":
        point = anchor.end if n > 0 else anchor.start
        if unit == "week" and n == 1 and len(point) >= 10:
            d = date.fromisoformat(point[:10])
            monday = d - timedelta(days=d.weekday()) + timedelta(days=7)
            return _interval(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "day")
        v = _shift(point, unit, n)
        return _single(v, "day" if unit == "week" else unit, q) if v else None
    if mode == "same":
        if unit == "week":
            if len(anchor.start) < 10 or anchor.start != anchor.end:
                return None
            d = date.fromisoformat(anchor.start[:10])
            monday = d - timedelta(days=d.weekday())
            return _interval(monday.isoformat(), (monday + timedelta(days=6)).isoformat(), "day")
        a, b = _truncate(anchor.start, unit), _truncate(anchor.end, unit)
        if a is None or a != b:
            return None
        return _single(a, unit, q)
    return None


def _resolve(text: str, doc_id: str, chosen: list[tuple[int, int, _Val]]) -> list[TimeExpression]:
    out: list[TimeExpression] = []
    anchor: TimeExpression | None = None
    for start, end, v in chosen:
        surface = text[start:end]
        anchor_text = ""
        completed = v.rel[:1] in (("day_of_month",), ("short_year",), ("short_year_months",), ("short_years",))  # a completed calendar date may anchor others
        if v.yearless and v.note != "deictic year" and anchor is not None:
            year = _truncate(anchor.end, "year")
            if year is not None and _truncate(anchor.start, "year") == year:
                s2, e2 = year + v.start[1:], year + v.end[1:]
                v = _Val(kind=v.kind, value=s2 if s2 == e2 else f"{s2}/{e2}", granularity=v.granularity,
                         start=s2, end=e2, qualifier=v.qualifier, relative=True, note=v.note)
                anchor_text = anchor.text
                completed = True
        if v.relative and v.note != "deictic" and not (completed and v.normalized and not v.rel):
            if anchor is not None:
                anchor_text = anchor.text
                res = _apply(v.rel, anchor) if v.rel else None
                if res is not None:
                    v = _Val(kind=v.kind, value=res.value, granularity=res.granularity,
                             start=res.start, end=res.end, qualifier=res.qualifier or v.qualifier,
                             normalized=True, relative=True, note=v.note)
                else:
                    v = _unnormalized(relative=True, granularity=v.granularity if v.rel else "",
                                      qualifier=v.qualifier)
            else:
                v = _unnormalized(relative=True, granularity=v.granularity, qualifier=v.qualifier)
        if not v.normalized:
            v.value = v.start = v.end = ""
            if v.kind != "date" or v.granularity not in GRANULARITIES:
                v.granularity = ""
        rec = TimeExpression(
            doc_id=doc_id, start_char=start, end_char=end, text=surface, kind=v.kind,
            value=v.value, granularity=v.granularity, start=v.start, end=v.end,
            qualifier=v.qualifier, normalized=v.normalized, relative=v.relative,
            anchor=anchor_text, note=v.note,
        )
        out.append(rec)
        if (rec.kind == "date" and rec.normalized and (not rec.relative or completed)
                and re.match(r"^\d{4}", rec.start) and rec.granularity in ("day", "month", "year", "season")):
            anchor = rec
    return out
