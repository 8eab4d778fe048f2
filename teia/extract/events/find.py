"""The pure entry point: :func:`find_events` turns a processed ``Doc`` into ``Event`` records."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from teia.extract.entities import ENTITIES, doc_id_of, entity_index
from teia.extract.events.attach import _assign_times
from teia.extract.events.context import _Ctx
from teia.extract.events.named import _dedupe_named, _named_events
from teia.extract.events.nominal import _nominal_events
from teia.extract.events.verbal import _verbal_events
from teia.extract.labels import normalize_category
from teia.records import Event


def find_events(doc: Doc) -> list[Event]:
    """The events of a processed Doc, in text order, with ids ``ev0, ev1, ...``."""
    # the entity spans are the mentions of the local entities (teia_entities may have added
    # aliases and event names the NER missed, and dropped places swallowed by event names)
    ents = []
    for ent in getattr(doc._, ENTITIES) or ():
        for m in ent.mentions:
            sp = doc.char_span(m.start, m.end, label=m.category, alignment_mode="expand")
            if sp is not None:
                ents.append(sp)
    if not ents and not Doc.has_extension(ENTITIES):  # pragma: no cover - teia_entities always runs first
        ents = [e for e in doc.ents if ctx_ok(e)]
    ents = sorted({(s.start, s.end): s for s in ents}.values(), key=lambda s: (s.start, -s.end))
    ctx = _Ctx(doc, entity_index(doc), ents, [t for t in (getattr(doc._, "teia_times", None) or ())], doc_id_of(doc))
    cands = _named_events(ctx) + _nominal_events(ctx) + _verbal_events(ctx)
    cands.sort(key=lambda c: (c.pos, c.event.rule))
    dated = _assign_times(ctx, cands)
    events = _dedupe_named([ev for ev, c in zip(dated, cands) if not (c.bare and ev.time is None)])
    return [replace(ev, id=f"ev{i}") for i, ev in enumerate(events)]


def ctx_ok(span: Span) -> bool:
    return normalize_category(span.label_) not in ("DATE", "VALUE")
