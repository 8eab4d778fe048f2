"""The time rules' ``needs`` (pieces every match contains) never hide a match.

:mod:`teia.extract.timex.scan` skips a rule on a text that lacks one of its ``needs``. That is
only right if every match of the rule holds each of them; these tests check it rule by rule on
the example sentences of ``test_temporal.py`` and on the sample corpus, and that
:func:`find_times` gives the same expressions with the skip turned off.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from pathlib import Path

import pytest

from teia.extract.timex import scan
from teia.extract.timex.scan import _CASE_EXCEPTIONS, _RULES, find_times
from teia.extract.timex.windows import need_literals
from tests.extract.test_temporal import CASES, NEGATIVES, OTHER_KINDS, RELATIVE, WINDOWS

CORPUS = Path(__file__).resolve().parents[2] / "corpus"

_SENTENCES = (
    [c[0] for c in CASES]
    + list(NEGATIVES)
    + [c[0] for c in OTHER_KINDS]
    + [f"Em 7 de novembro de 1917 começou. {c[0]}" for c in RELATIVE]
    + [f"{w[0]} {w[1]}" for w in WINDOWS]
    + [
        "Chegou às duas da tarde e saiu à uma da manhã; ao meio-dia comeu.",
        "Reuniam-se de 3 em 3 meses, com frequência, e freqüentemente por semana.",
        "Há anos que não chove; há muito tempo atrás, na véspera, nesse instante.",
        "No início do ano e em meados de 2003, no verão de 1920/21, em 2003-04-05.",
        "Nos séculos XIX e XX, na década de 1930, nos anos sessenta, este mês.",
        "Em março do ano seguinte e em maio do próximo ano houve greves.",
        "EM MARÇO DE 1917 E NO SÉCULO XX, HOJE, NO DIA 7 DE NOVEMBRO; ÀS 19H30 DURANTE TRÊS ANOS.",
        "Dıas depoıs, no ſéculo XIX, em İnverno de 1920.",
        "Em 1994 lembrou agosto de 93, o dia 5 de agosto de 93 e julho/99; às 8 da manhã, 22 de marco.",
        "Em 828 d.C., no ano 476, em 44 a.C. e 300 antes de Cristo; em 1865, 1871 e 1893.",
        "Ontem à noite, nesta sexta-feira e na madrugada de hoje; daqui a dois anos, no fim-de-semana.",
        "Em 1914, no verão e nesse outono, no Natal, na Páscoa de 1990 e o Carnaval de 1990.",
        "Em 1994 abria das 9 às 18 horas, desde as 8 até às 20h; no 1º semestre de 94 e NO ÚLTIMO TRIMESTRE DE 1993.",
        "No dia 28 à tarde; na manhã seguinte e na noite anterior.",
        "Às 8 da manhã de 15 de março, às 13h de ontem e no dia 9, à noite; ontem, pela manhã; das 19h às 24h, até às 24h00.",
        "À noite, no fim da tarde e na noite de 3 de novembro; ao meio-dia e pela meia-noite; aos fins de semana; no 2º bimestre deste ano.",
    ]
)


def _texts() -> list[str]:
    texts = list(_SENTENCES)
    for path in sorted(CORPUS.glob("*")):
        if path.suffix in (".txt", ".md"):
            texts.append(path.read_bytes().decode("utf-8", errors="replace"))
    return texts


def test_every_rule_with_a_skip_says_what_it_needs():
    assert all(isinstance(rule.needs, tuple) for rule in _RULES)
    assert sum(1 for rule in _RULES if rule.needs) == len(_RULES)


@pytest.mark.parametrize("rule", _RULES, ids=lambda r: r.name)
def test_every_match_holds_what_its_rule_needs(rule):
    seen = 0
    for text in _texts():
        for m in rule.regex.finditer(text):
            seen += 1
            # a lookbehind of the rule may look at the 3 characters before the match
            window = text[max(0, m.start() - 3) : m.end()]
            missing = [n for n in rule.needs if re.search(n, window, re.I) is None]
            assert not missing, f"{rule.name} matched {m.group(0)!r} without {missing}"
            if _CASE_EXCEPTIONS.search(window) is None:
                lowered = [n for n in rule.needs if re.search(n, window.lower()) is None]
                assert not lowered, f"{rule.name} matched {m.group(0)!r}; its lower case lacks {lowered}"
    assert seen, f"no example text for rule {rule.name}"


def test_needs_are_written_in_lower_case():
    for rule in _RULES:
        for need in rule.needs:
            assert re.sub(r"\\.", "", need) == re.sub(r"\\.", "", need).lower(), (rule.name, need)


def test_lower_case_copy_matches_like_ignoring_case():
    """Every character that matches a letter of the needs ignoring case lowers to that letter,
    except the ones ``_CASE_EXCEPTIONS`` sends to the case-insensitive search."""
    letters = "".join(sorted({ch for r in _RULES for n in r.needs for ch in re.sub(r"\\.", "", n) if ch.isalpha()}))
    any_letter = re.compile(f"[{letters}]", re.I)
    exceptions = []
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if 0xD800 <= code <= 0xDFFF or not any_letter.fullmatch(ch):
            continue
        low = ch.lower()
        if not all((re.fullmatch(re.escape(p), ch, re.I) is not None) == (p == low) for p in letters):
            exceptions.append(ch)
    assert exceptions and all(_CASE_EXCEPTIONS.fullmatch(ch) for ch in exceptions), exceptions


def test_a_text_with_a_case_exception_is_searched_ignoring_case():
    # "ſ" (long s) matches "s" ignoring case; its lower case is itself
    assert [t.text for t in find_times("No ſéculo XIX.")] == ["No ſéculo XIX"]
    assert [t.text for t in find_times("No SÉCULO XIX.")] == ["No SÉCULO XIX"]


def test_words_that_only_match_ignoring_case_are_read():
    # "İ" and "ı" match "i" ignoring case, "ſ" matches "s"; str.lower keeps them apart
    found = find_times("No İnverno de 1920, em agoſto de 1921 e nos anos ſessenta.")
    assert [(t.text, t.value) for t in found] == [
        ("No İnverno de 1920", "1919-12/1920-02"),
        ("em agoſto de 1921", "1921-08"),
        ("nos anos ſessenta", "1960/1969"),
    ]


def test_the_skip_does_not_change_what_is_found(monkeypatch):
    texts = _texts()
    with_skip = [find_times(t) for t in texts]
    monkeypatch.setattr(scan, "_RULES", tuple(dataclasses.replace(r, needs=()) for r in _RULES))
    assert [find_times(t) for t in texts] == with_skip


def test_a_rule_is_skipped_when_a_piece_is_missing(monkeypatch):
    ran: list[str] = []

    class Spy:
        def __init__(self, rule):
            self.rule = rule

        def finditer(self, text):
            ran.append(self.rule.name)
            return self.rule.regex.finditer(text)

        def search(self, text, pos, endpos):  # a rule tried around its needs (timex.windows)
            ran.append(self.rule.name)
            return self.rule.regex.search(text, pos, endpos)

        def __getattr__(self, name):  # pattern, flags
            return getattr(self.rule.regex, name)

    monkeypatch.setattr(scan, "_RULES", tuple(dataclasses.replace(r, regex=Spy(r)) for r in _RULES))
    assert [t.text for t in find_times("Choveu em 1917.")] == ["em 1917"]
    assert "year" in ran and "season" not in ran and "month" not in ran


@pytest.mark.parametrize(
    ("need", "literals"),
    [
        ("ab(?:cd|ef)", (("abcd", "abef"),)),
        ("de\\s+(?:maio|junho)", (("junho", "maio"), ("de",))),
        ("a[b-d]x", (("abx", "acx", "adx"),)),
        ("(?:ab){2}", (("abab",),)),
        ("(?:ab)+", (("ab",),)),
        ("ab\\s+(?:cd)?", (("ab",),)),  # an optional group holds nothing for sure
        ("[^a]bc", (("bc",),)),
        ("x(?:abc)?y", ()),  # single characters tell nothing
        ("ab|c", ()),
        ("abc|\\d+", ()),  # a branch with no string: none for the alternation
        ("ab(?=c)", ()),  # a lookaround: never spelled out
    ],
)
def test_the_strings_a_need_holds(need, literals):
    assert need_literals(need) == literals


def test_every_occurrence_of_a_need_holds_a_string_of_each_of_its_sets():
    needs = sorted({n for rule in _RULES for n in rule.needs})
    assert sum(1 for n in needs if need_literals(n)) >= len(needs) // 2
    seen = 0
    for text in _texts():
        if _CASE_EXCEPTIONS.search(text):
            continue  # searched ignoring case, without the strings (scan._candidates)
        low = text.lower()
        for need in needs:
            for m in re.finditer(need, low):
                seen += 1
                for strings in need_literals(need):
                    assert any(s in m.group(0) for s in strings), (need, m.group(0), strings)
    assert seen > 100


def test_a_need_whose_strings_are_absent_is_not_searched(monkeypatch):
    searched: list[str] = []
    real = scan._need_pattern

    class Spy:
        def __init__(self, need, ignore_case):
            self.need, self.compiled = need, real(need, ignore_case)

        def search(self, text):
            searched.append(self.need)
            return self.compiled.search(text)

        def __getattr__(self, name):  # pattern, finditer
            return getattr(self.compiled, name)

    monkeypatch.setattr(scan, "_need_pattern", lambda need, ignore_case: Spy(need, ignore_case))
    scan._candidates("Choveu em 1917.")
    month = next(r.needs[0] for r in _RULES if r.name == "month")
    year = next(r.needs[0] for r in _RULES if r.name == "year")
    assert year in searched and month not in searched
