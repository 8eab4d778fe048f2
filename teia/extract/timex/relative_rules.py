"""Rules for relative expressions (anchored on a previous date: ``no ano seguinte``, ``dois anos
depois``) and deictic ones (``hoje``, ``no ano passado``)."""

from __future__ import annotations

import re

from teia.extract.timex.lexicon import DAY_PART, NUM, WEEKDAY, WEEKDAY_SHORT, _FUZZ, _num_value
from teia.extract.timex.rules import _Rule, _qual, rule_maker
from teia.extract.timex.values import _Val, _fuzzy_qualifier, _unnormalized

RULES: list[_Rule] = []
_rule = rule_maker(RULES)


# Anchored relative expressions -------------------------------------------------------

_UNIT_ALT = r"anos?|m[eê]s(?:es)?|dias?|semanas?"
_UNIT = rf"(?P<u>{_UNIT_ALT})"
_UNIT_WORDS = rf"(?:{_UNIT_ALT})"  # _UNIT without its group (the rules' ``needs``)


def _unit(word: str) -> str:
    w = word.lower()
    if w.startswith("ano"):
        return "year"
    if w.startswith("m"):
        return "month"
    if w.startswith("dia"):
        return "day"
    return "week"


@_rule(
    "rel_next",
    rf"(?:[oa]\s+)?(?:{_UNIT}\s+(?P<dir>seguinte|imediato|anterior|posterior|precedente)"
    r"|(?P<ve>v[eé]spera))",
    needs=(rf"{_UNIT_WORDS}\s+(?:seguinte|imediato|anterior|posterior|precedente)|v[eé]spera",),
)
def _h_rel_next(m: re.Match, text: str) -> _Val | None:
    if m["ve"]:
        return _Val(relative=True, granularity="day", rel=("shift", "day", -1, ""))
    n = -1 if m["dir"].lower() in ("anterior", "precedente") else 1
    u = _unit(m["u"])
    return _Val(relative=True, granularity="day" if u == "week" else u, rel=("shift", u, n, ""))


# A part of the day after or before the anchor's day: "na manhã seguinte", "na noite anterior" are
# the next (previous) day, as "no dia seguinte" is; the part of the day stays in the text only.
@_rule(
    "rel_next_day_part",
    rf"(?:[oa]\s+)?(?-i:{DAY_PART})\s+(?P<dir>seguinte|anterior)",
    needs=(r"(?:manh|tarde|noite|madrugada)\S*\s+(?:seguinte|anterior)",),
)
def _h_rel_next_day_part(m: re.Match, text: str) -> _Val | None:
    n = -1 if m["dir"].lower() == "anterior" else 1
    return _Val(relative=True, granularity="day", rel=("shift", "day", n, ""))


@_rule(
    "rel_same",
    rf"(?:(?:[oa]\s+)?mesm[oa]\s+{_UNIT}|(?:n|d)?(?:aquel|ess|est)[ea]\s+(?:mesm[oa]\s+)?{_UNIT.replace('<u>', '<u2>')})",
    fuzzy=True,
    needs=(rf"(?:mesm[oa]|aquel[ea]|ess[ea]|est[ea])\s+(?:mesm[oa]\s+)?{_UNIT_WORDS}",),
)
def _h_rel_same(m: re.Match, text: str) -> _Val | None:
    word = m["u"] or m["u2"]
    prep = (m["prep"] or "").strip().lower()
    if not prep and re.match(r"est", m.group(0), re.I):
        # "este ano" without a preposition is deictic (the time of writing)
        return _unnormalized(relative=True, note="deictic")
    u = _unit(word)
    if word.lower().endswith("s") and u != "month":
        return None  # plural: "nesses anos" is vague
    return _Val(relative=True, granularity="day" if u == "week" else u, rel=("same", u, 0, _qual(m)))


@_rule(
    "rel_shift",
    rf"(?P<n>{NUM}|alguns|algumas|poucos|poucas|v[aá]rios|v[aá]rias)\s+{_UNIT}\s+"
    r"(?P<dir>depois|mais\s+tarde|antes|ap[oó]s|atr[aá]s)",
    prep=True,
    needs=(rf"{_UNIT_WORDS}\s+(?:depois|mais\s+tarde|antes|ap[oó]s|atr[aá]s)",),
)
def _h_rel_shift(m: re.Match, text: str) -> _Val | None:
    direction = m["dir"].lower()
    if direction.startswith("atr"):
        return _unnormalized(relative=True, note="deictic")
    n = _num_value(m["n"])
    u = _unit(m["u"])
    of = re.match(r"\s+(?:d[eoa]s?|que)\s", text[m.end():], re.I)
    if of or n is None or n > 1000:
        # relative to an event ("dois anos depois da revolução") or a vague count
        return _unnormalized(relative=True, granularity="" if n is None else u)
    sign = -1 if direction == "antes" else 1
    return _Val(relative=True, granularity="day" if u == "week" else u, rel=("shift", u, sign * n, ""))


