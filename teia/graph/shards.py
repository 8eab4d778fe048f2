"""Moving shards into a triple store: ``teia load`` (on-disk Oxigraph) and ``teia push`` (HTTP).

``push`` speaks the SPARQL 1.1 Graph Store HTTP Protocol: each named graph of the shards is
sent as one ``PUT <endpoint>?graph=<IRI>`` with an ``application/n-triples`` body, which
replaces that graph on the server. Replacing whole graphs makes a push idempotent: pushing
the same shards again (after a failure half way, say) leaves the same data. Only the
standard library is used.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from teia.errors import InputError

__all__ = ["PushReport", "expand_shards", "load_shards", "push_shards", "graphs_of"]

MANIFEST = "manifest.json"


def expand_shards(items: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Shard files from files and folders (a folder with a manifest gives its shards)."""
    found: list[Path] = []
    for item in items:
        path = Path(item)
        if path.is_dir():
            manifest = path / MANIFEST
            if manifest.is_file():
                data = json.loads(manifest.read_text(encoding="utf-8"))
                names = sorted(data.get("shards", {})) + [data.get("entities", {}).get("name", "")]
                found.extend(path / n for n in names if n)
            else:
                found.extend(sorted(p for p in path.iterdir() if p.name.endswith((".nq", ".nq.gz"))))
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(f"{path}: no such shard file or folder")
    if not found:
        raise InputError("no shards given")
    for path in found:
        if not path.is_file():
            raise InputError(f"{path}: shard listed in the manifest is missing")
    return found


def _open(path: Path):
    return gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")


def load_shards(store_dir: str | os.PathLike[str], shards: Sequence[str | os.PathLike[str]]) -> tuple[int, int]:
    """Bulk-load N-Quads shards (``.nq`` or ``.nq.gz``) into an on-disk Oxigraph store.

    Returns (files loaded, quads in the store). Plain files go through
    :func:`teia.graph.store.bulk_load_files`; gzipped ones are streamed to the same loader.
    """
    import pyoxigraph as ox

    from teia.graph.store import bulk_load_files, open_store, store_quad_count

    files = expand_shards(shards)
    store = open_store(store_dir, create=True)
    plain = [p for p in files if not p.name.endswith(".gz")]
    if plain:
        bulk_load_files(store, plain)
    for path in files:
        if path.name.endswith(".gz"):
            try:
                with _open(path) as handle:
                    store.bulk_load(input=handle, format=ox.RdfFormat.N_QUADS)
            except SyntaxError as exc:
                raise InputError(f"{path}: invalid N-Quads: {exc}") from None
            except (OSError, EOFError) as exc:
                raise InputError(f"{path}: cannot read: {exc}") from None
    store.flush()
    return len(files), store_quad_count(store)


def graphs_of(path: Path) -> dict[str, bytes]:
    """The named graphs of an N-Quads shard, each as an N-Triples document."""
    import pyoxigraph as ox

    triples: dict[str, list] = defaultdict(list)
    try:
        with _open(path) as handle:
            for quad in ox.parse(input=handle, format=ox.RdfFormat.N_QUADS):
                g = quad.graph_name
                key = g.value if isinstance(g, ox.NamedNode) else ""
                triples[key].append(ox.Triple(quad.subject, quad.predicate, quad.object))
    except SyntaxError as exc:
        raise InputError(f"{path}: invalid N-Quads: {exc}") from None
    out = {}
    for key, ts in triples.items():
        buf = io.BytesIO()
        ox.serialize(ts, buf, format=ox.RdfFormat.N_TRIPLES)
        out[key] = buf.getvalue()
    return out


@dataclass
class PushReport:
    """What :func:`push_shards` sent."""

    graphs: int = 0
    triples: int = 0
    bytes: int = 0
    retries: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def summary(self) -> str:
        text = (
            f"{self.graphs} graphs ({self.triples} triples, {self.bytes / 1e6:.1f} MB) in {self.seconds:.1f}s, "
            f"{self.retries} retries"
        )
        if self.failed:
            text += f", {len(self.failed)} failed: " + "; ".join(f"{g}: {why}" for g, why in self.failed[:5])
        return text


_RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}


def _put(url: str, body: bytes, *, retries: int, backoff: float, timeout: float, headers: dict[str, str]) -> tuple[str, int]:
    """PUT with retries on connection errors and transient statuses; ('' or an error, retries used)."""
    attempt = 0
    while True:
        request = urllib.request.Request(url, data=body, method="PUT", headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - user's endpoint
                response.read()
            return "", attempt
        except urllib.error.HTTPError as exc:
            detail = f"HTTP {exc.code} {exc.reason}"
            try:
                body_text = exc.read().decode("utf-8", "replace").strip().splitlines()
                if body_text:
                    detail += f": {body_text[0][:200]}"
            except OSError:
                pass
            if exc.code not in _RETRY_STATUS:
                return detail, attempt
            error = detail
        except (urllib.error.URLError, OSError) as exc:
            error = str(getattr(exc, "reason", exc))
        if attempt >= retries:
            return error, attempt
        time.sleep(backoff * (2**attempt))
        attempt += 1


def push_shards(
    endpoint: str,
    shards: Sequence[str | os.PathLike[str]],
    *,
    parallel: int = 4,
    retries: int = 4,
    backoff: float = 0.5,
    timeout: float = 60.0,
    user: str | None = None,
    password: str | None = None,
    progress: Callable[[str], None] | None = None,
) -> PushReport:
    """PUT every named graph of the shards to a Graph Store Protocol ``endpoint``.

    ``endpoint`` is the store URL (Oxigraph: ``http://host:7878/store``). Graphs are sent
    ``parallel`` at a time; a connection error or a 408/429/5xx answer is retried ``retries``
    times, waiting ``backoff`` seconds, then twice as long each time. Failures are collected
    in the report, never raised, so one bad graph does not stop the others.
    """
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"{endpoint}: not an http(s) URL")
    files = expand_shards(shards)
    headers = {"Content-Type": "application/n-triples"}
    if user is not None:
        import base64

        token = base64.b64encode(f"{user}:{password or ''}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    report = PushReport()
    started = time.perf_counter()
    sep = "&" if parts.query else "?"

    def send(item: tuple[str, bytes]) -> tuple[str, bytes, str, int]:
        graph, body = item
        url = f"{endpoint}{sep}default" if not graph else f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"
        error, used = _put(url, body, retries=retries, backoff=backoff, timeout=timeout, headers=headers)
        return graph, body, error, used

    with ThreadPoolExecutor(max_workers=max(1, parallel)) as pool:
        for path in files:
            graphs = graphs_of(path)
            for graph, body, error, used in pool.map(send, sorted(graphs.items())):
                report.retries += used
                if error:
                    report.failed.append((graph or "(default graph)", error))
                    continue
                report.graphs += 1
                report.triples += body.count(b"\n")
                report.bytes += len(body)
            if progress is not None:
                progress(path.name)
    report.seconds = time.perf_counter() - started
    return report
