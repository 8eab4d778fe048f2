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
* :func:`graph_of`: records → RDF dataset;
* :func:`write_graph`: records → the graph files and the store, document graph by document
  graph (sorted N-Quads and N-Triples streamed, :mod:`teia.graph.stream`), without the
  whole-corpus dataset unless a format asked for needs it (Turtle, TriG, JSON-LD).

:func:`run_serial` chains them in this process; :func:`run` picks the serial or the distributed
run from the options. Both return the same frozen :class:`BuildResult`, whose
:attr:`~BuildResult.dataset` a serial run makes only when it is first read.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, nullcontext
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
from teia.graph.stream import LINE_FORMATS

if TYPE_CHECKING:
    from rdflib import Dataset

    from teia.build.distributed import DistributedBuild
    from teia.extract.reader import SkippedFile

__all__ = [
    "DEFAULT_FORMATS",
    "OUTPUT_FORMATS",
    "SETTLED_YOUNG",
    "BuildOptions",
    "BuildResult",
    "build_info",
    "extract",
    "gc_settled",
    "graph_of",
    "make_pipeline",
    "pipeline_config",
    "read_corpus",
    "resolve",
    "run",
    "run_serial",
    "save",
    "write_graph",
]

Paths = str | os.PathLike[str] | Sequence[str | os.PathLike[str]]

OUTPUT_FORMATS = {Path(name).suffix[1:]: name for name in ("graph.nq", "graph.nt", "graph.ttl", "graph.trig", "graph.jsonld")}
"""The formats a build can write, by the name ``--formats`` takes (the file's suffix): ``nq``,
``nt``, ``ttl``, ``trig``, ``jsonld`` → the file (``graph.nq``...)."""

DEFAULT_FORMATS = ("nq", "nt")
"""What a build writes unless told otherwise: the two formats written document graph by
document graph, whatever the size of the corpus. Turtle, TriG and JSON-LD need the whole graph in
memory (rdflib), so they are written only when asked."""


def formats_of(values: str | Iterable[str]) -> tuple[str, ...]:
    """Output format names from user values (``"nq,ttl"``, a list of them, ``"all"``), in the
    order of :data:`OUTPUT_FORMATS`; an unknown name is an :class:`~teia.errors.InputError`."""
    items = [values] if isinstance(values, str) else list(values)
    names = {n.strip().lower().lstrip(".") for item in items for n in str(item).split(",") if n.strip()}
    if "all" in names:
        names = (names - {"all"}) | set(OUTPUT_FORMATS)
    unknown = sorted(names - set(OUTPUT_FORMATS))
    if unknown or not names:
        what = f"unknown format {', '.join(map(repr, unknown))}" if unknown else "no format given"
        raise InputError(f"--formats {','.join(items)}: {what} (use one or more of {', '.join(OUTPUT_FORMATS)}, or all)")
    return tuple(n for n in OUTPUT_FORMATS if n in names)


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
    ``formats`` the graph files written (:data:`DEFAULT_FORMATS` unless told; names of
    :data:`OUTPUT_FORMATS`); ``store`` an on-disk Oxigraph store the build writes each
    document's graph into as it is made (created if missing).
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
    formats: tuple[str, ...] = DEFAULT_FORMATS
    store: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "formats", formats_of(self.formats))
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
        store: str | os.PathLike[str] | None = None,
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
            store=text(store),
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

    ``source`` is the dataset, or a function that makes it: a serial build writes its files
    without the whole-corpus dataset and makes it only when :attr:`dataset` is first read.
    ``shards`` is the report of a distributed run (manifest, failed documents, timings);
    ``None`` for a serial one. The dataset, resolution and provenance of both runs are the same;
    the extractions of a distributed run are the summaries its driver received (document,
    entities with their mentions, events), the rest of the records staying on the workers.
    """

    source: Dataset | Callable[[], Dataset]
    extractions: tuple[Extraction, ...] = ()
    resolution: Resolution = field(default_factory=Resolution)
    info: BuildInfo | None = None
    shards: DistributedBuild | None = None
    skipped: tuple[SkippedFile, ...] = ()
    """Files the build left out, with the reason (a serial run skips unreadable files)."""
    written: Written | None = None
    """The files and the store the build wrote, with their sizes (None: nothing written)."""

    @property
    def dataset(self) -> Dataset:
        """The RDF dataset of the build (made on first use, then kept, when the build did not need it)."""
        return self.source if not callable(self.source) else self.source()


@dataclass(frozen=True)
class Written:
    """What :func:`write_graph` wrote: the graph files, the number of lines of each N-Quads and
    N-Triples file (quads; triples of the union graph), and the store's sync report."""

    files: tuple[Path, ...] = ()
    lines: dict[str, int] = field(default_factory=dict)
    store: Any = None

    @property
    def triples(self) -> int | None:
        """Distinct triples of the graph, when ``graph.nt`` was written."""
        return self.lines.get("graph.nt")


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


