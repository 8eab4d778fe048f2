"""The extraction pipeline: a spaCy ``Language`` plus teia's components, and Doc → records.

:func:`create_pipeline` loads the shipped Portuguese pipeline (or any pipeline named with
``--model``), then adds teia's components by name. When no trained pipeline is available the
fallback is ``spacy.blank("pt")`` with a sentencizer: the gazetteer and the time recognizer
still work, the parser-based rules find nothing.

:func:`extract` is a pure function of one document given a pipeline, so the same code runs in
one process, in several, or on Dask workers.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import groupby

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from threadpoolctl import threadpool_limits

from teia.extract import components as _components  # noqa: F401  (registers factories)
from teia.extract import entities as _entities  # noqa: F401  (registers teia_entities)
from teia.extract.events import component as _events  # noqa: F401  (registers teia_events)
from teia.extract import temporal as _temporal  # noqa: F401  (registers teia_time)
from teia.extract import values as _values  # noqa: F401  (registers teia_values)
from teia.extract import lines as _lines  # noqa: F401  (registers teia_lines)
from teia.extract.relations import component as _relations  # noqa: F401  (registers teia_relations)
from teia.extract.classifier import component as _classifier  # noqa: F401  (registers teia_relation_model)
from teia.extract.abbreviations import add_abbreviations
from teia.extract.glued import split_glued_brackets
from teia.extract.classifier.labels import ASSERT_THRESHOLD
from teia.extract.docindex import doc_text
from teia.extract.entities import DOC_ID_KEY, ENTITIES, MENTIONS
from teia.extract.gazetteer import KnowledgeBase
from teia.extract.pieces import is_long, process_long
from teia.extract.workers import ordered_map
from teia.records import Document, Extraction, Sentence

__all__ = ["PipelineConfig", "create_pipeline", "doc_to_extraction", "extract", "extract_all"]

log = logging.getLogger(__name__)

TEIA_COMPONENTS = ("teia_gazetteer", "teia_entities", "teia_time", "teia_values", "teia_events", "teia_relations", "teia_relation_model")
"""teia's components, in pipeline order; ``teia_events`` and ``teia_relations`` are added when
their modules registered them, ``teia_relation_model`` when ``relation_model`` is on and the
pipeline parses."""

LINE_BREAKS = "teia_lines"
"""The component that starts a sentence at a web page's lines of their own (:mod:`teia.extract.lines`)."""

BLANK = "blank"
"""``--model blank``: no trained pipeline, rules only."""


@dataclass(frozen=True)
class PipelineConfig:
    """What the extraction depends on; hashed into the build's provenance."""

    model: str | None = None
    kb_paths: tuple[str, ...] = ()
    include_default_kb: bool = True
    relation_maps: tuple[str, ...] = ()
    relation_model: bool = False
    """Whether the relation classifier runs beside the rules (off by default: see docs/quality.md)."""
    relation_threshold: float = ASSERT_THRESHOLD
    """The relation classifier's confidence from which its relations are plain triples."""
    lexicons: tuple[str, ...] = ()
    extra: dict[str, object] = field(default_factory=dict, hash=False, compare=False)


def _base_pipeline(model: str | None) -> Language:
    if model == BLANK:
        nlp = spacy.blank("pt")
        nlp.add_pipe("sentencizer")
        return nlp
    from teia.extract.model import load_pipeline, shipped_model_path

    if model is None and not shipped_model_path().exists():
        log.warning("the shipped model is not installed (run `make model`); using rules only")
        return _base_pipeline(BLANK)
    nlp = load_pipeline(model)
    if "parser" not in nlp.pipe_names and "senter" not in nlp.pipe_names and "sentencizer" not in nlp.pipe_names:
        nlp.add_pipe("sentencizer", first=True)
    return nlp


def _add_line_breaks(nlp: Language) -> None:
    """``teia_lines`` (a web page's lines of their own start sentences) after the sentence
    splitter and before the parser, which respects the sentence starts it sets. It is a model
    pipe for :func:`~teia.extract.pieces.process_long`: it runs on each piece, before the parse."""
    if LINE_BREAKS in nlp.pipe_names:  # load_pipeline caches one pipeline per process
        return
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
    else:
        splitter = next((n for n in ("senter", "sentencizer") if n in nlp.pipe_names), None)
        if splitter is not None:
            nlp.add_pipe(LINE_BREAKS, after=splitter)


def create_pipeline(config: PipelineConfig | None = None) -> Language:
    """Build the full pipeline: base model (its tokenizer keeping teia's abbreviations whole),
    gazetteer, time expressions and teia's rules."""
    config = config or PipelineConfig()
    nlp = _base_pipeline(config.model)
    add_abbreviations(nlp, *config.lexicons)  # ``Prof.``, ``Cmdt.`` one token: no sentence cut after them
    split_glued_brackets(nlp)  # ``Nayyar(Londres``: two words and a bracket
    _add_line_breaks(nlp)
    # load_pipeline caches one pipeline per process: replace teia's components if present.
    for name in TEIA_COMPONENTS:
        if name in nlp.pipe_names:
            nlp.remove_pipe(name)
    nlp.add_pipe(
        "teia_gazetteer",
        config={"kb_paths": list(config.kb_paths), "include_default": config.include_default_kb},
    )
    nlp.add_pipe("teia_entities", config={"lexicon_paths": list(config.lexicons)} if config.lexicons else {})
    nlp.add_pipe("teia_time")
    nlp.add_pipe("teia_values", config={"lexicon_paths": list(config.lexicons)} if config.lexicons else {})
    component_config = {
        "teia_events": {"lexicon_paths": list(config.lexicons)} if config.lexicons else {},
        "teia_relations": {"mapping_paths": list(config.relation_maps)} if config.relation_maps else {},
    }
    for name in ("teia_events", "teia_relations"):
        if name in Language.factories:
            nlp.add_pipe(name, config=component_config[name])
    if config.relation_model and "parser" in nlp.pipe_names:
        from teia.extract.classifier.model import DEFAULT_MODEL_PATH

        if DEFAULT_MODEL_PATH.is_file():
            nlp.add_pipe("teia_relation_model", config={"assert_threshold": config.relation_threshold})
        else:
            log.warning("the relation model is not installed (run `make -C training relations`); rules only")
    return nlp


