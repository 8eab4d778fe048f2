"""The guard in front of ``teia serve``: an HTTP proxy between clients and the Oxigraph child.

Oxigraph's server has no switch for federation, accepts any ``Host`` header, answers with a
200 status before a result is complete, and its ``--timeout-s`` leaves one sleeping thread per
query. So the child listens on a private loopback port and clients talk to this proxy, which:

* refuses a request whose ``Host`` header does not name the server (loopback names, the
  address it was bound to, and names given with ``allowed_hosts``), so that a web page in the
  user's browser cannot reach the endpoint by DNS rebinding;
* refuses ``SERVICE`` in queries and ``LOAD`` in updates unless federation is allowed (the
  server would otherwise fetch any URL a client names);
* enforces the query timeout itself: the answer is read into a spool file and sent only when
  it is complete, so a query stopped halfway is an HTTP error (504), never a 200 with a
  truncated body; the owner is told (``on_timeout``) so that it can replace a child that is
  still busy with an abandoned query.

Each client connection has one thread, which ends with the connection (idle connections close
after :data:`IDLE_S` seconds); nothing is left behind per finished query.
"""

from __future__ import annotations

import http.client
import http.server
import re
import socket
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field

from teia.graph.query import _blank_lexical

__all__ = ["GuardConfig", "GuardServer", "remote_operation", "host_allowed"]

IDLE_S = 30.0
"""Seconds an idle keep-alive client connection is kept open."""

MAX_SPARQL_BYTES = 16 * 1024 * 1024
"""Largest query or update text accepted in a request body."""

_SPOOL_MEMORY = 8 * 1024 * 1024  # larger answers are spooled to a temporary file
_CHUNK = 64 * 1024
_HOP_HEADERS = frozenset(
    {"connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
     "transfer-encoding", "upgrade", "host", "content-length"}
)
_SPARQL_TYPES = {
    "application/sparql-query": "query",
    "application/sparql-update": "update",
    "application/x-www-form-urlencoded": "form",
}
# keywords after comments, strings and IRIs are blanked; a variable (?service) is not one
_SERVICE = re.compile(r"(?<![?$\w])SERVICE\b", re.I)
_LOAD = re.compile(r"(?<![?$\w])LOAD\b", re.I)
_LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})


def remote_operation(text: str, *, update: bool) -> str | None:
    """``"SERVICE"`` or ``"LOAD"`` when the SPARQL text would make the server fetch a URL.

    A keyword scan of the text with comments, strings and IRIs blanked out: a query that uses
    the word only as a prefixed name (``ex:service``) is refused too, never the other way round.
    """
    blank = _blank_lexical(text)
    if _SERVICE.search(blank):
        return "SERVICE"
    if update and _LOAD.search(blank):
        return "LOAD"
    return None


def _host_name(header: str) -> str:
    name = header.strip().lower()
    if name.startswith("["):  # [::1]:7878
        return name[1 : name.find("]")] if "]" in name else name
    if name.count(":") == 1:  # host:port
        return name.split(":", 1)[0]
    return name


def host_allowed(header: str | None, allowed: frozenset[str] | None) -> bool:
    """Whether a ``Host`` header names this server. ``allowed=None`` accepts any name."""
    if allowed is None:
        return True
    if not header:
        return False
    name = _host_name(header)
    if name in allowed or name in _LOOPBACK_NAMES:
        return True
    try:
        import ipaddress

        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass
class GuardConfig:
    """What the guard lets through, and where to."""

    upstream: Callable[[], tuple[str, int, int]]
    """Returns the child's host, port and generation (it changes when the child is replaced)."""
    allowed_hosts: frozenset[str] | None
    allow_federation: bool = False
    timeout_s: float | None = 30.0
    on_timeout: Callable[[int], None] = field(default=lambda generation: None)


