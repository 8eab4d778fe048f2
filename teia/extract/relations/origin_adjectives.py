"""An adjective's complement the parser hung on the noun the adjective modifies (issue 20, P50d):
``Javert Monteiro é um ator brasileiro natural de Belo Horizonte``, ``Darcy Dolce Neto é um
jogador de futebol brasileiro, natural de São José do Rio Preto``.

``natural`` is an ``amod`` of the predicate noun and the place the noun's ``nmod``, so the place
read as the noun's complement (``rel:ator_de``; for a player, his team: ``memberOf``), which
:func:`~.repairs.complement_of_adjective` now refuses in :func:`~.nominal.noun_objects`, and the
birthplace was read by no rule. :func:`adjective_complement` reads it for an adjective of the
mapping's noun frames (``natural de`` → bornIn; typed frames only, no open relation) whose
complement so stands beside it: the subject is that of the copula whose predicate the noun is,
up through the noun's own ``de`` phrase or a coordinated noun (``um jogador de futebol ...``,
``um advogado e político ...``), or a person's name the noun is in apposition to.
"""

from __future__ import annotations

from spacy.tokens import Token

from teia.extract.docindex import has_dependent
from teia.extract.labels import AMOD, APPOS, CASE, CONJ, COP, NMOD, PER
from teia.extract.relations.clauses import subject_args
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg, Found, make_found
from teia.extract.relations.modality import clause_modality, negated
from teia.extract.relations.nominal import noun_frame
from teia.extract.relations.repairs import complement_of_adjective
from teia.extract.relations.syntax import lemma_of

__all__ = ["ORIGIN_RULE", "adjective_complement"]

ORIGIN_RULE = "adjective-complement"

# how many nouns up (a "de" phrase, a conjunct) the copula's predicate may stand
_DEPTH = 3


def _owner(noun: Token, ctx: Context) -> tuple[list[Arg], Token] | None:
    """The subjects the adjective on ``noun`` speaks of, and the token whose clause they are in:
    a copula's subjects when ``noun`` is its predicate or inside it (a ``de`` phrase, a conjunct);
    a person's name ``noun`` is in apposition to."""
    for _ in range(_DEPTH):
        if has_dependent(noun, (COP,)):
            subjects, _, has_subject = subject_args(noun, ctx)
            return (subjects, noun) if has_subject and subjects else None
        if noun.dep_ == APPOS:
            name = ctx.direct(noun.head)
            if name is not None and ctx.category.get(name.entity) == PER:
                return [name], noun.head
            return None
        if noun.dep_ not in (NMOD, CONJ) or noun.head.i == noun.i:
            return None
        noun = noun.head
    return None


def adjective_complement(tok: Token, ctx: Context) -> list[Found]:
    """The typed relations of an adjective (``natural``) whose complement the parser hung beside
    it on the noun it modifies (module docstring)."""
    if tok.pos_ != "ADJ" or tok.dep_ != AMOD or tok.i + 1 >= len(tok.doc):
        return []
    case = tok.doc[tok.i + 1]
    complement = case.head
    if case.dep_ != CASE or complement_of_adjective(complement, ctx) is None:
        return []
    owner = _owner(tok.head, ctx)
    if owner is None:
        return []
    subjects, clause_head = owner
    prep = ctx.mapping.preposition(case.lemma_ or case.text)
    polarity = not negated(clause_head, ctx)
    modality = clause_modality(clause_head, ctx)
    out = []
    for obj in ctx.entities(complement):
        for subject in subjects:
            if subject.entity == obj.entity:
                continue
            frame = noun_frame(lemma_of(tok), prep, ctx.category.get(subject.entity, ""), obj, ctx)
            if frame is None or frame.kind:
                continue
            s, o = (obj, subject) if frame.inverse else (subject, obj)
            out.append(make_found(s, frame.predicate, o, tok, ORIGIN_RULE, None, polarity, modality, None))
    return out
