"""The ``teia_events`` component: events with their type, participants, place and time.

:func:`find_events` is a pure function of a processed ``Doc`` (it reads ``doc.ents``, the local
entities of ``doc._.teia_entities`` and the time expressions of ``doc._.teia_times``) and
returns :class:`~teia.extract.records.Event` records; the component stores them on
``doc._.teia_events``. Three kinds of events:

* **named events**: mentions of category ``EVENT`` (``a Batalha de Varsóvia``); the event's
  ``entity`` is the mention's local entity and its type comes from the name's head word;
* **nominal events**: a noun trigger (``derrota``, ``batalha``, ``tratado``, ``fundação``...)
  with its complements read left to right up to the end of the phrase: ``de`` + entity gives
  the trigger's main role (``derrota do Exército Vermelho`` → defeated; ``vitória de X`` →
  agent; ``fundação de X`` → patient), place prepositions (``em``, ``diante de``, ``às portas
  de``, ``junto a``, ``perto de``) + place give the place, ``contra``/``sobre`` + entity the
  opposite side, ``por``/``pelo`` + entity the agent, ``entre X e Y`` the participants;
* **verbal events**: a verb trigger (``derrotar``, ``vencer``, ``invadir``, ``fundar``,
  ``assinar``) with subject and object from the dependency parse when there is one, else from
  the nearest entities on each side in the clause; passive voice (``foi derrotada pelo X``)
  swaps the roles.

The time of an event is the calendar expression of the same sentence nearest to the trigger
(within :data:`MAX_TIME_DISTANCE` tokens for named events, which are often mentioned in passing).
Rules work on token text and, when the model provides them, lemmas, POS and dependencies.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from teia.extract.entities import ENTITIES, EntityIndex, doc_id_of, entity_index
from teia.extract.gazetteer import fold
from teia.extract.labels import (
    AUX_PASS,
    EVENT,
    LOC,
    NSUBJ,
    NSUBJ_PASS,
    OBJ,
    OBL,
    OBL_AGENT,
    ORG,
    PER,
    normalize_category,
)
from teia.extract.records import Event, Evidence, Participant, TimeExpression

__all__ = ["find_events", "event_type_of_name", "EXTENSION", "NOUN_TRIGGERS", "VERB_TRIGGERS"]

EXTENSION = "teia_events"
Doc.set_extension(EXTENSION, default=None, force=True)

MAX_TIME_DISTANCE = 12
"""Tokens between a named event and a time expression for the time to date the event."""

AGENT, DEFEATED, PATIENT, PARTICIPANT = "agent", "defeated", "patient", "participant"

# Event class by the head word of an event name or a trigger noun (folded, singular).
_TYPE_BY_WORD = {
    "batalha": "Battle",
    "combate": "Battle",
    "ofensiva": "Battle",
    "contraofensiva": "Battle",
    "contra-ofensiva": "Battle",
    "cerco": "Battle",
    "derrota": "Battle",
    "vitoria": "Battle",
    "milagre": "Battle",
    "guerra": "MilitaryConflict",
    "conflito": "MilitaryConflict",
    "invasao": "MilitaryConflict",
    "intervencao": "MilitaryConflict",
    "revolucao": "Revolution",
    "insurreicao": "Revolution",
    "levante": "Revolution",
    "revolta": "Revolution",
    "tomada": "Revolution",
    "tratado": "Treaty",
    "paz": "Treaty",
    "armisticio": "Treaty",
    "acordo": "Treaty",
    "assinatura": "Treaty",
    "fundacao": "Founding",
    "criacao": "Founding",
    "golpe": "Event",
    "congresso": "Event",
    "conferencia": "Event",
}

NOUN_TRIGGERS: dict[str, tuple[str, str]] = {
    # noun: (event type, role of the first "de" complement)
    "batalha": ("Battle", PARTICIPANT),
    "combate": ("Battle", PARTICIPANT),
    "ofensiva": ("Battle", AGENT),
    "contraofensiva": ("Battle", AGENT),
    "cerco": ("Battle", PATIENT),
    "derrota": ("Battle", DEFEATED),
    "vitoria": ("Battle", AGENT),
    "guerra": ("MilitaryConflict", PARTICIPANT),
    "invasao": ("MilitaryConflict", PATIENT),
    "revolucao": ("Revolution", PARTICIPANT),
    "insurreicao": ("Revolution", PARTICIPANT),
    "golpe": ("Event", PARTICIPANT),
    "tratado": ("Treaty", PARTICIPANT),
    "armisticio": ("Treaty", PARTICIPANT),
    "assinatura": ("Treaty", PATIENT),
    "fundacao": ("Founding", PATIENT),
    "criacao": ("Founding", PATIENT),
    "tomada": ("Revolution", PATIENT),
}
"""Trigger nouns (folded lemma) → (event class, role of the ``de`` complement)."""

_PLURALS = {"batalhas": "batalha", "guerras": "guerra", "derrotas": "derrota", "vitorias": "vitoria",
            "ofensivas": "ofensiva", "revolucoes": "revolucao", "tratados": "tratado", "cercos": "cerco",
            "combates": "combate", "golpes": "golpe", "invasoes": "invasao"}

VERB_TRIGGERS: dict[str, tuple[str, str]] = {
    # lemma: (event type, role of the object)
    "derrotar": ("Battle", DEFEATED),
    "vencer": ("Battle", DEFEATED),
    "invadir": ("MilitaryConflict", PATIENT),
    "fundar": ("Founding", PATIENT),
    "assinar": ("Treaty", PATIENT),
}
"""Trigger verbs (lemma) → (event class, role of the object); the subject is the agent."""

# inflected forms recognized without a lemmatizer (blank pipeline)
_VERB_STEMS = (("derrot", "derrotar"), ("venc", "vencer"), ("invad", "invadir"), ("fund", "fundar"), ("assin", "assinar"))
_VERB_ENDINGS = ("ou", "aram", "ado", "ada", "ados", "adas", "a", "am", "ava", "avam", "eu", "eram", "ido", "ida",
                 "idos", "idas", "iu", "iram", "ou-se", "aram-se")

_DETERMINERS = frozenset("a o as os da do das dos na no nas nos à ao às aos uma um sua seu suas seus pela pelo esta este essa esse".split())
_DE = frozenset({"de", "do", "da", "dos", "das"})
_PLACE_PREPS = frozenset({"em", "no", "na", "nos", "nas", "junto", "perto", "diante", "sobre"})
_POR = frozenset({"por", "pelo", "pela", "pelos", "pelas"})
_STOP = frozenset({".", ";", ":", "!", "?", "(", ")", "«", "»", "—"})
_CLAUSE_WORDS = frozenset({"que", "quando", "onde", "porque", "enquanto", "mas", "porém", "embora", "se"})
_MAX_SPAN = 14


def event_type_of_name(name: str) -> str:
    """The event class suggested by an event name's head word (``Batalha de Varsóvia`` → Battle)."""
    for w in fold(name).replace("-", " ").split():
        if w in ("a", "o", "as", "os"):
            continue
        w = _PLURALS.get(w, w)
        return _TYPE_BY_WORD.get(w, "Event")
    return "Event"


