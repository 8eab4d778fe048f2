"""A role with its body, then the person, as news text names them (issue 20): ``o presidente da
CPI, senador Amir Lando``, ``o líder do governo na Câmara, Luiz Carlos Santos``, ``o governador
de Goiás, Iris Rezende``.

:func:`~teia.extract.relations.nominal.appos_title` reads such a phrase when the parser hangs the
name on the role noun; it often hangs it on the body instead (``senador`` in apposition to
``CPI``), or the title word before the name (``senador``, ``o general``) stands in between.
:func:`role_before_name` reads the text after the role's complements: a comma, at most three
lower-case title words (nouns, adjectives, articles: no verb, no ``de``), then a person's
name that is not the subject or an argument of a clause (``Segundo o presidente da CPI, Amir
Lando vai votar`` relates nothing) unless a comma closes it (``O virtual candidato do PT à
Presidência, Lula, desde já trabalha``: the parser made ``Lula`` the subject); a conjunct without ``e``/``ou`` is the parser's reading of
such an apposition and counts (``O presidente da Comissão Técnica, Nelson Nicolau, afirma``),
unless the list goes on. Only role and kinship nouns with a ``de`` frame in the
mapping count (a former one, ``ex-ministro``, and a compound one, ``inspetor-chefe``,
``diretor-tesoureiro``, when its role or a part of it has one, with the relation of the word
itself: the wildcard title's ``affiliatedWith`` for an organization; a former one's typed relation
becomes the open ``rel:ex_ministro_de``, P60m), related to their own
complements (not to those of a noun under them) or to the body after a field of theirs in lower
case with a bare ``de`` (``o gerente de recepção do Transamérica, Wagner Vicente``: an
affiliation, issue 20, P34g).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from teia.extract.docindex import has_dependent
from teia.extract.entities import PERSON_TITLES
from teia.extract.labels import CC, CONJ, DET, IOBJ, LOC, NMOD, NSUBJ, NSUBJ_PASS, OBJ, OBL, ORG, PER
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg, Found
from teia.extract.relations.gaps import COMMA_AHEAD, COMMA_GAP
from teia.extract.relations.nominal import board_of_field, list_goes_on, name_before_bare_role, name_top, noun_objects, noun_relations, open_of_de
from teia.extract.relations.syntax import case_of, held_role, lemma_of
from teia.extract.relations.units import ROLE_PREDICATES, load_units

__all__ = ["role_before_name"]

_SPACE = re.compile(r"[ \t]+")
_TITLE_POS = frozenset({"NOUN", "ADJ", "DET"})
#: the predicates of a role or a kinship noun (not of a place noun, ``estado de``, or of an
#: event noun, ``defesa de``)
_ROLES = ROLE_PREDICATES | {"relativeOf"}
#: the name (or a title word before it) as one of these is an argument of a clause, or a list member
_CLAUSE_ROLES = frozenset({NSUBJ, NSUBJ_PASS, OBJ, OBL, IOBJ, CONJ})
_MAX_TITLE_WORDS = 3


def role_before_name(tok: Token, ctx: Context) -> list[Found]:
    """``o presidente da CPI, senador Amir Lando`` → ``led(Amir Lando, CPI)``."""
    if tok.pos_ != "NOUN":
        return []
    lemma = lemma_of(tok)
    # a former role ("o ex-ministro da Fazenda Mario Henrique Simonsen") is one when its role is:
    # its relation is then the mapping's for the word itself, made open by noun_relations (a
    # former holder holds nothing now: rel:ex_ministro_de)
    role = held_role(lemma)
    frames = ctx.mapping.nouns.get((role, "de"))
    if not frames and "-" in role:
        # a compound role ("o inspetor-chefe da Polícia Rodoviária Federal, X", "o diretor-tesoureiro
        # do Sindicato") is one when a part of it is; its relation again the word's own
        frames = next((f for part in role.split("-") if (f := ctx.mapping.nouns.get((part, "de")))), None)
    if not frames or role in ctx.mapping.event_nouns or not any(f.predicate in _ROLES for f in frames):
        return []
    if ctx.direct(tok) is not None or name_before_bare_role(tok, ctx) is not None:
        return []  # "Guy Spitaels, ministro-presidente da Valónia, Guy Coeme": the role is Spitaels'
    # the role's own complements, or its body after a field of the role ("o gerente de recepção do
    # Transamérica, X"): not those of a noun under it ("a mulher do ministro da Fazenda")
    kin = any(f.predicate == "relativeOf" for f in frames)
    objects = [(prep, a) for prep, a in noun_objects(tok, ctx) if _own_complement(tok, a, ctx, fields=not kin)]
    if not objects:
        return []
    sent = ctx.sentence(tok)
    after = max(a.end for _, a in objects)
    comma = COMMA_GAP.match(ctx.text, after, sent.end_char)
    if comma is None or "," not in comma.group(0):
        glued = _glued_name(max(objects, key=lambda pa: pa[1].end)[1], sent, ctx)
        if glued is None:
            return []
        first = glued
    else:
        first = ctx.offsets.token_in(sent, comma.end())
    i = first.i
    while i < sent.end and i - first.i <= _MAX_TITLE_WORDS and ctx.direct(ctx.doc[i]) is None:
        t = ctx.doc[i]
        if t.pos_ not in _TITLE_POS or not t.text.islower():
            return []
        i += 1
    if i >= sent.end or i - first.i > _MAX_TITLE_WORDS:
        return []
    name = ctx.direct(ctx.doc[i])
    if name is None or name.start != ctx.doc[i].idx or ctx.category.get(name.entity) != PER:
        return []
    # "..., o senador Fernando Henrique hesitou": the title or the name is an argument of a clause
    # a comma right after the name closes the apposition, whatever the parse made of the name
    closed = COMMA_AHEAD.match(ctx.text, name.end) is not None
    if not closed and any(ctx.doc[k].dep_ in _CLAUSE_ROLES and not _comma_conjunct(ctx.doc[k]) for k in range(first.i, i + 1)):
        return []
    person = Arg(name.entity, name.start, name.end, ctx.doc[i])
    if list_goes_on(person, ctx):
        return []  # "o presidente do banco, Pedro Lima, Ana Reis e Rui Melo": a list of names
    found = noun_relations(person, tok, ctx, "role-name")
    # a role is held in a body or a place, not in another person named nearby (kin aside); an open
    # relation only through "de" and to no place ("o diretor geral da IFF no Brasil": no
    # rel:diretor_em, as for an apposition)
    return [
        f
        for f in found
        if f.subject.entity != f.object.entity and (f.predicate == "relativeOf" or not _two_people(f, ctx)) and open_of_de(f, ctx)
    ]


def _own_complement(role: Token, arg: Arg, ctx: Context, *, fields: bool) -> bool:
    """Whether ``arg`` is a complement of the role noun ``role`` itself or, when ``fields``, of a
    field the role is held in: a common noun in lower case after a bare ``de`` (no article),
    itself the role's complement (``o gerente de recepção do Transamérica``, ``o diretor de
    vendas da Inal``) or a board's under the role (``o presidente do conselho de administração
    da APSS``, :func:`~teia.extract.relations.nominal.board_of_field`), whose body the role's
    frames read as the holder's organization (a head's role there is an affiliation,
    :func:`~teia.extract.relations.nominal.noun_relations`). Not a noun with an article (``a
    mulher do ministro da Fazenda``: the Fazenda is the minister's)."""
    head = name_top(arg).head
    if head.i == role.i:
        return True
    if fields and (board := board_of_field(head, ctx)) is not None and board.head.i == role.i:
        return True
    case = case_of(head)
    return (
        fields
        and head.head.i == role.i
        and head.dep_ == NMOD
        and head.pos_ == "NOUN"
        and head.text.islower()
        and case is not None
        and case.lower_ == "de"
        and not has_dependent(head, (DET,))
    )


def _glued_name(body: Arg, sent, ctx: Context) -> Token | None:
    """The first token of a person's name that follows the role's last complement ``body``
    with only a space between (``o diretor do BC Gustavo Franco``, ``o ex-ministro da Fazenda
    Mario Henrique Simonsen``), or None. Not when the two could be one name the NER cut: a name
    opening with a title (``da Fundação Padre Anchieta``) or a body whose name holds a unit noun
    (``do Instituto Butantan``, ``da Escola Paulista``); nor after a body whose name ends with a
    period (``Ltda.``: the end of a sentence the splitter missed)."""
    space = _SPACE.match(ctx.text, body.end, sent.end_char)
    if space is None or ctx.category.get(body.entity) not in (ORG, LOC) or ctx.text[body.end - 1] == ".":
        return None  # "dono da Paubrasil Ltda. Flávio Maluf não foi localizado": a sentence the splitter missed
    first = ctx.offsets.token_in(sent, space.end())
    name = ctx.direct(first)
    if name is None or name.start != first.idx or not first.text[:1].isupper() or ctx.category.get(name.entity) != PER:
        return None
    if first.lower_.rstrip(".") in PERSON_TITLES or any(w.lower() in load_units().units for w in ctx.text[body.start : body.end].split()):
        return None
    return first


def _comma_conjunct(tok: Token) -> bool:
    """A ``conj`` with no ``e``/``ou`` of its own: the parser's reading of an apposition between
    commas (``O presidente da Comissão Técnica de Pecuária Leiteira, Nelson Nicolau, afirma``,
    ``Nelson`` a conjunct of ``Comissão``); a list that goes on is checked apart."""
    return tok.dep_ == CONJ and not has_dependent(tok, (CC,))


def _two_people(f: Found, ctx: Context) -> bool:
    return ctx.category.get(f.subject.entity) == PER and ctx.category.get(f.object.entity) == PER
