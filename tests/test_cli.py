"""The command line, driven through typer's CliRunner."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from teia import __version__
from teia.cli import app

runner = CliRunner()


def run(*args: str):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture(scope="module")
def built(tmp_path_factory, corpus_dir):
    out = tmp_path_factory.mktemp("cli-out")
    result = run("build", corpus_dir, "-o", out, "--model", "blank", "--quiet")
    assert result.exit_code == 0, result.stderr
    return out


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"teia {__version__}"


def test_build_writes_the_default_formats(built):
    for name in ("graph.nt", "graph.nq", "merge-log.jsonl", "link-log.jsonl", "segments.jsonl"):
        assert (built / name).stat().st_size > 0, name
    # Turtle, TriG and JSON-LD only when asked (--formats)
    assert not [p.name for p in built.iterdir() if p.suffix in (".ttl", ".trig", ".jsonld")]
    assert not list(built.glob(".*.tmp")), "no temporary files left behind"


def test_formats_asked_for_are_written_and_the_rest_removed(tmp_path, built, corpus_dir):
    out = tmp_path / "out"
    shutil.copytree(built, out)
    result = run("build", corpus_dir, "-o", out, "--model", "blank", "-q", "--formats", "ttl,nq", "-f", "trig")
    assert result.exit_code == 0, result.stderr
    names = {p.name for p in out.iterdir()}
    assert {"graph.ttl", "graph.nq", "graph.trig"} <= names and "graph.nt" not in names  # the old graph.nt is gone
    assert (out / "graph.nq").read_bytes() == (built / "graph.nq").read_bytes()
    assert "(graph.nq, graph.ttl, graph.trig)" in result.stderr
    # without graph.nt the triples are counted on the whole graph: the same number
    assert f" {len((built / 'graph.nt').read_bytes().splitlines())} triples" in result.stderr


@pytest.mark.parametrize("value", ["xml", "nq,tutle", ","])
def test_unknown_format_is_one_line(tmp_path, corpus_dir, value):
    result = run("build", corpus_dir, "-o", tmp_path / "out", "--model", "blank", "-q", "--formats", value)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("teia: error: --formats") and "nq, nt, ttl, trig, jsonld" in lines[0]
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_query_people_as_csv_and_json(built, repo_root):
    result = run("query", built / "graph.nq", repo_root / "examples/queries/people.rq", "--format", "csv")
    assert result.exit_code == 0, result.stderr
    rows = result.stdout.splitlines()
    assert rows[0].split(",")[0] == "name"
    assert any(r.startswith("Vladimir Lenin,") for r in rows)
    result = run("query", built, "SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://w3id.org/teia/ontology#Person> }", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["n"]
    assert int(data["results"]["bindings"][0]["n"]["value"]) >= 5


def test_query_table_shows_lenin(built, repo_root):
    result = run("query", built / "graph.nq", repo_root / "examples/queries/people.rq")
    assert result.exit_code == 0, result.stderr
    assert "Vladimir Lenin" in result.stdout


def test_stats_counts_classes(built):
    result = run("stats", built, "--json")
    assert result.exit_code == 0, result.stderr
    stats = json.loads(result.stdout)
    assert stats["classes"]["teia:Document"] == 13
    assert stats["classes"]["teia:Person"] >= 5
    assert stats["named_graphs"] == 14


def test_export_gexf(built, tmp_path):
    out = tmp_path / "g.gexf"
    result = run("export", built, "--format", "gexf", "-o", out)
    assert result.exit_code == 0, result.stderr
    assert "Vladimir Lenin" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (("build", "does-not-exist", "-o", "{tmp}/o"), "does-not-exist: no such file or folder"),
        (("build", "{tmp}/empty.txt", "-o", "{tmp}/o"), "file is empty"),
        (("build", "{tmp}/binary.txt", "-o", "{tmp}/o"), "looks binary"),
        (("build", "{tmp}/nodocs", "-o", "{tmp}/o"), "holds no documents"),
        (("build", "{corpus}", "-o", "{tmp}/afile/sub", "--model", "blank"), "cannot create output folder"),
        (("export", "{built}", "--format", "pdf", "-o", "{tmp}/x.pdf"), "unknown export format 'pdf'"),
        (("query", "{built}", "SELECT ?s WHERE { ?s ?p }"), "line 1"),
        (("query", "{tmp}/empty.txt", "SELECT * WHERE {?s ?p ?o}"), "unknown graph format"),
        (("query", "{built}", "{tmp}/missing.rq"), "no such query file"),
        (("stats", "{tmp}/broken.ttl"), "not valid turtle"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(args, needle, tmp_path, built, corpus_dir):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03PK\x00")
    (tmp_path / "nodocs").mkdir()
    (tmp_path / "afile").write_text("x")
    (tmp_path / "broken.ttl").write_text("@prefix : <x> . :a :b", encoding="utf-8")
    places = {"{tmp}": str(tmp_path), "{built}": str(built), "{corpus}": str(corpus_dir)}
    for key, value in places.items():
        args = [a.replace(key, value) for a in args]
    result = run(*args)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    lines = [line for line in result.stderr.splitlines() if line.startswith("teia: error:")]
    assert len(lines) == 1, result.stderr
    assert needle in lines[0]
    assert "Traceback" not in result.stderr


def test_failed_build_keeps_previous_output(tmp_path, built):
    out = tmp_path / "keep"
    shutil.copytree(built, out)
    before = (out / "graph.nt").read_bytes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    result = run("build", bad, "-o", out)
    assert result.exit_code == 2
    assert (out / "graph.nt").read_bytes() == before


def test_build_is_deterministic(tmp_path, built, corpus_dir):
    again = tmp_path / "again"
    result = run("build", corpus_dir, "-o", again, "--model", "blank", "--quiet")
    assert result.exit_code == 0, result.stderr
    assert (again / "graph.nt").read_bytes() == (built / "graph.nt").read_bytes()
    assert (again / "graph.nq").read_bytes() == (built / "graph.nq").read_bytes()


def test_two_processes_give_the_same_graph(tmp_path, built, corpus_dir):
    # a command of its own, as a user runs it: forked from the test process, the workers would
    # inherit its threads (RocksDB's, once a test opened an on-disk store), and a lock one of
    # them held at the fork (seen once: a worker of this test hung in a futex wait)
    import subprocess
    import sys

    out = tmp_path / "two"
    done = subprocess.run([sys.executable, "-m", "teia", "build", str(corpus_dir), "-o", str(out), "--model", "blank",
                           "--quiet", "-j", "2"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert (out / "graph.nq").read_bytes() == (built / "graph.nq").read_bytes()


def test_the_progress_bar_starts_no_thread_before_the_workers_fork(tmp_path, corpus_dir, monkeypatch):
    # a thread running while the workers fork may hold a lock (rich's refresh thread drew the
    # bar ten times a second, holding the console's and stderr's locks) that no thread of
    # the worker will ever release
    import threading

    from teia.extract import workers

    before = set(threading.enumerate())
    extra: list[list[str]] = []

    class Forking(Exception):
        pass

    class Recorded(workers._Worker):  # records the threads, and forks nothing from the test process
        def __init__(self, *args, **kwargs):
            extra.append(sorted(t.name for t in set(threading.enumerate()) - before))
            raise Forking

    monkeypatch.setattr(workers, "_Worker", Recorded)
    result = run("build", corpus_dir, "-o", tmp_path / "bar", "--model", "blank", "-j", "2")
    assert isinstance(result.exception, Forking)
    assert extra == [[]]


def test_a_killed_extraction_worker_is_one_error_line(tmp_path, corpus_dir):
    import subprocess
    import sys
    import textwrap

    code = textwrap.dedent("""
        import os, signal, sys
        from teia.extract import pipeline
        from teia.cli import main

        def dies(nlp, document):
            os.kill(os.getpid(), signal.SIGKILL)

        pipeline._extract_in_worker = dies
        sys.argv = ["teia", *sys.argv[1:]]
        main()
    """)
    out = tmp_path / "killed"
    done = subprocess.run([sys.executable, "-c", code, "build", str(corpus_dir), "-o", str(out), "--model", "blank",
                           "--quiet", "-j", "2"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 2
    errors = [line for line in done.stderr.splitlines() if "WARNING" not in line]  # the corpus has a Latin-1 file
    assert len(errors) == 1, done.stderr
    assert errors[0].startswith("teia: error: extraction worker (process ") and "was killed by SIGKILL while working on" in errors[0]
    assert not out.exists()


def test_python_dash_m_teia_is_the_command_line():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "teia", "--version"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == f"teia {__version__}"
