"""The value an expression normalizes to (:class:`_Val`) and the calendar arithmetic that builds it
(truncated ISO values, Julian to Gregorian, fuzzy qualifiers)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from teia.extract.timex.lexicon import FUZZY, MONTH_FORMS, word_key


@dataclass
class _Val:
    kind: str = "date"
    value: str = ""
    granularity: str = ""
    start: str = ""
    end: str = ""
    qualifier: str = ""
    normalized: bool = True
    relative: bool = False
    note: str = ""
    rel: tuple = ()  # (mode, unit, n, qualifier) for anchored expressions
    extra: dict = field(default_factory=dict)

    @property
    def yearless(self) -> bool:
        """A normalized day or month with no year of its own (``--04-25``): anchored on the
        text's last year (:mod:`.anchoring`), or left out where it opens an event's name
        (:func:`~teia.extract.timex.scan.find_times`)."""
        return self.normalized and self.value.startswith("--")


def _single(value: str, granularity: str, qualifier: str = "", note: str = "") -> _Val:
    return _Val(value=value, granularity=granularity, start=value, end=value,
                qualifier=qualifier, note=note)


def _interval(start: str, end: str, granularity: str, qualifier: str = "", note: str = "") -> _Val:
    return _Val(value=f"{start}/{end}", granularity=granularity, start=start, end=end,
                qualifier=qualifier, note=note)


def _unnormalized(**kw) -> _Val:
    return _Val(normalized=False, **kw)


def _ymd(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    """ISO (possibly truncated) value; None when the date does not exist."""
    if m is None:
        return f"{y:04d}" if y is not None else None
    if d is None:
        return f"{y:04d}-{m:02d}" if y is not None else f"--{m:02d}"
    try:
        date(y if y is not None else 2000, m, d)  # 2000 is a leap year: 29 Feb allowed
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}" if y is not None else f"--{m:02d}-{d:02d}"


def _month(word: str) -> int:
    return MONTH_FORMS[word_key(word)]


def easter(year: int) -> date | None:
    """Easter Sunday of a Gregorian year (the anonymous Gregorian computus); None before 1583."""
    if year < 1583:
        return None
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    leap = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * leap) // 451
    month, day = divmod(h + leap - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _julian_to_gregorian(y: int, m: int, d: int) -> str | None:
    try:
        jd = date(y, m, d).toordinal()  # proleptic Gregorian ordinal of the same numerals
    except ValueError:
        return None
    # Difference between the calendars for that century (valid from 1 March 200).
    century = y // 100 if m > 2 else (y - 1) // 100
    diff = century - century // 4 - 2
    return (date.fromordinal(jd + diff)).isoformat()


def _fuzzy_qualifier(fz: str | None) -> str:
    if not fz:
        return ""
    words = re.sub(r"^(?:[oa]s?\s+)", "", fz.lower().strip())
    words = re.sub(r"\s+d[eoa]s?$", "", words)
    words = re.sub(r"\s+", " ", words)
    return FUZZY.get(words, "")
