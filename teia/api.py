"""The library API: :func:`build` a :class:`KnowledgeGraph` from documents, then query,
project, export and save it; :func:`load` one saved before; :func:`reject_merge` to undo a merge.

A façade: the build itself (serial or distributed) is :mod:`teia.build`, the graph work is
:mod:`teia.graph`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset

from teia.build.linklog import LINK_LOG, read_link_log
from teia.build.mergelog import MERGE_LOG, merge_line, read_merge_log
from teia.build.steps import DEFAULT_FORMATS, BuildOptions, BuildResult, Paths
from teia.build.steps import run as run_build
from teia.build.steps import save as save_graph
from teia.errors import InputError
from teia.graph.builder import BuildInfo
from teia.graph.io import atomic_write, load_graph
from teia.graph.iris import DEFAULT_BASE
from teia.records import Extraction, LinkDecision, MergeDecision, Resolution

__all__ = ["LINK_LOG", "MERGE_LOG", "KnowledgeGraph", "build", "load", "read_link_log", "read_merge_log", "reject_merge"]


@dataclass
class KnowledgeGraph:
    """A built graph: the RDF dataset plus the records it came from (when built here).

    ``source`` is the dataset or a function that makes it: :func:`build` writes its files
    without the whole-corpus dataset, which is made from the records the first time
    :attr:`dataset` is read (query, stats, export...) and then kept.
    """

    source: Dataset | Callable[[], Dataset]
    extractions: tuple[Extraction, ...] = ()
    resolution: Resolution = field(default_factory=Resolution)
    info: BuildInfo | None = None
    shards: Any = None
    """The report of a distributed build (:class:`teia.build.distributed.DistributedBuild`)."""
    skipped: tuple[Any, ...] = ()
    """Files a build left out (``SkippedFile``: path and reason)."""
    written: Any = None
    """What the build wrote (:class:`teia.build.steps.Written`: files, their line counts, the
    store's sync report); None when it wrote nothing."""

    @property
    def dataset(self) -> Dataset:
        """The RDF dataset (made on first use when the build did not need it)."""
        if callable(self.source):
            self.source = self.source()
        return self.source

    @classmethod
    def of(cls, result: BuildResult) -> KnowledgeGraph:
        """The graph of a build's result."""
        return cls(result.source, result.extractions, result.resolution, result.info, result.shards, result.skipped, result.written)

    # --- querying ------------------------------------------------------------------------
    def query(self, sparql: str, *, bindings: dict[str, Any] | None = None, limit: int | None = None):
        """Run a SPARQL query (text or a path to a ``.rq`` file); returns a ``QueryResult``."""
        from teia.graph.query import run_query

        name = "query"
        if sparql.strip().endswith(".rq") and Path(sparql.strip()).exists():
            name = sparql.strip()
            sparql = Path(name).read_text(encoding="utf-8")
        return run_query(self.dataset, sparql, bindings=bindings, limit=limit, name=name)

    def stats(self) -> dict[str, Any]:
        from teia.graph.stats import graph_stats

        return graph_stats(self.dataset)

    def to_networkx(self, **options: Any):
        """Project entities and their relations to a ``networkx.MultiDiGraph``."""
        from teia.graph.export.projection import project

        return project(self.dataset, **options)

    def export(self, fmt: str, path: str | os.PathLike[str], **options: Any) -> Path:
        """Write the graph as ``gexf``, ``graphml``, ``csv`` or ``html``."""
        from teia.graph.export import export

        export(self.dataset, fmt, Path(path), **options)
        return Path(path)

    def validate(self):
        from teia.graph.validate import validate

        return validate(self.dataset)

    def timeline(
        self,
        start: int | str | None = None,
        end: int | str | None = None,
        *,
        about: str | Sequence[str] | None = None,
    ) -> list[Any]:
        """The dated events, earliest first, as ``TimelineEvent`` rows (label, type, start,
        end, place, participants, event IRI, first and last day).

        ``start``/``end`` (years or ISO dates) keep the events whose dates touch that window;
        ``about`` (a name, alias or IRI, or several) keeps the events one of whose participants
        is that entity or whose label mentions one of its names. See
        :func:`teia.graph.timeline.timeline`; ``pandas.DataFrame(rows)`` makes it a table.
        """
        from teia.graph.timeline import timeline

        return timeline(self.dataset, start, end, about=about)

    @property
    def merges(self) -> tuple[MergeDecision, ...]:
        """Every merge decision of the build (or of the ``merge-log.jsonl`` a graph was loaded
        with), in the order of the merge log."""
        return self.resolution.merges

    def merge_log(self, name: str | None = None, *, status: str | None = None) -> list[MergeDecision]:
        """The merge decisions about ``name``, or all of them.

        ``name`` matches, ignoring case, an entity id of the log (``kb:lenin``), the label of the
        entity the names were merged into (``Vladimir Lenin``) or a merged name (``Ulianov``).
        ``status`` keeps the ``"accepted"`` or the ``"rejected"`` ones. The same decision is
        listed once even when several documents gave it.
        """
        wanted = name.strip().casefold() if name is not None else None
        seen: set[MergeDecision] = set()
        out = []
        for m in self.merges:
            if status is not None and m.status != status:
                continue
            if wanted is not None and wanted not in (m.entity.casefold(), m.label.casefold(), m.merged.casefold()):
                continue
            if m not in seen:
                seen.add(m)
                out.append(m)
        return out

    @property
    def links(self) -> tuple[LinkDecision, ...]:
        """The Wikipedia/DBpedia decision of every entity (NIL ones included), as in the link log."""
        return self.resolution.links

    def link_log(self, name: str | None = None, *, status: str | None = None) -> list[LinkDecision]:
        """The link decisions about ``name`` (an entity id, its label or an article title,
        ignoring case), or all of them; ``status`` keeps ``"linked"``, ``"nil"`` or ``"rejected"``."""
        wanted = name.strip().casefold() if name is not None else None
        return [
            d
            for d in self.links
            if (status is None or d.status == status)
            and (wanted is None or wanted in (d.entity.casefold(), d.label.casefold(), d.article.casefold()))
        ]

    # --- saving --------------------------------------------------------------------------
    def save(self, out_dir: str | os.PathLike[str], formats: str | Sequence[str] = "all") -> list[Path]:
        """Write the graph files of ``formats`` (default all: ``graph.ttl``, ``graph.nt``,
        ``graph.nq``, ``graph.trig``, ``graph.jsonld``; or some of ``nq``, ``nt``, ``ttl``,
        ``trig``, ``jsonld``), the merge log, the link log and the documents' sentence and
        paragraph offsets (``segments.jsonl``, for ``teia export --cooccurrence``)."""
        has_log = bool(self.extractions or self.resolution.merges)
        return save_graph(
            self.dataset, self.resolution.merges if has_log else None, out_dir, self.extractions,
            links=self.resolution.links, formats=formats,
        )


def build(
    paths: Paths,
    *,
    out: str | os.PathLike[str] | None = None,
    model: str | None = None,
    kb: Sequence[str | os.PathLike[str]] = (),
    base: str = DEFAULT_BASE,
    n_process: int = 1,
    progress: Callable[[str], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    merges: str | os.PathLike[str] | None = None,
    relations_map: str | os.PathLike[str] | None = None,
    relation_model: bool = False,
    relation_threshold: float | None = None,
    lexicons: Sequence[str | os.PathLike[str]] = (),
    workers: int | None = None,
    cluster: str | None = None,
    shards: str | os.PathLike[str] | None = None,
    compress: bool = False,
    strict: bool = False,
    link: bool = True,
    formats: str | Sequence[str] = DEFAULT_FORMATS,
    store: str | os.PathLike[str] | None = None,
) -> KnowledgeGraph:
    """Build the knowledge graph of documents (files, folders or globs).

    ``model`` names a spaCy pipeline (default: the shipped one; ``"blank"`` for rules only);
    ``kb`` adds knowledge-base files to the gazetteer; ``merges`` is a file of accepted and
    rejected merges (see ``docs/entities.md``); ``relations_map`` a file of verb and noun frames
    extending the relation mapping (see ``docs/relations.md``); ``relation_model`` runs the
    relation classifier beside the rules (off by default: on news text most of its relations are
    wrong, see ``docs/quality.md``) and ``relation_threshold`` is its confidence from which its
    relations are plain triples (default 0.9; below, only the statement is written);
    ``lexicons`` files of words extending the shipped word lists (event triggers..., see ``docs/events-lexicon.md``); ``out`` writes the graph files
    there. ``n_process`` extraction processes. ``workers`` (a local Dask cluster of that many
    processes), ``cluster`` (a scheduler address, ``tcp://host:8786``) or ``shards`` (a folder
    for the N-Quads shards) run the distributed build (``docs/scale-out.md``); ``compress``
    gzips the shards. ``on_start`` is called with the number of documents once all are read,
    ``progress`` with each document id once its records are in. ``out`` is written all or
    nothing and locked against a second build (:class:`~teia.graph.outdir.OutputFolder`); a
    file that cannot be read is skipped with a warning and listed in
    :attr:`KnowledgeGraph.skipped`, unless ``strict``. ``link=False`` skips linking the entities
    to Portuguese Wikipedia/DBpedia (``docs/linking.md``). ``formats`` are the graph files written
    into ``out`` (default ``("nq", "nt")``, written document by document; add ``"ttl"``,
    ``"trig"``, ``"jsonld"`` or give ``"all"``: those three are made from the whole graph in
    memory). ``store`` is an on-disk Oxigraph store that each document's graph goes into as it is
    written (created if missing; documents no longer in the corpus are removed from it).
    The returned graph's :attr:`KnowledgeGraph.dataset` is made from the records on first use.
    """
    options = BuildOptions.of(
        model=model, kb=kb, merges=merges, relations_map=relations_map,
        relation_model=relation_model, relation_threshold=relation_threshold,
        lexicons=lexicons, base=base, processes=n_process,
        workers=workers, cluster=cluster, shards=shards, compress=compress, strict=strict, link=link,
        formats=formats, store=store,
    )
    return KnowledgeGraph.of(run_build(paths, options, out=out, progress=progress, on_start=on_start))


LOAD_BACKENDS = ("auto", "memory", "oxigraph")
OXIGRAPH_FROM_BYTES = 50_000_000
"""``teia.load(..., backend="auto")`` keeps a graph file from this size on (about 250,000
quads of N-Quads, the graph of ~200,000 words) in Oxigraph rather than in rdflib's memory."""


def load(path: str | os.PathLike[str], *, backend: str = "auto") -> KnowledgeGraph:
    """Load a graph written by :meth:`KnowledgeGraph.save` (or any RDF file, or an Oxigraph
    store made by ``teia build --store``).

    Given an output folder, the ``merge-log.jsonl`` and ``link-log.jsonl`` in it (when there
    are) fill :attr:`KnowledgeGraph.merges` and :attr:`KnowledgeGraph.links`.

    ``backend`` says where the triples are kept; :attr:`KnowledgeGraph.dataset` is an rdflib
    ``Dataset`` either way. ``"memory"``: rdflib's memory store. ``"oxigraph"``: an
    in-memory Oxigraph store behind the rdflib API (:mod:`teia.graph.oxstore`): loaded
    several times faster, in a fraction of the memory, and :meth:`KnowledgeGraph.query` runs
    in Oxigraph (reads ``.nq``, ``.trig``, ``.ttl`` and ``.nt``). ``"auto"`` (the default)
    takes Oxigraph for a file of :data:`OXIGRAPH_FROM_BYTES` or more and for a store, the
    memory store otherwise. A store directory is opened read-only, in place.
    """
    if backend not in LOAD_BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(LOAD_BACKENDS)}, not {backend!r}")
    dataset = _load_dataset(Path(path), backend)
    folder = Path(path)
    log, link_log = folder / MERGE_LOG, folder / LINK_LOG
    merges = read_merge_log(log) if folder.is_dir() and log.exists() else ()
    links = read_link_log(link_log) if folder.is_dir() and link_log.exists() else ()
    return KnowledgeGraph(dataset, resolution=Resolution(merges=merges, links=links))


def _load_dataset(path: Path, backend: str) -> Dataset:
    from teia.graph import oxstore
    from teia.graph.io import graph_file
    from teia.graph.store import is_store, open_store

    found = graph_file(path)
    if found is None and path.is_dir() and is_store(path):
        if backend == "memory":
            raise InputError(f"{path}: an Oxigraph store is read with backend='oxigraph' (or 'auto'), not 'memory'")
        return oxstore.oxigraph_dataset(open_store(path, read_only=True))
    if found is None or backend == "memory":
        return load_graph(path)
    big = found.is_file() and found.stat().st_size >= OXIGRAPH_FROM_BYTES
    if backend == "oxigraph" or (big and found.suffix.lower() in oxstore.SUFFIXES):
        return oxstore.load_file(found)
    return load_graph(found)


def reject_merge(
    decision: MergeDecision, path: str | os.PathLike[str], *, note: str | None = None
) -> Path:
    """Add the rejection of ``decision`` to the override file at ``path`` and return the path.

    The line written is the decision's merge-log line with ``"status": "rejected"``, the form
    ``teia build --merges FILE`` and ``teia.build(..., merges=FILE)`` accept (see
    ``docs/entities.md``); ``note``, when given, goes on a ``//`` comment line above it. The
    file is created when missing and otherwise kept as it is, with the line appended once: a
    decision already rejected in it is not written twice. The whole file is then read back as
    the build reads it, so a broken override file fails here rather than at the next build.
    """
    from teia.errors import read_text
    from teia.extract.resolve import REJECTED, load_overrides

    p = Path(path)
    line = merge_line(decision, status=REJECTED)
    old = read_text(p, "override file") if p.exists() else ""
    if line not in old.splitlines():
        comment = "".join(f"// {text}\n" for text in (note or "").splitlines() if text.strip())
        with atomic_write(p) as handle:
            handle.write(old + ("\n" if old and not old.endswith("\n") else "") + comment + line + "\n")
    load_overrides(p)
    return p

