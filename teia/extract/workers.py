"""Forked worker processes that share out a function's work and give the results back in
order, and that never leave the caller waiting on a worker that died or stopped.

``multiprocessing.Pool`` did not do the last part: the document of a worker that was killed
is lost and ``imap`` waits for it forever; ``Pool.terminate`` sends SIGTERM and then joins each
worker without a bound, and a worker blocked on a lock in C code never runs the Python
SIGTERM handler it inherited from the build (:mod:`teia.graph.outdir`), so it never ends.
Here the parent watches every busy worker:

* a worker that ends without its result (killed, crashed) is one :class:`WorkerError` naming
  it, how it ended and the items it had;
* a worker that used no CPU time for :data:`STALL_S` seconds while it had work is stopped
  (a deadlock, a suspended process) and is one :class:`WorkerError` too. The CPU time is read
  from ``/proc`` (Linux); where there is none only the first check runs;
* the workers reset SIGTERM and SIGHUP to the system default and ignore SIGINT (Ctrl-C
  reaches the parent, which stops them), and on any way out the parent asks them to leave,
  waits a bounded time and kills the ones still there.

``fn`` and ``initializer`` reach the workers by ``fork``, not by pickling; the items and the
results go through pipes (pickled). An exception ``fn`` raises is raised again in the parent,
with the worker's traceback as a note.
"""

from __future__ import annotations

import multiprocessing
import pickle
import signal
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from multiprocessing.connection import wait
from typing import Any, NoReturn

from teia.errors import WorkerError

__all__ = ["CHUNK", "STALL_S", "ordered_map"]

CHUNK = 2
"""Items sent to a worker at a time."""

STALL_S = 300.0
"""Seconds without CPU time after which a busy worker counts as stopped. A worker extracting
a long document uses CPU all along; one blocked on a lock or suspended uses none."""

_CHECK_S = 2.0
"""Longest wait for a message before the workers' CPU time is looked at again."""

_LEAVE_S = 5.0
"""How long the workers have to end once asked to, before they are killed."""


def _worker(conn: Any, fn: Callable[[Any], Any], initializer: Callable[[], None] | None) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP"):
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer()
    conn.send(("ready", -1, None))
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        if message is None:
            return
        seq, items = message
        try:
            reply: tuple = ("ok", seq, [fn(item) for item in items])
        except Exception as exc:
            exc.add_note("in a worker process:\n" + traceback.format_exc().rstrip())
            reply = ("raise", seq, exc)
        try:
            conn.send(reply)
        except Exception as exc:  # the result or the exception cannot be pickled
            conn.send(("raise", seq, WorkerError(f"a worker's result cannot be sent back: {type(exc).__name__}: {exc}")))


