"""All-or-nothing build outputs, one build per folder, outputs that follow the umask (issue 22,
failures 3, 5 and 7). Builds use ``--model blank`` (rules only) to stay quick."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from teia.errors import OutputError
from teia.graph.outdir import LOCK_NAME, OutputFolder

TEXT_A = "Lenine fundou o Komintern em Moscovo em 1919.\n"
TEXT_B = "Trotsky comandou o Exército Vermelho em 1920.\n\nA Polónia venceu em Varsóvia.\n"


def default_sigint() -> None:
    """In the child: Ctrl-C as in a terminal (a shell's background job starts with it ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def teia(*args: str, env: dict[str, str] | None = None, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "teia.cli", *args], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=600, **kw)


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def corpus(tmp_path: Path, name: str, **files: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for fname, text in files.items():
        (folder / f"{fname}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_interrupted_while_writing_keeps_the_old_set(tmp_path: Path, signum: int) -> None:
    out = tmp_path / "out"
    first = teia("build", str(corpus(tmp_path, "a", a=TEXT_A)), "-o", str(out), "--model", "blank", "-q")
    assert first.returncode == 0, first.stderr
    old = digests(out)
    assert {"graph.nq", "graph.nt", "segments.jsonl"} <= set(old)

    # the second build pauses after each file it writes (a test hook), and is interrupted
    src = corpus(tmp_path, "b", b=TEXT_B)
    proc = subprocess.Popen([sys.executable, "-m", "teia.cli", "build", str(src), "-o", str(out), "--model", "blank", "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "TEIA_TEST_WRITE_PAUSE": "0.5"}, preexec_fn=default_sigint)
    staged: list[Path] = []
    for _ in range(3000):  # bounded wait for the first staged file
        staged = [f for d in out.glob(".teia-staging-*") for f in d.iterdir() if not f.name.endswith(".tmp")]
        if staged or proc.poll() is not None:
            break
        time.sleep(0.05)
    assert staged, "the build never wrote a staged file: " + (proc.stderr.read() if proc.poll() is not None else "")
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0
    assert "Traceback" not in err
    assert digests(out) == old  # every file from the first build, none from the second
    assert not list(out.glob(".teia-staging-*")) and not (out / LOCK_NAME).exists()

    # the same build, not interrupted, replaces the whole set
    done = teia("build", str(src), "-o", str(out), "--model", "blank", "-q")
    assert done.returncode == 0, done.stderr
    new = digests(out)
    assert set(new) == set(old) and all(new[k] != old[k] for k in ("graph.nq", "graph.nt", "segments.jsonl"))


def test_second_build_into_the_same_folder_fails_at_once(tmp_path: Path) -> None:
    out = tmp_path / "out"
    src = corpus(tmp_path, "a", a=TEXT_A)
    with OutputFolder(out):
        result = teia("build", str(src), "-o", str(out), "--model", "blank", "-q")
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "another teia build is writing into this folder" in lines[0]
    assert f"process {os.getpid()}" in lines[0]
    assert not (out / "graph.nq").exists()
    again = teia("build", str(src), "-o", str(out), "--model", "blank", "-q")  # lock released
    assert again.returncode == 0, again.stderr


def test_output_folder_checked_before_extraction(tmp_path: Path, monkeypatch) -> None:
    import teia.api as api
    from teia.build import steps

    def no_extraction(*args, **kwargs):
        raise AssertionError("extraction started before the output folder was checked")

    monkeypatch.setattr(steps, "make_pipeline", no_extraction)
    blocker = tmp_path / "afile"
    blocker.write_text("x", encoding="utf-8")
    src = corpus(tmp_path, "a", a=TEXT_A)
    with pytest.raises(OutputError, match="afile"):
        api.build(src, out=blocker / "out", model="blank")
    with pytest.raises(OutputError, match="not a folder"):
        api.build(src, out=blocker, model="blank")


def test_output_folder_is_not_writable(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        with pytest.raises(OutputError, match="not writable"):
            OutputFolder(out).__enter__()
    finally:
        out.chmod(0o755)


def test_stale_outputs_of_the_previous_build_are_removed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.jsonld").write_text("old", encoding="utf-8")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    with OutputFolder(out, outputs={"graph.ttl", "graph.jsonld"}) as folder:
        (folder.staging / "graph.ttl").write_text("new", encoding="utf-8")
        assert folder.commit() == [out / "graph.ttl"]
    assert sorted(p.name for p in out.iterdir()) == ["graph.ttl", "notes.txt"]


def test_error_inside_the_block_leaves_the_folder_as_it_was(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.ttl").write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError):
        with OutputFolder(out, outputs={"graph.ttl"}) as folder:
            (folder.staging / "graph.ttl").write_text("new", encoding="utf-8")
            raise RuntimeError("boom")
    assert [p.name for p in out.iterdir()] == ["graph.ttl"]
    assert (out / "graph.ttl").read_text(encoding="utf-8") == "old"


@pytest.mark.parametrize("umask,mode", [(0o022, 0o644), (0o027, 0o640)])
def test_outputs_follow_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    out = tmp_path / "out"
    src = corpus(tmp_path, "a", a=TEXT_A)
    result = subprocess.run(
        [sys.executable, "-c", f"import os, sys; os.umask({umask}); sys.argv = ['teia'] + sys.argv[1:]; "
         "from teia.cli import main; main()", "build", str(src), "-o", str(out), "--model", "blank", "-q"],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    modes = {p.name: p.stat().st_mode & 0o777 for p in out.iterdir()}
    assert modes and set(modes.values()) == {mode}, modes


def test_saved_outputs_follow_the_umask(tmp_path: Path) -> None:
    # a graph written by the library (KnowledgeGraph.save) too: 0644 under umask 022
    from teia.api import build

    old = os.umask(0o022)
    try:
        kg = build(corpus(tmp_path, "a", a=TEXT_A), model="blank")
        written = kg.save(tmp_path / "saved")
    finally:
        os.umask(old)
    assert written and all(p.stat().st_mode & 0o777 == 0o644 for p in written)


def test_sharded_build_is_locked_and_staged_too(tmp_path: Path) -> None:
    out = tmp_path / "out"
    src = corpus(tmp_path, "a", a=TEXT_A)
    with OutputFolder(out):
        result = teia("build", str(src), "-o", str(out), "--shards", str(tmp_path / "shards"), "--model", "blank", "-q")
    assert result.returncode == 2 and "another teia build" in result.stderr
    done = teia("build", str(src), "-o", str(out), "--shards", str(tmp_path / "shards"), "--model", "blank", "-q")
    assert done.returncode == 0, done.stderr
    assert {"graph.nt", "graph.nq", "merge-log.jsonl"} <= {p.name for p in out.iterdir()}
    assert not list(out.glob(".teia-*"))
