"""The ``teia`` command line, a thin shell over the library.

Every user error is a :class:`~teia.errors.TeiaError`; :class:`_Group` catches that base class
once, prints one line on stderr and exits with the error's code (2 for bad input, 1 for a
graph that does not validate). Heavy libraries are imported inside the commands, so
``teia --help`` and ``teia --version`` answer at once.
"""

from __future__ import annotations

import json
import logging
import math
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import click
import typer
from typer.core import TyperGroup

from teia import __version__
from teia.errors import InputError, TeiaError
from teia.limits import MAX_PROCESSES, MAX_TIMEOUT_S

__all__ = ["app", "main"]


class _Group(TyperGroup):
    """Turns any TeiaError raised by a command into one line on stderr and an exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TeiaError as exc:
            typer.echo(f"teia: error: {exc}", err=True)
            raise typer.Exit(exc.exit_code) from None


app = typer.Typer(
    cls=_Group,
    name="teia",
    help="Build RDF knowledge graphs from Portuguese texts, offline, with provenance on every triple.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"teia {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log more.")] = False,
) -> None:
    logger = logging.getLogger("teia")
    logger.handlers[:] = [_StderrHandler()]
    logger.setLevel(logging.INFO if verbose else logging.WARNING)
    logger.propagate = False


class _StderrHandler(logging.Handler):
    """Writes log records to whatever ``sys.stderr`` is at the time (test runners swap it)."""

    def __init__(self) -> None:
        super().__init__()
        self.setFormatter(logging.Formatter("teia: %(levelname)s: %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        sys.stderr.write(self.format(record) + "\n")


def _bounded(option: str, low: float, high: float, *, above: bool = False, what: str = "a number"):
    """A parameter callback: ``nan``, ``inf`` and values out of range are one line (InputError,
    which the group turns into ``teia: error: ...``), not click's usage text or a traceback."""

    def check(value: float | int | None) -> float | int | None:
        if value is None:
            return value
        ok = math.isfinite(value) and (value > low if above else value >= low) and value <= high
        if not ok:
            lower = f"above {low:g}" if above else f"at least {low:g}"
            raise InputError(f"{option} {value}: expected {what} {lower} and at most {high:g}")
        return value

    return check


class QueryFormat(str, Enum):
    table = "table"
    csv = "csv"
    tsv = "tsv"
    json = "json"


