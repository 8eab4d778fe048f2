"""Scale-out builds: map-reduce over documents, on Dask or in one process.

``teia build --workers N`` / ``--cluster tcp://host:port`` / ``--shards DIR`` run
:func:`teia.scale.build.build_distributed`; ``teia load`` and ``teia push`` move the N-Quads
shards it writes into an Oxigraph store or a SPARQL Graph Store endpoint
(:mod:`teia.scale.load`). Importing this package does not import Dask: only a build that
uses a cluster does. See ``docs/scale-out.md``.
"""

from __future__ import annotations

__all__ = ["build_distributed"]


def __getattr__(name: str):
    if name == "build_distributed":
        from teia.scale.build import build_distributed

        return build_distributed
    raise AttributeError(f"module 'teia.scale' has no attribute {name!r}")
