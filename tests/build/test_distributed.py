"""Sharded and distributed builds (issue 11): same graph as the plain build, manifest and
reruns, failed documents, a worker killed mid-build, loading shards into a store and pushing
them to a running Oxigraph server.

One local Dask cluster (2 worker processes) is shared by the tests that need one; the
others run the same tasks in this process (``--shards`` without ``--workers``).
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from teia.cli import app
from teia.build import tasks
from teia.build.distributed import build_distributed

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
SLOW_DOC = "zz_slow.txt"
BROKEN_DOC = "zz_broken.txt"
SLOW_SECONDS = 8


def _faults(tmp: Path) -> dict:
    return {
        SLOW_DOC: {"sleep": SLOW_SECONDS, "pidfile": str(tmp / "slow.pids")},
        BROKEN_DOC: {"fail": "deliberately broken document"},
    }


@pytest.fixture(scope="module")
def fault_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("faults")


@pytest.fixture(scope="module")
def client(fault_dir: Path):
    """A local cluster of two worker processes; they inherit the fault hook from here."""
    old = os.environ.get(tasks.FAULTS_ENV)
    os.environ[tasks.FAULTS_ENV] = json.dumps(_faults(fault_dir))
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
    )
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()
    if old is None:
        os.environ.pop(tasks.FAULTS_ENV, None)
    else:
        os.environ[tasks.FAULTS_ENV] = old


@pytest.fixture(scope="module")
def plain(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("plain")
    result = CliRunner().invoke(app, ["build", str(CORPUS), "-o", str(out), "--model", "blank", "-q", "--formats", "all"])
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module")
def serial(tmp_path_factory) -> Path:
    """The sample corpus built with --shards, tasks run in this process."""
    out = tmp_path_factory.mktemp("serial")
    result = CliRunner().invoke(
        app, ["build", str(CORPUS), "-o", str(out), "--model", "blank", "-q", "--shards", str(out / "shards")]
    )
    assert result.exit_code == 0, result.output
    return out


def _corpus_with(tmp: Path, *extra: str) -> Path:
    folder = tmp / "corpus"
    shutil.copytree(CORPUS, folder, ignore=shutil.ignore_patterns("gold", "README.md"))
    for name in extra:
        (folder / name).write_text(
            "A Batalha de Varsóvia foi travada em agosto de 1920. Lenine e Trotsky dirigiam o governo.\n",
            encoding="utf-8",
        )
    return folder


def test_workers_build_equals_plain_build(plain: Path, tmp_path: Path) -> None:
    out = tmp_path / "dist"
    result = CliRunner().invoke(
        app, ["build", str(CORPUS), "-o", str(out), "--model", "blank", "-q", "--workers", "2", "--formats", "all"]
    )
    assert result.exit_code == 0, result.output
    for name in ("graph.nq", "graph.nt", "graph.ttl", "graph.trig", "graph.jsonld", "merge-log.jsonl", "link-log.jsonl", "segments.jsonl"):
        assert (out / name).read_bytes() == (plain / name).read_bytes(), name
    manifest = json.loads((out / "shards" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["totals"]["failed"] == 0
    assert "2 worker(s)" in result.output


def test_serial_shards_equal_plain_build(plain: Path, serial: Path) -> None:
    assert (serial / "graph.nq").read_bytes() == (plain / "graph.nq").read_bytes()
    # the shards hold exactly the lines of graph.nq, each once
    from teia.build.distributed import read_shard_lines

    lines: list[str] = []
    for shard in sorted((serial / "shards").glob("*.nq")):
        lines.extend(read_shard_lines(shard))
    assert len(lines) == len(set(lines))
    assert sorted(lines) == (plain / "graph.nq").read_text(encoding="utf-8").splitlines(keepends=True)


def test_manifest_and_rerun_skips_unchanged_shards(serial: Path, tmp_path: Path) -> None:
    manifest = json.loads((serial / "shards" / "manifest.json").read_text(encoding="utf-8"))
    docs = manifest["documents"]
    assert len(docs) == 13 and all(d["status"] == "ok" and len(d["sha256"]) == 64 for d in docs)
    assert all(d["shard"] in manifest["shards"] and d["quads"] > 0 for d in docs)
    for name, entry in manifest["shards"].items():
        assert tasks.file_sha256(serial / "shards" / name) == entry["sha256"]
        assert sum(1 for d in docs if d["shard"] == name) == len(entry["documents"])
    assert manifest["errors"] == [] and manifest["entities"]["quads"] > 0

    # a copy of the corpus, built twice: the second run reads the manifest and skips all
    corpus = _corpus_with(tmp_path)
    shards = tmp_path / "shards"
    first = build_distributed(corpus, out=tmp_path / "o1", shards=shards, model="blank")
    stamps = {p.name: p.stat().st_mtime_ns for p in shards.glob("part-*")}
    again = build_distributed(corpus, out=tmp_path / "o2", shards=shards, model="blank")
    assert again.written == [] and sorted(again.skipped) == sorted(first.written)
    assert {p.name: p.stat().st_mtime_ns for p in shards.glob("part-*")} == stamps
    assert (tmp_path / "o1" / "graph.nq").read_bytes() == (tmp_path / "o2" / "graph.nq").read_bytes()

    # one document edited: its shard is extracted again, the others are not
    edited = corpus / "11_nep.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA NEP durou até 1928.\n", encoding="utf-8")
    third = build_distributed(corpus, out=tmp_path / "o3", shards=shards, model="blank")
    shard_of_nep = {d["id"]: d["shard"] for d in third.manifest["documents"]}["11_nep.txt"]
    assert shard_of_nep in third.written
    assert len(third.skipped) + len(third.reused_records) >= len(first.written) - len(third.written)
    plain3 = CliRunner().invoke(app, ["build", str(corpus), "-o", str(tmp_path / "p3"), "--model", "blank", "-q"])
    assert plain3.exit_code == 0
    assert (tmp_path / "o3" / "graph.nq").read_bytes() == (tmp_path / "p3" / "graph.nq").read_bytes()


def test_failed_document_is_reported_and_the_others_built(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv(tasks.FAULTS_ENV, json.dumps(_faults(tmp_path)))
    corpus = _corpus_with(tmp_path, BROKEN_DOC)
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["build", str(corpus), "-o", str(out), "--model", "blank", "-q", "--shards", str(tmp_path / "sh"), "--gzip"]
    )
    assert result.exit_code == 2
    assert f"1 document(s) failed: {BROKEN_DOC}" in result.output
    manifest = json.loads((tmp_path / "sh" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["errors"] == [{"document": BROKEN_DOC, "error": "RuntimeError: deliberately broken document"}]
    status = {d["id"]: d["status"] for d in manifest["documents"]}
    assert status.pop(BROKEN_DOC) == "failed" and set(status.values()) == {"ok"}
    assert all(name.endswith(".nq.gz") for name in manifest["shards"])
    assert (out / "graph.nq").stat().st_size > 0


def test_workers_load_the_pipeline_once(client, tmp_path: Path, plain: Path) -> None:
    result = build_distributed(CORPUS, out=tmp_path / "out", client=client, model="blank")
    assert result.errors == [] and result.workers == 2
    assert (tmp_path / "out" / "graph.nq").read_bytes() == (plain / "graph.nq").read_bytes()
    # every worker built the pipeline once (the plugin), however many documents it extracted
    assert sorted(client.run(tasks.pipelines_loaded).values()) == [1, 1]


@pytest.mark.slow  # a worker restarts and the slow document runs twice: about a minute
def test_killed_worker_loses_no_document(client, fault_dir: Path, tmp_path: Path) -> None:
    corpus = _corpus_with(tmp_path, SLOW_DOC)
    clean = build_distributed(corpus, out=tmp_path / "clean", shards=tmp_path / "clean-shards", model="blank")
    pidfile = fault_dir / "slow.pids"
    pidfile.unlink(missing_ok=True)
    worker_pids = set(client.run(os.getpid).values())
    box: dict = {}
    thread = threading.Thread(
        target=lambda: box.setdefault(
            "result", build_distributed(corpus, out=tmp_path / "dist", shards=tmp_path / "dist-shards", client=client, model="blank")
        )
    )
    thread.start()
    deadline = time.monotonic() + 120
    while not (pidfile.exists() and pidfile.read_text().strip()) and time.monotonic() < deadline:
        time.sleep(0.1)
    victim = int(pidfile.read_text().split()[0])
    assert victim in worker_pids
    os.kill(victim, signal.SIGKILL)
    thread.join(timeout=300)
    assert not thread.is_alive()
    result = box["result"]
    assert result.errors == []
    # the slow document ran again on another process
    assert len(pidfile.read_text().split()) >= 2
    ids = [d["id"] for d in result.manifest["documents"]]
    assert len(ids) == len(set(ids)) == 14
    assert (tmp_path / "dist" / "graph.nq").read_bytes() == (tmp_path / "clean" / "graph.nq").read_bytes()
    assert clean.errors == []


def test_load_shards_into_store(serial: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = CliRunner().invoke(app, ["load", "--store", str(store), str(serial / "shards")])
    assert result.exit_code == 0, result.output
    from teia.graph.store import open_store, store_quad_count

    lines = (serial / "graph.nq").read_text(encoding="utf-8").count("\n")
    assert store_quad_count(open_store(store, read_only=True)) == lines


def _count(url: str) -> int:
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    request = urllib.request.Request(
        f"{url}/query?{urllib.parse.urlencode({'query': query})}",
        headers={"Accept": "application/sparql-results+json"},
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return int(json.loads(response.read())["results"]["bindings"][0]["n"]["value"])


def test_push_shards_to_oxigraph_server(serial: Path, tmp_path: Path) -> None:
    from teia.graph.serve import find_oxigraph, start_server
    from teia.graph.store import open_store

    if find_oxigraph() is None:
        pytest.skip("oxigraph server not installed")
    store_dir = tmp_path / "gsp"
    store = open_store(store_dir, create=True)
    del store  # release the lock for the server
    lines = (serial / "graph.nq").read_text(encoding="utf-8").count("\n")
    with start_server(store_dir, port=0, read_only=False) as server:
        endpoint = server.url + "/store"
        result = CliRunner().invoke(app, ["push", "--endpoint", endpoint, str(serial / "shards")])
        assert result.exit_code == 0, result.output
        assert "14 graphs" in result.output and "0 retries" in result.output
        assert _count(server.url) == lines
        # pushing again replaces each graph: nothing is duplicated
        again = CliRunner().invoke(app, ["push", "--endpoint", endpoint, str(serial / "shards" / "entities.nq")])
        assert again.exit_code == 0, again.output
        assert _count(server.url) == lines


def test_push_reports_unreachable_endpoint(serial: Path) -> None:
    from teia.graph.shards import push_shards

    report = push_shards("http://127.0.0.1:9/store", [serial / "shards" / "entities.nq"], retries=1, backoff=0.01, timeout=2)
    assert report.graphs == 0 and len(report.failed) == 1 and report.retries == 1


def test_both_runs_return_the_same_result(tmp_path):
    """teia.build.run: the serial and the distributed run give the same dataset, resolution and
    provenance; only the distributed one carries a shards report."""
    from teia.build import BuildOptions, run
    from teia.graph.io import sorted_nquads

    serial = run(CORPUS, BuildOptions(model="blank"))
    sharded = run(CORPUS, BuildOptions(model="blank", shards=str(tmp_path / "shards")))
    assert serial.shards is None and sharded.shards is not None and sharded.shards.errors == []
    assert sharded.info == serial.info and sharded.resolution == serial.resolution
    assert sorted_nquads(sharded.dataset) == sorted_nquads(serial.dataset)
