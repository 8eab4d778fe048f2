"""A place nested in another through a part of it (issue 20): ``em Itatiba, no interior de São
Paulo``, ``Braga, no norte de Portugal``, ``a fábrica da Fiat, na região de Turim``.

The text between the two names is read whatever the parse (the parser hangs ``no interior`` on
the verb): a comma, ``em`` (or a contraction), an area noun of
``teia/extract/data/regions.json`` (``interior``, ``norte``, ``região``, ``estado``...) and
``de``. The categories choose the property through the mapping's ``em`` genitive rules (place
in place: ``locatedIn``; organization in place: ``headquarteredIn``).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from teia.extract.labels import NMOD
from teia.extract.relations.context import Context
from teia.extract.relations.found import ASSERTED, Arg, Found, make_found
from teia.extract.relations.syntax import case_of
from teia.extract.regions import load_regions

__all__ = ["area_nesting"]

# ", no interior de", ", na região metropolitana de", ", no extremo sul do": group 1 is the area noun
_AREA_GAP = re.compile(
    r"\s*,\s*(?:em|no|na|nos|nas)\s+(?:extremo\s+)?([\w-]+)(?:\s+(?:metropolitana|central|serrana|norte|sul|leste|oeste))?"
    r"\s+(?:de|do|da|dos|das)\s+",
    re.IGNORECASE,
)


_COMMA = re.compile(r"\s*,")


def area_nesting(tok: Token, ctx: Context) -> list[Found]:
    """``Itatiba, no interior de São Paulo`` → ``locatedIn(Itatiba, São Paulo)``."""
    first = ctx.mention(tok.idx, tok.idx + len(tok.text))
    if first is None or first[0] != tok.idx or _COMMA.match(ctx.text, first[1]) is None:
        return []  # the comma must follow the name
    case = case_of(tok)
    if tok.dep_ == NMOD and case is not None and ctx.mapping.preposition(case.lemma_ or case.text) == "de":
        return []  # "o 5.º Exército dos EUA, no noroeste da Itália": the area is the head noun's
    sent = ctx.sentence(tok)
    mentions = ctx.mentions_in(first[1], sent.end_char)
    nxt = next((m for m in mentions if m[0] >= first[1]), None)
    if nxt is None or nxt[2] == first[2]:
        return []
    hit = _AREA_GAP.fullmatch(ctx.text, first[1], nxt[0])
    if hit is None or hit.group(1).lower() not in load_regions().areas:
        return []
    rule = ctx.mapping.genitive_rule(ctx.category.get(first[2], ""), "", ctx.category.get(nxt[2], ""), "em")
    if rule is None:
        return []
    head = Arg(first[2], first[0], first[1], tok)
    place = Arg(nxt[2], nxt[0], nxt[1], ctx.offsets.token_in(sent, nxt[0]))
    s, o = (place, head) if rule.inverse else (head, place)
    trigger = ctx.offsets.token_in(sent, hit.start(1))
    return [make_found(s, rule.predicate, o, trigger, "area-nesting", None, True, ASSERTED, None)]
