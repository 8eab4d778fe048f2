"""The dated events of a graph as timeline rows.

:func:`timeline` reads every event (``teia:Event`` and its sub-classes) that has a date and
returns one :class:`TimelineEvent` per event: its label, class, first and last date as the
texts give them, places and participants. Rows are sorted by date, then label, then IRI, so the
same graph always gives the same list. No SPARQL is involved: the rows are read from the
triples directly, so nothing a caller passes ever becomes query text.

The dates of an event are its ``teia:date`` and ``teia:endDate`` literals and the
``teia:start``/``teia:end`` of its ``teia:time`` intervals (an event merged from several
documents may have several). The row's ``start`` is the one that begins first and ``end`` the
one that ends last; ``first_day``/``last_day`` are the days they cover (``1920-08`` runs from
1 to 31 August 1920), for drawing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.graph import Graph
from rdflib.namespace import SKOS

from teia.errors import InputError
from teia.folding import word_key
from teia.graph.timevalues import time_bounds
from teia.ontology.namespace import TEIA

__all__ = ["EVENT_TYPES", "PARTICIPANT_PROPERTIES", "TimelineEvent", "timeline", "names_match", "day_range"]

#: Event classes, most specific first: an event typed with several of them shows the first.
EVENT_TYPES: tuple[str, ...] = ("Battle", "Revolution", "Treaty", "Founding", "MilitaryConflict", "Event")

#: The properties linking an event to its participants (``teia:participantIn`` is read too,
#: from the participant's side).
PARTICIPANT_PROPERTIES: tuple[str, ...] = ("agent", "patient", "defeatedParty", "hasParticipant")

_SEPARATOR = "; "


@dataclass(frozen=True)
class TimelineEvent:
    """One dated event.

    ``start`` and ``end`` are ISO dates as precise as the texts (``1920``, ``1920-08``,
    ``1920-08-13``); ``first_day`` and ``last_day`` the days they cover. ``place`` and
    ``participants`` are the labels of the places and participants, sorted and joined by
    ``"; "`` (empty when there are none). ``event`` is the event's IRI.
    """

    label: str
    type: str
    start: str
    end: str
    place: str
    participants: str
    event: str
    first_day: date
    last_day: date


def names_match(name: str, text: str) -> bool:
    """Whether ``name`` occurs in ``text`` as whole words, ignoring case and accents
    (``"Internacional Comunista"`` occurs in ``"fundação da internacional comunista"``,
    ``"Lenin"`` does not occur in ``"Leningrado"``)."""
    folded = word_key(name)
    return folded.strip() != "" and folded in word_key(text)


def _label(graph: Graph, node: URIRef) -> str:
    labels = sorted(graph.objects(node, RDFS.label), key=lambda lit: (getattr(lit, "language", None) != "pt", str(lit)))
    if labels:
        return str(labels[0])
    text = str(node)
    return text.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _names(graph: Graph, node: URIRef) -> set[str]:
    return {str(o) for p in (RDFS.label, SKOS.altLabel) for o in graph.objects(node, p)}


def _day(iso: str) -> date | None:
    if iso.startswith("-"):
        return None  # before the year 1: Python's dates cannot hold it
    return date.fromisoformat(iso)


def day_range(value: str | int) -> tuple[date, date]:
    """The first and last day of a year or ISO date: ``1920`` gives 1 January and 31 December
    1920, ``"1920-08"`` 1 and 31 August 1920. Raises :class:`~teia.errors.InputError` for
    anything else (and for years before 1)."""
    found = time_bounds(Literal(str(value)))
    days = found and (_day(found[0]), _day(found[1]))
    if not days or None in days:
        raise InputError(f"{value!r} is not a year or an ISO date (1917, 1920-08, 1920-08-13)")
    return days[0], days[1]


def _entities_named(graph: Graph, name: str) -> set[URIRef]:
    wanted = name.strip().casefold()
    found = set()
    for prop in (RDFS.label, SKOS.altLabel):
        for s, o in graph.subject_objects(prop):
            if isinstance(s, URIRef) and str(o).strip().casefold() == wanted and (s, RDF.type, TEIA.Document) not in graph:
                found.add(s)
    return found


def timeline(
    graph: Graph,
    start: int | str | None = None,
    end: int | str | None = None,
    *,
    about: str | Iterable[str] | None = None,
    types: Iterable[str] = EVENT_TYPES,
) -> list[TimelineEvent]:
    """The dated events of ``graph`` (a Dataset is read as the union of its graphs).

    ``start`` and ``end`` are years or ISO dates (``1917``, ``"1920-08"``); an event is kept
    when its dates touch that window (an event of 1916–1918 is in a window starting in 1917).
    ``about`` keeps the events about an entity, given by any of its names (label or alias,
    ignoring case) or its IRI, or about any of several such entities: an event is about it
    when one of its participants is that entity, or when the event's label or alias mentions
    one of the entity's names as whole words (*fundação da Internacional Comunista* is about
    the Komintern). A name no entity carries still matches event labels. ``types`` restricts
    the event classes (local names, as in :data:`EVENT_TYPES`).

    Events without a date are left out, and so are dates before the year 1.
    """
    window_first = day_range(start)[0] if start is not None else None
    window_last = day_range(end)[1] if end is not None else None
    if window_first and window_last and window_first > window_last:
        raise InputError(f"timeline: start {start!r} is after end {end!r}")
    wanted_types = tuple(t for t in EVENT_TYPES if t in set(types)) + tuple(sorted(set(types) - set(EVENT_TYPES)))

    events: dict[URIRef, str] = {}
    for local in wanted_types:
        for s in graph.subjects(RDF.type, TEIA[local]):
            if isinstance(s, URIRef) and s not in events:
                events[s] = local

    participants: dict[URIRef, set[URIRef]] = defaultdict(set)
    for local in PARTICIPANT_PROPERTIES:
        for s, o in graph.subject_objects(TEIA[local]):
            if s in events and isinstance(o, URIRef):
                participants[s].add(o)
    for s, o in graph.subject_objects(TEIA.participantIn):
        if o in events and isinstance(s, URIRef):
            participants[o].add(s)

    focus_iris: set[URIRef] = set()
    focus_names: set[str] = set()
    if about is not None:
        for name in [about] if isinstance(about, str) else about:
            is_iri = "://" in name and (URIRef(name), None, None) in graph
            iris = {URIRef(name)} if is_iri else _entities_named(graph, name)
            focus_iris |= iris
            focus_names |= set().union(set() if is_iri else {name}, *(_names(graph, i) for i in iris))

    rows = []
    for event, local in events.items():
        dated = []
        for value in _dates(graph, event):
            found = time_bounds(value)
            if found and not found[0].startswith("-"):
                dated.append((str(value), _day(found[0]), _day(found[1])))
        if not dated:
            continue
        first = min(dated, key=lambda d: (d[1], -len(d[0]), d[0]))
        last = max(dated, key=lambda d: (d[2], len(d[0]), d[0]))
        if window_first and last[2] < window_first or window_last and first[1] > window_last:
            continue
        if about is not None and not (
            event in focus_iris
            or participants[event] & focus_iris
            or any(names_match(n, text) for n in focus_names for text in _names(graph, event))
        ):
            continue
        places = sorted({_label(graph, p) for p in graph.objects(event, TEIA.place) if isinstance(p, URIRef)})
        people = sorted({_label(graph, p) for p in participants[event]})
        rows.append(
            TimelineEvent(
                label=_label(graph, event),
                type=local,
                start=first[0],
                end=last[0],
                place=_SEPARATOR.join(places),
                participants=_SEPARATOR.join(people),
                event=str(event),
                first_day=first[1],
                last_day=last[2],
            )
        )
    rows.sort(key=lambda r: (r.first_day, r.last_day, r.label, r.event))
    return rows


def _dates(graph: Graph, event: URIRef) -> Iterable[Literal]:
    for prop in (TEIA.date, TEIA.endDate):
        yield from (o for o in graph.objects(event, prop) if isinstance(o, Literal))
    for interval in graph.objects(event, TEIA.time):
        for prop in (TEIA.start, TEIA.end):
            yield from (o for o in graph.objects(interval, prop) if isinstance(o, Literal))
