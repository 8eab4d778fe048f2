"""The co-occurrence layer of the exports (issue 20): 'mentioned together' edges per sentence or
paragraph, from a build's segments.jsonl and the graph's mentions, in the exports only."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET

import pytest
from typer.testing import CliRunner

import teia
from teia.cli import app
from teia.errors import InputError
from teia.graph.cooccurrence import SEGMENTS, cooccurrence_edges, paragraphs, read_segments

TEXT = (
    "Lenin encontrou Trotsky em Petrogrado. Depois Trotsky escreveu a Lenin.\n"
    "\n"
    "Lenin partiu para Moscovo.\n"
)
LENIN = "https://w3id.org/teia/id/person/vladimir-lenin"
TROTSKY = "https://w3id.org/teia/id/person/leon-trotsky"
PETROGRADO = "https://w3id.org/teia/id/place/petrogrado"
MOSCOU = "https://w3id.org/teia/id/place/moscou"


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("co")
    (root / "docs").mkdir()
    (root / "docs" / "a.txt").write_text(TEXT, encoding="utf-8")
    kg = teia.build(root / "docs", out=root / "out", model="blank")  # gazetteer names only
    return kg, root / "out"


def test_paragraphs_are_runs_between_blank_lines() -> None:
    text = "um.\ndois.\n\n  \n três.\n\n"
    assert [text[s:e] for s, e in paragraphs(text)] == ["um.\ndois.", "três."]
    assert paragraphs("") == []


def test_build_writes_offsets_without_text(built) -> None:
    _, out = built
    (line,) = read_segments(out / SEGMENTS)
    assert line["paragraph"] == [[0, 71], [73, 99]] or line["paragraph"][0] == [0, 71]
    assert all(isinstance(x, int) for seg in line["sentence"] for x in seg)
    assert "Lenin" not in (out / SEGMENTS).read_text(encoding="utf-8")


def _edges(kg, out, level):
    return {(e.source, e.target): e for e in cooccurrence_edges(kg.dataset, read_segments(out / SEGMENTS), level)}


def test_sentence_edges_count_shared_sentences_with_first_and_last(built) -> None:
    kg, out = built
    edges = _edges(kg, out, "sentence")
    assert set(edges) == {(TROTSKY, LENIN), (TROTSKY, PETROGRADO), (LENIN, PETROGRADO), (LENIN, MOSCOU)}
    both = edges[(TROTSKY, LENIN)]
    assert both.count == 2
    assert both.first.endswith("#0") and both.last.endswith("#39")  # the two sentences
    assert edges[(LENIN, MOSCOU)].count == 1


def test_paragraph_edges_count_shared_paragraphs(built) -> None:
    kg, out = built
    edges = _edges(kg, out, "paragraph")
    assert edges[(TROTSKY, LENIN)].count == 1  # one paragraph, however many sentences
    assert edges[(LENIN, MOSCOU)].first.endswith("#73")


def test_cli_exports_carry_the_layer_and_the_rdf_does_not(built, tmp_path) -> None:
    kg, out = built
    runner = CliRunner()
    res = runner.invoke(app, ["export", str(out), "-f", "csv", "-o", str(tmp_path / "g.csv"), "--cooccurrence", "sentence"])
    assert res.exit_code == 0, res.output
    with (tmp_path / "g-edges.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["Property"] == "urn:teia:cooccurrence:sentence"]
    assert {(r["Source"], r["Target"], r["Weight"]) for r in rows} >= {(TROTSKY, LENIN, "2")}
    assert all(r["Type"] == "Undirected" and r["FirstSentence"] for r in rows)

    res = runner.invoke(app, ["export", str(out), "-f", "gexf", "-o", str(tmp_path / "g.gexf"), "--cooccurrence", "paragraph"])
    assert res.exit_code == 0, res.output
    ns = {"g": "http://gexf.net/1.3"}
    edges = ET.parse(tmp_path / "g.gexf").getroot().findall(".//g:edge", ns)
    co = [e for e in edges if e.get("type") == "undirected"]
    assert co and all(float(e.get("weight")) >= 1 for e in co)

    for fmt, name in (("graphml", "g.graphml"), ("html", "g.html")):
        res = runner.invoke(app, ["export", str(out), "-f", fmt, "-o", str(tmp_path / name), "--cooccurrence", "sentence"])
        assert res.exit_code == 0, res.output
        assert "urn:teia:cooccurrence:sentence" in (tmp_path / name).read_text(encoding="utf-8")
    # the RDF never holds the layer
    assert "cooccurrence" not in (out / "graph.nt").read_text(encoding="utf-8")
    # without the option, no co-occurrence edge
    runner.invoke(app, ["export", str(out), "-f", "csv", "-o", str(tmp_path / "plain.csv")])
    assert "cooccurrence" not in (tmp_path / "plain-edges.csv").read_text(encoding="utf-8")


def test_bad_level_or_missing_segments_is_one_line(built, tmp_path) -> None:
    _, out = built
    runner = CliRunner()
    res = runner.invoke(app, ["export", str(out), "-f", "csv", "-o", str(tmp_path / "g.csv"), "--cooccurrence", "word"])
    assert res.exit_code != 0 and "sentence, paragraph" in res.output and "Traceback" not in res.output
    lone = tmp_path / "lone"
    lone.mkdir()
    (lone / "graph.nq").write_bytes((out / "graph.nq").read_bytes())
    res = runner.invoke(app, ["export", str(lone), "-f", "csv", "-o", str(tmp_path / "h.csv"), "--cooccurrence", "sentence"])
    assert res.exit_code != 0 and SEGMENTS in res.output and "Traceback" not in res.output
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps({"doc": "x", "sentence": [[0, "a"]], "paragraph": []}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="bad.jsonl:1"):
        read_segments(bad)
