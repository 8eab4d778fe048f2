"""Participants and their roles: the complements of a trigger phrase read left to right
(:func:`_complements`, which also finds the place), the subject of the verb governing an event, the
sides of ``opor``/``envolver``, relative clauses, ``por meio de``, gentilic adjectives, and the
object checks of restricted verbs."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from teia.extract.articles import DEFINITE_ARTICLES
from teia.extract.docindex import has_annotation
from teia.extract.events.context import _category, _Ctx, _entity_of_head
from teia.extract.events.lexicon import (
    _ADVOCACY_VERBS,
    _ALL_OBJECT_NOUNS,
    _BEFORE_AN_AUDIENCE,
    _DETERMINERS,
    _GENTILIC,
    _GENTILIC_WORDS,
    _GOVERNOR_ROLES,
    _MEANS,
    _NOT_GENTILIC,
    _OPPOSE_VERBS,
    _POLICY_NOUNS,
    _PREPOSITIONAL,
    _STOP,
    AGENT,
    DEFEATED,
    PARTICIPANT,
)
from teia.extract.events.subjects import _previous_subject, _subject_of
from teia.extract.events.tokens import (
    _line_wrap,
    _noun_phrase_end,
    _passive,
    _preposition,
    _relative_subject,
    _sentence,
    _stop,
    _verb_like,
)
from teia.extract.gazetteer import fold
from teia.extract.relations.repairs import oblique_parsed_as_object
from teia.extract.labels import (
    ACL_RELCL,
    CASE,
    CONCEPT,
    CONJ,
    EVENT,
    IOBJ,
    LOC,
    NSUBJ,
    NSUBJ_PASS,
    OBJ,
    OBL,
    ORG,
    PER,
)

_MAX_SPAN = 14
_MAX_FREE = 2
"""Tokens that are neither a preposition nor an entity allowed in a row inside a trigger phrase
(``a contraofensiva polonesa junto a Varsóvia``)."""


def _relative_clause_parties(ctx: _Ctx, tok: Token) -> list[tuple[Span, str]]:
    """People and organizations a relative clause about the event names as its objects (``a
    insurreição que, em outubro, deu o poder aos bolcheviques`` → bolcheviques participant)."""
    if not has_annotation(ctx.doc, "DEP"):
        return []
    out = []
    for rel in tok.children:
        if rel.dep_ != ACL_RELCL or not _relative_subject(rel):
            continue
        for c in rel.children:
            if c.dep_ in (OBJ, IOBJ, OBL):
                e = _entity_of_head(ctx, c)
                if e is not None and _category(e) in (PER, ORG):
                    out.append((e, PARTICIPANT))
    return out


@dataclass
class _Args:
    participants: list[tuple[Span, str]]
    place: Span | None
    end: int  # token index after the last complement read


def _complements(
    ctx: _Ctx,
    start: int,
    sent_end: int,
    de_role: str,
    type_: str,
    use_de: bool = True,
    contra_role: str | None = None,
    destination: bool = False,
) -> _Args:
    """Read the complements of a trigger phrase from token ``start`` (see the module docstring).

    ``contra_role`` is the role of a ``contra`` complement when it is not the opposite side
    (``complô contra o czar``: patient); with ``destination``, ``a``/``ao``/``à`` + place is the
    place (``chegada de Lenin a Petrogrado``)."""
    doc = ctx.doc
    parts: list[tuple[Span, str]] = []
    place: Span | None = None
    end = start
    i = start
    first_de = True
    free = 0
    while i < min(sent_end, start + _MAX_SPAN):
        tok = doc[i]
        if _line_wrap(tok):
            i += 1
            continue
        if _stop(tok):
            break
        if _verb_like(tok) and ctx.ent_at(i) is None:
            break
        prep, j = _preposition(doc, i, sent_end)
        if prep is None and destination and tok.lower_ in ("a", "ao", "à"):
            nxt = ctx.ent_starting(i + 1)
            if nxt is not None and _category(nxt) == LOC:
                prep, j = "place", i + 1
        if prep is None:
            if tok.text == "," and i + 1 < sent_end and _preposition(doc, i + 1, sent_end)[0] in ("place",):
                i += 1
                continue
            if tok.text == ",":
                break
            free += 1
            if free > _MAX_FREE:
                break
            i += 1
            continue
        if prep == "de" and not use_de:
            break
        # skip determiners / a common noun before the entity ("do rio Wkra", "da capital")
        k = j
        while (
            k < min(sent_end, j + 3)
            and ctx.ent_starting(k) is None
            and not _stop(doc[k])
            and doc[k].text != ","
            and not _verb_like(doc[k])
            and _preposition(doc, k, sent_end)[0] is None
        ):
            if ctx.ent_at(k) is not None:
                break
            k += 1
        ent = ctx.ent_starting(k)
        if ent is None or ctx.index.span(ent) is None:
            i = j
            continue
        cat = _category(ent)
        if cat == EVENT:
            i = ent.end
            continue
        if prep == "de":
            if cat == LOC and type_ not in ("Founding", "Treaty") and (
                not first_de or de_role == PARTICIPANT or (type_ in ("Battle", "Revolution") and de_role != DEFEATED)
            ):
                place = place or ent
            else:
                parts.append((ent, de_role if first_de else PARTICIPANT))
            first_de = False
        elif prep == "place":
            if cat == LOC:
                place = place or ent
            elif type_ == "Battle":
                parts.append((ent, DEFEATED if de_role == AGENT else PARTICIPANT))
        elif prep == "contra":
            parts.append((ent, contra_role or (DEFEATED if de_role == AGENT else PARTICIPANT)))
        elif prep == "com":
            if type_ in ("Treaty", "MilitaryConflict", "Battle", "Event") and cat in (PER, ORG, LOC):
                parts.append((ent, PARTICIPANT))  # "assinada com a Alemanha", "a guerra com a Polônia"
        elif prep == "por":
            if cat == LOC:
                place = place or ent  # "avançou pela Bielorrússia"
            else:
                parts.append((ent, AGENT))
        elif prep == "entre":
            parts.append((ent, PARTICIPANT))
            n = ent.end
            if n + 1 < sent_end and doc[n].lower_ == "e":
                other = ctx.ent_starting(n + 1) or (ctx.ent_starting(n + 2) if n + 2 < sent_end else None)
                if other is not None and ctx.index.span(other) is not None:
                    parts.append((other, PARTICIPANT))
                    ent = other
                else:  # "entre a Polônia e os Estados soviéticos": the label keeps the second side
                    end = i = _noun_phrase_end(doc, n + 1, sent_end, limit=4)
                    break
        end = ent.end
        i = ent.end
        free = 0
        while i < sent_end and doc[i].lower_ == "e" and i + 1 < sent_end:
            nxt = ctx.ent_starting(i + 1) or (ctx.ent_starting(i + 2) if i + 2 < sent_end and doc[i + 1].lower_ in DEFINITE_ARTICLES else None)
            if nxt is None or ctx.index.span(nxt) is None or _category(nxt) != cat:
                break
            if parts and parts[-1][0] == ent:
                parts.append((nxt, parts[-1][1]))
            end = i = nxt.end
            ent = nxt
    return _Args(parts, place, end)


def _opposed_sides(ctx: _Ctx, ent: Span) -> list[tuple[Span, str]]:
    """The sides of a named conflict that is the subject of ``opor``/``envolver``."""
    if not has_annotation(ctx.doc, "DEP"):
        return []
    root = ent.root
    verb = root.head
    if root.dep_ != NSUBJ or fold(verb.lemma_) not in _OPPOSE_VERBS:
        return []
    out = []
    for c in verb.children:
        if c.dep_ not in (OBJ, OBL, IOBJ):
            continue
        for t in (c, *(x for x in c.children if x.dep_ == CONJ)):
            e = _entity_of_head(ctx, t)
            if e is not None and _category(e) in (PER, ORG, LOC):
                out.append((e, PARTICIPANT))
    if fold(verb.lemma_) == "opor":  # "opôs X, que ..., à Rússia": the second side, however parsed
        sent = _sentence(ctx.doc, verb)
        for k in range(verb.i + 1, sent.end - 1):
            if ctx.doc[k].lower_ in ("à", "ao", "às", "aos"):
                e = ctx.ent_starting(k + 1)
                if e is not None and _category(e) in (PER, ORG, LOC) and all(e != x for x, _ in out):
                    out.append((e, PARTICIPANT))
                    break
    return out


def _means_agent(ctx: _Ctx, tok: Token, sent: Span) -> Span | None:
    """``voltou ao poder por meio de um golpe``: the subject of the verb is the agent of the event."""
    doc = ctx.doc
    if not has_annotation(doc, "DEP"):
        return None
    k = tok.i - 1
    while k >= sent.start and doc[k].lower_ in _DETERMINERS:
        k -= 1
    words = tuple(fold(doc[j].text) for j in range(max(sent.start, k - 2), k + 1))
    if not any(words[-len(m):] == tuple(fold(w) for w in m) for m in _MEANS):
        return None
    verb = tok.head
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB":
        return None
    subj, explicit = _subject_of(ctx, verb)
    if subj is None and not explicit:
        subj = _previous_subject(ctx, _sentence(doc, verb))
    return subj if subj is not None and _category(subj) in (PER, ORG) else None


def _side_adjective(doc: Doc, tok: Token) -> Token | None:
    """A gentilic adjective right after an outcome trigger, naming its side (``a derrota alemã``,
    ``a vitória polonesa``); a lowercase adjective with a gentilic ending or a listed gentilic."""
    if tok.i + 1 >= len(doc):
        return None
    adj = doc[tok.i + 1]
    if not adj.is_alpha or not adj.text.islower() or (adj.pos_ and adj.pos_ not in ("ADJ", "NOUN")):
        return None
    low = adj.lower_
    if low in _NOT_GENTILIC:
        return None
    if fold(low) in _GENTILIC_WORDS or low in _GENTILIC_WORDS or _GENTILIC.search(low):
        return adj
    return None


def _nearest_entity(ctx: _Ctx, sent: Span, start: int, step: int, limit: int = 8) -> Span | None:
    i = start
    n = 0
    while sent.start <= i < sent.end and n < limit:
        tok = ctx.doc[i]
        if tok.text in _STOP or (step < 0 and tok.text == ","):
            return None
        e = ctx.ent_at(i)
        if e is not None and ctx.index.span(e) is not None:
            return e
        if step > 0 and tok.pos_ == "VERB":
            return None
        if step > 0 and _preposition(ctx.doc, i, sent.end)[0] is not None:
            return None  # "morreu em Varsóvia": a complement, not the object
        i += step
        n += 1
    return None


def _governor_roles(ctx: _Ctx, root: Token) -> list[tuple[Span, str]]:
    """Participants read from the verb an event noun or name depends on: the subject of
    ``lançar``/``participar de``... (:data:`_GOVERNOR_ROLES`), and the speaker of a verb said
    ``perante`` an assembly (``declarou Lenin perante o Oitavo Congresso``)."""
    if not has_annotation(ctx.doc, "DEP"):
        return []
    head = root.head
    if head.i == root.i or head.pos_ != "VERB":
        return []
    role = None
    lemma = fold(head.lemma_)
    cases = {fold(c.text) for c in root.children if c.dep_ == CASE}
    if lemma in _GOVERNOR_ROLES and not _passive(head) and (
        root.dep_ == OBJ or (root.dep_ == OBL and lemma in _PREPOSITIONAL and cases & {"de", "em", "do", "da", "no", "na"})
    ):  # not "após a morte de Lenin, Trotsky perdeu a luta": a time adverbial
        role = _GOVERNOR_ROLES[lemma]
    elif root.dep_ == OBL and any(c.dep_ == CASE and c.lower_ in _BEFORE_AN_AUDIENCE for c in root.children):
        role = AGENT
    if role is None:
        return []
    subj, _ = _subject_of(ctx, head)
    if subj is None or _category(subj) not in (PER, ORG, LOC):
        return []
    return [(subj, role)]


def _object_noun(tok: Token) -> str:
    """The folded lemma of a verb's common-noun object (``recebeu o comando`` → ``comando``)."""
    doc = tok.doc
    if has_annotation(doc, "DEP"):
        for c in tok.children:
            if c.dep_ in (OBJ, NSUBJ_PASS) and c.pos_ in ("NOUN", ""):
                return fold(c.lemma_ or c.text)
        bare = oblique_parsed_as_object(tok)  # "rompeu a frente" with "frente" an obl
        return fold(bare.lemma_ or bare.text) if bare is not None and bare.pos_ == "NOUN" else ""
    for k in range(tok.i + 1, min(len(doc), tok.i + 4)):
        low = doc[k].lower_
        if low in _DETERMINERS or low in ("esse", "este", "aquele", "essa", "esta", "aquela"):
            continue
        word = fold(low)
        return word[:-1] if word.endswith("s") and word[:-1] in _ALL_OBJECT_NOUNS else word  # "as linhas"
    return ""


def _a_policy(obj: Span, lemma: str) -> bool:
    """A concept that can be adopted (``o comunismo de guerra``); after ``defender``/``propor``,
    one named as a policy (``a Nova Política Econômica``, ``o Plano Marshall``)."""
    if _category(obj) != CONCEPT:
        return False
    if lemma not in _ADVOCACY_VERBS:
        return True
    words = fold(obj.text).split()
    return bool(set(words[:3]) & _POLICY_NOUNS)


def _place_like(ctx: _Ctx, obj: Span) -> bool:
    """A place, or a name coordinated with a place (``tomou Vilna e Minsk``: what is taken
    together with a city is a place, whatever category the name was given)."""
    if _category(obj) == LOC:
        return True
    if not has_annotation(ctx.doc, "DEP"):
        return False
    for c in obj.root.children:
        if c.dep_ == CONJ:
            e = _entity_of_head(ctx, c)
            if e is not None and _category(e) == LOC:
                return True
    return False
