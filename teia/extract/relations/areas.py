"""A place nested in another through a part of it (issue 20): ``em Itatiba, no interior de São
Paulo``, ``Braga, no norte de Portugal``, ``a fábrica da Fiat, na região de Turim``, and the
same in brackets, as news names a district of a town: ``em Madureira (zona norte do Rio)``.

The text between the two names is read whatever the parse (the parser hangs ``no interior`` on
the verb, and the bracket on a name before the district's: ``a agência do Banco do Brasil em
Madureira (zona norte do Rio)``): a comma, ``em`` (or a contraction), an area noun of
``teia/extract/data/regions.json`` (``interior``, ``norte``, ``região``, ``estado``...) and
``de``; or an opening bracket right after the name, the area noun (no preposition before it:
``(a oeste de Moscou)`` is a direction from the place, not a part of it) and ``de``, the second
name closing the bracket. The categories choose the property through the mapping's ``em``
genitive rules (place in place: ``locatedIn``; organization in place: ``headquarteredIn``).
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Token

from teia.extract.articles import IN_FORMS, OF_FORMS
from teia.extract.demonyms import names_a_country
from teia.extract.entity_words import entity_words
from teia.extract.labels import NMOD
from teia.extract.lexicons import alternation
from teia.extract.relations.context import Context
from teia.extract.relations.found import ASSERTED, Arg, Found, make_found
from teia.extract.relations.gaps import BRACKET_CLOSES, COMMA_AHEAD
from teia.extract.relations.syntax import case_of
from teia.extract.regions import load_regions
from teia.folding import fold

__all__ = ["area_level", "area_nesting", "country_in_a_division", "division_order"]

_IN = alternation(IN_FORMS)
_OF = alternation(OF_FORMS)


@functools.lru_cache(maxsize=4)
def _area_patterns(modifiers: frozenset[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Two patterns whose group 1 is an area noun, an adjective of ``regions.json``'s
    ``area_modifiers`` (``modifiers``) allowed after it: first the text between a name and the
    place it is in (``, no interior de``, ``, na região metropolitana de``, ``, no extremo sul
    do``), then the bracket that opens the same (``(zona norte do``, ``(região central de``)."""
    tail = rf"(?:\s+(?:{alternation(modifiers)}))?" if modifiers else ""
    gap = re.compile(rf"\s*,\s*(?:{_IN})\s+(?:extremo\s+)?([\w-]+){tail}\s+(?:{_OF})\s+", re.IGNORECASE)
    bracket = re.compile(rf"\s*,?\s*\(\s*(?:extremo\s+)?([\w-]+){tail}\s+(?:{_OF})\s+", re.IGNORECASE)
    return gap, bracket


# the first word of a name
_FIRST_WORD = re.compile(r"[^\W\d_]+")
# the first two words of a name, the second optional ("Comunidade Autónoma de Madrid")
_FIRST_WORDS = re.compile(r"[^\W\d_]+(?:\s+[^\W\d_]+)?")
# the last three words right before a name, nothing else between ("estado americano de",
# "região administrativa da", "no departamento")
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_]+(?:-[^\W\d_]+)*\s+){1,3}$")
_REACH = 40


def area_level(text: str, start: int, end: int) -> int | None:
    """The level (:attr:`~teia.extract.regions.Regions.levels`, 0 the largest) of the division
    that the place named at ``text[start:end]`` is: the noun its name opens with (``Condado de
    Lake``, ``província de Messina``) or the one before it, an adjective and ``de`` allowed between
    (``no estado americano de Michigan``, ``na região da Sicília``, ``no departamento
    Finisterra``), a noun of two words read as one (``na comunidade autónoma de Castela e Leão``);
    ``None`` when neither is a noun of a level (``Itatiba``, ``na capital de``)."""
    levels = load_regions().levels
    opening = _FIRST_WORDS.match(text, start, end)
    words = opening.group().split() if opening is not None else []
    for noun in (words, words[:1]):  # a noun of two words ("comunidade autónoma"), then of one
        if noun and " ".join(noun).lower() in levels:
            return levels[" ".join(noun).lower()]
    before = _WORDS_BEFORE.search(text, max(0, start - _REACH), start)
    words = before.group().split() if before is not None else []
    if words and words[-1].lower() in OF_FORMS:
        words.pop()
    # a noun of two words, then the noun, or an adjective and then the noun
    for noun in (words[-2:] if len(words) > 1 else [], words[-1:], words[-2:-1]):
        if noun and " ".join(noun).lower() in levels:
            return levels[" ".join(noun).lower()]
    return None


def country_in_a_division(text: str, inner: tuple[int, int], outer: tuple[int, int]) -> bool:
    """Whether a statement would put the country named bare at ``inner`` (char span) in the place
    named at ``outer`` as a division of a country below the region (``província``, ``estado``,
    ``departamento``: :func:`area_level` above 0): a country is in none (``um município de Angola,
    na província do Zaire``; ``uma cidade do Afeganistão, capital da província de Jowzjan``)."""
    if not names_a_country(text[inner[0] : inner[1]]):
        return False
    level = area_level(text, *outer)
    return level is not None and level > 0


