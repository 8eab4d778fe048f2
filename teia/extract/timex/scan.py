"""Matching: every rule over the text, the context checks that accept or refuse a match, and the
choice of non-overlapping expressions (:func:`find_times`)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from teia.extract.entity_words import entity_words
from teia.records import TimeExpression
from teia.extract.timex import calendar_rules, clock_rules, relative_rules
from teia.extract.timex.anchoring import _resolve
from teia.extract.timex.lists import inside_month_list, spread
from teia.extract.timex.lexicon import DATED_MONTHS, STREET_ARTICLES, _NOT_NOUN, _NOT_YEAR_BEFORE, _UNIT_AFTER, _num_value, word_key
from teia.extract.timex.rules import _Rule
from teia.extract.timex.values import _Val
from teia.extract.timex.windows import matches, need_literals, prepare

#: Every rule, highest priority first: absolute dates, then relative ones, then clock times,
#: durations and frequencies.
_RULES: tuple[_Rule, ...] = (*calendar_rules.RULES, *relative_rules.RULES, *clock_rules.RULES)

_WORDS = entity_words()
_WEAK_PREPS = {"a", "à", "ao", "de", "do", "da", "dos", "das", "para", "por", "pelo", "pela", "pelos", "pelas"}
_MONTH_NEEDS_PREP = {"em", "no", "na", "desde", "até", "ate", "para", "durante", "após", "apos"}


def _prep_word(m: re.Match) -> str:
    prep = (m.groupdict().get("prep") or "").strip().lower()
    return re.sub(r"\s+", " ", prep)


_AMOUNT_BEFORE = re.compile(
    r"\b(?:fic(?:ou|a|am|aram|ar[aá])|fech(?:ou|a|am|aram)|estimad[oa]s?|calculad[oa]s?|avaliad[oa]s?|fixad[oa]s?"
    r"|orçad[oa]s?|dividid[oa]s?|reduzid[oa]s?|aumentad[oa]s?|cotad[oa]s?|situ(?:ou|a|am)-se|estabiliz(?:ou|a)-se)\s*$",
    re.I,
)
"""The verbs and participles of an amount before ``em`` (``a taxa ficou em 45.``): the bare
number after them is a figure, no two-digit year."""

_LIST_JOINT = re.compile(r"\s*(?:,|;|e|,\s*e)\s*")


def _counted_noun(word: str) -> bool:
    """Whether ``word``, right after a number, is a plural noun counted by it (``1919 soldados``,
    ``366 dias``), so the number is no year."""
    return len(word) >= 4 and word.endswith("s") and word not in _NOT_NOUN


_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")


def _street_name(before: str) -> bool:
    """The text ``before`` a day and month ends with a street noun (``data/entities.json``:
    ``rua``, ``avenida``, ``ponte``...): the date is the street's name, ``a Rua 25 de Março``, ``a
    Ponte 25 de Abril``, no time."""
    word = _WORD_BEFORE.search(before)
    return word is not None and _WORDS.street_noun(word.group(1))




def _accept(rule: _Rule, m: re.Match, text: str, prev_end: int, year_ends: frozenset[int] | set[int] = frozenset()) -> tuple[int, bool]:
    """Check the context of a match; return (start, ok). ``start`` may drop a weak preposition.
    ``year_ends``: where the years accepted so far end (a list of years goes on after one)."""
    start = m.start()
    before = text[max(0, start - 40):start]
    prep = _prep_word(m)
    if not prep and m.groupdict().get("d") and m.groupdict().get("m") and _street_name(before):
        return start, False
    if prep.rsplit(" ", 1)[-1] in STREET_ARTICLES and rule.name == "date" and not m["y"]:
        return start, False  # "na 25 de Março", "da 23 de Maio": a street's name after its elided noun
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
            if nxt and _counted_noun(nxt.group(1)):
                return start, False
        listed = prev_end in year_ends and _LIST_JOINT.fullmatch(text, prev_end, start) is not None
        if listed or bare:
            # a list must not end in a counted noun: "em 1917, 1918 e 1919 soldados", "1917, 1918 e 1919 votos"
            last = re.match(r"(?:\s*(?:,|;|e)\s*\d[\d.,]*)+\s+([a-zà-ú]+)", text[m.end():m.end() + 80])
            if last and _counted_noun(last.group(1)):
                return start, False
        if bare and not listed and re.search(r"[\d]\s*[,;]?\s*$", before) and re.search(r"\d[\d.,]*\s*(?:,|e)\s*$", before):
            return start, False  # a list of numbers: "1917, 1918 e 1919 soldados"... keep conservative
    if rule.name == "short_year" and not m["yy"]:
        after = text[m.end():m.end() + 30]
        nxt = re.match(r"\s+([a-zà-ú]+)", after)
        if _NOT_YEAR_BEFORE.search(before) or _AMOUNT_BEFORE.search(before) or _UNIT_AFTER.match(after):
            return start, False  # "a taxa ficou em 45.", "de 40 a 50 km": an amount
        if re.search(r"d[eé]cadas?\s*$", before, re.I) or re.match(r"\s*(?:[ad]\.\s?C\.|antes\s+de\s+Cristo|depois\s+de\s+Cristo)", after, re.I):
            return start, False  # "as décadas de 40 a 60"; "de 41 a 54 d.C." is a year of the era rule
        if (nxt and _counted_noun(nxt.group(1))) or re.match(r"\s*(?:por\s+cento|anos\b|graus\b|pontos\b|(?:,|e|ou)\s*\d)", after, re.I):
            return start, False  # "de 40 a 60 pessoas", "de 40 a 50 por cento", "em 45, 50 e 60 por cento"
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
            elif inside_month_list(text, start, m.end()):
                pass  # a middle item of a list: "em janeiro, fevereiro e março de 1920"
            else:
                return start, False
        if re.search(r"[A-ZÀ-Ú]\w*\s+(?:de\s+|d[oa]\s+)?$", before) and prep in ("de", "da", "do", ""):
            return start, False  # "Revolução de Outubro", "Praça de Maio"
    if rule.name in ("year_range", "slash_month") and _NOT_YEAR_BEFORE.search(before):
        return start, False
    month = m.groupdict().get("m") or ""
    if word_key(month) in DATED_MONTHS and not m.groupdict().get("d") and prep not in ("em", "desde", "até", "ate"):
        return start, False  # "o marco de 1990" is a landmark; "em marco de 1990" a month
    if rule.name == "month_short_year" and re.match(
        r"\s*(?:[a-zà-ú]+\s+)?(?:anos?|dias?|meses|horas?|minutos|semanas|graus|pontos|por\s+cento|mil\b)", text[m.end():m.end() + 30], re.I
    ):
        return start, False  # "maio de 30 anos", "julho de 40 mil": a count, not a year
    if rule.name in ("season_alone", "feast") and re.search(r"\bcidade\s+(?:d[oa]\s+)?$", before, re.I):
        return start, False  # "a cidade do Natal"
    if rule.name in ("season_alone", "feast") and re.search(r"[A-ZÀ-Ú]\w*\s+$", before) and not re.search(r"[.!?:]\s*\S*\s+$", before):
        return start, False  # "o Palácio do Inverno": a name
    if rule.name == "era_year":
        if m["y3"]:
            after = text[m.end():m.end() + 30]
            nxt = re.match(r"\s+([a-zà-ú]+)", after)
            if _UNIT_AFTER.match(after) or (nxt and _counted_noun(nxt.group(1))):
                return start, False  # "no ano 300 km", "um ano de 366 dias": a count
        elif re.search(r"s[ée]c(?:ulos|s\.)\s+\S+\s+(?:e|a)\s*$", before, re.I):
            return start, False  # "os séculos 3 e 4 a.C.": centuries
    if rule.name == "century" and not m["c"].isupper() and not m["c"].isdigit() and _num_value(m["c"]) is None:
        return start, False
    return start, True


#: The characters ``str.lower`` does not map to what ``re.IGNORECASE`` matches them with (the
#: dotted and dotless i, the long s): a text holding one has its rules' ``needs`` searched
#: ignoring case, any other text has them searched in its lower-case copy, several times faster.
_CASE_EXCEPTIONS = re.compile("[\u0130\u0131\u017f]")


@lru_cache(maxsize=None)
def _need_pattern(need: str, ignore_case: bool) -> re.Pattern:
    return re.compile(need, re.I if ignore_case else 0)


def prepare_rules() -> None:
    """Compile and analyse every rule's needs now (both cases) instead of at their first use in
    a text: a component calls it when it is made, so that no document pays for it."""
    for rule in _RULES:
        prepare(rule.regex, rule.needs)
        for need in rule.needs:
            _need_pattern(need, False)
            _need_pattern(need, True)


def _candidates(text: str) -> list[tuple[int, int, int, _Rule, re.Match]]:
    out = []
    ignore_case = _CASE_EXCEPTIONS.search(text) is not None
    where = text if ignore_case else text.lower()
    found: dict[str, bool] = {}  # each ``needs`` pattern searched once per text
    memo: dict = {}  # what :func:`.windows.matches` finds in this text

    def present(need: str) -> bool:
        if need not in found:
            if not ignore_case and any(not any(s in where for s in strings) for strings in need_literals(need)):
                found[need] = False  # none of the strings of one of its sets: no occurrence
            else:
                pattern = _need_pattern(need, ignore_case)
                first = pattern.search(where)
                found[need] = first is not None
                if first is not None:  # where :func:`.windows.matches` starts looking for it
                    memo[("first", pattern)] = first.start()
        return found[need]

    for order, rule in enumerate(_RULES):
        if not all(present(need) for need in rule.needs):
            continue  # a piece every match of the rule contains is missing: it cannot match here
        # tried only around the first need's occurrences (the same matches as ``finditer``)
        need = _need_pattern(rule.needs[0], ignore_case) if rule.needs else None
        for m in matches(rule.regex, need, text, where, memo):
            out.append((m.start(), m.end(), order, rule, m))
    return out


def find_times(
    text: str,
    doc_id: str = "",
    *,
    sentences: list[tuple[int, int]] | None = None,
    event_names: Sequence[tuple[int, int]] = (),
) -> list[TimeExpression]:
    """Recognize and normalize the temporal expressions of ``text``, in document order.

    ``sentences`` (``(start, end)`` offsets) only prevents an expression from crossing a
    sentence boundary; anchoring of relative expressions follows document order.
    ``event_names`` (``(start, end)`` offsets of the names of events) removes a day without a
    year that opens one of them (``o 25 de Abril``, ``antes do 11 de Setembro``): it names what
    happened on it, not a day of the text's own time, and it is neither kept nor anchored on
    an earlier year. A day with its year (``no 25 de Abril de 1974``) stays a date.
    """
    cands = _candidates(text)
    # Longest match first; among equal lengths, the earlier rule wins.
    cands.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    bounds = sorted({b for s, e in (sentences or []) for b in (s, e)})
    used = bytearray(len(text))  # 1 where an accepted expression lies
    chosen: list[tuple[int, int, _Val]] = []
    accepted_ends: list[int] = []
    year_ends: set[int] = set()  # "em 1865, 1871, 1874 e 1893": each year of a list after a year
    for start, end, _order, rule, m in cands:
        if any(used[start:end]):
            continue
        inside = bounds[bisect.bisect_right(bounds, start) : bisect.bisect_left(bounds, end)]
        if inside:
            # retry from the last boundary inside the match: "a\n1921" -> "1921"
            m = rule.regex.match(text, inside[-1])
            if m is None or bisect.bisect_right(bounds, m.start()) < bisect.bisect_left(bounds, m.end()):
                continue
            start, end = m.start(), m.end()
            if any(used[start:end]):
                continue
        k = bisect.bisect_right(accepted_ends, start)
        prev_end = accepted_ends[k - 1] if k else -1
        start2, ok = _accept(rule, m, text, prev_end, year_ends)
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
        if rule.name == "year":
            year_ends.add(end)
        chosen.append((start2, end, val))
    chosen.sort(key=lambda c: c[0])
    chosen = spread(text, chosen)  # the earlier days of "nos dias 12 e 13 de março"; the year of "em março e abril de 1994"
    if event_names:
        starts = sorted(a for a, _ in event_names)
        chosen = [c for c in chosen if not (c[2].yearless and _opens_name(starts, c[0], c[1]))]
    return _resolve(text, doc_id, _with_day_parts(text, chosen))


_DAY_PART_BEFORE = re.compile(rf"(?<![\w-]){clock_rules.DAY_PART_BEFORE}(?=[^\S\n]+$)", re.I)
"""A part of the day right before a day opened by ``de``/``do``/``da``."""
_ONLY_SPACE = re.compile(r"[^\S\n]+")
_SPACE_OR_COMMA = re.compile(r"[^\S\n]+|[^\S\n]*,[^\S\n]*")
_OPENS_WITH_OF = re.compile(r"d(?:[eoa]s?|est[ea]|ess[ea]|aquel[ea])\s", re.I)


def _one_day(v: _Val) -> bool:
    """A date of a day's granularity, or a deictic day (``ontem``, ``sexta-feira``)."""
    return v.kind == "date" and (v.granularity == "day" or bool(v.extra.get("day")))


