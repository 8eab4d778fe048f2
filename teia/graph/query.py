"""One front for SPARQL queries over an rdflib graph/dataset or a pyoxigraph store.

:func:`run_query` checks a query before running it (syntax, no updates, no federation
unless asked), runs it on either backend and returns a :class:`QueryResult` whose terms are
always rdflib terms, so both backends print identically through the formatters
(:func:`to_table`, :func:`to_csv`, :func:`to_tsv`, :func:`to_json`, :func:`to_turtle`).

Design choices (see ``docs/store-and-serve.md``):

* Queries are parsed with rdflib's SPARQL parser first, whatever the backend. That parse is
  cheap and gives the algebra, where ``SERVICE`` is detected reliably. For a pyoxigraph
  store, a query rdflib cannot parse is handed to Oxigraph's own parser (it knows a few
  extensions); in that case ``SERVICE`` is detected by a keyword scan of the query with its
  comments, strings and IRIs blanked out.
* ``FROM``/``FROM NAMED`` make rdflib download the named IRIs, so on the rdflib backend they
  are treated like ``SERVICE``. On Oxigraph they only select graphs of the store.
* A timeout is enforced by running the query in a child process which is killed when the
  time is up: this truly stops a runaway query on both backends. The child is forked (it
  shares the data copy-on-write), except for an Oxigraph store while other Python threads
  run (a thread busy in the store at the moment of a fork can leave one of the store's locks
  held in the child for ever, :func:`_may_fork`) and where there is no ``fork``: then it is a
  new interpreter given a copy of the data (:func:`_copy_job`).
"""

from __future__ import annotations

import csv
import io
import json
import multiprocessing
import os
import pickle
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox
from pyparsing import ParseResults
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import RDF, XSD
from rdflib.term import Node

from teia.errors import QueryError, TeiaError
from teia.graph import sparql_fixes
from teia.limits import MAX_TIMEOUT_S, valid_timeout
from teia.ontology.namespace import NIF, REL, TEIA, WD

sparql_fixes.apply()  # GROUP_CONCAT(DISTINCT ?x) over OPTIONAL, see the module

__all__ = [
    "QueryResult",
    "run_query",
    "check_query",
    "to_table",
    "to_csv",
    "to_tsv",
    "to_json",
    "to_json_obj",
    "to_turtle",
    "to_dataframe",
    "python_value",
    "iter_rows",
    "from_oxigraph",
    "to_oxigraph",
]

Source = Graph | ox.Store

_MAX_EXPECTED_CHARS = 160


@dataclass
class QueryResult:
    """The outcome of a query, with rdflib terms whatever the backend.

    ``kind`` is ``"select"``, ``"ask"`` or ``"construct"`` (``DESCRIBE`` results are graphs
    too and use ``"construct"``). For ``select``: ``vars`` and ``rows`` (one tuple per
    solution, ``None`` for an unbound variable). For ``ask``: ``boolean``. For
    ``construct``: ``graph``. ``truncated`` tells that ``limit`` cut the rows.
    """

    kind: str
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Node | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None
    truncated: bool = False

    def to_dataframe(self, *, short: bool = True):
        """The result as a :class:`pandas.DataFrame` (see :func:`to_dataframe`)."""
        return to_dataframe(self, short=short)


# --------------------------------------------------------------------------------------
# term conversion


def from_oxigraph(term: Any) -> Node | None:
    """Convert a pyoxigraph term to the equal rdflib term (``None`` stays ``None``)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    if isinstance(term, ox.DefaultGraph):
        return None
    raise QueryError(f"cannot represent the RDF term {term!r} (RDF-star triple terms are not supported)")


def to_oxigraph(term: Node) -> Any:
    """Convert an rdflib term to the equal pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None and term.datatype != RDF.langString:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise QueryError(f"cannot convert {term!r} to an Oxigraph term")


# --------------------------------------------------------------------------------------
# checking


def _line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _shorten(msg: str) -> str:
    msg = " ".join(msg.split())
    if len(msg) > _MAX_EXPECTED_CHARS:
        msg = msg[: _MAX_EXPECTED_CHARS - 3].rstrip() + "..."
    return msg