def lazy_graph(extractions: Sequence[Extraction], resolution: Resolution, info: BuildInfo, base: str) -> Callable[[], Dataset]:
    """A function that makes :func:`graph_of` the records the first time it is called and then
    returns the same dataset."""
    made: list[Dataset] = []

    def dataset() -> Dataset:
        if not made:
            made.append(graph_of(extractions, resolution, info, base))
        return made[0]

    return dataset


def write_graph(
    extractions: Sequence[Extraction],
    resolution: Resolution,
    info: BuildInfo,
    options: BuildOptions,
    out: str | os.PathLike[str] | None,
    *,
    dataset: Callable[[], Dataset] | None = None,
    store: Any = None,
) -> Written:
    """Write the graph of resolved records: the files of ``options.formats`` into ``out`` (when
    given) and each graph into ``store`` (a :class:`~teia.graph.storesink.StoreSink`) as it is
    made.

    N-Quads and N-Triples are written document graph by document graph
    (:func:`teia.graph.stream.write_sorted_lines`): one document's triples at a time, as a set,
    without an rdflib graph. Turtle, TriG and JSON-LD are written from the whole dataset,
    ``dataset()`` (made from the records when not given), only when asked for. The files are byte-identical to
    :func:`teia.graph.io.serialize` of the whole dataset.
    """
    from teia.graph.builder import plan_graph
    from teia.graph.stream import stream_graphs, write_sorted_lines

    folder = ensure_dir(Path(out)) if out is not None else None
    files = {fmt: OUTPUT_FORMATS[fmt] for fmt in options.formats} if folder is not None else {}
    streamed = [(folder / name, OUTPUT_FILES[name]) for name in files.values() if OUTPUT_FILES[name] in LINE_FORMATS]
    whole = {name: OUTPUT_FILES[name] for name in files.values() if OUTPUT_FILES[name] not in LINE_FORMATS}
    lines: dict[str, int] = {}
    if streamed or store is not None:
        graphs = stream_graphs(plan_graph(extractions, resolution, base=options.base, info=info), extractions)
        if store is not None:
            graphs = (store.add(g) for g in graphs)
        counts = write_sorted_lines(graphs, streamed)
        lines = {p.name: n for p, n in counts.items()}
    if whole and folder is not None:
        write_outputs((dataset or lazy_graph(extractions, resolution, info, options.base))(), folder, whole)
    report = store.finish() if store is not None else None
    return Written(tuple(folder / name for name in files.values()) if folder is not None else (), lines, report)


@contextmanager
def gc_settled() -> Iterator[None]:
    """Set the objects alive now aside from Python's cyclic garbage collector until the block
    ends (``gc.freeze``, then ``gc.unfreeze``): a loaded pipeline is about 95,000 tracked
    objects, and every full collection the records' allocations set off walked them all again
    (0.15 of the 0.2 CPU s the collector took in a build of 97 Bosque documents; the bare spaCy
    pipeline, which allocates few Python objects, sets off none). Objects made in the block are
    collected as usual; the set-aside ones are collectable again after it. Nothing is done when
    the collector is off or objects are already frozen (by the caller).

    In the block the youngest generation is collected after :data:`SETTLED_YOUNG` more
    allocations than deallocations of tracked objects instead of Python's 700 (the older
    generations' thresholds as they were): the records of a document are mostly alive until
    the end of the build, and each young collection walked them and moved them on to be walked
    again by the older ones (about 300 collections, 0.04 CPU s, in a build of 97 Bosque
    documents; four, 0.01, with 20,000). The thresholds are restored after the block."""
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(thresholds[0], SETTLED_YOUNG), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


SETTLED_YOUNG = 20_000
"""The youngest generation's collection threshold in a :func:`gc_settled` block."""


