"""The time rules tried only around their needs (:mod:`teia.extract.timex.windows`) find exactly
what ``finditer`` over the whole text finds."""

from __future__ import annotations

import random
import re

import pytest

from teia.extract.timex import scan, windows
from teia.extract.timex.scan import _CASE_EXCEPTIONS, _RULES, _need_pattern
from tests.extract.test_timex_needs import _texts


def _stretched(text: str, seed: int) -> str:
    """``text`` with some spaces made into long runs of white space and some digits repeated,
    so that the bounds of the runs change from text to text."""
    rnd = random.Random(seed)
    out = []
    for ch in text:
        if ch == " " and rnd.random() < 0.1:
            out.append(rnd.choice(["  ", " \n ", "\t", "   \n\n  ", " " * 30]))
        elif ch.isdigit() and rnd.random() < 0.1:
            out.append(ch * rnd.randint(2, 6))
        else:
            out.append(ch)
    return "".join(out)


def _all_texts() -> list[str]:
    texts = _texts()
    texts += [_stretched(t, i) for i, t in enumerate(texts)]
    texts += [
        "Nos séculos   XIX\n\n e    XXVIII, em 1917    e\t1918, a 7 de\n\nnovembro de 1917.",
        "Há   três    anos,\thá\n\nmuito     tempo, todos os    dias, uma vez por   semana.",
        "  hoje" + " " * 500 + "amanhã  de manhã, às  19h30, de 3   em 3 meses",
    ]
    return texts


def _spans(found) -> list[tuple]:
    return [(m.start(), m.end(), m.groups()) for m in found]


@pytest.mark.parametrize("rule", _RULES, ids=lambda r: r.name)
def test_matches_are_those_of_finditer(rule):
    for text in _all_texts():
        ignore_case = _CASE_EXCEPTIONS.search(text) is not None
        where = text if ignore_case else text.lower()
        memo: dict = {}
        for need in rule.needs:
            got = _spans(windows.matches(rule.regex, _need_pattern(need, ignore_case), text, where, memo))
            assert got == _spans(rule.regex.finditer(text)), (rule.name, need, text[:80])


def test_most_rules_are_bounded():
    bounded = [r.name for r in _RULES if windows._reach(r.regex) is not None]
    assert len(bounded) >= len(_RULES) - 3, bounded


def test_the_bound_holds_every_match_and_its_lookahead():
    for text in _all_texts():
        memo: dict = {}
        for rule in _RULES:
            reach = windows._reach(rule.regex)
            if reach is None:
                continue
            fixed, counts = reach
            span = fixed + sum(n * windows._longest_run(item, rule.regex.flags, text, memo) for item, n in counts)
            for m in rule.regex.finditer(text):
                assert m.end() - m.start() + 1 <= span, (rule.name, m.group(0))


def test_an_unbounded_expression_or_need_is_matched_over_the_whole_text():
    text = "abab x abab y ab"
    backref = re.compile(r"(ab)\1")
    assert windows._reach(backref) is None
    assert _spans(windows.matches(backref, re.compile("ab"), text, text, {})) == _spans(backref.finditer(text))
    assert not windows._plain(r"\bab")
    assert not windows._plain(r"(?:ab)?")
    assert windows._plain(r"\s(?:ano|m[eê]s)|tod[oa]")


def test_a_match_far_from_the_start_is_found_in_its_window():
    text = "palavra " * 2000 + "em 7 de novembro de 1917 " + "palavra " * 2000 + "no século XIX."
    found = scan.find_times(text)
    assert [t.text for t in found] == ["em 7 de novembro de 1917", "no século XIX"]


def test_prepare_rules_leaves_nothing_to_compile_for_a_text():
    # what the time component's creation works out (scan.prepare_rules) is all that
    # find_times would otherwise compile and analyse at its first texts
    caches = (scan._need_pattern, windows._reach, windows._plain, windows.need_literals, windows._run_pattern)
    for cache in caches:
        cache.cache_clear()
    scan.prepare_rules()
    before = [cache.cache_info().misses for cache in caches]
    assert all(before)
    texts = _texts() + ["Em 1917, a 7 de novembro, às 10h30, durante três anos, no século XX, em 1920-21; \u0130stanbul em maio"]
    found = [scan.find_times(text) for text in texts]
    assert sum(map(len, found)) > 100
    assert [cache.cache_info().misses for cache in caches] == before
