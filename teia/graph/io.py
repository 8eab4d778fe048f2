"""Reading and writing graph files, atomically and deterministically.

Every file is written to a temporary file in the target folder and renamed into place, so a
failure never leaves a partial file and never destroys what was there. N-Triples and N-Quads
are written as sorted, de-duplicated lines: the same dataset gives byte-identical files.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from rdflib import Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from teia.errors import InputError, OutputError
from teia.ontology.namespace import CONTEXT_PATH, bind_prefixes

__all__ = [
    "FORMATS",
    "atomic_files",
    "atomic_write",
    "ensure_dir",
    "load_graph",
    "nquads_lines",
    "serialize",
    "sorted_nquads",
    "sorted_ntriples",
    "write_outputs",
]

FORMATS = {
    ".ttl": "turtle",
    ".nt": "nt",
    ".nq": "nquads",
    ".trig": "trig",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
}
"""File suffix → rdflib format name."""

OUTPUT_FILES = {"graph.ttl": "turtle", "graph.nt": "nt", "graph.nq": "nquads", "graph.trig": "trig", "graph.jsonld": "json-ld"}


def ensure_dir(path: Path) -> Path:
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{path}: cannot create output folder ({exc.strerror})") from None
    if not os.access(path, os.W_OK):
        raise OutputError(f"{path}: output folder is not writable")
    return path


@contextmanager
def atomic_files(
    *paths: str | os.PathLike[str], binary: bool = False, newline: str | None = ""
) -> Iterator[list[IO]]:
    """Open temporary files beside ``paths`` (UTF-8 text, or bytes with ``binary``); when the
    block succeeds, move them all into place with :func:`os.replace` (mode 0644 less the
    umask), and when it fails, delete them: no partial file is ever left, and a file that was
    there stays as it was. The one atomic writer of teia."""
    targets = [Path(p) for p in paths]
    temps: list[Path] = []
    handles: list[IO] = []
    current = targets[0]
    try:
        for target in targets:
            current = target
            folder = target.parent if str(target.parent) else Path(".")
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
            temps.append(Path(tmp))
            handles.append(os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline=newline))
    except OSError as exc:
        _discard(handles, temps)
        raise OutputError(f"{current}: cannot write ({exc.strerror or exc})") from None
    try:
        yield handles
        for h in handles:
            h.close()
        _test_pause()
        mode = 0o644 & ~_umask()
        for tmp, target in zip(temps, targets):
            os.chmod(tmp, mode)
            os.replace(tmp, target)
    except BaseException as exc:
        _discard(handles, temps)
        if isinstance(exc, OSError):
            raise OutputError(f"{targets[0]}: cannot write ({exc.strerror or exc})") from exc
        raise


@contextmanager
def atomic_write(path: str | os.PathLike[str], mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO]:
    """One file of :func:`atomic_files`: ``mode`` ``"w"`` (UTF-8 text) or ``"wb"``."""
    with atomic_files(path, binary="b" in mode) as (handle,):
        yield handle


def _discard(handles: list[IO], temps: list[Path]) -> None:
    for h in handles:
        h.close()
    for t in temps:
        t.unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _test_pause() -> None:
    """Test hook: ``TEIA_TEST_WRITE_PAUSE=SECONDS`` pauses after each file is written, so that
    a test can interrupt a build while it writes its outputs."""
    pause = os.environ.get("TEIA_TEST_WRITE_PAUSE")
    if pause:
        import time

        time.sleep(float(pause))


def _empty_like(ds: Graph) -> Graph:
    """An empty plain graph with teia's prefixes and those of ``ds``."""
    graph = Graph()
    bind_prefixes(graph)
    for ns_prefix, ns in ds.namespaces():
        graph.bind(ns_prefix, ns, override=False)
    return graph


def _union(ds: Graph) -> Graph:
    """All triples of a dataset in one plain graph (named graphs merged)."""
    if not isinstance(ds, Dataset):
        return ds
    union = _empty_like(ds)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def nquads_lines(text: str) -> list[str]:
    """The non-blank lines of N-Triples or N-Quads ``text``, without their line feeds.

    Lines end at a line feed only: rdflib escapes line feeds and carriage returns inside
    literals but writes U+2028, U+0085, form feeds and the other characters ``str.splitlines``
    also breaks at as they are, so splitting there would cut a literal in two.
    """
    return [line for line in text.split("\n") if line.strip()]