def _lemma(tok: Token) -> str:
    lemma = tok.lemma_ if tok.doc.has_annotation("LEMMA") and tok.lemma_ else tok.text
    word = fold(lemma)
    return _PLURALS.get(word, word)


def _verb_lemma(tok: Token) -> str:
    if tok.doc.has_annotation("LEMMA") and tok.lemma_:
        lemma = fold(tok.lemma_)
        if lemma in VERB_TRIGGERS:
            if tok.doc.has_annotation("POS") and tok.pos_ not in ("VERB", "AUX", "ADJ"):
                return ""
            return lemma
        return ""
    word = fold(tok.text)
    if tok.i > 0 and tok.doc[tok.i - 1].lower_ in _DETERMINERS:
        return ""  # "a derrota", "da fundação": a noun
    for stem, lemma in _VERB_STEMS:
        if word.startswith(stem) and word[len(stem):] in _VERB_ENDINGS:
            if lemma == "fundar" and word in ("funda", "fundo", "fundos"):
                return ""
            return lemma
    return ""


@dataclass
class _Ctx:
    doc: Doc
    index: EntityIndex
    ents: list[Span]
    times: list[TimeExpression]
    doc_id: str

    def ent_at(self, i: int) -> Span | None:
        for e in self.ents:
            if e.start <= i < e.end:
                return e
        return None

    def ent_starting(self, i: int) -> Span | None:
        for e in self.ents:
            if e.start == i:
                return e
        return None


def _category(span: Span) -> str:
    return normalize_category(span.label_)