def _syntax_error(name: str, line: int, col: int, detail: str) -> QueryError:
    return QueryError(f"{name}: syntax error at line {line}, column {col}: {_shorten(detail)}")


_OX_POSITION = re.compile(r"error at (\d+):(\d+)(?::\s*(.*))?", re.S)


def _oxigraph_syntax_error(name: str, exc: SyntaxError) -> QueryError:
    msg = str(exc)
    m = _OX_POSITION.search(msg)
    if m:
        return _syntax_error(name, int(m.group(1)), int(m.group(2)), m.group(3) or "invalid query")
    return QueryError(f"{name}: syntax error: {_shorten(msg)}")


def _rdflib_error_detail(exc: Exception) -> str:
    detail = getattr(exc, "msg", None) or str(exc)
    found = getattr(exc, "pstr", None)
    loc = getattr(exc, "loc", None)
    if isinstance(found, str) and isinstance(loc, int) and loc < len(found):
        token = found[loc:].split(None, 1)[0] if found[loc:].strip() else ""
        if token:
            detail = f"{detail}, found {token[:30]!r}"
    return detail


_PARSER_LOCK = threading.Lock()
"""One rdflib SPARQL parse at a time: its pyparsing grammar is not thread-safe while its parse
actions are first called (pyparsing works out their arity by trying them), and queries from
several threads at once failed with made-up syntax errors ("<lambda>() missing 1 required
positional argument"). The parse is Python code under the interpreter lock anyway."""


def _parse_with_rdflib(text: str):
    """Return (parsed query, None) or (None, parse exception)."""
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        with _PARSER_LOCK:
            return parseQuery(text), None
    except Exception as exc:  # pyparsing.ParseException and friends
        return None, exc


def _is_update(text: str) -> bool:
    from rdflib.plugins.sparql.parser import parseUpdate

    try:
        with _PARSER_LOCK:
            parsed = parseUpdate(text)
    except Exception:
        return False
    return bool(getattr(parsed, "request", None))


_UPDATE_WORDS = re.compile(
    r"\b(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b", re.I
)
_SERVICE_WORD = re.compile(r"\bSERVICE\b", re.I)


def _blank_lexical(text: str) -> str:
    """The query with comments, string literals and IRIs replaced by spaces.

    Used for keyword scans only, so that ``"SERVICE"`` in a string or ``<.../service>``
    in an IRI is not mistaken for the keyword.
    """
    token = re.compile(
        r'"""(?:[^"\\]|\\.|"(?!""))*"""'
        r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
        r'|"(?:[^"\\\n]|\\.)*"'
        r"|'(?:[^'\\\n]|\\.)*'"
        r"|<[^<>\"{}|^`\\\s]*>"
        r"|#[^\n]*",
        re.S,
    )
    return token.sub(lambda m: " " * len(m.group(0)), text)


def _algebra_uses(node: Any, names: set[str]) -> bool:
    """Whether a parsed/translated rdflib query tree holds a node named in ``names``."""
    seen: set[int] = set()
    stack = [node]
    while stack:
        cur = stack.pop()
        if id(cur) in seen:
            continue
        seen.add(id(cur))
        name = getattr(cur, "name", None)
        if isinstance(name, str) and name in names:
            return True
        if isinstance(cur, ParseResults):  # registered as a Mapping, but holds a list too
            stack.extend(list(cur))
            stack.extend(cur.values())
        elif isinstance(cur, Mapping):
            stack.extend(cur.values())
        elif isinstance(cur, (list, tuple)):
            stack.extend(cur)
    return False


@dataclass
class _Checked:
    parsed: Any  # rdflib parse tree or None when only Oxigraph could parse it
    kind: str
    has_from: bool = False  # a FROM / FROM NAMED clause chooses the dataset itself


