"""Rules for absolute dates: full and numeric dates, months, years, ranges, decades, centuries,
seasons, and old-calendar notes."""

from __future__ import annotations

import re
from datetime import timedelta

from teia.extract.characters import MASCULINE_ORDINAL_SIGNS, ORDINAL_SIGNS
from teia.extract.timex.lexicon import (
    DECADE_WORDS, FIXED_FEASTS, MOVABLE_FEASTS, NUM, NUMBER_WORDS, ORDINALS, SEASONS, YEAR_PARTS, _DATED_MONTH, _DAY, _MONTH, _MONTH_ABBR, _ORD, YEAR, _YEAR_END, _alt, _num_value,
    _roman, word_key,
)
from teia.extract.timex.rules import _Rule, _qual, rule_maker
from teia.extract.timex.values import _Val, _interval, _julian_to_gregorian, _month, _single, _unnormalized, _ymd, easter

RULES: list[_Rule] = []
_rule = rule_maker(RULES)


_NOTE = (
    r"\((?P<{name}>[^()]{{0,80}}?(?:calend[aá]rio|estilo\s+(?:antigo|novo)|velho\s+estilo"
    r"|novo\s+estilo)[^()]{{0,40}})\)"
)


def _note_date(note: str) -> tuple[int, int, int | None, str] | None:
    """A date inside an old-calendar note and which calendar it is in."""
    m = re.search(rf"({_DAY}){_ORD}\s+de\s+({_MONTH})(?:\s+de\s+({YEAR}))?", note, re.I)
    cal = "julian" if re.search(r"juliano|antigo|velho", note, re.I) else "gregorian"
    if not m:
        return None
    return int(m.group(1)), _month(m.group(2)), int(m.group(3)) if m.group(3) else None, cal


_DAY_OF_MONTH = rf"{_DAY}{_ORD}\s+de\s+{_DATED_MONTH}"  # in every full date (the rules' ``needs``)
_DECADE = r"(?:1\d{2}0|20\d0|[1-9]0)"


# Full dates: "7 de novembro de 1917", "1º de maio", old-calendar notes.
@_rule(
    "date",
    rf"(?:(?:o\s+)?dia\s+)?(?P<d>{_DAY}){_ORD}\s+de\s+(?P<m>{_DATED_MONTH})"
    rf"(?:\s*{_NOTE.format(name='n1')})?(?:\s*,?\s+de\s+(?P<y>{YEAR})(?!\d))?"
    rf"(?:\s*{_NOTE.format(name='n2')})?",
    fuzzy=True,
    needs=(_DAY_OF_MONTH,),
)
def _h_date(m: re.Match, text: str) -> _Val | None:
    d, mo = int(m["d"]), _month(m["m"])
    y = int(m["y"]) if m["y"] else None
    note = (m["n1"] or m["n2"] or "").strip()
    q = _qual(m)
    if not note:
        v = _ymd(y, mo, d)
        return _single(v, "day", q) if v else None
    nd = _note_date(note)
    if nd and nd[3] == "gregorian":
        gy = nd[2] if nd[2] is not None else y
        v = _ymd(gy, nd[1], nd[0])
        return _single(v, "day", q, note) if v else _unnormalized(note=note, granularity="day")
    if nd or re.search(r"juliano|antigo|velho", note, re.I) is None:
        # the outer date is the Gregorian one (the note gives the Julian date)
        v = _ymd(y, mo, d)
        return _single(v, "day", q, note) if v else _unnormalized(note=note, granularity="day")
    # the outer date is Julian and no Gregorian date is given: convert when possible
    if y is None:
        return _unnormalized(note=note, granularity="day")
    v = _julian_to_gregorian(y, mo, d)
    return _single(v, "day", q, note) if v else None


# Numeric dates: 07/11/1917, 7.11.1917, 1917-11-07.
@_rule("numeric", rf"(?P<d>{_DAY})(?P<s>[/.-])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<y>{YEAR})(?![\d/.-]\d)",
       needs=(r"\d[/.-]\d",))
def _h_numeric(m: re.Match, text: str) -> _Val | None:
    v = _ymd(int(m["y"]), int(m["m"]), int(m["d"]))
    return _single(v, "day", _qual(m)) if v else None


@_rule("iso", rf"(?P<y>{YEAR})-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])(?![\d-])",
       needs=(r"\d-\d",))
def _h_iso(m: re.Match, text: str) -> _Val | None:
    v = _ymd(int(m["y"]), int(m["m"]), int(m["d"]))
    return _single(v, "day", _qual(m)) if v else None