def division_order(text: str, first: tuple[int, int], second: tuple[int, int]) -> int | None:
    """How the places named at ``first`` and ``second`` (char spans; the second read as the one the
    first is in: ``Texas, no Condado de Smith``) nest when both are named as divisions of a
    country (:func:`area_level`): ``1`` when ``first``'s level is the lower (``Condado de Lake, no
    estado da Flórida``: as read), ``-1`` when ``second``'s is (``no estado de Texas, no Condado
    de Smith``: the text goes from the larger to the smaller, the county is in the state), ``0``
    when both are of one level (``no departamento de La Paz, província de Inquisivi``: which holds
    the other differs between countries), ``None`` when either is no division of a level. A place
    named by its name alone (:func:`_bare_name`) holds a division of the lowest level named after
    it (``em Coimbra, na freguesia da Sé Nova``, ``em Salvador, no bairro de Brotas``: ``-1``)."""
    a, b = area_level(text, *first), area_level(text, *second)
    if a is None and b is not None and b == max(load_regions().levels.values()) and _bare_name(text, *first):
        return -1  # "em Salvador, no bairro de Brotas": the neighbourhood is in the town
    if a is None or b is None:
        return None
    return (a > b) - (a < b)


def _bare_name(text: str, start: int, end: int) -> bool:
    """Whether the place named at ``text[start:end]`` is named by its name alone right after ``em``
    (or its contraction): ``em Coimbra``, ``no Recife``; not after a noun (``a povoação de
    Arrancada``, ``o lugar de Portomanso``, ``a sede do Céres Futebol Clube``) nor opening with one of
    a place, a street, a venue or an institution (``no Estádio Pituaçu``, ``na Rua Augusta``). Such a
    name before a neighbourhood is a town's (``em Coimbra, na freguesia da Sé Nova``); a village's, a
    building's or a street's is in the neighbourhood or the parish (``junto da povoação de Perrães,
    na freguesia de Oiã``)."""
    before = _WORDS_BEFORE.search(text, max(0, start - _REACH), start)
    if before is None or before.group().split()[-1].lower() not in IN_FORMS:
        return False
    w = entity_words()
    first = _FIRST_WORD.match(text, start, end)
    return first is None or fold(first.group()) not in w.place_nouns | w.venue_heads | w.organization_heads | w.institution_heads


def area_nesting(tok: Token, ctx: Context) -> list[Found]:
    """``Itatiba, no interior de São Paulo`` → ``locatedIn(Itatiba, São Paulo)``."""
    first = ctx.mention(tok.idx, tok.idx + len(tok.text))
    if first is None or first[0] != tok.idx:
        return []
    regions = load_regions()
    gap_pattern, bracket_pattern = _area_patterns(regions.modifiers)
    bracket = bracket_pattern.match(ctx.text, first[1]) is not None
    if not bracket and COMMA_AHEAD.match(ctx.text, first[1]) is None:
        return []  # the comma (or the bracket) must follow the name
    case = case_of(tok)
    if not bracket and tok.dep_ == NMOD and case is not None and ctx.mapping.preposition(case.lemma_ or case.text) == "de":
        return []  # "o 5.º Exército dos EUA, no noroeste da Itália": the area is the head noun's
    sent = ctx.sentence(tok)
    mentions = ctx.mentions_in(first[1], sent.end_char)
    nxt = next((m for m in mentions if m[0] >= first[1]), None)
    if nxt is None or nxt[2] == first[2]:
        return []
    hit = (bracket_pattern if bracket else gap_pattern).fullmatch(ctx.text, first[1], nxt[0])
    if hit is None or hit.group(1).lower() not in regions.areas:
        return []
    if bracket:
        if BRACKET_CLOSES.match(ctx.text, nxt[1]) is None:
            return []  # "(zona norte do Rio, perto de Niterói)": not read
        categories = ctx.category.get(first[2], ""), ctx.category.get(nxt[2], "")
        if ctx.mapping.noun(hit.group(1).lower(), "de", subject=categories[0], obj=categories[1]) is not None:
            return []  # "Bangu (município do Rio)": the mapping's frame reads it (partOf)
    head = Arg(first[2], first[0], first[1], tok)
    place = Arg(nxt[2], nxt[0], nxt[1], ctx.offsets.token_in(sent, nxt[0]))
    inner, outer = head, place
    levels = regions.levels
    mine, theirs = area_level(ctx.text, first[0], first[1]), levels.get(hit.group(1).lower())
    if mine is not None and theirs is not None:
        if mine == theirs:
            return []  # "no departamento de La Paz, na província de Inquisivi": either may hold the other
        if theirs > mine:
            inner, outer = place, head  # "no estado do Texas, no condado de Smith": the county is in the state
    elif theirs is not None and theirs == max(levels.values()) and _bare_name(ctx.text, first[0], first[1]):
        inner, outer = place, head  # "em Lisboa, na freguesia de Belém": the parish is in the town
    rule = ctx.mapping.genitive_rule(ctx.category.get(inner.entity, ""), "", ctx.category.get(outer.entity, ""), "em")
    if rule is None:
        return []
    s, o = (outer, inner) if rule.inverse else (inner, outer)
    trigger = ctx.offsets.token_in(sent, hit.start(1))
    return [make_found(s, rule.predicate, o, trigger, "area-nesting", None, True, ASSERTED, None)]
