"""Rules for times of day (``às 19h30``), durations (``durante três anos``) and frequencies."""

from __future__ import annotations

import re

from teia.extract.timex.lexicon import DAY_PART, NUM, WEEKDAY_SHORT, WEEKDAY_WORD, WEEKDAYS
from teia.extract.timex.rules import _Rule, rule_maker
from teia.extract.timex.values import _Val, _fuzzy_qualifier, _unnormalized

RULES: list[_Rule] = []
_rule = rule_maker(RULES)


# Times of day ------------------------------------------------------------------------

def _clock() -> _Val:
    """A time of day, not normalized (the records have no time granularity); marked so that the day
    after it joins it (``às 13h de ontem``, :func:`.scan.find_times`)."""
    return _unnormalized(extra={"clock": True})


_HW = r"(?:uma|duas|tr[eê]s|quatro|cinco|seis|sete|oito|nove|dez|onze|doze)"
_HOUR_PREP = r"(?:(?:at[eé]\s+)?[àa]s?|pelas|das|desde\s+as|entre\s+as|por\s+volta\s+das?|antes\s+das?|depois\s+das?|a\s+partir\s+das?)"
_PART_OF_DAY = rf"\s+da\s+{DAY_PART}"  # "às 8 da manhã", "às 11h da noite"