# Day/month without year, only after a clearly temporal word: "até 16/4", "dia 7/11".
@_rule(
    "daymonth",
    rf"(?P<pp>at[eé]|desde|(?:n?o\s+)?dia|a\s+partir\s+de)\s+(?P<d>{_DAY})/(?P<m>1[0-2]|0?[1-9])(?![/\d])",
    prep=False,
    needs=(r"\d/\d",),
)
def _h_daymonth(m: re.Match, text: str) -> _Val | None:
    v = _ymd(None, int(m["m"]), int(m["d"]))
    return _single(v, "day") if v else None


# Month and year: "janeiro de 1918", "no início de janeiro de 1918", "o mês de maio de 1920".
@_rule(
    "month_year",
    rf"(?:(?:[oa]\s+)?m[eê]s\s+de\s+)?(?P<m>{_DATED_MONTH})\s*,?\s+(?:de\s+)?(?P<y>{YEAR}){_YEAR_END}",
    fuzzy=True,
    needs=(rf"{_DATED_MONTH}\s*,?\s+(?:de\s+)?{YEAR}",),
)
def _h_month_year(m: re.Match, text: str) -> _Val | None:
    v = _ymd(int(m["y"]), _month(m["m"]))
    return _single(v, "month", _qual(m))


# A day and a three-letter month with the year: "07 Jan 2000", "3 fev. 1999", "12-Dez-2003".
@_rule(
    "abbreviated_date",
    rf"(?P<d>{_DAY})(?P<s>\s+|-)(?P<m>{_MONTH_ABBR})\.?(?P=s)(?P<y>{YEAR}){_YEAR_END}",
    needs=(rf"\d(?:\s+|-){_MONTH_ABBR}\.?(?:\s+|-){YEAR}",),
)
def _h_abbreviated_date(m: re.Match, text: str) -> _Val | None:
    v = _ymd(int(m["y"]), _month(m["m"]), int(m["d"]))
    return _single(v, "day", _qual(m)) if v else None


# A month with a two-digit year: "agosto de 93", "5 de agosto de 93", "julho/99": 19xx or 20xx,
# whichever is nearer the anchor's year (05 after 1994 is 2005); no anchor, no value.
_SHORT_YEAR = rf"(?P<yy>\d\d)(?![\d%{ORDINAL_SIGNS}]|[.,/:-]\d|\s*(?:h\b|%))"


@_rule(
    "month_short_year",
    rf"(?:(?:(?:o\s+)?dia\s+)?(?P<d>{_DAY}){_ORD}\s+de\s+|(?:[oa]\s+)?m[eê]s\s+de\s+)?(?P<m>{_DATED_MONTH})"
    rf"(?:\s*,?\s+de\s+|/){_SHORT_YEAR}",
    fuzzy=True,
    needs=(rf"{_DATED_MONTH}(?:\s*,?\s+de\s+|/)\d\d",),
)
def _h_month_short_year(m: re.Match, text: str) -> _Val | None:
    d = int(m["d"]) if m["d"] else None
    if _ymd(None, _month(m["m"]), d) is None:
        return None
    return _Val(relative=True, granularity="day" if d else "month",
                rel=("short_year", int(m["yy"]), (_month(m["m"]), d), _qual(m)))


# A two-digit year alone, as an oral account says it (``R- Em 60.``, ``Em 54 nós mudamos``, ``morei
# ali até 67,``, ``de 48 até 54``, ``em 93/94``): 19xx or 20xx, whichever is nearer the anchor's year;
# no anchor, no value. Only years 32 to 99, never a day or an hour, after ``em``/``até``/``desde``
# and before a punctuation mark or a subject (``scan._accept`` refuses a count's unit or noun after
# it); a range ``de``/``desde`` NN ``a``/``até`` NN whose second year is later; a season or an
# academic year ``em 93/94`` of two consecutive years. A day, a month and a two-digit year
# (``17/4/24``, ``13/01/03``), slashes only.
_YY = r"(?:3[2-9]|[4-9]\d)"
_SUBJECT = r"(?:eu|n[oó]s|ele|ela|eles|elas|a\s+gente|voc[eê]s?|o\s+senhor|a\s+senhora|ent[aã]o|j[aá])"


