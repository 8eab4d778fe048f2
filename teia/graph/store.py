"""The on-disk Oxigraph store behind ``teia build --store``, ``teia load`` and ``teia serve``.

The store keeps the shape of the built dataset: one named graph per document (named by the
document IRI) and a shared named graph of entity descriptions. Because each document lives
in its own graph, a rebuild only touches what changed: :func:`sync_documents` compares the
``teia:sha256`` of every ``teia:Document`` in the new dataset with the store and adds,
replaces or removes document graphs; shared graphs are replaced whole.

Writes that must be atomic (replacing one document) go through one SPARQL update, which
Oxigraph applies in a single transaction.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF
from rdflib.term import Node

from teia.errors import InputError, OutputError
from teia.graph.query import to_oxigraph
from teia.ontology.namespace import TEIA

__all__ = [
    "DOC_GRAPH_PREFIX",
    "ENTITIES_GRAPH",
    "TEIA_NS",
    "SyncReport",
    "open_store",
    "load_dataset",
    "bulk_load_files",
    "replace_document",
    "replace_graph",
    "remove_document",
    "documents_in_store",
    "documents_in_dataset",
    "sync_documents",
    "store_quad_count",
]

TEIA_NS = str(TEIA)
DOC_GRAPH_PREFIX = "https://w3id.org/teia/id/doc/"
ENTITIES_GRAPH = "https://w3id.org/teia/id/graph/entities"

_DOCUMENT = TEIA.Document
_SHA256 = TEIA.sha256
_PATH = TEIA.path

_FORMATS = {
    ".nq": ox.RdfFormat.N_QUADS,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".ttl": ox.RdfFormat.TURTLE,
    ".trig": ox.RdfFormat.TRIG,
    ".jsonld": ox.RdfFormat.JSON_LD,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".n3": ox.RdfFormat.N3,
}


@dataclass
class SyncReport:
    """Document IRIs per outcome of :func:`sync_documents` (each list sorted)."""

    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.replaced or self.removed)

    def summary(self) -> str:
        return (
            f"{len(self.added)} added, {len(self.replaced)} replaced, "
            f"{len(self.removed)} removed, {len(self.unchanged)} unchanged"
        )

    def __str__(self) -> str:
        return self.summary()


# --------------------------------------------------------------------------------------
# opening


def is_store(path: Path) -> bool:
    """Whether ``path`` is a directory holding an Oxigraph store."""
    # Oxigraph's on-disk store is a RocksDB directory, which always has CURRENT.
    return (path / "CURRENT").is_file()


def open_store(path: str | os.PathLike[str], *, create: bool = False, read_only: bool = False) -> ox.Store:
    """Open the Oxigraph store at ``path``.

    With ``create`` a missing or empty directory becomes a new store; an existing directory
    that holds other files is never turned into a store. ``read_only`` opens a store that
    another process (e.g. ``teia serve``) may be reading at the same time.
    Raises :class:`InputError` if the path is not a store, :class:`OutputError` if the store
    cannot be created or opened for writing.
    """
    p = Path(path)
    if p.exists() and not p.is_dir():
        raise InputError(f"{p}: not an Oxigraph store (it is a file, a store is a directory)")
    if read_only and create:
        raise OutputError(f"{p}: cannot create a store in read-only mode")
    if not p.exists() or not any(p.iterdir()):
        if not create:
            raise InputError(f"{p}: no Oxigraph store here (build one with `teia build --store {p}`)")
        try:
            p.mkdir(parents=True, exist_ok=True)
            return ox.Store(str(p))
        except OSError as exc:
            raise OutputError(f"{p}: cannot create an Oxigraph store: {exc}") from None
    if not is_store(p):
        raise InputError(f"{p}: not an Oxigraph store (the directory has other files and no store data)")
    try:
        if read_only:
            return ox.Store.read_only(str(p))
        return ox.Store(str(p))
    except OSError as exc:
        msg = str(exc)
        if "lock" in msg.lower():
            raise OutputError(
                f"{p}: the store is in use by another process (a running `teia serve`?); "
                "stop it or open the store read-only"
            ) from None
        error = InputError if read_only else OutputError
        raise error(f"{p}: cannot open the Oxigraph store: {msg}") from None


# --------------------------------------------------------------------------------------
# conversion helpers


def _graph_name(graph: Node | None) -> object:
    if graph is None or (isinstance(graph, URIRef) and str(graph) == "urn:x-rdflib:default"):
        return ox.DefaultGraph()
    return to_oxigraph(graph)


def _dataset_quads(dataset: Graph) -> Iterator[ox.Quad]:
    if isinstance(dataset, ConjunctiveGraph):
        for s, p, o, g in dataset.quads((None, None, None, None)):
            gid = g.identifier if isinstance(g, Graph) else g
            yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), _graph_name(gid))
    else:
        for s, p, o in dataset:
            yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph())


def _format_for(path: Path) -> ox.RdfFormat:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        raise InputError(f"{path}: compressed files are not supported; decompress it first")
    fmt = _FORMATS.get(suffixes[-1] if suffixes else "")
    if fmt is None:
        known = ", ".join(sorted(_FORMATS))
        raise InputError(f"{path}: unknown RDF file type (expected one of {known})")
    return fmt


# --------------------------------------------------------------------------------------
# loading


def load_dataset(store: ox.Store, data: Graph | str | os.PathLike[str]) -> None:
    """Add an rdflib dataset/graph, or an RDF file (N-Quads, TriG, Turtle...), to the store.

    An rdflib dataset keeps its named graphs; a plain graph goes to the default graph. The
    addition is transactional for rdflib data and for files (``Store.load``).
    """
    if isinstance(data, Graph):
        try:
            store.extend(list(_dataset_quads(data)))
        except OSError as exc:
            raise OutputError(f"cannot write to the store: {exc}") from None
        return
    path = Path(data)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    fmt = _format_for(path)
    try:
        store.load(path=str(path), format=fmt)
    except SyntaxError as exc:
        raise InputError(f"{path}: invalid {path.suffix[1:]} data: {exc}") from None
    except OSError as exc:
        raise OutputError(f"cannot load {path} into the store: {exc}") from None


def bulk_load_files(store: ox.Store, paths: Sequence[str | os.PathLike[str]], *, lenient: bool = False) -> None:
    """Load big RDF files (typically ``graph.nq``) with Oxigraph's bulk loader.

    Much faster than :func:`load_dataset` and does not keep the file in memory, but it is
    not transactional: a file with an error half way leaves its first part in the store.
    """
    files = [Path(p) for p in paths]
    for path in files:
        if not path.is_file():
            raise InputError(f"{path}: no such file")
    for path in files:
        fmt = _format_for(path)
        try:
            store.bulk_load(path=str(path), format=fmt, lenient=lenient)
        except SyntaxError as exc:
            raise InputError(f"{path}: invalid {path.suffix[1:]} data: {exc}") from None
        except OSError as exc:
            raise OutputError(f"cannot load {path} into the store: {exc}") from None
    try:
        store.flush()
    except OSError as exc:
        raise OutputError(f"cannot write to the store: {exc}") from None


def _as_triples(quads: Graph | Iterable[tuple]) -> Iterator[tuple[Node, Node, Node]]:
    for item in quads:
        yield item[0], item[1], item[2]


def _sparql_term(term: Node) -> str:
    # pyoxigraph prints terms in N-Triples syntax, which SPARQL accepts as is.
    return str(to_oxigraph(term))


def _replace_update(graph_iri: str, triples: Iterable[tuple[Node, Node, Node]]) -> str:
    g = _sparql_term(URIRef(graph_iri))
    lines = [f"{_sparql_term(s)} {_sparql_term(p)} {_sparql_term(o)} ." for s, p, o in triples]
    if not lines:
        return f"DROP SILENT GRAPH {g}"
    body = "\n".join(lines)
    return f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}"


def replace_graph(store: ox.Store, graph_iri: str, triples: Graph | Iterable[tuple]) -> None:
    """Replace the content of one named graph, in a single transaction."""
    try:
        store.update(_replace_update(str(graph_iri), _as_triples(triples)))
    except SyntaxError as exc:  # a term we serialised badly: a bug, but say where
        raise OutputError(f"cannot replace graph <{graph_iri}>: {exc}") from None
    except OSError as exc:
        raise OutputError(f"cannot write to the store: {exc}") from None


def replace_document(store: ox.Store, doc_iri: str, quads: Graph | Iterable[tuple]) -> None:
    """Drop the named graph of a document and insert its new triples, atomically.

    ``quads`` may be an rdflib graph, triples or quads (their graph part is ignored: every
    triple goes to the graph named ``doc_iri``). Blank nodes get fresh identities.
    """
    replace_graph(store, doc_iri, quads)


def _doc_for_path(store: ox.Store, path: str) -> list[str]:
    query = (
        f"SELECT DISTINCT ?doc WHERE {{ ?doc a {_sparql_term(_DOCUMENT)} ; "
        f"{_sparql_term(_PATH)} {_sparql_term(Literal(path))} . }}"
    )
    sols = store.query(query, use_default_graph_as_union=True)
    return [sol["doc"].value for sol in sols if isinstance(sol["doc"], ox.NamedNode)]


def remove_document(store: ox.Store, doc: str | os.PathLike[str]) -> list[str]:
    """Remove a document's named graph, given its IRI or its ``teia:path``.

    Returns the IRIs of the removed graphs (empty when nothing matched).
    """
    text = os.fspath(doc)
    if text.startswith(("http://", "https://", "urn:")):
        iris = [text]
    else:
        iris = _doc_for_path(store, text)
    removed = []
    for iri in iris:
        node = ox.NamedNode(iri)
        try:
            if store.contains_named_graph(node):
                store.remove_graph(node)
                removed.append(iri)
        except OSError as exc:
            raise OutputError(f"cannot write to the store: {exc}") from None
    return removed


# --------------------------------------------------------------------------------------
# documents and sync

_DOCS_QUERY = f"""
SELECT ?doc ?hash WHERE {{
  ?doc a <{_DOCUMENT}> .
  OPTIONAL {{ ?doc <{_SHA256}> ?hash }}
}}
"""


def _doc_key(iri: str) -> str:
    return iri[len(DOC_GRAPH_PREFIX):] if iri.startswith(DOC_GRAPH_PREFIX) else iri


def documents_in_store(store: ox.Store) -> dict[str, str]:
    """Document IRI → its ``teia:sha256`` (or its key when the hash is missing)."""
    try:
        sols = store.query(_DOCS_QUERY, use_default_graph_as_union=True)
        out: dict[str, str] = {}
        for sol in sols:
            doc = sol["doc"]
            if not isinstance(doc, ox.NamedNode):
                continue
            h = sol["hash"]
            out[doc.value] = h.value if h is not None else out.get(doc.value, _doc_key(doc.value))
        return out
    except OSError as exc:
        raise InputError(f"cannot read the store: {exc}") from None


def documents_in_dataset(dataset: Graph) -> dict[str, str]:
    """Same as :func:`documents_in_store`, for an rdflib dataset or graph."""
    out: dict[str, str] = {}
    if isinstance(dataset, ConjunctiveGraph):
        quads = dataset.quads((None, RDF.type, _DOCUMENT, None))
        docs = {s for s, _, _, _ in quads}
        triples_of = lambda s: dataset.quads((s, _SHA256, None, None))  # noqa: E731
    else:
        docs = set(dataset.subjects(RDF.type, _DOCUMENT))
        triples_of = lambda s: ((s, _SHA256, o, None) for o in dataset.objects(s, _SHA256))  # noqa: E731
    for doc in docs:
        if not isinstance(doc, URIRef):
            continue
        hashes = sorted(str(q[2]) for q in triples_of(doc))
        out[str(doc)] = hashes[0] if hashes else _doc_key(str(doc))
    return out


def _graph_triples(dataset: Graph, iri: str) -> Graph:
    if isinstance(dataset, ConjunctiveGraph):
        return dataset.get_context(URIRef(iri))
    raise InputError("sync needs a dataset with one named graph per document")


def _graphs(dataset: ConjunctiveGraph) -> Iterable[Graph]:
    graphs = getattr(dataset, "graphs", None)  # rdflib >= 7.2 Dataset
    return graphs() if callable(graphs) else dataset.contexts()


def _default_graph(dataset: ConjunctiveGraph) -> Graph | None:
    if isinstance(dataset, Dataset) and hasattr(dataset, "default_graph"):
        return dataset.default_graph
    return dataset.default_context


def _path_of(dataset: Graph, iri: str) -> str:
    return str(dataset.value(URIRef(iri), _PATH) or "")


def _paths_in_store(store: ox.Store) -> dict[str, list[str]]:
    """``teia:path`` → the document IRIs the store holds under that path."""
    out: dict[str, list[str]] = {}
    try:
        for quad in store.quads_for_pattern(None, ox.NamedNode(str(_PATH)), None, None):
            if isinstance(quad.subject, ox.NamedNode):
                out.setdefault(quad.object.value, []).append(quad.subject.value)
    except OSError as exc:
        raise InputError(f"cannot read the store: {exc}") from None
    return out


def sync_documents(store: ox.Store, dataset: Dataset) -> SyncReport:
    """Make the store hold exactly the documents of ``dataset``.

    New documents are added, documents whose ``teia:sha256`` changed are replaced (each in
    one transaction), documents absent from the dataset are removed and the others are left
    alone. Every named graph of the dataset that is not a document graph (the shared
    entities graph) is replaced as a whole; the store's default graph is replaced only when
    the dataset has triples in its default graph.
    """
    if not isinstance(dataset, ConjunctiveGraph):
        raise InputError("sync needs an rdflib Dataset with one named graph per document")
    new = documents_in_dataset(dataset)
    old = documents_in_store(store)
    # A document's IRI changes with its content: an edited file is the same path under a
    # new IRI, which is a replacement, not an addition plus a removal.
    old_by_path = _paths_in_store(store)
    superseded: list[str] = []
    report = SyncReport()
    for iri in sorted(new):
        if iri in old:
            (report.replaced if old[iri] != new[iri] else report.unchanged).append(iri)
            continue
        previous = [o for o in old_by_path.get(_path_of(dataset, iri), ()) if o not in new]
        if previous:
            report.replaced.append(iri)
            superseded.extend(previous)
        else:
            report.added.append(iri)
    report.removed = sorted(set(old) - set(new) - set(superseded))

    for iri in report.added + report.replaced:
        replace_document(store, iri, _graph_triples(dataset, iri))
    for iri in sorted(set(superseded)) + report.removed:
        remove_document(store, iri)

    default_id = _default_graph(dataset)
    default_iri = str(default_id.identifier) if default_id is not None else None
    shared = set()
    for ctx in _graphs(dataset):
        ident = ctx.identifier
        if isinstance(ident, URIRef) and str(ident) != default_iri and str(ident) not in new:
            shared.add(str(ident))
    shared.add(ENTITIES_GRAPH)
    for iri in sorted(shared):
        ctx = dataset.get_context(URIRef(iri))
        if len(ctx):
            replace_graph(store, iri, ctx)
        else:
            remove_document(store, iri)
    if default_id is not None and len(default_id):
        try:
            store.update(
                "CLEAR SILENT DEFAULT ; INSERT DATA { "
                + "\n".join(f"{_sparql_term(s)} {_sparql_term(p)} {_sparql_term(o)} ." for s, p, o in default_id)
                + " }"
            )
        except OSError as exc:
            raise OutputError(f"cannot write to the store: {exc}") from None
    try:
        store.flush()
    except OSError as exc:
        raise OutputError(f"cannot write to the store: {exc}") from None
    return report


def store_quad_count(store: ox.Store) -> int:
    """Number of quads in the store (a full scan; for messages and tests)."""
    return len(store)

