"""A local SPARQL endpoint: the Oxigraph server over a teia store or graph file.

:func:`start_server` runs the ``oxigraph`` executable (PyPI package ``oxigraph``) as a child
process and returns once the endpoint answers. Defaults are chosen for a laptop, not the
internet: loopback address only, ``serve-read-only`` (updates get HTTP 403), a per-query
timeout (``--timeout-s``) and the union of all named graphs as the default graph, like
:func:`teia.graph.query.run_query`. A graph *file* is first loaded into a temporary store,
removed again when the server stops.
"""

from __future__ import annotations

import errno
import ipaddress
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Callable, TextIO

from teia.errors import InputError, TeiaError
from teia.graph.guard import GuardConfig, GuardServer
from teia.limits import MAX_TIMEOUT_S, valid_timeout

__all__ = [
    "DEFAULT_PORT",
    "ServerError",
    "ServerHandle",
    "find_oxigraph",
    "start_server",
    "serve_forever",
]

DEFAULT_PORT = 7878
_CHILD_HOST = "127.0.0.1"  # the Oxigraph child listens here; clients reach it through the guard
_GRAPH_SUFFIXES = {".ttl", ".nt", ".nq", ".trig", ".jsonld", ".rdf", ".owl", ".n3"}


class ServerError(TeiaError):
    """The SPARQL server cannot be started or stopped."""


def find_oxigraph() -> str | None:
    """Path of the ``oxigraph`` executable: on PATH, or next to this Python (a venv)."""
    found = shutil.which("oxigraph")
    if found:
        return found
    here = Path(sys.executable).parent
    for name in ("oxigraph", "oxigraph.exe"):
        candidate = here / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def _require_oxigraph() -> str:
    exe = find_oxigraph()
    if exe is None:
        raise ServerError(
            "the `oxigraph` server is not installed; install it with "
            "`pip install 'teia[server]'` (or `pip install oxigraph`)"
        )
    return exe


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _bind_address(host: str, port: int) -> str:
    h = host.strip("[]")
    return f"[{h}]:{port}" if ":" in h else f"{h}:{port}"


def _family(host: str) -> socket.AddressFamily:
    return socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET


def _free_port(host: str) -> int:
    with socket.socket(_family(host), socket.SOCK_STREAM) as s:
        s.bind((host.strip("[]"), 0))
        return s.getsockname()[1]


def _port_in_use(host: str, port: int) -> bool:
    with socket.socket(_family(host), socket.SOCK_STREAM) as s:
        if os.name != "nt":
            # like the server itself: a port left in TIME_WAIT by a stopped server is free
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host.strip("[]"), port))
        except OSError as exc:
            return exc.errno in (errno.EADDRINUSE, errno.EACCES)
    return False


def _answers(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host.strip("[]"), port), timeout=0.5):
            return True
    except OSError:
        return False


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["RUST_BACKTRACE"] = "0"  # one-line errors, not stack traces
    return env


def _read_tail(path: Path, limit: int = 2000) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    # keep the error lines, drop any indented stack-trace lines
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln[:1].isspace()]
    text = "\n".join(ln for ln in lines if not ln.lower().startswith("stack backtrace"))
    return text[-limit:].strip()


class ServerHandle:
    """A running endpoint: the guard (:mod:`teia.graph.guard`) in front of an Oxigraph child.

    Use as a context manager, or call :meth:`stop`. ``process`` is the current child; it is
    replaced when a query is abandoned at its timeout (the old child, still busy with it, is
    stopped once the other queries it was answering have had their time).
    """

    def __init__(self, spawn: Callable[[], subprocess.Popen], child: tuple[subprocess.Popen, int], *,
                 host: str, read_only: bool, location: Path, timeout_s: float | None,
                 cleanup: list[Path]) -> None:
        self._spawn = spawn
        self.process, self._child_port = child
        self._generation = 0
        self._lock = threading.Lock()
        self._retired: list[subprocess.Popen] = []
        self.host = host
        self.port = 0
        self.read_only = read_only
        self.location = location
        self.timeout_s = timeout_s
        self._cleanup = cleanup
        self.guard: GuardServer | None = None

    @property
    def url(self) -> str:
        h = self.host.strip("[]")
        return f"http://[{h}]:{self.port}" if ":" in h else f"http://{h}:{self.port}"

    @property
    def query_url(self) -> str:
        return self.url + "/query"

    @property
    def update_url(self) -> str:
        return self.url + "/update"

    @property
    def running(self) -> bool:
        return self.process.poll() is None

    def _upstream(self) -> tuple[str, int, int]:
        with self._lock:
            return _CHILD_HOST, self._child_port, self._generation

    def _replace_child(self, generation: int) -> None:
        """Called by the guard when a query timed out on child ``generation``."""
        with self._lock:
            if generation != self._generation or self.guard is None:
                return  # already replaced
            old = self.process
            if not self.read_only:  # a writable store has one owner at a time
                _stop_process(old)
            self.process, self._child_port = self._spawn()
            self._generation += 1
            if self.read_only:
                self._retired.append(old)
                grace = (self.timeout_s or 0) + 1.0
                timer = threading.Timer(grace, _stop_process, args=(old,))
                timer.daemon = True
                timer.start()

    def stop(self, timeout: float = 10.0) -> None:
        """Stop the guard and the server (SIGTERM, then SIGKILL) and remove temporary files."""
        if self.guard is not None:
            self.guard.stop()
            self.guard = None
        with self._lock:
            for proc in [*self._retired, self.process]:
                _stop_process(proc, timeout)
            self._retired.clear()
        for path in self._cleanup:
            shutil.rmtree(path, ignore_errors=True)
        self._cleanup.clear()

    def __enter__(self) -> "ServerHandle":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait(self) -> int:
        """Block until the server exits; return its exit code."""
        while True:
            proc = self.process
            code = proc.wait()
            with self._lock:
                if proc is self.process:  # not a replaced child
                    return code