class _Refused(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    timeout = IDLE_S
    server: "GuardServer"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet by default
        pass

    def do_GET(self) -> None:
        self._handle()

    do_POST = do_PUT = do_DELETE = do_HEAD = do_OPTIONS = do_PATCH = do_GET

    # --- one request ----------------------------------------------------------------------
    def _handle(self) -> None:
        cfg = self.server.config
        try:
            if not host_allowed(self.headers.get("Host"), cfg.allowed_hosts):
                raise _Refused(403, "this endpoint answers only requests addressed to it by a local name "
                                    "(Host header refused; see teia serve --allow-host)")
            body, length, texts = self._read_request()
            if not cfg.allow_federation:
                for text, update in texts:
                    what = remote_operation(text, update=update)
                    if what:
                        raise _Refused(403, f"{what} would make the server fetch a remote URL; federation is "
                                            "refused by this endpoint (start teia serve with --allow-federation "
                                            "to permit it)")
            timed = cfg.timeout_s is not None and any(not update for _, update in texts)
            self._forward(body, length, time.monotonic() + cfg.timeout_s if timed and cfg.timeout_s else None)
        except _Refused as exc:
            self._reply_error(exc.status, str(exc))
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _read_request(self) -> tuple[bytes | None, int, list[tuple[str, bool]]]:
        """The body when it is SPARQL text (else ``None`` and its length, streamed later) and
        every query (``False``) or update (``True``) text the request carries."""
        if self.headers.get("Transfer-Encoding"):
            raise _Refused(411, "send the request body with a Content-Length")
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            raise _Refused(400, "bad Content-Length") from None
        if length < 0:
            raise _Refused(400, "bad Content-Length")
        params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)
        texts = [(t, False) for t in params.get("query", [])] + [(t, True) for t in params.get("update", [])]
        kind = _SPARQL_TYPES.get(self.headers.get_content_type()) if length else None
        if kind is None:
            return None, length, texts
        if length > MAX_SPARQL_BYTES:
            raise _Refused(413, f"the request body is larger than {MAX_SPARQL_BYTES // (1024 * 1024)} MiB")
        body = self.rfile.read(length)
        text = body.decode("utf-8", errors="replace")
        if kind == "form":
            form = urllib.parse.parse_qs(text)
            texts += [(t, False) for t in form.get("query", [])] + [(t, True) for t in form.get("update", [])]
        else:
            texts.append((text, kind == "update"))
        return body, length, texts

    def _forward(self, body: bytes | None, length: int, deadline: float | None) -> None:
        host, port, generation = self.server.config.upstream()
        conn = http.client.HTTPConnection(host, port, timeout=None if deadline is None else max(deadline - time.monotonic(), 0.001))
        spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_MEMORY)
        try:
            try:
                conn.putrequest(self.command, self.path, skip_host=True, skip_accept_encoding=True)
                conn.putheader("Host", f"{host}:{port}")
                for key, value in self.headers.items():
                    if key.lower() not in _HOP_HEADERS:
                        conn.putheader(key, value)
                conn.putheader("Content-Length", str(length))
                conn.putheader("Connection", "close")
                conn.endheaders()
                if body is not None:
                    conn.send(body)
                else:
                    self._copy_body(conn, length)
                response = self._read_answer(conn, spool, deadline)
            except TimeoutError:
                conn.close()
                self.server.config.on_timeout(generation)
                limit = self.server.config.timeout_s or 0
                raise _Refused(504, f"the query did not finish within {limit:g} s and was stopped") from None
            except (OSError, http.client.HTTPException) as exc:
                raise _Refused(502, f"the SPARQL server broke off its answer ({type(exc).__name__})") from None
            self._send_answer(response, spool)
        finally:
            conn.close()
            spool.close()

    def _copy_body(self, conn: http.client.HTTPConnection, length: int) -> None:
        left = length
        while left > 0:
            chunk = self.rfile.read(min(_CHUNK, left))
            if not chunk:
                raise ConnectionResetError("the client closed the connection mid-request")
            conn.send(chunk)
            left -= len(chunk)

    @staticmethod
    def _read_answer(conn: http.client.HTTPConnection, spool, deadline: float | None) -> http.client.HTTPResponse:
        def arm() -> None:
            if deadline is None:
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            if conn.sock is not None:
                conn.sock.settimeout(remaining)

        arm()
        response = conn.getresponse()
        while True:
            arm()
            chunk = response.read1(_CHUNK) if hasattr(response, "read1") else response.read(_CHUNK)
            if not chunk:
                break
            spool.write(chunk)
        if response.length not in (None, 0) or (response.chunked and response.chunk_left not in (None, 0)):
            raise http.client.IncompleteRead(b"")
        return response

    def _send_answer(self, response: http.client.HTTPResponse, spool) -> None:
        size = spool.tell()
        self.send_response_only(response.status, response.reason)
        for key, value in response.getheaders():
            if key.lower() not in _HOP_HEADERS and key.lower() not in ("date", "server"):
                self.send_header(key, value)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        if self.command != "HEAD":
            spool.seek(0)
            while chunk := spool.read(_CHUNK):
                self.wfile.write(chunk)

    def _reply_error(self, status: int, message: str) -> None:
        data = (message + "\n").encode("utf-8")
        self.close_connection = True
        try:
            self.send_response_only(status)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Connection", "close")
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(data)
        except OSError:
            pass


class GuardServer(http.server.ThreadingHTTPServer):
    """The proxy's listening socket; :meth:`start` serves it from a background thread."""

    daemon_threads = True
    request_queue_size = 128  # 50 clients connecting at once must not overflow the backlog
    block_on_close = False

    def __init__(self, host: str, port: int, config: GuardConfig) -> None:
        self.address_family = socket.AF_INET6 if ":" in host.strip("[]") else socket.AF_INET
        self.config = config
        super().__init__((host.strip("[]"), port), _Handler)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.server_address[1]

    def start(self) -> None:
        self._thread = threading.Thread(target=self.serve_forever, kwargs={"poll_interval": 0.2},
                                        name="teia-serve-guard", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self.shutdown()
            self._thread.join()
            self._thread = None
        self.server_close()