def sorted_ntriples(graph: Graph) -> str:
    lines = nquads_lines(_union(graph).serialize(format="nt", encoding="utf-8").decode("utf-8"))
    return "".join(f"{line}\n" for line in sorted(set(lines)))


def sorted_nquads(ds: Graph) -> str:
    if not ds.context_aware:  # a plain graph: its triples are the default graph of a dataset
        wrapped = Dataset()
        for triple in ds:
            wrapped.add(triple)
        ds = wrapped
    lines = nquads_lines(ds.serialize(format="nquads", encoding="utf-8").decode("utf-8"))
    return "".join(f"{line}\n" for line in sorted(set(lines)))


def _jsonld_context() -> dict:
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"] if CONTEXT_PATH.exists() else {}


def _jsonld(graph: Graph) -> str:
    """Compact JSON-LD of ``graph`` with the local context inline.

    rdflib's converter keeps the first value of a property as a bare value and, on the next
    value, only turns it into a list when that first value is truthy: a ``"0"`` offset, a
    ``false`` polarity or an empty string followed by a second value was silently replaced.
    Wrapping falsy values in a list before each addition (and unwrapping the lists that stay
    single) keeps every value without changing the output otherwise.
    """
    from rdflib.plugins.serializers.jsonld import Converter
    from rdflib.plugins.shared.jsonld.context import Context

    class KeepFalsyValues(Converter):
        def __init__(self, context: Context) -> None:
            super().__init__(context, use_native_types=False, use_rdf_type=False)
            self.wrapped: list[tuple[dict, str]] = []

        def add_to_node(self, graph, s, p, o, s_node, nodemap):
            for key, value in s_node.items():
                if not value and not isinstance(value, (list, dict)):
                    s_node[key] = [value]
                    self.wrapped.append((s_node, key))
            super().add_to_node(graph, s, p, o, s_node, nodemap)

    context_data = _jsonld_context()
    context = Context(context_data)
    converter = KeepFalsyValues(context)
    result = converter.convert(graph)
    for node, key in converter.wrapped:
        if isinstance(node.get(key), list) and len(node[key]) == 1:
            node[key] = node[key][0]
    if isinstance(result, list):
        result = {context.get_key("@graph"): result}
    result["@context"] = context_data
    return json.dumps(_sorted_json(result), indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _sorted_json(node: object, in_list: bool = False) -> object:
    """JSON-LD with its arrays in a fixed order: the converter lists nodes and the values of a
    property in the store's order, which changes from run to run. Arrays are sets in JSON-LD
    except under ``@list``, which keeps its order."""
    if isinstance(node, dict):
        return {k: _sorted_json(v, in_list=(k == "@list")) for k, v in node.items()}
    if isinstance(node, list):
        items = [_sorted_json(v) for v in node]
        return items if in_list else sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node


def _trig(ds: Graph) -> str:
    """TriG with the named graphs in IRI order, each written as rdflib writes Turtle (subjects
    sorted), and one prefix block: the same dataset gives the same bytes. rdflib's own TriG
    writer takes the graphs in the store's order, which changes from run to run."""
    if not isinstance(ds, Dataset):
        return ds.serialize(format="trig")
    prefixes: set[str] = set()
    blocks: list[str] = []
    graphs = sorted((g for g in ds.graphs() if len(g)), key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID, str(g.identifier)))
    for g in graphs:
        plain = _empty_like(ds)
        for triple in g:
            plain.add(triple)
        body: list[str] = []
        for line in plain.serialize(format="turtle").splitlines():
            (prefixes.add(line) if line.startswith("@prefix") else body.append(line))
        text = "\n".join(body).strip("\n")
        if g.identifier == DATASET_DEFAULT_GRAPH_ID:
            blocks.append(text + "\n")
        else:
            # not indented: a multi-line literal would take the indentation into its value
            blocks.append(f"{g.identifier.n3()} {{\n{text}\n}}\n")
    return "".join(f"{line}\n" for line in sorted(prefixes)) + "\n" + "\n".join(blocks)


