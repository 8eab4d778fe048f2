"""The dates of events, as the resolution compares them (named events whose dates do not overlap
are never merged)."""

from __future__ import annotations

from teia.extract.labels import EVENT
from teia.records import Entity, Extraction
from teia.extract.resolve.names import name_key


_LOW_PAD = "0000-01-01"
_HIGH_PAD = "9999-12-31"


def time_interval(t) -> tuple[str, str] | None:
    if t is None or not t.normalized or t.kind != "date":
        return None
    start = t.start or t.value
    end = t.end or t.value
    if not start or not end or start.startswith("-") or end.startswith("-"):
        return None
    return start + _LOW_PAD[len(start):], end + _HIGH_PAD[len(end):]


CONTEXT_YEARS = 2
"""Years either side of the date context that dates an undated mention of a recurring meeting."""
_MEETING_WORDS = frozenset({"congresso", "conferencia", "assembleia", "reuniao", "sessao", "plenario", "concilio", "cupula"})
"""Head words of event names that recur (the Second Congress of this and of that)."""


def event_dates(ex: Extraction, ent: Entity) -> tuple[tuple[str, str], ...]:
    """The intervals that date a named event of a document, for the date cannot-link of the
    clustering: the times of its events; for an undated meeting (a congress, conference,
    assembly...: ``o Segundo Congresso dos Sovietes``, names that recur),
    the document's date context around its first mention (the nearest absolute date before it,
    else after it), widened by :data:`CONTEXT_YEARS` years, so that a congress mentioned amid
    the events of 1917 does not join the congress of the same name dated 1924 elsewhere."""
    own = tuple(sorted({d for ev in ex.events if ev.entity == ent.id for d in [time_interval(ev.time)] if d}))
    if own or ent.type != EVENT or not ent.mentions or not (set(name_key(ent.label).split()) & _MEETING_WORDS):
        return own
    first = min(m.start for m in ent.mentions)
    dated = [(t.start_char, d) for t in ex.times if not t.relative for d in [time_interval(t)] if d]
    before = [x for x in dated if x[0] < first]
    after = [x for x in dated if x[0] >= first]
    if not (before or after):
        return ()
    lo, hi = (max(before) if before else min(after))[1]
    return ((f"{int(lo[:4]) - CONTEXT_YEARS:04d}{lo[4:]}", f"{int(hi[:4]) + CONTEXT_YEARS:04d}{hi[4:]}"),)
