"""CSV export in Gephi's spreadsheet layout."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from test_export_sample import LENIN, RED_ARMY, add_awkward_entity, sample_dataset

from teia.graph.export import write_csv
from teia.graph.export.csv import EDGE_COLUMNS, NODE_COLUMNS, csv_paths


def read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.parametrize("name", ["graph", "graph.csv", "graph-nodes.csv", "graph-edges.csv"])
def test_path_names_a_stem(tmp_path, name):
    nodes, edges = csv_paths(tmp_path / name)
    assert (nodes.name, edges.name) == ("graph-nodes.csv", "graph-edges.csv")


def test_nodes_and_edges_tables(tmp_path):
    written = write_csv(sample_dataset(), tmp_path / "graph.csv")
    nodes_path, edges_path = tmp_path / "graph-nodes.csv", tmp_path / "graph-edges.csv"
    assert written == [str(nodes_path), str(edges_path)]
    with nodes_path.open(encoding="utf-8") as fh:
        assert fh.readline().strip().split(",") == list(NODE_COLUMNS)
    nodes = {row["Id"]: row for row in read(nodes_path)}
    assert len(nodes) == 7
    lenin = nodes[str(LENIN)]
    assert lenin["Label"] == "Vladimir Lenin" and lenin["Type"] == "Person"
    assert lenin["Aliases"] == "Lenin; Vladimir Ilitch Ulianov"
    assert (lenin["Start"], lenin["End"]) == ("1919-01-01", "1920-12-31")
    assert lenin["DBpedia"] == "http://pt.dbpedia.org/resource/Lenin"
    assert lenin["Degree"] == "2" and lenin["Community"].isdigit()
    edges = read(edges_path)
    assert list(edges[0]) == list(EDGE_COLUMNS)
    assert len(edges) == 8 and {e["Type"] for e in edges} == {"Directed"}
    led = next(e for e in edges if e["Source"] == str(LENIN) and e["Target"] == str(RED_ARMY))
    assert (led["Label"], led["Weight"], led["Confidence"]) == ("led", "2", "0.8")
    assert all(e["Source"] in nodes and e["Target"] in nodes for e in edges)


def test_quoting_and_determinism(tmp_path):
    ds = sample_dataset()
    odd = add_awkward_entity(ds)
    write_csv(ds, tmp_path / "a")
    write_csv(ds, tmp_path / "b")
    for part in ("nodes", "edges"):
        assert (tmp_path / f"a-{part}.csv").read_bytes() == (tmp_path / f"b-{part}.csv").read_bytes()
    nodes = {row["Id"]: row for row in read(tmp_path / "a-nodes.csv")}
    assert nodes[str(odd)]["Label"] == 'Manifesto "A & B" </script><!-- x\n linha'
    assert nodes[str(odd)]["Aliases"] == "alias; com, vírgula; outro\x01 <alias>"
