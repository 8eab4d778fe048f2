"""Sorted N-Quads and N-Triples written graph by graph, without the whole corpus in one Dataset.

:func:`stream_graphs` makes the named graphs of a build one at a time (the entities graph, then
each document's graph, from a :class:`~teia.graph.builder.GraphPlan`) as ``(name, triples)``:
the set of rdflib terms the builder writes, without an rdflib graph around them.
:func:`write_sorted_lines` turns each into lines with rdflib's own N-Triples term writer
(``n3()`` and the serializers' ``_quoteLiteral``), the N-Triples line of a triple being its
N-Quads line without the graph name. Lines pile up in memory up to ``run_lines``; then they
are sorted, deduplicated and written to a temporary run file beside the target. At the end
the runs are merged (``heapq.merge``, duplicates dropped) into the files, through
:func:`~teia.graph.io.atomic_files`. The files are byte-identical to
:func:`~teia.graph.io.serialize` of the whole Dataset (``"nquads"``: every line once, sorted;
``"nt"``: the triples of the union graph, every line once, sorted), because the line of a quad
or a triple does not depend on the graphs around it (teia mints no blank nodes).

Memory: one document's triples at a time plus at most ``run_lines`` lines per format, whatever
the size of the corpus. The target folder is a parameter, so a build can write into a staging
folder.
"""

from __future__ import annotations

import heapq
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import ExitStack
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.plugins.serializers.nt import _quoteLiteral
from rdflib.term import Node

from teia.graph.builder import GraphPlan, document_triples, entities_triples
from teia.graph.io import atomic_files
from teia.records import Extraction

__all__ = ["LINE_FORMATS", "NamedTriples", "graph_lines", "stream_graphs", "write_sorted_lines"]

NamedTriples = tuple[URIRef, set[tuple[Node, Node, Node]]]
"""A named graph as :func:`stream_graphs` makes it: its name and its triples."""

LINE_FORMATS = ("nquads", "nt")
"""The formats written line by line (rdflib format names)."""

RUN_LINES = 500_000
"""Lines of one format held in memory before they are sorted into a run file."""


def stream_graphs(plan: GraphPlan, extractions: Iterable[Extraction]) -> Iterator[NamedTriples]:
    """The entities graph, then each document's named graph, one at a time."""
    yield entities_triples(plan)
    for ex in extractions:
        yield document_triples(ex, plan.document_context(ex.document.id))


def graph_lines(graph: NamedTriples, formats: Sequence[str]) -> list[list[str]]:
    """The lines (without their newline) of a named graph in each of ``formats``
    (:data:`LINE_FORMATS`): as rdflib's N-Quads and N-Triples serializers write them."""
    name, triples = graph
    # an IRI's N3, worked out once per graph (subjects and predicates repeat); a literal's
    # once per object (the builder reuses its offset literals): two equal literals may be
    # written differently, so they are told apart by identity (the triples keep them alive)
    known: dict[Node, str] = {}
    literals: dict[int, str] = {}

    def n3(term: Node) -> str:
        text = known.get(term)
        if text is None:
            text = known[term] = term.n3()
        return text

    def literal(term: Literal) -> str:
        text = literals.get(id(term))
        if text is None:
            text = literals[id(term)] = _quoteLiteral(term)
        return text

    spo = [f"{n3(s)} {n3(p)} {literal(o) if isinstance(o, Literal) else n3(o)}" for s, p, o in triples]
    out = []
    for fmt in formats:
        if fmt == "nt":
            out.append([f"{line} ." for line in spo])
        else:
            graph_name = name.n3()
            text = "\n".join(f"{line} {graph_name} ." for line in spo)
            # rdflib's N-Quads writer encodes with errors="replace"
            out.append(text.encode("utf-8", "replace").decode("utf-8").split("\n") if spo else [])
    return out


_CHUNK = 10_000
"""Lines joined into one write when a format's lines fit in memory."""


class _Runs:
    """The lines of one format: a buffer, spilled to sorted temporary files when it is full."""

    def __init__(self, folder: Path, name: str, run_lines: int) -> None:
        self.folder, self.name, self.run_lines = folder, name, run_lines
        self.buffer: set[str] = set()
        self.files: list[Path] = []
        self.lines = 0

    def add(self, lines: Iterable[str]) -> None:
        self.buffer.update(lines)
        if len(self.buffer) >= self.run_lines:
            self.spill()

    def spill(self) -> None:
        fd, tmp = tempfile.mkstemp(prefix=f".{self.name}.run", suffix=".tmp", dir=self.folder)
        self.files.append(Path(tmp))
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.writelines(f"{line}\n" for line in sorted(self.buffer))
        self.buffer = set()

    def merged(self, stack: ExitStack) -> Iterator[str]:
        """Every line once, in order (counted in :attr:`lines`)."""
        if not self.files:  # one sorted set, no duplicates: written in chunks, no merge
            lines = sorted(self.buffer)
            self.lines += len(lines)
            for i in range(0, len(lines), _CHUNK):
                yield "\n".join(lines[i : i + _CHUNK]) + "\n"
            return
        sources: list[Iterable[str]] = [
            (line[:-1] for line in stack.enter_context(open(p, encoding="utf-8", newline="\n"))) for p in self.files
        ]
        sources.append(sorted(self.buffer))
        last = None
        for line in heapq.merge(*sources):  # compared without their "\n", as io.serialize sorts them
            if line != last:
                self.lines += 1
                yield f"{line}\n"
                last = line

    def remove(self) -> None:
        for p in self.files:
            p.unlink(missing_ok=True)


def write_sorted_lines(
    graphs: Iterable[NamedTriples], targets: Sequence[tuple[str | os.PathLike[str], str]], *, run_lines: int = RUN_LINES
) -> dict[Path, int]:
    """Write ``graphs`` to each ``(path, format)`` of ``targets`` (formats of
    :data:`LINE_FORMATS`), sorted and deduplicated across all the graphs; all files or none.
    Returns the number of lines written to each path (for ``"nt"``, the triples of the union
    graph; for ``"nquads"``, the quads). With no target, the graphs are still all taken."""
    paths = [Path(p) for p, _ in targets]
    formats = [fmt for _, fmt in targets]
    unknown = [f for f in formats if f not in LINE_FORMATS]
    if unknown:
        raise ValueError(f"not a line format: {', '.join(unknown)} (one of {', '.join(LINE_FORMATS)})")
    for p in paths:
        p.parent.mkdir(parents=True, exist_ok=True)
    runs = [_Runs(p.parent, p.name, run_lines) for p in paths]
    try:
        for graph in graphs:
            for run, lines in zip(runs, graph_lines(graph, formats)):
                run.add(lines)
        if not paths:
            return {}
        with ExitStack() as stack, atomic_files(*paths) as handles:
            for run, handle in zip(runs, handles):
                handle.writelines(run.merged(stack))
    finally:
        for run in runs:
            run.remove()
    return {p: run.lines for p, run in zip(paths, runs)}
