"""The library API: :func:`build` a :class:`KnowledgeGraph` from documents, then query,
project, export and save it.

This is the one module that joins the two halves: it runs ``teia.extract`` on documents and
hands the records to ``teia.graph``.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Dataset

from teia import __version__
from teia.extract.classifier.labels import ASSERT_THRESHOLD
from teia.extract.records import Document, Extraction, MergeDecision, Resolution
from teia.graph.builder import BuildInfo, build_dataset, config_hash
from teia.graph.cooccurrence import SEGMENTS, document_segments, segments_line
from teia.graph.io import (
    atomic_write,
    ensure_dir,
    file_digest,
    load_graph,
    write_outputs,
)
from teia.graph.iris import DEFAULT_BASE

__all__ = ["MERGE_LOG", "KnowledgeGraph", "build", "load", "read_merge_log", "reject_merge"]

MERGE_LOG = "merge-log.jsonl"
"""File name of the merge log written next to the graph."""


@dataclass
class KnowledgeGraph:
    """A built graph: the RDF dataset plus the records it came from (when built here)."""

    dataset: Dataset
    extractions: tuple[Extraction, ...] = ()
    resolution: Resolution = field(default_factory=Resolution)
    info: BuildInfo | None = None

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

    # --- saving --------------------------------------------------------------------------
    def save(self, out_dir: str | os.PathLike[str]) -> list[Path]:
        """Write ``graph.ttl``, ``graph.nt``, ``graph.nq``, ``graph.trig``, the merge log and the
        documents' sentence and paragraph offsets (``segments.jsonl``, for ``teia export
        --cooccurrence``)."""
        out = ensure_dir(Path(out_dir))
        written = write_outputs(self.dataset, out)
        if self.extractions or self.resolution.merges:
            log_path = out / MERGE_LOG
            with atomic_write(log_path) as handle:
                for m in self.resolution.merges:
                    handle.write(json.dumps(merge_to_json(m), ensure_ascii=False, sort_keys=True) + "\n")
            written.append(log_path)
        if self.extractions:
            written.append(self._save_segments(out / SEGMENTS))
        return written

    def _save_segments(self, path: Path) -> Path:
        from teia.ontology.namespace import TEIA

        iri_of = {str(p): str(d) for d, p in self.dataset.subject_objects(TEIA.path)}
        with atomic_write(path) as handle:
            for ex in self.extractions:
                iri = iri_of.get(ex.document.id)
                if iri is not None:
                    spans = ((s.start, s.end) for s in ex.sentences)
                    handle.write(segments_line(document_segments(iri, ex.document.text, spans)))
        return path


def merge_to_json(m: MergeDecision) -> dict[str, str]:
    return {
        "entity": m.entity,
        "label": m.label,
        "merged": m.merged,
        "rule": m.rule,
        "evidence": m.evidence,
        "status": m.status,
    }


def build(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    out: str | os.PathLike[str] | None = None,
    model: str | None = None,
    kb: Sequence[str | os.PathLike[str]] = (),
    base: str = DEFAULT_BASE,
    n_process: int = 1,
    progress: Callable[[Document], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    merges: str | os.PathLike[str] | None = None,
    relations_map: str | os.PathLike[str] | None = None,
    relation_threshold: float | None = None,
) -> KnowledgeGraph:
    """Build the knowledge graph of documents (files, folders or globs).

    ``model`` names a spaCy pipeline (default: the shipped one; ``"blank"`` for rules only);
    ``kb`` adds knowledge-base files to the gazetteer; ``merges`` is a file of accepted and
    rejected merges (see ``docs/entities.md``); ``relations_map`` a file of verb and noun frames
    extending the relation mapping (see ``docs/relations.md``); ``relation_threshold`` the
    relation classifier's confidence from which its relations are plain triples (default 0.8;
    below, only the statement is written); ``out`` writes the graph files there.
    """
    from teia.extract.pipeline import extract_all, model_name, pipeline_kb
    from teia.extract.reader import find_sources, read_document
    from teia.extract.resolve import load_overrides

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    sources = find_sources(paths)
    documents = [read_document(s) for s in sources]  # read all first: bad input fails early
    if on_start is not None:
        on_start(len(documents))
    config = pipeline_config(model=model, kb=kb, relations_map=relations_map, relation_threshold=relation_threshold)
    overrides = load_overrides(merges) if merges is not None else None
    nlp = make_pipeline(config, overrides)
    extractions = tuple(extract_all(documents, nlp, n_process=n_process, progress=progress))
    extractions, resolution = resolve(extractions, pipeline_kb(nlp), overrides)
    info = build_info(model_name(nlp), base, config, merges)
    dataset = build_dataset(extractions, resolution, base=base, info=info)
    kg = KnowledgeGraph(dataset, extractions, resolution, info)
    if out is not None:
        kg.save(out)
    return kg


# The steps of a build shared by :func:`build` and the distributed build (:mod:`teia.scale`):
# the same pipeline, the same corpus-wide resolution and the same provenance.


def pipeline_config(
    *,
    model: str | None = None,
    kb: Sequence[str | os.PathLike[str]] = (),
    relations_map: str | os.PathLike[str] | None = None,
    relation_threshold: float | None = None,
) -> Any:
    """The ``PipelineConfig`` of a build's options."""
    from teia.extract.pipeline import PipelineConfig

    extra = {} if relation_threshold is None else {"relation_threshold": float(relation_threshold)}
    return PipelineConfig(
        model=model,
        kb_paths=tuple(os.fspath(k) for k in kb),
        relation_maps=(os.fspath(relations_map),) if relations_map is not None else (),
        **extra,
    )


