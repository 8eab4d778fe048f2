"""The distributed build: map (extract), reduce (resolve), map (write shards), merge.

1. The driver lists the corpus and hashes every document (bad input fails early, as in the
   single-process build); documents are assigned to partitions by a hash of their id.
2. Map: one task per document reads it from its path and extracts its records; a second,
   small task on the same worker turns the result into a :class:`~teia.build.tasks.Summary`
   (entities, mentions, events), which is all the driver receives.
3. Reduce: the driver resolves entities and events across the corpus with
   :func:`teia.build.steps.resolve` and plans the entity IRIs with
   :func:`teia.graph.builder.plan_graph` (the steps the serial run uses).
4. Map: one task per partition writes the partition's named graphs
   (:func:`teia.graph.builder.build_document_graph`) as one N-Quads shard, from the
   extractions still held by the workers.
5. The driver writes the shared entities graph as its own shard, the ``manifest.json``, and
   the usual merged ``graph.*`` files, identical to the single-process build's.

A rerun reads the manifest: a partition whose documents (ids and hashes), build settings and
shard files are unchanged is not extracted again (its records are read back from the file
saved beside the shard), and its shard is not rewritten when the global IRIs it uses are
unchanged too.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from teia import __version__
from teia.build.steps import BuildOptions, BuildResult, Paths
from teia.build.tasks import ExtractResult, ShardJob, ShardResult, Summary
from teia.graph.io import file_digest, nquads_lines
from teia.graph.iris import DEFAULT_BASE
from teia.graph.shards import MANIFEST

__all__ = [
    "DEFAULT_PARTITIONS",
    "MANIFEST",
    "DistributedBuild",
    "build_distributed",
    "read_shard_lines",
    "run_distributed",
    "shard_of",
]

log = logging.getLogger(__name__)

DEFAULT_PARTITIONS = 16
"""Shards a corpus is split into (fewer when it has fewer documents)."""

MANIFEST_FORMAT = "teia-shards/1"
ENTITIES_SHARD = "entities"


def shard_of(doc_id: str, partitions: int) -> int:
    """The partition of a document: a hash of its id, so adding a document moves no other."""
    return int(hashlib.sha256(doc_id.encode("utf-8")).hexdigest()[:8], 16) % partitions


def run_key(config: Any, merges: str | None, base: str, partitions: int, compress: bool) -> str:
    """What a shard's content depends on besides its documents (files by content)."""
    parts = [
        __version__,
        repr(config.model),
        base,
        str(partitions),
        str(compress),
        str(config.include_default_kb),
        str(config.relation_model),
        str(config.relation_threshold),
        *(file_digest(k) for k in config.kb_paths),
        *(file_digest(r) for r in config.relation_maps),
        *(file_digest(x) for x in config.lexicons),
        file_digest(merges) if merges else "",
    ]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:16]


def _context_hash(jobs: Sequence[ShardJob]) -> str:
    return hashlib.sha256(repr(sorted(jobs, key=lambda j: j.doc_id)).encode("utf-8")).hexdigest()[:16]


def read_shard_lines(path: str | os.PathLike[str]) -> list[str]:
    """The N-Quads lines of a shard (``.nq`` or ``.nq.gz``)."""
    data = Path(path).read_bytes()
    if str(path).endswith(".gz"):
        data = gzip.decompress(data)
    return [f"{line}\n" for line in nquads_lines(data.decode("utf-8"))]


@dataclass
class DistributedBuild:
    """The report of a distributed run: its manifest, the shards written and kept, the
    documents that failed and the time of each phase."""

    manifest: dict[str, Any]
    shards_dir: Path
    errors: list[tuple[str, str]] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    reused_records: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    workers: int = 1

    @property
    def failed(self) -> list[str]:
        return [doc for doc, _ in self.errors]


def _load_manifest(folder: Path) -> dict[str, Any]:
    path = folder / MANIFEST
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        log.warning("%s: unreadable manifest, rebuilding every shard", path)
        return {}
    return data if data.get("format") == MANIFEST_FORMAT else {}