@_rule(
    "short_year",
    rf"(?:(?:(?:de|desde)\s+(?P<a>{_YY})\s+(?:a|at[eé])\s+(?P<b>{_YY})(?![\d%{ORDINAL_SIGNS}]|[.,/:-]\d)"
    rf"|(?:em|de|desde|at[eé])\s+(?P<s1>\d\d)/(?P<s2>\d\d)(?![\d%{ORDINAL_SIGNS}/]|[.,:-]\d)"
    rf"|(?:em|at[eé]|desde)\s+(?P<y>{_YY})(?=\s*(?:[.,;:!?)]|$)(?!\d)|\s+{_SUBJECT}(?!\w)))"
    r"|(?P<d>" + _DAY + r")/(?P<m>1[0-2]|0?[1-9])/(?P<yy>\d\d)(?![\d/]|[.,:-]\d))",
    prep=False,
    needs=(r"\d\d",),
)
def _h_short_year(m: re.Match, text: str) -> _Val | None:
    if m["yy"]:
        if _ymd(None, int(m["m"]), int(m["d"])) is None:
            return None
        return _Val(relative=True, granularity="day", rel=("short_year", int(m["yy"]), (int(m["m"]), int(m["d"])), ""))
    if m["y"]:
        return _Val(relative=True, granularity="year", rel=("short_year", int(m["y"]), (None, None), ""))
    a, b = (int(m["a"]), int(m["b"])) if m["a"] else (int(m["s1"]), int(m["s2"]))
    if m["s1"] and ((a + 1) % 100 != b or b <= 12):
        return None  # "em 10/11" is a day and a month; "93/94" two consecutive years
    if m["a"] and b <= a:
        return None
    return _Val(relative=True, granularity="year", rel=("short_years", a, b, ""))


# Day of the month alone: "no dia 10", "entre os dias 2 e 6" (month and year from the anchor).
@_rule(
    "day_of_month",
    rf"(?:(?:[oa]s?\s+)?(?:pr[oó]ximo\s+)?dia\s+(?P<d>{_DAY}){_ORD}|(?:entre\s+os|dos|nos|os)\s+dias\s+(?P<d1>{_DAY})\s+(?:e|a)\s+(?P<d2>{_DAY}))"
    rf"(?!\s*(?:de\s+(?:{_MONTH})|[/.]\d|\d|\s*(?:horas|h\b|:)))",
    needs=("dia",),
)
def _h_day_of_month(m: re.Match, text: str) -> _Val | None:
    if m["d"]:
        return _Val(relative=True, granularity="day", rel=("day_of_month", int(m["d"]), int(m["d"]), ""))
    a, b = int(m["d1"]), int(m["d2"])
    if b <= a:
        return None
    return _Val(relative=True, granularity="day", rel=("day_of_month", a, b, ""))


# Slash forms with a month name: "abril/2000", "12/Julho/2007".
@_rule("slash_month", rf"(?:(?P<d>{_DAY})/)?(?P<m>{_DATED_MONTH}|{_MONTH_ABBR})/(?P<y>{YEAR})(?![\d/])",
       needs=(rf"(?:{_DATED_MONTH}|{_MONTH_ABBR})/{YEAR}",))
def _h_slash_month(m: re.Match, text: str) -> _Val | None:
    if m["d"]:
        v = _ymd(int(m["y"]), _month(m["m"]), int(m["d"]))
        return _single(v, "day", _qual(m)) if v else None
    return _single(_ymd(int(m["y"]), _month(m["m"])), "month", _qual(m))


# Month with an anaphoric/deictic year: "janeiro do ano seguinte", "janeiro do próximo ano".
@_rule(
    "month_relyear",
    rf"(?P<m>{_MONTH})\s+d[oe]\s+(?:(?P<ana>ano\s+(?:seguinte|anterior)|mesmo\s+ano)"
    r"|(?P<dei>pr[oó]ximo\s+ano|ano\s+(?:passado|que\s+vem)|corrente\s+ano|presente\s+ano))",
    fuzzy=True,
    needs=(rf"{_MONTH}\s+d[oe]\s+(?:ano|mesmo|pr[oó]ximo|corrente|presente)",),
)
def _h_month_relyear(m: re.Match, text: str) -> _Val | None:
    mo = _month(m["m"])
    if m["ana"]:
        n = 1 if "seguinte" in m["ana"].lower() else -1 if "anterior" in m["ana"].lower() else 0
        return _Val(relative=True, granularity="month", rel=("month_of_year", mo, n, _qual(m)))
    return _single(_ymd(None, mo), "month", _qual(m), note="deictic year")