def _sentences(doc: Doc, doc_id: str) -> tuple[Sentence, ...]:
    if not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
        return (Sentence(doc_id, 0, len(doc.text), doc.text),)
    text = doc_text(doc)  # a slice of it is ``Span.text``, which joins the span's tokens
    return tuple(Sentence(doc_id, s.start_char, s.end_char, text[s.start_char : s.end_char]) for s in doc.sents)


def doc_to_extraction(doc: Doc, document: Document, *, model: str = "") -> Extraction:
    """Collect the records teia's components left on a processed ``Doc``."""
    return Extraction(
        document=document,
        sentences=_sentences(doc, document.id),
        mentions=_records(doc, MENTIONS),
        entities=_records(doc, ENTITIES),
        times=_records(doc, "teia_times"),
        events=_records(doc, "teia_events"),
        relations=_records(doc, "teia_relations"),
        quotations=_records(doc, "teia_quotations"),
        model=model,
    )


def _records(doc: Doc, extension: str) -> tuple:
    """Records a component stored on ``doc._.<extension>`` (empty when it did not run)."""
    if not Doc.has_extension(extension):
        return ()
    return tuple(getattr(doc._, extension) or ())


def model_name(nlp: Language) -> str:
    """``<lang>_<name>-<version>`` as spaCy packages are named (``pt_core_news_lg-3.8.0``);
    a meta name that already starts with the language (``pt_teia``) is not prefixed twice."""
    lang = nlp.meta.get("lang", "pt")
    name = nlp.meta.get("name", "pipeline")
    if not name.startswith(f"{lang}_"):
        name = f"{lang}_{name}"
    return f"{name}-{nlp.meta.get('version', '0')}"


def make_doc(nlp: Language, document: Document) -> Doc:
    """Tokenize a document and tag the Doc with its id, so components can cite it."""
    doc = nlp.make_doc(document.text)
    doc.user_data[DOC_ID_KEY] = document.id
    return doc


def process(nlp: Language, document: Document) -> Doc:
    """Run the pipeline over one document; a long one in pieces (:mod:`teia.extract.pieces`)."""
    if is_long(document.text):
        return process_long(nlp, document.text, DOC_ID_KEY, document.id, TEIA_COMPONENTS)
    return nlp(make_doc(nlp, document))


def extract(document: Document, nlp: Language) -> Extraction:
    """Extract the records of one document."""
    return doc_to_extraction(process(nlp, document), document, model=model_name(nlp))


def extract_all(
    documents: Iterable[Document],
    nlp: Language,
    *,
    n_process: int = 1,
    batch_size: int = 16,
    progress: Callable[[Document], None] | None = None,
) -> Iterator[Extraction]:
    """Extract many documents; results come in input order.

    With ``n_process > 1`` the documents are shared out to forked worker processes that each
    run :func:`extract` with the pipeline they inherited and send back the records (spaCy's
    own multiprocessing would have to serialize the records on the Doc, which msgpack cannot).
    A worker that dies or stops raises :class:`~teia.errors.WorkerError`.
    """
    if n_process > 1:
        if "fork" in multiprocessing.get_all_start_methods():
            yield from _extract_forked(documents, nlp, n_process, progress)
            return
        log.warning("processes cannot be forked on this platform; extracting in one process")
    name = model_name(nlp)
    # short documents in batches through nlp.pipe, a long one alone and in pieces
    for long, run in groupby(documents, key=lambda d: is_long(d.text)):
        if long:
            done: Iterable[tuple[Doc, Document]] = ((process(nlp, d), d) for d in run)
        else:
            done = nlp.pipe(((make_doc(nlp, d), d) for d in run), as_tuples=True, batch_size=batch_size)
        for doc, document in done:
            if progress is not None:
                progress(document)
            yield doc_to_extraction(doc, document, model=name)


def _one_blas_thread() -> None:
    """Worker initializer: one BLAS thread per forked worker. teia runs the CNNs on NumPy's
    BLAS (``model.py``), which starts a thread per core in every process; ``n_process``
    workers each doing so oversubscribed the cores, and 2 processes were slower than 1."""
    threadpool_limits(limits=1, user_api="blas")


def _extract_in_worker(nlp: Language, document: Document) -> Extraction:
    return extract(document, nlp)


def _extract_forked(
    documents: Iterable[Document],
    nlp: Language,
    n_process: int,
    progress: Callable[[Document], None] | None,
) -> Iterator[Extraction]:
    """The workers inherit ``nlp`` by ``fork``; a worker that dies or stops is a
    :class:`~teia.errors.WorkerError` naming the documents it had (:mod:`teia.extract.workers`)."""
    work = partial(_extract_in_worker, nlp)
    for extraction in ordered_map(work, documents, n_process, initializer=_one_blas_thread,
                                  describe=lambda d: d.id, what="extraction worker"):
        if progress is not None:
            progress(extraction.document)
        yield extraction


def pipeline_kb(nlp: Language) -> KnowledgeBase | None:
    """The knowledge base of the pipeline's gazetteer, if it has one."""
    if "teia_gazetteer" not in nlp.pipe_names:
        return None
    return nlp.get_pipe("teia_gazetteer").kb