def _reusable(prev: dict[str, Any], name: str, docs: dict[str, str], folder: Path) -> dict[str, Any] | None:
    """The previous manifest's entry for shard ``name`` if its documents and files are intact."""
    entry = prev.get("shards", {}).get(name)
    if not entry or entry.get("documents") != docs:
        return None
    from teia.build.tasks import file_sha256

    for key, digest_key in (("name", "sha256"), ("records", "records_sha256")):
        path = folder / entry.get(key, "")
        if not entry.get(key) or not path.is_file() or file_sha256(path) != entry.get(digest_key):
            return None
    return entry


def build_distributed(
    paths: Paths,
    *,
    out: str | os.PathLike[str] | None = None,
    shards: str | os.PathLike[str] | None = None,
    workers: int | None = None,
    cluster: str | None = None,
    client: Any = None,
    model: str | None = None,
    kb: Sequence[str | os.PathLike[str]] = (),
    merges: str | os.PathLike[str] | None = None,
    relations_map: str | os.PathLike[str] | None = None,
    lexicons: Sequence[str | os.PathLike[str]] = (),
    base: str = DEFAULT_BASE,
    partitions: int = DEFAULT_PARTITIONS,
    compress: bool = False,
    progress: Callable[[str], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> DistributedBuild:
    """:func:`run_distributed` with the options as keywords; returns the run's report.

    ``workers`` starts a local cluster of that many processes; ``cluster`` is the address of
    a running scheduler (``tcp://host:8786``); ``client`` an existing ``distributed.Client``;
    with none of them the tasks run here, one after the other. Shards go to ``shards``
    (default ``<out>/shards``).
    """
    options = BuildOptions.of(
        model=model, kb=kb, merges=merges, relations_map=relations_map, lexicons=lexicons, base=base, shards=shards,
        workers=workers, cluster=cluster, client=client, partitions=partitions, compress=compress,
    )
    report = run_distributed(paths, options, out=out, progress=progress, on_start=on_start).shards
    assert report is not None
    return report


def run_distributed(
    paths: Paths,
    options: BuildOptions,
    *,
    out: str | os.PathLike[str] | None = None,
    progress: Callable[[str], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> BuildResult:
    """Build the graph of documents as sharded N-Quads, on a Dask cluster or in this process.

    The cluster is ``options.workers`` (a local one), ``options.cluster`` (a scheduler's address)
    or ``options.client``; with none of them the tasks run here, one after the other. Shards go
    to ``options.shards`` (default ``<out>/shards``). ``progress`` is called with each document
    id once its records are in. Documents that fail are listed in the report's
    :attr:`DistributedBuild.errors` and in the manifest; the others are built. The result is
    the serial run's, with the report in :attr:`BuildResult.shards`.
    """
    from teia.build.executor import open_executor

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    if options.shards is None and out is None:
        raise ValueError("give out or shards")
    from contextlib import nullcontext

    from teia.build.steps import output_names
    from teia.graph.outdir import OutputFolder

    # as in the serial run: OUT locked and checked first, its files switched in together at the end
    with OutputFolder(out, output_names()) if out is not None else nullcontext() as folder:
        staging = folder.staging if folder is not None else None
        run = _Run(options, Path(options.shards) if options.shards is not None else Path(out) / "shards", progress)
        run.list_documents(paths)
        if on_start is not None:
            on_start(len(run.listed))
        run.lap("list")
        with open_executor(workers=options.workers, cluster=options.cluster, client=options.client) as ex:
            run.report.workers = ex.workers
            if hasattr(ex, "warm"):
                ex.warm(run.worker_config, run.merges_path)
            run.lap("start")
            run.extract(ex)
            run.lap("extract")
            jobs = run.resolve()
            run.lap("resolve")
            run.write_shards(ex, jobs)
            run.lap("write")
        entities_shard = run.write_entities_and_manifest()
        shard_paths = [run.folder / name for name in sorted(run.shard_entries)] + [run.folder / entities_shard]
        dataset = merge_shards(
            shard_paths,
            merges=run.resolution.merges if run.resolved else None,
            out=staging,
            links=run.resolution.links if run.resolved else (),
            formats=options.formats,
        )
        if staging is not None and run.resolved:
            from teia.build.steps import document_iris, write_segments

            ordered = [run.summaries[d] for d in sorted(run.summaries)]
            iri_of = document_iris(dataset)
            segments = [(iri_of[s.doc_id], s.segments) for s in ordered if s.segments is not None and s.doc_id in iri_of]
            write_segments(segments, staging)
        if folder is not None:
            folder.commit()
    run.lap("merge")
    run.report.timings = run.timings
    return BuildResult(dataset, run.resolved, run.resolution, run.info, shards=run.report)


class _Run:
    """The state of one distributed run, phase by phase: list, extract (map), resolve (reduce),
    write the shards (map), then the entities shard and the manifest."""

    def __init__(self, options: BuildOptions, shards: Path, progress: Callable[[str], None] | None) -> None:
        from teia.build.steps import load_overrides, pipeline_config
        from teia.graph.io import ensure_dir

        self.options = options
        self.folder = ensure_dir(shards)
        self.progress = progress
        self.merges_path = os.path.abspath(options.merges) if options.merges is not None else None
        # workers get the build's settings with absolute paths, wherever they run
        self.worker_config = pipeline_config(options, absolute=True)
        self.overrides = load_overrides(self.merges_path)
        self.report = DistributedBuild({}, self.folder)
        self.timings: dict[str, float] = {}
        self._last = time.perf_counter()
        self.listed: list[tuple[str, str, str]] = []  # (absolute path, document id, sha256)
        self.members: dict[str, list[tuple[str, str, str]]] = {}  # shard name -> its documents
        self.held: dict[str, Any] = {}  # shard name -> future(s) of its ExtractResults
        self.reused: dict[str, dict[str, Any]] = {}
        self.summaries: dict[str, Summary] = {}
        self.errors: dict[str, str] = {}
        self.shard_entries: dict[str, dict[str, Any]] = {}

    def lap(self, step: str) -> None:
        now = time.perf_counter()
        self.timings[step] = round(now - self._last, 3)
        self._last = now

    def _done(self, doc_id: str) -> None:
        if self.progress is not None:
            self.progress(doc_id)

    def list_documents(self, paths: Sequence[str | os.PathLike[str]]) -> None:
        """Read and hash every document (bad input fails here, as in the serial run), assign
        them to shards, and read the previous run's manifest."""
        from teia.extract.reader import find_sources, read_document

        for src in find_sources(paths):
            doc = read_document(src)
            self.listed.append((str(src.path.resolve()), doc.id, doc.sha256))
        options = self.options
        self.partitions = max(1, min(options.partitions or DEFAULT_PARTITIONS, len(self.listed)))
        self.suffix = ".nq.gz" if options.compress else ".nq"
        self.key = run_key(self.worker_config, self.merges_path, options.base, self.partitions, options.compress)
        self.previous = _load_manifest(self.folder)  # its files are removed when no longer used
        self.prev = self.previous if self.previous.get("run") == self.key else {}
        for item in self.listed:
            self.members.setdefault(f"part-{shard_of(item[1], self.partitions):05d}{self.suffix}", []).append(item)

    def extract(self, ex: Any) -> None:
        """Map: extract (or read back) every document; collect their summaries and errors."""
        from teia.build import tasks

        summary_futures: list[Any] = []
        for name, items in sorted(self.members.items()):
            docs = {doc_id: sha for _, doc_id, sha in items}
            entry = _reusable(self.prev, name, docs, self.folder) if self.prev else None
            if entry is not None:
                records = ex.submit(tasks.read_records, str(self.folder / entry["records"]), entry["records_sha256"])
                self.held[name] = records
                self.reused[name] = entry
                summary_futures.append(ex.submit(_summarize_all, records))
            else:
                futures = [
                    ex.submit(tasks.extract_source, path, doc_id, sha, self.worker_config, self.merges_path)
                    for path, doc_id, sha in items
                ]
                self.held[name] = futures
                summary_futures.extend(ex.submit(tasks.summarize, f) for f in futures)
        for fut in ex.as_completed(summary_futures):
            value, exc = ex.outcome(fut)
            if exc is not None:
                # a task the cluster gave up on (e.g. its workers kept dying): find its documents
                log.warning("task failed: %s", exc)
                value = []
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, Summary):
                    self.summaries[item.doc_id] = item
                elif isinstance(item, ExtractResult):
                    self.errors[item.doc_id] = item.error
                self._done(item.doc_id)
        for _, doc_id, _ in self.listed:
            if doc_id not in self.summaries and doc_id not in self.errors:
                self.errors[doc_id] = "task lost: its worker failed repeatedly"
                self._done(doc_id)

    def resolve(self) -> dict[str, ShardJob]:
        """Reduce: corpus-wide resolution and IRIs; returns each document's shard job."""
        from teia.build.steps import build_info, resolve
        from teia.extract.gazetteer import load_kb
        from teia.graph.builder import plan_graph

        config = self.worker_config
        ordered = [self.summaries[d] for d in sorted(self.summaries)]
        compact = tuple(s.to_extraction() for s in ordered)
        kb = load_kb(list(config.kb_paths), include_default=config.include_default_kb)
        self.resolved, self.resolution = resolve(compact, kb, self.overrides, link=self.options.link)
        model_name = ordered[0].model if ordered else _model_name(config, self.merges_path)
        self.info = build_info(model_name, self.options)
        self.plan = plan_graph(self.resolved, self.resolution, base=self.options.base, info=self.info)
        jobs: dict[str, ShardJob] = {}
        for before, after in zip(compact, self.resolved):
            doc_id = after.document.id
            events = after.events if after.events != before.events else None
            jobs[doc_id] = ShardJob(doc_id, self.plan.document_context(doc_id), events)
        return jobs

    def write_shards(self, ex: Any, jobs: dict[str, ShardJob]) -> None:
        """Map: write each shard whose documents or global IRIs changed."""
        from teia.build import tasks

        write_futures = []
        for name, items in sorted(self.members.items()):
            shard_jobs = [jobs[doc_id] for _, doc_id, _ in items if doc_id in jobs]
            if not shard_jobs:
                continue
            chash = _context_hash(shard_jobs)
            entry = self.reused.get(name)
            if entry is not None and entry.get("context") == chash:
                self.report.skipped.append(name)
                self.shard_entries[name] = dict(entry)
                continue
            if entry is not None:
                self.report.reused_records.append(name)
            fut = ex.submit(tasks.write_shard, str(self.folder), name, self.held[name], shard_jobs, self.options.compress)
            write_futures.append((fut, name, chash, {doc_id: sha for _, doc_id, sha in items if doc_id in jobs}))
        futures_by_id = {id(f): meta for f, *meta in write_futures}
        for fut in ex.as_completed([f for f, *_ in write_futures]):
            name, chash, docs = futures_by_id[id(fut)]
            value, exc = ex.outcome(fut)
            if exc is not None:
                for doc_id in docs:
                    self.errors[doc_id] = f"writing {name}: {type(exc).__name__}: {exc}"
                continue
            sr: ShardResult = value
            self.report.written.append(name)
            self.shard_entries[name] = {
                "name": name,
                "documents": docs,
                "quads": sr.quads,
                "document_quads": dict(sr.documents),
                "sha256": sr.sha256,
                "records": sr.records,
                "records_sha256": sr.records_sha256,
                "context": chash,
            }

    def write_entities_and_manifest(self) -> str:
        """The shared entities graph as its own shard, stale files removed, and the manifest;
        returns the entities shard's name."""
        from teia.build import tasks
        from teia.graph.builder import build_entities_graph, new_dataset
        from teia.graph.io import atomic_write

        folder, previous = self.folder, self.previous
        ents = new_dataset()
        build_entities_graph(self.plan, ents)
        ent_lines = tasks.dataset_quads(ents)
        ent_name = f"{ENTITIES_SHARD}{self.suffix}"
        ent_data = tasks.encode_lines(ent_lines, self.options.compress)
        with atomic_write(folder / ent_name, "wb", encoding=None) as handle:
            handle.write(ent_data)
        stale_entities = previous.get("entities", {}).get("name", "")
        if stale_entities and stale_entities != ent_name and (folder / stale_entities).is_file():
            (folder / stale_entities).unlink()
        keep = {ent_name, MANIFEST} | set(self.shard_entries) | {e["records"] for e in self.shard_entries.values()}
        for old in previous.get("shards", {}):
            for stale in (old, f"{old}.records"):
                if stale not in keep and (folder / stale).is_file():
                    (folder / stale).unlink()
        entities = {
            "name": ent_name,
            "quads": len(ent_lines),
            "entities": len(self.resolution.entities),
            "sha256": hashlib.sha256(ent_data).hexdigest(),
        }
        manifest = self._manifest(entities)
        with atomic_write(folder / MANIFEST) as handle:
            handle.write(json.dumps(manifest, ensure_ascii=False, indent=2, sort_keys=True) + "\n")
        self.report.manifest = manifest
        self.report.errors = sorted(self.errors.items())
        return ent_name

    def _manifest(self, entities: dict[str, Any]) -> dict[str, Any]:
        info, errors, entries = self.info, self.errors, self.shard_entries
        shard_of_doc = {d: name for name, e in entries.items() for d in e["documents"]}
        doc_quads = {d: n for e in entries.values() for d, n in e.get("document_quads", {}).items()}
        return {
            "format": MANIFEST_FORMAT,
            "run": self.key,
            "build": {
                "software_version": info.software_version,
                "model": info.model,
                "config_hash": info.config_hash,
                "base": self.options.base,
                "partitions": self.partitions,
                "gzip": self.options.compress,
            },
            "documents": [
                {
                    "id": doc_id,
                    "sha256": sha,
                    "shard": shard_of_doc.get(doc_id, ""),
                    "quads": doc_quads.get(doc_id, 0),
                    "status": "failed" if doc_id in errors else "ok",
                    **({"error": errors[doc_id]} if doc_id in errors else {}),
                }
                for _, doc_id, sha in self.listed
            ],
            "shards": {name: entries[name] for name in sorted(entries)},
            "entities": entities,
            "errors": [{"document": d, "error": errors[d]} for d in sorted(errors)],
            "totals": {
                "documents": len(self.listed),
                "built": len(self.summaries) - len([d for d in errors if d in self.summaries]),
                "failed": len(errors),
                "shards": len(entries),
                "quads": sum(e["quads"] for e in entries.values()) + entities["quads"],
            },
        }


def _summarize_all(results: list[ExtractResult]) -> list[Any]:
    from teia.build.tasks import summarize

    return [summarize(r) for r in results]


def _model_name(config: Any, merges: str | None) -> str:
    """The pipeline's name when no document gave one (every document failed)."""
    from teia.build.steps import model_name
    from teia.build.tasks import get_pipeline

    return model_name(get_pipeline(config, merges))


def merge_shards(
    shard_paths: Sequence[str | os.PathLike[str]],
    *,
    merges: Sequence[Any] | None = None,
    out: str | os.PathLike[str] | None = None,
    links: Sequence[Any] = (),
    formats: Sequence[str] | None = None,
) -> Any:
    """Merge N-Quads shards into one dataset; with ``out``, write the graph files of ``formats``
    (names of :data:`teia.build.steps.OUTPUT_FORMATS`; default: all) there (and the merge log,
    when ``merges`` is not None, and the link log of ``links``), the same files as the serial
    run's."""
    from rdflib import Dataset

    from teia.build.mergelog import write_merge_log
    from teia.graph.io import OUTPUT_FILES, atomic_write, ensure_dir, write_outputs
    from teia.ontology.namespace import bind_prefixes

    lines: set[str] = set()
    for path in shard_paths:
        lines.update(read_shard_lines(path))
    nquads = "".join(sorted(lines))
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    ds.parse(data=nquads, format="nquads")
    if out is not None:
        # graph.nq and graph.nt straight from the shard lines (the sorted, de-duplicated lines
        # the serial run writes); the other formats through rdflib, as the serial run does
        from teia.build.steps import OUTPUT_FORMATS

        folder = ensure_dir(Path(out))
        names = {OUTPUT_FORMATS[f] for f in (formats if formats is not None else OUTPUT_FORMATS)}
        write_outputs(ds, folder, {n: f for n, f in OUTPUT_FILES.items() if n in names and f not in ("nquads", "nt")})
        if "graph.nq" in names:
            with atomic_write(folder / "graph.nq") as handle:
                handle.write(nquads)
        if "graph.nt" in names:
            triples = {line[: line.rindex(" <")] + " .\n" for line in lines}
            with atomic_write(folder / "graph.nt") as handle:
                handle.write("".join(sorted(triples)))
        if merges is not None:
            write_merge_log(merges, folder)
        if links:
            from teia.build.linklog import write_link_log

            write_link_log(links, folder)
    return ds