def _kind_from_text(text: str) -> str:
    m = re.search(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", _blank_lexical(text), re.I)
    word = m.group(1).upper() if m else "SELECT"
    return {"SELECT": "select", "ASK": "ask"}.get(word, "construct")


def check_query(
    query_text: str,
    *,
    backend: str = "rdflib",
    allow_federation: bool = False,
    name: str = "query",
) -> None:
    """Raise :class:`QueryError` if the query would be refused by :func:`run_query`."""
    _check(query_text, backend=backend, allow_federation=allow_federation, name=name)


def _check(query_text: str, *, backend: str, allow_federation: bool, name: str) -> _Checked:
    if not query_text.strip():
        raise QueryError(f"{name}: the query is empty")
    parsed, exc = _parse_with_rdflib(query_text)
    if parsed is None:
        if _is_update(query_text):
            raise QueryError(
                f"{name}: updates are not allowed; teia only runs read-only queries "
                "(SELECT, ASK, CONSTRUCT, DESCRIBE)"
            )
        if backend == "oxigraph":
            # Oxigraph's own parser decides when the query runs (it knows a few extensions
            # and reports positions too); federation is checked lexically beforehand.
            if not allow_federation and _SERVICE_WORD.search(_blank_lexical(query_text)):
                raise _federation_error(name, "SERVICE")
            has_from = bool(re.search(r"\bFROM\b", _blank_lexical(query_text), re.I))
            return _Checked(None, _kind_from_text(query_text), has_from)
        loc = getattr(exc, "loc", None)
        if isinstance(loc, int):
            line, col = _line_col(query_text, loc)
            raise _syntax_error(name, line, col, _rdflib_error_detail(exc)) from None
        raise QueryError(f"{name}: syntax error: {_shorten(str(exc))}") from None

    has_from = _algebra_uses(parsed, {"DatasetClause"})
    if not allow_federation:
        if _algebra_uses(parsed, {"ServiceGraphPattern"}):
            raise _federation_error(name, "SERVICE")
        if backend == "rdflib" and has_from:
            raise _federation_error(name, "FROM")
    query_name = getattr(parsed[1], "name", "SelectQuery")
    kind = {"SelectQuery": "select", "AskQuery": "ask"}.get(query_name, "construct")
    return _Checked(parsed, kind, has_from)


def _federation_error(name: str, what: str) -> QueryError:
    hint = "pass allow_federation=True (CLI: --allow-federation) to permit it"
    if what == "FROM":
        return QueryError(
            f"{name}: FROM/FROM NAMED would download remote data with the rdflib backend; "
            f"federation is refused by default; {hint}"
        )
    return QueryError(f"{name}: {what} queries remote endpoints; federation is refused by default; {hint}")


# --------------------------------------------------------------------------------------
# running


def run_query(
    source: Source,
    query_text: str,
    *,
    limit: int | None = None,
    timeout: float | None = None,
    allow_federation: bool = False,
    bindings: Mapping[str, Node] | None = None,
    union_default_graph: bool = True,
    name: str = "query",
) -> QueryResult:
    """Run a read-only SPARQL query on an rdflib graph/dataset or a pyoxigraph store (an
    rdflib dataset kept in Oxigraph, :mod:`teia.graph.oxstore`, is queried by Oxigraph).

    ``limit`` caps the rows of a SELECT (``truncated`` tells whether rows were dropped).
    ``timeout`` (seconds) kills the query when exceeded and raises :class:`QueryError`.
    ``bindings`` pre-binds variables (name without ``?`` → rdflib term). With
    ``union_default_graph`` (the default) the default graph of a dataset is the union of
    all its graphs, as with ``teia serve``; ``name`` prefixes error messages (e.g. the
    query file name).
    """
    if limit is not None and limit < 0:
        raise QueryError("the limit must be zero or more")
    if not valid_timeout(timeout):
        raise QueryError(f"the timeout must be a number of seconds above 0 and at most {MAX_TIMEOUT_S:g}, not {timeout}")
    # an rdflib dataset kept in Oxigraph (teia.graph.oxstore, what teia.load gives for a big
    # graph) is queried in Oxigraph itself, not through rdflib's evaluator
    inner = getattr(getattr(source, "store", None), "oxigraph", None)
    if isinstance(source, Graph) and isinstance(inner, ox.Store):
        source = inner
    if isinstance(source, ox.Store):
        backend = "oxigraph"
    elif isinstance(source, Graph):
        backend = "rdflib"
    else:
        raise QueryError(f"cannot query a {type(source).__name__}; expected an rdflib graph or an Oxigraph store")
    checked = _check(query_text, backend=backend, allow_federation=allow_federation, name=name)

    def work() -> QueryResult:
        if backend == "oxigraph":
            return _run_oxigraph(source, query_text, checked, limit, bindings, union_default_graph, name)
        return _run_rdflib(source, query_text, checked, limit, bindings, union_default_graph, name)

    if timeout is None:
        return work()
    options = {"limit": limit, "allow_federation": allow_federation, "bindings": dict(bindings or {}),
               "union_default_graph": union_default_graph, "name": name}
    return _run_with_timeout(work, lambda: _copy_job(source, backend, query_text, options, timeout), timeout, name,
                             backend)


def _take(rows: Iterator[tuple], limit: int | None) -> tuple[list[tuple], bool]:
    out: list[tuple] = []
    for row in rows:
        if limit is not None and len(out) >= limit:
            return out, True
        out.append(row)
    return out, False


def _run_rdflib(
    source: Graph,
    query_text: str,
    checked: _Checked,
    limit: int | None,
    bindings: Mapping[str, Node] | None,
    union: bool,
    name: str,
) -> QueryResult:
    from rdflib.plugins.sparql.algebra import translateQuery

    try:
        prepared = translateQuery(checked.parsed)
    except Exception as exc:
        raise QueryError(f"{name}: invalid query: {_shorten(str(exc))}") from None
    is_dataset = isinstance(source, ConjunctiveGraph)
    previous = source.default_union if is_dataset else None
    try:
        if is_dataset:
            source.default_union = union and not checked.has_from
        try:
            res = source.query(prepared, initBindings=dict(bindings or {}))
            if res.type == "ASK":
                return QueryResult(kind="ask", boolean=bool(res.askAnswer))
            if res.type in ("CONSTRUCT", "DESCRIBE"):
                graph = Graph()
                for triple in res.graph or ():
                    graph.add(triple)
                return QueryResult(kind="construct", graph=graph)
            variables = [str(v) for v in (res.vars or [])]
            rows, truncated = _take((tuple(row) for row in res), limit)
        except QueryError:
            raise
        except Exception as exc:
            raise QueryError(f"{name}: query failed: {_shorten(str(exc))}") from None
    finally:
        if is_dataset:
            source.default_union = previous
    return QueryResult(kind="select", vars=variables, rows=rows, truncated=truncated)


def _run_oxigraph(
    store: ox.Store,
    query_text: str,
    checked: _Checked,
    limit: int | None,
    bindings: Mapping[str, Node] | None,
    union: bool,
    name: str,
) -> QueryResult:
    subs = {ox.Variable(k.lstrip("?$")): to_oxigraph(v) for k, v in (bindings or {}).items()}
    try:
        res = store.query(
            query_text,
            use_default_graph_as_union=union and not checked.has_from,
            substitutions=subs or None,
        )
        if isinstance(res, ox.QueryBoolean):
            return QueryResult(kind="ask", boolean=bool(res))
        if isinstance(res, ox.QueryTriples):
            graph = Graph()
            for t in res:
                graph.add((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)))
            return QueryResult(kind="construct", graph=graph)
        variables = [v.value for v in res.variables]
        rows, truncated = _take(
            (tuple(from_oxigraph(sol[v]) for v in variables) for sol in res), limit
        )
    except SyntaxError as exc:
        raise _oxigraph_syntax_error(name, exc) from None
    except QueryError:
        raise
    except Exception as exc:
        raise QueryError(f"{name}: query failed: {_shorten(str(exc))}") from None
    return QueryResult(kind="select", vars=variables, rows=rows, truncated=truncated)