# Bare month: "em dezembro", "a partir de julho" (needs a preposition, see _accept).
@_rule("month", rf"(?:(?:[oa]\s+)?m[eê]s\s+de\s+)?(?P<m>{_MONTH})", fuzzy=True, needs=(_MONTH,))
def _h_month(m: re.Match, text: str) -> _Val | None:
    return _single(_ymd(None, _month(m["m"])), "month", _qual(m))


_RANGE_PREP = r"(?:em|n[oa]s?|at[eé]|para|durante)"  # "em 2003/2004", "até 1919-1921"


# Year ranges: "de 1919 a 1921", "entre 1919 e 1921", "1919-1921", "1919–21".
@_rule(
    "year_range",
    rf"(?:(?P<rp>entre)\s+(?:(?:os\s+)?anos\s+(?:de\s+)?)?(?P<y1>{YEAR})\s+(?:e|a)\s+(?P<y2>{YEAR})"
    rf"|(?:{_RANGE_PREP}\s+)?(?P<y5>{YEAR})/(?P<y6>{YEAR}|\d\d)"
    rf"|(?:(?P<rp2>de|desde)\s+|{_RANGE_PREP}\s+(?={YEAR}\s*[-–—]))?(?P<y3>{YEAR})\s*(?:[-–—]|\s(?:a|at[eé])\s)\s*"
    rf"(?P<y4>{YEAR}|\d\d)){_YEAR_END}",
    prep=False,
    needs=(YEAR,),
)
def _h_year_range(m: re.Match, text: str) -> _Val | None:
    if m["y1"]:
        a, b = int(m["y1"]), int(m["y2"])
    elif m["y5"]:
        # "2003/2004", "1893/94": a season or academic year spanning two consecutive years
        a, bs = int(m["y5"]), m["y6"]
        b = int(bs) if len(bs) == 4 else a // 100 * 100 + int(bs)
        if b != a + 1:
            return None
    else:
        a, bs = int(m["y3"]), m["y4"]
        if len(bs) == 2:
            if re.search(r"\s(?:a|at[eé])\s", m.group(0), re.I):
                return None
            b = a // 100 * 100 + int(bs)
        else:
            b = int(bs)
        # a bare "1919 a 1921" / "1919-1921" is a range; without "de" a spaced "a" is too weak
        if not m["rp2"] and re.search(r"\s(?:a|at[eé])\s", m.group(0), re.I):
            return None
    if b <= a:
        return None
    return _interval(f"{a:04d}", f"{b:04d}", "year")


# Month ranges: "de março a maio de 1921", "de março de 1920 a maio de 1921".
@_rule(
    "month_range",
    rf"(?:de|entre)\s+(?P<m1>{_MONTH})(?:\s+de\s+(?P<y1>{YEAR}))?\s+(?:a|at[eé]|e)\s+"
    rf"(?P<m2>{_MONTH})(?:\s+de\s+(?P<y2>{YEAR}))?",
    prep=False,
    needs=(rf"(?:de|entre)\s+{_MONTH}",),
)
def _h_month_range(m: re.Match, text: str) -> _Val | None:
    y2 = int(m["y2"]) if m["y2"] else None
    y1 = int(m["y1"]) if m["y1"] else y2
    a, b = _ymd(y1, _month(m["m1"])), _ymd(y2, _month(m["m2"]))
    if y1 is not None and y2 is not None and a >= b:
        return None
    return _interval(a, b, "month")


# Day ranges: "entre 13 e 25 de agosto de 1920", "de 7 de novembro de 1917 a 3 de março de 1918".
@_rule(
    "day_range",
    rf"(?:de|entre|desde)\s+(?:o\s+dia\s+|os\s+dias\s+)?(?P<d1>{_DAY}){_ORD}"
    rf"(?:\s+de\s+(?P<m1>{_DATED_MONTH})(?:\s+de\s+(?P<y1>{YEAR}))?)?\s+(?:a|at[eé]|e)\s+"
    rf"(?:o\s+dia\s+)?(?P<d2>{_DAY}){_ORD}\s+de\s+(?P<m2>{_DATED_MONTH})(?:\s+de\s+(?P<y2>{YEAR}))?",
    prep=False,
    needs=(_DAY_OF_MONTH,),
)
def _h_day_range(m: re.Match, text: str) -> _Val | None:
    y2 = int(m["y2"]) if m["y2"] else None
    y1 = int(m["y1"]) if m["y1"] else y2
    m2 = _month(m["m2"])
    m1 = _month(m["m1"]) if m["m1"] else m2
    a, b = _ymd(y1, m1, int(m["d1"])), _ymd(y2, m2, int(m["d2"]))
    if not a or not b or (y1 is not None and y2 is not None and a >= b):
        return None
    return _interval(a, b, "day")