@_rule(
    "time",
    r"(?:" + _HOUR_PREP + r"\s+)?(?:"
    r"(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d(?:\s?m(?:in)?)?)?(?:\s*(?:/|-|às|e\s+as|a)\s*(?:[01]?\d|2[0-3])\s?h(?:\s?[0-5]\d)?)?"
    r"(?:\s+horas)?(?:" + _PART_OF_DAY + r")?"
    r"|(?:[01]?\d|2[0-3])(?:\s+horas)?" + _PART_OF_DAY +
    r"|(?:[01]?\d|2[0-3])[:.][0-5]\d\s*(?:h\b|horas)"
    r"|(?:[01]?\d|2[0-3]):[0-5]\d(?::[0-5]\d)?(?![:\d])"
    r"|(?<=à\s)uma(?:\s+hora|(?:\s+e\s+(?:meia|um\s+quarto))?\s+da\s+(?:manh[aã]|tarde|noite|madrugada))"
    r"|(?<=[àa]s\s)" + _HW + r"(?:\s+horas)?(?:\s+e\s+(?:meia|um\s+quarto|\d{1,2}))?(?:\s+da\s+(?:manh[aã]|tarde|noite|madrugada))?"
    r"|(?:[01]?\d|2[0-3])\s+horas(?:\s+e\s+[0-5]?\d\s+minutos)?(?:" + _PART_OF_DAY + r")?"
    r"|meio-dia|meia-noite)",
    prep=False,
    needs=(rf"\d\s?h|\d[:.][0-5]\d|\d\s+horas|\d\s+da\s+(?:manh|tarde|noite|madrugada)|à\suma|[àa]s\s{_HW}|meio-dia|meia-noite",),
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
    if re.fullmatch(r"\d+" + _PART_OF_DAY, low):
        return None  # "o capítulo 8 da manhã": a bare number is an hour after "às", "pelas"...
    if not re.match(_HOUR_PREP, s, re.I) and re.fullmatch(r"(?:meio-dia|meia-noite|\d+:\d\d:\d\d)", low):
        return None  # "2:08:45" alone is a race's time, "às 08:46:45" a time of day
    return _clock()


# Midnight written as the day's 24th hour, after "às" or as the end of a range: "até às 24h",
# "a partir das 24h00", "das 19h às 24h". Not after a bare "até" nor "em" ("entrega em até 24h",
# "com 24h de antecedência": a span of hours).
_MIDNIGHT_24 = r"24\s?h(?:00)?"


@_rule(
    "midnight_24",
    rf"(?:(?:at[eé]\s+)?[àa]s|(?:a\s+partir|antes|depois)\s+das)\s+{_MIDNIGHT_24}",
    prep=False,
    needs=(r"24\s?h",),
)
def _h_midnight_24(m: re.Match, text: str) -> _Val | None:
    return _clock()


# An hour range as one interval: "entre as 9 e as 18 horas", "das 9 às 18h", "das 09:30 às 16:45
# horas", "desde as 8 até às 20 horas". The first hour may be bare, as the unit after the second
# one is said once for both; the second must have its "h", "horas", minutes or part of the day
# ("entre as 8 e as 10 da manhã"); without them it is no hour ("das 9 às 18 páginas").
_CLOCK = r"(?:[01]?\d|2[0-3])(?:\s?h(?:\s?[0-5]\d)?|[:.][0-5]\d(?:\s*h\b)?)?"


@_rule(
    "time_range",
    rf"(?:entre\s+as\s+{_CLOCK}(?:\s+horas)?\s+e\s+as"
    rf"|(?:das|desde\s+as)\s+{_CLOCK}(?:\s+horas)?\s+(?:às|at[eé]\s+[àa]s)"
    rf")\s+(?:{_MIDNIGHT_24}|(?:[01]?\d|2[0-3])(?:(?:\s?h(?:\s?[0-5]\d)?(?:\s+horas)?|[:.][0-5]\d\s*(?:h\b|horas)|\s+horas)(?:{_PART_OF_DAY})?"
    rf"|{_PART_OF_DAY}))",
    prep=False,
    needs=(r"(?:das|entre\s+as|desde\s+as)\s+\d",),
)
def _h_time_range(m: re.Match, text: str) -> _Val | None:
    return _clock()


# Noon and midnight after the preposition that makes them a time: "ao meio-dia", "por volta do
# meio-dia", "pela meia-noite", "até à meia-noite" ("à meia-noite" and "depois das" forms are the
# rule ``time``'s too). Not capitalized in a title ("Um Leão ao Meio-Dia"), nor "meio dia" written
# apart before "de" ("pelo meio dia de trabalho": half a day).
_NEAR = r"(?:por\s+volta|(?:(?:pouco|logo|muito)\s+)?(?:antes|depois)|perto|cerca|a\s+partir)"


@_rule(
    "noon",
    rf"(?:(?:(?:at[eé]\s+)?ao|at[eé]\s+o|pelo|{_NEAR}\s+do|desde\s+o|(?:(?:pouco|logo)\s+)?ap[oó]s\s+o)\s+(?P<w>meio[-\s]dia)"
    rf"|(?:(?:at[eé]\s+)?[àa]|pela|{_NEAR}\s+da|desde\s+a|(?:(?:pouco|logo)\s+)?ap[oó]s\s+a)\s+(?P<w2>meia[-\s]noite))",
    prep=False,
    needs=(r"meio[-\s]dia|meia[-\s]noite",),
)
def _h_noon(m: re.Match, text: str) -> _Val | None:
    word = m["w"] or m["w2"]
    if word[0].isupper() and not re.search(r"(?:^|[.!?:]\s*)$", text[:m.start()]):
        return None  # a title's words: "Um Leão ao Meio-Dia"
    if " " in word and re.match(r"\s+d[eoa]s?\s", text[m.end():]):
        return None  # "meio dia de trabalho": half a day
    return _clock()


# A part of the day alone, a time of day as "às 8 da manhã" is: "de manhã", "à noite", "pela
# manhã", "de madrugada", "durante a noite", "na madrugada", "até o fim da tarde", "ao cair da
# noite", "nas primeiras horas da manhã", "nesse fim de tarde". Not "a noite" or "na noite" alone
# (the night as a noun: "passaram a noite", "a noite paulista"), nor capitalized in a title
# ("Educação pela Noite"). Not normalized; the fuzzy part's qualifier kept. Before its day ("na
# noite de 15 de março", "no fim da tarde do dia 31") :func:`.scan.find_times` joins the two.
_DAY_PART_PREP = r"(?:de|pela|à|durante\s+a|(?:logo|cedo|bem)\s+de|at[eé]\s+a)"
_DAY_PART_FUZZ = r"(?:fim|final|in[ií]cio|come[cç]o|meio)\s+da"
DAY_PART_BEFORE = rf"(?:(?:n|d|pel)?[oa]|à|ao|de|pela|durante\s+a)\s+(?:{_DAY_PART_FUZZ}\s+)?(?-i:{DAY_PART})"
"""A part of the day (in lower case) that the day after it, opened by ``de``/``do``/``da``, takes
in: ``na noite de 15 de março``, ``na madrugada do último sábado`` (:func:`.scan.find_times`)."""


@_rule(
    "day_part",
    rf"(?:{_DAY_PART_PREP}\s+(?P<w>{DAY_PART})"
    rf"|(?:(?:(?:n|a|pel|d)?[oa]|ao)\s+)?(?P<fz>{_DAY_PART_FUZZ})\s+(?P<w2>{DAY_PART})"
    rf"|(?:(?:n|d)?(?:[oa]s?|est[ea]|ess[ea]|aquel[ea])\s+)?(?P<fz2>fim|fins|finais|final)\s+de\s+(?P<w3>tarde|noite)"
    rf"|ao\s+cair\s+da\s+(?P<w4>tarde|noite)"
    rf"|(?:n|d|pel)?as\s+(?:primeiras|[uú]ltimas)\s+horas\s+da\s+(?P<w5>{DAY_PART})"
    rf"|na\s+(?P<w6>madrugada))"
    r"(?![-\w]|\s+(?:seguinte|anterior|inteira|tod[oa])\b)",
    needs=(r"manh|tarde|noite|madrugada",),
)
def _h_day_part(m: re.Match, text: str) -> _Val | None:
    word = next(w for w in (m["w"], m["w2"], m["w3"], m["w4"], m["w5"], m["w6"]) if w)
    if word[0].isupper():
        return None  # a title's words: "Educação pela Noite", "Viagem ao Fim da Noite"
    return _Val(normalized=False, qualifier=_fuzzy_qualifier(m["fz"] or m["fz2"]), extra={"day_part": True})


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
    needs=(r"\s(?:segundo|minuto|hora|dia|semana|m[eê]s|ano|d[eé]cada|s[eé]culo|mil[eé]nio|tempo|per[ií]odo)|tod[oa]",),
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
    needs=(r"h[aá]\s",),
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
    needs=(
        r"tod[oa]|(?:anual|mensal|semanal|di[aá]ria|quotidiana|cotidiana|frequente|bienal|trimestral|semestral|rara)mente"
        rf"|vez|fre(?:q|qü|qu)|por\s+(?:dia|semana|m[eê]s|ano)|cada|de\s+(?:{NUM})\s+em",
    ),
)
def _h_frequency(m: re.Match, text: str) -> _Val | None:
    s = m.group(0).lower()
    if s.endswith("vezes") and re.match(r"\s+(?:mais|maior|menor|superior|inferior|menos)\b", text[m.end():]):
        return None
    if re.fullmatch(r"tod[oa]s\s+[oa]s\s+vezes", s) and re.match(r"\s+que\b", text[m.end():]):
        return None
    return _Val(kind="frequency", normalized=False)