def _outcome(work: Callable[[], QueryResult]) -> tuple:
    """What a query process sends back: ``("ok", wire)`` or ``("error", message)``."""
    try:
        return ("ok", _to_wire(work()))
    except QueryError as exc:
        return ("error", str(exc))
    except BaseException as exc:  # report, never hang the parent
        return ("error", f"query failed: {exc}")


def _child(conn: Any, work: Callable[[], QueryResult], parent: int, timeout: float) -> None:
    _watch(parent, time.monotonic() + timeout)
    try:
        conn.send(_outcome(work))
    finally:
        conn.close()


_WATCH_S = 0.5
"""How often a query process looks whether its parent is still there."""

_GRACE_S = 5.0
"""How long a query process may outlive its timeout, should its parent not have stopped it."""


def _watch(parent: int, deadline: float | None) -> list[float | None]:
    """In a query process: a thread that ends the process when its parent is gone (killed,
    it would not stop a runaway query any more) or :data:`_GRACE_S` after ``deadline``. The
    returned one-item list holds the deadline and may be changed."""
    when: list[float | None] = [deadline]

    def run() -> None:
        while True:
            time.sleep(_WATCH_S)
            late = when[0] is not None and time.monotonic() > when[0] + _GRACE_S
            if os.getppid() != parent or late:
                os._exit(1)

    threading.Thread(target=run, daemon=True).start()
    return when