# Years: "1917", "em 1917", "no ano de 1917", "por volta de 1920", "no fim de 1920".
@_rule(
    "year",
    rf"(?:(?:[oa]\s+)?ano\s+de\s+)?(?P<y>{YEAR}){_YEAR_END}(?P<ad>\s+d\.\s?C\.)?",
    fuzzy=True,
    needs=(YEAR,),
)
def _h_year(m: re.Match, text: str) -> _Val | None:
    return _single(m["y"], "year", _qual(m))


# Years of an era, and years before 1000 after "ano": "em 828 d.C.", "44 a.C.", "no ano 476". A
# year before Christ keeps its text only (no value), as a century before Christ does.
_ERA = r"(?P<era>(?P<bc>a\.\s?C\.|antes\s+de\s+Cristo)|d\.\s?C\.|depois\s+de\s+Cristo)"


@_rule(
    "era_year",
    rf"(?:(?:(?:[oa]\s+)?ano\s+(?:de\s+)?)?(?P<y>[1-9]\d{{0,3}})\s*{_ERA}"
    rf"|(?:[oa]\s+)?ano\s+(?:de\s+)?(?P<y3>[1-9]\d{{2}})(?![\d%{ORDINAL_SIGNS}]|[.,]\d))",
    fuzzy=True,
    needs=(r"\d\s*(?:[ad]\.\s?c\.|antes\s+de\s+cristo|depois\s+de\s+cristo)|ano\s+(?:de\s+)?[1-9]\d\d",),
)
def _h_era_year(m: re.Match, text: str) -> _Val | None:
    if m["bc"]:
        return _unnormalized(granularity="year", qualifier=_qual(m))
    return _single(f"{int(m['y'] or m['y3']):04d}", "year", _qual(m))


# Lists of decades or centuries under one plural (or singular) head: "nos anos 70 e 80", "nas
# décadas de 30, 40 e 50", "na década de 80 e 90", "dos séculos 19 e 20", "entre os séculos XV e
# XVI", "das décadas de 40 a 60". One expression for the list, before the single-item rules (which
# would read "nos anos 70" alone and leave "80", or read "1990" of "anos 1980 e 1990" as a year).
_LIST_JOINT_WORD = r"(?:e|ou|a|at[eé])"


def _list_value(bounds: list[tuple[int, int]], joint: str, between: bool, granularity: str) -> _Val:
    """The list's value: one interval from the first item's start to the last one's end when the
    list is a range (``entre``, ``a``, ``até``) or its items follow one another (``70 e 80``); no value
    for items apart or in another order (``anos 60 e 80``, ``séculos 5 e 4``) or joined by ``ou``."""
    ranged = between or joint in ("a", "até", "ate")
    consecutive = all(b[0] == a[1] + 1 for a, b in zip(bounds, bounds[1:]))
    ascending = all(b[0] > a[1] for a, b in zip(bounds, bounds[1:]))
    if (ranged and ascending) or (joint in ("e",) and consecutive):
        return _interval(f"{bounds[0][0]:04d}", f"{bounds[-1][1]:04d}", granularity)
    return _unnormalized(granularity=granularity)


def _list_core(head: str, item: str) -> str:
    """A list's pattern: ``entre`` if the text has it, the article, the head, and two or more items
    joined by commas and a last joint word (groups ``rp``, ``items``, ``j``)."""
    return (
        rf"(?P<rp>entre\s+)?(?:[oa]s?\s+)?{head}\s+"
        rf"(?P<items>{item}(?:\s*,\s*{item}){{0,8}}\s+(?P<j>{_LIST_JOINT_WORD})\s+(?:[oa]s\s+)?{item})"
    )


_DECADE_ITEM = r"(?:1\d{2}0|20\d0|[1-9]0)(?!\d)"
_CENTURY_ITEM = r"(?:(?-i:[IVX]+)|[12]?\d)(?!\w)"


