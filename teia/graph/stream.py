"""Sorted N-Quads and N-Triples written graph by graph, without the whole corpus in one Dataset.

:func:`stream_graphs` makes the named graphs of a build one at a time (the entities graph, then
each document's graph, from a :class:`~teia.graph.builder.GraphPlan`) as ``(name, triples)``:
the set of rdflib terms the builder writes, without an rdflib graph around them.
:func:`write_sorted_lines` turns each into lines with rdflib's own N-Triples term writer
(``n3()`` and the serializers' ``_quoteLiteral``), the N-Triples line of a triple being its
N-Quads line without the graph name. Lines pile up in memory up to ``run_lines``; then they
are sorted, deduplicated and written to a temporary run file beside the target. At the end
the runs are merged (``heapq.merge``, duplicates dropped) into the files, through
:func:`~teia.graph.io.atomic_files`. When both formats are written, only the N-Quads lines are
made and sorted: the N-Triples lines come out of them in order as they are written. The files are byte-identical to
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
from typing import IO

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


def graph_lines(graph: NamedTriples, formats: Sequence[str], *, strict: bool = False) -> list[list[str]]:
    """The lines (without their newline) of a named graph in each of ``formats``
    (:data:`LINE_FORMATS`): as rdflib's N-Quads and N-Triples serializers write them.

    rdflib's N-Quads writer replaces what UTF-8 cannot encode (a lone surrogate) by ``?``;
    with ``strict``, such a graph raises :class:`UnicodeEncodeError` instead, as writing its
    N-Triples lines to a UTF-8 file does."""
    name, triples = graph
    # an IRI's N3, worked out once per graph (subjects and predicates repeat); a literal's
    # once per object (the builder reuses its offset literals): two equal literals may be
    # written differently, so they are told apart by identity (the triples keep them alive)
    known: dict[Node, str] = {}
    literals: dict[int, str] = {}
    # a line holds a lone surrogate when one of its terms does: each term's N3 is checked once
    unencodable: list[str] = []

    def checked(text: str) -> str:
        if not text.isascii():
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                unencodable.append(text)
        return text

    def n3(term: Node) -> str:
        text = known.get(term)
        if text is None:
            text = known[term] = checked(term.n3())
        return text

    def obj(term: Node) -> str:
        if not isinstance(term, Literal):
            return n3(term)
        text = literals.get(id(term))
        if text is None:
            text = literals[id(term)] = checked(_quoteLiteral(term))
        return text

    out = []
    for fmt in formats:
        tail = " ." if fmt == "nt" else f" {checked(name.n3())} ."
        out.append([f"{n3(s)} {n3(p)} {obj(o)}{tail}" for s, p, o in triples])
        if fmt != "nt" and unencodable:
            text = "\n".join(out[-1])
            try:
                text.encode("utf-8")
            except UnicodeEncodeError:
                if strict:
                    raise
                # a lone surrogate: rdflib's N-Quads writer encodes with errors="replace"
                out[-1] = text.encode("utf-8", "replace").decode("utf-8").split("\n")
    return out


_CHUNK = 10_000
"""Lines joined into one write."""


class _Runs:
    """The lines of one format: a buffer, spilled to sorted temporary files when it is full."""

    def __init__(self, folder: Path, name: str, run_lines: int) -> None:
        self.folder, self.name, self.run_lines = folder, name, run_lines
        self.buffer: set[str] = set()
        self.files: list[Path] = []

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

    def merged(self, stack: ExitStack) -> Iterator[list[str]]:
        """Every line once, in order, in lists of at most :data:`_CHUNK` lines."""
        if not self.files:  # one sorted set, no duplicates: no merge
            lines = sorted(self.buffer)
            for i in range(0, len(lines), _CHUNK):
                yield lines[i : i + _CHUNK]
            return
        sources: list[Iterable[str]] = [
            (line[:-1] for line in stack.enter_context(open(p, encoding="utf-8", newline="\n"))) for p in self.files
        ]
        sources.append(sorted(self.buffer))
        last = None
        chunk: list[str] = []
        for line in heapq.merge(*sources):  # compared without their "\n", as io.serialize sorts them
            if line != last:
                chunk.append(line)
                last = line
                if len(chunk) == _CHUNK:
                    yield chunk
                    chunk = []
        if chunk:
            yield chunk

    def remove(self) -> None:
        for p in self.files:
            p.unlink(missing_ok=True)


def _triples_of(quads: Iterable[list[str]]) -> Iterator[tuple[list[str], list[str]]]:
    """Each list of the sorted N-Quads lines, with the sorted N-Triples lines of the union
    graph it adds.

    A quad's line is its triple's N-Triples line with `` <graph>`` before the final ``.``
    (a graph name holds no space), and the order of two quads of different triples is the
    order of the triples' lines: the line of one triple is never the line of another up to a
    space (an IRI holds no space nor ``>``, a literal's quotes inside it are escaped, a
    language tag and a datatype IRI hold no space), so two lines first differ where their
    triples do, or at that space, followed by `` <graph> .`` in one and `` .`` in the other:
    the same place. The quads of one triple are therefore next to each other, and each triple
    is written once."""
    last = None
    for chunk in quads:
        out = []
        for line in chunk:
            triple = line[: line.rindex(" ", 0, len(line) - 2)]
            if triple != last:
                out.append(f"{triple} .")
                last = triple
        yield chunk, out


def _write_chunk(lines: list[str], targets: Sequence[tuple[Path, IO[str]]], counts: dict[Path, int]) -> None:
    if lines:
        text = "\n".join(lines) + "\n"
        for path, handle in targets:
            handle.write(text)
            counts[path] += len(lines)


def write_sorted_lines(
    graphs: Iterable[NamedTriples], targets: Sequence[tuple[str | os.PathLike[str], str]], *, run_lines: int = RUN_LINES
) -> dict[Path, int]:
    """Write ``graphs`` to each ``(path, format)`` of ``targets`` (formats of
    :data:`LINE_FORMATS`), sorted and deduplicated across all the graphs; all files or none.
    Returns the number of lines written to each path (for ``"nt"``, the triples of the union
    graph; for ``"nquads"``, the quads). With no target, the graphs are still all taken.

    When both formats are asked for, only the N-Quads lines are made and sorted; the N-Triples
    file is written from them as they are written (:func:`_triples_of`)."""
    paths = [Path(p) for p, _ in targets]
    formats = [fmt for _, fmt in targets]
    unknown = [f for f in formats if f not in LINE_FORMATS]
    if unknown:
        raise ValueError(f"not a line format: {', '.join(unknown)} (one of {', '.join(LINE_FORMATS)})")
    for p in paths:
        p.parent.mkdir(parents=True, exist_ok=True)
    derived = "nquads" in formats and "nt" in formats
    made = [fmt for fmt in LINE_FORMATS if fmt in formats and not (derived and fmt == "nt")]
    home = {fmt: paths[formats.index(fmt)] for fmt in made}  # run files go beside the first target
    runs = [_Runs(home[fmt].parent, home[fmt].name, run_lines) for fmt in made]
    try:
        for graph in graphs:
            # strict: an N-Triples file cannot hold what the N-Quads writer would replace
            for run, lines in zip(runs, graph_lines(graph, made, strict=derived)):
                run.add(lines)
        if not paths:
            return {}
        counts = dict.fromkeys(paths, 0)
        with ExitStack() as stack, atomic_files(*paths) as handles:
            for fmt, run in zip(made, runs):
                mine = [(p, h) for p, h, f in zip(paths, handles, formats) if f == fmt]
                if fmt == "nquads" and derived:
                    triples = [(p, h) for p, h, f in zip(paths, handles, formats) if f == "nt"]
                    for quads, lines in _triples_of(run.merged(stack)):
                        _write_chunk(quads, mine, counts)
                        _write_chunk(lines, triples, counts)
                else:
                    for lines in run.merged(stack):
                        _write_chunk(lines, mine, counts)
    finally:
        for run in runs:
            run.remove()
    return counts
