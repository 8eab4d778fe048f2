"""The build room: the one sequence that turns documents into a graph, serial or distributed.

* :mod:`teia.build.steps`: the options (:class:`BuildOptions`), the steps (pipeline, extraction,
  resolution, provenance, graph) and the serial run, returning a frozen :class:`BuildResult`;
  :func:`run` picks the serial or the distributed run from the options.
* :mod:`teia.build.distributed`: the same steps as map-reduce over documents, on Dask or in
  one process, writing N-Quads shards and a manifest (``docs/scale-out.md``), with the work it
  hands out in :mod:`teia.build.tasks`, the cluster in :mod:`teia.build.executor` and the
  worker set-up in :mod:`teia.build.plugin`.
* :mod:`teia.build.mergelog`: the merge log's reading and writing.

It sits between the API (:mod:`teia.api`, the façade) and the stages (:mod:`teia.extract`,
:mod:`teia.graph`), and imports neither the API nor the CLI. Importing this package imports
nothing else (``import teia`` imports it, see ``teia/__init__.py``: ``teia.build(...)`` is
:func:`teia.api.build`); its names load :mod:`teia.build.steps` on first use.
"""

from __future__ import annotations

__all__ = ["BuildOptions", "BuildResult", "run"]


def __getattr__(name: str):
    if name in __all__:
        from teia.build import steps

        return getattr(steps, name)
    raise AttributeError(f"module 'teia.build' has no attribute {name!r}")
