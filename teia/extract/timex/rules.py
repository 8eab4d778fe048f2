"""How a rule is made: a regular expression (with the optional preposition and fuzzy part that
belong to the expression) and a handler that turns its match into a value. Each rule module
keeps its own table, filled by the decorator :func:`rule_maker` gives it; :mod:`.scan` puts
the tables one after the other, in priority order.

A rule also names what every one of its matches contains (``needs``: regular expressions in
lower case, matched like the rule, ignoring case): a text in which one of them is missing cannot
hold a match, and :mod:`.scan` skips the rule there without running it. A ``needs`` entry must
be implied by every branch of the rule; ``tests/extract/test_timex_needs.py`` checks that they
never hide a match.
"""

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
    needs: tuple[str, ...] = ()


def rule_maker(table: list[_Rule]):
    """The ``@rule(name, core, prep=, fuzzy=, needs=)`` decorator that appends handlers to ``table``."""

    def rule(name: str, core: str, *, prep: bool = True, fuzzy: bool = False, needs: tuple[str, ...] = ()):
        head = rf"(?<![\w/.-])(?P<prep>{PREP}\s+)?" if prep else r"(?<![\w/.-])"
        if fuzzy:
            head += rf"(?P<fz>{_FUZZ}\s+)?"
        pattern = re.compile(head + core + r"(?!\w)", re.I)

        def deco(fn):
            table.append(_Rule(name, pattern, fn, prep, tuple(needs)))
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