# --- build --------------------------------------------------------------------------------
@app.command()
def build(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns of documents (.txt, .md).")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (graph files, merge and link logs, segments.jsonl).")] = Path("out"),
    formats: Annotated[
        list[str],
        typer.Option(
            "--formats", "-f",
            help="Graph files to write: nq, nt, ttl, trig, jsonld or all, comma-separated or repeated "
            "(default nq,nt, written document by document; ttl, trig and jsonld need the whole graph in memory).",
        ),
    ] = [],  # noqa: B006
    model: Annotated[
        Optional[str],
        typer.Option("--model", "-m", help="spaCy pipeline: installed name or path (default: the shipped one; 'blank' for rules only)."),
    ] = None,
    kb: Annotated[list[Path], typer.Option("--kb", help="Extra knowledge-base file (JSON Lines); repeatable.")] = [],  # noqa: B006
    merges: Annotated[
        Optional[Path],
        typer.Option("--merges", help="Accepted/rejected entity merges (JSON Lines, see docs/entities.md)."),
    ] = None,
    relations_map: Annotated[
        Optional[Path],
        typer.Option("--relations-map", help="Extra relation frames (JSON, see docs/relations.md), extending the shipped mapping."),
    ] = None,
    relation_model: Annotated[
        bool,
        typer.Option(
            "--relation-model",
            help="Also run the relation classifier beside the rules (off by default: it adds next to nothing on news text, see docs/quality.md).",
        ),
    ] = False,
    relation_threshold: Annotated[
        Optional[float],
        typer.Option(
            "--relation-threshold", callback=_bounded("--relation-threshold", 0, 1),
            help="With --relation-model: confidence from which its relations are plain triples (default 0.9; below, only the statement).",
        ),
    ] = None,
    lexicon: Annotated[
        list[Path],
        typer.Option("--lexicon", help="Extra words for the rules (JSON, see docs/events-lexicon.md), extending the shipped lists; repeatable."),
    ] = [],  # noqa: B006
    base: Annotated[Optional[str], typer.Option("--base", help="Base IRI for minted data IRIs.")] = None,
    processes: Annotated[
        int, typer.Option("--processes", "-j", callback=_bounded("--processes", 1, MAX_PROCESSES, what="a count"), help="Extraction processes.")
    ] = 1,
    store: Annotated[
        Optional[Path],
        typer.Option("--store", help="Also write each document's graph into this on-disk Oxigraph store as it is built (synced: removed documents go)."),
    ] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    workers: Annotated[
        Optional[int],
        typer.Option("--workers", callback=_bounded("--workers", 1, MAX_PROCESSES, what="a count"),
                     help="Build on a local Dask cluster of N worker processes (see docs/scale-out.md)."),
    ] = None,
    cluster: Annotated[
        Optional[str], typer.Option("--cluster", help="Build on a running Dask scheduler, e.g. tcp://host:8786.")
    ] = None,
    shards: Annotated[
        Optional[Path], typer.Option("--shards", help="Write N-Quads shards and manifest.json here (default with --workers/--cluster: OUT/shards).")
    ] = None,
    gzip_shards: Annotated[bool, typer.Option("--gzip", help="Gzip the shards (.nq.gz).")] = False,
    strict: Annotated[bool, typer.Option("--strict", help="Stop at the first file that cannot be read (default: skip it and say so).")] = False,
    link: Annotated[
        bool, typer.Option("--link/--no-link", help="Link entities to Portuguese Wikipedia/DBpedia (see docs/linking.md).")
    ] = True,
) -> None:
    """Extract entities, events, dates and relations from documents and write the graph.

    With --workers, --cluster or --shards the build is sharded (see docs/scale-out.md); a
    document that fails is listed in the manifest, the others are built, and the command
    exits with status 2 after writing everything.
    """
    from teia.api import build as build_graph
    from teia.build.steps import DEFAULT_FORMATS
    from teia.graph.iris import DEFAULT_BASE

    with _progress_bar(quiet) as (on_start, on_document):
        kg = build_graph(
            paths,
            out=out,
            model=model,
            kb=kb,
            merges=merges,
            relations_map=relations_map,
            relation_model=relation_model,
            relation_threshold=relation_threshold,
            lexicons=lexicon,
            base=base or DEFAULT_BASE,
            n_process=processes,
            workers=workers,
            cluster=cluster,
            shards=shards,
            compress=gzip_shards,
            strict=strict,
            link=link,
            formats=formats or DEFAULT_FORMATS,
            store=store,
            on_start=on_start,
            progress=on_document,
        )
    if store is not None and kg.written is not None:
        typer.echo(f"store {store}: {kg.written.store}", err=True)
    _report_build(kg, out)


