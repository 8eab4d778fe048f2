"""Repairs of attachments the parser gets wrong, each recovering an argument a rule needs.

* a subject stranded as a conjunct of the previous clause's object (:func:`stranded_subject`);
* a prepositional relative clause hung on the main verb (:func:`misparsed_relative`);
* a participle hung on a common noun instead of the complement it agrees with
  (:func:`agreeing_noun`);
* a complex preposition parsed as an oblique noun, ``ao lado de`` (:func:`complex_preposition`);
* a place hung under a date (:func:`inside_date`);
* a verb's second complement swallowed by its object's relative clause
  (:func:`swallowed_complements`);
* the place a ``X, perto de Y, onde ...`` clause is about (:func:`located_antecedent`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from teia.extract.docindex import dependents, has_dependent
from teia.extract.labels import (
    ACL_RELCL,
    ADVMOD,
    AUX,
    AUX_PASS,
    CASE,
    CCOMP,
    CONJ,
    COP,
    LOC,
    NAME_PARTS,
    NMOD,
    OBJ,
    ORG,
    PER,
)
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg
from teia.extract.relations.syntax import (
    NOMINAL,
    PREP_ADVERBS,
    VERBAL,
    case_of,
    is_relative,
    lemma_of,
)

if TYPE_CHECKING:
    from teia.extract.relations.clauses import Clause

__all__ = [
    "agreeing_noun",
    "complex_preposition",
    "inside_date",
    "located_antecedent",
    "misparsed_relative",
    "stranded_subject",
    "swallowed_complements",
]


def stranded_subject(verb: Token, ctx: Context) -> Arg | None:
    """``Lenin abriu os trabalhos, e Grigori Zinoviev foi eleito...``: the name right before a
    coordinated verb (and its auxiliaries), which the parser coordinated with the previous
    clause's object, is the verb's own subject."""
    if verb.dep_ != CONJ:
        return None
    first = min([verb.i, *(c.i for c in dependents(verb, (AUX, AUX_PASS, COP)) if c.i < verb.i)])
    if first <= ctx.sentence(verb).start:
        return None
    prev = ctx.doc[first - 1]
    name = prev.head if prev.dep_ in NAME_PARTS else prev
    if name.dep_ != CONJ or name.head.i >= name.i or name.head.pos_ not in NOMINAL or name.i > verb.i:
        return None
    if name.head.head.i == verb.i or not has_dependent(name, ("cc",)):
        return None
    arg = ctx.direct(name)
    if arg is None or ctx.category.get(arg.entity) not in (PER, ORG):
        return None
    return arg


def misparsed_relative(verb: Token) -> bool:
    """A relative clause with a prepositional relative pronoun (``nas quais``, ``no qual``,
    ``em que``) that the parser hung on the verb of the main clause (``ccomp``, ``advcl``)."""
    if verb.dep_ not in (CCOMP, "advcl") or verb.head.i == verb.i or verb.head.pos_ not in VERBAL:
        return False
    return any(is_relative(c) and c.i < verb.i and case_of(c) is not None for c in verb.children)


def complex_preposition(prep: str, tok: Token, ctx: Context) -> list[tuple[str, Arg]]:
    """``ao lado da Áustria-Hungria contra a Rússia``, parsed with ``lado`` as the oblique:
    ``(a_lado_de, Áustria-Hungria)``, and ``(contra, Rússia)`` hung under ``lado``."""
    out = []
    for c in tok.children:
        if c.dep_ != NMOD or (case := case_of(c)) is None:
            continue
        inner = ctx.mapping.preposition(case.lemma_ or case.text)
        name = f"{prep}_{lemma_of(tok)}_{inner}" if inner == "de" else inner
        out.extend((name, a) for a in ctx.entities(c))
    return out


def inside_date(tok: Token, ctx: Context) -> list[tuple[str, Arg]]:
    """``nasceu em 5 de dezembro de 1867 em Zułów``: a place the parser hung under a date."""
    if ctx.entity(tok) is not None or ctx.time_in([tok]) is None:
        return []
    out = []
    for t in tok.subtree:
        if t.i == tok.i or t.dep_ != NMOD or ctx.time_in([t]) is not None:
            continue
        case = case_of(t)
        if case is None:
            continue
        prep = ctx.mapping.preposition(case.lemma_ or case.text)
        if prep != "de":
            out.extend((prep, a) for a in ctx.entities(t))
    return out


def swallowed_complements(verb: Token, clause: Clause, ctx: Context) -> list[tuple[str, Arg]]:
    """``opôs a Polônia, que acabava de recuperar a independência, à Rússia``: the second
    complement of a verb linking its object and an oblique, which the parser hung at the end of
    the object's relative clause."""
    preps = ctx.mapping.object_preps(ctx.lemma(verb))
    if not preps or any(p in preps for p, _ in clause.obliques):
        return []
    out: list[tuple[str, Arg]] = []
    for obj in dependents(verb, (OBJ,)):
        for rel in dependents(obj, (ACL_RELCL,)):
            words = [t for t in rel.subtree if not t.is_punct]
            for t in words:
                case = case_of(t)
                if t.dep_ != NMOD or case is None or case.i <= rel.i or t.right_edge.i < words[-1].i:
                    continue
                prep = ctx.mapping.preposition(case.lemma_ or case.text)
                if prep in preps:
                    out.extend((prep, a) for a in ctx.entities(t))
    return out


def located_antecedent(noun: Token, ctx: Context) -> Arg | None:
    """``Gorki, perto de Moscou, onde morreu``: a relative clause after a ``perto de X`` phrase,
    hung on X by the parser, is about the place the phrase locates (the name before the comma)."""
    adverb = noun.head if noun.head.lower_ in PREP_ADVERBS and noun.head.i < noun.i else None
    adverb = adverb or next((c for c in dependents(noun, (ADVMOD,)) if c.lower_ in PREP_ADVERBS and c.i < noun.i), None)
    if adverb is None:
        return None
    j = adverb.i - 1
    if j <= ctx.sentence(noun).start or ctx.doc[j].text != ",":
        return None
    arg = ctx.direct(ctx.doc[j - 1])
    if arg is None or ctx.category.get(arg.entity) != LOC:
        return None
    return arg


def _feature(tok: Token, feat: str) -> list[str]:
    """A nominal's gender or number, from the word, else its article (``do Exército``)."""
    for t in (tok, *dependents(tok, ("det", CASE))):
        value = t.morph.get(feat)
        if value:
            return value
    return []


def _agrees(noun: Token, participle: Token) -> bool:
    """The participle's gender and number are the noun's (both known for the gender)."""
    gender = participle.morph.get("Gender")
    if not gender or _feature(noun, "Gender") != gender:
        return False
    number = participle.morph.get("Number")
    return not number or _feature(noun, "Number") in ([], number)


def agreeing_noun(participle: Token, ctx: Context) -> Arg | None:
    """``a aceitação da paz de Brest-Litovsk, assinada com a Alemanha``: a participle the parser
    hung on a common noun is about the nearest named complement of that noun it agrees with."""
    head = participle.head
    if head.pos_ != "NOUN":
        return None
    best = None
    doc = participle.doc
    for i in ctx.subtree(head.i):  # ``head.subtree``, a Token made only for the words before the participle
        if i >= participle.i or i == head.i:
            continue
        t = doc[i]
        if t.dep_ != NMOD or not _agrees(t, participle):
            continue
        arg = ctx.entity(t)
        if arg is not None and (best is None or t.i > best.token.i):
            best = arg
    return best
