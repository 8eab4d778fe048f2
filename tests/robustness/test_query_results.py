"""Query results that do not mislead (issue 22, failures 9 and 11)."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD

from teia.errors import QueryError
from teia.records import Document, Event, Evidence, Extraction, Resolution, TimeExpression
from teia.graph.builder import build_dataset
from teia.graph.query import QueryResult, parse_binding, run_query, to_text_table
from teia.ontology.namespace import TEIA

REPO = Path(__file__).resolve().parents[2]
QUERIES = REPO / "examples" / "queries"
PREFIX = "PREFIX teia: <https://w3id.org/teia/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"


def teia(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "teia.cli", *args], capture_output=True, text=True, timeout=600)


# --- one date per event, dates that sort by time ------------------------------------------
def test_one_date_per_event_on_the_sample_corpus(corpus_graph) -> None:
    kg, _ = corpus_graph
    rows = kg.query(PREFIX + "SELECT ?e (COUNT(DISTINCT ?d) AS ?n) WHERE { ?e teia:date ?d } GROUP BY ?e "
                    "HAVING (COUNT(DISTINCT ?d) > 1)").rows
    assert rows == []
    # the sample corpus dates the death of Lenin as "1924" in one place and "21 January 1924" in another
    dates = {str(d) for (d,) in kg.query(PREFIX + 'SELECT ?d WHERE { ?e rdfs:label ?l ; teia:date ?d '
                                                  'FILTER(CONTAINS(LCASE(STR(?l)), "morte de lenin")) }').rows}
    assert dates == {"1924-01-21"}


def _event_doc(doc_id: str, value: str, start: str, end: str) -> Extraction:
    text = f"A batalha foi em {value}."
    time_expr = TimeExpression(doc_id, 17, 17 + len(value), value, value=value, start=start, end=end)
    ev = Event(id=f"{doc_id}-ev", type="Battle", label="batalha de Teste", entity="e1", time=time_expr,
               evidence=Evidence(doc_id, 0, len(text), text), trigger="batalha")
    return Extraction(document=Document(id=doc_id, text=text), events=(ev,))


def test_most_precise_date_wins_and_days_sort_by_time() -> None:
    from teia.records import Entity

    docs = [_event_doc("a.txt", "1920", "1920", "1920"), _event_doc("b.txt", "1920-08-13", "1920-08-13", "1920-08-13"),
            _event_doc("c.txt", "1920-08", "1920-08", "1920-08")]
    ent = Entity(id="g1", label="Batalha de Teste", type="EVENT")  # the three documents' "e1"
    resolution = Resolution(entities=(ent,), mapping=tuple((d.document.id, "e1", "g1") for d in docs))
    ds: Dataset = build_dataset(docs, resolution)
    event = next(s for s, _, _ in ds.triples((None, TEIA.date, None)))
    assert set(ds.objects(event, TEIA.date)) == {Literal("1920-08-13", datatype=XSD.date)}
    assert set(ds.objects(event, TEIA.firstDay)) == {Literal("1920-08-13", datatype=XSD.date)}
    # every time interval has a first and last day as xsd:date, so ORDER BY sorts by time
    result = run_query(ds, PREFIX + "SELECT ?v ?first ?last WHERE { ?t a teia:TimeInterval ; teia:value ?v ; "
                                    "teia:firstDay ?first ; teia:lastDay ?last } ORDER BY ?first ?last")
    assert [(str(v), str(f), str(la)) for v, f, la in result.rows] == [
        ("1920", "1920-01-01", "1920-12-31"),
        ("1920-08", "1920-08-01", "1920-08-31"),
        ("1920-08-13", "1920-08-13", "1920-08-13"),
    ]


# --- GROUP_CONCAT(DISTINCT) over OPTIONAL -------------------------------------------------
def test_group_concat_distinct_over_optional() -> None:
    ds = Dataset()
    a, b, p, alt = (URIRef(f"http://example.org/{n}") for n in ("a", "b", "P", "alt"))
    from rdflib.namespace import RDF

    for s in (a, b):
        ds.add((s, RDF.type, p))
    ds.add((b, alt, Literal("x")))
    ds.add((b, alt, Literal("y")))
    q = ("SELECT ?e (GROUP_CONCAT(DISTINCT ?v; separator='|') AS ?vs) (SUM(DISTINCT ?n) AS ?s) WHERE { "
         "?e a <http://example.org/P> OPTIONAL { ?e <http://example.org/alt> ?v BIND(1 AS ?n) } } GROUP BY ?e ORDER BY ?e")
    rows = run_query(ds, q).rows
    assert [(str(e), sorted(str(v).split("|")) if str(v) else []) for e, v, _ in rows] == [
        ("http://example.org/a", []), ("http://example.org/b", ["x", "y"])]


# --- --vars ------------------------------------------------------------------------------
def test_parse_binding() -> None:
    assert parse_binding("name=Komintern") == ("name", Literal("Komintern"))
    assert parse_binding("?name=Lênin Ulianov") == ("name", Literal("Lênin Ulianov"))
    assert parse_binding('name="Lênin"@pt') == ("name", Literal("Lênin", lang="pt"))
    assert parse_binding("e=<https://w3id.org/teia/id/x>") == ("e", URIRef("https://w3id.org/teia/id/x"))
    assert parse_binding("n=42") == ("n", Literal(42))
    with pytest.raises(QueryError, match="NAME=VALUE"):
        parse_binding("no-equals")
    with pytest.raises(QueryError, match="not an IRI or a literal"):
        parse_binding('e="unclosed')


def test_cli_binds_about_entity_name(corpus_graph) -> None:
    _, out = corpus_graph
    res = teia("query", str(out), str(QUERIES / "about-entity.rq"), "--vars", "name=Trotsky", "-f", "csv")
    assert res.returncode == 0, res.stderr
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert rows and {r["name"] for r in rows} == {"Trotsky"}
    assert any("trotsky" in r["entity"] for r in rows)
    assert not any("komintern" in r["entity"] for r in rows)


# --- table output ------------------------------------------------------------------------
def test_table_is_not_truncated_when_piped(corpus_graph) -> None:
    _, out = corpus_graph
    res = teia("query", str(out), PREFIX + "SELECT ?e WHERE { ?e a teia:Document }")
    assert res.returncode == 0, res.stderr
    assert "…" not in res.stdout and "id:doc/" in res.stdout
    lines = res.stdout.splitlines()
    assert lines[0].strip() == "e" and len(lines) == 14  # header + 13 documents


def test_text_table_is_linear_for_large_results() -> None:
    rows = [(URIRef(f"https://w3id.org/teia/id/person/p{i}"), Literal(f"Nome {i}")) for i in range(100_000)]
    result = QueryResult("select", ["who", "name"], rows)
    lines = list(to_text_table(result))
    assert len(lines) == 100_001
    assert lines[0] == " who              | name"
    assert lines[1] == " id:person/p0     | Nome 0"
    assert lines[-1] == " id:person/p99999 | Nome 99999"


# --- CSV export --------------------------------------------------------------------------
def test_csv_export_reports_the_files_it_wrote(corpus_graph, tmp_path: Path) -> None:
    _, out = corpus_graph
    res = teia("export", str(out), "-f", "csv", "-o", str(tmp_path / "x.csv"))
    assert res.returncode == 0, res.stderr
    assert res.stderr.strip() == f"wrote {tmp_path / 'x-nodes.csv'}, {tmp_path / 'x-edges.csv'}"
    folder = tmp_path / "folder"
    folder.mkdir()
    res = teia("export", str(out), "-f", "csv", "-o", str(folder))
    assert res.returncode == 0, res.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["graph-edges.csv", "graph-nodes.csv"]
    assert not list(tmp_path.glob("folder-*"))
    res = teia("export", str(out), "-f", "gexf", "-o", str(folder))
    assert res.returncode == 0 and (folder / "graph.gexf").is_file()