def run_serial(
    documents: Sequence[Document],
    options: BuildOptions,
    *,
    progress: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build the graph of ``documents`` in this process."""
    overrides = load_overrides(options.merges)
    nlp = make_pipeline(pipeline_config(options), overrides)
    with gc_settled():
        extractions = extract(documents, nlp, processes=options.processes, progress=progress)
        extractions, resolution = resolve(extractions, pipeline_kb(nlp), overrides, link=options.link)
    info = build_info(model_name(nlp), options)
    return BuildResult(lazy_graph(extractions, resolution, info, options.base), extractions, resolution, info)


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
    ``progress`` with each document id once its records are in. With ``options.store`` each
    document's graph goes into that Oxigraph store as it is written.
    """
    if options.distributed:
        from teia.build.distributed import run_distributed

        result = run_distributed(paths, options, out=out, progress=progress, on_start=on_start)
        if options.store is None:
            return result
        from teia.graph.store import open_store, sync_documents

        report = sync_documents(open_store(options.store, create=True), result.dataset)
        return replace(result, written=Written(store=report))
    from teia.extract.reader import find_sources, read_sources
    from teia.graph.outdir import OutputFolder

    sources = find_sources([paths] if isinstance(paths, (str, os.PathLike)) else paths)
    # the output folder (and the store) is locked and checked before anything is read or
    # extracted; the files are written into its staging folder and switched in together
    # (teia.graph.outdir)
    with OutputFolder(out, output_names()) if out is not None else nullcontext() as folder:
        store = _store_sink(options.store)
        # read all first: bad input fails early; a file named alone is never skipped
        documents, skipped = read_sources(sources, strict=options.strict or len(sources) == 1)
        if on_start is not None:
            on_start(len(documents))
        result = replace(run_serial(documents, options, progress=progress), skipped=tuple(skipped))
        if folder is None and store is None:
            return result
        staging = folder.staging if folder is not None else None
        assert result.info is not None
        with gc_settled():  # the records, read by the writer and kept until the end
            written = write_graph(
                result.extractions, result.resolution, result.info, options, staging, dataset=_source(result), store=store
            )
        if staging is not None:
            from teia.graph.builder import document_iri

            merges = result.resolution.merges if result.extractions or result.resolution.merges else None
            iri_of = lambda d: str(document_iri(d.key, options.base))  # noqa: E731 - as the builder names it
            _write_logs(merges, result.resolution.links, result.extractions, iri_of, staging)
            folder.commit()
            written = replace(written, files=tuple(Path(out) / p.name for p in written.files))
    return replace(result, written=written)


def _source(result: BuildResult) -> Callable[[], Dataset]:
    return lambda: result.dataset


def _store_sink(path: str | None) -> Any:
    """The :class:`~teia.graph.storesink.StoreSink` of ``--store`` (None without one)."""
    if path is None:
        return None
    from teia.graph.storesink import StoreSink

    return StoreSink(path)


def _write_logs(
    merges: Sequence[Any] | None,
    links: Sequence[Any],
    extractions: Sequence[Extraction],
    iri_of: Callable[[Document], str | None],
    folder: Path,
) -> list[Path]:
    """The merge log when ``merges`` is not None, the link log when there are ``links``, and the
    sentence and paragraph offsets of ``extractions`` (``segments.jsonl``, by the document IRI
    ``iri_of`` gives; a document without one is left out), beside the graph files."""
    from teia.build.linklog import write_link_log
    from teia.build.mergelog import write_merge_log

    written = []
    if merges is not None:
        written.append(write_merge_log(merges, folder))
    if links:
        written.append(write_link_log(links, folder))
    if extractions:
        from teia.graph.cooccurrence import document_segments

        segments = (
            (iri, document_segments("", ex.document.text, ((s.start, s.end) for s in ex.sentences)))
            for ex in extractions
            if (iri := iri_of(ex.document)) is not None
        )
        written.append(write_segments(segments, folder))
    return written


def save(
    dataset: Dataset,
    merges: Sequence[Any] | None,
    out: str | os.PathLike[str],
    extractions: Sequence[Extraction] = (),
    *,
    links: Sequence[Any] = (),
    formats: str | Iterable[str] = tuple(OUTPUT_FORMATS),
) -> list[Path]:
    """Write the graph files of ``formats`` (default: all of ``graph.ttl``, ``.nt``, ``.nq``,
    ``.trig``, ``.jsonld``) from ``dataset``, the merge log when ``merges`` is not None, the link
    log when there are ``links``, and the sentence and paragraph offsets of ``extractions``
    (``segments.jsonl``) into ``out``; returns the paths written."""
    folder = ensure_dir(Path(out))
    names = {OUTPUT_FORMATS[f]: OUTPUT_FILES[OUTPUT_FORMATS[f]] for f in formats_of(formats)}
    iris = document_iris(dataset) if extractions else {}
    return write_outputs(dataset, folder, names) + _write_logs(merges, links, extractions, lambda d: iris.get(d.id), folder)


def document_iris(dataset: Dataset) -> dict[str, str]:
    """Document id (its ``teia:path``) → document IRI, read from a dataset."""
    from teia.ontology.namespace import TEIA

    return {str(p): str(d) for d, p in dataset.subject_objects(TEIA.path)}


def write_segments(segments: Iterable[tuple[str, dict[str, Any]]], folder: Path) -> Path:
    """``folder/segments.jsonl``: each document's sentence and paragraph offsets, by document IRI
    (read by ``teia export --cooccurrence``); ``segments`` are (document IRI, its
    :func:`~teia.graph.cooccurrence.document_segments` object) in build order."""
    from teia.graph.cooccurrence import SEGMENTS, segments_line
    from teia.graph.io import atomic_write

    path = folder / SEGMENTS
    with atomic_write(path) as handle:
        for iri, obj in segments:
            handle.write(segments_line({**obj, "doc": iri}))
    return path