def _to_wire(result: QueryResult) -> tuple:
    triples = list(result.graph) if result.graph is not None else None
    return (result.kind, result.vars, result.rows, result.boolean, triples, result.truncated)


def _from_wire(wire: tuple) -> QueryResult:
    kind, variables, rows, boolean, triples, truncated = wire
    graph = None
    if triples is not None:
        graph = Graph()
        for t in triples:
            graph.add(t)
    return QueryResult(kind=kind, vars=variables, rows=rows, boolean=boolean, graph=graph, truncated=truncated)


def _may_fork(backend: str) -> bool:
    """Whether a child forked now can run the query: ``fork`` exists, and for Oxigraph no
    other Python thread runs. A thread inside an Oxigraph call at the moment of the fork (the
    interpreter lock released) may hold one of the store's locks; the child inherits it held,
    with no thread to release it, and waits on it for ever. rdflib's in-memory store is plain
    Python data under the interpreter lock, which the forking thread holds: the child gets it
    whole and takes no lock of another thread's."""
    if "fork" not in multiprocessing.get_all_start_methods():
        return False
    return backend == "rdflib" or threading.active_count() == 1


def _run_with_timeout(work: Callable[[], QueryResult], copy: Callable[[], bytes], timeout: float, name: str,
                      backend: str) -> QueryResult:
    if _may_fork(backend):
        return _run_forked(work, timeout, name)
    return _run_on_a_copy(copy(), timeout, name)


def _run_forked(work: Callable[[], QueryResult], timeout: float, name: str) -> QueryResult:
    ctx = multiprocessing.get_context("fork")
    parent_conn, child_conn = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child_conn, work, os.getpid(), timeout), daemon=True)
    proc.start()
    child_conn.close()
    try:
        if not parent_conn.poll(timeout):
            raise QueryError(f"{name}: the query did not finish within {timeout:g} s and was stopped")
        try:
            status, payload = parent_conn.recv()
        except EOFError:
            raise QueryError(f"{name}: the query process ended without a result") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent_conn.close()
    return _answer(status, payload)


def _answer(status: str, payload: Any) -> QueryResult:
    if status == "error":
        raise QueryError(payload)
    return _from_wire(payload)


_COPY_LOAD_S = 600.0
"""Longest wait for a separate query process to load its copy of the graph."""