@_rule(
    "decade_list",
    _list_core(r"(?:d[eé]cadas?\s+de|anos)", _DECADE_ITEM) + r"(?!\s*(?:de\s+idade|anos|%|por\s+cento|[.,]\d))",
    needs=(rf"(?:d[eé]cadas?\s+de|anos)\s+{_DECADE}",),
)
@_rule(
    "century_list",
    _list_core(r"s[eé]culos?", _CENTURY_ITEM) + r"(?P<bc>\s+(?:a\.\s?C\.|antes\s+de\s+cristo))?",
    needs=(r"s[eé]culos?\s",),
)
def _h_list_of_periods(m: re.Match, text: str) -> _Val | None:
    """Both lists: a century's has the group ``bc`` (a list before ``a.C.`` keeps its text only)."""
    raws = re.findall(r"[IVX]+|\d+", m["items"])
    if "bc" not in m.re.groupindex:
        starts = [_decade_start(raw) for raw in raws]
        return _list_value([(y, y + 9) for y in starts], m["j"].lower(), bool(m["rp"]), "decade")
    numbers = [_roman(raw) if raw.isalpha() else int(raw) for raw in raws]
    if not all(numbers) or max(numbers) > 21:
        return None
    if m["bc"]:
        return _unnormalized(granularity="century")
    bounds = [((n - 1) * 100 + 1, n * 100) for n in numbers]
    return _list_value(bounds, m["j"].lower(), bool(m["rp"]), "century")


def _decade_start(raw: str) -> int:
    """The first year of a decade written ``1920`` or ``20`` (the 1920s)."""
    n = int(raw)
    return n if n >= 1000 else 1900 + n


# Decades: "a década de 1920", "década de 20", "os anos 20", "nos anos 1920", "anos vinte".
@_rule(
    "decade",
    rf"(?:(?:[oa]s?\s+)?(?:primeira|segunda)\s+metade\s+d[ao]s?\s+)?"
    rf"(?:(?:[oa]s?\s+)?d[eé]cada\s+de\s+(?P<dy>1\d{{2}}0|20\d0|[1-9]0)"
    rf"|(?:os\s+)?anos\s+(?:(?P<ay>1\d{{2}}0|20\d0|[1-9]0)|(?P<aw>{_alt(DECADE_WORDS)})))"
    r"(?!\s+(?:de\s+idade|anos))",
    fuzzy=True,
    needs=(rf"d[eé]cada\s+de\s+{_DECADE}|anos\s+(?:{_DECADE}|{_alt(DECADE_WORDS)})",),
)
def _h_decade(m: re.Match, text: str) -> _Val | None:
    raw = m["dy"] or m["ay"]
    if raw:
        start = _decade_start(raw)
    else:
        start = 1900 + DECADE_WORDS[word_key(m["aw"])]
    q = _qual(m)
    half = re.search(r"(primeira|segunda)\s+metade", m.group(0), re.I)
    if half and not q:
        q = "early" if half.group(1).lower() == "primeira" else "late"
    return _interval(f"{start:04d}", f"{start + 9:04d}", "decade", q)


# Centuries: "no século XX", "do séc. XIX", "do séc.XIX" (no space after the abbreviation's
# period), "no início do século XX", "século vinte e um".
@_rule(
    "century",
    rf"(?:[oa]s?\s+)?(?:(?:primeira|segunda)\s+metade\s+do\s+)?s[eé]c(?:ulo\s+|\.\s*)"
    rf"(?P<c>[IVXLC]+|\d{{1,2}}|{NUM})(?P<bc>\s+(?:a\.\s?C\.|antes\s+de\s+cristo))?",
    fuzzy=True,
    needs=(r"s[eé]c",),
)
def _h_century(m: re.Match, text: str) -> _Val | None:
    raw = m["c"]
    n = _roman(raw) if re.fullmatch(r"[IVXLC]+", raw) else _num_value(raw)
    if raw.isalpha() and raw.lower() in NUMBER_WORDS and re.fullmatch(r"[ivxlc]+", raw):
        n = _roman(raw)
    if raw.islower() and re.fullmatch(r"[ivxlc]+", raw):
        return None  # "século mil" etc.: roman numerals are written in capitals
    q = _qual(m)
    half = re.search(r"(primeira|segunda)\s+metade", m.group(0), re.I)
    if half and not q:
        q = "early" if half.group(1).lower() == "primeira" else "late"
    if not n or n > 21:
        return None
    if m["bc"]:
        return _unnormalized(granularity="century", qualifier=q)
    return _interval(f"{(n - 1) * 100 + 1:04d}", f"{n * 100:04d}", "century", q)


