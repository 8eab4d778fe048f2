"""Co-occurrence edges for network views: entities mentioned in the same sentence or paragraph.

A text network in Gephi wants every entity connected to the ones it is mentioned with, which
the facts of the graph (relations a rule or the classifier read) do not give. This layer is
kept apart from the facts: the RDF graph never holds it. A build writes, next to the graph,
``segments.jsonl``: one line per document with its IRI and the character offsets of its
sentences and paragraphs (no text). :func:`cooccurrence_edges` joins those offsets with the
entity mentions of the RDF graph (``teia:hasMention`` → ``nif:beginIndex``,
``teia:inDocument``) and returns one edge per pair of entities mentioned together, weighted by
the number of sentences (or paragraphs) they share, with the first and the last of them
(``<document IRI>#<offset>``, in build order and text order). ``teia export --cooccurrence``
adds them to the GEXF, GraphML, CSV and HTML exports only.
"""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from teia.errors import InputError
from teia.graph.export.projection import Edge, Projection, union_triples
from teia.ontology.namespace import NIF, TEIA

__all__ = [
    "LEVELS",
    "SEGMENTS",
    "CoEdge",
    "cooccurrence_edges",
    "cooccurrence_property",
    "with_cooccurrence",
    "document_segments",
    "read_segments",
    "segments_line",
]

SEGMENTS = "segments.jsonl"
"""File name of the sentence and paragraph offsets written next to a built graph."""

LEVELS = ("sentence", "paragraph")

_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n\s*")


@dataclass(frozen=True, slots=True)
class CoEdge:
    """Two entities mentioned together ``count`` times; ``first``/``last`` are the first and the
    last shared segment as ``<document IRI>#<character offset>``."""

    source: str
    target: str
    count: int
    first: str
    last: str


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs of ``text``: runs of text between blank lines."""
    out, start = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        if text[start : m.start()].strip():
            out.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text)))
    return out


def document_segments(doc_iri: str, text: str, sentences: Iterable[tuple[int, int]]) -> dict[str, Any]:
    """The ``segments.jsonl`` object of one document."""
    return {"doc": doc_iri, "sentence": sorted(sentences), "paragraph": paragraphs(text)}


def segments_line(obj: dict[str, Any]) -> str:
    return json.dumps(obj, sort_keys=True, separators=(",", ":")) + "\n"


def read_segments(path: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """The objects of a ``segments.jsonl`` file, in build order."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise InputError(
            f"{p}: no such file; co-occurrence needs the {SEGMENTS} a `teia build` writes next to the graph"
        ) from None
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            ok = isinstance(obj["doc"], str) and all(
                all(isinstance(x, int) for x in seg) and len(seg) == 2 for level in LEVELS for seg in obj[level]
            )
        except (json.JSONDecodeError, KeyError, TypeError):
            ok = False
        if not ok:
            raise InputError(f"{p}:{n}: not a segments line (doc, sentence and paragraph offsets)")
        out.append(obj)
    return out


def _mentions(graph: Any) -> dict[str, list[tuple[int, str]]]:
    """``document IRI -> [(begin offset, entity IRI)]`` of the graph's entity mentions (one pass
    over the triples of every named graph)."""
    begin: dict[Any, int] = {}
    doc: dict[Any, str] = {}
    pairs: set[tuple[Any, Any]] = set()
    for s, p, o in union_triples(graph):
        if p == TEIA.hasMention:
            pairs.add((s, o))
        elif p == NIF.beginIndex:
            begin[s] = int(o)
        elif p == TEIA.inDocument:
            doc[s] = str(o)
    out: dict[str, list[tuple[int, str]]] = {}
    for entity, mention in pairs:
        if mention in begin and mention in doc:
            out.setdefault(doc[mention], []).append((begin[mention], str(entity)))
    return out


def cooccurrence_edges(
    graph: Any, segments: Sequence[dict[str, Any]], level: str, nodes: Iterable[str] | None = None
) -> list[CoEdge]:
    """One edge per pair of entities (of ``nodes``, when given) mentioned in one segment."""
    if level not in LEVELS:
        raise InputError(f"co-occurrence level {level!r}: expected one of {', '.join(LEVELS)}")
    keep = set(nodes) if nodes is not None else None
    mentions = _mentions(graph)
    counts: dict[tuple[str, str], list] = {}
    for obj in segments:
        doc = obj["doc"]
        spans = sorted(tuple(s) for s in obj[level])
        starts = [s for s, _ in spans]
        members: dict[int, set[str]] = {}
        for begin, entity in sorted(mentions.get(doc, ())):
            if keep is not None and entity not in keep:
                continue
            k = bisect_right(starts, begin) - 1
            if k >= 0 and begin < spans[k][1]:
                members.setdefault(k, set()).add(entity)
        for k in sorted(members):
            where = f"{doc}#{spans[k][0]}"
            ents = sorted(members[k])
            for i, a in enumerate(ents):
                for b in ents[i + 1 :]:
                    row = counts.get((a, b))
                    if row is None:
                        counts[(a, b)] = [1, where, where]
                    else:
                        row[0] += 1
                        row[2] = where
    return [CoEdge(a, b, n, first, last) for (a, b), (n, first, last) in sorted(counts.items())]


def cooccurrence_property(level: str) -> str:
    """The IRI naming co-occurrence edges in exports: not an ontology property, not a fact."""
    return f"urn:teia:cooccurrence:{level}"


def with_cooccurrence(proj: Projection, graph: Any, segments: Sequence[dict[str, Any]], level: str) -> Projection:
    """``proj`` plus the co-occurrence edges between its entity nodes."""
    kinds = {n.id: n.type for n in proj.nodes}
    nodes = [i for i, t in kinds.items() if t not in ("RelationStatement", "Document")]
    label = "mencionados na mesma frase" if level == "sentence" else "mencionados no mesmo parágrafo"
    extra = [
        Edge(
            source=e.source,
            target=e.target,
            property=cooccurrence_property(level),
            label=label,
            weight=e.count,
            first_sentence=e.first,
            last_sentence=e.last,
        )
        for e in cooccurrence_edges(graph, segments, level, nodes)
    ]
    return Projection(nodes=proj.nodes, edges=[*proj.edges, *extra])