def _with_day_parts(text: str, chosen: list[tuple[int, int, _Val]]) -> list[tuple[int, int, _Val]]:
    """Each date opened by ``de``/``do``/``da`` (``de 15 de março``, ``do último sábado``, ``do dia
    7``, ``deste domingo``) with the part of the day before it taken in: ``na noite de 15 de março``,
    ``na madrugada do último sábado``, ``no fim da tarde do dia 31`` are that day's (its value, the
    part of the day in the text), as ``na madrugada de ontem`` is; the part of the day found alone
    (rule ``day_part``) goes into it. A day so opened takes in the time of day right before it too
    (``às 8 da manhã de 15 de março``, ``às 13h de ontem``, ``das 15h às 19h de ontem``, ``às 9h30 do
    dia 5``): the day's value, the hour in the text. A part of the day found alone right after a
    day (``no dia 28 à tarde``, ``em 3 de novembro de 1990 pela manhã``), or after it and a comma
    (``no dia 15, à noite``, ``ontem, à noite``), is that day's too; not after a month or a year
    (``em 1990 de manhã`` stays two). A time of day after its day stays apart (``no dia 15 às 20h``,
    ``hoje, às 10h``: HAREM I marks the two)."""
    out: list[tuple[int, int, _Val]] = []
    for k, (start, end, v) in enumerate(chosen):
        if v.kind == "date" and _OPENS_WITH_OF.match(text, start):
            part = _DAY_PART_BEFORE.search(text, max(0, start - 50), start)
            if out and out[-1][2].extra.get("clock") and _one_day(v) and _ONLY_SPACE.fullmatch(text, out[-1][1], start):
                start = out.pop()[0]  # "às 8 da manhã" + "de 15 de março", "às 13h" + "de ontem"
            elif part is not None:
                if not out or out[-1][1] <= part.start():
                    start = part.start()
                elif out[-1][2].extra.get("day_part") and out[-1][0] <= part.start() and out[-1][1] == part.end():
                    start = out.pop()[0]  # "até o fim da tarde" + "do dia 31"
        elif (v.extra.get("day_part") and out and _one_day(out[-1][2]) and _SPACE_OR_COMMA.fullmatch(text, out[-1][1], start)
              and not _opens_its_day(text, end, chosen[k + 1 : k + 2])):
            out[-1] = (out[-1][0], end, out[-1][2])  # "no dia 28" + "à tarde", "no dia 15" + ", à noite": the day's
            continue
        out.append((start, end, v))
    return out


def _opens_its_day(text: str, end: int, following: list[tuple[int, int, _Val]]) -> bool:
    """Whether a date opened by ``de`` follows ``end`` after spaces: the part of the day ending there
    is that date's (``de hoje até o final da tarde de ontem``), not the day before it."""
    if not following or following[0][2].kind != "date":
        return False
    start = following[0][0]
    return _OPENS_WITH_OF.match(text, start) is not None and _ONLY_SPACE.fullmatch(text, end, start) is not None


def _opens_name(starts: list[int], start: int, end: int) -> bool:
    """Whether a name starts inside ``[start, end)``."""
    k = bisect.bisect_left(starts, start)
    return k < len(starts) and starts[k] < end