def _stop_process(proc: subprocess.Popen, timeout: float = 10.0) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)


def _prepare_location(source: Path, exe: str, workdir: Path) -> Path:
    """A store directory to serve: ``source`` itself, or a temp store loaded from a file."""
    if source.is_dir():
        if (source / "CURRENT").is_file():
            return source
        built = next((source / n for n in ("graph.nq", "graph.trig") if (source / n).is_file()), None)
        if built is None:  # neither a store nor the output folder of `teia build`
            raise InputError(f"{source}: not an Oxigraph store nor a build output folder (no graph.nq)")
        source = built
    if not source.is_file():
        raise InputError(f"{source}: no such store or graph file")
    if source.suffix.lower() not in _GRAPH_SUFFIXES:
        known = ", ".join(sorted(_GRAPH_SUFFIXES))
        raise InputError(f"{source}: not a graph file (expected a store directory or one of {known})")
    location = workdir / "store"
    log = workdir / "load.log"
    with log.open("w", encoding="utf-8") as err:
        done = subprocess.run(
            [exe, "load", "--location", str(location), "--file", str(source)],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=_child_env(),
            check=False,
        )
    if done.returncode != 0:
        raise InputError(f"{source}: cannot load the graph into a store: {_read_tail(log) or 'oxigraph load failed'}")
    return location


def start_server(
    source: str | os.PathLike[str],
    *,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    read_only: bool = True,
    timeout_s: float | None = 30,
    union_default_graph: bool = True,
    allow_remote: bool = False,
    allow_federation: bool = False,
    allowed_hosts: Sequence[str] = (),
    cors: bool = False,
    startup_timeout: float = 30.0,
) -> ServerHandle:
    """Start a SPARQL endpoint over a store directory or a graph file.

    ``port=0`` picks a free port. ``read_only`` (default) serves with ``serve-read-only``:
    queries only, and the store may be read by other processes at the same time.
    ``timeout_s`` stops queries running longer than that many seconds (``None``: no limit);
    the client gets HTTP 504. Binding to a non-loopback ``host`` needs ``allow_remote=True``.
    ``SERVICE`` and ``LOAD`` are refused with HTTP 403 unless ``allow_federation``; requests
    whose ``Host`` header is not a loopback name, the bound address or one of
    ``allowed_hosts`` are refused with 403 (any name is accepted when bound to ``0.0.0.0`` or
    ``::``). Returns once the endpoint answers, or raises :class:`ServerError` with the
    server's own error message.
    """
    if not _is_loopback(host) and not allow_remote:
        raise ServerError(
            f"refusing to listen on {host}: the endpoint would be reachable from other machines; "
            "use 127.0.0.1, or pass allow_remote=True (CLI: --allow-remote) if you mean it"
        )
    if not 0 <= port <= 65535:
        raise ServerError(f"invalid port {port}")
    if not valid_timeout(timeout_s):
        raise ServerError(f"the query timeout must be a number of seconds above 0 and at most {MAX_TIMEOUT_S:g}")
    exe = _require_oxigraph()
    src = Path(source)

    workdir = Path(tempfile.mkdtemp(prefix="teia-serve-"))
    cleanup = [workdir]
    handle: ServerHandle | None = None
    try:
        location = _prepare_location(src, exe, workdir)
        if port != 0 and _port_in_use(host, port):
            raise ServerError(f"port {port} is already in use on {host}; choose another with --port (or 0 for any free port)")
        cmd = [exe, "serve-read-only" if read_only else "serve", "--location", str(location)]
        if union_default_graph:
            cmd.append("--union-default-graph")
        if cors:
            cmd.append("--cors")
        counter = iter(range(1_000_000))

        def spawn() -> tuple[subprocess.Popen, int]:
            return _spawn_child(cmd, workdir, next(counter), src, read_only, startup_timeout)

        handle = ServerHandle(spawn, spawn(), host=host, read_only=read_only, location=location,
                              timeout_s=timeout_s, cleanup=cleanup)
        h = host.strip("[]").lower()
        wildcard = h in ("0.0.0.0", "::")
        config = GuardConfig(
            upstream=handle._upstream,
            allowed_hosts=None if wildcard else frozenset({h, *(a.strip().lower() for a in allowed_hosts)}),
            allow_federation=allow_federation,
            timeout_s=timeout_s,
            on_timeout=handle._replace_child,
        )
        try:
            guard = GuardServer(host, port, config)
        except OSError as exc:
            if exc.errno in (errno.EADDRINUSE, errno.EACCES):
                raise ServerError(f"port {port} is already in use on {host}; choose another with --port") from None
            raise ServerError(f"cannot listen on {host}:{port} ({exc.strerror})") from None
        handle.guard = guard
        handle.port = guard.port
        guard.start()
        return handle
    except BaseException:
        if handle is not None:
            handle.stop()
        for path in cleanup:
            shutil.rmtree(path, ignore_errors=True)
        raise


