"""Verbal events: a trigger verb with subject and object from the parse or the nearest entities;
passive voice, implicit subjects and restricted verbs."""

from __future__ import annotations

from spacy.tokens import Token

from teia.extract.docindex import has_annotation
from teia.extract.events.attach import _where_antecedent
from teia.extract.events.context import (
    _Candidate,
    _category,
    _Ctx,
    _entity_label,
    _entity_of_head,
    _evidence,
    _participants,
)
from teia.extract.events.lexicon import (
    _INTRANSITIVE,
    MOVEMENT_VERBS,
    _NEEDS_TIME,
    _OBJECT_NOUNS,
    _PLACE_OBJECT_VERBS,
    _POLICY_VERBS,
    _POR,
    AGENT,
    PARTICIPANT,
    VERB_TRIGGERS,
)
from teia.extract.events.participants import (
    _a_policy,
    _complements,
    _nearest_entity,
    _object_noun,
    _place_like,
)
from teia.extract.events.subjects import (
    _apposed_entity,
    _demonstrative_subject,
    _object_parsed_as_subject,
    _previous_subject,
    _subject_of,
    _subject_slot_empty,
)
from teia.extract.events.tokens import (
    _clean_label,
    _irrealis,
    _is_participle,
    _noun_phrase_end,
    _passive,
    _same_clause,
    _sentence,
    _verb_trigger_lemmas,
)
from teia.extract.labels import EVENT, LOC, NSUBJ, OBJ, OBL, OBL_AGENT, ORG, PER
from teia.records import Event


