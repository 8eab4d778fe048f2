"""A role apposed to a predicate noun is the subject's (issue 20, 26e): ``Jyrki Katainen é um
político finlandês, líder do Partido da Coligação Nacional`` → led, ``Alberto de Faria foi um
advogado e intelectual brasileiro, membro da Academia Brasileira de Letras`` → memberOf, ``Daniel
Weksler é um músico brasileiro, baterista da banda Nxzero`` → affiliatedWith.

Wikipedia's first sentences say what a person is with a copula and a predicate noun, then add a
role after a comma; the parser hangs the role on the predicate noun as an apposition, and the
apposition rule (:func:`~.nominal.appos_title`) finds no entity in that noun: the statement was
lost. The role noun (no name of its own) apposed after a comma to a predicate noun with a copula
(no name either) relates the person the copula's subject names (not the names in the person's
title, ``Miguel Primo de Rivera, Marquês de Estella e de Ajdir``; not a club, ``um clube de
futebol, da Ilha de Mosqueiro, um distrito da cidade de Belém``) through the role's frames
(:func:`~.nominal.noun_relations`), as ``X é líder do Partido`` does: only the frames the mapping
types (an open relation of such a noun would say little), and no contest (``um tenista italiano,
vencedor do Torneio de Roland Garros`` beat no tournament: a victory told there names a prize or
a tournament). The role may also follow the predicate's adjectives without a comma, which the
parser then hangs on the predicate noun as a complement without a preposition: ``Fernando
Van-Dúnem é um político angolano membro do MPLA`` → memberOf (issue 20, P50d).
"""

from __future__ import annotations

from spacy.tokens import Token

from teia.extract.docindex import has_dependent
from teia.extract.labels import APPOS, COP, NMOD, NSUBJ, PER
from teia.extract.relations.context import Context
from teia.extract.relations.found import Found
from teia.extract.relations.mapping import CONTESTS
from teia.extract.relations.nominal import noun_relations
from teia.extract.relations.syntax import case_of

__all__ = ["predicate_apposition"]


def predicate_apposition(tok: Token, ctx: Context) -> list[Found]:
    """``X é um político finlandês, líder do Partido Y`` → ``led(X, Partido Y)``."""
    if tok.dep_ not in (APPOS, NMOD) or tok.pos_ != "NOUN" or ctx.direct(tok) is not None:
        return []
    head = tok.head
    if head.i >= tok.i or head.pos_ != "NOUN" or not has_dependent(head, (COP,)) or ctx.direct(head) is not None:
        return []
    if tok.dep_ == NMOD:
        # "um político angolano membro do MPLA": the role set right after the predicate's
        # adjectives without a comma, which the parser hangs on it as a complement with no
        # preposition
        if case_of(tok) is not None or any(t.pos_ not in ("ADJ", "PUNCT") for t in tok.doc[head.i + 1 : tok.i]):
            return []
    elif not any(t.text == "," for t in tok.doc[head.i + 1 : tok.i]):
        return []  # after a comma: "um político finlandês, líder do ..."
    subject = next((c for c in head.children if c.dep_ == NSUBJ), None)
    person = ctx.entity(subject) if subject is not None else None
    if person is None or ctx.category.get(person.entity) != PER:
        return []
    # no contest: a victory told beside what someone is names a prize or a tournament ("um tenista
    # italiano, vencedor do Torneio de Roland Garros", "vencedor do Grammy"), not a beaten rival
    return [f for f in noun_relations(person, tok, ctx, "predicate-apposition", typed_only=True) if f.predicate not in CONTESTS]
