"""Birth and death places in the brackets after a person's name, as encyclopedias write them
(issue 20): ``Fernando Pessoa (Lisboa, 13 de junho de 1888 — Lisboa, 30 de novembro de 1935)``,
``Carlos Drummond de Andrade (Itabira, 1902 — Rio de Janeiro, 1987)``, ``Chico Buarque (Rio de
Janeiro, 19 de junho de 1944)``.

The bracket is read off the text whatever the parse, by :mod:`teia.extract.lifespans` (which the
entity rules also read, so that the places in it are places): one or two parts separated by a
dash, each a place (the first name of the part, the larger places after it left: ``Los Angeles,
Califórnia, 8 de julho de 1992``) and a date ending in a year, or a date alone. The first part gives
``bornIn``, the second ``diedIn``. :func:`lifespan_bracket` tells
:func:`~teia.extract.relations.nesting.surface_nesting` that such a bracket is no nesting (the
person is not of the nationality of the place where they died) and :func:`in_lifespan` tells the
apposition rule the same (nor is the birthplace part of the place of death);
:func:`inside_lifespan` tells the checks of :mod:`.gates` that a place in the bracket is no
argument of an open relation.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from teia.extract.labels import LOC, PER
from teia.extract.lifespans import bracket_after, edition_bracket, lifespan_bracket, lifespan_parts, post_nominal
from teia.extract.relations.context import Context
from teia.extract.relations.found import ASSERTED, Arg, Found, make_found

__all__ = ["bracket_facts", "edition_bracket", "in_lifespan", "inside_lifespan", "lifespan", "lifespan_bracket"]


def in_lifespan(arg: Arg, ctx: Context) -> bool:
    """Whether ``arg`` is a person followed by a lifespan bracket, or a name inside one (after a
    name of another category, a bracket with a day and a month: :func:`lifespan_bracket`)."""
    return lifespan_bracket(ctx.text, arg.end, dated=ctx.category.get(arg.entity) != PER) or inside_lifespan(arg, ctx)


def inside_lifespan(arg: Arg, ctx: Context) -> bool:
    """Whether ``arg`` is a name inside the lifespan bracket of the name before it (``Beto
    Acosta, (Arocena, Argentina, 23 de Agosto de 1966)``: Arocena and Argentina)."""
    k = _open_bracket(ctx.text, arg.start)
    if k < 0:
        return False
    j = len(ctx.text[:k].rstrip(" ,"))  # "Pessoa (Lisboa", "Niskier, (Rio": the name's end
    before = ctx.mention(j - 1, j) if j > 0 else None
    return before is not None and lifespan_bracket(ctx.text, before[1], dated=ctx.category.get(before[2]) != PER)


# how far back the bracket still open at a name is looked for (a lifespan bracket's length at most)
_REACH = 200


def _open_bracket(text: str, at: int) -> int:
    """Where the bracket still open at ``at`` opens (-1 when none is, within :data:`_REACH`),
    over the closed brackets of places' titles in it (``(Lexington (Kentucky), 25 de Setembro de
    1866 — Pasadena``: the bracket open at ``Pasadena`` is the first)."""
    depth = 0
    for k in range(at - 1, max(-1, at - 1 - _REACH), -1):
        ch = text[k]
        if ch == ")":
            depth += 1
        elif ch == "(":
            if not depth:
                return k
            depth -= 1
    return -1


def lifespan(tok: Token, ctx: Context) -> list[Found]:
    """``Fernando Pessoa (Lisboa, 13 de junho de 1888 — Lisboa, 1935)`` → bornIn, diedIn."""
    first = ctx.mention(tok.idx, tok.idx + len(tok.text))
    if first is None or first[0] != tok.idx or ctx.category.get(first[2]) != PER or post_nominal(ctx.text, first[0], first[1]):
        return []  # "OBE (Bremen, ...)": the honour's bracket is the person's before it
    hit = bracket_after(ctx.text, first[1])
    if hit is None:
        return []
    return bracket_facts(Arg(first[2], first[0], first[1], tok), hit, ctx, "lifespan")


def bracket_facts(person: Arg, hit: re.Match[str], ctx: Context, rule: str) -> list[Found]:
    """``bornIn`` and ``diedIn`` of ``person`` from the places of the bracket ``hit``
    (:data:`~teia.extract.lifespans.BRACKET`'s match), none when it is no lifespan or a book's
    edition, each statement of rule ``rule``."""
    parts = lifespan_parts(hit.group(1))
    if parts is None or edition_bracket(ctx.text, person.start, hit.group(1)):
        return []
    sent = ctx.sentence(person.token)
    out = []
    for span, predicate in zip(parts, ("bornIn", "diedIn")):
        if span is None:
            continue  # "(Juiz de Fora, 1937 — 24 de novembro de 2010)": no place of death
        start, end = hit.start(1) + span[0], hit.start(1) + span[1]
        place = next((m for m in ctx.mentions_in(start, end + 1) if m[0] == start), None)
        if place is None or ctx.category.get(place[2]) != LOC or place[2] == person.entity:
            continue
        trigger = ctx.offsets.token_in(sent, start)
        out.append(make_found(person, predicate, Arg(place[2], place[0], place[1], trigger), trigger, rule, None, True, ASSERTED, None))
    return out
