"""Where tasks run: in this process, or on a Dask cluster (local or remote).

Both executors offer the three calls the build needs: ``submit`` (arguments may be futures of
the same executor, also inside lists), ``as_completed`` and ``outcome`` (the value, or the
exception that ended the task). Dask is imported only when a cluster is used.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from typing import Any

__all__ = ["Executor", "SerialExecutor", "DaskExecutor", "open_executor"]

log = logging.getLogger(__name__)


class Executor:
    workers: int = 1

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        raise NotImplementedError

    def as_completed(self, futures: Iterable[Any]) -> Iterator[Any]:
        raise NotImplementedError

    def outcome(self, future: Any) -> tuple[Any, BaseException | None]:
        raise NotImplementedError

    def close(self) -> None:
        pass

    def __enter__(self) -> Executor:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _Done:
    """A task run at once in this process."""

    __slots__ = ("value", "error")

    def __init__(self, value: Any = None, error: BaseException | None = None) -> None:
        self.value = value
        self.error = error


def _unwrap(arg: Any) -> Any:
    if isinstance(arg, _Done):
        if arg.error is not None:
            raise arg.error
        return arg.value
    if isinstance(arg, list):
        return [_unwrap(a) for a in arg]
    return arg


class SerialExecutor(Executor):
    """Runs every task in the calling process, when it is submitted."""

    def submit(self, fn: Callable[..., Any], *args: Any) -> _Done:
        try:
            return _Done(fn(*(_unwrap(a) for a in args)))
        except Exception as exc:  # noqa: BLE001 - handed back like a failed Dask task
            return _Done(error=exc)

    def as_completed(self, futures: Iterable[_Done]) -> Iterator[_Done]:
        yield from futures

    def outcome(self, future: _Done) -> tuple[Any, BaseException | None]:
        return future.value, future.error


class DaskExecutor(Executor):
    """Runs tasks on a Dask cluster: a new local one (``workers``) or a running scheduler."""

    def __init__(self, *, workers: int | None = None, address: str | None = None, client: Any = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover - depends on the installation
            from teia.errors import InputError

            raise InputError("distributed builds need Dask: pip install 'teia[distributed]'") from None
        self._cluster = None
        self._own_client = client is None
        if client is not None:
            self.client = client
        elif address:
            try:
                self.client = Client(address, timeout="30s")
            except (OSError, TimeoutError) as exc:
                from teia.errors import InputError

                raise InputError(f"{address}: cannot reach the Dask scheduler ({exc})") from None
        else:
            import warnings

            with warnings.catch_warnings():
                # the scheduler's HTTP endpoint (no dashboard) moves off port 8787 when it is taken
                warnings.simplefilter("ignore", UserWarning)
                self._cluster = LocalCluster(
                    n_workers=max(1, int(workers or 1)),
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    scheduler_port=0,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            self.client = Client(self._cluster)
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def warm(self, config: Any, merges: str | None) -> None:
        """Build the pipeline on every worker now (and on workers that join later)."""
        from teia.build.plugin import PipelinePlugin

        plugin = PipelinePlugin(config, merges)
        self.client.register_plugin(plugin, name=plugin.name)

    def submit(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self.client.submit(fn, *args, pure=False)

    def as_completed(self, futures: Iterable[Any]) -> Iterator[Any]:
        from distributed import as_completed

        yield from as_completed(list(futures))

    def outcome(self, future: Any) -> tuple[Any, BaseException | None]:
        if future.status == "error":
            return None, future.exception()
        try:
            return future.result(), None
        except Exception as exc:  # noqa: BLE001 - e.g. a task lost with every worker that ran it
            return None, exc

    def close(self) -> None:
        if self._own_client:
            self.client.close()
        if self._cluster is not None:
            self._cluster.close()


def open_executor(*, workers: int | None = None, cluster: str | None = None, client: Any = None) -> Executor:
    """A Dask executor when ``workers``, ``cluster`` or ``client`` is given, else a serial one."""
    if client is not None or cluster or workers:
        return DaskExecutor(workers=workers, address=cluster, client=client)
    return SerialExecutor()
