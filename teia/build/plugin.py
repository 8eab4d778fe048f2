"""The Dask worker plugin of distributed builds (imports Dask: loaded only when one is used)."""

from __future__ import annotations

from typing import Any

from distributed import WorkerPlugin

__all__ = ["PipelinePlugin"]


class PipelinePlugin(WorkerPlugin):
    """Builds the extraction pipeline when a worker starts.

    Workers that join later (or replace one that died) run it too, so the first task on every
    worker finds the pipeline ready. Tasks would build it on first use anyway
    (:func:`teia.build.tasks.get_pipeline` caches it per process); the plugin moves that cost
    out of the tasks, before the build starts counting documents.
    """

    name = "teia-pipeline"

    def __init__(self, config: Any, merges: str | None = None) -> None:
        self.config = config
        self.merges = merges

    def setup(self, worker: Any) -> None:
        from teia.build.tasks import get_pipeline

        get_pipeline(self.config, self.merges)
