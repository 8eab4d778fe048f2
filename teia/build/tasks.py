"""The work a build hands out: plain functions of plain, picklable values.

Nothing here imports Dask. The same functions run in the driver process (``--shards`` without
a cluster) and as Dask tasks on worker processes, on this host or on others:

- :func:`extract_source` (map): read one document from a path every worker can reach and
  extract its records. A document that fails is returned as an :class:`ExtractResult` with
  the error, so one bad document never stops the others.
- :func:`summarize` shrinks an extraction to what corpus-wide resolution reads (the document
  id, its entities with their mentions, its events), so the reduce step on the driver stays
  small whatever the size of the documents.
- :func:`write_shard` (map): write the named graphs of a partition of documents, given the
  global entity IRIs, as one N-Quads file. The file is written atomically under its own
  name, so running the task twice (a worker died after writing it) gives the same file.

Each worker process builds the spaCy pipeline once per configuration (:func:`get_pipeline`),
not once per task.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import logging
import os
import pickle
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from teia.records import Document, Event, Extraction, Mention

__all__ = [
    "ExtractResult",
    "ShardJob",
    "ShardResult",
    "extract_source",
    "get_pipeline",
    "read_records",
    "Summary",
    "summarize",
    "write_shard",
]

FAULTS_ENV = "TEIA_SCALE_TEST_FAULTS"
"""Test hook: JSON ``{"<doc id>": {"sleep": s, "fail": "message", "pidfile": path}}``.

Read by the task extracting that document: append the process id to ``pidfile``, sleep,
then fail with ``message``.

Lets the tests make one document slow (to kill the worker that holds it) or make its
extraction fail, without a special corpus. Unset in normal use."""

_PIPELINES: dict[tuple[Any, str], Any] = {}
"""Per-process cache: (pipeline config, merges file) → spaCy pipeline."""


def get_pipeline(config: Any, merges: str | None = None) -> Any:
    """The extraction pipeline for ``config``, built once per process and reused."""
    key = (config, merges or "")
    nlp = _PIPELINES.get(key)
    if nlp is None:
        from teia.build.steps import make_pipeline
        from teia.extract.resolve import load_overrides

        overrides = load_overrides(merges) if merges else None
        nlp = make_pipeline(config, overrides)
        _PIPELINES[key] = nlp
    return nlp


def pipelines_loaded() -> int:
    """How many pipelines this process has built (the tests check workers build one)."""
    return len(_PIPELINES)


@dataclass(frozen=True, slots=True)
class ExtractResult:
    """The outcome of one document: its extraction, or the error that stopped it."""

    doc_id: str
    sha256: str
    extraction: Extraction | None = None
    error: str = ""
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.extraction is not None


def _fault(doc_id: str) -> dict[str, Any]:
    raw = os.environ.get(FAULTS_ENV, "")
    if not raw:
        return {}
    try:
        return json.loads(raw).get(doc_id, {})
    except ValueError:
        return {}


def extract_source(path: str, doc_id: str, sha256: str, config: Any, merges: str | None = None) -> ExtractResult:
    """Read the file at ``path`` as document ``doc_id`` and extract its records.

    ``sha256`` is the hash the driver saw when it listed the corpus: a file that changed in
    between is reported as an error rather than built from a different text.
    """
    from teia.extract.pipeline import extract
    from teia.extract.reader import SourceFile, read_document

    started = time.perf_counter()
    try:
        reader_log = logging.getLogger("teia.extract.reader")
        level = reader_log.level
        reader_log.setLevel(logging.ERROR)  # the driver already warned when it listed the corpus
        try:
            document = read_document(SourceFile(Path(path), doc_id))
        finally:
            reader_log.setLevel(level)
        if document.sha256 != sha256:
            raise RuntimeError(f"{path}: file changed since the build started")
        fault = _fault(doc_id)
        if fault.get("pidfile"):
            with open(fault["pidfile"], "a", encoding="utf-8") as handle:
                handle.write(f"{os.getpid()}\n")
        if fault.get("sleep"):
            time.sleep(float(fault["sleep"]))
        if fault.get("fail"):
            raise RuntimeError(str(fault["fail"]))
        extraction = extract(document, get_pipeline(config, merges))
    except Exception as exc:  # noqa: BLE001 - reported per document, never fatal to the build
        return ExtractResult(doc_id, sha256, None, f"{type(exc).__name__}: {exc}", time.perf_counter() - started)
    return ExtractResult(doc_id, sha256, extraction, "", time.perf_counter() - started)


_WINDOW = 120
"""Resolution quotes at most this many characters around a document's mentions."""


def _windows(text: str, mentions: list[Mention]) -> tuple[tuple[int, str], ...]:
    """The stretches of ``text`` within :data:`_WINDOW` characters of a mention, merged."""
    spans = sorted((max(0, m.start - _WINDOW), min(len(text), m.end + _WINDOW)) for m in mentions)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif end > start:
            merged.append([start, end])
    return tuple((start, text[start:end]) for start, end in merged)


