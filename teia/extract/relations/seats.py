"""An organization's seat said with ``com sede em`` (issue 20, eleventh pass).

Encyclopedia and news text give an organization's seat in a phrase that hangs on the
organization, or on the noun a copula says it is: ``A Gerdau, com sede em Porto Alegre,
comprou a usina``; ``A RPC TV é uma emissora de televisão brasileira, com sede em Guarapuava``;
``a Federação Nacional, que tem sede em São Paulo``. :func:`seat_with` relates the owner, an
organization, to the place of the seat noun's ``em`` complement through the noun's own ``em``
frame of the mapping (``sede`` → ``headquarteredIn``). The owner is the entity the ``com`` phrase hangs on, the
subject of the copula whose predicate noun it hangs on, or the subject of ``ter`` (``que tem
sede em``); a seat phrase on any other verb (``abriu uma filial com sede em``) relates nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from teia.extract.docindex import dependents, has_dependent
from teia.extract.labels import AMOD, APPOS, COP, LOC, NMOD, NSUBJ, OBJ, OBL, ORG
from teia.extract.relations.clauses import subject_args
from teia.extract.relations.context import Context
from teia.extract.relations.found import ASSERTED, Arg, Found, make_found
from teia.extract.relations.modality import clause_modality, negated
from teia.extract.relations.syntax import case_of, lemma_of

__all__ = ["seat_with"]

_WITH = "com"
_HAVE = "ter"
_IN = "em"
_MAX_CLIMB = 2


def _owners(tok: Token, ctx: Context) -> tuple[list[Arg], Token | None]:
    """The entities whose seat ``tok`` is, and the clause head that governs the phrase (for
    its polarity and modality; None when it hangs on a name)."""
    case = case_of(tok)
    head = tok.head
    if tok.dep_ in (NMOD, OBL) and case is not None and ctx.mapping.preposition(case.lemma_ or case.text) == _WITH:
        named = ctx.direct(head)
        if named is not None:
            return [named], None  # "A Gerdau, com sede em Porto Alegre"
        if head.dep_ == APPOS and (owner := ctx.direct(head.head)) is not None:
            return [owner], None  # "a SmartNet, outra rede mundial, com sede em Houston"
        if head.pos_ == "VERB" and tok.dep_ == OBL and (subject := _subject_before(tok, head)) is not None:
            return ctx.entities(subject), None  # "A Petrobras, com sede no Rio, anunciou": set off after the subject
        if head.pos_ == "ADJ" and head.dep_ == AMOD:
            head = head.head  # "uma rádio FM brasileira com sede em ...": on the noun's adjective
        # "uma emissora de televisão brasileira com sede em ...": the phrase may hang on the
        # predicate noun's own complement
        for _ in range(_MAX_CLIMB):
            if has_dependent(head, (COP,)) or not (head.dep_ == NMOD and head.pos_ == "NOUN" and head.head.pos_ == "NOUN"):
                break
            head = head.head
        if has_dependent(head, (COP,)):
            subjects = [a for s in dependents(head, (NSUBJ,)) for a in ctx.entities(s)]
            return subjects, head  # "A RPC TV é uma emissora ..., com sede em Guarapuava"
        return [], None
    if tok.dep_ == OBJ and lemma_of(head) == _HAVE:
        owners, _, _ = subject_args(head, ctx)
        return owners, head  # "a Federação Nacional, que tem sede em São Paulo"
    return [], None


def _subject_before(tok: Token, verb: Token) -> Token | None:
    """The subject of ``verb`` that the seat phrase of ``tok`` follows, set off by commas
    (``A Petrobras, com sede no Rio de Janeiro, anunciou``: the parser hung the phrase on the
    verb), or None."""
    doc = tok.doc
    before, after = tok.left_edge.i, tok.right_edge.i  # the commas, when the parser hung them on the phrase
    if doc[before].text != ",":
        before -= 1
    if doc[after].text != ",":
        after += 1
    if before < 1 or after >= verb.i or doc[before].text != "," or doc[after].text != ",":
        return None
    return next((s for s in dependents(verb, (NSUBJ,)) if s.right_edge.i == before - 1), None)


def seat_with(tok: Token, ctx: Context) -> list[Found]:
    """``X, com sede em Y`` / ``X é uma N com sede em Y`` / ``X tem sede em Y`` → the seat
    noun's ``em`` frame (``headquarteredIn``)."""
    if tok.pos_ != "NOUN":
        return []
    lemma = lemma_of(tok)
    places = [
        a
        for c in dependents(tok, (NMOD,))
        if (cc := case_of(c)) is not None and ctx.mapping.preposition(cc.lemma_ or cc.text) == _IN
        for a in ctx.entities(c)
        if ctx.category.get(a.entity) == LOC
    ]
    if not places:
        return []
    owners, clause = _owners(tok, ctx)
    out = []
    for owner in owners:
        for place in places:
            if owner.entity == place.entity:
                continue
            # the noun's own frames (not the wildcard ones of any title), for an organization
            category = ctx.category.get(owner.entity, "")
            frame = next((f for f in ctx.mapping.nouns.get((lemma, _IN), ()) if f.accepts(None, category, LOC)), None)
            if frame is None or category != ORG:
                continue
            polarity = clause is None or not negated(clause, ctx)
            modality = clause_modality(clause, ctx) if clause is not None else ASSERTED
            out.append(make_found(owner, frame.predicate, place, tok, "seat-with", None, polarity, modality, ctx.time_in([tok])))
    return out