# Seasons without a year, after an article or a demonstrative: "no verão", "nesse outono", "a
# primavera seguinte". The months of the anchor's year (a month without a year is read so too);
# "seguinte"/"anterior": the first such season after the anchor's end (before its start);
# winter spans two years and "passado"/"este" depend on the time of writing: no value. Not "a Primavera
# Árabe", "a primavera de Praga" (a name), nor after a capitalized word ("Palácio do Inverno").
@_rule(
    "season_alone",
    r"(?P<det>(?:n|d)?[oa]|(?:n|d)?(?:est|ess|aquel)[ea])\s+(?P<s>primavera|ver[aã]o|outono|inverno)"
    r"(?:\s+(?P<when>passad[oa]|seguinte|anterior))?(?!\s+d[eoa]s?\s|-|\s+(?-i:[A-ZÀ-Ý]))",
    needs=(r"(?:[oa]|est[ea]|ess[ea]|aquel[ea])\s+(?:primavera|ver[aã]o|outono|inverno)",),
)
def _h_season_alone(m: re.Match, text: str) -> _Val | None:
    first, last = SEASONS[word_key(m["s"])]
    if m["when"]:
        if m["when"].lower().startswith("passad"):
            return _unnormalized(relative=True, granularity="season", note="deictic")
        if first > last:
            return _unnormalized(relative=True, granularity="season")
        # "na primavera seguinte" after "em novembro de 1918": the next spring after the anchor
        n = 1 if m["when"].lower() == "seguinte" else -1
        return _Val(relative=True, granularity="season", rel=("season", (first, last), n, ""))
    if re.match(r"(?:n|d)?est", m["det"], re.I):
        return _unnormalized(relative=True, granularity="season", note="deictic")
    if first > last:
        return _unnormalized(relative=True, granularity="season")
    return _interval(f"--{first:02d}", f"--{last:02d}", "season")


# Feasts (time-words.json ``fixed_feasts``, ``movable_feasts``): "no Natal", "o Natal de 1914",
# "na Páscoa de 1990", "o Carnaval". With a year, its day (Easter by the Gregorian computus);
# without, a fixed feast keeps its month and day (completed by the anchor's year) and a movable
# one takes the anchor's year. Capitalized, after an article or with a year: "em Natal" is a city.
_FEAST_WORDS = _alt({**FIXED_FEASTS, **MOVABLE_FEASTS})
_FEMININE_FEASTS = frozenset({"páscoa", "pascoa", "sexta-feira", "véspera", "noite"})  # first words


@_rule(
    "feast",
    rf"(?:(?P<art>(?:n|d|pel)?[oa]|(?:n|d)?(?:est|ess)[ea])\s+)?(?P<h>{_FEAST_WORDS})(?:\s+de\s+(?P<y>{YEAR}))?{_YEAR_END}"
    r"(?!\s+(?-i:[A-ZÀ-Ý])|\s+d[eoa]s?\s+(?-i:[A-ZÀ-Ý]))",
    needs=(rf"(?:{_FEAST_WORDS})",),
)
def _h_feast(m: re.Match, text: str) -> _Val | None:
    name = m["h"]
    if name == name.lower():
        return None  # "a terra natal", "o carnaval da vida": the feasts are written with a capital
    key = re.sub(r"\s+", " ", word_key(name))
    # the article agrees with the feast: "a Natal" is "to Natal", the city
    article = (m["art"] or (m["prep"] or "").strip()).lower()
    feminine = key.split()[0] in _FEMININE_FEASTS
    if article:
        if not re.fullmatch(r"(?:n|d|pel)?[oa]|ao|à|(?:n|d)?(?:est|ess)[ea]", article) or article.endswith(("a", "à")) != feminine:
            return None
    elif not m["y"]:
        return None
    y = int(m["y"]) if m["y"] else None
    if key in FIXED_FEASTS:
        mo, d = FIXED_FEASTS[key]
        return _single(_ymd(y, mo, d), "day")
    if y is None:
        return _Val(relative=True, granularity="day", rel=("feast", key, MOVABLE_FEASTS[key], ""))
    day = easter(y)
    if day is None:
        return _unnormalized(granularity="day")
    return _single((day + timedelta(days=MOVABLE_FEASTS[key])).isoformat(), "day")


