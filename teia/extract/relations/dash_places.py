"""A place and the state or country it is in, a dash between them (issue 20, P44e): the address
lines and headings of web pages, ``Gruta do Baú - Lagoa Santa - MG``, ``Congresso Mundial IPMA,
Moscovo - Russia``.

``surface-nesting`` (:mod:`.nesting`) reads a comma, ``em`` or a bracket between two names. A dash
between two places is as often a route (``a ponte Rio - São Paulo``), a match or a list of stops,
so here it nests the first place in the second only when the second is a state's code (``MG``)
or a country, and the first is neither a country, nor a state (a code
or a state's name: ``São Paulo - SP`` may be the state's line), nor wider than a country. Two
countries are a match or a route (``Brasil - Argentina``), never one in the other. Before a
country the line must hold just the two places: not a stop after another place across a dash
(``Braga - Porto - Espanha``), nor a chain that goes on after the country (``Lisboa - Espanha -
Marrocos``). A state's code ends an address line, so a place before it may itself follow one
(``Gruta do Baú - Lagoa Santa - MG``: the town in the state). The dash stands between spaces;
``Rio-São Paulo`` is one word of a route. The property is the mapping's for two places in
apposition, as for ``Andrelândia, MG`` (``partOf``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from teia.extract.demonyms import names_a_country
from teia.extract.labels import LOC
from teia.extract.regions import state, state_code, wider_than_countries
from teia.extract.relations.context import Context
from teia.extract.relations.found import ASSERTED, Arg, Found, make_found

__all__ = ["DASH_RULE", "dash_nesting"]

DASH_RULE = "dash-nesting"

# a dash between spaces (a hyphen, an en or an em dash)
_DASH = re.compile(r"\s+[-–—]\s+")


def _dashed_place(ctx: Context, mentions: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """Whether mentions ``i`` and ``j`` (``i`` the first) are places with only a dash between them."""
    if not (0 <= i < len(mentions) and 0 <= j < len(mentions)):
        return False
    a, b = mentions[i], mentions[j]
    return ctx.category.get(a[2]) == ctx.category.get(b[2]) == LOC and _DASH.fullmatch(ctx.text, a[1], b[0]) is not None


def dash_nesting(tok: Token, ctx: Context) -> list[Found]:
    """``Lagoa Santa - MG`` → ``partOf(Lagoa Santa, MG)``; ``Moscovo - Russia`` →
    ``partOf(Moscovo, Russia)`` (module docstring)."""
    found = ctx.starting_mention(tok, LOC)
    if found is None:
        return []
    first, sent, mentions, k = found
    if not _dashed_place(ctx, mentions, k, k + 1):
        return []
    second = mentions[k + 1]
    if second[2] == first[2]:
        return []
    text = ctx.text
    inner_name, outer_name = text[first[0] : first[1]], text[second[0] : second[1]]
    if names_a_country(inner_name) or state(inner_name) or state_code(inner_name) or wider_than_countries(inner_name):
        return []  # "Brasil - Argentina", "São Paulo - SP": no place of the other
    if not state_code(outer_name):
        if not names_a_country(outer_name):
            return []  # "Lisboa - Porto", "Rio - São Paulo": a route, not a place in another
        if _dashed_place(ctx, mentions, k - 1, k) or _dashed_place(ctx, mentions, k + 1, k + 2):
            return []  # "Braga - Porto - Espanha": stops of a route or a list
    rule = ctx.mapping.apposition_rule(LOC, LOC)
    if rule is None:
        return []
    inner = Arg(first[2], first[0], first[1], tok)
    outer = Arg(second[2], second[0], second[1], ctx.offsets.token_in(sent, second[0]))
    s, o = (outer, inner) if rule.inverse else (inner, outer)
    trigger = ctx.offsets.token_in(sent, first[1] + len(text[first[1] : second[0]].rstrip()) - 1)  # the dash
    return [make_found(s, rule.predicate, o, trigger, DASH_RULE, None, True, ASSERTED, None)]
