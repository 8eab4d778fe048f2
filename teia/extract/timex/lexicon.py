"""The words and regular-expression pieces of Portuguese time expressions: months, number words,
seasons, fuzzy parts (data: ``teia/extract/data/time-words.json``, checked when read), and the
prepositions that belong to an expression (regular expressions, here)."""

from __future__ import annotations

import re
from importlib.resources import files
from pathlib import Path

from teia.extract.characters import MASCULINE_ORDINAL_SIGNS, ORDINAL_SIGNS
from teia.extract.lexicons import Table, load_lexicon

GRANULARITIES = ("day", "month", "year", "season", "decade", "century")

DATA_PATH = Path(str(files("teia") / "extract" / "data" / "time-words.json"))
_NUMBERS = Table("numbers")
SCHEMA: dict[str, Table] = {
    "months": _NUMBERS,
    "dated_months": _NUMBERS,
    "month_abbreviations": _NUMBERS,
    "units": _NUMBERS,
    "teens": _NUMBERS,
    "tens": _NUMBERS,
    "hundreds": _NUMBERS,
    "fixed_feasts": Table("ranges"),
    "movable_feasts": _NUMBERS,
    "seasons": Table("ranges"),
    "parts_of_day": Table("words"),
    "year_parts": _NUMBERS,
    "ordinals": _NUMBERS,
    "fuzzy": Table("map", ("early", "mid", "late")),
    "not_noun": Table("words"),
}
"""The tables of ``time-words.json`` and their shapes."""

_WORDS = load_lexicon("time", SCHEMA, DATA_PATH)

MONTHS: dict[str, int] = dict(_WORDS["months"])
DATED_MONTHS: dict[str, int] = dict(_WORDS["dated_months"])
"""Month names as a text without accents writes them (``marco``), read only with a day or a
year beside them (``22 de marco de 1943``): alone, ``marco`` is a landmark."""
MONTH_ABBREVIATIONS: dict[str, int] = dict(_WORDS["month_abbreviations"])
"""Three-letter months (``07 Jan 2000``), read only between a day and a year or before ``/year``."""
MONTH_FORMS: dict[str, int] = {**MONTHS, **DATED_MONTHS, **MONTH_ABBREVIATIONS}
"""Every form of a month the rules read → its number."""
STREET_ARTICLES = frozenset({"na", "da", "pela"})
"""A feminine article fused with a preposition: before a day and month without a year it is the
article of a street noun the text leaves out (``na 25 de Março``, ``os corredores da 23 de Maio``,
``perto da 23 de Maio``), a day being masculine (``no dia 25``, ``o 25 de Abril``). Not ``a`` nor ``à``, also the
preposition of a date (``chegou a 25 de Março``, ``de 29 de novembro à 6 de dezembro``). The time
rules write no date there; the entity rules keep the NER's name there (``entities._day_street``)."""
_UNITS: dict[str, int] = dict(_WORDS["units"])
_TEENS: dict[str, int] = dict(_WORDS["teens"])
_TENS: dict[str, int] = dict(_WORDS["tens"])
NUMBER_WORDS = {**_UNITS, **_TEENS, **_TENS, **_WORDS["hundreds"]}

DECADE_WORDS = dict(_TENS)

FIXED_FEASTS: dict[str, tuple[int, int]] = dict(_WORDS["fixed_feasts"])
"""Feasts on a fixed day → (month, day): ``o Natal`` is 25 December."""
MOVABLE_FEASTS: dict[str, int] = dict(_WORDS["movable_feasts"])
"""Feasts that move with Easter → days from Easter Sunday (``o Carnaval`` is 47 days before)."""
SEASONS: dict[str, tuple[int, int]] = dict(_WORDS["seasons"])
"""Season → (first, last) month, northern-hemisphere meteorological seasons."""

YEAR_PARTS: dict[str, int] = dict(_WORDS["year_parts"])
"""A part of a year → the months it holds (``semestre`` 6, ``bimestre`` 2)."""
ORDINALS: dict[str, int] = dict(_WORDS["ordinals"])
"""Ordinal words → their number (``primeiro`` 1): the order of a part of a year."""

FUZZY: dict[str, str] = dict(_WORDS["fuzzy"])
"""Fuzzy part of a unit (``início``, ``meados``, ``fim``...) → qualifier."""


def word_key(word: str) -> str:
    """A matched word as the lexicon tables spell it: in lower case as ``re.IGNORECASE`` reads it
    (the dotted and dotless i read as ``i``, the long s as ``s``, which ``str.lower`` keeps)."""
    return word.lower().replace("i\u0307", "i").replace("\u0131", "i").replace("\u017f", "s")