@contextmanager
def _progress_bar(quiet: bool) -> Iterator[tuple[Callable[[int], None], Callable[[str], None]]]:
    """The build's progress bar on stderr: yields the ``on_start`` (number of documents) and
    ``progress`` (a document id) callbacks; the bar shows once the documents are read.

    It is redrawn when a document is done, not by rich's refresh thread: ``--processes N``
    forks the extraction workers after the bar is shown, and a fork copies the locks that
    thread holds while it draws (the console's, stderr's) into workers with no thread to
    release them."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    progress = Progress(
        TextColumn("[bold]extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        disable=quiet,
        transient=True,
        auto_refresh=False,
    )
    task = progress.add_task("", total=None, start=False)
    started = False

    def on_start(n: int) -> None:  # documents are read and checked: show the bar from here on
        nonlocal started
        progress.update(task, total=n)
        progress.start_task(task)
        progress.start()
        progress.refresh()
        started = True

    try:
        yield on_start, lambda doc_id: progress.update(task, advance=1, description=doc_id, refresh=True)
    finally:
        if started:
            progress.stop()


def _report_build(kg: Any, out: Path) -> None:
    """The build's summary on stderr; a distributed build with failed documents is an error."""
    from teia.extract.reader import skipped_summary

    written = kg.written
    triples = written.triples if written is not None else None
    if triples is None:  # graph.nt not written: counted on the whole graph
        triples = kg.stats()["triples"]
    files = ", ".join(p.name for p in written.files) if written is not None and written.files else "no graph file"
    skipped = skipped_summary(kg.skipped)
    typer.echo(
        f"built {out} ({files}): {len(kg.extractions)} documents{f' ({skipped})' if skipped else ''}, "
        f"{len(kg.resolution.entities)} entities, {triples} triples",
        err=True,
    )
    scaled = kg.shards
    if scaled is not None:
        typer.echo(
            f"shards {scaled.shards_dir}: {len(scaled.written)} written, {len(scaled.skipped)} unchanged, "
            f"{scaled.workers} worker(s)",
            err=True,
        )
        if scaled.errors:
            names = ", ".join(scaled.failed[:10]) + (", ..." if len(scaled.failed) > 10 else "")
            raise InputError(
                f"{len(scaled.errors)} document(s) failed: {names} (errors in {scaled.shards_dir / 'manifest.json'})"
            )


# --- query --------------------------------------------------------------------------------
def _query_text(query: str) -> tuple[str, str]:
    path = Path(query)
    if query.endswith(".rq") or (len(query) < 255 and path.is_file()):
        if not path.is_file():
            raise InputError(f"{query}: no such query file")
        try:
            return path.read_text(encoding="utf-8"), query
        except UnicodeDecodeError:
            raise InputError(f"{query}: query file is not UTF-8 text") from None
    return query, "query"


@app.command()
def query(
    graph: Annotated[Optional[str], typer.Argument(help="Graph file or build output folder (omit with --store).")] = None,
    sparql: Annotated[Optional[str], typer.Argument(help="SPARQL text or a .rq file.")] = None,
    fmt: Annotated[QueryFormat, typer.Option("--format", "-f", help="Output format.")] = QueryFormat.table,
    store: Annotated[Optional[Path], typer.Option("--store", help="Query an on-disk Oxigraph store instead of a file.")] = None,
    limit: Annotated[
        Optional[int], typer.Option("--limit", callback=_bounded("--limit", 0, 2**63 - 1, what="a count"), help="At most this many rows.")
    ] = None,
    timeout: Annotated[
        Optional[float],
        typer.Option("--timeout", callback=_bounded("--timeout", 0, MAX_TIMEOUT_S, above=True, what="seconds"),
                     help="Seconds before the query is stopped."),
    ] = None,
    allow_federation: Annotated[bool, typer.Option("--allow-federation", help="Allow SERVICE and LOAD.")] = False,
    variables: Annotated[
        list[str],
        typer.Option("--vars", help="Bind a query variable: NAME=VALUE (plain text, or <IRI> / \"text\"@pt / 42); repeatable."),
    ] = [],  # noqa: B006
) -> None:
    """Run a SPARQL query on a graph file or a store and print the answer.

    The table format is a rich table in a terminal and plain text, columns padded and nothing
    cut, when piped or for more than 1,000 rows.
    """
    from teia.graph import query as q

    bindings = dict(q.parse_binding(v) for v in variables)

    if store is not None:
        if sparql is None:  # `teia query --store DIR QUERY`: the one argument is the query
            graph, sparql = None, graph
        from teia.graph.store import open_store

        source: Any = open_store(store, read_only=True)
    else:
        if graph is None or sparql is None:
            raise InputError("give a graph and a query (or --store DIR and a query)")
        from teia.api import load as load_kg

        source = load_kg(graph).dataset  # a big graph is kept in Oxigraph (see teia.load)
    if sparql is None:
        raise InputError("no query given")
    text, name = _query_text(sparql)
    result = q.run_query(source, text, bindings=bindings or None, limit=limit, timeout=timeout,
                         allow_federation=allow_federation, name=name)
    if result.kind == "construct":
        typer.echo(q.to_turtle(result), nl=False)
    elif fmt is QueryFormat.table:
        if sys.stdout.isatty() and len(result.rows) <= 1000:
            from rich.console import Console

            Console().print(q.to_table(result))
        else:
            sys.stdout.writelines(line + "\n" for line in q.to_text_table(result))
    else:
        writer = {"csv": q.to_csv, "tsv": q.to_tsv, "json": q.to_json}[fmt.value]
        typer.echo(writer(result), nl=False)


