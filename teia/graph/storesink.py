"""``teia build --store``: the graphs of a build written into an Oxigraph store as they are made.

:class:`StoreSink` takes the graphs of a build one at a time (the entities graph, then each
document's graph, as :func:`teia.graph.stream.stream_graphs` makes them) and brings the
store to what :func:`teia.graph.store.sync_documents` would make of the whole dataset: a new
document is added, a document whose ``teia:sha256`` changed (or an edited file: same
``teia:path``, new document IRI) is replaced, each in one transaction, an unchanged one is
left alone; shared graphs (the entities graph) are replaced whole. :meth:`StoreSink.finish`
then removes the documents the build no longer has. The store never needs the whole corpus in
memory, and neither does the build.
"""

from __future__ import annotations

import os

from rdflib import RDF

from teia.errors import OutputError
from teia.graph.store import (
    ENTITIES_GRAPH,
    SyncReport,
    _paths_in_store,
    documents_in_store,
    open_store,
    remove_document,
    replace_document,
    replace_graph,
)
from teia.graph.stream import NamedTriples
from teia.ontology.namespace import TEIA

__all__ = ["StoreSink"]


class StoreSink:
    """Context of one build writing into the store at ``path`` (created if missing).

    The store is opened (and so locked against another writer) when the sink is made, so a
    store that cannot be opened fails the build before any extraction.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = path
        self.store = open_store(path, create=True)
        self.old = documents_in_store(self.store)
        self.old_by_path = _paths_in_store(self.store)
        self.report = SyncReport()
        self.new: set[str] = set()
        self.shared: set[str] = set()
        self.superseded: set[str] = set()

    def add(self, graph: NamedTriples) -> NamedTriples:
        """Write one named graph (a document's, or a shared one) and return it."""
        name, triples = graph
        iri = str(name)
        if not triples:
            return graph
        if (name, RDF.type, TEIA.Document) not in triples:
            replace_graph(self.store, iri, triples)
            self.shared.add(iri)
            return graph
        about = {p: str(o) for s, p, o in triples if s == name and p in (TEIA.sha256, TEIA.path)}
        sha, path = about.get(TEIA.sha256, iri), about.get(TEIA.path, "")
        self.new.add(iri)
        if iri in self.old:
            if self.old[iri] == sha:
                self.report.unchanged.append(iri)
                return graph
            self.report.replaced.append(iri)
        else:
            previous = [o for o in self.old_by_path.get(path, ()) if o != iri]
            self.superseded.update(previous)
            (self.report.replaced if previous else self.report.added).append(iri)
        replace_document(self.store, iri, triples)
        return graph

    def finish(self) -> SyncReport:
        """Remove what the build no longer has; returns the :class:`~teia.graph.store.SyncReport`."""
        superseded = self.superseded - self.new
        self.report.removed = sorted(set(self.old) - self.new - superseded)
        for iri in sorted(superseded) + self.report.removed:
            remove_document(self.store, iri)
        if ENTITIES_GRAPH not in self.shared:
            remove_document(self.store, ENTITIES_GRAPH)
        for name in ("added", "replaced", "unchanged"):
            getattr(self.report, name).sort()
        try:
            self.store.flush()
        except OSError as exc:
            raise OutputError(f"{self.path}: cannot write to the store ({exc})") from None
        return self.report
