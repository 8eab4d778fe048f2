"""Portuguese temporal expressions: recognition and normalization by rules (no spaCy).

:func:`find_times` reads raw text (European or Brazilian Portuguese) and returns
:class:`~teia.extract.records.TimeExpression` records in document order. Nothing here needs a
model or a pipeline; :mod:`teia.extract.temporal` wraps it as the ``teia_time`` spaCy component
and the graph side may import :func:`xsd_type` without importing spaCy.

Conventions (see also ``docs/quality.md``):

* **Surface text.** An expression includes the preposition (or preposition + article) that
  introduces it, and the article of ``década``/``anos``/``século``: ``"em janeiro de 1918"``,
  ``"no ano de 1917"``, ``"a partir do fim da década de 1930"``, ``"durante três anos"``.
* **Values.** ``"1917"``, ``"1918-01"``, ``"1917-11-07"``; a day or a month whose year is not in
  the expression keeps a truncated ISO value (``"--11-07"``, ``"--12"``) rather than a guessed
  year. Intervals use ISO 8601 ``start/end`` notation with the same granularity on both sides
  (``"1919/1921"``) and set ``start``/``end``; single values have ``start == end == value``.
  Decades and centuries are intervals (``"1920/1929"``, ``"1901/2000"``); ``os anos 20`` is
  read as the 1920s. Fuzzy parts (``início``/``meados``/``fim`` of a unit) keep the whole unit as
  the interval and put ``"early"``/``"mid"``/``"late"`` in ``qualifier``; ``por volta de`` gives
  ``"approx"``.
* **Seasons** use northern-hemisphere meteorological months (spring March-May, summer
  June-August, autumn September-November, winter December-February); ``o inverno de 1920`` is
  December 1919 - February 1920 (the winter that ends in that year).
* **Old calendar.** A parenthesized note about the Julian/Gregorian calendar next to a date is
  part of the expression and is copied to ``note``; the value is the Gregorian date when the
  text gives it. A date marked only as Julian (``pelo calendário antigo``) is converted to the
  Gregorian calendar when its year is known, and left unnormalized otherwise.
* **Relative expressions** (``no ano seguinte``, ``dois anos depois``, ``naquele mês``...) are
  anchored on the nearest previous absolute date of the document (``relative=True``,
  ``anchor`` = its text). ``nos dias/nas semanas/nos meses seguintes`` (``anteriores``) are an
  approximate window after the end (before the start) of the anchor (:data:`WINDOWS`,
  ``qualifier="approx"``). Without an anchor, or with one too coarse for the unit, they keep
  their text with ``normalized=False``. Deictic expressions (``hoje``, ``no ano passado``,
  ``na sexta-feira``) depend on the unknown time of writing: ``relative=True``,
  ``normalized=False``, ``note="deictic"``.
* **Times of day** (``às 19h30``) are detected as dates with ``normalized=False`` (the records
  have no time granularity). Durations and frequencies have kind ``"duration"`` /
  ``"frequency"`` and no value.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from teia.extract.records import TimeExpression

__all__ = ["find_times", "xsd_type", "GRANULARITIES"]

GRANULARITIES = ("day", "month", "year", "season", "decade", "century")

# --------------------------------------------------------------------------------------
# Lexicon
# --------------------------------------------------------------------------------------

MONTHS = {
    "janeiro": 1,
    "fevereiro": 2,
    "março": 3,
    "abril": 4,
    "maio": 5,
    "junho": 6,
    "julho": 7,
    "agosto": 8,
    "setembro": 9,
    "outubro": 10,
    "novembro": 11,
    "dezembro": 12,
}

_UNITS = {
    "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4, "cinco": 5,
    "seis": 6, "sete": 7, "oito": 8, "nove": 9,
}
_TEENS = {
    "dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14,
    "quinze": 15, "dezasseis": 16, "dezesseis": 16, "dezassete": 17, "dezessete": 17,
    "dezoito": 18, "dezanove": 19, "dezenove": 19,
}
_TENS = {
    "vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "cinqüenta": 50,
    "sessenta": 60, "setenta": 70, "oitenta": 80, "noventa": 90,
}
NUMBER_WORDS = {**_UNITS, **_TEENS, **_TENS, "cem": 100}

DECADE_WORDS = {k: v for k, v in _TENS.items()}

SEASONS = {"primavera": (3, 5), "verão": (6, 8), "verao": (6, 8), "outono": (9, 11), "inverno": (12, 2)}

FUZZY = {
    "início": "early", "inicio": "early", "começo": "early", "comeco": "early",
    "princípio": "early", "principio": "early", "princípios": "early", "principios": "early",
    "primeira metade": "early", "meados": "mid", "metade": "mid", "meio": "mid",
    "fim": "late", "fins": "late", "final": "late", "finais": "late", "segunda metade": "late",
}


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH = rf"(?:{_alt(MONTHS)})"
_NUMW = _alt(NUMBER_WORDS)
NUM = rf"(?:\d+|(?:{_alt(_TENS)})(?:\s+e\s+(?:{_alt(_UNITS)}))?|(?:{_NUMW}))"
_YEAR = r"(?:1\d{3}|20\d{2})"
_YEAR_END = r"(?![\w%ºª°]|[.,/-]\d|\s?%|\s*a\.\s?C\.)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:\.?º|\.?°|\.?ª)?"

# Prepositions (with contracted articles) that introduce an expression and belong to it.
PREP = (
    r"(?:a\s+partir\s+d[eoa]s?|ao\s+longo\s+d[eoa]s?|por\s+volta\s+d[eoa]s?|cerca\s+d[eoa]s?"
    r"|antes\s+d[eoa]s?|depois\s+d[eoa]s?|perto\s+d[eoa]s?|aproximadamente\s+em|ap[oó]s|at[eé]"
    r"|desde|durante|para|em|n[oa]s?|d[eoa]s?|pel[oa]s?|a|à|ao)"
)
_FUZZ = (
    r"(?:(?:[oa]s?\s+)?(?:in[ií]cio|come[cç]o|princ[ií]pios?|meados|fins|fim|finais|final"
    r"|primeira\s+metade|segunda\s+metade)\s+d[eoa]s?)"
)
_APPROX_PREP = re.compile(r"^(?:por\s+volta|cerca|perto|aproximadamente)", re.I)

# Words after a bare number that make it a count, not a year.
_NOT_NOUN = {
    "as", "os", "às", "aos", "das", "dos", "nas", "nos", "pelas", "pelos", "mas", "mais",
    "menos", "pois", "depois", "antes", "apenas", "após", "através", "eles", "elas", "nós",
    "seus", "suas", "esses", "essas", "estes", "estas", "aqueles", "aquelas", "todos", "todas",
    "ambos", "ambas", "vários", "várias", "muitos", "muitas", "alguns", "algumas", "outros",
    "outras", "seis", "três", "dois", "duas", "tais", "quais", "entretanto", "assim",
}
_UNIT_AFTER = re.compile(
    r"^\s*(?:km|kg|m|cm|mm|ha|t|l|€|\$|mil|milhões|milhão|euros?|d[oó]lar(?:es)?|reais|real"
    r"|escudos?|libras?|contos|rublos?|marcos|francos|metros?|quil[oó]metros?|toneladas?"
    r"|hectares?|habitantes|homens|mulheres|pessoas|soldados|mortos|feridos|votos|vezes)(?!\w)",
    re.I,
)
_NOT_YEAR_BEFORE = re.compile(
    r"(?:\bp\.|\bpp\.|\bp[aá]g(?:ina)?s?\.?|\bn\.?\s?[ºo°]\.?|\bn[uú]mero|\bart(?:igo)?s?\.?"
    r"|\blei|\bdecreto(?:-lei)?|\bportaria|\bprocesso|\bc[oó]digo|\bkm|\bkg|R\$|US\$|€|\$|£"
    r"|\btel(?:efone)?\.?|\bisbn|\bref\.?|\bcap(?:[ií]tulo)?\.?|\bvol(?:ume)?\.?|\btomo"
    r"|\blinha|\bverso|\bsalas?|\bquartos?|\blotes?|\bc[oó]d\.?|\bfolhas?|\bfls?\.|\bquarto|\bsala|\bcasa|\bcerca\s+de"
    r"|\bmais\s+de|\bmenos\s+de|\bquase|\bexatamente|\bexactamente|\bcom|\bsomente|\bapenas"
    r"|\btotal\s+de)\s*$",
    re.I,
)


def _num_value(text: str) -> int | None:
    text = text.lower().strip()
    if text.isdigit():
        return int(text)
    total = 0
    for part in re.split(r"\s+e\s+", text):
        if part not in NUMBER_WORDS:
            return None
        total += NUMBER_WORDS[part]
    return total


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _roman(text: str) -> int | None:
    text = text.upper()
    if not text or any(c not in _ROMAN for c in text):
        return None
    total = 0
    for i, c in enumerate(text):
        v = _ROMAN[c]
        if i + 1 < len(text) and _ROMAN[text[i + 1]] > v:
            total -= v
        else:
            total += v
    return total


# --------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------


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
    return MONTHS[word.lower()]


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


# --------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------


@dataclass
class _Rule:
    name: str
    regex: re.Pattern
    handler: object
    prep: bool = True


_RULES: list[_Rule] = []


def _rule(name: str, core: str, *, prep: bool = True, fuzzy: bool = False):
    head = rf"(?<![\w/.-])(?P<prep>{PREP}\s+)?" if prep else r"(?<![\w/.-])"
    if fuzzy:
        head += rf"(?P<fz>{_FUZZ}\s+)?"
    pattern = re.compile(head + core + r"(?!\w)", re.I)

    def deco(fn):
        _RULES.append(_Rule(name, pattern, fn, prep))
        return fn

    return deco


def _qual(m: re.Match) -> str:
    fz = m.groupdict().get("fz")
    q = _fuzzy_qualifier(fz)
    prep = m.groupdict().get("prep") or ""
    if not q and _APPROX_PREP.match(prep):
        q = "approx"
    return q


_NOTE = (
    r"\((?P<{name}>[^()]{{0,80}}?(?:calend[aá]rio|estilo\s+(?:antigo|novo)|velho\s+estilo"
    r"|novo\s+estilo)[^()]{{0,40}})\)"
)


def _note_date(note: str) -> tuple[int, int, int | None, str] | None:
    """A date inside an old-calendar note and which calendar it is in."""
    m = re.search(rf"({_DAY}){_ORD}\s+de\s+({_MONTH})(?:\s+de\s+({_YEAR}))?", note, re.I)
    cal = "julian" if re.search(r"juliano|antigo|velho", note, re.I) else "gregorian"
    if not m:
        return None
    return int(m.group(1)), _month(m.group(2)), int(m.group(3)) if m.group(3) else None, cal


# Full dates: "7 de novembro de 1917", "1º de maio", old-calendar notes.
@_rule(
    "date",
    rf"(?:(?:o\s+)?dia\s+)?(?P<d>{_DAY}){_ORD}\s+de\s+(?P<m>{_MONTH})"
    rf"(?:\s*{_NOTE.format(name='n1')})?(?:\s*,?\s+de\s+(?P<y>{_YEAR})(?!\d))?"
    rf"(?:\s*{_NOTE.format(name='n2')})?",
    fuzzy=True,
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
@_rule("numeric", rf"(?P<d>{_DAY})(?P<s>[/.-])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<y>{_YEAR})(?![\d/.-]\d)")
def _h_numeric(m: re.Match, text: str) -> _Val | None:
    v = _ymd(int(m["y"]), int(m["m"]), int(m["d"]))
    return _single(v, "day", _qual(m)) if v else None


@_rule("iso", rf"(?P<y>{_YEAR})-(?P<m>1[0-2]|0[1-9])-(?P<d>3[01]|[12]\d|0[1-9])(?![\d-])")
def _h_iso(m: re.Match, text: str) -> _Val | None:
    v = _ymd(int(m["y"]), int(m["m"]), int(m["d"]))
    return _single(v, "day", _qual(m)) if v else None


# Day/month without year, only after a clearly temporal word: "até 16/4", "dia 7/11".
@_rule(
    "daymonth",
    rf"(?P<pp>at[eé]|desde|(?:n?o\s+)?dia|a\s+partir\s+de)\s+(?P<d>{_DAY})/(?P<m>1[0-2]|0?[1-9])(?![/\d])",
    prep=False,
)
def _h_daymonth(m: re.Match, text: str) -> _Val | None:
    v = _ymd(None, int(m["m"]), int(m["d"]))
    return _single(v, "day") if v else None


# Month and year: "janeiro de 1918", "no início de janeiro de 1918", "o mês de maio de 1920".
@_rule(
    "month_year",
    rf"(?:(?:[oa]\s+)?m[eê]s\s+de\s+)?(?P<m>{_MONTH})\s*,?\s+(?:de\s+)?(?P<y>{_YEAR}){_YEAR_END}",
    fuzzy=True,
)
def _h_month_year(m: re.Match, text: str) -> _Val | None:
    v = _ymd(int(m["y"]), _month(m["m"]))
    return _single(v, "month", _qual(m))


# Day of the month alone: "no dia 10", "entre os dias 2 e 6" (month and year from the anchor).
@_rule(
    "day_of_month",
    rf"(?:(?:[oa]s?\s+)?dia\s+(?P<d>{_DAY}){_ORD}|(?:entre\s+os|dos|nos|os)\s+dias\s+(?P<d1>{_DAY})\s+(?:e|a)\s+(?P<d2>{_DAY}))"
    rf"(?!\s*(?:de\s+(?:{_MONTH})|[/.]\d|\d|\s*(?:horas|h\b|:)))",
)
def _h_day_of_month(m: re.Match, text: str) -> _Val | None:
    if m["d"]:
        return _Val(relative=True, granularity="day", rel=("day_of_month", int(m["d"]), int(m["d"]), ""))
    a, b = int(m["d1"]), int(m["d2"])
    if b <= a:
        return None
    return _Val(relative=True, granularity="day", rel=("day_of_month", a, b, ""))


# Slash forms with a month name: "abril/2000", "12/Julho/2007".
@_rule("slash_month", rf"(?:(?P<d>{_DAY})/)?(?P<m>{_MONTH})/(?P<y>{_YEAR})(?![\d/])")
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
)
def _h_month_relyear(m: re.Match, text: str) -> _Val | None:
    mo = _month(m["m"])
    if m["ana"]:
        n = 1 if "seguinte" in m["ana"].lower() else -1 if "anterior" in m["ana"].lower() else 0
        return _Val(relative=True, granularity="month", rel=("month_of_year", mo, n, _qual(m)))
    return _single(_ymd(None, mo), "month", _qual(m), note="deictic year")


# Bare month: "em dezembro", "a partir de julho" (needs a preposition, see _accept).
@_rule("month", rf"(?:(?:[oa]\s+)?m[eê]s\s+de\s+)?(?P<m>{_MONTH})", fuzzy=True)
def _h_month(m: re.Match, text: str) -> _Val | None:
    return _single(_ymd(None, _month(m["m"])), "month", _qual(m))


# Year ranges: "de 1919 a 1921", "entre 1919 e 1921", "1919-1921", "1919–21".
@_rule(
    "year_range",
    rf"(?:(?P<rp>entre)\s+(?:(?:os\s+)?anos\s+(?:de\s+)?)?(?P<y1>{_YEAR})\s+(?:e|a)\s+(?P<y2>{_YEAR})"
    rf"|(?P<y5>{_YEAR})/(?P<y6>{_YEAR}|\d\d)"
    rf"|(?:(?P<rp2>de|desde)\s+)?(?P<y3>{_YEAR})\s*(?:[-–—]|\s(?:a|at[eé])\s)\s*"
    rf"(?P<y4>{_YEAR}|\d\d)){_YEAR_END}",
    prep=False,
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
    rf"(?:de|entre)\s+(?P<m1>{_MONTH})(?:\s+de\s+(?P<y1>{_YEAR}))?\s+(?:a|at[eé]|e)\s+"
    rf"(?P<m2>{_MONTH})(?:\s+de\s+(?P<y2>{_YEAR}))?",
    prep=False,
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
    rf"(?:\s+de\s+(?P<m1>{_MONTH})(?:\s+de\s+(?P<y1>{_YEAR}))?)?\s+(?:a|at[eé]|e)\s+"
    rf"(?:o\s+dia\s+)?(?P<d2>{_DAY}){_ORD}\s+de\s+(?P<m2>{_MONTH})(?:\s+de\s+(?P<y2>{_YEAR}))?",
    prep=False,
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
    rf"(?:(?:[oa]\s+)?ano\s+de\s+)?(?P<y>{_YEAR}){_YEAR_END}(?P<ad>\s+d\.\s?C\.)?",
    fuzzy=True,
)
def _h_year(m: re.Match, text: str) -> _Val | None:
    return _single(m["y"], "year", _qual(m))


# Decades: "a década de 1920", "década de 20", "os anos 20", "nos anos 1920", "anos vinte".
@_rule(
    "decade",
    rf"(?:(?:[oa]s?\s+)?(?:primeira|segunda)\s+metade\s+d[ao]s?\s+)?"
    rf"(?:(?:[oa]s?\s+)?d[eé]cada\s+de\s+(?P<dy>1\d{{2}}0|20\d0|[1-9]0)"
    rf"|(?:os\s+)?anos\s+(?:(?P<ay>1\d{{2}}0|20\d0|[1-9]0)|(?P<aw>{_alt(DECADE_WORDS)})))"
    r"(?!\s+(?:de\s+idade|anos))",
    fuzzy=True,
)
def _h_decade(m: re.Match, text: str) -> _Val | None:
    raw = m["dy"] or m["ay"]
    if raw:
        n = int(raw)
        start = n if n >= 1000 else 1900 + n
    else:
        start = 1900 + DECADE_WORDS[m["aw"].lower()]
    q = _qual(m)
    half = re.search(r"(primeira|segunda)\s+metade", m.group(0), re.I)
    if half and not q:
        q = "early" if half.group(1).lower() == "primeira" else "late"
    return _interval(f"{start:04d}", f"{start + 9:04d}", "decade", q)


# Centuries: "no século XX", "do séc. XIX", "no início do século XX", "século vinte e um".
@_rule(
    "century",
    rf"(?:[oa]s?\s+)?(?:(?:primeira|segunda)\s+metade\s+do\s+)?s[eé]c(?:ulo|\.)\s+"
    rf"(?P<c>[IVXLC]+|\d{{1,2}}|{NUM})(?P<bc>\s+(?:a\.\s?C\.|antes\s+de\s+cristo))?",
    fuzzy=True,
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


# Seasons: "no inverno de 1920", "na primavera de 1919", "no inverno de 1919-1920".
@_rule(
    "season",
    rf"(?:[oa]\s+)?(?P<s>primavera|ver[aã]o|outono|inverno)\s+de\s+(?P<y>{_YEAR})"
    rf"(?:\s*[/-]\s*(?P<y2>{_YEAR}|\d\d))?{_YEAR_END}",
    fuzzy=True,
)
def _h_season(m: re.Match, text: str) -> _Val | None:
    first, last = SEASONS[m["s"].lower()]
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


# Anchored relative expressions -------------------------------------------------------

_UNIT = r"(?P<u>anos?|m[eê]s(?:es)?|dias?|semanas?)"


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
)
def _h_rel_next(m: re.Match, text: str) -> _Val | None:
    if m["ve"]:
        return _Val(relative=True, granularity="day", rel=("shift", "day", -1, ""))
    n = -1 if m["dir"].lower() in ("anterior", "precedente") else 1
    u = _unit(m["u"])
    return _Val(relative=True, granularity="day" if u == "week" else u, rel=("shift", u, n, ""))


@_rule(
    "rel_same",
    rf"(?:(?:[oa]\s+)?mesm[oa]\s+{_UNIT}|(?:n|d)?(?:aquel|ess|est)[ea]\s+(?:mesm[oa]\s+)?{_UNIT.replace('<u>', '<u2>')})",
    fuzzy=True,
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


@_rule("rel_fuzzy_unit", rf"(?P<fz2>{_FUZZ})\s+(?P<u>ano|m[eê]s|semana)(?!\s+d[eoa]s?\s)")
def _h_rel_fuzzy_unit(m: re.Match, text: str) -> _Val | None:
    q = _fuzzy_qualifier(m["fz2"])
    u = _unit(m["u"])
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
)
def _h_rel_vague(m: re.Match, text: str) -> _Val | None:
    return _unnormalized(relative=True, rel=("vague", "", 0, ""))


# Deictic expressions (depend on the unknown time of writing) -------------------------


@_rule(
    "deictic",
    r"(?:hoje(?:\s+em\s+dia)?|ontem|anteontem|amanh[aã]|depois\s+de\s+amanh[aã]"
    r"|(?:[oa]\s+)?(?:ano|m[eê]s|semana|s[eé]culo)\s+(?:passad[oa]|que\s+vem)"
    r"|(?:[oa]\s+)?(?:pr[oó]xim[oa]|[uú]ltim[oa])\s+(?:ano|m[eê]s|semana|d[eé]cada|s[eé]culo)"
    r"|est[ea]\s+(?:s[aá]bado|domingo|(?:segunda|ter[cç]a|quarta|quinta|sexta)-feira)"
    r"|(?:[oa]s\s+)?(?:[uú]ltim[oa]s|pr[oó]xim[oa]s)\s+(?:(?:" + NUM + r")\s+)?(?:anos|meses|dias|semanas|d[eé]cadas)"
    r"|(?:[oa]\s+)?(?:segunda|ter[cç]a|quarta|quinta|sexta)-feira(?:\s+passada)?"
    r"|(?:(?<=no\s)|(?<=ao\s)|(?<=o\s))(?:s[aá]bado|domingo)"
    r"|neste\s+momento|(?:muito|pouco|algum)\s+tempo\s+atr[aá]s"
    r"|(?:" + NUM + r"|alguns|algumas|poucos|v[aá]rios|muitos)\s+(?:anos|meses|dias|semanas|d[eé]cadas|s[eé]culos|ano|m[eê]s|dia)\s+atr[aá]s)",
)
def _h_deictic(m: re.Match, text: str) -> _Val | None:
    return _unnormalized(relative=True, note="deictic")


@_rule("deictic_this", r"(?:est[ea])\s+(?:ano|m[eê]s|semana)", prep=False)
def _h_deictic_this(m: re.Match, text: str) -> _Val | None:
    return _unnormalized(relative=True, note="deictic")


# Times of day ------------------------------------------------------------------------

_HW = r"(?:uma|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove|dez|onze|doze)"
_HOUR_PREP = r"(?:(?:at[eé]\s+)?[àa]s?|pelas|das|desde\s+as|por\s+volta\s+das?|antes\s+das?|depois\s+das?|a\s+partir\s+das?)"


@_rule(
    "time",
    r"(?:" + _HOUR_PREP + r"\s+)?(?:"
    r"(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d(?:\s?m(?:in)?)?)?(?:\s*(?:/|-|às|e\s+as|a)\s*(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d)?)?"
    r"|(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:h\b|horas)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?![:\d])"
    r"|(?<=à\s)uma(?:\s+hora|(?:\s+e\s+(?:meia|um\s+quarto))?\s+da\s+(?:manh[aã]|tarde|noite|madrugada))"
    r"|(?<=[àa]s\s)" + _HW + r"(?:\s+horas)?(?:\s+e\s+(?:meia|um\s+quarto|\d{1,2}))?(?:\s+da\s+(?:manh[aã]|tarde|noite|madrugada))?"
    r"|(?:[01]?\d|2[0-3])\s+horas(?:\s+e\s+[0-5]?\d\s+minutos)?"
    r"|meio-dia|meia-noite)",
    prep=False,
)
def _h_time(m: re.Match, text: str) -> _Val | None:
    s = m.group(0)
    low = s.lower()
    if re.search(r"\d", s) is None and not re.search(r"da\s+(manh|tarde|noite|madrug)|horas?|meio-dia|meia-noite", low):
        # "às nove" alone: only when nothing word-like follows ("às duas irmãs")
        after = text[m.end():m.end() + 20]
        if re.match(r"\s+[a-zà-ú]", after) and not re.match(r"\s+(?:e|ou|mas|em|no|na|de|do|da|para|com|quando|já)\b", after):
            return None
    if re.fullmatch(r"(?:[01]?\d|2[0-3])\s+horas", low):
        return None  # "24 horas" is usually a duration
    if not re.match(_HOUR_PREP, s, re.I) and re.fullmatch(r"(?:meio-dia|meia-noite)", low):
        return None
    return _unnormalized()


# Durations ---------------------------------------------------------------------------

_DUR_UNIT = r"(?:segundos?|minutos?|horas?|dias?|semanas?|m[eê]s(?:es)?|anos?|d[eé]cadas?|s[eé]culos?|mil[eé]nios?)"
_QTY = (
    r"(?:(?:cerca\s+de|mais\s+de|menos\s+de|quase|apenas|s[oó]|uns|umas|pelo\s+menos|aproximadamente)\s+)?"
    rf"(?:{NUM}|v[aá]rios|v[aá]rias|alguns|algumas|muitos|muitas|poucos|poucas|longos|longas|largos|largas|diversos|diversas)"
)


@_rule(
    "duration",
    r"(?:(?:durante|por|h[aá]|em|pelo\s+per[ií]odo\s+de|ao\s+longo\s+de|em\s+apenas|em\s+menos\s+de|dentro\s+de|ao\s+fim\s+de|no\s+prazo\s+de)"
    rf"\s+(?:{_QTY}\s+{_DUR_UNIT}|tod[oa]s?\s+[oa]s?\s+{_DUR_UNIT}|(?:muito|pouco|algum|bastante)\s+tempo)"
    r"|durante\s+(?:anos|meses|d[eé]cadas|s[eé]culos|semanas|dias|horas)"
    r"|tod[oa]\s+[oa]\s+(?:dia|noite|ano|m[eê]s|semana|manh[aã]|tarde)"
    r"|(?:[oa]\s+)?(?:dia|ano|m[eê]s|noite)\s+tod[oa]"
    rf"|(?:{NUM})\s+(?:anos|meses|dias|semanas)\s+(?:seguidos|consecutivos|a\s+fio)"
    r"|por\s+(?:longo|largo|pouco|breve)\s+(?:tempo|per[ií]odo)"
    rf"|(?P<bare>{_QTY}\s+{_DUR_UNIT}))",
    prep=False,
)
def _h_duration(m: re.Match, text: str) -> _Val | None:
    if m["bare"]:
        before = text[max(0, m.start() - 25):m.start()].lower()
        after = text[m.end():m.end() + 12].lower()
        if re.search(r"(?:\bcom|\btinha|\btem|\bteria|\btenho|\bt[eê]m|\btinham|\baos|\bde|\bdos|\bcompletou|\bcompletar|\bfez|\bfaz|\bfazer|\bidade|\bh[aá]|\bem|\bos|\bas|\bpor|\bdurante|\bnos|\bnas|\bpara)\s*$", before):
            return None
        if re.match(r"\s*(?:de\s+idade|atr[aá]s|depois|antes|mais\s+tarde|ap[oó]s|d[eoa]s?\b|anos\b)", after):
            return None
        if re.fullmatch(r"(?:um|uma)\s+\w+", m["bare"].strip().lower()):
            return None  # "um dia" is too often "one day" (some day)
    if re.match(r"h[aá]\s+", m.group(0), re.I) and re.match(r"\s+atr[aá]s", text[m.end():], re.I):
        return None  # "há três anos atrás" is a (deictic) date
    return _Val(kind="duration", normalized=False)


@_rule(
    "duration_since",
    r"h[aá]\s+(?:anos|meses|d[eé]cadas|s[eé]culos|dias|semanas|muito\s+tempo|pouco\s+tempo|algum\s+tempo|bastante\s+tempo)",
    prep=False,
)
def _h_duration_since(m: re.Match, text: str) -> _Val | None:
    if re.match(r"\s+atr[aá]s", text[m.end():]):
        return None
    return _Val(kind="duration", normalized=False)


# Frequencies -------------------------------------------------------------------------

_FREQ_UNIT = (
    r"(?:dias|anos|meses|semanas|noites|manh[aã]s|tardes|domingos|s[aá]bados|segundas|ter[cç]as"
    r"|quartas|quintas|sextas|invernos|ver[oõ]es|primaveras|outonos|vezes)"
)


@_rule(
    "frequency",
    rf"(?:tod[oa]s\s+[oa]s\s+{_FREQ_UNIT}|tod[oa]\s+(?:dia|ano|m[eê]s|semana|noite|manh[aã]|tarde)"
    r"|(?:anual|mensal|semanal|di[aá]ria|quotidiana|cotidiana|frequente|bienal|trimestral|semestral|rara)mente"
    r"|(?:a\s+maior\s+parte\s+das|algumas|muitas|poucas|v[aá]rias|diversas|raras|repetidas|in[uú]meras)\s+vezes"
    r"|fre(?:q|qü|qu)entemente|com\s+fre(?:q|qü|qu)[eê]ncia|por\s+(?:dia|semana|m[eê]s|ano)(?!\s+d[eoa]s?\s)(?!\w)"
    r"|[àa]s\s+vezes|por\s+vezes|de\s+vez\s+em\s+quando|(?:uma|duas|tr[eê]s|\d+)\s+vez(?:es)?\s+(?:por|a\s+cada|ao|cada)\s+(?:dia|semana|m[eê]s|ano|d[eé]cada|s[eé]culo)"
    r"|(?:por\s+)?(?:duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove|dez|\d+)\s+vezes"
    rf"|(?:a\s+)?cada\s+(?:(?:{NUM})\s+)?(?:dias?|anos?|m[eê]s(?:es)?|semanas?|d[eé]cadas?)"
    rf"|de\s+(?:{NUM})\s+em\s+(?:{NUM})\s+(?:dias|anos|meses|semanas))",
    prep=False,
)
def _h_frequency(m: re.Match, text: str) -> _Val | None:
    s = m.group(0).lower()
    if s.endswith("vezes") and re.match(r"\s+(?:mais|maior|menor|superior|inferior|menos)\b", text[m.end():]):
        return None
    if re.fullmatch(r"tod[oa]s\s+[oa]s\s+vezes", s) and re.match(r"\s+que\b", text[m.end():]):
        return None
    return _Val(kind="frequency", normalized=False)


# --------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------

_WEAK_PREPS = {"a", "à", "ao", "de", "do", "da", "dos", "das", "para", "por", "pelo", "pela", "pelos", "pelas"}
_MONTH_NEEDS_PREP = {"em", "no", "na", "desde", "até", "ate", "para", "durante", "após", "apos"}


def _prep_word(m: re.Match) -> str:
    prep = (m.groupdict().get("prep") or "").strip().lower()
    return re.sub(r"\s+", " ", prep)


def _accept(rule: _Rule, m: re.Match, text: str, prev_end: int) -> tuple[int, bool]:
    """Check the context of a match; return (start, ok). ``start`` may drop a weak preposition."""
    start = m.start()
    before = text[max(0, start - 40):start]
    prep = _prep_word(m)
    if rule.name == "year":
        fz = m.groupdict().get("fz")
        bare = not prep and not fz and not re.match(r"(?:[oa]\s+)?ano\s+de", m.group(0), re.I)
        if _NOT_YEAR_BEFORE.search(before if not prep else text[max(0, start - 40):start]):
            if not fz and not re.match(r"(?:[oa]\s+)?ano\s+de", m.group(0), re.I) and not (prep and prep not in _WEAK_PREPS):
                return start, False
        after = text[m.end():m.end() + 30]
        if _UNIT_AFTER.match(after):
            return start, False
        weak = bare or prep in _WEAK_PREPS or prep.startswith("cerca")
        if weak:
            nxt = re.match(r"\s+([a-zà-ú]+)", after)
            if nxt and len(nxt.group(1)) >= 4 and nxt.group(1).endswith("s") and nxt.group(1) not in _NOT_NOUN:
                return start, False
        if bare and re.search(r"[\d]\s*[,;]?\s*$", before) and re.search(r"\d[\d.,]*\s*(?:,|e)\s*$", before):
            return start, False  # a list of numbers: "1917, 1918 e 1919 soldados"... keep conservative
    if rule.name == "month":
        fz = m.groupdict().get("fz")
        body = m.group(0)
        has_mes = re.search(r"m[eê]s\s+de", body, re.I)
        first = prep.split(" ")[0] if prep else ""
        if not (fz or has_mes or first in _MONTH_NEEDS_PREP or prep.startswith(("a partir", "ao longo", "antes", "depois", "por volta"))):
            if prep in ("de", "da", "do", "a", "à") and re.search(r"\b[a-zà-ú]+\s*$", before) and not re.search(r"\b(?:e|ou)\s*$", before):
                pass  # "o mês de maio", "a 25 ..." lowercase context: fine
            elif re.search(r"\b(?:e|ou|a|até)\s*$", before) and prev_end >= 0 and start - prev_end < 25:
                pass  # coordination: "em janeiro ou fevereiro"
            else:
                return start, False
        if re.search(r"[A-ZÀ-Ú]\w*\s+(?:de\s+|d[oa]\s+)?$", before) and prep in ("de", "da", "do", ""):
            return start, False  # "Revolução de Outubro", "Praça de Maio"
    if rule.name in ("year_range", "slash_month") and _NOT_YEAR_BEFORE.search(before):
        return start, False
    if rule.name == "century" and not m["c"].isupper() and not m["c"].isdigit() and _num_value(m["c"]) is None:
        return start, False
    return start, True


def _candidates(text: str) -> list[tuple[int, int, int, _Rule, re.Match]]:
    out = []
    for order, rule in enumerate(_RULES):
        for m in rule.regex.finditer(text):
            out.append((m.start(), m.end(), order, rule, m))
    return out


def find_times(
    text: str, doc_id: str = "", *, sentences: list[tuple[int, int]] | None = None
) -> list[TimeExpression]:
    """Recognize and normalize the temporal expressions of ``text``, in document order.

    ``sentences`` (``(start, end)`` offsets) only prevents an expression from crossing a
    sentence boundary; anchoring of relative expressions follows document order.
    """
    cands = _candidates(text)
    # Longest match first; among equal lengths, the earlier rule wins.
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    bounds = sorted({b for s, e in (sentences or []) for b in (s, e)})
    used = bytearray(len(text))  # 1 where an accepted expression lies
    chosen: list[tuple[int, int, _Val]] = []
    accepted_ends: list[int] = []
    for start, end, _order, rule, m in cands:
        if any(used[start:end]):
            continue
        inside = [b for b in bounds if start < b < end]
        if inside:
            # retry from the last boundary inside the match: "a\n1921" -> "1921"
            m = rule.regex.match(text, inside[-1])
            if m is None or any(m.start() < b < m.end() for b in bounds):
                continue
            start, end = m.start(), m.end()
            if any(used[start:end]):
                continue
        k = bisect.bisect_right(accepted_ends, start)
        prev_end = accepted_ends[k - 1] if k else -1
        start2, ok = _accept(rule, m, text, prev_end)
        if not ok:
            continue
        val = rule.handler(m, text)
        if val is None:
            continue
        # trailing spaces never belong to an expression
        while end > start2 and text[end - 1].isspace():
            end -= 1
        used[start2:end] = b"\x01" * (end - start2)
        bisect.insort(accepted_ends, end)
        chosen.append((start2, end, val))
    chosen.sort(key=lambda c: c[0])
    return _resolve(text, doc_id, chosen)


# --------------------------------------------------------------------------------------
# Relative expressions
# --------------------------------------------------------------------------------------


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
        completed = v.rel[:1] == ("day_of_month",)  # a completed calendar date may anchor others
        if v.normalized and v.value.startswith("--") and v.note != "deictic year" and anchor is not None:
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


# --------------------------------------------------------------------------------------
# XSD
# --------------------------------------------------------------------------------------

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
