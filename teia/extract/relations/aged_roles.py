"""A person's age between the name and the role set beside it (issue 20, P34g): ``Segundo José
Antonio Aquino Soares, 43, gerente da Procolor, a estação oferece...``, ``disse a doméstica Dora
Lúcia Carneiro, 37, mãe de Célia Regina``.

News text gives a person's age between commas right after the name, then the role. The parser
hangs the age on the name (``parataxis``, ``appos``) and the role elsewhere (an ``obl`` of the
clause's verb, an apposition of the title word before the name), so ``appos-title`` never reads
the role as the name's. :func:`role_after_age` reads the text: a noun in lower case right after
``, N,`` (a number of one to three digits), itself right after a person's mention, the noun not
already apposed to that name; the person takes the noun's typed frames
(:func:`~teia.extract.relations.nominal.noun_relations` with ``typed_only``; no open relation),
as a role apposed to the name would give them, but a role in another person (kin aside).
"""

from __future__ import annotations

from spacy.tokens import Token

from teia.extract.labels import APPOS, PER
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg, Found
from teia.extract.relations.nominal import noun_relations

__all__ = ["role_after_age"]

_MAX_AGE_DIGITS = 3


def role_after_age(tok: Token, ctx: Context) -> list[Found]:
    """``Otavio Frias Filho, 36, diretor de Redação da Folha`` → ``led(Otavio Frias Filho, Folha)``."""
    if not tok.text[:1].islower():
        return []
    sent = ctx.sentence(tok)
    if tok.i - 4 < sent.start:
        return []
    doc = ctx.doc
    before, age, after_name, last = doc[tok.i - 1], doc[tok.i - 2], doc[tok.i - 3], doc[tok.i - 4]
    if before.text != "," or after_name.text != "," or not age.text.isdigit() or len(age.text) > _MAX_AGE_DIGITS:
        return []
    end = last.idx + len(last.text)
    mention = ctx.mention(last.idx, end)
    if mention is None or mention[1] != end or ctx.category.get(mention[2]) != PER:
        return []
    first = last
    while first.i > sent.start and first.idx > mention[0]:
        first = doc[first.i - 1]
    if first.idx != mention[0]:
        return []  # a mention that does not start at a token: no name the text sets apart
    person = Arg(mention[2], mention[0], mention[1], first)
    if tok.dep_ == APPOS and (head := ctx.direct(tok.head)) is not None and head.entity == person.entity:
        return []  # apposed to the name itself: appos-title reads it
    found = noun_relations(person, tok, ctx, "role-age", typed_only=True)
    # a role is held in a body or a place, not in another person named after it (kin aside):
    # "professor titular de Molésticas Infecciosas da Faculdade", the field the NER took for a person
    return [
        f
        for f in found
        if f.object.entity != person.entity and (f.predicate == "relativeOf" or ctx.category.get(f.object.entity) != PER)
    ]