def _sentence(doc: Doc, tok: Token) -> Span:
    if doc.has_annotation("SENT_START") or doc.has_annotation("DEP"):
        return tok.sent
    return doc[:]


def _time_for(ctx: _Ctx, sent: Span, anchor: Span, limit: int | None) -> TimeExpression | None:
    """The calendar expression of the sentence nearest to ``anchor`` (after it on ties)."""
    best, best_d = None, None
    for t in ctx.times:
        if t.kind != "date" or not (sent.start_char <= t.start_char and t.end_char <= sent.end_char):
            continue
        if t.end_char <= anchor.start_char:
            d = len(ctx.doc.char_span(t.end_char, anchor.start_char, alignment_mode="expand") or ())
            d += 0.5
        else:
            d = len(ctx.doc.char_span(anchor.end_char, max(anchor.end_char, t.start_char), alignment_mode="expand") or ())
        if limit is not None and d > limit:
            continue
        if best_d is None or d < best_d:
            best, best_d = t, d
    return best


def _evidence(ctx: _Ctx, sent: Span, trigger: Span, subject: Span | None = None, obj: Span | None = None) -> Evidence:
    return Evidence(
        doc_id=ctx.doc_id,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        sentence=sent.text,
        trigger_start=trigger.start_char,
        trigger_end=trigger.end_char,
        subject_start=subject.start_char if subject is not None else -1,
        subject_end=subject.end_char if subject is not None else -1,
        object_start=obj.start_char if obj is not None else -1,
        object_end=obj.end_char if obj is not None else -1,
    )


@dataclass
class _Args:
    participants: list[tuple[Span, str]]
    place: Span | None
    end: int  # token index after the last complement read


def _complements(ctx: _Ctx, start: int, sent_end: int, de_role: str, type_: str) -> _Args:
    """Read the complements of a trigger phrase from token ``start`` (see the module docstring)."""
    doc = ctx.doc
    parts: list[tuple[Span, str]] = []
    place: Span | None = None
    end = start
    i = start
    first_de = True
    while i < min(sent_end, start + _MAX_SPAN):
        tok = doc[i]
        low = tok.lower_
        if tok.text in _STOP or low in _CLAUSE_WORDS:
            break
        if doc.has_annotation("POS") and tok.pos_ in ("VERB", "AUX") and ctx.ent_at(i) is None:
            break
        prep, j = _preposition(doc, i, sent_end)
        if prep is None:
            if tok.text == "," and i + 1 < sent_end and _preposition(doc, i + 1, sent_end)[0] in ("place",):
                i += 1
                continue
            if tok.text == ",":
                break
            i += 1
            continue
        # skip determiners / a common noun before the entity ("do rio Wkra", "da capital")
        k = j
        while k < min(sent_end, j + 3) and ctx.ent_starting(k) is None and doc[k].text not in _STOP and doc[k].text != ",":
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
            if cat == LOC and (not first_de or de_role in (PARTICIPANT,) or type_ in ("Battle", "Revolution", "Founding") and de_role != DEFEATED):
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
            parts.append((ent, DEFEATED if de_role == AGENT else PARTICIPANT))
        elif prep == "por":
            parts.append((ent, AGENT))
        elif prep == "entre":
            parts.append((ent, PARTICIPANT))
            n = ent.end
            if n + 1 < sent_end and doc[n].lower_ == "e":
                other = ctx.ent_starting(n + 1) or (ctx.ent_starting(n + 2) if n + 2 < sent_end else None)
                if other is not None and ctx.index.span(other) is not None:
                    parts.append((other, PARTICIPANT))
                    ent = other
        end = ent.end
        i = ent.end
        while i < sent_end and doc[i].lower_ == "e" and i + 1 < sent_end:
            nxt = ctx.ent_starting(i + 1) or (ctx.ent_starting(i + 2) if i + 2 < sent_end and doc[i + 1].lower_ in ("o", "a", "os", "as") else None)
            if nxt is None or ctx.index.span(nxt) is None or _category(nxt) != cat:
                break
            if parts and parts[-1][0] == ent:
                parts.append((nxt, parts[-1][1]))
            end = i = nxt.end
            ent = nxt
    return _Args(parts, place, end)


