"""The one build sequence: read → extract → resolve → graph, and the options it depends on.

Every caller builds through here: :func:`teia.api.build` and ``teia build`` (via :func:`run`),
the distributed run (:mod:`teia.build.distributed`, which uses the same steps on a cluster),
the evaluations (:mod:`teia.eval`) and the benchmarks (``bench/``). A new build option is a
field of :class:`BuildOptions`, read by the step that needs it.

The steps, each usable on its own:

* :func:`pipeline_config` / :func:`make_pipeline`: the extraction pipeline of the options;
* :func:`extract`: documents → records;
* :func:`resolve`: entities and events across the corpus;
* :func:`build_info`: the provenance of the build (software, model, hash of the inputs);
* :func:`graph_of`: records → RDF dataset.

:func:`run_serial` chains them in this process; :func:`run` picks the serial or the distributed
run from the options. Both return the same frozen :class:`BuildResult`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from teia import __version__
from teia.errors import InputError
from teia.records import Document, Extraction, Resolution
from teia.graph.builder import BuildInfo, build_dataset, config_hash
from teia.build.mergelog import MERGE_LOG
from teia.graph.io import OUTPUT_FILES, ensure_dir, file_digest, write_outputs
from teia.graph.iris import DEFAULT_BASE

if TYPE_CHECKING:
    from rdflib import Dataset

    from teia.build.distributed import DistributedBuild
    from teia.extract.reader import SkippedFile

__all__ = [
    "BuildOptions",
    "BuildResult",
    "build_info",
    "extract",
    "graph_of",
    "make_pipeline",
    "pipeline_config",
    "read_corpus",
    "resolve",
    "run",
    "run_serial",
    "save",
]

Paths = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]


def output_names() -> tuple[str, ...]:
    """The files a build owns in its output folder (a new build removes those it did not write)."""
    from teia.build.linklog import LINK_LOG
    from teia.graph.cooccurrence import SEGMENTS

    return (*OUTPUT_FILES, MERGE_LOG, LINK_LOG, SEGMENTS)


@dataclass(frozen=True)
class BuildOptions:
    """Everything a build depends on besides its documents.

    ``model`` names a spaCy pipeline (default: the shipped one; ``"blank"`` for rules only);
    ``kb`` adds knowledge-base files to the gazetteer; ``merges`` is a file of accepted and
    rejected merges (``docs/entities.md``); ``relations_map`` a file of verb and noun frames
    extending the relation mapping (``docs/relations.md``); ``relation_model`` runs the relation
    classifier beside the rules (off by default) and ``relation_threshold`` is its confidence from
    which its relations are plain triples (None: its default; only with ``relation_model``);
    ``lexicons`` files of words extending the shipped word lists (``docs/events-lexicon.md``);
    ``base`` the base IRI of minted data IRIs. ``processes`` extraction processes for the
    serial run. ``workers`` (a local
    Dask cluster of that many processes), ``cluster`` (a scheduler address), ``client`` (a
    ``distributed.Client``) or ``shards`` (a folder) make the run distributed
    (``docs/scale-out.md``); ``compress`` gzips its shards and ``partitions`` caps their number.
    ``strict`` makes a file that cannot be read fatal (by default a serial run skips it).
    ``link`` links the entities to Portuguese Wikipedia/DBpedia (``docs/linking.md``).
    """

    model: str | None = None
    kb: tuple[str, ...] = ()
    merges: str | None = None
    relations_map: str | None = None
    relation_model: bool = False
    relation_threshold: float | None = None
    lexicons: tuple[str, ...] = ()
    base: str = DEFAULT_BASE
    processes: int = 1
    workers: int | None = None
    cluster: str | None = None
    client: Any = field(default=None, compare=False)
    shards: str | None = None
    compress: bool = False
    partitions: int | None = None
    strict: bool = False
    link: bool = True

    def __post_init__(self) -> None:
        if self.relation_threshold is not None and not self.relation_model:
            raise InputError(
                f"--relation-threshold {self.relation_threshold}: the relation classifier is off by default, "
                "add --relation-model (relation_model=True) to use it"
            )

    @classmethod
    def of(
        cls,
        *,
        kb: Iterable[str | os.PathLike[str]] = (),
        lexicons: Iterable[str | os.PathLike[str]] = (),
        merges: str | os.PathLike[str] | None = None,
        relations_map: str | os.PathLike[str] | None = None,
        shards: str | os.PathLike[str] | None = None,
        base: str | None = None,
        **options: Any,
    ) -> BuildOptions:
        """Options from user values: paths as given (``Path`` or text), ``None`` base = default."""

        def text(p: str | os.PathLike[str] | None) -> str | None:
            return os.fspath(p) if p is not None else None

        return cls(
            kb=tuple(os.fspath(k) for k in kb),
            lexicons=tuple(os.fspath(x) for x in lexicons),
            merges=text(merges),
            relations_map=text(relations_map),
            shards=text(shards),
            base=base or DEFAULT_BASE,
            **options,
        )

    @property
    def distributed(self) -> bool:
        """Whether the options ask for the sharded, distributed run."""
        return bool(self.workers or self.cluster or self.client is not None or self.shards is not None)


@dataclass(frozen=True)
class BuildResult:
    """What a build made: the RDF dataset, the records it came from and its provenance.

    ``shards`` is the report of a distributed run (manifest, failed documents, timings);
    ``None`` for a serial one. The dataset, resolution and provenance of both runs are the same;
    the extractions of a distributed run are the summaries its driver received (document,
    entities with their mentions, events), the rest of the records staying on the workers.
    """

    dataset: Dataset
    extractions: tuple[Extraction, ...] = ()
    resolution: Resolution = field(default_factory=Resolution)
    info: BuildInfo | None = None
    shards: DistributedBuild | None = None
    skipped: tuple[SkippedFile, ...] = ()
    """Files the build left out, with the reason (a serial run skips unreadable files)."""


def pipeline_config(options: BuildOptions, *, absolute: bool = False) -> Any:
    """The ``PipelineConfig`` of the options (with absolute file paths for remote workers)."""
    from teia.extract.pipeline import PipelineConfig

    def path(p: str) -> str:
        return os.path.abspath(p) if absolute else p

    threshold = {} if options.relation_threshold is None else {"relation_threshold": float(options.relation_threshold)}
    return PipelineConfig(
        model=options.model,
        kb_paths=tuple(path(k) for k in options.kb),
        relation_maps=(path(options.relations_map),) if options.relations_map is not None else (),
        lexicons=tuple(path(x) for x in options.lexicons),
        relation_model=options.relation_model,
        **threshold,
    )


def load_overrides(merges: str | os.PathLike[str] | None) -> Any:
    """The merge overrides of a ``--merges`` file, or None."""
    from teia.extract.resolve import load_overrides as load

    return load(merges) if merges is not None else None


def make_pipeline(config: Any, overrides: Any = None) -> Any:
    """The extraction pipeline for a ``PipelineConfig`` and optional merge overrides."""
    from teia.extract.pipeline import create_pipeline

    nlp = create_pipeline(config)
    if overrides is not None:
        nlp.get_pipe("teia_entities").overrides = overrides
    return nlp


def read_corpus(paths: Paths) -> list[Document]:
    """Every document of ``paths`` (files, folders or globs), read and decoded, in id order.

    Reads them all before anything else runs, so bad input fails early.
    """
    from teia.extract.reader import find_sources, read_document

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    return [read_document(s) for s in find_sources(paths)]


def extract(
    documents: Iterable[Document],
    nlp: Any,
    *,
    processes: int = 1,
    progress: Callable[[str], None] | None = None,
) -> tuple[Extraction, ...]:
    """The records of each document; ``progress`` is called with each document id."""
    from teia.extract.pipeline import extract_all

    each = (lambda d: progress(d.id)) if progress is not None else None
    return tuple(extract_all(documents, nlp, n_process=processes, progress=each))


def resolve(
    extractions: Sequence[Extraction], kb: Any, overrides: Any = None, *, link: bool = True
) -> tuple[tuple[Extraction, ...], Resolution]:
    """Resolve entities across the corpus, link them to Wikipedia/DBpedia (unless ``link`` is
    False: ``docs/linking.md``) and resolve events; returns the (event-updated, link-split)
    extractions.

    Reads only each extraction's document, entities (with their mentions) and events, so
    compact summaries give the same resolution as full extractions.
    """
    from teia.extract.event_coref import resolve_events
    from teia.extract.linking import kb_for, link_documents, link_resolution, log_splits, split_by_links
    from teia.extract.resolve import resolve_corpus

    if not link:
        return resolve_events(extractions, resolve_corpus(extractions, kb, overrides=overrides), overrides)
    link_overrides = overrides.links if overrides else ()
    link_kb = kb_for(e for ex in extractions for e in ex.entities)
    extractions, splits = split_by_links(extractions, link_kb)
    local = link_documents(extractions, link_kb, overrides=link_overrides)
    resolution = log_splits(resolve_corpus(extractions, kb, overrides=overrides, links=local), splits)
    resolution = link_resolution(
        resolution, kb=link_kb, overrides=link_overrides, keep_apart=overrides.keeps_apart if overrides else None, local=local
    )
    return resolve_events(extractions, resolution, overrides)


def pipeline_kb(nlp: Any) -> Any:
    """The knowledge base of the pipeline's gazetteer (None without one)."""
    from teia.extract.pipeline import pipeline_kb as kb_of

    return kb_of(nlp)


