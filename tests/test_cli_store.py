"""`teia build --store`, `teia query --store` and `teia remove` on a real Oxigraph store."""

from __future__ import annotations

import json
import shutil

from typer.testing import CliRunner

from teia.cli import app

runner = CliRunner()
COUNT_DOCS = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/teia/ontology#Document> }"


def run(*args):
    return runner.invoke(app, [str(a) for a in args])


def docs_in(store) -> int:
    result = run("query", "--store", store, COUNT_DOCS, "-f", "json")
    assert result.exit_code == 0, result.stderr
    return int(json.loads(result.stdout)["results"]["bindings"][0]["n"]["value"])


def test_store_is_synced_incrementally(tmp_path, corpus_dir):
    corpus = tmp_path / "corpus"
    shutil.copytree(corpus_dir, corpus)
    store = tmp_path / "store"
    result = run("build", corpus, "-o", tmp_path / "out", "--model", "blank", "-q", "--store", store)
    assert result.exit_code == 0, result.stderr
    assert "13 added" in result.stderr
    assert docs_in(store) == 13

    (corpus / "02_lenin.txt").write_text("Lenin morreu em 1924.", encoding="utf-8")
    (corpus / "03_trotsky.txt").unlink()
    result = run("build", corpus, "-o", tmp_path / "out", "--model", "blank", "-q", "--store", store)
    assert result.exit_code == 0, result.stderr
    assert "0 added, 1 replaced, 1 removed, 11 unchanged" in result.stderr
    assert docs_in(store) == 12

    result = run("remove", "--store", store, "02_lenin.txt")
    assert result.exit_code == 0, result.stderr
    assert docs_in(store) == 11
    result = run("remove", "--store", store, "02_lenin.txt")
    assert result.exit_code == 2
    assert "no document '02_lenin.txt'" in result.stderr


def test_query_on_a_folder_that_is_not_a_store(tmp_path):
    (tmp_path / "notes.txt").write_text("x")
    result = run("query", "--store", tmp_path, COUNT_DOCS)
    assert result.exit_code == 2
    assert result.stderr.startswith("teia: error:")
