"""A personal pronoun as the subject (issue 20): ``Lula nasceu em Garanhuns. Ele mudou-se para
São Paulo e trabalhou na Villares.``

A clause whose subject is ``ele`` or ``ela`` names no entity, so the verb rules relate nothing
(a clause with no subject at all takes the discourse topic, see *Dropped subjects* in
``docs/relations.md``). :func:`pronoun_subject` reads the pronoun as the discourse topic (the
last person named as the subject of a main clause in an earlier sentence) in active clauses and
in verbs coordinated with them, with the confidence of a recovered subject and ``+pronoun`` in
the rule. The topic must be the last person named before the pronoun (no other person in
between), and ``ela`` needs a topic whose first name ends in ``a`` (``Marisa``, not ``Peter``).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from teia.extract.docindex import dependents
from teia.extract.labels import ACL, ACL_RELCL, CONJ, NSUBJ, PER
from teia.extract.relations.clauses import analyse_clause
from teia.extract.relations.context import Context
from teia.extract.relations.found import Arg, Found
from teia.extract.relations.verbal import clause_relations

__all__ = ["PRONOUNS", "pronoun_subject"]

PRONOUNS = frozenset({"ele", "ela"})
"""Third-person singular subject pronouns read as the discourse topic."""

_PRODROP = "+prodrop"
_PRONOUN = "+pronoun"


def _pronoun_of(verb: Token) -> Token | None:
    """The pronoun subject of the verb, or of the verb it is coordinated with."""
    v = verb
    for _ in range(4):
        subject = next(iter(dependents(v, (NSUBJ,))), None)
        if subject is not None:
            return subject if subject.lower_ in PRONOUNS and subject.pos_ == "PRON" else None
        if v.dep_ != CONJ or v.head.i == v.i:
            return None
        v = v.head
    return None


def _nearest_person(topic: Arg, pronoun: Token, ctx: Context) -> bool:
    """Whether the topic is the last person named before the pronoun (``ela``: with a given
    name that reads as a woman's, ending in ``a``)."""
    if any(ctx.category.get(m[2]) == PER and m[2] != topic.entity for m in ctx.mentions_in(topic.end, pronoun.idx)):
        return False
    if pronoun.lower_ == "ela":
        first = ctx.text[topic.start : topic.end].split()[0].lower()
        return first.endswith("a")
    return True


def pronoun_subject(tok: Token, ctx: Context) -> list[Found]:
    """``Ele mudou-se para São Paulo`` → the topic ``mudou-se para`` São Paulo."""
    topic = ctx.topic
    if topic is None or ctx.category.get(topic.entity) != PER or tok.dep_ in (ACL, ACL_RELCL):
        return []
    pronoun = _pronoun_of(tok)
    if pronoun is None or not _nearest_person(topic, pronoun, ctx):
        return []
    clause = analyse_clause(tok, ctx)
    if clause is None or clause.passive or clause.rule not in ("svo-active", "conj-shared") or clause.agents:
        return []
    clause.agents.append(topic)
    clause.prodrop = True  # the confidence of a recovered subject
    found = clause_relations(clause, ctx)
    return [replace(f, rule=f.rule.replace(_PRODROP, _PRONOUN)) for f in found]