def model_name(nlp: Any) -> str:
    """The pipeline's name as the provenance records it (``pt_teia-0.1.0``)."""
    from teia.extract.pipeline import model_name as name_of

    return name_of(nlp)


def build_info(name: str, options: BuildOptions) -> BuildInfo:
    """The provenance of a build: software, model name and the hash of the configuration."""
    from teia.extract.classifier.labels import ASSERT_THRESHOLD

    threshold = options.relation_threshold
    return BuildInfo(
        software_version=__version__,
        model=name,
        config_hash=config_hash(
            [
                __version__, name, options.base,
                # files by content, not by path: the same inputs give the same build IRI anywhere
                *(file_digest(p) for p in options.kb),
                *([file_digest(options.merges)] if options.merges else []),
                *([file_digest(options.relations_map)] if options.relations_map is not None else []),
                # off by default, the classifier leaves the hash of earlier builds as it was
                *(["relation_model"] if options.relation_model else []),
                *([f"relation_threshold={float(threshold)}"] if threshold is not None and threshold != ASSERT_THRESHOLD else []),
                *(file_digest(p) for p in options.lexicons),
                # linking on (the default) leaves the hash of earlier builds as it was
                *([] if options.link else ["no-link"]),
            ]
        ),
        timestamp=_timestamp(),
    )


