"""A role named as the post a person holds: ``ocupa o cargo de presidente do Banco Central``
(issue 20, P29f).

News text gives an office as the complement of a noun of a post (``cargo``, ``posto``,
``função``) that is the object of a verb of holding it: ``Richard Frank ocupa atualmente o cargo
de vice-presidente do International Finance Corporation``; ``Assumiu em seguida o cargo de
embaixador do Brasil``; ``exerceu o cargo de diretor do Banco Mundial``. The role noun's frames
say what the subject is of the role's complement, as a copula would (``X é vice-presidente do
IFC``). :func:`post_role` reads a bare role noun (no article) that is the ``de`` complement of a
noun of the mapping's ``post_nouns``, itself the object of an active verb of ``post_verbs``
(``assumir``, ``ocupar``, ``exercer``, ``deixar``...), through the role's typed role frames
(:data:`~teia.extract.relations.units.ROLE_PREDICATES`); no open relation. Not a post sought or
offered (``disputa o cargo de``, ``candidato ao cargo de``, ``ofereceu-lhe o cargo de``): those
verbs are not in the list.
"""

from __future__ import annotations

from spacy.tokens import Token

from teia.extract.docindex import has_dependent
from teia.extract.labels import DET, NMOD, OBJ
from teia.extract.relations.context import Context
from teia.extract.relations.found import Found
from teia.extract.relations.part_phrase import agents_noun_relations
from teia.extract.relations.syntax import case_of, lemma_of
from teia.extract.relations.units import ROLE_PREDICATES

__all__ = ["post_role"]

RULE = "post-role"
_OF = "de"


def post_role(tok: Token, ctx: Context) -> list[Found]:
    """``X ocupa o cargo de presidente de Y`` → the role's frame between X and Y."""
    if tok.dep_ != NMOD or tok.pos_ != "NOUN" or not tok.text[:1].islower():
        return []
    post = tok.head
    if post.i == tok.i or post.dep_ != OBJ or lemma_of(post) not in ctx.mapping.post_nouns:
        return []
    case = case_of(tok)
    if case is None or ctx.mapping.preposition(case.lemma_ or case.text) != _OF or has_dependent(tok, (DET,)):
        return []  # "o cargo para o presidente", "o cargo do presidente": not the post's role
    verb = post.head
    if verb.i == post.i or ctx.lemma(verb) not in ctx.mapping.post_verbs:
        return []
    found = agents_noun_relations(verb, tok, ctx, RULE)
    return [f for f in found if f.predicate in ROLE_PREDICATES and f.subject.entity != f.object.entity]
