"""A town, its region and its country, commas between them (issue 20, P61f): the address of an
encyclopedia's lead or lifespan bracket, ``localizado em Denver, Colorado, Estados Unidos``,
``(Pasadena, Califórnia, EUA, 23 de fevereiro de 1889``, ``dentro de Manaus, Amazonas, Brasil``.

``surface-nesting`` (:mod:`.nesting`) nests a place in the one after a comma, but not when a third
place follows across another comma: three names and two commas are as often a list (``Suécia,
Noruega, Finlândia``, ``Joinville, Criciúma, Itajaí``). Here such a run of exactly three places
is a chain when the last is a country and neither of the first two is one (nor wider than a
country), the first no Brazilian state either (``São Paulo, Rio de Janeiro, Brasil`` may list two
states): a list of towns does not end in their country. Each place is then in the next
(``Denver partOf Colorado``, ``Colorado partOf Estados Unidos``), with the property of two places
in apposition, as for ``Andrelândia, MG``. Not when the run goes on: another place or a
capitalized word across a comma or a conjunction before the first or after the country (``em
Lisboa, Porto, Braga, Espanha e França``).
"""

from __future__ import annotations


from spacy.tokens import Token

from teia.extract.demonyms import names_a_country
from teia.extract.labels import LOC
from teia.extract.regions import state, state_code, wider_than_countries
from teia.extract.relations.context import Context
from teia.extract.relations.found import ASSERTED, Arg, Found, make_found
from teia.extract.relations.gaps import COMMA_GAP
from teia.extract.relations.nesting import list_gap, word_list

__all__ = ["CHAIN_RULE", "place_chain"]

CHAIN_RULE = "place-chain"



def place_chain(tok: Token, ctx: Context) -> list[Found]:
    """``Denver, Colorado, Estados Unidos`` → ``partOf(Denver, Colorado)``, ``partOf(Colorado,
    Estados Unidos)`` (module docstring)."""
    found = ctx.starting_mention(tok, LOC)
    if found is None:
        return []
    first, sent, mentions, k = found
    if k + 2 >= len(mentions):
        return []
    chain = mentions[k : k + 3]
    text = ctx.text
    if any(ctx.category.get(m[2]) != LOC for m in chain) or len({m[2] for m in chain}) < 3:
        return []
    if not all(COMMA_GAP.fullmatch(text, a[1], b[0]) for a, b in zip(chain, chain[1:])):
        return []
    town, region, country = (text[m[0] : m[1]] for m in chain)
    if not names_a_country(country) or any(names_a_country(n) or wider_than_countries(n) for n in (town, region)):
        return []
    if state(town) or state_code(town):
        return []  # "São Paulo, Rio de Janeiro, Brasil": two states of a list
    if k > 0 and ctx.category.get(mentions[k - 1][2]) == LOC and list_gap(text, mentions[k - 1][1], first[0]):
        return []  # "em Lisboa, Porto, Braga, Espanha": the list began before
    if k + 3 < len(mentions) and ctx.category.get(mentions[k + 3][2]) == LOC and list_gap(text, chain[2][1], mentions[k + 3][0]):
        return []  # "... Espanha e França": the list goes on after the country
    if word_list(text, sent.start_char, first, chain[2]):
        return []  # a list of capitalized words the NER half took for names
    rule = ctx.mapping.apposition_rule(LOC, LOC)
    if rule is None:
        return []
    args = [Arg(m[2], m[0], m[1], tok if i == 0 else ctx.offsets.token_in(sent, m[0])) for i, m in enumerate(chain)]
    out = []
    for inner, outer in zip(args, args[1:]):
        s, o = (outer, inner) if rule.inverse else (inner, outer)
        trigger = ctx.offsets.token_in(sent, inner.end)  # the comma
        out.append(make_found(s, rule.predicate, o, trigger, CHAIN_RULE, None, True, ASSERTED, None))
    return out