def _timestamp() -> str:
    """Build time from ``SOURCE_DATE_EPOCH`` (reproducible builds); empty otherwise.

    Left out by default so that the same input gives byte-identical output.
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not epoch.isdigit():
        return ""
    from datetime import datetime, timezone

    return datetime.fromtimestamp(int(epoch), tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def graph_of(extractions: Sequence[Extraction], resolution: Resolution, info: BuildInfo, base: str) -> Dataset:
    """The RDF dataset of resolved records."""
    return build_dataset(extractions, resolution, base=base, info=info)


def run_serial(
    documents: Sequence[Document],
    options: BuildOptions,
    *,
    progress: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the graph of ``documents`` in this process."""
    overrides = load_overrides(options.merges)
    nlp = make_pipeline(pipeline_config(options), overrides)
    extractions = extract(documents, nlp, processes=options.processes, progress=progress)
    extractions, resolution = resolve(extractions, pipeline_kb(nlp), overrides, link=options.link)
    info = build_info(model_name(nlp), options)
    return BuildResult(graph_of(extractions, resolution, info, options.base), extractions, resolution, info)


def run(
    paths: Paths,
    options: BuildOptions = BuildOptions(),
    *,
    out: str | os.PathLike[str] | None = None,
    progress: Callable[[str], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> BuildResult:
    """Build the graph of the documents at ``paths``, serially or distributed as the options say,
    and write it to ``out`` when given.

    ``on_start`` is called with the number of documents once they are all read and checked;
    ``progress`` with each document id once its records are in.
    """
    if options.distributed:
        from teia.build.distributed import run_distributed

        return run_distributed(paths, options, out=out, progress=progress, on_start=on_start)
    from teia.extract.reader import find_sources, read_sources
    from teia.graph.outdir import OutputFolder

    sources = find_sources([paths] if isinstance(paths, (str, os.PathLike)) else paths)
    # the output folder is locked and checked before anything is read or extracted; the files
    # are written into its staging folder and switched in together (teia.graph.outdir)
    with OutputFolder(out, output_names()) if out is not None else nullcontext() as folder:
        # read all first: bad input fails early; a file named alone is never skipped
        documents, skipped = read_sources(sources, strict=options.strict or len(sources) == 1)
        if on_start is not None:
            on_start(len(documents))
        result = replace(run_serial(documents, options, progress=progress), skipped=tuple(skipped))
        if folder is not None:
            merges = result.resolution.merges if result.extractions or result.resolution.merges else None
            save(result.dataset, merges, folder.staging, result.extractions, links=result.resolution.links)
            folder.commit()
    return result


def save(
    dataset: Dataset,
    merges: Sequence[Any] | None,
    out: str | os.PathLike[str],
    extractions: Sequence[Extraction] = (),
    *,
    links: Sequence[Any] = (),
) -> list[Path]:
    """Write the graph files (``graph.ttl``, ``.nt``, ``.nq``, ``.trig``, ``.jsonld``), the merge
    log when ``merges`` is not None, the link log when there are ``links``, and the sentence and
    paragraph offsets of ``extractions`` (``segments.jsonl``) into ``out``; returns the paths
    written."""
    from teia.build.linklog import write_link_log
    from teia.build.mergelog import write_merge_log

    folder = ensure_dir(Path(out))
    written = write_outputs(dataset, folder)
    if merges is not None:
        written.append(write_merge_log(merges, folder))
    if links:
        written.append(write_link_log(links, folder))
    if extractions:
        from teia.graph.cooccurrence import document_segments

        segments = [
            (ex.document.id, document_segments("", ex.document.text, ((s.start, s.end) for s in ex.sentences)))
            for ex in extractions
        ]
        written.append(write_segments(dataset, segments, folder))
    return written


def write_segments(dataset: Dataset, segments: Iterable[tuple[str, dict[str, Any]]], folder: Path) -> Path:
    """``folder/segments.jsonl``: each document's sentence and paragraph offsets, by document IRI
    (read by ``teia export --cooccurrence``); ``segments`` are (document id, its
    :func:`~teia.graph.cooccurrence.document_segments` object) in build order."""
    from teia.graph.cooccurrence import SEGMENTS, segments_line
    from teia.graph.io import atomic_write
    from teia.ontology.namespace import TEIA

    path = folder / SEGMENTS
    iri_of = {str(p): str(d) for d, p in dataset.subject_objects(TEIA.path)}
    with atomic_write(path) as handle:
        for doc_id, obj in segments:
            iri = iri_of.get(doc_id)
            if iri is not None:
                handle.write(segments_line({**obj, "doc": iri}))
    return path