def _spawn_child(cmd: list[str], workdir: Path, n: int, src: Path, read_only: bool,
                 startup_timeout: float) -> tuple[subprocess.Popen, int]:
    """Start an Oxigraph child on a free private loopback port; return it once it answers."""
    for _attempt in range(3):  # another process may take the free port before the child does
        port = _free_port(_CHILD_HOST)
        out_log, err_log = workdir / f"server{n}.out", workdir / f"server{n}.err"
        with out_log.open("wb") as out, err_log.open("wb") as err:
            # its own session: a terminal's Ctrl-C or hang-up reaches teia, which stops it
            proc = subprocess.Popen([*cmd, "--bind", _bind_address(_CHILD_HOST, port)], stdout=out,
                                    stderr=err, stdin=subprocess.DEVNULL, env=_child_env(),
                                    start_new_session=True)
        deadline = time.monotonic() + startup_timeout
        while True:
            if proc.poll() is not None:
                msg = _read_tail(err_log) or _read_tail(out_log) or f"exit code {proc.returncode}"
                if "already in use" in msg.lower() or "os error 98" in msg:
                    break  # try another port
                if "lock" in msg.lower() and not read_only:
                    raise ServerError(f"{src}: the store is in use by another process; serve it read-only")
                raise ServerError(f"the Oxigraph server did not start: {msg}")
            if _answers(_CHILD_HOST, port):
                return proc, port
            if time.monotonic() > deadline:
                _stop_process(proc)
                raise ServerError(f"the Oxigraph server did not answer within {startup_timeout:g} s")
            time.sleep(0.05)
    raise ServerError("the Oxigraph server found no free loopback port")


class _Stopped(Exception):
    """Raised in the main thread by SIGTERM or SIGHUP while serving."""


def _on_signal(signum: int, frame: object) -> None:
    raise _Stopped(signal.Signals(signum).name)


def serve_forever(
    source: str | os.PathLike[str],
    *,
    out: TextIO | None = None,
    echo: Callable[[str], None] | None = None,
    **options: object,
) -> int:
    """Serve until Ctrl-C, SIGTERM or SIGHUP (for ``teia serve``): print the endpoint and the
    query page; on any of them stop the Oxigraph child and remove the temporary files."""
    say = echo or (lambda text: print(text, file=out or sys.stdout, flush=True))
    previous: dict[int, object] = {}
    if threading.current_thread() is threading.main_thread():
        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                signum = getattr(signal, name)
                previous[signum] = signal.signal(signum, _on_signal)
    try:
        handle = start_server(source, **options)  # type: ignore[arg-type]
        try:
            mode = "read-only" if handle.read_only else "read-write"
            say(f"SPARQL endpoint ({mode}): {handle.query_url}")
            say(f"Query page: {handle.url}/")
            if not handle.read_only:
                say(f"Update endpoint: {handle.update_url}")
            say("Press Ctrl-C to stop.")
            code = handle.wait()
            if code not in (0, None):
                raise ServerError(f"the Oxigraph server stopped unexpectedly (exit code {code})")
            return 0
        except (KeyboardInterrupt, _Stopped):
            say("Stopping the server.")
            return 0
        finally:
            handle.stop()
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)  # type: ignore[arg-type]
