"""Time and place attachment: each calendar expression dates the nearest event of its sentence
not separated from it by another clause (:func:`_assign_times`, finer times win); places named in an
event name or referred to by a relative ``onde``."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from teia.extract.docindex import SpanIndex, has_annotation, morph_values
from teia.extract.entities import ENTITIES
from teia.extract.events.context import _Candidate, _category, _Ctx
from teia.extract.events.lexicon import (
    _BOUNDARY_WORDS,
    _DE,
    _GOVERNOR_ROLES,
    _LOCATORS,
    _STOP,
)
from teia.extract.events.tokens import _governing_verb, _relative_subject
from teia.extract.gazetteer import fold
from teia.extract.labels import ACL, ACL_RELCL, ADVMOD, LOC, NMOD, NSUBJ, NSUBJ_PASS, OBJ, OBL
from teia.records import Event, TimeExpression

MAX_TIME_DISTANCE = 12
"""Tokens after a named event within which a time expression may date it."""
MAX_TIME_BEFORE = 5
"""Tokens before a named event within which a time expression may date it."""


def _token_distance(ctx: _Ctx, t: TimeExpression, anchor: Span) -> tuple[int, bool]:
    """Tokens between a time expression and an anchor span, and whether the time comes after it."""
    if t.start_char >= anchor.end_char:
        gap = ctx.doc.char_span(anchor.end_char, t.start_char, alignment_mode="expand")
        return (len(gap) if gap is not None else 0), True
    if t.end_char <= anchor.start_char:
        gap = ctx.doc.char_span(t.end_char, anchor.start_char, alignment_mode="expand")
        return (len(gap) if gap is not None else 0), False
    return 0, True


def _clause_between(ctx: _Ctx, t: TimeExpression, anchor: Span) -> bool:
    """A relative or adverbial clause (or a ``;``) separates the time from the event."""
    lo, hi = (anchor.end_char, t.start_char) if t.start_char >= anchor.end_char else (t.end_char, anchor.start_char)
    if has_annotation(ctx.doc, "DEP"):
        tspan = ctx.doc.char_span(t.start_char, t.end_char, alignment_mode="expand")
        tv = _governing_verb(tspan) if tspan is not None else None
        if (
            tv is not None
            and tv.dep_ in (ACL, ACL_RELCL)
            and tv != _governing_verb(anchor)
            and not anchor.start <= tv.head.i < anchor.end  # "a Batalha de Varsóvia, travada em agosto"
            and not (tv.i == anchor.end + 1 and ctx.doc[anchor.end].text == ",")
            and not any(tv.left_edge.i <= k <= tv.right_edge.i for k in (anchor.start, anchor.end - 1))
        ):
            return True  # "o general, que recebera esse título em 1920, venceu": the time of the relative clause
        if tv is not None and tv.dep_ == ACL_RELCL and anchor.start <= tv.head.i < anchor.end and _relative_subject(tv):
            return False  # "a insurreição que, em outubro, deu o poder...": the event's own relative clause
    gap = ctx.doc.char_span(lo, hi, alignment_mode="contract") if hi > lo else None
    if gap is None:
        return False
    for k, tok in enumerate(gap):
        if tok.lower_ in _BOUNDARY_WORDS or tok.text == ";":
            return True
        subjects = [c.i for c in tok.children if c.dep_ in (NSUBJ, NSUBJ_PASS)] if tok.pos_ == "VERB" else []
        if (
            subjects
            and "Fin" in morph_values(tok, "VerbForm")
            and not any(anchor.start <= i < anchor.end for i in subjects)
            and _governing_verb(anchor) != tok
        ):
            return True  # "a Hungria, derrotada na guerra, o governo entregou o poder em março": another clause
        if tok.text == "," and k + 1 < len(gap) and gap[k + 1].lower_ in ("e", "mas", "porém"):
            if gap[k + 1].lower_ == "porém" and k + 2 < len(gap) and gap[k + 2].text == ",":
                continue  # "Em agosto, porém, a contraofensiva...": a parenthetical conjunction
            return True  # ", e em outubro foi assinado um armistício": a new clause
    return False


def _assign_times(ctx: _Ctx, cands: list[_Candidate]) -> list[Event]:
    """Each calendar expression dates the nearest event of its sentence (within its limits)."""
    best: dict[int, tuple[float, TimeExpression]] = {}
    sentences = SpanIndex((c.sent.start_char, c.sent.end_char) for c in cands)  # each time asks its sentence's candidates only
    for t in ctx.times:
        if t.kind != "date" or not (t.normalized and t.value):
            continue  # a vague "poucos dias depois" dates nothing
        scored = []
        for n in sentences.overlapping(t.start_char - 1, t.end_char + 1):  # every sentence holding it among them
            c = cands[n]
            if not (c.sent.start_char <= t.start_char and t.end_char <= c.sent.end_char):
                continue
            d, after = _token_distance(ctx, t, c.anchor)
            limit = c.max_after if after else c.max_before
            if limit is not None and d > limit and not _dated_through_verb(ctx, t, c.anchor):
                continue
            if _clause_between(ctx, t, c.anchor):
                continue
            scored.append((d + (0 if after else 0.5), n))
        if not scored:
            continue
        d, n = min(scored)
        if n not in best or d < best[n][0] or _finer(t, best[n][1]):
            if n in best and _finer(best[n][1], t):
                continue
            best[n] = (d, t)
    return [replace(c.event, time=best[n][1]) if n in best else c.event for n, c in enumerate(cands)]


def _dated_through_verb(ctx: _Ctx, t: TimeExpression, anchor: Span) -> bool:
    """The time modifies the verb whose object the event is, a verb of taking part in it
    (:data:`_GOVERNOR_ROLES`): ``Nas semanas seguintes, os poloneses venceram também a batalha
    do rio Niemen`` dates the battle however far the name is from the time."""
    if not has_annotation(ctx.doc, "DEP"):
        return False
    tspan = ctx.doc.char_span(t.start_char, t.end_char, alignment_mode="expand")
    if tspan is None:
        return False
    verb = anchor.root.head
    if anchor.root.dep_ != OBJ or verb.pos_ != "VERB" or fold(verb.lemma_) not in _GOVERNOR_ROLES:
        return False
    return tspan.root.head.i == verb.i and tspan.root.dep_ in (OBL, ADVMOD, NMOD)


def _bounds(t: TimeExpression) -> tuple[str, str]:
    lo, hi = t.start or t.value, t.end or t.value
    return lo + "0000-01-01"[len(lo):], hi + "9999-12-31"[len(hi):]


def _finer(a: TimeExpression, b: TimeExpression) -> bool:
    """``a`` lies strictly inside ``b`` (``no dia 10`` inside ``em novembro de 1918``): of two
    expressions dating the same event, the finer one wins."""
    if a.value.startswith("-") or b.value.startswith("-"):
        return False
    (alo, ahi), (blo, bhi) = _bounds(a), _bounds(b)
    return blo <= alo and ahi <= bhi and (alo, ahi) != (blo, bhi)


def _place_in_name(ctx: _Ctx, name: str) -> str:
    """A place of the document named inside an event name after ``de`` (``ofensiva de Kiev``)."""
    words = fold(name).split()
    for k, w in enumerate(words):
        if w not in _DE:
            continue
        rest = " ".join(words[k + 1 :])
        if rest.startswith(("rio ", "lago ", "monte ")):
            rest = rest.split(" ", 1)[1]
        for ent in getattr(ctx.doc._, ENTITIES) or ():
            if ent.type == LOC and any(fold(n) == rest for n in (ent.label, *ent.aliases)):
                return ent.id
    return ""


def _where_antecedent(ctx: _Ctx, tok: Token, sent: Span) -> Span | None:
    """The place a relative ``onde`` before the verb refers to: the nearest place named before
    it, passing over one introduced by a locator (``em Gorki, perto de Moscou, onde morreu``)."""
    doc = ctx.doc
    k = tok.i - 1
    while k >= sent.start and k >= tok.i - 3 and doc[k].lower_ != "onde":
        k -= 1
    if k < sent.start or doc[k].lower_ != "onde":
        return None
    i = k - 1
    while i >= max(sent.start, k - 12):
        e = ctx.ent_at(i)
        if e is not None:
            if _category(e) == LOC and ctx.index.span(e) is not None:
                before = [doc[j].lower_ for j in range(max(sent.start, e.start - 3), e.start)]
                if not any(w in _LOCATORS for w in before):
                    return e
            i = e.start - 1
            continue
        if doc[i].text in _STOP:
            break
        i -= 1
    return None