def _cpu_ticks(pid: int) -> int | None:
    """User plus system CPU time of a process in clock ticks (``/proc``), ``None`` without it."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    fields = stat[stat.rindex(b")") + 2 :].split()
    return int(fields[11]) + int(fields[12])


def _how_it_ended(proc: Any) -> str:
    code = proc.exitcode
    if code is None:
        return "stopped answering"
    if code < 0:
        try:
            return f"was killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"was killed by signal {-code}"
    return f"exited with status {code}"


class _Worker:
    def __init__(self, ctx: Any, fn: Callable[[Any], Any], initializer: Callable[[], None] | None) -> None:
        parent_end, child_end = ctx.Pipe()
        self.proc = ctx.Process(target=_worker, args=(child_end, fn, initializer), daemon=True)
        self.proc.start()
        child_end.close()
        self.conn = parent_end
        self.ready = False
        self.seq = -1
        self.items: list[Any] = []
        self.cpu = _cpu_ticks(self.proc.pid)
        self.since = time.monotonic()

    @property
    def busy(self) -> bool:
        """Starting, or holding a chunk (whose result may be waiting in the pipe)."""
        return not self.ready or bool(self.items)

    def give(self, seq: int, items: list[Any]) -> None:
        self.seq, self.items = seq, items
        self.since = time.monotonic()
        self.conn.send((seq, items))

    def moved(self) -> None:
        self.since = time.monotonic()


def ordered_map(
    fn: Callable[[Any], Any],
    items: Iterable[Any],
    n_process: int,
    *,
    initializer: Callable[[], None] | None = None,
    describe: Callable[[Any], str] = str,
    what: str = "worker",
) -> Iterator[Any]:
    """``fn`` over ``items`` in ``n_process`` forked workers; results in input order.

    ``describe`` names an item in error messages (a document id), ``what`` the workers
    (``"extraction worker"``).
    """
    ctx = multiprocessing.get_context("fork")
    workers: list[_Worker] = []
    finished = False
    try:
        for _ in range(n_process):
            workers.append(_Worker(ctx, fn, initializer))
        yield from _run(workers, iter(items), describe, what)
        finished = True
    finally:
        _stop(workers, ask=finished)


def _run(workers: list[_Worker], items: Iterator[Any], describe: Callable[[Any], str], what: str) -> Iterator[Any]:
    done: dict[int, list[Any]] = {}
    next_seq = sent = 0
    exhausted = False

    def feed(w: _Worker) -> None:
        nonlocal sent, exhausted
        chunk = [] if exhausted else list(islice(items, CHUNK))
        if not chunk:
            exhausted = True
            return
        try:
            w.give(sent, chunk)
        except OSError:  # the worker is gone: say how
            _gone(w, describe, what)
        sent += 1

    while True:
        for w in workers:
            if w.ready and not w.items:
                feed(w)
        while next_seq in done:
            yield from done.pop(next_seq)
            next_seq += 1
        busy = [w for w in workers if w.busy]
        if not busy:
            return
        ready = set(wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout=_CHECK_S))
        for w in busy:
            if w.conn in ready:
                try:
                    raw = w.conn.recv_bytes()
                except (EOFError, OSError):
                    _gone(w, describe, what)
                # any message means the worker waits for work: give it the next chunk before
                # reading the answer, so it does not idle while this process unpickles
                w.ready, w.items = True, []
                feed(w)
                w.moved()
                kind, seq, payload = pickle.loads(raw)
                if kind == "raise":
                    raise payload
                if kind == "ok":
                    done[seq] = payload
            elif w.proc.sentinel in ready:
                _gone(w, describe, what)
            else:
                _check_progress(w, describe, what)


def _gone(w: _Worker, describe: Callable[[Any], str], what: str) -> NoReturn:
    w.proc.join(_LEAVE_S)
    raise WorkerError(f"{_who(w, what)} {_how_it_ended(w.proc)}{_holding(w, describe)}") from None


def _check_progress(w: _Worker, describe: Callable[[Any], str], what: str) -> None:
    cpu = _cpu_ticks(w.proc.pid)
    if cpu is None:
        return
    if cpu != w.cpu:
        w.cpu = cpu
        w.moved()
    elif time.monotonic() - w.since >= STALL_S:
        raise WorkerError(
            f"{_who(w, what)} stopped: it used no CPU time for {STALL_S:g} s"
            f"{_holding(w, describe)} (blocked or suspended); it was killed"
        )


def _who(w: _Worker, what: str) -> str:
    return f"{what} (process {w.proc.pid})"


def _holding(w: _Worker, describe: Callable[[Any], str]) -> str:
    if not w.ready:
        return " while starting"
    if not w.items:
        return ""
    return " while working on " + ", ".join(describe(item) for item in w.items)


def _stop(workers: list[_Worker], *, ask: bool) -> None:
    """End the workers: asked to leave after a normal end, killed otherwise; killed too if
    one is still there after :data:`_LEAVE_S` (it may be blocked at exit)."""
    if ask:
        for w in workers:
            try:
                w.conn.send(None)
            except OSError:
                pass
        deadline = time.monotonic() + _LEAVE_S
        for w in workers:
            w.proc.join(max(0.0, deadline - time.monotonic()))
    for w in workers:
        if w.proc.is_alive():
            w.proc.kill()
            w.proc.join(_LEAVE_S)
        w.conn.close()
        if w.proc.exitcode is not None:
            w.proc.close()
