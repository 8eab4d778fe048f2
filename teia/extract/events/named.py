"""Named events: mentions of category ``EVENT`` with participants, place and type from the name."""

from __future__ import annotations

from teia.extract.events.attach import (
    MAX_TIME_BEFORE,
    MAX_TIME_DISTANCE,
    _place_in_name,
)
from teia.extract.events.context import (
    _Candidate,
    _category,
    _Ctx,
    _evidence,
    _participants,
)
from teia.extract.events.lexicon import _ASSEMBLIES, _COPULA, _DE, AGENT, PARTICIPANT
from teia.extract.events.participants import (
    _complements,
    _governor_roles,
    _opposed_sides,
)
from teia.extract.events.subjects import _topic_organization
from teia.extract.events.tokens import (
    _is_participle,
    _sentence,
    _verb_like,
    event_type_of_name,
)
from teia.extract.gazetteer import fold
from teia.extract.labels import EVENT
from teia.records import Event, Participant


def _named_events(ctx: _Ctx) -> list[_Candidate]:
    out = []
    for ent in ctx.ents:
        if _category(ent) != EVENT:
            continue
        local = ctx.index.span(ent)
        if local is None:
            continue
        sent = _sentence(ctx.doc, ent[0])
        type_ = event_type_of_name(ent.text)
        start = ent.end
        # "o Congresso reuniu-se em Moscou", "a batalha foi travada em ...": read past the verb
        while start < min(sent.end, ent.end + 2) and _verb_like(ctx.doc[start]) and ctx.doc[start].lower_ not in _COPULA:
            start += 1
        if start < sent.end and start > ent.end and ctx.doc[start - 1].lower_ in _COPULA:
            start = ent.end
        if start == ent.end and start + 1 < sent.end and ctx.doc[start].text == "," and _is_participle(ctx.doc[start + 1]):
            start += 2  # "a paz de Brest-Litovsk, assinada com a Alemanha em março de 1918"
        args = _complements(ctx, start, sent.end, PARTICIPANT, type_, use_de=False)
        found = list(args.participants) + _opposed_sides(ctx, ent) + _governor_roles(ctx, ent.root)
        parts = _participants(ctx, found)
        words = fold(ent.text).split()
        if type_ == "Event" and not (set(words) & _DE) and set(words) & _ASSEMBLIES:
            # "o Segundo Congresso" in a text about an organization: its congress
            topic = _topic_organization(ctx, ent.start_char)
            if topic and topic not in {p.entity for p in parts}:
                parts = (*parts, Participant(topic, AGENT))
        place = (ctx.index.span(args.place) or "") if args.place is not None else ""
        if not place:
            place = _place_in_name(ctx, ent.text)
        event = Event(
            id="",
            type=type_,
            label=ent.text,
            evidence=_evidence(ctx, sent, ent),
            trigger=ent.text,
            entity=local,
            participants=parts,
            place=place,
            rule="named-event",
            confidence=0.9,
        )
        out.append(_Candidate(ent.start, event, ent, sent, MAX_TIME_BEFORE, MAX_TIME_DISTANCE))
    return out


def _dedupe_named(events: list[Event]) -> list[Event]:
    """One record per named-event mention carrying information, and at least one per entity."""
    out, seen, keys = [], set(), set()
    for ev in events:
        if ev.rule != "named-event":
            out.append(ev)
            continue
        informative = bool(ev.participants or ev.place or ev.time)
        key = (ev.entity, ev.participants, ev.place, ev.time)
        if key in keys or (ev.entity in seen and not informative):
            continue
        seen.add(ev.entity)
        keys.add(key)
        out.append(ev)
    return out
