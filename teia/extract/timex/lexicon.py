"""The words and regular-expression pieces of Portuguese time expressions: months, number words,
seasons, fuzzy parts, the prepositions that belong to an expression."""

from __future__ import annotations

import re


GRANULARITIES = ("day", "month", "year", "season", "decade", "century")

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
