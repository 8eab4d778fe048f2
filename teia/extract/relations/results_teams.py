"""A driver's country code before his team in a results table's bracket (issue 20, P62i):
``Damon Hill (ING Williams) - 6``, ``Jean Alesi (FRA Ferrari) - 4``, ``Erik Comas (FRA
Larrousse) - 1``.

A sports page lists each driver with the three capitals of his country and his team in one
bracket. The NER takes the code for an organization, so the bracket's names gave the person a
membership of ``ING`` or ``FRA`` (``appos-entity``, ``surface-nesting``): the code is no body he
belongs to. :func:`results_code` tells such a code, and both rules skip it; the team after it,
when the NER named it, is then the bracket's one organization, which ``surface-nesting`` reads as
it reads ``Zinho (Sport)`` (``memberOf``). A party's acronym (``regions.json``'s ``parties``:
``Fulano (PMDB Mulher)``) is no country's code, nor one a Brazilian state's code or name follows
(``Vivaldo Barbosa (PDT RJ)``, ``(PTR SP)``: a politician's party and state, whether or not the
party is listed).
"""

from __future__ import annotations

import re

from teia.extract.regions import load_regions, state, state_code

__all__ = ["results_code"]

_CODE = re.compile(r"[A-Z]{3}")
_OPEN = re.compile(r"[ \t]*\([ \t]*")
_TEAM_THEN_CLOSE = re.compile(r" [A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,2}[ \t]*\)")


def results_code(text: str, name_end: int, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a country's code that opens the bracket right after the name
    ending at ``name_end``, a capitalized name of up to three words (the team) and the bracket's
    end following it: ``Damon Hill (ING Williams)``. Not a party's acronym, nor a code alone in its
    bracket (``Fulano (SPD)``)."""
    opening = _OPEN.match(text, name_end)
    if opening is None or opening.end() != start or not _CODE.fullmatch(text, start, end):
        return False
    if text[start:end] in load_regions().parties:
        return False
    team = _TEAM_THEN_CLOSE.match(text, end)
    if team is None:
        return False
    after = text[end : team.end()].strip(" \t)")
    return not (state(after) or state_code(after))  # "Fulano (PTR SP)": a party and the state