# A part of a year by its order: "no primeiro semestre de 1994" (1994-01/1994-06), "o 3º trimestre
# de 2001", "no último quadrimestre do ano de 1990", "no primeiro bimestre de 1995": the months it
# covers, as one interval. With a two-digit year ("no segundo semestre de 93"), before a punctuation
# mark, a subject, a conjunction, a preposition or an article (not a count's noun, "de 94 alunos"),
# the year is read as ``short_year`` reads one (the century of the text's last year). Without a
# year ("no segundo semestre", "no primeiro trimestre do ano") its months take the anchor's year,
# as a month alone does; "deste ano", "do próximo ano", "do ano passado", a demonstrative ("neste
# primeiro trimestre") or "último" alone ("no último semestre", the latest one) depend on the time
# of writing: no value. Not before another "de" ("do primeiro semestre do curso", "de gravidez").
# The parts and the order words: ``time-words.json`` ``year_parts`` and ``ordinals``.
_ORDINAL = rf"(?:{_alt(ORDINALS)}|[1-6]\s?\.?[{MASCULINE_ORDINAL_SIGNS}o]|[úu]ltimo)"
_DEICTIC_YEAR = r"(?:deste\s+ano|do\s+(?:pr[oó]ximo|corrente|presente)\s+ano|do\s+ano\s+(?:passado|que\s+vem|corrente))"


@_rule(
    "year_part",
    rf"(?:(?P<det>[oa]|n?est[ea]|n?ess[ea])\s+)?(?P<o>{_ORDINAL})\s+(?P<u>{_alt(YEAR_PARTS)})"
    rf"(?:\s+(?:de|do\s+ano(?:\s+de)?)\s+(?:(?P<y>{YEAR})|(?P<yy>{_YY})(?=\s*(?:[.,;:!?)]|$)(?!\d)|\s+(?:{_SUBJECT}|e|ou|que|quando|em|n[oa]|para|com|contra|[oa])(?!\w))){_YEAR_END}"
    rf"|\s+(?P<dei>{_DEICTIC_YEAR})(?!\w)"
    rf"|(?P<of_year>\s+do\s+ano)?(?!\w|\s+d[eoa]s?\s|\s*[-/]?\s*\d|\s+(?:fiscal|letivo|lectivo|escolar|acad[eê]mico|agr[ií]cola|judicial)\b))",
    fuzzy=True,
    needs=(rf"(?:{_alt(YEAR_PARTS)})",),
)
def _h_year_part(m: re.Match, text: str) -> _Val | None:
    size = YEAR_PARTS[word_key(m["u"])]
    word = word_key(m["o"])
    last = word in ("último", "ultimo")
    order = 12 // size if last else ORDINALS.get(word) or int(word[0])
    if order > 12 // size:
        return None  # "quarto semestre": a course's fourth term, not a part of the year
    first = (order - 1) * size + 1
    q = _qual(m)
    if m["yy"]:  # "no primeiro semestre de 94": the century as a two-digit year alone takes it
        return _Val(relative=True, granularity="month", rel=("short_year_months", int(m["yy"]), (first, first + size - 1), q))
    if m["y"]:
        y = int(m["y"])
        return _interval(f"{y:04d}-{first:02d}", f"{y:04d}-{first + size - 1:02d}", "month", q)
    det = (m["det"] or "").lower()
    if m["dei"] or det.startswith(("est", "nest")) or (last and not m["of_year"]):
        return _unnormalized(relative=True, granularity="month", qualifier=q, note="deictic")
    if det.startswith(("ess", "ness")):
        return _unnormalized(relative=True, granularity="month", qualifier=q)  # "nesse primeiro semestre": anaphoric
    return _interval(f"--{first:02d}", f"--{first + size - 1:02d}", "month", q)  # the anchor's year


# Seasons: "no inverno de 1920", "na primavera de 1919", "no inverno de 1919-1920".
@_rule(
    "season",
    rf"(?:[oa]\s+)?(?P<s>primavera|ver[aã]o|outono|inverno)\s+de\s+(?P<y>{YEAR})"
    rf"(?:\s*[/-]\s*(?P<y2>{YEAR}|\d\d))?{_YEAR_END}",
    fuzzy=True,
    needs=(rf"(?:primavera|ver[aã]o|outono|inverno)\s+de\s+{YEAR}",),
)
def _h_season(m: re.Match, text: str) -> _Val | None:
    first, last = SEASONS[word_key(m["s"])]
    y = int(m["y"])
    if first > last:  # winter: December of the previous year to February
        if m["y2"]:
            y2 = int(m["y2"]) if len(m["y2"]) == 4 else y // 100 * 100 + int(m["y2"])
            if y2 != y + 1:
                return None
            y = y2
        return _interval(f"{y - 1:04d}-12", f"{y:04d}-02", "season", _qual(m))
    if m["y2"]:
        return None
    return _interval(f"{y:04d}-{first:02d}", f"{y:04d}-{last:02d}", "season", _qual(m))