def _verbal_events(ctx: _Ctx) -> list[_Candidate]:
    doc = ctx.doc
    out = []
    for i, lemma in _verb_trigger_lemmas(doc):
        if ctx.ent_at(i) is not None:
            continue
        tok = doc[i]
        if has_annotation(doc, "DEP") and _irrealis(tok):
            continue  # "queria tomar Kiev": planned, not told
        type_, obj_role = VERB_TRIGGERS[lemma]
        subj_role = AGENT
        if lemma in _OBJECT_NOUNS:
            noun = _object_noun(tok)
            if noun not in _OBJECT_NOUNS[lemma]:
                continue  # "recebeu uma carta", "rompeu o silêncio"
            subj_role = _OBJECT_NOUNS[lemma][noun]
        sent = _sentence(doc, tok)
        subj = obj = agent_by = place = None
        demo: Token | None = None  # a demonstrative subject ("esse grupo") resolved elsewhere
        passive = _passive(tok)
        has_subject = False
        if has_annotation(doc, "DEP"):
            for c in tok.children:
                e = _entity_of_head(ctx, c)
                if e is None:
                    continue
                if c.dep_ == OBJ:
                    obj = obj or e
                elif c.dep_ == OBL_AGENT:
                    agent_by = agent_by or e
                elif c.dep_ == OBL and _category(e) == LOC:
                    place = place or e
            moved = _object_parsed_as_subject(ctx, tok)
            if moved is not None:  # "defendeu a NEP", "chegou a Varsóvia" parsed as subjects
                obj = obj or _entity_of_head(ctx, moved)
            s, has_subject = _subject_of(ctx, tok)
            if s is None and has_subject and not passive:
                # "esse grupo atacou": the group a previous sentence named or introduced
                s, where = _demonstrative_subject(ctx, tok)
                place = place or where
                if s is not None:
                    demo = next(c for c in tok.children if c.dep_ == NSUBJ and not c.is_space)
            if s is not None:
                if passive:
                    obj = obj or s
                else:
                    subj = s
        apposed = _apposed_entity(ctx, tok) if not has_subject else None
        if apposed is not None:
            if _category(apposed) == EVENT:
                continue  # "a paz de Brest-Litovsk, assinada com a Alemanha": the named event reads it
            if passive or _is_participle(tok):
                obj, passive, has_subject = apposed, True, True
        no_parse_slot = not has_annotation(doc, "DEP") and _subject_slot_empty(ctx, sent, tok)
        if not has_subject and (has_annotation(doc, "DEP") or no_parse_slot) and (obj is None if passive else subj is None):
            implicit = _previous_subject(ctx, sent)
            if implicit is not None and implicit not in (obj, agent_by):
                if passive:
                    obj = implicit
                else:
                    subj = implicit
        if subj is None and obj is None and agent_by is None:
            before = _nearest_entity(ctx, sent, tok.i - 1, -1)
            after_i = tok.i + 1
            if after_i < sent.end and doc[after_i].lower_ in _POR and passive:
                agent_by = _nearest_entity(ctx, sent, after_i + 1, 1, 3)
                after = None
            else:
                after = _nearest_entity(ctx, sent, after_i, 1, 4)
            if passive:
                obj = before
                if agent_by is None:
                    args = _complements(ctx, tok.i + 1, sent.end, AGENT, type_)
                    agent_by = next((s for s, r in args.participants if r == AGENT), None)
                    place = place or args.place
            else:
                subj, obj = before, after
        agent = agent_by if passive else subj
        if lemma in _INTRANSITIVE:
            agent, obj = None, (obj or subj)
        if lemma in MOVEMENT_VERBS:
            if obj is not None and _category(obj) == LOC:
                place = place or obj
            obj = None
            if place is None:
                args = _complements(ctx, tok.i + 1, sent.end, PARTICIPANT, type_, destination=True)
                place = args.place or next((s for s, _ in args.participants if _category(s) == LOC), None)
            if place is None and lemma != "avancar":
                continue  # "voltou ao poder": no journey
        if place is None:
            place = _where_antecedent(ctx, tok, sent)
        if lemma in _OBJECT_NOUNS:
            obj = None  # the object is the command or the title, not a participant
        if agent is not None and _category(agent) not in ((PER, ORG) if lemma in MOVEMENT_VERBS else (PER, ORG, LOC)):
            agent = None
        if lemma in _PLACE_OBJECT_VERBS and (obj is None or not _place_like(ctx, obj)):
            continue
        if lemma in _POLICY_VERBS and (obj is None or not _a_policy(obj, lemma)):
            continue  # "defendiam as posições", "defendeu o marxismo": no adoption
        if obj is not None and _category(obj) == EVENT:
            continue  # "venceram a batalha do rio Niemen": the named event carries it
        if agent is None and obj is None:
            continue
        if place is None:
            args = _complements(ctx, (obj.end if obj is not None and obj.end > tok.i else tok.i + 1), sent.end, PARTICIPANT, type_)
            place = args.place
        if agent is not None and subj_role != AGENT and lemma in _OBJECT_NOUNS:
            found = [(agent, subj_role)]
        else:
            found = [(s, r) for s, r in ((agent, AGENT), (obj, obj_role)) if s is not None]
        trigger = doc[tok.i : tok.i + 1]
        inside = [s for s, _ in found if sent.start <= s.start and s.end <= sent.end and _same_clause(doc, s, tok)]
        if place is not None and sent.start <= place.start and place.end <= sent.end and (lemma in MOVEMENT_VERBS):
            inside.append(place)
        span_start = min([tok.i] + [s.start for s in inside])
        span_end = max([tok.i + 1] + [s.end for s in inside])
        if lemma in _OBJECT_NOUNS:
            span_end = max(span_end, _noun_phrase_end(doc, tok.i + 1, sent.end))
        if demo is not None:  # "esse grupo atacou o flanco soviético (Józef Piłsudski)"
            span_start = min(span_start, demo.left_edge.i)
            span_end = max(span_end, _noun_phrase_end(doc, tok.i + 1, sent.end))
        label = _clean_label(doc[span_start:span_end])
        if apposed is not None:
            label = f"{apposed.text} {label}"  # "Partido Comunista do Brasil fundado em 1922"
        else:
            unseen = [s for s, _ in found if s not in inside]
            if unseen:  # a subject from another clause or sentence: "morreu (Lenin)"
                label = f"{label} ({', '.join(_entity_label(ctx, s) for s in unseen)})"
        agent_in, obj_in = (
            s if s is not None and sent.start <= s.start and s.end <= sent.end else None for s in (agent, obj)
        )
        event = Event(
            id="",
            type=type_,
            label=" ".join(label.split()),
            evidence=_evidence(ctx, sent, trigger, agent_in, obj_in),
            trigger=tok.text,
            participants=_participants(ctx, found),
            place=(ctx.index.span(place) or "") if place is not None else "",
            rule=f"verb:{lemma}",
            confidence=0.7 if not [s for s, _ in found if s not in inside] else 0.6,
        )
        out.append(_Candidate(tok.i, event, trigger, sent, bare=lemma in _NEEDS_TIME))
    return out