def _copy_job(source: Source, backend: str, query_text: str, options: dict[str, Any], timeout: float) -> bytes:
    """The query and a copy of the data, for :mod:`teia.graph.querychild`: an Oxigraph store
    as N-Quads (blank nodes keep their ids), an rdflib graph pickled whole."""
    data = source.dump(format=ox.RdfFormat.N_QUADS) if backend == "oxigraph" else source
    try:
        return pickle.dumps((backend, data, query_text, options, timeout, os.getpid()), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:
        raise QueryError(
            f"{options['name']}: a query with a timeout from a process where other threads run needs a copy of "
            f"the graph, and this one cannot be copied ({type(exc).__name__}: {_shorten(str(exc))})"
        ) from None


def _run_on_a_copy(job: bytes, timeout: float, name: str) -> QueryResult:
    """Run the query in a new interpreter (:mod:`teia.graph.querychild`) that loads a copy of
    the graph, then runs the query within ``timeout`` seconds or is killed."""
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([sys.executable, "-m", "teia.graph.querychild"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=err)
        reader = _Reader(proc.stdout)
        reader.start()
        try:
            try:
                proc.stdin.write(job)
                proc.stdin.close()
            except OSError:  # it ended early: said below
                pass
            if not reader.loaded.wait(_COPY_LOAD_S):
                raise QueryError(f"{name}: the query process did not load its copy of the graph within {_COPY_LOAD_S:g} s")
            if not reader.done.wait(timeout):
                raise QueryError(f"{name}: the query did not finish within {timeout:g} s and was stopped")
            try:
                status, payload = pickle.loads(bytes(reader.data))
            except Exception:
                raise QueryError(f"{name}: the query process ended without a result{_last_line(proc, err)}") from None
        finally:
            if proc.poll() is None:
                proc.kill()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                pass
            reader.join(5)
            proc.stdout.close()
    return _answer(status, payload)


class _Reader(threading.Thread):
    """Reads the query process's answer: ``loaded`` once its first byte (the copy is loaded)
    or the end came, ``done`` at the end; ``data`` is what came after the first byte."""

    def __init__(self, stream: Any) -> None:
        super().__init__(daemon=True)
        self.stream = stream
        self.loaded = threading.Event()
        self.done = threading.Event()
        self.data = bytearray()

    def run(self) -> None:
        try:
            self.stream.read(1)
            self.loaded.set()
            while chunk := self.stream.read1(1 << 16):
                self.data += chunk
        except (OSError, ValueError):  # closed: the parent gave up on it
            pass
        finally:
            self.loaded.set()
            self.done.set()


def _last_line(proc: subprocess.Popen, err: Any) -> str:
    """`` (exit status N: last line of its stderr)`` for an error message."""
    err.seek(0)
    lines = err.read().decode("utf-8", "replace").strip().splitlines()
    status = proc.poll()
    said = f": {_shorten(lines[-1])}" if lines else ""
    return f" (exit status {status}{said})"


def serve_copy(stdin: Any, stdout: Any) -> None:
    """The body of :mod:`teia.graph.querychild`: read a job of :func:`_copy_job`, load the
    copy, write one byte, run the query and write the pickled outcome. It ends itself if its
    parent is gone or the timeout is long past (:func:`_watch`)."""
    backend, data, query_text, options, timeout, parent = pickle.loads(stdin.read())
    deadline = _watch(parent, None)
    if backend == "oxigraph":
        source: Source = ox.Store()
        source.extend(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    else:
        source = data
    stdout.write(b"R")
    stdout.flush()
    deadline[0] = time.monotonic() + timeout
    outcome = _outcome(lambda: run_query(source, query_text, **options))
    stdout.write(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
    stdout.flush()


# --------------------------------------------------------------------------------------
# formatting


def _require(result: QueryResult, kinds: Sequence[str], fmt: str) -> None:
    if result.kind not in kinds:
        wanted = "SELECT or ASK" if "select" in kinds else "CONSTRUCT or DESCRIBE"
        raise QueryError(f"the {fmt} output is for {wanted} results; this is a {result.kind.upper()} result")


def _n3(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term)).n3()
    return term.n3()


def to_table(result: QueryResult, *, title: str | None = None):
    """A :class:`rich.table.Table` of the result (one row per solution or triple)."""
    from rich.table import Table

    table = Table(title=title)
    if result.kind == "ask":
        table.add_column("boolean")
        table.add_row("true" if result.boolean else "false")
        return table
    if result.kind == "construct":
        for col in ("subject", "predicate", "object"):
            table.add_column(col)
        for s, p, o in sorted(result.graph or (), key=lambda t: tuple(x.n3() for x in t)):
            table.add_row(_n3(s), _n3(p), _n3(o))
        return table
    for v in result.vars:
        table.add_column(v, overflow="fold")  # wrap long IRIs in a narrow terminal, never cut them
    for row in result.rows:
        table.add_row(*(_display(t) for t in row))
    return table


def to_text_table(result: QueryResult) -> Iterator[str]:
    """The result as lines of plain text, columns padded and separated by ``|``, nothing cut.

    For a pipe, a file or a large result: one pass to measure the columns, one to write, so
    100,000 rows take about a second (a rich table took minutes, and shortened cells to fit
    the terminal).
    """
    if result.kind == "ask":
        yield "true" if result.boolean else "false"
        return
    if result.kind == "construct":
        header = ["subject", "predicate", "object"]
        rows = [[_n3(t) for t in triple]
                for triple in sorted(result.graph or (), key=lambda t: tuple(x.n3() for x in t))]
    else:
        header = list(result.vars)
        rows = [[_display(t).replace("\n", " ") for t in row] for row in result.rows]
    widths = [len(h) for h in header]
    for row in rows:
        for i, cell in enumerate(row):
            if len(cell) > widths[i]:
                widths[i] = len(cell)
    last = len(header) - 1

    def line(cells: Sequence[str]) -> str:
        return " " + " | ".join(c if i == last else c.ljust(widths[i]) for i, c in enumerate(cells))

    yield line(header)
    for row in rows:
        yield line(row)


TABLE_PREFIXES = (
    ("teia:", str(TEIA)),
    ("rel:", str(REL)),
    ("id:", "https://w3id.org/teia/id/"),
    ("rdf:", str(RDF)),
    ("rdfs:", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos:", "http://www.w3.org/2004/02/skos/core#"),
    ("prov:", "http://www.w3.org/ns/prov#"),
    ("owl:", "http://www.w3.org/2002/07/owl#"),
    ("nif:", str(NIF)),
    ("wd:", str(WD)),
)
"""Prefixes that shorten IRIs in tables (CSV, TSV and JSON keep full IRIs)."""


def parse_binding(text: str) -> tuple[str, Node]:
    """``NAME=VALUE`` (``teia query --vars``) as a variable name and an rdflib term.

    VALUE is a term in Turtle syntax when it reads as one (``<https://...>``, ``"Lênin"@pt``,
    ``"1920"^^xsd:gYear`` with a full datatype IRI, ``42``, ``3.5``, ``true``) and otherwise a
    plain string literal (``name=Komintern``).
    """
    name, sep, value = text.partition("=")
    name = name.strip().lstrip("?$")
    if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
        raise QueryError(f"--vars {text!r}: expected NAME=VALUE, e.g. name=Komintern")
    stripped = value.strip()
    if stripped.startswith(("<", '"', "'")) or re.fullmatch(r"[+-]?\d+(\.\d+)?([eE][+-]?\d+)?|true|false", stripped):
        try:
            g = Graph().parse(data=f"<urn:x:s> <urn:x:p> {stripped} .", format="turtle")
            (term,) = [o for _, _, o in g]
        except Exception:
            raise QueryError(f"--vars {text!r}: {stripped} is not an IRI or a literal in Turtle syntax") from None
        return name, term
    return name, Literal(value)


def _display(term: Node | None) -> str:
    """How a term reads in a table: literals by their text (language tags and datatypes
    dropped), IRIs shortened by :data:`TABLE_PREFIXES`, blank nodes as ``_:id``, unbound as
    empty."""
    if isinstance(term, Literal):
        return str(term)
    if isinstance(term, URIRef):
        for prefix, ns in TABLE_PREFIXES:
            if term.startswith(ns) and len(term) > len(ns):
                return prefix + term[len(ns):]
    return _csv_value(term)


def _csv_value(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results CSV: plain values, CRLF line ends. ASK gives ``true``/``false``."""
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\r\n"
    _require(result, ("select", "ask"), "CSV")
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(result.vars)
    for row in result.rows:
        writer.writerow([_csv_value(t) for t in row])
    return buf.getvalue()


def _tsv_value(term: Node | None) -> str:
    if term is None:
        return ""
    text = _n3(term)
    return text.replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def to_tsv(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results TSV: ``?var`` header, terms in N-Triples/Turtle syntax."""
    if result.kind == "ask":
        return ("true" if result.boolean else "false") + "\n"
    _require(result, ("select", "ask"), "TSV")
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    lines.extend("\t".join(_tsv_value(t) for t in row) for row in result.rows)
    return "\n".join(lines) + "\n"


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": str(term)}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype is not None and term.datatype != XSD.string:
            out["datatype"] = str(term.datatype)
        return out
    raise QueryError(f"cannot write {term!r} as SPARQL JSON")


def to_json_obj(result: QueryResult) -> dict[str, Any]:
    """The SPARQL 1.1 Query Results JSON document as Python objects."""
    if result.kind == "ask":
        return {"head": {}, "boolean": bool(result.boolean)}
    _require(result, ("select", "ask"), "JSON")
    bindings = []
    for row in result.rows:
        bindings.append({v: _json_term(t) for v, t in zip(result.vars, row) if t is not None})
    return {"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}


def to_json(result: QueryResult, *, indent: int | None = 2) -> str:
    """SPARQL 1.1 Query Results JSON (``application/sparql-results+json``)."""
    return json.dumps(to_json_obj(result), ensure_ascii=False, indent=indent) + "\n"


def to_turtle(result: QueryResult, *, prefixes: Mapping[str, str] | None = None) -> str:
    """Turtle for a CONSTRUCT/DESCRIBE result."""
    _require(result, ("construct",), "Turtle")
    graph = Graph()
    for prefix, ns in (prefixes or {}).items():
        graph.bind(prefix, ns)
    for triple in result.graph or ():
        graph.add(triple)
    return graph.serialize(format="turtle")


_NUMERIC_TYPES = frozenset(
    XSD[name]
    for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
        "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
        "unsignedByte", "decimal", "double", "float",
    )
)


def python_value(term: Node | None, *, short: bool = True) -> Any:
    """The plain Python value of a result term, as a table shows it.

    Numbers become ``int`` or ``float`` (``xsd:decimal`` included), ``xsd:boolean`` a ``bool``;
    other literals their text (dates keep their ISO form as written: ``1920``, ``1920-08``,
    ``1920-08-13``; language tags are dropped); IRIs are shortened by :data:`TABLE_PREFIXES`
    when ``short`` (``teia:Person``, ``id:person/...``); blank nodes read ``_:id``; an unbound
    variable is ``None``. A literal that is not valid for its datatype keeps its text.
    """
    if term is None:
        return None
    if isinstance(term, Literal):
        if term.datatype in _NUMERIC_TYPES and term.ill_typed is not True:
            value = term.toPython()
            if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
                return str(term)
            return float(value) if isinstance(value, Decimal) else value
        if term.datatype == XSD.boolean and str(term) in ("true", "false", "1", "0"):
            return str(term) in ("true", "1")
        return str(term)
    if short:
        return _display(term)
    return _csv_value(term)


def to_dataframe(result: QueryResult, *, short: bool = True):
    """A SELECT result as a :class:`pandas.DataFrame`: one column per variable, in order, one
    row per solution, values as :func:`python_value` gives them. A CONSTRUCT or DESCRIBE
    result gives the columns ``subject``, ``predicate``, ``object``, sorted. An ASK result has
    no table (read ``result.boolean``).

    pandas is optional for teia: without it this raises a :class:`~teia.errors.TeiaError`
    saying how to install it.
    """
    pd = _pandas()
    if result.kind == "ask":
        raise QueryError("an ASK result is a single boolean (result.boolean), not a table")
    if result.kind == "construct":
        triples = sorted(result.graph or (), key=lambda t: tuple(x.n3() for x in t))
        rows = [[python_value(t, short=short) for t in triple] for triple in triples]
        return pd.DataFrame(rows, columns=["subject", "predicate", "object"])
    rows = [[python_value(t, short=short) for t in row] for row in result.rows]
    return pd.DataFrame(rows, columns=list(result.vars))


def _pandas():
    try:
        import pandas
    except ImportError:
        raise TeiaError(
            "pandas is needed for tables (to_dataframe): pip install pandas, or pip install 'teia[notebooks]'"
        ) from None
    return pandas


def iter_rows(result: QueryResult) -> Iterable[dict[str, Node]]:
    """Solutions as dicts (variable name → term), unbound variables left out."""
    for row in result.rows:
        yield {v: t for v, t in zip(result.vars, row) if t is not None}
