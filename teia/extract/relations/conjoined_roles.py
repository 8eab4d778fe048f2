"""Two roles of one person joined by ``e`` (issue 20): ``Kazuo Sugahara, diretor da Cianê e
presidente da Abit``; ``Segundo Julio Grondona, presidente da AFA e vice-presidente da Fifa``;
``O presidente do Sindicato das Seguradoras e diretor da Fenaseg, João Possiede, criticou``.

:func:`~teia.extract.relations.nominal.appos_title` and
:func:`~teia.extract.relations.roles.role_before_name` relate the name to the role noun the
apposition joins it to; the other role of the pair was lost, the more so as the parser hangs
the second role noun on the first role's complement (``vice-presidente`` a conjunct of ``AFA``,
``diretor`` of ``Sindicato``) rather than on the first role. :func:`conjoined_role` starts at a
role noun that is such a conjunct (lower case, with ``e`` before it and no article or preposition
of its own: ``o presidente da Fiesp e o ministro da Fazenda, Ciro Gomes``, ``do governador de
Goiás, Iris Rezende, e do líder do governo, Luiz Carlos Santos`` are two people), finds the first
role (the conjunct's head, or the noun whose complement that head is) and the person of the
pair: the name (opening with a capital) the first role is in apposition to, or a name in
apposition to either role after the second; not when the first role has a name of its own
before the second (``Mauro Morelli, o sociólogo Herbert de Souza e representante do Clube``: a
list of people). The second role's ``de`` complement may hang, after it, on the first role's complement
(``presidente do Ipea e pesquisadora da FGV``, ``FGV`` under ``Ipea``): it is the second's, and
:func:`~teia.extract.relations.nominal.noun_objects` no longer gives it to the first. The person
takes the typed role relations (the mapping's ``de`` frames of a role or
kinship, :data:`~teia.extract.relations.units.ROLE_PREDICATES` and ``relativeOf``; not open
ones) of both nouns; a relation the other rules found already is merged with theirs.
"""

from __future__ import annotations

from spacy.tokens import Token

from teia.extract.docindex import dependents, has_dependent
from teia.extract.labels import APPOS, CASE, CC, CONJ, COP, DET, NMOD, NSUBJ, PER
from teia.extract.relations.context import Context
from teia.extract.relations.found import ASSERTED, Arg, Found, make_found
from teia.extract.relations.nominal import noun_frame, noun_relations
from teia.extract.relations.syntax import case_of, lemma_of
from teia.extract.relations.units import ROLE_PREDICATES

__all__ = ["conjoined_role"]

RULE = "role-conj"
_ROLE_POS = frozenset({"NOUN", "ADJ"})
_PREDICATES = ROLE_PREDICATES | {"relativeOf"}


def _role_noun(tok: Token, ctx: Context) -> bool:
    """A common noun (or a noun the tagger called an adjective) that names no entity."""
    return tok.pos_ in _ROLE_POS and tok.text[:1].islower() and ctx.direct(tok) is None


def _first_role(conj: Token, ctx: Context) -> Token | None:
    """The role ``conj`` is coordinated with: its head, or the noun whose complement its head is
    (``presidente da AFA e vice-presidente``: the parser's ``AFA`` → ``vice-presidente``; after
    a copula also a common noun, ``é consultor de seguros e diretor do Centro``)."""
    head = conj.head
    if head.dep_ == NMOD and _role_noun(head.head, ctx) and has_dependent(head.head, (COP,)) and ctx.direct(head) is None:
        return head.head  # "X é consultor de seguros e diretor do Centro": on the role's own complement
    if _role_noun(head, ctx):
        return head
    if head.dep_ == NMOD and _role_noun(head.head, ctx) and ctx.direct(head) is not None:
        return head.head
    return None


def _named_person(tok: Token, ctx: Context) -> Arg | None:
    arg = ctx.direct(tok)
    if arg is None or ctx.category.get(arg.entity) != PER or arg.start != tok.idx or not tok.text[:1].isupper():
        return None
    return arg


def _person(first: Token, conj: Token, ctx: Context) -> Arg | None:
    """The person both roles are said of: the name ``first`` is in apposition to (``Kazuo
    Sugahara, diretor ...``), or a name in apposition to either role after the second
    (``o presidente do Sindicato e diretor da Fenaseg, João Possiede``)."""
    if any(app.i < conj.i and ctx.direct(app) is not None for app in dependents(first, (APPOS,))):
        return None  # "Mauro Morelli, o sociólogo Herbert de Souza e representante do Clube": a list
    if first.dep_ == APPOS and first.head.i < first.i:
        return _named_person(first.head, ctx)
    if has_dependent(first, (COP,)):
        return _copula_subject(first, conj, ctx)
    for role in (conj, first):
        for app in dependents(role, (APPOS,)):
            if app.i > conj.i and (person := _named_person(app, ctx)) is not None:
                return person
    return None


def _copula_subject(first: Token, conj: Token, ctx: Context) -> Arg | None:
    """The named person a copula says holds the first role (``Luiz Freitas é vice-presidente da
    Associação Paulista de Homeopatia e presidente do Departamento``), or None: when a name
    stands in apposition to the second role it is another person's
    (``... é presidente da Fiesp e diretor da Abit, João``)."""
    if any(app.i > conj.i and ctx.direct(app) is not None for app in dependents(conj, (APPOS,))):
        return None
    return next((p for s in dependents(first, (NSUBJ,)) if (p := _named_person(s, ctx)) is not None), None)


def conjoined_role(tok: Token, ctx: Context) -> list[Found]:
    """``X, diretor da Y e presidente da Z`` → ``led(X, Y)``, ``led(X, Z)`` (module docstring)."""
    if tok.dep_ != CONJ or not _role_noun(tok, ctx):
        return []
    if not any(c.i < tok.i and c.lower_ == "e" for c in dependents(tok, (CC,))) or dependents(tok, (DET, CASE)):
        return []  # "o presidente da Fiesp e o ministro da Fazenda", "do governador X e do líder Y": two people
    first = _first_role(tok, ctx)
    if first is None:
        return []
    person = _person(first, tok, ctx)
    if person is None:
        return []
    clause = first if has_dependent(first, (COP,)) else None  # the copula's polarity and modality
    found = noun_relations(person, first, ctx, RULE, typed_only=True) + noun_relations(
        person, tok, ctx, RULE, clause_head=clause, typed_only=True
    )
    return [f for f in found + _stranded(person, tok, ctx) if f.predicate in _PREDICATES and f.subject.entity != f.object.entity]


def _stranded(person: Arg, conj: Token, ctx: Context) -> list[Found]:
    """The second role's own ``de`` complement when the parser hung it, after the role, on the
    first role's complement (``presidente do Ipea e pesquisadora da FGV``: ``FGV`` under
    ``Ipea``)."""
    head = conj.head
    if ctx.direct(head) is None or head.dep_ != NMOD:
        return []
    lemma = lemma_of(conj)
    out = []
    for g in dependents(head, (NMOD,)):
        case = case_of(g)
        if g.i < conj.i or case is None or ctx.mapping.preposition(case.lemma_ or case.text) != "de":
            continue
        for obj in ctx.entities(g):
            frame = noun_frame(lemma, "de", PER, obj, ctx)
            if frame is not None and not frame.inverse:
                out.append(make_found(person, frame.predicate, obj, conj, RULE, None, True, ASSERTED, None))
    return out
