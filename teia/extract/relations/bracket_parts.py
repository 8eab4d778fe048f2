"""The places a bracket lists after a place are its parts (issue 20, P61d): ``o vice-presidente
da Iugoslávia (Sérvia e Montenegro)``, ``no Ceará (Juazeiro do Norte e Fortaleza)``.

A bracket with one place after a name says where the name is (``Madison (EUA)``, read by
``surface-nesting``, which leaves a bracket of several names of one category alone: ``Mercosul
(Brasil, Argentina, Uruguai e Paraguai)`` lists parts, not places it is in). Here a name followed
by a bracket that holds nothing but two or more names, joined by commas and an ``e`` before the
last, gives each listed name the frame of ``bracket_parts`` in ``relations.json`` for the two
categories (a place in a place: ``partOf``). Read off the text, whatever the parse. The listed
names must be known places (the shipped name lists, the knowledge base, a country of the demonym
lexicon): in a football line-up the NER types players as places (``a Argentina (Maradona e
Caniggia)``). A place holds no place of its own rank or a wider one: a state's code or a state
only under a country or a wider region (not ``Barretos (SP e MG)``), a country only under a wider
region or a name no list knows as a place (``Iugoslávia``, a federation gone; not ``Genebra
(Suíça e França)``).
"""

from __future__ import annotations


from spacy.tokens import Token

from teia.extract.demonyms import names_a_country
from teia.extract.regions import state, wider_than_countries
from teia.extract.relations.context import Context
from teia.extract.relations.found import ASSERTED, Arg, Found, make_found
from teia.extract.relations.gaps import AND_GAP, BRACKET_CLOSES, BRACKET_OPENS, COMMA_GAP
from teia.extract.relations.gates import known_place_names

__all__ = ["BRACKET_PARTS_RULE", "bracket_list", "bracket_parts"]

BRACKET_PARTS_RULE = "bracket-parts"



def bracket_list(text: str, mentions: list[tuple[int, int, str]], k: int) -> list[tuple[int, int, str]]:
    """The mentions listed in a bracket opened right after mention ``k``: two or more, with only a
    comma between two of them and ``e`` before the last, the bracket closing after it; none when
    anything else stands inside."""
    if k + 1 >= len(mentions) or not BRACKET_OPENS.fullmatch(text, mentions[k][1], mentions[k + 1][0]):
        return []
    items = [mentions[k + 1]]
    for m in mentions[k + 2 :]:
        between = (items[-1][1], m[0])
        if AND_GAP.fullmatch(text, *between):
            items.append(m)
            return items if BRACKET_CLOSES.match(text, m[1]) else []
        if not COMMA_GAP.fullmatch(text, *between):
            return []
        items.append(m)
    return []


def _holds(whole: str, part: str) -> bool:
    """Whether a place named ``whole`` may hold one named ``part`` by their ranks: nothing holds
    a region wider than a country; a country only such a region or a name no list knows as a
    place; a state or a state's code only a country or a wider region."""
    if wider_than_countries(part):
        return False
    if names_a_country(part):
        return wider_than_countries(whole) or not known_place_names((whole,))
    if state(part):
        return wider_than_countries(whole) or names_a_country(whole)
    return True


def bracket_parts(tok: Token, ctx: Context) -> list[Found]:
    """``Iugoslávia (Sérvia e Montenegro)`` → ``partOf(Sérvia, Iugoslávia)``,
    ``partOf(Montenegro, Iugoslávia)`` (module docstring)."""
    found = ctx.starting_mention(tok, None)
    if found is None:
        return []
    first, sent, mentions, k = found
    items = bracket_list(ctx.text, mentions, k)
    cats = {ctx.category.get(m[2]) for m in items}
    if not items or len(cats) != 1 or any(m[2] == first[2] for m in items):
        return []
    rule = ctx.mapping.bracket_part_rule(ctx.category.get(first[2], ""), cats.pop())
    if rule is None:
        return []
    text = ctx.text
    whole = Arg(first[2], first[0], first[1], tok)
    parts = [Arg(m[2], m[0], m[1], ctx.offsets.token_in(sent, m[0])) for m in items]
    names = [text[p.start : p.end] for p in parts]
    if known_place_names(names) != set(names) or not all(_holds(text[first[0] : first[1]], name) for name in names):
        return []
    trigger = ctx.offsets.token_in(sent, text.index("(", first[1]))
    out = []
    for part in parts:
        s, o = (part, whole) if rule.inverse else (whole, part)
        out.append(make_found(s, rule.predicate, o, trigger, BRACKET_PARTS_RULE, None, True, ASSERTED, None))
    return out