@_rule(
    "rel_fuzzy_unit",
    rf"(?P<fz2>{_FUZZ})\s+(?P<u>ano|m[eê]s|semana)(?!\s+d[eoa]s?\s)",
    needs=(rf"{_FUZZ}\s+(?:ano|m[eê]s|semana)",),
)
def _h_rel_fuzzy_unit(m: re.Match, text: str) -> _Val | None:
    q = _fuzzy_qualifier(m["fz2"])
    u = _unit(m["u"])
    if u == "week" and re.search(r"fins|finais", m["fz2"], re.I):
        return None  # "aos fins de semana": the weekends, a habit (``clock_rules`` rule ``weekly``)
    if u == "week":
        return _unnormalized(relative=True, qualifier=q)
    return _Val(relative=True, granularity=u, rel=("same", u, 0, q))


WINDOWS = {"day": 7, "week": 6, "month": 3}
"""How many units ``nos dias/nas semanas/nos meses seguintes`` (or ``anteriores``) cover: an
approximate window right after the end (before the start) of the anchor."""


@_rule(
    "rel_window",
    r"(?:n|d)?[oa]s\s+(?:(?:primeir[oa]s|[uú]ltim[oa]s)\s+)?(?P<u>semanas|dias|meses)\s+"
    r"(?P<dir>seguintes|anteriores|posteriores|subsequentes|precedentes)",
    prep=False,
    needs=(r"seguintes|anteriores|posteriores|subsequentes|precedentes",),
)
def _h_rel_window(m: re.Match, text: str) -> _Val | None:
    n = -1 if m["dir"].lower() in ("anteriores", "precedentes") else 1
    u = _unit(m["u"])
    return _Val(relative=True, granularity="month" if u != "day" else "day", qualifier="approx",
                rel=("window", u, n, "approx"))


@_rule(
    "rel_vague",
    r"(?:(?:pouco|logo|imediatamente|muito|pouco\s+tempo|algum\s+tempo)\s+(?:depois|antes|mais\s+tarde)"
    r"|mais\s+tarde|(?:nessa|naquela|nesta|dessa|daquela|na)\s+(?:mesma\s+)?[eé]poca"
    r"|(?:nesses|naqueles|nestes|nessas|naquelas)\s+(?:mesmos\s+)?(?:dias|anos|meses|tempos)"
    r"|(?:n|d)?[oa]s\s+anos\s+(?:seguintes|anteriores|posteriores)"
    r"|(?:nessa|naquela|nesta)\s+altura|(?:a\s+partir\s+)?d?(?:esse|aquele)\s+momento"
    r"|(?:n|d)?(?:aquele|esse)\s+(?:tempo|momento|instante|per[ií]odo)|nesse\s+(?:momento|instante)|no\s+momento)",
    prep=False,
    needs=(r"depois|antes|tarde|[eé]poca|dias|anos|meses|tempo|altura|momento|instante|per[ií]odo",),
)
def _h_rel_vague(m: re.Match, text: str) -> _Val | None:
    return _unnormalized(relative=True, rel=("vague", "", 0, ""))


# Deictic expressions (depend on the unknown time of writing) -------------------------


@_rule(
    "deictic",
    r"(?:hoje(?:\s+em\s+dia)?|ontem|anteontem|amanh[aã]|depois\s+de\s+amanh[aã]"
    r"|(?:[oa]\s+)?(?:ano|m[eê]s|semana|s[eé]culo)\s+(?:passad[oa]|que\s+vem)"
    r"|(?:[oa]\s+)?(?:pr[oó]xim[oa]|[uú]ltim[oa])\s+(?:ano|m[eê]s|semana|d[eé]cada|s[eé]culo)"
    r"|est[ea]\s+" + WEEKDAY +
    r"|(?:[oa]s\s+)?(?:[uú]ltim[oa]s|pr[oó]xim[oa]s)\s+(?:(?:" + NUM + r")\s+)?(?:anos|meses|dias|semanas|d[eé]cadas)"
    r"|(?:[oa]\s+)?(?:segunda|ter[cç]a|quarta|quinta|sexta)-feira(?:\s+passada)?"
    r"|(?:(?<=no\s)|(?<=ao\s)|(?<=o\s))(?:s[aá]bado|domingo)"
    r"|neste\s+momento|(?:muito|pouco|algum)\s+tempo\s+atr[aá]s"
    r"|(?:" + NUM + r"|alguns|algumas|poucos|v[aá]rios|muitos)\s+(?:anos|meses|dias|semanas|d[eé]cadas|s[eé]culos|ano|m[eê]s|dia)\s+atr[aá]s)",
    needs=(
        r"hoje|ontem|amanh[aã]|(?:ano|m[eê]s|semana|s[eé]culo)\s+(?:passad[oa]|que\s+vem)"
        r"|(?:pr[oó]xim[oa]|[uú]ltim[oa])\s+(?:ano|m[eê]s|semana|d[eé]cada|s[eé]culo)"
        r"|(?:[uú]ltim[oa]s|pr[oó]xim[oa]s)\s+(?:(?:" + NUM + r")\s+)?(?:anos|meses|dias|semanas|d[eé]cadas)"
        r"|feira|s[aá]bado|domingo|neste\s+momento|atr[aá]s",
    ),
)
def _h_deictic(m: re.Match, text: str) -> _Val | None:
    return _unnormalized(relative=True, note="deictic", extra=_day_mark(m))


