"""How a rule is made: a regular expression (with the optional preposition and fuzzy part that
belong to the expression) and a handler that turns its match into a value. Each rule module
keeps its own table, filled by the decorator :func:`rule_maker` gives it; :mod:`.scan` puts
the tables one after the other, in priority order."""

from __future__ import annotations

import re
from dataclasses import dataclass

from teia.extract.timex.lexicon import PREP, _APPROX_PREP, _FUZZ
from teia.extract.timex.values import _fuzzy_qualifier


@dataclass
class _Rule:
    name: str
    regex: re.Pattern
    handler: object
    prep: bool = True


def rule_maker(table: list[_Rule]):
    """The ``@rule(name, core, prep=, fuzzy=)`` decorator that appends handlers to ``table``."""

    def rule(name: str, core: str, *, prep: bool = True, fuzzy: bool = False):
        head = rf"(?<![\w/.-])(?P<prep>{PREP}\s+)?" if prep else r"(?<![\w/.-])"
        if fuzzy:
            head += rf"(?P<fz>{_FUZZ}\s+)?"
        pattern = re.compile(head + core + r"(?!\w)", re.I)

        def deco(fn):
            table.append(_Rule(name, pattern, fn, prep))
            return fn

        return deco

    return rule


def _qual(m: re.Match) -> str:
    fz = m.groupdict().get("fz")
    q = _fuzzy_qualifier(fz)
    prep = m.groupdict().get("prep") or ""
    if not q and _APPROX_PREP.match(prep):
        q = "approx"
    return q