def _preposition(doc: Doc, i: int, sent_end: int) -> tuple[str | None, int]:
    """The preposition starting at token ``i`` (its kind) and the index after it."""
    low = doc[i].lower_
    nxt = doc[i + 1].lower_ if i + 1 < sent_end else ""
    if low in _DE:
        return "de", i + 1
    if low in ("em", "no", "na", "nos", "nas"):
        return "place", i + 1
    if low in ("diante", "perto", "junto", "próximo", "proximo", "dentro", "fora") and nxt in _DE | {"a", "ao", "à", "aos", "às"}:
        return "place", i + 2
    if low in ("às", "as", "à", "a") and nxt == "portas" and i + 2 < sent_end and doc[i + 2].lower_ in _DE:
        return "place", i + 3
    if low == "sobre":
        return "contra", i + 1
    if low == "contra":
        return "contra", i + 1
    if low in _POR:
        return "por", i + 1
    if low == "entre":
        return "entre", i + 1
    return None, i


def _named_events(ctx: _Ctx) -> list[tuple[int, Event]]:
    out = []
    seen: set[str] = set()
    for ent in ctx.ents:
        if _category(ent) != EVENT:
            continue
        local = ctx.index.span(ent)
        if local is None:
            continue
        sent = _sentence(ctx.doc, ent[0])
        type_ = event_type_of_name(ent.text)
        args = _complements(ctx, ent.end, sent.end, PARTICIPANT, type_)
        time = _time_for(ctx, sent, ent, MAX_TIME_DISTANCE)
        parts = _participants(ctx, args.participants)
        place = ctx.index.span(args.place) if args.place is not None else ""
        if local in seen and not (parts or place or time):
            continue
        seen.add(local)
        out.append(
            (
                ent.start,
                Event(
                    id="",
                    type=type_,
                    label=ent.text,
                    evidence=_evidence(ctx, sent, ent),
                    trigger=ent.text,
                    entity=local,
                    participants=parts,
                    place=place or "",
                    time=time,
                    rule="named-event",
                    confidence=0.9,
                ),
            )
        )
    return out


def _participants(ctx: _Ctx, found: Iterable[tuple[Span, str]]) -> tuple[Participant, ...]:
    out: list[Participant] = []
    seen: set[str] = set()
    for span, role in found:
        eid = ctx.index.span(span)
        if eid is None or eid in seen:
            continue
        seen.add(eid)
        out.append(Participant(eid, role))
    return tuple(out)


def _nominal_events(ctx: _Ctx) -> list[tuple[int, Event]]:
    doc = ctx.doc
    out = []
    for tok in doc:
        if ctx.ent_at(tok.i) is not None:
            continue
        if doc.has_annotation("POS") and tok.pos_ not in ("NOUN", "PROPN"):
            continue
        word = _lemma(tok)
        if word == "tomada" and not (tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "do" and doc[tok.i + 2].lower_ == "poder"):
            if not (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in _DE):
                continue
        if word not in NOUN_TRIGGERS:
            continue
        type_, de_role = NOUN_TRIGGERS[word]
        sent = _sentence(doc, tok)
        args = _complements(ctx, tok.i + 1, sent.end, de_role, type_)
        parts = _participants(ctx, args.participants)
        place = ctx.index.span(args.place) if args.place is not None else None
        if not parts and place is None:
            continue  # a bare "a guerra", "a batalha": anaphoric, left to the named events
        trigger = doc[tok.i : tok.i + 1]
        phrase = doc[tok.i : max(args.end, tok.i + 1)]
        time = _time_for(ctx, sent, phrase, None)
        subject = args.participants[0][0] if args.participants else None
        out.append(
            (
                tok.i,
                Event(
                    id="",
                    type=type_,
                    label=phrase.text,
                    evidence=_evidence(ctx, sent, trigger, subject, args.place),
                    trigger=tok.text,
                    participants=parts,
                    place=place or "",
                    time=time,
                    rule=f"noun:{word}",
                    confidence=0.7,
                ),
            )
        )
    return out


def _passive(tok: Token) -> bool:
    doc = tok.doc
    if doc.has_annotation("DEP"):
        if any(c.dep_ == AUX_PASS or c.dep_ == NSUBJ_PASS for c in tok.children):
            return True
    prev = [doc[k].lower_ for k in range(max(0, tok.i - 2), tok.i)]
    return fold(tok.text).endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas")) and any(
        w in ("foi", "foram", "era", "eram", "fora", "seria", "sido", "ser") for w in prev
    )


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
        if step > 0 and ctx.doc.has_annotation("POS") and tok.pos_ == "VERB":
            return None
        i += step
        n += 1
    return None