_ONE_DAY = re.compile(rf"(?:hoje|ontem|anteontem|amanh[aã])$|{WEEKDAY_SHORT}", re.I)
"""A deictic expression that names one day (``ontem``, ``depois de amanhã``, ``nesta sexta``, ``no
sábado passado``), not a week, a year or a span (``hoje em dia``, ``a semana passada``)."""


def _day_mark(m: re.Match) -> dict:
    """The mark of a deictic day: a time of day before it (``às 13h de ontem``) or a part of the day
    after it (``ontem, à noite``) joins it, as with a day of the calendar (:func:`.scan.find_times`)."""
    body = m.group(0)[len(m.groupdict().get("prep") or ""):]
    return {"day": True} if _ONE_DAY.search(body) and not re.search(r"fim|semana|daqui", body, re.I) else {}


_WEEKDAY = WEEKDAY
_WEEKDAY_SHORT = WEEKDAY_SHORT
_DAY_PART = DAY_PART
_DEICTIC_DAY = r"(?:hoje|ontem|anteontem|amanh[aã])"


# Parts of a deictic day, weekdays with a determiner, the weekend, "daqui a": "ontem à noite",
# "hoje de manhã", "esta manhã", "na madrugada de ontem", "nesta sexta-feira", "na próxima
# segunda", "no sábado passado", "sábado à noite", "daqui a dois anos", "no fim-de-semana".
@_rule(
    "deictic_day",
    rf"(?:{_DEICTIC_DAY}\s+(?:[àa]|de|pela|ao\s+fim\s+da)\s+{_DAY_PART}"
    rf"|(?:n|d)?(?:est|ess)a\s+{_DAY_PART}"
    rf"|(?:n|d)?[oa]\s+{_DAY_PART}\s+de\s+(?:{_DEICTIC_DAY}|{_WEEKDAY_SHORT}(?:\s+passad[oa])?)"
    rf"|(?:n|d)?(?:est|ess|aquel)[ea]\s+{_WEEKDAY_SHORT}"
    rf"|(?:n|d)?[oa]\s+(?:pr[oó]xim[oa]|[uú]ltim[oa])\s+{_WEEKDAY_SHORT}"
    rf"|(?:n|d)?[oa]\s+{_WEEKDAY}\s+(?:passad[oa]|que\s+vem)"
    rf"|{_WEEKDAY}\s+(?:[àa]|de|pela)\s+{_DAY_PART}"
    rf"|daqui\s+a\s+(?:{NUM}|alguns|algumas|poucos|poucas|uns|umas)\s+(?:anos?|m[eê]s(?:es)?|dias?|semanas?|horas?|minutos)"
    r"|(?:(?:n|d)?[oa]|(?:n|d)?(?:est|ess)e)\s+fim(?:-de-|\s+de\s+)semana(?:\s+(?:passado|seguinte|anterior))?)",
    needs=(r"manh[aã]|tarde|noite|madrugada|s[aá]bado|domingo|segunda|ter[cç]a|quarta|quinta|sexta|daqui|semana",),
)
def _h_deictic_day(m: re.Match, text: str) -> _Val | None:
    body = m.group(0)[len(m["prep"] or ""):]
    if re.match(r"(?:n|d)?(?:ess|aquel)", body, re.I) or re.search(r"seguinte|anterior", body, re.I):
        return _unnormalized(relative=True)  # "nessa tarde", "no fim de semana seguinte": anaphoric
    return _unnormalized(relative=True, note="deictic", extra=_day_mark(m))


@_rule("deictic_this", r"(?:est[ea])\s+(?:ano|m[eê]s|semana)", prep=False, needs=(r"est[ea]\s",))
def _h_deictic_this(m: re.Match, text: str) -> _Val | None:
    return _unnormalized(relative=True, note="deictic")
