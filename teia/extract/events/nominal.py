"""Nominal events: a trigger noun (``derrota``, ``tratado``, ``fundação``...) and its complements."""

from __future__ import annotations

from spacy.tokens import Token

from teia.extract.docindex import has_annotation
from teia.extract.events.context import (
    _Candidate,
    _category,
    _category_of,
    _Ctx,
    _evidence,
    _participants,
)
from teia.extract.events.lexicon import (
    _ARTICLE,
    _ASSEMBLIES,
    _CONTRA_ROLE,
    _COPULA,
    _DE,
    _DETERMINERS,
    _MOVEMENT_NOUNS,
    _OUTCOMES,
    AGENT,
    BARE_TRIGGERS,
    NOUN_TRIGGERS,
    PATIENT,
)
from teia.extract.events.participants import (
    _complements,
    _governor_roles,
    _means_agent,
    _relative_clause_parties,
    _side_adjective,
)
from teia.extract.events.subjects import _topic_organization
from teia.extract.events.tokens import (
    _clean_label,
    _common_noun,
    _irrealis,
    _lemma,
    _maybe_noun_triggers,
    _sentence,
    _trigger_word,
    _verb_like,
)
from teia.extract.labels import EVENT, LOC
from teia.records import Event, Participant


def _copular_name(ctx: _Ctx, tok: Token) -> str:
    """``A Revolução de Outubro foi a tomada do poder...``: the named event the trigger describes."""
    i = tok.i
    if i < 3 or ctx.doc[i - 1].lower_ not in _ARTICLE or ctx.doc[i - 2].lower_ not in _COPULA:
        return ""
    ent = ctx.ent_at(i - 3)
    if ent is None or _category(ent) != EVENT:
        return ""
    return ctx.index.span(ent) or ""


def _nominal_events(ctx: _Ctx) -> list[_Candidate]:
    doc = ctx.doc
    out = []
    consumed: set[int] = set()
    for tok in _maybe_noun_triggers(doc, NOUN_TRIGGERS):
        word = _trigger_word(tok, NOUN_TRIGGERS)
        if word not in NOUN_TRIGGERS or tok.i in consumed or ctx.ent_at(tok.i) is not None:
            continue
        after_article = tok.i > 0 and doc[tok.i - 1].lower_ in _DETERMINERS
        if tok.pos_ and tok.pos_ not in ("NOUN", "PROPN") and not (after_article and tok.pos_ in ("VERB", "ADJ")):
            continue  # "um complô" is a noun even when the tagger says VERB
        if word == "tomada" and not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _DE):
            continue
        if word == "golpe" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "de" and doc[tok.i + 2].lower_ == "estado":
            pass  # "golpe de Estado": a fixed phrase, Estado is no participant (handled below)
        sent = _sentence(doc, tok)
        if tok.text[:1].isupper():
            prev = doc[tok.i - 1] if tok.i > sent.start else None
            at_start = prev is None or prev.is_space or "\n" in prev.text or prev.lower_ in _ARTICLE and prev.i == sent.start
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if not at_start or (nxt is not None and nxt.text[:1].isupper() and ctx.ent_at(nxt.i) is None):
                continue  # part of a name ("Guerra Civil Russa", "Comissário da Guerra")
        if has_annotation(doc, "DEP") and _irrealis(tok):
            continue
        if tok.i >= 2 and doc[tok.i - 1].lower_ == "de" and _common_noun(doc[tok.i - 2]):
            continue  # "prisioneiro de guerra", "campo de batalha": a kind of thing, not an event
        type_, de_role = NOUN_TRIGGERS[word]
        first = tok.i + 1
        if word == "golpe" and first + 1 < len(doc) and doc[first].lower_ == "de" and doc[first + 1].lower_ == "estado":
            first += 2
        if word in _ASSEMBLIES and first + 1 < sent.end and doc[first].lower_ in _DE:
            inner = _lemma(doc[first + 1])
            if inner in NOUN_TRIGGERS and NOUN_TRIGGERS[inner][0] == "Founding":
                type_, de_role = NOUN_TRIGGERS[inner]  # "o congresso de fundação": a founding
                consumed.add(first + 1)
                first += 2
        head_end = first
        # "os primeiros combates ocorreram em fevereiro de 1919, na Bielorrússia": past the verb
        if first < sent.end and _verb_like(doc[first]) and doc[first].lower_ not in _COPULA:
            nxt = first
            while nxt < min(sent.end, first + 2) and _verb_like(doc[nxt]):
                nxt += 1
            first = nxt
        args = _complements(
            ctx, first, sent.end, de_role, type_, contra_role=_CONTRA_ROLE.get(word), destination=word in _MOVEMENT_NOUNS
        )
        named = _copular_name(ctx, tok)
        parts = _participants(ctx, list(args.participants) + _governor_roles(ctx, tok) + _relative_clause_parties(ctx, tok))
        if not any(p.role == AGENT for p in parts):
            by = _means_agent(ctx, tok, sent)
            if by is not None and ctx.index.span(by) not in {p.entity for p in parts}:
                parts = (*parts, Participant(ctx.index.span(by), AGENT))
        if type_ == "Founding" and not any(p.role == PATIENT for p in parts) and not (
            head_end < sent.end and doc[head_end].lower_ in _DE
        ):
            # "o congresso de fundação", "a sua fundação": the organization the passage is about
            topic = _topic_organization(ctx, tok.idx)
            if topic and topic not in {p.entity for p in parts}:
                parts = (*parts, Participant(topic, PATIENT))
        place = ctx.index.span(args.place) if args.place is not None else None
        side = _side_adjective(doc, tok) if word in _OUTCOMES else None
        if side is not None and head_end == side.i:
            head_end = side.i + 1  # the label keeps it: "derrota alemã"
        if word in _OUTCOMES and place is None and (side is not None or parts) and all(
            _category_of(ctx, p.entity) == LOC for p in parts
        ):
            type_ = "Event"  # a nation's defeat or victory, told without a battlefield: the outcome of a war
        bare = not parts and place is None and not named and side is None
        if bare and (word not in BARE_TRIGGERS or tok.text[:1].isupper()):
            continue  # a bare "a guerra", "a batalha": anaphoric, left to the named events
        trigger = doc[tok.i : tok.i + 1]
        if first > head_end:  # complements read past a verb: the label is the noun phrase
            phrase = doc[tok.i : head_end]
        else:
            phrase = doc[tok.i : max(args.end if args.end > first else head_end, head_end)]
        subject = args.participants[0][0] if args.participants else None
        event = Event(
            id="",
            type=type_,
            label=_clean_label(phrase),
            evidence=_evidence(ctx, sent, trigger, subject, args.place),
            trigger=tok.text,
            entity=named,
            participants=parts,
            place=place or "",
            rule=f"noun:{word}",
            confidence=0.5 if bare else 0.7,
        )
        out.append(_Candidate(tok.i, event, phrase, sent, bare=bare))
    return out
