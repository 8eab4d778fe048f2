"""``teia build --store``: the graphs of a build written into an Oxigraph store as they are made.

:class:`StoreSink` takes the graphs of a build one at a time (the entities graph, then one small
``Dataset`` per document, as :func:`teia.graph.stream.stream_graphs` makes them) and brings the
store to what :func:`teia.graph.store.sync_documents` would make of the whole dataset: a new
document is added, a document whose ``teia:sha256`` changed (or an edited file: same
``teia:path``, new document IRI) is replaced, each in one transaction, an unchanged one is
left alone; shared graphs (the entities graph) are replaced whole. :meth:`StoreSink.finish`
then removes the documents the build no longer has. The store never needs the whole corpus in
memory, and neither does the build.
"""

from __future__ import annotations

import os

from rdflib import Dataset
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

__all__ = ["StoreSink"]


class StoreSink:
    """Context of one build writing into the store at ``path`` (created if missing).

    The store is opened (and so locked against another writer) when the sink is made, so a
    store that cannot be opened fails the build before any extraction.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        from teia.graph.store import SyncReport, _paths_in_store, documents_in_store, open_store

        self.path = path
        self.store = open_store(path, create=True)
        self.old = documents_in_store(self.store)
        self.old_by_path = _paths_in_store(self.store)
        self.report = SyncReport()
        self.new: set[str] = set()
        self.shared: set[str] = set()
        self.superseded: set[str] = set()

    def add(self, ds: Dataset) -> Dataset:
        """Write the named graphs of ``ds`` (one document's, or a shared one) and return ``ds``."""
        from teia.graph.store import _path_of, documents_in_dataset, replace_document, replace_graph

        docs = documents_in_dataset(ds)
        for ctx in ds.graphs():
            iri = str(ctx.identifier)
            if ctx.identifier == DATASET_DEFAULT_GRAPH_ID or not len(ctx):
                continue
            if iri not in docs:
                replace_graph(self.store, iri, ctx)
                self.shared.add(iri)
                continue
            self.new.add(iri)
            if iri in self.old:
                if self.old[iri] == docs[iri]:
                    self.report.unchanged.append(iri)
                    continue
                self.report.replaced.append(iri)
            else:
                previous = [o for o in self.old_by_path.get(_path_of(ds, iri), ()) if o != iri]
                self.superseded.update(previous)
                (self.report.replaced if previous else self.report.added).append(iri)
            replace_document(self.store, iri, ctx)
        return ds

    def finish(self) -> object:
        """Remove what the build no longer has; returns the :class:`~teia.graph.store.SyncReport`."""
        from teia.graph.store import ENTITIES_GRAPH, remove_document

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
            from teia.errors import OutputError

            raise OutputError(f"{self.path}: cannot write to the store ({exc})") from None
        return self.report