# Weekdays in the plural, a weekly habit: "aos domingos", "às segundas-feiras", "nas terças e
# quintas", "aos sábados, domingos, segundas e quartas"; a range of weekdays, "de segunda a
# sexta", "das segundas às sextas feiras"; and the weekends, "aos fins de semana", "nos fins-de-semana". A plural stem without "-feiras" ("nas quartas") only
# in a list of days: alone it is as often the quarter-finals ("nas quartas", "quartas-de-final").
_DAYS = WEEKDAYS


@_rule(
    "weekly",
    rf"(?:(?:tod[oa]s\s+[oa]s|aos|às|n[oa]s|pel[oa]s)\s+{_DAYS}(?:\s*(?:,|\be\b|\bou\b)\s*(?:(?:aos|às|n[oa]s)\s+)?{_DAYS}){{0,6}}"
    rf"|(?:de|d[oa]s?)\s+(?:{_DAYS}|{WEEKDAY_WORD})\s+(?:a|[àa]s?|ao|at[eé])\s+(?:{_DAYS}|{WEEKDAY_SHORT})"
    r"|(?:aos|nos|em|pelos|tod[oa]s\s+os)\s+(?:fins|finais)(?:-de-|\s+de\s+)semana)",
    prep=False,
    needs=(r"domingo|s[aá]bado|segunda|ter[cç]a|quarta|quinta|sexta|semana",),
)
def _h_weekly(m: re.Match, text: str) -> _Val | None:
    days = re.findall(r"domingos?|s[aá]bados?|(?:segunda|ter[cç]a|quarta|quinta|sexta)s?(?:[-\s]feiras?)?", m.group(0), re.I)
    if len(days) == 1 and not re.search(r"feiras|domingos|s[aá]bados", days[0], re.I):
        return None  # "nas quartas", "às sextas": the quarter-finals as often as a day
    ranged = re.match(r"d[eoa]s?\s", m.group(0), re.I) is not None
    if ranged and re.match(r"\s+(?:d[aeo]|n[ae]|dest[ae]|dess[ae]|nest[ae]|ness[ae])\s+(?:semana|m[eê]s)\b|\s+(?:passad[oa]|que\s+vem|seguinte)", text[m.end():], re.I):
        return None  # "de terça a quinta-feira da semana que vem": those days once, no habit
    return _Val(kind="frequency", normalized=False)
