"""Event coreference: event records → the event entities they tell, across documents.

Runs after :func:`teia.extract.resolve.resolve_corpus` (which clusters the *named* events
with the other entities): an unnamed event record (``a derrota do Exército Vermelho diante de
Varsóvia``) joins the named event it describes (``a Batalha de Varsóvia``), and unnamed
records that tell the same thing in several documents become one event entity. Every join is
a :class:`~teia.records.MergeDecision` (rule ``event-coreference``) in the merge log,
and the user's override file can reject any of them. Pure functions over records, like the
rest of resolution.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import replace

from teia.extract.labels import EVENT
from teia.records import Entity, Event, Extraction, MergeDecision, Resolution
from teia.extract.resolve import (
    REJECTED,
    Overrides,
    dedupe_merges,
    global_id,
    name_key,
    time_interval,
)

__all__ = ["events_of", "resolve_events"]


def _contains(outer, inner) -> bool:
    io, ii = time_interval(outer), time_interval(inner)
    return io is not None and ii is not None and io[0] <= ii[0] and ii[1] <= io[1]


def _overlap(a, b) -> bool:
    ia, ib = time_interval(a), time_interval(b)
    return ia is not None and ib is not None and ia[0] <= ib[1] and ib[0] <= ia[1]


def _event_join(
    overrides: Overrides | None, gid: str, label: str, ev: Event, evidence: str
) -> MergeDecision:
    """The merge-log decision of joining the event record ``ev`` to the event entity ``gid``
    (labelled ``label``): ``rejected`` when the override file rejects the pair, one side naming
    the entity (its id or label) and the other the record's label (the sides of the merge-log
    line, ``entity``/``label`` and ``merged``), with the file and line in the evidence; else
    ``accepted``. The caller joins the record only when it is accepted."""
    if overrides:
        r = overrides.rejection(frozenset({gid, f"name:{name_key(label)}"}), frozenset({f"name:{name_key(ev.label)}"}))
        if r is not None:
            return MergeDecision(gid, label, ev.label, "event-coreference", f"{evidence}; {r.reason}", REJECTED)
    return MergeDecision(gid, label, ev.label, "event-coreference", evidence)


def resolve_events(
    extractions: Sequence[Extraction], resolution: Resolution, overrides: Overrides | None = None
) -> tuple[tuple[Extraction, ...], Resolution]:
    """Give unnamed events the entity of the named event they describe.

    An unnamed event (``Event.entity == ""``) is the named event ``N`` when they have the same
    type, the same place (the unnamed event's place is ``N``'s place, or is named inside ``N``'s
    name: ``diante de Varsóvia`` / ``Batalha de Varsóvia``) and overlapping times, and exactly
    one named event qualifies. An undated event (or one whose named candidate is undated) may
    only join a named event of its own document. When ``N`` is named only in another document, the document gets
    a reference ``("doc", "~<global id>")`` in the mapping and the event's ``entity`` is that
    reference, so the graph gives both one IRI. An unnamed event with participants but no place
    and no time joins the event the document's title line names, when it is the only one of its
    type there (a text titled ``A Batalha de Varsóvia`` telling how ``a Frente Ocidental foi
    derrotada``). Unnamed events that remain and tell the same thing are joined into a new event
    entity (:func:`_join_unnamed`). A join the ``overrides`` reject (the merge-log line of the
    join with its status edited, or a pair of names) is not made and is logged as ``rejected``.
    Returns new extractions and resolution.
    """
    index = resolution.index()
    by_gid = {e.id: e for e in resolution.entities}
    named: dict[str, dict[str, set]] = defaultdict(lambda: {"types": set(), "places": set(), "times": []})
    for ex in extractions:
        for ev in ex.events:
            if not ev.entity:
                continue
            gid = index.get((ex.document.id, ev.entity))
            if gid is None:
                continue
            info = named[gid]
            info["types"].add(ev.type)
            if ev.place and (ex.document.id, ev.place) in index:
                info["places"].add(index[(ex.document.id, ev.place)])
            if ev.time is not None:
                info["times"].append(ev.time)
    new_exs = []
    extra_mapping: set[tuple[str, str, str]] = set()
    merges = list(resolution.merges)
    locals_by_doc = _locals_by_document(index)
    for ex in extractions:
        local_of = locals_by_doc.get(ex.document.id, {})
        events = []
        changed = False
        named_here = {index[(ex.document.id, e.entity)] for e in ex.events if e.entity and (ex.document.id, e.entity) in index}
        titled = _title_events(ex)
        for ev in ex.events:
            if (
                not ev.entity
                and not ev.place
                and ev.time is None
                and ev.participants
                and ev.rule.startswith("verb:")
                and ev.type in titled
            ):
                # "a Frente Ocidental foi derrotada pelo Exército Polonês" in a text titled "A Batalha de Varsóvia"
                local, label = titled[ev.type]
                gid = index.get((ex.document.id, local), local)
                decision = _event_join(
                    overrides, gid, by_gid[gid].label if gid in by_gid else label, ev,
                    f"{ev.label!r} ({ex.document.id}): same type {ev.type}, undated and unplaced, "
                    f"in a document titled {label!r}",
                )
                merges.append(decision)
                if decision.status == REJECTED:
                    events.append(ev)
                    continue
                events.append(replace(ev, entity=local))
                changed = True
                continue
            if ev.entity or not ev.place:
                events.append(ev)
                continue
            place = index.get((ex.document.id, ev.place))
            place_ent = by_gid.get(place) if place else None
            candidates = []
            for gid, info in named.items():
                specific = {t for t in info["types"] if t != "Event"}
                if ev.type not in specific:
                    continue
                ent = by_gid.get(gid)
                in_name = place_ent is not None and ent is not None and _named_inside(place_ent, ent)
                if place not in info["places"] and not in_name:
                    continue
                if ev.time is None or not info["times"]:
                    # undated: only a named event of the same document, with no dated rival
                    if gid not in named_here:
                        continue
                elif not any(_overlap(ev.time, t) for t in info["times"]):
                    continue
                candidates.append(gid)
            if len(candidates) != 1:
                events.append(ev)
                continue
            gid = candidates[0]
            target = by_gid.get(gid)
            decision = _event_join(
                overrides, gid, target.label if target else gid, ev,
                f"{ev.label!r} ({ex.document.id}): same type {ev.type}, same place, "
                + (f"time {ev.time.value} overlaps" if ev.time is not None else "named in the same document"),
            )
            merges.append(decision)
            if decision.status == REJECTED:
                events.append(ev)
                continue
            local = _local_ref(ex.document.id, gid, local_of, extra_mapping)
            time = ev.time
            finer = [t for t in named[gid]["times"] if _contains(time, t) and time_interval(t) != time_interval(time)]
            if finer:
                time = None  # the named event is dated more precisely elsewhere: keep one date
            events.append(replace(ev, entity=local, time=time))
            changed = True
        new_exs.append(replace(ex, events=tuple(events)) if changed else ex)
    new_exs, day_mapping = _join_same_day(new_exs, index, by_gid, merges, overrides)
    extra_mapping |= day_mapping
    new_exs, side_mapping = _join_by_sides(new_exs, index, by_gid, merges, overrides)
    extra_mapping |= side_mapping
    new_exs, joined, join_mapping, join_merges = _join_unnamed(
        new_exs, index, {e.id for e in resolution.entities}, overrides
    )
    mapping = tuple(sorted(set(resolution.mapping) | extra_mapping | join_mapping))
    entities = tuple(resolution.entities) + joined
    return tuple(new_exs), Resolution(entities, mapping, tuple(dedupe_merges(merges + join_merges)), resolution.links)


def _day(t) -> bool:
    return t is not None and len(t.start or t.value) == 10 and len(t.end or t.value) == 10


def _days_of(t, limit: int = 62) -> list[str]:
    """The days of a day-granular time (at most ``limit``; a longer interval gives none)."""
    try:
        lo = _dt.date.fromisoformat(t.start or t.value)
        hi = _dt.date.fromisoformat(t.end or t.value)
    except ValueError:
        return []
    n = (hi - lo).days
    if n < 0 or n >= limit:
        return []
    return [(lo + _dt.timedelta(days=k)).isoformat() for k in range(n + 1)]


def _join_same_day(
    extractions: Sequence[Extraction], index: dict[tuple[str, str], str], by_gid: dict[str, Entity],
    merges: list[MergeDecision], overrides: Overrides | None = None,
) -> tuple[list[Extraction], set[tuple[str, str, str]]]:
    """An unnamed event without a place, dated to the day, joins the only named event of its
    specific type dated to an overlapping day (named events dated by the events joined to them
    just before included): ``a insurreição`` and ``a tomada do poder pelos bolcheviques`` of
    7 November 1917 in a text that never names it, and ``a Revolução de Outubro``, dated 7
    November 1917 by ``a tomada do poder ... em Petrogrado`` of another text."""
    days: dict[str, set[str]] = defaultdict(set)
    times: dict[str, list] = defaultdict(list)
    for ex in extractions:
        for ev in ex.events:
            if not ev.entity:
                continue
            gid = _entity_of(ex, ev, index)
            if gid is None or gid not in by_gid or by_gid[gid].type != EVENT:
                continue
            days[gid].add(ev.type)
            if _day(ev.time):
                times[gid].append(ev.time)
    by_day: dict[str, set[str]] = defaultdict(set)
    for g, ts in times.items():
        for t in ts:
            for d in _days_of(t):
                by_day[d].add(g)

    def pick(ex: Extraction, ev: Event) -> tuple[str, str] | None:
        if ev.entity or ev.place or not _day(ev.time) or ev.type not in _SPECIFIC_TYPES:
            return None
        near = {g for d in _days_of(ev.time) for g in by_day.get(d, ())}
        cands = sorted(g for g in near if ev.type in days[g] and any(_overlap(ev.time, t) for t in times[g]))
        if len(cands) != 1:
            return None
        return cands[0], f"{ev.label!r} ({ex.document.id}): same type {ev.type}, the same day {ev.time.value}"

    return _join_each(extractions, index, by_gid, merges, overrides, pick)


def _join_by_sides(
    extractions: Sequence[Extraction], index: dict[tuple[str, str], str], by_gid: dict[str, Entity],
    merges: list[MergeDecision], overrides: Overrides | None = None,
) -> tuple[list[Extraction], set[tuple[str, str, str]]]:
    """An undated, unplaced, unnamed war whose sides are all sides of exactly one named war
    is that war (``a guerra contra a Rússia soviética`` in a life of Piłsudski, ``a guerra entre
    a Polônia e os Estados soviéticos``: the Soviet-Polish war, whose sides are Poland and
    Soviet Russia)."""
    sides: dict[str, set[str]] = defaultdict(set)
    for ex in extractions:
        for ev in ex.events:
            if not ev.entity or ev.type != "MilitaryConflict":
                continue
            gid = _entity_of(ex, ev, index)
            if gid is None or gid not in by_gid:
                continue
            sides[gid] |= {index[(ex.document.id, p.entity)] for p in ev.participants if (ex.document.id, p.entity) in index}

    def pick(ex: Extraction, ev: Event) -> tuple[str, str] | None:
        mine = {index.get((ex.document.id, p.entity)) for p in ev.participants}
        if ev.entity or ev.place or ev.time is not None or ev.type != "MilitaryConflict" or not mine or None in mine:
            return None
        cands = [g for g, known in sides.items() if mine <= known]
        if len(cands) != 1:
            return None
        return cands[0], f"{ev.label!r} ({ex.document.id}): a war between sides of {by_gid[cands[0]].label!r} only"

    return _join_each(extractions, index, by_gid, merges, overrides, pick)


def _locals_by_document(index: dict[tuple[str, str], str]) -> dict[str, dict[str, str]]:
    """Document id -> {global id: the document's local id} (the last local id in ``index``
    order when several have the same global id), read in one pass over ``index`` instead of
    one pass per document."""
    out: dict[str, dict[str, str]] = {}
    for (doc_id, local), gid in index.items():
        out.setdefault(doc_id, {})[gid] = local
    return out


def _local_ref(doc_id: str, gid: str, local_of: dict[str, str], mapping: set[tuple[str, str, str]]) -> str:
    """How a document refers to the event entity ``gid``: its own local id, or a ``~<global
    id>`` reference added to ``mapping`` when the document does not name the event itself."""
    local = local_of.get(gid)
    if local is None:
        local = f"~{gid}"
        mapping.add((doc_id, local, gid))
    return local


def _entity_of(ex: Extraction, ev: Event, index: dict[tuple[str, str], str]) -> str | None:
    """The global id of the event entity a record refers to: its own document's entity, or
    the ``~<global id>`` reference to an event named only in another document."""
    return ev.entity[1:] if ev.entity.startswith("~") else index.get((ex.document.id, ev.entity))


def _join_each(
    extractions: Sequence[Extraction], index: dict[tuple[str, str], str], by_gid: dict[str, Entity],
    merges: list[MergeDecision], overrides: Overrides | None,
    pick: Callable[[Extraction, Event], tuple[str, str] | None],
) -> tuple[list[Extraction], set[tuple[str, str, str]]]:
    """Join each event record for which ``pick`` names an event entity (and the evidence) to
    that entity, unless the overrides reject it; every decision goes to ``merges``. Returns the
    new extractions and the references to entities a document does not name itself."""
    out, mapping = [], set()
    locals_by_doc = _locals_by_document(index)
    for ex in extractions:
        local_of = locals_by_doc.get(ex.document.id, {})
        events, changed = [], False
        for ev in ex.events:
            picked = pick(ex, ev)
            if picked is None:
                events.append(ev)
                continue
            gid, evidence = picked
            decision = _event_join(overrides, gid, by_gid[gid].label, ev, evidence)
            merges.append(decision)
            if decision.status == REJECTED:
                events.append(ev)
                continue
            local = _local_ref(ex.document.id, gid, local_of, mapping)
            events.append(replace(ev, entity=local))
            changed = True
        out.append(replace(ex, events=tuple(events)) if changed else ex)
    return out, mapping


def _granular(t) -> bool:
    """A time at month precision or finer (``1920-10``, ``1920-10-12``)."""
    return t is not None and len(t.start or t.value) >= 7 and len(t.end or t.value) >= 7


_FAMILIES = {
    "noun:morte": "death", "verb:morrer": "death", "verb:falecer": "death",
    "noun:assassinato": "killing", "verb:assassinar": "killing", "noun:execucao": "killing", "verb:executar": "killing",
    "noun:prisao": "arrest", "noun:detencao": "arrest", "verb:prender": "arrest",
    "noun:chegada": "arrival", "verb:chegar": "arrival",
    "noun:regresso": "return", "noun:retorno": "return", "verb:voltar": "return", "verb:regressar": "return",
    "verb:retornar": "return",
    "noun:complo": "conspiracy", "noun:conspiracao": "conspiracy",
    **{f"verb:{v}": "adoption" for v in ("adotar", "introduzir", "instituir", "implantar", "implementar", "decretar",
                                         "defender", "propor")},
}
"""Trigger rules that tell the same kind of event (``morte de Lenin`` / ``Lenin morreu``)."""
_ONCE = frozenset({"death", "killing"})
"""Events that happen once to their patient: the same patient is the same event, dated or not."""


def _family(ev: Event) -> str:
    return "founding" if ev.type == "Founding" else _FAMILIES.get(ev.rule, ev.rule)


def _join_unnamed(
    extractions: Sequence[Extraction], index: dict[tuple[str, str], str], taken: set[str],
    overrides: Overrides | None = None,
) -> tuple[list[Extraction], tuple[Entity, ...], set[tuple[str, str, str]], list[MergeDecision]]:
    """One event for the unnamed events that tell the same thing. Two records join when they
    have the same type and the same kind of trigger (:data:`_FAMILIES`) and either

    * happen once to their patient (a death, a killing, a founding: :data:`_ONCE`) and share
      that patient, dated or not (``morte de Lenin`` / ``morreu em 21 de janeiro de 1924``); or
    * are both dated with overlapping times, have compatible places, and share a participant,
      or have no participant on one side and are both dated to the month or finer (the
      armistice of October 1920 told by three documents).

    Each group becomes an event entity that every record refers to (label: a label naming a
    participant, else the most frequent); each record keeps the time its own document states."""
    recs = [(k, n, ev) for k, ex in enumerate(extractions) for n, ev in enumerate(ex.events) if not ev.entity]
    def gid_of(k: int, local: str) -> str:
        return index.get((extractions[k].document.id, local), "") if local else ""

    parent = list(range(len(recs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # blocking, so that a large corpus is not compared pair by pair: records that can join
    # share a key (type, kind of trigger, and the patient or a year of the time)
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, (k, _, ev) in enumerate(recs):
        fam = _family(ev)
        if fam in _ONCE or fam == "founding":
            for p in ev.participants:
                if p.role == "patient" and gid_of(k, p.entity):
                    blocks[(ev.type, fam, "patient", gid_of(k, p.entity))].append(i)
        elif time_interval(ev.time) is not None:
            lo, hi = time_interval(ev.time)
            years = range(int(lo[:4]), int(hi[:4]) + 1)
            if len(years) <= 10:
                for y in years:
                    blocks[(ev.type, fam, "year", str(y))].append(i)
    pairs = sorted({(a, b) for members in blocks.values() for x, a in enumerate(members) for b in members[x + 1 :]})
    for a, b in pairs:
        ka, _, ea = recs[a]
        kb, _, eb = recs[b]
        if ea.type != eb.type or _family(ea) != _family(eb):
            continue
        if _family(ea) in _ONCE or _family(ea) == "founding":
            pat_a = {gid_of(ka, p.entity) for p in ea.participants if p.role == "patient"} - {""}
            pat_b = {gid_of(kb, p.entity) for p in eb.participants if p.role == "patient"} - {""}
            if pat_a and pat_a == pat_b and (ea.time is None or eb.time is None or _overlap(ea.time, eb.time)):
                parent[find(a)] = find(b)
            continue
        if not _overlap(ea.time, eb.time):
            continue
        pa, pb = gid_of(ka, ea.place), gid_of(kb, eb.place)
        if pa and pb and pa != pb:
            continue
        sa = {gid_of(ka, p.entity) for p in ea.participants} - {""}
        sb = {gid_of(kb, p.entity) for p in eb.participants} - {""}
        if sa and sb:
            if not sa & sb:
                continue
        elif not (_granular(ea.time) and _granular(eb.time)):
            continue
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(recs)):
        groups[find(i)].append(i)
    new_events = [list(ex.events) for ex in extractions]
    entities: list[Entity] = []
    mapping: set[tuple[str, str, str]] = set()
    merges: list[MergeDecision] = []
    def label_of(members: list[int]) -> str:
        labels = Counter(recs[i][2].label for i in members)
        names = {
            name_key(n)
            for i in members
            for p in recs[i][2].participants
            for e in extractions[recs[i][0]].entities
            if e.id == p.entity
            for n in (e.label, *e.aliases)
        }
        nominal = {recs[i][2].label for i in members if recs[i][2].rule.startswith("noun:")}
        named = {lab for lab in labels if any(f" {n} " in f" {name_key(lab)} " for n in names if n)}
        # a label naming a participant, told by a noun ("morte de Lenin" rather than "Lenin morreu")
        return min(labels, key=lambda lab: (lab not in named, lab not in nominal, -labels[lab], len(lab), lab))

    for members in sorted((sorted(g) for g in groups.values() if len(g) > 1), key=lambda g: g[0]):
        first_k, _, first = recs[members[0]]
        evidence = {}
        for i in members[1:]:
            k, _, ev = recs[i]
            evidence[i] = (
                f"{ev.label!r} ({extractions[k].document.id}) ~ {first.label!r} ({extractions[first_k].document.id}): "
                f"same type {ev.type} and kind of trigger, "
                + (
                    f"times {ev.time.value} and {first.time.value} overlap"
                    if ev.time is not None and first.time is not None
                    else "the same patient"
                )
            )
        # the user's rejections name the entity the whole group would make (the merge-log line);
        # a rejected record stays apart and the others are joined without it
        label = label_of(members)
        gid = global_id(EVENT, label, "", set(taken))
        kept, refused = [members[0]], []
        for i in members[1:]:
            decision = _event_join(overrides, gid, label, recs[i][2], evidence[i])
            if decision.status == REJECTED:
                refused.append(decision)
            else:
                kept.append(i)
        label = label_of(kept)
        gid = global_id(EVENT, label, "", taken)
        # the refusals name the entity made (of the first record alone when all others were refused)
        merges.extend(replace(d, entity=gid, label=label) for d in refused)
        entities.append(Entity(gid, label, EVENT, tuple(sorted({recs[i][2].label for i in kept} - {label}))))
        for i in kept:
            k, n, ev = recs[i]
            mapping.add((extractions[k].document.id, f"~{gid}", gid))
            new_events[k][n] = replace(ev, entity=f"~{gid}")
            if i != kept[0]:
                merges.append(MergeDecision(gid, label, ev.label, "event-coreference", evidence[i]))
    out = [replace(ex, events=tuple(evs)) if tuple(evs) != ex.events else ex for ex, evs in zip(extractions, new_events)]
    return out, tuple(entities), mapping, merges


_SPECIFIC_TYPES = frozenset({"Battle", "MilitaryConflict", "Revolution", "Treaty", "Founding"})


def _title_events(ex: Extraction) -> dict[str, tuple[str, str]]:
    """The named event a document's title line names, by its type (``A Batalha de Varsóvia`` →
    ``{"Battle": (local id, label)}``), when it is the only one of its type in the title."""
    title_end = ex.document.text.find("\n")
    if title_end <= 0:
        return {}
    in_title = {e.id: e for e in ex.entities if e.type == EVENT and any(m.end <= title_end for m in e.mentions)}
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ev in ex.events:
        if ev.entity in in_title and ev.type in _SPECIFIC_TYPES and (ev.entity, in_title[ev.entity].label) not in found[ev.type]:
            found[ev.type].append((ev.entity, in_title[ev.entity].label))
    dated = {ev.entity for ev in ex.events if ev.entity and ev.time is not None}
    return {t: v[0] for t, v in found.items() if len(v) == 1 and v[0][0] in dated}


def _named_inside(place: Entity, event: Entity) -> bool:
    """The place's name occurs as words inside the event's name or aliases."""
    event_names = [f" {name_key(n)} " for n in (event.label, *event.aliases)]
    for p in {name_key(n) for n in (place.label, *place.aliases)}:
        if p and any(f" {p} " in en for en in event_names):
            return True
    return False


def events_of(extractions: Sequence[Extraction]) -> list[tuple[str, Event]]:
    """All events of a corpus with their document ids (convenience for reports)."""
    return [(ex.document.id, ev) for ex in extractions for ev in ex.events]
