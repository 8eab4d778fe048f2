"""An rdflib :class:`~rdflib.Dataset` kept in Oxigraph, for graphs too big for rdflib's memory.

rdflib's memory store needs about 1.9 GB and minutes of parsing for a million quads, and
answers some cookbook queries in tens of seconds; Oxigraph loads the same N-Quads in seconds
into a fraction of that memory and answers them in one or two (``docs/benchmarks.md``). The
``oxrdflib`` plugin puts an Oxigraph store behind the rdflib ``Store`` interface, so the
dataset stays an rdflib ``Dataset`` (``triples``, ``quads``, ``graph``, ``serialize``...).

:class:`TeiaOxigraphStore` is oxrdflib's store with these changes:

* terms are converted by :func:`teia.graph.query.from_oxigraph`, so a plain string literal
  comes back as rdflib parses it (no explicit ``xsd:string``) and the SHACL shapes, the
  exports and the stats see the same terms as with the memory store;
* Oxigraph keeps every integer as an ``xsd:integer``: the only integers teia writes, the
  NIF offsets (``nif:beginIndex``, ``nif:endIndex``, ``xsd:nonNegativeInteger``), get their
  datatype back, so the graph still conforms to the shapes. SPARQL results from Oxigraph
  (``kg.query``) show them as ``xsd:integer``. Decimals come back in canonical form
  (``0.7`` for the ``0.700`` of a file): the same values, not the same bytes;
* :attr:`TeiaOxigraphStore.oxigraph` gives the ``pyoxigraph.Store`` itself, which
  :func:`teia.graph.query.run_query` uses to run SPARQL in Oxigraph rather than through
  rdflib's evaluator.

One difference stays: over the union of the graphs, ``dataset.triples(pattern)`` yields a
triple once per named graph that holds it (rdflib's memory store yields it once).
``dataset.quads`` is the same on both. :func:`load_file` reads a graph file into one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from oxrdflib._converter import from_ox_graph_name, to_ox_quad_pattern
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import XSD

from teia.errors import InputError
from teia.graph.query import from_oxigraph
from teia.ontology.namespace import NIF, bind_prefixes

__all__ = ["SUFFIXES", "TeiaOxigraphStore", "oxigraph_dataset", "load_file", "oxigraph_of"]


SUFFIXES = (".nq", ".trig", ".ttl", ".nt")
"""The graph files :func:`load_file` reads."""
_OFFSETS = frozenset({NIF.beginIndex, NIF.endIndex})


def _object(predicate: Any, term: Any) -> Any:
    value = from_oxigraph(term)
    if predicate in _OFFSETS and isinstance(value, Literal) and value.datatype == XSD.integer:
        return Literal(str(value), datatype=XSD.nonNegativeInteger)
    return value


class TeiaOxigraphStore(OxigraphStore):
    """oxrdflib's Oxigraph store, with teia's term conversion (see the module)."""

    def __init__(self, store: ox.Store | None = None) -> None:
        super().__init__(store=store if store is not None else ox.Store())

    @property
    def oxigraph(self) -> ox.Store:
        """The ``pyoxigraph.Store`` behind the dataset."""
        return self._inner

    def triples(self, triple_pattern: Any, context: Graph | None = None) -> Iterator[tuple[tuple, Iterator[Graph]]]:
        try:
            pattern = to_ox_quad_pattern(triple_pattern, context)
        except (TypeError, ValueError):  # a term Oxigraph cannot hold matches nothing
            return
        for q in self._inner.quads_for_pattern(*pattern):
            p = from_oxigraph(q.predicate)
            yield (from_oxigraph(q.subject), p, _object(p, q.object)), iter((from_ox_graph_name(q.graph_name, self),))


def oxigraph_dataset(store: ox.Store | None = None) -> Dataset:
    """An rdflib ``Dataset`` (union default graph, teia's prefixes) over ``store`` (a new
    in-memory Oxigraph store when None)."""
    dataset = Dataset(store=TeiaOxigraphStore(store), default_union=True)
    bind_prefixes(dataset)
    return dataset


def oxigraph_of(graph: Graph) -> ox.Store | None:
    """The Oxigraph store behind an rdflib graph or dataset, or None for any other store."""
    store = getattr(graph, "store", None)
    return store.oxigraph if isinstance(store, TeiaOxigraphStore) else None


def load_file(path: str | os.PathLike[str]) -> Dataset:
    """Read a graph file (N-Quads, TriG, Turtle, N-Triples) into an in-memory Oxigraph store
    with Oxigraph's parser, and return it as an rdflib ``Dataset``.

    The named graphs of N-Quads and TriG are kept; Turtle and N-Triples go to the default
    graph. A file that is not valid is an :class:`InputError` naming it.
    """
    from teia.graph.store import bulk_load_files

    p = Path(path)
    if p.suffix.lower() not in SUFFIXES:
        raise InputError(f"{p}: the Oxigraph backend reads .nq, .trig, .ttl and .nt files, not {p.suffix or 'this file'}")
    if p.is_file() and p.stat().st_size == 0:
        raise InputError(f"{p}: graph file is empty")
    store = ox.Store()
    bulk_load_files(store, [p])
    return oxigraph_dataset(store)