# --- stats --------------------------------------------------------------------------------
@app.command()
def stats(
    graph: Annotated[str, typer.Argument(help="Graph file or build output folder.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Counts by class and by property."""
    from teia.graph.io import load_graph
    from teia.graph.stats import graph_stats

    s = graph_stats(load_graph(graph))
    if as_json:
        typer.echo(json.dumps(s, indent=2, ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    console.print(f"triples: {s['triples']}   subjects: {s['subjects']}   named graphs: {s['named_graphs']}")
    for title, counts in (("class", s["classes"]), ("property", s["properties"])):
        table = Table(title=f"by {title}")
        table.add_column(title)
        table.add_column("count", justify="right")
        for key, n in counts.items():
            table.add_row(key, str(n))
        console.print(table)


# --- export -------------------------------------------------------------------------------
@app.command()
def export(
    graph: Annotated[str, typer.Argument(help="Graph file or build output folder.")],
    fmt: Annotated[str, typer.Option("--format", "-f", help="gexf, graphml, csv or html.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="Output file, or a folder to write graph.<format> into.")],
    classes: Annotated[list[str], typer.Option("--class", help="Class (local name) to include as nodes; repeatable.")] = [],  # noqa: B006
    include_statements: Annotated[bool, typer.Option("--statements", help="Include statement nodes.")] = False,
    include_documents: Annotated[bool, typer.Option("--documents", help="Include document nodes.")] = False,
    min_confidence: Annotated[float, typer.Option("--min-confidence", callback=_bounded("--min-confidence", 0, 1))] = 0.0,
    cooccurrence: Annotated[
        Optional[str],
        typer.Option(
            "--cooccurrence",
            help="Add weighted 'mentioned together' edges per 'sentence' or 'paragraph' (exports only, never the RDF); needs the build folder's segments.jsonl.",
        ),
    ] = None,
) -> None:
    """Export the graph for Gephi (GEXF), GraphML tools, spreadsheets (CSV) or a browser (HTML)."""
    from teia.errors import ExportError
    from teia.graph.export import EXPORTERS, export as do_export
    from teia.graph.io import load_graph

    if fmt not in EXPORTERS:  # check before loading a large graph
        raise ExportError(f"unknown export format {fmt!r} (expected one of {', '.join(sorted(EXPORTERS))})")
    options: dict[str, Any] = {
        "include_statements": include_statements,
        "include_documents": include_documents,
        "min_confidence": min_confidence,
    }
    if classes:
        options["node_classes"] = classes
    if cooccurrence is not None:
        from teia.graph.cooccurrence import LEVELS, SEGMENTS, read_segments

        if cooccurrence not in LEVELS:
            raise ExportError(f"--cooccurrence {cooccurrence!r}: expected one of {', '.join(LEVELS)}")
        folder = Path(graph) if Path(graph).is_dir() else Path(graph).parent
        options["cooccurrence"] = cooccurrence
        options["segments"] = read_segments(folder / SEGMENTS)
    written = do_export(load_graph(graph), fmt, output, **options)
    typer.echo(f"wrote {', '.join(map(str, written or [output]))}", err=True)


# --- validate -----------------------------------------------------------------------------
@app.command()
def validate(graph: Annotated[str, typer.Argument(help="Graph file or build output folder.")]) -> None:
    """Check the graph against teia's SHACL shapes; exit 1 when it does not conform."""
    from teia.graph.io import load_graph
    from teia.graph.validate import format_report, validate as run_validate

    result = run_validate(load_graph(graph))
    typer.echo(format_report(result))
    if not result.conforms:
        raise typer.Exit(1)


# --- serve --------------------------------------------------------------------------------
@app.command()
def serve(
    source: Annotated[str, typer.Argument(help="Graph file, build output folder or Oxigraph store folder.")],
    port: Annotated[
        int, typer.Option("--port", "-p", callback=_bounded("--port", 0, 65535, what="a port"), help="Port on 127.0.0.1 (0: any free port).")
    ] = 7878,
    host: Annotated[str, typer.Option("--host", help="Address to bind (loopback unless --allow-remote).")] = "127.0.0.1",
    writable: Annotated[bool, typer.Option("--writable", help="Accept SPARQL updates.")] = False,
    timeout: Annotated[
        float, typer.Option("--timeout", callback=_bounded("--timeout", 0, MAX_TIMEOUT_S, above=True, what="seconds"), help="Query timeout in seconds.")
    ] = 30.0,
    allow_remote: Annotated[bool, typer.Option("--allow-remote", help="Allow binding a non-loopback address.")] = False,
    allow_federation: Annotated[
        bool, typer.Option("--allow-federation", help="Let clients use SERVICE and LOAD (the server then fetches the URLs they name).")
    ] = False,
    allow_host: Annotated[
        list[str], typer.Option("--allow-host", help="Also answer requests whose Host header is this name; repeatable.")
    ] = [],  # noqa: B006
) -> None:
    """Serve the graph as a SPARQL 1.1 endpoint (the Oxigraph server), read-only by default.

    SERVICE and LOAD are refused unless --allow-federation; only requests addressed to a
    loopback name, the --host address or an --allow-host name are answered.
    """
    from teia.graph.serve import serve_forever

    serve_forever(source, host=host, port=port, read_only=not writable, timeout_s=timeout, allow_remote=allow_remote,
                  allow_federation=allow_federation, allowed_hosts=allow_host)


# --- remove -------------------------------------------------------------------------------
@app.command()
def remove(
    docs: Annotated[list[str], typer.Argument(help="Document paths (as built) or document IRIs.")],
    store: Annotated[Path, typer.Option("--store", help="The Oxigraph store to remove them from.")],
) -> None:
    """Remove documents' named graphs from a store."""
    from teia.graph.store import open_store, remove_document

    st = open_store(store)
    missing = []
    for doc in docs:
        removed = remove_document(st, doc)
        if removed:
            typer.echo(f"removed {', '.join(removed)}", err=True)
        else:
            missing.append(doc)
    if missing:
        raise InputError(f"{store}: no document {', '.join(map(repr, missing))} in the store")


# --- load / push (shards of a sharded build) ---------------------------------------------
@app.command()
def load(
    shards: Annotated[list[Path], typer.Argument(help="N-Quads shards (.nq, .nq.gz) or a shards folder with manifest.json.")],
    store: Annotated[Path, typer.Option("--store", help="On-disk Oxigraph store to load into (created if missing).")],
) -> None:
    """Bulk-load N-Quads shards into an on-disk Oxigraph store."""
    from teia.graph.shards import load_shards

    files, quads = load_shards(store, shards)
    typer.echo(f"store {store}: loaded {files} shard(s); {quads} quads in the store", err=True)


@app.command()
def push(
    shards: Annotated[list[Path], typer.Argument(help="N-Quads shards (.nq, .nq.gz) or a shards folder with manifest.json.")],
    endpoint: Annotated[str, typer.Option("--endpoint", help="SPARQL 1.1 Graph Store endpoint, e.g. http://host:7878/store.")],
    parallel: Annotated[
        int, typer.Option("--parallel", callback=_bounded("--parallel", 1, MAX_PROCESSES, what="a count"), help="Graphs sent at the same time.")
    ] = 4,
    retries: Annotated[
        int,
        typer.Option("--retries", callback=_bounded("--retries", 0, 100, what="a count"),
                     help="Retries of a graph after a connection error or a 408/429/5xx answer."),
    ] = 4,
    user: Annotated[Optional[str], typer.Option("--user", help="HTTP basic-auth user.")] = None,
    password: Annotated[Optional[str], typer.Option("--password", envvar="TEIA_PUSH_PASSWORD", help="HTTP basic-auth password.")] = None,
) -> None:
    """Send each named graph of the shards to a Graph Store endpoint (HTTP PUT, replaces the graph)."""
    from teia.graph.shards import push_shards

    report = push_shards(endpoint, shards, parallel=parallel, retries=retries, user=user, password=password)
    typer.echo(f"pushed to {endpoint}: {report.summary()}", err=True)
    if report.failed:
        raise typer.Exit(2)


# --- eval ---------------------------------------------------------------------------------
@app.command("eval")
def evaluate(
    tempo: Annotated[Optional[Path], typer.Option("--tempo", help="HAREM TEMPO XML: time expressions.")] = None,
    harem: Annotated[
        Optional[Path], typer.Option("--harem", help="HAREM XML with relations: mentions and ident clustering.")
    ] = None,
    gold: Annotated[
        Optional[Path], typer.Option("--gold", help="teia gold JSONL (corpus/gold/gold.jsonl): mentions, entities, events.")
    ] = None,
    model: Annotated[
        Optional[str], typer.Option("--model", "-m", help="spaCy pipeline for --harem/--gold (default: the shipped one).")
    ] = None,
    relations: Annotated[
        bool,
        typer.Option("--relations", help="With --harem (ReRelEM XML) / --gold: score relations instead of mentions."),
    ] = False,
    links: Annotated[
        bool,
        typer.Option(
            "--links",
            help="With --gold: score the Wikipedia/DBpedia links against links.jsonl next to the gold file; "
            "with --harem: build its documents with and without linking and say what linking changed.",
        ),
    ] = False,
    relation_model: Annotated[
        bool,
        typer.Option("--relation-model", help="With --harem/--gold: also run the relation classifier, as `teia build --relation-model`."),
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")] = False,
) -> None:
    """Measure extraction quality on held-out data."""
    if tempo is None and harem is None and gold is None:
        raise InputError("nothing to evaluate: give --tempo, --harem or --gold FILE")
    if relation_model and gold is None and harem is None:
        raise InputError("--relation-model runs the classifier on the --gold or --harem documents: give --gold or --harem FILE")
    if links and gold is None and harem is None:
        raise InputError("--links scores the links of the --gold or --harem documents: give --gold or --harem FILE")
    reports: list[tuple[Any, Any]] = []
    if links:
        from teia.eval import links as link_eval

        if gold is not None:
            reports.append((link_eval.evaluate_gold_links(gold, model=model), link_eval.format_links_report))
        if harem is not None:
            reports.append((link_eval.evaluate_harem_links(harem, model=model), link_eval.format_harem_links_report))
        gold = harem = None
    if tempo is not None:
        from teia.eval.tempo import evaluate_tempo, format_report

        reports.append((evaluate_tempo(tempo), format_report))
    if harem is not None or gold is not None:
        from teia.eval.harem import evaluate_gold, evaluate_harem, format_gold_report, format_harem_report
        from teia.build.steps import BuildOptions, make_pipeline, pipeline_config

        nlp = make_pipeline(pipeline_config(BuildOptions(model=model, relation_model=relation_model)))
        if relations:
            from teia.eval import relations as rel_eval

            if harem is not None:
                reports.append((rel_eval.evaluate_relations(harem, nlp), rel_eval.format_relations_report))
            if gold is not None:
                reports.append((rel_eval.evaluate_gold_relations(gold, nlp), rel_eval.format_gold_relations_report))
            harem = gold = None
        if harem is not None:
            reports.append((evaluate_harem(harem, nlp), format_harem_report))
        if gold is not None:
            reports.append((evaluate_gold(gold, nlp), format_gold_report))
    for result, formatter in reports:
        typer.echo(json.dumps(result, indent=2, ensure_ascii=False, default=str) if as_json else formatter(result))


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