@dataclass(frozen=True, slots=True)
class Summary:
    """What corpus-wide resolution reads of one document (see :func:`teia.build.steps.resolve`).

    The document id, its entities (labels, types, aliases, mentions), its events and its time
    expressions (an undated meeting is dated by the document's nearest date, see
    :func:`teia.extract.resolve.event_dates`); the sentences, relations and quotations stay
    on the worker. Of the text only the
    stretches around mentions travel: merge evidence quotes the text joining two mentions of
    one entity (at most 120 characters), so the evidence comes out the same.
    """

    doc_id: str
    sha256: str
    title: str
    encoding: str
    length: int
    windows: tuple[tuple[int, str], ...]
    entities: tuple
    events: tuple
    model: str
    times: tuple = ()
    segments: Any = None
    """The document's sentence and paragraph offsets (its ``segments.jsonl`` object, without
    the document IRI, which the driver knows only once the graph is planned)."""

    def to_extraction(self) -> Extraction:
        """An :class:`Extraction` holding only what resolution reads (text blanked elsewhere)."""
        chars = [" "] * self.length
        for start, piece in self.windows:
            chars[start : start + len(piece)] = piece
        doc = Document(self.doc_id, "".join(chars), self.encoding, self.title)
        return Extraction(
            document=doc, entities=self.entities, events=self.events, times=self.times, model=self.model
        )


def summarize(result: ExtractResult) -> ExtractResult | Summary:
    """The compact :class:`Summary` of a successful result (a failed one is returned as is)."""
    ex = result.extraction
    if ex is None:
        return result
    from teia.graph.cooccurrence import document_segments

    doc = ex.document
    mentions = [m for ent in ex.entities for m in ent.mentions]
    segments = document_segments("", doc.text, ((s.start, s.end) for s in ex.sentences))
    return Summary(
        doc.id, result.sha256, doc.title, doc.encoding, len(doc.text), _windows(doc.text, mentions),
        ex.entities, ex.events, ex.model, ex.times, segments,
    )


@dataclass(frozen=True, slots=True)
class ShardJob:
    """One document of a shard: what to write it with.

    ``context`` holds the global IRIs of the document's entities; ``events`` replaces the
    document's events when corpus-wide event resolution linked some of them (else ``None``).
    """

    doc_id: str
    context: Any
    events: tuple[Event, ...] | None = None


@dataclass(frozen=True, slots=True)
class ShardResult:
    """What :func:`write_shard` wrote."""

    name: str
    sha256: str
    quads: int
    documents: tuple[tuple[str, int], ...]
    records: str = ""
    records_sha256: str = ""
    seconds: float = 0.0


def file_sha256(path: str | os.PathLike[str]) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _write_bytes(path: Path, data: bytes) -> None:
    from teia.graph.io import atomic_write

    with atomic_write(path, "wb", encoding=None) as handle:
        handle.write(data)


def encode_lines(lines: list[str], compress: bool) -> bytes:
    data = "".join(lines).encode("utf-8")
    # mtime=0 and no file name: the same quads give the same bytes, so shard hashes are stable
    return gzip.compress(data, compresslevel=6, mtime=0) if compress else data


def document_quads(extraction: Extraction, job: ShardJob) -> list[str]:
    """One document's named graph as sorted, de-duplicated N-Quads lines."""
    from teia.graph.builder import build_document_graph, new_dataset

    if job.events is not None:
        extraction = replace(extraction, events=job.events)
    ds = new_dataset()
    build_document_graph(extraction, job.context, ds)
    return dataset_quads(ds)


def dataset_quads(ds: Any) -> list[str]:
    """A dataset as sorted, de-duplicated N-Quads lines (the lines of ``sorted_nquads``)."""
    from teia.graph.io import nquads_lines

    return sorted({f"{line}\n" for line in nquads_lines(ds.serialize(format="nquads", encoding="utf-8").decode("utf-8"))})


def write_shard(
    folder: str, name: str, results: list[ExtractResult], jobs: list[ShardJob], compress: bool = False
) -> ShardResult:
    """Write the documents of one partition into ``folder/name`` (N-Quads, gzip if asked).

    Also writes ``name`` + ``.records`` (the pickled extractions) so that a rerun with an
    unchanged manifest can rewrite this shard without extracting again.
    """
    started = time.perf_counter()
    by_id = {r.doc_id: r for r in results if r.extraction is not None}
    lines: set[str] = set()
    counts = []
    for job in sorted(jobs, key=lambda j: j.doc_id):
        quads = document_quads(by_id[job.doc_id].extraction, job)
        counts.append((job.doc_id, len(quads)))
        lines.update(quads)
    out = Path(folder)
    data = encode_lines(sorted(lines), compress)
    _write_bytes(out / name, data)
    records_name = f"{name}.records"
    extractions = tuple(by_id[j.doc_id].extraction for j in sorted(jobs, key=lambda j: j.doc_id))
    blob = gzip.compress(pickle.dumps(extractions, protocol=pickle.HIGHEST_PROTOCOL), mtime=0)
    _write_bytes(out / records_name, blob)
    return ShardResult(
        name,
        hashlib.sha256(data).hexdigest(),
        len(lines),
        tuple(counts),
        records_name,
        hashlib.sha256(blob).hexdigest(),
        time.perf_counter() - started,
    )


def read_records(path: str, sha256: str) -> list[ExtractResult]:
    """The extractions a previous run saved beside a shard (checked against the manifest)."""
    blob = Path(path).read_bytes()
    if hashlib.sha256(blob).hexdigest() != sha256:
        raise ValueError(f"{path}: records file does not match the manifest")
    extractions = pickle.loads(gzip.decompress(blob))  # noqa: S301 - our own file, hash-checked
    return [ExtractResult(ex.document.id, ex.document.sha256, ex) for ex in extractions]