def _verbal_events(ctx: _Ctx) -> list[tuple[int, Event]]:
    doc = ctx.doc
    out = []
    for tok in doc:
        lemma = _verb_lemma(tok)
        if not lemma or ctx.ent_at(tok.i) is not None:
            continue
        type_, obj_role = VERB_TRIGGERS[lemma]
        sent = _sentence(doc, tok)
        subj = obj = agent_by = place = None
        passive = _passive(tok)
        if doc.has_annotation("DEP"):
            for c in tok.children:
                e = _entity_of_head(ctx, c)
                if e is None:
                    continue
                if c.dep_ in (NSUBJ,) and not passive:
                    subj = subj or e
                elif c.dep_ in (NSUBJ_PASS,) or (c.dep_ == NSUBJ and passive):
                    obj = obj or e
                elif c.dep_ == OBJ:
                    obj = obj or e
                elif c.dep_ == OBL_AGENT:
                    agent_by = agent_by or e
                elif c.dep_ == OBL and _category(e) == LOC:
                    place = place or e
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
        if agent is not None and _category(agent) not in (PER, ORG, LOC):
            agent = None
        if obj is not None and _category(obj) == EVENT:
            continue  # "venceram a batalha do rio Niemen": the named event carries it
        if agent is None and obj is None:
            continue
        if place is None:
            args = _complements(ctx, (obj.end if obj is not None else tok.i + 1), sent.end, PARTICIPANT, type_)
            place = args.place
        found = [(s, r) for s, r in ((agent, AGENT), (obj, obj_role)) if s is not None]
        trigger = doc[tok.i : tok.i + 1]
        span_start = min([tok.i] + [s.start for s, _ in found])
        span_end = max([tok.i + 1] + [s.end for s, _ in found])
        out.append(
            (
                tok.i,
                Event(
                    id="",
                    type=type_,
                    label=doc[span_start:span_end].text,
                    evidence=_evidence(ctx, sent, trigger, agent, obj),
                    trigger=tok.text,
                    participants=_participants(ctx, found),
                    place=(ctx.index.span(place) or "") if place is not None else "",
                    time=_time_for(ctx, sent, trigger, None),
                    rule=f"verb:{lemma}",
                    confidence=0.7,
                ),
            )
        )
    return out


def _entity_of_head(ctx: _Ctx, tok: Token) -> Span | None:
    e = ctx.ent_at(tok.i)
    if e is not None and ctx.index.span(e) is not None:
        return e
    return None


def find_events(doc: Doc) -> list[Event]:
    """The events of a processed Doc, in text order, with ids ``ev0, ev1, ...``."""
    ents = [e for e in doc.ents if ctx_ok(e)]
    extra = getattr(doc._, ENTITIES) or ()
    # mentions added by teia_entities (aliases the NER missed) count as entity spans too
    spans = {(e.start_char, e.end_char) for e in ents}
    for ent in extra:
        for m in ent.mentions:
            if (m.start, m.end) not in spans:
                sp = doc.char_span(m.start, m.end, label=m.category)
                if sp is not None and not any(sp.start < e.end and e.start < sp.end for e in ents):
                    ents.append(sp)
    ents.sort(key=lambda s: s.start)
    ctx = _Ctx(doc, entity_index(doc), ents, [t for t in (getattr(doc._, "teia_times", None) or ())], doc_id_of(doc))
    found = _named_events(ctx) + _nominal_events(ctx) + _verbal_events(ctx)
    found.sort(key=lambda p: (p[0], p[1].rule))
    return [_with_id(ev, f"ev{i}") for i, (_, ev) in enumerate(found)]


def ctx_ok(span: Span) -> bool:
    return normalize_category(span.label_) not in ("DATE", "VALUE")


def _with_id(ev: Event, eid: str) -> Event:
    from dataclasses import replace

    return replace(ev, id=eid)


class EventFinder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.set(EXTENSION, tuple(find_events(doc)))
        return doc


@Language.factory("teia_events", assigns=[f"doc._.{EXTENSION}"])
def make_event_finder(nlp: Language, name: str) -> EventFinder:
    return EventFinder()


def events_in(docs: Sequence[Doc]) -> list[Event]:
    return [ev for d in docs for ev in (getattr(d._, EXTENSION) or ())]
