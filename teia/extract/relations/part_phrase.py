"""A relational noun said of the subject through a light verb: ``fazer parte de`` (issue 20, 25e).

``O Brasil faz parte do Mercosul``, ``Guimarânia faz parte da Microrregião de Patos de Minas``,
``uma cantora que faz parte do grupo Danity Kane``: the verb's object is a bare noun (no article,
no number) whose frame in the mapping relates the subject to the noun's complement, as a copula
would (``X é parte de Y``). :func:`part_phrase` reads a bare object noun of a verb of the
mapping's ``part_verbs`` (``fazer``) through the noun's frames (``parte de`` → ``partOf``, or
``memberOf`` for a person or a place in an organization); only a mapped frame counts, so ``fazer
campanha para X`` or ``fazer parte de um plano`` relates nothing, and ``fez a parte de Y`` (with
an article: a role played) neither.
"""

from __future__ import annotations

from spacy.tokens import Token

from teia.extract.docindex import has_dependent
from teia.extract.labels import DET, NUMMOD, OBJ
from teia.extract.relations.clauses import analyse_clause
from teia.extract.relations.context import Context
from teia.extract.relations.found import Found, with_prodrop
from teia.extract.relations.nominal import noun_relations

__all__ = ["agents_noun_relations", "part_phrase"]

RULE = "part-phrase"


def part_phrase(tok: Token, ctx: Context) -> list[Found]:
    """``X faz parte de Y`` → the frame of ``parte de`` between X and Y."""
    verb = tok.head
    if tok.dep_ != OBJ or tok.pos_ != "NOUN" or verb.i == tok.i or ctx.lemma(verb) not in ctx.mapping.part_verbs:
        return []
    if ctx.direct(tok) is not None or has_dependent(tok, (DET, NUMMOD)):
        return []  # "fez a parte de Hamlet": a role played, not a part
    # "faz campanha para X": only a mapped noun says what the subject is
    return agents_noun_relations(verb, tok, ctx, RULE)


def agents_noun_relations(verb: Token, noun: Token, ctx: Context, rule: str) -> list[Found]:
    """The typed relations of ``noun`` said of each agent of the active clause of ``verb``, as
    after a copula (``X faz parte de Y``; ``X ocupa o cargo de presidente de Y``,
    :mod:`~teia.extract.relations.posts`); marked when the agent is a dropped subject."""
    clause = analyse_clause(verb, ctx)
    if clause is None or clause.passive:
        return []
    out = []
    for subject in clause.agents:
        for f in noun_relations(subject, noun, ctx, rule, clause_head=verb, typed_only=True):
            out.append(with_prodrop(f) if clause.prodrop else f)
    return out
