"""Where a person was born, died or lived, named through a common noun of a place inside it
(issue 20, P44e): ``nascida em uma fazenda em Pinheiros``, ``nasceu numa pequena aldeia de
Zamość``, ``nasceu na pequena cidade de Dawson``, ``morreu num hospital de Lisboa``.

The clause's ``em`` argument is then the common noun (``fazenda``, ``aldeia``, ``casa``,
``família``, ``hospital``; ``container_nouns`` of ``relations.json``), which names no entity, and
the verb's frame read nothing (:mod:`.divisions` reads a division noun that *is* the place:
``nasceu na cidade de Goiânia``, definite and without an adjective). A place inside another is in
it, so a birth, a death or a home in the noun's place is one in the place its ``de`` or ``em``
complement names (``uma aldeia de Zamość`` is in Zamość, whatever its own name), also through a
second such noun (``numa pequena casa na zona rural de Rafard``). Not when the noun or the phrase
says the place is only near the named one (``na cidade vizinha de Sumaré``, ``numa vila perto de
Kiev``: ``nearby_words``), nor for a complement that is a person's or anything but a place. Only
the frames of a person's place of birth, death or home (:data:`LIFE_PLACES`) are read so:
``trabalhou numa fábrica de Braga`` says where the factory is, not a typed fact of the worker.
"""

from __future__ import annotations

from spacy.tokens import Token

from teia.extract.labels import AMOD, LOC, NMOD, OBL
from teia.extract.relations.clauses import analyse_clause
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg, Found, make_found
from teia.extract.relations.modality import clause_modality, negated
from teia.extract.relations.syntax import VERBAL, case_of, clause_tokens, lemma_of

__all__ = ["CONTAINER_RULE", "LIFE_PLACES", "container_place"]

CONTAINER_RULE = "container-place"

LIFE_PLACES = frozenset({"bornIn", "diedIn", "residedIn"})
"""The properties of a person's place of birth, death or home: a place that holds the place
the clause names holds the person's too."""

# how deep a chain of container nouns is followed ("numa casa na zona rural de Rafard")
_DEPTH = 2


def _near(tok: Token, ctx: Context) -> bool:
    """Whether the noun or name ``tok`` is said to be near a place, not in it: an adjective of
    ``nearby_words`` (``a cidade vizinha de``) or such a word before its preposition (``perto
    de``, ``próximo a``)."""
    if any(c.dep_ == AMOD and lemma_of(c) in ctx.mapping.nearby_words for c in tok.children):
        return True
    return any(c.i < tok.i and c.lower_ in ctx.mapping.nearby_words for c in tok.children)


def _place_in(noun: Token, ctx: Context, depth: int) -> Arg | None:
    """The place (LOC) that the ``de`` or ``em`` complement of the container noun ``noun`` names,
    through another container noun down to :data:`_DEPTH`; ``None`` when the noun is near its
    place or has none."""
    if _near(noun, ctx):
        return None
    for c in noun.children:
        if c.dep_ != NMOD or c.i < noun.i:
            continue
        case = case_of(c)
        if case is None or ctx.mapping.preposition(case.lemma_ or case.text) not in ("de", "em") or _near(c, ctx):
            continue
        arg = ctx.entity(c)
        if arg is not None:
            if ctx.category.get(arg.entity) == LOC:
                return arg
            continue  # "na casa de Pedro": a person's, no place
        if depth > 1 and c.pos_ == "NOUN" and lemma_of(c) in ctx.mapping.container_nouns:
            found = _place_in(c, ctx, depth - 1)
            if found is not None:
                return found
    return None


def container_place(tok: Token, ctx: Context) -> list[Found]:
    """``Elisa, nascida em uma fazenda em Pinheiros`` → ``bornIn(Elisa, Pinheiros)`` (module
    docstring)."""
    if tok.pos_ not in VERBAL:
        return []
    nouns = [
        c
        for c in tok.children
        if (c.dep_ == OBL or c.dep_.startswith(OBL + ":"))
        and c.pos_ == "NOUN"
        and lemma_of(c) in ctx.mapping.container_nouns
        and (case := case_of(c)) is not None
        and ctx.mapping.preposition(case.lemma_ or case.text) == "em"
        and ctx.entity(c) is None
    ]
    if not nouns:
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None:
        return []
    subjects = (clause.patients or clause.agents) if clause.passive else clause.agents
    if not subjects:
        return []
    lemma = ctx.lemma(tok)
    out: list[Found] = []
    for noun in nouns:
        place = _place_in(noun, ctx, _DEPTH)
        if place is None:
            continue
        for subj in subjects:
            if subj.entity == place.entity:
                continue
            frame = ctx.mapping.verb(lemma, "em", passive=clause.passive, subject=ctx.category.get(subj.entity, ""), obj=LOC)
            if frame is None or frame.predicate not in LIFE_PLACES:
                continue
            s, o = (place, subj) if frame.inverse else (subj, place)
            time = ctx.time_in(clause_tokens(tok))
            out.append(make_found(s, frame.predicate, o, tok, CONTAINER_RULE, clause, not negated(tok, ctx), clause_modality(tok, ctx), time))
    return out
