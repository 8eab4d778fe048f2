"""The time rules' ``needs`` (pieces every match contains) never hide a match.

:mod:`teia.extract.timex.scan` skips a rule on a text that lacks one of its ``needs``. That is
only right if every match of the rule holds each of them; these tests check it rule by rule on
the example sentences of ``test_temporal.py`` and on the sample corpus, and that
:func:`find_times` gives the same expressions with the skip turned off.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from teia.extract.timex import scan
from teia.extract.timex.scan import _RULES, find_times
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
            missing = [n.pattern for n in rule.needs if n.search(window) is None]
            assert not missing, f"{rule.name} matched {m.group(0)!r} without {missing}"
    assert seen, f"no example text for rule {rule.name}"


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

    monkeypatch.setattr(scan, "_RULES", tuple(dataclasses.replace(r, regex=Spy(r)) for r in _RULES))
    assert [t.text for t in find_times("Choveu em 1917.")] == ["em 1917"]
    assert "year" in ran and "season" not in ran and "month" not in ran
