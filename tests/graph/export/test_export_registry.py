"""The export registry: formats, errors, atomic writes, no spaCy."""

from __future__ import annotations

import subprocess
import sys

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from test_export_sample import ID, TEIA, sample_dataset

from teia.errors import ExportError, OutputError
from teia.graph import export as export_pkg
from teia.graph.export import EXPORTERS, export, formats


def test_registry_lists_the_formats():
    assert formats() == ["csv", "gexf", "graphml", "html"]
    assert all(EXPORTERS[name].write for name in formats())


@pytest.mark.parametrize("fmt", ["gexf", "graphml", "csv", "html", "GEXF"])
def test_export_every_format(tmp_path, fmt):
    written = export(sample_dataset(), fmt, tmp_path / f"g.{fmt.lower()}")
    assert written
    for path in written:
        assert (tmp_path / path).stat().st_size > 0
    assert not list(tmp_path.glob(".*.tmp"))


def test_unknown_format_lists_known_ones(tmp_path):
    with pytest.raises(ExportError) as err:
        export(sample_dataset(), "pajek", tmp_path / "g.net")
    assert "pajek" in str(err.value)
    for name in ("csv", "gexf", "graphml", "html"):
        assert name in str(err.value)


def test_unknown_option(tmp_path):
    with pytest.raises(ExportError, match="colour"):
        export(sample_dataset(), "gexf", tmp_path / "g.gexf", colour=True)
    assert not (tmp_path / "g.gexf").exists()


def test_empty_graph_has_nothing_to_export(tmp_path):
    g = Graph()
    g.add((ID["x"], RDF.type, TEIA.TimeInterval))
    g.add((ID["x"], RDFS.label, Literal("só tempo")))
    with pytest.raises(ExportError, match="nothing to export"):
        export(g, "gexf", tmp_path / "g.gexf")
    with pytest.raises(ExportError, match="nothing to export"):
        export(Graph(), "csv", tmp_path / "g")
    assert list(tmp_path.iterdir()) == []


def test_failure_leaves_no_partial_file(tmp_path, monkeypatch):
    out = tmp_path / "g.gexf"
    out.write_text("previous export")
    import teia.graph.export.gexf as gexf_mod

    def boom(proj, fh, **kw):
        fh.write("<gexf>half")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(gexf_mod, "_write", boom)
    with pytest.raises(RuntimeError):
        export(sample_dataset(), "gexf", out)
    assert out.read_text() == "previous export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.gexf"]


def test_csv_pair_is_all_or_nothing(tmp_path, monkeypatch):
    import teia.graph.export.csv as csv_mod

    real_writer = csv_mod._csv.writer
    made = []

    def writer(fh, **kw):
        made.append(fh)
        if len(made) == 2:  # the nodes table is written, the edges table fails
            raise RuntimeError("second table fails")
        return real_writer(fh, **kw)

    monkeypatch.setattr(csv_mod._csv, "writer", writer)
    with pytest.raises(RuntimeError):
        export(sample_dataset(), "csv", tmp_path / "g")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_target_is_an_output_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError):
        export(sample_dataset(), "gexf", blocker / "sub" / "g.gexf")


def test_bad_min_confidence(tmp_path):
    with pytest.raises(ExportError, match="min_confidence"):
        export(sample_dataset(), "gexf", tmp_path / "g.gexf", min_confidence="alto")


def test_not_a_graph(tmp_path):
    with pytest.raises(ExportError):
        export({"not": "a graph"}, "gexf", tmp_path / "g.gexf")


def test_importing_exports_does_not_import_spacy():
    code = "import sys, teia.graph.export; print('spacy' in sys.modules)"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert proc.stdout.strip() == "False"
    assert export_pkg.__name__ == "teia.graph.export"
