"""The first HAREM's convention for time expressions, applied to teia's when scoring on it.

HAREM I (``harem1-golden.txt``) annotates as TEMPO only the calendar core of a date or a time
of day: ``1960``, ``18 de fevereiro de 1930``, ``anos 60``, ``século XVII``, ``Outubro``,
``Primavera``, ``17 horas``, ``9h``. The preposition, the article, ``dia``, ``o ano de``,
``a década de`` and the fuzzy part are left out (``em 1960``, ``no dia 07``, ``a fins de
Outubro``, ``do início dos anos 60``, ``após a década de 1960`` give ``1960``, ``07``,
``Outubro``, ``anos 60``, ``1960``), so is the part of the day (``9h`` of ``às 9h da manhã``),
an interval is two mentions (``de 21 de janeiro a 21 de
fevereiro``), and expressions without a calendar word or a number are not annotated at all:
deictic and relative ones (``hoje``, ``naquele tempo``, ``no ano seguinte``), weekdays,
durations and frequencies (``três anos``, ``todos os dias``).

teia's time expressions keep what a user of the graph needs (the preposition that says
``desde``/``até``, the fuzzy part as a qualifier, the interval as one value, the deictic ones
unnormalized), and HAREM II annotates them that way too; so the convention lives here, in the
scorer, and only the HAREM I harness (``training/teia_ner_eval.py``) applies it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from teia.eval.harem import SysMention
from teia.extract.timex.lexicon import MONTHS, SEASONS
from teia.records import TimeExpression

__all__ = ["harem1_time_spans", "with_harem1_times"]


def _words(words: Iterable[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _capitalized(words: Iterable[str]) -> str:
    """The words as :func:`_words` gives them, each one's first letter in capitals only."""
    return "|".join(
        sorted((f"(?-i:{re.escape(w[:1].upper())}){re.escape(w[1:])}" for w in words), key=len, reverse=True)
    )


_CORE = re.compile(
    rf"\d|(?<!\w)(?:anos\s+(?=\d)|s[ée]c(?:ulo\b|\.)|(?:{_words(MONTHS)}|{_capitalized(SEASONS)}|natal|p[áa]scoa)(?!\w))",
    re.IGNORECASE,
)
"""Where HAREM I's mention starts: the first number, ``anos`` of a decade, ``século``, a month,
a season written with a capital or a feast. HAREM I marks a month in lower case (``em março``,
``novembro/dezembro``) but a season only capitalized (``no Verão``, ``a Primavera``; train and dev
leave ``passando o verão``, ``no inverno``, ``mais uma primavera`` and ``primavera-verão 1994``'s
seasons out): a season in lower case gives no mention, and before a year the year alone is one."""

_DAY_PARTS = r"(?:manh[ãa]|tarde|noite|madrugada)"
"""The parts of the day the patterns below end with."""

_PART_OF_DAY = re.compile(
    r",?\s+(?:(?:d[aeo]|à|a|ao|n[ao]|pel[ao]|durante\s+a|(?:logo|cedo|bem)\s+de|at[eé]\s+[ao])\s+)?"
    rf"(?:(?:fim|final|in[ií]cio|come[cç]o|meio)\s+da\s+)?{_DAY_PARTS}$",
    re.IGNORECASE,
)
"""A part of the day at the end of a time, which HAREM I leaves out: ``9h`` of ``às 9h da manhã``,
``28`` of ``no dia 28 à tarde``, ``15`` of ``no dia 15, à noite``."""

_PART = rf"\s+da\s+{_DAY_PARTS}"
_DAY_AFTER = r"\s+d(?:[eoa]s?|est[ea]|ess[ea]|aquel[ea])\s"
_CLOCK_BEFORE_DAY = re.compile(
    r"(?:[01]?\d|2[0-4])(?:(?:\s?h(?:\s?[0-5]\d(?:\s?m(?:in)?)?)?(?:\s+horas)?|[:.][0-5]\d(?::[0-5]\d)?(?:\s*h\b|\s+horas)?|\s+horas)"
    rf"(?=(?:{_PART})?{_DAY_AFTER})|(?={_PART}{_DAY_AFTER}))",
    re.IGNORECASE,
)
"""A time of day before its day (``13h`` of ``às 13h de ontem``, ``8`` of ``às 8 da manhã de 15 de
março``): HAREM I marks the hour and the day's core apart (``dia 10 de Setembro, às 17 horas`` is
two of its mentions), teia makes them one expression."""

_BETWEEN = re.compile(r"\s+(?:a|e|até|ate|ao|à|às)\s+(?:(?:[oa]s?|às)\s+)?(?:dias?\s+)?(?=\S)", re.IGNORECASE)
"""The word that joins the two ends of an interval (``de 10 a 18 de Setembro``, ``entre 1990 e
1995``, ``das 09:30 às 16:45 horas``, ``desde as 8 até às 20 horas``)."""


def harem1_time_spans(text: str, time: TimeExpression) -> list[tuple[int, int]]:
    """The spans HAREM I would annotate in one of our time expressions (none for a duration, a
    frequency, or an expression with no calendar word or number)."""
    if time.kind != "date":
        return []
    start, end = time.start_char, time.end_char
    pieces: list[tuple[int, int]] = []
    at = start
    for joint in _BETWEEN.finditer(text, start, end):
        if _CORE.search(text, at, joint.start()) and _CORE.search(text, joint.end(), end):
            pieces.append((at, joint.start()))
            at = joint.end()
    pieces.append((at, end))
    out = []
    for s, e in pieces:
        core = _CORE.search(text, s, e)
        clock = _CLOCK_BEFORE_DAY.match(text, core.start(), e) if core is not None else None
        if clock is not None:
            out.append((core.start(), clock.end()))  # "13h" of "às 13h de ontem"; then the day's core
            core = _CORE.search(text, clock.end(), e)
        if core is not None:
            tail = _PART_OF_DAY.search(text, core.start(), e)
            out.append((core.start(), tail.start() if tail else e))
    return out


def with_harem1_times(text: str, mentions: Sequence[SysMention], times: Sequence[TimeExpression]) -> list[SysMention]:
    """``mentions`` (from :func:`teia.eval.harem.system_mentions`) with each TEMPO mention that is
    one of our ``times`` replaced by the spans HAREM I would annotate in it
    (:func:`harem1_time_spans`); any other mention is kept as it is."""
    by_span = {(t.start_char, t.end_char): t for t in times}
    out: list[SysMention] = []
    for m in mentions:
        time = by_span.get((m.start, m.end)) if m.category == "TEMPO" else None
        if time is None:
            out.append(m)
            continue
        out.extend(SysMention(s, e, text[s:e], "TEMPO") for s, e in harem1_time_spans(text, time))
    return out