def make_pipeline(config: Any, overrides: Any = None) -> Any:
    """The extraction pipeline for a ``PipelineConfig`` and optional merge overrides."""
    from teia.extract.pipeline import create_pipeline

    nlp = create_pipeline(config)
    if overrides is not None:
        nlp.get_pipe("teia_entities").overrides = overrides
    return nlp


def resolve(
    extractions: Sequence[Extraction], kb: Any, overrides: Any = None
) -> tuple[tuple[Extraction, ...], Resolution]:
    """Resolve entities and events across the corpus; returns the (event-updated) extractions.

    Reads only each extraction's document, entities (with their mentions) and events, so
    compact summaries give the same resolution as full extractions.
    """
    from teia.extract.event_coref import resolve_events
    from teia.extract.resolve import resolve_corpus

    resolution = resolve_corpus(extractions, kb, overrides=overrides)
    return resolve_events(extractions, resolution, overrides)


def build_info(
    name: str, base: str, config: Any, merges: str | os.PathLike[str] | None = None
) -> BuildInfo:
    """The provenance of a build: software, model name and the hash of the configuration."""
    return BuildInfo(
        software_version=__version__,
        model=name,
        config_hash=config_hash(
            [
                __version__, name, base,
                # files by content, not by path: the same inputs give the same build IRI anywhere
                *(file_digest(p) for p in config.kb_paths),
                *([file_digest(merges)] if merges else []),
                *(file_digest(p) for p in config.relation_maps),
                # the default threshold leaves the hash of earlier builds as it was
                *([f"relation_threshold={config.relation_threshold}"] if config.relation_threshold != ASSERT_THRESHOLD else []),
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


def load(path: str | os.PathLike[str]) -> KnowledgeGraph:
    """Load a graph written by :meth:`KnowledgeGraph.save` (or any RDF file).

    Given an output folder, the ``merge-log.jsonl`` in it (when there is one) fills
    :attr:`KnowledgeGraph.merges`.
    """
    dataset = load_graph(path)
    log = Path(path) / MERGE_LOG
    merges = read_merge_log(log) if Path(path).is_dir() and log.exists() else ()
    return KnowledgeGraph(dataset, resolution=Resolution(merges=merges))


def read_merge_log(path: str | os.PathLike[str]) -> tuple[MergeDecision, ...]:
    """The decisions of a ``merge-log.jsonl`` file, in its order.

    Raises :class:`~teia.errors.InputError` naming the file and line of a malformed entry.
    """
    from teia.errors import InputError
    from teia.extract.jsonl import iter_jsonl

    p = Path(path)
    decisions = []
    for lineno, obj in iter_jsonl(p, "merge log"):
        fields = ("entity", "label", "merged", "rule", "evidence", "status")
        if not isinstance(obj, dict) or not all(isinstance(obj.get(k), str) for k in fields):
            raise InputError(f"{p}:{lineno}: a merge-log entry needs the texts {', '.join(fields)}")
        decisions.append(MergeDecision(**{k: obj[k] for k in fields}))
    return tuple(decisions)


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
    from teia.errors import InputError
    from teia.extract.resolve import REJECTED, load_overrides

    p = Path(path)
    line = json.dumps(dict(merge_to_json(decision), status=REJECTED), ensure_ascii=False, sort_keys=True)
    try:
        old = p.read_text(encoding="utf-8") if p.exists() else ""
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{p}: cannot read the override file ({exc})") from None
    if line not in old.splitlines():
        comment = "".join(f"// {text}\n" for text in (note or "").splitlines() if text.strip())
        with atomic_write(p) as handle:
            handle.write(old + ("\n" if old and not old.endswith("\n") else "") + comment + line + "\n")
    load_overrides(p)
    return p