def _context_references(document: object) -> list[str]:
    """The external contexts a JSON-LD document refers to (``"@context": "<IRI>"``, ``@import``).

    rdflib would download them; teia works offline and reads only inline contexts.
    """
    found: list[str] = []
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "@context":
                    for ctx in value if isinstance(value, list) else [value]:
                        if isinstance(ctx, str):
                            found.append(ctx)
                        elif isinstance(ctx, dict) and isinstance(ctx.get("@import"), str):
                            found.append(ctx["@import"])
                stack.append(value)
        elif isinstance(node, list):
            stack.extend(node)
    return found


def _check_jsonld(p: Path) -> None:
    try:
        document = json.loads(p.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{p}: not valid json-ld ({detail[:200]})") from None
    refs = _context_references(document)
    if refs:
        raise InputError(
            f"{p}: the JSON-LD refers to the external context {refs[0]!r}, which teia does not fetch "
            "(it works offline); put the context inline"
        )


def serialize(graph: Graph, fmt: str) -> str:
    """Serialize in a format name of :data:`FORMATS` (deterministic for nt, nquads, trig and
    json-ld)."""
    if fmt == "nt":
        return sorted_ntriples(graph)
    if fmt == "nquads":
        return sorted_nquads(graph)
    if fmt == "turtle":
        return _union(graph).serialize(format="turtle")
    if fmt == "json-ld":
        return _jsonld(_union(graph))
    if fmt == "trig":
        return _trig(graph)
    return graph.serialize(format=fmt)


def write_outputs(ds: Dataset, out_dir: Path, names: dict[str, str] | None = None) -> list[Path]:
    """Write the dataset in every output format into ``out_dir``; returns the files written."""
    ensure_dir(out_dir)
    written = []
    for name, fmt in (names or OUTPUT_FILES).items():
        path = out_dir / name
        text = serialize(ds, fmt)
        with atomic_write(path) as handle:
            handle.write(text)
        written.append(path)
    return written


GRAPH_FILES = ("graph.nq", "graph.trig", "graph.ttl", "graph.nt")
"""The files of an output folder a graph is read from, in order of preference."""


def graph_file(path: str | os.PathLike[str]) -> Path | None:
    """The graph file of an output folder (the first of :data:`GRAPH_FILES` in it), or None
    when it holds none; ``path`` itself when it is not a folder."""
    p = Path(path)
    if not p.is_dir():
        return p
    return next((p / name for name in GRAPH_FILES if (p / name).exists()), None)


def load_graph(path: str | os.PathLike[str]) -> Dataset:
    """Load a graph file (or an output folder of ``teia build``) into a Dataset."""
    p = Path(path)
    if p.is_dir():
        found = graph_file(p)
        if found is not None:
            return load_graph(found)
        raise InputError(f"{p}: folder holds no graph file (graph.nq, graph.trig, graph.ttl or graph.nt)")
    if not p.exists():
        raise InputError(f"{p}: no such graph file")
    fmt = FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise InputError(f"{p}: unknown graph format {p.suffix!r} (expected one of {', '.join(sorted(FORMATS))})")
    if p.stat().st_size == 0:
        raise InputError(f"{p}: graph file is empty")
    if fmt == "json-ld":
        _check_jsonld(p)
    ds = Dataset(default_union=True)
    bind_prefixes(ds)
    try:
        if fmt in ("nquads", "trig"):
            ds.parse(p, format=fmt)
        elif fmt == "json-ld":
            ds.default_graph.parse(p, format=fmt, context=_jsonld_context())
        else:
            ds.default_graph.parse(p, format=fmt)
    except Exception as exc:  # noqa: BLE001 - rdflib's parsers fail on bad input in many ways
        # (ParserError, SyntaxError, ValueError, even IndexError on a truncated Turtle file):
        # all of them mean the user's file is not valid, which is reported, not hidden.
        detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise InputError(f"{p}: not valid {fmt} ({detail[:200]})") from None
    return ds


def file_digest(path: str | os.PathLike[str]) -> str:
    """SHA-256 of a file's bytes (``missing:<path>`` when there is no such file): what a
    build depends on is a file's content, not where it lies."""
    p = Path(path)
    return hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else f"missing:{os.fspath(path)}"
