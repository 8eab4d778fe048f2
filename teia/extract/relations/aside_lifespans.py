"""A lifespan bracket after an aside on the person's name (issue 20, P61f): the name as written in
another language or script, a link, the way the person is known, set between the name and the
bracket of birth and death, as encyclopedias write it: ``Joseph Kosma (em húngaro Kozma József),
(Budapeste, 22 de Outubro de 1905 – La Roche-Guyon, 17 de Agosto de 1969)``, ``Élton José Xavier
Gomes [URLTOKEN Perfil no ogol.com.br] (Palmeira dos Índios, 7 de Abril de 1986)``, ``Dejan
Stanković - em sérvio, Дејан Станковић - (Belgrado, 11 de setembro de 1978)``, ``Jô ou
Armandinho, como é mais conhecido, (Porto Alegre, 22 de Janeiro de 1970)``.

``lifespan`` (:mod:`.lifespan`) reads the bracket right after a person's name; here up to three
asides may stand between them: a link of the scraped text (``[URLTOKEN ...]``), a bracket that is
no lifespan itself, a phrase between two dashes, or ``, como é (mais) conhecido``. The places of
the bracket give ``bornIn`` and ``diedIn`` as there. Not when another person's name ends right
before the bracket (``X, nome artístico de Y (Veneza, ...)``: the bracket is Y's, which the
lifespan rule reads), nor when the first aside is a lifespan bracket itself.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from teia.extract.labels import PER
from teia.extract.lifespans import LINK_WORD, bracket_after, lifespan_parts, post_nominal
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg, Found
from teia.extract.relations.lifespan import bracket_facts

__all__ = ["ASIDE_RULE", "aside_lifespan"]

ASIDE_RULE = "lifespan-aside"

# a bracket that is no lifespan (told below): "(em húngaro Kozma József)", "(como ficou conhecido X)"
_BRACKET_ASIDE = re.compile(r"\s*,?\s*\(([^()]{2,120})\)")
_ASIDES = (
    # a link of the scraped text: "[URLTOKEN Perfil no ogol.com.br]"
    re.compile(r"\s*\[\s*" + LINK_WORD + r"[^\[\]]*\]"),
    _BRACKET_ASIDE,
    # a phrase between two dashes: "- em sérvio, Дејан Станковић -"
    re.compile(r"\s+[-–—]\s+[^-–—()\[\]]{2,80}?\s+[-–—](?=\s*\()"),
    # "como é mais conhecido", between commas
    re.compile(r"\s*,\s*como\s+(?:é|era|ficou)\s+(?:mais\s+)?conhecid[oa](?=\s*,\s*\()"),
)
_MAX_ASIDES = 3


def _after_asides(text: str, end: int) -> int | None:
    """Where the asides after a name ending at ``end`` end (the lifespan bracket may follow),
    None when no aside follows, the first bracket being the name's own lifespan (the lifespan
    rule's) or no aside at all."""
    pos, n = end, 0
    while n < _MAX_ASIDES:
        hit = next((m for p in _ASIDES if (m := p.match(text, pos)) is not None), None)
        if hit is None:
            break
        if hit.re is _BRACKET_ASIDE and lifespan_parts(hit.group(1)) is not None:
            break  # the lifespan bracket itself
        pos, n = hit.end(), n + 1
    return pos if n else None


def aside_lifespan(tok: Token, ctx: Context) -> list[Found]:
    """``Joseph Kosma (em húngaro Kozma József), (Budapeste, 1905 – La Roche-Guyon, 1969)`` →
    ``bornIn`` Budapeste, ``diedIn`` La Roche-Guyon (module docstring)."""
    first = ctx.mention(tok.idx, tok.idx + len(tok.text))
    if first is None or first[0] != tok.idx or ctx.category.get(first[2]) != PER or post_nominal(ctx.text, first[0], first[1]):
        return []
    text = ctx.text
    pos = _after_asides(text, first[1])
    if pos is None:
        return []
    hit = bracket_after(text, pos)
    if hit is None:
        return []
    bracket = hit.start(1) - 1
    for m in ctx.mentions_in(first[1], bracket):
        if ctx.category.get(m[2]) == PER and (other := bracket_after(text, m[1])) is not None and other.start(1) == hit.start(1):
            return []  # "X, nome artístico de Y (Veneza, ...)": Y's bracket
    return bracket_facts(Arg(first[2], first[0], first[1], tok), hit, ctx, ASIDE_RULE)
