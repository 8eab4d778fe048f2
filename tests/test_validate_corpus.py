"""The sample corpus, built with the default pipeline, conforms to the SHACL shapes."""

from __future__ import annotations

from typer.testing import CliRunner

from teia.cli import app


def test_sample_corpus_graph_validates(corpus_graph):
    kg, out = corpus_graph
    result = kg.validate()
    problems = [v for v in result.violations if v.severity == "Violation"]
    assert result.conforms, [(str(v.focus), v.message) for v in problems[:5]]
    cli = CliRunner().invoke(app, ["validate", str(out)])
    assert cli.exit_code == 0, cli.stdout
    assert cli.stdout.startswith("The graph conforms to the teia shapes")