def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


_MONTH = rf"(?:{_alt(MONTHS)})"
DAY_PART = rf"(?:{_alt(_WORDS['parts_of_day'])})"
"""A part of the day (``manhã``, ``tarde``, ``noite``, ``madrugada``; ``time-words.json``
``parts_of_day``)."""
_DATED_MONTH = rf"(?:{_alt({**MONTHS, **DATED_MONTHS})})"  # with a day or a year beside it
_MONTH_ABBR = rf"(?:{_alt(MONTH_ABBREVIATIONS)})"
_NUMW = _alt(NUMBER_WORDS)
NUM = rf"(?:\d+|(?:{_alt(_TENS)})(?:\s+e\s+(?:{_alt(_UNITS)}))?|(?:{_NUMW}))"
YEAR = r"(?:1\d{3}|20\d{2})"
"""A year in digits, 1000 to 2099 (``1941``), as the date rules and the entity rules read it."""
_WEEKDAY_STEM = r"(?:segunda|ter[cç]a|quarta|quinta|sexta)"
WEEKDAY = rf"(?:s[aá]bado|domingo|{_WEEKDAY_STEM}-feira)"
"""A day of the week, written whole (``sábado``, ``terça-feira``)."""
WEEKDAY_SHORT = rf"(?:s[aá]bado|domingo|{_WEEKDAY_STEM}(?:-feira|(?!-|\s+[a-zà-ú])))"
"""A weekday, ``segunda`` without ``-feira`` only when no lower-case word follows (``nesta segunda
fase`` is no day)."""
WEEKDAY_WORD = rf"(?:s[aá]bado|domingo|{_WEEKDAY_STEM}(?:-feira)?)"
"""A weekday as one word, with ``-feira`` or without (``Terça``, ``Sexta-Feira``, ``Sábado``)."""
WEEKDAYS = rf"(?:domingos|s[aá]bados|{_WEEKDAY_STEM}s(?:[-\s]feiras?)?(?!-))"
"""Weekdays in the plural (``domingos``, ``segundas-feiras``, ``sextas feiras``, ``terças``), not
``quartas-de-final``."""
_YEAR_END = rf"(?![\w%{ORDINAL_SIGNS}]|[.,/-]\d|\s?%|\s*a\.\s?C\.)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = rf"(?:\.?[{ORDINAL_SIGNS}])?"

# Prepositions (with contracted articles) that introduce an expression and belong to it.
PREP = (
    r"(?:a\s+partir\s+d[eoa]s?|ao\s+longo\s+d[eoa]s?|por\s+volta\s+d[eoa]s?|cerca\s+d[eoa]s?"
    r"|antes\s+d[eoa]s?|depois\s+d[eoa]s?|perto\s+d[eoa]s?|aproximadamente\s+em|ap[oó]s|at[eé]\s+(?:a[oa]s?|à|às)|at[eé]"
    r"|desde|durante|para|em|n[oa]s?|d[eoa]s?|pel[oa]s?|a|à|ao)"
)
_FUZZ = (
    r"(?:(?:[oa]s?\s+)?(?:in[ií]cio|come[cç]o|princ[ií]pios?|meados|fins|fim|finais|final"
    r"|primeira\s+metade|segunda\s+metade)\s+d[eoa]s?)"
)
_APPROX_PREP = re.compile(r"^(?:por\s+volta|cerca|perto|aproximadamente)", re.I)

# Words after a bare number that make it a count, not a year.
_NOT_NOUN = frozenset(_WORDS["not_noun"])
_UNIT_AFTER = re.compile(
    r"^\s*(?:km|kg|m|cm|mm|ha|t|l|€|\$|mil|milhões|milhão|euros?|d[oó]lar(?:es)?|reais|real"
    r"|escudos?|libras?|contos|rublos?|marcos|francos|metros?|quil[oó]metros?|toneladas?"
    r"|hectares?|habitantes|homens|mulheres|pessoas|soldados|mortos|feridos|votos|vezes)(?!\w)",
    re.I,
)
_NOT_YEAR_BEFORE = re.compile(
    rf"(?:\bp\.|\bpp\.|\bp[aá]g(?:ina)?s?\.?|\bn\.?\s?[{MASCULINE_ORDINAL_SIGNS}o]\.?|\bn[uú]mero|\bart(?:igo)?s?\.?"
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
