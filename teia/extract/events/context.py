"""The per-document state of :func:`~teia.extract.events.find_events` (:class:`_Ctx`), the
candidate events before dating (:class:`_Candidate`), and the helpers that turn spans into the
ids, evidence and participants of :class:`~teia.records.Event` records."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate

from spacy.tokens import Doc, Span, Token

from teia.extract.docindex import SpanIndex, doc_text
from teia.extract.entities import ENTITIES, EntityIndex
from teia.extract.labels import normalize_category
from teia.records import Event, Evidence, Participant, TimeExpression


@dataclass
class _Ctx:
    doc: Doc
    index: EntityIndex
    ents: list[Span]
    times: list[TimeExpression]
    doc_id: str

    def __post_init__(self) -> None:
        # ``ents`` is sorted by start: a binary search finds those around a token; ``_reach[j]``
        # is the furthest end among ents[0..j] (non-decreasing, so searchable too)
        self._starts = [e.start for e in self.ents]
        self._reach = list(accumulate((e.end for e in self.ents), max))
        self._time_spans = SpanIndex((t.start_char, t.end_char) for t in self.times)

    def ent_at(self, i: int) -> Span | None:
        """The first of ``ents`` holding token ``i``."""
        j = bisect_right(self._reach, i)  # the first whose end (and that of all before) is past i
        return self.ents[j] if j < len(self.ents) and self.ents[j].start <= i else None

    def ent_starting(self, i: int) -> Span | None:
        """The first of ``ents`` starting at token ``i``."""
        j = bisect_left(self._starts, i)
        return self.ents[j] if j < len(self.ents) and self._starts[j] == i else None

    def ents_between(self, start: int, end: int) -> list[Span]:
        """The ents starting at a token in ``[start, end)``, in order."""
        return self.ents[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def in_time(self, char: int) -> bool:
        """Whether a time expression holds the character ``char``."""
        return self._time_spans.overlaps(char, char + 1)


def _category(span: Span) -> str:
    return normalize_category(span.label_)


@dataclass
class _Candidate:
    pos: int
    event: Event
    anchor: Span
    sent: Span
    max_before: int | None = None
    max_after: int | None = None
    bare: bool = False  # an argument-less trigger: an event only when a time dates it


def _evidence(ctx: _Ctx, sent: Span, trigger: Span, subject: Span | None = None, obj: Span | None = None) -> Evidence:
    return Evidence(
        doc_id=ctx.doc_id,
        sentence_start=sent.start_char,
        sentence_end=sent.end_char,
        sentence=doc_text(ctx.doc)[sent.start_char : sent.end_char],  # not ``Span.text``: a join per read
        trigger_start=trigger.start_char,
        trigger_end=trigger.end_char,
        subject_start=subject.start_char if subject is not None else -1,
        subject_end=subject.end_char if subject is not None else -1,
        object_start=obj.start_char if obj is not None else -1,
        object_end=obj.end_char if obj is not None else -1,
    )


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


def _category_of(ctx: _Ctx, eid: str) -> str:
    for ent in getattr(ctx.doc._, ENTITIES) or ():
        if ent.id == eid:
            return ent.type
    return ""


def _entity_label(ctx: _Ctx, span: Span) -> str:
    """The label of the local entity a mention belongs to (``Lênin`` → ``Lenin``)."""
    eid = ctx.index.span(span)
    for ent in getattr(ctx.doc._, ENTITIES) or ():
        if ent.id == eid:
            return ent.label
    return span.text


def _entity_of_head(ctx: _Ctx, tok: Token) -> Span | None:
    e = ctx.ent_at(tok.i)
    if e is not None and ctx.index.span(e) is not None:
        return e
    return None
